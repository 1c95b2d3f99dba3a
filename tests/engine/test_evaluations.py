"""The evaluations of the plan van aanpak count sick days (docs/law.md section 3, row
``evaluatie``; Regeling art. 4 lid 2 sub b, "periodiek"): every 42 counted sick days after
the plan (its recorded date, else its due date) and after each recorded evaluation, so a
recovery and WAZO leave push the series back like every forward milestone, and the gap a
finding reports is counted in sick days too. A missed one is a low finding.

Worked by hand. First sick day Monday 6 January 2025 (index 0): 31 Jan is index 25, 28 Feb
index 53, 10 Mar index 63. The probleemanalyse of 10 Feb and the plan van aanpak of 24 Feb
(index 49: 25 + 24) are recorded unless said otherwise. Without a gap the first evaluation
is due at index 49 + 42 = 91, D + 91 = 7 April 2025 (31 Mar is index 84), the second at
index 133, 7 Apr + 42 = 19 May 2025.

``GAP``: recovered after 10 Mar, fit 11 to 20 Mar (10 fit days, joined: fewer than 28),
sick again from 21 Mar (index 64). Index k >= 64 is then 21 Mar + (k - 64): index 91 is
21 Mar + 27 = 17 April (7 Apr + 10), index 133 is 17 Apr + 42 = 29 May (19 May + 10).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from poortwachter.assessment import assess
from poortwachter.checks import check_case
from poortwachter.engine import compute_timeline
from poortwachter.law.findings import Severity
from poortwachter.models import Case, Events, Status, Timeline
from poortwachter.outputs.wording import finding_message
from poortwachter.results import Assessment, Finding
from poortwachter.sickdays import LeavePeriod, SickPeriod, split_chains

from ..helpers import as_of_dates, cases, d, leave, sick
from .test_assessment_properties import _shift_with_events

PLAN = Events(
    probleemanalyse=d("2025-02-10"), plan_van_aanpak=d("2025-02-24"), casemanager="A. Jansen"
)
ONE_PERIOD = (sick("2025-01-06"),)
GAP = (sick("2025-01-06", "2025-03-10"), sick("2025-03-21"))


def timeline(
    periods: tuple[SickPeriod, ...] = ONE_PERIOD,
    as_of: str = "2025-06-15",
    *,
    leaves: tuple[LeavePeriod, ...] = (),
    events: Events | None = PLAN,
) -> Timeline:
    the_case = Case(sick_periods=periods, leave_periods=leaves, events=events, case_id="E")
    return compute_timeline(the_case, d(as_of))


def judge(as_of: str, periods: tuple[SickPeriod, ...] = GAP, **changes: Any) -> Assessment:
    events = PLAN._replace(**changes)
    return assess(Case(sick_periods=periods, events=events, case_id="E"), d(as_of))


def evaluations(of: Timeline) -> list[date]:
    return [item.due for item in of.milestones if item.id == "evaluatie"]


def interval_finding(assessment: Assessment) -> Finding | None:
    return next((item for item in assessment.findings if item.id == "evaluatie_interval"), None)


# --- the series -----------------------------------------------------------------------


def test_without_gaps_the_series_runs_every_42_days_after_the_recorded_plan() -> None:
    assert evaluations(timeline())[:2] == [d("2025-04-07"), d("2025-05-19")]


def test_a_recovery_between_the_plan_and_the_evaluation_pushes_it_back_by_its_fit_days() -> None:
    # Index 91 and 133 with GAP: 10 days later than without it.
    assert evaluations(timeline(GAP))[:2] == [d("2025-04-17"), d("2025-05-29")]


def test_the_plans_due_date_counts_when_the_plan_is_not_recorded() -> None:
    # Nothing recorded: the plan is due at index 55 (D + 55 = 2 Mar 2025, before the gap),
    # the first evaluation at index 97: without a gap 2 Mar + 42 = 13 April, with GAP
    # 21 Mar + (97 - 64) = 23 April.
    nothing = Events()
    assert evaluations(timeline(events=nothing))[0] == d("2025-04-13")
    assert evaluations(timeline(GAP, events=nothing))[0] == d("2025-04-23")
    assert evaluations(timeline(GAP, events=None))[0] == d("2025-04-23")


@pytest.mark.parametrize(
    ("leave_end", "first", "second"),
    [
        # 11 to 20 Mar: 10 leave days, the same push as 10 fit days.
        ("2025-03-20", "2025-04-17", "2025-05-29"),
        # 11 Mar to 30 Jun: 112 leave days (20 + 30 + 31 + 30 + 1); index 64 is 1 Jul,
        # index 91 is 1 Jul + 27 = 28 Jul (7 Apr + 112), index 133 is 28 Jul + 42 = 8 Sep.
        ("2025-06-30", "2025-07-28", "2025-09-08"),
    ],
)
def test_leave_pushes_the_series_back_by_its_days(leave_end: str, first: str, second: str) -> None:
    got = evaluations(timeline(leaves=(leave("2025-03-11", leave_end),)))
    assert got[:2] == [d(first), d(second)]


def test_a_recovery_after_a_recorded_evaluation_pushes_the_next_one_back() -> None:
    # Evaluated on 7 Apr (index 91); sick until 20 Apr (index 104), fit 21 to 30 Apr (10
    # days), sick again from 1 May (index 105): the next is due at index 133, 1 May + 28 =
    # 29 May (19 May + 10).
    periods = (sick("2025-01-06", "2025-04-20"), sick("2025-05-01"))
    got = timeline(periods, events=PLAN._replace(evaluaties=(d("2025-04-07"),)))
    items = [item for item in got.milestones if item.id == "evaluatie"]
    assert (items[0].due, items[0].status) == (d("2025-04-07"), Status.DONE)
    assert items[1].due == d("2025-05-29")


def test_evaluations_after_a_recovery_lapse() -> None:
    # GAP, recovered after 15 May: evaluation 2 (29 May) falls after the last sick day.
    periods = (sick("2025-01-06", "2025-03-10"), sick("2025-03-21", "2025-05-15"))
    got = timeline(periods, "2025-07-01")
    statuses = {item.occurrence: item.status for item in got.milestones if item.id == "evaluatie"}
    assert statuses[1] is Status.OVERDUE  # 17 April, before the recovery
    assert statuses[2] is Status.LAPSED


# --- the gap a finding reports ----------------------------------------------------------


def test_an_evaluation_42_sick_days_after_the_plan_is_in_time_and_43_is_not() -> None:
    # With GAP, 17 Apr is index 91, 42 sick days after the plan (52 calendar days);
    # 18 Apr is index 92, 43 sick days.
    assert interval_finding(judge("2025-04-17", evaluaties=(d("2025-04-17"),))) is None
    item = interval_finding(judge("2025-04-18", evaluaties=(d("2025-04-18"),)))
    assert item is not None
    assert dict(item.values) == {"gap": 43, "start": d("2025-02-24"), "end": d("2025-04-18")}
    # "Periodiek" is all the law says (Regeling art. 4 lid 2 sub b): low.
    assert item.severity is Severity.LOW
    assert finding_message(item, "nl") == (
        "Het plan van aanpak is niet elke 6 weken geëvalueerd: 43 ziektedagen tussen "
        "ma 24-02-2025 en vr 18-04-2025 (herstel en verlof tellen niet mee)."
    )
    assert "43 sick days between Mon 2025-02-24 and Fri 2025-04-18" in finding_message(item, "en")


def test_no_evaluation_yet_is_a_finding_from_the_43rd_sick_day_after_the_plan() -> None:
    # With GAP, 17 Apr is the 42nd sick day after the plan of 24 Feb, 18 Apr the 43rd.
    assert interval_finding(judge("2025-04-17")) is None
    item = interval_finding(judge("2025-04-18"))
    assert item is not None
    assert (dict(item.values)["gap"], item.act_by) == (43, d("2025-04-18"))


def test_the_open_gap_after_the_last_evaluation_counts_sick_days() -> None:
    # Evaluated 17 Apr (index 91); the next falls at index 133, 29 May: still in time that
    # day, a finding the day after, to act on at once.
    evaluated = (d("2025-04-17"),)
    assert interval_finding(judge("2025-05-29", evaluaties=evaluated)) is None
    item = interval_finding(judge("2025-05-30", evaluaties=evaluated))
    assert item is not None
    assert dict(item.values) == {"gap": 43, "start": d("2025-04-17"), "end": d("2025-05-30")}
    assert item.act_by == d("2025-05-30")


def test_leave_days_are_not_counted_in_the_gap() -> None:
    # Leave 11 Mar to 30 Jun (112 days): 28 Jul is 42 sick days after the plan, 29 Jul 43.
    the_case = Case(
        sick_periods=ONE_PERIOD,
        leave_periods=(leave("2025-03-11", "2025-06-30"),),
        events=PLAN,
        case_id="E",
    )
    assert interval_finding(assess(the_case, d("2025-07-28"))) is None
    item = interval_finding(assess(the_case, d("2025-07-29")))
    assert item is not None
    assert dict(item.values)["gap"] == 43


@pytest.mark.parametrize(("last_sick_day", "found"), [("2025-05-29", False), ("2025-05-30", True)])
def test_after_a_recovery_the_gap_stops_at_the_last_sick_day(
    last_sick_day: str, found: bool
) -> None:
    # Evaluated 17 Apr (index 91) with GAP; recovered after 29 May (index 133: 42 sick days
    # later) or 30 May (43). Seen on 1 Jul, the days after the recovery are no sick days.
    periods = (sick("2025-01-06", "2025-03-10"), sick("2025-03-21", last_sick_day))
    item = interval_finding(judge("2025-07-01", periods, evaluaties=(d("2025-04-17"),)))
    assert (item is not None) is found
    if item is not None:
        assert dict(item.values) == {"gap": 43, "start": d("2025-04-17"), "end": d("2025-05-30")}


# --- properties ---------------------------------------------------------------------------


@st.composite
def planned_cases(draw: st.DrawFn) -> Case:
    """A random chain with a recorded plan and some evaluations after it."""
    base = draw(cases(max_periods=3))
    first = split_chains(base.sick_periods, base.leave_periods).current.first_day
    plan = first + timedelta(days=draw(st.integers(0, 120)))
    steps = draw(st.lists(st.integers(1, 90), max_size=4))
    days, day = [], plan
    for step in steps:
        day += timedelta(days=step)
        days.append(day)
    the_case = base._replace(
        events=Events(plan_van_aanpak=plan, evaluaties=tuple(days), casemanager="C")
    )
    assume(not check_case(the_case))
    return the_case


@settings(max_examples=150)
@given(planned_cases(), as_of_dates(), st.integers(1, 2000))
def test_moving_every_date_by_n_days_moves_the_series_by_n(
    the_case: Case, as_of: date, days: int
) -> None:
    original = evaluations(compute_timeline(the_case, as_of))
    moved_case = _shift_with_events(the_case, days)
    moved = evaluations(compute_timeline(moved_case, as_of + timedelta(days=days)))
    assert moved == [day + timedelta(days=days) for day in original]


@settings(max_examples=150)
@given(planned_cases(), st.integers(0, 400), st.integers(1, 27))
def test_a_recovery_gap_never_moves_an_evaluation_earlier(
    the_case: Case, split_after: int, gap_days: int
) -> None:
    last = the_case.sick_periods[-1]
    first_end = last.start + timedelta(days=split_after)
    restart = first_end + timedelta(days=gap_days + 1)
    if last.end is not None and restart > last.end:
        return  # nothing left to split
    with_gap = the_case._replace(
        sick_periods=(
            *the_case.sick_periods[:-1],
            last._replace(end=first_end),
            last._replace(start=restart, same_cause_as_previous=True),
        ),
    )
    try:
        after = compute_timeline(with_gap, date(2030, 1, 1))
    except ValueError:
        return  # the new last chain lies wholly in leave: not a case the engine takes
    before = compute_timeline(the_case, date(2030, 1, 1))
    # Fewer than 28 calendar days: always joined, and each occurrence moves back, never
    # forward; without leave by at most the gap's days (with leave, a day pushed onto a
    # leave day moves on past the leave).
    for earlier, later in zip(evaluations(before), evaluations(after), strict=False):
        assert earlier <= later
        if not the_case.leave_periods:
            assert later <= earlier + timedelta(days=gap_days)
