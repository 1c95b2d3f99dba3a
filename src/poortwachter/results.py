"""What judging a case gives (docs/law.md sections 5 to 7): the spoor, the findings,
the pay in force, the exposure, and the ``Assessment`` that holds them with the
timeline.

Plain frozen values with ids and values, never a language: ``outputs/`` gives their
texts and documents.
"""

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from .law.findings import FINDING_TYPES, Severity
from .models import Milestone, Timeline, Value


class Spoor(StrEnum):
    SPOOR1 = "spoor1"
    SPOOR2 = "spoor2"
    TWEESPOREN = "tweesporen"
    SPOOR3 = "spoor3"
    HERSTELD = "hersteld"
    EINDE = "einde"


class SpoorStatus(NamedTuple):
    """Where re-integration stands on ``as_of`` (docs/law.md section 5)."""

    status: Spoor
    since: date
    reason_id: str
    reason_values: tuple[tuple[str, Value], ...]
    provider: str | None
    erd_wga_end: date | None


class Finding(NamedTuple):
    """One thing UWV would hold against the employer (docs/law.md section 7)."""

    id: str
    milestone: str | None
    severity: Severity
    act_by: date | None
    values: tuple[tuple[str, Value], ...] = ()

    @property
    def basis(self) -> str:
        return FINDING_TYPES[self.id].basis_text


class Assumption(NamedTuple):
    id: str
    values: tuple[tuple[str, Value], ...] = ()


class Exposure(NamedTuple):
    """What the case could cost, and what it costs for certain (docs/law.md section 6)."""

    loonsanctie_max_weeks: int
    loonsanctie_max_eur: Decimal | None
    daily_wage_eur: Decimal | None
    pay_percentage_year2: int
    fine_max_eur: Decimal
    certain_extension_days: int
    certain_cost_eur: Decimal | None
    spoor2_traject_eur: tuple[Decimal, Decimal] | None
    holiday_allowance_included: bool
    """Whether the euro figures include the holiday allowance (they do not)."""
    figures_beyond_known: tuple[str, ...]
    """Dated figures (maximum dagloon, fine) needed on a date past the last known one:
    the last known figure was used (docs/law.md section 6)."""
    assumptions: tuple[Assumption, ...]


class PayPhase(StrEnum):
    """Which pay rule applies on a date (docs/law.md section 6; BW 7:629 lid 1)."""

    NOT_SICK_YET = "not_sick_yet"
    YEAR1 = "year1"
    YEAR2 = "year2"
    VRIJWILLIGE_VERLENGING = "vrijwillige_verlenging"
    LATE_WIA_AANVRAAG = "late_wia_aanvraag"
    LOONSANCTIE = "loonsanctie"
    ENDED = "ended"
    RECOVERED = "recovered"


class MinimumWageFloor(NamedTuple):
    """BW 7:629 lid 1: in the first 52 weeks the employee gets at least the statutory
    minimum wage (docs/law.md section 6). An hourly minimum since 2024-01-01, so the floor
    needs the contract hours."""

    hourly_eur: Decimal
    valid_from: date
    beyond_known: bool
    """The date lies past the last known minimum wage: the last one was used."""
    hours_per_week: Decimal | None
    week_eur: Decimal | None
    """The floor per week: hours x the hourly minimum (``None`` without hours)."""
    pay_week_eur: Decimal | None
    """The case's year-1 pay per week (wage x year-1 percentage), to compare."""

    @property
    def applies(self) -> bool | None:
        """Whether the floor lifts the pay; ``None`` when hours or wage are unknown."""
        if self.week_eur is None or self.pay_week_eur is None:
            return None
        return self.pay_week_eur < self.week_eur


class PayStatus(NamedTuple):
    """The pay percentage in force on ``as_of``, since when, and the next change, so a
    payroll run can change the wage on the right date."""

    phase: PayPhase
    percentage: int | None
    since: date | None
    next_phase: PayPhase | None
    next_change: date | None
    minimum_wage: MinimumWageFloor | None = None
    """In the first sick year (from 2024, when the minimum became hourly): the floor."""


class Assessment(NamedTuple):
    """The answer to "if UWV judged this case today, what would it find, and what
    could it cost?"."""

    timeline: Timeline
    spoor: SpoorStatus
    pay: PayStatus
    findings: tuple[Finding, ...]
    exposure: Exposure

    @property
    def highest_rank(self) -> int:
        """The rank of the most severe finding (1 low to 3 high); 0 without findings."""
        return max((item.severity.rank for item in self.findings), default=0)


def milestone_of(timeline: Timeline, milestone_id: str) -> Milestone | None:
    return next((item for item in timeline.milestones if item.id == milestone_id), None)
