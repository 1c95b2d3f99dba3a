"""The two languages of the texts for people: Dutch (the default) and English."""

from __future__ import annotations

from typing import Literal

Language = Literal["nl", "en"]
"""``"nl"`` or ``"en"``: every ``lang`` argument of the API."""

LANGUAGES: tuple[Language, ...] = ("nl", "en")


def language(value: object) -> Language:
    """``value`` as a language, or a ``ValueError`` that names it: another value must
    not silently give English (or a ``KeyError`` deep inside)."""
    if value == "nl":
        return "nl"
    if value == "en":
        return "en"
    raise ValueError(f"lang must be 'nl' or 'en', not {value!r}")
