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


# --- Line ends ----------------------------------------------------------------------


def test_old_mac_line_ends_are_edited_in_place_and_kept(tmp_path: Path) -> None:
    path = case_file(tmp_path, CASE.replace("\n", "\r"))
    code, out, err = edit("case", "record", str(path), "arbodienst_melding", "2025-01-08",
                          "--replace", *AS_OF)  # fmt: skip
    assert code == 0, err
    assert "(was 2025-01-07)" in out
    assert path.read_bytes() == CASE.replace("2025-01-07", "2025-01-08").replace("\n", "\r").encode(
        "utf-8"
    )
    code, _, err = edit("case", "record", str(path), "plan_van_aanpak", "2025-03-01", *AS_OF)
    assert code == 0, err
    code, _, err = edit("case", "set", str(path), "employee.name", "P. Bakker", *AS_OF)
    assert code == 0, err
    data = path.read_bytes()
    assert b"\n" not in data
    assert events(path) == {
        "arbodienst_melding": "2025-01-08",
        "probleemanalyse": "2025-02-10",
        "casemanager": "A. Jansen",
        "evaluaties": ["2025-04-14"],
        "plan_van_aanpak": "2025-03-01",
    }


@pytest.mark.parametrize(
    "text",
    [
        CASE.replace("events:\n", "events:\r"),  # carriage returns alone besides LF
        CASE.replace("# dossier", "# dossier\u2028# more"),  # a line end of Unicode
    ],
    ids=["mixed", "unicode"],
)
def test_line_ends_the_edits_cannot_place_are_refused_byte_for_byte(
    tmp_path: Path, text: str
) -> None:
    path = case_file(tmp_path, text)
    before = path.read_bytes()
    code, out, err = edit("case", "record", str(path), "plan_van_aanpak", "2025-03-01", *AS_OF)
    assert (code, out) == (2, "")
    assert err.startswith(f"Error: {path}: ")
    assert "line end" in err
    assert len(err.splitlines()) == 1
    assert path.read_bytes() == before


# --- Dates after the as-of date ----------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--as-of", "2099-01-01"), "2099-01-01 is after today"),
        (("2025-03-01", "--as-of", "2025-02-20"), "2025-03-01 is after the as-of date"),
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
