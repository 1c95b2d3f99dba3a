"""Editing a case file in place under hostile or unlucky conditions (docs/privacy.md,
"Editing a case file"): old Mac line ends, two runs at once, another program writing
the file meanwhile, links, a read-only file, another owner, a future date; and
``case init`` never following a link."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from poortwachter.inputs.documents import parse_document
from tests.helpers import run

#: These tests check the English wording of messages (Dutch is the default).
pytestmark = pytest.mark.usefixtures("english")

COMMAND = [sys.executable, "-m", "poortwachter"]
AS_OF = ("--as-of", "2026-06-01")

CASE = """\
schema_version: 1
case_id: E-1
# dossier
sick_periods:
  - start: 2025-01-06
events:
  arbodienst_melding: 2025-01-07   # gebeld
  probleemanalyse: 2025-02-10
  casemanager: A. Jansen
  evaluaties: [2025-04-14]
"""

CHANGED_MEANWHILE = (
    "the file changed meanwhile (another program wrote it while this edit was made): "
    "nothing written; run the command again"
)


def edit(*args: str) -> tuple[int, str, str]:
    """``poortwachter ARGS``, failing on a crash dressed as an error line."""
    code, out, err = run(*args)
    assert "Traceback" not in err
    assert "internal error" not in err
    return code, out, err


def case_file(tmp_path: Path, text: str = CASE, name: str = "dossier.yaml") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def events(path: Path) -> Any:
    document: Any = parse_document(str(path), path.read_bytes().decode("utf-8"))
    return document["events"]


# --- Dates after the as-of date ----------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--as-of", "2099-01-01"), "2099-01-01 is after today"),
        (
            ("2025-03-01", "--as-of", "2025-02-20"),
            "2025-03-01 is after the as-of date (2025-02-20)",
        ),
        (("2099-01-01",), "2099-01-01 is after today"),
    ],
)
def test_a_date_after_the_as_of_date_or_today_is_refused(
    tmp_path: Path, args: tuple[str, ...], said: str
) -> None:
    path = case_file(tmp_path)
    code, out, err = edit("case", "record", str(path), "plan_van_aanpak", *args)
    assert (code, out) == (2, "")
    assert said in err
    assert len(err.splitlines()) == 1
    assert path.read_text(encoding="utf-8") == CASE
