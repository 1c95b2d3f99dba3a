"""Sick periods, samentelling and counting sick days (docs/law.md sections 1 and 2).

Legal basis: art. 7:629 lid 10 BW, art. 23 lid 3 and 5 WIA, art. 38 lid 1 ZW.

All counting works on runs of consecutive days (segments), never day by day, so a
chain of many periods over years costs as much as its number of periods.
"""

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from itertools import pairwise
from typing import NamedTuple

from .law.terms import JOIN_FIT_DAYS_LIMIT
from .messages import MessageError, message


class SickPeriod(NamedTuple):
    """A run of sick days; ``end`` is the last sick day, ``None`` while still sick."""

    start: date
    end: date | None = None
    cause: str | None = None
    pregnancy_related: bool = False
    """Sickness caused by pregnancy or childbirth (ZW art. 29a): inside the 104 weeks
    like any sickness; UWV reimburses the employer when it is reported in time."""
    same_cause_as_previous: bool | None = None
    """The case's own word on whether this period has the cause of the one before it;
    it overrides the comparison of the cause texts (docs/law.md section 2)."""
    percentage: int | None = None
    """How much of the work the employee cannot do (1-100); partial sickness is
    sickness, so it never interrupts a period."""


class LeavePeriod(NamedTuple):
    """WAZO leave (zwangerschaps- en bevallingsverlof): neither sick days nor fit days."""

    start: date
    end: date


class GapOutcome(StrEnum):
    """Why two consecutive sick periods were, or were not, added together."""

    JOINED = "joined"
    """Fewer than 28 fit days between them (art. 7:629 lid 10 BW)."""
    TOO_LONG = "too_long"
    """28 or more fit days between them: a new chain starts."""
    OTHER_CAUSE = "other_cause"
    """Joined only because leave days do not count, and the causes differ."""


class CauseJudgement(StrEnum):
    """How the causes of two periods across leave were judged (docs/law.md section 2):
    a medical judgment, so the case's own word counts, not a string comparison."""

    PREGNANCY_RELATED = "pregnancy_related"
    """Both periods are pregnancy-related: the same cause."""
    SAME_CAUSE_AS_PREVIOUS = "same_cause_as_previous"
    """The later period says whether it has the same cause; that overrides the texts."""
    CAUSE_TEXTS = "cause_texts"
    """Both periods name a cause, and the texts differ after trimming and case folding."""
    NOT_STATED = "not_stated"
    """Nothing in the case says the causes differ: the same cause."""


class Gap(NamedTuple):
    """The days between two consecutive sick periods."""

    first_day: date
    last_day: date
    calendar_days: int
    leave_days: int
    fit_days: int
    outcome: GapOutcome
    cause_judgement: CauseJudgement | None = None
    """Set where the cause decided the outcome: 28 or more calendar days that are fewer
    than 28 fit days only because leave days do not count."""
    cause_before: str | None = None
    cause_after: str | None = None
    """The two causes, named where different causes split the periods."""

    @property
    def joined(self) -> bool:
        return self.outcome is GapOutcome.JOINED


class Chain(NamedTuple):
    """A run of sick periods added together, with the joined gaps between them."""

    periods: tuple[SickPeriod, ...]
    gaps: tuple[Gap, ...]

    @property
    def first_day(self) -> date:
        return self.periods[0].start

    @property
    def last_sick_day(self) -> date | None:
        """The chain's last sick day, or ``None`` while the employee is still sick."""
        return self.periods[-1].end


class ChainSplit(NamedTuple):
    """All chains of a case, oldest first, and the gaps that separate them."""

    chains: tuple[Chain, ...]
    separations: tuple[Gap, ...]

    @property
    def current(self) -> Chain:
        """The chain holding the latest sick period (docs/law.md section 2)."""
        return self.chains[-1]


class _Leave:
    """Leave periods as ordinals, sorted, with running totals: the leave days in a range
    and the first leave period that can touch a day are found by bisection, so that
    many sick periods against many leave periods stay near linear (not one scan of every
    leave period per sick period).

    Valid cases have leave periods in order and without overlap (the engine checks
    that); for anything else every question falls back to a plain scan.
    """

    __slots__ = ("_before", "firsts", "lasts", "ordered", "periods")

    def __init__(self, periods: Sequence[tuple[int, int]]) -> None:
        self.periods = sorted(periods)
        self.firsts = [first for first, _ in self.periods]
        self.lasts = [last for _, last in self.periods]
        self.ordered = all(
            earlier < later for earlier, later in zip(self.lasts, self.firsts[1:], strict=False)
        )
        self._before = [0]
        for first, last in self.periods:
            self._before.append(self._before[-1] + max(0, last - first + 1))

    def first_touching(self, day: int) -> int:
        """The position of the first leave period that ends on or after ``day`` (every
        one before it ended earlier)."""
        return bisect_left(self.lasts, day) if self.ordered else 0

    def days(self, first: int, last: int) -> int:
        """Number of leave days within the ordinal range ``first..last`` (inclusive)."""
        if last < first:
            return 0
        if not self.ordered:
            return sum(
                max(0, min(last, leave_last) - max(first, leave_first) + 1)
                for leave_first, leave_last in self.periods
            )
        low = bisect_left(self.lasts, first)
        high = bisect_right(self.firsts, last)
        if low >= high:
            return 0
        total = self._before[high] - self._before[low]
        total -= max(0, first - self.firsts[low])  # the part of the first before the range
        total -= max(0, self.lasts[high - 1] - last)  # the part of the last after it
        return total


_NO_LEAVE = _Leave([])


def _overlap_days(first: int, last: int, leave: _Leave) -> int:
    """Number of leave days within the ordinal range ``first..last`` (inclusive)."""
    return leave.days(first, last)


def _leave_ordinals(leave_periods: Sequence[LeavePeriod]) -> _Leave:
    if not leave_periods:
        return _NO_LEAVE  # most cases: built once
    return _Leave([(p.start.toordinal(), p.end.toordinal()) for p in leave_periods])


def _classify_gap(before: SickPeriod, after: SickPeriod, leave: _Leave) -> Gap:
    """Apply the samentelling rule to the gap between two consecutive periods."""
    assert before.end is not None, "only the last period may be open"
    first = before.end.toordinal() + 1
    last = after.start.toordinal() - 1
    calendar_days = max(0, last - first + 1)
    leave_days = _overlap_days(first, last, leave) if calendar_days else 0
    fit_days = calendar_days - leave_days
    judgement = None
    if fit_days >= JOIN_FIT_DAYS_LIMIT:
        outcome = GapOutcome.TOO_LONG
    elif calendar_days >= JOIN_FIT_DAYS_LIMIT:
        # Art. 7:629 lid 10 BW: joined across leave "tenzij ... niet ... uit dezelfde
        # oorzaak"; only when leave is what brings the fit days under 28.
        different, judgement = judge_causes(before, after)
        outcome = GapOutcome.OTHER_CAUSE if different else GapOutcome.JOINED
    else:
        outcome = GapOutcome.JOINED
    split_by_cause = outcome is GapOutcome.OTHER_CAUSE
    return Gap(
        first_day=date.fromordinal(first),
        last_day=date.fromordinal(last) if calendar_days else date.fromordinal(first - 1),
        calendar_days=calendar_days,
        leave_days=leave_days,
        fit_days=fit_days,
        outcome=outcome,
        cause_judgement=judgement,
        cause_before=before.cause if split_by_cause else None,
        cause_after=after.cause if split_by_cause else None,
    )


def judge_causes(before: SickPeriod, after: SickPeriod) -> tuple[bool, CauseJudgement]:
    """Whether two periods have different causes, and on what ground (docs/law.md section 2):
    both pregnancy-related is the same cause; else the later period's
    ``same_cause_as_previous`` decides; else the cause texts, when both are given."""
    if before.pregnancy_related and after.pregnancy_related:
        return False, CauseJudgement.PREGNANCY_RELATED
    if after.same_cause_as_previous is not None:
        return not after.same_cause_as_previous, CauseJudgement.SAME_CAUSE_AS_PREVIOUS
    if before.cause and after.cause:
        different = before.cause.strip().casefold() != after.cause.strip().casefold()
        return different, CauseJudgement.CAUSE_TEXTS
    return False, CauseJudgement.NOT_STATED


def split_chains(
    sick_periods: Sequence[SickPeriod], leave_periods: Sequence[LeavePeriod] = ()
) -> ChainSplit:
    """Group ordered, non-overlapping sick periods into chains (samentelling)."""
    if not sick_periods:
        raise MessageError(message("no_sick_period"))
    leave = _leave_ordinals(leave_periods)
    chains: list[Chain] = []
    separations: list[Gap] = []
    periods: list[SickPeriod] = [sick_periods[0]]
    gaps: list[Gap] = []
    for before, after in pairwise(sick_periods):
        gap = _classify_gap(before, after, leave)
        if gap.joined:
            gaps.append(gap)
            periods.append(after)
        else:
            chains.append(Chain(tuple(periods), tuple(gaps)))
            separations.append(gap)
            periods, gaps = [after], []
    chains.append(Chain(tuple(periods), tuple(gaps)))
    return ChainSplit(tuple(chains), tuple(separations))


class SickDayCounter:
    """Maps sick-day indexes to dates and back for one chain (docs/law.md section 1).

    Index ``k`` is the (k+1)-th counted sick day: a day of one of the chain's periods
    that is not a leave day. The last period is treated as open (the employee is assumed
    to stay sick), so every index has a date; whether the chain really lasted that long
    is the caller's question (status ``lapsed``).
    """

    __slots__ = ("_ends", "_offsets", "_starts")

    def __init__(self, chain: Chain, leave_periods: Sequence[LeavePeriod] = ()) -> None:
        leave = _leave_ordinals(leave_periods)
        segments: list[tuple[int, int | None]] = []
        last_index = len(chain.periods) - 1
        for position, period in enumerate(chain.periods):
            last_day = None if position == last_index or period.end is None else period.end
            segments.extend(
                _subtract_leave(
                    period.start.toordinal(),
                    None if last_day is None else last_day.toordinal(),
                    leave,
                )
            )
        if not segments:
            raise MessageError(message("no_counted_sick_days"))
        self._starts: list[int] = [start for start, _ in segments]
        self._ends: list[int | None] = [end for _, end in segments]
        self._offsets: list[int] = []
        offset = 0
        for segment_start, segment_end in segments:
            self._offsets.append(offset)
            if segment_end is not None:
                offset += segment_end - segment_start + 1

    @property
    def first_day(self) -> date:
        """``D``: the first counted sick day, index 0."""
        return date.fromordinal(self._starts[0])

    @property
    def is_one_run(self) -> bool:
        """Whether every counted day follows the first without a break (no gap, no
        leave): then the day with index ``k`` is ``D + k``."""
        return len(self._starts) == 1 and self._ends[0] is None

    def date_at(self, index: int) -> date:
        """The date of the counted sick day with this index (0 is ``D``)."""
        if index < 0:
            raise MessageError(message("sick_day_index", index=index))
        position = bisect_right(self._offsets, index) - 1
        return date.fromordinal(self._starts[position] + index - self._offsets[position])

    def counted_through(self, day: date) -> int:
        """How many counted sick days fall on or before ``day``."""
        ordinal = day.toordinal()
        position = bisect_right(self._starts, ordinal) - 1
        if position < 0:
            return 0
        end = self._ends[position]
        last_counted = ordinal if end is None else min(ordinal, end)
        return self._offsets[position] + last_counted - self._starts[position] + 1

    def week_of(self, day: date) -> int:
        """The sick week holding ``day`` (week 1 is index 0 to 6); 0 before ``D``."""
        counted = self.counted_through(day)
        return 0 if counted == 0 else (counted - 1) // 7 + 1

    def counted_after(self, day: date, days: int) -> date:
        """The date of the ``days``-th counted sick day after ``day`` (``day`` itself not
        included): fit days and leave days in between push it back day for day. With
        ``day`` a sick day of index ``k``, the day with index ``k + days``."""
        return self.date_at(self.counted_through(day) + days - 1)

    def counted_between(self, first: date, last: date) -> int:
        """How many counted sick days fall after ``first`` and on or before ``last``."""
        return self.counted_through(last) - self.counted_through(first)


def _subtract_leave(first: int, last: int | None, leave: _Leave) -> list[tuple[int, int | None]]:
    """The runs of ``first..last`` (``None``: open) that are not leave days."""
    segments: list[tuple[int, int | None]] = []
    cursor = first
    periods = leave.periods
    for position in range(leave.first_touching(first), len(periods)):
        leave_first, leave_last = periods[position]
        if last is not None and leave_first > last:
            break
        if leave_last < cursor:
            continue
        if leave_first > cursor:
            segments.append((cursor, leave_first - 1))
        cursor = max(cursor, leave_last + 1)
        if last is not None and cursor > last:
            return segments
    segments.append((cursor, last))
    return segments


def leave_days_between(first: date, last: date, leave_periods: Sequence[LeavePeriod]) -> int:
    """Leave days from ``first`` through ``last``."""
    if last < first:
        return 0
    return _overlap_days(first.toordinal(), last.toordinal(), _leave_ordinals(leave_periods))


def last_joined_relapse_day(last_sick_day: date, leave_periods: Sequence[LeavePeriod]) -> date:
    """The last first-sick-day of a relapse that would still be added to the chain.

    A new period starting on day ``s`` is joined when fewer than 28 fit days lie between
    ``last_sick_day`` and ``s``: so ``s`` may be the 28th fit day after it at the latest
    (``last_sick_day + 28`` without leave, docs/law.md section 2).
    """
    needed = JOIN_FIT_DAYS_LIMIT
    cursor = last_sick_day.toordinal() + 1
    leave = _leave_ordinals(leave_periods)
    for leave_first, leave_last in leave.periods[leave.first_touching(cursor) :]:
        if leave_last < cursor:
            continue
        available = leave_first - cursor
        if available >= needed:
            break
        if available > 0:
            needed -= available
        cursor = max(cursor, leave_last + 1)
    return date.fromordinal(cursor + needed - 1)


def first_day_outside_leave(day: date, leave_periods: Sequence[LeavePeriod]) -> date:
    """``day``, or the day after the leave running on it (leave periods may adjoin)."""
    ordinal = day.toordinal()
    for leave_first, leave_last in _leave_ordinals(leave_periods).periods:
        if leave_first <= ordinal <= leave_last:
            ordinal = leave_last + 1
    return date.fromordinal(ordinal)


def last_of_days_outside_leave(
    first: date, count: int, leave_periods: Sequence[LeavePeriod]
) -> date:
    """The date of the ``count``-th day from ``first`` on that is not a leave day:
    leave interrupts a run of days, and its end moves back by the leave's days."""
    remaining = count
    for start, end in _subtract_leave(first.toordinal(), None, _leave_ordinals(leave_periods)):
        length = None if end is None else end - start + 1
        if length is None or remaining <= length:
            return date.fromordinal(start + remaining - 1)
        remaining -= length
    raise AssertionError("an open run of days always ends the loop")  # pragma: no cover
