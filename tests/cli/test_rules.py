"""``poortwachter rules``: the law data the engine applies, for people and for scripts
(docs/cli.md; docs/machine-output.md, "rules"). A script joins a batch record on ``id``:
the labels and texts the records carry are the ones ``rules`` prints."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import jsonschema

from poortwachter.law.findings import FINDING_TYPES
from poortwachter.law.milestones import RULES
from poortwachter.law.receipt import rules_digest

from ..helpers import EXAMPLES, ROOT, records, run


def rules(*options: str) -> dict[str, Any]:
    code, out, err = run("rules", "--format", "json", *options)
    assert (code, err) == (0, "")
    document: dict[str, Any] = json.loads(out)
    return document


def test_the_document_validates_and_names_every_rule_and_finding() -> None:
    document = rules()
    schema = json.loads((ROOT / "schema" / "rules.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    assert [item["id"] for item in document["milestones"]] == [rule.id for rule in RULES]
    assert {item["id"] for item in document["findings"]} == set(FINDING_TYPES)
    assert document["rules_digest"] == rules_digest()


def test_link_templates_name_the_day_to_read_the_article_on() -> None:
    (plan,) = [item for item in rules()["milestones"] if item["id"] == "plan_van_aanpak"]
    urls = [link["url"] for link in plan["basis_links"]]
    assert all("{date}" in url for url in urls)
    assert all("1900-01-01" not in url for url in urls)


def test_the_labels_and_basis_a_record_carries_are_the_rules() -> None:
    document = rules()
    labels = {item["id"]: (item["label_nl"], item["label_en"]) for item in document["milestones"]}
    bases = {item["id"]: item["basis"] for item in document["findings"]}
    example = str(EXAMPLES / "hovenier-spoor2-taxi.yaml")
    for lang, position in (("nl", 0), ("en", 1)):
        args = ("--as-of", "2025-06-01", "--lang", lang, "--detail", "full")
        code, out, err = run("batch", example, *args)
        assert code in (0, 1), err
        (record,) = records(out)
        for milestone in record["milestones"]:
            label = labels[milestone["id"]][position]
            assert milestone["label"] in (label, f"{label} {milestone['occurrence']}")
        for finding in record["findings"]:
            assert finding["basis"] == bases[finding["id"]]


def test_the_csv_has_a_row_per_rule_finding_and_part() -> None:
    code, out, err = run("rules", "--format", "csv")
    assert (code, err) == (0, "")
    rows = list(csv.DictReader(io.StringIO(out)))
    document = rules()
    expected = len(document["milestones"]) + len(document["findings"]) + len(document["riv_parts"])
    assert len(rows) == expected
    (row,) = [row for row in rows if row["id"] == "riv_eindevaluatie_ontbreekt"]
    assert (row["type"], row["severity"]) == ("finding", "medium")
    assert row["links"].startswith("https://wetten.overheid.nl/")


def test_the_table_lists_ids_in_the_language_asked() -> None:
    code, out, _ = run("rules", columns=160)
    assert code == 0
    assert "eerste_ziektedag_afwijkend" in out
    assert "middel" in out
    code, out, _ = run("rules", "--lang", "en", columns=160)
    assert "medium" in out
