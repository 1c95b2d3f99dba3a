"""A case report for the casemanager's dossier: one self-contained HTML page.

No external assets (styles and the SVG chart are inline), Dutch by default, and laid
out to print on A4. Built with the standard library only: the page is text, escaped.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, timedelta

from .assessment import Assessment
from .dates import format_date, format_euros
from .findings import FINDING_TYPES
from .i18n import text, visible
from .models import Milestone, Status, Timeline
from .render import chain_lines, extension_step_lines, pay_lines, status_text, summary_rows
from .rules import RULES_BY_ID, Citation

STATUS_COLOURS = {
    Status.DONE: "#2e7d32",
    Status.LATE: "#ef6c00",
    Status.OVERDUE: "#c62828",
    Status.PASSED: "#9e9e9e",
    Status.DUE_SOON: "#f9a825",
    Status.UPCOMING: "#1565c0",
    Status.LAPSED: "#cfcfcf",
}
SEVERITY_COLOURS = {"high": "#c62828", "medium": "#ef6c00", "low": "#1565c0"}

_CHART_WIDTH = 1000
_MARGIN = 30  # room for the labels at both ends
_BAND_TOP, _BAND_HEIGHT = 70, 36
_CHART_HEIGHT = 190

_STYLE = """
@page { size: A4; margin: 15mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #212121;
       font-size: 10.5pt; line-height: 1.4; max-width: 190mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 17pt; margin: 0 0 2mm; }
h2 { font-size: 12.5pt; margin: 7mm 0 2mm; border-bottom: 1px solid #bdbdbd; }
.meta { color: #616161; margin-bottom: 4mm; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 1.2mm 2mm; border-bottom: 1px solid #eee; }
th { font-weight: 600; background: #f5f5f5; }
.summary th { width: 35%; background: none; }
.status { font-weight: 600; white-space: nowrap; }
.basis { color: #616161; font-size: 9pt; }
.nowrap { white-space: nowrap; }
svg { width: 100%; height: auto; }
.legend span { display: inline-block; margin-right: 4mm; font-size: 9pt; }
.legend i { display: inline-block; width: 3mm; height: 3mm; margin-right: 1mm; border-radius: 50%; }
ul { margin: 1mm 0; padding-left: 5mm; }
.footer { margin-top: 8mm; color: #757575; font-size: 8.5pt; }
tr, figure { page-break-inside: avoid; }
@media print { body { padding: 0; } h2 { page-break-after: avoid; } }
"""


def escape(value: str) -> str:
    """Text for the page: HTML-escaped, control characters written out as escapes."""
    return html.escape(visible(value))


def render_report(assessment: Assessment, lang: str) -> str:
    """The whole page."""
    timeline = assessment.timeline
    title = text("report_title", lang)
    case = escape(
        f"{timeline.case_id or '-'}, {timeline.employee_name}"
        if timeline.employee_name
        else timeline.case_id or "-"
    )
    as_of = _day(timeline.as_of, lang)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{escape(title)} {case}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(title)}: {case}</h1>",
        f'<p class="meta">{escape(text("report_as_of", lang, date=as_of))}</p>',
        _summary(assessment, lang),
        f"<h2>{escape(text('chart_title', lang))}</h2>",
        timeline_chart(timeline, lang),
        _chain(timeline, lang),
        _extension_steps(timeline, lang),
        f"<h2>{escape(text('findings_title', lang))}</h2>",
        _findings(assessment, lang),
        f"<h2>{escape(text('exposure_title', lang))}</h2>",
        _exposure(assessment, lang),
        f"<h2>{escape(text('milestones_title', lang))}</h2>",
        _milestones(timeline, lang),
        f'<p class="footer">{escape(text("footer_counting", lang))} '
        f"{escape(text('footer_sources', lang))}</p>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _day(value: date, lang: str) -> str:
    return format_date(value, lang)


def _summary(assessment: Assessment, lang: str) -> str:
    timeline, spoor = assessment.timeline, assessment.spoor
    rows = [
        *summary_rows(timeline, lang),
        (
            text("spoor_title", lang),
            f"{text(f'spoor_{spoor.status.value}', lang)}: {spoor.reason(lang)}",
        ),
        (
            text("pay_title", lang),
            " / ".join(pay_lines(assessment, lang)),
        ),
    ]
    body = "".join(
        f"<tr><th>{escape(key)}</th><td>{escape(value)}</td></tr>" for key, value in rows
    )
    return f'<table class="summary">{body}</table>'


def _chain(timeline: Timeline, lang: str) -> str:
    lines = chain_lines(timeline, lang)
    if not lines:
        return ""
    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    return f"<h2>{escape(text('chain_title', lang))}</h2><ul>{items}</ul>"


def _extension_steps(timeline: Timeline, lang: str) -> str:
    lines = extension_step_lines(timeline, lang)
    if not lines:
        return ""
    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    return f"<h2>{escape(text('extension_steps_title', lang))}</h2><ul>{items}</ul>"


def _basis_html(citations: tuple[Citation, ...], on: date) -> str:
    """Each citation as a link to the article on wetten.overheid.nl, in force on ``on``."""
    parts = []
    for citation in citations:
        url = citation.link(on)
        short = escape(citation.short)
        parts.append(f'<a href="{escape(url)}">{short}</a>' if url else short)
    return "; ".join(parts)


def _findings(assessment: Assessment, lang: str) -> str:
    as_of = assessment.timeline.as_of
    if not assessment.findings:
        return f"<p>{escape(text('no_findings', lang))}</p>"
    rows = []
    for finding in assessment.findings:
        colour = SEVERITY_COLOURS[finding.severity.value]
        severity = text(f"severity_{finding.severity.value}", lang)
        rows.append(
            f'<tr><td class="status" style="color:{colour}">{escape(severity)}</td>'
            f"<td>{escape(finding.message(lang))}"
            f'<div class="basis">{_basis_html(FINDING_TYPES[finding.id].basis, as_of)}</div>'
            "</td>"
            f"<td>{escape(finding.action(lang))}</td></tr>"
        )
    header = (
        f"<tr><th>{escape(text('col_severity', lang))}</th>"
        f"<th>{escape(text('col_finding', lang))}</th>"
        f"<th>{escape(text('col_action', lang))}</th></tr>"
    )
    return f"<table>{header}{''.join(rows)}</table>"


def _exposure(assessment: Assessment, lang: str) -> str:
    exposure = assessment.exposure
    weeks = text("exposure_weeks", lang, weeks=exposure.loonsanctie_max_weeks)
    if exposure.loonsanctie_max_eur is not None:
        weeks += f" = {format_euros(exposure.loonsanctie_max_eur, lang)}"
    certain = text("exposure_days", lang, days=exposure.certain_extension_days)
    if exposure.certain_cost_eur is not None:
        certain += f" = {format_euros(exposure.certain_cost_eur, lang)}"
    rows = [(text("exposure_loonsanctie", lang), weeks), (text("exposure_certain", lang), certain)]
    if exposure.fine_max_eur:
        rows.append((text("exposure_fine", lang), "≤ " + format_euros(exposure.fine_max_eur, lang)))
    if exposure.spoor2_traject_eur:
        low, high = exposure.spoor2_traject_eur
        rows.append(
            (
                text("exposure_spoor2", lang),
                f"{format_euros(low, lang)} - {format_euros(high, lang)}",
            )
        )
    body = "".join(
        f"<tr><th>{escape(key)}</th><td>{escape(value)}</td></tr>" for key, value in rows
    )
    assumptions = "".join(f"<li>{escape(item.text(lang))}</li>" for item in exposure.assumptions)
    return (
        f'<table class="summary">{body}</table>'
        f'<p class="basis">{escape(text("exposure_assumptions", lang))}:</p>'
        f'<ul class="basis">{assumptions}</ul>'
    )


def _milestones(timeline: Timeline, lang: str) -> str:
    rows = []
    for milestone in timeline.milestones:
        colour = STATUS_COLOURS[milestone.status]
        status = status_text(milestone, timeline, lang)
        done = f"<br>{escape(_day(milestone.done_on, lang))}" if milestone.done_on else ""
        rows.append(
            f'<tr><td class="nowrap">{escape(_day(milestone.due, lang))}</td>'
            f"<td>{milestone.week}</td>"
            f"<td>{escape(milestone.label(lang))}"
            f'<div class="basis">{_basis_html(RULES_BY_ID[milestone.id].basis, milestone.due)}'
            "</div></td>"
            f'<td class="status" style="color:{colour}">{escape(status)}{done}</td></tr>'
        )
    header = "".join(
        f"<th>{escape(text(key, lang))}</th>"
        for key in ("col_due", "col_week", "col_milestone", "col_status")
    )
    return f"<table><tr>{header}</tr>{''.join(rows)}</table>"


def timeline_chart(timeline: Timeline, lang: str) -> str:
    """The whole case as an SVG: the period from the first sick day to the last day of
    wage payment, fit days and leave, any extension, the as-of date, and every
    milestone as a dot in its status colour."""
    first = timeline.first_sick_day.toordinal()
    span = max(1, timeline.einde_wachttijd.toordinal() - first + 1)

    inner = _CHART_WIDTH - 2 * _MARGIN

    def x(day: date) -> float:
        return round(_MARGIN + (day.toordinal() - first) / span * inner, 1)

    def band(start: date, end: date, colour: str, title: str) -> str:
        left = max(float(_MARGIN), x(start))
        right = min(float(_MARGIN + inner), x(end) + inner / span)
        return (
            f'<rect x="{left}" y="{_BAND_TOP}" width="{max(right - left, 0.5)}" '
            f'height="{_BAND_HEIGHT}" fill="{colour}"><title>{escape(title)}</title></rect>'
        )

    end = timeline.einde_wachttijd
    shapes = [band(timeline.first_sick_day, end, "#e3f2fd", text("bar_remaining", lang))]
    if timeline.as_of >= timeline.first_sick_day:
        shapes.append(
            band(
                timeline.first_sick_day,
                min(timeline.as_of, end),
                "#64b5f6",
                text("bar_elapsed", lang),
            )
        )
    for item in timeline.extensions:
        if item.days:
            shapes.append(
                band(
                    item.first_day,
                    item.last_day,
                    "#ef9a9a",
                    text(f"extension_{item.kind.value}", lang),
                )
            )
    if timeline.einde_loondoorbetaling < end:
        # AOW age or the end of the contract ended wage payment before the waiting period.
        after = timeline.einde_loondoorbetaling + timedelta(days=1)
        shapes.append(band(after, end, "#e0e0e0", text("bar_ended", lang)))
    for gap in timeline.chain.gaps:
        if gap.calendar_days:
            shapes.append(band(gap.first_day, gap.last_day, "#fff176", text("bar_gap", lang)))
    for leave in timeline.chain.leave_periods:
        shapes.append(
            band(
                max(leave.start, timeline.first_sick_day),
                min(leave.end, end),
                "#ce93d8",
                text("bar_leave", lang),
            )
        )
    shapes += _axis(timeline, x)
    shapes += [
        _dot(milestone, timeline, x, lang, position)
        for position, milestone in enumerate(m for m in timeline.milestones if m.due <= end)
    ]
    if timeline.first_sick_day <= timeline.as_of <= end:
        left = x(timeline.as_of)
        anchor, shift = ("end", -4) if left > _CHART_WIDTH / 2 else ("start", 4)
        shapes.append(
            f'<line x1="{left}" y1="20" x2="{left}" y2="{_BAND_TOP + _BAND_HEIGHT + 10}" '
            'stroke="#212121" stroke-dasharray="4 3"/>'
            f'<text x="{left + shift}" y="30" font-size="13" text-anchor="{anchor}">'
            f"{escape(text('as_of', lang))} {escape(_day(timeline.as_of, lang))}</text>"
        )
    legend = "".join(
        f'<span><i style="background:{STATUS_COLOURS[status]}"></i>'
        f"{escape(text(f'status_{status.value}', lang))}</span>"
        for status in Status
    )
    return (
        f'<figure><svg id="timeline-chart" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {_CHART_WIDTH} {_CHART_HEIGHT}" role="img" '
        f'aria-label="{escape(text("chart_title", lang))}">{"".join(shapes)}</svg>'
        f'<figcaption class="legend">{legend}</figcaption></figure>'
    )


def _axis(timeline: Timeline, x: Callable[[date], float]) -> list[str]:
    second_year = next(m.due for m in timeline.milestones if m.id == "start_tweede_ziektejaar")
    ticks = [("0", timeline.first_sick_day), ("52", second_year), ("104", timeline.einde_104_weken)]
    shapes = []
    for label, day in ticks:
        left = x(day)
        shapes.append(
            f'<line x1="{left}" y1="{_BAND_TOP + _BAND_HEIGHT}" x2="{left}" '
            f'y2="{_BAND_TOP + _BAND_HEIGHT + 8}" stroke="#616161"/>'
            f'<text x="{left}" y="{_CHART_HEIGHT - 30}" font-size="13" text-anchor="middle">'
            f"{label}</text>"
        )
    return shapes


def _dot(
    milestone: Milestone,
    timeline: Timeline,
    x: Callable[[date], float],
    lang: str,
    position: int,
) -> str:
    centre = x(milestone.due)
    lane = _BAND_TOP - 12 if position % 2 else _BAND_TOP + _BAND_HEIGHT + 22
    title = (
        f"{milestone.label(lang)}: {format_date(milestone.due, lang)}, "
        f"{status_text(milestone, timeline, lang)}"
    )
    return (
        f'<circle class="milestone" cx="{centre}" cy="{lane}" r="5" '
        f'fill="{STATUS_COLOURS[milestone.status]}"><title>{escape(title)}</title></circle>'
    )
