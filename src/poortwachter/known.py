"""The case as known on the as-of date (docs/law.md section 4a): a judgment "as on" a
date uses only what had happened by then.

Records dated after ``as_of`` are left out: events and evaluations, UWV's letters, the
decisions on a loonsanctie and on its repair, a recovery (a sick period that ends after
``as_of`` is still open on ``as_of``) and sick periods that start after it. Leave and
the end of the contract are kept: they are known ahead. A case file often holds planned
dates; they must not make a step look done. Pure: a case in, the case as known and the
number of records left out.
"""

from __future__ import annotations

import operator
from datetime import date
from typing import Any

from .checks import checked, period_problems
from .models import (
    EVENT_DATE_FIELDS,
    EVENT_DATE_LISTS,
    STATED_FIRST_DAYS,
    Case,
    CaseError,
    Events,
    ExtensionsInput,
)
from .sickdays import ChainSplit, SickDayCounter, SickPeriod


def checked_as_known(case: Case, as_of: date) -> tuple[Case, int, ChainSplit, SickDayCounter]:
    """The case as known on ``as_of``, how many records were left out, and its chains and
    sick-day counter; ``CaseError`` for a case that cannot be judged.

    The file's periods must be in order and without overlap whatever the date. Every
    record, also one dated after ``as_of``, is checked, but against the chain as known on
    ``as_of``: an event of an earlier chain is right for a judgment made before the later
    chain began."""
    known, left_out = as_known_on(case, as_of)
    if not left_out or known.sick_periods == case.sick_periods:
        # The same periods: the same chains and counter; what was left out cannot make a
        # valid case invalid, so the case as given is checked.
        problems, split, counter = checked(case)
        if problems or split is None or counter is None:
            raise CaseError(problems)
        return known, left_out, split, counter
    problems = period_problems(case)
    if problems:
        raise CaseError(problems)
    records = case._replace(sick_periods=known.sick_periods)
    problems, _, _ = checked(records)
    if not problems:
        problems, split, counter = checked(known)
        if not problems and split is not None and counter is not None:
            return known, left_out, split, counter
    # The periods known on as_of cannot be judged on their own (a first period of leave
    # days only): judge the periods as given, the rest as known.
    given_problems, split, counter = checked(case)
    if given_problems or split is None or counter is None:
        raise CaseError(problems or given_problems)
    known, left_out = as_known_on(case, as_of, periods=False)
    return known, left_out, split, counter


def as_known_on(case: Case, as_of: date, *, periods: bool = True) -> tuple[Case, int]:
    """``case`` without what happened after ``as_of``, and how many records that was;
    with ``periods=False`` its sick periods as given (for a case whose known periods
    alone cannot be judged, such as a first period of leave days only)."""
    events, from_events = _events(case.events, as_of)
    if periods:
        kept, from_periods = _periods(case, as_of)
    else:
        kept, from_periods = case.sick_periods, 0
    extensions, from_extensions = _extensions(case.extensions, as_of)
    left_out = from_events + from_periods + from_extensions
    if not left_out:
        return case, 0
    known = case._replace(events=events, sick_periods=kept, extensions=extensions)
    return known, left_out


def _events(events: Events | None, as_of: date) -> tuple[Events | None, int]:
    if events is None:
        return None, 0
    changes: dict[str, Any] = {}
    left_out = 0
    for name, day in zip(EVENT_DATE_FIELDS, _DATES(events), strict=True):
        if day is not None and day > as_of:
            changes[name] = None
            left_out += 1
    for name, days in zip(EVENT_DATE_LISTS, _LISTS(events), strict=True):
        if days and max(days) > as_of:
            kept = tuple(day for day in days if day <= as_of)
            changes[name] = kept
            left_out += len(days) - len(kept)
    for stated, report in STATED_FIRST_DAYS.items():
        if report in changes and getattr(events, stated) is not None:
            changes[stated] = None  # what a report not yet made stated is not known either
    return (events._replace(**changes) if changes else events), left_out


#: The event dates and date lists in one call each (a batch judges every case); both
#: name several fields, so each gives a tuple.
_DATES = operator.attrgetter(*EVENT_DATE_FIELDS)
_LISTS = operator.attrgetter(*EVENT_DATE_LISTS)


def _periods(case: Case, as_of: date) -> tuple[tuple[SickPeriod, ...], int]:
    """The sick periods known on ``as_of``: a later period that starts after it is left
    out (the first is kept: before it, the case is judged as not yet sick); a recovery
    after it is not known yet, so that period is still open."""
    periods = case.sick_periods
    kept = [periods[0], *(period for period in periods[1:] if period.start <= as_of)]
    left_out = len(periods) - len(kept)
    last = kept[-1]
    if last.end is not None and last.end > as_of and last.start <= as_of:
        kept[-1] = last._replace(end=None)
        left_out += 1
    return tuple(kept), left_out


def _extensions(extensions: ExtensionsInput, as_of: date) -> tuple[ExtensionsInput, int]:
    """A loonsanctie decided after ``as_of`` is not known yet; nor is a repair reported or
    decided after it. (A vrijwillige verlenging records only its last day, which lies
    ahead by nature: it is kept.)"""
    sanction = extensions.loonsanctie
    if sanction is None:
        return extensions, 0
    if sanction.decided > as_of:
        left_out = 1 + sum(
            1 for day in (sanction.herstel_gemeld, sanction.herstel_decided) if day is not None
        )
        return extensions._replace(loonsanctie=None), left_out
    changes: dict[str, Any] = {}
    if sanction.herstel_gemeld is not None and sanction.herstel_gemeld > as_of:
        changes["herstel_gemeld"] = None
    if sanction.herstel_decided is not None and sanction.herstel_decided > as_of:
        changes["herstel_decided"] = None
    if not changes:
        return extensions, 0
    known = sanction._replace(**changes)
    return extensions._replace(loonsanctie=known), len(changes)
