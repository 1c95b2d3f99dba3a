"""A draft re-integratieverslag to finish (``poortwachter riv``): the sections of the
RIV, pre-filled with what the case knows, each part present, taken from the file, or
marked missing with what it must hold (docs/law.md section 7a). This module builds the
data (the JSON document of ``riv --format json``); ``riv_render.py`` writes it as HTML or
Word.

The sections follow what the RIV holds by the Regeling procesgang art. 6 lid 1 (a to e:
the data of employee, employer and sickness; f to l: the parts) in the order of UWV's
Werkwijzer Poortwachter (§3.2); UWV's own form was not available to copy its headings.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..language import Language
from ..law.riv import RIV_PARTS, RivPartRule
from ..law.sources import basis_short
from ..models import SCHEMA_VERSION, Case, Events
from ..results import Assessment
from ..riv import latest_evaluation
from .documents import finding_document, plain, receipt_document, spoor_document
from .wording import milestone_label

#: How a part stands: given with its date, not applicable with a reason, found in the
#: case's events (to be put in), missing, or (the plan's adjustments) none recorded.
PART_STATUSES = ("aanwezig", "nvt", "uit_dossier", "ontbreekt", "geen")

#: What the RIV holds that a case file does not say (Regeling art. 6 lid 1 sub b, c, d):
#: to be filled in by the casemanager.
TO_FILL = ("aard_bedrijf", "functie", "bekwaamheden")


def riv_document(
    case: Case, assessment: Assessment, lang: Language, receipt: Any = None
) -> dict[str, Any]:
    """The draft RIV as JSON-ready data, texts in ``lang``."""
    timeline = assessment.timeline
    as_of = timeline.as_of
    events = case.events or Events()
    employee, employer = case.employee, case.employer
    document: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "case_id": case.case_id,
        "as_of": as_of.isoformat(),
        "employee": {
            "name": employee.name,
            "date_of_birth": _iso(employee.date_of_birth),
            "contract_end": _iso(employee.contract_end),
            "hours_per_week": float(employee.hours_per_week) if employee.hours_per_week else None,
        },
        "employer": {
            "name": employer.name,
            "wga_eigenrisicodrager": employer.wga_eigenrisicodrager,
            "zw_eigenrisicodrager": employer.zw_eigenrisicodrager,
        },
        "casemanager": events.casemanager,
        "first_sick_day": timeline.first_sick_day.isoformat(),
        "sick_week": timeline.sick_week,
        "einde_104_weken": timeline.einde_104_weken.isoformat(),
        "einde_wachttijd": timeline.einde_wachttijd.isoformat(),
        "ingang_wia": _iso(timeline.ingang_wia),
        "chain": _chain(timeline),
        "milestones": [
            {
                "id": milestone.id,
                "label": milestone_label(milestone, lang),
                "due": milestone.due.isoformat(),
                "status": milestone.status,
                "done_on": _iso(milestone.done_on),
            }
            for milestone in timeline.milestones
        ],
        "spoor": spoor_document(assessment.spoor, lang),
        "spoor_history": _spoor_history(events, as_of),
        "extensions": [
            {
                "kind": item.kind,
                "from": item.first_day.isoformat(),
                "to": item.last_day.isoformat(),
                "days": item.days,
            }
            for item in timeline.extensions
        ],
        "to_fill": list(TO_FILL),
        "parts": [_part(rule, case, events, assessment, lang) for rule in RIV_PARTS],
        "contents_given": case.riv_inhoud is not None,
    }
    if receipt is not None:
        document["receipt"] = receipt_document(receipt)
    return document


def _chain(timeline: Any) -> dict[str, Any]:
    """The chain without the causes of its periods: the RIV holds no diagnosis (the
    medical information goes from the bedrijfsarts to UWV's verzekeringsarts alone)."""
    chain: dict[str, Any] = plain(timeline.chain)
    for period in chain["periods"]:
        period["cause"] = None
    gaps = [*chain["gaps"], *(earlier["separated_by"] for earlier in chain["earlier_chains"])]
    for gap in gaps:
        gap["cause_before"] = gap["cause_after"] = None
    return chain


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _spoor_history(events: Events, as_of: date) -> list[dict[str, Any]]:
    """The steps of the spoor, as recorded: when spoor 1 was found without prospect, the
    first-year evaluation, when spoor 2 started and with whom."""
    steps = (
        ("spoor1_no_prospect", events.spoor1_no_prospect),
        ("eerstejaarsevaluatie", events.eerstejaarsevaluatie),
        ("spoor2_start", events.spoor2_start),
    )
    history = [
        {"id": name, "on": day.isoformat(), "provider": None}
        for name, day in sorted(
            ((name, day) for name, day in steps if day is not None and day <= as_of),
            key=lambda step: step[1],
        )
    ]
    for step in history:
        if step["id"] == "spoor2_start":
            step["provider"] = events.spoor2_provider
    return history


def _part(
    rule: RivPartRule, case: Case, events: Events, assessment: Assessment, lang: Language
) -> dict[str, Any]:
    """One part: where it stands, its date (and where that came from), what it must
    hold, its basis, and the findings about it."""
    as_of = assessment.timeline.as_of
    status, on, reason, dates = "ontbreekt", None, None, []
    contents = case.riv_inhoud
    if rule.id == "bijstellingen":
        dates = [day.isoformat() for day in (contents.bijstellingen if contents else ())]
        status = "aanwezig" if dates else "geen"
    elif contents is not None and not contents.part(rule.id).missing:
        part = contents.part(rule.id)
        if part.on is None:
            status, reason = "nvt", part.not_applicable
        else:
            status, on = "aanwezig", part.on
    else:
        recorded = _from_events(rule, events, as_of)
        if recorded is not None and contents is None:
            status, on = "uit_dossier", recorded
    return {
        "id": rule.id,
        "label": rule.label(lang),
        "status": status,
        "on": _iso(on),
        "dates": dates,
        "reason": reason,
        "holds": rule.holds_nl if lang == "nl" else rule.holds_en,
        "basis": basis_short(rule.basis),
        "findings": [
            finding_document(finding, lang, as_of)
            for finding in assessment.findings
            if finding.id.startswith(f"riv_{rule.id}_")
        ],
    }


def _from_events(rule: RivPartRule, events: Events, as_of: date) -> date | None:
    """The date the case's events give a part's document, when they do: the
    eindevaluatie is the latest evaluation up to the RIV (or the as-of date)."""
    if rule.id == "eindevaluatie":
        riv_on = events.reintegratieverslag
        return latest_evaluation(events, riv_on if riv_on and riv_on <= as_of else as_of)
    day = getattr(events, rule.event) if rule.event else None
    return day if isinstance(day, date) and day <= as_of else None
