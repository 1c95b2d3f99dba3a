"""``timeline``, ``sanction-risk`` and ``report``: one case (a first sick day or a case
file) judged on one day, for people or for scripts."""

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple

import typer

from ..language import Language
from ..messages import message
from ..outputs.formats import CsvDialectName
from .base import Command
from .casefiles import judged_with_receipt, load_case_or_exit
from .errors import SaidBadParameter, said_by
from .options import (
    AllOption,
    AsOfOption,
    CaseArgument,
    CaseOption,
    CsvDialectOption,
    FailOn,
    FailOnOption,
    FormatOption,
    Lang,
    LangOption,
    NoNamesOption,
    OutputFileOption,
    OutputFormat,
    RawCsvOption,
    RemindOption,
    date_option,
    one_case_file,
)
from .writing import deliver, output_stream, print_for_people

if TYPE_CHECKING:
    from ..law.receipt import Receipt
    from ..models import Timeline

app = typer.Typer()


TIMELINE_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter timeline --first-sick 2024-01-08
  poortwachter timeline --first-sick 08-01-2024 --as-of 2024-06-01 --lang en
  poortwachter timeline examples/herstel-en-terugval.yaml --format json
  cat case.yaml | poortwachter timeline - --format csv
"""


@app.command("timeline", cls=Command, epilog=TIMELINE_EXAMPLES)
def timeline(
    ctx: typer.Context,
    case: Annotated[
        str | None,
        typer.Argument(
            metavar="CASE",
            help="Case file (YAML or JSON) with sick periods, leave and events; - reads stdin.",
            show_default=False,
        ),
    ] = None,
    first_sick: Annotated[
        date | None,
        typer.Option(
            "--first-sick",
            metavar="DATE",
            parser=date_option,
            help="First sick day (YYYY-MM-DD or DD-MM-YYYY), for one uninterrupted sickness.",
            show_default=False,
        ),
    ] = None,
    case_option: CaseOption = None,
    as_of: AsOfOption = None,
    output_format: FormatOption = OutputFormat.table,
    language: LangOption = Lang.nl,
    remind_days: RemindOption = 7,
    raw_csv: RawCsvOption = False,
    csv_dialect: CsvDialectOption = CsvDialectName.standard,
    include_info: AllOption = False,
    no_names: NoNamesOption = False,
    output: OutputFileOption = None,
) -> None:
    """Every milestone of a sick employee's 104 weeks, with due date, status and basis.

    Give a case file (CASE, or --case FILE: several periods, leave and recorded events)
    or --first-sick (one uninterrupted sickness). Dates count in calendar days from the
    first sick day; interrupted sickness is added together per art. 7:629 lid 10 BW.
    """
    lang = said_by(ctx).lang
    case = one_case_file(case, case_option, required=False)
    if (first_sick is None) == (case is None):
        said = message("give_one_source" if first_sick is None else "give_only_one_source")
        raise SaidBadParameter(said, param_hint="'CASE' / '--first-sick'")
    from ..engine import compute_timeline
    from ..models import Case

    if case is not None:
        the_case = load_case_or_exit(case, no_names)
    else:
        assert first_sick is not None
        the_case = Case.from_first_sick_day(first_sick)
    result, receipt = judged_with_receipt(compute_timeline, the_case, as_of, case or "--first-sick")
    if case is not None:
        from ..assessment import noted_if_no_events

        result = noted_if_no_events(result, the_case)
    _emit(
        result,
        output_format,
        lang,
        Emitting(remind_days, raw_csv, csv_dialect, include_info, output, receipt),
    )
    if output_format is not OutputFormat.table:
        _say_notes(ctx, result)


def _say_notes(ctx: typer.Context, timeline: "Timeline") -> None:
    """The notes of a judgment on stderr, where the output has no place for them for
    people (a table shows them itself)."""
    say = said_by(ctx)
    for note in timeline.notes:
        say.note(note)


class Emitting(NamedTuple):
    """How ``timeline`` writes its result."""

    remind_days: int
    raw_csv: bool
    csv_dialect: CsvDialectName
    include_info: bool
    output: Path | None
    receipt: "Receipt"


def _emit(result: "Timeline", output_format: OutputFormat, lang: Language, how: Emitting) -> None:
    if output_format is OutputFormat.table:
        from ..outputs.tables import print_table

        print_for_people(lambda console: print_table(result, lang, console), how.output)
        return
    if output_format is OutputFormat.ics:
        from ..outputs.ics import timeline_calendar

        document = timeline_calendar(result, lang, how.remind_days, include_info=how.include_info)
    elif output_format is OutputFormat.json:
        from ..outputs.machine import render_json

        document = render_json(result, lang, how.receipt)
    else:
        from ..outputs.machine import CSV_DIALECTS, render_csv

        dialect = CSV_DIALECTS[how.csv_dialect.value]
        document = render_csv(result, lang, raw=how.raw_csv, dialect=dialect)
    deliver(document, how.output)


SANCTION_RISK_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter sanction-risk examples/hovenier-spoor2-taxi.yaml
  poortwachter sanction-risk case.yaml --as-of 2025-06-01 --format json
  poortwachter sanction-risk case.yaml --fail-on medium || echo "needs attention"
"""


@app.command("sanction-risk", cls=Command, epilog=SANCTION_RISK_EXAMPLES)
def sanction_risk(
    ctx: typer.Context,
    case: CaseArgument = None,
    case_option: CaseOption = None,
    as_of: AsOfOption = None,
    output_format: FormatOption = OutputFormat.table,
    language: LangOption = Lang.nl,
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
    from ..assessment import assess, exit_code
    from ..outputs import machine

    lang = said_by(ctx).lang
    case = one_case_file(case, case_option, required=True)
    assert case is not None
    the_case = load_case_or_exit(case, no_names)
    assessment, receipt = judged_with_receipt(assess, the_case, as_of, case)
    if output_format is OutputFormat.ics:
        from ..outputs.ics import timeline_calendar

        actions = _actions_by_milestone(assessment, lang)
        deliver(
            timeline_calendar(
                assessment.timeline, lang, remind_days, actions, include_info=include_info
            ),
            output,
        )
    elif output_format is OutputFormat.json:
        deliver(machine.render_assessment_json(assessment, lang, receipt), output)
    elif output_format is OutputFormat.csv:
        dialect = machine.CSV_DIALECTS[csv_dialect.value]
        deliver(
            machine.render_assessment_csv(assessment, lang, raw=raw_csv, dialect=dialect),
            output,
        )
    else:
        from ..outputs.tables import print_assessment

        print_for_people(
            lambda console: print_assessment(assessment, lang, console, summary=summary),
            output,
        )
    if output_format is not OutputFormat.table:
        _say_notes(ctx, assessment.timeline)
    raise typer.Exit(exit_code(assessment, fail_on.value))


def _actions_by_milestone(assessment: Any, lang: Language) -> dict[str, list[str]]:
    """What the findings say to do, by the milestone they concern, for calendar events."""
    from ..outputs.wording import finding_action, finding_message

    actions: dict[str, list[str]] = {}
    for finding in assessment.findings:
        if finding.milestone:
            actions.setdefault(finding.milestone, []).append(
                f"{finding_message(finding, lang)} {finding_action(finding, lang)}"
            )
    return actions


REPORT_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter report examples/hovenier-spoor2-taxi.yaml --output dossier.html
  poortwachter report case.yaml --as-of 2025-06-01 --lang en --output report.html
  poortwachter report dossiers/ --output rapporten/
"""


@app.command("report", cls=Command, epilog=REPORT_EXAMPLES)
def report(
    ctx: typer.Context,
    case: Annotated[
        str | None,
        typer.Argument(
            metavar="CASE",
            help="Case file (YAML or JSON), or a folder of case files; - reads stdin.",
            show_default=False,
        ),
    ] = None,
    case_option: CaseOption = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="Write here instead of stdout; the file appears only when complete. For "
            "a folder of case files: the folder to write a page per case and index.html "
            "in (made if missing).",
            show_default=False,
        ),
    ] = None,
    as_of: AsOfOption = None,
    language: LangOption = Lang.nl,
    no_names: NoNamesOption = False,
) -> None:
    """A self-contained HTML page for the casemanager's dossier: summary, a chart of the
    whole case, the findings with what to do, and the exposure. Prints well on A4.

    Given a folder, a page for each case file in it (.yaml, .yml, .json) and index.html
    linking them, with each case's state; a file that cannot be read is a line on the
    index and on stderr, the others are still written, and the exit status is 2."""
    from ..assessment import assess
    from ..outputs.report import render_report

    lang = said_by(ctx).lang
    case = one_case_file(case, case_option, required=True)
    assert case is not None
    if case != "-" and Path(case).is_dir():
        from .reports import report_folder

        report_folder(ctx, Path(case), output, as_of, no_names)
        return
    the_case = load_case_or_exit(case, no_names)
    assessment, receipt = judged_with_receipt(assess, the_case, as_of, case)
    with output_stream(output) as stream:
        stream.write(render_report(assessment, lang, receipt))
    _say_notes(ctx, assessment.timeline)
