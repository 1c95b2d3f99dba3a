"""Print poortwachter's speed figures from one run; no pass/fail, just numbers.

    python scripts/benchmark.py [--quick]

- engine timelines per second, for single-period cases and for five-period chains;
- cold-start wall time of ``poortwachter timeline --first-sick ... --format json`` next
  to a bare ``python -c pass`` and a bare Typer app with one command (goal: within 1.3x
  the bare Typer app). Two first sick days are timed: one whose 42nd-week date cannot
  be a public holiday, and one that needs the holidays package to tell.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from poortwachter.engine import compute_timeline
from poortwachter.models import Case
from poortwachter.sickdays import SickPeriod

BARE_TYPER_APP = """
import typer

app = typer.Typer()


@app.command()
def hello(name: str = "world") -> None:
    print(name)


@app.callback()
def root() -> None:
    pass


app()
"""


def single_period_cases(count: int, rng: random.Random) -> list[Case]:
    base = date(2012, 1, 1).toordinal()
    return [
        Case.from_first_sick_day(date.fromordinal(base + rng.randrange(10_000)))
        for _ in range(count)
    ]


def five_period_cases(count: int, rng: random.Random) -> list[Case]:
    base = date(2012, 1, 1).toordinal()
    cases = []
    for _ in range(count):
        cursor = date.fromordinal(base + rng.randrange(10_000))
        periods = []
        for position in range(5):
            if position == 4:
                periods.append(SickPeriod(cursor))
                break
            end = cursor + timedelta(days=rng.randrange(20, 120))
            periods.append(SickPeriod(cursor, end))
            cursor = end + timedelta(days=rng.randrange(1, 28))  # 0-26 fit days: joined
        cases.append(Case(sick_periods=tuple(periods)))
    return cases


def engine_rate(cases: list[Case]) -> float:
    as_of = date(2026, 1, 1)
    for the_case in cases[:200]:  # warm up: module imports and holiday tables are start-up
        compute_timeline(the_case, as_of)
    started = time.perf_counter()
    for the_case in cases:
        compute_timeline(the_case, as_of)
    return len(cases) / (time.perf_counter() - started)


def wall_times(command: list[str], runs: int) -> float:
    """Median wall time in milliseconds of ``runs`` cold runs (after one warm-up)."""
    env = {**os.environ, "COLUMNS": "100"}
    subprocess.run(command, check=True, capture_output=True, env=env)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def poortwachter_command() -> list[str]:
    script = shutil.which("poortwachter", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "poortwachter"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer cases and runs")
    args = parser.parse_args()
    cases, runs = (2_000, 5) if args.quick else (20_000, 21)
    rng = random.Random(20260101)

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()} on {platform.system()}"
    )
    print()
    print("Engine (compute_timeline, one process)")
    print(
        f"  single period      {engine_rate(single_period_cases(cases, rng)):>10,.0f} timelines/s"
    )
    print(f"  five-period chain  {engine_rate(five_period_cases(cases, rng)):>10,.0f} timelines/s")
    print()
    with tempfile.TemporaryDirectory() as folder:
        bare = Path(folder) / "bare_typer.py"
        bare.write_text(BARE_TYPER_APP)
        python_pass = wall_times([sys.executable, "-c", "pass"], runs)
        bare_typer = wall_times([sys.executable, str(bare), "hello"], runs)
    ours = poortwachter_command()
    plain = wall_times([*ours, "timeline", "--first-sick", "2025-01-06", "--format", "json"], runs)
    holiday = wall_times(
        [*ours, "timeline", "--first-sick", "2025-03-06", "--format", "json"], runs
    )
    table = wall_times([*ours, "timeline", "--first-sick", "2025-01-06"], runs)
    print(f"Cold start, median of {runs} runs")
    print(f"  python -c pass                                 {python_pass:7.1f} ms")
    print(f"  bare Typer app, one command                    {bare_typer:7.1f} ms")
    print(
        f"  timeline --first-sick 2025-01-06 --format json {plain:7.1f} ms"
        f"  ({plain / bare_typer:.2f}x bare Typer; goal <= 1.30x)"
    )
    print(
        f"  timeline --first-sick 2025-03-06 --format json {holiday:7.1f} ms"
        f"  ({holiday / bare_typer:.2f}x; 42nd week on 25 Dec: holidays package loaded)"
    )
    print(
        f"  timeline --first-sick 2025-01-06 (rich table)  {table:7.1f} ms"
        f"  ({table / bare_typer:.2f}x)"
    )


if __name__ == "__main__":
    main()
