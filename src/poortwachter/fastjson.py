"""JSON Lines records for batch runs, fast.

A batch record is the ``sanction-risk`` document of a case. Its milestones are most of
it, and most of each milestone (id, label, kind, basis, links) is the same for every
case: those parts are encoded once and reused, and only the dates and statuses are
encoded per case. ``tests/test_fastjson.py`` checks that the text parses to exactly what
``to_dict`` gives.
"""

from __future__ import annotations

import json
import secrets
from datetime import date
from functools import cache, lru_cache
from json.encoder import encode_basestring
from typing import Any

from .language import Language
from .models import Milestone
from .rules import RULES_BY_ID, basis_links

#: Stands in for the milestone array while the rest of the record is encoded; random per
#: process, so that no case text can collide with it.
_MARKER = f"\x00milestones-{secrets.token_hex(8)}\x00"
_ENCODED_MARKER = json.dumps(_MARKER, ensure_ascii=False)


def _text(value: str) -> str:
    encoded: str = encode_basestring(value)
    return encoded


@lru_cache(maxsize=8192)
def _head(milestone_id: str, occurrence: int | None, lang: Language) -> str:
    label = RULES_BY_ID[milestone_id].label(lang)
    if occurrence is not None:
        label = f"{label} {occurrence}"
    occurrence_text = "null" if occurrence is None else str(occurrence)
    return (
        f'{{"id": {_text(milestone_id)}, "label": {_text(label)}, '
        f'"occurrence": {occurrence_text}, "due": "'
    )


@lru_cache(maxsize=256)
def _tail(basis: str, basis_urls: tuple[str, ...]) -> str:
    return f', "basis": {_text(basis)}, "basis_urls": {json.dumps(list(basis_urls))}'


def _links(milestone_id: str, due: date) -> str:
    """The article-level links of a milestone's basis, as in force on its due date: the
    JSON text is built once per rule (with a placeholder day) and the day put in."""
    return _links_template(milestone_id).replace(_PLACEHOLDER_DAY, due.isoformat())


_PLACEHOLDER = date(1900, 1, 1)
_PLACEHOLDER_DAY = _PLACEHOLDER.isoformat()


@cache
def _links_template(milestone_id: str) -> str:
    links = basis_links(RULES_BY_ID[milestone_id].basis, _PLACEHOLDER)
    return f', "basis_links": {json.dumps(links, ensure_ascii=False)}}}'


def milestone_json(milestone: Milestone, lang: Language) -> str:
    """One milestone as JSON text, equal to ``json.dumps(milestone.to_dict(lang))``."""
    window, done, practice = milestone.window_start, milestone.done_on, milestone.practice_date
    return (
        f"{_head(milestone.id, milestone.occurrence, lang)}{milestone.due.isoformat()}"
        f'", "window_start": {f"{_Q}{window.isoformat()}{_Q}" if window else "null"}'
        f', "week": {milestone.week}, "kind": "{milestone.kind}", '
        f'"status": "{milestone.status}", "done_on": '
        f"{f'{_Q}{done.isoformat()}{_Q}' if done else 'null'}"
        f', "practice_date": {f"{_Q}{practice.isoformat()}{_Q}" if practice else "null"}'
        f"{_tail(milestone.basis, milestone.basis_urls)}"
        f"{_links(milestone.id, milestone.due)}"
    )


_Q = '"'


def record_json(record: dict[str, Any], milestones: list[Milestone], lang: Language) -> str:
    """``record`` as one line of JSON, with ``milestones`` encoded in its place."""
    record["milestones"] = _MARKER
    text = json.dumps(record, ensure_ascii=False)
    array = "[" + ", ".join(milestone_json(item, lang) for item in milestones) + "]"
    return text.replace(_ENCODED_MARKER, array, 1)
