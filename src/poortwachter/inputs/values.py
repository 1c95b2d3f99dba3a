"""Cell values as Dutch exports write them: amounts with a decimal comma and thousands
dots (``3.450,00``, ``€ 3.450``), wage periods in Dutch (``maand``, ``4 weken``), and
yes/no as ``ja``/``nee``. Each parser is strict: a value it cannot read is refused, never
guessed."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

#: Wage periods by their Dutch and English names (docs/case-files.md: day | week | 4weeks |
#: month | year), compared without case, spaces or hyphens.
WAGE_PERIODS: dict[str, str] = {
    "day": "day",
    "dag": "day",
    "perdag": "day",
    "week": "week",
    "perweek": "week",
    "4weeks": "4weeks",
    "4weken": "4weeks",
    "vierweken": "4weeks",
    "per4weken": "4weeks",
    "month": "month",
    "maand": "month",
    "permaand": "month",
    "year": "year",
    "jaar": "year",
    "perjaar": "year",
}

_CURRENCY = re.compile(r"^(?:€|eur|euro)\s*|\s*(?:€|eur|euro)$", re.IGNORECASE)
_DUTCH_AMOUNT = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
_PLAIN = re.compile(r"-?\d+(?:\.\d+)?")
_ENGLISH_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def wage_period(text: str) -> str | None:
    """``maand``, ``per maand``, ``4 weken``, ``Month``: the period's name, or None."""
    key = re.sub(r"[\s_\-]", "", text).casefold()
    return WAGE_PERIODS.get(key)


def parse_amount(text: str) -> Decimal | None:
    """An amount as HR exports write it, or None when it is not one.

    ``3450``, ``3450.00``, ``3.450,00``, ``3450,00``, ``3,450.00``, ``€ 3.450,50``. A
    comma with a dot is read by position (the last one is the decimal sign); a lone
    comma is a decimal comma; dots in groups of three before a comma or the end
    (``1.234.567``) are thousands dots; a single dot is a decimal point (``3450.5``).
    """
    value = _CURRENCY.sub("", text.strip()).replace(" ", "").replace("\u00a0", "")
    if not value:
        return None
    if "," in value and "." in value:
        normal = _normal(value, dutch=value.rfind(",") > value.rfind("."))
    elif "," in value:
        normal = _normal(value, dutch=True) if value.count(",") == 1 else None
        if normal is None:  # 1,234,567: English thousands commas
            normal = _normal(value, dutch=False)
    elif value.count(".") > 1:
        normal = _normal(value, dutch=True)  # 1.234.567: Dutch thousands dots
    else:
        normal = value
    if normal is None or not _PLAIN.fullmatch(normal):
        return None  # 1e5, NaN, 12-5: not an amount as exports write them
    try:
        amount = Decimal(normal)
    except InvalidOperation:
        return None
    return amount if amount.is_finite() else None


def _normal(value: str, *, dutch: bool) -> str | None:
    pattern = _DUTCH_AMOUNT if dutch else _ENGLISH_AMOUNT
    if not pattern.fullmatch(value):
        return None
    if dutch:
        return value.replace(".", "").replace(",", ".")
    return value.replace(",", "")
