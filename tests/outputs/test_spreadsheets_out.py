"""Spreadsheets out: ``batch --format xlsx`` read back with openpyxl, and CSV in the
``excel-nl`` dialect (semicolon, decimal comma, BOM, CRLF) from timeline, sanction-risk
and batch. Inputs are built here in code; dates are worked by hand from docs/law.md."""

from __future__ import annotations

import csv
import io
import os
import pty
import subprocess
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from typer.testing import CliRunner

from poortwachter.cli import app
from poortwachter.outputs.machine import CSV_DIALECTS, CSV_FIELDS, FINDING_CSV_FIELDS, csv_row
from poortwachter.outputs.records import (
    BATCH_CSV_FIELDS,
    ERROR_SHEET_FIELDS,
    MILESTONE_SHEET_FIELDS,
)
from poortwachter.outputs.wording import text

runner = CliRunner()
AS_OF = ["--as-of", "2024-03-01", "--fail-on", "never"]
EXAMPLE = str(Path(__file__).parent.parent.parent / "examples" / "hovenier-spoor2-taxi.yaml")

# Two cases and a bad row between them. A: sick from Monday 8 January 2024; B: sick from
# 15 January 2024, with a monthly wage of 3.450,00.
EXPORT = (
    "\ufeffPersoneelsnummer;Naam;Casemanager;Eerste ziektedag;Salaris;Salaris per;"
    "Plan van aanpak\r\n"
    "A-1;Jan de Vries;Anna Jansen;08-01-2024;;;\r\n"
    "B-2;Fatima El Amrani;Anna Jansen;15-01-2024;3.450,00;maand;\r\n"
    "C-3;Kees Bakker;;31-02-2024;;;\r\n"
)


def run(*args: str) -> tuple[int, bytes, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout_bytes, result.stderr


def export(tmp_path: Path, text: str = EXPORT) -> str:
    path = tmp_path / "export.csv"
    path.write_text(text, encoding="utf-8", newline="")
    return str(path)


def sheet_rows(sheet: Any) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in sheet.iter_rows(values_only=True)]


def as_date(value: Any) -> date:
    assert isinstance(value, datetime)  # a date cell, not text
    return value.date()


# --- batch --format xlsx -----------------------------------------------------------


def test_the_workbook_has_cases_open_milestones_and_errors(tmp_path: Path) -> None:
    target = tmp_path / "zaken.xlsx"
    code, out, err = run("batch", export(tmp_path), *AS_OF, "-f", "xlsx", "-o", str(target))
    assert code == 2  # the bad row
    assert out == b""
    assert "regel 3" in err
    assert "Traceback" not in err
    assert "internal error" not in err
    workbook = load_workbook(target)
    assert workbook.sheetnames == ["Zaken", "Open mijlpalen", "Fouten", "Verantwoording"]
    # The last sheet: the run's receipt in words (docs/machine-output.md, "Receipt").
    receipt = [row[0] for row in sheet_rows(workbook["Verantwoording"])]
    assert receipt[0] == "receipt"
    assert receipt[1].startswith("Berekend met poortwachter ")
    assert "Maximumdagloon: EUR 304,25, geldig vanaf do 01-01-2026" in "\n".join(receipt)

    cases = sheet_rows(workbook["Zaken"])
    assert cases[0] == BATCH_CSV_FIELDS
    assert len(cases) == 3  # the header and the two cases judged
    first = dict(zip(BATCH_CSV_FIELDS, cases[1], strict=True))
    assert (first["row"], first["case_id"], first["employee_name"]) == (1, "A-1", "Jan de Vries")
    assert first["casemanager"] == "Anna Jansen"
    assert as_date(first["first_sick_day"]) == date(2024, 1, 8)
    assert as_date(first["as_of"]) == date(2024, 3, 1)
    # Day 1 is 8 January 2024; the waiting period is 104 weeks, 728 days: its last day
    # is day 728, 8 January 2024 + 727 days = 4 January 2026 (2024 is a leap year).
    assert as_date(first["einde_wachttijd"]) == date(2026, 1, 4)
    assert as_date(first["ingang_wia"]) == date(2026, 1, 5)
    assert first["sick_week"] == 8  # 1 March is day 54, in week 8
    second = dict(zip(BATCH_CSV_FIELDS, cases[2], strict=True))
    assert (second["row"], second["case_id"]) == (2, "B-2")
    assert isinstance(second["loonsanctie_max_eur"], float)  # money as a number

    errors = sheet_rows(workbook["Fouten"])
    assert errors[0] == ERROR_SHEET_FIELDS
    assert len(errors) == 2
    row, _source, case_id, message = errors[1]
    assert (row, case_id) == (3, "C-3")
    assert "31-02-2024" in message


@pytest.mark.parametrize(
    ("lang", "status", "error"),
    [
        ("nl", "binnenkort", "regel"),
        ("en", "due soon", "row"),
    ],
)
def test_the_workbook_says_its_statuses_and_errors_in_the_output_language(
    tmp_path: Path, lang: str, status: str, error: str
) -> None:
    target = tmp_path / "zaken.xlsx"
    text = "\n".join(EXPORT.splitlines()[:2] + EXPORT.splitlines()[3:]) + "\n"  # A and C
    on = ["--as-of", "2024-01-10", "--fail-on", "never"]
    code, _, err = run("batch", export(tmp_path, text), *on, "-f", "xlsx", "-o", str(target),
                       "--lang", lang)  # fmt: skip
    assert code == 2
    assert "Traceback" not in err
    workbook = load_workbook(target)
    cases, _milestones, errors, _receipt = workbook.worksheets
    first = dict(zip(BATCH_CSV_FIELDS, sheet_rows(cases)[1], strict=True))
    # A: sick from Monday 8 January 2024; on 10 January the report to the arbodienst
    # (index 6, Sunday 14 January) is the next open step, due within the week: due soon,
    # in the words Open mijlpalen uses.
    assert as_date(first["next_milestone_due"]) == date(2024, 1, 14)
    assert first["next_milestone_status"] == status
    opened = [row for row in sheet_rows(workbook.worksheets[1]) if row[2] == "arbodienst_melding"]
    assert opened[0][5] == status
    # Ids stay ids in every language (docs/hr-exports.md).
    assert (first["status"], first["spoor"], first["pay_phase"]) == ("ok", "spoor1", "year1")
    (_, _, case_id, message) = sheet_rows(errors)[1]
    assert case_id == "C-3"
    assert "31-02-2024" in message
    assert message in err  # the words of the line on stderr
    assert error in err


def test_the_open_milestones_sheet_lists_each_open_milestone_with_its_date(
    tmp_path: Path,
) -> None:
    target = tmp_path / "zaken.xlsx"
    run("batch", export(tmp_path), *AS_OF, "-f", "xlsx", "-o", str(target))
    rows = sheet_rows(load_workbook(target)["Open mijlpalen"])
    assert rows[0] == MILESTONE_SHEET_FIELDS
    by_case: dict[str, dict[str, tuple[Any, ...]]] = {}
    for row in rows[1:]:
        by_case.setdefault(row[0], {})[row[2]] = row
    assert set(by_case) == {"A-1", "B-2"}
    # docs/law.md: the probleemanalyse is due at index 41 (8 Jan + 41 = 18 Feb 2024), past
    # on 1 March; the plan van aanpak at index 55 (8 Jan + 55 = 3 March 2024).
    analysis = by_case["A-1"]["probleemanalyse"]
    assert analysis[1] == "Jan de Vries"
    assert as_date(analysis[4]) == date(2024, 2, 18)
    assert analysis[5] == "te laat"
    assert "7:658a" in analysis[6]
    assert as_date(by_case["A-1"]["plan_van_aanpak"][4]) == date(2024, 3, 3)
    # Only open milestones: nothing done or passed, and each case's rows by due date.
    for milestones in by_case.values():
        statuses = {row[5] for row in milestones.values()}
        assert statuses <= {"te laat", "binnenkort", "gepland"}


def test_the_cases_sheet_holds_what_the_csv_holds(tmp_path: Path) -> None:
    """Same columns, same values: a date cell is the CSV's ISO date, money the number, a
    status its words (as in Open mijlpalen)."""
    source = export(tmp_path)
    target = tmp_path / "zaken.xlsx"
    run("batch", source, *AS_OF, "-f", "xlsx", "-o", str(target))
    _, out, _ = run("batch", source, *AS_OF, "-f", "csv")
    csv_cases = [row for row in csv.DictReader(io.StringIO(out.decode())) if row["status"] == "ok"]
    xlsx_cases = sheet_rows(load_workbook(target)["Zaken"])[1:]
    assert len(csv_cases) == len(xlsx_cases) == 2
    for expected, cells in zip(csv_cases, xlsx_cases, strict=True):
        for field, cell in zip(BATCH_CSV_FIELDS, cells, strict=True):
            if field.endswith("_eur") and expected[field]:
                assert cell == float(expected[field]), field  # money: the number
                continue
            if field == "next_milestone_status":  # the id in words for people
                assert cell == text(f"status_{expected[field]}", "nl"), field
                continue
            if isinstance(cell, datetime):
                shown = cell.date().isoformat()
            elif cell is None:
                shown = ""
            else:
                shown = str(cell)
            assert shown == expected[field], field


def test_the_workbook_is_formatted_for_people(tmp_path: Path) -> None:
    target = tmp_path / "zaken.xlsx"
    run("batch", export(tmp_path), *AS_OF, "-f", "xlsx", "-o", str(target))
    workbook = load_workbook(target)
    for sheet in workbook.worksheets:
        rows = sheet_rows(sheet)
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{get_column_letter(len(rows[0]))}{len(rows)}"
        assert all(cell.font.bold for cell in sheet[1])
        for column, cells in enumerate(zip(*rows, strict=True), start=1):
            letter = get_column_letter(column)
            widest = max(10 if isinstance(v, datetime) else len(str(v or "")) for v in cells)
            width = sheet.column_dimensions[letter].width
            assert min(widest, 60) < width <= min(widest, 60) + 4, (sheet.title, letter)
    cases = workbook["Zaken"]
    date_column = BATCH_CSV_FIELDS.index("einde_wachttijd") + 1
    money_column = BATCH_CSV_FIELDS.index("loonsanctie_max_eur") + 1
    assert cases.cell(2, date_column).number_format == "dd-mm-yyyy"
    assert cases.cell(3, money_column).number_format == "#,##0.00"


def test_no_errors_no_error_sheet_and_english_titles(tmp_path: Path) -> None:
    good = "\n".join(EXPORT.splitlines()[:3]) + "\n"
    target = tmp_path / "cases.xlsx"
    code, _, err = run(
        "batch", export(tmp_path, good), *AS_OF, "-f", "xlsx", "-o", str(target), "--lang", "en"
    )
    assert (code, err) == (0, "")
    workbook = load_workbook(target)
    assert workbook.sheetnames == ["Cases", "Open milestones", "Receipt"]
    statuses = {row[5] for row in sheet_rows(workbook["Open milestones"])[1:]}
    assert "overdue" in statuses


def test_no_names_leaves_names_out_of_the_workbook(tmp_path: Path) -> None:
    target = tmp_path / "zaken.xlsx"
    run("batch", export(tmp_path), *AS_OF, "-f", "xlsx", "-o", str(target), "--no-names")
    workbook = load_workbook(target)
    for sheet in workbook.worksheets:
        for row in sheet_rows(sheet):
            assert "Jan de Vries" not in row
            assert "Anna Jansen" not in row


def test_a_value_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    text = 'case_id,employee_name,first_sick_day\n=HYPERLINK("x"),=1+1,2024-01-08\n'
    target = tmp_path / "zaken.xlsx"
    code, _, _ = run("batch", export(tmp_path, text), *AS_OF, "-f", "xlsx", "-o", str(target))
    assert code == 0
    cells = load_workbook(target)["Zaken"][2]
    assert cells[2].value == '=HYPERLINK("x")'
    assert cells[2].data_type == "s"
    assert cells[3].value == "=1+1"
    assert cells[3].data_type == "s"


def test_control_characters_in_text_are_escaped_not_fatal(tmp_path: Path) -> None:
    text = "case_id,employee_name,first_sick_day,plan_van_aanpak\nA,Jan\x01\x1b[31m,2024-01-08,\n"
    target = tmp_path / "zaken.xlsx"
    code, _, err = run("batch", export(tmp_path, text), *AS_OF, "-f", "xlsx", "-o", str(target))
    assert (code, err) == (0, "")
    assert load_workbook(target)["Zaken"]["D2"].value == "Jan\\x01\\x1b[31m"


def test_a_workbook_goes_to_stdout_when_it_is_redirected(tmp_path: Path) -> None:
    code, out, _ = run("batch", export(tmp_path), *AS_OF, "-f", "xlsx")
    assert code == 2
    assert out[:2] == b"PK"  # a zip archive
    sheets = load_workbook(io.BytesIO(out)).sheetnames
    assert sheets == ["Zaken", "Open mijlpalen", "Fouten", "Verantwoording"]


def test_a_workbook_is_not_written_to_a_terminal(tmp_path: Path) -> None:
    primary, secondary = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "poortwachter", "batch", export(tmp_path), "-f", "xlsx"],
            stdout=secondary,
            stderr=subprocess.PIPE,
            timeout=60,
            check=False,
        )
    finally:
        os.close(secondary)
        os.close(primary)
    assert done.returncode == 2
    message = done.stderr.decode()
    assert "--output" in message
    assert "Traceback" not in message
    assert len(message.strip().splitlines()) == 1


def test_a_workbook_is_written_with_workers(tmp_path: Path) -> None:
    lines = ["case_id,first_sick_day"] + [f"K{n},2024-01-{n % 28 + 1:02d}" for n in range(200)]
    source = export(tmp_path, "\n".join(lines) + "\n")
    target = tmp_path / "zaken.xlsx"
    code, _, _ = run("batch", source, *AS_OF, "-f", "xlsx", "-o", str(target), "-w", "2")
    assert code == 0
    ids = [row[2] for row in sheet_rows(load_workbook(target)["Zaken"])[1:]]
    assert ids == [f"K{n}" for n in range(200)]  # input order


# --- --csv-dialect excel-nl ----------------------------------------------------------


def excel_rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM by which Excel knows UTF-8
    text = data[3:].decode("utf-8")
    assert "\n" not in text.replace("\r\n", "")  # every line ends in CRLF
    assert text.endswith("\r\n")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_timeline_csv_for_dutch_excel() -> None:
    code, out, _ = run(
        "timeline", "--first-sick", "2024-01-08", "--as-of", "2024-03-01", "-f", "csv",
        "--csv-dialect", "excel-nl",
    )  # fmt: skip
    assert code == 0
    rows = excel_rows(out)
    assert tuple(rows[0]) == CSV_FIELDS
    by_id = {row[2]: dict(zip(CSV_FIELDS, row, strict=True)) for row in rows[1:]}
    assert by_id["probleemanalyse"]["due"] == "2024-02-18"
    _, standard, _ = run(
        "timeline", "--first-sick", "2024-01-08", "--as-of", "2024-03-01", "-f", "csv"
    )
    assert rows == list(csv.reader(io.StringIO(standard.decode())))  # the same values


def test_sanction_risk_csv_for_dutch_excel_keeps_accents() -> None:
    args = ["sanction-risk", EXAMPLE, "--as-of", "2025-06-01", "-f", "csv", "--fail-on", "never"]
    code, out, _ = run(*args, "--csv-dialect", "excel-nl")
    assert code == 0
    rows = excel_rows(out)
    assert tuple(rows[0]) == FINDING_CSV_FIELDS
    _, standard, _ = run(*args)
    assert rows == list(csv.reader(io.StringIO(standard.decode())))


def test_batch_csv_for_dutch_excel_has_decimal_commas(tmp_path: Path) -> None:
    source = export(tmp_path)
    _, out, _ = run("batch", source, *AS_OF, "-f", "csv", "--csv-dialect", "excel-nl")
    rows = excel_rows(out)
    assert tuple(rows[0]) == BATCH_CSV_FIELDS
    _, standard, _ = run("batch", source, *AS_OF, "-f", "csv")
    plain = list(csv.reader(io.StringIO(standard.decode())))
    assert len(rows) == len(plain) == 4  # the header, two cases, the error row
    money = BATCH_CSV_FIELDS.index("loonsanctie_max_eur")
    assert "," in rows[2][money]
    assert "." not in rows[2][money]
    assert rows[2][money].replace(",", ".") == plain[2][money]
    for dutch, english in zip(rows, plain, strict=True):
        assert [cell.replace(",", ".") for cell in dutch] == [
            cell.replace(",", ".") for cell in english
        ]


def test_the_default_dialect_is_unchanged(tmp_path: Path) -> None:
    _, out, _ = run("batch", export(tmp_path), *AS_OF, "-f", "csv")
    assert not out.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" not in out
    assert out.split(b"\n")[0].decode() == ",".join(BATCH_CSV_FIELDS)


texts = st.text(st.characters(exclude_categories=["Cs"]), max_size=20).filter(
    lambda value: not value.startswith(("=", "+", "-", "@", "\t", "\r"))
)


@given(
    st.lists(
        st.one_of(texts, st.floats(allow_nan=False, allow_infinity=False)), min_size=1, max_size=8
    )
)
def test_an_excel_nl_row_reads_back_with_decimal_commas(values: list[str | float]) -> None:
    """Whatever the values (semicolons, quotes and line breaks in text, any number), a
    row in the excel-nl dialect reads back as one record of the same values."""
    line = csv_row(values, dialect=CSV_DIALECTS["excel-nl"])
    (record,) = list(csv.reader(io.StringIO(line + "\r\n", newline=""), delimiter=";"))
    expected = [v if isinstance(v, str) else str(v).replace(".", ",") for v in values]
    assert record == expected


@pytest.mark.parametrize(("value", "cell"), [(Decimal("1234.50"), "1234,50"), (70, "70")])
def test_decimals_get_a_comma_and_whole_numbers_stay(value: object, cell: str) -> None:
    assert csv_row([value], dialect=CSV_DIALECTS["excel-nl"]) == cell


def test_a_failed_workbook_leaves_the_old_file_and_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from poortwachter.outputs import workbook

    def broken_save(self: object, stream: Any, receipt: object = None) -> None:
        stream.write(b"PK half a workbook")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(workbook.WorkbookWriter, "save", broken_save)
    target = tmp_path / "zaken.xlsx"
    target.write_bytes(b"yesterday's workbook")
    source = export(tmp_path)
    code, _, err = run("batch", source, *AS_OF, "-f", "xlsx", "-o", str(target))
    assert code == 2
    # (errno 28: the system's own words are English; the line says it in Dutch)
    assert err.splitlines()[-1] == f"Fout: {target}: kan niet schrijven: de schijf is vol"
    assert target.read_bytes() == b"yesterday's workbook"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["export.csv", "zaken.xlsx"]


def test_a_workbook_into_a_missing_folder_is_one_error_line(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "zaken.xlsx"
    code, _, err = run("batch", export(tmp_path), *AS_OF, "-f", "xlsx", "-o", str(target))
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert str(target) in err
    assert "Traceback" not in err


def test_a_sheet_past_excels_row_limit_goes_on_in_a_second_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Excel shows 1,048,576 rows a sheet; here the limit is made 5 to see the split."""
    from poortwachter.outputs import workbook

    monkeypatch.setattr(workbook, "MAX_DATA_ROWS", 5)
    lines = ["case_id,first_sick_day"] + [f"K{n},2024-01-08" for n in range(12)]
    target = tmp_path / "zaken.xlsx"
    code, _, _ = run(
        "batch", export(tmp_path, "\n".join(lines) + "\n"), *AS_OF, "-f", "xlsx", "-o", str(target)
    )
    assert code == 0
    book = load_workbook(target)
    assert book.sheetnames[:3] == ["Zaken", "Zaken (2)", "Zaken (3)"]
    parts = [sheet_rows(book[name]) for name in ("Zaken", "Zaken (2)", "Zaken (3)")]
    assert [len(part) for part in parts] == [6, 6, 3]  # each with its header
    assert all(part[0] == BATCH_CSV_FIELDS for part in parts)
    ids = [row[2] for part in parts for row in part[1:]]
    assert ids == [f"K{n}" for n in range(12)]
    assert book["Zaken (3)"].auto_filter.ref == f"A1:{get_column_letter(len(BATCH_CSV_FIELDS))}3"
    milestone_sheets = [name for name in book.sheetnames if name.startswith("Open mijlpalen")]
    milestones = sum(len(sheet_rows(book[name])) - 1 for name in milestone_sheets)
    assert len(milestone_sheets) == -(-milestones // 5)
