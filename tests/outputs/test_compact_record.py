"""The compact batch record (docs/machine-output.md, "JSON Lines"): every field it holds
is the full record's, with the same value, whatever the case; its texts are left to
``poortwachter rules``; both records validate against the published schema."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from poortwachter.assessment import assess
from poortwachter.models import Case, CaseError
from poortwachter.outputs.compact import (
    FINDING_FIELDS,
    MILESTONE_FIELDS,
    compact_record,
    encoded,
)
from poortwachter.outputs.documents import assessment_document

from ..helpers import EXAMPLES, ROOT, full_cases, records, run


def projected(full: dict[str, Any]) -> dict[str, Any]:
    """The full record cut to the compact record's fields."""
    cut = dict(full)
    cut["schema_version"] = 2
    cut["milestones"] = [
        {key: item[key] for key in MILESTONE_FIELDS} for item in full["milestones"]
    ]
    cut["findings"] = [{key: item[key] for key in FINDING_FIELDS} for item in full["findings"]]
    cut["extensions"] = [
        {
            **{key: item[key] for key in ("kind", "from", "to", "days")},
            "steps": [{"id": step["id"], "values": step["values"]} for step in item["steps"]],
        }
        for item in full["extensions"]
    ]
    cut["notes"] = [{"id": note["id"]} for note in full["notes"]]
    cut["exposure"] = {k: v for k, v in full["exposure"].items() if k != "assumptions"}
    return cut


@settings(max_examples=80, deadline=None)
@given(full_cases(), st.integers(-30, 900), st.sampled_from(["nl", "en"]))
def test_the_compact_record_is_the_full_record_cut_short(
    case: Case, offset: int, lang: str
) -> None:
    as_of = case.sick_periods[0].start + timedelta(days=offset)
    try:
        assessment = assess(case, as_of)
    except CaseError:
        return
    full = json.loads(json.dumps(assessment_document(assessment, lang)))  # type: ignore[arg-type]
    record = compact_record(assessment, list(assessment.timeline.milestones), lang)  # type: ignore[arg-type]
    compact = json.loads(encoded(record))
    assert compact == projected(full)


def test_a_batch_writes_compact_records_by_default_and_full_ones_on_request() -> None:
    schema = json.loads((ROOT / "schema" / "batch-record.schema.json").read_text("utf-8"))
    example = str(EXAMPLES / "hovenier-spoor2-taxi.yaml")
    code, out, err = run("batch", example, "--as-of", "2025-06-01")
    assert code in (0, 1), err
    (compact,) = records(out)
    code, out, err = run("batch", example, "--as-of", "2025-06-01", "--detail", "full")
    (full,) = records(out)
    assert (compact["schema_version"], full["schema_version"]) == (2, 1)
    for record in (compact, full):
        jsonschema.validate(record, schema)
    assert compact == {**projected(full), "row": full["row"], "source": full["source"]}
    # No label, message or basis in the compact record: they are in poortwachter rules.
    text = json.dumps(compact)
    assert '"label"' not in text
    assert '"basis"' not in text
    assert len(text) * 3 < len(json.dumps(full))


def test_a_record_orjson_refuses_is_still_written() -> None:
    from poortwachter.outputs.compact import encoded

    record = {"row": 1, "employee_name": "J\udcff de Vries", "milestones": []}
    assert json.loads(encoded(record)) == record
    plain = {"row": 2, "case_id": "E-1", "sick_week": 3}
    assert encoded(plain) == json.dumps(plain, separators=(",", ":"))
    assert list(json.loads(encoded(plain))) == ["row", "case_id", "sick_week"]


@settings(max_examples=60, deadline=None)
@given(full_cases(), st.integers(-30, 900))
def test_a_record_orjson_refuses_is_written_the_same_by_json(case: Case, offset: int) -> None:
    """A lone surrogate (a name read from a broken file) makes orjson refuse a record;
    json then writes it, with its dates, chain and statuses as orjson writes them."""
    as_of = case.sick_periods[0].start + timedelta(days=offset)
    try:
        assessment = assess(case, as_of)
    except CaseError:
        return
    record = compact_record(assessment, list(assessment.timeline.milestones), "nl")
    written = json.loads(encoded(record))
    refused = encoded({**record, "case_id": "A\ud800B"})
    assert "A\ud800B" in refused  # json wrote it: orjson writes no lone surrogate
    assert json.loads(refused) == {**written, "case_id": "A\ud800B"}
    assert isinstance(written["chain"], dict)
    assert isinstance(written["chain"]["periods"][0], dict)


NAMES = ["Anne\u2028Bakker", "Piet\x85Jansen", "Els\u2029Smit", "Joë · € 5", "Ab"]


@pytest.mark.parametrize("to_file", [True, False])
def test_a_name_with_a_line_break_of_unicode_stays_on_its_line(
    tmp_path: Path, to_file: bool
) -> None:
    """U+2028, U+2029 and NEL split lines for Python's ``splitlines`` and many editors:
    a record escapes them, however the record is written (the bytes of a file, or text),
    and the name reads back as given; other characters beyond ASCII stay as they are."""
    lines = [
        json.dumps(
            {
                "case_id": f"N-{number}",
                "sick_periods": [{"start": "2025-01-06"}],
                "employee": {"name": name},
            }
        )
        for number, name in enumerate(NAMES)
    ]
    source = tmp_path / "cases.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    target = tmp_path / "out.jsonl"
    extra = ["--output", str(target)] if to_file else []
    code, out, err = run("batch", str(source), "--as-of", "2025-06-01", *extra)
    assert code == 0, err
    text = target.read_text(encoding="utf-8") if to_file else out
    written = text.splitlines()
    assert len(written) == len(NAMES)
    assert [json.loads(line)["employee_name"] for line in written] == NAMES
    assert "\u2028" not in text
    assert "\x85" not in text
    assert "\u2029" not in text
    assert "€" in text
