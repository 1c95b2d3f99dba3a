"""An eerstejaarsevaluatie held before its window does not count (docs/law.md section 3,
row ``eerstejaarsevaluatie``; Regeling art. 4 lid 2 sub b, "aan het einde van het eerste
ziektejaar"; Beoordelingskader §5): the milestone stays open and the finding
``eerstejaarsevaluatie_te_vroeg`` (medium) says why. One on or after the window's first day
counts as before.

Worked by hand. First sick day Monday 6 January 2025 (index 0); 2025 has 365 days, so
6 Jan 2026 is index 365 and 31 Dec 2025 index 359. The window opens at index 315 (week 46):
31 Dec - 44 = Monday 17 November 2025 (1 Dec is index 329, 17 Nov 329 - 14); index 314
is Sunday 16 November. Due at index 363 (end of week 52): Sunday 4 January 2026.

``GAP``: recovered after 10 Mar 2025 (index 63), fit 11 to 20 Mar (10 days, joined), sick
again from 21 Mar: every index from 64 on falls 10 days later. The window opens on 27 Nov
2025 (index 315), index 314 is 26 Nov, and the due date is 14 Jan 2026.
"""

from __future__ import annotations

from typing import Any

import pytest

from poortwachter.assessment import assess
from poortwachter.law.findings import Severity
from poortwachter.models import Case, Events, Status
from poortwachter.outputs.wording import finding_action, finding_message
from poortwachter.results import Assessment, Finding
from poortwachter.sickdays import SickPeriod

from ..helpers import d, milestone, sick

ON_TIME = Events(
    arbodienst_melding=d("2025-01-07"),
    probleemanalyse=d("2025-02-10"),
    plan_van_aanpak=d("2025-02-24"),
    casemanager="A. Jansen",
    ziekmelding_uwv=d("2025-10-20"),
)
ONE_PERIOD = (sick("2025-01-06"),)
GAP = (sick("2025-01-06", "2025-03-10"), sick("2025-03-21"))


def judge(as_of: str, periods: tuple[SickPeriod, ...] = ONE_PERIOD, **changes: Any) -> Assessment:
    events = ON_TIME._replace(**changes)
    return assess(Case(sick_periods=periods, events=events, case_id="J"), d(as_of))


def too_early(assessment: Assessment) -> Finding | None:
    found = [item for item in assessment.findings if item.id == "eerstejaarsevaluatie_te_vroeg"]
    assert len(found) <= 1
    return found[0] if found else None


def test_one_held_the_day_before_the_window_does_not_count() -> None:
    assessment = judge("2025-12-01", eerstejaarsevaluatie=d("2025-11-16"))
    item = milestone(assessment.timeline, "eerstejaarsevaluatie")
    # Open: 34 days before its due date, so upcoming.
    assert (item.status, item.done_on, item.window_start) == (
        Status.UPCOMING,
        None,
        d("2025-11-17"),
    )
    found = too_early(assessment)
    assert found is not None
    assert (found.severity, found.milestone, found.act_by) == (
        Severity.MEDIUM,
        "eerstejaarsevaluatie",
        d("2026-01-04"),
    )
    assert dict(found.values) == {
        "done_on": d("2025-11-16"),
        "window": d("2025-11-17"),
        "due": d("2026-01-04"),
    }
    assert finding_message(found, "nl") == (
        "De eerstejaarsevaluatie van zo 16-11-2025 telt niet: die hoort aan het einde van "
        "het eerste ziektejaar, vanaf ma 17-11-2025 (ziekteweek 46) tot en met zo 04-01-2026."
    )
    assert finding_action(found, "nl") == (
        "Houd de eerstejaarsevaluatie opnieuw, op of na ma 17-11-2025 en uiterlijk "
        "zo 04-01-2026, en leg die nieuwe datum vast."
    )
    assert finding_message(found, "en").startswith(
        "The first-year evaluation of Sun 2025-11-16 does not count"
    )


def test_one_held_on_the_first_day_of_the_window_counts() -> None:
    assessment = judge("2025-12-01", eerstejaarsevaluatie=d("2025-11-17"))
    item = milestone(assessment.timeline, "eerstejaarsevaluatie")
    assert (item.status, item.done_on) == (Status.DONE, d("2025-11-17"))
    assert too_early(assessment) is None


@pytest.mark.parametrize(
    ("as_of", "status"),
    [
        ("2025-12-20", Status.UPCOMING),  # 15 days before 4 Jan 2026
        ("2025-12-21", Status.DUE_SOON),  # 14 days before
        ("2026-01-04", Status.DUE_SOON),  # the due date
        ("2026-01-05", Status.OVERDUE),  # the day after
    ],
)
def test_one_held_too_early_leaves_the_milestone_open_as_its_date_says(
    as_of: str, status: Status
) -> None:
    item = milestone(
        judge(as_of, eerstejaarsevaluatie=d("2025-11-16")).timeline, "eerstejaarsevaluatie"
    )
    assert (item.status, item.done_on) == (status, None)


def test_past_due_it_is_missing_and_the_early_one_is_said_why() -> None:
    assessment = judge("2026-01-05", eerstejaarsevaluatie=d("2025-11-16"))
    ids = {item.id: item for item in assessment.findings}
    assert ids["eerstejaarsevaluatie_ontbreekt"].severity is Severity.HIGH
    assert ids["eerstejaarsevaluatie_te_vroeg"].act_by == d("2026-01-05")


def test_the_decision_on_spoor_2_taken_at_an_early_one_does_not_count_either() -> None:
    # The decision on spoor 2 is taken at the first-year evaluation; one held before its
    # window is none. Starting spoor 2 (any day) still decides it.
    early = judge("2026-01-05", eerstejaarsevaluatie=d("2025-11-16"))
    assert milestone(early.timeline, "spoor2_besluit").status is Status.OVERDUE
    started = judge(
        "2026-01-05", eerstejaarsevaluatie=d("2025-11-16"), spoor2_start=d("2025-09-01")
    )
    assert milestone(started.timeline, "spoor2_besluit").status is Status.DONE
    in_window = judge("2026-01-05", eerstejaarsevaluatie=d("2025-11-17"))
    assert milestone(in_window.timeline, "spoor2_besluit").status is Status.DONE


@pytest.mark.parametrize(("held", "counts"), [("2025-11-26", False), ("2025-11-27", True)])
def test_the_window_counts_sick_days(held: str, counts: bool) -> None:
    assessment = judge("2025-12-10", GAP, eerstejaarsevaluatie=d(held))
    item = milestone(assessment.timeline, "eerstejaarsevaluatie")
    assert (item.window_start, item.due) == (d("2025-11-27"), d("2026-01-14"))
    assert (item.status is Status.DONE) is counts
    found = too_early(assessment)
    assert (found is None) is counts
    if found is not None:
        assert dict(found.values)["window"] == d("2025-11-27")


def test_no_finding_when_the_employee_recovered_before_it_fell_due() -> None:
    # Recovered after 30 Sep 2025: the first-year evaluation lapsed, nothing to hold again.
    assessment = judge(
        "2025-12-01", (sick("2025-01-06", "2025-09-30"),), eerstejaarsevaluatie=d("2025-09-01")
    )
    assert milestone(assessment.timeline, "eerstejaarsevaluatie").status is Status.LAPSED
    assert too_early(assessment) is None


def test_a_late_one_is_late_as_before() -> None:
    assessment = judge("2026-02-01", eerstejaarsevaluatie=d("2026-01-05"))
    item = milestone(assessment.timeline, "eerstejaarsevaluatie")
    assert (item.status, item.done_on) == (Status.LATE, d("2026-01-05"))
    assert too_early(assessment) is None
