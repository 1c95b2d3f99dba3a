"""Course lines: HR systems export one row per sick period (a ziekmelding with its
hersteldmelding), in date order, not grouped by employee. Rows with the same case id are
one case, wherever they are in the file.

The rows of a case are gathered in two passes over the source, never by holding the
whole file: the first pass counts the rows of each case id (in a ``CaseIdStore``, flat
memory); the second pass keeps the rows of each case until its last row has been read, and hands
the cases on in the order of their first rows. What is held at any moment is the rows of
the cases begun but not yet complete (and of complete cases waiting behind an earlier
incomplete one): with exports in date order, a few weeks of rows, not the file.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from ..case_ids import CaseIdStore
from .columns import Columns
from .rows import InputFormat, RowInput
from .sources import Row, TableSource


def gather(source: TableSource, columns: Columns) -> Iterator[RowInput]:
    """One input per case, in the order of each case's first row. A row that cannot be
    read, or has no case id, is an input of its own (an error record in its place)."""
    case_column = columns.fields.index("case_id")
    headers = columns.written()
    with CaseIdStore() as counts:
        for row in source.rows():
            counts.count(_key(row, case_column))
        waiting: dict[str, list[Row]] = {}
        remaining: dict[str, int] = {}  # of the cases begun only
        order: deque[str] = deque()
        for row in source.rows():
            key = _key(row, case_column)
            if key not in waiting:
                waiting[key] = []
                order.append(key)
                remaining[key] = counts.rows(key) or 1  # 0: the file changed meanwhile
            waiting[key].append(row)
            remaining[key] -= 1
            while order and remaining[order[0]] <= 0:
                done = order.popleft()
                del remaining[done]
                counts.handed_on(done)
                yield _input(waiting.pop(done), columns, headers)
        while order:  # the file changed between the passes: hand on what there is
            yield _input(waiting.pop(order.popleft()), columns, headers)


def _key(row: Row, case_column: int) -> str:
    case_id = row.cells[case_column].strip() if case_column < len(row.cells) else ""
    if row.problem is not None or not case_id:
        return f"\x00row {row.number}"  # never equal to a case id (no control characters)
    return case_id


def _input(rows: list[Row], columns: Columns, headers: tuple[tuple[str, str], ...]) -> RowInput:
    payload = [
        {field: cell for field, cell in zip(columns.fields, row.cells, strict=False) if field}
        for row in rows
    ]
    if columns.wage_per is not None:  # the period its header says (``Salaris per maand``)
        for cells in payload:
            cells["wage_per"] = columns.wage_per
    return RowInput(
        rows[0].number,
        InputFormat.CSV,
        payload,
        problem=rows[0].problem,
        rows=tuple(row.number for row in rows),
        headers=headers,
    )
