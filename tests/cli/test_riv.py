"""``poortwachter riv``: a draft re-integratieverslag to finish, as HTML, Word and JSON
(docs/cli.md; docs/law.md section 7a). The example's dates are worked by hand: sick from
Monday 8 January 2024 to 26 January, and again from 12 February (16 days apart, so one
chain from 8 January)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import docx
import jsonschema
import pytest

from ..helpers import EXAMPLES, ROOT, run, run_bytes, write

EXAMPLE = str(EXAMPLES / "riv-onvolledig.yaml")
AS_OF = ["--as-of", "2025-10-20"]


def draft(*options: str) -> dict[str, Any]:
    code, out, err = run("riv", EXAMPLE, *AS_OF, "--format", "json", *options)
    assert code == 0, err
    document: dict[str, Any] = json.loads(out)
    return document


def parts(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {part["id"]: part for part in document["parts"]}


def test_the_json_draft_validates_against_its_schema() -> None:
    schema = json.loads((ROOT / "schema" / "riv.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(draft(), schema)
    jsonschema.validate(draft("--lang", "en"), schema)


def test_each_part_is_present_missing_or_not_applicable_with_its_findings() -> None:
    found = parts(draft())
    assert found["probleemanalyse"]["status"] == "aanwezig"
    assert found["probleemanalyse"]["on"] == "2024-02-16"
    assert found["eindevaluatie"]["status"] == "ontbreekt"
    assert found["visie_werknemer"]["status"] == "ontbreekt"
    assert found["bijstellingen"]["dates"] == ["2024-11-25"]
    ids = {part: [f["id"] for f in found[part]["findings"]] for part in found}
    assert ids["eindevaluatie"] == ["riv_eindevaluatie_ontbreekt"]
    # 2 Jun 2025 is 134 days before the RIV of 14 Oct 2025: more than 91, not current.
    assert ids["actueel_oordeel"] == ["riv_actueel_oordeel_onjuist"]
    assert ids["probleemanalyse"] == []


def test_the_draft_is_prefilled_with_the_case() -> None:
    document = draft()
    assert document["first_sick_day"] == "2024-01-08"
    assert document["employee"] == {
        "name": "S. Yilmaz",
        "date_of_birth": None,
        "contract_end": None,
        "hours_per_week": None,
    }
    assert document["casemanager"] == "M. de Graaf"
    chain = document["chain"]
    assert isinstance(chain, dict)
    assert [p["start"] for p in chain["periods"]] == ["2024-01-08", "2024-02-12"]
    assert [step["id"] for step in document["spoor_history"]] == [
        "spoor1_no_prospect",  # 20 Nov 2024
        "spoor2_start",  # 20 Dec 2024
        "eerstejaarsevaluatie",  # 10 Jan 2025: in the order they happened
    ]
    assert document["receipt"]["rules_digest"].startswith("sha256:")


def test_the_draft_holds_no_diagnosis(tmp_path: Path) -> None:
    text = (
        Path(EXAMPLE)
        .read_text(encoding="utf-8")
        .replace(
            "  - {start: 2024-01-08, end: 2024-01-26}",
            "  - {start: 2024-01-08, end: 2024-01-26, cause: hernia-diagnose}",
        )
    )
    case = write(tmp_path, "zaak.yaml", text)
    for form in ("json", "html"):
        code, out, err = run("riv", case, *AS_OF, "--format", form)
        assert code == 0, err
        assert "hernia" not in out


def test_without_contents_the_parts_come_from_the_events(tmp_path: Path) -> None:
    text = Path(EXAMPLE).read_text(encoding="utf-8")
    text = text[: text.index("reintegratieverslag_inhoud:")]
    case = write(tmp_path, "zaak.yaml", text)
    code, out, err = run("riv", case, *AS_OF, "--format", "json")
    assert code == 0, err
    found = parts(json.loads(out))
    assert found["plan_van_aanpak"]["status"] == "uit_dossier"
    assert found["plan_van_aanpak"]["on"] == "2024-02-28"
    # The latest evaluation up to the as-of date stands in for the eindevaluatie.
    assert (found["eindevaluatie"]["status"], found["eindevaluatie"]["on"]) == (
        "uit_dossier",
        "2025-10-08",
    )
    assert found["visie_werknemer"]["status"] == "ontbreekt"


@pytest.mark.parametrize(("lang", "missing"), [("nl", "ONTBREEKT"), ("en", "MISSING")])
def test_the_html_draft_marks_what_is_missing(lang: str, missing: str) -> None:
    code, out, err = run("riv", EXAMPLE, *AS_OF, "--lang", lang)
    assert code == 0, err
    assert out.startswith("<!DOCTYPE html>")
    assert '<p class="missing">' in out
    assert missing in out
    assert "<script" not in out
    title = "Re-integratieverslag (concept)" if lang == "nl" else "Re-integratieverslag (draft)"
    assert f"<h1>{title}: E-2024-031</h1>" in out


def test_the_word_draft_opens_in_word_with_every_section(tmp_path: Path) -> None:
    target = tmp_path / "riv.docx"
    code, _, err = run("riv", EXAMPLE, *AS_OF, "--format", "docx", "--output", str(target))
    assert code == 0, err
    document = docx.Document(str(target))
    headings = [
        p.text
        for p in document.paragraphs
        if p.style is not None and (p.style.name or "").startswith("Heading")
    ]
    assert headings[:6] == [
        "1. Gegevens (Regeling art. 6 lid 1 sub a tot en met e)",
        "2. Verloop van de ziekte",
        "3. Termijnen",
        "4. Spoor",
        "5. Verlengingen",
        "6. Onderdelen van het verslag (Regeling art. 6 lid 1 sub f tot en met l)",
    ]
    assert headings[6] == "Verantwoording"
    texts = "\n".join(p.text for p in document.paragraphs)
    assert "De eindevaluatie: ONTBREEKT" in texts
    assert len(document.tables) == 2  # the data, the terms


def test_a_word_draft_to_a_pipe_is_the_document_itself() -> None:
    code, out, err = run_bytes("riv", EXAMPLE, *AS_OF, "--format", "docx")
    assert code == 0, err
    assert out.startswith(b"PK")
    assert docx.Document(io.BytesIO(out)).paragraphs


def test_a_bad_case_file_is_one_clear_line(tmp_path: Path) -> None:
    case = write(tmp_path, "zaak.yaml", "case_id: X\nsick_periods: []\n")
    code, out, err = run("riv", case, "--lang", "en")
    assert (code, out) == (2, "")
    assert err.startswith("Error: ")
    assert "Traceback" not in err
