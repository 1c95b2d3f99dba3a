"""What every command shares: the exit statuses, and commands and groups whose help
speaks the run's language."""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Any

from typer.core import TyperCommand, TyperGroup

#: The language of this run's help and error lines (``language.requested_lang``).
LANG = "nl"

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2


#: Ctrl-C: 128 + SIGINT, as a shell reports it.
EXIT_INTERRUPTED = 130


#: The status of a command whose reader went away (``| head -1``): 128 + SIGPIPE, as a
#: shell reports it; never 1, which means "findings found".
EXIT_BROKEN_PIPE = 141


#: Set to 1 to see the full traceback of an internal error (for developers only).
DEBUG_ENV = "POORTWACHTER_DEBUG"


class LocalHelp:
    """Help in the run's language: the help option's own text and the usage line."""

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            # (click asks for it on every run: the texts are here, not in texts.py)
            option.help = (
                "Toon deze hulp en stop." if LANG == "nl" else "Show this message and exit."
            )
            option.metavar = ""  # a switch: no "<bool>" beside it
        return option

    def get_usage(self, ctx: Any) -> str:
        usage: str = super().get_usage(ctx)  # type: ignore[misc]
        if LANG != "nl":
            return usage
        usage = usage.replace("Usage:", "Gebruik:", 1).replace("[OPTIONS]", "[OPTIES]")
        return usage.replace("COMMAND [ARGS]", "OPDRACHT [ARGUMENTEN]")


class Command(LocalHelp, TyperCommand):
    pass


class Group(LocalHelp, TyperGroup):
    pass


def broken_pipe() -> int:
    """The reader of stdout is gone: end quietly. Point stdout at /dev/null so that the
    interpreter's last flush cannot fail again."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return EXIT_BROKEN_PIPE
