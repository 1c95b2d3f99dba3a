"""The bare apps the benchmarks measure the cold start against must run: a ratio against
an app that fails at once would be meaningless (docs/speed.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

from benchmark import BARE_TYPER_APP  # noqa: E402
from lean_records import BEFORE_COMMIT, bare_table_app, before_source, table_rows  # noqa: E402

#: The rows of ``timeline``'s table for the benchmark's command (docs/speed.md): worked by
#: hand from its output at 100 columns, weeks 1 to 156.
TIMELINE_TABLE_ROWS = 31


def test_the_bare_table_is_the_size_of_timelines() -> None:
    assert table_rows() == TIMELINE_TABLE_ROWS


# Borders, header and its rule, and two lines a row.
@pytest.mark.parametrize(
    ("app", "lines"),
    [(BARE_TYPER_APP, 1), (bare_table_app(TIMELINE_TABLE_ROWS), 4 + 2 * TIMELINE_TABLE_ROWS)],
)
def test_a_bare_app_runs_and_prints_what_it_stands_for(
    app: str, lines: int, tmp_path: Path
) -> None:
    script = tmp_path / "bare.py"
    script.write_text(app, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), "hello"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={"COLUMNS": "100", "PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == lines


def test_the_code_of_before_comes_from_the_history_or_a_reason_is_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    known = subprocess.run(
        ["git", "-C", str(BENCHMARKS.parent), "cat-file", "-e", f"{BEFORE_COMMIT}^{{commit}}"],
        capture_output=True,
        check=False,
    )
    source = before_source(tmp_path / "before")
    if known.returncode == 0:
        assert source is not None
        assert (source / "poortwachter" / "engine.py").is_file()
    else:  # a shallow clone: the benchmark says so and measures against the stand-in
        assert source is None
        assert "no 'before' from git" in capsys.readouterr().out
