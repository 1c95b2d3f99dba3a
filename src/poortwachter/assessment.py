"""If UWV judged this case today: the timeline with statuses, the spoor, the findings
and what it could cost (rules.md sections 4 to 7).

Pure: a case and an ``as_of`` date in, an ``Assessment`` out. Texts are chosen at the
edge: findings, reasons and assumptions carry an id and values, rendered per language.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from itertools import pairwise
from typing import Any

from dateutil.relativedelta import relativedelta

from .engine import timeline_and_counter
from .language import Language, language
from .law.figures import MAX_DAGLOON, MINIMUM_WAGE_HOURLY, ZIEKMELDING_FINES
from .law.findings import FINDING_TYPES, MILESTONE_FINDINGS, Severity
from .law.milestones import RULES_BY_ID, Every
from .law.sources import basis_links
from .law.terms import (
    DAYS_PER_PERIOD,
    ERD_WGA_YEARS,
    HOLIDAY_ALLOWANCE_PERCENTAGE,
    LOONSANCTIE_MAX_WEEKS,
    SPOOR2_START_WITHIN_DAYS,
    SPOOR2_TRAJECT_EUR,
    WEEKS_PER_PERIOD,
    WORKING_DAYS_PER_WEEK,
    ZIEKMELDING_EXCUSE_INDEX,
)
from .models import Case, Events, ExtensionKind, Milestone, Status, Timeline
from .outputs.wording import Amount, Term, Value, render, show, text
from .sickdays import SickDayCounter
from .wage_end import aow_wage_weeks

#: Findings that carry UWV's fine for a late or missing 42nd-week report.
_FINED = frozenset({"ziekmelding_uwv_ontbreekt", "ziekmelding_uwv_te_laat"})

#: Words in a sick period's cause that point to pregnancy-related sickness (ZW art. 29a).
PREGNANCY_WORDS = ("zwanger", "bevalling", "pregnan", "childbirth")


class Spoor(StrEnum):
    SPOOR1 = "spoor1"
    SPOOR2 = "spoor2"
    TWEESPOREN = "tweesporen"
    SPOOR3 = "spoor3"
    HERSTELD = "hersteld"
    EINDE = "einde"


@dataclass(frozen=True, slots=True)
class SpoorStatus:
    """Where re-integration stands on ``as_of`` (rules.md section 5)."""

    status: Spoor
    since: date
    reason_id: str
    reason_values: tuple[tuple[str, Value], ...]
    provider: str | None
    erd_wga_end: date | None

    def reason(self, lang: Language) -> str:
        return render(text(f"spoor_reason_{self.reason_id}", lang), self.reason_values, lang)

    def to_dict(self, lang: Language) -> dict[str, Any]:
        return {
            "status": self.status,
            "since": self.since.isoformat(),
            "reason": self.reason(lang),
            "provider": self.provider,
            "erd_wga_end": self.erd_wga_end.isoformat() if self.erd_wga_end else None,
        }


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing UWV would hold against the employer (rules.md section 7)."""

    id: str
    milestone: str | None
    severity: Severity
    act_by: date | None
    values: tuple[tuple[str, Value], ...] = ()

    def message(self, lang: Language) -> str:
        kind = FINDING_TYPES[self.id]
        lang = language(lang)
        return render(kind.message_nl if lang == "nl" else kind.message_en, self.values, lang)

    def action(self, lang: Language) -> str:
        kind = FINDING_TYPES[self.id]
        lang = language(lang)
        values = (*self.values, ("act_by", self.act_by)) if self.act_by else self.values
        return render(kind.action_template(lang, dated=self.act_by is not None), values, lang)

    @property
    def basis(self) -> str:
        return FINDING_TYPES[self.id].basis_text

    def to_dict(self, lang: Language, on: date) -> dict[str, Any]:
        """The finding in ``lang``, its basis linked as in force on ``on`` (the as-of
        date)."""
        kind = FINDING_TYPES[self.id]
        lang = language(lang)
        shown = {key: show(value, lang) for key, value in self.values}  # shared by both texts
        if self.act_by:
            shown["act_by"] = show(self.act_by, lang)
        nl = lang == "nl"
        return {
            "id": self.id,
            "milestone": self.milestone,
            "severity": self.severity,  # a StrEnum is its own JSON text
            "message": (kind.message_nl if nl else kind.message_en).format(**shown),
            "action": kind.action_template(lang, dated=self.act_by is not None).format(**shown),
            "act_by": self.act_by.isoformat() if self.act_by else None,
            "basis": kind.basis_text,
            "basis_links": basis_links(kind.basis, on),
        }


@dataclass(frozen=True, slots=True)
class Assumption:
    id: str
    values: tuple[tuple[str, Value], ...] = ()

    def text(self, lang: Language) -> str:
        return render(text(f"assumption_{self.id}", lang), self.values, lang)


@dataclass(frozen=True, slots=True)
class Exposure:
    """What the case could cost, and what it costs for certain (rules.md section 6)."""

    loonsanctie_max_weeks: int
    loonsanctie_max_eur: Decimal | None
    daily_wage_eur: Decimal | None
    pay_percentage_year2: int
    fine_max_eur: Decimal
    certain_extension_days: int
    certain_cost_eur: Decimal | None
    spoor2_traject_eur: tuple[Decimal, Decimal] | None
    holiday_allowance_included: bool
    """Whether the euro figures include the holiday allowance (they do not)."""
    figures_beyond_known: tuple[str, ...]
    """Dated figures (maximum dagloon, fine) needed on a date past the last known one:
    the last known figure was used (rules.md section 6)."""
    assumptions: tuple[Assumption, ...]

    def to_dict(self, lang: Language) -> dict[str, Any]:
        def money(value: Decimal | None) -> float | None:
            return None if value is None else float(value)

        return {
            "loonsanctie_max_weeks": self.loonsanctie_max_weeks,
            "loonsanctie_max_eur": money(self.loonsanctie_max_eur),
            "daily_wage_eur": money(self.daily_wage_eur),
            "pay_percentage_year2": self.pay_percentage_year2,
            "fine_max_eur": money(self.fine_max_eur),
            "certain_extension_days": self.certain_extension_days,
            "certain_cost_eur": money(self.certain_cost_eur),
            "spoor2_traject_eur": (
                None
                if self.spoor2_traject_eur is None
                else {
                    "min": money(self.spoor2_traject_eur[0]),
                    "max": money(self.spoor2_traject_eur[1]),
                }
            ),
            "holiday_allowance_included": self.holiday_allowance_included,
            "figures_beyond_known": list(self.figures_beyond_known),
            "assumptions": [assumption.text(lang) for assumption in self.assumptions],
        }


class PayPhase(StrEnum):
    """Which pay rule applies on a date (rules.md section 6; BW 7:629 lid 1)."""

    NOT_SICK_YET = "not_sick_yet"
    YEAR1 = "year1"
    YEAR2 = "year2"
    VRIJWILLIGE_VERLENGING = "vrijwillige_verlenging"
    LATE_WIA_AANVRAAG = "late_wia_aanvraag"
    LOONSANCTIE = "loonsanctie"
    ENDED = "ended"
    RECOVERED = "recovered"


@dataclass(frozen=True, slots=True)
class MinimumWageFloor:
    """BW 7:629 lid 1: in the first 52 weeks the employee gets at least the statutory
    minimum wage (rules.md section 6). An hourly minimum since 2024-01-01, so the floor
    needs the contract hours."""

    hourly_eur: Decimal
    valid_from: date
    beyond_known: bool
    """The date lies past the last known minimum wage: the last one was used."""
    hours_per_week: Decimal | None
    week_eur: Decimal | None
    """The floor per week: hours x the hourly minimum (``None`` without hours)."""
    pay_week_eur: Decimal | None
    """The case's year-1 pay per week (wage x year-1 percentage), to compare."""

    @property
    def applies(self) -> bool | None:
        """Whether the floor lifts the pay; ``None`` when hours or wage are unknown."""
        if self.week_eur is None or self.pay_week_eur is None:
            return None
        return self.pay_week_eur < self.week_eur

    def to_dict(self) -> dict[str, Any]:
        def money(value: Decimal | None) -> float | None:
            return None if value is None else float(value)

        return {
            "hourly_eur": float(self.hourly_eur),
            "valid_from": self.valid_from.isoformat(),
            "beyond_known": self.beyond_known,
            "hours_per_week": money(self.hours_per_week),
            "week_eur": money(self.week_eur),
            "pay_week_eur": money(self.pay_week_eur),
            "applies": self.applies,
        }


@dataclass(frozen=True, slots=True)
class PayStatus:
    """The pay percentage in force on ``as_of``, since when, and the next change, so a
    payroll run can change the wage on the right date."""

    phase: PayPhase
    percentage: int | None
    since: date | None
    next_phase: PayPhase | None
    next_change: date | None
    minimum_wage: MinimumWageFloor | None = None
    """In the first sick year (from 2024, when the minimum became hourly): the floor."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "phase": self.phase,
            "percentage": self.percentage,
            "since": self.since.isoformat() if self.since else None,
            "next_phase": self.next_phase,
            "next_change": self.next_change.isoformat() if self.next_change else None,
            "minimum_wage": self.minimum_wage.to_dict() if self.minimum_wage else None,
        }


def minimum_wage_floor(case: Case, day: date) -> MinimumWageFloor | None:
    """The year-1 floor on ``day``, or ``None`` before the hourly minimum (2024)."""
    minimum = MINIMUM_WAGE_HOURLY.at(day)
    if minimum.before_known:
        return None
    hours = case.employee.hours_per_week
    wage = case.employee.wage
    pay_week = None
    if wage is not None:
        percentage = Decimal(case.employer.pay_percentage.year1) / 100
        pay_week = _cents(wage.amount / WEEKS_PER_PERIOD[wage.per] * percentage)
    return MinimumWageFloor(
        hourly_eur=minimum.value,
        valid_from=minimum.valid_from,
        beyond_known=minimum.beyond_known,
        hours_per_week=hours,
        week_eur=None if hours is None else _cents(minimum.value * hours),
        pay_week_eur=pay_week,
    )


_PHASE_OF_EXTENSION = {
    ExtensionKind.VRIJWILLIGE_VERLENGING: PayPhase.VRIJWILLIGE_VERLENGING,
    ExtensionKind.LATE_WIA_AANVRAAG: PayPhase.LATE_WIA_AANVRAAG,
    ExtensionKind.LOONSANCTIE: PayPhase.LOONSANCTIE,
}


def pay_status(case: Case, timeline: Timeline, as_of: date) -> PayStatus:
    """Year 1 at the year-1 percentage (at least the minimum wage); from the second sick
    year, and through every extension, at the year-2 percentage (BW 7:629 lid 1)."""
    percentages = case.employer.pay_percentage
    second_year = timeline.start_tweede_ziektejaar
    phases: list[tuple[date, PayPhase, int | None]] = [
        (timeline.first_sick_day, PayPhase.YEAR1, percentages.year1),
        (second_year, PayPhase.YEAR2, percentages.year2),
    ]
    phases += [
        (item.first_day, _PHASE_OF_EXTENSION[item.kind], percentages.year2)
        for item in timeline.extensions
    ]
    # Wage payment ends after einde_loondoorbetaling: the waiting period, or earlier at
    # AOW age or the end of the contract (rules.md section 4).
    ended = timeline.einde_loondoorbetaling + timedelta(days=1)
    phases = [phase for phase in phases if phase[0] < ended]
    phases.append((ended, PayPhase.ENDED, None))
    last_sick_day = timeline.chain.last_sick_day
    if last_sick_day is not None:
        recovered = last_sick_day + timedelta(days=1)
        phases = [phase for phase in phases if phase[0] < recovered]
        phases.append((recovered, PayPhase.RECOVERED, None))
    current: tuple[date | None, PayPhase, int | None] = (None, PayPhase.NOT_SICK_YET, None)
    upcoming: tuple[date, PayPhase, int | None] | None = None
    for item in phases:
        if item[0] <= as_of:
            current = item
        elif upcoming is None:
            upcoming = item
    phase = current[1]
    return PayStatus(
        phase=phase,
        percentage=current[2],
        since=current[0],
        next_phase=upcoming[1] if upcoming else None,
        next_change=upcoming[0] if upcoming else None,
        minimum_wage=minimum_wage_floor(case, as_of) if phase is PayPhase.YEAR1 else None,
    )


@dataclass(frozen=True, slots=True)
class Assessment:
    """The answer to "if UWV judged this case today, what would it find, and what
    could it cost?"."""

    timeline: Timeline
    spoor: SpoorStatus
    pay: PayStatus
    findings: tuple[Finding, ...]
    exposure: Exposure

    @property
    def highest_rank(self) -> int:
        """The rank of the most severe finding (1 low to 3 high); 0 without findings."""
        return max((item.severity.rank for item in self.findings), default=0)

    def to_dict(
        self, lang: Language = "nl", *, milestones: bool = True, findings: bool = True
    ) -> dict[str, Any]:
        """The ``sanction-risk`` document; ``milestones=False`` or ``findings=False``
        leaves those out of it (``[]``), for a caller that encodes them itself. ``lang``
        is ``"nl"`` or ``"en"`` (another value is a ``ValueError``)."""
        lang = language(lang)
        data = self.timeline.to_dict(lang, milestones=milestones)
        data["spoor"] = self.spoor.to_dict(lang)
        data["pay"] = self.pay.to_dict()
        as_of = self.timeline.as_of
        data["findings"] = (
            [finding.to_dict(lang, as_of) for finding in self.findings] if findings else []
        )
        data["exposure"] = self.exposure.to_dict(lang)
        return data


def assess(case: Case, as_of: date) -> Assessment:
    """Judge ``case`` on ``as_of``. A case without an ``events`` block is judged as one
    in which nothing has been recorded: UWV sees only what the file shows."""
    if case.events is None:
        case = dataclasses.replace(case, events=Events())
    timeline, counter = timeline_and_counter(case, as_of)
    assert case.events is not None
    findings = _findings(case, case.events, timeline, counter, as_of)
    return Assessment(
        timeline=timeline,
        spoor=_spoor(case, case.events, timeline, as_of),
        pay=pay_status(case, timeline, as_of),
        findings=findings,
        exposure=_exposure(case, timeline, findings, as_of),
    )


# --- Spoor ------------------------------------------------------------------------


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
        return status(Spoor.EINDE, wage_end + timedelta(days=1), reason, ("end", wage_end))
    if as_of > timeline.einde_wachttijd:
        after = timeline.einde_wachttijd + timedelta(days=1)
        if erd_end is not None:
            return status(Spoor.SPOOR3, after, "spoor3", ("end", erd_end))
        return status(Spoor.EINDE, after, "einde", ("end", timeline.einde_wachttijd))
    no_prospect = _on_or_before(events.spoor1_no_prospect, as_of)
    started = _on_or_before(events.spoor2_start, as_of)
    if started is not None:
        if no_prospect is not None:
            return status(Spoor.SPOOR2, started, "spoor2", ("since", no_prospect))
        return status(Spoor.TWEESPOREN, started, "tweesporen")
    if no_prospect is not None:
        return status(
            Spoor.SPOOR1, timeline.first_sick_day, "spoor1_no_prospect", ("since", no_prospect)
        )
    return status(Spoor.SPOOR1, timeline.first_sick_day, "spoor1")


_EARLY_END_REASON = {"aow_leeftijd": "einde_aow", "einde_dienstverband": "einde_uit_dienst"}


def erd_wga_end(timeline: Timeline) -> date:
    """Last day an eigenrisicodrager bears the WGA benefit: 10 years from its start,
    shortened by a vrijwillige verlenging but not by a loonsanctie (rules.md s. 5)."""
    assert timeline.ingang_wia is not None, "no WGA after the AOW age"
    verlenging = sum(
        item.days
        for item in timeline.extensions
        if item.kind is ExtensionKind.VRIJWILLIGE_VERLENGING
    )
    return timeline.ingang_wia + relativedelta(years=ERD_WGA_YEARS) - timedelta(days=verlenging + 1)


def _on_or_before(day: date | None, as_of: date) -> date | None:
    return day if day is not None and day <= as_of else None


# --- Findings ---------------------------------------------------------------------


def _findings(
    case: Case, events: Events, timeline: Timeline, counter: SickDayCounter, as_of: date
) -> tuple[Finding, ...]:
    found: list[Finding] = []
    found += _milestone_findings(timeline, as_of)
    found += _evaluation_findings(events, timeline, as_of)
    found += _casemanager_findings(events)
    found += _spoor2_findings(events, timeline, as_of)
    found += _expert_findings(events, timeline, as_of)
    found += _ziekmelding_excuse_findings(timeline, events, counter, as_of)
    found += _loonsanctie_findings(case, timeline)
    found += _scope_findings(case, timeline)
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


def _evaluation_findings(events: Events, timeline: Timeline, as_of: date) -> list[Finding]:
    """Evaluations more than 42 days apart, from the plan van aanpak to ``as_of``."""
    if events.plan_van_aanpak is None:
        return []  # the missing plan is the finding; there is nothing to evaluate yet
    rule = RULES_BY_ID["evaluatie"]
    assert isinstance(rule.due, Every)
    interval = rule.due.days
    points = [events.plan_van_aanpak, *(day for day in events.evaluaties if day <= as_of)]
    open_until = min(as_of, timeline.einde_wachttijd)
    gaps = list(pairwise(points))
    if open_until > points[-1]:
        gaps.append((points[-1], open_until))
    too_long = [(start, end) for start, end in gaps if (end - start).days > interval]
    if not too_long:
        return []
    start, end = max(too_long, key=lambda gap: (gap[1] - gap[0]).days)
    # Evaluations are owed while wage is paid: after its last day (the end of the waiting
    # period, or earlier at AOW age or the end of the contract) nothing is left to plan.
    act_by: date | None = max(as_of, points[-1] + timedelta(days=interval))
    if act_by is not None and act_by > min(
        timeline.einde_wachttijd, timeline.einde_loondoorbetaling
    ):
        act_by = None
    return [
        Finding(
            "evaluatie_interval",
            "evaluatie",
            Severity.MEDIUM,
            act_by,
            (("gap", (end - start).days), ("start", start), ("end", end)),
        )
    ]


def _casemanager_findings(events: Events) -> list[Finding]:
    if events.plan_van_aanpak is not None and not events.casemanager:
        return [Finding("casemanager_ontbreekt", "plan_van_aanpak", Severity.MEDIUM, None)]
    return []


def _spoor2_findings(events: Events, timeline: Timeline, as_of: date) -> list[Finding]:
    """Spoor 2 is due by the next evaluation after spoor 1 lost its prospect."""
    no_prospect = _on_or_before(events.spoor1_no_prospect, as_of)
    if no_prospect is None or as_of > timeline.einde_wachttijd:
        return []
    expected = no_prospect + timedelta(days=SPOOR2_START_WITHIN_DAYS)
    started = _on_or_before(events.spoor2_start, as_of)
    since: tuple[tuple[str, Value], ...] = (("since", no_prospect), ("due", expected))
    if started is None:
        if as_of > expected:
            return [Finding("spoor2_niet_gestart", "spoor2_besluit", Severity.HIGH, as_of, since)]
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
    first_year = _milestone(timeline, "eerstejaarsevaluatie")
    if (
        first_year is not None
        and as_of > first_year.due
        and first_year.status is not Status.LAPSED
        and _on_or_before(events.arbeidsdeskundig_onderzoek, as_of) is None
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
    report = _on_or_before(events.reintegratieverslag, as_of)
    application = _milestone(timeline, "wia_aanvraag")
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
    """WIA art. 64 lid 6: no report before 81 weeks, no excuse for a late application."""
    week_81 = counter.date_at(ZIEKMELDING_EXCUSE_INDEX)
    reported = _on_or_before(events.ziekmelding_uwv, as_of)
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
    """What the cases that end wage payment early mean for payroll (rules.md, scope)."""
    found = []
    aow = _milestone(timeline, "aow_leeftijd")
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


def _milestone(timeline: Timeline, milestone_id: str) -> Milestone | None:
    return next((item for item in timeline.milestones if item.id == milestone_id), None)


# --- Exposure ---------------------------------------------------------------------


def _exposure(
    case: Case, timeline: Timeline, findings: tuple[Finding, ...], as_of: date
) -> Exposure:
    percentage = case.employer.pay_percentage.year2
    assumptions = [Assumption("pay_percentage", (("percentage", percentage),))]
    beyond: list[str] = []
    extension_days = sum(item.days for item in timeline.extensions)
    spoor2_open = case.events is not None and case.events.spoor2_start is None
    traject = SPOOR2_TRAJECT_EUR if spoor2_open and as_of <= timeline.einde_wachttijd else None
    fine = _fine(timeline, findings, assumptions, beyond)
    daily = _daily_wage(case, timeline, assumptions, beyond)
    maximum = certain = None
    # A loonsanctie extends the employer's wage payment after the WIA application: none
    # without a WIA (AOW age) or after the contract ended (WIA art. 25 lid 9).
    sanction_weeks = LOONSANCTIE_MAX_WEEKS
    if timeline.ingang_wia is None:
        sanction_weeks = 0
        assumptions.append(Assumption("no_loonsanctie_aow"))
    elif timeline.einde_loondoorbetaling_grond == "einde_dienstverband":
        sanction_weeks = 0
        assumptions.append(Assumption("no_loonsanctie_uit_dienst"))
    if not sanction_weeks:
        traject = None  # nothing to weigh a spoor-2 traject against
    if daily is None:
        assumptions.append(Assumption("no_wage"))
    else:
        paid_daily = daily * Decimal(percentage) / 100
        maximum = _cents(paid_daily * WORKING_DAYS_PER_WEEK * sanction_weeks)
        certain = _cents(paid_daily * WORKING_DAYS_PER_WEEK * extension_days / 7)
        if extension_days:
            assumptions.append(Assumption("calendar_days"))
        assumptions.append(
            Assumption("holiday_allowance", (("percentage", HOLIDAY_ALLOWANCE_PERCENTAGE),))
        )
    return Exposure(
        loonsanctie_max_weeks=sanction_weeks,
        loonsanctie_max_eur=maximum,
        daily_wage_eur=None if daily is None else _cents(daily),
        pay_percentage_year2=percentage,
        fine_max_eur=fine,
        certain_extension_days=extension_days,
        certain_cost_eur=certain,
        spoor2_traject_eur=traject,
        holiday_allowance_included=False,
        figures_beyond_known=tuple(beyond),
        assumptions=tuple(assumptions),
    )


def _fine(
    timeline: Timeline,
    findings: tuple[Finding, ...],
    assumptions: list[Assumption],
    beyond: list[str],
) -> Decimal:
    """UWV's fine for a late or missing 42nd-week report, by the days it was late
    (Boetebesluit socialezekerheidswetten art. 2c): counted from the last on-time day,
    UWV's practice date where there is one. A missing report risks the highest."""
    fined = next((item for item in findings if item.id in _FINED), None)
    report = _milestone(timeline, "ziekmelding_uwv")
    if fined is None or report is None:
        return Decimal(0)
    last_on_time = report.practice_date or report.due
    tiers = ZIEKMELDING_FINES.at(last_on_time)
    if tiers.beyond_known:
        beyond.append(ZIEKMELDING_FINES.name)
    days_late = (report.done_on - last_on_time).days if report.done_on else None
    amount = tiers.value[-1][1]
    if days_late is not None:
        amount = next(fine for first, fine in reversed(tiers.value) if days_late >= first)
        assumptions.append(Assumption("fine_late", (("fine", amount), ("days", days_late))))
    else:
        assumptions.append(Assumption("fine_missing", (("fine", amount),)))
    return amount


def _daily_wage(
    case: Case, timeline: Timeline, assumptions: list[Assumption], beyond: list[str]
) -> Decimal | None:
    """UWV's dagloon from the case's wage, capped at the maximum dagloon in force when a
    loonsanctie would start (the day after the waiting period, before any sanction)."""
    wage = case.employee.wage
    if wage is None:
        return None
    daily = wage.amount / DAYS_PER_PERIOD[wage.per]
    assumptions.append(
        Assumption(
            "dagloon",
            (
                ("amount", wage.amount),
                ("per", Term(wage.per)),
                ("divisor", Amount(DAYS_PER_PERIOD[wage.per])),
            ),
        )
    )
    sanction_start = sanction_start_day(timeline)
    cap = MAX_DAGLOON.at(sanction_start)
    if cap.beyond_known or cap.before_known:
        key = "max_dagloon_beyond" if cap.beyond_known else "max_dagloon_before"
        if cap.beyond_known:
            beyond.append(MAX_DAGLOON.name)
        assumptions.append(
            Assumption(
                key,
                (("amount", cap.value), ("valid_from", cap.valid_from), ("date", sanction_start)),
            )
        )
    if daily > cap.value:
        assumptions.append(Assumption("capped", (("amount", cap.value),)))
        return cap.value
    return daily


def sanction_start_day(timeline: Timeline) -> date:
    """The day a loonsanctie starts, or would start: the day after the waiting period
    as the verlenging and a late WIA application left it (WIA art. 25 lid 9)."""
    end = timeline.einde_wachttijd
    for item in timeline.extensions:
        if item.kind is ExtensionKind.LOONSANCTIE:
            end = end - timedelta(days=(item.last_day - item.first_day).days + 1)
    return end + timedelta(days=1)


def _cents(amount: Decimal) -> Decimal:
    return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def exit_code(assessment: Assessment, fail_on: str) -> int:
    """``1`` when a finding is at or above ``fail_on`` (high, medium, low; never: 0)."""
    if fail_on == "never":
        return 0
    return 1 if assessment.highest_rank >= Severity(fail_on).rank else 0
