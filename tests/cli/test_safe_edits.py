"""Editing a case file in place under hostile or unlucky conditions (docs/privacy.md,
"Editing a case file"): old Mac line ends, two runs at once, another program writing
the file meanwhile, links, a read-only file, another owner, a future date; and
``case init`` never following a link."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
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


# --- Two runs at once, and another program meanwhile ------------------------------------

RACERS = ["plan_van_aanpak", "wia_aanvraag", "eerstejaarsevaluatie", "reintegratieverslag"]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs processes started at once")
def test_runs_at_once_lose_no_change_that_was_reported(tmp_path: Path) -> None:
    for round_number in range(3):
        path = case_file(tmp_path, name=f"race-{round_number}.yaml")
        days = ["2025-03-01", "2025-12-01", "2025-11-20", "2025-11-01"]
        runs = [
            subprocess.Popen(
                [*COMMAND, "case", "record", str(path), event, day, *AS_OF, "--lang", "en"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for event, day in zip(RACERS, days, strict=True)
        ]
        on_file = None
        for process, event in zip(runs, RACERS, strict=True):
            out, err = process.communicate(timeout=60)
            assert "Traceback" not in err
            if process.returncode == 0:
                assert f"events.{event} = " in out
            else:
                assert process.returncode == 2, err
                assert err == f"Error: {path}: {CHANGED_MEANWHILE}\n"
        on_file = events(path)
        for process, event, day in zip(runs, RACERS, days, strict=True):
            if process.returncode == 0:  # reported as recorded: it is in the file
                assert on_file.get(event) == day, (event, on_file)
        assert on_file["arbodienst_melding"] == "2025-01-07"
        assert sorted(item.name for item in tmp_path.iterdir() if ".partial" in item.name) == []


def another_program(path: Path, how: str) -> None:
    """What an editor does to the file while the edit is made, taking no lock."""
    if how == "in place":
        with path.open("a", encoding="utf-8") as stream:
            stream.write("  wia_aanvraag: 2025-12-01\n")
    else:
        other = path.with_name("saved-by-editor.yaml")
        other.write_text(CASE + "  wia_aanvraag: 2025-12-01\n", encoding="utf-8")
        other.replace(path)


@pytest.mark.parametrize("how", ["in place", "replaced"])
def test_a_file_changed_meanwhile_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    import poortwachter.inputs.editing as editing

    path = case_file(tmp_path)
    real_record = editing.record_event

    def record_while_another_writes(*args: Any, **kwargs: Any) -> Any:
        another_program(path, how)
        return real_record(*args, **kwargs)

    monkeypatch.setattr(editing, "record_event", record_while_another_writes)
    code, out, err = edit("case", "record", str(path), "plan_van_aanpak", "2025-03-01", *AS_OF)
    assert (code, out) == (2, "")
    assert err == f"Error: {path}: {CHANGED_MEANWHILE}\n"
    assert path.read_text(encoding="utf-8") == CASE + "  wia_aanvraag: 2025-12-01\n"
    assert sorted(item.name for item in tmp_path.iterdir()) == ["dossier.yaml"]


HOLD_LOCK = """
import fcntl, os, sys, time
descriptor = os.open(sys.argv[1], os.O_RDONLY)
fcntl.flock(descriptor, fcntl.LOCK_EX)
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
"""


def holding_the_lock(path: Path, seconds: float) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline() == "locked\n"
    return holder


def test_an_edit_waits_for_another_runs_lock(tmp_path: Path) -> None:
    path = case_file(tmp_path)
    holder = holding_the_lock(path, 1.0)
    started = time.monotonic()
    code, _, err = edit("case", "record", str(path), "plan_van_aanpak", "2025-03-01", *AS_OF)
    assert code == 0, err
    assert time.monotonic() - started > 0.5  # it waited
    assert holder.wait(timeout=30) == 0
    assert events(path)["plan_van_aanpak"] == "2025-03-01"


def test_a_run_killed_while_holding_the_lock_blocks_no_later_edit(tmp_path: Path) -> None:
    path = case_file(tmp_path)
    holder = holding_the_lock(path, 60)
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    code, _, err = edit("case", "record", str(path), "plan_van_aanpak", "2025-03-01", *AS_OF)
    assert code == 0, err
    assert sorted(item.name for item in tmp_path.iterdir()) == ["dossier.yaml"]


# --- Links, modes and owners -------------------------------------------------------------


def test_an_edit_through_a_link_changes_the_real_file_and_keeps_the_link(tmp_path: Path) -> None:
    (tmp_path / "dossiers").mkdir()
    real = case_file(tmp_path / "dossiers")
    link = tmp_path / "mine.yaml"
    link.symlink_to(Path("dossiers") / "dossier.yaml")
    code, out, err = edit("case", "record", str(link), "plan_van_aanpak", "2025-03-01", *AS_OF)
    assert code == 0, err
    assert out.startswith(f"{link}: events.plan_van_aanpak = 2025-03-01")
    assert link.is_symlink()
    assert events(real)["plan_van_aanpak"] == "2025-03-01"
    assert sorted(item.name for item in (tmp_path / "dossiers").iterdir()) == ["dossier.yaml"]


def test_a_read_only_file_is_refused_and_kept(tmp_path: Path) -> None:
    path = case_file(tmp_path)
    path.chmod(0o444)
    code, out, err = edit("case", "set", str(path), "employee.name", "P. Bakker", *AS_OF)
    assert (code, out) == (2, "")
    assert err == f"Error: {path}: the file is read-only: not changed (make it writable first)\n"
    assert path.read_text(encoding="utf-8") == CASE
    assert stat.S_IMODE(path.stat().st_mode) == 0o444


def test_a_file_with_another_hard_link_is_refused_and_both_names_kept(tmp_path: Path) -> None:
    path = case_file(tmp_path)
    other = tmp_path / "copy-in-archive.yaml"
    os.link(path, other)
    code, out, err = edit("case", "set", str(path), "employee.name", "P. Bakker", *AS_OF)
    assert (code, out) == (2, "")
    assert err.startswith(f"Error: {path}: the file has 2 hard links: replacing it would split")
    assert path.read_text(encoding="utf-8") == other.read_text(encoding="utf-8") == CASE
    assert path.stat().st_ino == other.stat().st_ino


def test_an_edit_keeps_the_files_mode_and_owner(tmp_path: Path) -> None:
    path = case_file(tmp_path)
    path.chmod(0o640)
    owner = (4321, 8765) if os.geteuid() == 0 else (os.getuid(), os.getgid())
    if os.geteuid() == 0:  # as root: a file of another user, edited by root
        os.chown(path, *owner)
    code, _, err = edit("case", "set", str(path), "employee.name", "P. Bakker", *AS_OF)
    assert (code, err) == (0, "")
    info = path.stat()
    assert (info.st_uid, info.st_gid) == owner
    assert stat.S_IMODE(info.st_mode) == 0o640
    assert "P. Bakker" in path.read_text(encoding="utf-8")


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


@pytest.mark.parametrize(
    ("command", "day", "refused"),
    [
        # A relapse starts on a day that has happened: the as-of date, not the day after.
        ("relapse", "2025-06-01", False),
        ("relapse", "2025-06-02", True),
        # "Hersteld per morgen": fit again the day after the as-of date, so the last sick
        # day is the as-of date itself; two days after is ahead.
        ("recover", "2025-06-02", False),
        ("recover", "2025-06-03", True),
    ],
)
def test_a_recovery_or_relapse_ahead_of_the_as_of_date_is_refused(
    tmp_path: Path, command: str, day: str, refused: bool
) -> None:
    text = CASE.replace("  - start: 2025-01-06\n", "  - {start: 2025-01-06, end: 2025-05-09}\n")
    if command == "recover":
        text = CASE
    path = case_file(tmp_path, text)
    code, _, err = edit("case", command, str(path), day, "--as-of", "2025-06-01")
    if refused:
        assert code == 2
        assert f"{day} is after the as-of date (2025-06-01)" in err
        assert path.read_text(encoding="utf-8") == text
    else:
        assert code == 0, err
        assert path.read_text(encoding="utf-8") != text


# --- case init writes a new file, never through a link -----------------------------------


def test_case_init_refuses_a_dangling_link_and_creates_nothing(tmp_path: Path) -> None:
    link = tmp_path / "nieuw.yaml"
    link.symlink_to(tmp_path / "elsewhere.yaml")
    code, out, err = edit("case", "init", str(link))
    assert (code, out) == (2, "")
    assert err == (
        f"Error: {link}: is a symbolic link: not followed (--force replaces the link itself, "
        "never what it points to)\n"
    )
    assert sorted(item.name for item in tmp_path.iterdir()) == ["nieuw.yaml"]
    assert not (tmp_path / "elsewhere.yaml").exists()


def test_case_init_force_replaces_the_link_itself_never_its_target(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    victim.chmod(0o644)
    link = tmp_path / "nieuw.yaml"
    link.symlink_to(victim)
    code, _, err = edit("case", "init", str(link), "--force")
    assert code == 0, err
    assert victim.read_text() == "keep me"
    assert not link.is_symlink()
    assert stat.S_IMODE(link.stat().st_mode) == 0o600
    assert "case_id:" in link.read_text(encoding="utf-8")
    assert sorted(item.name for item in tmp_path.iterdir()) == ["nieuw.yaml", "victim.txt"]


def test_case_init_writes_a_private_file_whole_and_keeps_an_existing_one(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.yaml"
    code, _, err = edit("case", "init", str(path))
    assert code == 0, err
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.write_text("mine")
    code, _, err = edit("case", "init", str(path))
    assert code == 2
    assert path.read_text() == "mine"
    assert sorted(item.name for item in tmp_path.iterdir()) == ["nieuw.yaml"]
