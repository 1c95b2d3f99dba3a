"""Helpers made faster for batch runs (issue 12) still answer what their plain
definitions answer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from poortwachter.inputs.documents import MAX_DEPTH, _depth
from poortwachter.inputs.reading import _undecodable
from poortwachter.inputs.sources import Row
from poortwachter.messages import message
from poortwachter.outputs.messages import say


def plain_depth(value: object, level: int = 0) -> int:
    if level > MAX_DEPTH:
        return level
    children: list[object] = []
    if isinstance(value, dict):
        children = list(value.values())
    elif isinstance(value, list):
        children = list(value)
    return max((plain_depth(child, level + 1) for child in children), default=level)


documents: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.integers() | st.text(max_size=3),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=2), inner),
    max_leaves=40,
)


@given(documents)
def test_depth_is_the_plain_depth(document: Any) -> None:
    assert _depth(document) == plain_depth(document)


def test_depth_stops_past_the_limit() -> None:
    deep: Any = 1
    for _ in range(MAX_DEPTH + 5):
        deep = [deep]
    assert _depth(deep) == plain_depth(deep) == MAX_DEPTH + 1
    assert _depth([[1]]) == 2
    assert _depth({}) == 0


#: Text as ``errors="surrogateescape"`` reads it: bytes that are not UTF-8 become the
#: escapes U+DC80..U+DCFF. Characters at and beside the ends of that range are drawn
#: often (one alphabet of all characters would almost never hold one).
near_the_range = st.sampled_from(["\udc7f", "\udc80", "\udcab", "\udcff", "\udd00", "é", "€"])
lines = st.lists(near_the_range | st.characters(exclude_categories=())).map("".join)
read_bytes = st.binary(max_size=8).map(lambda raw: raw.decode("utf-8", "surrogateescape"))


@given(lines | read_bytes)
def test_a_line_is_undecodable_exactly_when_it_holds_an_escaped_byte(text: str) -> None:
    escaped = any("\udc80" <= character <= "\udcff" for character in text)
    assert (_undecodable(text) is not None) is escaped


def test_escaped_bytes_on_both_sides_of_the_range() -> None:
    assert _undecodable("a\udc80b") is not None
    assert _undecodable("a\udcffb") is not None
    assert _undecodable("a\udc7fb") is None  # a lone surrogate, but not an escaped byte
    assert _undecodable("a\udd00b") is None
    assert _undecodable("é€") is None


def plain_row(cells: list[str], number: int, width: int) -> Row:
    """A CSV row as read cell by cell: each cell with escaped bytes read as cp1252."""
    from poortwachter.inputs.sources import row_shape

    decoded: list[str] = []
    for cell in cells:
        if any("\udc80" <= character <= "\udcff" for character in cell):
            try:
                cell = cell.encode("utf-8", "surrogateescape").decode("cp1252")
            except UnicodeDecodeError:
                return Row(number, [], message("row_bytes"))
        decoded.append(cell)
    return Row(number, decoded, row_shape(decoded, width))


@pytest.fixture(scope="module")
def csv_source(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from poortwachter.inputs.sources import CsvSource, Notes

    path = tmp_path_factory.mktemp("csv") / "table.csv"
    path.write_text("a;b\n", encoding="utf-8")
    return CsvSource(path, Notes())


@given(
    # Cells as the csv reader gives them from a file read with surrogateescape: any bytes.
    st.lists(read_bytes | st.text(max_size=4), max_size=6),
    st.integers(min_value=0, max_value=4),
)
def test_a_csv_row_reads_as_cell_by_cell(csv_source: Any, cells: list[str], width: int) -> None:
    assert csv_source._row(7, cells, width) == plain_row(cells, 7, width)


def test_a_csv_row_with_excel_bytes_is_read_as_windows_1252(tmp_path: Path) -> None:
    from poortwachter.inputs.sources import CsvSource, Notes

    path = tmp_path / "table.csv"
    path.write_bytes("id;naam\n1;Jos\xe9\n2;Ren\xc3\xa9\n3;\x81\n".encode("latin-1"))
    notes = Notes()
    rows = list(CsvSource(path, notes).rows())
    assert [row.cells for row in rows] == [["1", "José"], ["2", "René"], []]
    assert rows[2].problem is not None
    assert say(rows[2].problem, "en") == "holds bytes that are not UTF-8 nor Windows-1252"
    assert len(notes.lines) == 1


@given(st.lists(st.text(alphabet=st.characters(exclude_categories=()), max_size=4), max_size=60))
def test_case_ids_remember_first_rows_and_counts_like_a_dict(ids: list[str]) -> None:
    from poortwachter.case_ids import CaseIdStore

    plain, counted = dict[str, int](), dict[str, int]()
    with CaseIdStore() as seen, CaseIdStore() as counts:
        for row, case_id in enumerate(ids, start=1):
            assert seen.first_row(case_id, row) == plain.setdefault(case_id, row)
            counts.count(case_id)
            counted[case_id] = counted.get(case_id, 0) + 1
        for case_id in [*ids, "never given"]:
            assert counts.rows(case_id) == counted.get(case_id, 0)


def test_a_case_id_given_twice_in_json_lines_is_an_error_record(
    tmp_path: Path,
) -> None:
    import json
    import subprocess
    import sys

    # (The loader refuses control characters and lone surrogates in a case id before
    # this; the property above holds the store for those too.)
    ids = ["A", "a", "é" * 90, "A", "é" * 90, "Ä", "é" * 89]
    lines = [json.dumps({"case_id": case_id, "sick_periods": [{"start": "2025-01-06"}]})
             for case_id in ids]  # fmt: skip
    source = tmp_path / "cases.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "poortwachter", "batch", str(source), "--as-of", "2025-06-01",
         "--fail-on", "never", "--workers", "1"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert "internal error" not in done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    errors = {record["row"]: record.get("error") for record in records}
    assert [row for row, error in errors.items() if error] == [4, 5]
    assert errors[4].startswith("case_id A again (first in row 1)")
    assert "(first in row 3)" in errors[5]


class _ChangingTable:
    """A table read twice by course-line gathering, whose second reading may differ
    (the file changed between the passes); ``read`` counts the rows read so far."""

    name = "changing.csv"

    def __init__(self, first: list[str], second: list[str]) -> None:
        self.readings = [first, second]
        self.read = 0

    def header(self) -> list[str]:
        return ["case_id", "first_sick_day"]

    def rows(self) -> Iterator[Row]:
        ids = self.readings.pop(0) if len(self.readings) > 1 else self.readings[0]
        self.read = 0
        for number, case_id in enumerate(ids, start=1):
            self.read = number
            yield Row(number, [case_id, "06-01-2025"])


def test_a_case_id_back_after_its_case_was_handed_on_is_handed_on_at_once() -> None:
    from poortwachter.inputs.columns import Columns
    from poortwachter.inputs.course import gather

    columns = Columns(("case_id", "first_sick_day"))
    # Counted: A twice, B twice. Read again, A comes back in row 4 after its case was
    # handed on: it must go as soon as B before it is complete (row 5), not hold every
    # case after it until the end of the file.
    table = _ChangingTable(["A", "A", "B", "B"], ["A", "A", "B", "A", "B", "C", "D", "E"])
    handed = [(item.rows, table.read) for item in gather(table, columns)]
    assert handed == [((1, 2), 2), ((3, 5), 5), ((4,), 5), ((6,), 6), ((7,), 7), ((8,), 8)]


def test_course_lines_gather_cases_in_the_order_of_their_first_rows() -> None:
    from poortwachter.inputs.columns import Columns
    from poortwachter.inputs.course import gather

    columns = Columns(("case_id", "first_sick_day"))
    table = _ChangingTable(["A", "B", "A", "C", "B"], ["A", "B", "A", "C", "B"])
    assert [item.rows for item in gather(table, columns)] == [(1, 3), (2, 5), (4,)]
