"""Calendars (RFC 5545): the one writer of every command's calendar (``timeline``,
``sanction-risk``, ``batch`` and ``agenda`` with ``--format ics``).

Every event is an ``Entry`` (a step or a finding of one case, in words) written by
``entry_event``, so that every calendar says the same thing the same way:

- **One treatment of what is overdue**: a step (or a finding's date) that has passed is
  put on the as-of date, its summary starting ``TE LAAT:``, its description saying the
  date it was due and how many days late it is. A calendar shows today and the days
  ahead; an event on its own past date is never seen (docs/cli.md, "Calendars").
- **Stable UIDs**: case, step and occurrence (``E-1.evaluatie-3@poortwachter``), the
  same in every command, so importing a newer file moves and updates the events of the
  last one instead of adding them twice; the ``SEQUENCE`` counts the days of the as-of
  date, so a calendar takes the newer file's version.
- **Categories in the output language**: ``Poortwachter`` and the step's status
  (``te laat``, ``binnenkort``, ``gepland``, ``bevinding``, ``info``).

The text is written directly, not built with ``icalendar`` (building its components was
94% of a batch calendar's time): what ``icalendar`` writes for the same events, in its
property order, with its TEXT escaping (section 3.3.11) and its folding at 75 octets
(section 3.1, never splitting a backslash escape). ``tests/outputs/test_ics.py`` compares
the two texts and has the library read every calendar back.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

from ..agenda import RECURRING
from ..language import Language
from ..law.milestones import RULES_BY_ID, Kind
from ..messages import visible
from ..models import OPEN_STATUSES, Milestone, Status, Timeline
from .dates import format_date
from .wording import milestone_label, text

PRODUCT_ID = "-//poortwachter//Wet Verbetering Poortwachter//NL"
UID_DOMAIN = "poortwachter"
CALENDAR_HEADER = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:{PRODUCT_ID}\r\nCALSCALE:GREGORIAN\r\n"
CALENDAR_FOOTER = "END:VCALENDAR\r\n"
_FOLD_AT = 75
#: ``SEQUENCE`` counts days from here: a file made on a later as-of date is newer.
_SEQUENCE_FROM = date(2000, 1, 1)


# --- One event, in words ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Entry:
    """One event of a calendar: a step or a finding of one case, in words."""

    key: str
    """The UID before ``@``: the case and the step (``case_key`` + ``.`` + step)."""
    label: str
    """The step's label (with how many earlier ones were missed), or the finding."""
    who: str
    """The case: its id and the employee's name (``E-1, J. de Vries``), or ``""``."""
    date: date
    """The date to act by; for a step that is late, the date it was due."""
    category: str
    """The text id of its category: ``category_overdue``, ``category_upcoming``, ..."""
    kind: Kind | None = None
    """The step's kind (statute, regeling, practice, info); ``None`` for a finding."""
    lines: tuple[str, ...] = ()
    """What to do, what it risks, notes on the date: each a line of the description."""
    basis: str = ""
    """The legal basis, in short."""


def case_key(case_id: str | None, fallback: str) -> str:
    """The case's part of a UID: its id, percent-encoded (any character is safe), or
    ``fallback`` for a case without one."""
    return quote(case_id, safe="") if case_id else fallback


def step_key(case: str, milestone_id: str, occurrence: int | None) -> str:
    """Stable across runs, as-of dates and commands: case, milestone and occurrence."""
    return f"{case}.{milestone_id}" + (f"-{occurrence}" if occurrence is not None else "")


def entry_event(entry: Entry, as_of: date, lang: Language, remind_days: int) -> str:
    """The event of ``entry`` in a calendar made on ``as_of``. Overdue: on ``as_of``,
    ``TE LAAT:``, no reminder (it is on today already). Still to come: on its date, with
    a reminder ``remind_days`` before."""
    overdue = entry.date < as_of
    summary = f"{entry.label} ({entry.who})" if entry.who else entry.label
    day = format_date(entry.date, lang)
    if overdue:
        summary = text("calendar_overdue", lang, summary=summary)
        days = (as_of - entry.date).days
        late = (
            text("agenda_days_late", lang, days=days)
            if days > 1
            else text("agenda_one_day_late", lang)
        )
        due = text("calendar_due_late", lang, date=day, late=late, as_of=format_date(as_of, lang))
    else:
        due = text("calendar_due", lang, date=day)
    lines = [entry.label, due]
    if entry.kind is not None:
        lines.append(text("calendar_kind", lang, kind=text(f"kind_{entry.kind.value}", lang)))
    lines += entry.lines
    if entry.basis:
        lines.append(text("calendar_basis", lang, basis=entry.basis))
    if entry.who:
        lines.append(text("calendar_case", lang, case=entry.who))
    # Text from a case is shown as everywhere (control characters written out): a
    # calendar file may be printed on a terminal, and RFC 5545 TEXT forbids them.
    return event(
        uid=f"{entry.key}@{UID_DOMAIN}",
        stamp=as_of,
        start=max(entry.date, as_of),
        summary=visible(summary),
        description="\n".join(visible(line) for line in lines),
        categories=("Poortwachter", text(entry.category, lang)),
        alarm=None if overdue else (visible(entry.label), remind_days),
        sequence=max(0, (as_of - _SEQUENCE_FROM).days),
    )


def calendar(events: Iterable[str]) -> str:
    """A whole calendar of ``events``."""
    return CALENDAR_HEADER + "".join(events) + CALENDAR_FOOTER


# --- A case's timeline --------------------------------------------------------------


def timeline_calendar(
    timeline: Timeline,
    lang: Language,
    remind_days: int,
    actions: dict[str, list[str]] | None = None,
    *,
    include_info: bool = False,
) -> str:
    """A whole calendar for one case."""
    return calendar(
        timeline_events(timeline, lang, remind_days, actions, include_info=include_info)
    )


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
) -> Iterator[str]:
    for entry in timeline_entries(timeline, lang, actions or {}, include_info=include_info):
        yield entry_event(entry, timeline.as_of, lang, remind_days)


def timeline_entries(
    timeline: Timeline,
    lang: Language,
    actions: dict[str, list[str]],
    *,
    include_info: bool = False,
) -> Iterator[Entry]:
    """An entry per open milestone; ``actions`` adds what to do, by milestone. The
    missed occurrences of a recurring step (the evaluations) are one entry, the latest,
    as in the agenda. Information-only milestones (UWV's decision terms, the end of a
    maximum loonsanctie) are not actions: only with ``include_info``."""
    who = visible(timeline.case_id or format_date(timeline.first_sick_day, lang))
    if timeline.employee_name:
        who = f"{who}, {visible(timeline.employee_name)}"
    case = case_key(timeline.case_id, f"eerste-ziektedag-{timeline.first_sick_day}")
    open_steps = [
        milestone
        for milestone in timeline.milestones
        if milestone.status in OPEN_STATUSES and (milestone.kind is not Kind.INFO or include_info)
    ]
    missed = _missed_before(open_steps)
    for milestone in open_steps:
        if missed.get(milestone) == -1:
            continue  # an earlier missed occurrence: told with the latest one
        yield _milestone_entry(milestone, case, who, lang, actions, missed.get(milestone, 0))


def _missed_before(steps: list[Milestone]) -> dict[Milestone, int]:
    """For each recurring step, its latest overdue occurrence and how many overdue ones
    came before it; those earlier ones map to -1."""
    result: dict[Milestone, int] = {}
    latest: dict[str, Milestone] = {}
    for milestone in steps:
        if milestone.id in RECURRING and milestone.status is Status.OVERDUE:
            before = latest.get(milestone.id)
            if before is not None:
                result[milestone] = result[before] + 1
                result[before] = -1
            else:
                result[milestone] = 0
            latest[milestone.id] = milestone
    return result


def _milestone_entry(
    milestone: Milestone,
    case: str,
    who: str,
    lang: Language,
    actions: dict[str, list[str]],
    missed_before: int,
) -> Entry:
    rule = RULES_BY_ID[milestone.id]
    label = milestone_label(milestone, lang)
    if missed_before:
        label += " " + text("agenda_missed_before", lang, count=missed_before)
    # A step still to come is on the date to act by (UWV's practice date, the day after
    # a term "within"); a late one on its legal date, from which the days late count.
    late = milestone.status is Status.OVERDUE
    day = milestone.due if late else (milestone.on_time_until or milestone.due)
    lines = []
    if day != milestone.due:
        lines.append(text("calendar_legal_date", lang, date=format_date(milestone.due, lang)))
    if milestone.practice_date:
        lines.append(text("footer_practice", lang))
    lines += actions.get(milestone.id, [])
    category = "category_info" if milestone.kind is Kind.INFO else f"category_{milestone.status}"
    return Entry(
        key=step_key(case, milestone.id, milestone.occurrence),
        label=label,
        who=who,
        date=day,
        category=category,
        kind=milestone.kind,
        lines=tuple(lines),
        basis=rule.basis_short,
    )


# --- RFC 5545 text ------------------------------------------------------------------


def escape(value: str) -> str:
    """A TEXT value: backslash, semicolon and comma escaped, every line break ``\\n``.
    (A literal ``\\N`` stays text; icalendar would make it a line break.) A byte-order
    mark at the start is dropped, as icalendar drops it: an invisible character that
    some readers take for the start of a file."""
    return (
        value.removeprefix("\ufeff")
        .replace("\\", "\\\\")
        .replace(";", r"\;")
        .replace(",", r"\,")
        .replace("\r\n", r"\n")
        .replace("\n", r"\n")
        .replace("\r", r"\n")
    )


def content_line(line: str) -> str:
    """One content line, folded: a line of 75 octets or more continues on the next line
    after CRLF and a space; a backslash escape is never split."""
    if len(line) < _FOLD_AT and line.isascii():
        return line + "\r\n"
    parts: list[str] = []
    current: list[str] = []
    size = 0
    for character in line:
        width = len(character.encode("utf-8"))
        if current and size + width >= _FOLD_AT:
            if len(current) > 1 and current[-1] in "\\^":
                carried = current.pop()
                parts.append("".join(current))
                current, size = [carried], len(carried.encode("utf-8"))
            else:
                parts.append("".join(current))
                current, size = [], 0
        current.append(character)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts) + "\r\n"


def _day(value: date) -> str:
    return f"{value.year:04d}{value.month:02d}{value.day:02d}"


def _trigger(days_before: int) -> str:
    return f"-P{days_before}D" if days_before else "P0D"


def event(
    *,
    uid: str,
    stamp: date,
    start: date,
    summary: str,
    description: str,
    categories: tuple[str, ...],
    alarm: tuple[str, int] | None,
    sequence: int = 0,
) -> str:
    """An all-day VEVENT on ``start``, stamped at 00:00 UTC on ``stamp``; ``alarm`` is
    the reminder's text and how many days before."""
    end = date.fromordinal(start.toordinal() + 1)
    lines = [
        "BEGIN:VEVENT\r\n",
        content_line(f"SUMMARY:{escape(summary)}"),
        f"DTSTART;VALUE=DATE:{_day(start)}\r\n",
        f"DTEND;VALUE=DATE:{_day(end)}\r\n",
        f"DTSTAMP:{_day(stamp)}T000000Z\r\n",
        content_line(f"UID:{escape(uid)}"),
        f"SEQUENCE:{sequence}\r\n",
        content_line(f"CATEGORIES:{','.join(escape(item) for item in categories)}"),
        content_line(f"DESCRIPTION:{escape(description)}"),
        "TRANSP:TRANSPARENT\r\n",
    ]
    if alarm is not None:
        reminder, days_before = alarm
        lines += [
            "BEGIN:VALARM\r\nACTION:DISPLAY\r\n",
            content_line(f"DESCRIPTION:{escape(reminder)}"),
            f"TRIGGER:{_trigger(days_before)}\r\nEND:VALARM\r\n",
        ]
    lines.append("END:VEVENT\r\n")
    return "".join(lines)
