"""Case ids for a run of any length in flat memory.

A batch keeps two things per case id: the row a case id came first in (to report one
given twice) and, for course lines, how many rows a case has. A dict holds about 130
bytes a case, 130 MiB for a million (issue 12). SQLite's private temporary database (an
empty file name, the standard library's ``sqlite3``) holds them in its page cache, a few
MiB, and beyond it in an anonymous temporary file that is unlinked as soon as it is
opened and gone when the run ends: 16 MiB in all for a million ids, at about 5 us each.
"""

from __future__ import annotations

from types import TracebackType


class CaseIdStore:
    """The first row and the number of rows of each case id (exact, case-sensitive)."""

    def __init__(self) -> None:
        import sqlite3

        # Used by one thread at a time, but not always the one that made it (a caller may
        # hand a batch generator on); a worker process forked meanwhile never touches it.
        self._db = sqlite3.connect("", isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute(
            "CREATE TABLE ids (id BLOB PRIMARY KEY, first_row INTEGER, rows INTEGER) WITHOUT ROWID"
        )
        self._db.execute("BEGIN")  # one transaction: nothing needs to outlive the run

    def first_row(self, case_id: str, row: int) -> int:
        """The row ``case_id`` came first in: ``row`` itself for a new id."""
        key = _key(case_id)
        added = self._db.execute("INSERT OR IGNORE INTO ids VALUES (?, ?, 1)", (key, row))
        if added.rowcount:
            return row
        found = self._db.execute("SELECT first_row FROM ids WHERE id = ?", (key,)).fetchone()
        first: int = found[0]
        return first

    def count(self, case_id: str) -> None:
        """One more row of ``case_id``."""
        self._db.execute(
            "INSERT INTO ids VALUES (?, 0, 1) ON CONFLICT(id) DO UPDATE SET rows = rows + 1",
            (_key(case_id),),
        )

    def handed_on(self, case_id: str) -> None:
        """``case_id``'s rows are all accounted for: a row that turns up later (the file
        changed between two readings) counts as none expected."""
        self._db.execute("UPDATE ids SET rows = 0 WHERE id = ?", (_key(case_id),))

    def rows(self, case_id: str) -> int:
        """How many rows ``count`` was told of for ``case_id`` (0 for none)."""
        found = self._db.execute("SELECT rows FROM ids WHERE id = ?", (_key(case_id),)).fetchone()
        return 0 if found is None else int(found[0])

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> CaseIdStore:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _key(case_id: str) -> bytes:
    # As bytes: a case id may hold a lone surrogate ("\udc80" in JSON), which is no UTF-8.
    return case_id.encode("utf-8", "surrogatepass")
