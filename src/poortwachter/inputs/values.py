"""Wage periods as Dutch exports write them (``maand``, ``4 weken``). Amounts are read
in ``money.py``, the Dutch way."""

from __future__ import annotations

import re

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


def wage_period(text: str) -> str | None:
    """``maand``, ``per maand``, ``4 weken``, ``Month``: the period's name, or None."""
    key = re.sub(r"[\s_\-]", "", text).casefold()
    return WAGE_PERIODS.get(key)
