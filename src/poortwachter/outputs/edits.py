"""An edit of a case file in words: what was written, the steps it made done, the end
it moved, and the next step (``changes.TimelineChange``)."""

from __future__ import annotations

from ..changes import TimelineChange
from ..language import Language
from ..messages import visible
from .dates import format_date
from .tables import status_text
from .wording import milestone_label, text


def change_lines(
    source: str,
    where: str,
    value: str,
    old: str | None,
    change: TimelineChange | None,
    lang: Language,
) -> list[str]:
    """The lines that report an edit: the value written (and the one it replaced), then
    the milestones it made done, the end it moved and the next step (none when the
    case could not be judged)."""
    if old is not None and old != value:
        line = text("edit_changed", lang, file=source, path=where, value=value, old=old)
    else:
        line = text("edit_written", lang, file=source, path=where, value=value)
    lines = [visible(line)]
    if change is None:
        return lines
    timeline = change.timeline
    for milestone in change.now_done:
        said = text(
            "edit_status",
            lang,
            label=milestone_label(milestone, lang),
            status=status_text(milestone, timeline, lang),
            due=format_date(milestone.due, lang),
        )
        lines.append(visible(said))
    if change.end_moved_from is not None:
        moved = text(
            "edit_end_moved",
            lang,
            date=format_date(timeline.einde_wachttijd, lang),
            old=format_date(change.end_moved_from, lang),
        )
        lines.append(moved)
    upcoming = change.next_step
    if upcoming is None:
        lines.append(text("edit_no_next", lang))
        return lines
    said = text(
        "edit_next",
        lang,
        label=milestone_label(upcoming, lang),
        due=format_date(upcoming.due, lang),
        status=status_text(upcoming, timeline, lang),
    )
    lines.append(visible(said))
    return lines
