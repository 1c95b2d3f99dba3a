"""The installed entry point, as a user starts it: ``main()`` builds only the command it
runs, which must behave exactly like the full app the other tests drive."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from poortwachter.cli import app

#: These tests check the English wording of messages (Dutch is the default).
pytestmark = pytest.mark.usefixtures("english")


def run_module(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "poortwachter", *args], capture_output=True, text=True, check=False
    )


def test_the_entry_point_gives_what_the_full_app_gives() -> None:
    args = ("timeline", "--first-sick", "2025-01-06", "--as-of", "2025-03-01", "--format", "json")
    started = run_module(*args)
    assert started.returncode == 0
    assert json.loads(started.stdout) == json.loads(CliRunner().invoke(app, list(args)).stdout)


def test_the_entry_point_runs_a_case_subcommand() -> None:
    started = run_module("case", "schema")
    assert started.returncode == 0
    assert json.loads(started.stdout)["title"] == "poortwachter case file"


def test_the_entry_point_reports_errors_on_one_line() -> None:
    started = run_module("timeline", "--first-sick", "2024-02-30")
    assert started.returncode == 2
    assert started.stderr.splitlines() == [
        "Error: Invalid value for '--first-sick': 2024-02-30 is not a date "
        "(use YYYY-MM-DD or DD-MM-YYYY)"
    ]
    assert run_module("nonsense").returncode == 2
