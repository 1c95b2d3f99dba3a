"""Strict date parsing and display.

Case files use ISO ``YYYY-MM-DD`` only (case-file.md); the command line also takes the
Dutch ``DD-MM-YYYY``. Both are parsed with the standard library's strict parsers, never
a guessing parser: ``03-04-2024`` must not silently become 4 March.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_DUTCH = re.compile(r"\d{2}-\d{2}-\d{4}")

_WEEKDAYS = {
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


class DateError(ValueError):
    """A text that is not a valid date in an accepted format."""


def _shown(text: str) -> str:
    """A bad value for a one-line message: as written, unless it holds a character that
    could break the line or the terminal (then quoted with escapes)."""
    return text if text.isprintable() else repr(text)


#: Dates the tool reads: a birth date from 1900, and no further than the engine can
#: count from a first sick day (rules.md: from 2012) with every extension after it.
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2199, 12, 31)


def _within_bounds(day: date, text: str) -> date:
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise DateError(
            f"{_shown(text)} is outside the dates the tool reads "
            f"({EARLIEST_DATE.year} to {LATEST_DATE.year})"
        )
    return day


def parse_iso_date(text: str) -> date:
    """Parse ``YYYY-MM-DD``; the only form case files accept."""
    stripped = text.strip()
    if not _ISO.fullmatch(stripped):
        raise DateError(f"{_shown(text)} is not a date (use YYYY-MM-DD)")
    try:
        day = date.fromisoformat(stripped)
    except ValueError:
        raise DateError(f"{_shown(text)} is not a date (use YYYY-MM-DD)") from None
    return _within_bounds(day, text)


def parse_cli_date(text: str) -> date:
    """Parse ``YYYY-MM-DD`` or the Dutch ``DD-MM-YYYY``, as the command line accepts."""
    stripped = text.strip()
    try:
        if _ISO.fullmatch(stripped):
            return _within_bounds(date.fromisoformat(stripped), text)
        if _DUTCH.fullmatch(stripped):
            parsed = datetime.strptime(stripped, "%d-%m-%Y").date()  # noqa: DTZ007 (a date, no time)
            return _within_bounds(parsed, text)
    except ValueError as error:
        if isinstance(error, DateError):
            raise
    raise DateError(f"{_shown(text)} is not a date (use YYYY-MM-DD or DD-MM-YYYY)")


def format_euros(amount: Decimal, lang: str) -> str:
    """Money for people: ``EUR 1.234,56`` in Dutch, ``EUR 1,234.56`` in English."""
    digits = f"{amount:,.2f}"
    if lang == "nl":
        digits = digits.replace(",", "_").replace(".", ",").replace("_", ".")
    return f"EUR {digits}"


def format_date(day: date, lang: str) -> str:
    """A date for people: ``ma 06-01-2025`` in Dutch, ``Mon 2025-01-06`` in English."""
    weekday = _WEEKDAYS[lang][day.weekday()]
    if lang == "nl":
        return f"{weekday} {day.day:02d}-{day.month:02d}-{day.year}"
    return f"{weekday} {day.isoformat()}"
