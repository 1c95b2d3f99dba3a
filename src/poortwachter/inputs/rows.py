"""One input row of a batch, not yet parsed, and the case it holds.

Rows are read in the main process (``reading.py``, ``opening.py``) and parsed where they
are judged (in a worker, when there are workers): ``case_of_row`` turns a row into a
case, or raises ``RowError`` with every problem, each naming its CSV column as the user
wrote it where the row came from a table.
"""

import json
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple

from ..messages import Message, MessageError, message, visible
from ..models import Case, CaseError, Problem
from .columns import PRESENCE, RECOVERED_ON
from .table import case_from_rows, csv_column

#: How much of a bad row's case id its error record repeats.
HINT_LENGTH = 100


class InputFormat(StrEnum):
    CSV = "csv"
    """A table: CSV or a spreadsheet, one row per case or per sick period."""
    XLSX = "xlsx"
    JSONL = "jsonl"
    JSON = "json"
    """A JSON array of case documents (what pandas and sqlite-utils export)."""
    CASE = "case"
    """One case file (YAML or JSON): one case."""
    FOLDER = "folder"


class RowInput(NamedTuple):
    """One input row, not yet parsed: parsing happens in the worker. A named tuple: the
    main process pickles every row to a worker, in a third of a frozen dataclass's time
    (docs/speed.md)."""

    row: int
    kind: InputFormat
    payload: Any
    source: str | None = None
    problem: Message | None = None
    """Why the row could not even be read (bad bytes, a field too large, fields that do
    not match the header): it becomes an error record in its place."""
    rows: tuple[int, ...] = ()
    """The table rows of a case gathered from course lines (one row per sick period)."""
    headers: tuple[tuple[str, str], ...] = ()
    """A table's fields, each with its column's name as the file writes it (for
    messages; ``Columns.written``)."""


class RowError(MessageError):
    """A row that holds no case that can be judged: every problem, and the case id when
    it can be told. ``said`` is the problems together (joined by ``"; "``)."""

    def __init__(self, messages: list[Message], case_id: str | None = None) -> None:
        super().__init__(message("problems", problems=tuple(messages)))
        self.messages = messages
        self.case_id = case_id

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self.messages, self.case_id)


def case_of_row(item: RowInput) -> Case:
    """The case of ``item``, checked the way its input is (a table's cells, a JSON line,
    a case file of a folder); ``RowError`` otherwise."""
    from .casefile import case_from_document, load_case
    from .documents import CaseFileError, parse_json_document, read_case_text

    if item.kind is InputFormat.CSV:
        rows = item.payload if isinstance(item.payload, list) else [item.payload]
        return _table_case(rows, item)
    try:
        if item.kind is InputFormat.JSONL:
            from .plain_case import plain_case

            document = parse_json_document("", item.payload)
            plain = plain_case(document)  # most lines: no models needed (same case)
            if plain is not None:
                return plain
            return case_from_document("", document, check=False)  # assess checks it
        path = Path(item.payload)
        name = item.source or visible(path.name)
        return load_case(name, read_case_text(path, name=name))
    except CaseFileError as error:
        hint = visible(error.case_id[:HINT_LENGTH]) if error.case_id else None
        raise RowError(error.details, hint) from None


def _table_case(rows: list[dict[str, str]], item: RowInput) -> Case:
    """The case of a table's rows, their cells read as exports write them first
    (``cells.py``); every problem names its column as the file writes it."""
    from .cells import prepared

    ready, numbers, messages = prepared(rows, item.rows)
    try:
        the_case = case_from_rows(ready, numbers)
    except CaseError as error:
        said = [*messages, *(problem.said for problem in error.problems)]
        raise CaseError([Problem("", as_written(line, item.headers)) for line in said]) from None
    if messages:  # the checks across columns too, on what did read: every problem at once
        from ..checks import check_case

        messages += [
            message("path_problem", path=csv_column(problem.path), problem=problem.message)
            for problem in check_case(the_case)
            if not problem.path.startswith("sick_periods[") or len(ready) == 1
        ]
        raise CaseError([Problem("", as_written(line, item.headers)) for line in messages])
    return the_case


def problem_messages(error: CaseError, item: RowInput) -> list[Message]:
    """The problems the engine found with a row's case, each naming its key path; for a
    table, the column it came from, as the file writes it."""
    if item.kind is InputFormat.CSV:
        return [
            as_written(
                message("path_problem", path=csv_column(problem.path), problem=problem.message)
                if problem.path
                else problem.message,
                item.headers,
            )
            for problem in error.problems
        ]
    return [problem.said for problem in error.problems]


#: A field the file has no column for, and the column that gave its value instead: a
#: last sick day from the recovery date, a sick percentage from the share still worked.
_GIVEN_BY = {"last_sick_day": RECOVERED_ON, "percentage": PRESENCE}


def as_written(said: Message, headers: tuple[tuple[str, str], ...]) -> Message:
    """A problem naming a table's column by its field (``last_sick_day: ...``) named by
    the column as the file writes it (``Hersteldatum: ...``)."""
    if said.id in ("in_row", "in_rows") and headers:
        return message(
            said.id,
            **{
                key: as_written(value, headers) if isinstance(value, Message) else value
                for key, value in said.params
            },
        )
    if said.id != "path_problem" or not headers:
        return said
    params = dict(said.params)
    path = params.get("path")
    if not isinstance(path, str):
        return said
    written = dict(headers)
    names = []
    for field in path.split(", "):
        if field not in written and _GIVEN_BY.get(field) in written:
            field = _GIVEN_BY[field]
        names.append(written.get(field, field))
    return message("path_problem", path=", ".join(dict.fromkeys(names)), problem=params["problem"])


def case_warnings(the_case: Case, item: RowInput | None = None) -> tuple[Message, ...]:
    """What the user should know of a case that was read (a wage that is most likely a
    misread column), naming the case and where the value was read."""
    from .money import wage_warning

    wage = the_case.employee.wage
    if wage is None:
        return ()
    where = "employee.wage.amount"
    hourly = None
    if item is not None and item.kind is InputFormat.CSV:
        where = dict(item.headers).get("wage_amount", "wage_amount")
        hourly = _hourly_wage(item, the_case.employee.hours_per_week)
    warning = wage_warning(visible(the_case.case_id or ""), where, wage.amount, wage.per, hourly)
    return () if warning is None else (warning,)


def _hourly_wage(item: RowInput, hours: Decimal | None) -> tuple[Decimal, Decimal] | None:
    """The hourly wage a table's row gave (``Uurloon``) and the contract hours that made
    it a weekly one (``cells.py``): the first line with a wage, as its course lines are
    joined; ``None`` for a wage given per another period."""
    from .money import read_amount

    rows = item.payload if isinstance(item.payload, list) else [item.payload]
    for row in rows:
        text = (row.get("wage_amount") or "").strip() if isinstance(row, dict) else ""
        if text:
            if row.get("wage_per") != "hour" or hours is None:
                return None
            try:
                return read_amount(text), hours
            except MessageError:  # pragma: no cover - a case was read from it
                return None
    return None


def case_id_hint(item: RowInput) -> str | None:
    """The case id of a row that failed, when it can be told: cut short and with its
    control characters and undecodable bytes written out, as it goes into the output."""
    hint: str | None = None
    if item.kind is InputFormat.CSV:
        first = item.payload[0] if isinstance(item.payload, list) and item.payload else {}
        if isinstance(item.payload, dict):
            first = item.payload
        hint = (first.get("case_id") or "").strip() or None
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
