"""Batch records: what each judged case (or row that could not be judged) becomes in
the output of ``batch`` and ``agenda``: a JSON Lines record (the ``sanction-risk``
document), a CSV summary row, calendar events, workbook rows, or an agenda's actions
(docs/machine-output.md).

Records are made where the case is judged (in a worker, when there are workers), each
as UTF-8 bytes with its line end when the output takes them so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from ..batch import RowResult
from ..language import Language
from ..law.findings import Severity
from ..messages import Message
from ..models import OPEN_STATUSES
from ..results import Assessment
from .documents import assessment_document
from .formats import BatchOutput
from .messages import say
from .wording import milestone_label


class RowInput(Protocol):
    """What a record says of its input row (``inputs.rows.RowInput``)."""

    @property
    def row(self) -> int: ...
    @property
    def rows(self) -> tuple[int, ...]: ...
    @property
    def source(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class SheetRows:
    """What one input row puts in a workbook: a summary row (``BATCH_CSV_FIELDS``, dates
    as dates) and a row per open milestone, or an error row."""

    summary: tuple[Any, ...] = ()
    milestones: tuple[tuple[Any, ...], ...] = ()
    error: tuple[Any, ...] | None = None


@dataclass(frozen=True, slots=True)
class BatchOptions:
    as_of: date
    lang: Language = "nl"
    output: BatchOutput = BatchOutput.JSONL
    due_within: int | None = None
    remind_days: int = 7
    raw_csv: bool = False
    """CSV values exactly as they are, without the ``'`` that stops formulas."""
    csv_dialect: str = "standard"
    """The spelling of CSV output: a key of ``machine.CSV_DIALECTS``."""
    no_names: bool = False
    """Leave the names of people (employee, casemanager) out of every record."""
    agenda_within: int | None = None
    """For ``poortwachter agenda``: each case's actions (``agenda.AgendaCase``) as the
    result's data, for the steps due within this many days."""
    calendar_info: bool = False
    """With ``--format ics``: the information-only milestones too (``--all``)."""
    agenda_info: bool = False
    """With ``agenda_within``: the information-only milestones too (calendars, --all)."""
    detail: str = "compact"
    """The JSON Lines record: ``compact`` (schema_version 2: ids, dates, statuses and
    figures; the texts once, from ``poortwachter rules``) or ``full`` (the sanction-risk
    document, schema_version 1)."""
    encoded_lines: bool = False
    """Each record is handed back as UTF-8 bytes with its line end (``RowResult.
    encoded``), for an output written as UTF-8: the main process then writes them as
    they are, instead of decoding each record from a worker's pipe and encoding it
    again."""


def error_record(
    item: RowInput, case_id: str | None, said: Message, options: BatchOptions
) -> RowResult:
    """The error record of a row that could not be judged, in its place. Its message is
    English in every record (docs/machine-output.md); a workbook's is in the output
    language, and an agenda keeps the message, to put it in the words of its language."""
    data = None
    error = say(said, "en")
    if options.agenda_within is not None:
        text = ""
        data = SheetRows(error=(item.row, item.source or None, case_id, said))
    elif options.output is BatchOutput.XLSX:
        text = ""
        # A workbook is for people: its error in their words, as the agenda's is.
        data = SheetRows(error=(item.row, item.source or None, case_id, say(said, options.lang)))
    elif options.output is BatchOutput.ICS:
        text = ""  # a calendar has no place for an error; stderr says it
    elif options.output is BatchOutput.JSONL:
        record: dict[str, Any] = {"row": item.row}
        if len(item.rows) > 1:
            record["rows"] = list(item.rows)
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
            options,
        )
    return encoded(RowResult(item.row, text, said, 0, item=item, data=data), options)


def _window(assessment: Assessment, options: BatchOptions) -> list[Any]:
    """The milestones due from ``as_of`` through ``as_of + due_within`` days."""
    milestones = assessment.timeline.milestones
    if options.due_within is None:
        return list(milestones)
    last = date.fromordinal(options.as_of.toordinal() + options.due_within)
    return [item for item in milestones if options.as_of <= item.due <= last]


def _record_head(item: RowInput) -> dict[str, Any]:
    """The start of a JSON Lines record: ``row`` (and ``rows``, ``source``)."""
    record: dict[str, Any] = {"row": item.row}
    if len(item.rows) > 1:
        record["rows"] = list(item.rows)  # a case gathered from course lines
    if item.source:
        record["source"] = item.source
    return record


def _compact_line(item: RowInput, assessment: Assessment, options: BatchOptions) -> bytes | None:
    """The compact record as the UTF-8 line it is written as, straight from orjson's
    bytes (no text decoded and encoded again); None for the rare record orjson refuses
    (``_jsonl_record`` writes that one)."""
    import orjson

    from .compact import compact_record, fields_of

    record = _record_head(item)
    record.update(compact_record(assessment, _window(assessment, options), options.lang))
    try:
        line = orjson.dumps(record, default=fields_of)
    except orjson.JSONEncodeError:
        return None
    if b"\xc2" in line or b"\xe2" in line:  # a lead byte of one of them (one-byte searches
        for character, escaped in _LINE_BREAKS_UTF8:  # are fast; a longer one is not)
            line = line.replace(character, escaped)
    return line + b"\n"


def _jsonl_record(item: RowInput, assessment: Assessment, options: BatchOptions) -> str:
    """The case's record, with ``row`` (and ``source``) first: compact, or with
    ``--detail full`` the ``sanction-risk`` document."""
    from .fastjson import record_json

    record = _record_head(item)
    if options.detail != "full":
        from .compact import compact_record, encoded

        record.update(compact_record(assessment, _window(assessment, options), options.lang))
        return one_line(encoded(record))
    record.update(assessment_document(assessment, options.lang, milestones=False, findings=False))
    milestones = _window(assessment, options)
    text = record_json(
        record, milestones, options.lang, assessment.findings, assessment.timeline.as_of
    )
    return one_line(text)


#: Characters that JSON leaves raw in strings but that line-based tools (Python's
#: ``splitlines``, many editors) take for line breaks: escaped, a record stays one line.
_LINE_BREAKS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


#: The same characters as UTF-8 bytes, and their escapes (a UTF-8 sequence stands for
#: one character only, so a byte-wise replacement is exact).
_LINE_BREAKS_UTF8 = tuple(
    (character.encode(), escaped.encode()) for character, escaped in _LINE_BREAKS.items()
)


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
    "employee_name",
    "casemanager",
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
    "records_after_as_of",
)


def _summary(item: RowInput, assessment: Assessment, options: BatchOptions) -> dict[str, Any]:
    """The summary of a judged case by ``BATCH_CSV_FIELDS``, dates as dates."""
    timeline = assessment.timeline
    upcoming = next(
        (
            milestone
            for milestone in _window(assessment, options)
            if milestone.status.value in OPEN_STATUSES
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
        "employee_name": timeline.employee_name,
        "casemanager": timeline.casemanager,
        "status": "ok",
        "error": "",
        "first_sick_day": timeline.first_sick_day,
        "as_of": timeline.as_of,
        "sick_week": timeline.sick_week,
        "einde_wachttijd": timeline.einde_wachttijd,
        "ingang_wia": timeline.ingang_wia,
        "einde_loondoorbetaling": timeline.einde_loondoorbetaling,
        "einde_loondoorbetaling_grond": timeline.einde_loondoorbetaling_grond,
        "spoor": assessment.spoor.status.value,
        "pay_phase": pay.phase.value,
        "pay_percentage": pay.percentage,
        "pay_since": pay.since,
        "pay_next_phase": pay.next_phase.value if pay.next_phase else None,
        "pay_next_change": pay.next_change,
        "next_milestone": milestone_label(upcoming, options.lang) if upcoming else None,
        "next_milestone_due": upcoming.due if upcoming else None,
        "next_milestone_status": upcoming.status.value if upcoming else None,
        "findings_high": counts[Severity.HIGH],
        "findings_medium": counts[Severity.MEDIUM],
        "findings_low": counts[Severity.LOW],
        "top_finding": assessment.findings[0].id if assessment.findings else None,
        "loonsanctie_max_eur": exposure.loonsanctie_max_eur,
        "certain_cost_eur": exposure.certain_cost_eur,
        "figures_beyond_known": ";".join(exposure.figures_beyond_known),
        "records_after_as_of": timeline.records_after_as_of,
    }
    return values


def _csv_line(values: dict[str, Any], options: BatchOptions) -> str:
    from .machine import CSV_DIALECTS, csv_record

    return csv_record(
        BATCH_CSV_FIELDS, values, raw=options.raw_csv, dialect=CSV_DIALECTS[options.csv_dialect]
    )


def csv_header(options: BatchOptions | None = None) -> str:
    """The header line, with the dialect's BOM in front."""
    from .machine import CSV_DIALECTS, csv_row

    dialect = CSV_DIALECTS[options.csv_dialect if options else "standard"]
    return dialect.start + csv_row(BATCH_CSV_FIELDS, dialect=dialect)


def line_end(options: BatchOptions) -> str:
    """The end of every record: LF, or CRLF for a CSV in the ``excel-nl`` dialect."""
    if options.output is BatchOutput.CSV:
        from .machine import CSV_DIALECTS

        return CSV_DIALECTS[options.csv_dialect].line_end
    return "\n"


#: Columns of the workbook's sheet of open milestones, one row per open milestone.
MILESTONE_SHEET_FIELDS = (
    "case_id",
    "employee_name",
    "milestone",
    "label",
    "due",
    "status",
    "basis",
)


#: Columns of the workbook's sheet of rows that could not be judged.
ERROR_SHEET_FIELDS = ("row", "source", "case_id", "error")


def _sheet_rows(item: RowInput, assessment: Assessment, options: BatchOptions) -> SheetRows:
    """The case's summary row and a row per open milestone (overdue, due soon,
    upcoming; within --due-within when given), statuses and errors in the output
    language: the texts for people in a workbook; ids stay ids."""
    from .wording import text

    summary = _summary(item, assessment, options)
    status = summary["next_milestone_status"]
    if status is not None:  # in the words of ``Open mijlpalen`` (docs/hr-exports.md)
        summary["next_milestone_status"] = text(f"status_{status}", options.lang)
    timeline = assessment.timeline
    milestones = tuple(
        (
            timeline.case_id,
            timeline.employee_name,
            milestone.id,
            milestone_label(milestone, options.lang),
            milestone.due,
            text(f"status_{milestone.status.value}", options.lang),
            milestone.basis,
        )
        for milestone in _window(assessment, options)
        if milestone.status.value in OPEN_STATUSES
    )
    return SheetRows(tuple(summary.get(name) for name in BATCH_CSV_FIELDS), milestones)


def _ics_events(assessment: Assessment, options: BatchOptions) -> str:
    from .ics import events_text

    return events_text(
        assessment.timeline,
        options.lang,
        options.remind_days,
        include_info=options.calendar_info,
    )


def ics_header() -> str:
    from .ics import CALENDAR_HEADER

    return CALENDAR_HEADER


def ics_footer() -> str:
    from .ics import CALENDAR_FOOTER

    return CALENDAR_FOOTER


def record_of(
    item: RowInput, assessment: Assessment, case_id: str | None, options: BatchOptions
) -> RowResult:
    """The record of a judged case, in the output's format. ``case_id`` is the case's id
    when the runner must check that no case comes twice (``batch.unique_cases``)."""
    data: Any = None
    if options.output is BatchOutput.JSONL:
        if options.encoded_lines and options.detail != "full" and options.agenda_within is None:
            line = _compact_line(item, assessment, options)
            if line is not None:
                highest = assessment.highest_rank
                return RowResult(item.row, "", None, highest, case_id, item, encoded=line)
        text = _jsonl_record(item, assessment, options)
    elif options.output is BatchOutput.CSV:
        text = _csv_line(_summary(item, assessment, options), options)
    elif options.output is BatchOutput.XLSX:
        text = ""
        data = _sheet_rows(item, assessment, options)
    else:
        text = _ics_events(assessment, options)
    result = RowResult(item.row, text, None, assessment.highest_rank, case_id, item, data)
    return encoded(result, options)


def encoded(result: RowResult, options: BatchOptions) -> RowResult:
    """``result`` with its record as UTF-8 bytes and line end, when the output is written
    so (``encoded_lines``: JSON Lines, CSV and calendars; not a workbook or an agenda)."""
    if not options.encoded_lines or options.agenda_within is not None:
        return result
    if options.output in (BatchOutput.JSONL, BatchOutput.CSV):
        end = line_end(options)
    elif options.output is BatchOutput.ICS:
        end = ""
    else:
        return result
    return result._replace(text="", encoded=(result.text + end).encode())
