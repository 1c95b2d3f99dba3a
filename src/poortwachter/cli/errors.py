"""Error lines and notes on stderr, one line each, in the language of the run.

The language is chosen once, at the edge (``root.py``: ``--lang``, else
``POORTWACHTER_LANG``, else Dutch), and handed to every command as its ``Say``
(``typer.Context.obj``). A command that must stop raises ``Failure``; the root prints
it. Every line is a ``Message`` put in words here (``outputs/messages.py``): nothing is
translated after it was written.
"""

import sys
from typing import Any, NamedTuple, NoReturn

import typer

from ..language import Language
from ..messages import Message, message, visible
from .statuses import EXIT_BAD_INPUT


class Failure(Exception):
    """The command stops: each message is a line on stderr, and the exit status is
    ``code`` (2: bad usage or input)."""

    def __init__(self, *said: Message, code: int = EXIT_BAD_INPUT) -> None:
        super().__init__(*(item.id for item in said))
        self.said = said
        self.code = code


def fail(said: Message) -> NoReturn:
    raise Failure(said)


class SaidBadParameter(typer.BadParameter):
    """A value of an option or argument that cannot be used, with what to say about it
    (shown after the option's name, as click shows its own)."""

    def __init__(self, said: Message, param_hint: str | None = None) -> None:
        super().__init__(said.id, param_hint=param_hint)
        self.said = said


class Say(NamedTuple):
    """The run's voice on stderr, in its language."""

    lang: Language

    def line(self, said: Message, *, note: bool = False) -> str:
        """``said`` as one line: ``Fout:``/``Error:`` (or ``Let op:``/``Note:``) and the
        message, a value with a line break or an escape sequence in it written out, so
        that it can neither fake another line nor drive the terminal."""
        from ..outputs.messages import say

        prefix = message("note_prefix" if note else "error_prefix")
        return f"{say(prefix, self.lang)} {visible(say(said, self.lang))}\n"

    def error(self, said: Message) -> None:
        sys.stderr.write(self.line(said))

    def note(self, said: Message) -> None:
        """Something the user should know that is not an error."""
        sys.stderr.write(self.line(said, note=True))

    def text(self, said: Message) -> str:
        """``said`` in words, for a line of its own (on stdout)."""
        from ..outputs.messages import say

        return say(said, self.lang)


def said_by(ctx: Any) -> Say:
    """The ``Say`` of the run a command runs in (set by ``root.py``)."""
    said = ctx.find_root().obj
    if not isinstance(said, Say):  # pragma: no cover - every run starts in root.main
        raise RuntimeError("a command ran outside the poortwachter command line")
    return said


def os_problem(error: OSError) -> Message:
    """A file that could not be read or written: which, and why."""
    from ..messages import os_reason

    if error.filename:
        said = os_reason(error)
        return message("cannot_read_or_write_file", file=str(error.filename), reason=said)
    return message("cannot_read_or_write", reason=os_reason(error))
