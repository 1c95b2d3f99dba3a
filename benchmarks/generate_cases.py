"""Write generated cases as JSON Lines for the batch benchmark: a mix of single periods,
chains of periods and recorded events, reproducible from a seed.

    python benchmarks/generate_cases.py ROWS OUTPUT.jsonl [--seed N]
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from typing import Any


def case_document(number: int, rng: random.Random) -> dict[str, Any]:
    start = date(2020, 1, 6) + timedelta(days=rng.randrange(2000))
    kind = number % 3  # single period, chain, events
    periods: list[dict[str, str]] = []
    cursor = start
    for position in range(1 if kind != 1 else rng.randrange(2, 6)):
        if position:
            cursor += timedelta(days=rng.randrange(1, 27))  # joined: fewer than 28 fit days
        length = rng.randrange(20, 120)
        end = cursor + timedelta(days=length)
        periods.append({"start": cursor.isoformat(), "end": end.isoformat()})
        cursor = end
    periods[-1].pop("end")
    document: dict[str, Any] = {"case_id": f"B-{number:07d}", "sick_periods": periods}
    if kind == 2:
        document["events"] = {
            "arbodienst_melding": (start + timedelta(days=1)).isoformat(),
            "probleemanalyse": (start + timedelta(days=rng.randrange(30, 50))).isoformat(),
            "plan_van_aanpak": (start + timedelta(days=rng.randrange(50, 70))).isoformat(),
            "casemanager": "C. Manager",
            "evaluaties": [(start + timedelta(days=100 + 42 * i)).isoformat() for i in range(3)],
        }
        document["employee"] = {"wage": {"amount": rng.randrange(2000, 6000), "per": "month"}}
    return document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=int)
    parser.add_argument("output")
    parser.add_argument("--seed", type=int, default=20261122)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with open(args.output, "w", encoding="utf-8") as stream:
        for number in range(1, args.rows + 1):
            stream.write(json.dumps(case_document(number, rng)) + "\n")


if __name__ == "__main__":
    main()
