"""What moves the end of the waiting period (docs/law.md section 4), with the first sick
day Monday 6 January 2025: L0 = 3 Jan 2027, WIA application due 18 Oct 2026 (L - 77),
re-integratieverslag due 4 Oct 2026 (L - 91), loonsanctie decision by 22 Nov 2026."""

from __future__ import annotations

import pytest

from poortwachter.engine import compute_timeline
from poortwachter.models import (
    Case,
    Events,
    ExtensionKind,
    ExtensionsInput,
    Loonsanctie,
    Status,
    Timeline,
)
from poortwachter.sickdays import LeavePeriod, SickPeriod

from ..helpers import d, due, milestone, refused

FIRST_SICK = d("2025-01-06")


def timeline(
    verlenging: str | None = None,
    application: str | None = None,
    sanction: Loonsanctie | None = None,
    as_of: str = "2029-06-01",
) -> Timeline:
    # Judged after every record of the case: a record dated after the as-of date is
    # left out (docs/law.md section 4a), which tests of its own cover.
    the_case = Case(
        sick_periods=(SickPeriod(FIRST_SICK),),
        events=Events(wia_aanvraag=d(application) if application else None),
        extensions=ExtensionsInput(
            vrijwillige_verlenging_until=d(verlenging) if verlenging else None,
            loonsanctie=sanction,
        ),
        case_id="X",
    )
    return compute_timeline(the_case, d(as_of))


def test_an_application_on_its_due_date_moves_nothing() -> None:
    result = timeline(application="2026-10-18")
    assert result.einde_wachttijd == d("2027-01-03")
    assert result.extensions == ()


def test_an_application_days_late_moves_the_end_by_those_days() -> None:
    result = timeline(application="2026-10-28")
    assert result.einde_wachttijd == d("2027-01-13")
    assert result.ingang_wia == d("2027-01-14")
    assert result.einde_104_weken == d("2027-01-03")
    (extension,) = result.extensions
    assert (extension.kind, extension.first_day, extension.last_day, extension.days) == (
        ExtensionKind.LATE_WIA_AANVRAAG,
        d("2027-01-04"),
        d("2027-01-13"),
        10,
    )


def test_a_verlenging_moves_the_backward_milestones_with_it() -> None:
    # UWV set 4 April 2027 (13 weeks later); the backward milestones count from it.
    result = timeline(verlenging="2027-04-04")
    assert result.einde_wachttijd == d("2027-04-04")
    assert due(result, "reintegratieverslag") == d("2027-01-03")
    assert due(result, "wia_aanvraag") == d("2027-01-17")
    assert due(result, "loonsanctie_beschikking") == d("2027-02-21")
    # The forward milestones stay where the sick days put them.
    assert due(result, "wia_brief_uwv") == d("2026-09-20")


def test_a_late_application_after_a_verlenging_counts_from_the_moved_due_date() -> None:
    result = timeline(verlenging="2027-04-04", application="2027-01-20")  # 3 days late
    assert result.einde_wachttijd == d("2027-04-07")
    kinds = [item.kind for item in result.extensions]
    assert kinds == [ExtensionKind.VRIJWILLIGE_VERLENGING, ExtensionKind.LATE_WIA_AANVRAAG]


@pytest.mark.parametrize(
    ("weeks", "herstel", "last_day"),
    [
        (52, None, "2028-01-02"),  # 3 Jan 2027 + 364
        (1, None, "2027-01-10"),
        (52, "2027-02-01", "2027-03-15"),  # bekorting: decision + 42
        (4, "2027-01-01", "2027-01-31"),  # decision + 42 = 12 Feb, past the 4 weeks
        (52, "2026-11-10", "2027-01-03"),  # repaired so early the sanction adds nothing
    ],
)
def test_loonsanctie_and_bekorting(weeks: int, herstel: str | None, last_day: str) -> None:
    sanction = Loonsanctie(weeks, d("2026-11-01"), d(herstel) if herstel else None)
    assert timeline(sanction=sanction).einde_wachttijd == d(last_day)


def test_einde_loonsanctie_max_counts_from_the_end_before_the_sanction() -> None:
    result = timeline(application="2026-10-28", sanction=Loonsanctie(10, d("2026-11-20")))
    # 13 Jan 2027 (after the late application) + 365 = 13 Jan 2028, so + 364 = 12 Jan.
    assert due(result, "einde_loonsanctie_max") == d("2028-01-12")


@pytest.mark.parametrize(
    ("extensions", "message"),
    [
        (ExtensionsInput(vrijwillige_verlenging_until=d("2027-01-03")), "less than 13 weeks"),
        # 3 Jan 2027 + 90 days = 3 Apr 2027: one day short of 13 weeks.
        (ExtensionsInput(vrijwillige_verlenging_until=d("2027-04-03")), "earliest last day is"),
        # The 14-day verlenging.
        (ExtensionsInput(vrijwillige_verlenging_until=d("2027-01-17")), "less than 13 weeks"),
        (ExtensionsInput(loonsanctie=Loonsanctie(0, d("2026-11-01"))), "outside 1 to 52"),
        (ExtensionsInput(loonsanctie=Loonsanctie(53, d("2026-11-01"))), "outside 1 to 52"),
        (
            ExtensionsInput(loonsanctie=Loonsanctie(52, d("2026-11-01"), d("2026-10-31"))),
            "before the loonsanctie decision",
        ),
        (ExtensionsInput(loonsanctie=Loonsanctie(52, d("2024-11-01"))), "before the first sick"),
        (
            ExtensionsInput(loonsanctie=Loonsanctie(52, d("2026-11-01"), None, d("2026-10-31"))),
            "the repair is reported after the sanction",
        ),
        (
            ExtensionsInput(
                loonsanctie=Loonsanctie(52, d("2026-11-01"), d("2026-12-01"), d("2026-12-02"))
            ),
            "UWV decides after it",
        ),
    ],
)
def test_impossible_extensions_are_refused(extensions: ExtensionsInput, message: str) -> None:
    the_case = Case(sick_periods=(SickPeriod(FIRST_SICK),), extensions=extensions)
    with refused(message):
        compute_timeline(the_case, d("2026-01-01"))


def test_a_verlenging_of_exactly_13_weeks_is_accepted() -> None:
    # 3 Jan 2027 + 91 days = 4 Apr 2027.
    assert timeline(verlenging="2027-04-04").einde_wachttijd == d("2027-04-04")


def test_unordered_evaluations_are_refused() -> None:
    events = Events(evaluaties=(d("2025-05-01"), d("2025-04-01")))
    the_case = Case(sick_periods=(SickPeriod(FIRST_SICK),), events=events)
    with refused(r"evaluaties\[1\]: 2025-04-01 is not after"):
        compute_timeline(the_case, d("2026-01-01"))


# --- WIA art. 25 lid 9-14, sentence by sentence (docs/law.md section 4) ----------------------
# First sick day 6 Jan 2025: L = Sun 3 Jan 2027, the application due 18 Oct 2026, UWV's
# decision on a loonsanctie due 22 Nov 2026 (L - 42) after an application on time.


def sanction_case(
    sanction: Loonsanctie,
    application: str | None = None,
    leaves: tuple[LeavePeriod, ...] = (),
) -> Timeline:
    the_case = Case(
        sick_periods=(SickPeriod(FIRST_SICK),),
        leave_periods=leaves,
        events=Events(wia_aanvraag=d(application) if application else None),
        extensions=ExtensionsInput(loonsanctie=sanction),
        case_id="X",
    )
    return compute_timeline(the_case, d("2029-06-01"))  # after every record (section 4a)


def steps_of(timeline: Timeline, kind: ExtensionKind) -> list[str]:
    (extension,) = [item for item in timeline.extensions if item.kind is kind]
    return [step.id for step in extension.steps]


def test_after_a_late_application_the_decision_term_counts_from_the_moved_end() -> None:
    # 29 days late (16 Nov 2026): the end moves to 1 Feb 2027, the decision term to
    # 1 Feb 2027 - 42 = 21 Dec 2026 (lid 10), not 22 Nov.
    result = timeline(application="2026-11-16")
    assert result.einde_wachttijd == d("2027-02-01")
    assert due(result, "loonsanctie_beschikking") == d("2026-12-21")


@pytest.mark.parametrize(
    ("decided", "last_day"),
    [
        ("2026-12-21", "2028-01-31"),  # on its term: 2 Feb 2027 + 52 weeks - 1 day
        ("2026-12-22", "2028-01-30"),  # one day late: one day shorter (lid 14)
    ],
)
def test_a_decision_after_its_term_shortens_the_sanction_by_the_days_late(
    decided: str, last_day: str
) -> None:
    result = sanction_case(Loonsanctie(52, d(decided)), application="2026-11-16")
    assert result.einde_wachttijd == d(last_day)


def test_a_decision_on_the_last_day_of_the_waiting_period_still_counts() -> None:
    # Decided 3 Jan 2027 (L itself): 42 days after its term of 22 Nov 2026, so the
    # 52 weeks (4 Jan 2027 to 2 Jan 2028) end 42 days earlier: 21 Nov 2027.
    result = sanction_case(Loonsanctie(52, d("2027-01-03")))
    assert result.einde_wachttijd == d("2027-11-21")
    assert "beschikking_te_laat" in steps_of(result, ExtensionKind.LOONSANCTIE)


def test_a_decision_after_the_waiting_period_has_no_effect() -> None:
    result = sanction_case(Loonsanctie(52, d("2027-01-04")))
    assert result.einde_wachttijd == d("2027-01-03")
    assert result.ingang_wia == d("2027-01-04")
    (extension,) = result.extensions
    assert (extension.days, extension.first_day, extension.last_day) == (
        0,
        d("2027-01-04"),
        d("2027-01-03"),
    )
    assert steps_of(result, ExtensionKind.LOONSANCTIE) == ["loonsanctie_zonder_gevolg"]


@pytest.mark.parametrize(
    ("reported", "herstel", "last_day"),
    [
        # Reported 1 Feb 2027: UWV decides by 22 Feb (lid 13); the sanction then ends
        # 6 weeks after the decision (lid 14).
        ("2027-02-01", "2027-02-22", "2027-04-05"),
        # One day late: decision + 42 = 6 April, one day earlier = 5 April.
        ("2027-02-01", "2027-02-23", "2027-04-05"),
        # Without the report on file nothing is late: 25 Feb + 42 = 8 April.
        (None, "2027-02-25", "2027-04-08"),
    ],
)
def test_a_late_decision_on_the_repair_does_not_lengthen_the_sanction(
    reported: str | None, herstel: str, last_day: str
) -> None:
    sanction = Loonsanctie(52, d("2026-11-20"), d(herstel), d(reported) if reported else None)
    assert sanction_case(sanction).einde_wachttijd == d(last_day)


def test_the_report_of_the_repair_shows_uwvs_three_week_term() -> None:
    sanction = Loonsanctie(52, d("2026-11-20"), herstel_gemeld=d("2027-02-01"))
    result = sanction_case(sanction)
    (extension,) = result.extensions
    step = next(item for item in extension.steps if item.id == "herstel_gemeld")
    assert dict(step.values)["term"] == d("2027-02-22")
    assert "WIA art. 25 lid 13" in step.basis
    assert result.einde_wachttijd == d("2028-01-02")  # no decision yet: the 52 weeks


def test_leave_on_the_first_day_starts_the_sanction_after_it() -> None:
    # Leave 4 Jan to 25 Apr 2027 (112 days) from the day the sanction would start: a
    # 2-week sanction runs 26 Apr to 9 May 2027 (lid 9).
    leave = (LeavePeriod(d("2027-01-04"), d("2027-04-25")),)
    result = sanction_case(Loonsanctie(2, d("2026-11-20")), leaves=leave)
    assert result.einde_wachttijd == d("2027-05-09")
    (extension,) = result.extensions
    assert (extension.first_day, extension.days) == (d("2027-04-26"), 14)
    assert steps_of(result, ExtensionKind.LOONSANCTIE)[0] == "start_na_verlof"


def test_leave_during_the_sanction_interrupts_it_for_its_days() -> None:
    # 52 weeks from 4 Jan 2027 end 2 Jan 2028; leave 1 Mar to 20 Jun 2027 (31 + 30 + 31
    # + 20 = 112 days) moves the last day 112 days: 23 Apr 2028 (2028 is a leap year).
    leave = (LeavePeriod(d("2027-03-01"), d("2027-06-20")),)
    result = sanction_case(Loonsanctie(52, d("2026-11-20")), leaves=leave)
    assert result.einde_wachttijd == d("2028-04-23")
    (extension,) = result.extensions
    assert extension.days == 364
    assert "onderbroken_door_verlof" in steps_of(result, ExtensionKind.LOONSANCTIE)


# --- WIA art. 64 lid 6: UWV's late letter (docs/law.md section 4) ----------------------------
# UWV's letter is due by index 622 = 20 Sep 2026; week 81 (index 566) starts 26 Jul 2026.


def letter_case(
    letter: str | None,
    application: str | None,
    reported: str | None = "2025-10-20",
    received: str | None = None,
) -> Case:
    return Case(
        sick_periods=(SickPeriod(FIRST_SICK),),
        events=Events(
            ziekmelding_uwv=d(reported) if reported else None,
            wia_brief_uwv=d(letter) if letter else None,
            wia_brief_uwv_ontvangen=d(received) if received else None,
            wia_aanvraag=d(application) if application else None,
        ),
        case_id="X",
    )


@pytest.mark.parametrize(
    ("letter", "application", "reported", "end"),
    [
        # A late letter sent Thu 1 Oct, its receipt not recorded: received the first working
        # day after sending, Fri 2 Oct, so an application up to 2 Oct + 28 = 30 Oct counts
        # as on time ("nadat deze kennisgeving is ontvangen", WIA art. 64 lid 6).
        ("2026-10-01", "2026-10-30", "2025-10-20", "2027-01-03"),
        # The day after: not excused, the delay counts from 18 Oct: 13 days.
        ("2026-10-01", "2026-10-31", "2025-10-20", "2027-01-16"),
        # A letter on time (20 Sep): 29 Oct is 11 days late.
        ("2026-09-20", "2026-10-29", "2025-10-20", "2027-01-14"),
        # The 42e-weeksmelding made on 26 Jul 2026, not before week 81: no excuse.
        ("2026-10-01", "2026-10-29", "2026-07-26", "2027-01-14"),
        # Made the day before week 81: the excuse holds.
        ("2026-10-01", "2026-10-29", "2026-07-25", "2027-01-03"),
        # No report at all: no excuse.
        ("2026-10-01", "2026-10-29", None, "2027-01-14"),
    ],
)
def test_a_late_letter_from_uwv_excuses_an_application_within_four_weeks(
    letter: str, application: str, reported: str | None, end: str
) -> None:
    result = compute_timeline(letter_case(letter, application, reported), d("2026-11-02"))
    assert result.einde_wachttijd == d(end)


@pytest.mark.parametrize(
    ("letter", "received", "application", "end"),
    [
        # Sent Thu 1 Oct, received Mon 5 Oct (recorded): on time through 5 Oct + 28 = 2 Nov.
        ("2026-10-01", "2026-10-05", "2026-11-02", "2027-01-03"),
        # The day after: 3 Nov is 16 days after 18 Oct.
        ("2026-10-01", "2026-10-05", "2026-11-03", "2027-01-19"),
        # Sent Fri 2 Oct, receipt not recorded: the first working day after is Mon 5 Oct.
        ("2026-10-02", None, "2026-11-02", "2027-01-03"),
        ("2026-10-02", None, "2026-11-03", "2027-01-19"),
        # Received the day it was sent (recorded): 1 Oct + 28 = 29 Oct, and no later.
        ("2026-10-01", "2026-10-01", "2026-10-29", "2027-01-03"),
        ("2026-10-01", "2026-10-01", "2026-10-30", "2027-01-15"),
    ],
)
def test_the_four_weeks_run_from_the_receipt_of_the_letter(
    letter: str, received: str | None, application: str, end: str
) -> None:
    the_case = letter_case(letter, application, received=received)
    assert compute_timeline(the_case, d("2026-11-05")).einde_wachttijd == d(end)


def test_an_excused_application_is_done_and_says_why() -> None:
    result = compute_timeline(letter_case("2026-10-01", "2026-10-29"), d("2026-11-01"))
    assert milestone(result, "wia_aanvraag").status is Status.DONE
    (extension,) = result.extensions
    assert extension.days == 0
    assert [step.id for step in extension.steps] == [
        "aanvraag_te_laat",
        "brief_te_laat_verschoonbaar",
        "brief_ontvangst_aangenomen",
    ]
    # The receipt assumed, the note says so and gives the safe day: sent + 28 = 29 Oct.
    (note,) = [item for item in result.notes if item.id == "note_wia_letter_receipt_assumed"]
    assert dict(note.params)["received"] == d("2026-10-02")
    assert dict(note.params)["until"] == d("2026-10-30")
    assert dict(note.params)["safe"] == d("2026-10-29")
    recorded = letter_case("2026-10-01", "2026-10-29", received="2026-10-02")
    known = compute_timeline(recorded, d("2026-11-01"))
    assert [step.id for step in known.extensions[0].steps][-1] == "brief_te_laat_verschoonbaar"
    assert not [item for item in known.notes if item.id == "note_wia_letter_receipt_assumed"]


def test_after_a_late_letter_an_open_application_is_not_overdue_within_four_weeks() -> None:
    # Sent Thu 1 Oct, received (assumed) Fri 2 Oct: on time through 30 Oct.
    the_case = letter_case("2026-10-01", None)
    within = compute_timeline(the_case, d("2026-10-30"))
    assert milestone(within, "wia_aanvraag").status is Status.DUE_SOON
    after = compute_timeline(the_case, d("2026-10-31"))
    assert milestone(after, "wia_aanvraag").status is Status.OVERDUE


def test_the_application_window_opens_on_uwvs_letter_when_it_is_recorded() -> None:
    # Without the letter: week 88, index 609 = 7 Sep 2026; with it, the letter's date
    # (known once it was sent: judged after it).
    without = compute_timeline(letter_case(None, None), d("2026-09-20"))
    assert milestone(without, "wia_aanvraag").window_start == d("2026-09-07")
    with_letter = compute_timeline(letter_case("2026-09-15", None), d("2026-09-20"))
    assert milestone(with_letter, "wia_aanvraag").window_start == d("2026-09-15")
    # Judged before the letter was sent, it is not known yet.
    before = compute_timeline(letter_case("2026-09-15", None), d("2026-09-14"))
    assert milestone(before, "wia_aanvraag").window_start == d("2026-09-07")


def test_uwvs_decision_records_its_own_term_once_it_is_known() -> None:
    # Decided 20 Nov 2026, by its term of 22 Nov: done; 3 Jan 2027: late.
    on_time = sanction_case(Loonsanctie(52, d("2026-11-20")))
    item = milestone(on_time, "loonsanctie_beschikking")
    assert (item.status, item.done_on) == (Status.DONE, d("2026-11-20"))
    late = sanction_case(Loonsanctie(52, d("2027-01-03")))
    assert milestone(late, "loonsanctie_beschikking").status is Status.LATE


def test_without_a_sanction_uwvs_term_just_passes() -> None:
    # An info milestone is never overdue, even in a case that records events.
    the_case = Case(sick_periods=(SickPeriod(FIRST_SICK),), events=Events(), case_id="X")
    item = milestone(compute_timeline(the_case, d("2026-12-01")), "loonsanctie_beschikking")
    assert item.status is Status.PASSED


@pytest.mark.parametrize(
    ("received", "shown"),
    [
        # Receipt assumed (Fri 2 Oct, on time through 30 Oct): people see the safe date,
        # sent + 28 = 29 Oct (docs/law.md section 4).
        (None, "2026-10-29"),
        # Received Mon 5 Oct, recorded: on time through 5 Oct + 28 = 2 Nov, and shown so.
        ("2026-10-05", "2026-11-02"),
    ],
)
def test_the_date_to_act_by_after_a_late_letter_is_shown_on_the_application(
    received: str | None, shown: str
) -> None:
    result = compute_timeline(letter_case("2026-10-01", None, received=received), d("2026-10-20"))
    step = milestone(result, "wia_aanvraag")
    assert step.due == d("2026-10-18")  # the legal date stays
    assert step.on_time_until == d(shown)
    assert step.status is Status.DUE_SOON


def test_without_an_excuse_the_application_has_no_later_date() -> None:
    # A letter on time (20 Sep): the application is due on Sun 18 Oct and no later.
    result = compute_timeline(letter_case("2026-09-20", None), d("2026-10-01"))
    assert milestone(result, "wia_aanvraag").on_time_until is None
