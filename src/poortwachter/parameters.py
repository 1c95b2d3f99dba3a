"""Dated figures of law and practice, each with its source (rules.md sections 5 and 6).

A change is a new dated entry, never an ``if year >= ...`` in a formula (STYLE.md).
For a date past the last known figure the last one is used, and the caller says so in
the stated assumptions.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Generic, TypeVar

Value = TypeVar("Value")


@dataclass(frozen=True, slots=True)
class DatedValue(Generic[Value]):
    """A figure as it was on a date, and whether that date lies beyond the known ones."""

    value: Value
    valid_from: date
    beyond_known: bool
    before_known: bool


@dataclass(frozen=True, slots=True)
class DatedParameter(Generic[Value]):
    """A figure that changes on known dates."""

    name: str
    source: str
    values: tuple[tuple[date, Value], ...]
    known_until: date
    """The last day the last known figure is known to cover."""

    def at(self, day: date) -> DatedValue[Value]:
        starts = [start for start, _ in self.values]
        position = bisect_right(starts, day) - 1
        before_known = position < 0
        start, value = self.values[max(position, 0)]
        return DatedValue(
            value=value,
            valid_from=start,
            beyond_known=day > self.known_until,
            before_known=before_known,
        )


#: Maximum dagloon (daily wage cap), indexed on 1 January and 1 July (rules.md section 6).
MAX_DAGLOON: DatedParameter[Decimal] = DatedParameter(
    name="maximum dagloon",
    source="UWV, maximum dagloon (Wet financiering sociale verzekeringen art. 17 lid 1)",
    values=(
        (date(2021, 7, 1), Decimal("225.57")),
        (date(2022, 1, 1), Decimal("228.76")),
        (date(2023, 1, 1), Decimal("256.54")),
        (date(2023, 7, 1), Decimal("264.57")),
        (date(2024, 1, 1), Decimal("274.44")),
        (date(2024, 7, 1), Decimal("282.95")),
    ),
    known_until=date(2024, 12, 31),  # the next indexation is on 1 January
)

#: AOW age (years, months) by the calendar year in which it is reached: Algemene
#: Ouderdomswet art. 7a (BWBR0002221), as amended in 2012, 2015 and 2019.
AOW_AGE: DatedParameter[tuple[int, int]] = DatedParameter(
    name="AOW age",
    source="Algemene Ouderdomswet art. 7a (BWBR0002221)",
    values=(
        (date(2012, 1, 1), (65, 0)),
        (date(2013, 1, 1), (65, 1)),
        (date(2014, 1, 1), (65, 2)),
        (date(2015, 1, 1), (65, 3)),
        (date(2016, 1, 1), (65, 6)),
        (date(2017, 1, 1), (65, 9)),
        (date(2018, 1, 1), (66, 0)),
        (date(2019, 1, 1), (66, 4)),
        (date(2022, 1, 1), (66, 7)),
        (date(2023, 1, 1), (66, 10)),
        (date(2024, 1, 1), (67, 0)),
        (date(2028, 1, 1), (67, 3)),
    ),
    known_until=date(2028, 12, 31),  # later years follow life expectancy, not yet set
)

#: UWV's conversions (rules.md section 6): dagloon = year / 261 = month / 21.75; a week
#: is 5 such days.
DAYS_PER_PERIOD: dict[str, Decimal] = {
    "day": Decimal(1),
    "week": Decimal(5),
    "4weeks": Decimal(20),
    "month": Decimal("21.75"),
    "year": Decimal(261),
}

#: Highest fine for a late or missing 42nd-week report (Beleidsregel boete werkgevers ZW,
#: since 2017-04-01; UWV applies EUR 70 / 230 / 455 by severity).
ZIEKMELDING_FINE_MAX = Decimal(455)

#: What a spoor-2 traject usually costs (rules.md section 5).
SPOOR2_TRAJECT_EUR = (Decimal(1850), Decimal(5000))

#: Shortest vrijwillige verlenging UWV grants: the new last day is at least 13 weeks
#: after the end of the 104 weeks (rules.md section 4; WIA art. 24).
VERLENGING_MIN_DAYS = 13 * 7

#: Longest loonsanctie, in weeks (WIA art. 25 lid 9).
LOONSANCTIE_MAX_WEEKS = 52

#: Statutory minimum pay percentage during sickness (BW 7:629 lid 1).
STATUTORY_PAY_PERCENTAGE = 70

#: Working days per week in UWV's conversions.
WORKING_DAYS_PER_WEEK = 5

#: Since 1 July 2023 an employer pays at most 13 weeks of wage for an employee past the
#: AOW age (rules.md, scope).
AOW_WAGE_WEEKS_SINCE_2023_07_01 = 13

#: The 42nd-week report must be made before the waiting period reaches 81 weeks
#: (index 566), or a late WIA application is no longer excused (WIA art. 64 lid 6).
ZIEKMELDING_EXCUSE_INDEX = 566

#: This project's reading of "start spoor 2 as soon as it is clear that return in the
#: own organisation is not possible" (BW 7:658a lid 1; Beoordelingskader §5): by the next
#: evaluation of the plan, 6 weeks after it became clear.
SPOOR2_START_WITHIN_DAYS = 42
