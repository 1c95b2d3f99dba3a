"""What every command shares: commands and groups whose help speaks the run's language,
and whose usage errors are messages of our own."""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Any

from typer.core import TyperCommand, TyperGroup

from .statuses import EXIT_BROKEN_PIPE


def language_of(ctx: Any) -> str:
    """The language of the run ``ctx`` belongs to (its root's ``Say``)."""
    return str(getattr(ctx.find_root().obj, "lang", "nl"))


class LocalHelp:
    """Help in the run's language: the help option's own text and the usage line."""

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            # (click asks for it on every run: the texts are here, not in texts.py)
            dutch = language_of(ctx) == "nl"
            option.help = "Toon deze hulp en stop." if dutch else "Show this message and exit."
            option.metavar = ""  # a switch: no "<bool>" beside it
        return option

    def get_usage(self, ctx: Any) -> str:
        """The usage line, its fixed words (the formatter's ``Usage:``, click's metavars
        of options and commands) in the run's language."""
        usage: str = super().get_usage(ctx)  # type: ignore[misc]
        if language_of(ctx) != "nl":
            return usage
        usage = usage.replace("Usage:", "Gebruik:", 1).replace("[OPTIONS]", "[OPTIES]")
        return usage.replace("COMMAND [ARGS]", "OPDRACHT [ARGUMENTEN]")


class Command(LocalHelp, TyperCommand):
    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """As click parses, but an extra argument is a message of our own (click words
        it as an English sentence only)."""
        allowed = ctx.allow_extra_args
        ctx.allow_extra_args = True
        try:
            rest: list[str] = super().parse_args(ctx, args)
        finally:
            ctx.allow_extra_args = allowed
        if rest and not allowed and not ctx.resilient_parsing:
            from ..messages import message
            from .usage import UsageFailure, escaped

            extra = " ".join(escaped(str(arg)) for arg in rest)
            raise UsageFailure(message("extra_arguments", args=extra))
        return rest


class Group(LocalHelp, TyperGroup):
    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """As typer resolves a command, but an unknown one is a message of our own, with
        the commands its name is close to."""
        name = args[0] if args else ""
        if (
            name
            and not name.startswith("-")
            and self.get_command(ctx, name) is None
            and not ctx.resilient_parsing
        ):
            from difflib import get_close_matches

            from ..messages import message
            from .usage import UsageFailure

            close = get_close_matches(name, list(self.commands))
            if close:
                suggestions = ", ".join(repr(match) for match in close)
                said = message("no_such_command_close", name=repr(name), close=suggestions)
            else:
                said = message("no_such_command", name=repr(name))
            raise UsageFailure(said)
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: Any) -> Any:
        if not ctx._protected_args and not self.invoke_without_command:
            from ..messages import message
            from .usage import UsageFailure

            raise UsageFailure(message("missing_command"))
        return super().invoke(ctx)


def broken_pipe() -> int:
    """The reader of stdout is gone: end quietly. Point stdout at /dev/null so that the
    interpreter's last flush cannot fail again."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return EXIT_BROKEN_PIPE
