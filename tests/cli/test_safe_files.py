"""Safe files and signals, with the real command in a child process: --output appears
complete or not at all, keeps its mode, follows no planted link and leaves nothing behind
on SIGTERM; workers end with the run; a closed pipe ends quietly; a full disk is one
clear line."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

#: These tests check the English wording of messages (Dutch is the default).
pytestmark = pytest.mark.usefixtures("english")

COMMAND = [sys.executable, "-m", "poortwachter"]
AS_OF = ["--as-of", "2025-06-01", "--fail-on", "never"]


def cases_csv(path: Path, rows: int) -> Path:
    lines = ["case_id,first_sick_day"]
    lines += [f"C-{number},2025-01-06" for number in range(rows)]
    path.write_text("\n".join(lines) + "\n")
    return path


def poortwachter(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*COMMAND, *args], capture_output=True, text=True, timeout=120)


def test_a_new_output_file_is_private_and_an_existing_one_keeps_its_mode(tmp_path: Path) -> None:
    source = cases_csv(tmp_path / "in.csv", 3)
    fresh = tmp_path / "fresh.csv"
    assert poortwachter("batch", str(source), *AS_OF, "--output", str(fresh)).returncode == 0
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
    kept = tmp_path / "kept.csv"
    kept.write_text("old")
    kept.chmod(0o640)
    assert poortwachter("batch", str(source), *AS_OF, "--output", str(kept)).returncode == 0
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640
    assert kept.read_text().startswith("{")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["fresh.csv", "in.csv", "kept.csv"]


def test_a_planted_link_at_the_old_partial_name_is_not_followed(tmp_path: Path) -> None:
    source = cases_csv(tmp_path / "in.csv", 2)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    (tmp_path / "out.csv.partial").symlink_to(victim)
    result = poortwachter("batch", str(source), *AS_OF, "--output", str(tmp_path / "out.csv"))
    assert result.returncode == 0, result.stderr
    assert victim.read_text() == "keep me"


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found += [int(child) for child in text]
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc (Linux)")
def test_sigterm_leaves_no_partial_file_and_no_workers(tmp_path: Path) -> None:
    source = cases_csv(tmp_path / "in.csv", 60_000)
    output = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [*COMMAND, "batch", str(source), *AS_OF, "--workers", "2", "--output", str(output)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    workers: list[int] = []
    deadline = time.monotonic() + 30
    while len(workers) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
        workers = children(process.pid)
    assert workers, "the run started no workers"
    time.sleep(0.5)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 128 + signal.SIGTERM
    assert "Traceback" not in (process.stderr.read() if process.stderr else "")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["in.csv"]
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(pid) for pid in workers)


def test_a_closed_pipe_ends_quietly_with_status_141(tmp_path: Path) -> None:
    source = cases_csv(tmp_path / "in.csv", 5_000)
    process = subprocess.Popen(
        [*COMMAND, "batch", str(source), *AS_OF, "--format", "csv"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    process.stdout.readline()
    process.stdout.close()  # as `| head -1` does
    assert process.wait(timeout=120) == 141
    assert process.stderr is not None
    assert process.stderr.read() == b""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_one_clear_line(tmp_path: Path) -> None:
    source = cases_csv(tmp_path / "in.csv", 50)
    result = poortwachter("batch", str(source), *AS_OF, "--output", "/dev/full")
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1].startswith("Error: ")
    assert "No space left on device" in result.stderr
    assert "internal error" not in result.stderr


def test_two_runs_on_one_output_never_interleave(tmp_path: Path) -> None:
    # Each run writes its own private file and renames it whole: the last one wins, and
    # the output is one complete run's records, never a mix.
    source = cases_csv(tmp_path / "in.csv", 2_000)
    output = tmp_path / "out.jsonl"
    runs = [
        subprocess.Popen(
            [*COMMAND, "batch", str(source), *AS_OF, "--output", str(output)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(2)
    ]
    assert [process.wait(timeout=120) for process in runs] == [0, 0]
    lines = output.read_text().splitlines()
    assert [json.loads(line)["row"] for line in lines] == list(range(1, 2_001))
    assert sorted(path.name for path in tmp_path.iterdir()) == ["in.csv", "out.jsonl"]


def closed(descriptor: int) -> subprocess.CompletedProcess[str]:
    """The command started with one of its standard streams closed (``>&-``)."""
    arguments = {
        0: ["timeline", "--case", "-"],
        1: ["case", "schema"],
        2: ["timeline", "--case", "/no/such/file.yaml"],
    }[descriptor]
    return subprocess.run(
        [*COMMAND, *arguments],
        capture_output=descriptor != 1,
        stderr=subprocess.PIPE if descriptor == 1 else None,
        text=True,
        timeout=60,
        preexec_fn=lambda: os.close(descriptor),
    )


def test_closed_standard_streams_are_clear_errors_not_tracebacks() -> None:
    no_stdin = closed(0)
    assert no_stdin.returncode == 2
    assert no_stdin.stderr == "Error: standard input is closed: give a file, or pipe one in\n"
    no_stdout = closed(1)
    assert no_stdout.returncode == 2
    assert no_stdout.stderr == "Error: standard output is closed: nothing can be written\n"
    assert closed(2).returncode == 2  # the missing file: still 2, with nowhere to say it
