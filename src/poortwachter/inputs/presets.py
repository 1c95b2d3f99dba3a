"""Built-in column presets for the exports HR systems write (docs/hr-exports.md,
"Presets"): chosen with ``--columns NAME``, or detected when a header holds a preset's
telling columns, spelled as the vendor spells them.

A preset maps the vendor's columns onto poortwachter's, on top of the Dutch names of
``columns.ALIASES``, and ignores the vendor's other columns (an export carries many a
run does not need). Where a field can come from more than one of the vendor's columns,
the first one the header holds is read and the others are ignored.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .columns import IGNORED, PRESENCE, RECOVERED_ON, normalise


@dataclass(frozen=True, slots=True)
class Preset:
    """The columns of one vendor's export."""

    name: str
    title: str
    fields: tuple[tuple[str, tuple[str, ...]], ...]
    """Each field, with the vendor's columns that may give it, the first found read."""
    telling: tuple[str, ...]
    """The columns that together tell this export (none: never detected)."""
    ignore_unknown: bool = True

    def mapping(self, header: Iterable[str]) -> dict[str, str]:
        """The mapping of ``header``'s columns: for each field the first of its vendor
        columns found; the field's other vendor columns ignored."""
        present = {normalise(name): name for name in header}
        mapping: dict[str, str] = {}
        for field, candidates in self.fields:
            keys = dict.fromkeys(map(normalise, candidates))  # two spellings, one column
            found = [present[key] for key in keys if key in present]
            for position, name in enumerate(found):
                mapping[name] = field if position == 0 else IGNORED
        return mapping

    def tells(self, header: Iterable[str]) -> bool:
        """Whether ``header`` holds every telling column of this export."""
        keys = {normalise(name) for name in header}
        return bool(self.telling) and all(normalise(name) in keys for name in self.telling)


#: AFAS Profit's illness export (``HrIllness``): one row per verzuimmelding, ``EndDate``
#: the last sick day ("ziek van 4 t/m 19 november": the closing line is on the 19th),
#: ``Presence`` the share of the work still done.
AFAS_PROFIT = Preset(
    name="afas-profit",
    title="AFAS Profit, Illness (verzuimmeldingen)",
    fields=(
        ("case_id", ("EmployeeId", "Medewerker", "Personeelsnummer")),
        ("first_sick_day", ("StartDate", "Begindatum")),
        ("last_sick_day", ("EndDate", "Einddatum")),
        (PRESENCE, ("Presence", "Aanwezigheid", "Aanwezigheidspercentage")),
        ("employee_name", ("EmployeeName", "Name", "Naam")),
    ),
    telling=("EmployeeId", "StartDate", "Presence"),
)

#: Nmbrs' absence export: one row per absence, ``Percentage`` the sick percentage.
NMBRS = Preset(
    name="nmbrs",
    title="Nmbrs, Absence",
    fields=(
        ("case_id", ("EmployeeNumber", "Employee number", "Persnr", "EmployeeId")),
        ("first_sick_day", ("Start", "StartDate")),
        ("last_sick_day", ("End", "EndDate")),
        ("percentage", ("Percentage",)),
        ("employee_name", ("EmployeeName", "Name", "Naam")),
    ),
    telling=("Start", "End", "Percentage"),
)

#: Visma Verzuim's absence import (``Verzuim import V1``): one row per course line
#: (a ziekmelding, a partial or a full recovery), the first sick day the same on every
#: line of one sick period.
VISMA_VERZUIM = Preset(
    name="visma-verzuim",
    title="Visma Verzuim, Verzuim import",
    fields=(
        ("case_id", ("Intern nummer",)),
        ("first_sick_day", ("Eerste ziektedag",)),
        (RECOVERED_ON, ("Datum hersteld", "Hersteldatum", "Datum volledig hersteld")),
        ("percentage", ("Percentage arbeidsongeschikt", "Percentage")),
    ),
    telling=("Intern nummer", "Eerste ziektedag"),
)

#: The Dutch names alone (``columns.ALIASES``), as without a preset: an unknown column
#: stops the run.
DUTCH = Preset(name="nl", title="Dutch column names", fields=(), telling=(), ignore_unknown=False)

PRESETS: dict[str, Preset] = {
    preset.name: preset for preset in (AFAS_PROFIT, NMBRS, VISMA_VERZUIM, DUTCH)
}


def detect_preset(header: Iterable[str]) -> Preset | None:
    """The preset whose telling columns the header holds, if one does."""
    names = list(header)
    for preset in PRESETS.values():
        if preset.tells(names):
            return preset
    return None
