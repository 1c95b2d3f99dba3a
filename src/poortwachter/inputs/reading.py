"""Reading batch input one row at a time: CSV and JSON Lines streams, folders of case
files. A row that cannot be read becomes a row with a ``problem``, and so an error record
in its place: nothing is dropped or reordered."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from ..i18n import visible
from .table import BatchInputError, check_csv_header


class InputFormat(StrEnum):
    CSV = "csv"
    JSONL = "jsonl"
    FOLDER = "folder"


@dataclass(frozen=True, slots=True)
class RowInput:
    """One input row, not yet parsed: parsing happens in the worker."""

    row: int
    kind: InputFormat
    payload: Any
    source: str | None = None
    problem: str | None = None
    """Why the row could not even be read (bad bytes, a field too large, fields that do
    not match the header): it becomes an error record in its place."""


def detect_format(path: str, first_text: str | None = None) -> InputFormat:
    """From the path (a folder, ``.csv``, ``.jsonl``), else from the first character."""
    if path != "-" and Path(path).is_dir():
        return InputFormat.FOLDER
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        return InputFormat.CSV
    if suffix in (".jsonl", ".ndjson", ".json"):
        return InputFormat.JSONL
    if first_text is not None and first_text.lstrip().startswith("{"):
        return InputFormat.JSONL
    return InputFormat.CSV


def read_rows(stream: Iterable[str], kind: InputFormat) -> Iterator[RowInput]:
    """Rows of a CSV or JSON Lines stream, one at a time. A CSV header is checked at
    once, before anything is written (``BatchInputError``); a row that cannot be read
    costs that row only. Open the stream with ``errors="surrogateescape"``: bytes that are
    not UTF-8 then reach the row that holds them."""
    if kind is InputFormat.CSV:
        # Whole fields, however long: the row that holds one too long is refused below.
        csv.field_size_limit(sys.maxsize)
        reader = csv.reader(stream)
        return _csv_rows(reader, _csv_header(reader))
    return (
        RowInput(number, kind, line, problem=_undecodable(line))
        for number, line in enumerate(stream, start=1)
        if line.strip()
    )


def _csv_header(reader: Iterator[list[str]]) -> list[str]:
    """The header, checked at once: before anything is written."""
    try:
        header = next(reader, [])
    except csv.Error as error:
        raise BatchInputError(f"the CSV header cannot be read: {error}") from None
    while header and not header[-1].strip():
        header = header[:-1]  # trailing empty columns, as spreadsheets save them
    if any(_undecodable(name) for name in header):
        raise BatchInputError("the CSV header holds bytes that are not UTF-8")
    check_csv_header(header)
    return header


#: The longest CSV field a row may hold. The csv module's own limit is raised far above
#: it (see ``read_rows``): a reader that stops inside a long quoted field resumes in the
#: middle of it, and text there would be read as rows of its own (forged records).
MAX_CSV_FIELD = 131_072


def _csv_rows(reader: Iterator[list[str]], header: list[str]) -> Iterator[RowInput]:
    number = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:  # a field over the csv module's limit of 131,072
            number += 1
            yield RowInput(number, InputFormat.CSV, {}, problem=f"cannot be read: {error}")
            continue
        if not cells:
            continue  # a blank line
        number += 1
        row = dict(zip(header, cells, strict=False))
        yield RowInput(number, InputFormat.CSV, row, problem=_row_shape(cells, len(header)))


def _row_shape(cells: list[str], expected: int) -> str | None:
    """Why a CSV row's fields cannot be trusted, if they cannot: bytes that are not
    UTF-8, or more or fewer fields than the header (values in the wrong columns)."""
    undecodable = next((problem for cell in cells if (problem := _undecodable(cell))), None)
    if undecodable:
        return undecodable
    longest = max((len(cell) for cell in cells), default=0)
    if longest > MAX_CSV_FIELD:
        return (
            f"a field of {longest:,} characters (at most {MAX_CSV_FIELD:,}; a quote that "
            "never closes makes one of the rest of the file)"
        )
    extra = cells[expected:]
    if len(cells) < expected or any(cell.strip() for cell in extra):
        return (
            f"{len(cells)} fields where the header has {expected}: the values would land in "
            "the wrong columns (check the delimiter and quotes of this row)"
        )
    return None


def _undecodable(text: str) -> str | None:
    """Bytes that were not UTF-8 come through ``surrogateescape`` as lone surrogates."""
    if any("\udc80" <= character <= "\udcff" for character in text):
        return "holds bytes that are not UTF-8 (save the file as UTF-8)"
    return None


#: Case files a folder input reads.
CASE_FILE_SUFFIXES = (".yaml", ".yml", ".json")


def read_folder(folder: Path) -> Iterator[RowInput]:
    """Every ``.yaml``, ``.yml`` and ``.json`` file of a folder, by name. Hidden files are
    skipped; a link is followed only to a file inside the folder; anything that is not a
    regular file (a pipe, a device) becomes an error record, never read (a pipe would
    hang the run)."""
    root = folder.resolve()
    files = sorted(
        path
        for path in folder.iterdir()
        if path.suffix.lower() in CASE_FILE_SUFFIXES and not path.name.startswith(".")
    )
    for number, path in enumerate(files, start=1):
        problem = None
        if path.is_symlink():
            try:
                target = path.resolve(strict=True)
            except (OSError, RuntimeError):  # dangling, or a loop
                problem = "a link that leads nowhere (dangling, or a loop): not followed"
            else:
                if not target.is_relative_to(root):
                    problem = "a link to a file outside the folder: not followed"
        # A name that is not UTF-8 is shown with its bytes written out, as it goes into
        # the output; the file itself is read by its real name.
        source = visible(path.name)
        yield RowInput(number, InputFormat.FOLDER, str(path), source=source, problem=problem)
