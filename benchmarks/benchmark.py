"""Print poortwachter's speed figures from one run; no pass/fail, just numbers.

    python benchmarks/benchmark.py [--quick] [--skip-batch]

- engine timelines per second, for single-period cases (beside a naive engine that
  computes the same dates, weeks, statuses and evaluation series as tuples, checked
  against the engine's on every case first: the floor, goal a ratio of at least 0.5;
  and a barer floor that gives less) and for five-period chains, interleaved rounds,
  medians;
- cold-start wall time of ``poortwachter timeline --first-sick ... --format json`` next
  to a bare ``python -c pass`` and a bare Typer app with one command (goal: within 1.3x
  the bare Typer app). Two first sick days are timed: one whose 42nd-week date cannot
  be a public holiday, and one that needs the holiday calendar to tell.
- batch, on generated JSON Lines cases (single periods, chains, events): cases per second
  for 10,000, 100,000 and 1,000,000 rows (``--quick``: a tenth), peak memory, the floor
  (reading the same input and writing records of the same size with the standard
  library, no engine), and two workers against one; every comparison interleaved
  (A B A B), medians, with the machine's load average printed.
- HR exports, on generated Dutch Excel exports (``generate_exports.py``): 100k rows as
  CSV with a row per case (the baseline), the same rows as XLSX, and course lines (a row
  per sick period, in date order); the workbook output beside the CSV output; and the
  peak memory of course lines at 1M rows against 100k. ``--exports-only`` runs just this.
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
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from poortwachter.batch import MAX_AUTO_WORKERS, cpu_count
from poortwachter.engine import compute_timeline
from poortwachter.law.calendar import next_working_day
from poortwachter.law.milestones import RULES, AfterEvent, Every, FromEnd, MilestoneRule, SickDay
from poortwachter.models import Case
from poortwachter.sickdays import LeavePeriod, SickPeriod

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


AS_OF = date(2026, 1, 1)


def engine_rate(cases: list[Case]) -> float:
    started = time.perf_counter()
    for the_case in cases:
        compute_timeline(the_case, AS_OF)
    return len(cases) / (time.perf_counter() - started)


def naive_timeline(first_sick_day: date, as_of: date) -> list[tuple[object, ...]]:
    """The floor: what the engine gives for one uninterrupted period without events (each
    milestone's due date, window start, UWV's practice date, sick week and status, the
    evaluation series), as plainly as Python allows: tuples of dates, no objects, no
    citations, no checks. What the engine could at best cost for such a case."""
    first = first_sick_day
    end = first + timedelta(days=727)  # the last day of the waiting period: index 727
    due_by_id: dict[str, date] = {}
    found: list[tuple[object, ...]] = []
    for position, rule in enumerate(RULES):
        anchor = rule.due
        if isinstance(anchor, Every):
            step = timedelta(days=anchor.days)
            due = due_by_id[anchor.after] + step
            occurrence = 0
            while due <= end:
                occurrence += 1
                if rule.applies_to(due):
                    found.append(_naive_milestone(rule, due, position, occurrence, first, as_of))
                due += step
            continue
        if isinstance(anchor, SickDay):
            due = first + timedelta(days=anchor.index)
        elif isinstance(anchor, FromEnd):
            due = end + timedelta(days=anchor.days)
        elif isinstance(anchor, AfterEvent):
            due = first + timedelta(days=anchor.fallback.index)
        else:
            continue  # a date the case brings (AOW age, contract end): none here
        due_by_id[rule.id] = due
        if rule.applies_to(due):
            found.append(_naive_milestone(rule, due, position, 0, first, as_of))
    found.sort()
    return found


def _naive_milestone(
    rule: MilestoneRule, due: date, position: int, occurrence: int, first: date, as_of: date
) -> tuple[object, ...]:
    window = rule.window_start
    window_start = None if window is None else first + timedelta(days=window.index)
    practice_date = next_working_day(due) if rule.uwv_next_working_day else None
    if practice_date == due:
        practice_date = None  # shown only when it differs
    on_time_until = practice_date or due
    if rule.late_after is not None:
        on_time_until = max(on_time_until, first + timedelta(days=rule.late_after.index))
    if on_time_until < as_of:
        status = "passed"
    elif (due - as_of).days <= 14:
        status = "due_soon"
    else:
        status = "upcoming"
    week = (due - first).days // 7 + 1
    return (due, position, occurrence, rule.id, window_start, practice_date, week, status)


def bare_timeline(first_sick_day: date, as_of: date) -> list[tuple[str, int, int, str]]:
    """A barer floor, the one of earlier figures: due dates as day numbers, sick weeks,
    a three-way status and the evaluation series, and nothing else (no window start, no
    practice date, no rule validity, no date objects). It gives less than the engine,
    so its ratio is a lower bound, printed beside the goal's."""
    first = first_sick_day.toordinal()
    today = as_of.toordinal()
    end = first + 727  # the last day of the waiting period: index 727
    due_by_id: dict[str, int] = {}
    found = []
    for rule in RULES:
        anchor = rule.due
        if isinstance(anchor, Every):
            due = due_by_id[anchor.after] + anchor.days
            while due <= end:
                found.append((due, rule.id, (due - first) // 7 + 1, _naive_status(due, today)))
                due += anchor.days
            continue
        if isinstance(anchor, SickDay):
            due = first + anchor.index
        elif isinstance(anchor, FromEnd):
            due = end + anchor.days
        elif isinstance(anchor, AfterEvent):
            due = first + anchor.fallback.index
        else:
            continue  # a date the case brings (AOW age, contract end): none here
        due_by_id[rule.id] = due
        found.append((due, rule.id, (due - first) // 7 + 1, _naive_status(due, today)))
    found.sort()
    return [(rule_id, due, week, status) for due, rule_id, week, status in found]


def _naive_status(due: int, today: int) -> str:
    if due < today:
        return "overdue"
    return "due_soon" if due - today <= 14 else "upcoming"


def bare_rate(cases: list[Case]) -> float:
    started = time.perf_counter()
    for the_case in cases:
        bare_timeline(the_case.sick_periods[0].start, AS_OF)
    return len(cases) / (time.perf_counter() - started)


def check_the_floor(cases: list[Case]) -> None:
    """The floor must give what the engine gives, or its rate means nothing."""
    for the_case in cases:
        floor = naive_timeline(the_case.sick_periods[0].start, AS_OF)
        engine = [
            (m.id, m.due, m.window_start, m.practice_date, m.week, m.status.value)
            for m in compute_timeline(the_case, AS_OF).milestones
        ]
        if [(item[3], item[0], *item[4:]) for item in floor] != engine:
            raise SystemExit(f"the naive floor differs from the engine for {the_case}")


def naive_rate(cases: list[Case]) -> float:
    started = time.perf_counter()
    for the_case in cases:
        naive_timeline(the_case.sick_periods[0].start, AS_OF)
    return len(cases) / (time.perf_counter() - started)


def interleaved_rates(
    measures: dict[str, tuple[Callable[[list[Case]], float], list[Case]]], rounds: int
) -> dict[str, float]:
    """Median rate of each measure, taken in turn round after round (A B A B ...), so
    that the machine's drift touches each alike."""
    rates: dict[str, list[float]] = {name: [] for name in measures}
    for measure, cases in measures.values():  # warm-up: imports, caches
        measure(cases[:200])
    for _ in range(rounds):
        for name, (measure, cases) in measures.items():
            rates[name].append(measure(cases))
    return {name: statistics.median(values) for name, values in rates.items()}


def many_periods_case(count: int) -> Case:
    """``count`` sick periods of 10 days, 5 fit days after each (so all are joined), and
    2 of those 5 days on leave after every 4th period."""
    start = date(2013, 1, 7)
    periods, leave = [], []
    for number in range(count):
        first = start + timedelta(days=15 * number)
        periods.append(SickPeriod(first, first + timedelta(days=9)))
        if number % 4 == 3 and number < count - 1:
            leave.append(LeavePeriod(first + timedelta(days=11), first + timedelta(days=12)))
    periods[-1] = SickPeriod(periods[-1].start)
    return Case(sick_periods=tuple(periods), leave_periods=tuple(leave), case_id="L")


def per_period_microseconds(count: int, rounds: int) -> float:
    the_case = many_periods_case(count)
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        compute_timeline(the_case, AS_OF)
        times.append(time.perf_counter() - started)
    return statistics.median(times) / count * 1e6


def load_average() -> str:
    try:
        one, five, _ = os.getloadavg()
    except OSError:
        return "load unknown"
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min)"


def interleaved_wall_times(commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    """Median wall milliseconds of each command, run in turn round after round, so that
    the machine's drift (other load, CPU clock) touches every command alike."""
    env = {**os.environ, "COLUMNS": "100"}
    times: dict[str, list[float]] = {name: [] for name in commands}
    for round_number in range(runs + 1):
        for name, command in commands.items():
            started = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env=env)
            if round_number:  # the first round warms the file cache
                times[name].append((time.perf_counter() - started) * 1000)
    return {name: statistics.median(values) for name, values in times.items()}


def compile_bytecode() -> None:
    """Compile the package's bytecode, as an installed package has it (pip does it): an
    editable install run with PYTHONDONTWRITEBYTECODE set would compile every module it
    imports on every start, and a cold start would measure the compiler."""
    import compileall

    import poortwachter

    compileall.compile_dir(str(Path(poortwachter.__file__).parent), quiet=1)


def poortwachter_command() -> list[str]:
    script = shutil.which("poortwachter", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "poortwachter"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer cases and runs")
    parser.add_argument("--skip-batch", action="store_true", help="leave out the batch runs")
    parser.add_argument(
        "--exports-only", action="store_true", help="only the HR export (CSV, XLSX) runs"
    )
    args = parser.parse_args()
    if args.exports_only:
        with tempfile.TemporaryDirectory() as folder:
            exports_section(Path(folder), 10 if args.quick else 1)
        return
    cases, runs = (2_000, 5) if args.quick else (20_000, 21)
    rng = random.Random(20260101)

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()} on {platform.system()}; {load_average()}"
    )
    print()
    single, chains = single_period_cases(cases, rng), five_period_cases(cases, rng)
    rounds = 5 if args.quick else 9
    check_the_floor(single)
    rates = interleaved_rates(
        {
            "engine": (engine_rate, single),
            "naive": (naive_rate, single),
            "bare": (bare_rate, single),
            "chains": (engine_rate, chains),
        },
        rounds,
    )
    print(
        f"Engine (compute_timeline, one process; {len(single):,} cases a round, median of "
        f"{rounds} interleaved rounds)"
    )
    print(f"  single period            {rates['engine']:>10,.0f} timelines/s")
    print(
        f"  naive floor, same cases  {rates['naive']:>10,.0f} timelines/s   ratio "
        f"{rates['engine'] / rates['naive']:.2f} (goal >= 0.5)"
    )
    print(
        f"  bare floor (day numbers) {rates['bare']:>10,.0f} timelines/s   ratio "
        f"{rates['engine'] / rates['bare']:.2f} (gives less than the engine)"
    )
    print(f"  five-period chain        {rates['chains']:>10,.0f} timelines/s")
    small, large = per_period_microseconds(1_000, 5), per_period_microseconds(10_000, 3)
    print(
        f"  1,000 sick periods, leave between every 4th: {small:.1f} us a period; "
        f"10,000: {large:.1f} us ({large / small:.2f}x; goal: near 1, linear)"
    )
    print()
    ours = poortwachter_command()
    compile_bytecode()
    with tempfile.TemporaryDirectory() as folder:
        bare = Path(folder) / "bare_typer.py"
        bare.write_text(BARE_TYPER_APP)
        medians = interleaved_wall_times(
            {
                "pass": [sys.executable, "-c", "pass"],
                "bare": [sys.executable, str(bare), "hello"],
                "plain": [*ours, "timeline", "--first-sick", "2025-01-06", "--format", "json"],
                "holiday": [*ours, "timeline", "--first-sick", "2025-03-06", "--format", "json"],
                "table": [*ours, "timeline", "--first-sick", "2025-01-06"],
            },
            runs,
        )
    python_pass, bare_typer = medians["pass"], medians["bare"]
    plain, holiday, table = medians["plain"], medians["holiday"], medians["table"]
    print(f"Cold start, median of {runs} interleaved runs (bytecode compiled, as installed)")
    print(f"  python -c pass                                 {python_pass:7.1f} ms")
    print(f"  bare Typer app, one command                    {bare_typer:7.1f} ms")
    print(
        f"  timeline --first-sick 2025-01-06 --format json {plain:7.1f} ms"
        f"  ({plain / bare_typer:.2f}x bare Typer; goal <= 1.30x)"
    )
    print(
        f"  timeline --first-sick 2025-03-06 --format json {holiday:7.1f} ms"
        f"  ({holiday / bare_typer:.2f}x; 42nd week on 25 Dec: the holiday calendar runs)"
    )
    print(
        f"  timeline --first-sick 2025-01-06 (rich table)  {table:7.1f} ms"
        f"  ({table / bare_typer:.2f}x)"
    )
    if not args.skip_batch:
        print()
        with tempfile.TemporaryDirectory() as folder:
            batch_section(Path(folder), 10 if args.quick else 1)
        print()
        with tempfile.TemporaryDirectory() as folder:
            exports_section(Path(folder), 10 if args.quick else 1)


FLOOR_SCRIPT = """
import json, sys
template = json.loads(open(sys.argv[2], encoding="utf-8").read())
with open(sys.argv[1], encoding="utf-8") as rows:
    for number, line in enumerate(rows, start=1):
        document = json.loads(line)
        template["row"] = number
        template["case_id"] = document["case_id"]
        sys.stdout.write(json.dumps(template, ensure_ascii=False) + "\\n")
"""


def timed_run(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MiB) of one command, output discarded.

    The peak is the child's own VmHWM, polled from /proc: ``ru_maxrss`` of a forked child
    starts at the parent's size, which would hide what the command itself uses.
    """
    started = time.perf_counter()
    peak_kib = 0
    with open(os.devnull, "w") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.DEVNULL)
        status_file = Path(f"/proc/{process.pid}/status")
        while process.poll() is None:
            peak_kib = max(peak_kib, _vm_hwm_kib(status_file))
            time.sleep(0.02)
    seconds = time.perf_counter() - started
    if process.returncode not in (0, 1):
        raise SystemExit(f"benchmark command failed: {' '.join(command)}")
    return seconds, peak_kib / 1024


def interleaved_runs(commands: list[list[str]], rounds: int) -> list[tuple[float, float]]:
    """Each command in turn, round after round: the median wall seconds and the largest
    peak memory of each."""
    seconds: list[list[float]] = [[] for _ in commands]
    memory: list[float] = [0.0 for _ in commands]
    for _ in range(rounds):
        for position, command in enumerate(commands):
            wall, peak = timed_run(command)
            seconds[position].append(wall)
            memory[position] = max(memory[position], peak)
    return [(statistics.median(seconds[n]), memory[n]) for n in range(len(commands))]


def _vm_hwm_kib(status_file: Path) -> int:
    try:
        for line in status_file.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def batch_section(folder: Path, scale: int) -> None:
    generator = Path(__file__).with_name("generate_cases.py")
    sizes = {"small": 10_000 // scale, "medium": 100_000 // scale, "large": 1_000_000 // scale}
    inputs = {}
    for name, rows in sizes.items():
        path = folder / f"cases-{name}.jsonl"
        subprocess.run([sys.executable, str(generator), str(rows), str(path)], check=True)
        inputs[name] = path
    ours = poortwachter_command()
    as_of = ["--as-of", "2025-06-01", "--fail-on", "never"]
    template = folder / "record.json"
    first = subprocess.run(
        [*ours, "batch", str(inputs["small"]), *as_of], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2]
    template.write_text(first, encoding="utf-8")
    floor_script = folder / "floor.py"
    floor_script.write_text(FLOOR_SCRIPT, encoding="utf-8")

    print(
        "Batch (JSON Lines in and out, --workers 1 unless said; each pair interleaved, "
        f"median of 3; {load_average()})"
    )
    results = {}
    for name in ("small", "medium", "large"):
        rows = sizes[name]
        ours_run = [*ours, "batch", str(inputs[name]), *as_of, "--workers", "1"]
        floor_run = [sys.executable, str(floor_script), str(inputs[name]), str(template)]
        (seconds, memory), (floor_seconds, floor_memory) = interleaved_runs(
            [ours_run, floor_run], 3 if name != "large" else 1
        )
        results[name] = (rows / seconds, memory)
        print(
            f"  {rows:>9,} rows  {rows / seconds:>8,.0f} cases/s   peak {memory:6.1f} MiB   "
            f"floor {rows / floor_seconds:>8,.0f} rows/s ({floor_memory:5.1f} MiB)   "
            f"ratio {floor_seconds / seconds:.2f} (goal >= 0.5)"
        )
    print(
        f"  peak memory {sizes['large']:,} / {sizes['small']:,} rows: "
        f"{results['large'][1] / results['small'][1]:.2f} (goal: flat)"
    )
    medium = [*ours, "batch", str(inputs["medium"]), *as_of]
    (one, _), (two, two_memory) = interleaved_runs(
        [[*medium, "--workers", "1"], [*medium, "--workers", "2"]], 3
    )
    print(
        f"  {sizes['medium']:,} rows, --workers 2: {sizes['medium'] / two:,.0f} cases/s against "
        f"{sizes['medium'] / one:,.0f} with one ({one / two:.2f}x; goal >= 1.8x on 2 idle "
        f"cores; peak {two_memory:.1f} MiB in the main process)"
    )


def exports_section(folder: Path, scale: int) -> None:
    generator = Path(__file__).with_name("generate_exports.py")
    rows = 100_000 // scale
    inputs = {
        "csv": ("cases", rows, folder / "export.csv"),
        "xlsx": ("xlsx", rows, folder / "export.xlsx"),
        "course": ("course", rows, folder / "course.csv"),
        "course-1M": ("course", 10 * rows, folder / "course-1M.csv"),
    }
    for kind, count, path in inputs.values():
        subprocess.run([sys.executable, str(generator), kind, str(count), str(path)], check=True)
    ours = poortwachter_command()
    as_of = ["--as-of", "2025-06-01", "--fail-on", "never"]
    label = f"{rows // 1000}k" if rows >= 1000 else str(rows)
    one = ["--workers", "1"]
    print(f"HR exports ({label} rows, --format csv out, --workers 1 unless said; rows / {scale})")
    figures = {}
    for name, text in (
        ("csv", "CSV, a row per case (Dutch Excel)"),
        ("xlsx", "XLSX, a row per case (date cells)"),
        ("course", "CSV course lines (a row per period)"),
    ):
        command = [*ours, "batch", str(inputs[name][2]), *as_of, "-f", "csv", *one]
        seconds, memory = timed_run(command)
        figures[name] = (seconds, memory)
        ratio = figures["csv"][0] / seconds
        print(
            f"  {text:<38} {rows / seconds:>8,.0f} rows/s   peak {memory:6.1f} MiB   "
            f"{ratio:.2f}x the CSV rate"
        )
    # The command as a user runs it: --workers defaults to one per CPU (at most 8).

    seconds, memory = timed_run([*ours, "batch", str(inputs["csv"][2]), *as_of, "-f", "csv"])
    print(
        f"  {'the CSV, --workers not given':<38} {rows / seconds:>8,.0f} rows/s   "
        f"peak {memory:6.1f} MiB   {figures['csv'][0] / seconds:.2f}x the CSV rate "
        f"({min(cpu_count(), MAX_AUTO_WORKERS)} workers)"
    )
    target = folder / "out.xlsx"
    seconds, memory = timed_run(
        [*ours, "batch", str(inputs["csv"][2]), *as_of, "-f", "xlsx", "-o", str(target), *one]
    )
    print(
        f"  {'the CSV export, --format xlsx out':<38} {rows / seconds:>8,.0f} rows/s   "
        f"peak {memory:6.1f} MiB   {figures['csv'][0] / seconds:.2f}x the CSV-out rate"
    )
    seconds, memory = timed_run(
        [*ours, "batch", str(inputs["course-1M"][2]), *as_of, "-f", "csv", *one]
    )
    print(
        f"  course lines, {10 * rows:,} rows: {10 * rows / seconds:,.0f} rows/s, peak "
        f"{memory:.1f} MiB ({memory / figures['course'][1]:.2f}x the peak at {rows:,} rows)"
    )


if __name__ == "__main__":
    main()
