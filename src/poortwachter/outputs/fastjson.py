"""JSON Lines records for batch runs, fast.

A batch record is the ``sanction-risk`` document of a case. Its milestones are most of
it, and most of each milestone (id, label, kind, basis, links) is the same for every
case: those parts are encoded once and reused, and only the dates and statuses are
encoded per case; the rest of the record is written by orjson. Every part is spelled as
``json.dumps(..., ensure_ascii=False, separators=(",", ":"))`` spells it (``_compact``):
one style in the whole line. ``tests/outputs/test_fastjson.py`` checks that the text
parses to exactly the ``sanction-risk`` document, keys in order.
"""

from __future__ import annotations

import json
import secrets
from datetime import date
from functools import lru_cache
from json.encoder import encode_basestring
from typing import Any

from ..language import Language, language
from ..law.findings import FINDING_TYPES
from ..law.milestones import RULES_BY_ID
from ..law.sources import LINK_PLACEHOLDER, LINK_PLACEHOLDER_DAY, basis_links
from ..models import Milestone
from ..results import Finding
from .wording import finding_texts

#: Stands in for the milestone array while the rest of the record is encoded; random per
#: process, so that no case text can collide with it.
_MARKER = f"\x00milestones-{secrets.token_hex(8)}\x00"
_ENCODED_MARKER = json.dumps(_MARKER, ensure_ascii=False)  # orjson spells it alike
_FINDINGS_MARKER = f"\x00findings-{secrets.token_hex(8)}\x00"
_ENCODED_FINDINGS_MARKER = json.dumps(_FINDINGS_MARKER, ensure_ascii=False)


def _compact(value: Any) -> str:
    """``value`` as JSON text without spaces after ``,`` and ``:``, as orjson writes."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _record_text(record: dict[str, Any]) -> str:
    """The record but its milestones and findings, by orjson (about 2 us against 16 for
    the standard library's encoder); by the standard library where orjson refuses a
    value (a lone surrogate in a name, an integer beyond 64 bits)."""
    import orjson

    try:
        return orjson.dumps(record).decode("utf-8")
    except orjson.JSONEncodeError:
        return _compact(record)


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
        f'{{"id":{_text(milestone_id)},"label":{_text(label)},'
        f'"occurrence":{occurrence_text},"due":"'
    )


#: By milestone id: its basis and links as given, and the JSON text after the practice
#: date (basis, urls, links with the placeholder day), split where the day goes.
_TAILS: dict[str, tuple[str, tuple[str, ...], list[str]]] = {}


def _tail(milestone_id: str, basis: str, basis_urls: tuple[str, ...]) -> list[str]:
    """The end of a milestone's JSON text in pieces, to be joined with its due date:
    ``basis``, ``basis_urls`` and the article-level links of its rule's basis, as in force
    on the due date (built once per rule with a placeholder day)."""
    known = _TAILS.get(milestone_id)
    if known is not None and known[0] is basis and known[1] is basis_urls:
        return known[2]
    links = basis_links(RULES_BY_ID[milestone_id].basis, LINK_PLACEHOLDER)
    # Only the links hold the placeholder day; the basis text may hold any date.
    pieces = f',"basis_links":{_compact(links)}}}'.split(LINK_PLACEHOLDER_DAY)
    pieces[0] = f',"basis":{_text(basis)},"basis_urls":{_compact(list(basis_urls))}{pieces[0]}'
    _TAILS[milestone_id] = (basis, basis_urls, pieces)
    return pieces


def milestone_json(milestone: Milestone, lang: Language) -> str:
    """One milestone as JSON text, equal to ``_compact(milestone_document(milestone, lang))``."""
    (
        milestone_id,
        occurrence,
        due,
        window,
        week,
        kind,
        status,
        done,
        practice,
        basis,
        urls,
        until,
    ) = milestone
    day = due.isoformat()
    return (
        f"{_head(milestone_id, occurrence, lang)}{day}"
        f'","window_start":{f"{_Q}{window.isoformat()}{_Q}" if window else "null"}'
        f',"week":{week},"kind":"{kind}","status":"{status}","done_on":'
        f"{f'{_Q}{done.isoformat()}{_Q}' if done else 'null'}"
        f',"practice_date":{f"{_Q}{practice.isoformat()}{_Q}" if practice else "null"}'
        f',"on_time_until":{f"{_Q}{until.isoformat()}{_Q}" if until else "null"}'
        f"{day.join(_tail(milestone_id, basis, urls))}"
    )


_Q = '"'


@lru_cache(maxsize=4096)
def _finding_head(finding_id: str, milestone: str | None, severity: str) -> str:
    return (
        f'{{"id":{_text(finding_id)},"milestone":{_compact(milestone)},'
        f'"severity":{_text(severity)},"message":'
    )


@lru_cache(maxsize=1024)
def _finding_tail(finding_id: str, on: date) -> str:
    kind = FINDING_TYPES[finding_id]
    links = _compact(basis_links(kind.basis, on))
    return f',"basis":{_text(kind.basis_text)},"basis_links":{links}}}'


def finding_json(finding: Finding, lang: Language, on: date) -> str:
    """One finding as JSON text, equal to ``_compact(finding_document(finding, lang, on))``."""
    act_by = finding.act_by
    message, action = finding_texts(finding, language(lang))
    return (
        f"{_finding_head(finding.id, finding.milestone, finding.severity)}{_text(message)}"
        f',"action":{_text(action)},"act_by":'
        f"{f'{_Q}{act_by.isoformat()}{_Q}' if act_by else 'null'}"
        f"{_finding_tail(finding.id, on)}"
    )


def record_json(
    record: dict[str, Any],
    milestones: list[Milestone],
    lang: Language,
    findings: tuple[Finding, ...] | None = None,
    on: date | None = None,
) -> str:
    """``record`` as one line of JSON, with ``milestones`` encoded in its place, and
    ``findings`` (as in force ``on`` the as-of date) in theirs when given."""
    record["milestones"] = _MARKER
    if findings is not None:
        assert on is not None, "findings link their basis as in force on a date"
        record["findings"] = _FINDINGS_MARKER
    text = _record_text(record)
    array = "[" + ",".join([milestone_json(item, lang) for item in milestones]) + "]"
    text = text.replace(_ENCODED_MARKER, array, 1)
    if findings is not None:
        assert on is not None
        listed = "[" + ",".join([finding_json(item, lang, on) for item in findings]) + "]"
        text = text.replace(_ENCODED_FINDINGS_MARKER, listed, 1)
    return text
