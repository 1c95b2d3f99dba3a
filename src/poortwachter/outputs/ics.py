"""Calendar export: one all-day event per open milestone, with a reminder.

Written as RFC 5545 text directly (``ical.py``; the ``icalendar`` package reads every
calendar back in the tests). Each event's UID comes from the case id, the milestone id and
its occurrence, so importing a newer file for the same case updates the events in a
calendar instead of adding them twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from urllib.parse import quote

from ..language import Language
from ..law.milestones import RULES_BY_ID, Kind
from ..messages import visible
from ..models import OPEN_STATUSES, Milestone, Timeline
from . import ical
from .dates import format_date
from .wording import milestone_label, text

PRODUCT_ID = ical.PRODUCT_ID
UID_DOMAIN = ical.UID_DOMAIN

#: Milestones still to act on: the calendar holds these, not what is done or lapsed.


def calendar_header() -> str:
    """The opening lines of a calendar, for writing events one case at a time."""
    return ical.CALENDAR_HEADER


def calendar_footer() -> str:
    return ical.CALENDAR_FOOTER


def timeline_calendar(
    timeline: Timeline,
    lang: Language,
    remind_days: int,
    actions: dict[str, list[str]] | None = None,
    *,
    include_info: bool = False,
) -> str:
    """A whole calendar for one case."""
    events = events_text(timeline, lang, remind_days, actions, include_info=include_info)
    return ical.CALENDAR_HEADER + events + ical.CALENDAR_FOOTER


def events_text(
    timeline: Timeline,
    lang: Language,
    remind_days: int,
    actions: dict[str, list[str]] | None = None,
    *,
    include_info: bool = False,
) -> str:
    """Only the events of one case, for a calendar written one case at a time."""
    return "".join(timeline_events(timeline, lang, remind_days, actions, include_info=include_info))


def timeline_events(
    timeline: Timeline,
    lang: Language,
    remind_days: int,
    actions: dict[str, list[str]] | None = None,
    *,
    include_info: bool = False,
) -> Iterable[str]:
    """An all-day event per open milestone; ``actions`` adds what to do, by milestone.
    Information-only milestones (UWV's decision terms, the end of a maximum loonsanctie)
    are not actions: only with ``include_info``."""
    # Text from the case is shown as everywhere (control characters written out): a
    # calendar file may be printed on a terminal, and RFC 5545 TEXT forbids them.
    case = visible(timeline.case_id or format_date(timeline.first_sick_day, lang))
    if timeline.employee_name:
        case = f"{case}, {visible(timeline.employee_name)}"
    for milestone in timeline.milestones:
        if milestone.status not in OPEN_STATUSES:
            continue
        if milestone.kind is Kind.INFO and not include_info:
            continue
        label = milestone_label(milestone, lang)
        yield ical.event(
            uid=event_uid(timeline.case_id, timeline.first_sick_day, milestone),
            stamp=timeline.as_of,
            start=milestone.due,
            summary=f"{label} ({case})",
            description=_description(timeline, milestone, lang, actions or {}),
            categories=("Poortwachter", text(f"kind_{milestone.kind.value}", lang)),
            alarm=(label, remind_days),
        )


def event_uid(case_id: str | None, first_sick_day: date, milestone: Milestone) -> str:
    """Stable across runs and as-of dates: case, milestone and occurrence."""
    case = quote(case_id, safe="") if case_id else f"eerste-ziektedag-{first_sick_day}"
    occurrence = f"-{milestone.occurrence}" if milestone.occurrence is not None else ""
    return f"{case}.{milestone.id}{occurrence}@{UID_DOMAIN}"


def _description(
    timeline: Timeline, milestone: Milestone, lang: Language, actions: dict[str, list[str]]
) -> str:
    rule = RULES_BY_ID[milestone.id]
    lines = [
        milestone_label(milestone, lang),
        f"{text('col_due', lang)}: {format_date(milestone.due, lang)}"
        f" ({text(f'kind_{milestone.kind.value}', lang)})",
    ]
    if milestone.practice_date:
        lines.append(text("practice_date", lang, date=format_date(milestone.practice_date, lang)))
        lines.append(text("footer_practice", lang))
    until = milestone.on_time_until
    if until and until != milestone.practice_date:
        lines.append(text("on_time_until", lang, date=format_date(until, lang)))
    lines.extend(actions.get(milestone.id, []))
    lines.append(f"{text('col_basis', lang)}: {rule.basis_text}")
    lines.append(f"{text('case', lang)}: {timeline.case_id or '-'}")
    return "\n".join(visible(line) for line in lines)
