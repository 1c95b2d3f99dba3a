"""poortwachter: Wet Verbetering Poortwachter timelines, to the day, with their legal basis.

The Python API, for people who script in Python::

    from datetime import date
    from poortwachter import assess, compute_timeline, load_case_file

    case = load_case_file("examples/schone-zaak.yaml")
    timeline = compute_timeline(case, as_of=date(2025, 9, 1))
    assessment = assess(case, as_of=date(2025, 9, 1))
    assessment.to_dict("en")      # the JSON document of ``sanction-risk``

Every result is a plain frozen object with ``to_dict()``. The engine is pure: it never
reads the clock or files (``load_case_file`` is the one function here that reads one).
Names are imported on first use, so ``import poortwachter`` stays fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Assessment": "assessment",
    "Case": "models",
    "CaseError": "models",
    "CaseFileError": "loading",
    "Employee": "models",
    "Employer": "models",
    "Events": "models",
    "Exposure": "assessment",
    "Extension": "models",
    "ExtensionKind": "models",
    "ExtensionStep": "models",
    "ExtensionsInput": "models",
    "Finding": "assessment",
    "Language": "language",
    "LeavePeriod": "sickdays",
    "Loonsanctie": "models",
    "Milestone": "models",
    "PayPercentage": "models",
    "PayPhase": "assessment",
    "Severity": "law.findings",
    "SickPeriod": "sickdays",
    "Spoor": "assessment",
    "SpoorStatus": "assessment",
    "Status": "models",
    "Timeline": "models",
    "Wage": "models",
    "assess": "assessment",
    "case_from_document": "loading",
    "case_json_schema": "loading",
    "compute_timeline": "engine",
    "load_case": "loading",
    "load_case_file": "loading",
}

__all__ = [
    "Assessment",
    "Case",
    "CaseError",
    "CaseFileError",
    "Employee",
    "Employer",
    "Events",
    "Exposure",
    "Extension",
    "ExtensionKind",
    "ExtensionStep",
    "ExtensionsInput",
    "Finding",
    "Language",
    "LeavePeriod",
    "Loonsanctie",
    "Milestone",
    "PayPercentage",
    "PayPhase",
    "Severity",
    "SickPeriod",
    "Spoor",
    "SpoorStatus",
    "Status",
    "Timeline",
    "Wage",
    "__version__",
    "assess",
    "case_from_document",
    "case_json_schema",
    "compute_timeline",
    "load_case",
    "load_case_file",
]

if TYPE_CHECKING:
    from .assessment import Assessment, Exposure, Finding, PayPhase, Spoor, SpoorStatus, assess
    from .engine import compute_timeline
    from .language import Language
    from .law.findings import Severity
    from .loading import (
        CaseFileError,
        case_from_document,
        case_json_schema,
        load_case,
        load_case_file,
    )
    from .models import (
        Case,
        CaseError,
        Employee,
        Employer,
        Events,
        Extension,
        ExtensionKind,
        ExtensionsInput,
        ExtensionStep,
        Loonsanctie,
        Milestone,
        PayPercentage,
        Status,
        Timeline,
        Wage,
    )
    from .sickdays import LeavePeriod, SickPeriod


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module 'poortwachter' has no attribute {name!r}")
