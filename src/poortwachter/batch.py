"""Batch runs: many cases in, one record per case out, in input order.

Input is a CSV file (one case per row), a JSON Lines file (one case document per line,
in the case-file schema) or a folder of case files, read by ``inputs/``. Every input row
yields a record or an error record in its place; nothing is dropped or reordered. Rows
are read, judged and written one at a time (or in bounded chunks across worker
processes), so memory stays flat however long the input.

This module judges and writes; the judging itself is ``assessment.assess``.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import os
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .assessment import assess
from .inputs.reading import InputFormat, RowInput, detect_format, read_folder, read_rows
from .inputs.table import BatchInputError, case_from_rows, csv_column
from .language import Language
from .law.findings import Severity
from .models import Case, CaseError
from .outputs.documents import assessment_document
from .outputs.formats import BatchOutput
from .outputs.wording import milestone_label, visible
from .results import Assessment

#: Output of a batch run (shared with the command line).
OutputFormat = BatchOutput

#: The readers live in ``inputs/``; the command line and scripts find them here too.
__all__ = [
    "BATCH_CSV_FIELDS",
    "BatchInputError",
    "BatchOptions",
    "InputFormat",
    "OutputFormat",
    "RowInput",
    "RowResult",
    "cpu_count",
    "csv_header",
    "detect_format",
    "ics_footer",
    "ics_header",
    "judge_row",
    "read_folder",
    "read_rows",
    "run",
    "unique_cases",
]

# --- Judging one row ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RowResult:
    """What one input row became: an output line, and what the exit status needs."""

    row: int
    text: str
    error: str | None
    highest: int
    """The rank of the most severe finding (0: none)."""
    case_id: str | None = None
    """The case judged, to find a case given twice."""
    item: RowInput | None = None
    """The input, to turn a second case with the same id into an error record."""
    data: Any = None
    """For a workbook (``--format xlsx``): the row's cells, typed (``SheetRows``); for an
    agenda, the case's actions (``agenda.AgendaCase``)."""
    encoded: bytes | None = None
    """``text`` with its line end as UTF-8, when a worker made it (``encoded_lines``);
    ``text`` is then empty."""

    def output(self, end: str) -> bytes:
        """The record as written: ``text`` and ``end`` in UTF-8."""
        return self.encoded if self.encoded is not None else (self.text + end).encode()


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
    output: OutputFormat = OutputFormat.JSONL
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
    encoded_lines: bool = False
    """Workers hand back each record as UTF-8 bytes with its line end (``RowResult.
    encoded``), for an output written as UTF-8: the main process then writes them as
    they are, instead of decoding each record from the pipe and encoding it again."""


def judge_row(item: RowInput, options: BatchOptions) -> RowResult:
    """Parse and judge one row; any problem becomes an error record in its place."""
    case_id: str | None = None
    if item.problem is not None:
        return _error_result(item, _case_id_hint(item), item.problem, options)
    try:
        the_case = _case_of(item)
        if options.no_names:
            the_case = the_case.without_names()
        case_id = the_case.case_id
        assessment = assess(the_case, options.as_of)
    except (CaseError, _RowError) as error:
        messages = error.messages if isinstance(error, _RowError) else _messages(error, item)
        if isinstance(error, _RowError):
            case_id = case_id or error.case_id
        case_id = case_id or _case_id_hint(item)
        return _error_result(item, case_id, "; ".join(messages), options)
    except Exception as error:  # a bug must cost this row only, not the run
        if os.environ.get("POORTWACHTER_DEBUG") == "1":
            raise
        message = f"internal error ({type(error).__name__}); please report it"
        return _error_result(item, case_id or _case_id_hint(item), message, options)
    data: Any = None
    if options.agenda_within is not None:
        from .agenda import case_agenda

        text = ""
        data = case_agenda(
            the_case,
            assessment,
            options.agenda_within,
            row=item.row,
            include_info=options.agenda_info,
        )
        if item.source:
            data = dataclasses.replace(data, source=item.source)
    elif options.output is OutputFormat.JSONL:
        text = _jsonl_record(item, assessment, options)
    elif options.output is OutputFormat.CSV:
        text = _csv_line(_summary(item, assessment, options), options)
    elif options.output is OutputFormat.XLSX:
        text = ""
        data = _sheet_rows(item, assessment, options)
    else:
        text = _ics_events(assessment, options)
    return RowResult(item.row, text, None, assessment.highest_rank, case_id, item, data)


class _RowError(ValueError):
    def __init__(self, messages: list[str], case_id: str | None = None) -> None:
        self.messages = messages
        self.case_id = case_id
        super().__init__("; ".join(messages))


def _case_of(item: RowInput) -> Case:
    from .inputs.casefile import case_from_document, load_case
    from .inputs.documents import CaseFileError, parse_json_document, read_case_text

    if item.kind is InputFormat.CSV:
        rows = item.payload if isinstance(item.payload, list) else [item.payload]
        return case_from_rows(rows, item.rows)
    try:
        if item.kind is InputFormat.JSONL:
            document = parse_json_document("", item.payload)
            return case_from_document("", document, check=False)  # assess checks it
        path = Path(item.payload)
        name = item.source or visible(path.name)
        return load_case(name, read_case_text(path, name=name))
    except CaseFileError as error:
        hint = visible(error.case_id[:HINT_LENGTH]) if error.case_id else None
        raise _RowError(error.details, hint) from None


def _messages(error: CaseError, item: RowInput) -> list[str]:
    if item.kind is InputFormat.CSV:
        return [
            f"{csv_column(problem.path)}: {problem.message}" if problem.path else problem.message
            for problem in error.problems
        ]
    return [str(problem) for problem in error.problems]


def _case_id_hint(item: RowInput) -> str | None:
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


#: How much of a bad row's case id its error record repeats.
HINT_LENGTH = 100


def _error_result(
    item: RowInput, case_id: str | None, error: str, options: BatchOptions
) -> RowResult:
    data = None
    if options.output is OutputFormat.XLSX or options.agenda_within is not None:
        text = ""
        data = SheetRows(error=(item.row, item.source or None, case_id, error))
    elif options.output is OutputFormat.ICS:
        text = ""  # a calendar has no place for an error; stderr says it
    elif options.output is OutputFormat.JSONL:
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
    return RowResult(item.row, text, error, 0, data=data)


def _window(assessment: Assessment, options: BatchOptions) -> list[Any]:
    """The milestones due from ``as_of`` through ``as_of + due_within`` days."""
    milestones = assessment.timeline.milestones
    if options.due_within is None:
        return list(milestones)
    last = date.fromordinal(options.as_of.toordinal() + options.due_within)
    return [item for item in milestones if options.as_of <= item.due <= last]


def _jsonl_record(item: RowInput, assessment: Assessment, options: BatchOptions) -> str:
    """The ``sanction-risk`` document of the case, with ``row`` (and ``source``) first."""
    from .outputs.fastjson import record_json

    record: dict[str, Any] = {"row": item.row}
    if len(item.rows) > 1:
        record["rows"] = list(item.rows)  # a case gathered from course lines
    if item.source:
        record["source"] = item.source
    record.update(assessment_document(assessment, options.lang, milestones=False, findings=False))
    milestones = _window(assessment, options)
    text = record_json(
        record, milestones, options.lang, assessment.findings, assessment.timeline.as_of
    )
    return one_line(text)


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
)

_OPEN = frozenset({"overdue", "due_soon", "upcoming"})


def _summary(item: RowInput, assessment: Assessment, options: BatchOptions) -> dict[str, Any]:
    """The summary of a judged case by ``BATCH_CSV_FIELDS``, dates as dates."""
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
    }
    return values


def _csv_line(values: dict[str, Any], options: BatchOptions) -> str:
    from .outputs.machine import CSV_DIALECTS, csv_record

    return csv_record(
        BATCH_CSV_FIELDS, values, raw=options.raw_csv, dialect=CSV_DIALECTS[options.csv_dialect]
    )


def csv_header(options: BatchOptions | None = None) -> str:
    """The header line, with the dialect's BOM in front."""
    from .outputs.machine import CSV_DIALECTS, csv_row

    dialect = CSV_DIALECTS[options.csv_dialect if options else "standard"]
    return dialect.start + csv_row(BATCH_CSV_FIELDS, dialect=dialect)


def line_end(options: BatchOptions) -> str:
    """The end of every record: LF, or CRLF for a CSV in the ``excel-nl`` dialect."""
    if options.output is OutputFormat.CSV:
        from .outputs.machine import CSV_DIALECTS

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
    upcoming; within --due-within when given), statuses in the output language."""
    from .outputs.wording import text

    summary = _summary(item, assessment, options)
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
        if milestone.status.value in _OPEN
    )
    return SheetRows(tuple(summary.get(name) for name in BATCH_CSV_FIELDS), milestones)


def _ics_events(assessment: Assessment, options: BatchOptions) -> str:
    from .outputs.ics import events_text

    return events_text(
        assessment.timeline,
        options.lang,
        options.remind_days,
        include_info=options.calendar_info,
    )


def ics_header() -> str:
    from .outputs.ics import calendar_header

    return calendar_header()


def ics_footer() -> str:
    from .outputs.ics import calendar_footer

    return calendar_footer()


# --- Running ----------------------------------------------------------------------


def unique_cases(results: Iterable[RowResult], options: BatchOptions) -> Iterator[RowResult]:
    """Every result, but a second case with a case id already judged becomes an error
    record: cases from a folder, JSON Lines or a JSON array are never merged silently
    (a table's rows with one case id are gathered as course lines before this), and a
    calendar's UIDs stay unique. Memory stays flat: the case ids judged are kept in a
    ``CaseIdStore``; none for a table, whose case ids the gathering has made unique
    already."""
    from .case_ids import CaseIdStore

    seen: CaseIdStore | None = None
    try:
        for result in results:
            if (
                result.case_id is not None
                and result.item is not None
                and result.error is None
                and result.item.kind is not InputFormat.CSV
            ):
                # Made on the first case. (A worker forked while it is open never uses
                # it: a child judges rows and leaves by os._exit.)
                seen = seen or CaseIdStore()
                first = seen.first_row(result.case_id, result.row)
                if first != result.row:
                    message = (
                        f"case_id {visible(result.case_id)} again (first in row {first}): a "
                        "case file holds the whole case; give each case once"
                    )
                    yield _error_result(result.item, result.case_id, message, options)
                    continue
            yield result
    finally:
        if seen is not None:
            seen.close()


#: A result as a worker sends it back through the pipe: ``RowResult``'s fields in order,
#: but for the input, which the main process has already (a flag says whether the result
#: held it). Plain tuples: a frozen dataclass costs four times as much to unpickle, and
#: the main process unpickles every result while the workers wait for it.
_Packed = tuple[int, str, str | None, int, str | None, bool, Any, bytes | None]


def _judge_packed(chunk: list[RowInput], options: BatchOptions) -> list[_Packed]:
    """A worker's share: the results of a chunk, packed (``_Packed``), their records
    encoded when asked (``encoded_lines``: for JSON Lines, CSV and calendars)."""
    end: str | None = None
    if options.encoded_lines and options.agenda_within is None:
        if options.output in (OutputFormat.JSONL, OutputFormat.CSV):
            end = line_end(options)
        elif options.output is OutputFormat.ICS:
            end = ""
    packed: list[_Packed] = []
    for item in chunk:
        result = judge_row(item, options)
        if result.item is not None and result.item is not item:
            # _unpacked puts the chunk's own input back: a result must hold that one.
            raise RuntimeError(f"row {item.row}: a result holds another input than its own")
        text, encoded = result.text, result.encoded
        if end is not None:
            text, encoded = "", (text + end).encode()
        packed.append(
            (
                result.row,
                text,
                result.error,
                result.highest,
                result.case_id,
                result.item is not None,
                result.data,
                encoded,
            )
        )
    return packed


def _unpacked(chunk: list[RowInput], packed: list[_Packed]) -> list[RowResult]:
    """The results of ``chunk`` from what ``_judge_packed`` made of it."""
    return [
        RowResult(
            row=row,
            text=text,
            error=error,
            highest=highest,
            case_id=case_id,
            item=item if has_item else None,
            data=data,
            encoded=encoded,
        )
        for item, (row, text, error, highest, case_id, has_item, data, encoded) in zip(
            chunk, packed, strict=True
        )
    ]


#: Workers when --workers is not given: one per CPU, at most this many.
MAX_AUTO_WORKERS = 8


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
) -> Generator[RowResult, None, None]:
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
    # An input of a few chunks is judged here: starting workers would cost more.
    rows = iter(rows)
    first = list(itertools.islice(rows, 2 * chunk_size))
    if len(first) < 2 * chunk_size:
        for item in first:
            yield judge_row(item, options)
        return
    from concurrent.futures.process import BrokenProcessPool

    # The workers are forked when the first result is asked for: a caller that draws a
    # progress line (a thread) starts it after that (cli._started), as forking a process
    # that runs threads can deadlock. They end with the generator, however it ends.
    pool = _WorkerPool(workers, options)
    rows = itertools.chain(first, rows)
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
        results = _unpacked(job.chunk, job.future.result())
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
        pool = ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_end_with_parent
        )
        # The executor forks its workers on the first job: give it one now, while this
        # process has no other thread.
        pool.submit(int).result()
        return pool

    def submit(self, chunk: list[RowInput]) -> Any:
        return self._pool.submit(_judge_packed, chunk, self.options)

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
                packed = pool.submit(_judge_packed, chunk, self.options).result()
            except BrokenProcessPool:
                return None
            return _unpacked(chunk, packed)

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
