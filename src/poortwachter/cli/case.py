"""``case``: write a case-file template, check case files, and change one in place
(record a step, a recovery, a relapse, set a value), keeping its comments and layout."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from ..language import Language
from ..messages import Message, message, visible
from .base import Command, Group
from .casefiles import read_source
from .errors import Failure, SaidBadParameter, Say, fail, said_by
from .options import (
    AsOfOption,
    CaseFileArgument,
    Lang,
    LangOption,
    OutputFileOption,
    date_argument,
    date_option,
    today_in_nl,
)
from .statuses import EXIT_BAD_INPUT
from .writing import deliver, write_new_file

#: The ``case`` group: its commands below.
app = case_app = typer.Typer(
    cls=Group,
    name="case",
    help="Case files: write a template, record events, recoveries and relapses, set a "
    "value, validate files, print the JSON Schema.",
    no_args_is_help=True,
)


CASE_INIT_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter case init jansen.yaml --id E-0042 --name "J. de Vries" --first-sick 02-03-2026
  poortwachter case init jansen.yaml
  poortwachter case init - > nieuw.yaml
"""


@case_app.command("init", cls=Command, epilog=CASE_INIT_EXAMPLES)
def case_init(
    ctx: typer.Context,
    file: Annotated[
        str,
        typer.Argument(metavar="FILE", help="Where to write the case file; - for stdout."),
    ] = "-",
    case_id: Annotated[
        str | None,
        typer.Option("--id", metavar="TEXT", help="The case id.", show_default=False),
    ] = None,
    name: Annotated[
        str | None,
        typer.Option("--name", metavar="TEXT", help="The employee's name.", show_default=False),
    ] = None,
    employer: Annotated[
        str | None,
        typer.Option("--employer", metavar="TEXT", help="The employer's name.", show_default=False),
    ] = None,
    first_sick: Annotated[
        date | None,
        typer.Option(
            "--first-sick",
            metavar="DATE",
            parser=date_option,
            help="The first sick day.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    language: LangOption = Lang.nl,
) -> None:
    """Write a new case file: a commented template whose placeholders (<...>) are to be
    filled in, or with --id, --name, --employer and --first-sick a case with those
    values (valid at once, given --id and --first-sick)."""
    from ..inputs.casefile import load_case
    from ..inputs.documents import CaseFileError
    from ..inputs.placeholders import PLACEHOLDER_PROBLEM, placeholder_paths
    from ..inputs.template import case_template

    say = said_by(ctx)
    given = {
        "case_id": " ".join(case_id.split()) if case_id is not None else None,
        "employee.name": " ".join(name.split()) if name is not None else None,
        "employer.name": " ".join(employer.split()) if employer is not None else None,
        "sick_periods[0].start": first_sick.isoformat() if first_sick else None,
    }
    values = {path: value for path, value in given.items() if value is not None}
    text = case_template(say.lang, values)
    try:  # a value given that no case file may hold: said now, nothing written
        load_case(file, text)
    except CaseFileError as error:
        wrong = [said for said in error.details if said.id != PLACEHOLDER_PROBLEM]
        if wrong:
            problems = (message("file_problem", file=file, problem=item) for item in wrong)
            raise Failure(*problems) from None
    if file == "-":
        sys.stdout.write(text)
        return
    target = Path(file)
    if target.is_symlink() and not force:  # a link, dangling or not, is never followed
        fail(message("init_is_a_link", file=file))
    if os.path.lexists(target) and not force:
        fail(message("exists_already", file=file))
    write_new_file(target, text, overwrite=force)
    from ..inputs.documents import parse_document

    left = placeholder_paths(parse_document(file, text))
    if left:
        said = message("written_to_fill", file=file, paths=", ".join(left))
    else:
        said = message("written", file=file)
    sys.stderr.write(visible(say.text(said)) + "\n")


CASE_VALIDATE_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter case validate jansen.yaml
  poortwachter case validate dossiers/*.yaml
  cat jansen.yaml | poortwachter case validate -
"""


@case_app.command("validate", cls=Command, epilog=CASE_VALIDATE_EXAMPLES)
def case_validate(
    ctx: typer.Context,
    files: Annotated[
        list[str], typer.Argument(metavar="FILE", help="Case files to check; - reads stdin.")
    ],
    language: LangOption = Lang.nl,
) -> None:
    """Check case files: every problem of every file, then exit 2 if any was bad."""
    from ..inputs.casefile import load_case
    from ..inputs.documents import CaseFileError

    say = said_by(ctx)
    bad = 0
    for path in files:
        try:
            source, content = read_source(path)
        except Failure as failure:  # say it, and go on with the next file
            bad += 1
            for said in failure.said:
                say.error(said)
            continue
        try:
            load_case(source, content)
        except CaseFileError as error:
            bad += 1
            for problem in error.messages:
                say.error(problem)
        else:
            sys.stdout.write(f"ok: {visible(source)}\n")
    if bad:
        raise typer.Exit(EXIT_BAD_INPUT)


CASE_RECORD_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter case record jansen.yaml probleemanalyse
  poortwachter case record jansen.yaml plan_van_aanpak 03-03-2025
  poortwachter case record jansen.yaml "Plan van aanpak" 04-03-2025 --replace
  poortwachter case record jansen.yaml evaluatie 2025-04-14
  poortwachter case record jansen.yaml spoor2_provider "Bureau Zuid"
"""


@case_app.command("record", cls=Command, epilog=CASE_RECORD_EXAMPLES)
def case_record(
    ctx: typer.Context,
    file: CaseFileArgument,
    event: Annotated[
        str,
        typer.Argument(
            metavar="EVENT",
            help="The step that happened: its key in the events block (probleemanalyse, "
            "plan_van_aanpak, evaluatie, wia_aanvraag, ...) or its name as the tool writes "
            "it ('Plan van aanpak', 42e-weeksmelding, re-integratieverslag); casemanager "
            "and spoor2_provider take --value.",
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
    replace: Annotated[
        bool,
        typer.Option(
            "--replace",
            help="Replace the date on file (a correction); for evaluaties and "
            "deskundigenoordeel: the latest date of the list.",
        ),
    ] = False,
    as_of: AsOfOption = None,
    language: LangOption = Lang.nl,
) -> None:
    """Record in the case file that a step happened, keeping its comments and layout;
    evaluaties and deskundigenoordeel get the date added to their list. Then show what
    changed in the timeline and the next step. A date after today or after the --as-of
    date is refused: a step is recorded once it happened. A step on file with another
    date is refused: --replace replaces it."""
    from ..inputs.editing import record_event
    from ..inputs.event_names import EVENT_TEXT_FIELDS, event_name
    from ..inputs.yaml_text import EditError

    try:
        key = event_name(event)
    except EditError as error:
        raise SaidBadParameter(error.said, param_hint="'EVENT'") from None
    if key in EVENT_TEXT_FIELDS:
        if value is None and when is not None:
            value, when = when, None  # case record FILE casemanager "B. Visser"
        if value is None or not value.strip():
            raise SaidBadParameter(message("is_a_name", key=key), param_hint="'--value'")
        if when is not None:
            raise SaidBadParameter(message("takes_no_date", key=key), param_hint="'DATE'")
        recorded = " ".join(value.split())
    else:
        if value is not None:
            raise SaidBadParameter(message("is_a_date", key=key), param_hint="'--value'")
        day = date_argument(when, "DATE") if when is not None else as_of or today_in_nl()
        _not_ahead(day, as_of)
        recorded = day.isoformat()
    _edit_case_file(
        file,
        lambda text, is_json: record_event(text, key, recorded, replace=replace, json_file=is_json),
        f"events.{key}",
        recorded,
        as_of,
        said_by(ctx).lang,
    )


CASE_RECOVER_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter case recover jansen.yaml 2025-05-12
"""


def _not_ahead(day: date, as_of: date | None, *, allowed: int = 0) -> None:
    """A day recorded as having happened (``allowed`` days ahead at most): not after the
    as-of date, nor after today (a planned date belongs in the file by hand, where a
    judgment leaves it out until it has happened; docs/cli.md, "case record")."""
    from datetime import timedelta

    day_to_check = day - timedelta(days=allowed)
    today = today_in_nl()
    if as_of is not None and day_to_check > as_of:  # not happened yet on the as-of date
        said = message("after_as_of", day=day.isoformat(), as_of=as_of.isoformat())
        raise SaidBadParameter(said, param_hint="'DATE'")
    if day_to_check > today:
        said = message("after_today", day=day.isoformat(), today=today.isoformat())
        raise SaidBadParameter(said, param_hint="'DATE'")


@case_app.command("recover", cls=Command, epilog=CASE_RECOVER_EXAMPLES)
def case_recover(
    ctx: typer.Context,
    file: CaseFileArgument,
    fit_again: Annotated[
        date,
        typer.Argument(
            metavar="DATE",
            parser=date_option,
            help="The first day the employee is fit again (hersteld per); the last sick "
            "day is the day before.",
        ),
    ],
    as_of: AsOfOption = None,
    language: LangOption = Lang.nl,
) -> None:
    """Record a recovery: the open sick period ends the day before DATE."""
    from datetime import timedelta

    from ..inputs.editing import recover

    last_sick_day = fit_again - timedelta(days=1)
    # "Hersteld per morgen" may be recorded today: its last sick day is today.
    _not_ahead(fit_again, as_of, allowed=1)
    _edit_case_file(
        file,
        lambda text, is_json: recover(text, last_sick_day, json_file=is_json),
        "sick_periods[-1].end",
        last_sick_day.isoformat(),
        as_of,
        said_by(ctx).lang,
    )


CASE_RELAPSE_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter case relapse jansen.yaml 2025-06-02
  poortwachter case relapse jansen.yaml 2025-06-02 --cause "rugklachten"
"""


@case_app.command("relapse", cls=Command, epilog=CASE_RELAPSE_EXAMPLES)
def case_relapse(
    ctx: typer.Context,
    file: CaseFileArgument,
    start: Annotated[
        date,
        typer.Argument(
            metavar="DATE",
            parser=date_option,
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
    language: LangOption = Lang.nl,
) -> None:
    """Record a new sick period from DATE (after a recovery). Within 28 days of the last
    one it is added together with it (art. 7:629 lid 10 BW)."""
    from ..inputs.editing import relapse

    _not_ahead(start, as_of)

    def joined(case: Any) -> Message | None:
        """Why the new period cannot go into this case file: 28 or more fit days after
        the last sick day start a new sickness, a new case (art. 7:629 lid 10 BW)."""
        from ..sickdays import last_joined_relapse_day

        last = case.sick_periods[-1]
        if last.end is None or start <= last.end:
            return None  # said by the edit or the check, in their words
        if start <= last_joined_relapse_day(last.end, case.leave_periods):
            return None
        return message("new_sickness", start=start.isoformat(), last=last.end.isoformat())

    _edit_case_file(
        file,
        lambda text, is_json: relapse(text, start, cause=cause, json_file=is_json),
        "sick_periods[-1].start",
        start.isoformat(),
        as_of,
        said_by(ctx).lang,
        refuse=joined,
    )


CASE_SET_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter case set jansen.yaml employee.name "J. Jansen"
  poortwachter case set jansen.yaml employee.wage.amount 3200.00
"""


@case_app.command("set", cls=Command, epilog=CASE_SET_EXAMPLES)
def case_set(
    ctx: typer.Context,
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
    language: LangOption = Lang.nl,
) -> None:
    """Set one value of the case file, keeping its comments and layout. The first sick
    day is first_sick_day (the start of the first sick period); a wage amount set where
    there is no wage yet is taken per month (change it with employee.wage.per)."""
    from ..inputs.editing import (
        WAGE_AMOUNT,
        Change,
        set_first_sick_day,
        set_value,
        settable_path,
    )
    from ..inputs.yaml_text import EditError

    say = said_by(ctx)
    if key.replace("-", "_").lower() in ("first_sick_day", "sick_periods[0].start"):
        day = date_argument(value, "VALUE")
        _edit_case_file(
            file,
            lambda text, is_json: set_first_sick_day(text, day, json_file=is_json),
            "sick_periods[0].start",
            day.isoformat(),
            as_of,
            say.lang,
        )
        return
    try:
        path = settable_path(key)
    except EditError as error:
        raise SaidBadParameter(error.said, param_hint="'KEY'") from None
    shown = " ".join(value.split())
    if path == WAGE_AMOUNT:  # said as it is written: 3.100 as 3100
        from ..inputs.money import amount_text
        from ..messages import MessageError

        with contextlib.suppress(MessageError):  # refused by the check, as when read
            shown = amount_text(shown)

    per_month: list[bool] = []

    def edit(text: str, is_json: bool) -> Change:
        change = set_value(text, path, shown, json_file=is_json)
        if path == ("employee", "wage", "amount") and change.old is None:
            # A new wage block needs its period too: a month, as Dutch payslips mostly are.
            from ..inputs.documents import parse_document

            document: Any = parse_document("-", change.text)
            wage = (document.get("employee") or {}).get("wage") or {}
            if "per" not in wage:
                added = set_value(
                    change.text, ("employee", "wage", "per"), "month", json_file=is_json
                )
                per_month.append(True)
                return Change(added.text, None)
        return change

    _edit_case_file(file, edit, ".".join(path), shown, as_of, say.lang)
    if per_month:  # said once the file is written, not before a change that may fail
        say.note(message("wage_per_month"))


def _edit_case_file(
    file: str,
    edit: Callable[[str, bool], Any],
    where: str,
    value: str,
    as_of: date | None,
    lang: Language,
    refuse: Callable[[Any], Message | None] | None = None,
) -> None:
    """Change the case file with ``edit``, check the result as a case file, and put it
    in place atomically, locked against other runs (``in_place.py``: the file behind a
    link, its mode, owner and line ends kept); on any problem the file is left as it was
    and one line says why. Then print the change and what it did to the timeline.
    ``refuse`` may give a reason not to change the case as it is now."""
    from .in_place import locked_case_file

    if file == "-":
        fail(message("stdin_not_editable"))
    read_source(file)  # what every case file must be, said as when it is read
    with locked_case_file(file) as in_place:
        said = _edit_text(file, in_place.text, edit, where, value, as_of, lang, refuse)
        if said is None:
            return
        text, lines = said
        in_place.replace(text)
        for line in lines:
            sys.stdout.write(line + "\n")
        for note in in_place.notes:
            Say(lang).note(note)


def _edit_text(
    source: str,
    text: str,
    edit: Callable[[str, bool], Any],
    where: str,
    value: str,
    as_of: date | None,
    lang: Language,
    refuse: Callable[[Any], Message | None] | None,
) -> tuple[str, list[str]] | None:
    """The edited text and the lines that report it; ``None`` when there is nothing to
    change (said here)."""
    from ..inputs.casefile import load_case
    from ..inputs.documents import CaseFileError, parse_document
    from ..inputs.editing import AlreadyRecorded, editable_line_ends
    from ..inputs.placeholders import PLACEHOLDER_PROBLEM, is_placeholder, placeholder_paths
    from ..inputs.yaml_text import EditError
    from ..outputs.messages import say

    is_json = source.lower().endswith(".json") or text.lstrip().startswith("{")
    before = None
    try:
        parse_document(source, text)  # literal YAML only: no anchors, tags, huge files
        with contextlib.suppress(CaseFileError):
            before = load_case(source, text)
    except CaseFileError as error:
        fail(error.messages[0])
    reason = refuse(before) if refuse is not None and before is not None else None
    if reason is not None:
        fail(message("unchanged", problem=message("file_problem", file=source, problem=reason)))
    try:
        editable, own_line_ends = editable_line_ends(text)
        change = edit(editable, is_json)
    except AlreadyRecorded as same:  # nothing to do: said, and the file left alone
        sys.stdout.write(
            visible(say(message("file_problem", file=source, problem=same.said), lang))
        )
        sys.stdout.write("\n")
        return None
    except EditError as error:
        fail(message("file_problem", file=source, problem=error.said))
    new_text = own_line_ends(change.text)
    left: list[str] = []
    try:
        after = load_case(source, new_text)
    except CaseFileError as error:
        # A template still being filled in may be changed: its placeholders are not
        # wrong, only not there yet; anything else wrong keeps the file as it was.
        wrong = [said for said in error.details if said.id != PLACEHOLDER_PROBLEM]
        if wrong:
            problem = message("file_problem", file=source, problem=wrong[0])
            fail(message("unchanged", problem=problem))
        after = None
        left = placeholder_paths(parse_document(source, new_text))
    from ..changes import timeline_change
    from ..outputs.edits import change_lines

    old = None if is_placeholder(change.old) else change.old
    moved = timeline_change(before, after, as_of or today_in_nl()) if after else None
    lines = change_lines(source, where, value, old, moved, lang)
    if left:
        lines.append(visible(say(message("still_to_fill", paths=", ".join(left)), lang)))
    return new_text, lines


CASE_SCHEMA_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter case schema
  poortwachter case schema --output case.schema.json
"""


@case_app.command("schema", cls=Command, epilog=CASE_SCHEMA_EXAMPLES)
def case_schema(output: OutputFileOption = None, language: LangOption = Lang.nl) -> None:
    """Print the JSON Schema of case files (generated from the models)."""
    import json

    from ..inputs.schema import case_json_schema

    deliver(json.dumps(case_json_schema(), indent=2, ensure_ascii=False) + "\n", output)
