"""``report`` on a folder of case files: a page per case in the ``--output`` folder and
index.html linking them. A file that cannot be read or judged is a line on the index and
on stderr; the others are still written, and the run ends with exit status 2."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import typer

from ..messages import Message, message, os_reason, visible
from .errors import SaidBadParameter, fail, said_by
from .options import today_in_nl
from .statuses import EXIT_BAD_INPUT
from .writing import output_stream


def report_folder(
    ctx: typer.Context, folder: Path, output: Path | None, as_of: date | None, no_names: bool
) -> None:
    from ..assessment import assess
    from ..inputs.reading import read_folder
    from ..inputs.rows import RowError, case_of_row, problem_messages
    from ..law.figures import figures_recorded
    from ..law.receipt import receipt
    from ..models import CaseError
    from ..outputs.report import render_report
    from ..outputs.report_index import (
        INDEX_NAME,
        IndexLine,
        case_line,
        error_line,
        page_name,
        render_index,
    )

    say = said_by(ctx)
    lang = say.lang
    target = _output_folder(output)
    day = as_of or today_in_nl()
    lines: list[IndexLine] = []
    taken = {INDEX_NAME.removesuffix(".html")}
    seen: dict[str, str] = {}

    def failed(source: str, problem: Message) -> None:
        say.error(message("file_problem", file=str(folder / source), problem=problem))
        lines.append(error_line(source, problem, lang))

    for item in read_folder(folder):
        source = item.source or Path(item.payload).name
        if item.problem is not None:
            failed(source, item.problem)
            continue
        try:
            the_case = case_of_row(item)
            with figures_recorded() as used:
                assessment = assess(the_case.without_names() if no_names else the_case, day)
        except RowError as error:
            failed(source, error.said)
            continue
        except CaseError as error:
            failed(source, message("problems", problems=tuple(problem_messages(error, item))))
            continue
        case_id = assessment.timeline.case_id
        if case_id is not None and case_id in seen:
            failed(source, message("case_in_file_again", case_id=case_id, first=seen[case_id]))
            continue
        if case_id is not None:
            seen[case_id] = source
        page = page_name(case_id or Path(source).stem, taken)
        with output_stream(target / page) as stream:
            stream.write(render_report(assessment, lang, receipt(used)))
        lines.append(case_line(source, page, assessment, lang))
    with output_stream(target / INDEX_NAME) as stream:
        stream.write(render_index(lines, day, lang))
    pages = sum(1 for line in lines if line.page is not None)
    index = str(target / INDEX_NAME)
    sys.stderr.write(visible(say.text(message("reports_written", count=pages, index=index))) + "\n")
    if any(line.page is None for line in lines):
        raise typer.Exit(EXIT_BAD_INPUT)


def _output_folder(output: Path | None) -> Path:
    """The folder to write in: given, made if missing, never a file."""
    if output is None:
        raise SaidBadParameter(message("report_folder_needs_output"), param_hint="'--output'")
    if output.exists() and not output.is_dir():
        fail(message("output_not_a_folder", file=str(output)))
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        fail(message("cannot_write", file=str(output), reason=os_reason(error)))
    return output
