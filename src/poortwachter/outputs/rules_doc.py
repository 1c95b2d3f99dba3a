"""The law data the engine applies, as a document (``poortwachter rules``): every
milestone rule and finding type, and the parts of the re-integratieverslag, with their
labels and texts in Dutch and English, kind or severity, basis and the link template of
each citation (docs/machine-output.md, "rules"). A script joins a batch record on ``id``;
a lawyer reads what exactly the tool implements."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..law.finding_types import FindingType
from ..law.milestones import RULES, MilestoneRule, SickDay
from ..law.riv import RIV_PARTS
from ..law.sources import LINK_PLACEHOLDER, LINK_PLACEHOLDER_DAY, Citation, basis_text

#: Where a link names the day its article is read as in force on.
DATE_FIELD = "{date}"


def citations(basis: tuple[Citation, ...]) -> list[dict[str, str | None]]:
    """Each citation with its link template: ``{date}`` where the day goes."""
    found = []
    for citation in basis:
        link = citation.link(LINK_PLACEHOLDER)
        found.append(
            {
                "text": citation.short,
                "url": None if link is None else link.replace(LINK_PLACEHOLDER_DAY, DATE_FIELD),
            }
        )
    return found


def _anchor(rule: MilestoneRule) -> dict[str, Any]:
    """The due date's rule: its kind, and its terms."""
    anchor = rule.due
    terms: dict[str, Any] = anchor._asdict()
    for key, value in list(terms.items()):
        if isinstance(value, SickDay):
            terms[key] = value._asdict()
        elif isinstance(value, StrEnum):
            terms[key] = value.value
    return {"kind": type(anchor).__name__, **terms}


def milestone_rule_document(rule: MilestoneRule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "kind": rule.kind,
        "label_nl": rule.label_nl,
        "label_en": rule.label_en,
        "due": _anchor(rule),
        "window_start": rule.window_start.index if rule.window_start else None,
        "valid_from": rule.valid_from.isoformat(),
        "valid_until": rule.valid_until.isoformat() if rule.valid_until else None,
        "events": list(rule.events),
        "basis": basis_text(rule.basis),
        "basis_links": citations(rule.basis),
    }


def finding_type_document(kind: FindingType) -> dict[str, Any]:
    return {
        "id": kind.id,
        "severity": kind.severity,
        "message_nl": kind.message_nl,
        "message_en": kind.message_en,
        "action_nl": kind.action_nl,
        "action_en": kind.action_en,
        "closed_action_nl": kind.closed_action_nl,
        "closed_action_en": kind.closed_action_en,
        "basis": kind.basis_text,
        "basis_links": citations(kind.basis),
    }


def rules_document() -> dict[str, Any]:
    """The whole law data, with the digest a receipt names."""
    from .. import __version__
    from ..law.findings import FINDING_TYPES
    from ..law.receipt import rules_digest

    return {
        "schema_version": 1,
        "engine_version": __version__,
        "rules_digest": rules_digest(),
        "milestones": [milestone_rule_document(rule) for rule in RULES],
        "findings": [finding_type_document(FINDING_TYPES[key]) for key in sorted(FINDING_TYPES)],
        "riv_parts": [
            {
                "id": part.id,
                "label_nl": part.label_nl,
                "label_en": part.label_en,
                "holds_nl": part.holds_nl,
                "holds_en": part.holds_en,
                "missing": part.missing,
                "event": part.event,
                "basis": basis_text(part.basis),
                "basis_links": citations(part.basis),
            }
            for part in RIV_PARTS
        ],
    }


#: The columns of ``rules --format csv``: one row per milestone rule, finding type and
#: part of the re-integratieverslag, ``type`` saying which.
RULES_CSV_FIELDS = (
    "type",
    "id",
    "kind",
    "severity",
    "label_nl",
    "label_en",
    "message_nl",
    "message_en",
    "action_nl",
    "action_en",
    "basis",
    "links",
)


def rules_rows(document: dict[str, Any]) -> list[dict[str, Any]]:
    """The document as rows of ``RULES_CSV_FIELDS``."""

    def links(item: dict[str, Any]) -> str:
        return " ".join(link["url"] for link in item["basis_links"] if link["url"])

    rows: list[dict[str, Any]] = []
    for item in document["milestones"]:
        rows.append({"type": "milestone", **_pick(item), "links": links(item)})
    for item in document["findings"]:
        rows.append({"type": "finding", **_pick(item), "links": links(item)})
    for item in document["riv_parts"]:
        rows.append({"type": "riv_part", **_pick(item), "links": links(item)})
    return rows


def _pick(item: dict[str, Any]) -> dict[str, Any]:
    return {key: item.get(key) for key in RULES_CSV_FIELDS if key in item}
