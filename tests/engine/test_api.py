"""The Python API: what ``poortwachter`` exports, typed languages, lazy imports."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from typing import Any

import pytest

import poortwachter
from poortwachter import (
    Case,
    SickPeriod,
    assess,
    assessment_document,
    compute_timeline,
    finding_action,
    finding_message,
    milestone_label,
    timeline_document,
)
from poortwachter.models import Events
from poortwachter.outputs.documents import milestone_document

AS_OF = date(2025, 6, 1)
CASE = Case(sick_periods=(SickPeriod(date(2025, 1, 6)),), case_id="API-1")


@pytest.mark.parametrize("lang", ["de", "NL", "", None, 1])
def test_another_language_is_a_clear_value_error(lang: Any) -> None:
    recorded_nothing = CASE._replace(events=Events())  # so it has findings
    timeline = compute_timeline(recorded_nothing, as_of=AS_OF)
    assessment = assess(recorded_nothing, as_of=AS_OF)
    assert assessment.findings
    for call in (
        lambda: timeline_document(timeline, lang),
        lambda: assessment_document(assessment, lang),
        lambda: milestone_document(timeline.milestones[0], lang),
        lambda: milestone_label(timeline.milestones[0], lang),
        lambda: finding_message(assessment.findings[0], lang),
        lambda: finding_action(assessment.findings[0], lang),
    ):
        with pytest.raises(ValueError, match=r"lang must be 'nl' or 'en', not "):
            call()


def test_both_languages_work() -> None:
    assessment = assess(CASE, as_of=AS_OF)
    assert (
        assessment_document(assessment, "nl")["milestones"][0]["label"]
        != (assessment_document(assessment, "en")["milestones"][0]["label"])
    )


def test_the_public_model_is_exported() -> None:
    for name in poortwachter.__all__:
        assert getattr(poortwachter, name) is not None, name
    named_in_the_issue = (
        "Events Employee Employer Wage ExtensionsInput Loonsanctie Milestone Status Finding "
        "case_from_document case_json_schema"
    )
    for name in named_in_the_issue.split():
        assert name in poortwachter.__all__
    document = {"case_id": "A-1", "sick_periods": [{"start": "2025-01-06"}]}
    case = poortwachter.case_from_document("api", document)
    assert case.events is None  # no events block: nothing recorded (not an empty block)
    assert case.sick_periods == (poortwachter.SickPeriod(date(2025, 1, 6)),)
    assert poortwachter.case_json_schema()["type"] == "object"


def test_importing_the_package_loads_nothing_heavy() -> None:
    probe = (
        "import sys, poortwachter; "
        "print(sorted(m for m in ('pydantic', 'rich', 'yaml', 'typer', 'holidays', "
        "'poortwachter.engine', 'poortwachter.inputs.casefile', 'poortwachter.api') "
        "if m in sys.modules))"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert found.stdout.strip() == "[]"
