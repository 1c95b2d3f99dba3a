"""The cases that end the employer's wage payment before the waiting period does
(docs/law.md, Scope): AOW age and the end of the contract (ziek uit dienst); and the dated
steps they bring, with pregnancy-related sickness's own report to UWV.

Pure: the case and the chain's dates in, dates out. Sources: Burgerlijk Wetboek Boek 7
(BWBR0005290) art. 7:629 lid 1, 2 and 10; Algemene Ouderdomswet (BWBR0002221) art. 7a;
Ziektewet (BWBR0001888) art. 3 lid 1, 29a, 38 lid 2, 38a lid 3, 63a lid 1.
"""

from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple

from .law.calendar import previous_working_day
from .law.figures import AOW_AGE, AOW_WAGE_WEEKS
from .law.terms import (
    PREGNANCY_REPORT_DAYS,
    RIV_ZIEKTEWET_UPLOAD_DAYS,
    RIV_ZIEKTEWET_VERKORT_DAYS,
    RIV_ZIEKTEWET_VOLLEDIG_DAYS,
)
from .models import Case
from .sickdays import Chain, LeavePeriod, SickDayCounter, SickPeriod, first_day_outside_leave


class WageEndReason(StrEnum):
    """Why wage payment ends on ``einde_loondoorbetaling``."""

    EINDE_WACHTTIJD = "einde_wachttijd"
    """The end of the waiting period, after every extension (BW 7:629 lid 1)."""
    AOW_LEEFTIJD = "aow_leeftijd"
    """AOW age: 6 weeks (13 for chains that began before 1 July 2023; BW 7:629 lid 2)."""
    EINDE_DIENSTVERBAND = "einde_dienstverband"
    """The contract ended while the employee was sick (ziek uit dienst)."""


class WageEnd(NamedTuple):
    """The last day of wage payment, why, and the dated steps of those cases by key."""

    last_day: date
    reason: WageEndReason
    wia_possible: bool
    """False when the AOW age is reached by the first day a WIA benefit could start."""
    case_dates: dict[str, date]
    """Dates for the rules anchored on the case (``rules.CaseDate``): AOW, contract
    end, the reports to UWV."""
    erd_zw_until: date | None = None
    """The last day an eigenrisicodrager for the Ziektewet guides the former employee
    after the contract ended (ZW art. 63a lid 1): its re-integration steps up to this day
    stay its own. ``None`` when the contract did not end it, or UWV takes over."""


def aow_date(born: date) -> date:
    """The day the employee reaches AOW age (AOW art. 7a: the age set for the calendar
    year in which it is reached)."""
    from dateutil.relativedelta import relativedelta

    for year in range(born.year + 60, born.year + 75):
        years, months = AOW_AGE.at(date(year, 1, 1), record=False).value
        reached = born + relativedelta(years=years, months=months)
        if reached.year == year:
            AOW_AGE.at(date(year, 1, 1))  # the figure that decided: on the receipt
            return reached
    years, months = AOW_AGE.values[-1][1]  # pragma: no cover - every age lies in the range
    return born + relativedelta(years=years, months=months)  # pragma: no cover


def aow_wage_weeks(first_sick_day: date) -> int:
    """6 weeks when the chain's first sick day is on or after 2023-07-01, else 13."""
    return AOW_WAGE_WEEKS.at(first_sick_day).value


def wage_end(
    case: Case, chain: Chain, counter: SickDayCounter, end_of_waiting_period: date
) -> WageEnd:
    """The last day the employer pays wage (docs/law.md section 4, ``einde_loondoorbetaling``)."""
    first_sick_day = counter.first_day
    last_sick_day = chain.last_sick_day
    last_day, reason = end_of_waiting_period, WageEndReason.EINDE_WACHTTIJD
    wia_possible = True
    case_dates: dict[str, date] = {}
    born = case.employee.date_of_birth
    reached = aow_date(born) if born is not None else None
    if reached is not None and reached <= end_of_waiting_period + timedelta(days=1):
        # No WIA benefit starts at or after the AOW age.
        wia_possible = False
        case_dates["aow"] = reached
        aow_end = aow_wage_end(counter, reached)
        if aow_end < last_day:
            last_day, reason = aow_end, WageEndReason.AOW_LEEFTIJD
            case_dates["einde_loondoorbetaling_aow"] = aow_end
    contract_end = case.employee.contract_end
    still_sick = last_sick_day is None or (
        contract_end is not None and contract_end <= last_sick_day
    )
    erd_zw_until = None
    if contract_end is not None and contract_end < last_day and still_sick:
        last_day, reason = contract_end, WageEndReason.EINDE_DIENSTVERBAND
        case_dates.pop("einde_loondoorbetaling_aow", None)
        if reached is not None and contract_end >= reached - timedelta(days=1):
            # No Ziektewet benefit past the AOW age (ZW art. 3 lid 1): no report to UWV,
            # no re-integratieverslag.
            case_dates["einde_dienstverband_aow"] = contract_end
        else:
            case_dates.update(_ziek_uit_dienst(case, first_sick_day, contract_end))
            if case.employer.zw_eigenrisicodrager:
                # Its duties run while it bears the Ziektewet benefit: up to the end of
                # the waiting period, or the day before the AOW age.
                erd_zw_until = end_of_waiting_period
                if reached is not None:
                    erd_zw_until = min(erd_zw_until, reached - timedelta(days=1))
    case_dates.update(_pregnancy_reports(chain.periods, case.leave_periods, contract_end, counter))
    return WageEnd(last_day, reason, wia_possible, case_dates, erd_zw_until)


def aow_wage_end(counter: SickDayCounter, reached: date) -> date:
    """The last day of wage at or past the AOW age (BW 7:629 lid 2): 6 weeks (13 for
    chains that began before 1 July 2023) of sickness, counted from and including the
    later of the first sick day and the AOW day ("geldt vanaf die datum"), in counted
    sick days like the 104 weeks (lid 10): D + 41 when the age came before the sickness,
    the AOW day + 41 when it came during it (+ 90 for 13 weeks)."""
    weeks = aow_wage_weeks(counter.first_day)
    sick_days_before = counter.counted_through(reached - timedelta(days=1))
    return counter.date_at(sick_days_before + weeks * 7 - 1)


def _ziek_uit_dienst(case: Case, first_sick_day: date, contract_end: date) -> dict[str, date]:
    """ZW art. 38 lid 2: the report "op de laatste werkdag voordat de dienstbetrekking
    eindigt"; by then the re-integratieverslag, when "ten minste zes weken" lie between
    the first sick day and that last working day, from an employer "die geen
    eigenrisicodrager is"; an eigenrisicodrager keeps guiding the former employee
    instead (ZW art. 63a lid 1)."""
    last_working_day = previous_working_day(contract_end)
    dates = {"einde_dienstverband": contract_end, "laatste_werkdag": last_working_day}
    if case.employer.zw_eigenrisicodrager:
        dates["reintegratie_erd_zw"] = contract_end + timedelta(days=1)
        return dates
    if (last_working_day - first_sick_day).days < RIV_ZIEKTEWET_VERKORT_DAYS:
        return dates
    # Its size follows UWV: short when the contract ends less than 10 weeks after D.
    if (contract_end - first_sick_day).days >= RIV_ZIEKTEWET_VOLLEDIG_DAYS:
        dates["riv_ziektewet"] = last_working_day
    else:
        dates["riv_ziektewet_verkort"] = last_working_day
    # UWV's practice: 2 weeks after its letter asking for it; without the letter's date,
    # counted from the last working day, the day of the report.
    letter = case.events.ziektewet_brief_uwv if case.events else None
    dates["riv_ziektewet_uwv"] = (letter or last_working_day) + timedelta(
        days=RIV_ZIEKTEWET_UPLOAD_DAYS
    )
    return dates


def _pregnancy_reports(
    chain: tuple[SickPeriod, ...],
    leave_periods: tuple[LeavePeriod, ...],
    contract_end: date | None,
    counter: SickDayCounter,
) -> dict[str, date]:
    """ZW art. 38a lid 3: pregnancy-related sickness is reported "uiterlijk op de eerste
    dag na zes weken": the 42nd counted sick day after its first sick day (index 42 when
    it is the chain's first day, D; fit days and leave push it back like every forward
    milestone, docs/law.md Scope), or on the contract's last day if that comes first.
    The chain's first pregnancy-related period is one claim (ZW art. 29a); the first
    later one with a leave period between them (sickness after the WAZO leave) is a
    claim of its own, even when it is joined to the chain: that period's first day
    outside the leave + 42."""
    pregnant = [period for period in chain if period.pregnancy_related]
    if not pregnant:
        return {}
    first = first_day_outside_leave(pregnant[0].start, leave_periods)
    due = counter.counted_after(first, PREGNANCY_REPORT_DAYS)
    if contract_end is not None and first <= contract_end < due:
        due = contract_end
    reports = {"ziekmelding_zwangerschap": due}
    after_leave = next(
        (
            period
            for period in pregnant[1:]
            if any(first < leave.start <= period.start for leave in leave_periods)
        ),
        None,
    )
    if after_leave is not None:
        start = first_day_outside_leave(after_leave.start, leave_periods)
        reports["ziekmelding_zwangerschap_na_verlof"] = _report_due(start, contract_end)
    return reports


def _report_due(start: date, contract_end: date | None) -> date:
    due = start + timedelta(days=PREGNANCY_REPORT_DAYS)
    if contract_end is not None and start <= contract_end < due:
        due = contract_end
    return due
