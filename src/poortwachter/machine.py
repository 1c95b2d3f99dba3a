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
)


def render_json(timeline: Timeline, lang: str) -> str:
    return json.dumps(timeline.to_dict(lang), ensure_ascii=False, indent=2) + "\n"


def render_csv(timeline: Timeline, lang: str) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for item in timeline.to_dict(lang)["milestones"]:
        row: dict[str, Any] = {name: item.get(name) for name in CSV_FIELDS}
        row["case_id"] = timeline.case_id
        writer.writerow({key: "" if value is None else value for key, value in row.items()})
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
    return json.dumps(assessment.to_dict(lang), ensure_ascii=False, indent=2) + "\n"


def render_assessment_csv(assessment: Assessment, lang: str) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FINDING_CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for finding in assessment.findings:
        row = finding.to_dict(lang)
        row["case_id"] = assessment.timeline.case_id
        writer.writerow({key: "" if row[key] is None else row[key] for key in FINDING_CSV_FIELDS})
    return buffer.getvalue()
