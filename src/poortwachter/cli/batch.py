"""``batch`` and ``agenda``: many cases at once from an HR export, JSON Lines or a
folder of case files, judged in input order (in worker processes when it pays)."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import typer

from ..messages import Message, message, os_reason
from ..outputs.formats import BatchOutput, CsvDialectName, Detail
from .base import Command
from .casefiles import read_source
from .errors import SaidBadParameter, Say, fail, said_by
from .options import (
    MAX_DAYS_AHEAD,
    AgendaFormat,
    AllOption,
    AsOfOption,
    BatchInput,
    ColumnsOption,
    CsvDialectOption,
    FailOn,
    FailOnOption,
    GroupBy,
    IgnoreUnknownOption,
    InputArgument,
    InputFormatOption,
    Lang,
    LangOption,
    NoNamesOption,
    OutputFileOption,
    RawCsvOption,
    RemindOption,
    SheetOption,
    WorkersOption,
    today_in_nl,
)
from .statuses import DEBUG_ENV, EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK
from .writing import (
    output_stream,
    print_for_people,
    reading,
    write_all,
    write_exact,
    writes_utf8,
)

app = typer.Typer()


BATCH_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter batch cases.csv --as-of 2025-06-01 --format csv --output report.csv
  poortwachter batch cases.jsonl --due-within 7 --workers 2 > this-week.jsonl
  poortwachter batch dossiers/ --fail-on never
  hr-export | poortwachter batch - --input-format csv
"""


@app.command("batch", cls=Command, epilog=BATCH_EXAMPLES)
def batch(
    ctx: typer.Context,
    source: InputArgument,
    as_of: AsOfOption = None,
    output_format: Annotated[
        BatchOutput,
        typer.Option(
            "--format",
            "-f",
            help="jsonl: the sanction-risk document per case; csv: one summary row per case; "
            "ics: one calendar with every case's open milestones; xlsx: a workbook with a "
            "sheet of cases, one of open milestones and one of errors (needs --output).",
        ),
    ] = BatchOutput.JSONL,
    output: OutputFileOption = None,
    due_within: Annotated[
        int | None,
        typer.Option(
            "--due-within",
            metavar="DAYS",
            min=0,
            max=MAX_DAYS_AHEAD,
            help="Keep only the milestones due from the as-of date through DAYS days later.",
            show_default=False,
        ),
    ] = None,
    fail_on: FailOnOption = FailOn.high,
    workers: WorkersOption = None,
    language: LangOption = Lang.nl,
    remind_days: RemindOption = 7,
    detail: Annotated[
        Detail,
        typer.Option(
            "--detail",
            help="The JSON Lines record: compact (ids, dates, statuses, figures; the texts "
            "are in poortwachter rules) or full (the sanction-risk document of each case).",
        ),
    ] = Detail.compact,
    receipt_file: Annotated[
        Path | None,
        typer.Option(
            "--receipt",
            metavar="FILE",
            help="Write the run's receipt here as JSON, once: the engine version, the "
            "digest of the law data and the dated figures it applies.",
            show_default=False,
        ),
    ] = None,
    input_format: InputFormatOption = None,
    columns: ColumnsOption = None,
    ignore_unknown: IgnoreUnknownOption = False,
    sheet: SheetOption = None,
    raw_csv: RawCsvOption = False,
    csv_dialect: CsvDialectOption = CsvDialectName.standard,
    include_info: AllOption = False,
    no_names: NoNamesOption = False,
) -> None:
    """Judge many cases at once, for payroll and HR runs: one record per input case, in
    input order.

    A bad row yields an error record in its place and a line on stderr; the run goes on
    and exits 2 at the end. Otherwise the exit status is 1 when a finding of any case is
    at or above --fail-on, else 0. Memory stays flat however long the input.
    """
    from ..outputs.records import BatchOptions

    say = said_by(ctx)
    reading(source)
    options = BatchOptions(
        as_of=as_of or today_in_nl(),
        lang=say.lang,
        output=output_format,
        due_within=due_within,
        remind_days=remind_days,
        raw_csv=raw_csv,
        csv_dialect=csv_dialect.value,
        no_names=no_names,
        calendar_info=include_info,
        encoded_lines=output is not None or writes_utf8(sys.stdout),
        detail=detail.value,
    )
    if output_format is BatchOutput.XLSX and output is None and sys.stdout.isatty():
        raise SaidBadParameter(message("workbook_not_for_terminal"), param_hint="'--format xlsx'")
    threshold = 0 if fail_on is FailOn.never else _severity_rank(fail_on.value)
    results, notes = _judge_input(
        say, source, options, workers, input_format, columns, ignore_unknown, sheet
    )
    warnings = Warnings()
    if receipt_file is not None:
        from .receipts import write_receipt

        write_receipt(receipt_file)
    if options.output is BatchOutput.XLSX:
        failed, worst = _write_workbook(say, results, options, source, output, warnings)
    else:
        failed, worst = _write_records(say, results, options, source, output, warnings)
    for line in notes.lines:
        say.note(line)
    warnings.say_all(say)
    if failed:
        say.error(message("rows_not_judged", file=source, count=failed))
        raise typer.Exit(EXIT_BAD_INPUT)
    raise typer.Exit(EXIT_FINDINGS if threshold and worst >= threshold else EXIT_OK)


AGENDA_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter agenda dossiers/
  poortwachter agenda dossiers/ --casemanager Jansen --within 7
  poortwachter agenda export.csv --format md --output agenda.md
  poortwachter agenda export.xlsx --group-by employer --format xlsx --output agenda.xlsx
  poortwachter agenda dossiers/ --format ics --output agenda.ics
"""


@app.command("agenda", cls=Command, epilog=AGENDA_EXAMPLES)
def agenda(
    ctx: typer.Context,
    source: InputArgument,
    as_of: AsOfOption = None,
    within: Annotated[
        int,
        typer.Option(
            "--within",
            metavar="DAYS",
            min=0,
            max=MAX_DAYS_AHEAD,
            help="List what falls due from the as-of date through DAYS days later.",
        ),
    ] = 14,
    casemanager: Annotated[
        str | None,
        typer.Option(
            "--casemanager",
            metavar="NAME",
            help="Only the cases of this casemanager (any part of the name, any case).",
            show_default=False,
        ),
    ] = None,
    group_by: Annotated[
        GroupBy, typer.Option("--group-by", help="One group per casemanager, employer or case.")
    ] = GroupBy.casemanager,
    output_format: Annotated[
        AgendaFormat,
        typer.Option(
            "--format",
            "-f",
            help="table for people; md for an e-mail; ics for a calendar; json, csv or "
            "xlsx for scripts and spreadsheets.",
        ),
    ] = AgendaFormat.table,
    output: OutputFileOption = None,
    language: LangOption = Lang.nl,
    include_info: AllOption = False,
    remind_days: RemindOption = 7,
    fail_on: FailOnOption = FailOn.high,
    workers: WorkersOption = None,
    input_format: InputFormatOption = None,
    columns: ColumnsOption = None,
    ignore_unknown: IgnoreUnknownOption = False,
    sheet: SheetOption = None,
    raw_csv: RawCsvOption = False,
    csv_dialect: CsvDialectOption = CsvDialectName.standard,
    no_names: NoNamesOption = False,
    include_closed: Annotated[
        bool,
        typer.Option(
            "--include-closed",
            help="Also the steps of closed cases: recovered with no relapse joining the "
            "chain any more, or with wage payment over (their unrecorded steps are history).",
        ),
    ] = False,
) -> None:
    """What must be done, across all cases: overdue steps first (oldest first, how many
    days late, what it risks), then what falls due within --within days, then the
    findings that need an action. Cases with nothing to do are counted, not listed.

    Reads what batch reads. A bad row is listed and reported on stderr, the rest goes on;
    exit 2 then, else 1 when a finding is at or above --fail-on, else 0.
    """
    from ..agenda import of_casemanager
    from ..outputs.agenda import AgendaRun
    from ..outputs.records import BatchOptions

    say = said_by(ctx)
    reading(source)
    if output_format is AgendaFormat.xlsx and output is None and sys.stdout.isatty():
        raise SaidBadParameter(message("workbook_not_for_terminal"), param_hint="'--format xlsx'")
    options = BatchOptions(
        as_of=as_of or today_in_nl(),
        lang=say.lang,
        no_names=no_names,
        agenda_within=within,
        agenda_info=include_info,
    )
    results, notes = _judge_input(
        say, source, options, workers, input_format, columns, ignore_unknown, sheet
    )
    run = AgendaRun(options.as_of, within, say.lang, group_by.value, include_closed)
    worst = skipped = 0
    warnings = Warnings()
    results = _started(results, source)
    with _progress() as advance:
        for result in results:
            advance()
            warnings.add(result)
            if result.error is not None:
                say.error(_row_problem(source, result))
                run.errors.append(result.data.error)
                continue
            case = result.data
            if casemanager is not None and not of_casemanager(case, casemanager):
                skipped += 1
                continue
            run.cases.append(case)
            worst = max(worst, result.highest)
    _write_agenda(run, output_format, output, remind_days, include_info, raw_csv, csv_dialect)
    for line in notes.lines:
        if line.id != "input_records_no_events":  # the agenda says it, with its count
            say.note(line)
    warnings.say_all(say)
    if casemanager is not None and skipped and not run.cases:
        # A typo must not read as "nothing to do". Only what was typed is repeated; the
        # casemanagers' names in the input are not (a message names no person from a case).
        say.note(message("no_casemanager_matches", wanted=casemanager, count=skipped))
    if run.errors:
        say.error(message("rows_not_judged", file=source, count=len(run.errors)))
        raise typer.Exit(EXIT_BAD_INPUT)
    threshold = 0 if fail_on is FailOn.never else _severity_rank(fail_on.value)
    raise typer.Exit(EXIT_FINDINGS if threshold and worst >= threshold else EXIT_OK)


def _write_agenda(
    run: Any,
    output_format: AgendaFormat,
    output: Path | None,
    remind_days: int,
    include_info: bool,
    raw_csv: bool,
    csv_dialect: CsvDialectName,
) -> None:
    from ..outputs import agenda as agenda_out

    if output_format is AgendaFormat.xlsx:
        with output_stream(output, binary=True) as stream:
            agenda_out.write_workbook(run, stream)
        return
    if output_format is AgendaFormat.table:
        print_for_people(lambda console: agenda_out.print_table(run, console), output)
        return
    if output_format is AgendaFormat.md:
        document = agenda_out.render_markdown(run)
    elif output_format is AgendaFormat.json:
        document = agenda_out.render_json(run)
    elif output_format is AgendaFormat.csv:
        document = agenda_out.render_csv(run, raw=raw_csv, dialect_name=csv_dialect.value)
    else:
        document = agenda_out.render_calendar(run, remind_days, info=include_info)
    if output is None:
        write_exact(document)
        return
    with output_stream(output) as stream:
        stream.write(document)


def _judge_input(
    say: Say,
    source: str,
    options: Any,
    workers: int | None,
    input_format: BatchInput | None,
    columns: Path | None,
    ignore_unknown: bool,
    sheet: str | None,
) -> tuple[Iterator[Any], Any]:
    """The results of judging every case of ``source``, in input order, read and judged
    lazily; and the notes the readers leave (an encoding guessed) for after the run."""
    from .. import batch as batching
    from ..inputs.opening import OpenError, open_rows
    from ..inputs.reading import ReadOptions
    from ..inputs.sources import Notes
    from .judging import BatchJudge

    cpus = batching.cpu_count()
    if workers is None:
        workers = min(cpus, batching.MAX_AUTO_WORKERS)
    elif workers > cpus:
        say.note(message("workers_capped", workers=workers, cpus=cpus))
        workers = cpus
    preset = _preset(columns)
    read_options = ReadOptions(
        mapping=None if preset else _column_mapping(columns),
        ignore_unknown=ignore_unknown,
        sheet=sheet,
        preset=preset,
    )
    notes = Notes()
    if source == "-" and sys.stdin is None:
        fail(message("stdin_closed"))
    debug = os.environ.get(DEBUG_ENV) == "1"
    try:
        rows = open_rows(
            source, input_format.value if input_format else None, read_options, notes, debug=debug
        )
    except OpenError as error:
        fail(error.said)
    judge = BatchJudge(options, debug=debug)
    return batching.unique_cases(batching.run(rows, judge, workers=workers), judge), notes


#: How many cases' warnings a run names on stderr; the others are counted in one line.
MAX_NAMED_WARNINGS = 10


@dataclass(slots=True)
class Warnings:
    """The warnings of a run's cases (a wage most likely misread), said after the run:
    the first ``MAX_NAMED_WARNINGS`` each on a line naming its case, the rest counted."""

    named: list[Message] = field(default_factory=list)
    more: int = 0

    def add(self, result: Any) -> None:
        for warning in result.warnings:
            if len(self.named) < MAX_NAMED_WARNINGS:
                self.named.append(warning)
            else:
                self.more += 1

    def say_all(self, say: Say) -> None:
        for line in self.named:
            say.note(line)
        if self.more:
            say.note(message("wage_warnings_more", count=self.more, shown=len(self.named)))


def _write_records(
    say: Say,
    results: Iterator[Any],
    options: Any,
    source: str,
    output: Path | None,
    warnings: Warnings,
) -> tuple[int, int]:
    """JSON Lines, CSV or a calendar, record by record as the results come: the number
    of rows that failed and the rank of the worst finding."""
    from ..outputs.records import line_end

    end = line_end(options)
    with output_stream(output) as stream:
        results = _started(results, source)  # after the output opened: it may fail first
        return _write_lines(say, results, options, source, stream, end, warnings)


def _write_lines(
    say: Say,
    results: Iterator[Any],
    options: Any,
    source: str,
    stream: Any,
    end: str,
    warnings: Warnings,
) -> tuple[int, int]:
    """The records, a line each, under the header of the format: the number of rows that
    failed and the rank of the worst finding. Records that workers encoded are written
    as the bytes they are, to the stream's buffer (``BatchOptions.encoded_lines``)."""
    from ..outputs import records

    failed = 0
    worst = 0
    calendar = options.output is BatchOutput.ICS
    if calendar:
        end = ""  # events only, CRLF-ended; none for a bad row
    sink = stream.buffer if options.encoded_lines else None
    with _progress() as advance:
        if options.output is BatchOutput.CSV:
            stream.write(records.csv_header(options) + end)
        elif calendar:
            stream.write(records.ics_header())
        if sink is not None:
            stream.flush()
        for result in results:
            if sink is not None:
                write_all(sink, result.output(end))
            else:
                stream.write(result.text + end)
            advance()
            warnings.add(result)
            if result.error is not None:
                failed += 1
                say.error(_row_problem(source, result))
            worst = max(worst, result.highest)
        if sink is not None:
            sink.flush()
        if calendar:
            stream.write(records.ics_footer())
    return failed, worst


def _write_workbook(
    say: Say,
    results: Iterator[Any],
    options: Any,
    source: str,
    output: Path | None,
    warnings: Warnings,
) -> tuple[int, int]:
    """A workbook: the rows are collected (spooled to disk) as the results come, then
    the workbook is written in one go. The output is opened first, so that a target
    that cannot be written stops the run before any case is judged."""
    from ..outputs.workbook import WorkbookWriter
    from .receipts import receipt_sheet

    failed = 0
    worst = 0
    writer = WorkbookWriter(options.lang)
    try:
        with output_stream(output, binary=True) as stream:
            results = _started(results, source)
            with _progress() as advance:
                for result in results:
                    writer.add(result.data)
                    advance()
                    warnings.add(result)
                    if result.error is not None:
                        failed += 1
                        said = _row_problem(source, result)
                        say.error(said)
                    worst = max(worst, result.highest)
            try:
                writer.save(stream, receipt_sheet(options.lang))
            except OSError as error:
                where = str(output) if output else "<stdout>"
                fail(message("cannot_write", file=where, reason=os_reason(error)))
    finally:
        writer.close()
    return failed, worst


def _preset(columns: Path | None) -> str | None:
    """The built-in preset ``--columns`` names, if it names one (``afas-profit``)."""
    from ..inputs.presets import PRESETS

    return str(columns) if columns is not None and str(columns) in PRESETS else None


def _column_mapping(path: Path | None) -> dict[str, str] | None:
    """The --columns file, read like a case file (literal YAML), checked."""
    if path is None:
        return None
    if not path.exists() and not path.suffix:  # a preset's name mistyped, most likely
        from ..inputs.presets import PRESETS

        presets = ", ".join(PRESETS)
        problem = message("no_preset_or_file", presets=presets)
        fail(message("file_problem", file=str(path), problem=problem))
    from ..inputs.columns import ColumnError, read_mapping
    from ..inputs.documents import CaseFileError, parse_document
    from ..inputs.table import CSV_COLUMNS

    source, text = read_source(str(path))
    try:
        return read_mapping(parse_document(source, text), CSV_COLUMNS)
    except CaseFileError as error:
        fail(error.messages[0])
    except ColumnError as error:
        fail(message("file_problem", file=str(path), problem=error.said))


def _severity_rank(name: str) -> int:
    from ..law.findings import Severity

    return Severity(name).rank


def _started(results: Iterator[Any], source: str) -> Iterator[Any]:
    """The results, with the first one already asked for: batch forks its workers then,
    before the progress line starts its thread. An input that turns out unreadable on
    the way (a JSON array cut short) is one error line, not an internal error."""
    from ..inputs.table import BatchInputError

    def guarded() -> Iterator[Any]:
        try:
            yield from results
        except BatchInputError as error:
            fail(message("file_problem", file=source, problem=error.said))
        finally:
            close = getattr(results, "close", None)
            if close is not None:
                close()  # a generator that owns worker processes ends them

    import itertools

    stream = guarded()
    first = list(itertools.islice(stream, 1))
    return itertools.chain(first, stream)


def _stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


@contextlib.contextmanager
def _progress() -> Iterator[Callable[[], None]]:
    """A progress line on stderr when it is a terminal; nothing in a pipe. (Its refresh
    runs in a thread: batch.run forks its workers before this starts.)"""
    if not _stderr_is_terminal():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TimeElapsedColumn

    with Progress(
        SpinnerColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as progress:
        task = progress.add_task("cases", total=None)
        yield lambda: progress.advance(task)


def _row_problem(source: str, result: Any) -> Message:
    """The error line of a row that failed: a case file of a folder by its path, a row of
    a table by its number."""
    file = getattr(result.item, "source", None)
    if file:
        return message("file_problem", file=str(Path(source) / file), problem=result.error)
    return message("row_problem", file=source, row=result.row, problem=result.error)
