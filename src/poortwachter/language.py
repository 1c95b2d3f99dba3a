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


def requested_lang(args: Sequence[str]) -> Language:
    """The language asked for: ``--lang X`` (or ``--lang=X``) on the command line, the
    last one where it is given twice (as the option takes it), else
    ``$POORTWACHTER_LANG``, else Dutch. A bad value is passed over here (the option itself
    reports it, in the language of the environment)."""
    given: str | None = None
    for position, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and position + 1 < len(args):
            given = args[position + 1]
        elif arg.startswith("--lang="):
            given = arg.split("=", 1)[1]
    if given is not None and given.lower() in LANGUAGES:
        return language(given.lower())
    value = os.environ.get(LANG_ENV, "").strip().lower()
    return language(value) if value in LANGUAGES else "nl"
