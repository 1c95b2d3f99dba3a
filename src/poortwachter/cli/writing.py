"""Everything the tool writes goes out here: standard output as UTF-8 bytes, or a file
that appears complete or not at all (one atomic writer for new files and for case files
changed in place)."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from ..messages import message, os_reason
from .errors import fail

#: The files this run reads, by device and inode: an ``--output`` that is one of them is
#: refused before anything is written (``report zaak.yaml --output zaak.yaml`` would
#: replace the dossier with its report). A folder read: what is written into it with a
#: case file's suffix would replace one of its cases.
_INPUTS: set[tuple[int, int]] = set()
_INPUT_FOLDERS: set[tuple[int, int]] = set()
_CASE_SUFFIXES = (".yaml", ".yml", ".json", ".jsonl", ".csv", ".xlsx")


def reading(path: str | Path) -> None:
    """Note a file (or folder) this run reads, so that no ``--output`` replaces it."""
    if str(path) == "-":
        return
    with contextlib.suppress(OSError, ValueError):
        info = os.stat(path)
        if stat.S_ISREG(info.st_mode):
            _INPUTS.add((info.st_dev, info.st_ino))
        elif stat.S_ISDIR(info.st_mode):
            _INPUT_FOLDERS.add((info.st_dev, info.st_ino))


def forget_inputs() -> None:
    """A new run: no inputs read yet."""
    _INPUTS.clear()
    _INPUT_FOLDERS.clear()


def _is_an_input(output: Path) -> bool:
    try:
        info = os.stat(output)
        if (info.st_dev, info.st_ino) in _INPUTS:
            return True
        if output.suffix.lower() not in _CASE_SUFFIXES:
            return False
        folder = os.stat(output.parent)
    except (OSError, ValueError):
        return False
    return (folder.st_dev, folder.st_ino) in _INPUT_FOLDERS


def _is_a_stream(output: Path) -> bool:
    """Whether ``output`` is no file to replace: a character device or a pipe (written
    straight, as a shell's ``>`` would), or a name under /dev or /proc (``/dev/stdout``
    is a link to whatever stdout is: replacing it would replace the link, as root)."""
    absolute = Path(os.path.abspath(output))
    if absolute.parts[1:2] in (("dev",), ("proc",)):
        return True
    return output.exists() and not output.is_file()


def deliver(document: str, output: Path | None) -> None:
    """A document to stdout (as UTF-8, its line ends as they are) or to --output."""
    if output is None:
        write_exact(document)
        return
    with output_stream(output) as stream:
        stream.write(document)


def write_exact(text: str) -> None:
    """A text to stdout as UTF-8, whatever the locale, with its line ends (and a BOM)
    untranslated: a calendar's CRLF, a CSV for Excel."""
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


def print_for_people(draw: Callable[[Any], None], output: Path | None) -> None:
    """Rich output for people: to a terminal as it is (colour, its width); to a pipe or
    a file without colour and without the spaces that pad table cells at line ends."""
    from rich.console import Console

    if output is None and sys.stdout.isatty():
        draw(Console())
        return
    import io

    buffer = io.StringIO()
    draw(Console(file=buffer, no_color=True, highlight=False, width=_plain_width()))
    text = "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())
    if output is None:
        sys.stdout.write(text)
        return
    with output_stream(output) as stream:
        stream.write(text)


def _plain_width() -> int:
    """The width of plain output: $COLUMNS when set (a sensible number), else 100."""
    try:
        width = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        return 100
    return width if 40 <= width <= 1000 else 100


def write_all(sink: Any, data: bytes) -> None:
    """All of ``data``: an unbuffered stream (``PYTHONUNBUFFERED``, ``python -u``) is the
    raw file, whose ``write`` may take only part of it."""
    view = memoryview(data)
    while view:
        written = sink.write(view)
        view = view[written or 0 :]


def writes_utf8(stream: Any) -> bool:
    """Whether text written to ``stream`` goes out unchanged as UTF-8 through a byte
    buffer: UTF-8, and no line ends translated (standard output translates "\n" where
    the system's line end is another, as on Windows)."""
    import codecs

    encoding = getattr(stream, "encoding", None)
    if not encoding or not hasattr(stream, "buffer") or os.linesep != "\n":
        return False
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


@contextlib.contextmanager
def output_stream(
    output: Path | None,
    *,
    binary: bool = False,
    replacing: bool = False,
    before_rename: Callable[[Path], None] | None = None,
) -> Iterator[Any]:
    """stdout, or a file that appears complete or not at all: the one way the tool
    writes a file, a new one (``--output``) or a case file changed in place
    (``replacing``: a problem then says that the file is unchanged; ``before_rename``
    is given the complete private file last, and may refuse). A target that is not a
    regular file (/dev/null, a named pipe) is written directly, never replaced. Text
    (UTF-8, line ends as written), or bytes when ``binary``."""
    if output is None:
        if binary:
            sys.stdout.flush()
            yield sys.stdout.buffer
            sys.stdout.buffer.flush()
        else:
            yield sys.stdout
        return
    if not replacing and _is_an_input(output):
        fail(message("output_is_input", file=str(output)))
    if _is_a_stream(output):
        try:
            with _open_output(output, binary) as direct:
                yield direct
        except OSError as error:
            fail(message("cannot_write", file=str(output), reason=os_reason(error)))
        return

    def install(partial: Path) -> None:
        # It takes the target's mode; then it takes the target's place.
        with contextlib.suppress(FileNotFoundError):
            os.chmod(partial, stat.S_IMODE(output.stat().st_mode))
        if before_rename is not None:
            before_rename(partial)
        partial.replace(output)

    with _partial_beside(output, binary, install, replacing=replacing) as stream:
        yield stream


@contextlib.contextmanager
def _partial_beside(
    output: Path, binary: bool, install: Callable[[Path], None], *, replacing: bool = False
) -> Iterator[Any]:
    """A private file beside ``output``: created new (O_EXCL, so a planted link is never
    followed), mode 0600, a name no other run shares; put in place by ``install`` only
    when complete (and, when ``replacing``, on disk), and removed on any other way out
    (an error, Ctrl-C, SIGTERM)."""
    import tempfile

    try:
        handle, name = tempfile.mkstemp(
            dir=output.parent, prefix=f".{output.name}.", suffix=".partial"
        )
    except OSError as error:
        fail(message("cannot_write", file=str(output), reason=os_reason(error)))
    partial = Path(name)
    try:
        with _open_output(handle, binary) as stream:
            yield stream
            if replacing:  # the new text on disk before it replaces the old
                stream.flush()
                os.fsync(stream.fileno())
        install(partial)
    except OSError as error:
        partial.unlink(missing_ok=True)
        if not replacing:
            raise
        fail(message("cannot_write_unchanged", file=str(output), reason=os_reason(error)))
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def write_new_file(path: Path, text: str, *, overwrite: bool) -> None:
    """``text`` as the file ``path`` (``case init``), complete or not at all. Without
    ``overwrite`` nothing there is replaced, not even a dangling link: the complete file
    is linked to its name, which fails when the name exists. With ``overwrite`` it is
    renamed over what is there: a symbolic link is replaced itself, never followed, and a
    regular file keeps its mode; a new file is private (0600)."""

    def install(partial: Path) -> None:
        if overwrite:
            with contextlib.suppress(OSError):
                info = path.lstat()
                if stat.S_ISREG(info.st_mode):
                    os.chmod(partial, stat.S_IMODE(info.st_mode))
            partial.replace(path)
            return
        try:
            os.link(partial, path)
        except FileExistsError:
            fail(message("exists_already", file=str(path)))
        except OSError:  # a file system without hard links: the name checked, then renamed
            if os.path.lexists(path):
                fail(message("exists_already", file=str(path)))
            partial.replace(path)
            return
        partial.unlink()

    try:
        with _partial_beside(path, True, install) as stream:
            stream.write(text.encode("utf-8"))
    except OSError as error:
        fail(message("cannot_write", file=str(path), reason=os_reason(error)))


def _open_output(target: Path | int, binary: bool) -> IO[Any]:
    if binary:
        return open(target, "wb")  # the caller's with-block closes it
    return open(target, "w", encoding="utf-8", newline="")
