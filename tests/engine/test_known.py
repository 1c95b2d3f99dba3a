"""The case as known on the as-of date (docs/law.md section 4a): records dated after
``as_of`` are left out of the judgment, both sides of every boundary.

Sick from Mon 6 Jan 2025 unless a test says otherwise: the probleemanalyse is due at
index 41 = Sun 16 Feb 2025; the plan van aanpak two weeks after the analysis, and without
one at index 55 = Sun 2 Mar 2025.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from poortwachter.assessment import assess
from poortwachter.engine import compute_timeline
from poortwachter.known import as_known_on
from poortwachter.models import (
    Case,
    CaseError,
    Employee,
    Events,
    ExtensionKind,
    ExtensionsInput,
    Loonsanctie,
    Status,
    Timeline,
)

from ..helpers import d, full_cases, leave, milestone, sick

PLAN = Events(probleemanalyse=d("2025-02-10"), plan_van_aanpak=d("2025-02-24"))


def judged(as_of: str, **changes: Any) -> tuple[Case, Timeline]:
    the_case = Case(sick_periods=(sick("2025-01-06"),), events=PLAN, case_id="E")
    the_case = the_case._replace(**changes)
    return the_case, compute_timeline(the_case, d(as_of))


def note_ids(timeline: Timeline) -> list[str]:
    return [note.id for note in timeline.notes]


# --- events --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("as_of", "status", "left_out"),
    [
        # The first evaluation is due 42 days after the plan: 24 Feb + 42 = Mon 7 Apr.
        # Planned for 7 Apr and judged on 6 Apr, it has not happened: due soon.
        ("2025-04-06", Status.DUE_SOON, 1),
        ("2025-04-07", Status.DONE, 0),
    ],
)
def test_a_planned_evaluation_is_not_done_before_its_day(
    as_of: str, status: Status, left_out: int
) -> None:
    events = PLAN._replace(evaluaties=(d("2025-04-07"),))
    _, timeline = judged(as_of, events=events)
    assert milestone(timeline, "evaluatie", 1).status is status
    assert timeline.records_after_as_of == left_out
    assert ("note_records_after_as_of" in note_ids(timeline)) is bool(left_out)


@pytest.mark.parametrize(
    ("as_of", "plan_due", "analysis"),
    [
        # Judged on 9 Feb, the analysis of 10 Feb is planned: the plan's due date comes
        # from the analysis's own due date (index 55 = 2 Mar), not from the plan.
        ("2025-02-09", "2025-03-02", Status.DUE_SOON),
        # On 10 Feb it has happened: 10 Feb + 14 = 24 Feb.
        ("2025-02-10", "2025-02-24", Status.DONE),
    ],
)
def test_a_plans_due_date_is_not_derived_from_a_planned_analysis(
    as_of: str, plan_due: str, analysis: Status
) -> None:
    _, timeline = judged(as_of, events=Events(probleemanalyse=d("2025-02-10")))
    assert milestone(timeline, "plan_van_aanpak").due == d(plan_due)
    assert milestone(timeline, "probleemanalyse").status is analysis


def test_a_planned_step_left_out_shows_as_overdue_when_its_day_has_passed() -> None:
    # The analysis planned for 20 Feb, judged on 18 Feb: due 16 Feb, not done: overdue.
    the_case, timeline = judged("2025-02-18", events=Events(probleemanalyse=d("2025-02-20")))
    assert milestone(timeline, "probleemanalyse").status is Status.OVERDUE
    finding_ids = [item.id for item in assess(the_case, d("2025-02-18")).findings]
    assert "probleemanalyse_ontbreekt" in finding_ids
    # Two days later it is late, not missing.
    finding_ids = [item.id for item in assess(the_case, d("2025-02-20")).findings]
    assert "probleemanalyse_te_laat" in finding_ids
    assert "probleemanalyse_ontbreekt" not in finding_ids


# --- sick periods ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("as_of", "last_sick_day", "left_out"),
    [
        ("2025-03-30", None, 1),  # the recovery of 31 Mar is not known yet: still sick
        ("2025-03-31", "2025-03-31", 0),
    ],
)
def test_a_recovery_after_the_as_of_date_is_not_known_yet(
    as_of: str, last_sick_day: str | None, left_out: int
) -> None:
    _, timeline = judged(as_of, sick_periods=(sick("2025-01-06", "2025-03-31"),))
    chain = timeline.chain
    assert chain.last_sick_day == (d(last_sick_day) if last_sick_day else None)
    assert timeline.records_after_as_of == left_out


@pytest.mark.parametrize(
    ("as_of", "end_104", "left_out"),
    [
        # Sick 6 Jan to 10 Mar, again from 21 Mar (10 fit days between). Judged on 20 Mar
        # the relapse has not happened: one chain, recovered on 10 Mar; no end of the 104
        # weeks is pushed back.
        ("2025-03-20", "2027-01-03", 1),
        # From 21 Mar the relapse is known and joined: the end moves 10 days, to 13 Jan.
        ("2025-03-21", "2027-01-13", 0),
    ],
)
def test_a_later_period_is_not_known_before_it_starts(
    as_of: str, end_104: str, left_out: int
) -> None:
    periods = (sick("2025-01-06", "2025-03-10"), sick("2025-03-21"))
    _, timeline = judged(as_of, sick_periods=periods)
    assert timeline.einde_104_weken == d(end_104)
    assert timeline.records_after_as_of == left_out


def test_leave_and_the_contracts_end_are_known_ahead() -> None:
    # Leave 1 to 30 Jun 2025 (30 days), judged on 1 Mar: it still pushes the 104 weeks,
    # 3 Jan 2027 + 30 = 2 Feb 2027; the contract ending 31 Dec 2025 still ends wage.
    _, timeline = judged(
        "2025-03-01",
        leave_periods=(leave("2025-06-01", "2025-06-30"),),
        employee=Employee(contract_end=d("2025-12-31")),
    )
    assert timeline.einde_104_weken == d("2027-02-02")
    assert timeline.einde_loondoorbetaling == d("2025-12-31")
    assert timeline.records_after_as_of == 0


def test_bad_input_is_refused_whatever_the_date() -> None:
    # The second period overlaps the first; it starts after the as-of date, but the file
    # is wrong all the same.
    periods = (sick("2025-01-06", "2025-03-10"), sick("2025-03-01"))
    with pytest.raises(CaseError):
        judged("2025-02-01", sick_periods=periods)


# --- UWV's decisions -------------------------------------------------------------------


def sanction_case(decided: str, herstel: str | None = None) -> Case:
    sanction = Loonsanctie(52, d(decided), herstel_gemeld=d(herstel) if herstel else None)
    return Case(
        sick_periods=(sick("2025-01-06"),),
        events=PLAN,
        extensions=ExtensionsInput(loonsanctie=sanction),
        case_id="E",
    )


@pytest.mark.parametrize(("as_of", "applied"), [("2026-11-19", False), ("2026-11-20", True)])
def test_a_loonsanctie_decided_after_the_as_of_date_is_not_applied(
    as_of: str, applied: bool
) -> None:
    timeline = compute_timeline(sanction_case("2026-11-20"), d(as_of))
    kinds = [item.kind for item in timeline.extensions]
    assert (ExtensionKind.LOONSANCTIE in kinds) is applied
    # The 104 weeks end on 3 Jan 2027; a sanction of 52 weeks runs to 2 Jan 2028.
    assert timeline.einde_wachttijd == (d("2028-01-02") if applied else d("2027-01-03"))
    findings = [item.id for item in assess(sanction_case("2026-11-20"), d(as_of)).findings]
    assert ("loonsanctie_opgelegd" in findings) is applied


@pytest.mark.parametrize(("as_of", "known"), [("2027-03-31", False), ("2027-04-01", True)])
def test_a_repair_reported_after_the_as_of_date_is_not_known(as_of: str, known: bool) -> None:
    timeline = compute_timeline(sanction_case("2026-11-20", "2027-04-01"), d(as_of))
    (sanction,) = [item for item in timeline.extensions if item.kind is ExtensionKind.LOONSANCTIE]
    steps = [step.id for step in sanction.steps]
    assert ("herstel_gemeld" in steps) is known


# --- properties ------------------------------------------------------------------------


def _without_notes(timeline: Timeline) -> Timeline:
    return timeline._replace(records_after_as_of=0, notes=())


@settings(max_examples=150, deadline=None)
@given(full_cases(), st.integers(-30, 900))
def test_judging_a_case_is_judging_what_was_known_of_it(case: Case, offset: int) -> None:
    as_of = case.sick_periods[0].start + timedelta(days=offset)
    timeline = compute_timeline(case, as_of)
    known, left_out = as_known_on(case, as_of)
    try:
        again = compute_timeline(known, as_of)
    except CaseError:
        # The periods known on as_of cannot be judged on their own (a first period of
        # leave days only): the periods as given are judged, so fewer are left out.
        assert timeline.records_after_as_of <= left_out
        return
    assert timeline.records_after_as_of == left_out or left_out == 0
    # What was known, judged again, leaves nothing out and gives the same timeline.
    assert again.records_after_as_of == 0
    if timeline.records_after_as_of == left_out:
        assert _without_notes(again) == _without_notes(timeline)


@settings(max_examples=150, deadline=None)
@given(full_cases())
def test_a_record_after_the_as_of_date_never_makes_a_step_done(case: Case) -> None:
    as_of = case.sick_periods[0].start + timedelta(days=300)
    timeline = compute_timeline(case, as_of)
    for item in timeline.milestones:
        if item.done_on is not None:
            assert item.done_on <= as_of


def test_as_known_on_leaves_a_case_with_nothing_later_alone() -> None:
    the_case = Case(sick_periods=(sick("2025-01-06"),), events=PLAN, case_id="E")
    assert as_known_on(the_case, date(2025, 3, 1)) == (the_case, 0)


def test_a_record_of_an_earlier_chain_is_right_for_a_judgment_before_the_later_one() -> None:
    # Sick 8 Jan to 30 Jun 2024, again from 3 Mar 2025 (a new chain: 245 fit days). The
    # probleemanalyse of 10 Feb 2024 belongs to the first chain. Judged on 1 May 2024 the
    # later period is not known: one open period from 8 Jan, the analysis (due index 41
    # = 18 Feb) done, 115 sick days counted (8 Jan to 1 May: 24 + 29 + 31 + 30 + 1).
    periods = (sick("2024-01-08", "2024-06-30"), sick("2025-03-03"))
    the_case = Case(
        sick_periods=periods, events=Events(probleemanalyse=d("2024-02-10")), case_id="E"
    )
    timeline = compute_timeline(the_case, d("2024-05-01"))
    assert timeline.first_sick_day == d("2024-01-08")
    assert milestone(timeline, "probleemanalyse").status is Status.DONE
    assert timeline.counted_sick_days == 115
    # Judged once the later chain has begun, the analysis lies before its first sick day:
    # the file must say which chain it belongs to.
    with pytest.raises(CaseError):
        compute_timeline(the_case, d("2025-03-03"))


def test_a_bad_record_dated_after_the_as_of_date_is_refused_all_the_same() -> None:
    # A loonsanctie of 60 weeks (at most 52) decided later: bad input whatever the date.
    sanction = Loonsanctie(60, d("2026-11-20"))
    the_case = Case(
        sick_periods=(sick("2025-01-06"),),
        extensions=ExtensionsInput(loonsanctie=sanction),
        case_id="E",
    )
    with pytest.raises(CaseError):
        compute_timeline(the_case, d("2025-03-01"))
