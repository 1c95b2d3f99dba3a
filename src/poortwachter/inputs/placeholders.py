"""Placeholders: the values of the ``case init`` template still to fill in.

A placeholder is a whole value between angle brackets, with no other angle bracket
inside: ``<ZAAKNUMMER>`` or ``<FIRST SICK DAY>`` (docs/case-files.md). No real value is
written that way, so a file that still holds one is a template, not a case: every
command that reads cases refuses it, naming each key still to fill in, instead of
judging an example as if it were a case.
"""

from __future__ import annotations

import re

from ..messages import Message, message


def is_placeholder(value: object) -> bool:
    """Whether ``value`` is a placeholder: text that is ``<`` words ``>``, with no other
    ``<`` or ``>`` inside (``<script>...</script>`` is markup, not a placeholder)."""
    return isinstance(value, str) and _PLACEHOLDER.fullmatch(value.strip()) is not None


_PLACEHOLDER = re.compile(r"<[^<>]*[^<>\s][^<>]*>")


def placeholder_paths(document: object) -> list[str]:
    """The key paths of every placeholder in a parsed document, in the document's
    order (``case_id``, ``sick_periods[0].start``)."""
    found: list[str] = []

    def walk(node: object, path: str) -> None:
        if isinstance(node, dict):
            for key, child in node.items():
                walk(child, f"{path}.{key}" if path else str(key))
        elif isinstance(node, list):
            for index, child in enumerate(node):
                walk(child, f"{path}[{index}]")
        elif is_placeholder(node):
            found.append(path)

    walk(document, "")
    return found


#: The key ``case set`` takes for a path that is not its own (the first sick day).
_SET_AS = {"sick_periods[0].start": "first_sick_day"}


def placeholder_problem(path: str) -> Message:
    """What to say of the placeholder at ``path``: not filled in, and how to fill it in
    (``case set`` for a single value; a list's item by editing the file)."""
    key = _SET_AS.get(path, path)
    fill = message("placeholder_fill", key=key) if "[" not in key else ""
    return message("placeholder_left", path=path, fill=fill)


#: The id of that message, by which a check tells a template from a broken case.
PLACEHOLDER_PROBLEM = "placeholder_left"
