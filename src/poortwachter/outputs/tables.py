"""Output for people: rich tables, in Dutch or English. (Machine output, JSON and CSV,
is ``machine.py``; rich is imported only here, inside the functions that draw.)
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..language import Language
from ..law.milestones import RULES_BY_ID
from ..messages import visible
from ..models import Milestone, Status, Timeline
from ..sickdays import CauseJudgement, Gap, GapOutcome, leave_days_between
from .bar import BAR_MAX_COLUMNS, week_bar
from .dates import format_date, format_euros
from .messages import say
from .wording import (
    assumption_text,
    finding_action,
    finding_message,
    milestone_label,
    spoor_reason,
    step_text,
    text,
    wage_end_reason,
)

if TYPE_CHECKING:
    from rich.console import Console, JustifyMethod
    from rich.table import Table
    from rich.text import Text

    from ..results import Assessment

_SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan"}

_STATUS_STYLE = {
    Status.DONE: "green",
    Status.LATE: "yellow",
    Status.OVERDUE: "bold red",
    Status.PASSED: "dim",
    Status.DUE_SOON: "bold yellow",
    Status.UPCOMING: "",
    Status.LAPSED: "dim",
}


def chain_lines(timeline: Timeline, lang: Language) -> list[str]:
    """The samentelling explanation of docs/law.md section 2, one line per fact."""
    chain = timeline.chain
    if not (chain.joined or chain.leave_periods or chain.earlier_chains or chain.last_sick_day):
        return []

    def day(value: date) -> str:
        return format_date(value, lang)

    lines: list[str] = []
    for earlier in chain.earlier_chains:
        lines.append(
            text(
                "earlier_chain",
                lang,
                first=day(earlier.first_day),
                last=day(earlier.last_sick_day),
                reason=_split_reason(earlier.separated_by, lang),
            )
        )
    for position, period in enumerate(chain.periods):
        if period.end is None:
            lines.append(text("period_open", lang, start=day(period.start)))
        else:
            lines.append(text("period_closed", lang, start=day(period.start), end=day(period.end)))
        if position < len(chain.gaps):
            lines.append(_gap_line(chain.gaps[position], lang))
    for leave in chain.leave_periods:
        lines.append(
            text(
                "leave_skipped",
                lang,
                start=day(leave.start),
                end=day(leave.end),
                days=leave_days_between(
                    timeline.first_sick_day, timeline.einde_wachttijd, (leave,)
                ),
            )
        )
    if chain.last_sick_day and chain.relapse_joined_until:
        lines.append(
            text(
                "recovered",
                lang,
                date=day(chain.last_sick_day),
                relapse=day(chain.relapse_joined_until),
            )
        )
    if chain.joined:
        lines.append(text("wachtdagen", lang))
    return lines


def _split_reason(gap: Gap, lang: Language) -> str:
    """Why two periods were not added together, with both causes where they decided it."""
    if gap.outcome is not GapOutcome.OTHER_CAUSE:
        return text("split_too_long", lang, fit=gap.fit_days)
    unknown = text("cause_unknown", lang)
    before, after = gap.cause_before or unknown, gap.cause_after or unknown
    stated = gap.cause_judgement is CauseJudgement.SAME_CAUSE_AS_PREVIOUS
    causes = text("causes_stated" if stated else "causes_texts", lang, before=before, after=after)
    return text("split_other_cause", lang, leave=gap.leave_days, fit=gap.fit_days, causes=causes)


def _gap_line(gap: Gap, lang: Language) -> str:
    outcome = {
        GapOutcome.JOINED: "gap_joined",
        GapOutcome.TOO_LONG: "gap_too_long",
        GapOutcome.OTHER_CAUSE: "gap_other_cause",
    }[gap.outcome]
    leave = text("gap_leave", lang, days=gap.leave_days) if gap.leave_days else ""
    outcome_text = text(outcome, lang)
    if gap.cause_judgement is not None and gap.outcome is GapOutcome.JOINED:
        # Joined across leave: say why the causes count as the same.
        outcome_text += "; " + text(f"same_cause_{gap.cause_judgement.value}", lang)
    return text(
        "gap",
        lang,
        first=format_date(gap.first_day, lang),
        last=format_date(gap.last_day, lang),
        fit=gap.fit_days,
        leave=leave,
        outcome=outcome_text,
    )


def summary_rows(timeline: Timeline, lang: Language) -> list[tuple[str, str]]:
    """The facts at the top of the table and the report: when it began, where it stands,
    and when the waiting period and wage payment end (docs/law.md section 4)."""

    def day(value: date) -> str:
        return format_date(value, lang)

    as_of = (
        text(
            "as_of_value",
            lang,
            date=day(timeline.as_of),
            days=timeline.counted_sick_days,
            week=timeline.sick_week,
        )
        if timeline.sick_week
        else text("as_of_before", lang, date=day(timeline.as_of))
    )
    rows = [
        (text("first_sick_day", lang), day(timeline.first_sick_day)),
        (text("as_of", lang), as_of),
        (
            text("einde_wachttijd", lang),
            text("einde_wachttijd_value", lang, date=day(timeline.einde_wachttijd))
            if timeline.einde_loondoorbetaling == timeline.einde_wachttijd
            else day(timeline.einde_wachttijd),
        ),
        (
            text("ingang_wia", lang),
            text("ingang_wia_value", lang, date=day(timeline.ingang_wia))
            if timeline.ingang_wia
            else text("ingang_wia_none", lang),
        ),
    ]
    if timeline.einde_loondoorbetaling != timeline.einde_wachttijd:
        reason = text(wage_end_reason(timeline), lang)
        rows.append(
            (
                text("einde_loondoorbetaling", lang),
                f"{day(timeline.einde_loondoorbetaling)} ({reason})",
            )
        )
    rows += [(text("extensions_title", lang), line) for line in extension_lines(timeline, lang)]
    if timeline.extensions:
        rows.append((text("einde_104_weken", lang), day(timeline.einde_104_weken)))
    return rows


def print_table(timeline: Timeline, lang: Language, console: Console) -> None:
    """The timeline for people: a summary, the chain, and the milestone table."""
    print_header(timeline, lang, console)
    print_milestones(timeline, lang, console)


def print_header(timeline: Timeline, lang: Language, console: Console) -> None:
    """The title, the summary of dates, the extension steps and the chain."""
    from rich.table import Table

    summary = Table.grid(padding=(0, 2))
    summary.add_column(style="bold")
    summary.add_column()
    if timeline.case_id:
        named = f"{timeline.case_id}, {timeline.employee_name}" if timeline.employee_name else ""
        summary.add_row(text("case", lang), safe(named or timeline.case_id))
    for key, value in summary_rows(timeline, lang):
        summary.add_row(key, safe(value))
    console.print(f"[bold]{text('title', lang)}[/bold]")
    console.print(summary)
    if timeline.notes:
        console.print()
        console.print(f"[bold]{text('notes_title', lang)}[/bold]")
        console.print(_bullets(note_lines(timeline, lang)))
    steps = extension_step_lines(timeline, lang)
    if steps:
        console.print()
        console.print(f"[bold]{text('extension_steps_title', lang)}[/bold]")
        console.print(_bullets(steps))

    lines = chain_lines(timeline, lang)
    if lines:
        console.print()
        console.print(f"[bold]{text('chain_title', lang)}[/bold]")
        console.print(_bullets(lines))


def print_milestones(timeline: Timeline, lang: Language, console: Console) -> None:
    """The week bar, the milestone table and its footnotes."""
    console.print()
    for bar_line in week_bar(timeline, lang, min(console.width - 2, BAR_MAX_COLUMNS)):
        console.print(bar_line, highlight=False)
    table = _milestone_table(timeline, lang, wide=console.width >= WIDE_TABLE_COLUMNS)
    console.print(table)
    if any(milestone.practice_date for milestone in timeline.milestones):
        console.print(f"[dim]{text('footer_practice', lang)}[/dim]")
    console.print(f"[dim]{text('footer_counting', lang)}[/dim]")
    console.print(f"[dim]{text('footer_sources', lang)}[/dim]")


#: From this terminal width on, kind, window and basis get columns of their own.
WIDE_TABLE_COLUMNS = 110


def _milestone_table(timeline: Timeline, lang: Language, *, wide: bool) -> Table:
    """The milestones as a rich table of ``Text`` cells (no markup to parse). The
    columns that never wrap get the width of their widest line, so that rich measures
    only the columns that wrap: the same layout, at a fraction of the cost of a cold
    start (docs/speed.md)."""
    from rich import box
    from rich.table import Table

    columns = _COLUMNS_WIDE if wide else _COLUMNS_NARROW
    rows = [_row(milestone, timeline, lang, wide=wide) for milestone in timeline.milestones]
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, highlight=False)
    for index, (key, ratio) in enumerate(columns):
        title = text(key, lang)
        if ratio:
            table.add_column(title, ratio=ratio)
            continue
        width = max(_widest(title), *(_widest(row[index].plain) for row in rows))
        justify: JustifyMethod = "right" if key == "col_week" else "left"
        table.add_column(title, justify=justify, no_wrap=True, width=width)
    for milestone, row in zip(timeline.milestones, rows, strict=True):
        table.add_row(*row, style=_row_style(milestone))
    return table


#: The columns of the milestone table: the key of the title, and the ratio of a column
#: that wraps (0: one that never does).
_COLUMNS_NARROW = (("col_week", 0), ("col_due", 0), ("col_milestone", 3), ("col_status", 0))
_COLUMNS_WIDE = (
    ("col_week", 0),
    ("col_due", 0),
    ("col_window", 0),
    ("col_milestone", 3),
    ("col_kind", 0),
    ("col_status", 0),
    ("col_basis", 2),
)


def _widest(value: str) -> int:
    from rich.cells import cell_len

    return max(cell_len(line) for line in value.split("\n"))


def _row(milestone: Milestone, timeline: Timeline, lang: Language, *, wide: bool) -> list[Text]:
    """The cells of one milestone: in a wide table each fact its column; in a narrow one
    the window under the date, and kind and basis under the label."""
    from rich.text import Text

    due = Text(format_date(milestone.due, lang))
    if milestone.practice_date:
        practice = text("practice_date", lang, date=format_date(milestone.practice_date, lang))
        due.append("\n").append(practice, "italic")
    until = milestone.on_time_until
    if until and until != milestone.practice_date and milestone.status in _OPEN:
        # The date to act by, later than the legal date (docs/law.md sections 3 and 4).
        on_time = text("on_time_until", lang, date=format_date(until, lang))
        due.append("\n").append(on_time, "italic")
    window = format_date(milestone.window_start, lang) if milestone.window_start else ""
    label = Text(milestone_label(milestone, lang))
    kind = text(f"kind_{milestone.kind.value}", lang)
    basis = RULES_BY_ID[milestone.id].basis_short
    status = Text().append(status_text(milestone, timeline, lang), _STATUS_STYLE[milestone.status])
    if milestone.done_on:
        status.append("\n" + text("done_on", lang, date=format_date(milestone.done_on, lang)))
    week = Text(str(milestone.week))
    if wide:
        return [week, due, Text(window), label, Text(kind), status, Text(basis)]
    if window:
        due.append("\n").append(f"{text('col_window', lang).lower()} {window}", "dim")
    label.append("\n").append(f"{kind} · {basis}", "dim")
    return [week, due, label, status]


def status_text(milestone: Milestone, timeline: Timeline, lang: Language) -> str:
    """The status for people; a lapsed step says why: the employee recovered, or AOW age
    or the end of the contract ended wage payment (docs/law.md section 3 and scope)."""
    if milestone.status is not Status.LAPSED:
        return text(f"status_{milestone.status.value}", lang)
    last_sick_day = timeline.chain.last_sick_day
    if last_sick_day is not None and milestone.due > last_sick_day:
        return text("status_lapsed_hersteld", lang)
    if timeline.einde_loondoorbetaling_grond != "einde_wachttijd":
        return text(f"status_lapsed_{timeline.einde_loondoorbetaling_grond}", lang)
    if timeline.ingang_wia is None:
        return text("status_lapsed_aow_leeftijd", lang)
    return text("status_lapsed", lang)


#: The statuses of a step still to be taken.
_OPEN = (Status.DUE_SOON, Status.UPCOMING, Status.OVERDUE)


def _row_style(milestone: Milestone) -> str:
    return "dim" if milestone.status in (Status.PASSED, Status.LAPSED) else ""


# --- sanction-risk ------------------------------------------------------------------


def extension_lines(timeline: Timeline, lang: Language) -> list[str]:
    return [
        text(
            "extension_line",
            lang,
            kind=text(f"extension_{item.kind.value}", lang),
            first=format_date(item.first_day, lang),
            last=format_date(item.last_day, lang),
            days=item.days,
        )
        if item.days
        else text("extension_none", lang, kind=text(f"extension_{item.kind.value}", lang))
        for item in timeline.extensions
    ]


def extension_step_lines(timeline: Timeline, lang: Language) -> list[str]:
    """Why the end is where it is: each step of docs/law.md section 4, with its lid."""
    return [
        f"{text(f'extension_short_{item.kind.value}', lang)}: "
        f"{step_text(step, lang)} ({step.basis})"
        for item in timeline.extensions
        for step in item.steps
    ]


def pay_lines(assessment: Assessment, lang: Language) -> list[str]:
    """The pay in force on the as-of date, the next change, and in the first sick year
    the minimum-wage floor (BW 7:629 lid 1)."""
    pay = assessment.pay
    line = text(
        "pay_value",
        lang,
        phase=text(f"pay_{pay.phase.value}", lang),
        percentage="-" if pay.percentage is None else f"{pay.percentage}%",
    )
    if pay.next_phase is not None and pay.next_change is not None:
        line += text(
            "pay_next",
            lang,
            date=format_date(pay.next_change, lang),
            phase=text(f"pay_{pay.next_phase.value}", lang),
        )
    lines = [line]
    floor = pay.minimum_wage
    if floor is not None:
        hourly = format_euros(floor.hourly_eur, lang)
        if floor.beyond_known:
            hourly += text("floor_beyond", lang, date=format_date(floor.valid_from, lang))
        if floor.week_eur is None:
            lines.append(text("floor_no_hours", lang, hourly=hourly))
        else:
            key = {True: "floor_applies", False: "floor_below", None: "floor_no_pay"}[floor.applies]
            lines.append(
                text(
                    key,
                    lang,
                    hours=f"{floor.hours_per_week:g}",
                    hourly=hourly,
                    week=format_euros(floor.week_eur, lang),
                    pay=format_euros(floor.pay_week_eur, lang) if floor.pay_week_eur else "",
                    # The floor holds in the first sick year only: the year-1 percentage.
                    percentage=pay.percentage,
                )
            )
    return lines


def print_assessment(
    assessment: Assessment, lang: Language, console: Console, *, summary: bool = False
) -> None:
    """What matters first: the header, the findings with what to do and the exposure;
    then the spoor, the pay and the milestone table (not with ``summary``)."""
    print_header(assessment.timeline, lang, console)
    _print_findings(assessment, lang, console)
    _print_exposure(assessment, lang, console)
    if summary:
        return
    _print_spoor_and_pay(assessment, lang, console)
    print_milestones(assessment.timeline, lang, console)


def _print_spoor_and_pay(assessment: Assessment, lang: Language, console: Console) -> None:
    spoor = assessment.spoor
    console.print()
    line = f"[bold]{text('spoor_title', lang)}:[/bold] {text(f'spoor_{spoor.status.value}', lang)}"
    line += ", " + text("spoor_since", lang, date=format_date(spoor.since, lang))
    if spoor.provider:
        line += ", " + safe(text("spoor_provider", lang, provider=spoor.provider))
    console.print(line, highlight=False)
    reasons = [spoor_reason(spoor, lang)]
    if spoor.erd_wga_end and spoor.status.value != "spoor3":
        reasons.append(text("spoor_erd", lang, date=format_date(spoor.erd_wga_end, lang)))
    console.print(_bullets(reasons))
    console.print()
    console.print(f"[bold]{text('pay_title', lang)}[/bold]")
    console.print(_bullets(pay_lines(assessment, lang)))


def _print_findings(assessment: Assessment, lang: Language, console: Console) -> None:
    from rich.table import Table

    from ..law.findings import FINDING_TYPES

    console.print()
    console.print(f"[bold]{text('findings_title', lang)}[/bold]")
    if not assessment.findings:
        console.print(f"  [green]{text('no_findings', lang)}[/green]")
    else:
        table = Table(box=None, pad_edge=False, show_header=True, highlight=False)
        table.add_column(text("col_severity", lang), no_wrap=True)
        table.add_column(text("col_finding", lang), ratio=3)
        table.add_column(text("col_action", lang), ratio=2)
        for finding in assessment.findings:
            style = _SEVERITY_STYLE[finding.severity.value]
            severity = text(f"severity_{finding.severity.value}", lang)
            basis = FINDING_TYPES[finding.id].basis_short
            message = safe(finding_message(finding, lang)) + f"\n[dim]{safe(basis)}[/dim]"
            action = safe(finding_action(finding, lang))
            table.add_row(f"[{style}]{severity}[/{style}]", message, action)
        console.print(table)


def exposure_rows(assessment: Assessment, lang: Language) -> list[tuple[str, str]]:
    """What the case could cost, a row per figure: for the table and the report alike."""
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
    return rows


def _print_exposure(assessment: Assessment, lang: Language, console: Console) -> None:
    from rich.table import Table

    exposure = assessment.exposure
    console.print()
    console.print(f"[bold]{text('exposure_title', lang)}[/bold]")
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    for key, value in exposure_rows(assessment, lang):
        grid.add_row(key, value)
    console.print(grid)
    console.print(f"[dim]{text('exposure_assumptions', lang)}:[/dim]")
    console.print(
        _bullets([assumption_text(item, lang) for item in exposure.assumptions], style="dim")
    )


def safe(value: str) -> str:
    """A text for a rich console: its markup escaped (a case id ``[link=...]`` stays
    text) and its control characters shown as escapes (they never reach the terminal)."""
    from rich.markup import escape

    return escape(visible(value))


def note_lines(timeline: Timeline, lang: Language) -> list[str]:
    """The notes of a judgment, each a sentence of its own."""
    lines = [say(note, lang) for note in timeline.notes]
    return [line[:1].upper() + line[1:] for line in lines]


def _bullets(lines: list[str], style: str = "") -> Table:
    """Lines as a bullet list whose wrapped lines stay indented."""
    from rich.table import Table

    bullets = Table.grid(padding=(0, 1))
    bullets.add_column(width=3, justify="right", style=style)
    bullets.add_column(style=style)
    for line in lines:
        bullets.add_row("•", safe(line))
    return bullets
