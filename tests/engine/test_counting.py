"""Counting in calendar days from the first sick day (docs/law.md sections 1, 3 and 4).

Every expected date here was worked by hand from docs/law.md: week n is days D+7(n-1) to
D+7n-1, a forward milestone at index k falls on D+k, and L = D+727.
"""

from __future__ import annotations

import pytest

from poortwachter.law.milestones import CASE_RULES, RULES

from ..helpers import case, d, due, first_sick, milestone, refused, sick, timeline_of

# First sick day Monday 6 January 2025: the dates the timeline issue names.
ISSUE_CASE = {
    "arbodienst_melding": "2025-01-12",  # D+6
    "probleemanalyse": "2025-02-16",  # D+41
    "plan_van_aanpak": "2025-03-02",  # D+55
    "ziekmelding_uwv": "2025-10-27",  # D+294
    "eerstejaarsevaluatie": "2026-01-04",  # D+363
    "spoor2_besluit": "2026-01-04",  # D+363
    "start_tweede_ziektejaar": "2026-01-05",  # D+364
    "vervroegde_iva_aanvraag": "2026-04-26",  # D+475
    "wia_brief_uwv": "2026-09-20",  # D+622
    "reintegratieverslag": "2026-10-04",  # L-91
    "wia_aanvraag": "2026-10-18",  # L-77
    "loonsanctie_beschikking": "2026-11-22",  # L-42
    "einde_wachttijd": "2027-01-03",  # L = D+727
    "ingang_wia": "2027-01-04",  # L+1
    "einde_loonsanctie_max": "2028-01-02",  # L+364
}


@pytest.mark.parametrize(("milestone_id", "expected"), ISSUE_CASE.items())
def test_first_sick_6_january_2025_gives_the_dates_of_the_issue(
    milestone_id: str, expected: str
) -> None:
    assert due(first_sick("2025-01-06"), milestone_id) == d(expected)


def test_every_rule_of_the_table_appears_in_the_timeline() -> None:
    # The rules a case brings (pregnancy, contract end, AOW age) need a case file.
    ids = {item.id for item in first_sick("2025-01-06").milestones}
    assert ids == {rule.id for rule in RULES} - {rule.id for rule in CASE_RULES}


def test_window_starts_count_from_the_first_sick_day() -> None:
    timeline = first_sick("2025-01-06")
    assert milestone(timeline, "eerstejaarsevaluatie").window_start == d("2025-11-17")  # D+315
    assert milestone(timeline, "spoor2_besluit").window_start == d("2025-11-17")
    assert milestone(timeline, "vervroegde_iva_aanvraag").window_start == d("2025-01-20")  # D+14
    assert milestone(timeline, "wia_brief_uwv").window_start == d("2026-09-07")  # D+609
    assert milestone(timeline, "probleemanalyse").window_start is None


def test_summary_gives_einde_wachttijd_and_ingang_wia_side_by_side() -> None:
    timeline = first_sick("2025-01-06")
    assert timeline.einde_wachttijd == d("2027-01-03")
    assert timeline.ingang_wia == d("2027-01-04")


def test_week_six_ends_on_day_42_so_the_probleemanalyse_is_due_on_d_plus_41() -> None:
    timeline = first_sick("2025-01-06")
    assert milestone(timeline, "probleemanalyse").week == 6
    assert milestone(timeline, "ziekmelding_uwv").week == 43
    assert milestone(timeline, "eerstejaarsevaluatie").week == 52
    assert milestone(timeline, "einde_wachttijd").week == 104
    assert milestone(timeline, "ingang_wia").week == 105


def test_a_leap_day_counts_as_a_calendar_day() -> None:
    # 1 Feb 2024 + 41: 28 days to 29 Feb, 13 more to 13 March.
    assert due(first_sick("2024-02-01"), "probleemanalyse") == d("2024-03-13")
    # 8 Jan 2024 + 727 spans 29 Feb 2024: 2026-01-04 (docs/machine-output.md's example).
    assert first_sick("2024-01-08").einde_wachttijd == d("2026-01-04")


def test_a_year_without_leap_day_gives_one_day_more() -> None:
    # 8 Jan 2025 + 727 does not span a leap day: 2027-01-05.
    assert first_sick("2025-01-08").einde_wachttijd == d("2027-01-05")


def test_counting_runs_over_a_year_end() -> None:
    # 20 Dec 2024 + 41: 11 days to 31 Dec, 30 more to 30 Jan 2025.
    assert due(first_sick("2024-12-20"), "probleemanalyse") == d("2025-01-30")


def test_no_roll_forward_when_a_deadline_falls_on_a_sunday() -> None:
    # 6 Jan 2025 is a Monday: every end-of-week deadline is a Sunday and stays there.
    timeline = first_sick("2025-01-06")
    assert due(timeline, "probleemanalyse").weekday() == 6
    assert due(timeline, "wia_aanvraag").weekday() == 6


def test_counted_days_and_week_on_the_as_of_date() -> None:
    timeline = first_sick("2025-01-06", as_of="2025-02-16")  # D+41: day 42, week 6
    assert (timeline.counted_sick_days, timeline.sick_week) == (42, 6)
    timeline = first_sick("2025-01-06", as_of="2025-02-17")  # D+42: day 43, week 7
    assert (timeline.counted_sick_days, timeline.sick_week) == (43, 7)


def test_before_the_first_sick_day_nothing_is_counted() -> None:
    timeline = first_sick("2025-01-06", as_of="2025-01-05")
    assert (timeline.counted_sick_days, timeline.sick_week) == (0, 0)


def test_evaluations_recur_every_42_days_after_the_plan_until_the_waiting_period_ends() -> None:
    timeline = first_sick("2025-01-06")
    evaluations = [item for item in timeline.milestones if item.id == "evaluatie"]
    # Plan at D+55; D+55+42n <= D+727 for n = 1..16.
    assert [item.occurrence for item in evaluations] == list(range(1, 17))
    assert evaluations[0].due == d("2025-04-13")  # 2 March 2025 + 42
    assert evaluations[-1].due == timeline.einde_wachttijd


def test_first_sick_day_2012_01_01_is_supported() -> None:
    assert first_sick("2012-01-01").first_sick_day == d("2012-01-01")


def test_first_sick_day_before_2012_is_refused_with_the_reason() -> None:
    with refused(r"before 2012-01-01.*Verzamelwet SZW 2013"):
        first_sick("2011-12-31")


def test_after_a_recovery_the_count_stands_still_at_the_last_sick_day() -> None:
    # The issue's case: sick 8 Jan to 31 Mar 2024 (24 + 29 + 31 = 84 days), seen on
    # 15 May: 84 days, week 12 (day 84 is the last day of week 12).
    recovered = case(sick("2024-01-08", "2024-03-31"))
    timeline = timeline_of(recovered, as_of="2024-05-15")
    assert (timeline.counted_sick_days, timeline.sick_week) == (84, 12)
    # The last sick day itself and the day after give the same count.
    assert timeline_of(recovered, as_of="2024-03-31").counted_sick_days == 84
    assert timeline_of(recovered, as_of="2024-04-01").counted_sick_days == 84
    # The day before it is still counting.
    assert timeline_of(recovered, as_of="2024-03-30").counted_sick_days == 83


def test_a_recovery_after_a_joined_gap_counts_only_the_sick_days() -> None:
    # Sick 1-14 Jan 2024 (14), fit 15-21 Jan, sick 22-31 Jan (10): 24 days, week 4.
    joined = case(sick("2024-01-01", "2024-01-14"), sick("2024-01-22", "2024-01-31"))
    timeline = timeline_of(joined, as_of="2024-06-01")
    assert (timeline.counted_sick_days, timeline.sick_week) == (24, 4)
