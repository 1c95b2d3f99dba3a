"""The rows of a worksheet, read with expat one row at a time (``workbook_guard.py`` says
why): only the cells present are read (a declared dimension pads nothing), a cell is
held to the length of a CSV field, and a cell that cannot be read (a number that is none,
a shared string the workbook does not hold, a reference that is no cell) or a row out of
order costs that row only: a problem row, an error record in its place.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..messages import Message, message, visible
from .sources import MAX_CSV_FIELD, cell_text
from .workbook_guard import WorkbookLimits, figure, refuse

#: A cell reference: column letters and a row number (``B7``).
_REFERENCE = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")
_INTEGER = re.compile(r"-?[0-9]{1,300}")
_FLOAT = re.compile(r"[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
#: The most characters of a hostile value a message shows.
_SHOWN = 20


def shown(value: str) -> str:
    cut = value[:_SHOWN] + ("..." if len(value) > _SHOWN else "")
    return repr(visible(cut))


def scan_xml(
    part: Any,
    start: Callable[[str, dict[str, str]], None],
    limits: WorkbookLimits,
) -> None:
    """Parse a part whole, as a stream (``parse_chunks``)."""
    for _ in parse_chunks(part, start, limits):
        pass


def parse_chunks(
    part: Any,
    start: Callable[[str, dict[str, str]], None],
    limits: WorkbookLimits,
    end: Callable[[str], None] | None = None,
    text: Callable[[str], None] | None = None,
) -> Iterator[None]:
    """Parse a part as a stream, element names without their namespace, and stop after
    each chunk. A document type (where entities are declared) is refused, and so is a
    tag or comment of more than ``limits.token_bytes`` (expat holds one whole)."""
    from xml.parsers import expat

    parser = expat.ParserCreate(namespace_separator=" ")
    name = getattr(part, "name", "?")
    seen = [0]  # the byte where the latest event was

    def on_start(tag: str, attributes: dict[str, str]) -> None:
        seen[0] = parser.CurrentByteIndex
        start(tag.rsplit(" ", 1)[-1], attributes)

    def on_end(tag: str) -> None:
        seen[0] = parser.CurrentByteIndex
        if end is not None:
            end(tag.rsplit(" ", 1)[-1])

    def on_text(data: str) -> None:
        seen[0] = parser.CurrentByteIndex
        if text is not None:
            text(data)

    def on_doctype(*_: object) -> None:
        raise refuse(message("xlsx_part_doctype", part=name))

    parser.StartElementHandler = on_start
    parser.EndElementHandler = on_end
    parser.CharacterDataHandler = on_text
    parser.StartDoctypeDeclHandler = on_doctype
    fed = 0
    try:
        while chunk := part.read(64 * 1024):
            fed += len(chunk)
            parser.Parse(chunk, False)
            if fed - seen[0] > limits.token_bytes:
                raise refuse(
                    message("xlsx_token_too_long", part=name, most=figure(limits.token_bytes))
                )
            yield
        parser.Parse(b"", True)
    except expat.ExpatError as error:
        reason = expat.ErrorString(error.code) or "?"
        raise refuse(
            message("xlsx_part_unreadable", part=name, line=error.lineno, reason=reason)
        ) from None
    yield


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
        if self.length <= MAX_CSV_FIELD:
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
        if self.length > MAX_CSV_FIELD:
            length, most = figure(self.length), figure(MAX_CSV_FIELD)
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
