"""HR and payroll exports in: Dutch Excel CSV (BOM, ``;``, CRLF, Windows-1252, Dutch
headers, amounts and dates), course lines (one row per sick period, out of order),
mapping files, XLSX workbooks, JSON arrays and single case files. Every file is built
here in code; every date is worked by hand."""

from __future__ import annotations

import csv
import io
import json
import random
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from ..helpers import besides_no_events_note, records, run, write

#: These tests check the English wording of messages (Dutch is the default).
pytestmark = pytest.mark.usefixtures("english")

runner = CliRunner()
AS_OF = ["--as-of", "2025-06-01", "--fail-on", "never"]


# A Dutch Excel "CSV UTF-8" export: BOM, semicolons, CRLF, Dutch headers, course lines.
EXPORT = (
    "\ufeffPersoneelsnummer;Naam;Eerste ziektedag;Hersteldatum;Oorzaak;Salaris;Salaris per\r\n"
    "1042;J. de Vries;6-1-2025;27-1-2025;rug;3.450,00;maand\r\n"
    "2077;F. El Amrani;13-1-2025;;burn-out;2.980,50;maand\r\n"
    "1042;J. de Vries;10-2-2025;;rug;3.450,00;maand\r\n"
)


def test_a_dutch_excel_export_with_course_lines_reads_as_cases(tmp_path: Path) -> None:
    code, out, err = run("batch", write(tmp_path, "export.csv", EXPORT), *AS_OF)
    assert (code, besides_no_events_note(err)) == (0, "")
    first, second = records(out)
    # 1042: sick 6-26 Jan (fit again 27 Jan), sick again 10 Feb: 14 fit days (27 Jan to
    # 9 Feb), joined; the end moves 14 days: 3 Jan 2027 + 14 = 17 Jan 2027.
    assert (first["row"], first["rows"], first["case_id"]) == (1, [1, 3], "1042")
    assert first["einde_wachttijd"] == "2027-01-17"
    assert [gap["fit_days"] for gap in first["chain"]["gaps"]] == [14]
    assert first["exposure"]["daily_wage_eur"] == 158.62  # 3450 / 21.75
    assert (second["row"], second["case_id"]) == (2, "2077")
    assert "rows" not in second


def test_rows_of_a_case_far_apart_and_out_of_order_are_one_case(tmp_path: Path) -> None:
    lines = ["case_id,first_sick_day,last_sick_day"]
    lines += ["A,2025-03-03,"]  # the open period first in the file
    lines += [f"X{number},2025-01-06,2025-01-07" for number in range(50)]
    lines += ["A,2025-01-06,2025-02-14"]  # 16 fit days before 3 March: joined
    code, out, _ = run("batch", write(tmp_path, "lines.csv", "\n".join(lines) + "\n"), *AS_OF)
    assert code == 0
    found = records(out)
    assert len(found) == 51
    case_a = found[0]
    assert (case_a["row"], case_a["rows"], case_a["first_sick_day"]) == (1, [1, 52], "2025-01-06")


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (
            ["A,2025-01-06,2025-02-14", "A,2025-02-01,"],
            "rows 1 and 2: the sick periods overlap",
        ),
        (
            ["A,2025-01-06,", "A,2025-03-01,"],
            "rows 1 and 2: two open sick periods, or an open one before another",
        ),
    ],
)
def test_course_lines_that_cannot_be_one_case_are_an_error_record(
    tmp_path: Path, lines: list[str], message: str
) -> None:
    text = "case_id,first_sick_day,last_sick_day\n" + "\n".join([*lines, "B,2025-01-06,"]) + "\n"
    code, out, _ = run("batch", write(tmp_path, "lines.csv", text), *AS_OF)
    assert code == 2
    broken, fine = records(out)
    assert message in broken["error"]
    assert "error" not in fine  # one case's error never costs another


def test_case_fields_that_disagree_between_rows_are_named_by_row_not_value(
    tmp_path: Path,
) -> None:
    text = (
        "case_id,first_sick_day,last_sick_day,date_of_birth\n"
        "A,2025-01-06,2025-01-20,1971-05-03\nA,2025-02-01,,1971-05-04\n"
    )
    code, out, _ = run("batch", write(tmp_path, "lines.csv", text), *AS_OF)
    assert code == 2
    (record,) = records(out)
    assert record["error"] == (
        "date_of_birth: rows 1 and 2 of this case disagree (give it on one row, or the same "
        "on every row)"
    )


def test_a_recovery_date_and_a_last_sick_day_must_agree(tmp_path: Path) -> None:
    text = "case_id,first_sick_day,last_sick_day,hersteldatum\nA,2025-01-06,2025-01-20,2025-01-22\n"
    code, out, _ = run("batch", write(tmp_path, "lines.csv", text), *AS_OF)
    assert code == 2
    assert "is not the day after the last sick day" in records(out)[0]["error"]


@pytest.mark.parametrize(
    "header",
    [
        "Personeelsnummer;Eerste ziektedag",
        "MEDEWERKERNUMMER;ziek_vanaf",
        "werknemer;Begindatum verzuim",
        "case-id;First Sick Day",
    ],
)
def test_headers_match_without_case_spaces_underscores_or_hyphens(
    tmp_path: Path, header: str
) -> None:
    code, out, err = run("batch", write(tmp_path, "x.csv", f"{header}\n7;6-1-2025\n"), *AS_OF)
    assert (code, besides_no_events_note(err)) == (0, "")
    assert records(out)[0]["first_sick_day"] == "2025-01-06"


def test_an_unknown_column_names_the_closest_and_can_be_mapped_or_ignored(tmp_path: Path) -> None:
    source = write(tmp_path, "x.csv", "Werknemer;Datum 1e ziektedag;Afdeling\n7;6-1-2025;Zorg\n")
    code, _, err = run("batch", source, *AS_OF)
    assert code == 2
    assert "unknown CSV column 'Datum 1e ziektedag'" in err
    mapping = write(tmp_path, "map.yaml", "Datum 1e ziektedag: first_sick_day\n")
    code, _, err = run("batch", source, *AS_OF, "--columns", mapping)
    assert code == 2
    assert "unknown CSV column 'Afdeling'" in err
    code, out, err = run("batch", source, *AS_OF, "--columns", mapping, "--ignore-unknown")
    assert (code, besides_no_events_note(err)) == (0, "")
    assert records(out)[0]["first_sick_day"] == "2025-01-06"


def test_a_mapping_to_no_column_is_refused_with_the_closest(tmp_path: Path) -> None:
    source = write(tmp_path, "x.csv", "case_id,first_sick_day\n7,2025-01-06\n")
    mapping = write(tmp_path, "map.yaml", "Startdatum: first_sick_dag\n")
    code, _, err = run("batch", source, *AS_OF, "--columns", mapping)
    assert code == 2
    assert err == (
        f"Error: {mapping}: Startdatum: 'first_sick_dag' is not a poortwachter column; did "
        "you mean 'first_sick_day'?\n"
    )


@pytest.mark.parametrize(
    ("delimiter", "eol"), [(";", "\r\n"), (",", "\n"), ("\t", "\r\n"), (";", "\r")]
)
def test_the_delimiter_is_sniffed_and_any_line_end_is_taken(
    tmp_path: Path, delimiter: str, eol: str
) -> None:
    text = delimiter.join(["case_id", "first_sick_day", "salaris"]) + eol
    text += delimiter.join(["7", "06-01-2025", '"3.450,00"']) + eol
    code, out, err = run("batch", write(tmp_path, "x.csv", text), *AS_OF)
    assert (code, besides_no_events_note(err)) == (0, "")
    assert records(out)[0]["exposure"]["daily_wage_eur"] == 158.62


def test_stdin_takes_an_export_too() -> None:
    code, out, err = run("batch", "-", *AS_OF, stdin=EXPORT.encode("utf-8"))
    assert (code, besides_no_events_note(err)) == (0, "")
    assert [record["case_id"] for record in records(out)] == ["1042", "2077"]


# --- XLSX --------------------------------------------------------------------------------


def workbook(tmp_path: Path, rows: list[list[object]], sheet: str = "Verzuim") -> str:
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Uitleg"
    first.append(["Dit blad is uitleg"])
    data = book.create_sheet(sheet)
    for row in rows:
        data.append(row)
    path = tmp_path / "export.xlsx"
    book.save(path)
    return str(path)


def test_an_xlsx_export_reads_date_cells_and_text_dates(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Personeelsnummer", "Naam", "Eerste ziektedag", "Hersteldatum", "Salaris"],
        [1042, "J. de Vries", datetime(2025, 1, 6), date(2025, 1, 27), 3450],  # noqa: DTZ001
        [2077, "F. El Amrani", "13-1-2025", None, "2.980,50"],
        [1042, "J. de Vries", datetime(2025, 2, 10), None, 3450.0],  # noqa: DTZ001
    ]
    source = workbook(tmp_path, rows)
    code, out, err = run("batch", source, *AS_OF, "--sheet", "Verzuim")
    assert (code, besides_no_events_note(err)) == (0, "")
    first, second = records(out)
    assert (first["case_id"], first["rows"], first["einde_wachttijd"]) == (
        "1042",
        [1, 3],
        "2027-01-17",
    )
    assert second["first_sick_day"] == "2025-01-13"
    code, _, err = run("batch", source, *AS_OF, "--sheet", "Blad9")
    assert code == 2
    assert "no sheet 'Blad9' (the sheets: Uitleg, Verzuim)" in err


# --- JSON, one case file, duplicates -----------------------------------------------------


def test_a_json_array_of_case_documents_is_read_like_json_lines(tmp_path: Path) -> None:
    documents = [
        {"case_id": "J-1", "sick_periods": [{"start": "2025-01-06"}]},
        {"case_id": "J-2", "sick_periods": [{"start": "2025-02-03"}]},
    ]
    code, out, _ = run("batch", write(tmp_path, "cases.json", json.dumps(documents)), *AS_OF)
    assert code == 0
    assert [record["case_id"] for record in records(out)] == ["J-1", "J-2"]


def test_one_case_file_given_to_batch_is_one_case(tmp_path: Path) -> None:
    source = write(tmp_path, "case.yaml", "case_id: C-1\nsick_periods: [{start: 12-09-2025}]\n")
    code, out, _ = run("batch", source, *AS_OF)
    assert code == 0
    assert records(out)[0]["case_id"] == "C-1"


def test_a_case_id_twice_in_json_lines_is_reported_not_merged(tmp_path: Path) -> None:
    line = '{"case_id": "D-1", "sick_periods": [{"start": "2025-01-06"}]}\n'
    code, out, _ = run("batch", write(tmp_path, "cases.jsonl", line + line), *AS_OF)
    assert code == 2
    first, second = records(out)
    assert "error" not in first
    assert second["error"].startswith("case_id D-1 again (first in row 1)")


# --- properties --------------------------------------------------------------------------

ids = st.sampled_from(["A", "B", "C", "D", ""])
days = st.dates(date(2024, 1, 1), date(2025, 6, 1)).map(
    lambda day: f"{day.day}-{day.month}-{day.year}"
)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from([";", ",", "\t"]),
    st.booleans(),
    st.lists(st.tuples(ids, days, st.one_of(st.just(""), days)), min_size=1, max_size=10),
)
def test_any_sniffed_csv_yields_one_record_per_case_in_first_row_order(
    delimiter: str, bom: bool, rows: list[tuple[str, str, str]]
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["Personeelsnummer", "Eerste ziektedag", "Laatste ziektedag"])
    writer.writerows(rows)
    text = ("\ufeff" if bom else "") + buffer.getvalue()
    code, out, err = run("batch", "-", *AS_OF, stdin=text.encode("utf-8"))
    assert code in (0, 2)
    assert "internal error" not in out + err
    firsts: dict[str, int] = {}
    for number, (case_id, _, _) in enumerate(rows, start=1):
        firsts.setdefault(case_id or f"row {number}", number)
    assert [record["row"] for record in records(out)] == sorted(firsts.values())


# --- names ---------------------------------------------------------------------------------

NAMED = (
    "case_id: N-1\nemployee: {name: J. de Vries}\nsick_periods: [{start: 2025-01-06}]\n"
    "events: {casemanager: A. Jansen}\n"
)


def test_names_go_through_to_every_output_and_no_names_leaves_them_out(tmp_path: Path) -> None:
    case_file = write(tmp_path, "case.yaml", NAMED)
    outputs = {
        "json": run("sanction-risk", case_file, *AS_OF, "--format", "json")[1],
        "csv": run("timeline", "--case", case_file, "--as-of", "2025-06-01", "--format", "csv")[1],
        "ics": run("timeline", "--case", case_file, "--as-of", "2025-03-01", "--format", "ics")[1],
        "report": run("report", case_file, "--as-of", "2025-06-01")[1],
        "table": run("sanction-risk", case_file, *AS_OF)[1],
        "batch": run("batch", case_file, *AS_OF, "--format", "csv")[1],
    }
    for name, text in outputs.items():
        assert "J. de Vries" in text, name
    assert json.loads(outputs["json"])["casemanager"] == "A. Jansen"
    assert "A. Jansen" in outputs["batch"]
    hidden = {
        "json": run("sanction-risk", case_file, *AS_OF, "--format", "json", "--no-names")[1],
        "csv": run(
            "timeline",
            "--case",
            case_file,
            "--as-of",
            "2025-06-01",
            "--format",
            "csv",
            "--no-names",
        )[1],
        "report": run("report", case_file, "--as-of", "2025-06-01", "--no-names")[1],
        "batch": run("batch", case_file, *AS_OF, "--format", "csv", "--no-names")[1],
    }
    for name, text in hidden.items():
        assert "de Vries" not in text, name
        assert "Jansen" not in text, name


def test_trailing_empty_columns_are_ignored(tmp_path: Path) -> None:
    """Excel saves the empty columns right of the data as trailing separators, and not
    always as many on every row."""
    text = "Personeelsnummer;Eerste ziektedag;;;\r\n1042;6-1-2025;;;\r\n2077;13-1-2025;;\r\n"
    code, out, err = run("batch", write(tmp_path, "export.csv", text), *AS_OF)
    assert (code, besides_no_events_note(err)) == (0, "")
    assert [(item["case_id"], item["first_sick_day"]) for item in records(out)] == [
        ("1042", "2025-01-06"),
        ("2077", "2025-01-13"),
    ]


def test_a_value_in_a_column_without_a_header_is_an_error_record(tmp_path: Path) -> None:
    text = "Personeelsnummer;Eerste ziektedag;\r\n1042;6-1-2025;x\r\n2077;13-1-2025;\r\n"
    code, out, err = run("batch", write(tmp_path, "export.csv", text), *AS_OF)
    assert code == 2
    first, second = records(out)
    assert first["row"] == 1
    assert "error" in first
    assert second["case_id"] == "2077"
    assert "internal error" not in err


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 40), st.sampled_from(["A", "B", "C"]), st.integers(501, 9000)),
        min_size=1,
        max_size=6,
        unique_by=lambda line: line[0],
    ),
    st.randoms(use_true_random=False),
)
def test_course_lines_in_any_order_take_name_and_wage_from_the_latest_period(
    lines: list[tuple[int, str, int]], shuffler: random.Random
) -> None:
    # Periods of one day, a week apart (so they never touch); each line its own name and
    # wage. Whatever the order of the rows, the case has the latest period's.
    from poortwachter.inputs.table import case_from_rows

    rows = [
        {
            "case_id": "1",
            "first_sick_day": (date(2025, 1, 6) + timedelta(weeks=week)).isoformat(),
            "last_sick_day": (date(2025, 1, 6) + timedelta(weeks=week)).isoformat(),
            "employee_name": name,
            "wage_amount": str(wage),
        }
        for week, name, wage in lines
    ]
    shuffler.shuffle(rows)
    _, name, wage = max(lines)
    the_case = case_from_rows(rows)
    assert the_case.employee.name == name
    assert the_case.employee.wage is not None
    assert the_case.employee.wage.amount == wage
