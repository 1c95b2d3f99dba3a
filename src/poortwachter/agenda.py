"""The casemanager's agenda: across many cases, what is late and what falls due soon.

For one judged case, ``case_agenda`` lists its actions in three sections:

1. **overdue**: every open step whose due date has passed (status ``overdue``), with how
   many days late, what it risks (the finding UWV would make of it) and what to do. The
   evaluations of the plan van aanpak recur every six weeks; the missed ones of a case are
   one line (the latest, and how many before it), not twenty.
2. **due**: the steps that fall due from the as-of date through ``within`` days later.
3. **finding**: the findings that ask for an action by a date in that window and are not
   about a step already listed (a step's own findings are its risk and action).

Information-only milestones (``Kind.INFO``: UWV's own decision terms, the end of the
maximum loonsanctie, the start of the second sick year) are not actions and never appear
(docs/law.md section 3 gives them no status to act on). Pure: no clock, no files.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .law.findings import FINDING_TYPES
from .law.milestones import RULES_BY_ID, Kind
from .models import Case, Milestone, Status, Timeline
from .results import Assessment, Finding

#: Recurring steps whose missed occurrences are one line per case.
RECURRING = frozenset({"evaluatie"})


class Section(StrEnum):
    """The part of the agenda an item belongs to, in the order they are listed."""

    OVERDUE = "overdue"
    DUE = "due"
    FINDING = "finding"
    INFO = "info"
    """Information only: in a calendar with ``--all``, never in the agenda itself."""

    @property
    def order(self) -> int:
        return _SECTION_ORDER[self]


_SECTION_ORDER = {Section.OVERDUE: 0, Section.DUE: 1, Section.FINDING: 2, Section.INFO: 3}


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One thing to do for one case. Its texts (the step, what to do, what it risks) are
    put in words where it is shown (``outputs/agenda.py``): a step's label, else the
    first finding's message; the findings' actions, else what a step of its section and
    kind asks."""

    section: Section
    date: date
    """The due date of the step (the latest missed one of a recurring step), or the date
    a finding must be acted on by."""
    days: int
    """Days from ``date`` to the as-of date: positive is late, negative is still to come."""
    milestone: str | None
    """The milestone id (docs/law.md section 3); a finding's milestone, if it has one."""
    status: str
    """``overdue``, ``due_soon``, ``upcoming``, or ``finding``."""
    findings: tuple[Finding, ...]
    """The findings about it, the most severe first (a finding item: that finding)."""
    kind: Kind | None
    """The kind of the step's rule (what an overdue step without a finding risks)."""
    severity: str | None
    """The most severe finding about it: ``high``, ``medium``, ``low``."""
    basis: str
    """The legal basis, in short."""
    finding: str | None = None
    """The id of the finding behind it (the most severe one)."""
    missed_before: int = 0
    """For a recurring step: how many earlier occurrences were missed too."""
    occurrence: int | None = None
    """Which occurrence of a recurring step (``evaluatie`` 3), for calendar UIDs."""


@dataclass(frozen=True, slots=True)
class AgendaCase:
    """A case's agenda, with what groups it: the casemanager, the employer, the case."""

    row: int
    case_id: str | None
    employee_name: str | None
    casemanager: str | None
    employer_name: str | None
    items: tuple[AgendaItem, ...]
    source: str | None = None
    closed: bool = False
    """The case asks for no action any more: the employee recovered and a relapse would
    no longer join the chain, or wage payment ended. Its unrecorded steps are history."""
    records_after_as_of: int = 0
    """Records dated after the as-of date, left out of the judgment (docs/law.md 4a)."""
    records_events: bool = True
    """``False``: the input records no events, so its past steps are passed, not overdue
    (judged like ``--first-sick``); the agenda lists only what falls due."""


def case_agenda(
    case: Case,
    assessment: Assessment,
    within: int,
    *,
    row: int = 1,
    include_info: bool = False,
) -> AgendaCase:
    """The actions of one judged case on ``assessment``'s as-of date; with
    ``include_info`` also the information-only milestones in the window (section
    ``info``), for a calendar that asks for everything."""
    timeline = assessment.timeline
    as_of = timeline.as_of
    last = as_of + timedelta(days=within)
    by_milestone: dict[str, list[Finding]] = {}
    for finding in assessment.findings:
        if finding.milestone is not None:
            by_milestone.setdefault(finding.milestone, []).append(finding)
    overdue: list[Milestone] = []
    due: list[Milestone] = []
    info: list[Milestone] = []
    for milestone in timeline.milestones:
        if RULES_BY_ID[milestone.id].kind is Kind.INFO:
            if include_info and as_of <= milestone.due <= last:
                info.append(milestone)
            continue
        if milestone.status is Status.OVERDUE:
            overdue.append(milestone)
        elif milestone.status in (Status.DUE_SOON, Status.UPCOMING) and milestone.due <= last:
            due.append(milestone)
    items = [
        _step(Section.OVERDUE, milestone, missed, by_milestone, as_of)
        for milestone, missed in _collapse(overdue)
    ]
    # A recurring step's findings go with its overdue line, not again with the next one.
    late = {milestone.id for milestone in overdue}
    items += [
        _step(Section.DUE, milestone, 0, {} if milestone.id in late else by_milestone, as_of)
        for milestone in due
    ]
    listed = {item.milestone for item in items}
    for finding in assessment.findings:
        if finding.act_by is None or finding.act_by > last or finding.milestone in listed:
            continue
        kind = FINDING_TYPES[finding.id]
        items.append(
            AgendaItem(
                section=Section.FINDING,
                date=finding.act_by,
                days=(as_of - finding.act_by).days,
                milestone=finding.milestone,
                status=Section.FINDING.value,
                findings=(finding,),
                kind=None,
                severity=finding.severity.value,
                basis=kind.basis_short,
                finding=finding.id,
            )
        )
    items += [_step(Section.INFO, milestone, 0, {}, as_of) for milestone in info]
    return AgendaCase(
        row=row,
        case_id=timeline.case_id,
        employee_name=timeline.employee_name,
        casemanager=timeline.casemanager,
        employer_name=case.employer.name,
        items=tuple(items),
        closed=is_closed(timeline),
        records_after_as_of=timeline.records_after_as_of,
        records_events=case.records_events,
    )


def is_closed(timeline: Timeline) -> bool:
    """Whether a case asks for no action on its as-of date: the employee recovered and a
    relapse on that date would start a new sickness, not join this chain (28 or more fit
    days after the last sick day, BW 7:629 lid 10), or the employer's wage payment has
    ended (the waiting period, the AOW age or the end of the contract). What UWV could
    still find is ``sanction-risk``'s to say; an agenda lists what can still be done.
    An eigenrisicodrager for the Ziektewet keeps re-integrating the former employee after
    the contract ended (ZW art. 63a lid 1): its case stays open to the end of the waiting
    period."""
    joined_until = timeline.chain.relapse_joined_until
    recovered = joined_until is not None and timeline.as_of > joined_until
    duties_end = timeline.einde_loondoorbetaling
    if any(item.id == ERD_ZW_STEP for item in timeline.milestones):
        duties_end = max(duties_end, timeline.einde_wachttijd)
    return recovered or timeline.as_of > duties_end


#: The milestone that marks an eigenrisicodrager for the Ziektewet taking over.
ERD_ZW_STEP = "reintegratie_erd_zw"


def _collapse(overdue: list[Milestone]) -> list[tuple[Milestone, int]]:
    """Each overdue step once; of a recurring step only the latest occurrence, with how
    many were missed before it. In order of due date."""
    latest: dict[str, tuple[Milestone, int]] = {}
    result: list[tuple[Milestone, int]] = []
    for milestone in overdue:
        if milestone.id in RECURRING:
            before = latest.get(milestone.id)
            latest[milestone.id] = (milestone, before[1] + 1 if before else 0)
        else:
            result.append((milestone, 0))
    result += latest.values()
    return sorted(result, key=lambda pair: pair[0].due)


def _step(
    section: Section,
    milestone: Milestone,
    missed_before: int,
    by_milestone: dict[str, list[Finding]],
    as_of: date,
) -> AgendaItem:
    rule = RULES_BY_ID[milestone.id]
    findings = sorted(by_milestone.get(milestone.id, ()), key=lambda item: -item.severity.rank)
    # A step still to come is listed by the date to act by (a practice date, UWV's late
    # letter); a late one by its legal date, from which the days late count.
    day = milestone.due
    if section is not Section.OVERDUE and milestone.on_time_until is not None:
        day = milestone.on_time_until
    return AgendaItem(
        section=section,
        date=day,
        days=(as_of - day).days,
        milestone=milestone.id,
        status=milestone.status.value,
        findings=tuple(findings),
        kind=rule.kind,
        severity=findings[0].severity.value if findings else None,
        basis=rule.basis_short,
        finding=findings[0].id if findings else None,
        missed_before=missed_before,
        occurrence=milestone.occurrence,
    )


def sort_key(item: AgendaItem) -> tuple[int, date, int]:
    """Overdue first (oldest first), then what falls due (soonest first), then the
    findings (by date, the most severe first)."""
    severity = {"high": 0, "medium": 1, "low": 2}.get(item.severity or "", 3)
    return (item.section.order, item.date, severity)


def of_casemanager(case: AgendaCase, wanted: str) -> bool:
    """Whether ``case`` belongs to the casemanager ``wanted``: any part of the name, in
    any case, spaces as spaces (``--casemanager Jansen``)."""
    return _folded(wanted) in _folded(case.casemanager or "")


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()
