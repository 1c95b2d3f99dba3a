"""Machine output: JSON and CSV for scripts, with the standard library only, so that
``--format json`` starts fast (case-file.md, "Machine output")."""

from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assessment import Assessment
    from .models import Timeline

#: CSV columns, in order: the milestone fields of the JSON output, with the case id.
CSV_FIELDS = (
    "case_id",
    "id",
    "label",
    "occurrence",
    "due",
    "window_start",
    "week",
    "kind",
    "status",
    "done_on",
    "practice_date",
    "basis",
    "einde_loondoorbetaling",
    "einde_loondoorbetaling_grond",
)


def render_json(timeline: Timeline, lang: str) -> str:
    return _json(timeline.to_dict(lang))


def render_csv(timeline: Timeline, lang: str) -> str:
    """One row per milestone, with the JSON field names; the last day of wage payment and
    its ground on every row, like the case id."""
    case_level = {
        "einde_loondoorbetaling": timeline.einde_loondoorbetaling.isoformat(),
        "einde_loondoorbetaling_grond": timeline.einde_loondoorbetaling_grond,
    }
    rows = [{**row, **case_level} for row in timeline.to_dict(lang)["milestones"]]
    return _csv(CSV_FIELDS, rows, timeline.case_id)


def _json(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _csv(fields: tuple[str, ...], rows: list[dict[str, Any]], case_id: str | None) -> str:
    """``rows`` under a header of ``fields``, each with the case id; absent is empty."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        values = {**row, "case_id": case_id}
        writer.writerow({name: "" if values.get(name) is None else values[name] for name in fields})
    return buffer.getvalue()


#: CSV columns of ``sanction-risk --format csv``: one row per finding, the JSON fields.
FINDING_CSV_FIELDS = (
    "case_id",
    "id",
    "milestone",
    "severity",
    "message",
    "action",
    "act_by",
    "basis",
)


def render_assessment_json(assessment: Assessment, lang: str) -> str:
    return _json(assessment.to_dict(lang))


def render_assessment_csv(assessment: Assessment, lang: str) -> str:
    """One row per finding, with the JSON field names."""
    as_of = assessment.timeline.as_of
    findings = [finding.to_dict(lang, as_of) for finding in assessment.findings]
    return _csv(FINDING_CSV_FIELDS, findings, assessment.timeline.case_id)
