"""Cold start of the command line against another version of the code, interleaved:
the median wall time of each command, run alternately from this checkout's ``src`` and
from ``--against`` (another checkout's ``src``, such as a ``git worktree`` of an older
commit), so that both see the same machine load.

    python benchmarks/cold_start.py --against ../before/src [--rounds 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
COMMANDS = {
    "timeline json": [
        "timeline",
        "--first-sick",
        "2025-01-06",
        "--as-of",
        "2025-06-01",
        "-f",
        "json",
    ],
    "timeline table": ["timeline", "--first-sick", "2025-01-06", "--as-of", "2025-06-01"],
    "sanction-risk json": [
        "sanction-risk",
        str(HERE / "examples" / "schone-zaak.yaml"),
        "--as-of",
        "2025-06-01",
        "-f",
        "json",
    ],
    "an error line": ["timeline", "--first-sick", "2025-31-01"],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, required=True, help="the other src folder")
    parser.add_argument("--rounds", type=int, default=15)
    options = parser.parse_args()
    sources = {"this": HERE / "src", "other": options.against.resolve()}
    env = dict(os.environ, COLUMNS="100")
    times: dict[tuple[str, str], list[float]] = {}
    for _ in range(options.rounds):
        for name, args in COMMANDS.items():
            for which, src in sources.items():
                start = time.perf_counter()
                subprocess.run(
                    [sys.executable, "-m", "poortwachter", *args],
                    env=dict(env, PYTHONPATH=str(src)),
                    capture_output=True,
                    check=False,
                )
                times.setdefault((name, which), []).append(time.perf_counter() - start)
    for name in COMMANDS:
        this = statistics.median(times[(name, "this")]) * 1000
        other = statistics.median(times[(name, "other")]) * 1000
        print(f"{name:20s} other {other:6.1f} ms   this {this:6.1f} ms   ratio {this / other:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
