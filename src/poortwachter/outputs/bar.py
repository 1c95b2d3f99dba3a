"""The 104 weeks at a glance, for the table: a bar from the first sick day to the last day
of wage payment, with the deadlines marked and the sick weeks 0, 52 and 104 under it."""

from __future__ import annotations

from datetime import date
from itertools import groupby
from typing import TYPE_CHECKING

from ..language import Language
from ..models import Status, Timeline
from .wording import text

if TYPE_CHECKING:
    from rich.text import Text


#: The bar's width at most: one column a week when the whole period is 104 weeks.
BAR_MAX_COLUMNS = 104

#: Day kinds on the bar: character and style.
_BAR = {
    "elapsed": ("█", "cyan"),
    "remaining": ("░", "dim"),
    "leave": ("▒", "magenta"),
    "gap": ("·", "yellow"),
    "extension": ("▓", "red"),
    "ended": ("─", "dim"),
}
_MARKED_KINDS = frozenset({"statute", "regeling"})


def bar_cells(timeline: Timeline, columns: int) -> list[str]:
    """What each column of the bar shows: the kind of its middle day, from the first sick
    day to the last day of wage payment (every extension included)."""
    first = timeline.first_sick_day.toordinal()
    span = timeline.einde_wachttijd.toordinal() - first + 1
    leave = [(p.start.toordinal(), p.end.toordinal()) for p in timeline.chain.leave_periods]
    gaps = [(g.first_day.toordinal(), g.last_day.toordinal()) for g in timeline.chain.gaps]
    end_104 = timeline.einde_104_weken.toordinal()
    wage_end = timeline.einde_loondoorbetaling.toordinal()
    as_of = timeline.as_of.toordinal()
    cells = []
    for column in range(columns):
        day = first + (2 * column + 1) * span // (2 * columns)
        if day > wage_end:
            cells.append("ended")  # AOW age or the end of the contract ended wage early
        elif any(start <= day <= end for start, end in leave):
            cells.append("leave")
        elif any(start <= day <= end for start, end in gaps):
            cells.append("gap")
        elif day > end_104:
            cells.append("extension")
        else:
            cells.append("elapsed" if day <= as_of else "remaining")
    return cells


def week_bar(timeline: Timeline, lang: Language, columns: int) -> list[Text]:
    """The 104 weeks at a glance: the bar, deadline markers, week numbers, a legend."""
    from rich.text import Text

    columns = max(columns, 20)
    first = timeline.first_sick_day.toordinal()
    span = timeline.einde_wachttijd.toordinal() - first + 1

    def column_of(day: date) -> int:
        return min(columns - 1, max(0, (day.toordinal() - first) * columns // span))

    # One span a run of equal cells, not one a cell: rich renders a span as a segment
    # with its own colour codes, and some 100 of them cost 0.4 ms of a cold start.
    bar = Text()
    for cell, run in groupby(bar_cells(timeline, columns)):
        character, style = _BAR[cell]
        bar.append(character * len(list(run)), style=style)
    markers = [" "] * columns
    for milestone in timeline.milestones:
        if (
            milestone.kind.value in _MARKED_KINDS
            and milestone.due <= timeline.einde_wachttijd
            and milestone.status is not Status.LAPSED
        ):
            markers[column_of(milestone.due)] = "▲"
    # Sick weeks, not calendar weeks: fit days and leave push them back.
    second_year = timeline.start_tweede_ziektejaar
    scale = [" "] * columns
    for label, day in (
        ("0", timeline.first_sick_day),
        ("52", second_year),
        ("104", timeline.einde_104_weken),
    ):
        position = min(column_of(day), columns - len(label))
        scale[position : position + len(label)] = label
    legend = Text(text("bar_title", lang) + "  ", style="bold")
    shown = ["elapsed", "remaining", "gap", "leave", "extension"]
    if timeline.einde_loondoorbetaling < timeline.einde_wachttijd:
        shown.append("ended")
    for cell in shown:
        character, style = _BAR[cell]
        legend.append(character, style=style)
        legend.append(f" {text(f'bar_{cell}', lang)}  ")
    legend.append("▲ " + text("bar_marker", lang))
    return [legend, bar, Text("".join(markers), style="bold"), Text("".join(scale), style="dim")]
