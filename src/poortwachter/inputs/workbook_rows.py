"""The rows of a worksheet, read with expat one row at a time (``workbook_guard.py`` says
why): only the cells present are read (a declared dimension pads nothing), a cell is
held to the length of a CSV field, and a cell that cannot be read (a number that is none,
a shared string the workbook does not hold, a reference that is no cell) or a row out of
order costs that row only: a problem row, an error record in its place.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from ..messages import Message, message, visible
from .workbook_guard import WorkbookLimits, figure, parse_chunks, refuse

#: A cell reference: column letters and a row number (``B7``).
_REFERENCE = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")
_INTEGER = re.compile(r"-?[0-9]{1,300}")
_FLOAT = re.compile(r"[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
#: The most characters of a hostile value a message shows.
_SHOWN = 20


def shown(value: str) -> str:
    cut = value[:_SHOWN] + ("..." if len(value) > _SHOWN else "")
    return repr(visible(cut))


@dataclass(slots=True)
class SheetRow:
    """A row as the sheet holds it: its number there, its cells by column (1 for A),
    the last column that holds a value (cells past ``keep`` are not kept), and why it
    cannot be trusted."""

    number: int | None
    cells: dict[int, str] = field(default_factory=dict)
    last: int = 0
    problem: Message | None = None

    def fail(self, problem: Message) -> None:
        if self.problem is None:
            self.problem = problem


@dataclass(frozen=True, slots=True)
class Styles:
    """What a number's style makes of it: a date, a duration, a percentage."""

    dates: frozenset[int]
    durations: frozenset[int]
    percents: frozenset[int]
    count: int
    epoch: datetime

    @classmethod
    def of(cls, workbook: Any) -> Styles:
        percents = set()
        cell_styles = list(workbook._cell_styles)
        formats = list(workbook._number_formats)
        from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE

        for index, style in enumerate(cell_styles):
            number = style.numFmtId
            if number < BUILTIN_FORMATS_MAX_SIZE:
                text = BUILTIN_FORMATS.get(number, "General")
            else:
                at = number - BUILTIN_FORMATS_MAX_SIZE
                text = formats[at] if 0 <= at < len(formats) else "General"
            if "%" in text:
                percents.add(index)
        return cls(
            frozenset(workbook._date_formats),
            frozenset(workbook._timedelta_formats),
            frozenset(percents),
            max(len(cell_styles), 1),
            workbook.epoch,
        )


class SheetReader:
    """Rows of one sheet part, a row at a time."""

    def __init__(
        self, strings: Any, styles: Styles, limits: WorkbookLimits, keep: int | None
    ) -> None:
        self.strings = strings
        self.styles = styles
        self.limits = limits
        self.keep = keep if keep is not None else limits.columns
        self.ready: list[SheetRow] = []
        self.row: SheetRow | None = None
        self.row_elements = 0
        self.cells = 0
        self.counter = 0  # the number of the latest row, as the sheet numbers them
        self.column = 0
        self.kept_chars = 0
        self.cell: dict[str, str] | None = None
        self.parts: list[str] = []
        self.length = 0
        self.collecting = False
        self.inline = False
        self.phonetic = False

    def read(self, part: Any, first_only: bool = False) -> Iterator[SheetRow]:
        """The rows of ``part``; with ``first_only``, stop after the first."""
        for _ in parse_chunks(part, self.start, self.limits, self.end, self.text):
            rows = list(self.ready)
            self.ready.clear()
            if first_only and rows:
                yield rows[0]
                return
            yield from rows

    # --- expat events ---------------------------------------------------------------

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if name == "row":
            self._start_row(attributes)
        elif self.row is None:
            return
        elif name == "c":
            self._start_cell(attributes)
        elif self.cell is None:
            return
        elif name == "v" and self.cell.get("t") != "inlineStr":
            self.collecting = True
        elif name == "is":
            self.inline = True
        elif name == "rPh":
            self.phonetic = True
        elif name == "t" and self.inline and not self.phonetic:
            self.collecting = True

    def end(self, name: str) -> None:
        if name in ("v", "t"):
            self.collecting = False
        elif name == "rPh":
            self.phonetic = False
        elif name == "is":
            self.inline = False
        elif name == "c" and self.cell is not None and self.row is not None:
            self._end_cell(self.row, self.cell)
            self.cell = None
        elif name == "row" and self.row is not None:
            self.ready.append(self.row)
            self.row = None

    def text(self, data: str) -> None:
        if not self.collecting:
            return
        self.length += len(data)
        if self.length <= self.limits.cell_chars:
            self.parts.append(data)

    # --- rows and cells -------------------------------------------------------------

    def _start_row(self, attributes: dict[str, str]) -> None:
        self.row_elements += 1
        if self.row_elements > self.limits.rows:
            raise refuse(message("xlsx_too_many_rows", most=figure(self.limits.rows)))
        given = attributes.get("r")
        self.column = 0
        self.kept_chars = 0
        if given is None:
            self.counter += 1
            self.row = SheetRow(self.counter)
        elif not given.isascii() or not given.isdigit() or not 0 < int(given) <= self.limits.rows:
            self.row = SheetRow(None, problem=message("xlsx_row_number", value=shown(given)))
        elif int(given) <= self.counter:
            number = int(given)
            said = message("xlsx_row_out_of_order", row=number, previous=self.counter)
            self.row = SheetRow(number, problem=said)
        else:
            self.counter = int(given)
            self.row = SheetRow(self.counter)
        if self.counter > self.limits.rows:
            raise refuse(message("xlsx_too_many_rows", most=figure(self.limits.rows)))

    def _start_cell(self, attributes: dict[str, str]) -> None:
        self.cells += 1
        if self.cells > self.limits.cells:
            raise refuse(message("xlsx_too_many_cells", most=figure(self.limits.cells)))
        self.cell = attributes
        self.parts.clear()
        self.length = 0
        self.inline = self.phonetic = self.collecting = False

    def _end_cell(self, row: SheetRow, attributes: dict[str, str]) -> None:
        reference = attributes.get("r")
        if reference is None:
            column = self.column + 1
            where = f"#{column}"
        else:
            found = _REFERENCE.fullmatch(reference)
            column = _column(found.group(1)) if found else 0
            if found is None or not 0 < column <= self.limits.columns:
                row.fail(message("xlsx_cell_reference", value=shown(reference)))
                return
            if row.number is not None and int(found.group(2)) != row.number:
                row.fail(message("xlsx_cell_not_in_row", cell=reference, row=row.number))
                return
            where = reference
        if column <= self.column or column > self.limits.columns:
            row.fail(message("xlsx_cell_out_of_order", cell=where))
            return
        self.column = column
        if self.length > self.limits.cell_chars:
            length, most = figure(self.length), figure(self.limits.cell_chars)
            row.fail(message("field_too_long", length=length, most=most))
            return
        value = self._value(row, where, attributes, "".join(self.parts))
        if value is None or not value.strip():
            return
        row.last = column
        if column > self.keep:
            return
        self.kept_chars += len(value)
        if self.kept_chars > self.limits.row_chars:
            row.fail(message("xlsx_row_too_long", most=figure(self.limits.row_chars)))
            return
        row.cells[column] = value

    def _value(self, row: SheetRow, where: str, attributes: dict[str, str], raw: str) -> str | None:
        """The cell as text, or None (the row's problem said) when it cannot be read."""
        kind = attributes.get("t", "n")
        if kind in ("str", "e", "inlineStr"):
            return raw
        if not raw:
            return ""
        if kind == "s":
            index = int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 12 else -1
            if not 0 <= index < len(self.strings):
                row.fail(message("xlsx_cell_shared_string", cell=where, value=shown(raw)))
                return None
            return cell_text(self.strings[index])
        if kind == "b":
            if raw not in ("0", "1"):
                row.fail(message("xlsx_cell_value", cell=where, kind="b", value=shown(raw)))
                return None
            return cell_text(raw == "1")
        if kind == "d":
            try:
                return cell_text(datetime.fromisoformat(raw))
            except ValueError:
                row.fail(message("xlsx_cell_value", cell=where, kind="d", value=shown(raw)))
                return None
        if kind != "n":
            return raw
        return self._number(row, where, attributes.get("s", "0"), raw)

    def _number(self, row: SheetRow, where: str, style_text: str, raw: str) -> str | None:
        number: int | float
        try:
            if _INTEGER.fullmatch(raw):
                number = int(raw)
            elif _FLOAT.fullmatch(raw) and math.isfinite(float(raw)):
                number = float(raw)
            else:
                raise ValueError(raw)
        except ValueError:
            row.fail(message("xlsx_cell_value", cell=where, kind="n", value=shown(raw)))
            return None
        style = int(style_text) if style_text.isascii() and style_text.isdigit() else -1
        if not 0 <= style < self.styles.count and style_text != "0":
            row.fail(message("xlsx_cell_style", cell=where, value=shown(style_text)))
            return None
        if style in self.styles.dates:
            from openpyxl.utils.datetime import from_excel

            try:
                when = from_excel(number, self.styles.epoch, style in self.styles.durations)
            except (OverflowError, ValueError):
                row.fail(message("xlsx_cell_value", cell=where, kind="n", value=shown(raw)))
                return None
            return cell_text(when)
        return cell_text(number, "0%" if style in self.styles.percents else "General")


def _column(letters: str) -> int:
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - ord("A") + 1
    return column


def cell_text(value: object, number_format: str = "General") -> str:
    """A spreadsheet cell as the text a CSV would hold: dates as ISO dates (a date cell
    at midnight is a date), whole numbers without ``.0``, booleans as true/false, a
    percentage cell as Excel shows it (0.5 as ``50%``).

    A number with exactly three decimals gets a fourth (``123.456`` as ``123.4560``):
    amounts are read the Dutch way, where a dot before three digits separates thousands,
    and a spreadsheet's number must keep the value it has."""
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool) and "%" in number_format:
        return f"{cell_text(round(value * 100, 10))}%"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        text = str(value)
        return text + "0" if _THREE_DECIMALS.fullmatch(text) else text
    return str(value)


_THREE_DECIMALS = re.compile(r"-?\d+\.\d{3}")
