"""Batch runs: many cases in, one record per case out, in input order.

Input is a CSV file (one case per row), a JSON Lines file (one case document per line,
in the case-file schema) or a folder of case files. Every input row yields a record or
an error record in its place; nothing is dropped or reordered. Rows are read, judged and
written one at a time (or in bounded chunks across worker processes), so memory stays
flat however long the input.

This module does the reading and writing; the judging is ``assessment.assess``.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from .assessment import Assessment, assess
from .dates import DateError, parse_cli_date
from .findings import Severity
from .formats import BatchOutput
from .i18n import visible
from .inputs.values import parse_amount, wage_period
from .models import (
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
from .parameters import DAYS_PER_PERIOD, MAX_HOURS_PER_WEEK
from .sickdays import SickPeriod


class InputFormat(StrEnum):
    CSV = "csv"
    JSONL = "jsonl"
    FOLDER = "folder"


#: Output of a batch run (shared with the command line).
OutputFormat = BatchOutput


class BatchInputError(ValueError):
    """The input as a whole cannot be read (a bad CSV header, a missing file)."""


# --- CSV input --------------------------------------------------------------------

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


def check_csv_header(header: list[str] | None) -> None:
    """Unknown or missing columns stop the run before any row: a typo'd column must not
    quietly drop a date from every case."""
    if not header:
        raise BatchInputError("the CSV input has no header row")
    unknown = [name for name in header if name not in CSV_COLUMNS]
    if unknown:
        raise BatchInputError(
            f"unknown CSV column {unknown[0]!r} (valid columns: {', '.join(CSV_COLUMNS)})"
        )
    missing = [name for name in CSV_REQUIRED if name not in header]
    if missing:
        raise BatchInputError(f"the CSV input needs a {missing[0]!r} column")
    duplicates = {name for name in header if header.count(name) > 1}
    if duplicates:
        raise BatchInputError(f"CSV column {sorted(duplicates)[0]!r} appears twice")


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


def case_from_csv_row(row: dict[str, str]) -> Case:
    """One CSV row as a case; ``CaseError`` names the columns of every problem."""
    from .loading import check_case_id

    problems = _RowProblems()
    case_id = (row.get("case_id") or "").strip()
    for column, value in (("case_id", case_id), ("first_sick_day", row.get("first_sick_day"))):
        if not (value or "").strip():
            problems.messages.append(f"{column}: missing (every row needs one)")
    if case_id:
        try:
            check_case_id(case_id)  # as in case files: short, one line, no control codes
        except ValueError as error:
            problems.messages.append(f"case_id: {error}")
    first_sick_day = problems.as_date(row, "first_sick_day")
    last_sick_day = problems.as_date(row, "last_sick_day")
    events = _events_from_row(row, problems)
    employee = _employee_from_row(row, problems)
    employer = _employer_from_row(row, problems)
    extensions = _extensions_from_row(row, problems)
    if first_sick_day is None:
        raise CaseError([Problem("", message) for message in problems.messages])
    percentage = problems.as_integer(row, "percentage")
    if percentage is not None and not 1 <= percentage <= 100:
        problems.messages.append(f"percentage: {percentage} is outside 1 to 100")
    period = SickPeriod(
        first_sick_day,
        last_sick_day,
        (row.get("cause") or "").strip() or None,
        pregnancy_related=problems.as_flag(row, "pregnancy_related"),
        percentage=percentage,
    )
    the_case = Case(
        sick_periods=(period,),
        events=events,
        case_id=case_id,
        employee=employee,
        employer=employer,
        extensions=extensions,
    )
    if problems.messages:
        # The checks across columns too, on what did parse: every problem at once.
        from .engine import check_case

        found = problems.messages + [
            f"{_csv_column(problem.path)}: {problem.message}" for problem in check_case(the_case)
        ]
        raise CaseError([Problem("", message) for message in found])
    return the_case


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


def _csv_column(path: str) -> str:
    """The CSV column of a case-file key path (``events.probleemanalyse``)."""
    if path in _COLUMN_OF_PATH:
        return _COLUMN_OF_PATH[path]
    if path.startswith("events."):
        return path.removeprefix("events.").split("[")[0]
    return path


# --- Reading ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RowInput:
    """One input row, not yet parsed: parsing happens in the worker."""

    row: int
    kind: InputFormat
    payload: Any
    source: str | None = None
    problem: str | None = None
    """Why the row could not even be read (bad bytes, a field too large, fields that do
    not match the header): it becomes an error record in its place."""


def detect_format(path: str, first_text: str | None = None) -> InputFormat:
    """From the path (a folder, ``.csv``, ``.jsonl``), else from the first character."""
    if path != "-" and Path(path).is_dir():
        return InputFormat.FOLDER
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        return InputFormat.CSV
    if suffix in (".jsonl", ".ndjson", ".json"):
        return InputFormat.JSONL
    if first_text is not None and first_text.lstrip().startswith("{"):
        return InputFormat.JSONL
    return InputFormat.CSV


def read_rows(stream: Iterable[str], kind: InputFormat) -> Iterator[RowInput]:
    """Rows of a CSV or JSON Lines stream, one at a time. A CSV header is checked at
    once, before anything is written (``BatchInputError``); a row that cannot be read
    costs that row only. Open the stream with ``errors="surrogateescape"``: bytes that are
    not UTF-8 then reach the row that holds them."""
    if kind is InputFormat.CSV:
        # Whole fields, however long: the row that holds one too long is refused below.
        csv.field_size_limit(sys.maxsize)
        reader = csv.reader(stream)
        return _csv_rows(reader, _csv_header(reader))
    return (
        RowInput(number, kind, line, problem=_undecodable(line))
        for number, line in enumerate(stream, start=1)
        if line.strip()
    )


def _csv_header(reader: Iterator[list[str]]) -> list[str]:
    """The header, checked at once: before anything is written."""
    try:
        header = next(reader, [])
    except csv.Error as error:
        raise BatchInputError(f"the CSV header cannot be read: {error}") from None
    while header and not header[-1].strip():
        header = header[:-1]  # trailing empty columns, as spreadsheets save them
    if any(_undecodable(name) for name in header):
        raise BatchInputError("the CSV header holds bytes that are not UTF-8")
    check_csv_header(header)
    return header


#: The longest CSV field a row may hold. The csv module's own limit is raised far above
#: it (see ``read_rows``): a reader that stops inside a long quoted field resumes in the
#: middle of it, and text there would be read as rows of its own (forged records).
MAX_CSV_FIELD = 131_072


def _csv_rows(reader: Iterator[list[str]], header: list[str]) -> Iterator[RowInput]:
    number = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:  # a field over the csv module's limit of 131,072
            number += 1
            yield RowInput(number, InputFormat.CSV, {}, problem=f"cannot be read: {error}")
            continue
        if not cells:
            continue  # a blank line
        number += 1
        row = dict(zip(header, cells, strict=False))
        yield RowInput(number, InputFormat.CSV, row, problem=_row_shape(cells, len(header)))


def _row_shape(cells: list[str], expected: int) -> str | None:
    """Why a CSV row's fields cannot be trusted, if they cannot: bytes that are not
    UTF-8, or more or fewer fields than the header (values in the wrong columns)."""
    undecodable = next((problem for cell in cells if (problem := _undecodable(cell))), None)
    if undecodable:
        return undecodable
    longest = max((len(cell) for cell in cells), default=0)
    if longest > MAX_CSV_FIELD:
        return (
            f"a field of {longest:,} characters (at most {MAX_CSV_FIELD:,}; a quote that "
            "never closes makes one of the rest of the file)"
        )
    extra = cells[expected:]
    if len(cells) < expected or any(cell.strip() for cell in extra):
        return (
            f"{len(cells)} fields where the header has {expected}: the values would land in "
            "the wrong columns (check the delimiter and quotes of this row)"
        )
    return None


def _undecodable(text: str) -> str | None:
    """Bytes that were not UTF-8 come through ``surrogateescape`` as lone surrogates."""
    if any("\udc80" <= character <= "\udcff" for character in text):
        return "holds bytes that are not UTF-8 (save the file as UTF-8)"
    return None


#: Case files a folder input reads.
CASE_FILE_SUFFIXES = (".yaml", ".yml", ".json")


def read_folder(folder: Path) -> Iterator[RowInput]:
    """Every ``.yaml``, ``.yml`` and ``.json`` file of a folder, by name. Hidden files are
    skipped; a link is followed only to a file inside the folder; anything that is not a
    regular file (a pipe, a device) becomes an error record, never read (a pipe would
    hang the run)."""
    root = folder.resolve()
    files = sorted(
        path
        for path in folder.iterdir()
        if path.suffix.lower() in CASE_FILE_SUFFIXES and not path.name.startswith(".")
    )
    for number, path in enumerate(files, start=1):
        problem = None
        if path.is_symlink():
            try:
                target = path.resolve(strict=True)
            except (OSError, RuntimeError):  # dangling, or a loop
                problem = "a link that leads nowhere (dangling, or a loop): not followed"
            else:
                if not target.is_relative_to(root):
                    problem = "a link to a file outside the folder: not followed"
        # A name that is not UTF-8 is shown with its bytes written out, as it goes into
        # the output; the file itself is read by its real name.
        source = visible(path.name)
        yield RowInput(number, InputFormat.FOLDER, str(path), source=source, problem=problem)


# --- Judging one row ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RowResult:
    """What one input row became: an output line, and what the exit status needs."""

    row: int
    text: str
    error: str | None
    highest: int
    """The rank of the most severe finding (0: none)."""


@dataclass(frozen=True, slots=True)
class BatchOptions:
    as_of: date
    lang: str = "nl"
    output: OutputFormat = OutputFormat.JSONL
    due_within: int | None = None
    remind_days: int = 7
    raw_csv: bool = False
    """CSV values exactly as they are, without the ``'`` that stops formulas."""


def judge_row(item: RowInput, options: BatchOptions) -> RowResult:
    """Parse and judge one row; any problem becomes an error record in its place."""
    case_id: str | None = None
    if item.problem is not None:
        return _error_result(item, _case_id_hint(item), item.problem, options)
    try:
        the_case = _case_of(item)
        case_id = the_case.case_id
        assessment = assess(the_case, options.as_of)
    except (CaseError, _RowError) as error:
        messages = error.messages if isinstance(error, _RowError) else _messages(error, item)
        case_id = case_id or _case_id_hint(item)
        return _error_result(item, case_id, "; ".join(messages), options)
    except Exception as error:  # a bug must cost this row only, not the run
        if os.environ.get("POORTWACHTER_DEBUG") == "1":
            raise
        message = f"internal error ({type(error).__name__}); please report it"
        return _error_result(item, case_id or _case_id_hint(item), message, options)
    if options.output is OutputFormat.JSONL:
        text = _jsonl_record(item, assessment, options)
    elif options.output is OutputFormat.CSV:
        text = _csv_record(item, assessment, options)
    else:
        text = _ics_events(assessment, options)
    return RowResult(item.row, text, None, assessment.highest_rank)


class _RowError(ValueError):
    def __init__(self, messages: list[str]) -> None:
        self.messages = messages
        super().__init__("; ".join(messages))


def _case_of(item: RowInput) -> Case:
    from .loading import (
        CaseFileError,
        case_from_document,
        load_case,
        parse_json_document,
        read_case_text,
    )

    if item.kind is InputFormat.CSV:
        return case_from_csv_row(item.payload)
    try:
        if item.kind is InputFormat.JSONL:
            document = parse_json_document("", item.payload)
            return case_from_document("", document, check=False)  # assess checks it
        path = Path(item.payload)
        name = item.source or visible(path.name)
        return load_case(name, read_case_text(path, name=name))
    except CaseFileError as error:
        raise _RowError(error.details) from None


def _messages(error: CaseError, item: RowInput) -> list[str]:
    if item.kind is InputFormat.CSV:
        return [
            f"{_csv_column(problem.path)}: {problem.message}" if problem.path else problem.message
            for problem in error.problems
        ]
    return [str(problem) for problem in error.problems]


def _case_id_hint(item: RowInput) -> str | None:
    """The case id of a row that failed, when it can be told: cut short and with its
    control characters and undecodable bytes written out, as it goes into the output."""

    hint: str | None = None
    if item.kind is InputFormat.CSV:
        hint = (item.payload.get("case_id") or "").strip() or None
    elif item.kind is InputFormat.JSONL and item.problem is None:
        try:
            document = json.loads(item.payload)
        except (ValueError, RecursionError):
            return None
        value = document.get("case_id") if isinstance(document, dict) else None
        if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
            hint = str(value) if not isinstance(value, int) or value.bit_length() <= 64 else None
    if hint is None:
        return None
    return visible(hint[:HINT_LENGTH])


#: How much of a bad row's case id its error record repeats.
HINT_LENGTH = 100


def _error_result(
    item: RowInput, case_id: str | None, error: str, options: BatchOptions
) -> RowResult:
    if options.output is OutputFormat.ICS:
        text = ""  # a calendar has no place for an error; stderr says it
    elif options.output is OutputFormat.JSONL:
        record: dict[str, Any] = {"row": item.row}
        if item.source:
            record["source"] = item.source
        record.update({"case_id": case_id, "error": error})
        text = one_line(json.dumps(record, ensure_ascii=False))
    else:
        text = _csv_line(
            {
                "row": item.row,
                "source": item.source or "",
                "case_id": case_id or "",
                "status": "error",
                "error": error,
            },
            options.raw_csv,
        )
    return RowResult(item.row, text, error, 0)


def _window(assessment: Assessment, options: BatchOptions) -> list[Any]:
    """The milestones due from ``as_of`` through ``as_of + due_within`` days."""
    milestones = assessment.timeline.milestones
    if options.due_within is None:
        return list(milestones)
    last = date.fromordinal(options.as_of.toordinal() + options.due_within)
    return [item for item in milestones if options.as_of <= item.due <= last]


def _jsonl_record(item: RowInput, assessment: Assessment, options: BatchOptions) -> str:
    """The ``sanction-risk`` document of the case, with ``row`` (and ``source``) first."""
    from .fastjson import record_json

    record: dict[str, Any] = {"row": item.row}
    if item.source:
        record["source"] = item.source
    record.update(assessment.to_dict(options.lang, milestones=False))
    return one_line(record_json(record, _window(assessment, options), options.lang))


#: Characters that JSON leaves raw in strings but that line-based tools (Python's
#: ``splitlines``, many editors) take for line breaks: escaped, a record stays one line.
_LINE_BREAKS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def one_line(text: str) -> str:
    """A JSON text that no line-based reader splits (the escapes are still valid JSON)."""
    for character, escaped in _LINE_BREAKS.items():
        if character in text:
            text = text.replace(character, escaped)
    return text


#: Output columns of ``batch --format csv``, one row per case (documented in README).
BATCH_CSV_FIELDS = (
    "row",
    "source",
    "case_id",
    "status",
    "error",
    "first_sick_day",
    "as_of",
    "sick_week",
    "einde_wachttijd",
    "ingang_wia",
    "einde_loondoorbetaling",
    "einde_loondoorbetaling_grond",
    "spoor",
    "pay_phase",
    "pay_percentage",
    "pay_since",
    "pay_next_phase",
    "pay_next_change",
    "next_milestone",
    "next_milestone_due",
    "next_milestone_status",
    "findings_high",
    "findings_medium",
    "findings_low",
    "top_finding",
    "loonsanctie_max_eur",
    "certain_cost_eur",
    "figures_beyond_known",
)

_OPEN = frozenset({"overdue", "due_soon", "upcoming"})


def _csv_record(item: RowInput, assessment: Assessment, options: BatchOptions) -> str:
    timeline = assessment.timeline
    upcoming = next(
        (
            milestone
            for milestone in _window(assessment, options)
            if milestone.status.value in _OPEN
        ),
        None,
    )
    counts = dict.fromkeys(Severity, 0)
    for finding in assessment.findings:
        counts[finding.severity] += 1
    pay = assessment.pay
    exposure = assessment.exposure
    values: dict[str, Any] = {
        "row": item.row,
        "source": item.source or "",
        "case_id": timeline.case_id,
        "status": "ok",
        "error": "",
        "first_sick_day": timeline.first_sick_day.isoformat(),
        "as_of": timeline.as_of.isoformat(),
        "sick_week": timeline.sick_week,
        "einde_wachttijd": timeline.einde_wachttijd.isoformat(),
        "ingang_wia": timeline.ingang_wia.isoformat() if timeline.ingang_wia else None,
        "einde_loondoorbetaling": timeline.einde_loondoorbetaling.isoformat(),
        "einde_loondoorbetaling_grond": timeline.einde_loondoorbetaling_grond,
        "spoor": assessment.spoor.status.value,
        "pay_phase": pay.phase.value,
        "pay_percentage": pay.percentage,
        "pay_since": pay.since.isoformat() if pay.since else None,
        "pay_next_phase": pay.next_phase.value if pay.next_phase else None,
        "pay_next_change": pay.next_change.isoformat() if pay.next_change else None,
        "next_milestone": upcoming.label(options.lang) if upcoming else None,
        "next_milestone_due": upcoming.due.isoformat() if upcoming else None,
        "next_milestone_status": upcoming.status.value if upcoming else None,
        "findings_high": counts[Severity.HIGH],
        "findings_medium": counts[Severity.MEDIUM],
        "findings_low": counts[Severity.LOW],
        "top_finding": assessment.findings[0].id if assessment.findings else None,
        "loonsanctie_max_eur": exposure.loonsanctie_max_eur,
        "certain_cost_eur": exposure.certain_cost_eur,
        "figures_beyond_known": ";".join(exposure.figures_beyond_known),
    }
    return _csv_line(values, options.raw_csv)


def _csv_line(values: dict[str, Any], raw: bool) -> str:
    from .machine import csv_row

    return csv_row((values.get(name) for name in BATCH_CSV_FIELDS), raw=raw)


def csv_header() -> str:
    return ",".join(BATCH_CSV_FIELDS)


def _ics_events(assessment: Assessment, options: BatchOptions) -> str:
    from .ics import events_text

    return events_text(assessment.timeline, options.lang, options.remind_days)


def ics_header() -> str:
    from .ics import calendar_header

    return calendar_header()


def ics_footer() -> str:
    from .ics import calendar_footer

    return calendar_footer()


# --- Running ----------------------------------------------------------------------


def _judge_chunk(chunk: list[RowInput], options: BatchOptions) -> list[RowResult]:
    return [judge_row(item, options) for item in chunk]


def cpu_count() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def run(
    rows: Iterable[RowInput],
    options: BatchOptions,
    workers: int = 1,
    chunk_size: int = 256,
) -> Iterator[RowResult]:
    """Judge every row, yielding results in input order.

    With ``workers > 1`` rows go to worker processes in chunks; at most two chunks per
    worker are in flight, so memory stays flat however long the input. A worker that
    dies (killed, out of memory) costs only the rows it was judging when it died: the
    chunks in flight are judged again one at a time, and a row that kills its worker
    twice becomes an error record.
    """
    if workers <= 1:
        for item in rows:
            yield judge_row(item, options)
        return
    from concurrent.futures.process import BrokenProcessPool

    pool = _WorkerPool(workers, options)
    in_flight: deque[_Job] = deque()
    try:
        for chunk in _chunks(rows, chunk_size):
            in_flight.append(_Job(chunk, pool.submit(chunk)))
            if len(in_flight) >= 2 * workers:
                yield from _result(in_flight, pool, BrokenProcessPool)
        while in_flight:
            yield from _result(in_flight, pool, BrokenProcessPool)
    finally:
        pool.close()


@dataclass(slots=True)
class _Job:
    """A chunk in flight: its future, or its results once judged apart."""

    chunk: list[RowInput]
    future: Any
    results: list[RowResult] | None = None


def _result(
    in_flight: deque[_Job], pool: _WorkerPool, broken: type[BaseException]
) -> list[RowResult]:
    job = in_flight.popleft()
    if job.results is not None:
        return job.results
    try:
        results: list[RowResult] = job.future.result()
    except broken:
        # The pool lost a worker: every chunk in flight lost its future. Judge them apart,
        # so that a row that kills its worker costs itself only; then a fresh pool.
        for waiting in (job, *in_flight):
            if waiting.results is None:
                waiting.results = pool.isolated(waiting.chunk)
        pool.restart()
        assert job.results is not None
        return job.results
    return results


class _WorkerPool:
    """Worker processes, started before any thread (fork), ended with the run."""

    def __init__(self, workers: int, options: BatchOptions) -> None:
        self.workers = workers
        self.options = options
        self._pool = self._new(workers)

    def _new(self, workers: int) -> Any:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        context = multiprocessing.get_context(method)
        return ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_end_with_parent
        )

    def submit(self, chunk: list[RowInput]) -> Any:
        return self._pool.submit(_judge_chunk, chunk, self.options)

    def restart(self) -> None:
        # The broken pool's manager thread ends once it has seen the dead worker; wait
        # for it, or it may be left waiting on a pipe at exit.
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = self._new(self.workers)

    def isolated(self, chunk: list[RowInput]) -> list[RowResult]:
        """The chunk in a pool of its own; if a worker dies again, each row alone, twice
        at most, and a row that still kills its worker becomes an error record."""
        results = self._alone(chunk)
        if results is not None:
            return results
        found: list[RowResult] = []
        for item in chunk:
            single = self._alone([item]) or self._alone([item])
            found += single if single is not None else [_died(item, self.options)]
        return found

    def _alone(self, chunk: list[RowInput]) -> list[RowResult] | None:
        from concurrent.futures.process import BrokenProcessPool

        with self._new(1) as pool:
            try:
                results: list[RowResult] = pool.submit(_judge_chunk, chunk, self.options).result()
            except BrokenProcessPool:
                return None
            return results

    def close(self) -> None:
        """End the workers: after the last result, or when the run is cut short (an
        error, Ctrl-C, SIGTERM). Chunks not started are cancelled, each worker finishes
        the chunk in hand and exits, so that none outlives the run. (Killing workers
        instead can leave the pool's result pipe half written and its thread hanging.)"""
        self._pool.shutdown(wait=True, cancel_futures=True)


def _end_with_parent() -> None:
    """In a worker: leave Ctrl-C to the parent, which ends the workers itself (a worker
    would otherwise print its own KeyboardInterrupt), and die at once on SIGTERM."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _died(item: RowInput, options: BatchOptions) -> RowResult:
    message = "the worker judging this row stopped twice (killed, or out of memory)"
    return _error_result(item, _case_id_hint(item), message, options)


def _chunks(rows: Iterable[RowInput], size: int) -> Iterator[list[RowInput]]:
    chunk: list[RowInput] = []
    for item in rows:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
