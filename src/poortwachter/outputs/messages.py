"""Messages put in words: ``say(message, lang)`` renders a ``messages.Message`` (an id
and its parameters) in Dutch or English, where it is shown.

The texts are tables apart, by the wing whose problems they describe
(``messages_reading.py``: reading files and cases; ``messages_workbook.py``: reading
workbooks; ``messages_running.py``: the command line and batch runs;
``messages_editing.py``: changing a case file in place). Each id has a Dutch and an
English text with the same placeholders; a parameter that is itself a message is put in
words in the same language, and several are joined by ``"; "``.
Rendering is one ``str.format`` per message: linear in its input, however long a value.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from ..language import Language
from ..messages import Message, Number, Param, visible
from .dates import format_date


def all_messages() -> dict[str, dict[str, str]]:
    """Every message text by id, in Dutch and English: the tables are imported on the
    first message said (a run that says none spends nothing on them)."""
    if not _MESSAGES:
        from .messages_case import CASE_MESSAGES
        from .messages_editing import EDITING_MESSAGES
        from .messages_exports import EXPORT_MESSAGES
        from .messages_reading import READING_MESSAGES
        from .messages_running import RUNNING_MESSAGES
        from .messages_workbook import WORKBOOK_MESSAGES

        for table in (
            READING_MESSAGES,
            EXPORT_MESSAGES,
            RUNNING_MESSAGES,
            CASE_MESSAGES,
            WORKBOOK_MESSAGES,
            EDITING_MESSAGES,
        ):
            _MESSAGES.update(table)
    return _MESSAGES


_MESSAGES: dict[str, dict[str, str]] = {}


def say(said: Message, lang: Language) -> str:
    """``said`` in ``lang``."""
    template = (_MESSAGES or all_messages())[said.id][lang]
    if not said.params:
        return template
    return template.format_map(
        {
            key: _shown(_limit(value) if key == "bound" else value, lang, key)
            for key, value in said.params
        }
    )


#: How much of a value a message repeats: a date, key, column, sheet or file name of a
#: hostile file may be hundreds of kilobytes, and a message stays one short line
#: (docs/privacy.md). The lists the tool makes itself (the valid names) are longer.
MAX_SHOWN = 200
MAX_SHOWN_LIST = 2000
_LISTS = frozenset({"valid", "choices", "possible", "suggestions", "presets", "paths", "sheets"})


def shown_text(value: str, lang: Language, most: int = MAX_SHOWN) -> str:
    """A value as a message shows it: its control characters written out (``\\x1b``:
    no value can drive a terminal or add a line of its own) and cut short past ``most``
    characters, saying how long it was. Linear in the value."""
    if len(value) > most:
        count = f"{len(value):,}".replace(",", "." if lang == "nl" else ",")
        said = "tekens" if lang == "nl" else "characters"
        return f"{visible(value[:most])}… ({count} {said})"
    return visible(value)


#: A limit as pydantic and click hand it over: the text of a number (``0.01``, ``60``).
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def _limit(value: Param) -> Param:
    """A limit (the parameter ``bound``) given as the text of a number, as a number: a
    Dutch text writes ``0,01``, not ``0.01``."""
    if isinstance(value, str) and _PLAIN_NUMBER.fullmatch(value):
        return Number(Decimal(value))
    return value


def format_number(number: Number, lang: Language) -> str:
    """A number that is no amount, with as many decimals as it has (``36.5`` as ``36,5``
    in Dutch; ``40`` as ``40``)."""
    text = f"{number.value.normalize():f}"
    return text.replace(".", ",") if lang == "nl" else text


def _shown(value: Param, lang: Language, key: str = "") -> str:
    if isinstance(value, str):
        return shown_text(value, lang, MAX_SHOWN_LIST if key in _LISTS else MAX_SHOWN)
    if isinstance(value, Number):
        return format_number(value, lang)
    if isinstance(value, Message):
        return say(value, lang)
    if isinstance(value, tuple):
        return "; ".join(say(item, lang) for item in value)
    if isinstance(value, date):
        return format_date(value, lang)
    if isinstance(value, Decimal):
        return format_amount(value, lang)
    return str(value)  # a whole number


def format_amount(amount: Decimal, lang: Language) -> str:
    """An amount with two decimals, the way of the language: ``3.100,00`` in Dutch,
    ``3,100.00`` in English."""
    english = f"{amount:,.2f}"
    if lang == "nl":
        return english.replace(",", "_").replace(".", ",").replace("_", ".")
    return english
