"""Texts for people, in Dutch (the default) and English: a text by id with its values
filled in, dates and money as people read them, and the engine's values in words.

Milestone labels live with their rules (``law/milestones.py``), finding texts with the
finding types (``law/findings.py``); the other texts are tables apart
(``texts_case.py``, ``texts_views.py``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from ..language import Language, language
from ..law.milestones import RULES_BY_ID
from ..models import Amount, Term
from .dates import format_date, format_euros
from .texts_case import CASE_TEXTS
from .texts_riv import RIV_TEXTS
from .texts_views import VIEW_TEXTS

if TYPE_CHECKING:
    from ..models import ExtensionStep, Milestone, Timeline, Value
    from ..results import Assumption, Finding, SpoorStatus

#: Every text by id: the case's, then its views'.
_TEXTS: dict[str, dict[str, str]] = {**CASE_TEXTS, **VIEW_TEXTS, **RIV_TEXTS}


def text(key: str, lang: Language, **values: object) -> str:
    """The text ``key`` in ``lang``, with ``values`` filled in."""
    template = _TEXTS[key][lang]
    return template.format(**values) if values else template


def template(key: str, lang: Language) -> str:
    """The text ``key`` in ``lang``, its placeholders not filled in."""
    return _TEXTS[key][lang]


def wage_end_reason(timeline: Timeline) -> str:
    """The text id of why wage payment ends early; after the contract, who carries the
    Ziektewet on: UWV, the employer as eigenrisicodrager, or no one past the AOW age."""
    reason = f"wage_end_{timeline.einde_loondoorbetaling_grond}"
    ids = {milestone.id for milestone in timeline.milestones}
    if "reintegratie_erd_zw" in ids:
        return f"{reason}_erd_zw"
    if "einde_dienstverband_aow" in ids:
        return f"{reason}_aow"
    return reason


def show(value: Value, lang: Language) -> str:
    """A value as people read it in ``lang``."""
    if isinstance(value, date):
        return format_date(value, lang)
    if isinstance(value, Decimal):
        return format_euros(value, lang)
    if isinstance(value, Term):
        return text(f"term_{value}", lang)
    if isinstance(value, Amount):
        return value.replace(".", ",") if lang == "nl" else str(value)
    return str(value)


def render(template: str, values: tuple[tuple[str, Value], ...], lang: Language) -> str:
    """``template`` with ``values`` shown in ``lang``."""
    return template.format(**{key: show(value, lang) for key, value in values})


# --- The engine's values in words ----------------------------------------------------


def milestone_label(milestone: Milestone, lang: Language) -> str:
    """A milestone's label in ``lang``, with its occurrence (``Evaluatie 3``)."""
    return label_of(milestone.id, milestone.occurrence, lang)


def label_of(milestone_id: str, occurrence: int | None, lang: Language) -> str:
    """The label of milestone ``milestone_id`` in ``lang``, with its occurrence."""
    label = RULES_BY_ID[milestone_id].label(language(lang))
    return f"{label} {occurrence}" if occurrence is not None else label


def step_text(step: ExtensionStep, lang: Language) -> str:
    """Why a step of an extension moved the end (or did not), in ``lang``."""
    return render(template(f"step_{step.id}", lang), step.values, lang)


def spoor_reason(spoor: SpoorStatus, lang: Language) -> str:
    return render(text(f"spoor_reason_{spoor.reason_id}", lang), spoor.reason_values, lang)


def finding_message(finding: Finding, lang: Language) -> str:
    """What UWV would find, in ``lang``."""
    return finding_texts(finding, language(lang))[0]


def finding_action(finding: Finding, lang: Language) -> str:
    """What to do about it (and by when), in ``lang``."""
    return finding_texts(finding, language(lang))[1]


def finding_texts(finding: Finding, lang: Language) -> tuple[str, str]:
    """The message and the action of a finding, its values shown once for both."""
    from ..law.findings import FINDING_TYPES  # here: a timeline has no findings

    kind = FINDING_TYPES[finding.id]
    shown = {key: show(value, lang) for key, value in finding.values}
    if finding.act_by:
        shown["act_by"] = show(finding.act_by, lang)
    for key, value in finding.values:
        if isinstance(value, Term):  # a reason in words may name the other values
            shown[key] = shown[key].format(**shown)
    message = (kind.message_nl if lang == "nl" else kind.message_en).format(**shown)
    action = kind.action_template(lang, dated=finding.act_by is not None).format(**shown)
    return message, action


def assumption_text(assumption: Assumption, lang: Language) -> str:
    return render(text(f"assumption_{assumption.id}", lang), assumption.values, lang)
