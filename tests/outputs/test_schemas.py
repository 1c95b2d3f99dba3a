"""The published JSON Schemas: what the models generate, and every output and example
validates against them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from hypothesis import given, settings
from typer.testing import CliRunner

from poortwachter.assessment import assess
from poortwachter.cli import app
from poortwachter.cli.schemas import rendered
from poortwachter.inputs.casefile import case_from_document
from poortwachter.inputs.documents import CaseFileError
from poortwachter.models import Case
from poortwachter.outputs.documents import assessment_document, timeline_document

from ..helpers import as_of_dates, full_cases

ROOT = Path(__file__).parent.parent.parent
SCHEMAS = ROOT / "schema"


def schema(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    return loaded


def validator(name: str) -> jsonschema.protocols.Validator:
    found = schema(name)
    checker = jsonschema.validators.validator_for(found)
    checker.check_schema(found)
    result: jsonschema.protocols.Validator = checker(found)
    return result


def test_the_checked_in_schemas_are_what_the_models_generate() -> None:
    import pydantic

    pins = (ROOT / "constraints" / "ci.txt").read_text(encoding="utf-8").splitlines()
    pinned = next(line.split("==")[1] for line in pins if line.startswith("pydantic=="))
    if pinned != pydantic.VERSION:
        # The files are generated with the pinned pydantic; other versions word a few
        # keywords differently (a pattern for decimals, allOf around a $ref), so the
        # comparison belongs to the pinned job. The validation tests below run anywhere.
        pytest.skip(f"schema files are generated with pydantic {pinned}, not {pydantic.VERSION}")
    for name, text in rendered().items():
        assert (SCHEMAS / name).read_text(encoding="utf-8") == text, (
            f"schema/{name} is stale: run python benchmarks/generate_schemas.py"
        )
    assert sorted(path.name for path in SCHEMAS.glob("*.json")) == sorted(rendered())


def test_every_schema_has_an_id_a_title_and_descriptions() -> None:
    for name in rendered():
        found = schema(name)
        assert found["$id"].startswith("urn:poortwachter:schema:")
        assert found["title"].startswith("poortwachter ")
        text = json.dumps(found)
        assert text.count('"description"') >= 10, name


def test_every_golden_output_validates() -> None:
    timeline, sanction_risk = (
        validator("timeline.schema.json"),
        validator("sanction-risk.schema.json"),
    )
    goldens = sorted((ROOT / "tests" / "outputs" / "golden").glob("*.json"))
    assert len(goldens) >= 10
    for golden in goldens:
        document = json.loads(golden.read_text(encoding="utf-8"))
        checker = sanction_risk if golden.name.endswith(".sanction-risk.json") else timeline
        checker.validate(document)


def test_a_timeline_with_a_field_the_schema_does_not_know_fails() -> None:
    golden = ROOT / "tests" / "outputs" / "golden" / "herstel-en-terugval.timeline.json"
    document = json.loads(golden.read_text(encoding="utf-8"))
    document["milestones"][0]["new_field"] = 1
    with pytest.raises(jsonschema.ValidationError):
        validator("timeline.schema.json").validate(document)


def test_every_batch_record_validates_good_and_bad_rows() -> None:
    checker = validator("batch-record.schema.json")
    runner = CliRunner()
    lines: list[str] = []
    for source in ("examples/batch/personeel.csv", "examples/batch/afas-export.csv", "examples"):
        result = runner.invoke(app, ["batch", source, "--as-of", "2025-06-01"])
        lines += result.stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert any("error" in record for record in records)
    assert sum("milestones" in record for record in records) > 10
    for record in records:
        checker.validate(record)


def _as_json(value: Any) -> Any:
    """A YAML document as JSON would hold it: dates as ISO text."""
    if isinstance(value, dict):
        return {key: _as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_json(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def test_every_example_case_file_validates() -> None:
    checker = validator("case-file.schema.json")
    examples = sorted((ROOT / "examples").glob("*.yaml"))
    assert examples
    for example in examples:
        checker.validate(_as_json(yaml.safe_load(example.read_text(encoding="utf-8"))))


@pytest.mark.parametrize(
    ("document", "valid"),
    [
        ({"case_id": 1042, "sick_periods": [{"start": "2025-01-06"}]}, True),
        ({"case_id": "E-1", "sick_periods": [{"start": "06-01-2025"}]}, True),
        (
            {
                "case_id": "E-1",
                "employer": {"wga_eigenrisicodrager": "Ja"},
                "sick_periods": [{"start": "2025-01-06"}],
            },
            True,
        ),
        (
            {
                "case_id": "E-1",
                "employee": {"wage": {"amount": "3.200,00", "per": "month"}},
                "sick_periods": [{"start": "2025-01-06"}],
            },
            True,
        ),
        ({"case_id": "E-1", "sick_periods": [{"start": "2025-01-06", "percentage": "70"}]}, True),
        ({"case_id": "E-1", "sick_periods": [{"start": "2025-01-06", "percentage": "1_0"}]}, False),
        ({"case_id": "E-1", "sick_periods": [{"start": "2025-01-06", "percentage": 50.5}]}, False),
        ({"case_id": "E-1", "sick_periods": [{"start": "2025-01-06", "percentage": 0}]}, False),
        ({"case_id": "E-1", "sick_periods": [{"start": "2025-1-6"}]}, False),
        (
            {
                "case_id": "E-1",
                "employee": {"hours_per_week": "36,5"},
                "sick_periods": [{"start": "2025-01-06"}],
            },
            True,
        ),
        (
            {
                "case_id": "E-1",
                "employee": {"hours_per_week": 61},
                "sick_periods": [{"start": "2025-01-06"}],
            },
            False,
        ),
        ({"case_id": True, "sick_periods": [{"start": "2025-01-06"}]}, False),
        ({"case_id": "", "sick_periods": [{"start": "2025-01-06"}]}, False),
        ({"case_id": "E-1", "sick_periods": []}, False),
        ({"case_id": "E-1", "sick_periods": [{"start": "2025-01-06", "cuase": "x"}]}, False),
        ({"case_id": "E-1", "sick_periods": [{"start": "6 januari"}]}, False),
    ],
)
def test_the_case_file_schema_and_the_loader_agree(document: dict[str, Any], valid: bool) -> None:
    checker = validator("case-file.schema.json")
    assert checker.is_valid(document) is valid
    try:
        case_from_document("schema", document)
    except CaseFileError:
        loaded = False
    else:
        loaded = True
    assert loaded is valid


@settings(max_examples=60, deadline=None)
@given(full_cases(), as_of_dates())
def test_any_case_gives_documents_that_validate(case: Case, as_of: date) -> None:
    assessment = assess(case, as_of)
    validator("sanction-risk.schema.json").validate(
        json.loads(json.dumps(assessment_document(assessment)))
    )
    validator("timeline.schema.json").validate(
        json.loads(json.dumps(timeline_document(assessment.timeline, "en")))
    )
