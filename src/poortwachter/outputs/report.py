"""A case report for the casemanager's dossier: one self-contained HTML page.

No external assets (styles and the SVG chart are inline), Dutch by default, and laid
out to print on A4. Built with the standard library only: the page is text, escaped.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, timedelta

from ..language import Language
from ..law.findings import FINDING_TYPES
from ..law.milestones import RULES_BY_ID
from ..law.receipt import Receipt
from ..law.sources import Citation
from ..messages import visible
from ..models import Status, Timeline
from ..results import Assessment
from .dates import format_date
from .tables import (
    chain_lines,
    exposure_rows,
    extension_step_lines,
    note_lines,
    pay_lines,
    status_text,
    summary_rows,
)
from .wording import (
    assumption_text,
    finding_action,
    finding_message,
    milestone_label,
    spoor_reason,
    text,
)

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

# The chart, in SVG units: 800 wide, so that its 10-11 unit text prints at about 8 pt on
# A4 (the page is about 186 mm wide).
_CHART_WIDTH = 800
_MARGIN = 28  # room for the labels at both ends
_AS_OF_ROW = 12  # the baseline of the as-of label
_WEEK_ROW = 28  # the baseline of the week labels
_BAR_TOP, _BAR_HEIGHT = 56, 26
_MARKER_RADIUS = 9
_LANE_TOP = _BAR_TOP + _BAR_HEIGHT + 20  # the centre of the first lane of markers
_LANE_HEIGHT = 22
_TICK_ROOM = 56  # the least room for a month label such as "sep 2025"

#: The type and tables a report shares with the index of a folder's reports.
TYPE_STYLE = """
body { font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #212121;
       font-size: 10.5pt; line-height: 1.4; margin: 0 auto; }
h1 { font-size: 17pt; margin: 0 0 2mm; }
h2 { font-size: 12.5pt; margin: 7mm 0 2mm; border-bottom: 1px solid #bdbdbd; }
.meta { color: #616161; margin-bottom: 4mm; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 1.2mm 2mm; border-bottom: 1px solid #eee; }
th { font-weight: 600; background: #f5f5f5; }
"""

_STYLE = (
    TYPE_STYLE
    + """
@page { size: A4; margin: 15mm 12mm; }
* { box-sizing: border-box; }
body { max-width: 190mm; padding: 8mm 0; }
.summary th { width: 35%; background: none; }
.status { font-weight: 600; white-space: nowrap; }
.basis { color: #616161; font-size: 9pt; }
.nowrap { white-space: nowrap; }
.number { color: #616161; text-align: right; }
svg { width: 100%; height: auto; }
figure { margin: 0; }
.explain { margin: 1mm 0 2mm; color: #424242; font-size: 9pt; }
.legend div { font-size: 8.5pt; color: #424242; margin-top: 1mm; }
.legend span { display: inline-block; margin-right: 3.5mm; color: #212121; }
.legend i { display: inline-block; width: 3mm; height: 3mm; margin: 0 1mm -0.3mm 0;
            border-radius: 50%; }
.legend i.bar { border-radius: 0; width: 5mm; border: 0.2mm solid #bdbdbd; }
ol.steps { columns: 2; column-gap: 6mm; list-style: none; padding: 0; margin: 2mm 0 0;
           font-size: 8.5pt; }
ol.steps li { break-inside: avoid; margin: 0 0 0.6mm; }
ol.steps b { display: inline-block; min-width: 4.6mm; padding: 0 0.8mm; margin-right: 1.5mm;
             border-radius: 2.3mm; text-align: center; font-size: 7.5pt; }
ul { margin: 1mm 0; padding-left: 5mm; }
.footer { margin-top: 8mm; color: #757575; font-size: 8.5pt; }
tr, figure { page-break-inside: avoid; }
@media print { body { padding: 0; } h2 { page-break-after: avoid; } }
"""
)


def escape(value: str) -> str:
    """Text for the page: HTML-escaped, control characters written out as escapes."""
    return html.escape(visible(value))


def render_report(assessment: Assessment, lang: Language, receipt: Receipt | None = None) -> str:
    """The whole page; with ``receipt``, which engine, law data and figures gave it."""
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
        # What the reader should know about this judgment: records left out, a first
        # sick day that looks like a typo, an assumed receipt.
        _bullets("notes_title", note_lines(timeline, lang), lang),
        f"<h2>{escape(text('chart_title', lang))}</h2>",
        timeline_chart(timeline, lang),
        _bullets("chain_title", chain_lines(timeline, lang), lang),
        _bullets("extension_steps_title", extension_step_lines(timeline, lang), lang),
        f"<h2>{escape(text('findings_title', lang))}</h2>",
        _findings(assessment, lang),
        f"<h2>{escape(text('exposure_title', lang))}</h2>",
        _exposure(assessment, lang),
        f"<h2>{escape(text('milestones_title', lang))}</h2>",
        _milestones(timeline, lang),
        _receipt(receipt, lang),
        f'<p class="footer">{escape(text("footer_counting", lang))} '
        f"{escape(text('footer_sources', lang))}</p>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _receipt(receipt: Receipt | None, lang: Language) -> str:
    """The receipt in words, or nothing."""
    if receipt is None:
        return ""
    from .receipt_words import receipt_lines, receipt_title

    items = "".join(f"<li>{escape(line)}</li>" for line in receipt_lines(receipt, lang))
    return f'<h2>{escape(receipt_title(lang))}</h2><ul class="receipt">{items}</ul>'


def _day(value: date, lang: Language) -> str:
    return format_date(value, lang)


def _summary(assessment: Assessment, lang: Language) -> str:
    timeline, spoor = assessment.timeline, assessment.spoor
    rows = [
        *summary_rows(timeline, lang),
        (
            text("spoor_title", lang),
            f"{text(f'spoor_{spoor.status.value}', lang)}: {spoor_reason(spoor, lang)}",
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


def _bullets(title_id: str, lines: list[str], lang: Language) -> str:
    """A titled list, or nothing when there are no lines."""
    if not lines:
        return ""
    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    return f"<h2>{escape(text(title_id, lang))}</h2><ul>{items}</ul>"


def _basis_html(citations: tuple[Citation, ...], on: date) -> str:
    """Each citation as a link to the article on wetten.overheid.nl, in force on ``on``."""
    parts = []
    for citation in citations:
        url = citation.link(on)
        short = escape(citation.short)
        parts.append(f'<a href="{escape(url)}">{short}</a>' if url else short)
    return "; ".join(parts)


def _findings(assessment: Assessment, lang: Language) -> str:
    as_of = assessment.timeline.as_of
    if not assessment.findings:
        return f"<p>{escape(text('no_findings', lang))}</p>"
    rows = []
    for finding in assessment.findings:
        colour = SEVERITY_COLOURS[finding.severity.value]
        severity = text(f"severity_{finding.severity.value}", lang)
        rows.append(
            f'<tr><td class="status" style="color:{colour}">{escape(severity)}</td>'
            f"<td>{escape(finding_message(finding, lang))}"
            f'<div class="basis">{_basis_html(FINDING_TYPES[finding.id].basis, as_of)}</div>'
            "</td>"
            f"<td>{escape(finding_action(finding, lang))}</td></tr>"
        )
    header = (
        f"<tr><th>{escape(text('col_severity', lang))}</th>"
        f"<th>{escape(text('col_finding', lang))}</th>"
        f"<th>{escape(text('col_action', lang))}</th></tr>"
    )
    return f"<table>{header}{''.join(rows)}</table>"


def _exposure(assessment: Assessment, lang: Language) -> str:
    exposure = assessment.exposure
    rows = exposure_rows(assessment, lang)
    body = "".join(
        f"<tr><th>{escape(key)}</th><td>{escape(value)}</td></tr>" for key, value in rows
    )
    assumptions = "".join(
        f"<li>{escape(assumption_text(item, lang))}</li>" for item in exposure.assumptions
    )
    return (
        f'<table class="summary">{body}</table>'
        f'<p class="basis">{escape(text("exposure_assumptions", lang))}:</p>'
        f'<ul class="basis">{assumptions}</ul>'
    )


def _milestones(timeline: Timeline, lang: Language) -> str:
    rows = []
    numbers = charted(timeline)
    for index, milestone in enumerate(timeline.milestones):
        colour = STATUS_COLOURS[milestone.status]
        status = status_text(milestone, timeline, lang)
        done = f"<br>{escape(_day(milestone.done_on, lang))}" if milestone.done_on else ""
        rows.append(
            f'<tr><td class="number">{numbers.get(index, "")}</td>'
            f'<td class="nowrap">{escape(_day(milestone.due, lang))}</td>'
            f"<td>{milestone.week}</td>"
            f"<td>{escape(milestone_label(milestone, lang))}"
            f'<div class="basis">{_basis_html(RULES_BY_ID[milestone.id].basis, milestone.due)}'
            "</div></td>"
            f'<td class="status" style="color:{colour}">{escape(status)}{done}</td></tr>'
        )
    header = "".join(
        f"<th>{escape(text(key, lang))}</th>"
        for key in ("col_number", "col_due", "col_week", "col_milestone", "col_status")
    )
    return f"<table><tr>{header}</tr>{''.join(rows)}</table>"


def charted(timeline: Timeline) -> dict[int, int]:
    """The number each milestone has on the chart (1 for the first in date order), by its
    index in ``timeline.milestones``; only milestones up to the end of the waiting period
    are drawn."""
    end = timeline.einde_wachttijd
    order = sorted(
        (index for index, milestone in enumerate(timeline.milestones) if milestone.due <= end),
        key=lambda index: timeline.milestones[index].due,
    )
    return {index: number for number, index in enumerate(order, start=1)}


def timeline_chart(timeline: Timeline, lang: Language) -> str:
    """The whole case as an SVG that reads on paper, without hovering: the period from the
    first sick day to the last day of wage payment as a bar (sick so far, still to come,
    fit days, leave, extensions, days without wage), the calendar and the weeks 0, 52 and
    104 above it, and below it every milestone as a numbered marker in its status colour,
    with a numbered list under the chart and a key to the colours."""
    first = timeline.first_sick_day.toordinal()
    end = timeline.einde_wachttijd
    span = max(1, end.toordinal() - first + 1)
    inner = _CHART_WIDTH - 2 * _MARGIN

    def x(day: date) -> float:
        return round(_MARGIN + (day.toordinal() - first) / span * inner, 1)

    bands: list[tuple[date, date, str, str]] = [
        (timeline.first_sick_day, end, _BAR_COLOURS["remaining"], text("bar_remaining", lang))
    ]
    if timeline.as_of >= timeline.first_sick_day:
        bands.append(
            (
                timeline.first_sick_day,
                min(timeline.as_of, end),
                _BAR_COLOURS["elapsed"],
                text("bar_elapsed", lang),
            )
        )
    for item in timeline.extensions:
        if item.days:
            bands.append(
                (
                    item.first_day,
                    item.last_day,
                    _BAR_COLOURS["extension"],
                    text(f"extension_{item.kind.value}", lang),
                )
            )
    if timeline.einde_loondoorbetaling < end:
        # AOW age or the end of the contract ended wage payment before the waiting period.
        after = timeline.einde_loondoorbetaling + timedelta(days=1)
        bands.append((after, end, _BAR_COLOURS["ended"], text("bar_ended", lang)))
    for gap in timeline.chain.gaps:
        if gap.calendar_days:
            bands.append((gap.first_day, gap.last_day, _BAR_COLOURS["gap"], text("bar_gap", lang)))
    for leave in timeline.chain.leave_periods:
        bands.append(
            (
                max(leave.start, timeline.first_sick_day),
                min(leave.end, end),
                _BAR_COLOURS["leave"],
                text("bar_leave", lang),
            )
        )
    shapes = []
    for start, last, colour, title in bands:
        left = max(float(_MARGIN), x(start))
        right = min(float(_MARGIN + inner), x(last) + inner / span)
        shapes.append(
            f'<rect x="{left}" y="{_BAR_TOP}" width="{round(max(right - left, 0.5), 1)}" '
            f'height="{_BAR_HEIGHT}" fill="{colour}"><title>{escape(title)}</title></rect>'
        )
    shapes += _calendar_ticks(timeline, x, lang)
    shapes += _week_ticks(timeline, x, lang)
    if timeline.first_sick_day <= timeline.as_of <= end:
        left = x(timeline.as_of)
        anchor, shift = ("end", -4) if left > _CHART_WIDTH / 2 else ("start", 4)
        shapes.append(
            f'<line x1="{left}" y1="6" x2="{left}" y2="{_BAR_TOP + _BAR_HEIGHT}" '
            'stroke="#212121" stroke-width="1.5" stroke-dasharray="4 3"/>'
            f'<text x="{left + shift}" y="{_AS_OF_ROW}" font-size="11" font-weight="bold" '
            f'text-anchor="{anchor}">'
            f"{escape(text('as_of', lang))} {escape(_day(timeline.as_of, lang))}</text>"
        )
    numbers = charted(timeline)
    markers, height = _markers(timeline, numbers, x, lang)
    shapes += markers
    return (
        f'<figure><p class="explain">{escape(text("chart_explain", lang))}</p>'
        f'<svg id="timeline-chart" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {_CHART_WIDTH} {height}" role="img" '
        f'aria-label="{escape(text("chart_title", lang))}">{"".join(shapes)}</svg>'
        f"{_chart_key(timeline, numbers, bands, lang)}</figure>"
    )


_BAR_COLOURS = {
    "elapsed": "#64b5f6",
    "remaining": "#e3f2fd",
    "extension": "#ef9a9a",
    "ended": "#e0e0e0",
    "gap": "#fff176",
    "leave": "#ce93d8",
}
#: Status colours light enough to need a dark number on the marker.
_LIGHT = {Status.DUE_SOON, Status.PASSED, Status.LAPSED}
_MONTHS = {
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def _calendar_ticks(timeline: Timeline, x: Callable[[date], float], lang: Language) -> list[str]:
    """Month starts above the bar, labelled ``jan 2025``: every 1, 2, 3, 6 or 12 months,
    the closest that leaves room for each label."""
    first, end = timeline.first_sick_day, timeline.einde_wachttijd
    days_per_px = max(1, end.toordinal() - first.toordinal() + 1) / (_CHART_WIDTH - 2 * _MARGIN)
    step = next(
        (months for months in (1, 2, 3, 6) if months * 30.4 / days_per_px >= _TICK_ROOM), 12
    )
    month = date(first.year, first.month, 1)
    shapes = []
    while month <= end:
        left = x(month)
        room = _TICK_ROOM / 2
        if month > first and (month.month - 1) % step == 0 and room <= left <= _CHART_WIDTH - room:
            label = f"{_MONTHS[lang][month.month - 1]} {month.year}"
            shapes.append(
                f'<line x1="{left}" y1="{_BAR_TOP - 6}" x2="{left}" y2="{_BAR_TOP}" '
                'stroke="#757575"/>'
                f'<text x="{left}" y="{_BAR_TOP - 9}" font-size="10" fill="#424242" '
                f'text-anchor="middle">{label}</text>'
            )
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return shapes


def _week_ticks(timeline: Timeline, x: Callable[[date], float], lang: Language) -> list[str]:
    """Weeks 0, 52 and 104 of the counted sickness (interrupted sickness added together,
    so week 52 falls later than a year after the first sick day when there were fit
    days): a line through the bar, labelled above the calendar."""
    ticks = [
        (0, timeline.first_sick_day),
        (52, timeline.start_tweede_ziektejaar),
        (104, timeline.einde_104_weken),
    ]
    shapes = []
    for week, day in ticks:
        if day > timeline.einde_wachttijd:
            continue
        left = x(day)
        anchor = "start" if week == 0 else "end" if left > _CHART_WIDTH - 30 else "middle"
        shapes.append(
            f'<line x1="{left}" y1="{_WEEK_ROW + 3}" x2="{left}" '
            f'y2="{_BAR_TOP + _BAR_HEIGHT}" stroke="#37474f" stroke-width="1.2"/>'
            f'<text x="{left}" y="{_WEEK_ROW}" font-size="11" font-weight="bold" '
            f'fill="#37474f" text-anchor="{anchor}">'
            f"{escape(text('chart_week', lang, week=week))}</text>"
        )
    return shapes


def _markers(
    timeline: Timeline, numbers: dict[int, int], x: Callable[[date], float], lang: Language
) -> tuple[list[str], int]:
    """A numbered marker per milestone below the bar, on a thin line up to its date;
    markers that would touch go to the next lane down. Returns the shapes and the height
    of the chart."""
    lane_ends: list[float] = []
    lines: list[str] = []
    circles: list[str] = []
    for index, number in sorted(numbers.items(), key=lambda item: item[1]):
        milestone = timeline.milestones[index]
        centre = x(milestone.due)
        lane = next(
            (
                lane
                for lane, right in enumerate(lane_ends)
                if centre - right >= 2 * _MARKER_RADIUS + 3
            ),
            len(lane_ends),
        )
        if lane == len(lane_ends):
            lane_ends.append(centre)
        lane_ends[lane] = centre
        middle = _LANE_TOP + lane * _LANE_HEIGHT
        colour = STATUS_COLOURS[milestone.status]
        ink = "#212121" if milestone.status in _LIGHT else "#ffffff"
        title = (
            f"{number}. {milestone_label(milestone, lang)}: {format_date(milestone.due, lang)}, "
            f"{status_text(milestone, timeline, lang)}"
        )
        lines.append(
            f'<line x1="{centre}" y1="{_BAR_TOP + _BAR_HEIGHT}" x2="{centre}" '
            f'y2="{middle - _MARKER_RADIUS}" stroke="#9e9e9e" stroke-width="0.8"/>'
        )
        circles.append(
            f'<g><circle class="milestone" cx="{centre}" cy="{middle}" r="{_MARKER_RADIUS}" '
            f'fill="{colour}"/><text x="{centre}" y="{middle + 3.5}" font-size="10" '
            f'font-weight="bold" fill="{ink}" text-anchor="middle">{number}</text>'
            f"<title>{escape(title)}</title></g>"
        )
    lanes = max(1, len(lane_ends))
    height = _LANE_TOP + (lanes - 1) * _LANE_HEIGHT + _MARKER_RADIUS + 4
    return lines + circles, height


def _chart_key(
    timeline: Timeline,
    numbers: dict[int, int],
    bands: list[tuple[date, date, str, str]],
    lang: Language,
) -> str:
    """Under the chart: what the bar's colours and the markers' colours mean, and the
    numbered list of the milestones with their dates."""
    seen: dict[str, str] = {}
    for _, _, colour, title in bands:
        seen.setdefault(title, colour)
    bar = "".join(
        f'<span><i class="bar" style="background:{colour}"></i>{escape(title)}</span>'
        for title, colour in seen.items()
    )
    statuses = "".join(
        f'<span><i style="background:{STATUS_COLOURS[status]}"></i>'
        f"{escape(text(f'status_{status.value}', lang))}</span>"
        for status in Status
        if any(timeline.milestones[index].status is status for index in numbers)
    )
    items = "".join(
        f'<li><b style="background:{STATUS_COLOURS[timeline.milestones[index].status]};'
        f'color:{"#212121" if timeline.milestones[index].status in _LIGHT else "#ffffff"}">'
        f"{number}</b>{escape(_short_day(timeline.milestones[index].due))} "
        f"{escape(milestone_label(timeline.milestones[index], lang))}</li>"
        for index, number in sorted(numbers.items(), key=lambda item: item[1])
    )
    return (
        f'<figcaption class="legend"><div>{escape(text("chart_bar_key", lang))} {bar}</div>'
        f"<div>{escape(text('chart_marker_key', lang))} {statuses}</div></figcaption>"
        f'<ol class="steps">{items}</ol>'
    )


def _short_day(day: date) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year}"
