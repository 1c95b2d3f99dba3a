"""What UWV would find (docs/law.md section 7): each check of the timeline and the
recorded events that gives a finding, with its severity, the date to act by and the
values its texts need.

Pure: the case, its timeline and ``as_of`` in, findings out. What each finding means
(its texts and basis) is the finding table of ``law/findings.py``.
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from .extensions import late_letter
from .law.findings import MILESTONE_FINDINGS, Severity
from .law.milestones import RULES, RULES_BY_ID, Every
from .law.terms import SPOOR2_START_WITHIN_DAYS, ZIEKMELDING_EXCUSE_INDEX
from .models import Case, Events, ExtensionKind, Status, Timeline, Value
from .results import Finding, milestone_of
from .riv import reconciliation_findings, riv_findings, riv_holds
from .sickdays import SickDayCounter
from .wage_end import aow_wage_weeks

#: Words in a sick period's cause that point to pregnancy-related sickness (ZW art. 29a).
PREGNANCY_WORDS = ("zwanger", "bevalling", "pregnan", "childbirth")


def on_or_before(day: date | None, as_of: date) -> date | None:
    return day if day is not None and day <= as_of else None


def findings_of(
    case: Case, events: Events | None, timeline: Timeline, counter: SickDayCounter, as_of: date
) -> tuple[Finding, ...]:
    """What UWV would find. ``events`` is ``None`` when the input records no events (no
    event columns, a case file without ``events``, ``--first-sick``): then nothing can be
    found missing, late or too early, and only what the case itself says is judged (the
    loonsanctie on file, the cases that end wage payment early), as docs/law.md section 7
    says."""
    found: list[Finding] = []
    found += _milestone_findings(timeline, as_of)
    if events is not None:
        found += _evaluation_findings(events, timeline, counter, as_of)
        found += _casemanager_findings(events)
        found += _spoor2_findings(events, timeline, as_of)
        found += _expert_findings(events, timeline, as_of)
        found += _ziekmelding_excuse_findings(timeline, events, counter, as_of)
        found += _letter_findings(events, timeline, counter, as_of)
        found += _too_early_findings(events, timeline, as_of)
        found += riv_findings(case, events, timeline, as_of)
        found += reconciliation_findings(case, events, timeline, as_of)
    found += _loonsanctie_findings(case, timeline)
    found += _scope_findings(case, timeline)
    if riv_holds(case, "actueel_oordeel"):
        # The case says the RIV holds one, dated: its events not recording it is no gap.
        found = [item for item in found if item.id != "actueel_oordeel_ontbreekt"]
    # Most severe first; then in the order of the timeline.
    order = {milestone.id: position for position, milestone in enumerate(timeline.milestones)}
    found.sort(key=lambda item: (-item.severity.rank, order.get(item.milestone or "", len(order))))
    return tuple(found)


def _milestone_findings(timeline: Timeline, as_of: date) -> list[Finding]:
    found = []
    for milestone in timeline.milestones:
        if milestone.id not in MILESTONE_FINDINGS:
            continue
        missing, late, _, _ = MILESTONE_FINDINGS[milestone.id]
        if milestone.status is Status.OVERDUE:
            found.append(
                Finding(
                    f"{milestone.id}_ontbreekt",
                    milestone.id,
                    missing,
                    as_of,
                    (("due", milestone.due),),
                )
            )
        elif milestone.status is Status.LATE and milestone.done_on is not None:
            days = (milestone.done_on - milestone.due).days
            values: tuple[tuple[str, Value], ...] = (
                ("due", milestone.due),
                ("done_on", milestone.done_on),
                ("days", days),
            )
            if milestone.id == "wia_aanvraag":
                moved_to = _extension_end(timeline, ExtensionKind.LATE_WIA_AANVRAAG)
                values += (("end", moved_to or timeline.einde_wachttijd),)
            found.append(Finding(f"{milestone.id}_te_laat", milestone.id, late, None, values))
    return found


def _extension_end(timeline: Timeline, kind: ExtensionKind) -> date | None:
    return next((item.last_day for item in timeline.extensions if item.kind is kind), None)


def duties_until(timeline: Timeline) -> date:
    """The last day the employer's re-integration steps are owed: the last day of wage
    (the end of the waiting period, or earlier at AOW age or the end of the contract);
    an eigenrisicodrager for the Ziektewet keeps them to the end of the waiting period
    (ZW art. 63a lid 1; docs/law.md, Scope)."""
    if milestone_of(timeline, "reintegratie_erd_zw") is not None:
        return timeline.einde_wachttijd
    return min(timeline.einde_wachttijd, timeline.einde_loondoorbetaling)


def _evaluation_findings(
    events: Events, timeline: Timeline, counter: SickDayCounter, as_of: date
) -> list[Finding]:
    """Evaluations more than 42 counted sick days apart, from the plan van aanpak to
    ``as_of``: fit days and leave days do not count (docs/law.md section 3). "Periodiek"
    is all the law says (Regeling art. 4 lid 2 sub b), so the finding is low."""
    if events.plan_van_aanpak is None:
        return []  # the missing plan is the finding; there is nothing to evaluate yet
    rule = RULES_BY_ID["evaluatie"]
    assert isinstance(rule.due, Every)
    interval = rule.due.days
    points = [events.plan_van_aanpak, *(day for day in events.evaluaties if day <= as_of)]
    owed_until = duties_until(timeline)
    open_until = min(as_of, owed_until)
    last_sick_day = timeline.chain.last_sick_day
    if last_sick_day is not None:
        open_until = min(open_until, last_sick_day)  # recovered: the count stands still
    gaps = [(start, end, counter.counted_between(start, end)) for start, end in pairwise(points)]
    if open_until > points[-1]:
        gaps.append((points[-1], open_until, counter.counted_between(points[-1], open_until)))
    too_long = [gap for gap in gaps if gap[2] > interval]
    if not too_long:
        return []
    start, end, gap = max(too_long, key=lambda item: item[2])
    act_by: date | None = max(as_of, counter.counted_after(points[-1], interval))
    if act_by is not None and act_by > owed_until:
        act_by = None
    return [
        Finding(
            "evaluatie_interval",
            "evaluatie",
            Severity.LOW,
            act_by,
            (("gap", gap), ("start", start), ("end", end)),
        )
    ]


def _casemanager_findings(events: Events) -> list[Finding]:
    if events.plan_van_aanpak is not None and not events.casemanager:
        return [Finding("casemanager_ontbreekt", "plan_van_aanpak", Severity.MEDIUM, None)]
    return []


def _spoor2_findings(events: Events, timeline: Timeline, as_of: date) -> list[Finding]:
    """Spoor 2 is due by the next evaluation after spoor 1 lost its prospect."""
    no_prospect = on_or_before(events.spoor1_no_prospect, as_of)
    if no_prospect is None or as_of > timeline.einde_wachttijd:
        return []
    expected = no_prospect + timedelta(days=SPOOR2_START_WITHIN_DAYS)
    started = on_or_before(events.spoor2_start, as_of)
    since: tuple[tuple[str, Value], ...] = (("since", no_prospect), ("due", expected))
    owed_until = duties_until(timeline)
    if started is None:
        if expected > owed_until:
            return []  # due after the employer's duties ended (AOW age, end of contract)
        if as_of > expected:
            act_by = as_of if as_of <= owed_until else None
            return [Finding("spoor2_niet_gestart", "spoor2_besluit", Severity.HIGH, act_by, since)]
        return [Finding("spoor2_starten", "spoor2_besluit", Severity.LOW, expected, since)]
    if started > expected:
        days = (started - expected).days
        return [
            Finding(
                "spoor2_te_laat",
                "spoor2_besluit",
                Severity.MEDIUM,
                None,
                (*since, ("done_on", started), ("days", days)),
            )
        ]
    return []


def _expert_findings(events: Events, timeline: Timeline, as_of: date) -> list[Finding]:
    found = []
    first_year = milestone_of(timeline, "eerstejaarsevaluatie")
    if (
        first_year is not None
        and as_of > first_year.due
        and first_year.status is not Status.LAPSED
        and on_or_before(events.arbeidsdeskundig_onderzoek, as_of) is None
    ):
        found.append(
            Finding(
                "arbeidsdeskundig_onderzoek_ontbreekt",
                "spoor2_besluit",
                Severity.MEDIUM,
                as_of,
                (("due", first_year.due),),
            )
        )
    report = on_or_before(events.reintegratieverslag, as_of)
    application = milestone_of(timeline, "wia_aanvraag")
    if report is not None and events.actueel_oordeel is None and application is not None:
        found.append(
            Finding(
                "actueel_oordeel_ontbreekt",
                "reintegratieverslag",
                Severity.HIGH,
                max(as_of, application.due) if events.wia_aanvraag is None else as_of,
            )
        )
    return found


def _ziekmelding_excuse_findings(
    timeline: Timeline, events: Events, counter: SickDayCounter, as_of: date
) -> list[Finding]:
    """WIA art. 64 lid 6: no report before 81 weeks, no excuse for a late application.
    Not where no WIA application follows (AOW age) or the report itself is no longer the
    employer's (the contract ended, ZW art. 38 lid 1)."""
    report = milestone_of(timeline, "ziekmelding_uwv")
    if timeline.ingang_wia is None or report is None or report.status is Status.LAPSED:
        return []
    week_81 = counter.date_at(ZIEKMELDING_EXCUSE_INDEX)
    if week_81 > timeline.einde_loondoorbetaling:
        return []  # wage ended before week 81: the WIA application is not the employer's
    reported = on_or_before(events.ziekmelding_uwv, as_of)
    last_sick_day = timeline.chain.last_sick_day
    if last_sick_day is not None and last_sick_day < week_81:
        return []
    late = reported >= week_81 if reported is not None else as_of >= week_81
    if not late:
        return []
    return [
        Finding(
            "ziekmelding_uwv_na_week_81",
            "ziekmelding_uwv",
            Severity.MEDIUM,
            None if reported else as_of,
            (("due", week_81),),
        )
    ]


def _letter_findings(
    events: Events, timeline: Timeline, counter: SickDayCounter, as_of: date
) -> list[Finding]:
    """UWV's letter about the WIA application (WIA art. 64 lid 2 and 6; docs/law.md
    section 4): a late letter whose receipt is not recorded, where that receipt decides
    whether the application is on time; a letter not recorded at all, where the
    application is missing or late and a late letter might have excused it."""
    application = milestone_of(timeline, "wia_aanvraag")
    if application is None:
        return []
    if events.wia_brief_uwv is None and application.status not in (Status.OVERDUE, Status.LATE):
        return []  # no letter to ask about, nor a reason to
    letter_step = milestone_of(timeline, "wia_brief_uwv")
    if letter_step is None:
        return []
    recorded = {
        name: day
        for name, day in (
            ("wia_brief_uwv", events.wia_brief_uwv),
            ("wia_brief_uwv_ontvangen", events.wia_brief_uwv_ontvangen),
            ("ziekmelding_uwv", events.ziekmelding_uwv),
        )
        if day is not None
    }
    letter = late_letter(counter, recorded)
    if letter is not None and letter.received_assumed:
        made = application.done_on
        if made is not None and made <= letter.safe_until:
            return []  # on time whenever the letter arrived
        values: tuple[tuple[str, Value], ...] = (
            ("sent", letter.sent),
            ("received", letter.received),
            ("until", letter.until),
        )
        if made is not None:
            return [
                Finding(
                    "wia_brief_uwv_ontvangst_ontbreekt",
                    "wia_brief_uwv",
                    Severity.LOW,
                    None,
                    (*values, ("done_on", made)),
                )
            ]
        act_by = max(letter.safe_until, as_of)
        return [
            Finding(
                "wia_brief_uwv_ontvangst_ontbreekt", "wia_brief_uwv", Severity.LOW, act_by, values
            )
        ]
    if (
        events.wia_brief_uwv is None
        and letter_step.due < as_of
        and application.status in (Status.OVERDUE, Status.LATE)
    ):
        return [
            Finding(
                "wia_brief_uwv_niet_vastgelegd",
                "wia_brief_uwv",
                Severity.LOW,
                None,
                (("letter_due", letter_step.due),),
            )
        ]
    return []


def _loonsanctie_findings(case: Case, timeline: Timeline) -> list[Finding]:
    """What the recorded loonsanctie means now (WIA art. 25 lid 9-14), read from the
    steps that ``extensions.py`` took."""
    sanction = case.extensions.loonsanctie
    extension = next(
        (item for item in timeline.extensions if item.kind is ExtensionKind.LOONSANCTIE), None
    )
    if sanction is None or extension is None:
        return []
    steps = {step.id: dict(step.values) for step in extension.steps}
    if "loonsanctie_zonder_gevolg" in steps:
        values = steps["loonsanctie_zonder_gevolg"]
        return [
            Finding(
                "loonsanctie_zonder_gevolg",
                None,
                Severity.LOW,
                None,
                (("decided", sanction.decided), ("end", values["end"])),
            )
        ]
    if sanction.herstel_decided is None or "bekorting" not in steps:
        return [
            Finding(
                "loonsanctie_opgelegd",
                None,
                Severity.HIGH,
                None,
                (
                    ("decided", sanction.decided),
                    ("weeks", sanction.weeks),
                    ("end", timeline.einde_wachttijd),
                ),
            )
        ]
    return [
        Finding(
            "loonsanctie_bekort",
            None,
            Severity.LOW,
            None,
            (
                ("herstel", sanction.herstel_decided),
                ("end", timeline.einde_wachttijd),
                ("imposed_end", steps["loonsanctie_opgelegd"]["last"]),
            ),
        )
    ]


def _scope_findings(case: Case, timeline: Timeline) -> list[Finding]:
    """What the cases that end wage payment early mean for payroll (docs/law.md, Scope)."""
    found = []
    aow = milestone_of(timeline, "aow_leeftijd")
    if aow is not None:
        found.append(
            Finding(
                "aow_leeftijd",
                "aow_leeftijd",
                Severity.LOW,
                timeline.einde_loondoorbetaling,
                (
                    ("aow", aow.due),
                    ("end", timeline.einde_loondoorbetaling),
                    ("weeks", aow_wage_weeks(timeline.first_sick_day)),
                ),
            )
        )
    marked = any(period.pregnancy_related for period in timeline.chain.periods)
    if not marked:
        for period in timeline.chain.periods:
            cause = (period.cause or "").casefold()
            if any(word in cause for word in PREGNANCY_WORDS):
                found.append(Finding("zwangerschap_niet_gemarkeerd", None, Severity.LOW, None))
                break
    return found


def _too_early_findings(events: Events, timeline: Timeline, as_of: date) -> list[Finding]:
    """A step held before its window does not count (the eerstejaarsevaluatie before
    week 46, docs/law.md section 3): the engine left it open, and this says why, until
    it is held again in the window and that date recorded."""
    found = []
    for rule in RULES:
        if not rule.not_before_window:
            continue
        milestone = milestone_of(timeline, rule.id)
        if milestone is None or milestone.window_start is None or milestone.done_on:
            continue
        if milestone.status is Status.LAPSED:
            continue  # not owed any more: when it was held no longer matters
        held = [on_or_before(getattr(events, name), as_of) for name in rule.events]
        early = min((day for day in held if day is not None), default=None)
        if early is None or early >= milestone.window_start:
            continue
        found.append(
            Finding(
                f"{rule.id}_te_vroeg",
                rule.id,
                Severity.MEDIUM,
                max(as_of, milestone.due),
                (("done_on", early), ("window", milestone.window_start), ("due", milestone.due)),
            )
        )
    return found
