"""poortwachter: Wet Verbetering Poortwachter timelines, to the day, with their legal basis.

The Python API, for people who script in Python::

    from datetime import date
    from poortwachter import assess, compute_timeline, load_case_file

    case = load_case_file("examples/schone-zaak.yaml")
    timeline = compute_timeline(case, as_of=date(2025, 9, 1))
    assessment = assess(case, as_of=date(2025, 9, 1))

Every result is a plain frozen object. The engine is pure: it never reads the clock or
files (``load_case_file`` is the one function here that reads one). The names are
listed once, in ``api.py``, and imported on first use, so ``import poortwachter`` stays
fast. docs/python-api.md describes them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

#: The version: the one place it is written (pyproject.toml reads it from here).
__version__ = "0.1.0"

if TYPE_CHECKING:
    from .api import *  # noqa: F403


def __getattr__(name: str) -> Any:
    if (name.startswith("__") and name != "__all__") or _is_submodule(name):
        # (``from . import batch`` asks here before it imports the module: the API's
        # imports must not be paid for that)
        raise AttributeError(f"module 'poortwachter' has no attribute {name!r}")
    from . import api

    if name == "__all__":
        return [*api.NAMES, "__version__"]
    if name in api.NAMES:
        return getattr(api, name)
    raise AttributeError(f"module 'poortwachter' has no attribute {name!r}")


def _is_submodule(name: str) -> bool:
    from importlib.util import find_spec

    return find_spec(f"{__name__}.{name}") is not None
