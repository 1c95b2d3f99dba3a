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


class ColumnError(ValueError):
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
                f"columns {seen[field]!r} and {name!r} both give {field}: keep one, or map "
                "one elsewhere (--columns)"
            )
        seen[field] = name
    missing = [column for column in required if column not in seen]
    if missing:
        raise ColumnError(
            f"no column gives {missing[0]} (name it {missing[0]!r}, use a Dutch name such as "
            f"{_example(missing[0])!r}, or map your column to it with --columns)"
        )
    return Columns(tuple(fields))


def _lookup(known: tuple[str, ...]) -> dict[str, str]:
    lookup = {normalise(column): column for column in known}
    for column, aliases in ALIASES.items():
        if column in known or column == RECOVERED_ON:
            for alias in aliases:
                lookup.setdefault(normalise(alias), column)
    return lookup


def _unknown(name: str, lookup: dict[str, str], known: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(normalise(name), list(lookup), n=1, cutoff=0.75)
    suggestion = f"; did you mean {lookup[close[0]]!r}?" if close else ""
    shown = name if len(name) <= 60 else name[:57] + "..."
    return (
        f"unknown CSV column {shown!r}{suggestion} (valid: {', '.join(known)}; Dutch names "
        "as in the README; map others with --columns FILE, or skip them with "
        "--ignore-unknown)"
    )


def _example(column: str) -> str:
    aliases = ALIASES.get(column)
    return aliases[0] if aliases else column


def read_mapping(document: object, valid: Iterable[str]) -> dict[str, str]:
    """A mapping file's document (``our export name: poortwachter column``) checked: every
    target a valid column. Raises ``ColumnError``."""
    columns = set(valid) | {RECOVERED_ON}
    if not isinstance(document, dict):
        raise ColumnError("a mapping file holds lines like 'Datum 1e ziektedag: first_sick_day'")
    mapping: dict[str, str] = {}
    for key, value in document.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise ColumnError(f"{key}: map a column name to a column name")
        if value not in columns:
            close = difflib.get_close_matches(value, sorted(columns), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise ColumnError(f"{key}: {value!r} is not a poortwachter column{hint}")
        mapping[key] = value
    return mapping
