"""The texts of the problems found in reading input: files, case files, dates, amounts,
tables and their columns, batch rows, edits of a case file, and the checks of a case.
In English and Dutch, by id (``messages.say``)."""

from __future__ import annotations

READING_MESSAGES: dict[str, dict[str, str]] = {
    "file_problem": {"en": "{file}: {problem}", "nl": "{file}: {problem}"},
    "path_problem": {"en": "{path}: {problem}", "nl": "{path}: {problem}"},
}
