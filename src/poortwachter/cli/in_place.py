"""A case file changed in place, safely (docs/privacy.md, "Editing a case file"): the
real file behind a link, locked while it is read, changed and replaced; refused when it
is read-only or has other hard links; replaced atomically with its mode, owner and BOM,
and only when nobody changed it in the meantime.

The lock is ``flock`` on the file itself, so nothing is left behind: the system drops it
when the process ends, however it ends. A run that waited for the lock while another
replaced the file finds another file at the name, and locks that one instead. A program
that takes no lock (an editor) is caught before the rename: the file must still be the
same file (device, inode, size, modification time) holding the same bytes.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..messages import Message, message, os_reason
from .errors import fail
from .writing import output_stream

#: How long a run waits for another run's edit of the same file (seconds).
LOCK_WAIT = 20.0

_BOM = b"\xef\xbb\xbf"


@dataclass
class CaseFileInPlace:
    """A case file locked for an edit: the file (links resolved), what it held when
    read, and what replacing it had to say (an owner that could not be kept)."""

    name: str
    real: Path
    data: bytes
    info: os.stat_result
    notes: list[Message] = field(default_factory=list)

    @property
    def text(self) -> str:
        from ..inputs.documents import CaseFileError, decode_case_text

        try:
            return decode_case_text(self.name, self.data)
        except CaseFileError as error:
            fail(error.messages[0])

    def replace(self, text: str) -> None:
        """Put ``text`` in the file's place (with the BOM it had), or leave it as it was
        and say why."""
        bom = _BOM if self.data.startswith(_BOM) else b""
        with output_stream(
            self.real, binary=True, replacing=True, before_rename=self._ready
        ) as stream:
            stream.write(bom + text.encode("utf-8"))

    def _ready(self, partial: Path) -> None:
        """The complete new file, just before it replaces the old one: the old one's
        owner and mode, and the old one still as it was read."""
        self._keep_owner(partial)
        os.chmod(partial, stat.S_IMODE(self.info.st_mode))  # (after chown: set-id bits)
        if not self._unchanged():
            fail(message("edit_changed_meanwhile", file=self.name))

    def _keep_owner(self, partial: Path) -> None:
        old = (self.info.st_uid, self.info.st_gid)
        new = partial.stat()
        if (new.st_uid, new.st_gid) == old:
            return
        try:
            os.chown(partial, *old)
        except OSError:  # not root: keep the group if we may, and say what changed
            with contextlib.suppress(OSError):
                os.chown(partial, -1, old[1])
        now = partial.stat()
        if (now.st_uid, now.st_gid) != old:
            said = message(
                "edit_owner_changed",
                file=self.name,
                uid=str(now.st_uid),
                gid=str(now.st_gid),
                old_uid=str(old[0]),
                old_gid=str(old[1]),
            )
            self.notes.append(said)

    def _unchanged(self) -> bool:
        try:
            now = os.stat(self.real, follow_symlinks=False)
            with open(self.real, "rb") as stream:
                data = stream.read(len(self.data) + 1)
        except OSError:
            return False
        return _same_file(now, self.info) and data == self.data


def _same_file(one: os.stat_result, other: os.stat_result) -> bool:
    return (one.st_dev, one.st_ino, one.st_size, one.st_mtime_ns) == (
        other.st_dev,
        other.st_ino,
        other.st_size,
        other.st_mtime_ns,
    )


@contextlib.contextmanager
def locked_case_file(name: str) -> Iterator[CaseFileInPlace]:
    """The case file ``name`` (read and checked as every case file is, by the caller),
    locked until the block ends; the file a link points to, in its own folder."""
    from ..inputs.documents import MAX_FILE_BYTES

    real = Path(os.path.realpath(name))
    deadline = time.monotonic() + LOCK_WAIT
    while True:
        descriptor = _open(name, real)
        try:
            if _locked(descriptor, deadline) and _still_there(descriptor, real):
                break
        except BaseException:
            os.close(descriptor)
            raise
        os.close(descriptor)  # replaced while we waited: lock the file there now
        if time.monotonic() > deadline:
            fail(message("edit_busy", file=name))
    try:
        info = os.fstat(descriptor)
        _refuse_unsafe(name, real, info)
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
        yield CaseFileInPlace(name, real, data, info)
    finally:
        os.close(descriptor)  # and the lock with it


def _open(name: str, real: Path) -> int:
    try:
        flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0)
        descriptor = os.open(real, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        fail(message("cannot_write_unchanged", file=name, reason=os_reason(error)))
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        fail(message("file_problem", file=name, problem=message("not_a_regular_file")))
    return descriptor


def _locked(descriptor: int, deadline: float) -> bool:
    """Whether the lock was taken before ``deadline``."""
    import fcntl

    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.02)
        except OSError as error:  # a file system without locks: go on without one
            if error.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.EINVAL):
                return True
            raise


def _still_there(descriptor: int, real: Path) -> bool:
    """Whether the locked file is still the file at its name."""
    try:
        there = os.stat(real, follow_symlinks=False)
    except OSError:
        return False
    here = os.fstat(descriptor)
    return (there.st_dev, there.st_ino) == (here.st_dev, here.st_ino)


def _refuse_unsafe(name: str, real: Path, info: os.stat_result) -> None:
    """A file the user may not write (root may write anything: the mode says it), or one
    with other hard links (renaming would split them), is not changed."""
    if not info.st_mode & 0o222:
        fail(message("edit_read_only", file=name))
    if not os.access(real, os.W_OK):
        error = OSError(errno.EACCES, os.strerror(errno.EACCES))
        fail(message("cannot_write_unchanged", file=name, reason=os_reason(error)))
    if info.st_nlink > 1:
        fail(message("edit_hard_links", file=name, count=str(info.st_nlink)))
