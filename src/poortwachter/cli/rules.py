"""``poortwachter rules``: the law data the engine applies (docs/cli.md, "poortwachter
rules"): every milestone rule, finding type and part of the re-integratieverslag, with
its texts in Dutch and English, kind or severity, basis and link template."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

import typer

from ..language import Language
from .base import Command
from .errors import said_by
from .options import Lang, LangOption, OutputFileOption
from .writing import deliver, print_for_people

app = typer.Typer()


class RulesFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


RULES_EXAMPLES = """
[bold]Examples[/bold]

  poortwachter rules
  poortwachter rules --format json --output regels.json
  poortwachter rules --format csv
"""


@app.command("rules", cls=Command, epilog=RULES_EXAMPLES)
def rules(
    ctx: typer.Context,
    output_format: Annotated[
        RulesFormat,
        typer.Option(
            "--format",
            "-f",
            help="table: for people; json or csv: for scripts, to join on id.",
        ),
    ] = RulesFormat.table,
    language: LangOption = Lang.nl,
    output: OutputFileOption = None,
) -> None:
    """The law data the engine applies: every milestone rule and finding type, and the
    parts of the re-integratieverslag, with their texts, kind or severity, basis and the
    link to each article (a template: {date} is the day it is read as in force on)."""
    import json

    from ..outputs.rules_doc import RULES_CSV_FIELDS, rules_document, rules_rows

    lang = said_by(ctx).lang
    document = rules_document()
    if output_format is RulesFormat.json:
        deliver(json.dumps(document, ensure_ascii=False, indent=2) + "\n", output)
    elif output_format is RulesFormat.csv:
        from ..outputs.machine import csv_document

        deliver(csv_document(RULES_CSV_FIELDS, rules_rows(document)), output)
    else:
        print_for_people(lambda console: _print_rules(document, lang, console), output)


def _print_rules(document: dict[str, Any], lang: Language, console: Any) -> None:
    from rich import box
    from rich.table import Table

    from ..outputs.wording import text

    nl = lang == "nl"
    console.print(f"poortwachter {document['engine_version']} · {document['rules_digest']}")
    milestones = Table(box=box.SIMPLE_HEAD, pad_edge=False, highlight=False)
    basis = "grondslag" if nl else "basis"
    for title in ("id", "soort" if nl else "kind", "mijlpaal" if nl else "milestone", basis):
        milestones.add_column(title)
    for item in document["milestones"]:
        label = item["label_nl"] if nl else item["label_en"]
        kind = text(f"kind_{item['kind']}", lang)
        milestones.add_row(item["id"], kind, label, _short(item))
    console.print(milestones)
    findings = Table(box=box.SIMPLE_HEAD, pad_edge=False, highlight=False)
    for title in ("id", "ernst" if nl else "severity", basis):
        findings.add_column(title)
    for item in document["findings"]:
        severity = text(f"severity_{item['severity']}", lang)
        findings.add_row(item["id"], severity, _short(item))
    console.print(findings)


def _short(item: dict[str, Any]) -> str:
    """The citations in short (``Regeling art. 2 lid 1``)."""
    return "; ".join(link["text"] for link in item["basis_links"])
