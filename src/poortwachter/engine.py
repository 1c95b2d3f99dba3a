"""The rules engine: a case and an ``as_of`` date in, a timeline out.

Pure: no clock, no files, no printing. It reads the rule table of ``rules.py`` and the
counting of ``sickdays.py``; every date it gives follows docs/law.md.
"""

from collections.abc import Iterator
from datetime import date, timedelta
from typing import NamedTuple

from .extensions import LateLetter, waiting_period_ends
from .known import checked_as_known
from .law.calendar import is_working_day, next_working_day
from .law.milestones import (
    RULES,
    RULES_BY_ID,
    AfterEvent,
    CaseDate,
    End,
    Every,
    FromEnd,
    Kind,
    MilestoneRule,
    SickDay,
)
from .law.terms import (
    DUE_SOON_DAYS,
    WAITING_PERIOD_LAST_INDEX,
)
from .messages import Message, message
from .models import (
    EVENT_DATE_LISTS,
    Case,
    ChainReport,
    EarlierChain,
    Milestone,
    Status,
    Timeline,
)
from .sickdays import (
    ChainSplit,
    LeavePeriod,
    SickDayCounter,
    last_joined_relapse_day,
    leave_days_between,
)
from .wage_end import WageEnd, WageEndReason, wage_end

#: Each rule's basis as text and links, built once: they do not depend on the case.
_BASIS = {rule.id: (rule.basis_text, rule.basis_urls) for rule in RULES}

_WIA_AANVRAAG = RULES_BY_ID["wia_aanvraag"]


class _Context(NamedTuple):
    on_time_until: dict[str, date]
    """Milestones that count as on time past their due date by an excuse in the case
    (WIA art. 64 lid 6 for a late letter from UWV), by id."""
    shown_until: dict[str, date]
    """Of those, the date to act by shown to people where it is earlier than the excuse:
    the safe date when the letter's receipt is assumed (docs/law.md section 4)."""
    counter: SickDayCounter
    ends: dict[End, date]
    recorded: dict[str, date]
    recorded_series: dict[str, tuple[date, ...]]
    records_events: bool
    last_sick_day: date | None
    as_of: date
    wage: WageEnd
    """The end of wage payment: later steps lapse when AOW age or the end of the
    contract ends it early (docs/law.md, Scope)."""


def compute_timeline(case: Case, as_of: date) -> Timeline:
    """The case's timeline on ``as_of``: every milestone, its status, the chain and the
    extensions that moved the end of the waiting period."""
    return timeline_and_counter(case, as_of)[0]


def timeline_and_counter(case: Case, as_of: date) -> tuple[Timeline, SickDayCounter, Case]:
    """The timeline, the sick-day counter of its chain for further questions, and the
    case as known on ``as_of`` (docs/law.md section 4a: what is dated after it is left
    out), which the timeline judged."""
    case, left_out, split, counter = checked_as_known(case, as_of)
    chain = split.current
    recorded = case.events.recorded() if case.events else {}
    _drop_records_before_window(recorded, counter)
    if case.extensions.loonsanctie is not None:
        # UWV's decision records its own term (WIA art. 25 lid 10): done, or late.
        recorded["loonsanctie_beschikking"] = case.extensions.loonsanctie.decided
    moved = waiting_period_ends(counter, recorded, case.extensions, case.leave_periods)
    ends, extensions = moved.ends, moved.extensions
    on_time_until, shown_until = {}, {}
    if moved.application_on_time_until is not None:
        on_time_until["wia_aanvraag"] = moved.application_on_time_until
        letter = moved.letter
        if letter is not None and letter.received_assumed:
            shown_until["wia_aanvraag"] = letter.safe_until
    final_end = ends[End.FINAL]
    wage = wage_end(case, chain, counter, final_end)
    context = _Context(
        wage=wage,
        on_time_until=on_time_until,
        shown_until=shown_until,
        counter=counter,
        ends=ends,
        recorded=recorded,
        recorded_series=(
            {name: getattr(case.events, name) for name in EVENT_DATE_LISTS} if case.events else {}
        ),
        records_events=case.records_events,
        last_sick_day=chain.last_sick_day,
        as_of=as_of,
    )
    # docs/law.md section 2, "The count on a date": after a recovery the count stands still
    # at the chain's last sick day.
    counted_until = as_of if chain.last_sick_day is None else min(as_of, chain.last_sick_day)
    timeline = Timeline(
        case_id=case.case_id,
        as_of=as_of,
        first_sick_day=counter.first_day,
        einde_wachttijd=final_end,
        ingang_wia=final_end + timedelta(days=1) if wage.wia_possible else None,
        einde_loondoorbetaling=wage.last_day,
        einde_loondoorbetaling_grond=wage.reason,
        einde_104_weken=counter.date_at(WAITING_PERIOD_LAST_INDEX),
        counted_sick_days=counter.counted_through(counted_until),
        sick_week=counter.week_of(counted_until),
        milestones=_milestones(context),
        extensions=extensions,
        chain=_chain_report(split, case.leave_periods, counter.first_day, final_end),
        employee_name=case.employee.name,
        casemanager=case.events.casemanager if case.events else None,
        records_after_as_of=left_out,
        notes=_notes(counter.first_day, left_out, as_of, moved.letter),
    )
    return timeline, counter, case


def _notes(
    first_sick_day: date, left_out: int, as_of: date, letter: LateLetter | None
) -> tuple[Message, ...]:
    """What people should know about this judgment (docs/law.md sections 2, 4 and 4a)."""
    notes = []
    if left_out:
        notes.append(message("note_records_after_as_of", count=left_out, as_of=as_of))
    if not is_working_day(first_sick_day):
        # WIA art. 23 lid 2: the first day the employee did not work because of sickness,
        # so a day the employee would have worked; a weekend or holiday may be a typo.
        notes.append(message("note_first_sick_day_not_working_day", day=first_sick_day))
    if letter is not None and letter.received_assumed:
        notes.append(
            message(
                "note_wia_letter_receipt_assumed",
                sent=letter.sent,
                received=letter.received,
                until=letter.until,
                safe=letter.safe_until,
            )
        )
    return tuple(notes)


#: The rules whose step does not count when recorded before its window.
_NOT_BEFORE_WINDOW = tuple(rule for rule in RULES if rule.not_before_window)


def _drop_records_before_window(recorded: dict[str, date], counter: SickDayCounter) -> None:
    """Leave out a record of a step held before its window: an eerstejaarsevaluatie
    before week 46 is no first-year evaluation, for its own milestone nor for the
    decision on spoor 2 taken at it (docs/law.md section 3; the finding is
    ``detection.py``'s)."""
    for rule in _NOT_BEFORE_WINDOW:
        assert rule.window_start is not None
        opens = counter.date_at(rule.window_start.index)
        for name in rule.events:
            if name in recorded and recorded[name] < opens:
                del recorded[name]


def _from_end(rule: MilestoneRule, end: date) -> date:
    assert isinstance(rule.due, FromEnd)
    return end + timedelta(days=rule.due.days)


def _milestones(context: _Context) -> tuple[Milestone, ...]:
    if _follows_the_plan(context):
        return _planned_milestones(context)
    return _worked_milestones(context)


def _worked_milestones(context: _Context) -> tuple[Milestone, ...]:
    """Every milestone worked out rule by rule: any chain, events, extensions."""
    due_by_id: dict[str, date] = {}
    found: list[tuple[date, int, int, Milestone]] = []
    for position, rule in enumerate(RULES):
        anchor = rule.due
        if isinstance(anchor, Every):
            for milestone in _series(rule, anchor, context, due_by_id):
                found.append((milestone.due, position, milestone.occurrence or 0, milestone))
            continue
        if isinstance(anchor, CaseDate):
            case_due = context.wage.case_dates.get(anchor.key)
            if case_due is None:
                continue  # the case does not bring this step
            due = case_due
        else:
            due = _due_date(anchor, context)
        due_by_id[rule.id] = due
        if rule.applies_to(due):
            done_on = _done_on(rule.events, context.recorded)
            found.append((due, position, 0, _milestone(rule, due, context, None, done_on)))
    # Chronological; on the same day, in the order of the rule table (the first three
    # items are unique, so the milestones themselves are never compared).
    found.sort()
    return tuple(item[3] for item in found)


def _follows_the_plan(context: _Context) -> bool:
    """Whether every milestone lies a fixed number of days after the first sick day:
    one uninterrupted run of sick days (no leave, no gap), nothing recorded, no
    extension and no date of the case's own that ends the wage payment early. Then
    ``_PLAN`` gives the milestones in order, and only their statuses and UWV's practice
    dates are left to work out (issue 12: the common single-period case)."""
    if context.recorded or context.on_time_until or not context.counter.is_one_run:
        return False
    if any(context.recorded_series.values()):
        return False
    wage, ends = context.wage, context.ends
    end = context.counter.date_at(WAITING_PERIOD_LAST_INDEX)
    return (
        ends[End.SCHEDULED] == end
        and ends[End.BEFORE_SANCTION] == end
        and ends[End.FINAL] == end
        and wage.last_day == end
        and wage.reason is WageEndReason.EINDE_WACHTTIJD
        and wage.wia_possible
        and not wage.case_dates
    )


class _Planned(NamedTuple):
    """One milestone of ``_PLAN``: its rule's facts, with days counted from ``D``. A
    tuple, so that the loop over the plan unpacks it in one step."""

    days: timedelta
    """The due date's distance from the first sick day."""
    week: int
    id: str
    occurrence: int | None
    window_days: timedelta | None
    kind: Kind
    basis: str
    basis_urls: tuple[str, ...]
    valid_from: date
    valid_until: date
    """The rule's ``valid_until``, ``date.max`` when open."""
    uwv_next_working_day: bool
    late_days: timedelta | None
    trackable: bool
    """Overdue rather than passed once its day is gone, when the case records events."""


def _plan() -> tuple[_Planned, ...]:
    """The milestones of a chain that follows the plan (``_follows_the_plan``), in the
    order of ``_worked_milestones``: the same anchors, with every date an index from the
    first sick day, index 727 the last day of the waiting period (docs/law.md section 4).
    Made once per rule table (a test may put another in place)."""
    global _PLAN
    rules, basis, plan = _PLAN
    if rules is not RULES or basis is not _BASIS:
        plan = _make_plan()
        _PLAN = (RULES, _BASIS, plan)
    return plan


def _make_plan() -> tuple[_Planned, ...]:
    end = WAITING_PERIOD_LAST_INDEX
    due_by_id: dict[str, int] = {}
    found: list[tuple[int, int, int, _Planned]] = []
    for position, rule in enumerate(RULES):
        anchor = rule.due
        if isinstance(anchor, CaseDate):
            continue  # a date the case brings: not in a case that follows the plan
        if isinstance(anchor, Every):
            days = due_by_id[anchor.after] + anchor.days
            occurrence = 0
            while days <= end:
                occurrence += 1
                found.append((days, position, occurrence, _planned(rule, days, occurrence)))
                days += anchor.days
            continue
        if isinstance(anchor, SickDay):
            days = anchor.index
        elif isinstance(anchor, FromEnd):
            days = end + anchor.days
        else:
            days = anchor.fallback.index  # AfterEvent: nothing is recorded
        assert days >= 0, f"{rule.id} falls before the first sick day"
        due_by_id[rule.id] = days
        found.append((days, position, 0, _planned(rule, days, None)))
    found.sort(key=lambda item: item[:3])
    return tuple(item[3] for item in found)


def _planned(rule: MilestoneRule, days: int, occurrence: int | None) -> _Planned:
    basis, basis_urls = _BASIS[rule.id]
    window = rule.window_start
    late = rule.late_after
    return _Planned(
        days=timedelta(days=days),
        week=days // 7 + 1,
        id=rule.id,
        occurrence=occurrence,
        window_days=None if window is None else timedelta(days=window.index),
        kind=rule.kind,
        basis=basis,
        basis_urls=basis_urls,
        valid_from=rule.valid_from,
        valid_until=date.max if rule.valid_until is None else rule.valid_until,
        uwv_next_working_day=rule.uwv_next_working_day,
        late_days=None if late is None else timedelta(days=late.index),
        trackable=bool(rule.events or isinstance(rule.due, Every)) and rule.kind is not Kind.INFO,
    )


_PLAN: tuple[object, object, tuple[_Planned, ...]] = (None, None, ())


def _planned_milestones(context: _Context) -> tuple[Milestone, ...]:
    """``_worked_milestones`` for a case that follows the plan: the dates are the first
    sick day plus the plan's days; the statuses are those of ``_status`` for a step
    nobody recorded (a test holds the two ways equal on generated cases)."""
    first = context.counter.first_day
    as_of = context.as_of
    soon_days = timedelta(days=DUE_SOON_DAYS)
    soon = as_of + soon_days if as_of <= date.max - soon_days else date.max
    last_sick_day = context.last_sick_day
    records_events = context.records_events
    milestones: list[Milestone] = []
    append = milestones.append
    for (
        days,
        week,
        milestone_id,
        occurrence,
        window_days,
        kind,
        basis,
        basis_urls,
        valid_from,
        valid_until,
        uwv_next_working_day,
        late_days,
        trackable,
    ) in _plan():
        due = first + days
        if not valid_from <= due <= valid_until:
            continue
        practice_date = None
        on_time_until = due
        if uwv_next_working_day:
            working_day = next_working_day(due)
            if working_day != due:
                practice_date = on_time_until = working_day
        if late_days is not None:
            on_time_until = max(on_time_until, first + late_days)
        if last_sick_day is not None and due > last_sick_day:
            status = _LAPSED
        elif on_time_until < as_of:
            status = _OVERDUE if trackable and records_events else _PASSED
        elif due <= soon:
            status = _DUE_SOON
        else:
            status = _UPCOMING
        append(
            _new_tuple(
                Milestone,
                (
                    milestone_id,
                    occurrence,
                    due,
                    None if window_days is None else first + window_days,
                    week,
                    kind,
                    status,
                    None,
                    practice_date,
                    basis,
                    basis_urls,
                    on_time_until if on_time_until > due else None,
                ),
            )
        )
    return tuple(milestones)


def _done_on(events: tuple[str, ...], recorded: dict[str, date]) -> date | None:
    """The earliest recorded date of the events that record a milestone."""
    if len(events) == 1:
        return recorded.get(events[0])
    return min((recorded[name] for name in events if name in recorded), default=None)


def _series(
    rule: MilestoneRule, anchor: Every, context: _Context, due_by_id: dict[str, date]
) -> Iterator[Milestone]:
    """Recorded occurrences, each due ``anchor.days`` counted sick days after the one
    before, then the open ones up to the final end. Counted like every forward
    milestone: fit days and leave days push the series back (docs/law.md section 3)."""
    counter = context.counter
    previous = context.recorded.get(anchor.after, due_by_id[anchor.after])
    occurrence = 0
    for done_on in context.recorded_series.get(anchor.recorded_as, ()):
        occurrence += 1
        due = counter.counted_after(previous, anchor.days)
        if rule.applies_to(due):
            yield _milestone(rule, due, context, occurrence, done_on)
        previous = done_on
    # The open ones: the index after the last one, then every ``anchor.days`` indexes.
    index = counter.counted_through(previous) + anchor.days - 1
    due = counter.date_at(index)
    wage = context.wage
    owed_until = wage.last_day if wage.erd_zw_until is None else wage.erd_zw_until
    final_end = min(context.ends[End.FINAL], max(wage.last_day, owed_until))
    while due <= final_end:
        occurrence += 1
        if rule.applies_to(due):
            yield _milestone(rule, due, context, occurrence, None)
        index += anchor.days
        due = counter.date_at(index)


def _due_date(anchor: SickDay | FromEnd | AfterEvent, context: _Context) -> date:
    if isinstance(anchor, SickDay):
        return context.counter.date_at(anchor.index)
    if isinstance(anchor, FromEnd):
        return context.ends[anchor.end] + timedelta(days=anchor.days)
    recorded = context.recorded.get(anchor.event)
    if recorded is not None:
        return recorded + timedelta(days=anchor.days)
    return context.counter.date_at(anchor.fallback.index)


def _milestone(
    rule: MilestoneRule,
    due: date,
    context: _Context,
    occurrence: int | None,
    done_on: date | None,
) -> Milestone:
    basis, basis_urls = _BASIS[rule.id]
    practice_date = None
    on_time_until = due
    if rule.uwv_next_working_day:
        working_day = next_working_day(due)
        if working_day != due:
            # Done on UWV's practice date is on time (docs/law.md section 3).
            practice_date = on_time_until = working_day
    if rule.late_after is not None:
        on_time_until = max(on_time_until, context.counter.date_at(rule.late_after.index))
    shown_until = on_time_until
    excused_until = context.on_time_until.get(rule.id)
    if excused_until is not None:
        on_time_until = max(on_time_until, excused_until)
        # The date to act by shown to people: with the letter's receipt assumed, the
        # safe one (docs/law.md section 4).
        shown_until = max(shown_until, context.shown_until.get(rule.id, excused_until))
    window = rule.window_start
    window_day = context.recorded.get(rule.window_event) if rule.window_event else None
    if window_day is None and window is not None:
        window_day = context.counter.date_at(window.index)
    # In Milestone's field order; tests compare with Milestone(...) built the usual way.
    return _new_tuple(
        Milestone,
        (
            rule.id,
            occurrence,
            due,
            window_day,
            context.counter.week_of(due),
            rule.kind,
            _status(rule, due, on_time_until, done_on, context),
            done_on,
            practice_date,
            basis,
            basis_urls,
            shown_until if shown_until > due else None,
        ),
    )


def _status(
    rule: MilestoneRule, due: date, on_time_until: date, done_on: date | None, context: _Context
) -> Status:
    """docs/law.md section 3, "Status of a milestone on an as_of date". ``on_time_until`` is
    the last day the step counts as on time: the due date, or later where the rule's
    wording or UWV's practice date allows it."""
    if done_on is not None:
        return _DONE if done_on <= on_time_until else _LATE
    if context.last_sick_day is not None and due > context.last_sick_day:
        return _LAPSED
    if _no_longer_the_employers(rule, due, context.wage):
        return _LAPSED
    if on_time_until < context.as_of:
        # UWV's own terms and other facts (kind info) are never the employer's to miss.
        trackable = (
            bool(rule.events or isinstance(rule.due, Every))
            and context.records_events
            and rule.kind is not Kind.INFO
        )
        return _OVERDUE if trackable else _PASSED
    if (due - context.as_of).days <= DUE_SOON_DAYS:
        return _DUE_SOON
    return _UPCOMING


def _no_longer_the_employers(rule: MilestoneRule, due: date, wage: WageEnd) -> bool:
    """After AOW age or the end of the contract ends wage payment, the later steps are
    no longer the employer's (docs/law.md, Scope), save the re-integration steps that an
    eigenrisicodrager for the Ziektewet keeps; with AOW age there is no WIA at all."""
    if rule.wia_only and not wage.wia_possible:
        return True
    if due <= wage.last_day or wage.reason is WageEndReason.EINDE_WACHTTIJD:
        return False
    if rule.erd_zw_continues and wage.erd_zw_until is not None and due <= wage.erd_zw_until:
        return False  # an eigenrisicodrager for the Ziektewet keeps them (ZW art. 63a lid 1)
    return not (rule.after_contract_end and wage.reason is WageEndReason.EINDE_DIENSTVERBAND)


#: Milestone from its values in field order, without NamedTuple's keyword-handling
#: ``__new__`` (a batch run builds about 30 per case).
_new_tuple = tuple.__new__


# Enum members as module constants: looking them up on the class costs more in 3.11.
_DONE, _LATE, _LAPSED = Status.DONE, Status.LATE, Status.LAPSED
_OVERDUE, _PASSED = Status.OVERDUE, Status.PASSED
_DUE_SOON, _UPCOMING = Status.DUE_SOON, Status.UPCOMING


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
