"""The reports of a folder of case files: a safe file name for each case's page, and
index.html linking them, with each case's state and the files that could not be read.

Like the report itself, one self-contained page, escaped, in the language asked for.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

from ..language import Language
from ..law.findings import Severity
from ..law.milestones import Kind
from ..messages import Message
from ..models import Status
from ..results import Assessment
from .dates import format_date
from .messages import say
from .report import TYPE_STYLE, escape
from .wording import milestone_label, text

INDEX_NAME = "index.html"
#: The longest stem of a page's file name: well within every file system's 255.
MAX_STEM = 80
#: Names Windows keeps for devices, whatever the extension.
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"{port}{n}" for port in ("COM", "LPT") for n in range(1, 10)}
)
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def page_name(wanted: str, taken: set[str]) -> str:
    """A file name for a case's page, from its case id (or its file's name): letters
    and digits without accents, ``.``, ``_`` and ``-``; anything else becomes ``_``. Never
    hidden, never a device name, never ``index``, and never one already ``taken`` (in
    any case, as on Windows and macOS): a second one gets ``-2``, ``-3``. Adds the name
    to ``taken``."""
    ascii_text = unicodedata.normalize("NFKD", wanted).encode("ascii", "ignore").decode()
    stem = _UNSAFE.sub("_", ascii_text).strip("._-")[:MAX_STEM].rstrip("._-") or "zaak"
    if stem.split(".")[0].upper() in _RESERVED or stem.casefold() == "index":
        stem = f"zaak-{stem}"
    name, number = stem, 2
    while name.casefold() in taken:
        name = f"{stem}-{number}"
        number += 1
    taken.add(name.casefold())
    return f"{name}.html"


@dataclass(frozen=True, slots=True)
class IndexLine:
    """A case file on the index: its page and its state, or why it could not be read."""

    source: str
    page: str | None = None
    case_id: str | None = None
    name: str | None = None
    state: str = ""
    next_step: str = ""
    findings: str = ""
    error: str | None = None


def case_line(source: str, page: str, assessment: Assessment, lang: Language) -> IndexLine:
    """A judged case on the index: its sick week and how many steps are late, the next
    step and its date to act by, and the findings by severity."""
    timeline = assessment.timeline
    actions = [item for item in timeline.milestones if item.kind is not Kind.INFO]
    late = sum(1 for item in actions if item.status is Status.OVERDUE)
    state = text("index_state", lang, week=timeline.sick_week)
    state += ", " + (
        text("index_late", lang, count=late) if late else text("index_nothing_late", lang)
    )
    coming = next(
        (item for item in actions if item.status in (Status.DUE_SOON, Status.UPCOMING)), None
    )
    next_step = ""
    if coming is not None:
        day = coming.on_time_until or coming.due
        next_step = text(
            "index_next", lang, step=milestone_label(coming, lang), date=format_date(day, lang)
        )
    counts = dict.fromkeys(Severity, 0)
    for finding in assessment.findings:
        counts[finding.severity] += 1
    findings = ", ".join(
        f"{count} {text(f'severity_{severity.value}', lang)}"
        for severity, count in counts.items()
        if count
    )
    return IndexLine(
        source=source,
        page=page,
        case_id=timeline.case_id,
        name=timeline.employee_name,
        state=state,
        next_step=next_step,
        findings=findings or text("index_no_findings", lang),
    )


def error_line(source: str, problem: Message, lang: Language) -> IndexLine:
    return IndexLine(source=source, error=say(problem, lang))


_STYLE = (
    TYPE_STYLE
    + """
body { max-width: 250mm; padding: 8mm; }
.error { color: #c62828; }
"""
)


def render_index(lines: list[IndexLine], as_of: date, lang: Language) -> str:
    """index.html: a row per case with a link to its page, then the files not read."""
    title = text("index_title", lang)
    head = "".join(
        f"<th>{escape(text(key, lang))}</th>"
        for key in ("case", "col_employee", "index_col_state", "index_col_next", "findings_title")
    )
    rows = []
    for line in lines:
        if line.page is None:
            continue
        link = f'<a href="{quote(line.page)}">{escape(line.case_id or line.source)}</a>'
        cells = (line.name or "", line.state, line.next_step, line.findings)
        rows.append(
            f"<tr><td>{link}</td>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>"
        )
    errors = [line for line in lines if line.page is None]
    counts = text("index_counts", lang, written=len(lines) - len(errors), failed=len(errors))
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="meta">{escape(text("report_as_of", lang, date=format_date(as_of, lang)))}'
        f"<br>{escape(counts)}</p>",
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>",
    ]
    if errors:
        parts.append(f"<h2>{escape(text('index_errors_title', lang))}</h2><ul>")
        parts += [
            f'<li class="error">{escape(line.source)}: {escape(line.error or "")}</li>'
            for line in errors
        ]
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
