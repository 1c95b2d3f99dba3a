"""Click's and typer's usage errors as messages: each kind of error is read from the
exception's own fields (the option, the parameter, the value pydantic refused), never
from its English sentence, so that it can be said in Dutch as well.

Click words some failures only as a sentence (an extra argument, an unknown command, a
missing command): ``base.Command`` and ``base.Group`` raise those themselves as
``UsageFailure``, with their message.
"""

from __future__ import annotations

import re
from typing import Any

import typer

from ..messages import Message, message
from .errors import SaidBadParameter

#: Click writes a control character in a value as ``\\xNN`` (``utils._escape_control_
#: characters``); a message shows the value the same way.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def escaped(value: str) -> str:
    return _CONTROL.sub(lambda found: f"\\x{ord(found[0]):02x}", value)


class UsageFailure(typer.BadParameter):
    """A usage error that click would word as an English sentence only."""

    def __init__(self, said: Message) -> None:
        super().__init__(said.id)
        self.said = said


def said_of(error: Any, lang: str) -> Message | None:
    """What to say about a click or typer usage error; ``None`` when there is nothing to
    say (help was shown instead)."""
    from typer._click import exceptions as click

    if isinstance(error, UsageFailure):
        return error.said
    if isinstance(error, click.NoSuchOption):
        option = escaped(error.option_name)
        if error.possibilities:
            possible = ", ".join(sorted(error.possibilities))
            return message("no_such_option_possible", option=option, possible=possible)
        return message("no_such_option", option=option)
    if isinstance(error, click.BadOptionUsage):
        if _is_flag(error):
            return message("option_takes_no_value", option=repr(error.option_name))
        return message("option_needs_value", option=repr(error.option_name))
    if isinstance(error, click.MissingParameter):
        param = error.param
        kind = error.param_type or (param.param_type_name if param is not None else "parameter")
        hint = _hint(error, lang)
        if not hint:
            name = param.name if param is not None else None
            return message("missing_parameter", name=str(name))
        return message(f"missing_{kind}", name=hint)
    if isinstance(error, click.BadParameter):
        problem = _problem(error, lang)
        hint = _hint(error, lang)
        if hint is None:
            return message("invalid_value", problem=problem)
        return message("invalid_value_for", name=hint, problem=problem)
    text = error.format_message().strip()
    return message("usage_error", text=text) if text else None


def _is_flag(error: Any) -> bool:
    ctx = error.ctx
    if ctx is None:
        return False
    for param in ctx.command.params:
        if error.option_name in getattr(param, "opts", ()):
            return bool(getattr(param, "is_flag", False))
    return False


def _hint(error: Any, lang: str) -> str | None:
    """The parameter as click names it in an error: ``'--format' / '-f'``, ``'DATE'``
    (``'DATUM'`` in Dutch)."""
    from .texts import METAVAR_NL

    hint: Any = error.param_hint
    if hint is None and error.param is not None:
        hint = error.param.get_error_hint()
    if hint is None:
        return None
    if not isinstance(hint, str):
        hint = " / ".join(repr(part) for part in hint)
    if lang == "nl":
        for english, dutch in METAVAR_NL.items():
            hint = hint.replace(f"'{english}'", f"'{dutch}'")
    return str(hint)


def _problem(error: Any, lang: str) -> Message:
    """What is wrong with the value: our own message, or what pydantic found (typer
    checks typed values with it), read from its structured error."""
    if isinstance(error, SaidBadParameter):
        return error.said
    cause = error.__cause__
    errors = getattr(cause, "errors", None)
    if errors is None:
        return message("usage_error", text=escaped(str(error.message)))
    found = errors()[0]
    kind, context, value = found["type"], found.get("ctx") or {}, found.get("input")
    english = escaped(str(found["msg"]))
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        bound = next(iter(context.values()))
        return message(f"value_{kind}", bound=str(bound), english=english)
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return message("value_not_whole", value=repr(value), english=english)
    if kind == "value_error" and error.param is not None:
        descriptor = getattr(error.param, "type_descriptor", None)
        if descriptor is not None and descriptor.is_choice and descriptor.choices:
            choices = ", ".join(repr(_choice(choice, descriptor)) for choice in descriptor.choices)
            return message("value_not_one_of", value=repr(value), choices=choices)
    return message("usage_error", text=english.removeprefix("Value error, "))


def _choice(choice: Any, descriptor: Any) -> str:
    """A choice as typer lists it: its value, folded when case does not matter."""
    text = str(getattr(choice, "value", choice))
    return text if descriptor.case_sensitive else text.casefold()
