"""Tables as HR exports come: CSV from Dutch Excel or an HR system (a BOM, ``;`` or tab
delimiters, CRLF, Windows-1252 bytes) and XLSX workbooks. A source yields its header and
then its rows as text cells, and can be read twice (course lines are gathered in two
passes: see ``course.py``).
"""

from __future__ import annotations

import csv
import re
import shutil
import sys
import tempfile
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Protocol

from ..messages import Message, MessageError, message, visible

#: The longest field a row may hold. The csv module's own limit is raised far above it: a
#: reader that stops inside a long quoted field resumes in the middle of it, and text
#: there would be read as rows of its own (forged records).
MAX_CSV_FIELD = 131_072

#: Bytes that were not UTF-8, as ``errors="surrogateescape"`` reads them: lone surrogates.
_ESCAPED_BYTES = re.compile("[\udc80-\udcff]")


def has_escaped_bytes(text: str) -> bool:
    """Whether text read with ``errors="surrogateescape"`` holds bytes that were not
    UTF-8 (an ASCII text cannot: the common case costs one ``isascii``)."""
    return not text.isascii() and _ESCAPED_BYTES.search(text) is not None


#: Why a row of bytes that are neither UTF-8 nor Windows-1252 cannot be read.
_NEITHER_ENCODING = message("row_bytes")

#: Delimiters a CSV export may use: Dutch Excel writes ``;``, others ``,`` or a tab.
DELIMITERS = (";", ",", "\t")


@dataclass(slots=True)
class Notes:
    """What the reader noticed and the user should know (said once, on stderr)."""

    lines: list[Message] = field(default_factory=list)

    def add(self, line: Message) -> None:
        if line not in self.lines:
            self.lines.append(line)


@dataclass(frozen=True, slots=True)
class Row:
    """One data row: its number (1 for the first row under the header), its cells as
    text, and why it cannot be trusted, if it cannot."""

    number: int
    cells: list[str]
    problem: Message | None = None


class TableSource(Protocol):
    """A table that can be read more than once."""

    name: str

    def header(self) -> list[str]: ...

    def rows(self) -> Iterator[Row]: ...


def sniff_delimiter(line: str) -> str:
    """The delimiter of a header line: the one of ``;``, ``,`` and tab it holds most of,
    outside quotes; ``,`` for a header of one column."""
    outside = "".join(part for position, part in enumerate(line.split('"')) if position % 2 == 0)
    counts = {delimiter: outside.count(delimiter) for delimiter in DELIMITERS}
    best = max(DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


class CsvSource:
    """A CSV file: UTF-8 (a BOM dropped), its delimiter sniffed from the header; a cell
    that is not UTF-8 is read as Windows-1252 (what Dutch Excel writes), and the notes
    say so; a cell neither can read makes its row a problem row."""

    def __init__(self, path: Path, notes: Notes, name: str | None = None) -> None:
        self.path = path
        self.name = name or str(path)
        self.notes = notes
        with self._open() as stream:
            first = stream.readline()
        self.delimiter = sniff_delimiter(first)

    def _open(self) -> IO[str]:
        return self.path.open(encoding="utf-8-sig", errors="surrogateescape", newline="")

    def _reader(self, stream: IO[str]) -> Iterator[list[str]]:
        csv.field_size_limit(sys.maxsize)  # whole fields: too long ones are refused below
        return csv.reader(stream, delimiter=self.delimiter)

    def header(self) -> list[str]:
        with self._open() as stream:
            try:
                cells = next(self._reader(stream), [])
            except csv.Error as error:
                raise MessageError(message("csv_header_unreadable", reason=str(error))) from None
        decoded = [self._decoded(cell) for cell in cells]
        if any(cell is None for cell in decoded):
            raise MessageError(message("csv_header_bytes"))
        names = [cell for cell in decoded if cell is not None]
        while names and not names[-1].strip():
            names.pop()  # trailing empty columns, as spreadsheets save them
        return names

    def rows(self) -> Iterator[Row]:
        width = len(self.header())
        with self._open() as stream:
            reader = self._reader(stream)
            next(reader, None)  # the header
            number = 0
            while True:
                try:
                    cells = next(reader)
                except StopIteration:
                    return
                except csv.Error as error:
                    number += 1
                    yield Row(number, [], message("row_unreadable", reason=str(error)))
                    continue
                if not cells:
                    continue  # a blank line
                number += 1
                yield self._row(number, cells, width)

    def _row(self, number: int, cells: list[str], width: int) -> Row:
        if not has_escaped_bytes("".join(cells)):
            return Row(number, cells, row_shape(cells, width))
        decoded = [self._decoded(cell) for cell in cells]
        if any(cell is None for cell in decoded):
            return Row(number, [], _NEITHER_ENCODING)
        texts = [cell for cell in decoded if cell is not None]
        return Row(number, texts, row_shape(texts, width))

    def _decoded(self, cell: str) -> str | None:
        """The cell's text: UTF-8 as read, else its bytes as Windows-1252."""
        if not has_escaped_bytes(cell):
            return cell
        try:
            text = cell.encode("utf-8", "surrogateescape").decode("cp1252")
        except UnicodeDecodeError:
            return None
        self.notes.add(message("file_problem", file=self.name, problem=message("read_as_cp1252")))
        return text


def row_shape(cells: list[str], expected: int) -> Message | None:
    """Why a row's fields cannot be trusted, if they cannot: a field too long, or more
    or fewer fields than the header (values in the wrong columns)."""
    longest = max((len(cell) for cell in cells), default=0)
    if longest > MAX_CSV_FIELD:
        return message("field_too_long", length=f"{longest:,}", most=f"{MAX_CSV_FIELD:,}")
    extra = cells[expected:]
    if len(cells) < expected or any(cell.strip() for cell in extra):
        return message("fields_mismatch", count=len(cells), expected=expected)
    return None


def spooled_stdin() -> Path:
    """Standard input copied to a private temporary file (mode 0600), so that it can be
    read twice; the caller removes it."""
    handle = tempfile.NamedTemporaryFile(prefix="poortwachter-", suffix=".in", delete=False)  # noqa: SIM115
    with handle:
        shutil.copyfileobj(sys.stdin.buffer, handle, length=1024 * 1024)
    return Path(handle.name)


class XlsxSource:
    """The active visible sheet of a workbook (or the one named), read within bounds
    (``workbook_guard.py``): date cells become ISO dates, numbers plain numbers, and text
    stays text (text dates are read as in CSV). A cell that cannot be read, or a row out
    of order, costs its row only."""

    def __init__(
        self,
        path: Path,
        sheet: str | None,
        name: str | None = None,
        notes: Notes | None = None,
        limits: Any = None,
    ) -> None:
        self.path = path
        self.sheet = sheet
        self.name = name or str(path)
        self.notes = notes
        self.limits = limits

    def _open(self) -> Any:
        from .workbook_guard import LIMITS, load_guarded

        workbook = load_guarded(self.path, self.limits or LIMITS)
        try:
            return workbook, self._choose(workbook)
        except BaseException:
            workbook.close()
            raise

    def _choose(self, workbook: Any) -> Any:
        """The sheet named; else the active sheet if it is visible, else the first
        visible one, and a note when that is not simply the first sheet."""
        if self.sheet is not None:
            if self.sheet not in workbook.sheetnames:
                names = ", ".join(workbook.sheetnames)
                raise MessageError(message("no_sheet", sheet=repr(self.sheet), sheets=names))
            return workbook[self.sheet]
        sheets = list(workbook.worksheets)
        if not sheets:
            raise MessageError(message("xlsx_no_sheets"))
        shown = [sheet for sheet in sheets if sheet.sheet_state == "visible"]
        active = workbook.active
        chosen = active if active in shown else (shown or sheets)[0]
        if self.notes is not None and (chosen is not sheets[0] or len(shown) < len(sheets)):
            said = message(
                "xlsx_sheet_chosen",
                file=self.name,
                sheet=repr(visible(chosen.title)),
                hidden=len(sheets) - len(shown),
                count=len(sheets),
            )
            self.notes.add(said)
        return chosen

    def _sheet_rows(self, keep: int | None, first_only: bool) -> Generator[Any, None, None]:
        from .table import BatchInputError
        from .workbook_guard import LIMITS
        from .workbook_rows import SheetReader, Styles

        workbook, sheet = self._open()
        try:
            limits = self.limits or LIMITS
            reader = SheetReader(sheet._shared_strings, Styles.of(workbook), limits, keep)
            with workbook._archive.open(sheet._worksheet_path) as part:
                yield from reader.read(part, first_only)
        except (BatchInputError, GeneratorExit):
            raise
        except Exception as error:  # a part that is no deflate stream, a CRC that fails
            said = message("cannot_read_as", kind="xlsx", error=type(error).__name__)
            raise BatchInputError(said) from None
        finally:
            workbook.close()

    def header(self) -> list[str]:
        rows = self._sheet_rows(None, first_only=True)
        try:
            first = next(rows, None)
        finally:
            rows.close()
        if first is not None and first.problem is not None and first.number in (1, None):
            raise MessageError(first.problem)
        if first is None or first.number != 1:
            return []
        names = [first.cells.get(column, "") for column in range(1, first.last + 1)]
        while names and not names[-1].strip():
            names.pop()
        return names

    def rows(self) -> Iterator[Row]:
        width = len(self.header())
        number = 0
        for position, found in enumerate(self._sheet_rows(width, first_only=False)):
            if position == 0 and found.number == 1:
                continue  # the header
            if found.problem is None and found.last == 0:
                continue  # an empty row
            number += 1
            if found.problem is not None:
                yield Row(number, [], found.problem)
                continue
            cells = [found.cells.get(column, "") for column in range(1, width + 1)]
            problem = row_shape(cells, width)
            if found.last > width:
                problem = message("fields_mismatch", count=found.last, expected=width)
            yield Row(number, cells, problem)
