"""Write generated HR exports for the benchmark, as Dutch Excel saves them (``;``, a BOM,
CRLF, Dutch headers, ``6-1-2025`` dates, ``3.450,00`` amounts), reproducible from a seed.

    python benchmarks/generate_exports.py KIND ROWS OUTPUT [--seed N]

KIND is ``cases`` (one row per case), ``course`` (one row per sick period, in date order,
not grouped by employee: a case's rows lie weeks apart, with other cases' rows between)
or ``xlsx`` (the ``cases`` rows in a workbook, dates as date cells).

Course lines have a fixed density: 40 cases begin a day, each with one to four periods,
so a longer export spans more days, not more cases at once; what the reader holds at any
moment is the same for 100k rows as for 1M.
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta

HEADER = ["Personeelsnummer", "Naam", "Eerste ziektedag", "Hersteldatum", "Salaris", "Salaris per"]
START = date(2019, 1, 7)
CASES_A_DAY = 40


def dutch_date(day: date) -> str:
    return f"{day.day}-{day.month}-{day.year}"


def dutch_amount(amount: int) -> str:
    return f"{amount:,}".replace(",", ".") + ",00"


def case_rows(rows: int, rng: random.Random) -> list[tuple[str, str, date, date | None, int]]:
    """One row per case: id, name, first sick day, first day fit again (or none), wage."""
    result = []
    for number in range(1, rows + 1):
        first = START + timedelta(days=rng.randrange(2000))
        fit = first + timedelta(days=rng.randrange(10, 200)) if number % 4 == 0 else None
        result.append((f"{number:07d}", f"Medewerker {number}", first, fit, rng.randrange(2, 6)))
    return result


def course_rows(rows: int, rng: random.Random) -> list[tuple[str, str, date, date | None, int]]:
    """One row per sick period, sorted by its first day (what HR systems export)."""
    result: list[tuple[str, str, date, date | None, int]] = []
    number = 0
    while len(result) < rows:
        number += 1
        cursor = START + timedelta(days=number // CASES_A_DAY)
        wage = rng.randrange(2, 6)
        periods = rng.randrange(1, 5)
        for position in range(periods):
            if len(result) == rows:
                break
            if position:  # joined (fewer than 28 fit days) or, one time in four, not
                gap = rng.randrange(1, 28) if rng.random() < 0.75 else rng.randrange(28, 90)
                cursor += timedelta(days=gap)
            length = rng.randrange(5, 60)
            last = position == periods - 1
            fit = None if last and rng.random() < 0.5 else cursor + timedelta(days=length)
            result.append((f"{number:07d}", f"Medewerker {number}", cursor, fit, wage))
            if fit is not None:
                cursor = fit
    result.sort(key=lambda row: row[2])
    return result


def write_csv(path: str, rows: list[tuple[str, str, date, date | None, int]]) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as stream:
        stream.write(";".join(HEADER) + "\r\n")
        for case_id, name, first, fit, wage in rows:
            cells = [case_id, name, dutch_date(first), dutch_date(fit) if fit else ""]
            cells += [dutch_amount(wage * 1000 + 450), "maand"]
            stream.write(";".join(cells) + "\r\n")


def write_xlsx(path: str, rows: list[tuple[str, str, date, date | None, int]]) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Verzuim")
    sheet.append(HEADER)
    for case_id, name, first, fit, wage in rows:
        sheet.append([case_id, name, first, fit, wage * 1000 + 450, "maand"])
    workbook.save(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=["cases", "course", "xlsx"])
    parser.add_argument("rows", type=int)
    parser.add_argument("output")
    parser.add_argument("--seed", type=int, default=20261125)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    if args.kind == "course":
        write_csv(args.output, course_rows(args.rows, rng))
    elif args.kind == "xlsx":
        write_xlsx(args.output, case_rows(args.rows, rng))
    else:
        write_csv(args.output, case_rows(args.rows, rng))


if __name__ == "__main__":
    main()
