"""The two languages of the texts for people: Dutch (the default) and English."""

from __future__ import annotations

import os
from collections.abc import Sequence
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


LANG_ENV = "POORTWACHTER_LANG"


def requested_lang(args: Sequence[str]) -> str:
    """The language asked for: ``--lang X`` (or ``--lang=X``) on the command line, else
    ``$POORTWACHTER_LANG``, else Dutch. A bad value is passed over here; the option
    itself reports it."""
    for position, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and position + 1 < len(args):
            value = args[position + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        else:
            continue
        if value.lower() in LANGUAGES:
            return value.lower()
        break  # a bad --lang: say so in the language of the environment
    value = os.environ.get(LANG_ENV, "").strip().lower()
    return value if value in LANGUAGES else "nl"
