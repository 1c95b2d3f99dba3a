"""The receipt of a judgment (docs/machine-output.md, "Receipt"): the figures a judgment
used, worked by hand; a digest of the law data that is stable and changes with it; the
receipt in every JSON document and once for a batch run."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from poortwachter.assessment import assess
from poortwachter.law import receipt as receipt_module
from poortwachter.law.figures import MAX_DAGLOON, figures_recorded
from poortwachter.law.milestones import RULES
from poortwachter.law.receipt import all_figures, rules_digest
from poortwachter.models import Case, Employee, Wage

from ..helpers import EXAMPLES, records, run, write


def used_by(first_sick: str, as_of: str) -> list[tuple[str, object, date, bool]]:
    the_case = Case.from_first_sick_day(date.fromisoformat(first_sick))
    the_case = the_case._replace(employee=Employee(wage=Wage(Decimal(3100), "month")))
    with figures_recorded() as used:
        assess(the_case, date.fromisoformat(as_of))
    return [(item.id, item.value, item.valid_from, item.beyond_known) for item in used]


@pytest.mark.parametrize(
    ("first_sick", "cap", "since"),
    [
        # Day 728 of a chain from 3 Jan 2023 is 30 Dec 2024 (2024 a leap year): a
        # loonsanctie would start on 31 Dec 2024, under the cap of 1 July 2024.
        ("2023-01-03", "282.95", "2024-07-01"),
        # A day later it starts on 1 Jan 2025: the cap of 2025.
        ("2023-01-04", "290.67", "2025-01-01"),
    ],
)
def test_the_maximum_dagloon_used_is_the_one_on_the_sanctions_first_day(
    first_sick: str, cap: str, since: str
) -> None:
    used = used_by(first_sick, "2023-06-01")
    dagloon = [item for item in used if item[0] == "maximum_dagloon"]
    assert dagloon == [("maximum_dagloon", Decimal(cap), date.fromisoformat(since), False)]


def test_a_figure_needed_past_the_last_known_one_says_so() -> None:
    # A chain from 4 Jan 2025 ends its 104 weeks on 2 Jan 2027: past 31 Dec 2026, the
    # last day the 2026 maximum dagloon is known to cover.
    used = used_by("2025-01-04", "2025-06-01")
    assert ("maximum_dagloon", Decimal("304.25"), date(2026, 1, 1), True) in used


def test_each_figure_is_listed_once_and_nothing_is_recorded_outside_a_judgment() -> None:
    with figures_recorded() as used:
        MAX_DAGLOON.at(date(2025, 3, 1))
        MAX_DAGLOON.at(date(2025, 9, 1))  # the same entry: once
        MAX_DAGLOON.at(date(2024, 3, 1))
    assert [(item.id, item.valid_from) for item in used] == [
        ("maximum_dagloon", date(2025, 1, 1)),
        ("maximum_dagloon", date(2024, 1, 1)),
    ]
    with figures_recorded() as inner:
        pass
    MAX_DAGLOON.at(date(2025, 3, 1))  # outside any block: nothing recorded, no error
    assert inner == []


def test_the_digest_is_the_same_in_another_process() -> None:
    code = "from poortwachter.law.receipt import rules_digest; print(rules_digest())"
    other = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert other.stdout.strip() == rules_digest()
    assert len(rules_digest()) == len("sha256:") + 64


def test_the_digest_changes_with_any_rule_or_figure() -> None:
    before = receipt_module._canonical((RULES, MAX_DAGLOON))
    moved = RULES[0]._replace(label_nl=RULES[0].label_nl + ".")
    assert receipt_module._canonical(((moved, *RULES[1:]), MAX_DAGLOON)) != before
    figures = (*MAX_DAGLOON.values[:-1], (date(2026, 1, 1), Decimal("304.26")))
    raised = MAX_DAGLOON._replace(values=figures)
    assert receipt_module._canonical((RULES, raised)) != before
    assert receipt_module._canonical((RULES, MAX_DAGLOON)) == before


def test_every_json_document_ends_with_its_receipt(tmp_path: Path) -> None:
    example = str(EXAMPLES / "hovenier-spoor2-taxi.yaml")
    for command in ("timeline", "sanction-risk"):
        code, out, err = run(command, example, "--as-of", "2025-06-01", "--format", "json")
        assert code in (0, 1), err
        document = json.loads(out)
        assert list(document)[-1] == "receipt"
        assert document["receipt"]["rules_digest"] == rules_digest()
    ids = [item["id"] for item in document["receipt"]["parameters_used"]]
    assert "maximum_dagloon" in ids


def test_a_batch_run_writes_its_receipt_once(tmp_path: Path) -> None:
    table = write(tmp_path, "t.csv", "case_id,first_sick_day\n1,2025-01-06\n2,2025-02-03\n")
    target = tmp_path / "receipt.json"
    code, out, err = run("batch", table, "--as-of", "2025-06-01", "--receipt", str(target))
    assert code == 0, err
    assert all("receipt" not in record for record in records(out))
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["rules_digest"] == rules_digest()
    # A run over many cases may use any figure: every entry of every dated figure.
    assert len(document["parameters_used"]) == len(all_figures())
    assert {
        "id": "maximum_dagloon",
        "value": 304.25,
        "valid_from": "2026-01-01",
        "source": MAX_DAGLOON.source,
        "beyond_known": False,
    } in document["parameters_used"]


def test_the_kept_digest_is_the_one_the_law_data_gives() -> None:
    # A change to any rule, text or figure changes the computed digest: run
    # benchmarks/generate_schemas.py to write law/digest.py again.
    from poortwachter.law.receipt import computed_rules_digest

    assert rules_digest() == computed_rules_digest()
