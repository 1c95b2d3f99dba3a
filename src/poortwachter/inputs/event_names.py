"""The names of the events a case file records, as people and the tool itself write them.

``case record`` takes an event by its key (``plan_van_aanpak``) or by any name the tool
prints for it: the milestone labels of its tables in Dutch and English (``Plan van
aanpak, met casemanager``, ``42e-weeksmelding aan UWV``, ``WIA application``, a numbered
``Evaluatie plan van aanpak 3``) and the short names its messages and people use
(``42e-weeksmelding``, ``re-integratieverslag``, ``pva``). Names are compared without
regard to case, spaces, hyphens, underscores and punctuation (docs/cli.md).
"""

from __future__ import annotations

import re
from functools import cache

from ..messages import message
from ..models import EVENT_DATE_FIELDS, EVENT_DATE_LISTS
from .yaml_text import EditError

#: The events that hold text, not a date.
EVENT_TEXT_FIELDS = ("casemanager", "spoor2_provider")
#: Every event a case file can record (docs/case-files.md ``events``).
EVENTS = (*EVENT_DATE_FIELDS, *EVENT_DATE_LISTS, *EVENT_TEXT_FIELDS)

#: Short names for an event, besides its key and the labels of the milestone it records.
EVENT_ALIASES = {
    "evaluatie": "evaluaties",
    "evaluation": "evaluaties",
    "evaluations": "evaluaties",
    "deskundigenoordelen": "deskundigenoordeel",
    "42e weeksmelding": "ziekmelding_uwv",
    "42e weeks melding": "ziekmelding_uwv",
    "42nd week report": "ziekmelding_uwv",
    "ziekmelding": "arbodienst_melding",
    "ziekmelding arbodienst": "arbodienst_melding",
    "pva": "plan_van_aanpak",
    "action plan": "plan_van_aanpak",
    "problem analysis": "probleemanalyse",
    "first year evaluation": "eerstejaarsevaluatie",
    "wia application": "wia_aanvraag",
    "reintegration report": "reintegratieverslag",
}

_SEPARATORS = re.compile(r"[\s\-_.,;:/'\u2019()]+")
_NUMBERED = re.compile(r"\s+\d+\s*$")


def _folded(name: str) -> str:
    """``name`` as names are compared: lower case, without separators or punctuation,
    and without the number of a numbered step (``Evaluatie plan van aanpak 3``)."""
    return _SEPARATORS.sub("", _NUMBERED.sub("", name).casefold())


@cache
def event_names() -> dict[str, str]:
    """Every name an event is known by, folded, with its key. A milestone label counts
    when the milestone is recorded by one event of the case file; a name that would
    stand for two events stands for neither."""
    from ..law.milestones import RULES, Every

    names: dict[str, str] = {}
    ambiguous: set[str] = set()

    def add(name: str, key: str) -> None:
        folded = _folded(name)
        if names.get(folded, key) != key:
            ambiguous.add(folded)
        names[folded] = key

    for rule in RULES:
        recorded = (rule.due.recorded_as,) if isinstance(rule.due, Every) else rule.events
        if len(recorded) == 1 and recorded[0] in EVENTS:
            add(rule.label_nl, recorded[0])
            add(rule.label_en, recorded[0])
    for alias, key in EVENT_ALIASES.items():
        add(alias, key)
    for key in EVENTS:  # a key is always itself
        ambiguous.discard(_folded(key))
        names[_folded(key)] = key
    return {name: key for name, key in names.items() if name not in ambiguous}


def event_name(name: str) -> str:
    """The event key for ``name`` (its key or any name of the tool's, see above); an
    unknown name lists the valid keys, with the closest."""
    import difflib

    known = event_names()
    folded = _folded(name)
    if folded in known:
        return known[folded]
    close = difflib.get_close_matches(folded, list(known), n=1, cutoff=0.75)
    hint = message("did_you_mean", name=f"'{known[close[0]]}'") if close else ""
    said = message("unknown_event", name=f"'{name}'", suggestion=hint, valid=", ".join(EVENTS))
    raise EditError(said)
