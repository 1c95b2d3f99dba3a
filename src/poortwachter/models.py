"""The engine's values: a case going in, a timeline coming out.

Named tuples, so the engine stays importable without pydantic and starts fast
(docs/speed.md), and every result is hashable and comparable. They carry ids and
values, never a language: ``outputs/`` gives their texts and machine documents
(``outputs/documents.py``); ``Timeline.from_dict`` reads a timeline document back.
"""

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, NamedTuple

from .law.milestones import Kind
from .messages import Message, message
from .sickdays import Gap, LeavePeriod, SickPeriod

#: Version of the machine output and case-file contract (docs/machine-output.md).
SCHEMA_VERSION = 1

#: The JSON Schema dialect of the published schemas (``schema/``), and their ids.
SCHEMA_URI = "https://json-schema.org/draft/2020-12/schema"
ID_BASE = "urn:poortwachter:schema:"


def schema_head(schema: dict[str, Any], name: str, title: str) -> dict[str, Any]:
    """A published schema with ``$schema``, ``$id`` and ``title`` first, then the rest."""
    head = {"$schema": SCHEMA_URI, "$id": f"{ID_BASE}{name}:{SCHEMA_VERSION}", "title": title}
    return {**head, **{key: value for key, value in schema.items() if key not in head}}


class Events(NamedTuple):
    """What has happened in the case, each with its date (docs/case-files.md ``events``)."""

    arbodienst_melding: date | None = None
    probleemanalyse: date | None = None
    plan_van_aanpak: date | None = None
    casemanager: str | None = None
    evaluaties: tuple[date, ...] = ()
    ziekmelding_uwv: date | None = None
    arbeidsdeskundig_onderzoek: date | None = None
    spoor1_no_prospect: date | None = None
    """The date it was established that return in the own organisation is not possible."""
    eerstejaarsevaluatie: date | None = None
    spoor2_start: date | None = None
    spoor2_provider: str | None = None
    deskundigenoordeel: tuple[date, ...] = ()
    reintegratieverslag: date | None = None
    actueel_oordeel: date | None = None
    wia_brief_uwv: date | None = None
    """The date UWV sent its letter about the WIA application (WIA art. 64 lid 2, 6)."""
    wia_brief_uwv_ontvangen: date | None = None
    """The date that letter arrived: the 4 weeks of WIA art. 64 lid 6 run from it."""
    wia_aanvraag: date | None = None
    ziekmelding_uit_dienst: date | None = None
    """The employer reported the employee sick to UWV as the contract ended (ZW art. 38)."""
    reintegratieverslag_ziektewet: date | None = None
    """The re-integratieverslag sent for the Ziektewet claim after the contract ended."""
    ziekmelding_zwangerschap: date | None = None
    """Pregnancy-related sickness reported to UWV for its benefit (ZW art. 29a, 38a)."""
    ziekmelding_zwangerschap_na_verlof: date | None = None
    """Sickness from pregnancy or childbirth after the WAZO leave reported to UWV: a
    claim of its own (ZW art. 29a, 38a lid 3)."""
    ziektewet_brief_uwv: date | None = None
    """The date of UWV's letter asking for the Ziektewet re-integratieverslag after the
    contract ended (UWV gives 2 weeks to upload it)."""
    ziekmelding_uwv_eerste_ziektedag: date | None = None
    """The first sick day stated in the 42nd-week report (``ziekmelding_uwv``): what UWV
    was told, checked against the chain's (docs/law.md section 7a). Not an event: a
    stated date, so none of the checks of event dates applies to it."""
    ziekmelding_uit_dienst_eerste_ziektedag: date | None = None
    """The first sick day stated in the report at the end of the contract."""
    ziekmelding_zwangerschap_eerste_ziektedag: date | None = None
    """The first sick day stated in the report of pregnancy-related sickness."""
    records_steps: bool = True
    """``False``: the input names people (the casemanager) but has no place for any step,
    so it records no events (an export without event columns): judged as ``None``."""

    def recorded(self) -> dict[str, date]:
        """The single-date events that have a date, by name."""
        return {name: value for name in EVENT_DATE_FIELDS if (value := getattr(self, name))}

    def all_dates(self) -> dict[str, date]:
        """Every recorded date, list items as ``name[i]``, for checks against the case."""
        dates = self.recorded()
        for name in EVENT_DATE_LISTS:
            for position, day in enumerate(getattr(self, name)):
                dates[f"{name}[{position}]"] = day
        return dates


#: The single-date and date-list fields of Events, resolved once (from its annotations).
#: The first sick days stated in a report to UWV (``events.*_eerste_ziektedag``): dates
#: the employer gave, not events, each with the report it was given in.
STATED_FIRST_DAYS: dict[str, str] = {
    "ziekmelding_uwv_eerste_ziektedag": "ziekmelding_uwv",
    "ziekmelding_uit_dienst_eerste_ziektedag": "ziekmelding_uit_dienst",
    "ziekmelding_zwangerschap_eerste_ziektedag": "ziekmelding_zwangerschap",
}
#: Each field's annotation (evaluated: this module leaves out ``from __future__ import
#: annotations``, see docs/speed.md, "Where a cold start goes").
_EVENT_TYPES: dict[str, object] = dict(Events.__annotations__)
EVENT_DATE_FIELDS = tuple(
    name
    for name, kind in _EVENT_TYPES.items()
    if kind == date | None and name not in STATED_FIRST_DAYS
)
EVENT_DATE_LISTS = tuple(name for name, kind in _EVENT_TYPES.items() if kind == tuple[date, ...])
EVENT_TEXT_FIELDS = tuple(name for name, kind in _EVENT_TYPES.items() if kind == str | None)


class Wage(NamedTuple):
    """Gross wage for money figures: ``amount`` per ``per`` (day, week, 4weeks, month,
    year)."""

    amount: Decimal
    per: str


class Employee(NamedTuple):
    name: str | None = None
    date_of_birth: date | None = None
    """AOW age shortens wage payment (docs/law.md, Scope; BW 7:629 lid 2)."""
    wage: Wage | None = None
    contract_end: date | None = None
    """The last day of the contract: wage payment ends with it (ziek uit dienst)."""
    hours_per_week: Decimal | None = None
    """Contract hours, for the year-1 minimum-wage floor (BW 7:629 lid 1)."""


class PayPercentage(NamedTuple):
    """Pay during sickness, in percent of the wage (a CAO often pays more than 70)."""

    year1: int = 70
    year2: int = 70


class Employer(NamedTuple):
    name: str | None = None
    wga_eigenrisicodrager: bool = False
    pay_percentage: PayPercentage = PayPercentage()
    zw_eigenrisicodrager: bool = False
    """Eigenrisicodrager for the Ziektewet: no re-integratieverslag when the contract ends
    during sickness, its own re-integration duties go on (ZW art. 38 lid 2, 63a lid 1)."""


class Loonsanctie(NamedTuple):
    """UWV's extension of wage payment (WIA art. 25 lid 9-14)."""

    weeks: int
    decided: date
    herstel_decided: date | None = None
    """Bekorting: UWV's decision that the shortcoming was repaired (lid 14)."""
    herstel_gemeld: date | None = None
    """The employer reported the repair to UWV (lid 12); UWV decides within 3 weeks
    (lid 13)."""


class ExtensionsInput(NamedTuple):
    """Extensions recorded in the case (docs/law.md section 4)."""

    vrijwillige_verlenging_until: date | None = None
    loonsanctie: Loonsanctie | None = None


class RivPart(NamedTuple):
    """What the re-integratieverslag holds of one part (docs/case-files.md
    ``reintegratieverslag_inhoud``): the date of its document, or ``n.v.t.`` with the
    reason; neither: the part is missing."""

    on: date | None = None
    not_applicable: str | None = None
    """The reason a part does not apply (``n.v.t.: spoor 1 slaagde``)."""

    @property
    def missing(self) -> bool:
        return self.on is None and self.not_applicable is None


class RivContents(NamedTuple):
    """What the re-integratieverslag holds, part by part (law/riv.py ``RIV_PARTS``)."""

    parts: tuple[tuple[str, RivPart], ...] = ()
    """Each part given, by its id; a part not given is missing."""
    bijstellingen: tuple[date, ...] = ()

    def part(self, part_id: str) -> RivPart:
        return dict(self.parts).get(part_id, RivPart())


class Case(NamedTuple):
    """A sick employee's case: periods, leave, recorded events and extensions."""

    sick_periods: tuple[SickPeriod, ...]
    leave_periods: tuple[LeavePeriod, ...] = ()
    events: Events | None = None
    """``None``: the input tracks no events (as with ``--first-sick``), so past due
    milestones are ``passed``; an ``Events`` (even empty): unrecorded ones are ``overdue``."""
    case_id: str | None = None
    employee: Employee = Employee()
    employer: Employer = Employer()
    extensions: ExtensionsInput = ExtensionsInput()
    riv_inhoud: RivContents | None = None
    """What the re-integratieverslag holds, part by part; ``None``: not given, so its
    contents are not checked (docs/law.md section 7a)."""

    @classmethod
    def from_first_sick_day(cls, first_sick_day: date, case_id: str | None = None) -> "Case":
        """One open sick period and no recorded events, as ``--first-sick`` gives."""
        return cls(sick_periods=(SickPeriod(first_sick_day),), case_id=case_id)

    @property
    def records_events(self) -> bool:
        """Whether the input records events: a case file with an ``events`` block, a table
        with an event column. Otherwise the case is judged like ``--first-sick``: past
        steps are ``passed``, not ``overdue`` (docs/law.md section 3)."""
        return self.events is not None and self.events.records_steps

    def without_names(self) -> "Case":
        """The case without the names of people (the employee, the casemanager), for runs
        whose output must not carry them (``--no-names``)."""
        events = self.events
        if events is not None and events.casemanager is not None:
            events = events._replace(casemanager=None)
        return self._replace(employee=self.employee._replace(name=None), events=events)


class Problem(NamedTuple):
    """One thing wrong with a case: where (a key path, or ``""``) and what, as a message
    (put in words where it is shown: ``outputs/messages.say``)."""

    path: str
    message: Message

    @property
    def said(self) -> Message:
        """The problem with its key path: ``sick_periods[1].start: ...``."""
        if not self.path:
            return self.message
        return message("path_problem", path=self.path, problem=self.message)


class CaseError(ValueError):
    """A case the engine cannot compute; ``problems`` says every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        # Words are for outputs/ (``problem.said``); the ids say what went wrong.
        super().__init__("; ".join(problem.message.id for problem in problems))


class Status(StrEnum):
    """A milestone's status on the ``as_of`` date (docs/law.md section 3)."""

    DONE = "done"
    LATE = "late"
    OVERDUE = "overdue"
    PASSED = "passed"
    DUE_SOON = "due_soon"
    UPCOMING = "upcoming"
    LAPSED = "lapsed"


#: The statuses of a step still to be taken: what agendas, calendars and summaries list.
OPEN_STATUSES = frozenset({Status.OVERDUE, Status.DUE_SOON, Status.UPCOMING})


class Milestone(NamedTuple):
    """One dated step of the timeline.

    A named tuple rather than a frozen dataclass: immutable and hashable alike, and
    about a fifth of the cost to build, which a batch of thousands of cases with some
    30 milestones each feels (issue 12). ``_replace`` gives a changed copy.
    """

    id: str
    occurrence: int | None
    due: date
    window_start: date | None
    week: int
    kind: Kind
    status: Status
    done_on: date | None
    practice_date: date | None
    basis: str
    basis_urls: tuple[str, ...]
    on_time_until: date | None = None
    """The date to act by, where it is later than ``due``: UWV's practice date, the day
    after a term that ends "within" it, or 4 weeks after UWV's late letter about the
    WIA application (WIA art. 64 lid 6; with its receipt assumed, the safe date: sent
    + 28). ``None`` when it is the due date itself."""


class EarlierChain(NamedTuple):
    """A chain before the current one, and the gap that ended it."""

    first_day: date
    last_sick_day: date
    separated_by: Gap


class ChainReport(NamedTuple):
    """How the current chain was put together (docs/law.md section 2)."""

    periods: tuple[SickPeriod, ...]
    gaps: tuple[Gap, ...]
    leave_periods: tuple[LeavePeriod, ...]
    """Leave that falls between the first sick day and the end of the waiting period."""
    leave_days_skipped: int
    last_sick_day: date | None
    """Set when the employee recovered: the chain's last sick day."""
    relapse_joined_until: date | None
    """After a recovery: the last first-sick-day of a relapse that would still be joined."""
    earlier_chains: tuple[EarlierChain, ...]

    @property
    def joined(self) -> bool:
        return len(self.periods) > 1


class ExtensionKind(StrEnum):
    """What moved the end of the waiting period (docs/law.md section 4)."""

    LATE_WIA_AANVRAAG = "late_wia_aanvraag"
    """BW 7:629 lid 11 sub a: the days the WIA application was late."""
    VRIJWILLIGE_VERLENGING = "vrijwillige_verlenging"
    """WIA art. 24: extended on the joint request of employer and employee."""
    LOONSANCTIE = "loonsanctie"
    """WIA art. 25 lid 9: extended by UWV for insufficient re-integration efforts."""


#: A value in an extension step: a date or a number of days or weeks.
StepValue = date | int


class Term(str):
    """A word a text for people translates (``month`` is ``maand`` in Dutch)."""

    __slots__ = ()


class Amount(str):
    """A plain number (not money), shown with the decimal sign of the language."""

    __slots__ = ()


#: A value a finding, a reason or an assumption carries for its text: shown as a date,
#: an amount of money, a translated term or as it is (``outputs/wording.show``).
Value = date | int | str | Decimal


class ExtensionStep(NamedTuple):
    """One sentence of the law that moved (or did not move) the end, with its values;
    its basis is looked up by ``id`` (``law.milestones.STEP_BASIS``), its text where it
    is shown (``outputs/wording.py``)."""

    id: str
    values: tuple[tuple[str, StepValue], ...] = ()

    @property
    def basis(self) -> str:
        from .law.milestones import STEP_BASIS
        from .law.sources import basis_short

        return basis_short(STEP_BASIS[self.id])


class Extension(NamedTuple):
    """Days added to the waiting period; ``from``/``to`` in machine output. ``days`` is 0
    for a loonsanctie that adds nothing (void under lid 11, or repaired before it began,
    ``to`` then being the unchanged end) or a late application that was excused."""

    kind: ExtensionKind
    first_day: date
    last_day: date
    days: int
    steps: tuple[ExtensionStep, ...] = ()
    """Why, in the law's order, each with its lid (docs/law.md section 4)."""


class Timeline(NamedTuple):
    """A case's Poortwachter timeline on one ``as_of`` date.

    A named tuple like the other values (docs/speed.md): ``_replace`` gives a changed
    copy. Its notes are commentary, not part of the value: equality and the hash leave
    them out (docs/python-api.md)."""

    case_id: str | None
    as_of: date
    first_sick_day: date
    einde_wachttijd: date
    """The last day of the waiting period, after every extension."""
    ingang_wia: date | None
    """The day after: the first day a WIA benefit can start; ``None`` when the employee
    reaches the AOW age by then (no WIA after AOW age)."""
    einde_loondoorbetaling: date
    """The last day the employer must pay wage: ``einde_wachttijd``, unless AOW age or
    the end of the contract ends the duty earlier (docs/law.md section 4)."""
    einde_loondoorbetaling_grond: str
    """Why: ``einde_wachttijd``, ``aow_leeftijd`` or ``einde_dienstverband``."""
    einde_104_weken: date
    """The last day of the 104 weeks (index 727), before any extension."""
    counted_sick_days: int
    """Counted sick days from the first sick day through ``as_of``, and no further than
    the last sick day of a recovered employee (docs/law.md section 2)."""
    sick_week: int
    """The sick week of the last counted day; 0 before the first sick day."""
    milestones: tuple[Milestone, ...]
    extensions: tuple[Extension, ...]
    chain: ChainReport
    employee_name: str | None = None
    """The employee's name, carried to every output (``--no-names`` leaves it out)."""
    casemanager: str | None = None
    """The casemanager named in the case (``events.casemanager``)."""
    records_after_as_of: int = 0
    """How many records of the case are dated after ``as_of`` and were left out of the
    judgment on that date (docs/law.md section 4a)."""
    notes: tuple[Message, ...] = ()
    """What people should know about the judgment: what it left out or assumed, what looks
    like a typo (put in words where it is shown). Commentary, not part of the value: two
    timelines with the same dates are equal, and ``from_dict`` does not read notes back.
    The last field: equality compares the fields before it."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Timeline) and self[:-1] == other[:-1]

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    def __hash__(self) -> int:
        return hash(self[:-1])

    @property
    def start_tweede_ziektejaar(self) -> date:
        """The first day of the second sick year: day 365 of the counted sickness, later
        than a year after the first sick day when there were fit days or leave (BW 7:629
        lid 1 and 10). Every timeline has this milestone."""
        return next(m.due for m in self.milestones if m.id == "start_tweede_ziektejaar")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Timeline":
        """Read back a timeline document (``outputs.documents.timeline_document``); its
        labels, links and schema version are derived, so they are left out."""
        from pydantic import TypeAdapter

        data = dict(data)
        data.pop("notes", None)  # texts in a language: the values behind them are not kept
        milestones = data.get("milestones")
        if isinstance(milestones, list):
            # A named tuple takes only its fields: the derived label and links, and any
            # key a newer document adds, are left out (as a dataclass ignored them).
            data["milestones"] = [
                {key: value for key, value in item.items() if key in Milestone._fields}
                if isinstance(item, dict)
                else item
                for item in milestones
            ]
        data["extensions"] = [
            {
                "kind": item["kind"],
                "first_day": item["from"],
                "last_day": item["to"],
                "days": item["days"],
                "steps": [
                    {"id": step["id"], "values": list(step["values"].items())}
                    for step in item.get("steps", [])
                ],
            }
            for item in data.get("extensions", [])
        ]
        # A named tuple takes only its fields (the document's version, labels and receipt
        # are derived or apart).
        data = {key: value for key, value in data.items() if key in cls._fields}
        return TypeAdapter(cls).validate_python(data)
