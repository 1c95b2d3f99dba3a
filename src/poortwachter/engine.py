"""The rules engine: a case and an ``as_of`` date in, a timeline out.

Pure: no clock, no files, no printing. It reads the rule table of ``rules.py`` and the
counting of ``sickdays.py``; every date it gives follows rules.md.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .calendar_nl import next_working_day
from .models import (
    Case,
    CaseError,
    ChainReport,
    EarlierChain,
    Milestone,
    Problem,
    Status,
    Timeline,
)
from .rules import (
    DUE_SOON_DAYS,
    MIN_FIRST_SICK_DAY,
    RULES,
    WAITING_PERIOD_LAST_INDEX,
    AfterEvent,
    Every,
    FromEnd,
    MilestoneRule,
    SickDay,
)
from .sickdays import (
    ChainSplit,
    LeavePeriod,
    SickDayCounter,
    SickPeriod,
    last_joined_relapse_day,
    leave_days_between,
    split_chains,
)

#: Milestones whose UWV practice date is the next working day (rules.md section 1).
_NEXT_WORKING_DAY_PRACTICE = frozenset({"ziekmelding_uwv"})

#: Each rule's basis as text and links, built once: they do not depend on the case.
_BASIS = {rule.id: (rule.basis_text, rule.basis_urls) for rule in RULES}


def check_case(case: Case) -> list[Problem]:
    """Every problem that keeps the engine from computing this case."""
    problems = _check_periods(case.sick_periods, "sick_periods")
    problems += _check_periods(case.leave_periods, "leave_periods")
    if problems or not case.sick_periods:
        return problems or [Problem("sick_periods", "a case needs at least one sick period")]
    split = split_chains(case.sick_periods, case.leave_periods)
    try:
        first_sick_day = SickDayCounter(split.current, case.leave_periods).first_day
    except ValueError as error:
        return [Problem("sick_periods", str(error))]
    chain_start = case.sick_periods.index(split.current.periods[0])
    last_sick_day = split.current.last_sick_day
    if last_sick_day is not None and first_sick_day > last_sick_day:
        return [
            Problem(
                f"sick_periods[{chain_start}]",
                "the chain has no counted sick days: every sick day is a leave day "
                "(sickness during pregnancy leave is a Ziektewet case, out of scope)",
            )
        ]
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
    recorded = case.events.recorded() if case.events else {}
    for name, day in recorded.items():
        if day < first_sick_day:
            problems.append(
                Problem(
                    f"events.{name}",
                    f"{day.isoformat()} is before the first sick day {first_sick_day.isoformat()}",
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


@dataclass(frozen=True, slots=True)
class _Context:
    counter: SickDayCounter
    waiting_period_end: date
    recorded: dict[str, date]
    records_events: bool
    last_sick_day: date | None
    as_of: date


def compute_timeline(case: Case, as_of: date) -> Timeline:
    """The case's timeline on ``as_of``: every milestone, its status, the chain."""
    problems = check_case(case)
    if problems:
        raise CaseError(problems)
    split = split_chains(case.sick_periods, case.leave_periods)
    chain = split.current
    counter = SickDayCounter(chain, case.leave_periods)
    waiting_period_end = counter.date_at(WAITING_PERIOD_LAST_INDEX)
    context = _Context(
        counter=counter,
        waiting_period_end=waiting_period_end,
        recorded=case.events.recorded() if case.events else {},
        records_events=case.events is not None,
        last_sick_day=chain.last_sick_day,
        as_of=as_of,
    )
    milestones = _milestones(context)
    return Timeline(
        case_id=case.case_id,
        as_of=as_of,
        first_sick_day=counter.first_day,
        einde_wachttijd=waiting_period_end,
        ingang_wia=waiting_period_end + timedelta(days=1),
        counted_sick_days=counter.counted_through(as_of),
        sick_week=counter.week_of(as_of),
        milestones=milestones,
        chain=_chain_report(split, case.leave_periods, counter.first_day, waiting_period_end),
    )


def _milestones(context: _Context) -> tuple[Milestone, ...]:
    due_by_id: dict[str, date] = {}
    found: list[tuple[date, int, Milestone]] = []
    for position, rule in enumerate(RULES):
        for milestone in _milestones_of_rule(rule, context, due_by_id):
            found.append((milestone.due, position, milestone))
    # Chronological; on the same day, in the order of the rule table.
    found.sort(key=lambda item: (item[0], item[1], item[2].occurrence or 0))
    return tuple(milestone for _, _, milestone in found)


def _milestones_of_rule(
    rule: MilestoneRule, context: _Context, due_by_id: dict[str, date]
) -> Iterator[Milestone]:
    anchor = rule.due
    if isinstance(anchor, Every):
        # The series starts at the earlier milestone: its recorded date, else its due date.
        start = context.recorded.get(anchor.after, due_by_id[anchor.after])
        occurrence = 1
        due = start + timedelta(days=anchor.days)
        while due <= context.waiting_period_end:
            if rule.applies_to(due):
                yield _milestone(rule, due, context, occurrence)
            occurrence += 1
            due += timedelta(days=anchor.days)
        return
    due = _due_date(anchor, context)
    due_by_id[rule.id] = due
    if rule.applies_to(due):
        yield _milestone(rule, due, context, None)


def _due_date(anchor: SickDay | FromEnd | AfterEvent, context: _Context) -> date:
    if isinstance(anchor, SickDay):
        return context.counter.date_at(anchor.index)
    if isinstance(anchor, FromEnd):
        return context.waiting_period_end + timedelta(days=anchor.days)
    recorded = context.recorded.get(anchor.event)
    if recorded is not None:
        return recorded + timedelta(days=anchor.days)
    return context.counter.date_at(anchor.fallback.index)


def _milestone(
    rule: MilestoneRule, due: date, context: _Context, occurrence: int | None
) -> Milestone:
    done_on = context.recorded.get(rule.event) if rule.event else None
    basis, basis_urls = _BASIS[rule.id]
    practice_date = None
    if rule.id in _NEXT_WORKING_DAY_PRACTICE:
        working_day = next_working_day(due)
        practice_date = working_day if working_day != due else None
    return Milestone(
        id=rule.id,
        occurrence=occurrence,
        due=due,
        window_start=(
            context.counter.date_at(rule.window_start.index) if rule.window_start else None
        ),
        week=context.counter.week_of(due),
        kind=rule.kind,
        status=_status(rule, due, done_on, context),
        done_on=done_on,
        practice_date=practice_date,
        basis=basis,
        basis_urls=basis_urls,
    )


def _status(rule: MilestoneRule, due: date, done_on: date | None, context: _Context) -> Status:
    """rules.md section 3, "Status of a milestone on an as_of date"."""
    if done_on is not None:
        return Status.DONE if done_on <= due else Status.LATE
    if context.last_sick_day is not None and due > context.last_sick_day:
        return Status.LAPSED
    if due < context.as_of:
        trackable = rule.event is not None and context.records_events
        return Status.OVERDUE if trackable else Status.PASSED
    if (due - context.as_of).days <= DUE_SOON_DAYS:
        return Status.DUE_SOON
    return Status.UPCOMING


def _chain_report(
    split: ChainSplit,
    leave_periods: tuple[LeavePeriod, ...],
    first_sick_day: date,
    waiting_period_end: date,
) -> ChainReport:
    chain = split.current
    relevant_leave = tuple(
        leave
        for leave in leave_periods
        if leave.end >= first_sick_day and leave.start <= waiting_period_end
    )
    last_sick_day = chain.last_sick_day
    return ChainReport(
        periods=chain.periods,
        gaps=chain.gaps,
        leave_periods=relevant_leave,
        leave_days_skipped=leave_days_between(first_sick_day, waiting_period_end, leave_periods),
        last_sick_day=last_sick_day,
        relapse_joined_until=(
            last_joined_relapse_day(last_sick_day, leave_periods) if last_sick_day else None
        ),
        earlier_chains=tuple(
            EarlierChain(
                first_day=earlier.first_day,
                last_sick_day=earlier.last_sick_day or earlier.first_day,
                separated_by=gap,
            )
            for earlier, gap in zip(split.chains, split.separations, strict=False)
        ),
    )
