"""Faults cost their own row only: bad bytes, oversized fields, rows that do not match
the header, files that are not case files, a worker that dies; and --workers is bounded."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from poortwachter import batch as batching
from poortwachter.cli.judging import BatchJudge
from poortwachter.inputs.rows import InputFormat, RowInput
from poortwachter.messages import message
from poortwachter.outputs.records import BatchOptions

from ..helpers import besides_no_events_note, records, run, write

runner = CliRunner()
AS_OF = ["--as-of", "2025-06-01", "--fail-on", "never"]


def rows_of(found: list[dict[str, Any]]) -> list[tuple[int, bool]]:
    """Each record's row and whether it is an error record."""
    return [(record["row"], "error" in record) for record in found]


def test_a_byte_neither_utf8_nor_windows_1252_costs_its_row_only(tmp_path: Path) -> None:
    data = b"case_id,first_sick_day,casemanager\n"
    data += b"A-1,2025-01-06,Jan\nA-2,2025-01-06,Jos\x81\nA-3,2025-01-06,Piet\n"
    code, out, err = run("batch", write(tmp_path, "hr.csv", data), *AS_OF)
    assert code == 2
    found = records(out)
    assert rows_of(found) == [(1, False), (2, True), (3, False)]
    assert found[1]["error"] == "holds bytes that are not UTF-8 nor Windows-1252"
    assert "internal error" not in err


def test_a_windows_1252_byte_is_read_as_dutch_excel_writes_it(tmp_path: Path) -> None:
    data = b"case_id;first_sick_day;casemanager\r\nA-1;6-1-2025;Jos\xe9 de V\xf6s\r\n"
    code, out, err = run("batch", write(tmp_path, "hr.csv", data), *AS_OF)
    assert code == 0
    (record,) = records(out)
    assert record["case_id"] == "A-1"
    note = "geen UTF-8: gelezen als Windows-1252 (cp1252), zoals Excel opslaat"
    assert besides_no_events_note(err) == f"Let op: {tmp_path / 'hr.csv'}: {note}\n"
    *_, english = run("batch", write(tmp_path, "hr.csv", data), *AS_OF, "--lang", "en")
    note = "not UTF-8: read as Windows-1252 (cp1252), as Excel saves"
    assert besides_no_events_note(english) == f"Note: {tmp_path / 'hr.csv'}: {note}\n"


def test_a_line_of_json_lines_with_bad_bytes_costs_its_row_only(tmp_path: Path) -> None:
    good = b'{"case_id": "J-1", "sick_periods": [{"start": "2025-01-06"}]}\n'
    bad = b'{"case_id": "J-2", "sick_periods": [{"start": "2025-01-06", "cause": "\xff"}]}\n'
    other = good.replace(b"J-1", b"J-3")
    code, out, _ = run("batch", write(tmp_path, "cases.jsonl", good + bad + other), *AS_OF)
    assert code == 2
    assert rows_of(records(out)) == [(1, False), (2, True), (3, False)]


def test_a_field_over_the_csv_limit_costs_its_row_only(tmp_path: Path) -> None:
    huge = "x" * 140_000
    text = f"case_id,first_sick_day,casemanager\nA-1,2025-01-06,\nA-2,2025-01-06,{huge}\n"
    text += "A-3,2025-01-06,\n"
    code, out, _ = run("batch", write(tmp_path, "hr.csv", text), *AS_OF)
    assert code == 2
    found = records(out)
    assert rows_of(found) == [(1, False), (2, True), (3, False)]
    assert found[1]["error"].startswith("a field of 140,000 characters (at most 131,072")


def test_a_long_quoted_field_cannot_forge_rows(tmp_path: Path) -> None:
    # Text inside a quoted field that is too long for the csv module's limit would be read
    # as rows of its own if the reader stopped there: it must stay inside its field.
    inner = "x" * 140_000 + "\nFORGED-9,2020-01-06,y\n"
    text = f'case_id,first_sick_day,cause\nA-1,2025-01-06,"{inner}"\nB-2,2025-02-03,rug\n'
    code, out, _ = run("batch", write(tmp_path, "hr.csv", text), *AS_OF)
    assert code == 2
    found = records(out)
    assert [record.get("case_id") for record in found] == ["A-1", "B-2"]
    assert rows_of(found) == [(1, True), (2, False)]


def test_a_symlink_loop_and_a_name_that_is_not_utf8_cost_their_row_only(tmp_path: Path) -> None:
    folder = tmp_path / "dossiers"
    folder.mkdir()
    (folder / "a.yaml").write_text("case_id: A\nsick_periods: [{start: 2025-01-06}]\n")
    (folder / "b-loop.yaml").symlink_to(folder / "b-loop.yaml")
    odd = os.fsencode(folder) + b"/c\xff.yaml"
    with open(odd, "w") as stream:
        stream.write("case_id: C\nsick_periods: [{start: 2025-01-06}]\n")
    code, out, err = run("batch", str(folder), *AS_OF, "--format", "csv")
    assert "internal error" not in err
    assert code == 2
    lines = out.splitlines()
    assert len(lines) == 4  # the header and one record per file
    assert "c\\xff.yaml" in lines[3]


@pytest.mark.parametrize(
    ("row", "fields"),
    [
        ("A-2,2025-01-06,Jan,extra", 4),  # a value that would land in no column
        ("A-2,2025-01-06", 2),  # a column short
    ],
)
def test_a_row_with_more_or_fewer_fields_than_the_header_is_an_error_record(
    tmp_path: Path, row: str, fields: int
) -> None:
    text = f"case_id,first_sick_day,casemanager\nA-1,2025-01-06,Jan\n{row}\n"
    code, out, _ = run("batch", write(tmp_path, "hr.csv", text), *AS_OF)
    assert code == 2
    found = records(out)
    assert rows_of(found) == [(1, False), (2, True)]
    assert found[1]["error"].startswith(f"{fields} fields where the header has 3")


def test_trailing_empty_columns_of_a_spreadsheet_are_ignored(tmp_path: Path) -> None:
    text = "case_id,first_sick_day,,\nA-1,2025-01-06,,\n"
    code, out, err = run("batch", write(tmp_path, "hr.csv", text), *AS_OF)
    assert (code, besides_no_events_note(err)) == (0, "")
    assert rows_of(records(out)) == [(1, False)]


def test_a_folder_reads_regular_case_files_only(tmp_path: Path) -> None:
    folder = tmp_path / "dossiers"
    folder.mkdir()
    (folder / "a.yaml").write_text("case_id: A\nsick_periods: [{start: 2025-01-06}]\n")
    (folder / ".hidden.yaml").write_text("case_id: H\nsick_periods: [{start: 2025-01-06}]\n")
    os.mkfifo(folder / "b-pipe.yaml")  # would hang a reader
    secret = tmp_path / "secret.yaml"
    secret.write_text("case_id: geheim-burn-out\nsick_periods: [{start: 2025-01-06}]\n")
    (folder / "c-link.yaml").symlink_to(secret)
    (folder / "sub").mkdir()
    (folder / "sub" / "d.yaml").write_text("case_id: D\nsick_periods: [{start: 2025-01-06}]\n")
    (folder / "d-inside.yaml").symlink_to(folder / "sub" / "d.yaml")
    code, out, err = run("batch", str(folder), *AS_OF)
    assert code == 2
    found = records(out)
    assert [(record["source"], "error" in record) for record in found] == [
        ("a.yaml", False),
        ("b-pipe.yaml", True),
        ("c-link.yaml", True),
        ("d-inside.yaml", False),
    ]
    assert found[1]["error"] == "not a regular file (a pipe or a device), not read"
    assert found[2]["error"] == "a link to a file outside the folder: not followed"
    assert "geheim" not in out + err


def test_workers_are_capped_at_the_cpus_and_it_says_so(tmp_path: Path) -> None:
    text = "case_id,first_sick_day\nA-1,2025-01-06\nA-2,2025-01-06\n"
    code, out, err = run("batch", write(tmp_path, "hr.csv", text), *AS_OF, "--workers", "100000")
    assert code == 0
    cpus = batching.cpu_count()
    assert besides_no_events_note(err) == (
        f"Let op: --workers 100000 is meer dan de {cpus} processorkernen hier: "
        f"er worden er {cpus} gebruikt\n"
    )
    assert rows_of(records(out)) == [(1, False), (2, False)]


class KillingRow3(BatchJudge):
    """A judge whose worker dies on row 3."""

    def __call__(self, item: RowInput) -> batching.RowResult:
        if item.row == 3:
            os._exit(9)  # as a worker killed with kill -9 or by the out-of-memory killer
        return super().__call__(item)


def test_a_worker_that_dies_costs_only_the_row_that_killed_it() -> None:
    rows = [
        RowInput(
            number,
            InputFormat.CSV,
            {"case_id": f"K-{number}", "first_sick_day": "2025-01-06"},
        )
        for number in range(1, 8)
    ]
    judge = KillingRow3(BatchOptions(as_of=date(2025, 6, 1)))
    results = list(batching.run(iter(rows), judge, workers=2, chunk_size=2))
    assert [result.row for result in results] == list(range(1, 8))
    assert [result.error is not None for result in results] == [
        False,
        False,
        True,
        False,
        False,
        False,
        False,
    ]
    assert results[2].error == message("worker_died")


@pytest.mark.parametrize(
    ("number", "problem"),
    [
        ("①", "is not a whole number"),
        ("²", "is not a whole number"),
        ("٣", "is not a whole number"),
        ("1.5", "is not a whole number"),
        ("-3", "is out of range (use a number at least 1)"),
    ],
)
def test_a_number_a_csv_cell_cannot_hold_is_a_clear_error(
    tmp_path: Path, number: str, problem: str
) -> None:
    text = f"case_id,first_sick_day,percentage\nA,2025-01-06,{number}\n"
    code, out, err = run("batch", write(tmp_path, "hr.csv", text), *AS_OF)
    assert code == 2
    (record,) = records(out)
    assert record["error"] == f"percentage: {number} {problem}"
    assert "internal error" not in err


def test_workers_end_with_the_run_however_it_ends() -> None:
    import multiprocessing

    rows = [
        RowInput(
            number,
            InputFormat.CSV,
            {"case_id": f"W-{number}", "first_sick_day": "2025-01-06"},
        )
        for number in range(1, 41)
    ]
    judge = BatchJudge(BatchOptions(as_of=date(2025, 6, 1)))
    never_asked = batching.run(iter(rows), judge, workers=2, chunk_size=4)
    assert multiprocessing.active_children() == []  # nothing forked before a result
    del never_asked
    abandoned = batching.run(iter(rows), judge, workers=2, chunk_size=4)
    assert next(abandoned).row == 1
    assert len(multiprocessing.active_children()) == 2
    abandoned.close()  # as when the output fails or the user stops the run
    assert multiprocessing.active_children() == []


def test_a_json_array_cut_short_is_one_error_line(tmp_path: Path) -> None:
    text = '[{"case_id": "J-1", "sick_periods": [{"start": "2025-01-06"}]}, {"case_id": '
    code, _, err = run("batch", write(tmp_path, "cases.json", text), *AS_OF)
    assert code == 2
    assert err.startswith(f"Fout: {tmp_path / 'cases.json'}: ")
    assert len(err.splitlines()) == 1
    assert "interne fout" not in err
