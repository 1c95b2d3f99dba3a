"""``batch --format xlsx``: a workbook for people who live in Excel.

Three sheets: a row per judged case (the columns of ``batch --format csv``), a row per
open milestone of every case, and, only when a row could not be judged, its error.
Dates are date cells (shown ``dd-mm-jjjj``), money is a number, every sheet has a frozen
header, an autofilter and columns as wide as their widest value.

A column's width must be written before its first row, so the rows are spooled to a
private temporary file (pickled, in input order) while the widths are measured, then
written in a second pass: memory stays flat however many cases, like the rest of a
batch run. openpyxl (write-only mode) is imported only here, only for this format.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterator
from datetime import date
from typing import IO, Any

from ..language import Language
from ..messages import visible
from .records import BATCH_CSV_FIELDS, ERROR_SHEET_FIELDS, MILESTONE_SHEET_FIELDS, SheetRows

#: Sheet titles by output language: the cases, the open milestones, the errors.
SHEET_TITLES = {
    "nl": ("Zaken", "Open mijlpalen", "Fouten"),
    "en": ("Cases", "Open milestones", "Errors"),
}

DATE_FORMAT = "dd-mm-yyyy"
MONEY_FORMAT = "#,##0.00"
MONEY_FIELDS = frozenset({"loonsanctie_max_eur", "certain_cost_eur"})

#: Columns are never narrower than their header nor wider than this (in characters);
#: longer text wraps in Excel's cell editor, not across the screen.
MAX_WIDTH = 60
#: What a date cell shows: ``08-01-2024``.
DATE_WIDTH = 10
#: Excel shows at most 1,048,576 rows a sheet: the header and this many more. A sheet
#: with more goes on in a sheet of the same name with ``(2)``, ``(3)``, ...
MAX_DATA_ROWS = 1_048_575


def _width(value: Any) -> int:
    """How many characters ``value`` takes on screen in its cell."""
    if value is None:
        return 0
    if isinstance(value, date):
        return DATE_WIDTH
    if isinstance(value, float):
        return len(f"{value:,.2f}")
    return len(str(value))


class _Sheet:
    """One sheet's header and the widest value of each of its columns."""

    def __init__(self, title: str, fields: tuple[str, ...]) -> None:
        self.title = title
        self.fields = fields
        self.widths = [len(field) for field in fields]
        self.rows = 0

    def measure(self, row: tuple[Any, ...]) -> None:
        self.rows += 1
        widths = self.widths
        for index, value in enumerate(row):
            width = _width(value)
            if width > widths[index]:
                widths[index] = width


class WorkbookWriter:
    """Collects the rows of a batch run, then writes the workbook in one go."""

    def __init__(self, lang: Language) -> None:
        cases, milestones, errors = SHEET_TITLES.get(lang, SHEET_TITLES["nl"])
        self._sheets = (
            _Sheet(cases, BATCH_CSV_FIELDS),
            _Sheet(milestones, MILESTONE_SHEET_FIELDS),
            _Sheet(errors, ERROR_SHEET_FIELDS),
        )
        # A private file (mode 0600), removed on close: it holds personal data.
        self._spool: IO[bytes] = tempfile.TemporaryFile(prefix="poortwachter-")  # noqa: SIM115

    def add(self, rows: SheetRows) -> None:
        cases, milestones, errors = self._sheets
        if rows.error is not None:
            errors.measure(rows.error)
        else:
            cases.measure(rows.summary)
            for row in rows.milestones:
                milestones.measure(row)
        pickle.dump(rows, self._spool, protocol=pickle.HIGHEST_PROTOCOL)

    def save(self, stream: IO[bytes], receipt: tuple[str, list[str]] | None = None) -> None:
        """Write the workbook to ``stream`` (a binary file; it need not be seekable);
        with ``receipt`` (its title and lines) a last sheet saying which engine, law data
        and figures gave it."""
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        cases, milestones, errors = self._sheets
        case_writer = _Parts(cases, workbook)
        milestone_writer = _Parts(milestones, workbook)
        error_writer = _Parts(errors, workbook) if errors.rows else None
        receipt_writer = None
        if receipt is not None:
            title, lines = receipt
            receipt_sheet = _Sheet(title, ("receipt",))
            for line in lines:
                receipt_sheet.measure((line,))
            receipt_writer = _Parts(receipt_sheet, workbook)
            for line in lines:
                receipt_writer.append((line,))
        for rows in self._spooled():
            if rows.error is not None:
                assert error_writer is not None
                error_writer.append(rows.error)
                continue
            case_writer.append(rows.summary)
            for row in rows.milestones:
                milestone_writer.append(row)
        workbook.save(stream)

    def _spooled(self) -> Iterator[SheetRows]:
        """The rows in the order they were added, read back one at a time. The spool is
        this process's own file, written just now by ``add``: safe to unpickle."""
        self._spool.seek(0)
        while True:
            try:
                yield pickle.load(self._spool)
            except EOFError:
                return

    def close(self) -> None:
        self._spool.close()


class _Parts:
    """A sheet's rows over as many worksheets as Excel's row limit asks (``Open
    mijlpalen``, ``Open mijlpalen (2)``, ...), each with its own header, all created now
    so that the sheets keep their order."""

    def __init__(self, sheet: _Sheet, workbook: Any) -> None:
        parts = max(1, -(-sheet.rows // MAX_DATA_ROWS))
        self._writers = []
        for part in range(parts):
            title = sheet.title if part == 0 else f"{sheet.title} ({part + 1})"
            rows = min(MAX_DATA_ROWS, sheet.rows - part * MAX_DATA_ROWS)
            self._writers.append(_SheetWriter(sheet, workbook.create_sheet(title), rows))
        self._current = 0
        self._left = MAX_DATA_ROWS

    def append(self, row: tuple[Any, ...]) -> None:
        if not self._left:
            self._current += 1
            self._left = MAX_DATA_ROWS
        self._left -= 1
        self._writers[self._current].append(row)


class _SheetWriter:
    """Appends rows to a write-only sheet: header first, dates and money formatted."""

    def __init__(self, sheet: _Sheet, worksheet: Any, rows: int) -> None:
        # ``worksheet`` is a WriteOnlyWorksheet, whose column_dimensions and auto_filter
        # the type stubs do not know (openpyxl binds them at run time).
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        for index, width in enumerate(sheet.widths, start=1):
            # Excel's width unit is about one digit; a little room for the filter arrow.
            worksheet.column_dimensions[get_column_letter(index)].width = min(width, MAX_WIDTH) + 3
        worksheet.freeze_panes = "A2"
        last = get_column_letter(len(sheet.fields))
        worksheet.auto_filter.ref = f"A1:{last}{rows + 1}"
        bold = Font(bold=True)
        header = []
        for field in sheet.fields:
            cell = WriteOnlyCell(worksheet, value=field)
            cell.font = bold
            header.append(cell)
        worksheet.append(header)
        self._worksheet = worksheet
        # One formatted cell per date or money column, reused: a write-only sheet writes a
        # row out as it is appended, so the next row may set new values.
        self._date_cells: dict[int, Any] = {}
        self._money_cells: dict[int, Any] = {}
        for index, field in enumerate(sheet.fields):
            if field in MONEY_FIELDS:
                cell = WriteOnlyCell(worksheet)
                cell.number_format = MONEY_FORMAT
                self._money_cells[index] = cell
            date_cell = WriteOnlyCell(worksheet)
            date_cell.number_format = DATE_FORMAT
            self._date_cells[index] = date_cell

    def append(self, row: tuple[Any, ...]) -> None:
        cells: list[Any] = []
        for index, value in enumerate(row):
            if isinstance(value, date):
                cell = self._date_cells[index]
                cell.value = value
                cells.append(cell)
            elif value is not None and index in self._money_cells:
                cell = self._money_cells[index]
                cell.value = value
                cells.append(cell)
            elif isinstance(value, str):
                cells.append(self._text(value))
            else:
                cells.append(value)
        self._worksheet.append(cells)

    def _text(self, value: str) -> Any:
        """Text as text: a control character (which XML cannot hold) or a byte that was
        not UTF-8 written out as its escape, as everywhere; a value starting with ``=``
        kept as text, never stored as a formula that Excel would run."""
        value = visible(value)
        if not value.startswith("="):
            return value
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(self._worksheet, value=value)
        cell.data_type = "s"
        return cell


def write_sheets(
    stream: IO[bytes], sheets: list[tuple[str, tuple[str, ...], list[tuple[Any, ...]]]]
) -> None:
    """A workbook of small tables held in memory (the agenda): each ``(title, fields,
    rows)`` a sheet, formatted like the batch workbook."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    parts = []
    for title, fields, rows in sheets:
        sheet = _Sheet(title, fields)
        for row in rows:
            sheet.measure(row)
        parts.append((_Parts(sheet, workbook), rows))
    for writer, rows in parts:
        for row in rows:
            writer.append(row)
    workbook.save(stream)
