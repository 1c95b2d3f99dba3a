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

#: The column of an export that gives the share of the work still done (AFAS Profit's
#: ``Presence``): the sick percentage is 100 minus it.
PRESENCE = "presence"

#: The columns that say how things stand now, not how they were (a course line carries
#: the name, wage, hours, casemanager and employer of the day it was exported or
#: written): taken from the row of the latest sick period that has one, never refused
#: as rows that disagree (docs/hr-exports.md, "Course lines").
LATEST_COLUMNS = frozenset(
    {"employee_name", "wage_amount", "wage_per", "hours_per_week", "casemanager", "employer_name"}
)

#: Columns an export may have beside the case file's keys.
EXTRA_COLUMNS = (RECOVERED_ON, PRESENCE)

#: Headers that say the period of the amount they hold (``Salaris per maand``,
#: ``Jaarsalaris``, ``Uurloon``): they give the wage amount and its period at once. An
#: hourly wage becomes a weekly one with the contract hours (``inputs/cells.py``).
WAGE_HEADERS: dict[str, str] = {
    "salaris per maand": "month",
    "loon per maand": "month",
    "maandsalaris": "month",
    "maandloon": "month",
    "bruto maandsalaris": "month",
    "bruto maandloon": "month",
    "salary per month": "month",
    "monthly salary": "month",
    "salaris per jaar": "year",
    "loon per jaar": "year",
    "jaarsalaris": "year",
    "jaarloon": "year",
    "bruto jaarsalaris": "year",
    "bruto jaarloon": "year",
    "annual salary": "year",
    "salaris per 4 weken": "4weeks",
    "loon per 4 weken": "4weeks",
    "vierwekenloon": "4weeks",
    "4-wekenloon": "4weeks",
    "salaris per week": "week",
    "loon per week": "week",
    "weekloon": "week",
    "bruto weekloon": "week",
    "salaris per dag": "day",
    "loon per dag": "day",
    "dagloon": "day",
    "salaris per uur": "hour",
    "loon per uur": "hour",
    "uurloon": "hour",
    "bruto uurloon": "hour",
    "hourly wage": "hour",
}

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
        "medewerker",
        "werknemernummer",
        "dossiernummer",
        "zaaknummer",
        "employee id",
        "employee number",
    ),
    "employee_name": ("naam", "naam werknemer", "naam medewerker", "name"),
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
    PRESENCE: ("aanwezigheid", "aanwezigheidspercentage", "presence"),
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
    names: tuple[str, ...] = ()
    """The header as the file writes it, to name a column in messages."""
    wage_per: str | None = None
    """The period of the wage amount, when its header says it (``Salaris per maand``)."""

    def written(self) -> tuple[tuple[str, str], ...]:
        """Each field read, with the name of its column as the file writes it (the
        period of the wage, when a header says it, with the amount's column)."""
        pairs = [
            (field, name) for field, name in zip(self.fields, self.names, strict=False) if field
        ]
        if self.wage_per is not None:
            pairs += [("wage_per", name) for field, name in pairs if field == "wage_amount"]
        return tuple(pairs)


#: A preset's mapping of a column to nothing: the column is ignored.
IGNORED = ""


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
    period: tuple[str, str] | None = None  # (the period, the header that says it)
    for name in names:
        key = normalise(name)
        if not key:
            fields.append(None)  # an empty header cell: a column without a name
            continue
        if key in mapped:
            field = mapped[key] or None  # a preset may ignore a column (IGNORED)
        else:
            field = lookup.get(key)
            if field is None and key in _WAGE_HEADERS and "wage_amount" in known_columns:
                field = "wage_amount"
            if field is None and not ignore_unknown:
                raise ColumnError(_unknown(name, lookup, known_columns))
        if field == "wage_amount" and key in _WAGE_HEADERS:
            period = (_WAGE_HEADERS[key], name)
        fields.append(field)
    seen: dict[str, str] = {}
    if period is not None:
        seen["wage_per"] = period[1]  # a period column as well is said below
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
    return Columns(tuple(fields), tuple(names), period[0] if period else None)


#: ``WAGE_HEADERS`` as headers are compared.
_WAGE_HEADERS = {normalise(name): period for name, period in WAGE_HEADERS.items()}


def _lookup(known: tuple[str, ...]) -> dict[str, str]:
    lookup = {normalise(column): column for column in known}
    for column, aliases in ALIASES.items():
        if column in known or column in EXTRA_COLUMNS:
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


#: What a mapping file writes for a column the run must not read (an export carries
#: many columns a run does not need): ``Afdeling: negeer``.
IGNORE_WORDS = frozenset({"ignore", "negeer"})


def read_mapping(document: object, valid: Iterable[str]) -> dict[str, str]:
    """A mapping file's document (``our export name: poortwachter column``) checked: every
    target a valid column, or ``ignore`` (``negeer``) for a column not to read. Raises
    ``ColumnError``."""
    columns = set(valid) | set(EXTRA_COLUMNS)
    if not isinstance(document, dict):
        raise ColumnError(message("mapping_file_shape"))
    mapping: dict[str, str] = {}
    for key, value in document.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise ColumnError(
                message("path_problem", path=str(key), problem=message("mapping_not_names"))
            )
        if value.strip().casefold() in IGNORE_WORDS:
            mapping[key] = IGNORED
            continue
        if value not in columns:
            close = difflib.get_close_matches(value, sorted(columns), n=1)
            hint = _did_you_mean(close[0]) if close else ""
            problem = message("not_a_column", value=repr(value), suggestion=hint)
            raise ColumnError(message("path_problem", path=key, problem=problem))
        mapping[key] = value
    return mapping
