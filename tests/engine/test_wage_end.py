"""The cases that end wage payment before the waiting period does, and pregnancy-related
sickness (docs/law.md, Scope and section 4). Every date worked by hand.

First sick day Monday 6 January 2025 unless said otherwise: L = Sunday 3 January 2027
(D + 727), the day after it 4 January 2027.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from poortwachter.assessment import assess
from poortwachter.engine import compute_timeline
from poortwachter.law.findings import FINDING_TYPES
from poortwachter.models import Case, Employee, Employer, Events, Status, Timeline
from poortwachter.outputs.tables import status_text
from poortwachter.outputs.wording import finding_action, finding_message
from poortwachter.results import PayPhase, Spoor
from poortwachter.sickdays import LeavePeriod, SickPeriod
from poortwachter.wage_end import aow_date

from ..helpers import d, milestone, refused

FIRST_SICK = d("2025-01-06")


def with_employee(
    as_of: str = "2025-03-01",
    *,
    born: str | None = None,
    contract_end: str | None = None,
    first_sick: date = FIRST_SICK,
    last_sick: str | None = None,
    events: Events | None = None,
) -> Timeline:
    the_case = Case(
        sick_periods=(SickPeriod(first_sick, d(last_sick) if last_sick else None),),
        employee=Employee(
            date_of_birth=d(born) if born else None,
            contract_end=d(contract_end) if contract_end else None,
        ),
        events=events,
        case_id="T",
    )
    return compute_timeline(the_case, d(as_of))


def ids(timeline: Timeline) -> set[str]:
    return {item.id for item in timeline.milestones}


# --- AOW age (BW 7:629 lid 2) ----------------------------------------------------------


def test_aow_age_reached_during_sickness_ends_wage_six_weeks_from_and_including_that_day() -> None:
    # Born 10 June 1958: 67 in 2025, so AOW on Tuesday 10 June 2025. The six weeks count
    # from and including that day ("geldt vanaf die datum", BW 7:629 lid 2): 10 June + 41
    # = 21 July 2025 (June 10 + 20 = June 30, + 21 = July 21), long before L.
    assert aow_date(d("1958-06-10")) == d("2025-06-10")
    timeline = with_employee(born="1958-06-10")
    assert timeline.einde_loondoorbetaling == d("2025-07-21")
    assert timeline.einde_loondoorbetaling_grond == "aow_leeftijd"
    assert timeline.einde_wachttijd == d("2027-01-03")
    assert timeline.ingang_wia is None  # no WIA after AOW age
    assert milestone(timeline, "aow_leeftijd").due == d("2025-06-10")
    assert milestone(timeline, "einde_loondoorbetaling_aow").due == d("2025-07-21")


@pytest.mark.parametrize(
    ("as_of", "phase"),
    [
        ("2025-07-21", PayPhase.YEAR1),  # the AOW day + 41: the last day of wage
        ("2025-07-22", PayPhase.ENDED),  # the AOW day + 42: no wage any more
    ],
)
def test_wage_is_paid_up_to_the_aow_day_plus_41_and_not_after(as_of: str, phase: PayPhase) -> None:
    the_case = Case(
        sick_periods=(SickPeriod(FIRST_SICK),),
        employee=Employee(date_of_birth=d("1958-06-10")),
        case_id="T",
    )
    assert assess(the_case, d(as_of)).pay.phase is phase


@pytest.mark.parametrize(
    ("first_sick", "last_day"),
    [
        # Born 1 October 1956: 66 and 10 months in 2023, AOW on Tuesday 1 August 2023,
        # during the sickness. A chain from 30 June 2023 keeps 13 weeks: the AOW day + 90
        # = 30 October 2023 (Aug 1 + 30 = Aug 31, + 30 = Sep 30, + 30 = Oct 30). One from
        # 1 July 2023 gets 6 weeks: the AOW day + 41 = 11 September (Aug 1 + 30 = Aug 31,
        # + 11 = Sep 11).
        ("2023-06-30", "2023-10-30"),
        ("2023-07-01", "2023-09-11"),
    ],
)
def test_thirteen_weeks_from_the_aow_day_for_chains_that_began_before_1_july_2023(
    first_sick: str, last_day: str
) -> None:
    assert aow_date(d("1956-10-01")) == d("2023-08-01")
    timeline = with_employee("2023-09-01", born="1956-10-01", first_sick=d(first_sick))
    assert timeline.einde_loondoorbetaling == d(last_day)


def test_the_six_weeks_after_the_aow_day_count_sick_days_like_the_104_weeks() -> None:
    # AOW on 10 June 2025; sick from 6 January to 15 June, fit 16 to 22 June (7 days,
    # joined: BW 7:629 lid 10 counts lid 2's weeks as it counts lid 1's), sick again from
    # 23 June. Counted from the AOW day: 10 to 15 June are 6 days; 36 more from 23 June
    # end on 23 June + 35 = 28 July 2025 (the AOW day + 41 + the 7 fit days).
    the_case = Case(
        sick_periods=(SickPeriod(FIRST_SICK, d("2025-06-15")), SickPeriod(d("2025-06-23"))),
        employee=Employee(date_of_birth=d("1958-06-10")),
        case_id="T",
    )
    assert compute_timeline(the_case, d("2025-07-01")).einde_loondoorbetaling == d("2025-07-28")


def test_aow_age_reached_on_the_first_sick_day_gives_d_plus_41() -> None:
    # Born 6 January 1958: AOW on Monday 6 January 2025, the first sick day: D + 41 =
    # 16 February 2025 (Jan 6 + 25 = Jan 31, + 16 = Feb 16).
    timeline = with_employee(born="1958-01-06")
    assert timeline.einde_loondoorbetaling == d("2025-02-16")


def test_aow_age_reached_before_the_sickness_gives_six_weeks_of_it() -> None:
    # Born 1 March 1957: 66 and 10 months falls in 2024, where the age is 67: AOW on
    # 1 March 2024. Sick from 6 Jan 2025: index 41 = 16 Feb 2025.
    timeline = with_employee(born="1957-03-01")
    assert timeline.einde_loondoorbetaling == d("2025-02-16")
    assert timeline.einde_loondoorbetaling_grond == "aow_leeftijd"


@pytest.mark.parametrize(
    ("first_sick", "last_day"),
    [
        # Born 1 Jan 1955, AOW on 1 May 2021 (66 and 4 months). A chain from 30 June 2023
        # keeps 13 weeks (D + 90); one from 1 July 2023 gets 6 (D + 41).
        ("2023-06-30", "2023-09-28"),
        ("2023-07-01", "2023-08-11"),
    ],
)
def test_thirteen_weeks_of_sickness_at_aow_age_for_chains_that_began_before_1_july_2023(
    first_sick: str, last_day: str
) -> None:
    timeline = with_employee("2023-09-01", born="1955-01-01", first_sick=d(first_sick))
    assert timeline.einde_loondoorbetaling == d(last_day)


@pytest.mark.parametrize(
    ("born", "ingang_wia"),
    [
        ("1960-01-03", None),  # AOW on L itself: no WIA
        ("1960-01-04", None),  # AOW on L + 1, the day a WIA would start: no WIA
        ("1960-01-05", "2027-01-04"),  # AOW on L + 2: the WIA can start on L + 1
    ],
)
def test_no_wia_when_aow_age_comes_by_the_day_it_would_start(
    born: str, ingang_wia: str | None
) -> None:
    timeline = with_employee(born=born)
    assert timeline.ingang_wia == (d(ingang_wia) if ingang_wia else None)
    # Six weeks from an AOW day on or after L end after L: the waiting period ends wage
    # payment.
    assert timeline.einde_loondoorbetaling == d("2027-01-03")


@pytest.mark.parametrize(
    ("born", "last_day", "reason"),
    [
        # AOW on Sunday 22 November 2026 = L - 42: its + 41 is L - 1, 2 January 2027.
        ("1959-11-22", "2027-01-02", "aow_leeftijd"),
        # AOW on 23 November 2026 = L - 41: its + 41 is L itself, which ends it anyway.
        ("1959-11-23", "2027-01-03", "einde_wachttijd"),
    ],
)
def test_the_six_weeks_after_the_aow_day_or_the_104_weeks_whichever_ends_first(
    born: str, last_day: str, reason: str
) -> None:
    timeline = with_employee(born=born)
    assert (timeline.einde_loondoorbetaling, timeline.einde_loondoorbetaling_grond) == (
        d(last_day),
        reason,
    )


def test_after_aow_age_the_later_steps_lapse_and_are_not_findings() -> None:
    the_case = Case(
        sick_periods=(SickPeriod(FIRST_SICK),),
        employee=Employee(date_of_birth=d("1958-06-10")),
        events=Events(),
        case_id="T",
    )
    assessment = assess(the_case, d("2025-11-01"))
    timeline = assessment.timeline
    report = milestone(timeline, "ziekmelding_uwv")  # due 27 Oct 2025, after 21 July
    assert report.status is Status.LAPSED
    assert status_text(report, timeline, "nl") == "vervallen (AOW-leeftijd)"
    assert milestone(timeline, "wia_aanvraag").status is Status.LAPSED
    found = {item.id for item in assessment.findings}
    assert "ziekmelding_uwv_ontbreekt" not in found
    assert "aow_leeftijd" in found
    assert assessment.pay.phase is PayPhase.ENDED
    assert assessment.pay.since == d("2025-07-22")
    assert assessment.spoor.status is Spoor.EINDE
    assert assessment.exposure.loonsanctie_max_weeks == 0


def test_before_the_aow_end_a_step_is_still_due() -> None:
    # The probleemanalyse (16 Feb 2025) falls before 21 July: still the employer's.
    timeline = with_employee("2025-03-01", born="1958-06-10", events=Events())
    assert milestone(timeline, "probleemanalyse").status is Status.OVERDUE


# --- ziek uit dienst: the contract ends during sickness --------------------------------


def test_the_contract_ending_during_sickness_ends_wage_payment() -> None:
    # Monday 31 March 2025, 84 days after D: the full re-integratieverslag (10 weeks).
    timeline = with_employee(contract_end="2025-03-31", events=Events())
    assert timeline.einde_loondoorbetaling == d("2025-03-31")
    assert timeline.einde_loondoorbetaling_grond == "einde_dienstverband"
    # The waiting period for the WIA runs on; UWV takes over.
    assert (timeline.einde_wachttijd, timeline.ingang_wia) == (d("2027-01-03"), d("2027-01-04"))
    assert milestone(timeline, "ziekmelding_uit_dienst").due == d("2025-03-31")
    assert milestone(timeline, "reintegratieverslag_ziektewet").due == d("2025-03-31")
    assert milestone(timeline, "einde_dienstverband").due == d("2025-03-31")
    # The employer's later steps lapse; the WIA facts stay.
    assert milestone(timeline, "ziekmelding_uwv").status is Status.LAPSED
    assert milestone(timeline, "eerstejaarsevaluatie").status is Status.LAPSED
    assert milestone(timeline, "einde_wachttijd").status is Status.UPCOMING
    assert milestone(timeline, "ingang_wia").status is Status.UPCOMING
    assert status_text(milestone(timeline, "wia_aanvraag"), timeline, "en") == (
        "lapsed (contract ended)"
    )
    # No evaluations planned after the contract ended.
    assert all(
        item.due <= d("2025-03-31") for item in timeline.milestones if item.id == "evaluatie"
    )


@pytest.mark.parametrize(
    ("contract_end", "report"),
    [
        ("2025-03-31", "2025-03-31"),  # Monday, a working day: that day itself
        ("2025-03-29", "2025-03-28"),  # Saturday: Friday 28 March
        ("2025-03-30", "2025-03-28"),  # Sunday: Friday 28 March
        ("2026-04-27", "2026-04-24"),  # Koningsdag, a Monday: Friday 24 April 2026
        # Tweede Paasdag, Monday 21 April 2025: not Goede Vrijdag 18 April either, so
        # Thursday 17 April.
        ("2025-04-21", "2025-04-17"),
    ],
)
def test_the_report_is_due_on_the_last_working_day_before_the_contract_ends(
    contract_end: str, report: str
) -> None:
    # ZW art. 38 lid 2: "op de laatste werkdag voordat de dienstbetrekking eindigt".
    timeline = with_employee(contract_end=contract_end)
    assert milestone(timeline, "ziekmelding_uit_dienst").due == d(report)


# The re-integratieverslag: last working day - D >= 42 (ZW art. 38 lid 2), short when
# the contract ends less than 70 days after D (UWV). D is Wednesday 8 January 2025 here,
# so that D + 41, 42, 69 and 70 are working days: Tue 18 Feb, Wed 19 Feb, Tue 18 Mar and
# Wed 19 Mar 2025 (Jan 8 + 23 = Jan 31, + 18 = Feb 18; Feb 18 + 28 = Mar 18).
WEDNESDAY = d("2025-01-08")
_RIVS = {"reintegratieverslag_ziektewet_verkort", "reintegratieverslag_ziektewet"}


@pytest.mark.parametrize(
    ("contract_end", "report"),
    [
        ("2025-02-18", None),  # D + 41: less than six weeks, no re-integratieverslag
        ("2025-02-19", "reintegratieverslag_ziektewet_verkort"),  # D + 42: six weeks
        ("2025-03-18", "reintegratieverslag_ziektewet_verkort"),  # D + 69
        ("2025-03-19", "reintegratieverslag_ziektewet"),  # D + 70: 10 weeks, the full one
    ],
)
def test_which_re_integratieverslag_the_ziektewet_claim_needs(
    contract_end: str, report: str | None
) -> None:
    timeline = with_employee(contract_end=contract_end, first_sick=WEDNESDAY)
    assert ids(timeline) & _RIVS == ({report} if report else set())
    if report:
        assert milestone(timeline, report).due == d(contract_end)


def test_the_six_weeks_end_at_the_last_working_day_not_at_the_contracts_end() -> None:
    # Sick from Monday 10 March 2025; the contract ends on Tweede Paasdag, Monday 21
    # April = D + 42 (Mar 10 + 21 = Mar 31, + 21 = Apr 21). Its last working day is
    # Thursday 17 April (Goede Vrijdag 18 April is a holiday too): D + 38, less than six
    # weeks, so no re-integratieverslag.
    timeline = with_employee(contract_end="2025-04-21", first_sick=d("2025-03-10"))
    assert milestone(timeline, "ziekmelding_uit_dienst").due == d("2025-04-17")
    assert not ids(timeline) & _RIVS


@pytest.mark.parametrize(
    ("letter", "due"),
    [
        (None, "2025-04-14"),  # no letter recorded: the last working day, 31 March, + 14
        ("2025-04-09", "2025-04-23"),  # UWV's letter of 9 April + 14
    ],
)
def test_uwv_gives_two_weeks_after_its_letter_to_upload_the_re_integratieverslag(
    letter: str | None, due: str
) -> None:
    events = Events(ziektewet_brief_uwv=d(letter) if letter else None)
    # Judged after the letter: a letter not yet received on the as-of date is not known.
    timeline = with_employee("2025-04-10", contract_end="2025-03-31", events=events)
    step = milestone(timeline, "reintegratieverslag_ziektewet_uwv")
    assert (step.due, step.kind.value) == (d(due), "practice")


@pytest.mark.parametrize(
    ("as_of", "due"),
    [
        ("2025-04-08", "2025-04-14"),  # the day before the letter: not known yet
        ("2025-04-09", "2025-04-23"),  # the day of the letter
    ],
)
def test_uwvs_letter_counts_from_the_day_it_is_dated_not_before(as_of: str, due: str) -> None:
    events = Events(ziektewet_brief_uwv=d("2025-04-09"))
    timeline = with_employee(as_of, contract_end="2025-03-31", events=events)
    assert milestone(timeline, "reintegratieverslag_ziektewet_uwv").due == d(due)


@pytest.mark.parametrize(
    ("sent", "law", "practice"),
    [
        ("2025-03-31", Status.DONE, Status.DONE),  # by the last working day
        ("2025-04-23", Status.LATE, Status.DONE),  # late in law, in time for UWV's letter
        ("2025-04-24", Status.LATE, Status.LATE),
    ],
)
def test_the_practice_step_stands_beside_the_legal_date_never_instead_of_it(
    sent: str, law: Status, practice: Status
) -> None:
    events = Events(ziektewet_brief_uwv=d("2025-04-09"), reintegratieverslag_ziektewet=d(sent))
    timeline = with_employee("2025-05-01", contract_end="2025-03-31", events=events)
    assert milestone(timeline, "reintegratieverslag_ziektewet").status is law
    assert milestone(timeline, "reintegratieverslag_ziektewet_uwv").status is practice


# --- the contract ends at the AOW age: no Ziektewet follows --------------------------


@pytest.mark.parametrize(
    ("contract_end", "report"),
    [
        # AOW on Tuesday 10 June 2025 (born 10 June 1958). A contract that ends on
        # Monday 9 June, the day before, leaves no day of Ziektewet (ZW art. 3 lid 1):
        # no report, no re-integratieverslag.
        ("2025-06-09", None),
        # One that ends on Sunday 8 June leaves one: the report is due on the last
        # working day, Friday 6 June, with the full re-integratieverslag (June 6 - D =
        # 151 days; the contract ends 153 days after D).
        ("2025-06-08", "2025-06-06"),
    ],
)
def test_no_ziek_uit_dienst_report_for_a_contract_ending_the_day_before_the_aow_day(
    contract_end: str, report: str | None
) -> None:
    timeline = with_employee(born="1958-06-10", contract_end=contract_end)
    assert timeline.einde_loondoorbetaling == d(contract_end)
    assert timeline.einde_loondoorbetaling_grond == "einde_dienstverband"
    found = ids(timeline)
    if report is None:
        assert not found & {"ziekmelding_uit_dienst", "einde_dienstverband", *_RIVS}
        assert milestone(timeline, "einde_dienstverband_aow").due == d(contract_end)
    else:
        assert milestone(timeline, "ziekmelding_uit_dienst").due == d(report)
        assert milestone(timeline, "reintegratieverslag_ziektewet").due == d(report)
        assert "einde_dienstverband_aow" not in found


def test_a_contract_ending_in_the_six_weeks_after_the_aow_day_needs_no_report() -> None:
    # AOW on 10 June 2025, wage to 21 July; the contract ends on Monday 30 June: wage
    # ends with it, and there is no Ziektewet after the AOW age.
    timeline = with_employee(born="1958-06-10", contract_end="2025-06-30")
    assert timeline.einde_loondoorbetaling == d("2025-06-30")
    assert "ziekmelding_uit_dienst" not in ids(timeline)
    assert status_text(milestone(timeline, "einde_dienstverband_aow"), timeline, "en")


# --- an eigenrisicodrager for the Ziektewet (ZW art. 38 lid 2, 63a lid 1) ------------


def erd(
    as_of: str,
    *,
    zw_eigenrisicodrager: bool = True,
    contract_end: str = "2025-03-31",
    born: str | None = None,
) -> Timeline:
    the_case = Case(
        sick_periods=(SickPeriod(FIRST_SICK),),
        employee=Employee(contract_end=d(contract_end), date_of_birth=d(born) if born else None),
        employer=Employer(zw_eigenrisicodrager=zw_eigenrisicodrager),
        events=Events(),
        case_id="T",
    )
    return compute_timeline(the_case, d(as_of))


@pytest.mark.parametrize("zw_eigenrisicodrager", [True, False])
def test_an_eigenrisicodrager_owes_no_re_integratieverslag_and_keeps_its_duties(
    zw_eigenrisicodrager: bool,
) -> None:
    # Contract ends Monday 31 March 2025, 84 days after D. The report to UWV is owed by
    # every employer; the re-integratieverslag only by one that is no eigenrisicodrager.
    timeline = erd("2026-01-05", zw_eigenrisicodrager=zw_eigenrisicodrager)
    assert milestone(timeline, "ziekmelding_uit_dienst").due == d("2025-03-31")
    assert timeline.einde_loondoorbetaling == d("2025-03-31")
    found = ids(timeline)
    first_year = milestone(timeline, "eerstejaarsevaluatie")  # D + 363 = 4 January 2026
    assert first_year.due == d("2026-01-04")
    if zw_eigenrisicodrager:
        assert not found & {*_RIVS, "reintegratieverslag_ziektewet_uwv"}
        # From 1 April it guides the former employee as its own steps (ZW art. 63a lid 1).
        assert milestone(timeline, "reintegratie_erd_zw").due == d("2025-04-01")
        assert first_year.status is Status.OVERDUE
        assert milestone(timeline, "spoor2_besluit").status is Status.OVERDUE
        # Evaluations go on after the contract: one due after 31 March.
        assert any(
            item.due > d("2025-03-31") for item in timeline.milestones if item.id == "evaluatie"
        )
    else:
        assert "reintegratieverslag_ziektewet" in found
        assert "reintegratie_erd_zw" not in found
        assert first_year.status is Status.LAPSED
    # The 42nd-week report is for an employee with a right to wage (ZW art. 38 lid 1).
    assert milestone(timeline, "ziekmelding_uwv").status is Status.LAPSED


def test_an_eigenrisicodrager_s_duties_end_with_the_aow_age() -> None:
    # Born 1 December 1958: AOW on Monday 1 December 2025, before the first-year
    # evaluation of 4 January 2026; no Ziektewet past the AOW age, so it lapses. The
    # evaluations (plan due D + 55 = 2 March 2025, then every 42 days: 13 Apr, 25 May,
    # 6 Jul, 17 Aug, 28 Sep, 9 Nov) stop before the AOW day: the next, 21 Dec, is not owed.
    timeline = erd("2026-01-05", born="1958-12-01")
    assert milestone(timeline, "eerstejaarsevaluatie").status is Status.LAPSED
    assert milestone(timeline, "reintegratie_erd_zw").due == d("2025-04-01")
    evaluations = [item for item in timeline.milestones if item.id == "evaluatie"]
    assert evaluations[-1].due == d("2025-11-09")
    assert all(item.status is Status.OVERDUE for item in evaluations)


def test_a_contract_ending_after_recovery_or_after_the_waiting_period_changes_nothing() -> None:
    recovered = with_employee(contract_end="2025-03-31", last_sick="2025-03-01")
    assert recovered.einde_loondoorbetaling_grond == "einde_wachttijd"
    assert "ziekmelding_uit_dienst" not in ids(recovered)
    late = with_employee(contract_end="2027-01-03")  # on L itself
    assert late.einde_loondoorbetaling_grond == "einde_wachttijd"


def test_a_contract_that_ended_before_the_sickness_is_refused() -> None:
    with refused(r"employee.contract_end: 2025-01-05 is before"):
        with_employee(contract_end="2025-01-05")


def test_after_the_contract_ends_there_is_no_loonsanctie_and_pay_ends() -> None:
    the_case = Case(
        sick_periods=(SickPeriod(FIRST_SICK),),
        employee=Employee(contract_end=d("2025-03-31")),
        events=Events(ziekmelding_uit_dienst=d("2025-03-31")),
        case_id="T",
    )
    assessment = assess(the_case, d("2025-04-01"))
    assert assessment.pay.phase is PayPhase.ENDED
    assert assessment.exposure.loonsanctie_max_weeks == 0
    assert assessment.spoor.status is Spoor.EINDE
    assert "no_loonsanctie_uit_dienst" in [item.id for item in assessment.exposure.assumptions]


def test_a_late_ziek_uit_dienst_report_is_a_finding() -> None:
    events = Events(ziekmelding_uit_dienst=d("2025-04-01"))
    the_case = Case(
        sick_periods=(SickPeriod(FIRST_SICK),),
        employee=Employee(contract_end=d("2025-03-31")),
        events=events,
        case_id="T",
    )
    found = {item.id for item in assess(the_case, d("2025-04-02")).findings}
    assert "ziekmelding_uit_dienst_te_laat" in found


# --- pregnancy-related sickness (ZW art. 29a, 38a lid 3) --------------------------------


def pregnant(as_of: str, reported: str | None = None, contract_end: str | None = None) -> Timeline:
    the_case = Case(
        sick_periods=(
            SickPeriod(FIRST_SICK, cause="zwangerschapsklachten", pregnancy_related=True),
        ),
        employee=Employee(contract_end=d(contract_end) if contract_end else None),
        events=Events(ziekmelding_zwangerschap=d(reported) if reported else None),
        case_id="T",
    )
    return compute_timeline(the_case, d(as_of))


@pytest.mark.parametrize(
    ("reported", "status"),
    [
        ("2025-02-17", Status.DONE),  # D + 42: "uiterlijk op de eerste dag na zes weken"
        ("2025-02-18", Status.LATE),
    ],
)
def test_pregnancy_related_sickness_is_reported_to_uwv_by_d_plus_42(
    reported: str, status: Status
) -> None:
    timeline = pregnant("2025-03-01", reported)
    item = milestone(timeline, "ziekmelding_zwangerschap")
    assert (item.due, item.status) == (d("2025-02-17"), status)
    # Inside the 104 weeks like any sickness.
    assert timeline.einde_wachttijd == d("2027-01-03")


@pytest.mark.parametrize(
    ("periods", "leaves", "due"),
    [
        # Index 42 counts sick days (docs/law.md, Scope): pregnancy-related sick 8 to 14
        # Jan 2024 (index 0-6), fit 15 to 21 Jan, sick again from 22 Jan (index 7): index
        # 42 is 22 Jan + 35 = 26 Feb (not 8 Jan + 42 = 19 Feb).
        (
            (("2024-01-08", "2024-01-14", True), ("2024-01-22", None, True)),
            (),
            "2024-02-26",
        ),
        # Leave 1 Feb to 20 May 2024: index 0-23 is 8 to 31 Jan, index 24 is 21 May, so
        # index 42 is 21 May + 18 = 8 Jun.
        ((("2024-01-08", None, True),), (("2024-02-01", "2024-05-20"),), "2024-06-08"),
        # Sick from another cause 8 to 31 Jan (index 0-23), pregnancy-related from 5 Feb
        # (index 24), joined: 42 sick days after that first day, index 66 = 18 Mar.
        (
            (("2024-01-08", "2024-01-31", False), ("2024-02-05", None, True)),
            (),
            "2024-03-18",
        ),
        # One run of sickness: D + 42.
        ((("2024-01-08", None, True),), (), "2024-02-19"),
    ],
)
def test_the_pregnancy_report_falls_on_the_42nd_counted_sick_day(
    periods: tuple[tuple[str, str | None, bool], ...],
    leaves: tuple[tuple[str, str], ...],
    due: str,
) -> None:
    from poortwachter.sickdays import LeavePeriod

    the_case = Case(
        sick_periods=tuple(
            SickPeriod(d(start), d(end) if end else None, pregnancy_related=flag)
            for start, end, flag in periods
        ),
        leave_periods=tuple(LeavePeriod(d(start), d(end)) for start, end in leaves),
        events=Events(),
        case_id="T",
    )
    timeline = compute_timeline(the_case, d("2024-12-01"))
    assert milestone(timeline, "ziekmelding_zwangerschap").due == d(due)


def test_the_pregnancy_report_is_due_on_the_contracts_last_day_if_that_comes_first() -> None:
    timeline = pregnant("2025-03-01", contract_end="2025-02-10")
    assert milestone(timeline, "ziekmelding_zwangerschap").due == d("2025-02-10")


def test_a_missing_pregnancy_report_is_a_medium_finding_not_a_vangnet_case() -> None:
    the_case = Case(
        sick_periods=(SickPeriod(FIRST_SICK, pregnancy_related=True),),
        events=Events(),
        case_id="T",
    )
    found = {item.id: item for item in assess(the_case, d("2025-02-18")).findings}
    assert found["ziekmelding_zwangerschap_ontbreekt"].severity.value == "medium"
    assert "ziektewet_vangnet" not in found


# --- sickness from pregnancy or childbirth after the WAZO leave: a claim of its own -----

# Sick from pregnancy 4 March to 26 May 2024, on leave 27 May to 15 September, sick from
# childbirth from Monday 16 September: one chain for the 104 weeks, two claims on UWV.
# The first is reported by 4 March + 42 = 15 April 2024 (Mar 4 + 27 = Mar 31, + 15 =
# Apr 15); the second by 16 September + 42 = 28 October 2024 (Sep 16 + 14 = Sep 30,
# + 28 = Oct 28).
BEFORE_LEAVE = SickPeriod(d("2024-03-04"), d("2024-05-26"), pregnancy_related=True)
AFTER_LEAVE = SickPeriod(d("2024-09-16"), pregnancy_related=True)
LEAVE = LeavePeriod(d("2024-05-27"), d("2024-09-15"))


def around_leave(reported: str | None = None, *, contract_end: str | None = None) -> Case:
    return Case(
        sick_periods=(BEFORE_LEAVE, AFTER_LEAVE),
        leave_periods=(LEAVE,),
        employee=Employee(contract_end=d(contract_end) if contract_end else None),
        events=Events(
            ziekmelding_zwangerschap=d("2024-04-10"),
            ziekmelding_zwangerschap_na_verlof=d(reported) if reported else None,
        ),
        case_id="T",
    )


@pytest.mark.parametrize(
    ("reported", "status"),
    [
        ("2024-10-27", Status.DONE),  # its first day + 41
        ("2024-10-28", Status.DONE),  # its first day + 42: "de eerste dag na zes weken"
        ("2024-10-29", Status.LATE),  # + 43
    ],
)
def test_sickness_after_the_leave_is_reported_by_its_own_first_day_plus_42(
    reported: str, status: Status
) -> None:
    timeline = compute_timeline(around_leave(reported), d("2024-11-15"))
    assert timeline.first_sick_day == d("2024-03-04")  # joined across the leave
    assert milestone(timeline, "ziekmelding_zwangerschap").due == d("2024-04-15")
    after = milestone(timeline, "ziekmelding_zwangerschap_na_verlof")
    assert (after.due, after.status) == (d("2024-10-28"), status)


def test_the_report_after_the_leave_is_due_on_the_contracts_last_day_if_that_comes_first() -> None:
    # The contract ends on Thursday 10 October 2024, within those six weeks: report on
    # that last day (ZW art. 38a lid 3, second sentence).
    the_case = around_leave(contract_end="2024-10-10")
    timeline = compute_timeline(the_case, d("2024-10-01"))
    assert milestone(timeline, "ziekmelding_zwangerschap_na_verlof").due == d("2024-10-10")


def test_sickness_only_after_the_leave_is_one_claim() -> None:
    the_case = Case(sick_periods=(AFTER_LEAVE,), leave_periods=(LEAVE,), case_id="T")
    timeline = compute_timeline(the_case, d("2024-10-01"))
    assert milestone(timeline, "ziekmelding_zwangerschap").due == d("2024-10-28")
    assert "ziekmelding_zwangerschap_na_verlof" not in ids(timeline)


def test_a_relapse_before_any_leave_is_not_a_claim_after_the_leave() -> None:
    # Two pregnancy-related periods with no leave between them: one report, as before.
    the_case = Case(
        sick_periods=(
            SickPeriod(d("2024-03-04"), d("2024-03-31"), pregnancy_related=True),
            SickPeriod(d("2024-04-10"), pregnancy_related=True),
        ),
        leave_periods=(LeavePeriod(d("2024-06-01"), d("2024-09-20")),),
        case_id="T",
    )
    assert "ziekmelding_zwangerschap_na_verlof" not in ids(
        compute_timeline(the_case, d("2024-05-01"))
    )


@pytest.mark.parametrize(
    ("reported", "finding"),
    [
        (None, "ziekmelding_zwangerschap_na_verlof_ontbreekt"),
        ("2024-11-12", "ziekmelding_zwangerschap_na_verlof_te_laat"),
    ],
)
def test_a_missing_or_late_report_risks_a_fine_and_a_year_of_refund_not_the_refund(
    reported: str | None, finding: str
) -> None:
    found = {item.id: item for item in assess(around_leave(reported), d("2024-11-15")).findings}
    item = found[finding]
    assert item.severity.value == "medium"
    dutch, english = finding_message(item, "nl"), finding_message(item, "en")
    assert "een boete geven (ZW art. 38a lid 8)" in dutch
    assert "ten hoogste een jaar vóór de melding" in dutch
    assert "fined (ZW art. 38a lid 8)" in english
    assert "at most one year before the report (lid 9)" in english
    for text in (dutch, english, finding_action(item, "nl"), finding_action(item, "en")):
        assert "verloren" not in text
        assert "lost" not in text
    assert "art. 38a lid 9" in FINDING_TYPES[finding].basis_short


@pytest.mark.parametrize(
    ("zw_eigenrisicodrager", "act_by"),
    [
        # Plan on 24 Feb 2025, no evaluation since; the contract ends on 31 March (35 days
        # after the plan). Without an eigenrisicodrager evaluations stop with the wage:
        # no gap of more than 42 days, no finding.
        (False, None),
        # An eigenrisicodrager keeps evaluating: judged on 1 June, 24 Feb to 1 June is 97
        # days, and the next evaluation is due now.
        (True, "2025-06-01"),
    ],
)
def test_evaluations_after_the_contract_are_owed_only_by_an_eigenrisicodrager(
    zw_eigenrisicodrager: bool, act_by: str | None
) -> None:

    the_case = Case(
        sick_periods=(SickPeriod(FIRST_SICK),),
        employee=Employee(contract_end=d("2025-03-31")),
        employer=Employer(zw_eigenrisicodrager=zw_eigenrisicodrager),
        events=Events(plan_van_aanpak=d("2025-02-24"), casemanager="C"),
        case_id="T",
    )
    findings = {item.id: item for item in assess(the_case, d("2025-06-01")).findings}
    if act_by is None:
        assert "evaluatie_interval" not in findings
    else:
        assert findings["evaluatie_interval"].act_by == d(act_by)
        assert dict(findings["evaluatie_interval"].values)["gap"] == 97


def _findings_after_contract(
    as_of: str, *, contract_end: str | None, no_prospect: str, erd: bool = False
) -> dict[str, Any]:

    the_case = Case(
        sick_periods=(SickPeriod(FIRST_SICK),),
        employee=Employee(contract_end=d(contract_end) if contract_end else None),
        employer=Employer(zw_eigenrisicodrager=erd),
        events=Events(spoor1_no_prospect=d(no_prospect)),
        case_id="T",
    )
    return {item.id: item for item in assess(the_case, d(as_of)).findings}


@pytest.mark.parametrize(
    ("no_prospect", "erd", "act_by"),
    [
        # Spoor 2 is expected 42 days after spoor 1 lost its prospect; the contract ends on
        # Wed 30 April 2025. From 1 April: expected 13 May, after the contract: not the
        # employer's any more, no finding.
        ("2025-04-01", False, "none"),
        # From 19 March: expected 30 April, the contract's last day: missed while employed,
        # the finding stands, with nothing left to do by a date.
        ("2025-03-19", False, None),
        # An eigenrisicodrager for the Ziektewet keeps the step: start it now.
        ("2025-04-01", True, "2025-09-01"),
    ],
)
def test_spoor_2_expected_after_the_contract_ended_is_not_the_employers(
    no_prospect: str, erd: bool, act_by: str | None
) -> None:
    found = _findings_after_contract(
        "2025-09-01", contract_end="2025-04-30", no_prospect=no_prospect, erd=erd
    )
    if act_by == "none":
        assert "spoor2_niet_gestart" not in found
    else:
        assert found["spoor2_niet_gestart"].act_by == (d(act_by) if act_by else None)


@pytest.mark.parametrize(
    ("contract_end", "as_of", "asked"),
    [
        # Week 81 (index 566) begins on Sun 26 July 2026; no 42e-weeksmelding recorded.
        (None, "2026-07-25", False),
        (None, "2026-07-26", True),
        # The contract ended on 30 April 2025: the WIA application is not the employer's.
        ("2025-04-30", "2026-07-26", False),
    ],
)
def test_no_report_before_week_81_matters_only_while_the_employer_pays(
    contract_end: str | None, as_of: str, asked: bool
) -> None:
    found = _findings_after_contract(as_of, contract_end=contract_end, no_prospect="2025-12-01")
    assert ("ziekmelding_uwv_na_week_81" in found) is asked
