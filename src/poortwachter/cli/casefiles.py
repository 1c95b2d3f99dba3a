"""A case file at the edge: read (a file or stdin), validated, and judged, or every
problem on stderr and exit status 2."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from ..messages import message
from .errors import Failure, fail
from .options import today_in_nl
from .writing import reading

if TYPE_CHECKING:
    from ..law.receipt import Receipt
    from ..models import Case


Result = TypeVar("Result")


def read_source(path: str) -> tuple[str, str]:
    """The case file's name for messages and its text; ``-`` reads stdin (bounded, like
    a file: at most 1 MB)."""
    from ..inputs.documents import (
        MAX_FILE_BYTES,
        STDIN_NAME,
        CaseFileError,
        decode_case_text,
        read_case_text,
    )

    try:
        if path == "-":
            if sys.stdin is None:
                fail(message("stdin_closed"))
            data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
            return STDIN_NAME, decode_case_text(STDIN_NAME, data)
        reading(path)
        return path, read_case_text(Path(path))
    except CaseFileError as error:
        fail(error.messages[0])


def load_case_or_exit(path: str, no_names: bool = False) -> Case:
    """Read and validate a case file, or print every problem and exit 2; with
    ``no_names`` without the names of people."""
    from ..inputs.casefile import load_case
    from ..inputs.documents import CaseFileError

    if path.lower().endswith(_TABLE_SUFFIXES):
        # A user's export given where a case file goes: point to the commands for tables.
        raise Failure(message("table_not_a_case_file", file=path))
    source, content = read_source(path)
    try:
        the_case = load_case(source, content)
    except CaseFileError as error:
        raise Failure(*error.messages) from None
    _warn(the_case, source)
    return the_case.without_names() if no_names else the_case


#: The names of tables (HR exports), which batch and agenda read, never a case file.
_TABLE_SUFFIXES = (".csv", ".tsv", ".xlsx", ".xlsm", ".xls")


def _warn(the_case: Case, source: str) -> None:
    """What the user should know of a case file that was read (a wage most likely
    mistyped), as a note on stderr naming the file and the case."""
    from typer._click.globals import get_current_context

    from ..inputs.rows import case_warnings
    from .errors import said_by

    context = get_current_context(silent=True)
    if context is None:
        return
    say = said_by(context)
    for warning in case_warnings(the_case):
        say.note(message("file_problem", file=source, problem=warning))


def judged_with_receipt(
    compute: Callable[[Case, date], Result], the_case: Case, as_of: date | None, label: str
) -> tuple[Result, Receipt]:
    """``compute_or_exit``, with the receipt of the judgment: the dated figures it used
    (docs/machine-output.md, "Receipt")."""
    from ..law.figures import figures_recorded
    from ..law.receipt import receipt

    with figures_recorded() as used:
        result = compute_or_exit(compute, the_case, as_of, label)
    return result, receipt(used)


def compute_or_exit(
    compute: Callable[[Case, date], Result], the_case: Case, as_of: date | None, label: str
) -> Result:
    from ..models import CaseError

    try:
        return compute(the_case, as_of or today_in_nl())
    except CaseError as error:
        # (a case made of --first-sick has no key paths to name: only what is wrong)
        problems = [
            problem.message if label == "--first-sick" else problem.said
            for problem in error.problems
        ]
        raise Failure(
            *(message("file_problem", file=label, problem=item) for item in problems)
        ) from None
