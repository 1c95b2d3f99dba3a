"""The engine's plan (issue 12): a case whose every milestone lies a fixed number of
days after the first sick day gets its milestones from a table made once. Whatever the
case, the result must equal the one worked out rule by rule."""

from __future__ import annotations

from datetime import date, timedelta
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from poortwachter import engine
from poortwachter.engine import compute_timeline
from poortwachter.models import Case, Employee, Events, Status, Timeline
from poortwachter.outputs.documents import timeline_document
from poortwachter.sickdays import LeavePeriod, SickPeriod

from ..helpers import as_of_dates, cases, full_cases


def worked(the_case: Case, as_of: date) -> Timeline:
    """The timeline with the plan switched off: every milestone rule by rule."""
    with mock.patch.object(engine, "_follows_the_plan", return_value=False):
        return compute_timeline(the_case, as_of)


def follows_the_plan(the_case: Case, as_of: date) -> bool:
    seen: list[bool] = []
    real = engine._follows_the_plan

    def spy(context: engine._Context) -> bool:
        seen.append(real(context))
        return seen[-1]

    with mock.patch.object(engine, "_follows_the_plan", spy):
        compute_timeline(the_case, as_of)
    return seen == [True]


@st.composite
def single_period_cases(draw: st.DrawFn) -> Case:
    """One sick period, open or ended; no events, empty events or only a casemanager;
    sometimes a date of birth (AOW age within reach or not) or an end of contract."""
    first = draw(st.dates(date(2013, 7, 1), date(2040, 12, 31)))
    end = first + timedelta(days=draw(st.integers(0, 800))) if draw(st.booleans()) else None
    events = draw(st.sampled_from([None, Events(), Events(casemanager="C")]))
    born = None
    if draw(st.booleans()):
        born = first - timedelta(days=draw(st.integers(16 * 365, 70 * 365)))
    contract_end = None
    if draw(st.booleans()):
        contract_end = first + timedelta(days=draw(st.integers(0, 900)))
    return Case(
        sick_periods=(SickPeriod(first, end),),
        events=events,
        case_id="P",
        employee=Employee(date_of_birth=born, contract_end=contract_end),
    )


@given(single_period_cases(), st.integers(-30, 1000))
@settings(max_examples=400)
def test_the_plan_gives_what_the_rules_give_for_one_period(the_case: Case, days: int) -> None:
    as_of = the_case.sick_periods[0].start + timedelta(days=days)
    planned = compute_timeline(the_case, as_of)
    assert planned == worked(the_case, as_of)
    # Equal tuples could still differ in kind (a str for a Status): the reprs may not.
    assert repr(planned) == repr(worked(the_case, as_of))
    employee = the_case.employee
    if employee.date_of_birth is None and employee.contract_end is None:
        assert follows_the_plan(the_case, as_of)  # the property is about the plan


@given(st.one_of(cases(), full_cases()), as_of_dates())
@settings(max_examples=200)
def test_the_plan_gives_what_the_rules_give_for_any_case(the_case: Case, as_of: date) -> None:
    assert compute_timeline(the_case, as_of) == worked(the_case, as_of)


def test_a_plain_case_follows_the_plan_and_others_do_not() -> None:
    first, as_of = date(2025, 1, 6), date(2025, 6, 1)
    plain = Case.from_first_sick_day(first)
    assert follows_the_plan(plain, as_of)
    assert follows_the_plan(Case(sick_periods=(SickPeriod(first, date(2025, 3, 1)),)), as_of)
    assert follows_the_plan(Case(sick_periods=(SickPeriod(first),), events=Events()), as_of)
    others = [
        Case(sick_periods=(SickPeriod(first),), events=Events(probleemanalyse=date(2025, 2, 10))),
        Case(sick_periods=(SickPeriod(first),), events=Events(evaluaties=(date(2025, 4, 1),))),
        Case(
            sick_periods=(SickPeriod(first),),
            leave_periods=(LeavePeriod(date(2025, 3, 1), date(2025, 3, 2)),),
        ),
        Case(sick_periods=(SickPeriod(first, date(2025, 1, 10)), SickPeriod(date(2025, 1, 20)))),
        Case(
            sick_periods=(SickPeriod(first),),
            employee=Employee(contract_end=date(2025, 12, 31)),
        ),
        Case(
            sick_periods=(SickPeriod(first),),
            employee=Employee(date_of_birth=date(1959, 1, 1)),  # AOW age within reach
        ),
    ]
    for other in others:
        assert not follows_the_plan(other, as_of), other


def test_planned_statuses_on_both_sides_of_their_days() -> None:
    # 6 Jan 2025: the probleemanalyse is due on index 41, Sunday 16 Feb 2025; "binnen zes
    # weken" keeps it on time through index 42, 17 Feb (docs/law.md section 3). Due soon
    # from 14 days before the due date, passed after the last day on time.
    plain = Case.from_first_sick_day(date(2025, 1, 6))

    def status(as_of: date) -> Status:
        timeline = compute_timeline(plain, as_of)
        return next(m.status for m in timeline.milestones if m.id == "probleemanalyse")

    assert status(date(2025, 2, 1)) is Status.UPCOMING
    assert status(date(2025, 2, 2)) is Status.DUE_SOON
    assert status(date(2025, 2, 16)) is Status.DUE_SOON
    assert status(date(2025, 2, 17)) is Status.DUE_SOON
    assert status(date(2025, 2, 18)) is Status.PASSED
    recorded = Case(sick_periods=plain.sick_periods, events=Events())
    on_time = compute_timeline(recorded, date(2025, 2, 17))
    assert next(m for m in on_time.milestones if m.id == "probleemanalyse").status is (
        Status.DUE_SOON
    )
    overdue = compute_timeline(recorded, date(2025, 2, 18))
    assert next(m for m in overdue.milestones if m.id == "probleemanalyse").status is (
        Status.OVERDUE
    )
    # An ended sickness: steps after the last sick day lapse (judged once the recovery is
    # known, after 15 Feb; before it, the recovery is not known yet, docs/law.md 4a).
    ended = Case(sick_periods=(SickPeriod(date(2025, 1, 6), date(2025, 2, 15)),))
    lapsed = compute_timeline(ended, date(2025, 2, 20))
    not_yet = compute_timeline(ended, date(2025, 1, 10))
    assert next(m for m in not_yet.milestones if m.id == "probleemanalyse").status is (
        Status.UPCOMING
    )
    assert next(m for m in lapsed.milestones if m.id == "probleemanalyse").status is (Status.LAPSED)
    kept = Case(sick_periods=(SickPeriod(date(2025, 1, 6), date(2025, 2, 16)),))
    assert (
        next(
            m
            for m in compute_timeline(kept, date(2025, 1, 10)).milestones
            if m.id == "probleemanalyse"
        ).status
        is Status.UPCOMING
    )


def test_a_timeline_document_reads_back_and_a_broken_one_is_refused() -> None:
    import pydantic
    import pytest

    timeline = compute_timeline(Case.from_first_sick_day(date(2025, 1, 6)), date(2025, 6, 1))
    document = timeline_document(timeline, "en")
    assert Timeline.from_dict(document) == timeline
    newer = {**document, "milestones": [{**m, "new_key": 1} for m in document["milestones"]]}
    assert Timeline.from_dict(newer) == timeline  # a key a newer document adds is ignored
    without = {key: value for key, value in document.items() if key != "milestones"}
    for broken in (without, {**document, "milestones": None}, {**document, "milestones": [[1]]}):
        with pytest.raises(pydantic.ValidationError):
            Timeline.from_dict(broken)


def test_a_timelines_notes_are_commentary_not_part_of_its_value() -> None:
    from poortwachter.messages import message

    timeline = compute_timeline(Case.from_first_sick_day(date(2025, 1, 6)), date(2025, 6, 1))
    noted = timeline._replace(notes=(message("note_no_events_recorded"),))
    assert noted == timeline
    assert not noted != timeline  # noqa: SIM202 - __ne__ is its own method on a tuple
    assert hash(noted) == hash(timeline)
    assert len({noted, timeline}) == 1
    later = timeline._replace(sick_week=timeline.sick_week + 1)
    assert later != timeline
    assert not later == timeline  # noqa: SIM201
    assert noted != tuple(noted)  # a plain tuple of the same values is no timeline
    assert tuple(noted) != noted
    # A newer document's key at the top is ignored too (a named tuple refuses extras).
    document = {**timeline_document(noted, "nl"), "new_key": 1}
    assert Timeline.from_dict(document) == timeline
