"""Small builders for tests: dates and cases written as briefly as the law's examples."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from datetime import date

import pytest

from poortwachter.engine import compute_timeline
from poortwachter.models import Case, CaseError, Events, Milestone, Timeline
from poortwachter.outputs.messages import say
from poortwachter.sickdays import LeavePeriod, SickPeriod


def d(text: str) -> date:
    return date.fromisoformat(text)


def sick(start: str, end: str | None = None, cause: str | None = None) -> SickPeriod:
    return SickPeriod(d(start), d(end) if end else None, cause)


def leave(start: str, end: str) -> LeavePeriod:
    return LeavePeriod(d(start), d(end))


def case(
    *periods: SickPeriod,
    leaves: tuple[LeavePeriod, ...] = (),
    probleemanalyse: str | None = None,
    tracks_events: bool = False,
) -> Case:
    events = (
        Events(probleemanalyse=d(probleemanalyse) if probleemanalyse else None)
        if probleemanalyse or tracks_events
        else None
    )
    return Case(sick_periods=periods, leave_periods=leaves, events=events, case_id="T-1")


def timeline_of(the_case: Case, as_of: str = "2024-01-01") -> Timeline:
    return compute_timeline(the_case, d(as_of))


def first_sick(day: str, as_of: str = "2012-01-01") -> Timeline:
    return compute_timeline(Case.from_first_sick_day(d(day)), d(as_of))


def milestone(timeline: Timeline, milestone_id: str, occurrence: int | None = None) -> Milestone:
    found = [
        item
        for item in timeline.milestones
        if item.id == milestone_id and (occurrence is None or item.occurrence == occurrence)
    ]
    assert found, f"no milestone {milestone_id}"
    return found[0]


def due(timeline: Timeline, milestone_id: str) -> date:
    return milestone(timeline, milestone_id).due


@contextlib.contextmanager
def refused(pattern: str) -> Iterator[None]:
    """Like ``pytest.raises(CaseError, match=pattern)``, on the problems put in English
    words (a ``CaseError`` carries messages, not sentences)."""
    with pytest.raises(CaseError) as caught:
        yield
    said = "; ".join(say(problem.said, "en") for problem in caught.value.problems)
    assert re.search(pattern, said), f"{pattern!r} not in {said!r}"
