"""Hypothesis strategies: random but valid cases, built the way case files are."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import assume
from hypothesis import strategies as st

from poortwachter.checks import check_case
from poortwachter.models import EVENT_DATE_FIELDS, Case, Events
from poortwachter.sickdays import LeavePeriod, SickPeriod

CAUSES = st.sampled_from([None, "knie", "rug"])


@st.composite
def cases(draw: st.DrawFn, max_periods: int = 5) -> Case:
    """One to ``max_periods`` sick periods with gaps of 0-60 days, sometimes leave."""
    cursor = draw(st.dates(date(2012, 1, 1), date(2040, 12, 31)))
    count = draw(st.integers(1, max_periods))
    periods: list[SickPeriod] = []
    for position in range(count):
        last = position == count - 1
        length = draw(st.integers(1, 400))
        end = None if last and draw(st.booleans()) else cursor + timedelta(days=length - 1)
        periods.append(
            SickPeriod(
                cursor,
                end,
                draw(CAUSES),
                pregnancy_related=draw(st.booleans()),
                same_cause_as_previous=draw(st.sampled_from([None, True, False])),
            )
        )
        if end is not None and not last:
            cursor = end + timedelta(days=draw(st.integers(0, 60)) + 1)
    leaves: tuple[LeavePeriod, ...] = ()
    if draw(st.booleans()):
        leave_start = periods[0].start + timedelta(days=draw(st.integers(0, 700)))
        leaves = (
            LeavePeriod(leave_start, leave_start + timedelta(days=draw(st.integers(0, 130)))),
        )
    events = None
    if draw(st.booleans()):
        offset = draw(st.integers(0, 90))
        events = Events(probleemanalyse=periods[0].start + timedelta(days=offset))
    the_case = Case(sick_periods=tuple(periods), leave_periods=leaves, events=events, case_id="H")
    if check_case(the_case):
        # An event before the current chain's first sick day, or no counted days: drop
        # the event; a case that is still invalid is not drawn.
        the_case = Case(sick_periods=tuple(periods), leave_periods=leaves, case_id="H")
    assume(not check_case(the_case))
    return the_case


def as_of_dates() -> st.SearchStrategy[date]:
    return st.dates(date(2012, 1, 1), date(2046, 12, 31))


@st.composite
def full_cases(draw: st.DrawFn) -> Case:
    """Valid cases with random events, extensions, wage and employer."""
    from decimal import Decimal

    from poortwachter.checks import check_case
    from poortwachter.models import (
        Employee,
        Employer,
        ExtensionsInput,
        Loonsanctie,
        PayPercentage,
        Wage,
    )
    from poortwachter.sickdays import SickDayCounter, split_chains

    base = draw(cases(max_periods=3))
    chain = split_chains(base.sick_periods, base.leave_periods).current
    counter = SickDayCounter(chain, base.leave_periods)
    first = counter.first_day
    end = counter.date_at(727)

    def some_day() -> date:
        return first + timedelta(days=draw(st.integers(0, 900)))

    values: dict[str, object] = {
        name: some_day() for name in EVENT_DATE_FIELDS if draw(st.booleans())
    }
    evaluations = sorted({some_day() for _ in range(draw(st.integers(0, 5)))})
    values["evaluaties"] = tuple(evaluations)
    if draw(st.booleans()):
        values["casemanager"] = "C"
    events = Events(**values)  # type: ignore[arg-type]
    verlenging = end + timedelta(days=draw(st.integers(91, 300))) if draw(st.booleans()) else None
    sanction = None
    if draw(st.booleans()):
        # Decided before, on or after the end (lid 11: after it, no effect).
        decided = end + timedelta(days=draw(st.integers(-100, 30)))
        reported = (
            decided + timedelta(days=draw(st.integers(0, 200))) if draw(st.booleans()) else None
        )
        herstel = (
            (reported or decided) + timedelta(days=draw(st.integers(0, 100)))
            if draw(st.booleans())
            else None
        )
        sanction = Loonsanctie(draw(st.integers(1, 52)), decided, herstel, reported)
    wage = (
        Wage(
            Decimal(draw(st.integers(50, 20_000))),
            draw(st.sampled_from(["day", "week", "4weeks", "month", "year"])),
        )
        if draw(st.booleans())
        else None
    )
    born = first - timedelta(days=draw(st.integers(16 * 365, 70 * 365)))
    the_case = Case(
        sick_periods=base.sick_periods,
        leave_periods=base.leave_periods,
        events=events,
        case_id="F",
        employee=Employee(
            date_of_birth=born if draw(st.booleans()) else None,
            wage=wage,
            contract_end=first + timedelta(days=draw(st.integers(0, 800)))
            if draw(st.booleans())
            else None,
        ),
        employer=Employer(
            wga_eigenrisicodrager=draw(st.booleans()),
            pay_percentage=PayPercentage(draw(st.integers(70, 100)), draw(st.integers(70, 100))),
        ),
        extensions=ExtensionsInput(vrijwillige_verlenging_until=verlenging, loonsanctie=sanction),
    )
    assume(not check_case(the_case))
    return the_case
