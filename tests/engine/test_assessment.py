"""sanction-risk: each finding where it fires, where it does not, and its boundary
(docs/law.md section 7). First sick day Monday 6 January 2025 unless said otherwise; its
dates, worked by hand: arbodienst_melding 12 Jan 2025, probleemanalyse 16 Feb, plan van
aanpak 2 Mar (or probleemanalyse + 14), ziekmelding_uwv 27 Oct 2025, eerstejaarsevaluatie
4 Jan 2026, week 81 (index 566) 26 Jul 2026, re-integratieverslag 4 Oct 2026, WIA
application 18 Oct 2026, end of the waiting period 3 Jan 2027."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from poortwachter.assessment import assess, exit_code
from poortwachter.law.findings import FINDING_TYPES, MILESTONE_FINDINGS, Severity
from poortwachter.models import (
    Case,
    Employee,
    Employer,
    Events,
    ExtensionsInput,
    Loonsanctie,
    PayPercentage,
    Status,
    Wage,
)
from poortwachter.outputs.documents import finding_document, minimum_wage_document
from poortwachter.outputs.wording import finding_action, finding_message, spoor_reason
from poortwachter.results import Assessment, Spoor
from poortwachter.sickdays import SickPeriod
from poortwachter.wage_end import aow_date

from ..helpers import d

FIRST_SICK = d("2025-01-06")
# Everything done on time up to the first year, so that one change shows one finding.
ON_TIME = Events(
    arbodienst_melding=d("2025-01-07"),
    probleemanalyse=d("2025-02-10"),
    plan_van_aanpak=d("2025-02-24"),
    casemanager="A. Jansen",
)


def judge(as_of: str, *, events: Events | None = ON_TIME, **changes: Any) -> Assessment:
    the_case = Case(
        sick_periods=changes.pop("periods", (SickPeriod(FIRST_SICK),)),
        events=events._replace(**changes) if events else None,
        case_id="T",
    )
    return assess(the_case, d(as_of))


def with_case(as_of: str, **fields: Any) -> Assessment:
    the_case = Case(sick_periods=(SickPeriod(FIRST_SICK),), events=ON_TIME, case_id="T")._replace(
        **fields
    )
    return assess(the_case, d(as_of))


def ids(assessment: Assessment) -> set[str]:
    return {finding.id for finding in assessment.findings}


def finding(assessment: Assessment, finding_id: str) -> Any:
    return next(item for item in assessment.findings if item.id == finding_id)


def evaluations_until(end: str) -> tuple[date, ...]:
    """Evaluations every 42 days after the plan of 24 Feb 2025, up to ``end``."""
    days: list[date] = []
    current = d("2025-02-24")
    while True:
        current = date.fromordinal(current.toordinal() + 42)
        if current > d(end):
            return tuple(days)
        days.append(current)


def test_every_finding_type_has_texts_and_a_basis() -> None:
    for kind in FINDING_TYPES.values():
        texts = (kind.message_nl, kind.message_en, kind.action_nl, kind.action_en)
        assert kind.basis, kind.id
        assert all(texts), kind.id


def test_a_case_on_time_has_no_findings() -> None:
    assert judge("2025-03-01").findings == ()


# --- missing and late milestones ---------------------------------------------------


def test_a_probleemanalyse_not_recorded_is_a_high_finding_after_six_weeks_from_day_one() -> None:
    # Due 16 Feb (end of week 6), but "binnen zes weken na de eerste dag" runs through
    # D+42 = 17 Feb: missing only from 18 Feb (docs/law.md section 3).
    assert "probleemanalyse_ontbreekt" not in ids(
        judge("2025-02-17", probleemanalyse=None, plan_van_aanpak=None)
    )
    after = judge("2025-02-18", probleemanalyse=None, plan_van_aanpak=None)
    item = finding(after, "probleemanalyse_ontbreekt")
    assert (item.severity, item.milestone) == (Severity.HIGH, "probleemanalyse")
    assert "16-02-2025" in finding_message(item, "nl")


def test_a_probleemanalyse_on_d_plus_42_is_on_time_and_on_d_plus_43_a_medium_finding() -> None:
    assert "probleemanalyse_te_laat" not in ids(
        judge("2025-03-20", probleemanalyse=d("2025-02-17"))
    )
    item = finding(judge("2025-03-20", probleemanalyse=d("2025-02-18")), "probleemanalyse_te_laat")
    assert item.severity is Severity.MEDIUM
    assert "2 days after" in finding_message(item, "en")  # counted from the due date, 16 Feb


def test_an_empty_events_block_records_that_nothing_happened_so_past_steps_are_missing() -> None:
    assessment = judge("2025-03-03", events=Events())
    assert {
        "arbodienst_melding_ontbreekt",
        "probleemanalyse_ontbreekt",
        "plan_van_aanpak_ontbreekt",
    } <= ids(assessment)
    assert "note_no_events_recorded" not in {note.id for note in assessment.timeline.notes}


def test_without_any_events_block_past_steps_are_passed_as_with_first_sick() -> None:
    assessment = judge("2025-03-03", events=None)
    assert ids(assessment) == set()
    passed = {m.id for m in assessment.timeline.milestones if m.status is Status.PASSED}
    assert {"arbodienst_melding", "probleemanalyse", "plan_van_aanpak"} <= passed
    assert not any(m.status is Status.OVERDUE for m in assessment.timeline.milestones)
    assert [note.id for note in assessment.timeline.notes] == ["note_no_events_recorded"]


def test_a_missing_plan_van_aanpak_is_high_from_the_day_after_probleemanalyse_plus_14() -> None:
    # probleemanalyse 10 Feb: plan due 24 Feb.
    assert "plan_van_aanpak_ontbreekt" not in ids(judge("2025-02-24", plan_van_aanpak=None))
    assert "plan_van_aanpak_ontbreekt" in ids(judge("2025-02-25", plan_van_aanpak=None))


def test_a_plan_without_casemanager_is_a_medium_finding() -> None:
    assert "casemanager_ontbreekt" in ids(judge("2025-03-01", casemanager=None))
    assert "casemanager_ontbreekt" not in ids(judge("2025-03-01"))


def test_a_late_arbodienst_melding_is_low() -> None:
    item = finding(
        judge("2025-03-01", arbodienst_melding=d("2025-01-13")), "arbodienst_melding_te_laat"
    )
    assert item.severity is Severity.LOW


# --- evaluations -------------------------------------------------------------------


def test_evaluations_42_days_apart_are_fine_and_43_days_are_not() -> None:
    # Plan 24 Feb; evaluation 7 April (42 days); the next is due 19 May.
    evaluated = (d("2025-04-07"),)
    assert "evaluatie_interval" not in ids(judge("2025-05-19", evaluaties=evaluated))
    item = finding(judge("2025-05-20", evaluaties=evaluated), "evaluatie_interval")
    # "Periodiek" is all the law says (Regeling art. 4 lid 2 sub b): low.
    assert item.severity is Severity.LOW
    assert "43 sick days" in finding_message(item, "en")


def test_recorded_evaluations_43_days_apart_are_a_finding() -> None:
    assert "evaluatie_interval" in ids(judge("2025-04-10", evaluaties=(d("2025-04-08"),)))
    assert "evaluatie_interval" not in ids(judge("2025-04-10", evaluaties=(d("2025-04-07"),)))


def test_no_evaluation_is_asked_for_after_the_last_day_of_wage_payment() -> None:
    # First sick day Monday 6 January 2025: the waiting period ends D + 727 = Sunday
    # 3 January 2027. Evaluations stopped after 19 May 2025, so the gap is a finding on
    # both days; on the last day the plan can still be evaluated, the day after it cannot.
    evaluated = evaluations_until("2025-06-01")
    assert evaluated[-1] == d("2025-05-19")
    on_last_day = finding(judge("2027-01-03", evaluaties=evaluated), "evaluatie_interval")
    assert on_last_day.act_by == d("2027-01-03")
    assert finding_action(on_last_day, "nl") == (
        "Evalueer het plan uiterlijk zo 03-01-2027 en daarna elke 6 weken."
    )
    after = finding(judge("2027-01-04", evaluaties=evaluated), "evaluatie_interval")
    assert after.act_by is None
    assert finding_action(after, "nl").startswith("Leg in het dossier uit waarom")
    assert finding_document(after, "en", d("2027-01-04"))["action"].startswith(
        "Explain in the file why"
    )


def test_no_evaluation_finding_without_a_plan_to_evaluate() -> None:
    assert "evaluatie_interval" not in ids(judge("2025-06-01", plan_van_aanpak=None))


# --- 42nd-week report ---------------------------------------------------------------


def test_a_missing_42nd_week_report_is_medium_and_carries_the_fine() -> None:
    evaluated = evaluations_until("2025-10-28")
    assert "ziekmelding_uwv_ontbreekt" not in ids(judge("2025-10-27", evaluaties=evaluated))
    assessment = judge("2025-10-28", evaluaties=evaluated)
    assert finding(assessment, "ziekmelding_uwv_ontbreekt").severity is Severity.MEDIUM
    assert assessment.exposure.fine_max_eur == Decimal(455)


def test_a_42nd_week_report_on_its_due_date_carries_no_fine() -> None:
    assessment = judge(
        "2025-11-01", evaluaties=evaluations_until("2025-11-01"), ziekmelding_uwv=d("2025-10-27")
    )
    assert assessment.findings == ()
    assert assessment.exposure.fine_max_eur == 0


# First sick day Sunday 5 Jan 2025: the report is due Sunday 26 Oct 2025 (D+294), and
# UWV's practice date is Monday 27 Oct, "de eerste werkdag na de 42e ziekteweek".
SUNDAY_SICK = (SickPeriod(d("2025-01-05")),)


def test_a_42nd_week_report_on_uwvs_practice_date_is_on_time_without_a_fine() -> None:
    assessment = judge(
        "2025-11-01",
        periods=SUNDAY_SICK,
        evaluaties=evaluations_until("2025-11-01"),
        ziekmelding_uwv=d("2025-10-27"),
    )
    item = next(m for m in assessment.timeline.milestones if m.id == "ziekmelding_uwv")
    assert (item.due, item.practice_date, item.status) == (
        d("2025-10-26"),
        d("2025-10-27"),
        Status.DONE,
    )
    assert assessment.findings == ()
    assert assessment.exposure.fine_max_eur == 0


def test_a_42nd_week_report_the_day_after_uwvs_practice_date_is_late_with_the_fine() -> None:
    assessment = judge(
        "2025-11-01",
        periods=SUNDAY_SICK,
        evaluaties=evaluations_until("2025-11-01"),
        ziekmelding_uwv=d("2025-10-28"),
    )
    assert finding(assessment, "ziekmelding_uwv_te_laat").severity is Severity.MEDIUM
    assert assessment.exposure.fine_max_eur == Decimal(70)  # 1 day after 27 Oct


@pytest.mark.parametrize(
    ("reported", "fine"),
    [
        ("2025-11-02", 70),  # 6 days after the practice date of Monday 27 Oct
        ("2025-11-03", 230),  # 7 days
        ("2025-11-23", 230),  # 27 days
        ("2025-11-24", 455),  # 28 days
    ],
)
def test_the_fine_for_a_late_42nd_week_report_follows_the_days_late(
    reported: str, fine: int
) -> None:
    # Boetebesluit socialezekerheidswetten art. 2c: 1-6 days EUR 70, 7-27 EUR 230, 28+ 455.
    assessment = judge(
        "2025-12-01",
        periods=SUNDAY_SICK,
        evaluaties=evaluations_until("2025-12-01"),
        ziekmelding_uwv=d(reported),
    )
    assert assessment.exposure.fine_max_eur == Decimal(fine)


def test_an_unmade_42nd_week_report_is_missing_only_after_uwvs_practice_date() -> None:
    evaluated = evaluations_until("2025-10-28")
    on_practice_date = judge("2025-10-27", periods=SUNDAY_SICK, evaluaties=evaluated)
    assert "ziekmelding_uwv_ontbreekt" not in ids(on_practice_date)
    after = judge("2025-10-28", periods=SUNDAY_SICK, evaluaties=evaluated)
    assert "ziekmelding_uwv_ontbreekt" in ids(after)


def test_over_christmas_the_practice_date_is_the_monday_after_the_holidays() -> None:
    # D = Thursday 6 Mar 2025, day 65 of the year: D+294 is day 359, Thursday 25 Dec
    # 2025 (Christmas); 26 Dec is a holiday, then a weekend: practice date Monday 29 Dec.
    periods = (SickPeriod(d("2025-03-06")),)
    on_time = judge("2026-01-10", events=Events(ziekmelding_uwv=d("2025-12-29")), periods=periods)
    late = judge("2026-01-10", events=Events(ziekmelding_uwv=d("2025-12-30")), periods=periods)
    assert "ziekmelding_uwv_te_laat" not in ids(on_time)
    assert "ziekmelding_uwv_te_laat" in ids(late)


def test_a_42nd_week_report_made_in_week_81_no_longer_excuses_a_late_application() -> None:
    before = judge("2026-08-01", ziekmelding_uwv=d("2026-07-25"))
    on = judge("2026-08-01", ziekmelding_uwv=d("2026-07-26"))
    assert "ziekmelding_uwv_na_week_81" not in ids(before)
    assert "ziekmelding_uwv_na_week_81" in ids(on)


def test_an_unmade_42nd_week_report_reaches_week_81_on_index_566() -> None:
    assert "ziekmelding_uwv_na_week_81" not in ids(judge("2026-07-25"))
    assert "ziekmelding_uwv_na_week_81" in ids(judge("2026-07-26"))


# --- first year and spoor 2 ---------------------------------------------------------


def test_a_missing_first_year_evaluation_and_spoor_2_decision_after_week_52() -> None:
    evaluated = evaluations_until("2026-01-05")
    on_time = judge("2026-01-04", evaluaties=evaluated, ziekmelding_uwv=d("2025-10-20"))
    late = judge("2026-01-05", evaluaties=evaluated, ziekmelding_uwv=d("2025-10-20"))
    assert {"eerstejaarsevaluatie_ontbreekt", "spoor2_besluit_ontbreekt"}.isdisjoint(ids(on_time))
    assert finding(late, "eerstejaarsevaluatie_ontbreekt").severity is Severity.HIGH
    assert finding(late, "spoor2_besluit_ontbreekt").severity is Severity.HIGH


def test_starting_spoor_2_early_is_the_spoor_2_decision() -> None:
    assessment = judge(
        "2026-01-05",
        evaluaties=evaluations_until("2026-01-05"),
        ziekmelding_uwv=d("2025-10-20"),
        eerstejaarsevaluatie=d("2026-01-02"),
        spoor2_start=d("2025-09-01"),
        arbeidsdeskundig_onderzoek=d("2025-08-01"),
    )
    assert assessment.findings == ()


# Spoor 1 without prospect on 2 June 2025: spoor 2 expected by 14 July (+42 days).
NO_PROSPECT = d("2025-06-02")


def test_spoor_2_not_yet_started_within_42_days_is_a_low_reminder() -> None:
    item = finding(
        judge(
            "2025-07-14", spoor1_no_prospect=NO_PROSPECT, evaluaties=evaluations_until("2025-07-14")
        ),
        "spoor2_starten",
    )
    assert (item.severity, item.act_by) == (Severity.LOW, d("2025-07-14"))


def test_spoor_2_not_started_42_days_after_no_prospect_is_high() -> None:
    assessment = judge(
        "2025-07-15", spoor1_no_prospect=NO_PROSPECT, evaluaties=evaluations_until("2025-07-15")
    )
    assert finding(assessment, "spoor2_niet_gestart").severity is Severity.HIGH
    assert "spoor2_starten" not in ids(assessment)


def test_spoor_2_started_on_the_42nd_day_is_on_time_and_a_day_later_is_late() -> None:
    evaluated = evaluations_until("2025-08-01")
    on_time = judge(
        "2025-08-01",
        spoor1_no_prospect=NO_PROSPECT,
        spoor2_start=d("2025-07-14"),
        evaluaties=evaluated,
    )
    late = judge(
        "2025-08-01",
        spoor1_no_prospect=NO_PROSPECT,
        spoor2_start=d("2025-07-15"),
        evaluaties=evaluated,
    )
    assert on_time.findings == ()
    assert finding(late, "spoor2_te_laat").severity is Severity.MEDIUM


def test_no_arbeidsdeskundig_onderzoek_after_the_first_year_evaluation_is_medium() -> None:
    events: dict[str, Any] = {
        "evaluaties": evaluations_until("2026-01-05"),
        "ziekmelding_uwv": d("2025-10-20"),
        "eerstejaarsevaluatie": d("2026-01-02"),
    }
    assert "arbeidsdeskundig_onderzoek_ontbreekt" not in ids(judge("2026-01-04", **events))
    assert "arbeidsdeskundig_onderzoek_ontbreekt" in ids(judge("2026-01-05", **events))
    assert "arbeidsdeskundig_onderzoek_ontbreekt" not in ids(
        judge("2026-01-05", arbeidsdeskundig_onderzoek=d("2025-12-01"), **events)
    )


# --- the WIA application ------------------------------------------------------------

LATE_STAGE: dict[str, Any] = {
    "evaluaties": evaluations_until("2026-12-31"),
    "ziekmelding_uwv": d("2025-10-20"),
    "eerstejaarsevaluatie": d("2026-01-02"),
    "arbeidsdeskundig_onderzoek": d("2025-12-01"),
}


def test_a_missing_reintegratieverslag_after_week_91_is_high() -> None:
    assert "reintegratieverslag_ontbreekt" not in ids(judge("2026-10-04", **LATE_STAGE))
    assert "reintegratieverslag_ontbreekt" in ids(judge("2026-10-05", **LATE_STAGE))


def test_a_reintegratieverslag_without_actueel_oordeel_is_high() -> None:
    report: dict[str, Any] = {**LATE_STAGE, "reintegratieverslag": d("2026-09-30")}
    assert "actueel_oordeel_ontbreekt" in ids(judge("2026-10-01", **report))
    assert "actueel_oordeel_ontbreekt" not in ids(
        judge("2026-10-01", actueel_oordeel=d("2026-09-20"), **report)
    )
    # A report dated after the as-of date is not there yet.
    assert "actueel_oordeel_ontbreekt" not in ids(judge("2026-09-29", **report))


def test_a_wia_application_one_day_late_extends_the_waiting_period_by_one_day() -> None:
    complete = {
        **LATE_STAGE,
        "reintegratieverslag": d("2026-09-30"),
        "actueel_oordeel": d("2026-09-20"),
    }
    on_time = judge("2026-11-01", wia_aanvraag=d("2026-10-18"), **complete)
    late = judge("2026-11-01", wia_aanvraag=d("2026-10-19"), **complete)
    assert on_time.findings == ()
    assert on_time.timeline.einde_wachttijd == d("2027-01-03")
    item = finding(late, "wia_aanvraag_te_laat")
    assert item.severity is Severity.HIGH
    assert "1 days late" in finding_message(item, "en")
    assert "2027-01-04" in finding_message(item, "en")
    assert late.timeline.einde_wachttijd == d("2027-01-04")


def test_a_missing_wia_application_after_week_93_is_high() -> None:
    assert "wia_aanvraag_ontbreekt" not in ids(judge("2026-10-18", **LATE_STAGE))
    assert "wia_aanvraag_ontbreekt" in ids(judge("2026-10-19", **LATE_STAGE))


# --- scope ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("born", "aow"),
    [
        ("1950-06-15", "2015-09-15"),  # 65 and 3 months in 2015
        ("1957-01-01", "2023-11-01"),  # 66 and 10 months, reached within 2023
        ("1957-03-01", "2024-03-01"),  # 66 and 10 months falls in 2024, where it is 67
        ("1960-12-31", "2027-12-31"),  # 67 in 2027
        ("1961-01-01", "2028-04-01"),  # 67 and 3 months in 2028
    ],
)
def test_aow_date_follows_the_age_of_the_year_it_is_reached(born: str, aow: str) -> None:
    assert aow_date(d(born)) == d(aow)


def test_a_cause_that_names_pregnancy_without_the_flag_is_a_low_hint() -> None:
    pregnant = judge("2025-03-01", periods=(SickPeriod(FIRST_SICK, cause="zwangerschapsklachten"),))
    marked = judge(
        "2025-03-01",
        periods=(SickPeriod(FIRST_SICK, cause="zwangerschapsklachten", pregnancy_related=True),),
    )
    knee = judge("2025-03-01", periods=(SickPeriod(FIRST_SICK, cause="knie"),))
    assert finding(pregnant, "zwangerschap_niet_gemarkeerd").severity is Severity.LOW
    assert "zwangerschap_niet_gemarkeerd" not in ids(marked)
    assert "zwangerschap_niet_gemarkeerd" not in ids(knee)
    # Inside the 104 weeks like any sickness: the same end as without the flag.
    assert marked.timeline.einde_wachttijd == knee.timeline.einde_wachttijd == d("2027-01-03")


# --- loonsanctie ---------------------------------------------------------------------


def test_an_imposed_loonsanctie_is_high_until_uwv_decides_it_was_repaired() -> None:
    sanction = Loonsanctie(weeks=52, decided=d("2026-11-20"))  # before L - 42 = 22 Nov
    imposed = with_case("2027-02-01", extensions=ExtensionsInput(loonsanctie=sanction))
    item = finding(imposed, "loonsanctie_opgelegd")
    assert item.severity is Severity.HIGH
    assert imposed.timeline.einde_wachttijd == d("2028-01-02")  # 3 Jan 2027 + 364
    repaired = sanction._replace(herstel_decided=d("2027-02-01"))
    shortened = with_case("2027-02-02", extensions=ExtensionsInput(loonsanctie=repaired))
    assert finding(shortened, "loonsanctie_bekort").severity is Severity.LOW
    assert shortened.timeline.einde_wachttijd == d("2027-03-15")  # 1 Feb 2027 + 42


# --- spoor ---------------------------------------------------------------------------


def test_spoor_1_by_default() -> None:
    spoor = judge("2025-03-01").spoor
    assert (spoor.status, spoor.since) == (Spoor.SPOOR1, FIRST_SICK)


def test_spoor_1_without_prospect_says_start_spoor_2() -> None:
    spoor = judge("2025-06-10", spoor1_no_prospect=NO_PROSPECT).spoor
    assert spoor.status is Spoor.SPOOR1
    assert "start spoor 2" in spoor_reason(spoor, "en")


def test_spoor_2_with_its_provider_when_spoor_1_has_no_prospect() -> None:
    spoor = judge(
        "2025-08-01",
        spoor1_no_prospect=NO_PROSPECT,
        spoor2_start=d("2025-07-01"),
        spoor2_provider="Werkfit",
    ).spoor
    assert (spoor.status, spoor.since, spoor.provider) == (Spoor.SPOOR2, d("2025-07-01"), "Werkfit")


def test_spoor_2_beside_spoor_1_is_tweesporenbeleid() -> None:
    spoor = judge("2025-08-01", spoor2_start=d("2025-07-01")).spoor
    assert spoor.status is Spoor.TWEESPOREN


def test_spoor_2_recorded_after_the_as_of_date_has_not_started_yet() -> None:
    assert judge("2025-06-30", spoor2_start=d("2025-07-01")).spoor.status is Spoor.SPOOR1


def test_recovered_from_the_day_after_the_last_sick_day() -> None:
    periods = (SickPeriod(FIRST_SICK, d("2025-05-31")),)
    assert judge("2025-05-31", periods=periods).spoor.status is Spoor.SPOOR1
    spoor = judge("2025-06-01", periods=periods).spoor
    assert (spoor.status, spoor.since) == (Spoor.HERSTELD, d("2025-06-01"))


def test_after_the_waiting_period_the_wage_obligation_ends_without_erd() -> None:
    assert judge("2027-01-03").spoor.status is Spoor.SPOOR1
    spoor = judge("2027-01-04").spoor
    assert (spoor.status, spoor.since, spoor.erd_wga_end) == (Spoor.EINDE, d("2027-01-04"), None)


def test_an_eigenrisicodrager_enters_spoor_3_for_10_years_from_the_wga_start() -> None:
    spoor = with_case("2027-01-04", employer=Employer(wga_eigenrisicodrager=True)).spoor
    assert spoor.status is Spoor.SPOOR3
    assert spoor.erd_wga_end == d("2037-01-03")  # 4 Jan 2027 + 10 years - 1 day


def test_a_verlenging_shortens_the_erd_period_and_a_loonsanctie_does_not() -> None:
    # Verlenging to 4 April 2027 (91 days): WGA from 5 April 2027; 10 years less 91 days.
    verlenging = with_case(
        "2027-04-05",
        employer=Employer(wga_eigenrisicodrager=True),
        extensions=ExtensionsInput(vrijwillige_verlenging_until=d("2027-04-04")),
    )
    # 5 April 2037 - 1 day = 4 April 2037; less 91 days = 3 January 2037.
    assert verlenging.spoor.erd_wga_end == d("2037-01-03")
    sanction = with_case(
        "2028-01-03",
        employer=Employer(wga_eigenrisicodrager=True),
        extensions=ExtensionsInput(loonsanctie=Loonsanctie(52, d("2026-11-20"))),
    )
    # WGA from 3 January 2028, the day after the sanction: the full 10 years.
    assert sanction.spoor.erd_wga_end == d("2038-01-02")


# --- exposure ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "per"),
    [("100", "day"), ("500", "week"), ("2000", "4weeks"), ("2175", "month"), ("26100", "year")],
)
def test_every_wage_period_converts_to_the_same_dagloon(amount: str, per: str) -> None:
    exposure = with_case("2025-03-01", employee=Employee(wage=Wage(Decimal(amount), per))).exposure
    assert exposure.daily_wage_eur == Decimal("100.00")
    # 52 weeks x 5 days x EUR 100 x 70%.
    assert exposure.loonsanctie_max_eur == Decimal("18200.00")


def test_the_year_2_percentage_of_the_case_is_used() -> None:
    exposure = with_case(
        "2025-03-01",
        employee=Employee(wage=Wage(Decimal(2175), "month")),
        employer=Employer(pay_percentage=PayPercentage(100, 80)),
    ).exposure
    assert exposure.loonsanctie_max_eur == Decimal("20800.00")


def test_the_wage_is_capped_at_the_maximum_dagloon_in_force_when_a_sanction_would_start() -> None:
    # First sick day 1 March 2021: the WIA could start on 27 Feb 2023, when the maximum
    # dagloon was EUR 256.54 (since 1 January 2023).
    the_case = Case(
        sick_periods=(SickPeriod(d("2021-03-01")),),
        employee=Employee(wage=Wage(Decimal(300), "day")),
        case_id="T",
    )
    exposure = assess(the_case, d("2022-01-01")).exposure
    assert exposure.daily_wage_eur == Decimal("256.54")
    assert exposure.loonsanctie_max_eur == Decimal("46690.28")  # 256.54 x 260 x 0.7
    found = [item.id for item in exposure.assumptions]
    assert "capped" in found
    assert "max_dagloon_beyond" not in found
    assert "max_dagloon_before" not in found


def test_a_date_past_the_known_maximum_dagloon_says_so() -> None:
    exposure = with_case("2025-03-01", employee=Employee(wage=Wage(Decimal(2175), "month")))
    assert "max_dagloon_beyond" in [item.id for item in exposure.exposure.assumptions]
    assert exposure.exposure.figures_beyond_known == ("maximum_dagloon",)


@pytest.mark.parametrize(
    ("first_sick", "cap", "beyond"),
    [
        # D + 728 (the day a sanction would start), worked by hand:
        ("2023-01-03", "282.95", False),  # 31 Dec 2024
        ("2023-01-04", "290.67", False),  # 1 Jan 2025 (Stcrt. 2024, 38722)
        ("2024-01-03", "290.67", False),  # 31 Dec 2025 (2024 is a leap year)
        ("2024-01-04", "304.25", False),  # 1 Jan 2026 (Stcrt. 2025, 42324)
        ("2025-01-02", "304.25", False),  # 31 Dec 2026, the last day it is known for
        ("2025-01-03", "304.25", True),  # 1 Jan 2027: the last known figure, and said so
    ],
)
def test_the_maximum_dagloon_of_2025_and_2026(first_sick: str, cap: str, beyond: bool) -> None:
    the_case = Case(
        sick_periods=(SickPeriod(d(first_sick)),),
        employee=Employee(wage=Wage(Decimal(400), "day")),
        case_id="T",
    )
    exposure = assess(the_case, d(first_sick)).exposure
    assert exposure.daily_wage_eur == Decimal(cap)
    assert ("maximum_dagloon" in exposure.figures_beyond_known) is beyond
    assert exposure.holiday_allowance_included is False


def test_without_a_wage_exposure_is_in_weeks_only() -> None:
    exposure = judge("2025-03-01").exposure
    assert (exposure.loonsanctie_max_weeks, exposure.loonsanctie_max_eur) == (52, None)
    assert "no_wage" in [item.id for item in exposure.assumptions]


def test_the_cost_of_extensions_is_certain() -> None:
    complete = {
        **LATE_STAGE,
        "reintegratieverslag": d("2026-09-30"),
        "actueel_oordeel": d("2026-09-20"),
        "wia_aanvraag": d("2026-10-25"),
    }
    the_case = Case(
        sick_periods=(SickPeriod(FIRST_SICK),),
        events=ON_TIME._replace(**complete),
        employee=Employee(wage=Wage(Decimal(100), "day")),
        case_id="T",
    )
    exposure = assess(the_case, d("2026-11-01")).exposure
    # 7 days late: 7 calendar days = 5 working days x EUR 100 x 70%.
    assert (exposure.certain_extension_days, exposure.certain_cost_eur) == (7, Decimal("350.00"))


def test_the_spoor_2_comparison_shows_until_spoor_2_starts() -> None:
    assert judge("2025-03-01").exposure.spoor2_traject_eur == (Decimal(1850), Decimal(5000))
    started = judge("2025-08-01", spoor2_start=d("2025-07-01"))
    assert started.exposure.spoor2_traject_eur is None


# --- exit status -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fail_on", "expected"), [("high", 0), ("medium", 1), ("low", 1), ("never", 0)]
)
def test_exit_status_follows_fail_on(fail_on: str, expected: int) -> None:
    assessment = judge("2025-03-01", casemanager=None)  # one medium finding
    assert exit_code(assessment, fail_on) == expected


def test_findings_are_ordered_most_severe_first() -> None:
    assessment = judge("2025-03-03", events=None)
    ranks = [item.severity.rank for item in assessment.findings]
    assert ranks == sorted(ranks, reverse=True)


# The last on-time day for a first sick day of 6 Jan 2025 with nothing else recorded, by
# hand: index 6, 42 (the probleemanalyse's "binnen zes weken na de eerste dag"), 55,
# 294 (a Monday, so no practice date), 363, 363; L - 91 with L = 3 Jan 2027.
RECORDED_DUE = [
    ("arbodienst_melding", "arbodienst_melding", "2025-01-12"),
    ("probleemanalyse", "probleemanalyse", "2025-02-17"),
    ("plan_van_aanpak", "plan_van_aanpak", "2025-03-02"),
    ("ziekmelding_uwv", "ziekmelding_uwv", "2025-10-27"),
    ("eerstejaarsevaluatie", "eerstejaarsevaluatie", "2026-01-04"),
    ("spoor2_besluit", "eerstejaarsevaluatie", "2026-01-04"),
    ("reintegratieverslag", "reintegratieverslag", "2026-10-04"),
]


@pytest.mark.parametrize(("milestone", "event", "due_on"), RECORDED_DUE)
def test_a_milestone_recorded_on_its_last_on_time_day_is_done_and_a_day_later_is_late(
    milestone: str, event: str, due_on: str
) -> None:
    late_day = date.fromordinal(d(due_on).toordinal() + 1)
    on_time_event: dict[str, Any] = {event: d(due_on)}
    late_event: dict[str, Any] = {event: late_day}
    on_time = judge("2027-06-01", events=Events(**on_time_event))
    late = judge("2027-06-01", events=Events(**late_event))
    assert f"{milestone}_te_laat" not in ids(on_time)
    assert f"{milestone}_ontbreekt" not in ids(on_time)
    item = finding(late, f"{milestone}_te_laat")
    assert item.milestone == milestone
    assert item.severity is MILESTONE_FINDINGS[milestone][1]


@pytest.mark.parametrize(("milestone", "event", "due_on"), RECORDED_DUE)
def test_a_milestone_not_recorded_is_missing_from_the_day_after_its_last_on_time_day(
    milestone: str, event: str, due_on: str
) -> None:
    del event
    day_after = date.fromordinal(d(due_on).toordinal() + 1).isoformat()
    assert f"{milestone}_ontbreekt" not in ids(judge(due_on, events=Events()))
    item = finding(judge(day_after, events=Events()), f"{milestone}_ontbreekt")
    assert item.severity is MILESTONE_FINDINGS[milestone][0]


# --- pay phases ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("as_of", "phase", "since", "next_change"),
    [
        ("2025-01-05", "not_sick_yet", None, "2025-01-06"),
        ("2025-01-06", "year1", "2025-01-06", "2026-01-05"),
        ("2026-01-04", "year1", "2025-01-06", "2026-01-05"),  # index 363: still year 1
        ("2026-01-05", "year2", "2026-01-05", "2027-01-04"),  # index 364
        ("2027-01-03", "year2", "2026-01-05", "2027-01-04"),
        ("2027-01-04", "ended", "2027-01-04", None),
    ],
)
def test_the_pay_phase_changes_on_the_right_day(
    as_of: str, phase: str, since: str | None, next_change: str | None
) -> None:
    pay = with_case(as_of, employer=Employer(pay_percentage=PayPercentage(100, 80))).pay
    assert pay.phase == phase
    assert pay.since == (d(since) if since else None)
    assert pay.next_change == (d(next_change) if next_change else None)
    assert pay.percentage == {"year1": 100, "year2": 80}.get(phase)


def test_extensions_are_pay_phases_at_the_year_2_percentage() -> None:
    extensions = ExtensionsInput(
        vrijwillige_verlenging_until=d("2027-04-04"),
        loonsanctie=Loonsanctie(2, d("2027-01-20")),
    )
    during = with_case("2027-01-04", extensions=extensions).pay
    assert (during.phase, during.since, during.percentage) == (
        "vrijwillige_verlenging",
        d("2027-01-04"),
        70,
    )
    sanction = with_case("2027-04-05", extensions=extensions).pay
    assert (sanction.phase, sanction.since, sanction.next_change) == (
        "loonsanctie",
        d("2027-04-05"),
        d("2027-04-19"),  # 4 April + 14 days, + 1
    )


def test_recovery_ends_sick_pay_the_day_after_the_last_sick_day() -> None:
    pay = judge("2025-06-01", periods=(SickPeriod(FIRST_SICK, d("2025-05-20")),)).pay
    assert (pay.phase, pay.since, pay.percentage) == ("recovered", d("2025-05-21"), None)


# --- the year-1 minimum-wage floor (BW 7:629 lid 1; docs/law.md section 6) ---------------


def floor_on(as_of: str, *, hours: str | None = "36", wage: str | None = "2000") -> Any:
    the_case = Case(
        sick_periods=(SickPeriod(d("2025-09-01")),),
        employee=Employee(
            wage=Wage(Decimal(wage), "month") if wage else None,
            hours_per_week=Decimal(hours) if hours else None,
        ),
        employer=Employer(pay_percentage=PayPercentage(100, 70)),
        case_id="T",
    )
    return assess(the_case, d(as_of)).pay.minimum_wage


@pytest.mark.parametrize(
    ("as_of", "hourly", "beyond"),
    [
        ("2025-12-31", "14.40", False),
        ("2026-01-01", "14.71", False),
        ("2026-06-30", "14.71", False),
        ("2026-07-01", "14.71", True),  # the 1 July 2026 figure is not on file
    ],
)
def test_the_hourly_minimum_wage_in_force(as_of: str, hourly: str, beyond: bool) -> None:
    floor = floor_on(as_of)
    assert (floor.hourly_eur, floor.beyond_known) == (Decimal(hourly), beyond)


def test_36_hours_at_the_2026_minimum_lift_a_low_year_1_wage() -> None:
    floor = floor_on("2026-02-01")
    assert floor.week_eur == Decimal("529.56")  # 36 x 14.71
    assert floor.pay_week_eur == Decimal("461.54")  # 2000 x 3 / 13 x 100%
    assert floor.applies is True
    assert floor_on("2026-02-01", wage="2500").applies is False  # 576.92 a week


def test_without_hours_the_floor_is_not_computed_and_says_so() -> None:
    floor = floor_on("2026-02-01", hours=None)
    assert (floor.week_eur, floor.applies) == (None, None)
    assert minimum_wage_document(floor)["hours_per_week"] is None


def test_the_floor_holds_only_in_the_first_sick_year() -> None:
    # Second sick year from D+364 = 31 Aug 2026.
    assert floor_on("2026-08-30") is not None
    assert floor_on("2026-08-31") is None


def test_before_the_hourly_minimum_of_2024_no_floor_is_computed() -> None:
    the_case = Case(sick_periods=(SickPeriod(d("2023-03-01")),), case_id="T")
    assert assess(the_case, d("2023-12-31")).pay.minimum_wage is None
