"""The draft re-integratieverslag written out (``poortwachter riv``): its sections as
blocks of text and tables (``sections``), then as a printable HTML page sharing the
report's type (``render_html``) or as a Word document a casemanager edits
(``render_docx``, python-docx, imported only here). Every value from the case is text:
escaped for HTML, plain text in Word (never a field or a formula)."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import IO, Any

from ..language import Language
from ..messages import visible
from .dates import format_date
from .wording import text


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph (``rows`` empty), a list (``items``) or a table (``header``, ``rows``);
    ``strong`` marks a part that is missing."""

    text: str = ""
    items: tuple[str, ...] = ()
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    strong: bool = False


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    blocks: list[Block] = field(default_factory=list)


def _day(value: str | None, lang: Language) -> str:
    return format_date(date.fromisoformat(value), lang) if value else text("riv_unknown", lang)


def sections(document: dict[str, Any], lang: Language) -> list[Section]:
    """The draft's sections, in order, in ``lang``."""
    unknown = text("riv_unknown", lang)
    employee, employer = document["employee"], document["employer"]
    data = Section(text("riv_section_data", lang))
    rows: list[tuple[str, str]] = [
        (text("riv_employee", lang), employee["name"] or unknown),
        (text("riv_date_of_birth", lang), _day(employee["date_of_birth"], lang)),
        (
            text("riv_contract_end", lang),
            _day(employee["contract_end"], lang) if employee["contract_end"] else "-",
        ),
        (text("riv_hours", lang), _number(employee["hours_per_week"], lang) or unknown),
        (text("riv_employer", lang), employer["name"] or unknown),
        (text("riv_casemanager", lang), document["casemanager"] or unknown),
        (text("riv_first_sick_day", lang), _day(document["first_sick_day"], lang)),
        (text("riv_sick_week", lang), str(document["sick_week"])),
        (text("riv_einde_104_weken", lang), _day(document["einde_104_weken"], lang)),
        (text("riv_einde_wachttijd", lang), _day(document["einde_wachttijd"], lang)),
        (
            text("riv_ingang_wia", lang),
            _day(document["ingang_wia"], lang) if document["ingang_wia"] else "-",
        ),
    ]
    to_fill = text("riv_to_fill", lang)
    rows += [(text(f"riv_fill_{item}", lang), to_fill) for item in document["to_fill"]]
    data.blocks.append(Block(rows=tuple(rows)))
    course = Section(text("riv_section_course", lang))
    chain = document["chain"]
    periods = [
        text("riv_period", lang, start=_day(p["start"], lang), end=_day(p["end"], lang))
        if p["end"]
        else text("riv_period_open", lang, start=_day(p["start"], lang))
        for p in chain["periods"]
    ]
    leave = [
        text("riv_leave", lang, start=_day(p["start"], lang), end=_day(p["end"], lang))
        for p in chain["leave_periods"]
    ]
    course.blocks.append(Block(items=tuple(periods + leave)))
    if len(chain["periods"]) > 1:
        course.blocks.append(Block(text("riv_joined", lang)))
    terms = Section(text("riv_section_milestones", lang))
    columns = ("riv_col_term", "riv_col_due", "riv_col_status", "riv_col_done")
    header = tuple(text(key, lang) for key in columns)
    terms.blocks.append(
        Block(
            header=header,
            rows=tuple(
                (
                    m["label"],
                    _day(m["due"], lang),
                    text(f"status_{m['status']}", lang),
                    _day(m["done_on"], lang) if m["done_on"] else "-",
                )
                for m in document["milestones"]
            ),
        )
    )
    spoor = Section(text("riv_section_spoor", lang))
    now = document["spoor"]
    spoor.blocks.append(
        Block(
            text(
                "riv_spoor_now",
                lang,
                status=text(f"spoor_{now['status']}", lang),
                since=_day(now["since"], lang),
                reason=now["reason"],
            )
        )
    )
    steps = [
        text(
            f"riv_step_{step['id']}",
            lang,
            date=_day(step["on"], lang),
            provider=f" ({step['provider']})" if step.get("provider") else "",
        )
        for step in document["spoor_history"]
    ]
    if steps:
        spoor.blocks.append(Block(items=tuple(steps)))
    extensions = Section(text("riv_section_extensions", lang))
    lines = [
        text(
            "riv_extension",
            lang,
            kind=text(f"extension_short_{item['kind']}", lang),
            start=_day(item["from"], lang),
            end=_day(item["to"], lang),
            days=item["days"],
        )
        for item in document["extensions"]
    ]
    none = Block(text("riv_no_extensions", lang))
    extensions.blocks.append(Block(items=tuple(lines)) if lines else none)
    parts = Section(text("riv_section_parts", lang))
    if not document["contents_given"]:
        parts.blocks.append(Block(text("riv_not_given", lang)))
    for part in document["parts"]:
        parts.blocks.extend(_part_blocks(part, lang))
    found = [data, course, terms, spoor, extensions, parts]
    if "receipt" in document:
        found.append(_receipt_section(document["receipt"], lang))
    return found


def _number(value: float | None, lang: Language) -> str | None:
    if value is None:
        return None
    shown = f"{value:g}"
    return shown.replace(".", ",") if lang == "nl" else shown


def _part_blocks(part: dict[str, Any], lang: Language) -> list[Block]:
    status = text(f"riv_status_{part['status']}", lang)
    detail = [status]
    if part["on"]:
        detail.append(text("riv_dated", lang, date=_day(part["on"], lang)))
    if part["dates"]:
        detail.append(", ".join(_day(day, lang) for day in part["dates"]))
    if part["reason"]:
        detail.append(text("riv_reason", lang, reason=part["reason"]))
    blocks = [
        Block(f"{part['label']}: {'; '.join(detail)}", strong=part["status"] == "ontbreekt"),
        Block(f"{text('riv_must_hold', lang)}: {part['holds']} ({part['basis']})"),
    ]
    blocks += [
        Block(f"{text('riv_finding', lang)}: {finding['message']} {finding['action']}")
        for finding in part["findings"]
    ]
    return blocks


def _receipt_section(receipt: dict[str, Any], lang: Language) -> Section:
    from ..law.figures import FigureUsed
    from ..law.receipt import Receipt
    from .receipt_words import receipt_lines, receipt_title

    used = tuple(
        FigureUsed(
            item["id"],
            _figure(item["value"]),
            date.fromisoformat(item["valid_from"]),
            item["source"],
            item["beyond_known"],
        )
        for item in receipt["parameters_used"]
    )
    words = receipt_lines(Receipt(receipt["engine_version"], receipt["rules_digest"], used), lang)
    return Section(receipt_title(lang), [Block(items=tuple(words))])


def _figure(value: Any) -> Any:
    """A figure as the receipt's JSON gives it, back as the engine holds it: an amount a
    decimal (written ``EUR 304,25``), a table a tuple."""
    if isinstance(value, float):
        return Decimal(str(value))
    if isinstance(value, list):
        return tuple(_figure(item) for item in value)
    return value


# --- HTML ------------------------------------------------------------------------------


def _escape(value: str) -> str:
    return html.escape(visible(value))


def render_html(document: dict[str, Any], lang: Language) -> str:
    """The draft as one self-contained page, printable on A4 like the report."""
    from .report import TYPE_STYLE

    title = text("riv_title", lang)
    case = document["case_id"] or "-"
    style = TYPE_STYLE + (
        "@page { size: A4; margin: 15mm 12mm; } body { max-width: 190mm; padding: 8mm 0; }"
        " .missing { color: #b71c1c; font-weight: 600; } .data th { width: 40%; }"
        " @media print { body { padding: 0; } h2 { page-break-after: avoid; } }"
    )
    intro = text("riv_intro", lang, date=_day(document["as_of"], lang))
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{_escape(title)} {_escape(case)}</title><style>{style}</style></head><body>",
        f"<h1>{_escape(title)}: {_escape(case)}</h1>",
        f'<p class="meta">{_escape(intro)}</p>',
    ]
    for section in sections(document, lang):
        parts.append(f"<h2>{_escape(section.title)}</h2>")
        parts += [_block_html(block) for block in section.blocks]
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _block_html(block: Block) -> str:
    if block.items:
        return "<ul>" + "".join(f"<li>{_escape(item)}</li>" for item in block.items) + "</ul>"
    if block.rows:
        head = ""
        if block.header:
            head = "<tr>" + "".join(f"<th>{_escape(cell)}</th>" for cell in block.header) + "</tr>"
            body = "".join(
                "<tr>" + "".join(f"<td>{_escape(cell)}</td>" for cell in row) + "</tr>"
                for row in block.rows
            )
            return f"<table>{head}{body}</table>"
        body = "".join(
            f"<tr><th>{_escape(row[0])}</th><td>{_escape(row[1])}</td></tr>" for row in block.rows
        )
        return f'<table class="data">{body}</table>'
    css = ' class="missing"' if block.strong else ""
    return f"<p{css}>{_escape(block.text)}</p>"


# --- Word ------------------------------------------------------------------------------


def render_docx(document: dict[str, Any], lang: Language, stream: IO[bytes]) -> None:
    """The draft as a Word document (python-docx), written to ``stream``."""
    import docx

    word = docx.Document()
    title = text("riv_title", lang)
    properties = word.core_properties
    properties.author = properties.last_modified_by = "poortwachter"
    properties.title = f"{title}: {_plain(document['case_id'] or '-')}"
    properties.comments = ""
    word.add_heading(f"{title}: {_plain(document['case_id'] or '-')}", level=0)
    word.add_paragraph(_plain(text("riv_intro", lang, date=_day(document["as_of"], lang))))
    for section in sections(document, lang):
        word.add_heading(_plain(section.title), level=1)
        for block in section.blocks:
            _block_docx(word, block)
    word.save(stream)


def _plain(value: str) -> str:
    """Text for Word: control characters written out (XML cannot hold most of them)."""
    return visible(value)


def _block_docx(word: Any, block: Block) -> None:
    if block.items:
        for item in block.items:
            word.add_paragraph(_plain(item), style="List Bullet")
        return
    if block.rows:
        columns = len(block.header) if block.header else 2
        table = word.add_table(rows=0, cols=columns)
        table.style = "Table Grid"
        if block.header:
            cells = table.add_row().cells
            for cell, value in zip(cells, block.header, strict=True):
                cell.text = _plain(value)
                for run in cell.paragraphs[0].runs:
                    run.bold = True
        for row in block.rows:
            for cell, value in zip(table.add_row().cells, row, strict=True):
                cell.text = _plain(value)
        return
    paragraph = word.add_paragraph()
    run = paragraph.add_run(_plain(block.text))
    run.bold = block.strong
