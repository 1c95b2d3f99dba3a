"""What a case costs and pays (docs/law.md section 6): the pay percentage in force and
its next change, the year-1 minimum-wage floor, the daily wage, the fine for the
42nd-week report, and the exposure to a loonsanctie.

Pure: the case, its timeline and findings in, amounts out; every dated figure comes from
``law/figures.py`` and is said among the assumptions when a date lies past it.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from .law.figures import MAX_DAGLOON, MINIMUM_WAGE_HOURLY, ZIEKMELDING_FINES
from .law.terms import (
    DAYS_PER_PERIOD,
    HOLIDAY_ALLOWANCE_PERCENTAGE,
    LOONSANCTIE_MAX_WEEKS,
    SPOOR2_TRAJECT_EUR,
    WEEKS_PER_PERIOD,
    WORKING_DAYS_PER_WEEK,
)
from .models import Amount, Case, ExtensionKind, Term, Timeline
from .results import (
    Assumption,
    Exposure,
    Finding,
    MinimumWageFloor,
    PayPhase,
    PayStatus,
    milestone_of,
)

#: Findings that carry UWV's fine for a late or missing 42nd-week report.
_FINED = frozenset({"ziekmelding_uwv_ontbreekt", "ziekmelding_uwv_te_laat"})


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
        pay_week = cents(wage.amount / WEEKS_PER_PERIOD[wage.per] * percentage)
    return MinimumWageFloor(
        hourly_eur=minimum.value,
        valid_from=minimum.valid_from,
        beyond_known=minimum.beyond_known,
        hours_per_week=hours,
        week_eur=None if hours is None else cents(minimum.value * hours),
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
    # AOW age or the end of the contract (docs/law.md section 4).
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


def exposure_of(
    case: Case, timeline: Timeline, findings: tuple[Finding, ...], as_of: date
) -> Exposure:
    percentage = case.employer.pay_percentage.year2
    assumptions = [Assumption("pay_percentage", (("percentage", percentage),))]
    beyond: list[str] = []
    extension_days = sum(item.days for item in timeline.extensions)
    events = case.events if case.records_events else None
    spoor2_open = events is not None and events.spoor2_start is None
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
        maximum = cents(paid_daily * WORKING_DAYS_PER_WEEK * sanction_weeks)
        certain = cents(paid_daily * WORKING_DAYS_PER_WEEK * extension_days / 7)
        if extension_days:
            assumptions.append(Assumption("calendar_days"))
        assumptions.append(
            Assumption("holiday_allowance", (("percentage", HOLIDAY_ALLOWANCE_PERCENTAGE),))
        )
    return Exposure(
        loonsanctie_max_weeks=sanction_weeks,
        loonsanctie_max_eur=maximum,
        daily_wage_eur=None if daily is None else cents(daily),
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
    report = milestone_of(timeline, "ziekmelding_uwv")
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


def cents(amount: Decimal) -> Decimal:
    return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
