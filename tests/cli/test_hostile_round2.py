"""Hostile input, round 2 (issue 22): long values cut short in every message, file names
that cannot forge a line, an output that would replace an input, /dev/stdout, a legacy
stdout encoding and a full stderr. Each test failed on the code before the issue."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from poortwachter.messages import message
from poortwachter.outputs.messages import MAX_SHOWN, MAX_SHOWN_LIST, say

from ..helpers import run, write

COMMAND = [sys.executable, "-m", "poortwachter"]
CASE = 'case_id: "1"\nsick_periods:\n  - start: 2025-01-06\nemployee:\n  name: Łukasz Żółć\n'
TABLE = "case_id,first_sick_day,employee_name\n1,2025-01-06,Łukasz Żółć\n2,2025-01-07,Ana\n"
AS_OF = ["--as-of", "2025-06-01"]


def no_internal_error(err: str) -> None:
    for crash in ("Traceback", "internal error", "interne fout"):
        assert crash not in err


def process(
    *args: str, env: dict[str, str] | None = None, stdout: object = None, stderr: object = None
) -> subprocess.CompletedProcess[bytes]:
    """``poortwachter ARGS`` in a child process (stdout and stderr captured unless given)."""
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [*COMMAND, *args],
        stdout=subprocess.PIPE if stdout is None else stdout,
        stderr=subprocess.PIPE if stderr is None else stderr,
        timeout=120,
        env={**os.environ, **(env or {})},
        check=False,
    )


# --- 2 and 7: a long value is cut short, in linear time, in both languages ---------------

LONG = 300_000


@pytest.mark.parametrize(
    ("name", "text", "args"),
    [
        # A duplicate column with a 300 KB name (in Dutch it took over 60 s).
        ("dup.csv", f"case_id,first_sick_day,{'x' * LONG},{'x' * LONG}\n1,2025-01-06,a,b\n", ()),
        # A 100 KB date (within the field bound).
        ("date.csv", f"case_id,first_sick_day\n1,{'2' * 100_000}\n", ()),
    ],
)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_long_column_or_date_gives_a_short_error_line_and_record(
    tmp_path: Path, name: str, text: str, args: tuple[str, ...], lang: str
) -> None:
    code, out, err = run("batch", write(tmp_path, name, text), *AS_OF, "--lang", lang, *args)
    no_internal_error(err)
    assert code == 2
    assert max(len(line) for line in err.splitlines()) < 3 * MAX_SHOWN_LIST
    for line in out.splitlines():
        assert len(line) < 5_000  # an error record: the value cut short
        assert "error" in json.loads(line)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_long_key_or_date_in_a_case_file_is_cut_short(tmp_path: Path, lang: str) -> None:
    long_date = f'case_id: "1"\nsick_periods:\n  - start: "{"2" * LONG}"\n'
    duplicate_key = '{"case_id": "1", "' + "k" * 400_000 + '": 1, "' + "k" * 400_000 + '": 2}'
    for name, text in (("date.yaml", long_date), ("key.json", duplicate_key)):
        code, out, err = run("timeline", write(tmp_path, name, text), *AS_OF, "--lang", lang)
        no_internal_error(err)
        assert (code, out) == (2, "")
        assert 0 < len(err) < 2_000, name
        assert ("tekens)" if lang == "nl" else "characters)") in err


def test_a_value_is_cut_saying_how_long_it_was() -> None:
    said = message("unknown_column", name="x" * 1000, suggestion="", valid="a, b")
    assert say(said, "nl").startswith("onbekende")
    assert f"{'x' * MAX_SHOWN}… (1.000 tekens)" in say(said, "nl")
    assert f"{'x' * MAX_SHOWN}… (1,000 characters)" in say(said, "en")
    # A short value, and the lists the tool makes itself, are shown whole.
    whole = message("unknown_column", name="x", suggestion="", valid="v" * MAX_SHOWN_LIST)
    assert "v" * MAX_SHOWN_LIST in say(whole, "en")


# --- 10: a file name cannot forge a line or drive the terminal -------------------------


def test_a_file_name_with_escapes_is_written_out(tmp_path: Path) -> None:
    name = write(tmp_path, "a\x1b[31m\nError: forged.yaml", CASE)
    code, out, err = run("case", "validate", name)
    assert code == 0, err
    assert "\x1b" not in out
    assert out.count("\n") == 1
    assert out.endswith("a\\x1b[31m\\nError: forged.yaml\n")
    target = str(tmp_path / "b\x1b[2J\nFout: x.yaml")
    code, out, err = run(
        "case", "init", "--id", "X", "--name", "Y", "--first-sick", "2025-01-06", target
    )
    assert code == 0, err
    assert "\x1b" not in err
    assert [line for line in err.splitlines() if line.startswith("Fout")] == []


# --- 11: an output that is one of the inputs; /dev/stdout -------------------------------


@pytest.mark.parametrize("command", ["report", "timeline", "sanction-risk"])
def test_an_output_that_is_the_case_file_is_refused(tmp_path: Path, command: str) -> None:
    case = write(tmp_path, "zaak.yaml", CASE)
    before = Path(case).read_bytes()
    for output in (case, str(tmp_path / "." / "zaak.yaml")):
        code, _, err = run(command, case, *AS_OF, "--output", output, "--lang", "en")
        assert code == 2
        assert "is an input of this run" in err
        assert Path(case).read_bytes() == before


def test_a_batch_output_over_its_input_or_into_its_folder_is_refused(tmp_path: Path) -> None:
    table = write(tmp_path, "export.csv", TABLE)
    code, _, err = run("batch", table, *AS_OF, "--format", "csv", "--output", table)
    assert code == 2
    assert "invoer van deze opdracht" in err
    assert Path(table).read_text(encoding="utf-8") == TABLE
    folder = tmp_path / "zaken"
    folder.mkdir()
    write(folder, "a.yaml", CASE)
    code, _, err = run("batch", str(folder), *AS_OF, "--output", str(folder / "a.yaml"))
    assert code == 2
    assert (folder / "a.yaml").read_text(encoding="utf-8") == CASE
    # Another name in the folder that no run reads as a case is written.
    code, _, err = run("batch", str(folder), *AS_OF, "--output", str(folder / "uit.txt"))
    assert code in (0, 1), err


def test_output_to_dev_stdout_writes_to_stdout_and_leaves_the_link(tmp_path: Path) -> None:
    case = write(tmp_path, "zaak.yaml", CASE)
    target = tmp_path / "out.json"
    with target.open("wb") as stdout:
        args = ("timeline", case, *AS_OF, "--format", "json", "--output", "/dev/stdout")
        done = process(*args, stdout=stdout)
    assert done.returncode == 0, done.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["case_id"] == "1"
    assert Path("/dev/stdout").is_symlink() or not Path("/dev/stdout").is_file()


# --- 12: a legacy stdout encoding -------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "name", "text"),
    [
        (["report"], "l.yaml", CASE),
        (["timeline"], "l.yaml", CASE),
        (["sanction-risk"], "l.yaml", CASE),
        (["batch", "--fail-on", "never"], "l.csv", TABLE),
        (["batch", "--fail-on", "never", "--format", "csv"], "l.csv", TABLE),
        (["agenda"], "l.csv", TABLE),
    ],
)
def test_a_cp1252_stdout_never_fails_the_run(
    tmp_path: Path, command: list[str], name: str, text: str
) -> None:
    path = write(tmp_path, name, text)
    done = process(command[0], path, *command[1:], *AS_OF, env={"PYTHONIOENCODING": "cp1252"})
    err = done.stderr.decode("cp1252", errors="replace")
    no_internal_error(err)
    assert done.returncode == 0, err
    assert done.stdout  # the whole output, not cut short
    if command[0] == "batch":
        assert done.stdout.count(b"\n") >= 2  # both rows


# --- 13: a full stderr ---------------------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_a_full_stderr_changes_neither_the_output_nor_the_exit_status(tmp_path: Path) -> None:
    table = write(tmp_path, "t.csv", TABLE)
    args = ("batch", table, *AS_OF, "--fail-on", "never", "--format", "csv")
    quiet = process(*args)
    with open("/dev/full", "wb") as full:
        loud = process(*args, stderr=full)
    assert quiet.returncode == loud.returncode == 0
    assert loud.stdout == quiet.stdout
    assert loud.stdout.count(b"\n") == 3
