"""The end of the waiting period and what moves it (docs/law.md section 4).

In order: a vrijwillige verlenging (WIA art. 24), a late WIA application (BW 7:629 lid 11
sub a, with the excuse of WIA art. 64 lid 6), and a loonsanctie (WIA art. 25 lid 9-14).
Every sentence of those leden that moves a date is a step here, with its lid, so that
the output can say why the end is where it is.

Pure: dates in, dates out. Sources (``https://wetten.overheid.nl/<BWB-id>``): Burgerlijk
Wetboek Boek 7 (BWBR0005290) art. 7:629; Wet WIA (BWBR0019057) art. 24, 25, 64.
"""

from collections.abc import Sequence
from datetime import date, timedelta
from typing import NamedTuple

from .law.calendar import next_working_day
from .law.milestones import RULES_BY_ID, End, FromEnd, SickDay
from .law.terms import (
    BEKORTING_DAYS,
    HERSTEL_DECISION_DAYS,
    LETTER_EXCUSE_DAYS,
    ZIEKMELDING_EXCUSE_INDEX,
)
from .models import Extension, ExtensionKind, ExtensionsInput, ExtensionStep, Loonsanctie
from .sickdays import (
    LeavePeriod,
    SickDayCounter,
    first_day_outside_leave,
    last_of_days_outside_leave,
    leave_days_between,
)


def _days_from_end(rule_id: str) -> int:
    anchor = RULES_BY_ID[rule_id].due
    assert isinstance(anchor, FromEnd)
    return anchor.days


def _sick_day_index(rule_id: str) -> int:
    anchor = RULES_BY_ID[rule_id].due
    assert isinstance(anchor, SickDay)
    return anchor.index


#: The application is due 77 days before the end (WIA art. 64 lid 3), UWV's decision on
#: a loonsanctie 42 days before the end the application moved (WIA art. 25 lid 10), and
#: UWV's letter by index 622, when the waiting period has lasted 89 weeks (art. 64 lid 2).
_APPLICATION_DAYS = _days_from_end("wia_aanvraag")
_DECISION_DAYS = _days_from_end("loonsanctie_beschikking")
LETTER_INDEX = _sick_day_index("wia_brief_uwv")


class WaitingPeriodEnds(NamedTuple):
    """The ends of docs/law.md section 4, the extensions that made them, and the last day a
    WIA application counts as on time when UWV's letter excused a later one."""

    ends: dict[End, date]
    extensions: tuple[Extension, ...]
    application_on_time_until: date | None
    letter: "LateLetter | None" = None
    """UWV's letter, when it came late and its 4 weeks count (WIA art. 64 lid 6)."""


class LateLetter(NamedTuple):
    """UWV's letter about the WIA application, sent after its term: an application
    within 4 weeks of its receipt counts as on time (WIA art. 64 lid 6)."""

    sent: date
    received: date
    """As recorded, else assumed: the first working day after sending."""
    received_assumed: bool
    until: date
    """The last day an application counts as on time: received + 28."""

    @property
    def safe_until(self) -> date:
        """The day to act by when the receipt is assumed: sent + 28, which no receipt
        can make too late."""
        return self.sent + timedelta(days=LETTER_EXCUSE_DAYS)


def waiting_period_ends(
    counter: SickDayCounter,
    recorded: dict[str, date],
    extensions: ExtensionsInput,
    leave_periods: Sequence[LeavePeriod],
) -> WaitingPeriodEnds:
    """The ends in order: verlenging, late WIA application, loonsanctie."""
    applied: list[Extension] = []
    end_of_104_weeks = counter.date_at(727)
    scheduled = end_of_104_weeks
    verlenging = extensions.vrijwillige_verlenging_until
    if verlenging is not None and verlenging > scheduled:
        # WIA art. 24: UWV sets the new last day; the backward milestones move with it.
        step = ExtensionStep("verlenging", (("end", verlenging), ("old_end", scheduled)))
        applied.append(
            _extension(ExtensionKind.VRIJWILLIGE_VERLENGING, scheduled, verlenging, step)
        )
        scheduled = verlenging
    letter = late_letter(counter, recorded)
    late, on_time_until = _late_application(counter, recorded, scheduled, letter)
    before_sanction = scheduled
    if late is not None:
        applied.append(late)
        before_sanction = late.last_day
    final = before_sanction
    if extensions.loonsanctie is not None:
        sanction = _loonsanctie(before_sanction, extensions.loonsanctie, leave_periods)
        applied.append(sanction)
        final = max(before_sanction, sanction.last_day)
    ends = {End.SCHEDULED: scheduled, End.BEFORE_SANCTION: before_sanction, End.FINAL: final}
    return WaitingPeriodEnds(ends, tuple(applied), on_time_until, letter)


def _late_application(
    counter: SickDayCounter, recorded: dict[str, date], scheduled: date, letter: LateLetter | None
) -> tuple[Extension | None, date | None]:
    """BW 7:629 lid 11 sub a: a late application moves the end by the days of delay;
    WIA art. 64 lid 6: not when UWV's letter came late and the application followed
    within 4 weeks of it, unless the 42e-weeksmelding was not made before week 81."""
    due = scheduled + timedelta(days=_APPLICATION_DAYS)
    on_time_until = max(due, letter.until) if letter is not None else None
    application = recorded.get("wia_aanvraag")
    if application is None or application <= due:
        return None, on_time_until
    days_late = (application - due).days
    steps = [ExtensionStep("aanvraag_te_laat", (("done_on", application), ("due", due)))]
    steps += _letter_steps(counter, recorded, application, letter)
    delay = 0 if on_time_until is not None and application <= on_time_until else days_late
    extension = _extension(
        ExtensionKind.LATE_WIA_AANVRAAG, scheduled, scheduled + timedelta(days=delay), *steps
    )
    return extension, on_time_until


def late_letter(counter: SickDayCounter, recorded: dict[str, date]) -> LateLetter | None:
    """UWV's letter, when it was sent after its term (index 622) and the 42e-weeksmelding
    was made before week 81, so that WIA art. 64 lid 6 gives 4 weeks from its receipt;
    ``None`` otherwise. "Nadat deze kennisgeving is ontvangen": without a recorded
    receipt, the first working day after sending (a posted letter does not arrive on the
    day it is sent)."""
    sent = recorded.get("wia_brief_uwv")
    if (
        sent is None
        or sent <= counter.date_at(LETTER_INDEX)
        or not _reported_by_week_81(counter, recorded)
    ):
        return None
    received = recorded.get("wia_brief_uwv_ontvangen")
    assumed = received is None
    if received is None:
        received = next_working_day(sent + timedelta(days=1))
    return LateLetter(sent, received, assumed, received + timedelta(days=LETTER_EXCUSE_DAYS))


def _reported_by_week_81(counter: SickDayCounter, recorded: dict[str, date]) -> bool:
    """Art. 64 lid 6, second sentence: the report of ZW art. 38 lid 1 made "voor de dag
    waarop de wachttijd 81 weken heeft geduurd" (index 566)."""
    report = recorded.get("ziekmelding_uwv")
    return report is not None and report < counter.date_at(ZIEKMELDING_EXCUSE_INDEX)


def _letter_steps(
    counter: SickDayCounter, recorded: dict[str, date], application: date, late: LateLetter | None
) -> list[ExtensionStep]:
    """What UWV's letter does to a late application (WIA art. 64 lid 6)."""
    letter = recorded.get("wia_brief_uwv")
    letter_due = counter.date_at(LETTER_INDEX)
    if letter is None:
        return [ExtensionStep("brief_niet_vastgelegd", (("letter_due", letter_due),))]
    if letter <= letter_due:
        return []
    week_81 = counter.date_at(ZIEKMELDING_EXCUSE_INDEX)
    if not _reported_by_week_81(counter, recorded):
        return [
            ExtensionStep("brief_te_laat_geen_melding", (("letter", letter), ("week_81", week_81)))
        ]
    assert late is not None  # sent after its term, reported by week 81
    until = late.until
    step_id = "brief_te_laat_verschoonbaar" if application <= until else "brief_te_laat_verstreken"
    steps = [
        ExtensionStep(step_id, (("letter", letter), ("letter_due", letter_due), ("until", until)))
    ]
    if late.received_assumed:
        steps.append(
            ExtensionStep(
                "brief_ontvangst_aangenomen", (("letter", letter), ("received", late.received))
            )
        )
    return steps


def _loonsanctie(
    before_sanction: date, sanction: Loonsanctie, leave_periods: Sequence[LeavePeriod]
) -> Extension:
    """WIA art. 25 lid 9-14, sentence by sentence."""
    would_start = before_sanction + timedelta(days=1)
    if sanction.decided > before_sanction:
        # Lid 11: a decision after the end of the (extended) waiting period has no effect.
        void = ExtensionStep(
            "loonsanctie_zonder_gevolg", (("decided", sanction.decided), ("end", before_sanction))
        )
        return Extension(ExtensionKind.LOONSANCTIE, would_start, before_sanction, 0, (void,))
    steps: list[ExtensionStep] = []
    # Lid 9: leave running on the first day moves the start to the day after it.
    start = first_day_outside_leave(would_start, leave_periods)
    if start != would_start:
        steps.append(ExtensionStep("start_na_verlof", (("start", start),)))
    # Lid 9: leave starting during the sanction interrupts it; its last day moves back.
    imposed_last = last_of_days_outside_leave(start, sanction.weeks * 7, leave_periods)
    imposed = (("weeks", sanction.weeks), ("decided", sanction.decided), ("start", start))
    steps.append(ExtensionStep("loonsanctie_opgelegd", (*imposed, ("last", imposed_last))))
    interrupted = leave_days_between(start, imposed_last, leave_periods)
    if interrupted:
        interruption = (("days", interrupted), ("last", imposed_last))
        steps.append(ExtensionStep("onderbroken_door_verlof", interruption))
    last = _bekorting(sanction, imposed_last, steps)
    late_days = _late_decisions(sanction, before_sanction, steps)
    last -= timedelta(days=late_days)
    if last < start:
        steps.append(ExtensionStep("loonsanctie_geen_dagen", (("end", before_sanction),)))
        return Extension(ExtensionKind.LOONSANCTIE, would_start, before_sanction, 0, tuple(steps))
    if late_days:
        steps.append(ExtensionStep("loonsanctie_einde", (("last", last),)))
    days = (last - start).days + 1 - leave_days_between(start, last, leave_periods)
    return Extension(ExtensionKind.LOONSANCTIE, start, last, days, tuple(steps))


def _bekorting(sanction: Loonsanctie, imposed_last: date, steps: list[ExtensionStep]) -> date:
    """Lid 12-14: the employer reports the repair, UWV decides within 3 weeks, and the
    sanction ends 6 weeks after that decision, never later than the weeks imposed."""
    if sanction.herstel_gemeld is not None:
        term = sanction.herstel_gemeld + timedelta(days=HERSTEL_DECISION_DAYS)
        values = (("reported", sanction.herstel_gemeld), ("term", term))
        steps.append(ExtensionStep("herstel_gemeld", values))
    decided = sanction.herstel_decided
    if decided is None:
        return imposed_last
    shortened = decided + timedelta(days=BEKORTING_DAYS)
    if shortened < imposed_last:
        steps.append(ExtensionStep("bekorting", (("herstel", decided), ("last", shortened))))
        return shortened
    steps.append(
        ExtensionStep("bekorting_na_einde", (("herstel", decided), ("last", imposed_last)))
    )
    return imposed_last


def _late_decisions(
    sanction: Loonsanctie, before_sanction: date, steps: list[ExtensionStep]
) -> int:
    """Lid 14: a decision given after its term (lid 10 for the sanction, lid 13 for the
    repair) ends the sanction that many days earlier. The days, summed."""
    terms = [
        (
            "beschikking_te_laat",
            "decided",
            sanction.decided,
            before_sanction + timedelta(days=_DECISION_DAYS),
        )
    ]
    if sanction.herstel_gemeld is not None and sanction.herstel_decided is not None:
        term = sanction.herstel_gemeld + timedelta(days=HERSTEL_DECISION_DAYS)
        terms.append(("herstelbeslissing_te_laat", "herstel", sanction.herstel_decided, term))
    late_days = 0
    for step_id, key, decided, term in terms:
        if decided > term:
            days = (decided - term).days
            late_days += days
            steps.append(ExtensionStep(step_id, ((key, decided), ("term", term), ("days", days))))
    return late_days


def _extension(
    kind: ExtensionKind, old_end: date, new_end: date, *steps: ExtensionStep
) -> Extension:
    return Extension(
        kind=kind,
        first_day=old_end + timedelta(days=1),
        last_day=new_end,
        days=(new_end - old_end).days,
        steps=steps,
    )
