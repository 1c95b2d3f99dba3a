"""The ``poortwachter`` command line: the only module that touches files, the clock,
typer and rich.

Errors are one line on stderr starting with ``Error:`` and exit status 2; never a
traceback (case files hold health-related personal data, so no locals either).
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Callable, Iterator
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any, NoReturn, TextIO, TypeVar

import typer
from typer.core import TyperCommand, TyperGroup

from . import __version__
from .inputs.dates import DateError, parse_cli_date
from .language import LANG_ENV, Language
from .outputs.formats import BatchOutput, CsvDialectName
from .outputs.wording import visible

if TYPE_CHECKING:
    from .models import Case, Timeline

Result = TypeVar("Result")

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2

#: The most days ahead ``--due-within`` and ``--remind-days`` take: ten years.
MAX_DAYS_AHEAD = 3660

#: Set to 1 to see the full traceback of an internal error (for developers only).
DEBUG_ENV = "POORTWACHTER_DEBUG"


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    ics = "ics"


class Lang(StrEnum):
    nl = "nl"
    en = "en"


#: The language of this run's help and error lines (``cli_texts.requested_lang``).
_LANG = "nl"


class _LocalHelp:
    """Help in the run's language: the help option's own text and the usage line."""

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            # (click asks for it on every run: the texts are here, not in cli_texts)
            option.help = (
                "Toon deze hulp en stop." if _LANG == "nl" else "Show this message and exit."
            )
            option.metavar = ""  # a switch: no "<bool>" beside it
        return option

    def get_usage(self, ctx: Any) -> str:
        usage: str = super().get_usage(ctx)  # type: ignore[misc]
        if _LANG != "nl":
            return usage
        usage = usage.replace("Usage:", "Gebruik:", 1).replace("[OPTIONS]", "[OPTIES]")
        return usage.replace("COMMAND [ARGS]", "OPDRACHT [ARGUMENTEN]")


class _Command(_LocalHelp, TyperCommand):
    pass


class _Group(_LocalHelp, TyperGroup):
    pass


class _OneLineErrors(_Group):
    """Usage errors as one ``Error:`` line (typer would draw a multi-line box), and no
    traceback for anything unexpected. Sets the run's language first (``--lang``, else
    ``POORTWACHTER_LANG``, else Dutch) for help and errors."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # Before click sees it: click would exit 1, the status for "findings found".
            raise typer.Exit(_broken_pipe()) from None

    def main(  # type: ignore[override]
        self,
        args: list[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        global _LANG
        from .language import requested_lang

        given = sys.argv[1:] if args is None else list(args)
        _LANG = requested_lang(given)
        # Help texts are translated only when help may be shown: loading typer's help
        # renderer costs more than the whole run otherwise.
        words = [
            arg
            for position, arg in enumerate(given)
            if not arg.startswith("--lang") and (position == 0 or given[position - 1] != "--lang")
        ]
        if "--help" in given or len(words) <= 1:
            from .cli_texts import localize

            try:
                localize(self, _LANG)
            except Exception:  # help stays as declared (English); the run itself goes on
                if os.environ.get(DEBUG_ENV) == "1":
                    raise
        try:
            result = super().main(
                args=args,
                prog_name=prog_name,
                complete_var=complete_var,
                standalone_mode=False,
                **extra,
            )
        except typer.TyperException as error:  # click's usage and parameter errors
            param = getattr(error, "param", None)
            given = sys.argv[1:] if args is None else list(args)
            if getattr(param, "name", None) == "lang" and not any(
                arg.startswith("--lang") for arg in given
            ):
                # the bad value came from the environment: say where it is
                value = os.environ.get(LANG_ENV, "")
                _print_error(f"POORTWACHTER_LANG: {value!r} is not a language (use nl or en)")
            elif error.format_message().strip():  # (no words: help was shown instead)
                _print_error(error.format_message())
            code = error.exit_code
        except typer.Abort:  # Ctrl-C: click turns KeyboardInterrupt into Abort
            _print_error("aborted")
            code = EXIT_INTERRUPTED
        except BrokenPipeError:
            code = _broken_pipe()
        except OSError as error:  # a full disk, a file that went away, no permission
            where = f"{error.filename}: " if error.filename else ""
            _print_error(f"{where}cannot read or write: {error.strerror or type(error).__name__}")
            code = EXIT_BAD_INPUT
        except Exception as error:
            if os.environ.get(DEBUG_ENV) == "1":
                raise
            _print_error(
                f"internal error ({type(error).__name__}); please report it with the "
                f"command you ran (set {DEBUG_ENV}=1 for details)"
            )
            code = EXIT_BAD_INPUT
        else:
            code = result if isinstance(result, int) else EXIT_OK
        if standalone_mode:
            sys.exit(code)
        return code


#: Ctrl-C: 128 + SIGINT, as a shell reports it.
EXIT_INTERRUPTED = 130

#: The status of a command whose reader went away (``| head -1``): 128 + SIGPIPE, as a
#: shell reports it; never 1, which means "findings found".
EXIT_BROKEN_PIPE = 141


def _broken_pipe() -> int:
    """The reader of stdout is gone: end quietly. Point stdout at /dev/null so that the
    interpreter's last flush cannot fail again."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return EXIT_BROKEN_PIPE


def _new_app() -> typer.Typer:
    return typer.Typer(
        cls=_OneLineErrors,
        name="poortwachter",
        help=(
            "Wet Verbetering Poortwachter: every deadline of a sick employee's 104 weeks, "
            "to the day, with its article of law."
        ),
        no_args_is_help=True,
        add_completion=True,
        pretty_exceptions_enable=False,
        pretty_exceptions_show_locals=False,
        rich_markup_mode="rich",
    )


def _print_error(message: str) -> None:
    """One line on stderr, in the run's language (``Fout:`` in Dutch, ``Error:`` in
    English): a value with a line break or an escape sequence in it can neither fake
    another error line nor drive the terminal."""
    from .cli_texts import error_prefix
    from .cli_texts import message as translated
    from .outputs.wording import visible

    # Typer words a bad choice as "Value error, 'xml' is not one of ..."; drop the jargon.
    message = message.replace("Value error, ", "").strip()
    sys.stderr.write(f"{error_prefix(_LANG)} {translated(visible(message), _LANG)}\n")


def _print_note(line: str) -> None:
    """Something the user should know that is not an error, on stderr, in their language."""
    prefix = "Let op:" if _LANG == "nl" else "Note:"
    from .cli_texts import message as translated
    from .outputs.wording import visible

    sys.stderr.write(f"{prefix} {translated(visible(line), _LANG)}\n")


def _fail(message: str) -> NoReturn:
    _print_error(message)
    raise typer.Exit(EXIT_BAD_INPUT)


def _date_option(value: str) -> date:
    try:
        return parse_cli_date(value)
    except DateError as error:
        raise typer.BadParameter(str(error)) from None


def _date_argument(value: str, name: str) -> date:
    """A date given where the argument may also be text: the error names the argument."""
    try:
        return parse_cli_date(value)
    except DateError as error:
        raise typer.BadParameter(str(error), param_hint=f"'{name}'") from None


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"poortwachter {__version__}\n")
        raise typer.Exit(EXIT_OK)


def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
    lang: LangOption = Lang.nl,
) -> None:
    """Wet Verbetering Poortwachter timelines, to the day, with their legal basis."""
    # The language is read before the command line is parsed (help and errors need it
    # first); the option is here so that ``poortwachter --lang en --help`` works.


def _today_in_nl() -> date:
    """Today in the Netherlands: the law's days are Dutch calendar days."""
    from zoneinfo import ZoneInfo

    return datetime.now(tz=ZoneInfo("Europe/Amsterdam")).date()


def _read_source(path: str) -> tuple[str, str]:
    """The case file's name for messages and its text; ``-`` reads stdin (bounded, like
    a file: at most 1 MB)."""
    from .inputs.documents import (
        MAX_FILE_BYTES,
        STDIN_NAME,
        CaseFileError,
        decode_case_text,
        read_case_text,
    )

    try:
        if path == "-":
            if sys.stdin is None:
                _fail("standard input is closed: give a file, or pipe one in")
            data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
            return STDIN_NAME, decode_case_text(STDIN_NAME, data)
        return path, read_case_text(Path(path))
    except CaseFileError as error:
        _fail(error.messages[0])


TIMELINE_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter timeline --first-sick 2024-01-08
  poortwachter timeline --first-sick 08-01-2024 --as-of 2024-06-01 --lang en
  poortwachter timeline --case examples/herstel-en-terugval.yaml --format json
  cat case.yaml | poortwachter timeline --case - --format csv
"""


def timeline(
    first_sick: Annotated[
        date | None,
        typer.Option(
            "--first-sick",
            metavar="DATE",
            parser=_date_option,
            help="First sick day (YYYY-MM-DD or DD-MM-YYYY), for one uninterrupted sickness.",
            show_default=False,
        ),
    ] = None,
    case: Annotated[
        str | None,
        typer.Option(
            "--case",
            metavar="FILE",
            help="Case file (YAML or JSON) with sick periods, leave and events; - reads stdin.",
            show_default=False,
        ),
    ] = None,
    as_of: AsOfOption = None,
    output_format: FormatOption = OutputFormat.table,
    lang: LangOption = Lang.nl,
    remind_days: RemindOption = 7,
    raw_csv: RawCsvOption = False,
    csv_dialect: CsvDialectOption = CsvDialectName.standard,
    include_info: AllOption = False,
    no_names: NoNamesOption = False,
    output: OutputFileOption = None,
) -> None:
    """Every milestone of a sick employee's 104 weeks, with due date, status and basis.

    Give either --first-sick (one uninterrupted sickness) or --case (a case file with
    several periods, leave and recorded events). Dates count in calendar days from the
    first sick day; interrupted sickness is added together per art. 7:629 lid 10 BW.
    """
    if (first_sick is None) == (case is None):
        wording = "give" if first_sick is None else "give only one of"
        raise typer.BadParameter(
            f"{wording} --first-sick DATE or --case FILE", param_hint="'--first-sick' / '--case'"
        )
    from .engine import compute_timeline
    from .models import Case

    if case is not None:
        the_case = _load_case_or_exit(case, no_names)
    else:
        assert first_sick is not None
        the_case = Case.from_first_sick_day(first_sick)
    result = _compute_or_exit(compute_timeline, the_case, as_of, case or "--first-sick")
    _emit(
        result, output_format, lang.value, remind_days, raw_csv, csv_dialect, include_info, output
    )


def _load_case_or_exit(path: str, no_names: bool = False) -> Case:
    """Read and validate a case file, or print every problem and exit 2; with
    ``no_names`` without the names of people."""
    from .inputs.casefile import load_case
    from .inputs.documents import CaseFileError

    source, content = _read_source(path)
    try:
        the_case = load_case(source, content)
        return the_case.without_names() if no_names else the_case
    except CaseFileError as error:
        for message in error.messages:
            _print_error(message)
        raise typer.Exit(EXIT_BAD_INPUT) from None


def _compute_or_exit(
    compute: Callable[[Case, date], Result], the_case: Case, as_of: date | None, label: str
) -> Result:
    from .models import CaseError

    try:
        return compute(the_case, as_of or _today_in_nl())
    except CaseError as error:
        for problem in error.problems:
            _print_error(f"{label}: {problem if label != '--first-sick' else problem.message}")
        raise typer.Exit(EXIT_BAD_INPUT) from None


def _emit(
    result: Timeline,
    output_format: OutputFormat,
    lang: Language,
    remind_days: int,
    raw_csv: bool,
    csv_dialect: CsvDialectName,
    include_info: bool,
    output: Path | None,
) -> None:
    if output_format is OutputFormat.table:
        from .outputs.tables import print_table

        _print_for_people(lambda console: print_table(result, lang, console), output)
        return
    if output_format is OutputFormat.ics:
        from .outputs.ics import timeline_calendar

        document = timeline_calendar(result, lang, remind_days, include_info=include_info)
    elif output_format is OutputFormat.json:
        from .outputs.machine import render_json

        document = render_json(result, lang)
    else:
        from .outputs.machine import CSV_DIALECTS, render_csv

        dialect = CSV_DIALECTS[csv_dialect.value]
        document = render_csv(result, lang, raw=raw_csv, dialect=dialect)
    _deliver(document, output)


def _deliver(document: str, output: Path | None) -> None:
    """A document to stdout (as UTF-8, its line ends as they are) or to --output."""
    if output is None:
        _write_exact(document)
        return
    with _output_stream(output) as stream:
        stream.write(document)


def _write_exact(text: str) -> None:
    """A text to stdout as UTF-8, whatever the locale, with its line ends (and a BOM)
    untranslated: a calendar's CRLF, a CSV for Excel."""
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


class FailOn(StrEnum):
    high = "high"
    medium = "medium"
    low = "low"
    never = "never"


# The options that several commands share, declared once.
AsOfOption = Annotated[
    date | None,
    typer.Option(
        "--as-of",
        metavar="DATE",
        parser=_date_option,
        help="The date to judge on: statuses, sick days counted, findings (default: today).",
        show_default=False,
    ),
]
FormatOption = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        "-f",
        help="table for people; json or csv for scripts; ics for a calendar of the open "
        "milestones.",
    ),
]
RemindOption = Annotated[
    int,
    typer.Option(
        "--remind-days",
        metavar="DAYS",
        min=0,
        max=MAX_DAYS_AHEAD,
        help="With --format ics: the reminder comes this many days before each date.",
    ),
]
LangOption = Annotated[
    Lang,
    typer.Option(
        "--lang",
        envvar="POORTWACHTER_LANG",
        show_envvar=False,
        case_sensitive=False,
        show_default=False,
        help="Language of texts and labels (nl or en).",
    ),
]
CaseArgument = Annotated[
    str, typer.Argument(metavar="CASE", help="Case file (YAML or JSON); - reads stdin.")
]
OutputFileOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write here instead of stdout; the file appears only when complete.",
        show_default=False,
    ),
]
RawCsvOption = Annotated[
    bool,
    typer.Option(
        "--raw-csv",
        help="With CSV output: write values exactly, without the leading ' that keeps a "
        "spreadsheet from running a value that starts with = + - @ as a formula. For "
        "machine pipelines only.",
    ),
]
CsvDialectOption = Annotated[
    CsvDialectName,
    typer.Option(
        "--csv-dialect",
        help="With CSV output: standard (comma, decimal point, UTF-8) for scripts, or "
        "excel-nl (semicolon, decimal comma, a BOM, CRLF) to open with a double-click in "
        "Dutch Excel.",
    ),
]
AllOption = Annotated[
    bool,
    typer.Option(
        "--all",
        help="With --format ics: the information-only dates too (UWV's decision terms, "
        "the end of a maximum loonsanctie), which are not actions.",
    ),
]
NoNamesOption = Annotated[
    bool,
    typer.Option(
        "--no-names",
        help="Leave the names of people (the employee, the casemanager) out of the output.",
    ),
]
FailOnOption = Annotated[
    FailOn,
    typer.Option("--fail-on", help="Exit 1 when a finding is at or above this severity."),
]


SANCTION_RISK_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter sanction-risk examples/hovenier-spoor2-taxi.yaml
  poortwachter sanction-risk case.yaml --as-of 2025-06-01 --format json
  poortwachter sanction-risk case.yaml --fail-on medium || echo "needs attention"
"""


def sanction_risk(
    case: CaseArgument,
    as_of: AsOfOption = None,
    output_format: FormatOption = OutputFormat.table,
    lang: LangOption = Lang.nl,
    fail_on: FailOnOption = FailOn.high,
    remind_days: RemindOption = 7,
    raw_csv: RawCsvOption = False,
    csv_dialect: CsvDialectOption = CsvDialectName.standard,
    include_info: AllOption = False,
    no_names: NoNamesOption = False,
    output: OutputFileOption = None,
    summary: Annotated[
        bool,
        typer.Option(
            "--summary",
            help="With the table: only the header, the findings and the exposure.",
        ),
    ] = False,
) -> None:
    """If UWV judged this case today: what would it find, and what could it cost?

    Prints the timeline with statuses from the recorded events, the spoor, the findings
    (each with what to do, by when, and its legal basis) and the exposure: the maximum
    loonsanctie, the fine risk and the cost already certain from extensions. Exit 1 when a
    finding is at or above --fail-on, 0 otherwise, 2 for bad input.
    """
    from .assessment import assess, exit_code
    from .outputs import machine

    the_case = _load_case_or_exit(case, no_names)
    assessment = _compute_or_exit(assess, the_case, as_of, case)
    if output_format is OutputFormat.ics:
        from .outputs.ics import timeline_calendar

        actions = _actions_by_milestone(assessment, lang.value)
        _deliver(
            timeline_calendar(
                assessment.timeline, lang.value, remind_days, actions, include_info=include_info
            ),
            output,
        )
    elif output_format is OutputFormat.json:
        _deliver(machine.render_assessment_json(assessment, lang.value), output)
    elif output_format is OutputFormat.csv:
        dialect = machine.CSV_DIALECTS[csv_dialect.value]
        _deliver(
            machine.render_assessment_csv(assessment, lang.value, raw=raw_csv, dialect=dialect),
            output,
        )
    else:
        from .outputs.tables import print_assessment

        _print_for_people(
            lambda console: print_assessment(assessment, lang.value, console, summary=summary),
            output,
        )
    raise typer.Exit(exit_code(assessment, fail_on.value))


class BatchInput(StrEnum):
    csv = "csv"
    xlsx = "xlsx"
    jsonl = "jsonl"
    json = "json"


InputArgument = Annotated[
    str,
    typer.Argument(
        metavar="INPUT",
        help="An HR export (CSV or XLSX: a row per case or per sick period), JSON "
        "Lines or a JSON array of case documents, one case file, or a folder of case "
        "files; - reads stdin.",
    ),
]
WorkersOption = Annotated[
    int | None,
    typer.Option(
        "--workers",
        "-w",
        min=1,
        help="Worker processes (default: one per CPU, at most 8; a small input is judged "
        "in this process); output stays in input order.",
        show_default=False,
    ),
]
InputFormatOption = Annotated[
    BatchInput | None,
    typer.Option(
        "--input-format",
        help="csv, xlsx, jsonl or json, when the name and first bytes do not tell.",
        show_default=False,
    ),
]
ColumnsOption = Annotated[
    Path | None,
    typer.Option(
        "--columns",
        metavar="FILE",
        help="A YAML file mapping the export's column names to poortwachter's "
        "('Datum 1e ziektedag: first_sick_day').",
        show_default=False,
    ),
]
IgnoreUnknownOption = Annotated[
    bool,
    typer.Option("--ignore-unknown", help="Skip columns that are neither known nor mapped."),
]
SheetOption = Annotated[
    str | None,
    typer.Option(
        "--sheet",
        metavar="NAME",
        help="The sheet of an XLSX input to read (default: the first).",
        show_default=False,
    ),
]


BATCH_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter batch cases.csv --as-of 2025-06-01 --format csv --output report.csv
  poortwachter batch cases.jsonl --due-within 7 --workers 2 > this-week.jsonl
  poortwachter batch dossiers/ --fail-on never
  hr-export | poortwachter batch - --input-format csv
"""


def batch(
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
    lang: LangOption = Lang.nl,
    remind_days: RemindOption = 7,
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
    from . import batch as batching

    options = batching.BatchOptions(
        as_of=as_of or _today_in_nl(),
        lang=lang.value,
        output=output_format,
        due_within=due_within,
        remind_days=remind_days,
        raw_csv=raw_csv,
        csv_dialect=csv_dialect.value,
        no_names=no_names,
        calendar_info=include_info,
        encoded_lines=output is not None or _writes_utf8(sys.stdout),
    )
    if output_format is BatchOutput.XLSX and output is None and sys.stdout.isatty():
        raise typer.BadParameter(
            "a workbook is not for a terminal: give --output FILE.xlsx (or redirect stdout)",
            param_hint="'--format xlsx'",
        )
    threshold = 0 if fail_on is FailOn.never else _severity_rank(fail_on.value)
    results, notes = _judge_input(
        source, options, workers, input_format, columns, ignore_unknown, sheet
    )
    if options.output is BatchOutput.XLSX:
        failed, worst = _write_workbook(results, options, source, output)
    else:
        failed, worst = _write_records(results, options, source, output)
    for line in notes.lines:
        _print_note(line)
    if failed:
        _print_error(f"{source}: {failed} row(s) could not be judged")
        raise typer.Exit(EXIT_BAD_INPUT)
    raise typer.Exit(EXIT_FINDINGS if threshold and worst >= threshold else EXIT_OK)


class AgendaFormat(StrEnum):
    table = "table"
    md = "md"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"
    ics = "ics"


class GroupBy(StrEnum):
    casemanager = "casemanager"
    employer = "employer"
    case = "case"


AGENDA_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter agenda dossiers/
  poortwachter agenda dossiers/ --casemanager Jansen --within 7
  poortwachter agenda export.csv --format md --output agenda.md
  poortwachter agenda export.xlsx --group-by employer --format xlsx --output agenda.xlsx
  poortwachter agenda dossiers/ --format ics --output agenda.ics
"""


def agenda(
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
    lang: LangOption = Lang.nl,
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
) -> None:
    """What must be done, across all cases: overdue steps first (oldest first, how many
    days late, what it risks), then what falls due within --within days, then the
    findings that need an action. Cases with nothing to do are counted, not listed.

    Reads what batch reads. A bad row is listed and reported on stderr, the rest goes on;
    exit 2 then, else 1 when a finding is at or above --fail-on, else 0.
    """
    from . import batch as batching
    from .outputs.agenda import AgendaRun

    if output_format is AgendaFormat.xlsx and output is None and sys.stdout.isatty():
        raise typer.BadParameter(
            "a workbook is not for a terminal: give --output FILE.xlsx (or redirect stdout)",
            param_hint="'--format xlsx'",
        )
    options = batching.BatchOptions(
        as_of=as_of or _today_in_nl(),
        lang=lang.value,
        no_names=no_names,
        agenda_within=within,
        agenda_info=include_info,
    )
    results, notes = _judge_input(
        source, options, workers, input_format, columns, ignore_unknown, sheet
    )
    run = AgendaRun(options.as_of, within, lang.value, group_by.value)
    wanted = " ".join(casemanager.split()).casefold() if casemanager else None
    worst = skipped = 0
    results = _started(results, source)
    with _progress() as advance:
        for result in results:
            advance()
            if result.error is not None:
                _print_error(f"{source}: row {result.row}: {result.error}")
                row, where, case_id, message = result.data.error
                run.errors.append((row, where, case_id, message))
                continue
            case = result.data
            if (
                wanted is not None
                and wanted not in " ".join((case.casemanager or "").split()).casefold()
            ):
                skipped += 1
                continue
            run.cases.append(case)
            worst = max(worst, result.highest)
    _write_agenda(run, output_format, output, remind_days, include_info, raw_csv, csv_dialect)
    for line in notes.lines:
        _print_note(line)
    if wanted is not None and skipped and not run.cases:
        # A typo must not read as "nothing to do". Only what was typed is repeated; the
        # casemanagers' names in the input are not (a message names no person from a case).
        _print_note(
            f"no case has a casemanager matching '{casemanager}': {skipped} case(s) "
            "left out (see them with --group-by casemanager)"
        )
    if run.errors:
        _print_error(f"{source}: {len(run.errors)} row(s) could not be judged")
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
    from .outputs import agenda as agenda_out

    if output_format is AgendaFormat.xlsx:
        with _output_stream(output, binary=True) as stream:
            agenda_out.write_workbook(run, stream)
        return
    if output_format is AgendaFormat.table:
        _print_for_people(lambda console: agenda_out.print_table(run, console), output)
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
        _write_exact(document)
        return
    with _output_stream(output) as stream:
        stream.write(document)


def _print_for_people(draw: Callable[[Any], None], output: Path | None) -> None:
    """Rich output for people: to a terminal as it is (colour, its width); to a pipe or
    a file without colour and without the spaces that pad table cells at line ends."""
    from rich.console import Console

    if output is None and sys.stdout.isatty():
        draw(Console())
        return
    import io

    buffer = io.StringIO()
    draw(Console(file=buffer, no_color=True, highlight=False, width=_plain_width()))
    text = "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())
    if output is None:
        sys.stdout.write(text)
        return
    with _output_stream(output) as stream:
        stream.write(text)


def _plain_width() -> int:
    """The width of plain output: $COLUMNS when set (a sensible number), else 100."""
    try:
        width = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        return 100
    return width if 40 <= width <= 1000 else 100


def _judge_input(
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
    from . import batch as batching
    from .inputs.reading import ReadOptions
    from .inputs.sources import Notes

    cpus = batching.cpu_count()
    if workers is None:
        workers = min(cpus, batching.MAX_AUTO_WORKERS)
    elif workers > cpus:
        _print_note(f"--workers {workers} is more than the {cpus} CPUs here: using {cpus}")
        workers = cpus
    read_options = ReadOptions(
        mapping=_column_mapping(columns), ignore_unknown=ignore_unknown, sheet=sheet
    )
    notes = Notes()
    try:
        rows = _batch_rows(source, input_format, read_options, notes)
    except batching.BatchInputError as error:
        _fail(f"{source}: {error}")
    return batching.unique_cases(batching.run(rows, options, workers=workers), options), notes


def _write_records(
    results: Iterator[Any], options: Any, source: str, output: Path | None
) -> tuple[int, int]:
    """JSON Lines, CSV or a calendar, record by record as the results come: the number
    of rows that failed and the rank of the worst finding."""
    from . import batch as batching

    end = batching.line_end(options)
    with _output_stream(output) as stream:
        results = _started(results, source)  # after the output opened: it may fail first
        return _write_lines(results, options, source, stream, end)


def _write_lines(
    results: Iterator[Any], options: Any, source: str, stream: Any, end: str
) -> tuple[int, int]:
    """The records, a line each, under the header of the format: the number of rows that
    failed and the rank of the worst finding. Records that workers encoded are written
    as the bytes they are, to the stream's buffer (``BatchOptions.encoded_lines``)."""
    from . import batch as batching

    failed = 0
    worst = 0
    calendar = options.output is BatchOutput.ICS
    if calendar:
        end = ""  # events only, CRLF-ended; none for a bad row
    sink = stream.buffer if options.encoded_lines else None
    with _progress() as advance:
        if options.output is BatchOutput.CSV:
            stream.write(batching.csv_header(options) + end)
        elif calendar:
            stream.write(batching.ics_header())
        if sink is not None:
            stream.flush()
        for result in results:
            if sink is not None:
                _write_all(sink, result.output(end))
            else:
                stream.write(result.text + end)
            advance()
            if result.error is not None:
                failed += 1
                _print_error(f"{source}: row {result.row}: {result.error}")
            worst = max(worst, result.highest)
        if sink is not None:
            sink.flush()
        if calendar:
            stream.write(batching.ics_footer())
    return failed, worst


def _write_all(sink: Any, data: bytes) -> None:
    """All of ``data``: an unbuffered stream (``PYTHONUNBUFFERED``, ``python -u``) is the
    raw file, whose ``write`` may take only part of it."""
    view = memoryview(data)
    while view:
        written = sink.write(view)
        view = view[written or 0 :]


def _writes_utf8(stream: Any) -> bool:
    """Whether text written to ``stream`` goes out unchanged as UTF-8 through a byte
    buffer: UTF-8, and no line ends translated (standard output translates "\n" where
    the system's line end is another, as on Windows)."""
    import codecs

    encoding = getattr(stream, "encoding", None)
    if not encoding or not hasattr(stream, "buffer") or os.linesep != "\n":
        return False
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


def _write_workbook(
    results: Iterator[Any], options: Any, source: str, output: Path | None
) -> tuple[int, int]:
    """A workbook: the rows are collected (spooled to disk) as the results come, then
    the workbook is written in one go. The output is opened first, so that a target
    that cannot be written stops the run before any case is judged."""
    from .outputs.workbook import WorkbookWriter

    failed = 0
    worst = 0
    writer = WorkbookWriter(options.lang)
    try:
        with _output_stream(output, binary=True) as stream:
            results = _started(results, source)
            with _progress() as advance:
                for result in results:
                    writer.add(result.data)
                    advance()
                    if result.error is not None:
                        failed += 1
                        _print_error(f"{source}: row {result.row}: {result.error}")
                    worst = max(worst, result.highest)
            try:
                writer.save(stream)
            except OSError as error:
                _fail(f"{output or '<stdout>'}: cannot write: {error.strerror or error}")
    finally:
        writer.close()
    return failed, worst


def _column_mapping(path: Path | None) -> dict[str, str] | None:
    """The --columns file, read like a case file (literal YAML), checked."""
    if path is None:
        return None
    from .inputs.columns import ColumnError, read_mapping
    from .inputs.documents import CaseFileError, parse_document
    from .inputs.table import CSV_COLUMNS

    source, text = _read_source(str(path))
    try:
        return read_mapping(parse_document(source, text), CSV_COLUMNS)
    except CaseFileError as error:
        _fail(error.messages[0])
    except ColumnError as error:
        _fail(f"{path}: {error}")


def _actions_by_milestone(assessment: Any, lang: Language) -> dict[str, list[str]]:
    """What the findings say to do, by the milestone they concern, for calendar events."""
    actions: dict[str, list[str]] = {}
    for finding in assessment.findings:
        if finding.milestone:
            actions.setdefault(finding.milestone, []).append(
                f"{finding.message(lang)} {finding.action(lang)}"
            )
    return actions


def _severity_rank(name: str) -> int:
    from .law.findings import Severity

    return Severity(name).rank


def _batch_rows(
    source: str, input_format: BatchInput | None, options: Any, notes: Any
) -> Iterator[Any]:
    """The input rows, read lazily; the format from --input-format, the name, or the
    first bytes. Standard input is copied to a private temporary file first, so that a
    table can be read twice (course lines)."""
    from . import batch as batching
    from .inputs.reading import InputFormat

    if source == "-":
        if sys.stdin is None:
            _fail("standard input is closed: give a file, or pipe one in")
        from .inputs.sources import spooled_stdin

        path = spooled_stdin()
        name = "-"
    else:
        path = Path(source)
        name = source
        if not path.exists():
            _fail(f"{source}: no such file or folder")
        if path.is_dir():
            return batching.read_folder(path)
        if not path.is_file():
            _fail(f"{path}: not a regular file (a pipe or a device); use a file, or - for stdin")
    try:
        with path.open("rb") as stream:
            first = stream.read(64)
    except OSError as error:
        _fail(f"{name}: cannot read: {error.strerror}")
    kind = InputFormat(input_format.value) if input_format else batching.detect_format(name, first)
    rows = _rows_of(path, name, kind, options, notes)
    return _removing(path, rows) if source == "-" else rows


def _rows_of(path: Path, name: str, kind: Any, options: Any, notes: Any) -> Iterator[Any]:
    from . import batch as batching
    from .inputs.reading import InputFormat, RowInput, read_json_array, read_table
    from .inputs.sources import CsvSource, XlsxSource

    try:
        if kind is InputFormat.CSV:
            return read_table(CsvSource(path, notes, name), options)
        if kind is InputFormat.XLSX:
            return read_table(XlsxSource(path, options.sheet, name), options)
        if kind is InputFormat.JSON:
            return read_json_array(path)
        if kind is InputFormat.CASE:
            return iter([RowInput(1, InputFormat.FOLDER, str(path), source=Path(name).name)])
        stream = path.open(encoding="utf-8-sig", errors="surrogateescape", newline="")
    except batching.BatchInputError as error:
        _fail(f"{name}: {error}")
    except OSError as error:
        _fail(f"{name}: cannot read: {error.strerror}")
    except Exception as error:  # a workbook openpyxl cannot open
        if os.environ.get(DEBUG_ENV) == "1":
            raise
        _fail(f"{name}: cannot be read as {kind.value} ({type(error).__name__})")
    return _closing(stream, batching.read_rows(stream))


def _removing(path: Path, rows: Iterator[Any]) -> Iterator[Any]:
    """The rows, and the spooled copy of stdin removed when they are read or the run
    stops."""
    try:
        yield from rows
    finally:
        path.unlink(missing_ok=True)


def _closing(stream: TextIO, rows: Iterator[Any]) -> Iterator[Any]:
    with stream:
        yield from rows


@contextlib.contextmanager
def _output_stream(output: Path | None, *, binary: bool = False) -> Iterator[Any]:
    """stdout, or a file that appears complete or not at all. A target that is not a
    regular file (/dev/null, a named pipe) is written directly, never replaced. Text
    (UTF-8, line ends as written), or bytes when ``binary``."""
    if output is None:
        if binary:
            sys.stdout.flush()
            yield sys.stdout.buffer
            sys.stdout.buffer.flush()
        else:
            yield sys.stdout
        return
    if output.exists() and not output.is_file():
        try:
            with _open_output(output, binary) as direct:
                yield direct
        except OSError as error:
            _fail(f"{output}: cannot write: {error.strerror}")
        return
    import tempfile

    # A private file beside the target: created new (O_EXCL, so a planted link is never
    # followed), mode 0600, a name no other run shares; renamed over the target only when
    # complete, and removed on any other way out (an error, Ctrl-C, SIGTERM).
    try:
        handle, name = tempfile.mkstemp(
            dir=output.parent, prefix=f".{output.name}.", suffix=".partial"
        )
    except OSError as error:
        _fail(f"{output}: cannot write: {error.strerror}")
    partial = Path(name)
    try:
        with _open_output(handle, binary) as stream:
            yield stream
        with contextlib.suppress(FileNotFoundError):
            os.chmod(partial, stat.S_IMODE(output.stat().st_mode))  # keep the target's mode
        partial.replace(output)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _open_output(target: Path | int, binary: bool) -> IO[Any]:
    if binary:
        return open(target, "wb")  # the caller's with-block closes it
    return open(target, "w", encoding="utf-8", newline="")


def _started(results: Iterator[Any], source: str) -> Iterator[Any]:
    """The results, with the first one already asked for: batch forks its workers then,
    before the progress line starts its thread. An input that turns out unreadable on
    the way (a JSON array cut short) is one error line, not an internal error."""
    from . import batch as batching

    def guarded() -> Iterator[Any]:
        try:
            yield from results
        except batching.BatchInputError as error:
            _fail(f"{source}: {error}")
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


REPORT_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter report examples/hovenier-spoor2-taxi.yaml --output dossier.html
  poortwachter report case.yaml --as-of 2025-06-01 --lang en --output report.html
"""


def report(
    case: CaseArgument,
    output: OutputFileOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = Lang.nl,
    no_names: NoNamesOption = False,
) -> None:
    """A self-contained HTML page for the casemanager's dossier: summary, a chart of the
    whole case, the findings with what to do, and the exposure. Prints well on A4."""
    from .assessment import assess
    from .outputs.report import render_report

    the_case = _load_case_or_exit(case, no_names)
    assessment = _compute_or_exit(assess, the_case, as_of, case)
    with _output_stream(output) as stream:
        stream.write(render_report(assessment, lang.value))


case_app = typer.Typer(
    cls=_Group,
    name="case",
    help="Case files: write a template, record events, recoveries and relapses, set a "
    "value, validate files, print the JSON Schema.",
    no_args_is_help=True,
)


CASE_INIT_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter case init jansen.yaml
  poortwachter case init - > nieuw.yaml
"""


@case_app.command("init", cls=_Command, epilog=CASE_INIT_EXAMPLES)
def case_init(
    file: Annotated[
        str,
        typer.Argument(metavar="FILE", help="Where to write the template; - for stdout."),
    ] = "-",
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    lang: LangOption = Lang.nl,
) -> None:
    """Write a commented case-file template to fill in."""
    from .inputs.template import CASE_TEMPLATE

    if file == "-":
        sys.stdout.write(CASE_TEMPLATE)
        return
    target = Path(file)
    if target.exists() and not force:
        _fail(f"{file}: exists already (use --force to overwrite)")
    try:
        target.write_text(CASE_TEMPLATE, encoding="utf-8")
    except OSError as error:
        _fail(f"{file}: cannot write: {error.strerror}")
    sys.stderr.write(f"{file}: {'geschreven' if _LANG == 'nl' else 'written'}\n")


CASE_VALIDATE_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter case validate jansen.yaml
  poortwachter case validate dossiers/*.yaml
  cat jansen.yaml | poortwachter case validate -
"""


@case_app.command("validate", cls=_Command, epilog=CASE_VALIDATE_EXAMPLES)
def case_validate(
    files: Annotated[
        list[str], typer.Argument(metavar="FILE", help="Case files to check; - reads stdin.")
    ],
    lang: LangOption = Lang.nl,
) -> None:
    """Check case files: every problem of every file, then exit 2 if any was bad."""
    from .inputs.casefile import load_case
    from .inputs.documents import CaseFileError

    bad = 0
    for path in files:
        try:
            source, content = _read_source(path)
        except typer.Exit:  # said on stderr already; go on with the next file
            bad += 1
            continue
        try:
            load_case(source, content)
        except CaseFileError as error:
            bad += 1
            for message in error.messages:
                _print_error(message)
        else:
            sys.stdout.write(f"ok: {source}\n")
    if bad:
        raise typer.Exit(EXIT_BAD_INPUT)


CaseFileArgument = Annotated[
    str, typer.Argument(metavar="FILE", help="The case file to change (YAML or JSON).")
]
OptionalDateArgument = Annotated[
    date | None,
    typer.Argument(
        metavar="DATE",
        parser=_date_option,
        help="When it happened (default: today); 2025-03-10 or 10-03-2025.",
        show_default=False,
    ),
]
DateArgument = Annotated[
    date,
    typer.Argument(metavar="DATE", parser=_date_option, help="2025-03-10 or 10-03-2025."),
]


CASE_RECORD_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter case record jansen.yaml probleemanalyse
  poortwachter case record jansen.yaml plan_van_aanpak 03-03-2025
  poortwachter case record jansen.yaml evaluatie 2025-04-14
  poortwachter case record jansen.yaml spoor2_provider "Bureau Zuid"
"""


@case_app.command("record", cls=_Command, epilog=CASE_RECORD_EXAMPLES)
def case_record(
    file: CaseFileArgument,
    event: Annotated[
        str,
        typer.Argument(
            metavar="EVENT",
            help="The step that happened: probleemanalyse, plan_van_aanpak, evaluatie, "
            "wia_aanvraag, ... (the keys of the events block); casemanager and "
            "spoor2_provider take --value.",
        ),
    ],
    when: Annotated[
        str | None,
        typer.Argument(
            metavar="DATE",
            help="When it happened (default: the --as-of date, else today); 2025-03-10 "
            "or 10-03-2025. For casemanager and spoor2_provider: the name.",
            show_default=False,
        ),
    ] = None,
    value: Annotated[
        str | None,
        typer.Option(
            "--value",
            metavar="TEXT",
            help="For casemanager and spoor2_provider: the name to record.",
            show_default=False,
        ),
    ] = None,
    as_of: AsOfOption = None,
    lang: LangOption = Lang.nl,
) -> None:
    """Record in the case file that a step happened, keeping its comments and layout;
    evaluaties and deskundigenoordeel get the date added to their list. Then show what
    changed in the timeline and the next step. A date after today is refused: a step is
    recorded once it happened."""
    from .inputs.editing import EVENT_TEXT_FIELDS, event_name, record_event
    from .inputs.yaml_text import EditError

    try:
        key = event_name(event)
    except EditError as error:
        raise typer.BadParameter(str(error), param_hint="'EVENT'") from None
    if key in EVENT_TEXT_FIELDS:
        if value is None and when is not None:
            value, when = when, None  # case record FILE casemanager "B. Visser"
        if value is None or not value.strip():
            raise typer.BadParameter(
                f"{key} is a name: give it with --value", param_hint="'--value'"
            )
        if when is not None:
            raise typer.BadParameter(f"{key} takes no date", param_hint="'DATE'")
        recorded = " ".join(value.split())
    else:
        if value is not None:
            raise typer.BadParameter(f"{key} is a date, not a text", param_hint="'--value'")
        day = _date_argument(when, "DATE") if when is not None else as_of or _today_in_nl()
        today = _today_in_nl()
        if day > max(today, as_of or today):
            raise typer.BadParameter(
                f"{day.isoformat()} is after today ({today.isoformat()}): record a step "
                "once it has happened",
                param_hint="'DATE'",
            )
        recorded = day.isoformat()
    _edit_case_file(
        file,
        lambda text, is_json: record_event(text, key, recorded, json_file=is_json),
        f"events.{key}",
        recorded,
        as_of,
        lang.value,
    )


CASE_RECOVER_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter case recover jansen.yaml 2025-05-12
"""


@case_app.command("recover", cls=_Command, epilog=CASE_RECOVER_EXAMPLES)
def case_recover(
    file: CaseFileArgument,
    fit_again: Annotated[
        date,
        typer.Argument(
            metavar="DATE",
            parser=_date_option,
            help="The first day the employee is fit again (hersteld per); the last sick "
            "day is the day before.",
        ),
    ],
    as_of: AsOfOption = None,
    lang: LangOption = Lang.nl,
) -> None:
    """Record a recovery: the open sick period ends the day before DATE."""
    from datetime import timedelta

    from .inputs.editing import recover

    last_sick_day = fit_again - timedelta(days=1)
    _edit_case_file(
        file,
        lambda text, is_json: recover(text, last_sick_day, json_file=is_json),
        "sick_periods[-1].end",
        last_sick_day.isoformat(),
        as_of,
        lang.value,
    )


CASE_RELAPSE_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter case relapse jansen.yaml 2025-06-02
  poortwachter case relapse jansen.yaml 2025-06-02 --cause "rugklachten"
"""


@case_app.command("relapse", cls=_Command, epilog=CASE_RELAPSE_EXAMPLES)
def case_relapse(
    file: CaseFileArgument,
    start: Annotated[
        date,
        typer.Argument(
            metavar="DATE",
            parser=_date_option,
            help="The first day of the new sick period.",
        ),
    ],
    cause: Annotated[
        str | None,
        typer.Option(
            "--cause", metavar="TEXT", help="The cause, as free text.", show_default=False
        ),
    ] = None,
    as_of: AsOfOption = None,
    lang: LangOption = Lang.nl,
) -> None:
    """Record a new sick period from DATE (after a recovery). Within 28 days of the last
    one it is added together with it (art. 7:629 lid 10 BW)."""
    from .inputs.editing import relapse

    def joined(case: Any) -> str | None:
        """Why the new period cannot go into this case file: 28 or more fit days after
        the last sick day start a new sickness, a new case (art. 7:629 lid 10 BW)."""
        from .sickdays import last_joined_relapse_day

        last = case.sick_periods[-1]
        if last.end is None or start <= last.end:
            return None  # said by the edit or the check, in their words
        if start <= last_joined_relapse_day(last.end, case.leave_periods):
            return None
        return (
            f"{start.isoformat()} is 28 or more fit days after the last sick day "
            f"{last.end.isoformat()}: a new sickness, not added to this case (art. 7:629 "
            "lid 10 BW); start a new case file with 'case init'"
        )

    _edit_case_file(
        file,
        lambda text, is_json: relapse(text, start, cause=cause, json_file=is_json),
        "sick_periods[-1].start",
        start.isoformat(),
        as_of,
        lang.value,
        refuse=joined,
    )


CASE_SET_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter case set jansen.yaml employee.name "J. Jansen"
  poortwachter case set jansen.yaml employee.wage.amount 3200.00
"""


@case_app.command("set", cls=_Command, epilog=CASE_SET_EXAMPLES)
def case_set(
    file: CaseFileArgument,
    key: Annotated[
        str,
        typer.Argument(
            metavar="KEY",
            help="Where, as a path: employee.name, employee.wage.amount, "
            "employer.wga_eigenrisicodrager, extensions.vrijwillige_verlenging_until, ...",
        ),
    ],
    value: Annotated[str, typer.Argument(metavar="VALUE", help="The new value.")],
    as_of: AsOfOption = None,
    lang: LangOption = Lang.nl,
) -> None:
    """Set one value of the case file, keeping its comments and layout. The first sick
    day is first_sick_day (the start of the first sick period); a wage amount set where
    there is no wage yet is taken per month (change it with employee.wage.per)."""
    from .inputs.editing import Change, set_first_sick_day, set_value, settable_path
    from .inputs.yaml_text import EditError

    if key.replace("-", "_").lower() in ("first_sick_day", "sick_periods[0].start"):
        day = _date_argument(value, "VALUE")
        _edit_case_file(
            file,
            lambda text, is_json: set_first_sick_day(text, day, json_file=is_json),
            "sick_periods[0].start",
            day.isoformat(),
            as_of,
            lang.value,
        )
        return
    try:
        path = settable_path(key)
    except EditError as error:
        raise typer.BadParameter(str(error), param_hint="'KEY'") from None
    shown = " ".join(value.split())

    per_month: list[bool] = []

    def edit(text: str, is_json: bool) -> Change:
        change = set_value(text, path, shown, json_file=is_json)
        if path == ("employee", "wage", "amount") and change.old is None:
            # A new wage block needs its period too: a month, as Dutch payslips mostly are.
            from .inputs.documents import parse_document

            document: Any = parse_document("-", change.text)
            wage = (document.get("employee") or {}).get("wage") or {}
            if "per" not in wage:
                added = set_value(
                    change.text, ("employee", "wage", "per"), "month", json_file=is_json
                )
                per_month.append(True)
                return Change(added.text, None)
        return change

    _edit_case_file(file, edit, ".".join(path), shown, as_of, lang.value)
    if per_month:  # said once the file is written, not before a change that may fail
        _print_note("employee.wage.per = month (set it with: case set FILE employee.wage.per week)")


def _edit_case_file(
    file: str,
    edit: Callable[[str, bool], Any],
    where: str,
    value: str,
    as_of: date | None,
    lang: Language,
    refuse: Callable[[Any], str | None] | None = None,
) -> None:
    """Change the case file with ``edit``, check the result as a case file, and put it
    in place atomically (same mode); on any problem the file is left as it was and one
    line says why. Then print the change and what it did to the timeline. ``refuse``
    may give a reason not to change the case as it is now."""
    from .inputs.casefile import load_case
    from .inputs.documents import CaseFileError, parse_document
    from .inputs.yaml_text import EditError

    if file == "-":
        _fail("- (stdin) cannot be changed: give the case file")
    source, text = _read_source(file)
    is_json = file.lower().endswith(".json") or text.lstrip().startswith("{")
    before = None
    try:
        parse_document(source, text)  # literal YAML only: no anchors, tags, huge files
        with contextlib.suppress(CaseFileError):
            before = load_case(source, text)
    except CaseFileError as error:
        _fail(error.messages[0])
    reason = refuse(before) if refuse is not None and before is not None else None
    if reason is not None:
        _fail(f"{source}: {reason} (the file is unchanged)")
    try:
        change = edit(text, is_json)
    except EditError as error:
        _fail(f"{source}: {error}")
    try:
        after = load_case(source, change.text)
    except CaseFileError as error:
        _fail(f"{error.messages[0]} (the file is unchanged)")
    _replace_file(Path(file), change.text)
    _print_change(source, where, value, change.old, before, after, as_of, lang)


def _replace_file(path: Path, text: str) -> None:
    """Write ``text`` over ``path`` atomically: a new private file beside it, given the
    original's mode, renamed over it. A BOM the original had is kept."""
    import tempfile

    try:
        with path.open("rb") as original:
            bom = original.read(3) == b"\xef\xbb\xbf"
        mode = stat.S_IMODE(path.stat().st_mode)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
    except OSError as error:
        _fail(f"{path}: cannot write: {error.strerror}")
    partial = Path(name)
    try:
        with open(handle, "wb") as stream:
            stream.write(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
        os.chmod(partial, mode)
        partial.replace(path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        _fail(f"{path}: cannot write: {error.strerror} (the file is unchanged)")
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _print_change(
    source: str,
    where: str,
    value: str,
    old: str | None,
    before: Any,
    after: Any,
    as_of: date | None,
    lang: Language,
) -> None:
    """What was written, then the milestones whose status it changed and the next step."""
    from .assessment import assess
    from .outputs.tables import status_text
    from .outputs.wording import text

    if old is not None and old != value:
        line = text("edit_changed", lang, file=source, path=where, value=value, old=old)
    else:
        line = text("edit_written", lang, file=source, path=where, value=value)
    sys.stdout.write(visible(line) + "\n")
    day = as_of or _today_in_nl()
    try:
        new = assess(after, day).timeline
        earlier = assess(before, day).timeline.milestones if before is not None else ()
    except Exception:  # a case the engine cannot judge on this day: the edit stands
        return
    old_statuses = {(item.id, item.occurrence): item.status for item in earlier}
    from .law.milestones import Kind
    from .models import Status
    from .outputs.wording import format_date

    done = (Status.DONE, Status.LATE)
    for milestone in new.milestones:
        if before is None or milestone.status not in done:
            continue
        if old_statuses.get((milestone.id, milestone.occurrence)) in done:
            continue
        line = text(
            "edit_status",
            lang,
            label=milestone.label(lang),
            status=status_text(milestone, new, lang),
            due=format_date(milestone.due, lang),
        )
        sys.stdout.write(visible(line) + "\n")
    if before is not None:
        previous = assess(before, day).timeline
        if previous.einde_wachttijd != new.einde_wachttijd:
            line = text(
                "edit_end_moved",
                lang,
                date=format_date(new.einde_wachttijd, lang),
                old=format_date(previous.einde_wachttijd, lang),
            )
            sys.stdout.write(line + "\n")
    upcoming = next(
        (
            milestone
            for milestone in new.milestones
            if milestone.status.value in ("overdue", "due_soon", "upcoming")
            and milestone.kind is not Kind.INFO
        ),
        None,
    )
    if upcoming is None:
        sys.stdout.write(text("edit_no_next", lang) + "\n")
        return
    line = text(
        "edit_next",
        lang,
        label=upcoming.label(lang),
        due=format_date(upcoming.due, lang),
        status=status_text(upcoming, new, lang),
    )
    sys.stdout.write(visible(line) + "\n")


CASE_SCHEMA_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter case schema
  poortwachter case schema --output case.schema.json
"""


@case_app.command("schema", cls=_Command, epilog=CASE_SCHEMA_EXAMPLES)
def case_schema(output: OutputFileOption = None, lang: LangOption = Lang.nl) -> None:
    """Print the JSON Schema of case files (generated from the models)."""
    import json

    from .inputs.schema import case_json_schema

    _deliver(json.dumps(case_json_schema(), indent=2, ensure_ascii=False) + "\n", output)


#: The commands, registered from one table for the full app and for the lean one.
_COMMANDS: dict[str, tuple[Callable[..., None], dict[str, Any]]] = {
    "timeline": (timeline, {"epilog": TIMELINE_EXAMPLES}),
    "sanction-risk": (sanction_risk, {"epilog": SANCTION_RISK_EXAMPLES}),
    "batch": (batch, {"epilog": BATCH_EXAMPLES}),
    "agenda": (agenda, {"epilog": AGENDA_EXAMPLES}),
    "report": (report, {"epilog": REPORT_EXAMPLES}),
}


def build_app(only: str | None = None) -> typer.Typer:
    """The command line; with ``only``, just that command. Typer builds every command's
    options at start-up, so a run builds only the one it runs (a faster cold start)."""
    built = _new_app()
    built.callback()(_root)
    for name, (function, options) in _COMMANDS.items():
        if only in (None, name):
            built.command(name, cls=_Command, **options)(function)
    if only in (None, "case"):
        built.add_typer(case_app)
    return built


app = build_app()


def main() -> None:
    """Console-script entry point. SIGTERM ends a run like Ctrl-C: every ``finally``
    runs, so a partial output file is removed and worker processes end with it."""
    import signal

    def terminate(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    with contextlib.suppress(ValueError):  # not in the main thread (embedded use)
        signal.signal(signal.SIGTERM, terminate)
    if sys.stderr is None:  # started with stderr closed: messages go nowhere, codes stay
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stdout is None:  # started with stdout closed (>&-)
        sys.stderr.write("Error: standard output is closed: nothing can be written\n")
        sys.exit(EXIT_BAD_INPUT)
    arguments = sys.argv[1:]
    first = arguments[0] if arguments else None
    only = first if first in _COMMANDS or first == "case" else None
    try:
        build_app(only)()
    finally:
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            _broken_pipe()
            os._exit(EXIT_BROKEN_PIPE)
