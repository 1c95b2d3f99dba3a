"""Messages put in words: ``say(message, lang)`` renders a ``messages.Message`` (an id
and its parameters) in Dutch or English, where it is shown.

The texts are tables apart, by the wing whose problems they describe
(``messages_reading.py``: reading files and cases; ``messages_running.py``: the command
line and batch runs; ``messages_editing.py``: changing a case file in place). Each id
has a Dutch and an English text with the same placeholders; a parameter that is itself
a message is put in words in the same language, and several are joined by ``"; "``.
Rendering is one ``str.format`` per message: linear in its input, however long a value.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from ..language import Language
from ..messages import Message, Number, Param
from .dates import format_date
from .messages_case import CASE_MESSAGES
from .messages_editing import EDITING_MESSAGES
from .messages_exports import EXPORT_MESSAGES
from .messages_reading import READING_MESSAGES
from .messages_running import RUNNING_MESSAGES

#: Every message text by id, in Dutch and English.
MESSAGES: dict[str, dict[str, str]] = {
    **READING_MESSAGES,
    **EXPORT_MESSAGES,
    **RUNNING_MESSAGES,
    **CASE_MESSAGES,
    **EDITING_MESSAGES,
}


def say(said: Message, lang: Language) -> str:
    """``said`` in ``lang``."""
    template = MESSAGES[said.id][lang]
    if not said.params:
        return template
    return template.format_map(
        {
            key: _shown(_limit(value) if key == "bound" else value, lang)
            for key, value in said.params
        }
    )


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


def _shown(value: Param, lang: Language) -> str:
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
    return str(value)


def format_amount(amount: Decimal, lang: Language) -> str:
    """An amount with two decimals, the way of the language: ``3.100,00`` in Dutch,
    ``3,100.00`` in English."""
    english = f"{amount:,.2f}"
    if lang == "nl":
        return english.replace(",", "_").replace(".", ",").replace("_", ".")
    return english
