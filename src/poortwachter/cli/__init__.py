"""The command line: ``root.py`` composes the command families (``timeline``, ``batch``,
``case``), each a module of its own; docs/architecture.md shows where everything is."""

from __future__ import annotations

import typer

from .root import main

__all__ = ["main"]


def __getattr__(name: str) -> typer.Typer:
    """``app``: the whole command line, built on first use (for tests and embedding; a
    run builds only the command it runs)."""
    if name == "app":
        from .root import build_app

        built = build_app()
        globals()["app"] = built
        return built
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
