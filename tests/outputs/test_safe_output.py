"""Inert output: every writer escapes for its medium (CSV, terminal, stderr, HTML), so
that no value from a case can forge a record, run as a formula or drive a terminal."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from poortwachter.cli import app
from poortwachter.messages import visible
from poortwachter.outputs.machine import csv_row

from ..helpers import besides_no_events_note

#: These tests check the English wording of messages (Dutch is the default).
pytestmark = pytest.mark.usefixtures("english")

runner = CliRunner()


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=stdin, env={"COLUMNS": "120"})
    return result.exit_code, result.stdout, result.stderr


def parse(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


# --- CSV --------------------------------------------------------------------------------


def test_a_value_with_a_line_break_or_carriage_return_is_quoted() -> None:
    line = csv_row(["E-1\nrow-2-spoof", "a\rb", "c"])
    assert line == '"E-1\nrow-2-spoof","a\rb",c'
    assert parse(line + "\n") == [["E-1\nrow-2-spoof", "a\rb", "c"]]


def test_a_formula_prefix_gets_a_quote_and_numbers_stay_numbers() -> None:
    values = ['=HYPERLINK("x")', "+31 6", "-5", "@SUM(A1)", "\tx", "E-1", 5, None]
    assert parse(csv_row(values) + "\n") == [
        ['\'=HYPERLINK("x")', "'+31 6", "'-5", "'@SUM(A1)", "'\tx", "E-1", "5", ""]
    ]
    assert parse(csv_row(values, raw=True) + "\n")[0][:4] == [
        '=HYPERLINK("x")',
        "+31 6",
        "-5",
        "@SUM(A1)",
    ]


@settings(max_examples=200)
@given(st.lists(st.lists(st.text(max_size=20), min_size=1, max_size=4), min_size=1, max_size=5))
def test_every_row_reads_back_as_one_record_with_its_values(rows: list[list[str]]) -> None:
    text = "\n".join(csv_row(row) for row in rows) + "\n"
    guarded = [
        [
            f"'{value}" if value.startswith(("=", "+", "-", "@", "\t", "\r")) else value
            for value in row
        ]
        for row in rows
    ]
    assert parse(text) == guarded


def test_a_batch_csv_keeps_a_formula_case_id_inert(tmp_path: Path) -> None:
    source = tmp_path / "cases.csv"
    source.write_text('case_id,first_sick_day\n"=HYPERLINK(""http://x"")",2025-01-06\n')
    code, out, err = run("batch", str(source), "--as-of", "2025-06-01", "--format", "csv")
    assert code in (0, 1), err
    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert row["case_id"] == '\'=HYPERLINK("http://x")'
    code, out, _ = run(
        "batch", str(source), "--as-of", "2025-06-01", "--format", "csv", "--raw-csv"
    )
    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert row["case_id"] == '=HYPERLINK("http://x")'


def test_timeline_and_sanction_risk_csv_guard_the_case_id(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    path.write_text("case_id: '+31612345678'\nsick_periods: [{start: 2025-01-06}]\nevents: {}\n")
    for command in (["timeline", "--case", str(path)], ["sanction-risk", str(path)]):
        code, out, err = run(*command, "--format", "csv", "--as-of", "2025-06-01")
        assert code in (0, 1), err
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows
        assert all(row["case_id"] == "'+31612345678" for row in rows)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=15), min_size=1, max_size=6))
def test_batch_csv_output_has_one_record_per_case_whatever_the_ids(ids: list[str]) -> None:
    lines = "".join(
        json.dumps({"case_id": case_id, "sick_periods": [{"start": "2025-01-06"}]}) + "\n"
        for case_id in ids
    )
    code, out, err = run(
        "batch",
        "-",
        "--input-format",
        "jsonl",
        "--format",
        "csv",
        "--as-of",
        "2025-06-01",
        stdin=lines,
    )
    assert code in (0, 1, 2)
    assert "internal error" not in out + err
    records = list(csv.DictReader(io.StringIO(out)))
    assert [int(record["row"]) for record in records] == list(range(1, len(ids) + 1))
    assert all(line.startswith("Error: ") for line in err.splitlines())


# --- terminal and stderr -------------------------------------------------------------


def test_rich_markup_in_a_case_id_is_shown_as_text(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    path.write_text(
        "case_id: '[link=https://evil.example]klik[/link][/bold]'\n"
        "sick_periods: [{start: 2025-01-06}]\n"
    )
    code, out, err = run("timeline", "--case", str(path), "--as-of", "2025-03-01")
    assert (code, err) == (0, "")
    assert "[link=https://evil.example]klik[/link][/bold]" in out
    assert "\x1b]8;" not in out  # no live hyperlink


def test_control_characters_in_a_cause_never_reach_the_terminal(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    # A cause with an escape sequence, in a chain that is explained (a joined gap).
    path.write_text(
        "case_id: E-1\nsick_periods:\n"
        '  - {start: 2025-01-06, end: 2025-01-31, cause: "rug\\e[2J"}\n'
        "  - {start: 2025-02-10}\n"
    )
    code, out, err = run("sanction-risk", str(path), "--as-of", "2025-03-01", "--fail-on", "never")
    assert (code, err) == (0, "")
    assert "\x1b" not in out


def test_a_value_with_a_line_break_cannot_fake_an_error_line() -> None:
    text = 'case_id,first_sick_day\nE-1,"2025\nError: forged"\n'
    code, _, err = run("batch", "-", "--input-format", "csv", "--as-of", "2025-06-01", stdin=text)
    assert code == 2
    lines = besides_no_events_note(err).splitlines()
    assert len(lines) == 2  # the row's error, and the count of rows that failed
    assert all(line.startswith("Error: -: ") for line in lines)
    assert "'2025\\nError: forged'" in lines[0]  # the line break shown as \n, in one line


def test_visible_writes_control_characters_as_escapes() -> None:
    assert visible("E-1") == "E-1"
    assert visible("a\nb\x1b[31m\u202e") == "a\\nb\\x1b[31m\\u202e"
