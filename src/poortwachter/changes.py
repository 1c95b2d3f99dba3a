"""What an edit of a case did to its timeline: the steps it made done, the end of the
waiting period it moved, and the step that comes next (``case record``, ``recover``,
``relapse``, ``set``). Pure: two cases and a day in, the change out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .assessment import assess
from .law.milestones import Kind
from .models import OPEN_STATUSES, Case, CaseError, Milestone, Status, Timeline

_DONE = (Status.DONE, Status.LATE)


@dataclass(frozen=True, slots=True)
class TimelineChange:
    timeline: Timeline
    """The timeline after the edit, on the day asked."""
    now_done: tuple[Milestone, ...]
    """The steps done after the edit that were not before (none for a case that could
    not be judged before it)."""
    end_moved_from: date | None
    """The end of the waiting period before the edit, when the edit moved it."""
    next_step: Milestone | None
    """The first step still to take that is not information only."""


def timeline_change(before: Case | None, after: Case, on: date) -> TimelineChange | None:
    """How the edit from ``before`` (``None``: a case that could not be judged) to
    ``after`` changed the timeline on ``on``; ``None`` when the engine cannot judge
    ``after`` on that day (the edit stands all the same)."""
    try:
        new = assess(after, on).timeline
        old = assess(before, on).timeline if before is not None else None
    except CaseError:
        return None
    now_done: tuple[Milestone, ...] = ()
    moved_from = None
    if old is not None:
        earlier = {(item.id, item.occurrence): item.status for item in old.milestones}
        now_done = tuple(
            milestone
            for milestone in new.milestones
            if milestone.status in _DONE
            and earlier.get((milestone.id, milestone.occurrence)) not in _DONE
        )
        if old.einde_wachttijd != new.einde_wachttijd:
            moved_from = old.einde_wachttijd
    next_step = next(
        (
            milestone
            for milestone in new.milestones
            if milestone.status in OPEN_STATUSES and milestone.kind is not Kind.INFO
        ),
        None,
    )
    return TimelineChange(new, now_done, moved_from, next_step)
