"""Calendar export: one all-day event per open milestone, with a reminder.

Written with the maintained ``icalendar`` package (RFC 5545). Each event's UID comes from
the case id, the milestone id and its occurrence, so importing a newer file for the same
case updates the events in a calendar instead of adding them twice. Imported only for
``--format ics``: the package takes about 0.1 s to load.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import quote

from icalendar import Alarm, Calendar, Event

from .dates import format_date
from .i18n import text
from .language import Language
from .models import Milestone, Status, Timeline
from .rules import RULES_BY_ID, Kind

PRODUCT_ID = "-//poortwachter//Wet Verbetering Poortwachter//NL"
UID_DOMAIN = "poortwachter"

#: Milestones still to act on: the calendar holds these, not what is done or lapsed.
OPEN_STATUSES = frozenset({Status.OVERDUE, Status.DUE_SOON, Status.UPCOMING})


_FOOTER = "END:VCALENDAR\r\n"


def calendar_header() -> str:
    """The opening lines of a calendar, for writing events one case at a time."""
    return _ical_text(_calendar()).removesuffix(_FOOTER)


def calendar_footer() -> str:
    return _FOOTER


def timeline_calendar(
    timeline: Timeline,
    lang: Language,
    remind_days: int,
    actions: dict[str, list[str]] | None = None,
    *,
    include_info: bool = False,
) -> str:
    """A whole calendar for one case."""
    calendar = _calendar()
    for event in timeline_events(timeline, lang, remind_days, actions, include_info=include_info):
        calendar.add_component(event)
    return _ical_text(calendar)


def events_text(
    timeline: Timeline,
    lang: Language,
    remind_days: int,
    actions: dict[str, list[str]] | None = None,
    *,
    include_info: bool = False,
) -> str:
    """Only the events of one case, for a calendar written one case at a time."""
    events = timeline_events(timeline, lang, remind_days, actions, include_info=include_info)
    return "".join(_ical_text(event) for event in events)


def _ical_text(component: Calendar | Event) -> str:
    data: bytes = component.to_ical()
    return data.decode("utf-8")


def timeline_events(
    timeline: Timeline,
    lang: Language,
    remind_days: int,
    actions: dict[str, list[str]] | None = None,
    *,
    include_info: bool = False,
) -> Iterable[Event]:
    """An all-day event per open milestone; ``actions`` adds what to do, by milestone.
    Information-only milestones (UWV's decision terms, the end of a maximum loonsanctie)
    are not actions: only with ``include_info``."""
    stamp = datetime.combine(timeline.as_of, time(0, 0), tzinfo=UTC)
    for milestone in timeline.milestones:
        if milestone.status not in OPEN_STATUSES:
            continue
        if milestone.kind is Kind.INFO and not include_info:
            continue
        yield _event(timeline, milestone, lang, remind_days, stamp, actions or {})


def event_uid(case_id: str | None, first_sick_day: date, milestone: Milestone) -> str:
    """Stable across runs and as-of dates: case, milestone and occurrence."""
    case = quote(case_id, safe="") if case_id else f"eerste-ziektedag-{first_sick_day}"
    occurrence = f"-{milestone.occurrence}" if milestone.occurrence is not None else ""
    return f"{case}.{milestone.id}{occurrence}@{UID_DOMAIN}"


def _calendar() -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    return calendar


def _event(
    timeline: Timeline,
    milestone: Milestone,
    lang: Language,
    remind_days: int,
    stamp: datetime,
    actions: dict[str, list[str]],
) -> Event:
    label = milestone.label(lang)
    case = timeline.case_id or format_date(timeline.first_sick_day, lang)
    if timeline.employee_name:
        case = f"{case}, {timeline.employee_name}"
    event = Event()
    event.add("uid", event_uid(timeline.case_id, timeline.first_sick_day, milestone))
    event.add("dtstamp", stamp)
    event.add("dtstart", milestone.due)
    event.add("dtend", milestone.due + timedelta(days=1))
    event.add("summary", f"{label} ({case})")
    event.add("description", _description(timeline, milestone, lang, actions))
    event.add("categories", ["Poortwachter", milestone.kind.value])
    event.add("transp", "TRANSPARENT")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", label)
    alarm.add("trigger", timedelta(days=-remind_days))
    event.add_component(alarm)
    return event


def _description(
    timeline: Timeline, milestone: Milestone, lang: Language, actions: dict[str, list[str]]
) -> str:
    rule = RULES_BY_ID[milestone.id]
    lines = [
        milestone.label(lang),
        f"{text('col_due', lang)}: {format_date(milestone.due, lang)}"
        f" ({text(f'kind_{milestone.kind.value}', lang)})",
    ]
    if milestone.practice_date:
        lines.append(text("practice_date", lang, date=format_date(milestone.practice_date, lang)))
        lines.append(text("footer_practice", lang))
    lines.extend(actions.get(milestone.id, []))
    lines.append(f"{text('col_basis', lang)}: {rule.basis_text}")
    lines.append(f"{text('case', lang)}: {timeline.case_id or '-'}")
    return "\n".join(lines)
