"""If UWV judged this case today: the timeline with statuses, the spoor, the findings
and what it could cost (docs/law.md sections 4 to 7).

Pure: a case and an ``as_of`` date in, an ``Assessment`` (``results.py``) out. The
findings are ``detection.py``'s, the money ``money.py``'s.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from .detection import findings_of, on_or_before
from .engine import timeline_and_counter
from .law.findings import Severity
from .law.terms import ERD_WGA_YEARS
from .messages import message
from .models import Case, Events, ExtensionKind, Timeline, Value
from .money import exposure_of, pay_status
from .results import Assessment, Spoor, SpoorStatus, milestone_of
from .riv import riv_not_checked


def assess(case: Case, as_of: date) -> Assessment:
    """Judge ``case`` on ``as_of``.

    A case whose input records no events (``Case.records_events``: an export without
    event columns, a case file without ``events``) is judged like ``--first-sick``: its
    past steps are ``passed``, not ``overdue``, no finding says a step is missing, and a
    note says so (docs/law.md section 7). A case file with an ``events`` block, even an
    empty one, records that nothing happened: UWV sees only what the file shows."""
    timeline, counter, case = timeline_and_counter(case, as_of)
    records_events = case.records_events
    findings = findings_of(case, case.events if records_events else None, timeline, counter, as_of)
    notes = [] if records_events else [message("note_no_events_recorded")]
    if riv_not_checked(case, timeline, as_of):
        # docs/law.md section 7a: the RIV is drawn up or due, its contents not given.
        notes.append(message("note_riv_not_checked"))
    if notes:  # one copy of the timeline for both notes
        timeline = timeline._replace(notes=(*timeline.notes, *notes))
    return Assessment(
        timeline=timeline,
        spoor=_spoor(case, case.events or _NO_EVENTS, timeline, as_of),
        pay=pay_status(case, timeline, as_of),
        findings=findings,
        exposure=exposure_of(case, timeline, findings, as_of),
    )


def noted_if_no_events(timeline: Timeline, case: Case) -> Timeline:
    """``timeline`` with the note that its input records no events, when it does not (a
    case file without ``events``, an export without a step column): its past steps are
    passed, not judged (docs/law.md section 3). ``--first-sick`` says so by itself."""
    if case.records_events:
        return timeline
    return timeline._replace(notes=(*timeline.notes, message("note_no_events_recorded")))


def _spoor(case: Case, events: Events, timeline: Timeline, as_of: date) -> SpoorStatus:
    erd_end = (
        erd_wga_end(timeline)
        if case.employer.wga_eigenrisicodrager and timeline.ingang_wia is not None
        else None
    )
    last_sick_day = timeline.chain.last_sick_day

    def status(spoor: Spoor, since: date, reason: str, *values: tuple[str, Value]) -> SpoorStatus:
        provider = events.spoor2_provider if spoor in (Spoor.SPOOR2, Spoor.TWEESPOREN) else None
        return SpoorStatus(spoor, since, reason, tuple(values), provider, erd_end)

    if last_sick_day is not None and last_sick_day < as_of:
        return status(
            Spoor.HERSTELD, last_sick_day + timedelta(days=1), "hersteld", ("date", last_sick_day)
        )
    wage_end = timeline.einde_loondoorbetaling
    if as_of > wage_end and timeline.einde_loondoorbetaling_grond != "einde_wachttijd":
        # AOW age or the end of the contract ended the employer's part early.
        reason = _EARLY_END_REASON[timeline.einde_loondoorbetaling_grond]
        if milestone_of(timeline, "reintegratie_erd_zw") is not None:
            reason += "_erd_zw"  # the employer carries the Ziektewet on (ZW art. 63a)
        elif milestone_of(timeline, "einde_dienstverband_aow") is not None:
            reason += "_aow"  # no Ziektewet past the AOW age
        return status(Spoor.EINDE, wage_end + timedelta(days=1), reason, ("end", wage_end))
    if as_of > timeline.einde_wachttijd:
        after = timeline.einde_wachttijd + timedelta(days=1)
        if erd_end is not None:
            return status(Spoor.SPOOR3, after, "spoor3", ("end", erd_end))
        return status(Spoor.EINDE, after, "einde", ("end", timeline.einde_wachttijd))
    no_prospect = on_or_before(events.spoor1_no_prospect, as_of)
    started = on_or_before(events.spoor2_start, as_of)
    if started is not None:
        if no_prospect is not None:
            return status(Spoor.SPOOR2, started, "spoor2", ("since", no_prospect))
        return status(Spoor.TWEESPOREN, started, "tweesporen")
    if no_prospect is not None:
        return status(
            Spoor.SPOOR1, timeline.first_sick_day, "spoor1_no_prospect", ("since", no_prospect)
        )
    return status(Spoor.SPOOR1, timeline.first_sick_day, "spoor1")


_NO_EVENTS = Events()

_EARLY_END_REASON = {"aow_leeftijd": "einde_aow", "einde_dienstverband": "einde_uit_dienst"}


def erd_wga_end(timeline: Timeline) -> date:
    """Last day an eigenrisicodrager bears the WGA benefit: 10 years from its start,
    shortened by a vrijwillige verlenging but not by a loonsanctie (docs/law.md section 5)."""
    assert timeline.ingang_wia is not None, "no WGA after the AOW age"
    verlenging = sum(
        item.days
        for item in timeline.extensions
        if item.kind is ExtensionKind.VRIJWILLIGE_VERLENGING
    )
    return timeline.ingang_wia + relativedelta(years=ERD_WGA_YEARS) - timedelta(days=verlenging + 1)


def exit_code(assessment: Assessment, fail_on: str) -> int:
    """``1`` when a finding is at or above ``fail_on`` (high, medium, low; never: 0)."""
    if fail_on == "never":
        return 0
    return 1 if assessment.highest_rank >= Severity(fail_on).rank else 0
