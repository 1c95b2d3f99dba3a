"""iCalendar text (RFC 5545), written directly: the few properties our events use.

Building ``icalendar`` components was 94% of a batch calendar's time (about ten times
JSON Lines for the same cases). The lines here are what ``icalendar`` writes for the same
events, in its property order, with its TEXT escaping (section 3.3.11) and its folding
at 75 octets (section 3.1, never splitting a backslash escape); ``tests/test_ics.py``
compares the two texts and has the library read every calendar back.
"""

from __future__ import annotations

from datetime import date

PRODUCT_ID = "-//poortwachter//Wet Verbetering Poortwachter//NL"
UID_DOMAIN = "poortwachter"
CALENDAR_HEADER = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:{PRODUCT_ID}\r\nCALSCALE:GREGORIAN\r\n"
CALENDAR_FOOTER = "END:VCALENDAR\r\n"
_FOLD_AT = 75


def escape(text: str) -> str:
    """A TEXT value: backslash, semicolon and comma escaped, every line break ``\\n``.
    (A literal ``\\N`` stays text; icalendar would make it a line break.) A byte-order
    mark at the start is dropped, as icalendar drops it: an invisible character that
    some readers take for the start of a file."""
    return (
        text.removeprefix("\ufeff")
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
        content_line(f"CATEGORIES:{','.join(escape(item) for item in categories)}"),
        content_line(f"DESCRIPTION:{escape(description)}"),
        "TRANSP:TRANSPARENT\r\n",
    ]
    if alarm is not None:
        text, days_before = alarm
        lines += [
            "BEGIN:VALARM\r\nACTION:DISPLAY\r\n",
            content_line(f"DESCRIPTION:{escape(text)}"),
            f"TRIGGER:{_trigger(days_before)}\r\nEND:VALARM\r\n",
        ]
    lines.append("END:VEVENT\r\n")
    return "".join(lines)
