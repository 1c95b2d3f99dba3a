"""poortwachter batch: many cases, one record each, in input order; a bad row never costs
the others."""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from poortwachter import batch as batching
from poortwachter.cli import app
from poortwachter.cli.judging import BatchJudge
from poortwachter.inputs.rows import InputFormat, RowInput
from poortwachter.messages import message
from poortwachter.outputs.formats import BatchOutput
from poortwachter.outputs.records import BATCH_CSV_FIELDS, BatchOptions

from ..helpers import assert_one_line_error, records, run, write

#: These tests check the English wording of messages (Dutch is the default).
pytestmark = pytest.mark.usefixtures("english")

EXAMPLES = Path(__file__).parent.parent.parent / "examples"
runner = CliRunner()

CSV_INPUT = """\
case_id,first_sick_day,probleemanalyse,plan_van_aanpak,casemanager,wage_amount,wage_per,pay_year1,pay_year2,evaluaties
A-1,2025-01-06,2025-02-10,2025-02-24,Jan,3000,month,100,70,2025-04-07;2025-05-19
A-2,06-01-2025,,,,,,,,
A-3,2025-02-30,,,,,,,,
,2025-01-06,,,,,,,,
A-5,2025-01-06,2024-12-01,,,abc,month,,,
"""


#: A header with a step column (empty in the rows): the input records events, so a
#: past step without a date is missing, as UWV sees it.
STEP_HEADER = "case_id,first_sick_day,plan_van_aanpak\n"


def test_every_csv_row_yields_a_record_or_an_error_record_in_its_place(tmp_path: Path) -> None:
    source = write(tmp_path, "cases.csv", CSV_INPUT)
    code, out, err = run("batch", source, "--as-of", "2025-06-01", "--fail-on", "never")
    found = records(out)
    assert code == 2  # some rows failed: exit 2 at the end, after every row
    assert [item["row"] for item in found] == [1, 2, 3, 4, 5]
    assert [item.get("case_id") for item in found] == ["A-1", "A-2", "A-3", None, "A-5"]
    assert found[0]["einde_wachttijd"] == "2027-01-03"
    assert found[1]["first_sick_day"] == "2025-01-06"  # the Dutch date of row 2
    assert found[2] == {
        "row": 3,
        "case_id": "A-3",
        "error": "first_sick_day: 2025-02-30 is not a date (use YYYY-MM-DD or DD-MM-YYYY)",
    }
    assert found[3]["error"] == "case_id: missing (every row needs one)"
    assert found[4]["error"] == (
        "wage_amount: not an amount (write 3100, 3.100 or 3.100,50); "
        "probleemanalyse: 2024-12-01 is before the first sick day 2025-01-06"
    )
    lines = err.splitlines()
    assert lines[0] == f"Error: {source}: row 3: " + str(found[2]["error"])
    assert lines[-1] == f"Error: {source}: 3 row(s) could not be judged"
    assert "Traceback" not in err


def test_a_csv_row_carries_wage_percentages_and_evaluations(tmp_path: Path) -> None:
    source = write(tmp_path, "cases.csv", CSV_INPUT.split("\nA-2")[0] + "\n")
    code, out, _ = run("batch", source, "--as-of", "2025-06-01")
    (record,) = records(out)
    assert code == 0
    assert record["pay"] == {
        "phase": "year1",
        "percentage": 100,
        "since": "2025-01-06",
        "next_phase": "year2",
        "next_change": "2026-01-05",
        # Without contract hours the floor is known per hour only.
        "minimum_wage": {
            "hourly_eur": 14.06,
            "valid_from": "2025-01-01",
            "beyond_known": False,
            "hours_per_week": None,
            "week_eur": None,
            "pay_week_eur": 692.31,  # 3000 x 3 / 13 x 100%
            "applies": None,
        },
    }
    evaluations = [m for m in record["milestones"] if m["id"] == "evaluatie"]
    assert [m["done_on"] for m in evaluations[:2]] == ["2025-04-07", "2025-05-19"]
    assert record["exposure"]["daily_wage_eur"] == 137.93  # 3000 / 21.75


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (
            "case_id,first_sick_day,probleemanalyze",
            "unknown CSV column 'probleemanalyze'; did you mean 'probleemanalyse'?",
        ),
        ("case_id,eerste_ziekdag", "unknown CSV column 'eerste_ziekdag'; did you mean"),
        ("case_id,probleemanalyse", "no column gives first_sick_day (name it 'first_sick_day'"),
        ("case_id,first_sick_day,case_id", "columns 'case_id' and 'case_id' both give case_id"),
        ("personeelsnummer,first_sick_day,case_id", "columns 'personeelsnummer' and 'case_id'"),
    ],
)
def test_a_bad_csv_header_stops_the_run_before_any_row(
    tmp_path: Path, header: str, message: str
) -> None:
    source = write(tmp_path, "cases.csv", header + "\nA,2025-01-06\n")
    assert_one_line_error(*run("batch", source), message)


def test_json_lines_carry_whole_case_documents(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "case_id": "J-1",
                "sick_periods": [
                    {"start": "2022-01-03", "end": "2022-07-03"},
                    {"start": "2022-07-25"},
                ],
            }
        ),
        json.dumps({"case_id": "J-2", "sick_periods": [{"start": "2025-13-06"}]}),
        "not json",
        "",
        json.dumps({"case_id": "J-5", "sick_periods": [{"start": "2025-01-06"}], "tpyo": 1}),
    ]
    source = write(tmp_path, "cases.jsonl", "\n".join(lines) + "\n")
    code, out, _ = run("batch", source, "--as-of", "2022-09-01")
    found = records(out)
    assert code == 2
    assert [item["row"] for item in found] == [1, 2, 3, 5]  # line numbers; blank lines skipped
    assert found[0]["einde_wachttijd"] == "2024-01-21"  # docs/law.md's samentelling example
    assert found[1]["error"] == (
        "sick_periods[0].start: 2025-13-06 is not a date (use YYYY-MM-DD or DD-MM-YYYY)"
    )
    assert found[2] == {
        "row": 3,
        "case_id": None,
        "error": "column 1: not valid JSON: Expecting value",
    }
    assert found[3]["case_id"] == "J-5"
    assert str(found[3]["error"]).startswith("tpyo: unknown key")


def test_a_folder_of_case_files_in_name_order_with_their_source(tmp_path: Path) -> None:
    code, out, _ = run("batch", str(EXAMPLES), "--as-of", "2025-06-01", "--fail-on", "never")
    found = records(out)
    names = sorted(path.name for path in EXAMPLES.glob("*.yaml"))
    assert code == 0
    assert [item["source"] for item in found] == names
    assert [item["row"] for item in found] == list(range(1, len(names) + 1))


def test_stdin_is_sniffed_or_told(tmp_path: Path) -> None:
    jsonl = json.dumps({"case_id": "S-1", "sick_periods": [{"start": "2025-01-06"}]}) + "\n"
    assert (
        records(run("batch", "-", "--as-of", "2025-03-01", stdin=jsonl)[1])[0]["case_id"] == "S-1"
    )
    csv_text = "case_id,first_sick_day\nS-2,2025-01-06\n"
    assert (
        records(run("batch", "-", "--as-of", "2025-03-01", stdin=csv_text)[1])[0]["case_id"]
        == "S-2"
    )
    told = run("batch", "-", "--input-format", "csv", "--as-of", "2025-03-01", stdin=csv_text)
    assert records(told[1])[0]["case_id"] == "S-2"


def test_csv_output_is_one_summary_row_per_case(tmp_path: Path) -> None:
    source = write(tmp_path, "cases.csv", CSV_INPUT)
    _, out, _ = run("batch", source, "--as-of", "2025-06-01", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == list(BATCH_CSV_FIELDS)
    assert [row["status"] for row in rows] == ["ok", "ok", "error", "error", "error"]
    first = rows[0]
    assert (first["case_id"], first["pay_phase"], first["pay_percentage"]) == (
        "A-1",
        "year1",
        "100",
    )
    # The earliest open milestone: the arbodienst report, never recorded, overdue.
    assert (first["next_milestone_due"], first["next_milestone_status"]) == (
        "2025-01-12",
        "overdue",
    )
    assert rows[2]["error"].startswith("first_sick_day: 2025-02-30")


def test_due_within_keeps_the_milestones_due_in_the_window(tmp_path: Path) -> None:
    # First sick day 6 Jan 2025, as of 1 Oct 2025: the 42nd-week report is due 27 Oct,
    # 26 days later; the next evaluation (every 42 days from 2 March) 28 Sept + 42 = 9 Nov.
    source = write(tmp_path, "cases.csv", "case_id,first_sick_day\nW-1,2025-01-06\n")

    def kept(days: str) -> list[str]:
        out = run(
            "batch", source, "--as-of", "2025-10-01", "--due-within", days, "--fail-on", "never"
        )[1]
        return [m["due"] for m in records(out)[0]["milestones"]]

    assert kept("25") == []
    assert kept("26") == ["2025-10-27"]
    assert kept("39") == ["2025-10-27", "2025-11-09"]


@pytest.mark.parametrize(("fail_on", "expected"), [("high", 1), ("low", 1), ("never", 0)])
def test_fail_on_sets_the_exit_status(tmp_path: Path, fail_on: str, expected: int) -> None:
    # An event column, empty: nothing recorded, so the past steps are missing (findings).
    source = write(tmp_path, "cases.csv", STEP_HEADER + "F-1,2025-01-06,\n")
    assert run("batch", source, "--as-of", "2025-06-01", "--fail-on", fail_on)[0] == expected


def test_two_workers_give_the_same_output_in_the_same_order(tmp_path: Path) -> None:
    rows = "\n".join(f"W-{n},{date.fromordinal(738000 + 13 * n).isoformat()}" for n in range(600))
    source = write(tmp_path, "cases.csv", "case_id,first_sick_day\n" + rows + "\n")
    one = run("batch", source, "--as-of", "2025-06-01", "--fail-on", "never")
    two = run("batch", source, "--as-of", "2025-06-01", "--fail-on", "never", "--workers", "2")
    assert one == two
    assert [item["row"] for item in records(one[1])] == list(range(1, 601))


def test_workers_are_forked_before_the_progress_line_starts_its_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import threading

    from poortwachter.cli import batch as batch_commands

    threads_at_fork: list[int] = []
    os.register_at_fork(before=lambda: threads_at_fork.append(threading.active_count()))
    # As under a terminal: the progress line (a rich Progress, refreshed by a thread).
    monkeypatch.setattr(batch_commands, "_stderr_is_terminal", lambda: True)
    rows = "\n".join(f"T-{n},2025-01-06," for n in range(600))  # more than two chunks
    source = write(tmp_path, "cases.csv", STEP_HEADER + rows + "\n")
    code, out, _ = run("batch", source, "--as-of", "2025-06-01", "--workers", "2")
    assert code == 1  # findings, no errors
    assert len(records(out)) == 600
    assert len(threads_at_fork) == 2  # both workers, each forked from a single thread
    assert set(threads_at_fork) == {1}


def test_a_small_input_is_judged_without_forking_workers(tmp_path: Path) -> None:
    import os

    forks: list[int] = []
    os.register_at_fork(before=lambda: forks.append(1))
    rows = "\n".join(f"S-{n},2025-01-06," for n in range(20))
    source = write(tmp_path, "cases.csv", STEP_HEADER + rows + "\n")
    code, out, _ = run("batch", source, "--as-of", "2025-06-01", "--workers", "2")
    assert code == 1
    assert [item["row"] for item in records(out)] == list(range(1, 21))
    assert forks == []


def test_output_to_a_file_appears_whole(tmp_path: Path) -> None:
    source = write(tmp_path, "cases.csv", STEP_HEADER + "O-1,2025-01-06,\n")
    target = tmp_path / "out.jsonl"
    code, out, err = run(
        "batch", source, "--as-of", "2025-06-01", "--output", str(target), "--fail-on", "never"
    )
    assert (code, out, err) == (0, "", "")
    assert records(target.read_text())[0]["case_id"] == "O-1"
    assert not (tmp_path / "out.jsonl.partial").exists()


def test_a_missing_input_is_one_line(tmp_path: Path) -> None:
    assert_one_line_error(*run("batch", str(tmp_path / "nope.csv")), "no such file or folder")


def test_no_progress_bar_in_a_pipe(tmp_path: Path) -> None:
    source = write(tmp_path, "cases.csv", STEP_HEADER + "P-1,2025-01-06,\n")
    assert run("batch", source, "--as-of", "2025-06-01", "--fail-on", "never")[2] == ""


def _endless() -> Iterator[RowInput]:
    for number in itertools.count(1):
        row = {"case_id": f"E-{number}", "first_sick_day": "2025-01-06"}
        yield RowInput(number, InputFormat.CSV, row)


@pytest.mark.parametrize("workers", [1, 2])
def test_rows_stream_through_without_reading_the_whole_input(workers: int) -> None:
    # An endless input: a run that read everything first would never answer.
    judge = BatchJudge(BatchOptions(as_of=date(2025, 6, 1)))
    results = batching.run(_endless(), judge, workers=workers, chunk_size=8)
    first = list(itertools.islice(results, 20))
    assert [item.row for item in first] == list(range(1, 21))
    results.close()


cells = st.one_of(
    st.just(""),
    st.dates(date(2010, 1, 1), date(2040, 12, 31)).map(str),
    st.sampled_from(
        [
            "2025-02-30",
            "31-12-2025",
            "abc",
            "100",
            "month",
            "ja",
            "-1",
            "NaN",
            "Infinity",
            "1e999999",
            "1e-30",
            "9" * 5000,
            "9999-12-31",
            "0001-01-01",
            "=cmd|' /C calc'!A0",
        ]
    ),
    st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=8),
)
columns = st.lists(
    st.sampled_from(
        [
            "probleemanalyse",
            "wage_amount",
            "wage_per",
            "pay_year2",
            "evaluaties",
            "loonsanctie_weeks",
            "loonsanctie_decided",
            "last_sick_day",
            "date_of_birth",
        ]
    ),
    unique=True,
    max_size=4,
)


@settings(max_examples=40, deadline=None)
@given(columns, st.lists(st.lists(cells, min_size=6, max_size=6), min_size=1, max_size=12))
def test_every_row_yields_one_record_in_order_whatever_it_holds(
    extra: list[str], rows: list[list[str]]
) -> None:
    header = ["case_id", "first_sick_day", *extra]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for cells_of_row in rows:
        writer.writerow(cells_of_row[: len(header)])
    result = runner.invoke(
        app,
        ["batch", "-", "--input-format", "csv", "--as-of", "2026-01-01", "--fail-on", "never"],
        input=buffer.getvalue(),
    )
    assert result.exit_code in (0, 2)
    assert "Traceback" not in result.stderr
    found = records(result.stdout)
    # One record per case, in the order of each case's first row: rows with the same case
    # id are one case (course lines); a row without one is a case of its own.
    firsts: dict[str, int] = {}
    for number, cells_of_row in enumerate(rows, start=1):
        key = cells_of_row[0].strip() or f"row {number}"
        firsts.setdefault(key, number)
    assert [item["row"] for item in found] == sorted(firsts.values())
    failed = [item for item in found if "error" in item]
    assert (result.exit_code == 2) == bool(failed)
    # A crash turned into an error record must fail this property, not pass it.
    assert not [item for item in failed if item["error"].startswith("internal error")]
    assert "internal error" not in result.stderr


def test_a_bad_header_writes_nothing_to_stdout_even_for_csv_output(tmp_path: Path) -> None:
    source = write(tmp_path, "cases.csv", "case_id,first_sick_day,tpyo\nA,2025-01-06,\n")
    assert_one_line_error(*run("batch", source, "--format", "csv"), "unknown CSV column 'tpyo'")


def test_an_internal_error_costs_only_its_row(monkeypatch: pytest.MonkeyPatch) -> None:
    from poortwachter.assessment import assess as real

    def flaky(case: Any, as_of: date) -> Any:
        if case.case_id == "B-2":
            raise RuntimeError("bug")
        return real(case, as_of)

    monkeypatch.setattr("poortwachter.cli.judging.assess", flaky)
    text = "case_id,first_sick_day\nB-1,2025-01-06\nB-2,2025-01-06\nB-3,2025-01-06\n"
    code, out, err = run("batch", "-", "--as-of", "2025-06-01", "--fail-on", "never", stdin=text)
    found = records(out)
    assert code == 2
    assert [item["row"] for item in found] == [1, 2, 3]
    assert found[1] == {
        "row": 2,
        "case_id": "B-2",
        "error": "internal error (RuntimeError); please report it",
    }
    assert "Traceback" not in err


@pytest.mark.parametrize("character", ["\x85", "\u2028", "\u2029"])
def test_a_record_stays_one_line_whatever_characters_a_cell_holds(character: str) -> None:
    text = f"case_id,first_sick_day\nL{character}1,2025-01-06\n"
    code, out, _ = run("batch", "-", "--as-of", "2025-06-01", "--fail-on", "never", stdin=text)
    (record,) = records(out)  # splitlines() would split a raw U+0085, U+2028 or U+2029
    # A case id must be one line of printable text: the row is an error record, one line,
    # that repeats the id with its line-break character written out.
    assert code == 2
    assert record["case_id"] == "L" + repr(character)[1:-1] + "1"
    assert "holds a line break or control character" in record["error"]


def test_a_csv_row_takes_the_cases_that_end_wage_payment_early(tmp_path: Path) -> None:
    # Row 1: the contract ends Monday 31 March 2025 while sick. Row 2: pregnancy-related
    # sickness with 36 contract hours. Row 3: born 10 June 1958, AOW on 10 June 2025:
    # wage for six weeks from and including that day, until 10 June + 41 = 21 July 2025
    # (docs/law.md; BW 7:629 lid 2).
    source = write(
        tmp_path,
        "cases.csv",
        "case_id,first_sick_day,contract_end,pregnancy_related,cause,hours_per_week,"
        "date_of_birth,percentage\n"
        "U-1,2025-01-06,2025-03-31,,,,,\n"
        "Z-2,2025-01-06,,ja,zwangerschapsklachten,36,,50\n"
        "A-3,2025-01-06,,,,,1958-06-10,\n",
    )
    code, out, err = run(
        "batch", source, "--as-of", "2025-03-01", "--format", "csv", "--fail-on", "never"
    )
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [
        (row["einde_loondoorbetaling"], row["einde_loondoorbetaling_grond"]) for row in rows
    ] == [
        ("2025-03-31", "einde_dienstverband"),
        ("2027-01-03", "einde_wachttijd"),
        ("2025-07-21", "aow_leeftijd"),
    ]
    assert rows[2]["ingang_wia"] == ""  # no WIA after AOW age
    code, out, _ = run("batch", source, "--as-of", "2025-03-01")
    pregnant = records(out)[1]
    (report,) = [m for m in pregnant["milestones"] if m["id"] == "ziekmelding_zwangerschap"]
    assert report["due"] == "2025-02-17"  # D + 42
    assert pregnant["chain"]["periods"][0]["percentage"] == 50
    assert pregnant["pay"]["minimum_wage"]["week_eur"] == 506.16  # 36 x 14.06


def test_a_bad_percentage_or_hours_in_a_csv_row_names_the_column(tmp_path: Path) -> None:
    source = write(
        tmp_path,
        "cases.csv",
        "case_id,first_sick_day,percentage,hours_per_week\nB-1,2025-01-06,0,361\n",
    )
    code, out, _ = run("batch", source, "--as-of", "2025-03-01")
    assert code == 2
    (record,) = records(out)
    assert record["error"] == (
        "percentage: 0 is out of range (use a number at least 1); "
        "hours_per_week: 361 is out of range (use a number at most 60)"
    )


@pytest.mark.parametrize(
    "output_format", [["-f", "jsonl"], ["-f", "csv", "--csv-dialect", "excel-nl"], ["-f", "ics"]]
)
def test_records_encoded_by_workers_are_the_bytes_one_process_writes(
    tmp_path: Path, output_format: list[str]
) -> None:
    import subprocess
    import sys

    # 600 cases (more than two chunks, so workers are forked), one case id given twice
    # (its error record is made in the main process) and a name with non-ASCII text.
    lines = [
        json.dumps(
            {"case_id": f"E-{n}", "employee": {"name": "Zoë Ångström"},
             "sick_periods": [{"start": date.fromordinal(738000 + 7 * n).isoformat()}]},
            ensure_ascii=False,
        )
        for n in range(600)
    ]  # fmt: skip
    lines.insert(300, lines[10])
    source = write(tmp_path, "cases.jsonl", "\n".join(lines) + "\n")
    command = [sys.executable, "-m", "poortwachter", "batch", source, "--as-of", "2025-06-01",
               "--fail-on", "never", *output_format]  # fmt: skip
    outputs = []
    for workers in ("1", "2"):
        done = subprocess.run([*command, "--workers", workers], capture_output=True, check=False)
        assert done.returncode == 2, done.stderr  # the case given twice
        assert b"Traceback" not in done.stderr
        target = tmp_path / f"out-{workers}"
        subprocess.run([*command, "--workers", workers, "-o", str(target)], check=False)
        assert target.read_bytes() == done.stdout
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert b"E-10 again" in outputs[1] or output_format[1] == "ics"


def test_a_raw_output_that_takes_part_of_a_record_gets_all_of_it() -> None:
    from poortwachter.cli.writing import write_all as _write_all

    class Trickle:
        """A raw file that takes at most 7 bytes a call, and sometimes none."""

        def __init__(self) -> None:
            self.data = b""
            self.calls = 0

        def write(self, view: memoryview) -> int | None:
            self.calls += 1
            if self.calls % 3 == 0:
                return None  # would block: nothing taken
            taken = bytes(view[:7])
            self.data += taken
            return len(taken)

    sink = Trickle()
    record = ('{"case_id": "Zoë", "x": "' + "a" * 50 + '"}\n').encode()
    _write_all(sink, record)
    assert sink.data == record


@pytest.mark.parametrize(
    "options",
    [
        BatchOptions(as_of=date(2025, 6, 1)),
        BatchOptions(as_of=date(2025, 6, 1), output=BatchOutput.CSV),
        BatchOptions(as_of=date(2025, 6, 1), output=BatchOutput.XLSX),
        BatchOptions(as_of=date(2025, 6, 1), agenda_within=30),
    ],
    ids=["jsonl", "csv", "xlsx", "agenda"],
)
def test_results_packed_by_a_worker_unpack_to_what_one_process_gives(
    options: BatchOptions,
) -> None:
    first = '{"case_id": "A", "sick_periods": [{"start": "2025-01-06"}]}'
    chunk = [
        RowInput(1, InputFormat.JSONL, first),
        RowInput(2, InputFormat.JSONL, '{"case_id": "B", "sick_periods": []}'),
        RowInput(3, InputFormat.JSONL, "{not json", source="in.jsonl"),
        RowInput(4, InputFormat.JSONL, "", problem=message("line_bytes")),
        RowInput(5, InputFormat.CSV, [{"case_id": "C", "first_sick_day": "6-1-2025"}], rows=(5, 9)),
    ]  # fmt: skip
    judge = BatchJudge(options)
    alone = [judge(item) for item in chunk]
    # Every result keeps its input: a case to find given twice, an error to name its file.
    assert [result.item is not None for result in alone] == [True] * 5
    unpacked = batching._unpacked(chunk, batching._judge_packed(chunk, judge))
    assert unpacked == alone
    assert all(a.item is b.item for a, b in zip(alone, unpacked, strict=True))


@pytest.mark.parametrize(
    ("output", "dialect", "end"),
    [("jsonl", "standard", "\n"), ("csv", "standard", "\n"), ("csv", "excel-nl", "\r\n"),
     ("ics", "standard", "")],
)  # fmt: skip
def test_a_worker_encodes_each_record_with_its_line_end(
    output: str, dialect: str, end: str
) -> None:
    options = BatchOptions(
        as_of=date(2025, 6, 1),
        output=BatchOutput(output),
        csv_dialect=dialect,
        encoded_lines=True,
    )
    first = '{"case_id": "Zoë", "sick_periods": [{"start": "2025-01-06"}]}'
    chunk = [
        RowInput(1, InputFormat.JSONL, first),
        RowInput(2, InputFormat.JSONL, '{"case_id": "B", "sick_periods": []}'),
    ]  # fmt: skip
    alone = [BatchJudge(replace(options, encoded_lines=False))(item) for item in chunk]
    unpacked = batching._unpacked(chunk, batching._judge_packed(chunk, BatchJudge(options)))
    for one, other in zip(alone, unpacked, strict=True):
        assert other.text == ""
        assert other.encoded == (one.text + end).encode()
        assert (other.row, other.error, other.highest, other.case_id, other.item) == (
            one.row, one.error, one.highest, one.case_id, one.item,
        )  # fmt: skip
