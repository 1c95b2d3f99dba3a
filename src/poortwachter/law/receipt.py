"""The receipt of a judgment (docs/machine-output.md, "Receipt"): which engine, which law
data and which dated figures gave its dates and amounts, so that a user can answer a
year later, in bezwaar or before a deskundige, "which law and which figures gave this?".

``rules_digest`` is a SHA-256 of the law data the engine applies (the milestone rules,
the finding types, the parts of the re-integratieverslag and every dated figure,
written out canonically): the same across runs and machines for the same data, and
different as soon as any rule, text, basis or figure changes.
"""

from dataclasses import fields, is_dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any, NamedTuple

from .figures import ALL_FIGURES, FigureUsed


class Receipt(NamedTuple):
    engine_version: str
    rules_digest: str
    parameters_used: tuple[FigureUsed, ...]


def receipt(used: list[FigureUsed] | tuple[FigureUsed, ...]) -> Receipt:
    """The receipt of a judgment that used the figures ``used`` (``figures_recorded``)."""
    from .. import __version__

    return Receipt(__version__, rules_digest(), tuple(used))


def all_figures() -> tuple[FigureUsed, ...]:
    """Every entry of every dated figure: what a run over many cases may use (the
    receipt of a batch run, written once)."""
    return tuple(
        FigureUsed(figure.name, value, start, figure.source, False)
        for figure in ALL_FIGURES
        for start, value in figure.values
    )


def rules_digest() -> str:
    """The digest of the law data this version applies: computed once when the law data
    changes and kept in ``law/digest.py`` (``benchmarks/generate_schemas.py`` writes it;
    a test holds it equal to ``computed_rules_digest``), so that a run does not spend
    ~20 ms writing the law data out to hash it."""
    from .digest import RULES_DIGEST

    return RULES_DIGEST


@cache
def computed_rules_digest() -> str:
    """``sha256:`` and the hex digest of the law data, written out canonically."""
    import hashlib  # here: OpenSSL's module costs ~3 ms to import, and a run never hashes

    from .findings import FINDING_TYPES
    from .milestones import RULES
    from .riv import ACTUEEL_OORDEEL_MAX_DAYS, RIV_PARTS

    data = (
        ("milestones", RULES),
        ("findings", tuple(FINDING_TYPES[key] for key in sorted(FINDING_TYPES))),
        ("riv_parts", RIV_PARTS),
        ("actueel_oordeel_max_days", ACTUEEL_OORDEEL_MAX_DAYS),
        ("figures", ALL_FIGURES),
    )
    return "sha256:" + hashlib.sha256(_canonical(data).encode("utf-8")).hexdigest()


def _field_names(value: Any) -> tuple[str, ...] | None:
    """The fields of a record in order (a named tuple's or a dataclass's), or None."""
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return tuple(value._fields)
    if is_dataclass(value) and not isinstance(value, type):
        return tuple(item.name for item in fields(value))
    return None


def _canonical(value: Any) -> str:
    """A value as text that depends only on its data: records (named tuples and
    dataclasses) by their fields in order, enums by value, dates in ISO, decimals as
    written, mappings sorted by key."""
    names = _field_names(value)
    if names is not None:
        inner = ",".join(f"{name}={_canonical(getattr(value, name))}" for name in names)
        return f"{type(value).__name__}({inner})"
    if isinstance(value, Enum):
        return f"{type(value).__name__}.{value.value}"
    if isinstance(value, (tuple, list)):
        return "[" + ",".join(_canonical(item) for item in value) + "]"
    if isinstance(value, dict):
        items = sorted(value.items(), key=lambda pair: str(pair[0]))
        return "{" + ",".join(f"{_canonical(k)}:{_canonical(v)}" for k, v in items) + "}"
    if isinstance(value, (date, Decimal, str, int, bool)) or value is None:
        return repr(value.isoformat() if isinstance(value, date) else value)
    raise TypeError(f"no canonical form for {type(value).__name__}")
