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
from .messages import MessageError, message
from .models import Case, Events, Problem
from .sickdays import ChainSplit, LeavePeriod, SickDayCounter, SickPeriod, split_chains


def check_case(case: Case) -> list[Problem]:
    """Every problem that keeps the engine from computing this case."""
    return checked(case)[0]


def period_problems(case: Case) -> list[Problem]:
    """The problems of the case's sick and leave periods on their own: order, overlap,
    an end before its start."""
    return _check_periods(case.sick_periods, "sick_periods") + _check_periods(
        case.leave_periods, "leave_periods"
    )


def checked(case: Case) -> tuple[list[Problem], ChainSplit | None, SickDayCounter | None]:
    """The problems of a case and, when its periods allow, its chains and sick-day
    counter, so that checking and computing share one pass."""
    problems = period_problems(case)
    if problems or not case.sick_periods:
        problems = problems or [Problem("sick_periods", message("no_sick_period"))]
        return problems, None, None
    split = split_chains(case.sick_periods, case.leave_periods)
    try:
        counter = SickDayCounter(split.current, case.leave_periods)
    except MessageError as error:
        return [Problem("sick_periods", error.said)], None, None
    first_sick_day = counter.first_day
    chain_start = case.sick_periods.index(split.current.periods[0])
    last_sick_day = split.current.last_sick_day
    if last_sick_day is not None and first_sick_day > last_sick_day:
        problem = Problem(
            f"sick_periods[{chain_start}]",
            message("no_counted_sick_days_pregnancy"),
        )
        return [problem], None, None
    if first_sick_day < MIN_FIRST_SICK_DAY:
        problems.append(
            Problem(
                f"sick_periods[{chain_start}].start",
                message(
                    "before_supported",
                    day=first_sick_day.isoformat(),
                    earliest=MIN_FIRST_SICK_DAY.isoformat(),
                ),
            )
        )
    if first_sick_day > MAX_FIRST_SICK_DAY:
        problems.append(
            Problem(
                f"sick_periods[{chain_start}].start",
                message(
                    "too_far_ahead",
                    day=first_sick_day.isoformat(),
                    latest=MAX_FIRST_SICK_DAY.isoformat(),
                ),
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
            message("before_first_sick_day", day=day.isoformat(), first=first_sick_day.isoformat()),
        )
        for name, day in events.all_dates().items()
        if day < first_sick_day
    ]
    for position, (earlier, later) in enumerate(pairwise(events.evaluaties), start=1):
        if later <= earlier:
            problems.append(
                Problem(
                    f"events.evaluaties[{position}]",
                    message(
                        "evaluations_out_of_order",
                        day=later.isoformat(),
                        previous=earlier.isoformat(),
                    ),
                )
            )
            break  # the first is enough to say what is wrong; a thousand are noise
    sent, received = events.wia_brief_uwv, events.wia_brief_uwv_ontvangen
    if received is not None and (sent is None or received < sent):
        said = (
            message("letter_received_not_sent")
            if sent is None
            else message(
                "letter_received_before_sent", day=received.isoformat(), sent=sent.isoformat()
            )
        )
        problems.append(Problem("events.wia_brief_uwv_ontvangen", said))
    return problems


def _check_extensions(case: Case, first_sick_day: date, end_of_104_weeks: date) -> list[Problem]:
    problems: list[Problem] = []
    verlenging = case.extensions.vrijwillige_verlenging_until
    earliest = end_of_104_weeks + timedelta(days=VERLENGING_MIN_DAYS)
    if verlenging is not None and verlenging < earliest:
        problems.append(
            Problem(
                "extensions.vrijwillige_verlenging_until",
                message(
                    "verlenging_too_short",
                    until=verlenging.isoformat(),
                    end=end_of_104_weeks.isoformat(),
                    earliest=earliest.isoformat(),
                ),
            )
        )
    sanction = case.extensions.loonsanctie
    if sanction is None:
        return problems
    if not 1 <= sanction.weeks <= LOONSANCTIE_MAX_WEEKS:
        problems.append(
            Problem(
                "extensions.loonsanctie.weeks",
                message("sanction_weeks_range", weeks=sanction.weeks, most=LOONSANCTIE_MAX_WEEKS),
            )
        )
    if sanction.decided < first_sick_day:
        problems.append(
            Problem(
                "extensions.loonsanctie.decided",
                message(
                    "before_first_sick_day",
                    day=sanction.decided.isoformat(),
                    first=first_sick_day.isoformat(),
                ),
            )
        )
    if sanction.herstel_decided is not None and sanction.herstel_decided < sanction.decided:
        problems.append(
            Problem(
                "extensions.loonsanctie.herstel_decided",
                message(
                    "herstel_decided_before_sanction",
                    day=sanction.herstel_decided.isoformat(),
                    decided=sanction.decided.isoformat(),
                ),
            )
        )
    reported = sanction.herstel_gemeld
    if reported is not None and reported < sanction.decided:
        problems.append(
            Problem(
                "extensions.loonsanctie.herstel_gemeld",
                message(
                    "herstel_reported_before_sanction",
                    day=reported.isoformat(),
                    decided=sanction.decided.isoformat(),
                ),
            )
        )
    decided = sanction.herstel_decided
    if reported is not None and decided is not None and decided < reported:
        problems.append(
            Problem(
                "extensions.loonsanctie.herstel_decided",
                message(
                    "herstel_decided_before_report",
                    day=decided.isoformat(),
                    reported=reported.isoformat(),
                ),
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
                message(
                    "born_not_before_first_sick_day",
                    day=born.isoformat(),
                    first=first_sick_day.isoformat(),
                ),
            )
        )
    contract_end = case.employee.contract_end
    if contract_end is not None and contract_end < first_sick_day:
        problems.append(
            Problem(
                "employee.contract_end",
                message(
                    "contract_end_before_first_sick_day",
                    day=contract_end.isoformat(),
                    first=first_sick_day.isoformat(),
                ),
            )
        )
    wage = case.employee.wage
    if wage is not None:
        if wage.amount <= 0:
            problems.append(
                Problem("employee.wage.amount", message("not_above_zero", amount=str(wage.amount)))
            )
        if wage.per not in DAYS_PER_PERIOD:
            problems.append(
                Problem(
                    "employee.wage.per",
                    message(
                        "not_a_wage_period", value=wage.per, periods=" | ".join(DAYS_PER_PERIOD)
                    ),
                )
            )
    percentages = case.employer.pay_percentage
    for name in ("year1", "year2"):
        value = getattr(percentages, name)
        if not STATUTORY_PAY_PERCENTAGE <= value <= 100:
            problems.append(
                Problem(
                    f"employer.pay_percentage.{name}",
                    message("pay_percentage_range", value=value, least=STATUTORY_PAY_PERCENTAGE),
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
            problems.append(Problem(f"{path}.end", message("open_period_not_last")))
        if end is not None and end < period.start:
            problems.append(
                Problem(
                    f"{path}.end",
                    message(
                        "end_before_start", end=end.isoformat(), start=period.start.isoformat()
                    ),
                )
            )
        if position and previous_end is not None and period.start <= previous_end:
            problems.append(
                Problem(
                    f"{path}.start",
                    message(
                        "periods_out_of_order",
                        start=period.start.isoformat(),
                        end=previous_end.isoformat(),
                    ),
                )
            )
        previous_end = end if end is not None else period.start
    return problems
