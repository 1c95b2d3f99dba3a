"""Hostile workbooks (XLSX): a declared dimension of a million rows, empty row elements,
a part that unpacks a thousand times, a directory that lies, millions of shared strings
or styles, odd cells and rows out of order. A bound passed is one error line naming the
file and the bound, exit status 2, at once; an odd cell or row costs its own row only.

The workbooks are built here with zipfile, small: the attack is in what they declare
or how well they pack; a bound is tested lowered where its figure would cost memory.
"""

from __future__ import annotations

import struct
import time
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from poortwachter.inputs.sources import Notes, XlsxSource
from poortwachter.inputs.table import BatchInputError
from poortwachter.inputs.workbook_guard import WorkbookLimits
from poortwachter.outputs.messages import say

from ..helpers import records, run

AS_OF = ["--as-of", "2025-06-01", "--fail-on", "never", "--lang", "en"]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
SHEET_TYPE = RELS + "/worksheet"
HEADER = '<row r="1"><c r="A1" t="inlineStr"><is><t>case_id</t></is></c>'
HEADER += '<c r="B1" t="inlineStr"><is><t>first_sick_day</t></is></c></row>'


def case_row(number: int, case_id: str, day: str = "2025-01-06") -> str:
    return (
        f'<row r="{number}"><c r="A{number}" t="inlineStr"><is><t>{case_id}</t></is></c>'
        f'<c r="B{number}" t="inlineStr"><is><t>{day}</t></is></c></row>'
    )


def sheet_xml(rows: str, dimension: str = "A1:B3") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">'
        f'<dimension ref="{dimension}"/><sheetData>{rows}</sheetData></worksheet>'
    )


def build(
    path: Path,
    sheets: list[tuple[str, Iterable[str] | str, str]],
    *,
    shared: list[str] | None = None,
    styles: str | None = None,
    active: int = 0,
) -> str:
    """A workbook of ``sheets`` (name, the sheet's XML in pieces, its state), written
    piece by piece (a big part is never held whole)."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
        '.org/package/2006/content-types"><Default Extension="rels" ContentType="application'
        '/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
        '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    )
    for number in range(1, len(sheets) + 1):
        content += (
            f'<Override PartName="/xl/worksheets/sheet{number}.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        )
    if shared is not None:
        content += (
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        )
    if styles is not None:
        content += (
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats'
            '-officedocument.spreadsheetml.styles+xml"/>'
        )
    content += "</Types>"
    listed = "".join(
        f'<sheet name="{name}" sheetId="{number}" state="{state}" r:id="rId{number}"/>'
        for number, (name, _, state) in enumerate(sheets, start=1)
    )
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{RELS}">'
        f'<bookViews><workbookView activeTab="{active}"/></bookViews>'
        f"<sheets>{listed}</sheets></workbook>"
    )
    links = "".join(
        f'<Relationship Id="rId{number}" Type="{SHEET_TYPE}" '
        f'Target="worksheets/sheet{number}.xml"/>'
        for number in range(1, len(sheets) + 1)
    )
    if shared is not None:
        links += f'<Relationship Id="rS" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>'
    if styles is not None:
        links += f'<Relationship Id="rT" Type="{RELS}/styles" Target="styles.xml"/>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content)
        archive.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{PACKAGE_RELS}"><Relationship Id="rId1" Type="{RELS}/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{PACKAGE_RELS}">{links}</Relationships>',
        )
        for number, (_, pieces, _) in enumerate(sheets, start=1):
            with archive.open(f"xl/worksheets/sheet{number}.xml", "w") as part:
                for piece in [pieces] if isinstance(pieces, str) else pieces:
                    part.write(piece.encode())
        if shared is not None:
            strings = "".join(f"<si><t>{text}</t></si>" for text in shared)
            archive.writestr("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}">{strings}</sst>')
        if styles is not None:
            archive.writestr("xl/styles.xml", styles)
    return str(path)


def one_sheet(path: Path, rows: Iterable[str] | str, **options: Any) -> str:
    return build(path, [("Verzuim", rows, "visible")], **options)


def empty_rows(count: int) -> Iterable[str]:
    yield sheet_xml("", "A1:B1").split("<sheetData>")[0] + "<sheetData>" + HEADER
    for _ in range(count // 10_000):
        yield "<row/>" * 10_000
    yield "<row/>" * (count % 10_000) + "</sheetData></worksheet>"


def one_error_line(code: int, out: str, err: str, path: str, *fragments: str) -> str:
    assert code == 2, err
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"Error: {path}: "), err
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    assert "Traceback" not in err
    assert "internal error" not in err
    return lines[0]


def error_of(source: XlsxSource) -> str:
    with pytest.raises(BatchInputError) as raised:
        list(source.rows())
    return say(raised.value.said, "en")


# --- Bounds: one line, at once -------------------------------------------------------


@pytest.mark.timeout(30)
def test_a_huge_declared_dimension_pads_nothing(tmp_path: Path) -> None:
    # A reader that pads to the declared dimension makes a million rows of 16,384 cells.
    rows = HEADER + case_row(2, "A-1") + case_row(1_048_576, "A-2")
    path = one_sheet(tmp_path / "dim.xlsx", sheet_xml(rows, "A1:XFD1048576"))
    started = time.monotonic()
    code, out, err = run("batch", path, *AS_OF)
    assert time.monotonic() - started < 5
    assert code == 0, err
    assert [record["case_id"] for record in records(out)] == ["A-1", "A-2"]


@pytest.mark.timeout(30)
def test_a_part_that_unpacks_a_thousand_times_is_one_error_line(tmp_path: Path) -> None:
    # 2 million empty rows: 12 MB of XML in a zip of 12 KB.
    path = one_sheet(tmp_path / "rows.xlsx", empty_rows(2_000_000))
    assert Path(path).stat().st_size < 100_000
    started = time.monotonic()
    code, out, err = run("batch", path, *AS_OF)
    assert time.monotonic() - started < 5
    one_error_line(
        code, out, err, path, "xl/worksheets/sheet1.xml", "more than 200 times its packed size"
    )


def test_empty_row_elements_past_the_row_bound_are_refused(tmp_path: Path) -> None:
    path = Path(one_sheet(tmp_path / "rows.xlsx", empty_rows(150)))
    limits = WorkbookLimits(rows=100)
    said = error_of(XlsxSource(path, None, limits=limits))
    assert said == "the sheet has more than 100 rows (the bound of a workbook)"
    assert list(XlsxSource(path, None, limits=WorkbookLimits(rows=200)).rows()) == []


def test_cells_past_the_cell_bound_are_refused(tmp_path: Path) -> None:
    rows = HEADER + "".join(case_row(number, f"A-{number}") for number in range(2, 40))
    path = Path(one_sheet(tmp_path / "cells.xlsx", sheet_xml(rows)))
    said = error_of(XlsxSource(path, None, limits=WorkbookLimits(cells=50)))
    assert said == "the sheet has more than 50 cells (the bound of a workbook)"


def patched_directory(path: str, part: str, size: int) -> None:
    """The zip directory's entry of ``part`` made to declare ``size`` unpacked bytes."""
    data = bytearray(Path(path).read_bytes())
    name = part.encode()
    at = data.find(b"PK\x01\x02" + b"\x00" * 0)
    while at != -1:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46 : at + 46 + name_length]) == name:
            struct.pack_into("<I", data, at + 24, size)
            Path(path).write_bytes(bytes(data))
            return
        at = data.find(b"PK\x01\x02", at + 4)
    raise AssertionError(part)


def test_a_directory_that_declares_a_huge_part_is_refused_before_reading(
    tmp_path: Path,
) -> None:
    path = one_sheet(tmp_path / "huge.xlsx", sheet_xml(HEADER + case_row(2, "A-1")))
    patched_directory(path, "xl/worksheets/sheet1.xml", 3_000_000_000)
    code, out, err = run("batch", path, *AS_OF)
    one_error_line(code, out, err, path, "unpacks to more than 2,147,483,648 bytes")


def test_a_directory_that_understates_a_part_is_one_error_line(tmp_path: Path) -> None:
    rows = HEADER + "".join(case_row(number, f"A-{number}") for number in range(2, 200))
    path = one_sheet(tmp_path / "lies.xlsx", sheet_xml(rows))
    patched_directory(path, "xl/worksheets/sheet1.xml", 2_000)
    code, out, err = run("batch", path, *AS_OF)
    one_error_line(code, out, err, path)


def test_a_part_read_past_its_bound_is_refused_whatever_the_directory_says(
    tmp_path: Path,
) -> None:
    rows = HEADER + "".join(case_row(number, f"A-{number}") for number in range(2, 200))
    path = Path(one_sheet(tmp_path / "long.xlsx", sheet_xml(rows)))
    said = error_of(XlsxSource(path, None, limits=WorkbookLimits(sheet_bytes=5_000)))
    assert "unpacks to more than 5,000 bytes" in said


def test_shared_strings_past_their_bound_are_refused_before_openpyxl_loads_them(
    tmp_path: Path,
) -> None:
    rows = HEADER + case_row(2, "A-1")
    path = Path(one_sheet(tmp_path / "sst.xlsx", sheet_xml(rows), shared=["x"] * 1_001))
    said = error_of(XlsxSource(path, None, limits=WorkbookLimits(shared_strings=1_000)))
    assert said == "the workbook holds more than 1,000 shared strings (the bound of a workbook)"


def test_styles_past_their_bound_are_refused_before_openpyxl_loads_them(tmp_path: Path) -> None:
    styles = f'<styleSheet xmlns="{MAIN}"><cellXfs>' + '<xf numFmtId="0"/>' * 301
    styles += "</cellXfs></styleSheet>"
    path = Path(one_sheet(tmp_path / "st.xlsx", sheet_xml(HEADER), styles=styles))
    said = error_of(XlsxSource(path, None, limits=WorkbookLimits(styles=300)))
    assert said == "the workbook holds more than 300 style records (the bound of a workbook)"


def test_a_document_type_in_a_part_is_refused(tmp_path: Path) -> None:
    styles = '<!DOCTYPE s [<!ENTITY a "aaaa">]><styleSheet xmlns="' + MAIN + '"/>'
    path = one_sheet(tmp_path / "dtd.xlsx", sheet_xml(HEADER), styles=styles)
    code, out, err = run("batch", path, *AS_OF)
    one_error_line(code, out, err, path, "declares a document type")


@pytest.mark.timeout(30)
def test_a_cell_over_the_field_bound_costs_its_row_only(tmp_path: Path) -> None:
    long = case_row(3, "A-2").replace("2025-01-06", "x" * 140_000)
    rows = HEADER + case_row(2, "A-1") + long + case_row(4, "A-3")
    path = one_sheet(tmp_path / "long.xlsx", sheet_xml(rows))
    code, out, err = run("batch", path, *AS_OF)
    assert code == 2
    found = records(out)
    assert [("error" in record) for record in found] == [False, True, False]
    assert found[1]["error"].startswith("a field of 140,000 characters (at most 131,072")
    assert "internal error" not in err


# --- Odd cells and rows: their row only ----------------------------------------------


def numeric(number: int, value: str, reference: str | None = None) -> str:
    where = reference or f"A{number}"
    return (
        f'<row r="{number}"><c r="{where}"><v>{value}</v></c>'
        f'<c r="B{number}" t="inlineStr"><is><t>2025-01-06</t></is></c></row>'
    )


def test_an_odd_cell_costs_its_row_only(tmp_path: Path) -> None:
    rows = HEADER + case_row(2, "A-1")
    rows += numeric(3, "NaN") + numeric(4, "12abc") + numeric(5, "1e999")
    rows += '<row r="6"><c r="A6" t="s"><v>7</v></c></row>'
    rows += numeric(7, "5", reference="AAAA7") + numeric(8, "6", reference="A9")
    rows += '<row r="9"><c r="A9" t="b"><v>2</v></c></row>' + case_row(10, "A-10")
    path = one_sheet(tmp_path / "odd.xlsx", sheet_xml(rows), shared=["A-5"])
    code, out, err = run("batch", path, *AS_OF)
    assert code == 2
    found = records(out)
    assert [record["row"] for record in found] == list(range(1, 10))
    assert [("error" in record) for record in found] == [False] + [True] * 7 + [False]
    assert found[1]["error"] == "cell A3 holds 'NaN', which is no value of its type (n)"
    assert (
        found[4]["error"] == "cell A6 refers to shared string '7', which the workbook does not hold"
    )
    assert found[5]["error"] == "a cell reference 'AAAA7' that is no cell (A1 to XFD1048576)"
    assert found[6]["error"] == "cell A9 is not in sheet row 8"
    assert "internal error" not in err
    assert "Traceback" not in err


def test_a_row_given_twice_or_out_of_order_is_an_error_record(tmp_path: Path) -> None:
    rows = HEADER + case_row(2, "A-1") + case_row(7, "A-7") + case_row(5, "A-5")
    rows += case_row(7, "A-77") + case_row(8, "A-8")
    path = one_sheet(tmp_path / "order.xlsx", sheet_xml(rows))
    code, out, err = run("batch", path, *AS_OF)
    assert code == 2
    found = records(out)
    assert [("error" in record) for record in found] == [False, False, True, True, False]
    expected = "sheet row 5 comes after sheet row 7: rows out of order or given twice"
    assert found[2]["error"] == expected
    assert "internal error" not in err


def test_a_hidden_first_sheet_is_not_read_and_the_sheet_read_is_named(tmp_path: Path) -> None:
    decoy = sheet_xml(HEADER + case_row(2, "DECOY"))
    real = sheet_xml(HEADER + case_row(2, "A-1"))
    for state in ("hidden", "veryHidden"):
        path = build(
            tmp_path / f"{state}.xlsx", [("Oud", decoy, state), ("Verzuim", real, "visible")]
        )
        code, out, err = run("batch", path, *AS_OF)
        assert code == 0, err
        assert [record["case_id"] for record in records(out)] == ["A-1"]
        note = (
            f"Note: {path}: read sheet 'Verzuim', the active visible sheet (1 of the 2 "
            "sheets hidden); --sheet NAME reads another"
        )
        assert note in err.splitlines()
        code, out, _ = run("batch", path, *AS_OF, "--sheet", "Oud")
        assert [record["case_id"] for record in records(out)] == ["DECOY"]


def test_the_active_sheet_is_read_and_named(tmp_path: Path) -> None:
    first = sheet_xml(HEADER + case_row(2, "OTHER"))
    real = sheet_xml(HEADER + case_row(2, "A-1"))
    path = build(
        tmp_path / "active.xlsx",
        [("Blad1", first, "visible"), ("Verzuim", real, "visible")],
        active=1,
    )
    notes = Notes()
    source = XlsxSource(Path(path), None, notes=notes)
    assert [row.cells[0] for row in source.rows()] == ["A-1"]
    assert [say(line, "nl") for line in notes.lines] == [
        f"{path}: werkblad 'Verzuim' gelezen, het actieve zichtbare werkblad (0 van de 2 "
        "werkbladen verborgen); --sheet NAAM leest een ander"
    ]


# --- A property: every row one record, never an internal error ------------------------


odd_cells = st.sampled_from(
    [
        '<c r="{ref}" t="inlineStr"><is><t>{case}</t></is></c>',
        '<c r="{ref}"><v>NaN</v></c>',
        '<c r="{ref}"><v>12abc</v></c>',
        '<c r="{ref}"><v>1e999</v></c>',
        '<c r="{ref}"><v>42</v></c>',
        '<c r="{ref}" t="s"><v>0</v></c>',
        '<c r="{ref}" t="s"><v>99</v></c>',
        '<c r="{ref}" t="s"><v>-1</v></c>',
        '<c r="{ref}" t="b"><v>x</v></c>',
        '<c r="{ref}" t="d"><v>2025-13-45</v></c>',
        '<c r="{ref}" s="9"><v>3</v></c>',
        '<c r="ZZZZ{row}"><v>1</v></c>',
        '<c r="A0"><v>1</v></c>',
        '<c r="B1"><v>1</v></c>',
        "<c><v>7</v></c>",
        '<c r="{ref}" t="e"><v>#N/A</v></c>',
    ]
)
row_numbers = st.one_of(
    st.integers(2, 30).map(str), st.sampled_from(["", "0", "abc", "-3", "9999999999", "2.5"])
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(row_numbers, odd_cells), min_size=1, max_size=10))
def test_every_workbook_row_yields_one_record_whatever_it_holds(
    tmp_path: Path, rows: list[tuple[str, str]]
) -> None:
    xml = HEADER
    for index, (given_number, cell) in enumerate(rows):
        attribute = f' r="{given_number}"' if given_number else ""
        number = given_number if given_number.isdigit() else "2"
        filled = cell.format(ref=f"A{number}", row=number, case=f"C-{index}")
        xml += f"<row{attribute}>{filled}"
        xml += f'<c r="B{number}" t="inlineStr"><is><t>2025-01-06</t></is></c></row>'
    path = one_sheet(tmp_path / "fuzz.xlsx", sheet_xml(xml), shared=["S-1"])
    code, out, err = run("batch", path, *AS_OF)
    assert code in (0, 2), err
    assert "Traceback" not in err
    assert "internal error" not in err
    found = records(out)
    # Each row that is not empty is one record (rows of one case id are one case).
    numbers = [record["row"] for record in found]
    assert numbers == sorted(set(numbers))
    # Every row element holds a value: each is one row, a problem row or a case's.
    read = list(XlsxSource(Path(path), None).rows())
    assert len(read) == len(rows)
    keys = {row.cells[0] if row.problem is None and row.cells[0] else row.number for row in read}
    assert len(found) == len(keys)
    assert not [item for item in found if item.get("error", "").startswith("internal error")]
