"""A table's cells as exports write them, made into the values a case reads
(docs/hr-exports.md): dates with a time of day or a two-digit year, amounts the Dutch
way, ``50%`` and ``50,00`` percentages, the share still worked (AFAS's ``Presence``),
an hourly wage, and course lines of one sick period (rows with the same first sick day,
as Visma Verzuim writes them) joined into one.

Every problem is a message naming its column by the field it fills (``wage_amount``);
``rows.py`` names it by the column as the file writes it. A cell that cannot be read is
left for the case model to refuse, with its own words, unless this module says more.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from ..messages import Message, MessageError, message
from ..models import EVENT_DATE_FIELDS, EVENT_DATE_LISTS
from .columns import LATEST_COLUMNS, PRESENCE, RECOVERED_ON
from .dates import DateError, parse_cell_date
from .money import read_amount

#: The columns that hold one date.
DATE_COLUMNS = (
    "first_sick_day",
    "last_sick_day",
    RECOVERED_ON,
    "date_of_birth",
    "contract_end",
    *EVENT_DATE_FIELDS,
    "vrijwillige_verlenging_until",
    "loonsanctie_decided",
    "loonsanctie_herstel_gemeld",
    "loonsanctie_herstel_decided",
)

#: The columns of a sick period's end: one of them ends it.
_END_COLUMNS = ("last_sick_day", RECOVERED_ON)

Row = dict[str, str]


def prepared(
    rows: list[Row], numbers: tuple[int, ...]
) -> tuple[list[Row], tuple[int, ...], list[Message]]:
    """The rows with their cells read (dates as ISO dates, amounts and percentages as
    plain numbers), the course lines of one sick period joined, the row numbers that
    are left, and the problems found."""
    numbers = numbers or tuple(range(1, len(rows) + 1))
    found: dict[Message, list[int]] = {}
    ready = []
    for row, number in zip(rows, numbers, strict=True):
        said: list[Message] = []
        ready.append(_row(row, said))
        for problem in said:
            found.setdefault(problem, []).append(number)
    messages = [in_rows(problem, where, len(rows)) for problem, where in found.items()]
    joined, kept = _joined(ready, numbers, messages)
    return joined, kept, list(dict.fromkeys(messages))


def in_rows(problem: Message, rows: list[int], of: int) -> Message:
    """A problem of some of a case's ``of`` rows, naming them (``regel 3: ...``); one of
    every row of the case (or of its only row), said once as it is."""
    if len(rows) >= of:
        return problem
    if len(rows) == 1:
        return message("in_row", row=rows[0], problem=problem)
    return message("in_rows", rows=", ".join(map(str, rows)), problem=problem)


def _in_column(column: str, problem: Message) -> Message:
    return message("path_problem", path=column, problem=problem)


def _row(row: Row, messages: list[Message]) -> Row:
    cells = dict(row)
    for column in DATE_COLUMNS:
        _date(cells, column, messages)
    for column in EVENT_DATE_LISTS:
        parts = [part.strip() for part in (cells.get(column) or "").split(";")]
        if any(parts):
            cells[column] = ";".join(_date_text(part) for part in parts if part)
    for column in ("wage_amount", "hours_per_week"):
        _amount(cells, column, messages)
    _percentage(cells, messages)
    _hourly(cells, messages)
    return cells


def _date_text(text: str) -> str:
    """A date cell as an ISO date, or as written when it is none (the model says so)."""
    try:
        return parse_cell_date(text).isoformat()
    except DateError:
        return text


def _date(cells: Row, column: str, messages: list[Message]) -> None:
    text = (cells.get(column) or "").strip()
    if not text:
        return
    try:
        cells[column] = parse_cell_date(text, birth_date=column == "date_of_birth").isoformat()
    except DateError as error:
        if error.said.id == "two_digit_birth_year":
            messages.append(_in_column(column, error.said))
            cells[column] = ""  # said here; not again by the model


def _amount(cells: Row, column: str, messages: list[Message]) -> None:
    text = (cells.get(column) or "").strip()
    if not text:
        return
    try:
        cells[column] = str(read_amount(text))
    except MessageError as error:
        messages.append(_in_column(column, error.said))
        cells[column] = ""  # said here; not again by the model


def _whole_percentage(text: str) -> Decimal | None:
    """``50``, ``50%``, ``50,00``; ``None`` when the text is no number."""
    try:
        return read_amount(text.strip().removesuffix("%").strip())
    except MessageError:
        return None


def _whole(value: Decimal) -> str:
    """A percentage as a whole number (``50.00`` as ``50``); one with a fraction as it
    is, for the model to refuse (the sick percentage is a whole number)."""
    return str(int(value)) if value == value.to_integral_value() else str(value)


def _percentage(cells: Row, messages: list[Message]) -> None:
    """The sick percentage, from ``percentage`` or from the share still worked."""
    text = (cells.get("percentage") or "").strip()
    if text:
        value = _whole_percentage(text)
        if value is not None:
            cells["percentage"] = _whole(value)
    presence_text = (cells.pop(PRESENCE, None) or "").strip()
    if not presence_text:
        return
    presence = _whole_percentage(presence_text)
    if presence is None or not 0 <= presence <= 100 or presence != int(presence):
        messages.append(_in_column(PRESENCE, message("presence_invalid", value=presence_text)))
        return
    if presence == 100:
        messages.append(_in_column(PRESENCE, message("presence_full", value=presence_text)))
        return
    sick = _whole(100 - presence)
    if text and cells["percentage"] != sick:
        messages.append(
            _in_column(f"percentage, {PRESENCE}", message("presence_disagrees", sick=sick))
        )
        return
    cells["percentage"] = sick


def _hourly(cells: Row, messages: list[Message]) -> None:
    """An hourly wage (``Uurloon``) as a weekly one: times the contract hours."""
    if cells.get("wage_per") != "hour":
        return
    amount_text = cells.get("wage_amount") or ""
    if not amount_text:
        return
    hours_text = cells.get("hours_per_week") or ""
    try:
        hours = Decimal(hours_text) if hours_text else None
    except ArithmeticError:  # pragma: no cover - an amount read above is a number
        hours = None
    if hours is None or hours <= 0:
        messages.append(_in_column("wage_amount", message("hourly_needs_hours")))
        cells["wage_amount"] = ""
        return
    week = (Decimal(amount_text) * hours).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    cells["wage_amount"], cells["wage_per"] = str(week), "week"


#: The columns of one sick period (``table.PERIOD_COLUMNS``); the rest describe the case.
_PERIOD_COLUMNS = frozenset(
    {"first_sick_day", *_END_COLUMNS, "cause", "pregnancy_related", "percentage", PRESENCE}
)


def _joined(
    rows: list[Row], numbers: tuple[int, ...], messages: list[Message]
) -> tuple[list[Row], tuple[int, ...]]:
    """Course lines of one sick period joined: rows of a case with the same first sick
    day are one period (a ziekmelding, then a partial recovery, then a full recovery).
    Its end is the one end any of its lines gives (two different ends are a problem);
    its percentage the last line's; every other cell the first line's that has one."""
    groups: dict[str, list[int]] = {}
    for position, row in enumerate(rows):
        start = (row.get("first_sick_day") or "").strip()
        groups.setdefault(start or f"\x00{position}", []).append(position)
    if len(groups) == len(rows):
        return rows, numbers
    joined: list[Row] = []
    kept: list[int] = []
    for positions in groups.values():
        first = dict(rows[positions[0]])
        for position in positions[1:]:
            _join_line(first, rows[position], (numbers[positions[0]], numbers[position]), messages)
        joined.append(first)
        kept.append(numbers[positions[0]])
    return joined, tuple(kept)


def _join_line(period: Row, line: Row, pair: tuple[int, int], messages: list[Message]) -> None:
    for column, value in line.items():
        text = (value or "").strip()
        if not text:
            continue
        current = (period.get(column) or "").strip()
        if column == "percentage" and text == "0" and _ends(line):
            continue  # the full recovery line (Visma: 0%, with its date): not a 0% period
        if column == "percentage" or column in LATEST_COLUMNS:
            period[column] = text  # the latest course line's
        elif not current:
            period[column] = text
        elif current != text and column not in _PERIOD_COLUMNS:
            problem = message("rows_disagree", first=pair[0], second=pair[1])
            messages.append(_in_column(column, problem))
        elif current != text and column in _END_COLUMNS:
            said = message("rows_problem", first=pair[0], second=pair[1],
                           problem=message("period_two_ends"))  # fmt: skip
            messages.append(said)


def _ends(line: Row) -> bool:
    """Whether a course line gives its period's end (a recovery date, a last sick day)."""
    return any((line.get(column) or "").strip() for column in _END_COLUMNS)
