"""The compact batch record (``schema_version`` 2; docs/machine-output.md, "batch"):
what a script needs of a case, without the texts every record would repeat. Per
milestone its id, occurrence, dates and status; per finding its id, milestone, severity
and date to act by; the case's dates, chain, spoor, pay, exposure figures and names as
in the full record. Labels, messages, actions, bases and links are in ``poortwachter
rules``, joined on ``id``."""

from __future__ import annotations

from typing import Any

from ..language import Language
from ..models import Milestone
from ..results import Assessment
from .documents import (
    TIMELINE_FIELDS,
    exposure_figures,
    pay_document,
    plain,
    spoor_document,
)

#: The compact record's version (the full record, ``--detail full``, stays at 1).
COMPACT_SCHEMA_VERSION = 2

#: The milestone and finding fields a compact record keeps, in this order.
MILESTONE_FIELDS = ("id", "occurrence", "due", "window_start", "status", "done_on", "practice_date")
FINDING_FIELDS = ("id", "milestone", "severity", "act_by")


def compact_record(
    assessment: Assessment, milestones: list[Milestone], lang: Language
) -> dict[str, Any]:
    """The compact record of a judged case (``row`` and ``source`` are the caller's),
    built from the judgment directly: no text it would leave out is ever put in words
    (the extension steps, the notes, the exposure's assumptions). Its dates are ``date``
    values and its statuses enums, as ``encoded`` writes them: the record is the JSON of
    ``encoded``, not this dict."""
    timeline = assessment.timeline
    record: dict[str, Any] = {"schema_version": COMPACT_SCHEMA_VERSION}
    for name in TIMELINE_FIELDS:
        record[name] = getattr(timeline, name)  # dates, numbers and texts only
    record["milestones"] = [
        {
            "id": item.id,
            "occurrence": item.occurrence,
            "due": item.due,
            "window_start": item.window_start,
            "status": item.status,
            "done_on": item.done_on,
            "practice_date": item.practice_date,
        }
        for item in milestones
    ]
    record["extensions"] = [
        {
            "kind": item.kind,
            "from": item.first_day.isoformat(),
            "to": item.last_day.isoformat(),
            "days": item.days,
            "steps": [
                {"id": step.id, "values": {key: plain(value) for key, value in step.values}}
                for step in item.steps
            ],
        }
        for item in timeline.extensions
    ]
    record["chain"] = timeline.chain  # named tuples: ``encoded`` writes each as an object
    record["notes"] = [{"id": note.id} for note in timeline.notes]
    record["spoor"] = spoor_document(assessment.spoor, lang)
    record["pay"] = pay_document(assessment.pay)
    record["findings"] = [
        {
            "id": finding.id,
            "milestone": finding.milestone,
            "severity": finding.severity,
            "act_by": finding.act_by,
        }
        for finding in assessment.findings
    ]
    exposure = exposure_figures(assessment.exposure)
    record["exposure"] = exposure
    return record


def encoded(record: dict[str, Any]) -> str:
    """A record as one line of JSON, keys in their order, dates as ISO text and named
    tuples as objects of their fields (orjson: the record's contract is that
    ``json.loads`` of the line is the record, not the bytes ``json.dumps`` writes)."""
    import orjson

    try:
        return orjson.dumps(record, default=fields_of).decode("utf-8")
    except orjson.JSONEncodeError:  # a text orjson refuses (a lone surrogate): json writes it
        import json

        return json.dumps(plain(record), ensure_ascii=False)


def fields_of(value: object) -> dict[str, Any]:
    """A named tuple for orjson, which writes no named tuples itself."""
    as_dict = getattr(value, "_asdict", None)
    if isinstance(value, tuple) and as_dict is not None:
        result: dict[str, Any] = as_dict()
        return result
    raise TypeError(f"{type(value).__name__} is not JSON serializable")
