"""The receipt of a judgment in words (docs/machine-output.md, "Receipt"): for the
report, the workbook and the draft re-integratieverslag, which engine, which law data
and which dated figures gave its dates and amounts."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..language import Language
from ..law.figures import FigureUsed
from ..law.receipt import Receipt
from .dates import format_date
from .messages import format_amount

_TEXTS: dict[str, dict[str, str]] = {
    "title": {"nl": "Verantwoording", "en": "Receipt"},
    "engine": {
        "nl": "Berekend met poortwachter {version}; wetsgegevens {digest} (dezelfde versie "
        "geeft met dezelfde gegevens dezelfde uitkomst).",
        "en": "Computed with poortwachter {version}; law data {digest} (the same version "
        "gives the same result from the same data).",
    },
    "no_figures": {
        "nl": "Geen bedragen of leeftijden met een ingangsdatum gebruikt.",
        "en": "No dated amounts or ages used.",
    },
    "figure": {
        "nl": "{name}: {value}, geldig vanaf {since} (bron: {source}){beyond}.",
        "en": "{name}: {value}, valid from {since} (source: {source}){beyond}.",
    },
    "beyond": {
        "nl": "; nog geen latere waarde bekend, de laatst bekende is gebruikt",
        "en": "; no later figure known yet, the last known one was used",
    },
    "maximum_dagloon": {"nl": "Maximumdagloon", "en": "Maximum daily wage"},
    "minimumloon": {
        "nl": "Minimumloon per uur (21 jaar en ouder)",
        "en": "Minimum wage per hour (21 and older)",
    },
    "boete_ziekmelding": {
        "nl": "Boete te late ziekmelding (42e week)",
        "en": "Fine for a late 42nd-week report",
    },
    "aow_leeftijd": {"nl": "AOW-leeftijd", "en": "State pension (AOW) age"},
    "loondoorbetaling_na_aow": {
        "nl": "Weken loondoorbetaling na de AOW-leeftijd",
        "en": "Weeks of wage after the AOW age",
    },
}


def receipt_title(lang: Language) -> str:
    return _TEXTS["title"][lang]


def receipt_lines(receipt: Receipt, lang: Language) -> list[str]:
    """The receipt as lines for people: the engine and its law data, then each figure."""
    lines = [_say("engine", lang, version=receipt.engine_version, digest=receipt.rules_digest)]
    if not receipt.parameters_used:
        return [*lines, _say("no_figures", lang)]
    return lines + [figure_line(used, lang) for used in receipt.parameters_used]


def figure_line(used: FigureUsed, lang: Language) -> str:
    name = _TEXTS[used.id][lang] if used.id in _TEXTS else used.id
    return _say(
        "figure",
        lang,
        name=name,
        value=_value(used.id, used.value, lang),
        since=format_date(used.valid_from, lang),
        source=used.source,
        beyond=_TEXTS["beyond"][lang] if used.beyond_known else "",
    )


def _value(figure: str, value: Any, lang: Language) -> str:
    nl = lang == "nl"
    if isinstance(value, Decimal):
        return f"EUR {format_amount(value, lang)}"
    if figure == "aow_leeftijd":
        years, months = value
        return f"{years} jaar en {months} maanden" if nl else f"{years} years and {months} months"
    if figure == "boete_ziekmelding":
        tiers = [
            f"EUR {format_amount(amount, lang)} ({days}+ {'dagen' if nl else 'days'})"
            for days, amount in value
        ]
        return ", ".join(tiers)
    if isinstance(value, int):
        return f"{value} {'weken' if nl else 'weeks'}"
    return str(value)


def _say(key: str, lang: Language, **values: object) -> str:
    return _TEXTS[key][lang].format(**values)
