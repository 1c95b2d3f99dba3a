"""A workbook (XLSX) read within bounds. A workbook is a zip of XML parts: a few
kilobytes can unpack to gigabytes, declare a sheet of a million rows by a million
columns, or hold millions of shared strings or styles. Before openpyxl sees a part, its
zip directory entry is checked (size, packed ratio), and every part is counted while it
is read, so that a directory that lies is caught too; the shared strings and the styles
are counted before openpyxl loads them. A bound passed is one ``BatchInputError`` that
names the bound and its figure (docs/privacy.md, "Workbooks").

openpyxl reads the workbook's structure, its shared strings and its styles; the rows of
the sheet are read here, with expat, one row at a time, so that a declared dimension or
empty ``<row/>`` elements cost nothing and an odd cell costs its own row only
(``workbook_rows.py``).
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..messages import Message, message
from .table import BatchInputError


@dataclass(frozen=True, slots=True)
class WorkbookLimits:
    """The bounds a workbook is read within (lowered in tests)."""

    #: Parts (files) in the zip.
    parts: int = 10_000
    #: Unpacked bytes of one worksheet part (read as a stream, a row at a time).
    sheet_bytes: int = 2 * 1024**3
    #: Unpacked bytes of any other part (openpyxl holds it in memory).
    part_bytes: int = 256 * 1024**2
    #: How many times its packed size a part of more than a megabyte may unpack to.
    ratio: int = 200
    #: Row elements of a sheet, and the highest row number (Excel's own limit).
    rows: int = 1_048_576
    #: The highest column (Excel's own limit: XFD).
    columns: int = 16_384
    #: Cells of a sheet (500,000 rows of 60 columns).
    cells: int = 30_000_000
    #: Shared strings (the distinct texts of the workbook).
    shared_strings: int = 2_000_000
    #: Style records (cell formats, fonts, fills, borders, number formats; Excel keeps
    #: at most 64,000 cell formats).
    styles: int = 200_000
    #: Characters of one cell (as a CSV field: ``MAX_CSV_FIELD`` of ``sources.py``).
    cell_chars: int = 131_072
    #: Characters of the cells of one row that are read (a cell holds at most 131,072).
    row_chars: int = 4 * 1024**2
    #: Bytes of one XML tag or comment (a tag is held whole while it is read).
    token_bytes: int = 4 * 1024**2


LIMITS = WorkbookLimits()

#: Parts this small may unpack at any ratio: they cannot cost much.
_SMALL_PART = 1024 * 1024


def refuse(problem: Message) -> BatchInputError:
    return BatchInputError(problem)


def figure(number: int) -> str:
    return f"{number:,}"


class CountedPart:
    """A part of the zip as openpyxl and the row reader read it, counted: a part that
    unpacks to more than its directory entry says, or to more than its bound, is
    refused while it is read, whatever the directory claims."""

    def __init__(self, stream: IO[bytes], name: str, most: int) -> None:
        self._stream = stream
        self.name = name
        self._most = most
        self.count = 0

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            chunks = []
            while chunk := self.read(64 * 1024):
                chunks.append(chunk)
            return b"".join(chunks)
        data = self._stream.read(size)
        self.count += len(data)
        if self.count > self._most:
            raise refuse(message("xlsx_part_too_large", part=self.name, most=figure(self._most)))
        return data

    def close(self) -> None:
        self._stream.close()

    def __enter__(self) -> CountedPart:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class GuardedZip(zipfile.ZipFile):
    """A zip whose parts are read counted (``CountedPart``), each within its bound."""

    limits: WorkbookLimits = LIMITS

    def open(self, name: Any, mode: Any = "r", pwd: bytes | None = None, **kwargs: Any) -> Any:
        if mode != "r":
            return super().open(name, mode, pwd, **kwargs)
        info = name if isinstance(name, zipfile.ZipInfo) else self.getinfo(name)
        most = min(info.file_size, part_bound(info.filename, self.limits))
        return CountedPart(super().open(info, "r", pwd), info.filename, most)

    def read(self, name: Any, pwd: bytes | None = None) -> bytes:
        with self.open(name, "r", pwd) as part:
            data: bytes = part.read()
            return data


def part_bound(name: str, limits: WorkbookLimits) -> int:
    """The most bytes a part may unpack to: a worksheet is read as a stream."""
    if name.startswith("xl/worksheets/") and name.endswith(".xml"):
        return limits.sheet_bytes
    return limits.part_bytes


def check_directory(archive: zipfile.ZipFile, limits: WorkbookLimits) -> None:
    """Each part's size and packed ratio as the zip directory gives them."""
    infos = archive.infolist()
    if len(infos) > limits.parts:
        raise refuse(
            message("xlsx_too_many_parts", count=figure(len(infos)), most=figure(limits.parts))
        )
    for info in infos:
        most = part_bound(info.filename, limits)
        if info.file_size > most:
            raise refuse(message("xlsx_part_too_large", part=info.filename, most=figure(most)))
        if info.file_size > _SMALL_PART and info.file_size > limits.ratio * info.compress_size:
            raise refuse(message("xlsx_part_ratio", part=info.filename, most=figure(limits.ratio)))


def open_archive(path: Path, limits: WorkbookLimits) -> GuardedZip:
    archive = GuardedZip(path)
    archive.limits = limits
    try:
        check_directory(archive, limits)
        _count_parts(archive, limits)
    except BaseException:
        archive.close()
        raise
    return archive


def _count_parts(archive: GuardedZip, limits: WorkbookLimits) -> None:
    """The shared strings and style records counted (with a streaming parser) before
    openpyxl loads them whole."""
    names = set(archive.namelist())
    if "xl/sharedStrings.xml" in names:
        strings = _Counter({"si"}, limits.shared_strings, "xlsx_too_many_shared_strings")
        with archive.open("xl/sharedStrings.xml") as part:
            scan_xml(part, strings.start, limits)
    if "xl/styles.xml" in names:
        styles = _Counter(_STYLE_RECORDS, limits.styles, "xlsx_too_many_styles")
        with archive.open("xl/styles.xml") as part:
            scan_xml(part, styles.start, limits)


#: The elements of ``styles.xml`` that openpyxl makes an object of, one each.
_STYLE_RECORDS = {"xf", "font", "fill", "border", "numFmt", "dxf", "cellStyle", "color"}


class _Counter:
    def __init__(self, names: set[str], most: int, said: str) -> None:
        self.names = names
        self.most = most
        self.said = said
        self.count = 0

    def start(self, name: str, _attributes: dict[str, str]) -> None:
        if name in self.names:
            self.count += 1
            if self.count > self.most:
                raise refuse(message(self.said, most=figure(self.most)))


def load_guarded(path: Path, limits: WorkbookLimits = LIMITS) -> Any:
    """The workbook at ``path`` as openpyxl reads it (read-only, cached values), its
    parts checked and counted first."""
    from openpyxl.reader.excel import ExcelReader

    archive = open_archive(path, limits)
    try:
        # ExcelReader opens a zip of its own (its directory only, never a part): the
        # guarded one takes its place before anything is read.
        with path.open("rb") as stream:
            reader: Any = ExcelReader(stream, read_only=True, data_only=True)
            reader.archive.close()
        reader.archive = archive
        reader.read()
    except ValueError as error:  # openpyxl wraps what failed in a ValueError of its own
        archive.close()
        cause = error.__cause__
        if isinstance(cause, BatchInputError):
            raise cause from None
        raise
    except BaseException:
        archive.close()
        raise
    return reader.wb


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
