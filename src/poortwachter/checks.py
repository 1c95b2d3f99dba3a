"""What keeps the engine from computing a case: periods out of order or overlapping, a
first sick day outside the supported range, events before the first sick day,
extensions the law does not allow, dates of people that cannot be (docs/law.md,
"Scope"). Each problem names its key path.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from itertools import pairwise

from .law.terms import (
    DAYS_PER_PERIOD,
    LOONSANCTIE_MAX_WEEKS,
    MAX_FIRST_SICK_DAY,
    MIN_FIRST_SICK_DAY,
    STATUTORY_PAY_PERCENTAGE,
    VERLENGING_MIN_DAYS,
    WAITING_PERIOD_LAST_INDEX,
)
from .models import Case, Events, Problem
from .sickdays import ChainSplit, LeavePeriod, SickDayCounter, SickPeriod, split_chains


def check_case(case: Case) -> list[Problem]:
    """Every problem that keeps the engine from computing this case."""
    return checked(case)[0]


def checked(case: Case) -> tuple[list[Problem], ChainSplit | None, SickDayCounter | None]:
    """The problems of a case and, when its periods allow, its chains and sick-day
    counter, so that checking and computing share one pass."""
    problems = _check_periods(case.sick_periods, "sick_periods")
    problems += _check_periods(case.leave_periods, "leave_periods")
    if problems or not case.sick_periods:
        problems = problems or [Problem("sick_periods", "a case needs at least one sick period")]
        return problems, None, None
    split = split_chains(case.sick_periods, case.leave_periods)
    try:
        counter = SickDayCounter(split.current, case.leave_periods)
    except ValueError as error:
        return [Problem("sick_periods", str(error))], None, None
    first_sick_day = counter.first_day
    chain_start = case.sick_periods.index(split.current.periods[0])
    last_sick_day = split.current.last_sick_day
    if last_sick_day is not None and first_sick_day > last_sick_day:
        problem = Problem(
            f"sick_periods[{chain_start}]",
            "the chain has no counted sick days: every sick day is a leave day "
            "(sickness during pregnancy leave is a Ziektewet case, out of scope)",
        )
        return [problem], None, None
    if first_sick_day < MIN_FIRST_SICK_DAY:
        problems.append(
            Problem(
                f"sick_periods[{chain_start}].start",
                f"{first_sick_day.isoformat()} is before {MIN_FIRST_SICK_DAY.isoformat()}: "
                "the engine applies the terms in force since 1 July 2013 (WIA application "
                "in week 93, Verzamelwet SZW 2013), which hold only for first sick days "
                f"from {MIN_FIRST_SICK_DAY.isoformat()} on",
            )
        )
    if first_sick_day > MAX_FIRST_SICK_DAY:
        problems.append(
            Problem(
                f"sick_periods[{chain_start}].start",
                f"{first_sick_day.isoformat()} is after {MAX_FIRST_SICK_DAY.isoformat()}: "
                "a first sick day that far ahead is a typo",
            )
        )
    if case.events is not None:
        problems += _check_events(case.events, first_sick_day)
    end_of_104_weeks = counter.date_at(WAITING_PERIOD_LAST_INDEX)
    problems += _check_extensions(case, first_sick_day, end_of_104_weeks)
    problems += _check_people(case, first_sick_day)
    return problems, split, counter


def _check_events(events: Events, first_sick_day: date) -> list[Problem]:
    problems = [
        Problem(
            f"events.{name}",
            f"{day.isoformat()} is before the first sick day {first_sick_day.isoformat()}",
        )
        for name, day in events.all_dates().items()
        if day < first_sick_day
    ]
    for position, (earlier, later) in enumerate(pairwise(events.evaluaties), start=1):
        if later <= earlier:
            problems.append(
                Problem(
                    f"events.evaluaties[{position}]",
                    f"{later.isoformat()} is not after {earlier.isoformat()}: "
                    "list evaluations in order",
                )
            )
            break  # the first is enough to say what is wrong; a thousand are noise
    return problems


def _check_extensions(case: Case, first_sick_day: date, end_of_104_weeks: date) -> list[Problem]:
    problems: list[Problem] = []
    verlenging = case.extensions.vrijwillige_verlenging_until
    earliest = end_of_104_weeks + timedelta(days=VERLENGING_MIN_DAYS)
    if verlenging is not None and verlenging < earliest:
        problems.append(
            Problem(
                "extensions.vrijwillige_verlenging_until",
                f"{verlenging.isoformat()} is less than 13 weeks after the end of the "
                f"waiting period {end_of_104_weeks.isoformat()}: UWV extends by at least "
                f"13 weeks, so the earliest last day is {earliest.isoformat()} (WIA art. 24)",
            )
        )
    sanction = case.extensions.loonsanctie
    if sanction is None:
        return problems
    if not 1 <= sanction.weeks <= LOONSANCTIE_MAX_WEEKS:
        problems.append(
            Problem(
                "extensions.loonsanctie.weeks",
                f"{sanction.weeks} is outside 1 to {LOONSANCTIE_MAX_WEEKS} (WIA art. 25 lid 9)",
            )
        )
    if sanction.decided < first_sick_day:
        problems.append(
            Problem(
                "extensions.loonsanctie.decided",
                f"{sanction.decided.isoformat()} is before the first sick day "
                f"{first_sick_day.isoformat()}",
            )
        )
    if sanction.herstel_decided is not None and sanction.herstel_decided < sanction.decided:
        problems.append(
            Problem(
                "extensions.loonsanctie.herstel_decided",
                f"{sanction.herstel_decided.isoformat()} is before the loonsanctie decision "
                f"{sanction.decided.isoformat()}: bekorting follows the sanction",
            )
        )
    reported = sanction.herstel_gemeld
    if reported is not None and reported < sanction.decided:
        problems.append(
            Problem(
                "extensions.loonsanctie.herstel_gemeld",
                f"{reported.isoformat()} is before the loonsanctie decision "
                f"{sanction.decided.isoformat()}: the repair is reported after the sanction "
                "(WIA art. 25 lid 12)",
            )
        )
    decided = sanction.herstel_decided
    if reported is not None and decided is not None and decided < reported:
        problems.append(
            Problem(
                "extensions.loonsanctie.herstel_decided",
                f"{decided.isoformat()} is before the report of the repair "
                f"{reported.isoformat()}: UWV decides after it (WIA art. 25 lid 13)",
            )
        )
    return problems


def _check_people(case: Case, first_sick_day: date) -> list[Problem]:
    problems: list[Problem] = []
    born = case.employee.date_of_birth
    if born is not None and born >= first_sick_day:
        problems.append(
            Problem(
                "employee.date_of_birth",
                f"{born.isoformat()} is not before the first sick day {first_sick_day.isoformat()}",
            )
        )
    contract_end = case.employee.contract_end
    if contract_end is not None and contract_end < first_sick_day:
        problems.append(
            Problem(
                "employee.contract_end",
                f"{contract_end.isoformat()} is before the first sick day "
                f"{first_sick_day.isoformat()}: the employer pays wage during sickness only "
                "while the contract runs (after it, UWV's Ziektewet, out of scope)",
            )
        )
    wage = case.employee.wage
    if wage is not None:
        if wage.amount <= 0:
            problems.append(Problem("employee.wage.amount", f"{wage.amount} is not above 0"))
        if wage.per not in DAYS_PER_PERIOD:
            problems.append(
                Problem(
                    "employee.wage.per",
                    f"{wage.per} is not a wage period (use {' | '.join(DAYS_PER_PERIOD)})",
                )
            )
    percentages = case.employer.pay_percentage
    for name in ("year1", "year2"):
        value = getattr(percentages, name)
        if not STATUTORY_PAY_PERCENTAGE <= value <= 100:
            problems.append(
                Problem(
                    f"employer.pay_percentage.{name}",
                    f"{value} is outside {STATUTORY_PAY_PERCENTAGE} to 100 "
                    f"(at least {STATUTORY_PAY_PERCENTAGE}%, BW 7:629 lid 1)",
                )
            )
    return problems


def _check_periods(periods: Sequence[SickPeriod | LeavePeriod], key: str) -> list[Problem]:
    """Periods in order, without overlap, each ending on or after its start."""
    problems: list[Problem] = []
    previous_end: date | None = None
    for position, period in enumerate(periods):
        path = f"{key}[{position}]"
        end = period.end
        if end is None and position != len(periods) - 1:
            problems.append(Problem(f"{path}.end", "missing: only the last period may be open"))
        if end is not None and end < period.start:
            problems.append(
                Problem(
                    f"{path}.end",
                    f"{end.isoformat()} is before the start {period.start.isoformat()}",
                )
            )
        if position and previous_end is not None and period.start <= previous_end:
            problems.append(
                Problem(
                    f"{path}.start",
                    f"{period.start.isoformat()} is not after the previous period's end "
                    f"{previous_end.isoformat()}: list periods in order, without overlap",
                )
            )
        previous_end = end if end is not None else period.start
    return problems
