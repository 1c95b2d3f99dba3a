"""Golden JSON for every example case file, reviewed as diffs.

Regenerate after an intended change with ``UPDATE_GOLDEN=1 pytest tests/outputs/test_golden.py``
and read the diff before committing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from poortwachter.cli import app

ROOT = Path(__file__).parent.parent.parent
GOLDEN = Path(__file__).parent / "golden"
#: Each example is judged on a date that shows its interesting part.
AS_OF = {
    "doorlopend-ziek": "2024-03-01",
    "herstel-en-terugval": "2022-09-01",
    "rond-zwangerschapsverlof": "2024-10-01",
    "hovenier-spoor2-taxi": "2025-06-01",
    "geen-plan-van-aanpak": "2025-04-01",
    "te-late-wia-aanvraag-loonsanctie": "2025-06-01",  # after the repair was decided
    "eigenrisicodrager-wga": "2024-09-01",
    "schone-zaak": "2025-09-01",
    "aow-leeftijd": "2026-03-15",
    "ziek-uit-dienst": "2026-04-20",
    "eerstejaarsevaluatie-te-vroeg": "2025-12-01",
    "gepland-na-peildatum": "2026-12-04",  # before the planned dates
    "brief-uwv-te-laat": "2026-10-20",  # within the 4 weeks after the late letter
    "riv-onvolledig": "2025-10-20",  # after the RIV, before the WIA application
}
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


def test_every_example_has_an_as_of_date() -> None:
    assert {path.stem for path in EXAMPLES} == set(AS_OF)


@pytest.mark.parametrize("command", ["timeline", "sanction-risk"])
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda path: path.stem)
def test_example_output_matches_its_golden_file(example: Path, command: str) -> None:
    source = ["--case", str(example)] if command == "timeline" else [str(example)]
    result = CliRunner().invoke(
        app,
        [command, *source, "--as-of", AS_OF[example.stem], "--format", "json"],
    )
    assert result.exit_code in (0, 1), result.stderr
    golden = GOLDEN / f"{example.stem}.{command}.json"
    found = steady(json.loads(result.stdout))
    if os.environ.get("UPDATE_GOLDEN") == "1":
        text = json.dumps(found, ensure_ascii=False, indent=2) + "\n"
        golden.write_text(text, encoding="utf-8")
    assert found == json.loads(golden.read_text(encoding="utf-8"))


#: The receipt's engine version and law-data digest change with every release and every
#: change to the law data; the goldens review what a judgment used, not those.
STEADY_DIGEST = "sha256:" + "0" * 64


def steady(document: dict[str, Any]) -> dict[str, Any]:
    """A document with its receipt's version and digest made steady."""
    receipt = document["receipt"]
    assert receipt["rules_digest"].startswith("sha256:")
    return {
        **document,
        "receipt": {**receipt, "engine_version": "-", "rules_digest": STEADY_DIGEST},
    }
