"""Invariants of the engine, for any valid case (docs/architecture.md)."""

from __future__ import annotations

import itertools
import json
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from poortwachter.engine import compute_timeline
from poortwachter.law.milestones import RULES
from poortwachter.models import Case, Events, Timeline
from poortwachter.outputs.documents import timeline_document
from poortwachter.outputs.machine import render_json
from poortwachter.sickdays import SickDayCounter, SickPeriod, split_chains

from ..helpers import as_of_dates, cases

# The milestones whose order the law fixes, whatever gaps and leave the case has.
ORDERED = (
    "arbodienst_melding",
    "probleemanalyse",
    "ziekmelding_uwv",
    "eerstejaarsevaluatie",
    "start_tweede_ziektejaar",
    "vervroegde_iva_aanvraag",
    "wia_brief_uwv",
    "reintegratieverslag",
    "wia_aanvraag",
    "loonsanctie_beschikking",
    "einde_wachttijd",
    "ingang_wia",
    "einde_loonsanctie_max",
)


@given(cases(), as_of_dates())
def test_milestones_keep_their_order(the_case: Case, as_of: date) -> None:
    timeline = compute_timeline(the_case, as_of)
    dues = [item.due for item in timeline.milestones]
    assert dues == sorted(dues)
    by_id = {item.id: item.due for item in timeline.milestones}
    ordered = [by_id[name] for name in ORDERED]
    assert all(a < b for a, b in itertools.pairwise(ordered))
    assert by_id["eerstejaarsevaluatie"] == by_id["spoor2_besluit"]
    assert timeline.ingang_wia == timeline.einde_wachttijd + timedelta(days=1)


def _shift_case(the_case: Case, days: int) -> Case:
    delta = timedelta(days=days)

    def move(value: date | None) -> date | None:
        return None if value is None else value + delta

    return Case(
        case_id=the_case.case_id,
        sick_periods=tuple(
            p._replace(start=p.start + delta, end=move(p.end)) for p in the_case.sick_periods
        ),
        leave_periods=tuple(
            p._replace(start=p.start + delta, end=p.end + delta) for p in the_case.leave_periods
        ),
        events=(
            Events(probleemanalyse=move(the_case.events.probleemanalyse))
            if the_case.events
            else None
        ),
    )


@given(cases(), as_of_dates(), st.integers(0, 2000))
def test_moving_every_input_date_by_n_days_moves_every_output_date_by_n(
    the_case: Case, as_of: date, days: int
) -> None:
    original = compute_timeline(the_case, as_of)
    moved = compute_timeline(_shift_case(the_case, days), as_of + timedelta(days=days))
    assert _shift_document(timeline_document(original, "en"), days) == _shift_document(
        timeline_document(moved, "en"), 0
    )


_PRACTICE_DATE_RULES = frozenset(rule.id for rule in RULES if rule.uwv_next_working_day)


def _shift_document(value: object, days: int) -> object:
    """Every ISO date in a JSON document moved by ``days``; UWV's working-day practice
    dates are left out, as public holidays do not move with the case, and so are the
    links to the law as in force on a date and the notes (a first sick day on a weekend
    is one, and weekdays do not move with the case either)."""
    if isinstance(value, dict):
        # A step done on UWV's practice date is on time, so such a milestone's status
        # near its due date depends on the holidays too.
        holiday_bound = value.get("id") in _PRACTICE_DATE_RULES
        return {
            key: _shift_document(item, days)
            for key, item in value.items()
            if key not in ("practice_date", "basis_links", "notes")
            and not (holiday_bound and key in ("status", "on_time_until"))
        }
    if isinstance(value, list):
        return [_shift_document(item, days) for item in value]
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        return (date.fromisoformat(value) + timedelta(days=days)).isoformat()
    return value


@given(cases(), st.integers(0, 500), st.integers(0, 60))
def test_adding_a_recovery_gap_never_ends_the_waiting_period_sooner(
    the_case: Case, split_after: int, gap_days: int
) -> None:
    last = the_case.sick_periods[-1]
    if last.end is not None:
        split_after = min(split_after, (last.end - last.start).days)
    first_end = last.start + timedelta(days=split_after)
    if last.end is not None and first_end >= last.end:
        return  # nothing left to split
    restart = first_end + timedelta(days=gap_days + 1)
    split_periods = (
        *the_case.sick_periods[:-1],
        last._replace(end=first_end),
        # The same sickness again after a recovery: the case says it is the same cause.
        last._replace(start=restart, same_cause_as_previous=True),
    )
    if last.end is not None and restart > last.end:
        return
    with_gap = the_case._replace(sick_periods=split_periods, events=None)
    before = compute_timeline(the_case._replace(events=None), date(2030, 1, 1))
    try:
        after = compute_timeline(with_gap, date(2030, 1, 1))
    except ValueError:
        return  # the new last chain lies wholly in leave: not a case the engine takes
    assert after.einde_wachttijd >= before.einde_wachttijd


@given(cases(), as_of_dates())
def test_json_output_parses_back_into_the_engine_result(the_case: Case, as_of: date) -> None:
    timeline = compute_timeline(the_case, as_of)
    for lang in ("nl", "en"):
        assert Timeline.from_dict(json.loads(render_json(timeline, lang))) == timeline


@given(cases(), st.integers(0, 2000))
def test_a_sick_day_index_and_its_date_map_both_ways(the_case: Case, index: int) -> None:
    chain = split_chains(the_case.sick_periods, the_case.leave_periods).current
    counter = SickDayCounter(chain, the_case.leave_periods)
    day = counter.date_at(index)
    assert counter.counted_through(day) == index + 1
    assert counter.counted_through(day - timedelta(days=1)) == index
    assert not any(leave.start <= day <= leave.end for leave in the_case.leave_periods)


@settings(max_examples=200)
@given(cases())
def test_a_relapse_on_the_last_joined_day_joins_and_the_day_after_does_not(
    the_case: Case,
) -> None:
    last = the_case.sick_periods[-1]
    if last.end is None:
        return
    timeline = compute_timeline(the_case, date(2199, 1, 1))  # after every record
    until = timeline.chain.relapse_joined_until
    assert until is not None
    for start, joined in ((until, True), (until + timedelta(days=1), False)):
        periods = (*the_case.sick_periods, SickPeriod(start, None, last.cause))
        chains = split_chains(periods, the_case.leave_periods).chains
        assert (len(chains[-1].periods) > 1) is joined


def test_a_milestone_built_past_new_equals_one_built_the_usual_way() -> None:
    from datetime import date as day

    from poortwachter.engine import _new_tuple
    from poortwachter.law.milestones import Kind
    from poortwachter.models import Milestone, Status

    values = ("wia_aanvraag", 2, day(2026, 1, 5), None, 93, Kind.STATUTE, Status.DONE,
              day(2026, 1, 4), None, "WIA art. 64 lid 3", ("https://x",),
              day(2026, 1, 6))  # fmt: skip
    fast, usual = _new_tuple(Milestone, values), Milestone(*values)
    assert type(fast) is Milestone
    assert fast == usual
    assert hash(fast) == hash(usual)
    assert repr(fast) == repr(usual)
    assert fast.status is Status.DONE
    assert fast.done_on == day(2026, 1, 4)
    assert fast.on_time_until == day(2026, 1, 6)
    assert fast._asdict() == usual._asdict()
    with pytest.raises(AttributeError):
        fast.status = Status.LATE  # type: ignore[misc]
