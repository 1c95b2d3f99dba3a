"""Dutch working days, for UWV's practice dates only (rules.md section 1).

Legal deadlines never roll forward (Algemene termijnenwet art. 1 lid 2 and art. 4).
UWV words the 42nd-week report as "uiterlijk de eerste werkdag na de 42e ziekteweek",
so the timeline shows that next working day as a practice note beside the legal date.

Public holidays come from the maintained ``holidays`` package (Netherlands, public
category). It takes about 0.1 s to import, so it is loaded only for dates that can be
a Dutch public holiday at all; ``tests/test_calendar_nl.py`` checks that guard against
the package for every year the engine can reach.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache


def may_be_public_holiday(day: date) -> bool:
    """False only for dates on which no Dutch public holiday can fall.

    Nieuwjaarsdag (1 January); Goede Vrijdag to Tweede Pinksterdag, with Koningsdag and
    Bevrijdingsdag in between (20 March to 14 June: Easter Sunday is 22 March at the
    earliest, Whit Monday 14 June at the latest); the Christmas days (25-26 December).
    """
    month_day = (day.month, day.day)
    return (
        month_day == (1, 1) or (3, 20) <= month_day <= (6, 14) or month_day in {(12, 25), (12, 26)}
    )


@lru_cache(maxsize=64)
def _public_holidays(year: int) -> frozenset[date]:
    from holidays.countries.netherlands import Netherlands

    calendar: dict[date, str] = Netherlands(years=year)  # type: ignore[no-untyped-call]
    return frozenset(calendar)


def is_working_day(day: date) -> bool:
    """Monday to Friday, and not a Dutch public holiday."""
    if day.weekday() >= 5:
        return False
    return not (may_be_public_holiday(day) and day in _public_holidays(day.year))


def next_working_day(day: date) -> date:
    """``day`` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def previous_working_day(day: date) -> date:
    """``day`` itself when it is a working day, else the last working day before it."""
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day
