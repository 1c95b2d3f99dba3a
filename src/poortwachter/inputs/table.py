"""A table row of an HR export (a CSV line, a spreadsheet row) as a case: the columns,
the cells' values, and every problem of a row named by its column.

The columns take the names of the case file's keys; ``inputs/columns.py`` maps the names
HR systems use onto them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from ..messages import Message, MessageError, message
from ..models import (
    EVENT_DATE_FIELDS,
    EVENT_DATE_LISTS,
    EVENT_TEXT_FIELDS,
    Case,
    CaseError,
    Events,
    Problem,
)
from ..sickdays import SickPeriod
from .cells import in_rows
from .columns import LATEST_COLUMNS, RECOVERED_ON
from .dates import DateError, parse_cli_date


class BatchInputError(MessageError):
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
    "zw_eigenrisicodrager",
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
    "employee.name": "employee_name",
    "employer.name": "employer_name",
    "employer.wga_eigenrisicodrager": "wga_eigenrisicodrager",
    "employer.zw_eigenrisicodrager": "zw_eigenrisicodrager",
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

#: Problems of a row are told in the order of the columns.
_COLUMN_ORDER = {column: position for position, column in enumerate(CSV_COLUMNS)}

#: CSV cells that mean yes or no beside the words case files take (``ja``, ``nee``,
#: ``true``, ...): the digits spreadsheets write. An empty cell is no.
_FLAG_DIGITS = {"1": "true", "0": "false"}

#: The columns that describe one sick period; every other column describes the case and
#: must agree between the rows of a case (or be empty).
PERIOD_COLUMNS = frozenset(
    {"first_sick_day", "last_sick_day", RECOVERED_ON, "cause", "pregnancy_related", "percentage"}
)


def case_from_rows(rows: list[dict[str, str]], numbers: tuple[int, ...] = ()) -> Case:
    """The rows of one case (course lines: one row per sick period, in any order) as a
    case; ``CaseError`` names the columns, and the rows, of every problem.

    The rows become a case-file document, validated by the models that read case files
    (``loading.CaseFile``): one validator for both, each problem named by its column."""
    from pydantic import ValidationError

    from ..checks import check_case
    from .casefile import CaseFile, describe_problem

    messages: list[Message] = []
    row = _case_fields(rows, numbers, messages)
    case_id = (row.get("case_id") or "").strip()
    if not case_id:
        messages.append(_in_column("case_id", message("missing_in_row")))
    row_numbers = numbers or tuple(range(1, len(rows) + 1))
    periods = []
    found_in: dict[Message, list[int]] = {}  # a problem of a period, with its rows
    for period_row, number in zip(rows, row_numbers, strict=True):
        own: list[Message] = []
        periods.append(_period(period_row, own))
        for problem in own:
            found_in.setdefault(problem, []).append(number)
    messages += [in_rows(problem, where, len(rows)) for problem, where in found_in.items()]
    period_rows = [number for number, period in zip(row_numbers, periods, strict=True) if period]
    document = {
        "case_id": case_id or "-",  # a missing id is said above, once
        "sick_periods": [period for period in periods if period is not None],
        "events": _events(row),
        "employee": _employee(row),
        "employer": _employer(row),
        "extensions": _extensions(row),
    }
    try:
        the_case = CaseFile.model_validate(document).to_case()
    except ValidationError as error:
        found: list[tuple[int, Message]] = []
        failed = set()
        for detail in error.errors(include_url=False):
            location = tuple(detail["loc"])
            failed.add(location[0])
            if location == ("sick_periods",) and None in periods:
                continue  # no period left: the missing first sick day is said already
            column = _column_of(location)
            said = _named_by_column(location, describe_problem(detail))
            if location[0] == "sick_periods" and len(location) > 1:
                index = location[1]
                if isinstance(index, int) and index < len(period_rows):
                    said = in_rows(said, [period_rows[index]], len(rows))
            found.append((_COLUMN_ORDER.get(column, len(_COLUMN_ORDER)), said))
        messages += [said for _, said in sorted(found, key=lambda pair: pair[0])]
        messages += _checks_of_valid_parts(document, failed, len(rows))
        raise CaseError(_problems(messages)) from None
    if None in periods:
        raise CaseError(_problems(messages))
    if records_no_events(rows[0]):
        # No column for any step: the input records no events (docs/hr-exports.md).
        the_case = _without_steps(the_case)
    order = sorted(range(len(rows)), key=lambda index: the_case.sick_periods[index].start)
    ordered = [(the_case.sick_periods[index], row_numbers[index]) for index in order]
    messages += _course_problems(ordered)
    the_case = the_case._replace(sick_periods=tuple(period for period, _ in ordered))
    if messages:
        # The checks across columns too, on what did parse: every problem at once.
        messages += [
            _in_column(csv_column(problem.path), problem.message)
            for problem in check_case(the_case)
            if not problem.path.startswith("sick_periods[") or len(rows) == 1
        ]
        raise CaseError(_problems(messages))
    return the_case


#: The columns that record a step; a table with none of them records no events.
STEP_COLUMNS = (*CSV_DATE_EVENTS, *CSV_DATE_LISTS)


def records_no_events(fields: Iterable[str | None]) -> bool:
    """Whether a table with these columns records no events (no step column)."""
    return not set(STEP_COLUMNS).intersection(name for name in fields if name)


def _without_steps(case: Case) -> Case:
    """A case read from a table without step columns: it records no events, but keeps
    the names it has (the casemanager, for grouping the agenda)."""
    events = case.events
    if events is None or events == Events():
        return case._replace(events=None)
    return case._replace(events=events._replace(records_steps=False))


def _problems(messages: list[Message]) -> list[Problem]:
    """The problems of a row, each message naming its column already."""
    return [Problem("", said) for said in messages]


def _in_column(column: str, problem: Message) -> Message:
    return message("path_problem", path=column, problem=problem)


def _checks_of_valid_parts(document: dict[str, Any], failed: set[Any], rows: int) -> list[Message]:
    """The checks across columns on the parts of the row that did validate (as for
    case files), named by column."""
    from .casefile import problems_of_valid_parts

    return [
        _in_column(csv_column(problem.path), problem.message)
        for problem in problems_of_valid_parts(document, failed)
        if not problem.path.startswith("sick_periods[") or rows == 1
    ]


def _named_by_column(location: tuple[int | str, ...], said: Message) -> Message:
    """A case-file message (``employee.wage.amount: ...``) named by its CSV column."""
    from .casefile import key_path

    params = dict(said.params)
    problem = params.get("problem")
    named = said.id == "path_problem" and params.get("path") == key_path(location)
    if not named or not isinstance(problem, Message):
        return said
    return _in_column(_column_of(location), problem)


def _column_of(location: tuple[int | str, ...]) -> str:
    """The CSV column that holds the value at a case-file location."""
    parts = [part for part in location if not isinstance(part, int)]
    if parts[:1] == ["sick_periods"]:
        key = parts[1] if len(parts) > 1 else "start"
        return {"start": "first_sick_day", "end": "last_sick_day"}.get(key, key)
    if parts[:1] == ["events"] and len(parts) > 1:
        return parts[1]
    return csv_column(".".join(parts))


def _cell(row: dict[str, str], column: str) -> str | None:
    """A cell's text, stripped; ``None`` when empty (the key is then left out)."""
    text = (row.get(column) or "").strip()
    return text or None


def _flag(row: dict[str, str], column: str) -> str | None:
    text = _cell(row, column)
    return _FLAG_DIGITS.get(text, text) if text is not None else None


def _present(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def _period(row: dict[str, str], messages: list[Message]) -> dict[str, Any] | None:
    """One row's sick period: its first sick day, and its last sick day or the day it
    was fit again (``hersteldatum``: the last sick day is the day before); ``None``,
    with the problem said, for a row without a first sick day or fit again on it."""
    if _cell(row, "first_sick_day") is None:
        messages.append(_in_column("first_sick_day", message("missing_in_row")))
        return None
    end = _cell(row, "last_sick_day")
    recovered = _cell(row, RECOVERED_ON)
    if recovered is not None:
        try:
            recovered_on = parse_cli_date(recovered)
            day_before = (recovered_on - timedelta(days=1)).isoformat()
        except DateError as error:
            messages.append(_in_column(RECOVERED_ON, error.said))
        else:
            start = _day_or_none(_cell(row, "first_sick_day") or "")
            if start is not None and recovered_on <= start:
                # Fit again on the first sick day (or before it): no sick day at all.
                said = message("recovery_not_after_start", value=recovered_on, start=start)
                messages.append(_in_column(RECOVERED_ON, said))
                return None
            same = None if end is None else _same_day(end, day_before)
            if same is False:
                messages.append(
                    _in_column(
                        f"{RECOVERED_ON}, last_sick_day", message("recovery_not_after_last_day")
                    )
                )
            if end is None or same is False:
                end = day_before  # (a last sick day that is no date: the model says so)
    return _present(
        {
            "start": _cell(row, "first_sick_day"),
            "end": end,
            "cause": _cell(row, "cause"),
            "pregnancy_related": _flag(row, "pregnancy_related"),
            "percentage": _cell(row, "percentage"),
        }
    )


def _day_or_none(text: str) -> date | None:
    """A cell's date; ``None`` when it is none (the model says so)."""
    try:
        return parse_cli_date(text)
    except DateError:
        return None


def _same_day(text: str, iso: str) -> bool | None:
    """Whether a cell's date is the day ``iso``; ``None`` when the cell is no date (the
    model says so)."""
    try:
        return parse_cli_date(text).isoformat() == iso
    except DateError:
        return None


def _events(row: dict[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {
        name: _cell(row, name) for name in (*CSV_DATE_EVENTS, *CSV_TEXT_EVENTS)
    }
    for name in CSV_DATE_LISTS:
        parts = [part.strip() for part in (row.get(name) or "").split(";") if part.strip()]
        values[name] = parts or None
    return _present(values)


def _employee(row: dict[str, str]) -> dict[str, Any]:
    amount = _cell(row, "wage_amount")
    wage = {"amount": amount, "per": _cell(row, "wage_per") or "month"} if amount else None
    return _present(
        {
            "name": _cell(row, "employee_name"),
            "date_of_birth": _cell(row, "date_of_birth"),
            "contract_end": _cell(row, "contract_end"),
            "hours_per_week": _cell(row, "hours_per_week"),
            "wage": wage,
        }
    )


def _employer(row: dict[str, str]) -> dict[str, Any]:
    percentages = _present({"year1": _cell(row, "pay_year1"), "year2": _cell(row, "pay_year2")})
    return _present(
        {
            "name": _cell(row, "employer_name"),
            "wga_eigenrisicodrager": _flag(row, "wga_eigenrisicodrager"),
            "pay_percentage": percentages or None,
            "zw_eigenrisicodrager": _flag(row, "zw_eigenrisicodrager"),
        }
    )


def _extensions(row: dict[str, str]) -> dict[str, Any]:
    sanction = _present(
        {
            "weeks": _cell(row, "loonsanctie_weeks"),
            "decided": _cell(row, "loonsanctie_decided"),
            "herstel_gemeld": _cell(row, "loonsanctie_herstel_gemeld"),
            "herstel_decided": _cell(row, "loonsanctie_herstel_decided"),
        }
    )
    return _present(
        {
            "vrijwillige_verlenging_until": _cell(row, "vrijwillige_verlenging_until"),
            "loonsanctie": sanction or None,
        }
    )


def _case_fields(
    rows: list[dict[str, str]], numbers: tuple[int, ...], messages: list[Message]
) -> dict[str, str]:
    """The case's own fields, from all its rows: each must agree between the rows or be
    empty in all but one, except the ``LATEST_COLUMNS``, taken from the latest sick
    period's row. A disagreement is named by its rows, never by its values (they may be
    health data)."""
    merged: dict[str, str] = _latest_fields(rows)
    first_row: dict[str, int] = {}
    for position, row in enumerate(rows):
        number = numbers[position] if numbers else position + 1
        for column, value in row.items():
            if column in PERIOD_COLUMNS or column in LATEST_COLUMNS or not (value or "").strip():
                continue
            if column not in merged:
                merged[column], first_row[column] = value, number
            elif merged[column].strip() != value.strip():
                disagree = message("rows_disagree", first=first_row[column], second=number)
                messages.append(_in_column(column, disagree))
    return merged


def _latest_fields(rows: list[dict[str, str]]) -> dict[str, str]:
    """The ``LATEST_COLUMNS`` of a case: each from the row of the latest sick period
    (by first sick day, then by its place in the file) that has one. The wage's period
    comes with its amount, from the same row."""
    order = sorted(
        range(len(rows)),
        key=lambda index: ((rows[index].get("first_sick_day") or "").strip(), index),
    )
    latest: dict[str, str] = {}
    for index in order:  # a later row's value replaces an earlier one's
        row = rows[index]
        for column in LATEST_COLUMNS - {"wage_per"}:
            value = row.get(column) or ""
            if value.strip():
                latest[column] = value
                if column == "wage_amount":
                    latest.pop("wage_per", None)
                    if (row.get("wage_per") or "").strip():
                        latest["wage_per"] = row["wage_per"]
    if "wage_amount" not in latest:
        periods = [rows[index].get("wage_per") or "" for index in order]
        given = [period for period in periods if period.strip()]
        if given:
            latest["wage_per"] = given[-1]  # with no amount: the model says so
    return latest


def _course_problems(ordered: list[tuple[SickPeriod, int]]) -> list[Message]:
    """Course lines that cannot be one case: periods that overlap, or an open period
    (still sick) before another."""
    found = []
    for (earlier, earlier_row), (later, later_row) in itertools.pairwise(ordered):
        if earlier.end is None:
            problem = message("two_open_periods")
        elif later.start <= earlier.end:
            problem = message("periods_overlap")
        else:
            continue
        found.append(message("rows_problem", first=earlier_row, second=later_row, problem=problem))
    return found


def csv_column(path: str) -> str:
    """The CSV column of a case-file key path (``events.probleemanalyse``)."""
    if path in _COLUMN_OF_PATH:
        return _COLUMN_OF_PATH[path]
    if path.startswith("events."):
        return path.removeprefix("events.").split("[")[0]
    return path
