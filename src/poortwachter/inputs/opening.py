"""Opening a batch input: one function that tells the format of a file, a folder or
standard input, and yields its rows lazily (as sqlite-utils' ``rows_from_file`` does).

Standard input is copied to a private temporary file first, so that a table can be read
twice (course lines), and removed when the rows are read or the run stops. An input
that cannot be opened at all is one ``OpenError`` naming it; a row that cannot be read
is a row with a ``problem`` (an error record in its place).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from ..messages import Message, MessageError, message, os_reason
from .reading import ReadOptions, detect_format, read_folder, read_json_array, read_rows, read_table
from .rows import InputFormat, RowInput
from .sources import CsvSource, Notes, XlsxSource, spooled_stdin
from .table import BatchInputError


class OpenError(MessageError):
    """An input that cannot be opened: the message says which and why."""


def _about(name: str, problem: Message) -> OpenError:
    return OpenError(message("file_problem", file=name, problem=problem))


def open_rows(
    source: str,
    input_format: str | None,
    options: ReadOptions,
    notes: Notes,
    *,
    debug: bool = False,
) -> Iterator[RowInput]:
    """The rows of ``source`` (a path, or ``-`` for standard input), read lazily; the
    format from ``input_format`` (``csv``, ``xlsx``, ``jsonl``, ``json``), else the name,
    else the first bytes. With ``debug`` a reader's own exception is not turned into an
    ``OpenError`` (for developers)."""
    if source == "-":
        path = spooled_stdin()
        name = "-"
    else:
        path = Path(source)
        name = source
        if not path.exists():
            raise _about(source, message("no_such_file_or_folder"))
        if path.is_dir():
            return read_folder(path)
        if not path.is_file():
            raise _about(str(path), message("not_a_regular_input"))
    try:
        with path.open("rb") as stream:
            first = stream.read(64)
    except OSError as error:
        raise _about(name, _cannot_read(error)) from None
    kind = InputFormat(input_format) if input_format else detect_format(name, first)
    rows = _rows_of(path, name, kind, options, notes, debug)
    return _removing(path, rows) if source == "-" else rows


def _rows_of(
    path: Path, name: str, kind: InputFormat, options: ReadOptions, notes: Notes, debug: bool
) -> Iterator[RowInput]:
    try:
        if kind is InputFormat.CSV:
            return read_table(CsvSource(path, notes, name), options, notes)
        if kind is InputFormat.XLSX:
            return read_table(XlsxSource(path, options.sheet, name, notes), options, notes)
        if kind is InputFormat.JSON:
            return read_json_array(path)
        if kind is InputFormat.CASE:
            return iter([RowInput(1, InputFormat.FOLDER, str(path), source=Path(name).name)])
        stream = path.open(encoding="utf-8-sig", errors="surrogateescape", newline="")
    except BatchInputError as error:
        raise _about(name, error.said) from None
    except OSError as error:
        raise _about(name, _cannot_read(error)) from None
    except Exception as error:  # a workbook openpyxl cannot open
        if debug:
            raise
        unreadable = message("cannot_read_as", kind=kind.value, error=type(error).__name__)
        raise _about(name, unreadable) from None
    return _closing(stream, read_rows(stream))


def _cannot_read(error: OSError) -> Message:
    """Why, as the system says it (``Permission denied``), in Dutch too."""
    return message("cannot_read", reason=os_reason(error))


def _removing(path: Path, rows: Iterator[RowInput]) -> Iterator[RowInput]:
    """The rows, and the spooled copy of stdin removed when they are read or the run
    stops."""
    try:
        yield from rows
    finally:
        path.unlink(missing_ok=True)


def _closing(stream: TextIO, rows: Iterator[RowInput]) -> Iterator[RowInput]:
    with stream:
        yield from rows
