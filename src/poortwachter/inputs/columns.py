"""Column names as HR systems write them (AFAS, Visma, Nmbrs, Xpert Suite, an arbodienst
portal): matched without regard to case, spaces, underscores, hyphens and dots, through a
built-in Dutch alias set, and through the user's own mapping file for anything else.

An unknown column stays an error (a typo'd column must not quietly drop a date from every
case) unless it is mapped or the run says ``--ignore-unknown``; the error lists the valid
names and the closest match.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..messages import Message, MessageError, message

#: The column a recovery date fills: the first day fit again (``hersteldatum``); the
#: last sick day is the day before it.
RECOVERED_ON = "recovered_on"

#: Dutch (and common English) names for the columns, by the column they mean. Each
#: column's own name matches too. Documented in the README ("HR exports").
ALIASES: dict[str, tuple[str, ...]] = {
    "case_id": (
        "personeelsnummer",
        "personeelsnr",
        "medewerkernummer",
        "medewerkernr",
        "werknemer",
        "werknemersnummer",
        "werknemernummer",
        "dossiernummer",
        "zaaknummer",
        "employee id",
        "employee number",
    ),
    "employee_name": ("naam", "naam werknemer", "naam medewerker", "medewerker", "name"),
    "first_sick_day": (
        "eerste ziektedag",
        "ziek vanaf",
        "begindatum verzuim",
        "begin verzuim",
        "ziekmeldingsdatum",
        "datum ziekmelding",
        "startdatum verzuim",
        "first sick day",
    ),
    "last_sick_day": ("laatste ziektedag", "einddatum verzuim", "last sick day"),
    RECOVERED_ON: (
        "hersteldatum",
        "hersteld per",
        "datum hersteld",
        "datum herstel",
        "hersteldmelding",
        "datum hersteldmelding",
        "recovered on",
    ),
    "date_of_birth": ("geboortedatum", "geb datum", "date of birth"),
    "contract_end": (
        "einddatum contract",
        "einde contract",
        "einddatum dienstverband",
        "uit dienst",
        "datum uit dienst",
    ),
    "hours_per_week": ("uren per week", "contracturen", "arbeidsduur", "uren"),
    "wage_amount": ("salaris", "brutoloon", "bruto loon", "brutosalaris", "loon", "salary"),
    "wage_per": ("salaris per", "loon per", "periode", "salary per"),
    "percentage": ("ziektepercentage", "verzuimpercentage", "arbeidsongeschiktheidspercentage"),
    "cause": ("oorzaak", "reden", "verzuimoorzaak"),
    "pregnancy_related": ("zwangerschap", "zwangerschapsgerelateerd"),
    "employer_name": ("werkgever", "bedrijf", "organisatie", "employer"),
    "casemanager": ("casemanager", "case manager", "verzuimconsulent", "casemanager naam"),
}


def normalise(name: str) -> str:
    """A column name as it is compared: a BOM, case, spaces, ``_``, ``-`` and ``.``
    left out (``Eerste ziektedag``, ``eerste_ziektedag`` and ``EERSTE-ZIEKTEDAG`` match)."""
    return re.sub(r"[\s_\-.]", "", name.lstrip("\ufeff")).casefold()


class ColumnError(MessageError):
    """A header that cannot be read: unknown, doubled or missing columns."""


@dataclass(frozen=True, slots=True)
class Columns:
    """Which column of the file holds which field; ``None``: a column that is ignored."""

    fields: tuple[str | None, ...]


def resolve_header(
    header: Iterable[str],
    known: Iterable[str],
    required: Iterable[str],
    mapping: Mapping[str, str] | None = None,
    *,
    ignore_unknown: bool = False,
) -> Columns:
    """The field of each column, by the user's mapping first, then the names and aliases
    of ``known`` columns. Raises ``ColumnError`` naming the first problem."""
    names = list(header)
    known_columns = tuple(known)
    lookup = _lookup(known_columns)
    mapped = {normalise(key): value for key, value in (mapping or {}).items()}
    fields: list[str | None] = []
    for name in names:
        key = normalise(name)
        if not key:
            fields.append(None)  # an empty header cell: a column without a name
            continue
        field = mapped.get(key) or lookup.get(key)
        if field is None and not ignore_unknown:
            raise ColumnError(_unknown(name, lookup, known_columns))
        fields.append(field)
    seen: dict[str, str] = {}
    for name, field in zip(names, fields, strict=True):
        if field is None:
            continue
        if field in seen:
            raise ColumnError(
                message(
                    "columns_both_give", first=repr(seen[field]), second=repr(name), field=field
                )
            )
        seen[field] = name
    missing = [column for column in required if column not in seen]
    if missing:
        raise ColumnError(
            message(
                "no_column_gives",
                field=missing[0],
                name=repr(missing[0]),
                example=repr(_example(missing[0])),
            )
        )
    return Columns(tuple(fields))


def _lookup(known: tuple[str, ...]) -> dict[str, str]:
    lookup = {normalise(column): column for column in known}
    for column, aliases in ALIASES.items():
        if column in known or column == RECOVERED_ON:
            for alias in aliases:
                lookup.setdefault(normalise(alias), column)
    return lookup


def _unknown(name: str, lookup: dict[str, str], known: tuple[str, ...]) -> Message:
    close = difflib.get_close_matches(normalise(name), list(lookup), n=1, cutoff=0.75)
    shown = name if len(name) <= 60 else name[:57] + "..."
    return message(
        "unknown_column",
        name=repr(shown),
        suggestion=_did_you_mean(lookup[close[0]]) if close else "",
        valid=", ".join(known),
    )


def _did_you_mean(name: str) -> Message:
    return message("did_you_mean", name=repr(name))


def _example(column: str) -> str:
    aliases = ALIASES.get(column)
    return aliases[0] if aliases else column


def read_mapping(document: object, valid: Iterable[str]) -> dict[str, str]:
    """A mapping file's document (``our export name: poortwachter column``) checked: every
    target a valid column. Raises ``ColumnError``."""
    columns = set(valid) | {RECOVERED_ON}
    if not isinstance(document, dict):
        raise ColumnError(message("mapping_file_shape"))
    mapping: dict[str, str] = {}
    for key, value in document.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise ColumnError(
                message("path_problem", path=str(key), problem=message("mapping_not_names"))
            )
        if value not in columns:
            close = difflib.get_close_matches(value, sorted(columns), n=1)
            hint = _did_you_mean(close[0]) if close else ""
            problem = message("not_a_column", value=repr(value), suggestion=hint)
            raise ColumnError(message("path_problem", path=key, problem=problem))
        mapping[key] = value
    return mapping
