"""Leave against sick periods by bisection: the same answers as a plain scan, for any
leave (in order or not), so that many periods stay near linear without changing a day."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from poortwachter.engine import compute_timeline
from poortwachter.models import Case
from poortwachter.sickdays import LeavePeriod, SickPeriod, _Leave, _subtract_leave

ranges = st.tuples(st.integers(0, 400), st.integers(0, 30)).map(lambda p: (p[0], p[0] + p[1]))


def plain_days(first: int, last: int, leave: list[tuple[int, int]]) -> int:
    return sum(max(0, min(last, b) - max(first, a) + 1) for a, b in leave)


def plain_subtract(first: int, last: int | None, leave: list[tuple[int, int]]) -> set[int]:
    """The counted days of ``first..last`` (an open end: up to 500) as a set."""
    days = set(range(first, (500 if last is None else last) + 1))
    for a, b in leave:
        days -= set(range(a, b + 1))
    return days


def ordered(draws: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-overlapping leave in order, from any ranges."""
    result: list[tuple[int, int]] = []
    for a, b in sorted(draws):
        if not result or a > result[-1][1]:
            result.append((a, b))
    return result


@settings(max_examples=300, deadline=None)
@given(st.lists(ranges, max_size=12), st.integers(-5, 450), st.integers(0, 60), st.booleans())
def test_leave_days_in_a_range_are_those_of_a_plain_scan(
    draws: list[tuple[int, int]], first: int, length: int, in_order: bool
) -> None:
    leave = ordered(draws) if in_order else draws
    assert _Leave(leave).days(first, first + length) == plain_days(first, first + length, leave)


@settings(max_examples=300, deadline=None)
@given(st.lists(ranges, max_size=12), st.integers(0, 450), st.one_of(st.none(), st.integers(0, 60)))
def test_the_runs_outside_leave_are_those_of_a_plain_scan(
    draws: list[tuple[int, int]], first: int, length: int | None
) -> None:
    leave = ordered(draws)
    last = None if length is None else first + length
    runs = _subtract_leave(first, last, _Leave(leave))
    counted: set[int] = set()
    for start, end in runs:
        counted |= set(range(start, (500 if end is None else end) + 1))
    assert counted == plain_subtract(first, last, leave)


def test_a_thousand_periods_with_leave_between_give_the_days_worked_by_hand() -> None:
    # 1,000 periods of 10 sick days, each followed by 5 fit days; every 4th gap has 2 of
    # its 5 days on leave. Counted sick days: 10 a period, so index 9,999 is the 10th day
    # of the 1,000th period: 999 x 15 + 9 days after the first sick day.
    start = date(2013, 1, 7)
    periods = []
    leave = []
    for number in range(1000):
        first = start + timedelta(days=15 * number)
        periods.append(SickPeriod(first, first + timedelta(days=9)))
        if number % 4 == 3 and number < 999:
            leave.append(LeavePeriod(first + timedelta(days=11), first + timedelta(days=12)))
    periods[-1] = SickPeriod(periods[-1].start)
    case = Case(sick_periods=tuple(periods), leave_periods=tuple(leave), case_id="L")
    timeline = compute_timeline(case, as_of=start + timedelta(days=15 * 999 + 9))
    assert len(timeline.chain.periods) == 1000
    assert timeline.counted_sick_days == 10_000
    # Only the leave inside the waiting period is skipped there: it ends at index 727,
    # the 8th day of period 73 (0-based 72), D + 72 x 15 + 7 = D + 1087. The leave after
    # periods 3, 7, ..., 71 (D + 15n + 11 <= D + 1087) falls in it: 18 leaves, 36 days.
    assert timeline.chain.leave_days_skipped == 36
    assert sum(gap.leave_days for gap in timeline.chain.gaps) == 2 * len(leave)
