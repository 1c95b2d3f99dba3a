"""``poortwachter riv CASE``: a draft re-integratieverslag to finish, pre-filled with what
the case knows (docs/cli.md, "poortwachter riv"; docs/law.md section 7a). Nothing leaves
the machine: the draft is written to stdout or to ``--output``."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated

import typer

from ..messages import message
from .base import Command
from .casefiles import judged_with_receipt, load_case_or_exit
from .errors import SaidBadParameter, said_by
from .options import (
    AsOfOption,
    CaseArgument,
    CaseOption,
    Lang,
    LangOption,
    NoNamesOption,
    OutputFileOption,
    one_case_file,
)
from .writing import deliver, output_stream

app = typer.Typer()


class RivFormat(StrEnum):
    html = "html"
    docx = "docx"
    json = "json"


RIV_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter riv examples/riv-onvolledig.yaml --output riv.html
  poortwachter riv zaak.yaml --format docx --output riv.docx
  poortwachter riv zaak.yaml --format json
"""


@app.command("riv", cls=Command, epilog=RIV_EXAMPLES)
def riv(
    ctx: typer.Context,
    case: CaseArgument = None,
    case_option: CaseOption = None,
    as_of: AsOfOption = None,
    output_format: Annotated[
        RivFormat,
        typer.Option(
            "--format",
            "-f",
            help="html: a page to print or save as PDF; docx: a Word document to finish; "
            "json: the data, for a script.",
        ),
    ] = RivFormat.html,
    language: LangOption = Lang.nl,
    no_names: NoNamesOption = False,
    output: OutputFileOption = None,
) -> None:
    """A draft re-integratieverslag to finish: the sections of the RIV, pre-filled with
    what the case knows (the employee, the employer, the chain with its gaps and leave,
    every term with its date and status, the spoor, the extensions), each part present,
    taken from the file, or marked missing with what it must hold."""
    from ..assessment import assess
    from ..outputs.riv_draft import riv_document

    lang = said_by(ctx).lang
    case = one_case_file(case, case_option, required=True)
    assert case is not None
    if output_format is RivFormat.docx and output is None and sys.stdout.isatty():
        raise SaidBadParameter(message("document_not_for_terminal"), param_hint="'--format docx'")
    the_case = load_case_or_exit(case, no_names)
    assessment, receipt = judged_with_receipt(assess, the_case, as_of, case)
    document = riv_document(the_case, assessment, lang, receipt)
    if output_format is RivFormat.json:
        deliver(json.dumps(document, ensure_ascii=False, indent=2) + "\n", output)
    elif output_format is RivFormat.docx:
        from ..outputs.riv_render import render_docx

        with output_stream(output, binary=True) as stream:
            render_docx(document, lang, stream)
    else:
        from ..outputs.riv_render import render_html

        deliver(render_html(document, lang), output)
