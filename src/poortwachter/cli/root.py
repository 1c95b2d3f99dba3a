"""The ``poortwachter`` command line: the app, its language, and its one way out for
errors: one line on stderr starting with ``Fout:`` (``Error:``) and exit status 2, never
a traceback (case files hold health-related personal data, so no locals either).

Each command family is a module of its own (``timeline``, ``batch``, ``case``) with a
Typer app; this one composes them, and a run imports only the module of the command it
runs.
"""

from __future__ import annotations

import contextlib
import os
import sys
from importlib import import_module
from typing import Annotated, Any

import typer

from .. import __version__
from ..language import LANG_ENV
from ..messages import message
from .base import Group, broken_pipe
from .errors import Failure, Say, os_problem
from .options import Lang, LangOption
from .statuses import DEBUG_ENV, EXIT_BAD_INPUT, EXIT_BROKEN_PIPE, EXIT_INTERRUPTED, EXIT_OK
from .usage import said_of


class _OneLineErrors(Group):
    """Usage errors as one ``Error:`` line (typer would draw a multi-line box), and no
    traceback for anything unexpected. Chooses the run's language first (``--lang``,
    else ``POORTWACHTER_LANG``, else Dutch), once, and hands it to every command as its
    ``Say`` (``ctx.obj``): help, output and errors speak it."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # Before click sees it: click would exit 1, the status for "findings found".
            raise typer.Exit(broken_pipe()) from None

    def main(  # type: ignore[override]
        self,
        args: list[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        from ..language import requested_lang

        given = sys.argv[1:] if args is None else list(args)
        say = Say(requested_lang(given))
        # Help texts are translated only when help may be shown: loading typer's help
        # renderer costs more than the whole run otherwise.
        words = [
            arg
            for position, arg in enumerate(given)
            if not arg.startswith("--lang") and (position == 0 or given[position - 1] != "--lang")
        ]
        if "--help" in given or len(words) <= 1:
            from .texts import localize

            try:
                localize(self, say.lang)
            except Exception:  # help stays as declared (English); the run itself goes on
                if os.environ.get(DEBUG_ENV) == "1":
                    raise
        try:
            result = super().main(
                args=args,
                prog_name=prog_name,
                complete_var=complete_var,
                standalone_mode=False,
                obj=say,
                **extra,
            )
        except Failure as failure:
            for said in failure.said:
                say.error(said)
            code = failure.code
        except typer.TyperException as error:  # click's usage and parameter errors
            param = getattr(error, "param", None)
            if getattr(param, "name", None) == "lang" and not any(
                arg.startswith("--lang") for arg in given
            ):
                # the bad value came from the environment: say where it is
                value = os.environ.get(LANG_ENV, "")
                say.error(message("not_a_language", name=LANG_ENV, value=repr(value)))
            else:
                usage = said_of(error, say.lang)
                if usage is not None:  # (none: help was shown instead)
                    say.error(usage)
            code = error.exit_code
        except typer.Abort:  # Ctrl-C: click turns KeyboardInterrupt into Abort
            say.error(message("aborted"))
            code = EXIT_INTERRUPTED
        except BrokenPipeError:
            code = broken_pipe()
        except OSError as error:  # a full disk, a file that went away, no permission
            say.error(os_problem(error))
            code = EXIT_BAD_INPUT
        except Exception as error:
            if os.environ.get(DEBUG_ENV) == "1":
                raise
            said = message("internal_error_cli", kind=type(error).__name__, variable=DEBUG_ENV)
            say.error(said)
            code = EXIT_BAD_INPUT
        else:
            code = result if isinstance(result, int) else EXIT_OK
        if standalone_mode:
            sys.exit(code)
        return code


def _new_app() -> typer.Typer:
    return typer.Typer(
        cls=_OneLineErrors,
        name="poortwachter",
        help=(
            "Wet Verbetering Poortwachter: every deadline of a sick employee's 104 weeks, "
            "to the day, with its article of law."
        ),
        no_args_is_help=True,
        add_completion=True,
        pretty_exceptions_enable=False,
        pretty_exceptions_show_locals=False,
        rich_markup_mode="rich",
    )


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"poortwachter {__version__}\n")
        raise typer.Exit(EXIT_OK)


def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
    lang: LangOption = Lang.nl,
) -> None:
    """Wet Verbetering Poortwachter timelines, to the day, with their legal basis."""
    from .writing import forget_inputs

    forget_inputs()  # a run starts with no inputs read (one process may run many)


#: The commands in the order help lists them, by the module of their family (each a
#: module with a Typer ``app``); ``case`` is a group of its own.
COMMANDS = {
    "timeline": "timeline",
    "sanction-risk": "timeline",
    "batch": "batch",
    "agenda": "batch",
    "report": "timeline",
    "riv": "riv",
    "rules": "rules",
    "case": "case",
}


def build_app(only: str | None = None) -> typer.Typer:
    """The command line; with ``only``, just that command. Typer builds every command's
    options at start-up, so a run builds (and imports) only the one it runs (a faster
    cold start)."""
    built = _new_app()
    built.callback()(_root)
    for name, module in COMMANDS.items():
        if only not in (None, name):
            continue
        family: typer.Typer = import_module(f".{module}", __package__).app
        if name == "case":
            built.add_typer(family)
        else:
            built.registered_commands += [
                command for command in family.registered_commands if command.name == name
            ]
    return built


def _legacy_encodings_escaped() -> None:
    """A stream in a legacy encoding (Windows' cp1252) writes what it cannot hold as an
    escape (``\\u0141`` for ``Ł``) instead of failing the run: machine output is written
    as UTF-8 bytes anyway (``writing.write_exact``); this is text for people."""
    import codecs

    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None) or "utf-8"
        try:
            utf8 = codecs.lookup(encoding).name == "utf-8"
        except LookupError:
            utf8 = False
        if not utf8 and hasattr(stream, "reconfigure"):
            with contextlib.suppress(Exception):
                stream.reconfigure(errors="backslashreplace")


class _MessagesMayFail:
    """stderr whose writes may fail (``2>/dev/full``, a closed pipe) without stopping
    the work or changing the exit status: a message that cannot be written is lost, the
    output and the exit status are what they would have been."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return int(self._stream.write(text))
        except (OSError, ValueError):
            return len(text)

    def flush(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def main() -> None:
    """Console-script entry point. SIGTERM ends a run like Ctrl-C: every ``finally``
    runs, so a partial output file is removed and worker processes end with it."""
    import signal

    def terminate(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    with contextlib.suppress(ValueError):  # not in the main thread (embedded use)
        signal.signal(signal.SIGTERM, terminate)
    if sys.stderr is None:  # started with stderr closed: messages go nowhere, codes stay
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    _legacy_encodings_escaped()
    sys.stderr = _MessagesMayFail(sys.stderr)
    if sys.stdout is None:  # started with stdout closed (>&-)
        from ..language import requested_lang

        Say(requested_lang(sys.argv[1:])).error(message("stdout_closed"))
        sys.exit(EXIT_BAD_INPUT)
    arguments = sys.argv[1:]
    first = arguments[0] if arguments else None
    only = first if first in COMMANDS else None
    try:
        build_app(only)()
    finally:
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            broken_pipe()
            os._exit(EXIT_BROKEN_PIPE)
