"""Dated figures of law and practice, each with its source (docs/law.md sections 5 and 6).

A change is a new dated entry, never an ``if year >= ...`` in a formula (docs/law.md
section 6, "Dated figures"). For a date past the last known figure the last one is used,
and the caller says so in the stated assumptions.
"""

import contextlib
from bisect import bisect_right
from collections.abc import Iterator
from contextvars import ContextVar
from datetime import date
from decimal import Decimal
from typing import Any, Generic, NamedTuple, TypeVar

Value = TypeVar("Value")


class FigureUsed(NamedTuple):
    """A dated figure a judgment used: which, its value, since when, and its source (the
    receipt of a judgment, docs/machine-output.md "Receipt")."""

    id: str
    value: Any
    valid_from: date
    source: str
    beyond_known: bool


#: The figures used while a judgment is recorded (``figures_recorded``); ``None``: none
#: is being recorded (a context variable: safe with threads, nothing global to reset).
_USED: ContextVar[dict[tuple[str, date], FigureUsed] | None] = ContextVar(
    "figures_used", default=None
)


@contextlib.contextmanager
def figures_recorded() -> Iterator[list[FigureUsed]]:
    """The dated figures looked up inside the block, in the order first used, each
    once: ``with figures_recorded() as used: assess(case, as_of)``."""
    used: dict[tuple[str, date], FigureUsed] = {}
    token = _USED.set(used)
    found: list[FigureUsed] = []
    try:
        yield found
    finally:
        _USED.reset(token)
        found.extend(used.values())


class DatedValue(NamedTuple, Generic[Value]):
    """A figure as it was on a date, and whether that date lies beyond the known ones."""

    value: Value
    valid_from: date
    beyond_known: bool
    before_known: bool


class DatedParameter(NamedTuple, Generic[Value]):
    """A figure that changes on known dates."""

    name: str
    source: str
    values: tuple[tuple[date, Value], ...]
    known_until: date
    """The last day the last known figure is known to cover."""

    def at(self, day: date, *, record: bool = True) -> DatedValue[Value]:
        """The figure on ``day``; recorded as used (``figures_recorded``) unless
        ``record`` is false (a lookup that only tries a candidate)."""
        starts = [start for start, _ in self.values]
        position = bisect_right(starts, day) - 1
        before_known = position < 0
        start, value = self.values[max(position, 0)]
        beyond_known = day > self.known_until
        used = _USED.get() if record else None
        if used is not None:
            prior = used.get((self.name, start))
            if prior is None or (beyond_known and not prior.beyond_known):
                used[self.name, start] = FigureUsed(
                    self.name, value, start, self.source, beyond_known
                )
        return DatedValue(
            value=value,
            valid_from=start,
            beyond_known=beyond_known,
            before_known=before_known,
        )


#: Maximum dagloon (daily wage cap): docs/law.md section 6. Until July 2024 it was indexed
#: on 1 January and 1 July; the 2025 and 2026 figures are 1/261 of the year's maximum
#: premieloon (EUR 75,864 and 79,409), set for the whole year. No mid-year figure for
#: 2025 or 2026 could be sourced, so none is listed (docs/law.md: never invent one).
MAX_DAGLOON: DatedParameter[Decimal] = DatedParameter(
    name="maximum_dagloon",
    source=(
        "UWV, maximum dagloon (Wet financiering sociale verzekeringen art. 17 lid 1); "
        "2025: Stcrt. 2024, 38722; 2026: Stcrt. 2025, 42324"
    ),
    values=(
        (date(2021, 7, 1), Decimal("225.57")),
        (date(2022, 1, 1), Decimal("228.76")),
        (date(2023, 1, 1), Decimal("256.54")),
        (date(2023, 7, 1), Decimal("264.57")),
        (date(2024, 1, 1), Decimal("274.44")),
        (date(2024, 7, 1), Decimal("282.95")),
        (date(2025, 1, 1), Decimal("290.67")),
        (date(2026, 1, 1), Decimal("304.25")),
    ),
    known_until=date(2026, 12, 31),  # the next figure is set for 1 January 2027
)

#: Statutory minimum wage per hour for employees of 21 and older (Wet minimumloon en
#: minimumvakantiebijslag, BWBR0002638; an hourly minimum since 2024-01-01, indexed on
#: 1 January and 1 July): the year-1 floor of BW 7:629 lid 1 (docs/law.md section 6). The
#: figure for 1 July 2026 could not be sourced here, so the last known one covers up to
#: 30 June 2026 and later dates say so.
MINIMUM_WAGE_HOURLY: DatedParameter[Decimal] = DatedParameter(
    name="minimumloon",
    source=(
        "Wet minimumloon en minimumvakantiebijslag art. 8 and 14 (indexation); "
        "SZW indexation decisions: 2024-07-01 (+3.09%), 2025-01-01 (nr. 2024-0000675332), "
        "2025-07-01 (Stcrt. 2025, 12264), 2026-01-01 (nr. 2025-0000213859)"
    ),
    values=(
        (date(2024, 1, 1), Decimal("13.27")),
        (date(2024, 7, 1), Decimal("13.68")),
        (date(2025, 1, 1), Decimal("14.06")),
        (date(2025, 7, 1), Decimal("14.40")),
        (date(2026, 1, 1), Decimal("14.71")),
    ),
    known_until=date(2026, 6, 30),
)

#: UWV's fine for a late or missing 42nd-week report (ZW art. 38), by days late: EUR 70
#: (1 to 6 days), 230 (7 to 27), 455 (28 or more, or no report). Boetebesluit
#: socialezekerheidswetten art. 2c (BWBR0011708), applied under the Beleidsregel boete
#: werkgevers Ziektewet (since 2017-04-01). Not indexed since; a 2025 bill would index
#: them partly, with no amounts or date yet, so later dates say the last figure was used.
ZIEKMELDING_FINES: DatedParameter[tuple[tuple[int, Decimal], ...]] = DatedParameter(
    name="boete_ziekmelding",
    source="Boetebesluit socialezekerheidswetten art. 2c; Beleidsregel boete werkgevers ZW",
    values=((date(2017, 4, 1), ((1, Decimal(70)), (7, Decimal(230)), (28, Decimal(455)))),),
    known_until=date(2026, 12, 31),
)

#: AOW age (years, months) by the calendar year in which it is reached: Algemene
#: Ouderdomswet art. 7a (BWBR0002221), as amended in 2012, 2015 and 2019; set five years
#: ahead each November: 67 and 3 months for 2028 up to and including 2031.
AOW_AGE: DatedParameter[tuple[int, int]] = DatedParameter(
    name="aow_leeftijd",
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
    known_until=date(2031, 12, 31),  # 2029, 2030 and 2031 set at 67 and 3 months too
)

#: Weeks of wage for an employee at or past the AOW age, by the chain's first sick day
#: (docs/law.md, Scope; BW 7:629 lid 2): 13 under the transition rule of the Wet werken na de
#: AOW-gerechtigde leeftijd (from 2016-01-01), 6 since 1 July 2023 (Verzamelwet SZW 2023,
#: KB Stb. 2023, 169; employees already sick on 1 July 2023 keep 13).
AOW_WAGE_WEEKS: DatedParameter[int] = DatedParameter(
    name="loondoorbetaling_na_aow",
    source="BW 7:629 lid 2; Wet werken na de AOW-gerechtigde leeftijd art. VIIIa; Stb. 2023, 169",
    values=((date(2016, 1, 1), 13), (date(2023, 7, 1), 6)),
    known_until=date.max,  # law, not an indexed figure
)


#: Every dated figure of the engine, for the digest of the law data it applies
#: (``law/receipt.py``).
ALL_FIGURES: tuple[DatedParameter[Any], ...] = (
    MAX_DAGLOON,
    MINIMUM_WAGE_HOURLY,
    ZIEKMELDING_FINES,
    AOW_AGE,
    AOW_WAGE_WEEKS,
)
