"""Error lines and notes on stderr, one line each, in the run's language."""

from __future__ import annotations

import sys
from typing import NoReturn

import typer

from . import base
from .base import EXIT_BAD_INPUT


def print_error(message: str) -> None:
    """One line on stderr, in the run's language (``Fout:`` in Dutch, ``Error:`` in
    English): a value with a line break or an escape sequence in it can neither fake
    another error line nor drive the terminal."""
    from ..messages import visible
    from .texts import error_prefix
    from .texts import message as translated

    # Typer words a bad choice as "Value error, 'xml' is not one of ..."; drop the jargon.
    message = message.replace("Value error, ", "").strip()
    sys.stderr.write(f"{error_prefix(base.LANG)} {translated(visible(message), base.LANG)}\n")


def print_note(line: str) -> None:
    """Something the user should know that is not an error, on stderr, in their language."""
    prefix = "Let op:" if base.LANG == "nl" else "Note:"
    from ..messages import visible
    from .texts import message as translated

    sys.stderr.write(f"{prefix} {translated(visible(line), base.LANG)}\n")


def fail(message: str) -> NoReturn:
    print_error(message)
    raise typer.Exit(EXIT_BAD_INPUT)
