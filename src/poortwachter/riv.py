"""What the re-integratieverslag holds, part by part, and what the employer told UWV,
against what the case says (docs/law.md section 7a).

Pure: the case, its timeline and ``as_of`` in, findings out. What each part and finding
means (its basis and texts) is ``law/riv.py``.
"""

from __future__ import annotations

from datetime import date

from .law.figures import ZIEKMELDING_FINES
from .law.findings import Severity
from .law.milestones import RULES_BY_ID
from .law.riv import ACTUEEL_OORDEEL_MAX_DAYS, RIV_PARTS, RivPartRule
from .models import STATED_FIRST_DAYS, Case, Events, RivContents, RivPart, Term, Timeline, Value
from .results import Finding, milestone_of


def _known(day: date | None, as_of: date) -> date | None:
    return day if day is not None and day <= as_of else None


def riv_recorded(events: Events | None, as_of: date) -> date | None:
    """The day the re-integratieverslag was drawn up, when it was by ``as_of``."""
    return None if events is None else _known(events.reintegratieverslag, as_of)


def riv_not_checked(case: Case, timeline: Timeline, as_of: date) -> bool:
    """Whether to say that the RIV's contents were not checked: the RIV is drawn up, or
    due, and the case does not say what it holds."""
    if case.riv_inhoud is not None or not case.records_events:
        return False
    if riv_recorded(case.events, as_of) is not None:
        return True
    riv = milestone_of(timeline, "reintegratieverslag")
    return riv is not None and riv.due <= as_of


def riv_findings(case: Case, events: Events, timeline: Timeline, as_of: date) -> list[Finding]:
    """A finding per part the RIV misses (once it is drawn up) and per part that
    contradicts the case: dated after the RIV, other than the recorded event, outside
    its window, too old to be actueel, not the latest evaluation."""
    contents = case.riv_inhoud
    if contents is None:
        return []
    riv_on = riv_recorded(events, as_of)
    act_by = _act_by(timeline, as_of)
    found: list[Finding] = []
    for rule in RIV_PARTS:
        part = contents.part(rule.id)
        if rule.id == "actueel_oordeel" and part.missing and events.actueel_oordeel is None:
            continue  # actueel_oordeel_ontbreekt says it already: one gap, one finding
        if part.missing and rule.missing is not None and riv_on is not None:
            severity = rule.missing
            if rule.id == "arbeidsdeskundig_rapport" and events.spoor1_no_prospect:
                severity = Severity.MEDIUM  # spoor 2 was at stake: UWV weighs the report
            kind = f"riv_{rule.id}_ontbreekt"
            found.append(Finding(kind, "reintegratieverslag", severity, act_by))
            continue
        wrong = _wrong(rule, part, contents, events, timeline, riv_on, as_of)
        if wrong is not None:
            kind = f"riv_{rule.id}_onjuist"
            found.append(Finding(kind, "reintegratieverslag", Severity.MEDIUM, act_by, wrong))
    return found


def _wrong(
    rule: RivPartRule,
    part: RivPart,
    contents: RivContents,
    events: Events,
    timeline: Timeline,
    riv_on: date | None,
    as_of: date,
) -> tuple[tuple[str, Value], ...] | None:
    """Why a part contradicts the case (the values of its finding), or ``None``."""
    if rule.id == "bijstellingen":
        late = [day for day in contents.bijstellingen if riv_on is not None and day > riv_on]
        return _reason("riv_after_riv", late[0], riv_on=riv_on) if late and riv_on else None
    on = part.on
    recorded = _known(getattr(events, rule.event), as_of) if rule.event else None
    if on is None:
        return _not_applicable(rule, part, recorded)
    if riv_on is not None and on > riv_on and rule.id != "kopie_werknemer":
        return _reason("riv_after_riv", on, riv_on=riv_on)
    if recorded is not None and on != recorded:
        return _reason("riv_other_than_events", on, expected=recorded, event=rule.event or "")
    if rule.id == "eerstejaarsevaluatie":
        window = milestone_of(timeline, "eerstejaarsevaluatie")
        if window is not None and window.window_start is not None:
            start, end = window.window_start, window.on_time_until or window.due
            if not start <= on <= end:
                return _reason("riv_outside_window", on, window_start=start, window_end=end)
    if rule.id == "actueel_oordeel" and riv_on is not None:
        age = (riv_on - on).days
        if age > ACTUEEL_OORDEEL_MAX_DAYS:
            return _reason("riv_not_actueel", on, riv_on=riv_on, days=ACTUEEL_OORDEEL_MAX_DAYS)
    if rule.id == "eindevaluatie":
        latest = latest_evaluation(events, riv_on or as_of)
        if latest is not None and latest > on:
            return _reason("riv_not_latest", on, expected=latest)
    if rule.id == "kopie_werknemer" and riv_on is not None and on < riv_on:
        return _reason("riv_copy_before_riv", on, riv_on=riv_on)
    return None


def latest_evaluation(events: Events, until: date) -> date | None:
    """The most recent evaluation up to ``until``: the plan's evaluations and the
    first-year evaluation, which is one (Regeling art. 4 lid 2 sub b, art. 6 sub h)."""
    days = [*events.evaluaties, events.eerstejaarsevaluatie]
    return max((day for day in days if day is not None and day <= until), default=None)


def _not_applicable(
    rule: RivPartRule, part: RivPart, recorded: date | None
) -> tuple[tuple[str, Value], ...] | None:
    """Why a part given as ``n.v.t.`` contradicts the case: the employee always gets a
    copy (WIA art. 25 lid 3), and a part whose event the file records does apply. Its
    reason is never repeated (free text)."""
    if part.not_applicable is None:
        return None
    if rule.id == "kopie_werknemer":
        return (("reason", Term("riv_copy_always")),)
    if recorded is not None:
        term = Term("riv_nvt_but_recorded")
        return (("reason", term), ("expected", recorded), ("event", rule.event or ""))
    return None


def riv_holds(case: Case, part_id: str) -> bool:
    """Whether the case says the RIV holds this part, with a date."""
    contents = case.riv_inhoud
    return contents is not None and contents.part(part_id).on is not None


def _reason(term: str, found: date, **values: Value | None) -> tuple[tuple[str, Value], ...]:
    given = tuple((key, value) for key, value in values.items() if value is not None)
    return (("reason", Term(term)), ("found", found), *given)


def _act_by(timeline: Timeline, as_of: date) -> date | None:
    """By when to put the RIV right: before the WIA application is due; once it was
    made, UWV asks (no date: the closed action says so); when it is overdue, now."""
    application = milestone_of(timeline, "wia_aanvraag")
    if application is None:
        return as_of
    if application.done_on is not None and application.done_on <= as_of:
        return None
    return max(application.due, as_of)


def reconciliation_findings(
    case: Case, events: Events, timeline: Timeline, as_of: date
) -> list[Finding]:
    """A finding per report to UWV whose stated first sick day is not the case's: the
    chain's first sick day (the 42nd-week report, the report at the end of the contract),
    or the first day of the pregnancy-related sickness (docs/law.md section 7a)."""
    found = []
    for field, report in STATED_FIRST_DAYS.items():
        stated = getattr(events, field)
        reported_on = getattr(events, report)
        if stated is None or reported_on is None or reported_on > as_of:
            continue  # what a report on file stated: none, or not made yet
        first = timeline.first_sick_day
        pregnancy = None
        if report == "ziekmelding_zwangerschap":
            pregnancy = _pregnancy_first_day(case, timeline, as_of)
            first = pregnancy or first
        if stated == first:
            continue
        joined = stated in {period.start for period in timeline.chain.periods[1:]}
        why = "why_pregnancy" if pregnancy else "why_joined" if joined else "why_first_day"
        fines = ZIEKMELDING_FINES.at(reported_on or as_of).value
        values: tuple[tuple[str, Value], ...] = (
            ("report", Term(f"report_{report}")),
            ("stated", stated),
            ("first", first),
            ("why", Term(why)),
            ("fine", max(amount for _, amount in fines)),
        )
        milestone = report if report in RULES_BY_ID else None
        kind = "eerste_ziektedag_afwijkend"
        found.append(Finding(kind, milestone, Severity.MEDIUM, as_of, values))
    return found


def _pregnancy_first_day(case: Case, timeline: Timeline, as_of: date) -> date | None:
    """The first day of the pregnancy-related sickness in the current chain (ZW art. 29a):
    the earliest period marked pregnancy-related, as known on ``as_of``."""
    days = [
        period.start
        for period in timeline.chain.periods
        if period.pregnancy_related and period.start <= as_of
    ]
    return min(days, default=None)
