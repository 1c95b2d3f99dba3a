"""The texts of the command line and of batch runs: usage errors, files that cannot be
read or written, rows that could not be judged, notes. In English and Dutch, by id
(``messages.say``)."""

from __future__ import annotations

RUNNING_MESSAGES: dict[str, dict[str, str]] = {}
