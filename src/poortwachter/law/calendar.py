"""Dutch working days, for UWV's practice dates only (docs/law.md section 1).

Legal deadlines never roll forward (Algemene termijnenwet art. 1 lid 2 and art. 4).
UWV words the 42nd-week report as "uiterlijk de eerste werkdag na de 42e ziekteweek",
so the timeline shows that next working day as a practice note beside the legal date;
the last working day before a contract ends uses the same calendar.

The holidays are the ones the law means, Algemene termijnenwet art. 3:

- lid 1, the "algemeen erkende feestdagen": Nieuwjaarsdag, the Christian second Easter
  and Whit days (Tweede Paasdag, Tweede Pinksterdag), both Christmas days, Hemelvaartsdag,
  the day the King's birthday is celebrated, and 5 May (every year: the law names
  "de vijfde mei", not only the lustrum years that many employers give off);
- lid 2: Goede Vrijdag, "gelijkgesteld" with them.

The days equated by a decision under lid 3 (published in the Staatscourant for three
years at a time, such as the Friday after Hemelvaartsdag) are not computed: they are
not in the law itself. The King's birthday is celebrated on 27 April (Koningsdag, since
2014), on 30 April from 1949 (Koninginnedag) and on 31 August before; on a Sunday it
moves to the Saturday before (since 1980; the Monday after until then). Easter comes
from ``dateutil.easter`` (the Gregorian computus).

Computed here, in a few microseconds: no country tables to import.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache


def _kings_day(year: int) -> date:
    """The day the monarch's birthday is celebrated: Koningsdag 27 April since 2014;
    Koninginnedag 30 April from 1949 to 2013, and 31 August before. On a Sunday it moves
    to the Saturday before since 1980, to the Monday after before that."""
    if year >= 2014:
        day = date(year, 4, 27)
    elif year >= 1949:
        day = date(year, 4, 30)
    else:
        day = date(year, 8, 31)
    if day.weekday() != 6:
        return day
    return day - timedelta(days=1) if year >= 1980 else day + timedelta(days=1)


@lru_cache(maxsize=256)
def public_holidays(year: int) -> frozenset[date]:
    """The algemeen erkende feestdagen of ``year`` and Goede Vrijdag (Atw art. 3 lid 1
    and 2)."""
    from dateutil.easter import easter

    easter_sunday = easter(year)
    return frozenset(
        {
            date(year, 1, 1),  # Nieuwjaarsdag
            easter_sunday - timedelta(days=2),  # Goede Vrijdag (lid 2)
            easter_sunday + timedelta(days=1),  # Tweede Paasdag
            _kings_day(year),
            date(year, 5, 5),  # de vijfde mei
            easter_sunday + timedelta(days=39),  # Hemelvaartsdag
            easter_sunday + timedelta(days=50),  # Tweede Pinksterdag
            date(year, 12, 25),
            date(year, 12, 26),
        }
    )


def is_working_day(day: date) -> bool:
    """Monday to Friday, and not a holiday of the Algemene termijnenwet."""
    return day.weekday() < 5 and day not in public_holidays(day.year)


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
