"""A table row of an HR export (a CSV line, a spreadsheet row) as a case: the columns,
the cells' values, and every problem of a row named by its column.

The columns take the names of the case file's keys; ``inputs/columns.py`` maps the names
HR systems use onto them.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from ..dates import DateError, parse_cli_date
from ..i18n import visible
from ..models import (
    EVENT_DATE_FIELDS,
    EVENT_DATE_LISTS,
    EVENT_TEXT_FIELDS,
    Case,
    CaseError,
    Employee,
    Employer,
    Events,
    ExtensionsInput,
    Loonsanctie,
    PayPercentage,
    Problem,
    Wage,
)
from ..parameters import DAYS_PER_PERIOD, MAX_HOURS_PER_WEEK
from ..sickdays import SickPeriod
from .columns import RECOVERED_ON
from .values import parse_amount, wage_period


class BatchInputError(ValueError):
    """The input as a whole cannot be read (a bad CSV header, a missing file)."""


#: CSV input columns: the events take the names of the case file's event keys.
CSV_DATE_EVENTS = EVENT_DATE_FIELDS
CSV_TEXT_EVENTS = EVENT_TEXT_FIELDS
CSV_DATE_LISTS = EVENT_DATE_LISTS
CSV_COLUMNS: tuple[str, ...] = (
    "case_id",
    "first_sick_day",
    "last_sick_day",
    "cause",
    "pregnancy_related",
    "percentage",
    "employee_name",
    "date_of_birth",
    "contract_end",
    "hours_per_week",
    "wage_amount",
    "wage_per",
    "employer_name",
    "wga_eigenrisicodrager",
    "pay_year1",
    "pay_year2",
    *CSV_DATE_EVENTS,
    *CSV_TEXT_EVENTS,
    *CSV_DATE_LISTS,
    "vrijwillige_verlenging_until",
    "loonsanctie_weeks",
    "loonsanctie_decided",
    "loonsanctie_herstel_gemeld",
    "loonsanctie_herstel_decided",
)
CSV_REQUIRED = ("case_id", "first_sick_day")

#: Case-file key paths back to the CSV column that holds them, for error messages.
_COLUMN_OF_PATH = {
    "sick_periods[0].start": "first_sick_day",
    "sick_periods[0].end": "last_sick_day",
    "sick_periods[0]": "first_sick_day",
    "sick_periods": "first_sick_day",
    "sick_periods[0].percentage": "percentage",
    "employee.date_of_birth": "date_of_birth",
    "employee.contract_end": "contract_end",
    "employee.hours_per_week": "hours_per_week",
    "employee.wage.amount": "wage_amount",
    "employee.wage.per": "wage_per",
    "employer.pay_percentage.year1": "pay_year1",
    "employer.pay_percentage.year2": "pay_year2",
    "extensions.vrijwillige_verlenging_until": "vrijwillige_verlenging_until",
    "extensions.loonsanctie.weeks": "loonsanctie_weeks",
    "extensions.loonsanctie.decided": "loonsanctie_decided",
    "extensions.loonsanctie.herstel_decided": "loonsanctie_herstel_decided",
    "extensions.loonsanctie.herstel_gemeld": "loonsanctie_herstel_gemeld",
}

#: Bounds on numbers and lists in CSV cells, as in case files.
MAX_DIGITS = 6
MAX_LIST_DATES = 1000
MIN_AMOUNT = Decimal("0.01")
MAX_AMOUNT = Decimal(10_000_000)


def _cell(text: str) -> str:
    """A cell's text for a message: cut short, control characters written out."""

    return visible(text[:40]) + ("..." if len(text) > 40 else "")


_TRUE = {"true", "ja", "yes", "1", "j", "y"}
_FALSE = {"false", "nee", "no", "0", "n", ""}


class _RowProblems:
    """Collects every problem of one CSV row before giving up on it."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def as_date(self, row: dict[str, str], column: str) -> date | None:
        text = (row.get(column) or "").strip()
        if not text:
            return None
        try:
            return parse_cli_date(text)
        except DateError as error:
            self.messages.append(f"{column}: {error}")
            return None

    def as_dates(self, row: dict[str, str], column: str) -> tuple[date, ...]:
        parts = [part.strip() for part in (row.get(column) or "").split(";") if part.strip()]
        if len(parts) > MAX_LIST_DATES:
            self.messages.append(f"{column}: {len(parts)} dates (at most {MAX_LIST_DATES})")
            return ()
        found = []
        for part in parts:
            try:
                found.append(parse_cli_date(part))
            except DateError as error:
                self.messages.append(f"{column}: {error} (separate dates with ;)")
        return tuple(found)

    def as_integer(self, row: dict[str, str], column: str) -> int | None:
        text = (row.get(column) or "").strip()
        if not text:
            return None
        if len(text) > MAX_DIGITS or not (text.isascii() and text.isdigit()):
            self.messages.append(f"{column}: {_cell(text)} is not a whole number")
            return None
        return int(text)

    def as_amount(self, row: dict[str, str], column: str) -> Decimal | None:
        """A wage: finite, from 0.01 up to 10 million; the text itself is not repeated in
        a message (a wage is personal data)."""
        text = (row.get(column) or "").strip()
        if not text:
            return None
        amount = parse_amount(text)
        if amount is None:
            self.messages.append(f"{column}: not an amount (use 3200.00 or 3.200,00)")
            return None
        if not MIN_AMOUNT <= amount <= MAX_AMOUNT:
            self.messages.append(f"{column}: out of range (use an amount from 0.01 to 10000000)")
            return None
        return amount

    def as_flag(self, row: dict[str, str], column: str) -> bool:
        text = (row.get(column) or "").strip().casefold()
        if text in _TRUE:
            return True
        if text not in _FALSE:
            self.messages.append(f"{column}: {_cell(text)} is not true or false")
        return False


#: The columns that describe one sick period; every other column describes the case and
#: must agree between the rows of a case (or be empty).
PERIOD_COLUMNS = frozenset(
    {"first_sick_day", "last_sick_day", RECOVERED_ON, "cause", "pregnancy_related", "percentage"}
)


def case_from_csv_row(row: dict[str, str]) -> Case:
    """One CSV row as a case; ``CaseError`` names the columns of every problem."""
    return case_from_rows([row])


def case_from_rows(rows: list[dict[str, str]], numbers: tuple[int, ...] = ()) -> Case:
    """The rows of one case (course lines: one row per sick period, in any order) as a
    case; ``CaseError`` names the columns, and the rows, of every problem."""
    from ..loading import check_case_id

    problems = _RowProblems()
    row = _case_fields(rows, numbers, problems)
    case_id = (row.get("case_id") or "").strip()
    if not case_id:
        problems.messages.append("case_id: missing (every row needs one)")
    else:
        try:
            check_case_id(case_id)  # as in case files: short, one line, no control codes
        except ValueError as error:
            problems.messages.append(f"case_id: {error}")
    periods = [_period(period_row, problems) for period_row in rows]
    events = _events_from_row(row, problems)
    employee = _employee_from_row(row, problems)
    employer = _employer_from_row(row, problems)
    extensions = _extensions_from_row(row, problems)
    found = [period for period in periods if period is not None]
    if len(found) < len(periods):
        raise CaseError([Problem("", message) for message in problems.messages])
    ordered = sorted(
        zip(found, numbers or range(1, len(found) + 1), strict=True), key=lambda pair: pair[0].start
    )
    problems.messages += _course_problems(ordered)
    the_case = Case(
        sick_periods=tuple(period for period, _ in ordered),
        events=events,
        case_id=case_id,
        employee=employee,
        employer=employer,
        extensions=extensions,
    )
    if problems.messages:
        # The checks across columns too, on what did parse: every problem at once.
        from ..engine import check_case

        found_problems = problems.messages + [
            f"{csv_column(problem.path)}: {problem.message}"
            for problem in check_case(the_case)
            if not problem.path.startswith("sick_periods[") or len(rows) == 1
        ]
        raise CaseError([Problem("", message) for message in found_problems])
    return the_case


def _case_fields(
    rows: list[dict[str, str]], numbers: tuple[int, ...], problems: _RowProblems
) -> dict[str, str]:
    """The case's own fields, from all its rows: each must agree between the rows or be
    empty in all but one. A disagreement is named by its rows, never by its values (they
    may be health data)."""
    merged: dict[str, str] = {}
    first_row: dict[str, int] = {}
    for position, row in enumerate(rows):
        number = numbers[position] if numbers else position + 1
        for column, value in row.items():
            if column in PERIOD_COLUMNS or not (value or "").strip():
                continue
            if column not in merged:
                merged[column], first_row[column] = value, number
            elif merged[column].strip() != value.strip():
                problems.messages.append(
                    f"{column}: rows {first_row[column]} and {number} of this case disagree "
                    "(give it on one row, or the same on every row)"
                )
    return merged


def _period(row: dict[str, str], problems: _RowProblems) -> SickPeriod | None:
    """One row's sick period: its first sick day, and its last sick day or the day it
    was fit again (``hersteldatum``: the last sick day is the day before)."""
    if not (row.get("first_sick_day") or "").strip():
        problems.messages.append("first_sick_day: missing (every row needs one)")
        return None
    first_sick_day = problems.as_date(row, "first_sick_day")
    last_sick_day = problems.as_date(row, "last_sick_day")
    recovered_on = problems.as_date(row, RECOVERED_ON)
    if recovered_on is not None:
        day_before = recovered_on - timedelta(days=1)
        if last_sick_day is not None and last_sick_day != day_before:
            problems.messages.append(
                f"{RECOVERED_ON}, last_sick_day: the first day fit again is not the day after "
                "the last sick day"
            )
        last_sick_day = day_before
    percentage = problems.as_integer(row, "percentage")
    if percentage is not None and not 1 <= percentage <= 100:
        problems.messages.append(f"percentage: {percentage} is outside 1 to 100")
    if first_sick_day is None:
        return None
    return SickPeriod(
        first_sick_day,
        last_sick_day,
        (row.get("cause") or "").strip() or None,
        pregnancy_related=problems.as_flag(row, "pregnancy_related"),
        percentage=percentage,
    )


def _course_problems(ordered: list[tuple[SickPeriod, int]]) -> list[str]:
    """Course lines that cannot be one case: periods that overlap, or an open period
    (still sick) before another."""
    found = []
    for (earlier, earlier_row), (later, later_row) in itertools.pairwise(ordered):
        if earlier.end is None:
            found.append(
                f"rows {earlier_row} and {later_row}: two open sick periods, or an open one "
                "before another (give the last sick day or the recovery date)"
            )
        elif later.start <= earlier.end:
            found.append(f"rows {earlier_row} and {later_row}: the sick periods overlap")
    return found


def _events_from_row(row: dict[str, str], problems: _RowProblems) -> Events:
    values: dict[str, Any] = {name: problems.as_date(row, name) for name in CSV_DATE_EVENTS}
    values.update({name: (row.get(name) or "").strip() or None for name in CSV_TEXT_EVENTS})
    values.update({name: problems.as_dates(row, name) for name in CSV_DATE_LISTS})
    return Events(**values)


def _employee_from_row(row: dict[str, str], problems: _RowProblems) -> Employee:
    amount = problems.as_amount(row, "wage_amount")
    written = (row.get("wage_per") or "").strip()
    per = (wage_period(written) or written) if written else "month"
    if amount is not None and per not in DAYS_PER_PERIOD:
        problems.messages.append(
            f"wage_per: {per} is not a wage period (use {' | '.join(DAYS_PER_PERIOD)})"
        )
    hours = problems.as_amount(row, "hours_per_week")
    if hours is not None and not 0 < hours <= MAX_HOURS_PER_WEEK:
        problems.messages.append(
            f"hours_per_week: {hours} is outside 0 to {MAX_HOURS_PER_WEEK} (contract hours)"
        )
        hours = None
    return Employee(
        name=(row.get("employee_name") or "").strip() or None,
        date_of_birth=problems.as_date(row, "date_of_birth"),
        wage=Wage(amount, per) if amount is not None and per in DAYS_PER_PERIOD else None,
        contract_end=problems.as_date(row, "contract_end"),
        hours_per_week=hours,
    )


def _employer_from_row(row: dict[str, str], problems: _RowProblems) -> Employer:
    year1 = problems.as_integer(row, "pay_year1")
    year2 = problems.as_integer(row, "pay_year2")
    default = PayPercentage()
    return Employer(
        name=(row.get("employer_name") or "").strip() or None,
        wga_eigenrisicodrager=problems.as_flag(row, "wga_eigenrisicodrager"),
        pay_percentage=PayPercentage(
            year1 if year1 is not None else default.year1,
            year2 if year2 is not None else default.year2,
        ),
    )


def _extensions_from_row(row: dict[str, str], problems: _RowProblems) -> ExtensionsInput:
    weeks = problems.as_integer(row, "loonsanctie_weeks")
    decided = problems.as_date(row, "loonsanctie_decided")
    herstel = problems.as_date(row, "loonsanctie_herstel_decided")
    reported = problems.as_date(row, "loonsanctie_herstel_gemeld")
    sanction = None
    if weeks is not None or decided is not None or herstel is not None or reported is not None:
        if weeks is None or decided is None:
            problems.messages.append(
                "loonsanctie_weeks, loonsanctie_decided: a loonsanctie needs both"
            )
        else:
            sanction = Loonsanctie(weeks, decided, herstel, reported)
    return ExtensionsInput(
        vrijwillige_verlenging_until=problems.as_date(row, "vrijwillige_verlenging_until"),
        loonsanctie=sanction,
    )


def csv_column(path: str) -> str:
    """The CSV column of a case-file key path (``events.probleemanalyse``)."""
    if path in _COLUMN_OF_PATH:
        return _COLUMN_OF_PATH[path]
    if path.startswith("events."):
        return path.removeprefix("events.").split("[")[0]
    return path
