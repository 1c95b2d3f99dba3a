"""Reading batch input one row at a time: CSV and JSON Lines streams, folders of case
files. A row that cannot be read becomes a row with a ``problem``, and so an error record
in its place: nothing is dropped or reordered."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..messages import Message, MessageError, message, visible
from .columns import resolve_header
from .course import gather
from .rows import InputFormat, RowInput
from .sources import Notes, has_escaped_bytes
from .table import CSV_COLUMNS, CSV_REQUIRED, BatchInputError, records_no_events

if TYPE_CHECKING:
    from .sources import TableSource


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read a table's header: the user's mapping file, and whether columns that
    are neither known nor mapped are skipped instead of refused."""

    mapping: dict[str, str] | None = None
    ignore_unknown: bool = False
    sheet: str | None = None
    preset: str | None = None
    """A built-in preset by name (``--columns afas-profit``); without it and without a
    mapping, the preset whose telling columns the header holds, if one does."""


def detect_format(path: str, first_bytes: bytes = b"") -> InputFormat:
    """From the path (a folder, its suffix), else from the first bytes: ``{`` JSON Lines,
    ``[`` a JSON array, ``PK`` a spreadsheet (a zip file), anything else CSV."""
    if path != "-" and Path(path).is_dir():
        return InputFormat.FOLDER
    suffix = Path(path).suffix.lower()
    by_suffix = {
        ".csv": InputFormat.CSV,
        ".tsv": InputFormat.CSV,
        ".txt": InputFormat.CSV,
        ".xlsx": InputFormat.XLSX,
        ".xlsm": InputFormat.XLSX,
        ".jsonl": InputFormat.JSONL,
        ".ndjson": InputFormat.JSONL,
        ".yaml": InputFormat.CASE,
        ".yml": InputFormat.CASE,
    }
    if suffix in by_suffix:
        return by_suffix[suffix]
    start = first_bytes.lstrip(b"\xef\xbb\xbf \t\r\n")
    if suffix == ".json":
        return InputFormat.JSON if start.startswith(b"[") else InputFormat.CASE
    if start.startswith(b"{"):
        return InputFormat.JSONL
    if start.startswith(b"["):
        return InputFormat.JSON
    if start.startswith(b"PK"):
        return InputFormat.XLSX
    return InputFormat.CSV


def read_table(
    source: TableSource, options: ReadOptions, notes: Notes | None = None
) -> Iterator[RowInput]:
    """A table's cases, one per case id (course lines gathered): its header is checked at
    once, before anything is written (``BatchInputError``). A table without a column for
    any step records no events: ``notes`` gets one line that says so."""
    from .presets import PRESETS, detect_preset

    try:
        header = source.header()
        mapping, ignore_unknown = options.mapping, options.ignore_unknown
        preset = PRESETS[options.preset] if options.preset is not None else None
        detected = preset is None and mapping is None and (preset := detect_preset(header))
        if preset is not None:
            mapping = preset.mapping(header)
            ignore_unknown = ignore_unknown or preset.ignore_unknown
        columns = resolve_header(
            header, CSV_COLUMNS, CSV_REQUIRED, mapping, ignore_unknown=ignore_unknown
        )
    except MessageError as error:  # a ColumnError, or a header that cannot be read
        raise BatchInputError(error.said) from None
    if notes is not None and detected and preset is not None:
        # Said, as a preset reads only its own columns: the user sees what was left out.
        unread = zip(header, columns.fields, strict=False)
        ignored = [visible(name) for name, field in unread if not field and name.strip()]
        named = ", ".join(ignored[:_IGNORED_NAMED]) + (
            " ..." if len(ignored) > _IGNORED_NAMED else ""
        )
        said = message("preset_detected", file=source.name, title=preset.title, name=preset.name)
        if ignored:
            said = message(
                "preset_detected_unread", detected=said, count=len(ignored), ignored=named
            )
        notes.add(said)
    if notes is not None and records_no_events(columns.fields):
        notes.add(message("input_records_no_events", file=source.name))
    return gather(source, columns)


#: How many of the columns a detected preset leaves unread are named in its note.
_IGNORED_NAMED = 12


def read_json_array(path: Path) -> Iterator[RowInput]:
    """Each element of a JSON array of case documents, as a JSON Lines row."""
    from .documents import CaseFileError, parse_json_document, read_case_text

    try:
        text = read_case_text(path, limit=MAX_ARRAY_BYTES)
        document = parse_json_document(str(path), text, limit=MAX_ARRAY_BYTES)
    except CaseFileError as error:
        raise BatchInputError(error.details[0]) from None
    if not isinstance(document, list):
        raise BatchInputError(message("json_input_not_array"))
    for number, element in enumerate(document, start=1):
        yield RowInput(number, InputFormat.JSONL, json.dumps(element, ensure_ascii=False))


#: The largest JSON array a batch reads whole.
MAX_ARRAY_BYTES = 512 * 1024 * 1024


def read_rows(stream: Iterable[str], kind: InputFormat = InputFormat.JSONL) -> Iterator[RowInput]:
    """Rows of a JSON Lines stream, one per line. Open the stream with
    ``errors="surrogateescape"``: bytes that are not UTF-8 then reach their own row."""
    return (
        RowInput(number, kind, line, problem=_undecodable(line))
        for number, line in enumerate(stream, start=1)
        if line.strip()
    )


def _undecodable(text: str) -> Message | None:
    """Bytes that were not UTF-8 come through ``surrogateescape`` as lone surrogates."""
    if has_escaped_bytes(text):
        return _NOT_UTF8
    return None


_NOT_UTF8 = message("line_bytes")


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
        problem: Message | None = None
        if path.is_symlink():
            try:
                target = path.resolve(strict=True)
            except (OSError, RuntimeError):  # dangling, or a loop
                problem = message("link_nowhere")
            else:
                if not target.is_relative_to(root):
                    problem = message("link_outside")
        # A name that is not UTF-8 is shown with its bytes written out, as it goes into
        # the output; the file itself is read by its real name.
        source = visible(path.name)
        yield RowInput(number, InputFormat.FOLDER, str(path), source=source, problem=problem)
