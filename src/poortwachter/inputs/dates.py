"""Strict date parsing: one parser for every way a date comes in (the
command line, case files, CSV cells, spreadsheet text).

ISO ``YYYY-MM-DD``, or the Dutch order ``DD-MM-YYYY`` / ``D-M-YYYY`` (also with ``/`` or
``.``), as Dutch Excel writes it. The day always comes first in the Dutch order: never a
guessing parser, so ``03-04-2024`` is 3 April and ``04-13-2024`` is refused.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from ..messages import MessageError, message

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
#: The Dutch order, as Dutch Excel writes it: ``12-09-1968``, ``12-9-1968``, ``1-2-2025``;
#: also with ``/`` or ``.`` (day first, always: never a US month-first guess).
_DUTCH = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")


class DateError(MessageError):
    """A text that is not a valid date in an accepted format."""


def _shown(text: str) -> str:
    """A bad value for a one-line message: as written, unless it holds a character that
    could break the line or the terminal (then quoted with escapes)."""
    return text if text.isprintable() else repr(text)


#: Dates the tool reads: a birth date from 1900, and no further than the engine can
#: count from a first sick day (docs/law.md: from 2012) with every extension after it.
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2199, 12, 31)


def _within_bounds(day: date, text: str) -> date:
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise DateError(
            message(
                "date_out_of_bounds",
                value=_shown(text),
                earliest=EARLIEST_DATE.year,
                latest=LATEST_DATE.year,
            )
        )
    return day


def parse_iso_date(text: str) -> date:
    """Parse ``YYYY-MM-DD``; the only form case files accept."""
    stripped = text.strip()
    if not _ISO.fullmatch(stripped):
        raise DateError(message("not_an_iso_date", value=_shown(text)))
    try:
        day = date.fromisoformat(stripped)
    except ValueError:
        raise DateError(message("not_an_iso_date", value=_shown(text))) from None
    return _within_bounds(day, text)


def parse_cli_date(text: str) -> date:
    """Parse ``YYYY-MM-DD`` or the Dutch ``DD-MM-YYYY``, as the command line accepts."""
    stripped = text.strip()
    try:
        if _ISO.fullmatch(stripped):
            return _within_bounds(date.fromisoformat(stripped), text)
        dutch = _DUTCH.fullmatch(stripped)
        if dutch:
            day, month, year = (int(part) for part in dutch.groups())
            separators = {stripped[dutch.end(1)], stripped[dutch.end(2)]}
            if len(separators) == 1:  # 12-09/1968 is not a date
                return _within_bounds(date(year, month, day), text)
    except ValueError as error:
        if isinstance(error, DateError):
            raise
    raise DateError(message("not_a_date", value=_shown(text)))


#: A time of day after a date, as spreadsheets and HR systems write a date-time
#: (``2026-01-05 00:00:00``, ``2026-01-05T00:00:00Z``, ``5-1-2026 0:00``).
_TIME = (
    r"(?:[ T](?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\.[0-9]+)?)?"
    r"(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?"
)
_ISO_TIME = rf"([0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}){_TIME}"
_DUTCH_TIME = rf"([0-9]{{1,2}}[-/.][0-9]{{1,2}}[-/.][0-9]{{4}}){_TIME}"
#: A two-digit year, day first: ``05-01-26``, ``5/1/26``.
_SHORT_YEAR = rf"([0-9]{{1,2}})([-/.])([0-9]{{1,2}})\2([0-9]{{2}}){_TIME}"


@cache
def _cell_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns of a cell's date, compiled on the first cell read (the command line
    reads none)."""
    return re.compile(_ISO_TIME), re.compile(_DUTCH_TIME), re.compile(_SHORT_YEAR)


def parse_cell_date(text: str, *, birth_date: bool = False) -> date:
    """A date as an export's cell writes it: what ``parse_cli_date`` reads, also with a
    time of day after it (a spreadsheet's date-time; the date is the day as written),
    and day-first with a two-digit year (``05-01-26``: 2026, the 21st century). A birth
    date with a two-digit year is refused, naming both centuries (``71`` may be 1971)."""
    stripped = text.strip()
    iso_time, dutch_time, short_year = _cell_patterns()
    timed = iso_time.fullmatch(stripped) or dutch_time.fullmatch(stripped)
    if timed:
        return parse_cli_date(timed.group(1))
    short = short_year.fullmatch(stripped)
    if short is None:
        return parse_cli_date(stripped)
    day, separator, month, year = short.groups()
    if birth_date:
        raise DateError(
            message(
                "two_digit_birth_year",
                value=_shown(stripped),
                earlier=f"19{year}",
                later=f"20{year}",
            )
        )
    return parse_cli_date(f"{day}{separator}{month}{separator}20{year}")
