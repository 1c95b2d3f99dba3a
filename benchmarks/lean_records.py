"""Print the figures of the lean-records goals (issue 24), each with its goal and met or
not met, from one run; every comparison interleaved (A B A B), medians.

    python benchmarks/lean_records.py [--quick] [--rounds N]

1. batch rows/s per core (one worker, compact record) / engine-alone assessments/s of the
   same cases in one process (timeline + assessment): goal >= 0.5;
2. the same with ``--detail full``: goal >= 0.35;
3. ``--workers 2`` / ``--workers 1`` rows/s (100,000 rows): goal >= 1.8;
4. 300,000 cases, default record, 2 workers / the same run as it was when the goal was
   set: wall time, goal <= 0.6. "Before" is the package as of ``BEFORE_COMMIT`` (its
   default record was the full one), taken from this repository's history with ``git
   archive`` (``--before SRC``: from the ``src`` folder of such a checkout instead);
   ``--detail full`` of this checkout is printed beside it, a stricter stand-in now
   that the full record is written faster too;
5. bytes per case, default record: goal <= 8,000;
6. table cold start / a bare Typer app printing a rich table of the same size: <= 1.15;
7. ``--format json`` cold start / a bare Typer app: goal <= 1.2;
8. peak memory 1M rows / 10k rows (default record): goal <= 1.2.

``--quick`` divides the row counts by 10 (300,000 becomes 30,000, and so on); a quick
run's figures are indications, the goals are for a full run. Batch timings subtract
nothing: a row's cost includes reading, judging, encoding and writing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchmark import (
    BARE_TYPER_APP,
    compile_bytecode,
    interleaved_runs,
    interleaved_wall_times,
    load_average,
    poortwachter_command,
)
from poortwachter.assessment import assess
from poortwachter.inputs.casefile import case_from_document

AS_OF = "2026-01-01"

#: The cold-start command's arguments: its table has a row per milestone.
FIRST_SICK, COLD_AS_OF = "2025-01-06", "2025-06-01"

#: A bare Typer app that prints a rich table of the size of ``timeline``'s: a row per
#: milestone (``ROWS``, filled in by ``bare_table_app``) of four columns, the milestone's
#: cell two lines (its label, and its kind and basis), as in ``timeline``'s table at 100
#: columns.
BARE_TABLE_APP = """
import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer()


@app.command()
def hello(name: str = "world") -> None:
    table = Table()
    for title in ("#", "datum", "mijlpaal", "status"):
        table.add_column(title)
    for row in range(ROWS):
        label = f"Evaluatie plan van aanpak {name}\\npraktijk · Regeling art. 4 lid 2 sub b"
        table.add_row(str(row), "ma 06-01-2025", label, "gepland")
    Console().print(table)


@app.callback()
def root() -> None:
    pass


app()
"""


def table_rows() -> int:
    """The rows of ``timeline``'s table for the cold-start command: its milestones."""
    from poortwachter.engine import compute_timeline
    from poortwachter.models import Case

    case = Case.from_first_sick_day(date.fromisoformat(FIRST_SICK))
    return len(compute_timeline(case, date.fromisoformat(COLD_AS_OF)).milestones)


def bare_table_app(rows: int) -> str:
    return BARE_TABLE_APP.replace("ROWS", str(rows))


#: The last commit before the lean-records goals were set (issue 24).
BEFORE_COMMIT = "e979951"


def before_source(folder: Path) -> Path | None:
    """The ``src`` folder of ``BEFORE_COMMIT``, written into ``folder`` from this
    repository's history; None (and a line saying why) where that cannot be done."""
    repository = Path(__file__).resolve().parent.parent
    archive = subprocess.run(
        ["git", "-C", str(repository), "archive", BEFORE_COMMIT, "src"],
        capture_output=True,
        check=False,
    )
    if archive.returncode != 0:
        reason = archive.stderr.decode(errors="replace").strip().splitlines()
        print(f"4   no 'before' from git ({reason[-1] if reason else 'git failed'})")
        return None
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return folder / "src"


def before_command(src: Path, command: list[str]) -> list[str]:
    """``command`` (a ``poortwachter`` run) run from the package in ``src`` instead."""
    rest = command[command.index("batch") :]
    return ["env", f"PYTHONPATH={src.resolve()}", sys.executable, "-m", "poortwachter", *rest]


def compile_folder(folder: Path) -> None:
    import compileall

    compileall.compile_dir(str(folder), quiet=1)


def verdict(value: float, goal: float, *, at_least: bool) -> str:
    met = value >= goal if at_least else value <= goal
    return f"goal {'>=' if at_least else '<='} {goal:g}: {'met' if met else 'NOT met'}"


def generate(rows: int, path: Path) -> Path:
    script = Path(__file__).with_name("generate_cases.py")
    subprocess.run([sys.executable, str(script), str(rows), str(path)], check=True)
    return path


def engine_rate(path: Path, limit: int) -> float:
    """Assessments a second of the file's cases in this process: timeline and
    assessment, no reading or writing (the cases parsed first, not timed)."""
    cases = []
    with path.open(encoding="utf-8") as stream:
        for number, line in enumerate(stream):
            if number >= limit:
                break
            cases.append(case_from_document("", json.loads(line), check=False))
    as_of = date.fromisoformat(AS_OF)
    started = time.perf_counter()
    for case in cases:
        assess(case, as_of)
    return len(cases) / (time.perf_counter() - started)


def batch(path: Path, *options: str) -> list[str]:
    return [
        *poortwachter_command(),
        "batch",
        str(path),
        "--as-of",
        AS_OF,
        "--fail-on",
        "never",
        *options,
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the rows")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--before", type=Path, help="the src folder of a checkout from before (figure 4)"
    )
    options = parser.parse_args()
    scale = 10 if options.quick else 1
    rounds = options.rounds
    print(f"poortwachter lean records, {load_average()}, {os.cpu_count()} CPUs")
    compile_bytecode()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        cases = generate(100_000 // scale, base / "cases.jsonl")

        # 1, 2: batch per core against the engine alone, interleaved.
        rates: dict[str, list[float]] = {"engine": [], "compact": [], "full": []}
        rows = 100_000 // scale
        for _ in range(rounds):
            rates["engine"].append(engine_rate(cases, rows))
            (compact,) = interleaved_runs([batch(cases, "--workers", "1")], 1)
            rates["compact"].append(rows / compact[0])
            (full,) = interleaved_runs([batch(cases, "--workers", "1", "--detail", "full")], 1)
            rates["full"].append(rows / full[0])
        engine = statistics.median(rates["engine"])
        for name, goal in (("compact", 0.5), ("full", 0.35)):
            ratio = statistics.median(rates[name]) / engine
            print(
                f"1/2 batch {name:7s} {statistics.median(rates[name]):8,.0f} rows/s, engine "
                f"alone {engine:8,.0f}/s: ratio {ratio:.3f}   {verdict(ratio, goal, at_least=True)}"
            )

        # 3: two workers against one.
        one, two = interleaved_runs(
            [batch(cases, "--workers", "1"), batch(cases, "--workers", "2")], rounds
        )
        ratio = one[0] / two[0]
        print(
            f"3   workers 2 / 1 on {rows:,} rows: {ratio:.3f}   "
            f"{verdict(ratio, 1.8, at_least=True)}"
        )

        # 4: 300,000 cases, 2 workers, default against the record of before.
        many = generate(300_000 // scale, base / "many.jsonl")
        stand_ins = [("--detail full", batch(many, "--workers", "2", "--detail", "full"))]
        source = options.before or before_source(base / "before")
        if source is not None:
            compile_folder(source / "poortwachter")
            before = before_command(source, batch(many, "--workers", "2"))
            label = f"the code in {options.before}" if options.before else BEFORE_COMMIT
            stand_ins.insert(0, (label, before))
        now, *thens = interleaved_runs(
            [batch(many, "--workers", "2"), *(command for _, command in stand_ins)],
            max(1, rounds - 1),
        )
        for (label, _), then in zip(stand_ins, thens, strict=True):
            ratio = now[0] / then[0]
            print(
                f"4   {300_000 // scale:,} cases, 2 workers: {now[0]:.1f} s against "
                f"{then[0]:.1f} s before ({label}): {ratio:.3f}   "
                f"{verdict(ratio, 0.6, at_least=False)}"
            )

        # 5: bytes per case.
        out = subprocess.run(batch(cases, "--workers", "2"), capture_output=True, check=False)
        per_case = len(out.stdout) / rows
        full_out = subprocess.run(
            batch(cases, "--workers", "2", "--detail", "full"), capture_output=True, check=False
        )
        print(
            f"5   bytes per case {per_case:,.0f} (full record {len(full_out.stdout) / rows:,.0f})"
            f"   {verdict(per_case, 8000, at_least=False)}"
        )

        # 6, 7: cold start against bare Typer apps.
        (base / "bare_table.py").write_text(bare_table_app(table_rows()), encoding="utf-8")
        (base / "bare.py").write_text(BARE_TYPER_APP, encoding="utf-8")
        command = poortwachter_command()
        first = ["timeline", "--first-sick", FIRST_SICK, "--as-of", COLD_AS_OF]
        times = interleaved_wall_times(
            {
                "table": [*command, *first],
                "json": [*command, *first, "--format", "json"],
                "bare table": [sys.executable, str(base / "bare_table.py"), "hello"],
                "bare": [sys.executable, str(base / "bare.py"), "hello"],
            },
            max(5, rounds * 3),
        )
        table = times["table"] / times["bare table"]
        print(
            f"6   table cold start {times['table']:.0f} ms / bare Typer + rich table "
            f"{times['bare table']:.0f} ms: {table:.3f}   {verdict(table, 1.15, at_least=False)}"
        )
        as_json = times["json"] / times["bare"]
        print(
            f"7   json cold start {times['json']:.0f} ms / bare Typer {times['bare']:.0f} ms: "
            f"{as_json:.3f}   {verdict(as_json, 1.2, at_least=False)}"
        )

        # 8: peak memory, 1M rows against 10k.
        small = generate(10_000, base / "small.jsonl")
        large = generate(1_000_000 // scale, base / "large.jsonl")
        (_, small_peak), (_, large_peak) = interleaved_runs(
            [batch(small, "--workers", "1"), batch(large, "--workers", "1")], 1
        )
        ratio = large_peak / small_peak
        print(
            f"8   peak memory {1_000_000 // scale:,} rows {large_peak:.1f} MiB / 10,000 rows "
            f"{small_peak:.1f} MiB: {ratio:.3f}   {verdict(ratio, 1.2, at_least=False)}"
        )


if __name__ == "__main__":
    main()
