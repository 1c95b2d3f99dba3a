"""The machine documents of the engine's results: ``timeline --format json`` and the
``sanction-risk`` document (docs/machine-output.md), as JSON-ready dicts.

The engine's values carry ids and values, never a language; their texts for people
(labels, messages, actions, reasons, assumptions) are put in here, in the language
asked for (``wording.py``). ``Timeline.from_dict`` reads a timeline document back.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..language import Language, language
from ..law.milestones import RULES_BY_ID, STEP_BASIS
from ..law.receipt import Receipt
from ..law.sources import basis_links
from ..models import SCHEMA_VERSION, ExtensionStep, Milestone, Timeline
from .messages import say
from .wording import (
    assumption_text,
    finding_texts,
    milestone_label,
    spoor_reason,
    step_text,
)

if TYPE_CHECKING:  # the results of an assessment: a timeline document needs none of them
    from ..results import Assessment, Exposure, Finding, MinimumWageFloor, PayStatus, SpoorStatus


def milestone_links(milestone: Milestone) -> list[dict[str, str | None]]:
    """Each citation of a milestone with its article-level link, as in force on its due
    date."""
    return basis_links(RULES_BY_ID[milestone.id].basis, milestone.due)


def milestone_document(milestone: Milestone, lang: Language) -> dict[str, Any]:
    """One milestone of the machine output, with its label in ``lang``."""
    return {
        "id": milestone.id,
        "label": milestone_label(milestone, lang),
        "occurrence": milestone.occurrence,
        "due": milestone.due.isoformat(),
        "window_start": milestone.window_start.isoformat() if milestone.window_start else None,
        "week": milestone.week,
        "kind": milestone.kind,  # a StrEnum is its own JSON text; .value costs more
        "status": milestone.status,
        "done_on": milestone.done_on.isoformat() if milestone.done_on else None,
        "practice_date": milestone.practice_date.isoformat() if milestone.practice_date else None,
        "on_time_until": milestone.on_time_until.isoformat() if milestone.on_time_until else None,
        "basis": milestone.basis,
        "basis_urls": list(milestone.basis_urls),
        "basis_links": milestone_links(milestone),
    }


def step_document(step: ExtensionStep, lang: Language, on: date) -> dict[str, Any]:
    """A step of an extension in ``lang``, its basis linked as in force on ``on``."""
    return {
        "id": step.id,
        "text": step_text(step, lang),
        "basis": step.basis,
        "basis_links": basis_links(STEP_BASIS[step.id], on),
        "values": {key: plain(value) for key, value in step.values},
    }


def timeline_document(
    timeline: Timeline, lang: Language = "nl", *, milestones: bool = True
) -> dict[str, Any]:
    """The ``timeline`` document: ISO dates, ``None`` for absent values, texts in
    ``lang`` (``"nl"`` or ``"en"``; another value is a ``ValueError``); with
    ``milestones=False`` an empty milestone list, for a caller that encodes them itself."""
    lang = language(lang)
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    for name in TIMELINE_FIELDS:
        data[name] = plain(getattr(timeline, name))
    data["milestones"] = (
        [milestone_document(milestone, lang) for milestone in timeline.milestones]
        if milestones
        else []
    )
    data["extensions"] = [
        {
            "kind": item.kind,
            "from": item.first_day.isoformat(),
            "to": item.last_day.isoformat(),
            "days": item.days,
            "steps": [step_document(step, lang, item.first_day) for step in item.steps],
        }
        for item in timeline.extensions
    ]
    data["chain"] = plain(timeline.chain)
    data["notes"] = [{"id": note.id, "text": say(note, lang)} for note in timeline.notes]
    return data


def spoor_document(spoor: SpoorStatus, lang: Language) -> dict[str, Any]:
    return {
        "status": spoor.status,
        "since": spoor.since.isoformat(),
        "reason": spoor_reason(spoor, lang),
        "provider": spoor.provider,
        "erd_wga_end": spoor.erd_wga_end.isoformat() if spoor.erd_wga_end else None,
    }


def finding_document(finding: Finding, lang: Language, on: date) -> dict[str, Any]:
    """A finding in ``lang``, its basis linked as in force on ``on`` (the as-of date)."""
    from ..law.findings import FINDING_TYPES

    kind = FINDING_TYPES[finding.id]
    message, action = finding_texts(finding, language(lang))
    return {
        "id": finding.id,
        "milestone": finding.milestone,
        "severity": finding.severity,  # a StrEnum is its own JSON text
        "message": message,
        "action": action,
        "act_by": finding.act_by.isoformat() if finding.act_by else None,
        "basis": kind.basis_text,
        "basis_links": basis_links(kind.basis, on),
    }


def _money(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def exposure_document(exposure: Exposure, lang: Language) -> dict[str, Any]:
    return {
        **exposure_figures(exposure),
        "assumptions": [assumption_text(item, lang) for item in exposure.assumptions],
    }


def exposure_figures(exposure: Exposure) -> dict[str, Any]:
    """The exposure's figures, without its assumptions in words."""
    traject = exposure.spoor2_traject_eur
    return {
        "loonsanctie_max_weeks": exposure.loonsanctie_max_weeks,
        "loonsanctie_max_eur": _money(exposure.loonsanctie_max_eur),
        "daily_wage_eur": _money(exposure.daily_wage_eur),
        "pay_percentage_year2": exposure.pay_percentage_year2,
        "fine_max_eur": _money(exposure.fine_max_eur),
        "certain_extension_days": exposure.certain_extension_days,
        "certain_cost_eur": _money(exposure.certain_cost_eur),
        "spoor2_traject_eur": (
            None if traject is None else {"min": _money(traject[0]), "max": _money(traject[1])}
        ),
        "holiday_allowance_included": exposure.holiday_allowance_included,
        "figures_beyond_known": list(exposure.figures_beyond_known),
    }


def minimum_wage_document(floor: MinimumWageFloor) -> dict[str, Any]:
    return {
        "hourly_eur": float(floor.hourly_eur),
        "valid_from": floor.valid_from.isoformat(),
        "beyond_known": floor.beyond_known,
        "hours_per_week": _money(floor.hours_per_week),
        "week_eur": _money(floor.week_eur),
        "pay_week_eur": _money(floor.pay_week_eur),
        "applies": floor.applies,
    }


def pay_document(pay: PayStatus) -> dict[str, Any]:
    return {
        "phase": pay.phase,
        "percentage": pay.percentage,
        "since": pay.since.isoformat() if pay.since else None,
        "next_phase": pay.next_phase,
        "next_change": pay.next_change.isoformat() if pay.next_change else None,
        "minimum_wage": minimum_wage_document(pay.minimum_wage) if pay.minimum_wage else None,
    }


def assessment_document(
    assessment: Assessment,
    lang: Language = "nl",
    *,
    milestones: bool = True,
    findings: bool = True,
) -> dict[str, Any]:
    """The ``sanction-risk`` document; ``milestones=False`` or ``findings=False`` leaves
    those out of it (``[]``), for a caller that encodes them itself. ``lang`` is ``"nl"``
    or ``"en"`` (another value is a ``ValueError``)."""
    lang = language(lang)
    data = timeline_document(assessment.timeline, lang, milestones=milestones)
    data["spoor"] = spoor_document(assessment.spoor, lang)
    data["pay"] = pay_document(assessment.pay)
    as_of = assessment.timeline.as_of
    data["findings"] = (
        [finding_document(finding, lang, as_of) for finding in assessment.findings]
        if findings
        else []
    )
    data["exposure"] = exposure_document(assessment.exposure, lang)
    return data


def plain(value: Any) -> Any:
    """A value as JSON-ready data: named tuples and dataclasses as dicts in field order,
    dates as ISO text, enums as their value, other tuples and lists as lists, mappings
    walked. (``dataclasses.asdict`` deep-copies every value, which is most of the time
    of a batch run.)"""
    kind = type(value)
    if kind in _AS_THEY_ARE:
        return value
    if kind is date:
        return value.isoformat()
    if kind is tuple:
        return [plain(item) for item in value]
    names = _NAMED_TUPLES.get(kind)
    if names is not None:  # a named tuple: its values in field order, leaves kept as they are
        return {
            name: item if type(item) in _AS_THEY_ARE else plain(item)
            for name, item in zip(names, value, strict=True)
        }
    if isinstance(value, tuple) and hasattr(kind, "_fields"):
        _NAMED_TUPLES[kind] = kind._fields
        return plain(value)
    fields = getattr(kind, "__dataclass_fields__", None)
    if fields is not None:
        return {name: plain(getattr(value, name)) for name in fields}
    if isinstance(value, str | int):
        return value  # a StrEnum is a str, and its own JSON text
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    return value


#: The fields of each named tuple ``plain`` has met, by type.
_NAMED_TUPLES: dict[type, tuple[str, ...]] = {}


#: The types ``plain`` gives back unchanged, looked up before any ``isinstance``.
_AS_THEY_ARE = frozenset({str, int, bool, type(None)})


#: The case-level fields of a timeline document, in order.
TIMELINE_FIELDS = (
    "case_id",
    "employee_name",
    "casemanager",
    "as_of",
    "first_sick_day",
    "einde_wachttijd",
    "ingang_wia",
    "einde_loondoorbetaling",
    "einde_loondoorbetaling_grond",
    "einde_104_weken",
    "counted_sick_days",
    "sick_week",
    "records_after_as_of",
)


def receipt_document(receipt: Receipt) -> dict[str, Any]:
    """The ``receipt`` of a judgment (docs/machine-output.md, "Receipt"): the engine's
    version, the digest of the law data it applied, and each dated figure it used."""
    return {
        "engine_version": receipt.engine_version,
        "rules_digest": receipt.rules_digest,
        "parameters_used": [
            {
                "id": used.id,
                "value": _figure_value(used.value),
                "valid_from": used.valid_from.isoformat(),
                "source": used.source,
                "beyond_known": used.beyond_known,
            }
            for used in receipt.parameters_used
        ],
    }


def _figure_value(value: Any) -> Any:
    """A dated figure as JSON: an amount a number, a table (the fines, the AOW age) a
    list."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, tuple):
        return [_figure_value(item) for item in value]
    return value
