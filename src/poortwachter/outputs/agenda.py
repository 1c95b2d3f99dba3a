"""``poortwachter agenda``: the actions of many cases, grouped, as a table for people, a
Markdown digest for an e-mail, a calendar, or JSON, CSV and a workbook for scripts.

The cases are judged by the batch machinery (``batch.run`` with ``agenda_within``); this
module only orders, groups and writes what comes back.
"""

import itertools
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import IO, Any, NamedTuple

from ..agenda import AgendaCase, AgendaItem, Section, sort_key
from ..language import Language
from ..messages import Message, visible
from .dates import format_date
from .messages import say
from .wording import finding_action, finding_message, label_of, text

SCHEMA_VERSION = 1

#: Columns of ``--format csv`` and ``xlsx``, and the fields of each JSON item.
AGENDA_FIELDS = (
    "group",
    "section",
    "case_id",
    "employee_name",
    "casemanager",
    "employer_name",
    "milestone",
    "occurrence",
    "label",
    "date",
    "days_late",
    "status",
    "action",
    "risk",
    "severity",
    "basis",
    "finding",
    "row",
    "source",
)
#: Columns of an error row (CSV: the agenda columns with ``section`` ``error``).
ERROR_FIELDS = ("row", "source", "case_id", "error")

#: What groups the agenda: the case's field, and the name of an empty group.
GROUP_FIELDS = {
    "casemanager": ("casemanager", "agenda_no_casemanager"),
    "employer": ("employer_name", "agenda_no_employer"),
    "case": ("case_id", "agenda_no_case_id"),
}


#: One item with its case.
Pair = tuple[AgendaCase, AgendaItem]


@dataclass
class AgendaRun:
    """Everything a run found: the cases (with or without actions) and the rows that
    could not be read."""

    as_of: date
    within: int
    lang: Language
    group_by: str
    include_closed: bool = False
    """List the steps of closed cases too (``--include-closed``)."""
    cases: list[AgendaCase] = field(default_factory=list)
    errors: list[tuple[int, str | None, str | None, Message]] = field(default_factory=list)
    """The rows that could not be read: row, source, case id, and what was wrong (in
    the agenda's language for people, in English for scripts)."""

    @property
    def last(self) -> date:
        return self.as_of + timedelta(days=self.within)

    def actions(self, case: AgendaCase) -> list[AgendaItem]:
        if case.closed and not self.include_closed:
            return []  # its unrecorded steps are history: nothing left to do
        return [item for item in case.items if item.section is not Section.INFO]

    @property
    def closed(self) -> int:
        return sum(1 for case in self.cases if case.closed)

    @property
    def records_after_as_of(self) -> tuple[int, int]:
        """Records dated after the as-of date left out, and in how many cases."""
        counts = [case.records_after_as_of for case in self.cases if case.records_after_as_of]
        return sum(counts), len(counts)

    @property
    def without_events(self) -> int:
        """The cases whose input records no events (judged like ``--first-sick``)."""
        return sum(1 for case in self.cases if not case.records_events)

    @property
    def with_actions(self) -> int:
        return sum(1 for case in self.cases if self.actions(case))

    def group_name(self, case: AgendaCase) -> str | None:
        return getattr(case, GROUP_FIELDS[self.group_by][0])  # type: ignore[no-any-return]

    def groups(self, *, info: bool = False) -> list[tuple[str, list[Pair]]]:
        """The groups in order of name (the unnamed group last), each with its items in
        agenda order: overdue (oldest first), due (soonest first), findings."""
        grouped: dict[str | None, list[Pair]] = {}
        for case in self.cases:
            if case.closed and not self.include_closed:
                continue  # history: no action, not in a calendar either
            items = case.items if info else self.actions(case)
            if items:
                grouped.setdefault(self.group_name(case), []).extend((case, item) for item in items)
        empty = text(GROUP_FIELDS[self.group_by][1], self.lang)
        ordered = sorted(grouped, key=lambda name: (name is None, (name or "").casefold()))
        return [
            (
                name if name is not None else empty,
                sorted(
                    grouped[name],
                    key=lambda pair: (*sort_key(pair[1]), pair[0].case_id or "", pair[0].row),
                ),
            )
            for name in ordered
        ]


class ItemWords(NamedTuple):
    """An agenda item in words: the step, what to do, and what it risks."""

    label: str
    action: str
    risk: str | None


def words(item: AgendaItem, lang: Language) -> ItemWords:
    """The texts of ``item`` in ``lang``: a finding's own message and action; a step's
    label (with how many earlier ones were missed), its findings' actions and the most
    severe one's message, or else what a step of its section and kind asks."""
    if item.section is Section.FINDING:
        finding = item.findings[0]
        return ItemWords(finding_message(finding, lang), finding_action(finding, lang), None)
    assert item.milestone is not None  # a step's item names its milestone
    label = label_of(item.milestone, item.occurrence, lang)
    if item.missed_before:
        label += " " + text("agenda_missed_before", lang, count=item.missed_before)
    if item.findings:
        actions = dict.fromkeys(finding_action(finding, lang) for finding in item.findings)
        return ItemWords(label, " ".join(actions), finding_message(item.findings[0], lang))
    if item.section is Section.OVERDUE and item.kind is not None:
        risk = text(f"agenda_risk_{item.kind.value}", lang)
        return ItemWords(label, text("agenda_do_now", lang), risk)
    if item.section is Section.DUE:
        return ItemWords(label, text("agenda_plan", lang), None)
    return ItemWords(label, "", None)


def when(item: AgendaItem, lang: Language) -> str:
    """``12 dagen te laat``, ``vandaag``, ``over 3 dagen``."""
    if item.days > 1:
        return text("agenda_days_late", lang, days=item.days)
    if item.days == 1:
        return text("agenda_one_day_late", lang)
    if item.days == 0:
        return text("agenda_today", lang)
    if item.days == -1:
        return text("agenda_in_one_day", lang)
    return text("agenda_in_days", lang, days=-item.days)


def _section_title(section: Section, run: AgendaRun) -> str:
    return text(f"agenda_section_{section.value}", run.lang, days=run.within)


def _title(run: AgendaRun) -> str:
    lang = run.lang
    return text(
        "agenda_title", lang, date=format_date(run.as_of, lang), last=format_date(run.last, lang)
    )


def _counts(run: AgendaRun) -> list[str]:
    """How many cases, with and without actions; how many of them are closed; and what
    was left out as dated after the as-of date."""
    total = len(run.cases)
    lines = [
        text(
            "agenda_counts_one" if total == 1 else "agenda_counts",
            run.lang,
            cases=total,
            with_actions=run.with_actions,
            without=total - run.with_actions,
        )
    ]
    if run.closed and not run.include_closed:
        lines.append(text("agenda_counts_closed", run.lang, closed=run.closed))
    if run.without_events:
        lines.append(text("agenda_no_events", run.lang, cases=run.without_events))
    records, cases = run.records_after_as_of
    if records:
        lines.append(text("agenda_records_after_as_of", run.lang, count=records, cases=cases))
    return lines


def _who(case: AgendaCase) -> str:
    return " ".join(part for part in (case.case_id, case.employee_name) if part)


# --- For people: a table, a Markdown digest ------------------------------------------


def print_table(run: AgendaRun, console: Any) -> None:
    """A table per group, a section at a time, then the counts and the unread rows."""
    from rich.table import Table

    from .tables import safe

    lang = run.lang
    console.print(f"[bold]{safe(_title(run))}[/bold]")
    groups = run.groups()
    if not groups:
        console.print(text("agenda_nothing", lang, days=run.within))
    for name, pairs in groups:
        console.print()
        console.print(f"[bold underline]{safe(name)}[/bold underline]")
        for section in (Section.OVERDUE, Section.DUE, Section.FINDING):
            rows = [pair for pair in pairs if pair[1].section is section]
            if not rows:
                continue
            console.print()  # one blank line before every section, the first one too
            style = "red" if section is Section.OVERDUE else ""
            table = Table(
                title=_section_title(section, run),
                title_justify="left",
                title_style=f"bold {style}".strip(),
                box=None,
                pad_edge=False,
                highlight=False,
            )
            # A word longer than its column is folded, never cut off with an ellipsis.
            table.add_column(text("case", lang), ratio=1, overflow="fold")
            table.add_column(text("col_step", lang), ratio=2, overflow="fold")
            table.add_column(text("col_date", lang), no_wrap=True)
            table.add_column(text("col_todo", lang), ratio=3, overflow="fold")
            for number, (case, item) in enumerate(rows):
                if number:
                    table.add_row()  # a blank line between items
                who = safe(case.case_id or "")
                if case.employee_name:
                    who += f"\n{safe(case.employee_name)}"
                said = words(item, lang)
                step = f"{safe(said.label)}\n[dim]{safe(item.basis)}[/dim]"
                day = f"{format_date(item.date, lang)}\n[{style or 'default'}]"
                day += f"{when(item, lang)}[/{style or 'default'}]"
                todo = safe(said.action)
                if said.risk:
                    todo += f"\n[dim]{safe(text('agenda_risk', lang))}: {safe(said.risk)}[/dim]"
                table.add_row(who, step, day, todo)
            console.print(table)
    console.print()
    for line in _counts(run):
        console.print(safe(line))
    if run.errors:
        console.print(f"[red]{safe(text('agenda_errors', lang, count=len(run.errors)))}[/red]")
        for row, source, case_id, error in run.errors:
            where = text("agenda_row", lang, row=row)
            name = " ".join(part for part in (source, case_id) if part)
            console.print(
                f"  {safe(where)} {safe(name)}: {safe(say(error, lang))}",
                highlight=False,
                soft_wrap=True,
            )


#: Characters Markdown reads as markup inside a line (our lines never start with text
#: from a case, so ``#``, ``-`` and ``1.`` at a line start cannot occur).
_MARKDOWN_SPECIAL = "\\`*_[]<>|~"


def _md(value: str) -> str:
    """Text for Markdown: its special characters escaped, control characters shown."""
    value = visible(value)
    return "".join(f"\\{char}" if char in _MARKDOWN_SPECIAL else char for char in value)


def render_markdown(run: AgendaRun) -> str:
    """A digest to paste into an e-mail: a section per group, the items as a list."""
    lang = run.lang
    lines = [f"# {_md(_title(run))}", ""]
    groups = run.groups()
    if not groups:
        lines += [_md(text("agenda_nothing", lang, days=run.within)), ""]
    for name, pairs in groups:
        lines += [f"## {_md(name)}", ""]
        for section in (Section.OVERDUE, Section.DUE, Section.FINDING):
            rows = [pair for pair in pairs if pair[1].section is section]
            if not rows:
                continue
            lines += [f"### {_md(_section_title(section, run))}", ""]
            for case, item in rows:
                said = words(item, lang)
                head = f"**{_md(_who(case))}**: {_md(said.label)}, "
                head += f"{_md(format_date(item.date, lang))} ({_md(when(item, lang))})"
                lines.append(f"- {head}")
                if said.action:
                    lines.append(f"  - {_md(said.action)}")
                if said.risk:
                    lines.append(f"  - {_md(text('agenda_risk', lang))}: {_md(said.risk)}")
                lines.append(f"  - _{_md(item.basis)}_")
            lines.append("")
    lines += [_md(line) for line in _counts(run)]
    if run.errors:
        lines += ["", f"## {_md(text('agenda_errors_title', lang))}", ""]
        for row, source, case_id, error in run.errors:
            where = " ".join(part for part in (source, case_id) if part)
            prefix = text("agenda_row", lang, row=row)
            problem = _md(say(error, lang))
            lines.append(f"- {_md(prefix)} {_md(where)}: {problem}".replace("  ", " "))
    return "\n".join(lines) + "\n"


# --- For scripts: JSON, CSV, a workbook --------------------------------------------


def _record(group: str, case: AgendaCase, item: AgendaItem, lang: Language) -> dict[str, Any]:
    said = words(item, lang)
    return {
        "group": group,
        "section": item.section.value,
        "case_id": case.case_id,
        "employee_name": case.employee_name,
        "casemanager": case.casemanager,
        "employer_name": case.employer_name,
        "milestone": item.milestone,
        "occurrence": item.occurrence,
        "label": said.label,
        "date": item.date,
        "days_late": item.days,
        "status": item.status,
        "action": said.action,
        "risk": said.risk,
        "severity": item.severity,
        "basis": item.basis,
        "finding": item.finding,
        "row": case.row,
        "source": case.source,
    }


def _records(run: AgendaRun) -> Iterable[dict[str, Any]]:
    for name, pairs in run.groups():
        for case, item in pairs:
            yield _record(name, case, item, run.lang)


def render_json(run: AgendaRun) -> str:
    """One document: the run's dates and counts, the groups with their items, the rows
    that could not be read."""
    groups = []
    for name, pairs in run.groups():
        items = []
        for case, item in pairs:
            record = _record(name, case, item, run.lang)
            del record["group"]
            record["date"] = item.date.isoformat()
            items.append(record)
        groups.append({"group": name, "items": items})
    document = {
        "schema_version": SCHEMA_VERSION,
        "as_of": run.as_of.isoformat(),
        "within": run.within,
        "last": run.last.isoformat(),
        "group_by": run.group_by,
        "cases": len(run.cases),
        "cases_with_actions": run.with_actions,
        "cases_without_actions": len(run.cases) - run.with_actions,
        "cases_closed": run.closed,
        "records_after_as_of": run.records_after_as_of[0],
        "cases_without_events": run.without_events,
        "groups": groups,
        "errors": [
            {"row": row, "source": source, "case_id": case_id, "error": say(error, "en")}
            for row, source, case_id, error in run.errors
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def render_csv(run: AgendaRun, *, raw: bool, dialect_name: str) -> str:
    """A row per item, then a row per unread input row (``section`` ``error``)."""
    from .machine import CSV_DIALECTS, csv_document

    errors = (
        {
            "section": "error",
            "row": row,
            "source": source,
            "case_id": case_id,
            "error": say(error, "en"),
        }
        for row, source, case_id, error in run.errors
    )
    return csv_document(
        (*AGENDA_FIELDS, "error"),
        itertools.chain(_records(run), errors),
        raw=raw,
        dialect=CSV_DIALECTS[dialect_name],
    )


#: Sheet titles of the agenda workbook by language: the items, the unread rows.
SHEET_TITLES = {"nl": ("Agenda", "Fouten"), "en": ("Agenda", "Errors")}


def write_workbook(run: AgendaRun, stream: IO[bytes]) -> None:
    from .workbook import write_sheets

    agenda, errors = SHEET_TITLES.get(run.lang, SHEET_TITLES["nl"])
    rows = [tuple(record[name] for name in AGENDA_FIELDS) for record in _records(run)]
    sheets: list[tuple[str, tuple[str, ...], list[tuple[Any, ...]]]] = [
        (agenda, AGENDA_FIELDS, rows)
    ]
    if run.errors:
        unread = [(*where, say(error, "en")) for *where, error in run.errors]
        sheets.append((errors, ERROR_FIELDS, unread))
    write_sheets(stream, sheets)


# --- A calendar ----------------------------------------------------------------------


def render_calendar(run: AgendaRun, remind_days: int, *, info: bool) -> str:
    """One calendar for the run: an event per item, written as every calendar is
    (``ics.py``): what is overdue on the as-of date itself, UIDs by case and step, so a
    newer run's calendar updates the events of the last one; with ``info`` the
    information-only milestones too."""
    from . import ics

    lang = run.lang
    events = []
    for _name, pairs in run.groups(info=info):
        for case, item in pairs:
            said = words(item, lang)
            lines = [said.action] if said.action else []
            if said.risk:
                lines.append(f"{text('agenda_risk', lang)}: {said.risk}")
            entry = ics.Entry(
                key=_uid(case, item),
                label=said.label,
                who=", ".join(part for part in (case.case_id, case.employee_name) if part),
                date=item.date,
                category=_CATEGORIES.get(item.section, f"category_{item.status}"),
                kind=item.kind,
                lines=tuple(lines),
                basis=item.basis,
            )
            events.append(ics.entry_event(entry, run.as_of, lang, remind_days))
    return ics.calendar(events)


#: The category of an item by its section; a step still to come goes by its status.
_CATEGORIES = {
    Section.OVERDUE: "category_overdue",
    Section.FINDING: "category_finding",
    Section.INFO: "category_info",
}


def _uid(case: AgendaCase, item: AgendaItem) -> str:
    from .ics import case_key, step_key

    who = case_key(case.case_id, f"rij-{case.row}")
    if item.section is Section.FINDING:
        about = f"-{item.milestone}" if item.milestone else ""
        return f"{who}.bevinding-{item.finding}{about}"
    assert item.milestone is not None  # a step's item names its milestone
    return step_key(who, item.milestone, item.occurrence)
