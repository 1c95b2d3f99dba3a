"""The fast batch encoding (the full record) must say exactly what the ``sanction-risk``
document says, keys in order, spelled in one style: no space after ``,`` and ``:``."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from hypothesis import given, settings

from poortwachter.assessment import assess
from poortwachter.models import Case
from poortwachter.outputs.documents import assessment_document, finding_document, milestone_document
from poortwachter.outputs.fastjson import finding_json, milestone_json, record_json

from ..helpers import as_of_dates, full_cases


def compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def in_order(text: str) -> Any:
    """The JSON text read with every object as its list of pairs: key order counts."""
    return json.loads(text, object_pairs_hook=list)


@settings(max_examples=150)
@given(full_cases(), as_of_dates())
def test_the_fast_record_parses_to_the_to_dict_document(the_case: Case, as_of: date) -> None:
    assessment = assess(the_case, as_of)
    for lang in ("nl", "en"):
        record = {"row": 7, **assessment_document(assessment, lang, milestones=False)}
        fast = record_json(record, list(assessment.timeline.milestones), lang)
        assert json.loads(fast) == {"row": 7, **assessment_document(assessment, lang)}
        record = {
            "row": 7,
            **assessment_document(assessment, lang, milestones=False, findings=False),
        }
        fast = record_json(
            record, list(assessment.timeline.milestones), lang, assessment.findings, as_of
        )
        plain = compact({"row": 7, **assessment_document(assessment, lang)})
        assert in_order(fast) == in_order(plain)
        assert fast == compact(json.loads(fast))  # one style throughout the line


@settings(max_examples=100)
@given(full_cases(), as_of_dates())
def test_every_finding_encodes_like_json_dumps(the_case: Case, as_of: date) -> None:
    assessment = assess(the_case, as_of)
    for lang in ("nl", "en"):
        for finding in assessment.findings:
            plain = compact(finding_document(finding, lang, as_of))
            assert finding_json(finding, lang, as_of) == plain


def test_a_milestone_encodes_like_json_dumps() -> None:
    assessment = assess(Case.from_first_sick_day(date(2025, 1, 4)), date(2025, 3, 1))
    for milestone in assessment.timeline.milestones:
        encoded = milestone_json(milestone, "nl")
        assert encoded == compact(milestone_document(milestone, "nl"))


def test_a_case_id_that_looks_like_the_marker_is_kept_as_it_is() -> None:
    the_case = Case.from_first_sick_day(date(2025, 1, 6), case_id="\x00milestones\x00")
    assessment = assess(the_case, date(2025, 3, 1))
    record = {"row": 1, **assessment_document(assessment, "en", milestones=False)}
    parsed = json.loads(record_json(record, list(assessment.timeline.milestones), "en"))
    assert parsed["case_id"] == "\x00milestones\x00"
    assert len(parsed["milestones"]) == len(assessment.timeline.milestones)


def test_a_milestone_not_made_by_the_engine_encodes_like_json_dumps() -> None:
    # The links hold a placeholder day while they are made; a basis that holds the same
    # date must come through as it is.
    assessment = assess(Case.from_first_sick_day(date(2025, 1, 6)), date(2025, 3, 1))
    for milestone in assessment.timeline.milestones:
        changed = milestone._replace(basis="Besluit van 1900-01-01", basis_urls=("u",))
        plain = compact(milestone_document(changed, "en"))
        assert milestone_json(changed, "en") == plain
        assert milestone_json(milestone, "en") == compact(milestone_document(milestone, "en"))
