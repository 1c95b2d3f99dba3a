"""Adding sick periods together (docs/law.md section 2; art. 7:629 lid 10 BW, art. 23 lid 3
and 5 WIA, art. 38 lid 1 ZW). Dates worked by hand."""

from __future__ import annotations

import pytest

from poortwachter.models import Timeline
from poortwachter.outputs.tables import chain_lines
from poortwachter.sickdays import (
    CauseJudgement,
    GapOutcome,
    SickPeriod,
    last_joined_relapse_day,
)

from ..helpers import case, d, due, leave, refused, sick, timeline_of

# Sick 8 Jan to 4 Feb 2024 (last sick day), then sick again.
FIRST = sick("2024-01-08", "2024-02-04")
# Uninterrupted from 8 Jan 2024, the waiting period would end on 2026-01-04.
UNINTERRUPTED_END = d("2026-01-04")


def test_sick_again_after_27_fit_days_the_periods_are_added() -> None:
    # Fit 5 Feb to 2 Mar 2024 (29 Feb included): 27 days.
    timeline = timeline_of(case(FIRST, sick("2024-03-03")))
    assert timeline.first_sick_day == d("2024-01-08")
    assert timeline.chain.gaps[0].fit_days == 27
    assert timeline.chain.gaps[0].outcome is GapOutcome.JOINED
    # The 27 fit days push the end back day for day.
    assert timeline.einde_wachttijd == d("2026-01-31")


def test_sick_again_after_28_fit_days_a_new_sickness_starts() -> None:
    timeline = timeline_of(case(FIRST, sick("2024-03-04")))
    assert timeline.first_sick_day == d("2024-03-04")
    assert timeline.chain.periods == (sick("2024-03-04"),)
    earlier = timeline.chain.earlier_chains[0]
    assert earlier.separated_by.fit_days == 28
    assert earlier.separated_by.outcome is GapOutcome.TOO_LONG
    # 4 March 2024 + 727 (no leap day in between).
    assert timeline.einde_wachttijd == d("2026-03-01")


def test_the_example_of_rules_md_ends_21_days_later() -> None:
    timeline = timeline_of(case(sick("2022-01-03", "2022-07-03"), sick("2022-07-25")))
    # Uninterrupted: 3 Jan 2022 + 727 = 31 Dec 2023; 21 fit days later: 21 Jan 2024.
    assert timeline.chain.gaps[0].fit_days == 21
    assert timeline.einde_wachttijd == d("2024-01-21")


def test_the_cause_does_not_matter_without_leave() -> None:
    timeline = timeline_of(
        case(sick("2024-01-08", "2024-02-04", "knie"), sick("2024-03-03", cause="griep"))
    )
    assert timeline.chain.gaps[0].outcome is GapOutcome.JOINED


def test_milestones_fall_on_counted_days_after_a_joined_gap() -> None:
    # Probleemanalyse at index 41: period 1 has indexes 0..27 (8 Jan to 4 Feb), period 2
    # starts at index 28 on 3 March, so index 41 is 3 March + 13 = 16 March.
    timeline = timeline_of(case(FIRST, sick("2024-03-03")))
    assert due(timeline, "probleemanalyse") == d("2024-03-16")
    assert due(timeline, "arbodienst_melding") == d("2024-01-14")  # index 6, in period 1


# Around maternity leave: sick until 26 May 2024, leave 27 May to 15 Sep (112 days).
LEAVE = leave("2024-05-27", "2024-09-15")


def test_sick_before_and_after_maternity_leave_is_one_chain() -> None:
    timeline = timeline_of(
        case(sick("2024-03-04", "2024-05-26"), sick("2024-09-16"), leaves=(LEAVE,))
    )
    gap = timeline.chain.gaps[0]
    assert (gap.calendar_days, gap.leave_days, gap.fit_days) == (112, 112, 0)
    # 4 March 2024 + 727 = 1 March 2026; 112 leave days later: 21 June 2026.
    assert timeline.einde_wachttijd == d("2026-06-21")


def test_leave_inside_a_sick_period_is_skipped_day_for_day() -> None:
    timeline = timeline_of(case(sick("2024-03-04"), leaves=(LEAVE,)))
    assert timeline.einde_wachttijd == d("2026-06-21")
    assert timeline.chain.leave_days_skipped == 112


def test_leave_that_starts_the_day_after_the_last_sick_day_touches_the_period() -> None:
    # Sick 4 Mar to 26 May, leave from 27 May: days 84 onwards wait for the second period.
    timeline = timeline_of(
        case(sick("2024-03-04", "2024-05-26"), sick("2024-09-16"), leaves=(LEAVE,))
    )
    assert due(timeline, "probleemanalyse") == d("2024-04-14")  # 4 Mar + 41, before leave
    # Index 294 = 16 Sep 2024 (index 84) + 210 = 14 April 2025.
    assert due(timeline, "ziekmelding_uwv") == d("2025-04-14")


def test_sickness_starting_during_leave_counts_from_the_first_day_after_it() -> None:
    timeline = timeline_of(case(sick("2024-09-10"), leaves=(LEAVE,)))
    assert timeline.first_sick_day == d("2024-09-16")


def test_different_causes_across_leave_with_28_calendar_days_are_not_joined() -> None:
    # Sick to 26 May; leave 27 May to 1 June (6 days); sick again 24 June: the calendar
    # gap 27 May to 23 June is 28 days, 22 of them fit: joined only because of leave.
    short_leave = (leave("2024-05-27", "2024-06-01"),)
    timeline = timeline_of(
        case(
            sick("2024-03-04", "2024-05-26", "knie"),
            sick("2024-06-24", cause="longen"),
            leaves=short_leave,
        )
    )
    assert timeline.chain.earlier_chains[0].separated_by.outcome is GapOutcome.OTHER_CAUSE
    assert timeline.first_sick_day == d("2024-06-24")


def test_different_causes_across_leave_with_27_calendar_days_are_joined() -> None:
    short_leave = (leave("2024-05-27", "2024-06-01"),)
    timeline = timeline_of(
        case(
            sick("2024-03-04", "2024-05-26", "knie"),
            sick("2024-06-23", cause="longen"),
            leaves=short_leave,
        )
    )
    assert timeline.chain.gaps[0].calendar_days == 27
    assert timeline.first_sick_day == d("2024-03-04")


@pytest.mark.parametrize(
    ("cause_before", "cause_after"),
    [("knie", "knie"), ("Knie ", "knie"), (None, "longen"), ("knie", None)],
)
def test_the_same_or_an_unknown_cause_across_leave_is_joined(
    cause_before: str | None, cause_after: str | None
) -> None:
    timeline = timeline_of(
        case(
            sick("2024-03-04", "2024-05-26", cause_before),
            sick("2024-09-16", cause=cause_after),
            leaves=(LEAVE,),
        )
    )
    assert timeline.first_sick_day == d("2024-03-04")


def test_leave_does_not_join_periods_with_28_fit_days_besides() -> None:
    # Leave 27 May to 1 June (6 days) then 28 fit days 2 June to 29 June.
    timeline = timeline_of(
        case(
            sick("2024-03-04", "2024-05-26"),
            sick("2024-06-30"),
            leaves=(leave("2024-05-27", "2024-06-01"),),
        )
    )
    assert timeline.first_sick_day == d("2024-06-30")


def test_three_periods_two_short_gaps_make_one_chain() -> None:
    timeline = timeline_of(
        case(sick("2024-01-08", "2024-01-31"), sick("2024-02-10", "2024-03-31"), sick("2024-04-20"))
    )
    # Gaps: 1-9 Feb (9 fit days) and 1-19 Apr (19 fit days): 28 in all, pushed back.
    assert len(timeline.chain.periods) == 3
    assert timeline.einde_wachttijd == d("2026-02-01")  # 2026-01-04 + 28


def test_the_current_chain_is_the_one_holding_the_latest_period() -> None:
    timeline = timeline_of(
        case(sick("2024-01-08", "2024-01-31"), sick("2024-06-03", "2024-06-10"), sick("2024-06-20"))
    )
    assert timeline.first_sick_day == d("2024-06-03")
    assert [chain.first_day for chain in timeline.chain.earlier_chains] == [d("2024-01-08")]


def test_after_recovery_a_relapse_is_joined_up_to_the_last_sick_day_plus_28() -> None:
    timeline = timeline_of(case(FIRST))
    assert timeline.chain.last_sick_day == d("2024-02-04")
    assert timeline.chain.relapse_joined_until == d("2024-03-03")


def test_leave_after_recovery_moves_the_last_joined_relapse_day() -> None:
    # 7 leave days (5-11 Feb) do not count as fit days: 7 days later.
    leaves = (leave("2024-02-05", "2024-02-11"),)
    assert last_joined_relapse_day(d("2024-02-04"), leaves) == d("2024-03-10")


def test_a_chain_of_only_leave_days_is_refused() -> None:
    with refused("no counted sick days"):
        timeline_of(case(sick("2024-06-01", "2024-06-10"), leaves=(LEAVE,)))


@pytest.mark.parametrize(
    ("periods", "message"),
    [
        ((sick("2024-01-08", "2024-02-04"), sick("2024-02-01")), "not after the previous"),
        ((sick("2024-03-01", "2024-03-10"), sick("2024-01-08")), "not after the previous"),
        ((sick("2024-03-01", "2024-02-10"),), "before the start"),
        ((sick("2024-01-08"), sick("2024-03-01")), "only the last period may be open"),
    ],
)
def test_overlapping_unordered_or_reversed_periods_are_refused(
    periods: tuple[object, ...], message: str
) -> None:
    with refused(message):
        timeline_of(case(*periods))  # type: ignore[arg-type]


# --- whose word decides the cause (docs/law.md section 2) ----------------------------------
# Sick 4 Mar to 26 May 2024, 112 days of leave 27 May to 15 Sep, sick again 16 Sep: 112
# calendar days, 0 fit days, so only the cause can keep the periods apart.


def across_leave(before: SickPeriod, after: SickPeriod) -> Timeline:
    return timeline_of(case(before, after, leaves=(LEAVE,)))


def test_two_pregnancy_related_periods_have_the_same_cause_whatever_their_texts() -> None:
    timeline = across_leave(
        SickPeriod(d("2024-03-04"), d("2024-05-26"), "zwangerschapsklachten", True),
        SickPeriod(d("2024-09-16"), None, "zwangerschapsklachten na bevalling", True),
    )
    assert timeline.first_sick_day == d("2024-03-04")
    assert timeline.chain.gaps[0].cause_judgement is CauseJudgement.PREGNANCY_RELATED
    assert "beide door zwangerschap" in "\n".join(chain_lines(timeline, "nl"))


def test_the_same_text_with_same_cause_as_previous_false_is_another_cause() -> None:
    timeline = across_leave(
        sick("2024-03-04", "2024-05-26", "rug"),
        SickPeriod(d("2024-09-16"), cause="rug", same_cause_as_previous=False),
    )
    gap = timeline.chain.earlier_chains[0].separated_by
    assert (gap.outcome, gap.cause_judgement) == (
        GapOutcome.OTHER_CAUSE,
        CauseJudgement.SAME_CAUSE_AS_PREVIOUS,
    )
    assert timeline.first_sick_day == d("2024-09-16")


def test_different_texts_with_same_cause_as_previous_true_are_one_cause() -> None:
    timeline = across_leave(
        sick("2024-03-04", "2024-05-26", "knie"),
        SickPeriod(d("2024-09-16"), cause="knieoperatie", same_cause_as_previous=True),
    )
    assert timeline.first_sick_day == d("2024-03-04")


def test_both_pregnancy_related_outweighs_same_cause_as_previous_false() -> None:
    # docs/law.md lists pregnancy first: "both pregnancy_related have the same cause".
    timeline = across_leave(
        SickPeriod(d("2024-03-04"), d("2024-05-26"), pregnancy_related=True),
        SickPeriod(d("2024-09-16"), pregnancy_related=True, same_cause_as_previous=False),
    )
    assert timeline.first_sick_day == d("2024-03-04")


def test_one_pregnancy_related_period_and_no_stated_difference_is_one_cause() -> None:
    timeline = across_leave(
        SickPeriod(d("2024-03-04"), d("2024-05-26")),
        SickPeriod(d("2024-09-16"), pregnancy_related=True),
    )
    assert timeline.chain.gaps[0].cause_judgement is CauseJudgement.NOT_STATED


def test_without_leave_the_cause_never_matters() -> None:
    # 27 fit days (5 Feb to 2 Mar 2024) join even when the later period says otherwise.
    timeline = timeline_of(
        case(FIRST, SickPeriod(d("2024-03-03"), cause="griep", same_cause_as_previous=False))
    )
    assert timeline.chain.gaps[0].outcome is GapOutcome.JOINED
    assert timeline.chain.gaps[0].cause_judgement is None


def test_the_explanation_says_why_periods_were_not_joined_with_both_causes() -> None:
    timeline = across_leave(
        sick("2024-03-04", "2024-05-26", "knie"), sick("2024-09-16", cause="longen")
    )
    (line,) = [item for item in chain_lines(timeline, "en") if "Earlier sickness" in item]
    assert "not added" in line
    assert "112 leave days" in line
    assert "'knie'" in line
    assert "'longen'" in line
    assert "art. 7:629 lid 10 BW" in line
    gap = timeline.chain.earlier_chains[0].separated_by
    assert (gap.cause_before, gap.cause_after) == ("knie", "longen")


def test_a_chain_split_by_28_fit_days_says_so() -> None:
    timeline = timeline_of(case(FIRST, sick("2024-03-04")))
    (line,) = [item for item in chain_lines(timeline, "en") if "Earlier sickness" in item]
    assert "28 fit days lie in between (28 or more)" in line
