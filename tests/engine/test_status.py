"""Milestone statuses on the as_of date (docs/law.md section 3), on both sides of each
boundary."""

from __future__ import annotations

import pytest

from poortwachter.models import Case, Events, Status
from poortwachter.sickdays import SickPeriod

from ..helpers import case, d, first_sick, milestone, sick, timeline_of

# Probleemanalyse due 16 Feb 2025 for a first sick day of 6 Jan 2025.


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        ("2025-02-01", Status.UPCOMING),  # 15 days before
        ("2025-02-02", Status.DUE_SOON),  # 14 days before
        ("2025-02-16", Status.DUE_SOON),  # the due date itself
        ("2025-02-17", Status.DUE_SOON),  # D+42: still "binnen zes weken na de eerste dag"
        ("2025-02-18", Status.PASSED),  # D+43, no events recorded
    ],
)
def test_status_around_the_due_date_without_events(as_of: str, expected: Status) -> None:
    assert milestone(first_sick("2025-01-06", as_of), "probleemanalyse").status is expected


def test_recorded_on_the_due_date_is_done() -> None:
    timeline = timeline_of(case(sick("2025-01-06"), probleemanalyse="2025-02-16"), "2025-03-01")
    item = milestone(timeline, "probleemanalyse")
    assert (item.status, item.done_on) == (Status.DONE, d("2025-02-16"))


def test_a_probleemanalyse_on_d_plus_42_is_done_and_on_d_plus_43_late() -> None:
    # Due 16 Feb (D+41); "binnen zes weken na de eerste dag" runs through 17 Feb (D+42).
    timeline = timeline_of(case(sick("2025-01-06"), probleemanalyse="2025-02-17"), "2025-03-01")
    item = milestone(timeline, "probleemanalyse")
    assert (item.due, item.status) == (d("2025-02-16"), Status.DONE)
    timeline = timeline_of(case(sick("2025-01-06"), probleemanalyse="2025-02-18"), "2025-03-01")
    assert milestone(timeline, "probleemanalyse").status is Status.LATE


def test_only_the_probleemanalyse_has_the_extra_day() -> None:
    # The plan van aanpak (D+55, 2 March) is late the day after its due date.
    events = Events(probleemanalyse=d("2025-02-10"), plan_van_aanpak=d("2025-02-25"))
    the_case = Case(sick_periods=(SickPeriod(d("2025-01-06")),), events=events)
    assert milestone(timeline_of(the_case, "2025-03-01"), "plan_van_aanpak").status is (Status.LATE)


def test_a_recorded_probleemanalyse_sets_the_plan_14_days_after_it() -> None:
    timeline = timeline_of(case(sick("2025-01-06"), probleemanalyse="2025-02-10"), "2025-03-01")
    assert milestone(timeline, "plan_van_aanpak").due == d("2025-02-24")
    # The evaluations follow the plan: 24 Feb + 42 = 7 April.
    assert milestone(timeline, "evaluatie", 1).due == d("2025-04-07")


def test_an_unrecorded_probleemanalyse_past_due_in_a_case_with_events_is_overdue() -> None:
    the_case = case(sick("2025-01-06"), tracks_events=True)
    assert milestone(timeline_of(the_case, "2025-02-18"), "probleemanalyse").status is (
        Status.OVERDUE
    )
    assert milestone(timeline_of(the_case, "2025-02-17"), "probleemanalyse").status is (
        Status.DUE_SOON
    )


def test_past_due_milestones_that_no_event_records_stay_passed_in_a_case_with_events() -> None:
    # Info milestones (a second sick year starting, 5 Jan 2026) cannot be recorded.
    timeline = timeline_of(case(sick("2025-01-06"), probleemanalyse="2025-02-20"), "2026-02-01")
    assert milestone(timeline, "start_tweede_ziektejaar").status is Status.PASSED
    assert milestone(timeline, "plan_van_aanpak").status is Status.OVERDUE


def test_a_milestone_due_after_recovery_lapses() -> None:
    # Sick 6 Jan to 16 Feb 2025: the probleemanalyse (16 Feb) fell due while sick,
    # the plan van aanpak (2 March) after recovery.
    timeline = timeline_of(case(sick("2025-01-06", "2025-02-16")), "2025-06-01")
    assert milestone(timeline, "probleemanalyse").status is Status.PASSED
    assert milestone(timeline, "plan_van_aanpak").status is Status.LAPSED
    assert milestone(timeline, "einde_wachttijd").status is Status.LAPSED


def test_a_recovery_the_day_before_the_due_date_lapses_it() -> None:
    timeline = timeline_of(case(sick("2025-01-06", "2025-02-15")), "2025-06-01")
    assert milestone(timeline, "probleemanalyse").status is Status.LAPSED


def test_every_event_date_field_is_known_to_the_checks() -> None:

    from poortwachter.models import (
        EVENT_DATE_FIELDS,
        EVENT_DATE_LISTS,
        EVENT_TEXT_FIELDS,
        STATED_FIRST_DAYS,
        Events,
    )

    names = set(Events._fields) - {"records_steps"}
    # The first sick days stated to UWV are not events: no check of event dates applies.
    stated = set(STATED_FIRST_DAYS)
    assert set(EVENT_DATE_FIELDS) | set(EVENT_DATE_LISTS) | set(EVENT_TEXT_FIELDS) | stated == names
    assert not stated & set(EVENT_DATE_FIELDS)
    assert EVENT_TEXT_FIELDS == ("casemanager", "spoor2_provider")
