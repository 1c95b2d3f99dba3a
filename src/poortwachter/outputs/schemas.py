"""JSON Schemas of the machine output, generated from models (the case file's schema
is ``inputs/schema.py``).

The output documents (``timeline --format json``,
``sanction-risk --format json``, a ``batch`` JSON Lines record) are described by the
models below, which mirror ``Timeline.to_dict`` and ``Assessment.to_dict`` field for
field; they forbid any other field, so a test that validates the golden outputs against
them fails when the output and its schema drift apart.

``benchmarks/generate_schemas.py`` writes them to ``schema/``; a test checks that the
files there are what this module generates. Only that script and the tests import this
module: it is not on any command's path.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..law.findings import Severity
from ..law.milestones import Kind
from ..models import ExtensionKind, Status, schema_head
from ..results import PayPhase, Spoor
from ..sickdays import CauseJudgement, GapOutcome
from ..wage_end import WageEndReason


def _date(description: str) -> Any:
    return Field(pattern=r"^\d{4}-\d{2}-\d{2}$", description=description)


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class BasisLink(_Out):
    text: str = Field(description="The citation, such as 'WIA art. 64 lid 3'.")
    url: str | None = Field(
        description="The article and lid on wetten.overheid.nl as in force on the date "
        "(a Juriconnect reference); null for UWV's practice."
    )


class MilestoneOut(_Out):
    id: str = Field(description="The rule id (docs/law.md section 3), such as 'wia_aanvraag'.")
    label: str = Field(description="The milestone for people, in the --lang language.")
    occurrence: int | None = Field(description="1, 2, ... for 'evaluatie'; null otherwise.")
    due: str = _date("The legal (or practice) due date.")
    window_start: str | None = Field(
        pattern=r"^\d{4}-\d{2}-\d{2}$",
        description="From when the step can or should be taken, where there is a window.",
    )
    week: int = Field(description="The sick week the due date falls in.")
    kind: Kind = Field(description="statute, regeling, practice or info.")
    status: Status = Field(description="The status on as_of.")
    done_on: str | None = Field(
        pattern=r"^\d{4}-\d{2}-\d{2}$", description="The recorded date, if the case has one."
    )
    practice_date: str | None = Field(
        pattern=r"^\d{4}-\d{2}-\d{2}$",
        description="UWV's later working-day date, when the legal date is a weekend day "
        "or a public holiday.",
    )
    on_time_until: str | None = Field(
        pattern=r"^\d{4}-\d{2}-\d{2}$",
        description="The date to act by, where it is later than due: UWV's practice date, "
        "the day after a term that ends within it, or 4 weeks after UWV's late letter about "
        "the WIA application (WIA art. 64 lid 6; with its receipt assumed, the safe date: "
        "sent + 28); null when it is the due date itself.",
    )
    basis: str = Field(description="The legal basis, in full.")
    basis_urls: list[str] = Field(description="Links to the whole laws on wetten.overheid.nl.")
    basis_links: list[BasisLink] = Field(description="Each citation with its link.")


class StepOut(_Out):
    id: str = Field(description="The sentence of the law (README: extension steps).")
    text: str = Field(description="What it says for this case, in the --lang language.")
    basis: str = Field(description="The legal basis, in short.")
    basis_links: list[BasisLink]
    values: dict[str, str | int] = Field(
        description="The dates (ISO) and numbers the text names, by name."
    )


class ExtensionOut(_Out):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    kind: ExtensionKind
    from_: str = Field(alias="from", pattern=r"^\d{4}-\d{2}-\d{2}$", description="First day.")
    to: str = _date("Last day (the unchanged end when days is 0).")
    days: int = Field(ge=0, description="The days of wage it adds.")
    steps: list[StepOut]


class PeriodOut(_Out):
    start: str = _date("First sick day of the period.")
    end: str | None = Field(pattern=r"^\d{4}-\d{2}-\d{2}$", description="Last sick day.")
    cause: str | None
    pregnancy_related: bool
    same_cause_as_previous: bool | None
    percentage: int | None


class LeaveOut(_Out):
    start: str = _date("First day of leave.")
    end: str = _date("Last day of leave.")


class GapOut(_Out):
    first_day: str = _date("First fit day.")
    last_day: str = _date("Last fit day.")
    calendar_days: int
    leave_days: int
    fit_days: int
    outcome: GapOutcome
    cause_judgement: CauseJudgement | None
    cause_before: str | None
    cause_after: str | None


class EarlierChainOut(_Out):
    first_day: str = _date("First sick day of the earlier chain.")
    last_sick_day: str = _date("Its last sick day.")
    separated_by: GapOut


class ChainOut(_Out):
    periods: list[PeriodOut]
    gaps: list[GapOut] = Field(description="The gaps that were joined.")
    leave_periods: list[LeaveOut]
    leave_days_skipped: int
    last_sick_day: str | None = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    relapse_joined_until: str | None = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    earlier_chains: list[EarlierChainOut]


class NoteOut(_Out):
    id: str = Field(
        description="The note's id, such as 'note_records_after_as_of' (never translated)."
    )
    text: str = Field(description="The note in the language asked for.")


class FigureUsedOut(_Out):
    """A dated figure a judgment used, with its value and source."""

    id: str = Field(description="The figure (maximum_dagloon, minimumloon, ...).")
    value: float | int | list[Any] = Field(description="Its value (a table as a list).")
    valid_from: str = _date("The first day this value applies.")
    source: str = Field(description="Where the figure is set (a statute, a decision).")
    beyond_known: bool = Field(
        description="The judgment needed the figure for a date past the last known one: "
        "the last known value was used."
    )


class ReceiptOut(_Out):
    """Which engine, law data and dated figures gave a judgment (docs/machine-output.md,
    "Receipt"); ``batch --receipt FILE`` writes it once for a run."""

    engine_version: str = Field(description="The version of poortwachter that judged.")
    rules_digest: str = Field(
        pattern=r"^sha256:[0-9a-f]{64}$",
        description="A digest of the law data applied: milestone rules, finding types, "
        "dated figures; the same across runs and machines for the same data.",
    )
    parameters_used: list[FigureUsedOut] = Field(
        description="Each dated figure looked up, once, in the order first used."
    )


class TimelineOut(_Out):
    """``poortwachter timeline --format json`` (contract: docs/machine-output.md)."""

    schema_version: Literal[1]
    case_id: str | None
    employee_name: str | None = Field(description="null with --no-names.")
    casemanager: str | None = Field(description="null with --no-names.")
    as_of: str = _date("The date judged on.")
    first_sick_day: str = _date("The first sick day of the current chain.")
    einde_wachttijd: str = _date("The last day of the waiting period, after every extension.")
    ingang_wia: str | None = Field(
        pattern=r"^\d{4}-\d{2}-\d{2}$",
        description="The day after einde_wachttijd; null when the AOW age comes first.",
    )
    einde_loondoorbetaling: str = _date("The last day the employer pays wage.")
    einde_loondoorbetaling_grond: WageEndReason
    einde_104_weken: str = _date("The end of the 104 weeks, before any extension.")
    counted_sick_days: int = Field(ge=0)
    sick_week: int = Field(ge=0)
    records_after_as_of: int = Field(
        ge=0,
        description="Records of the case dated after as_of, left out of this judgment "
        "(docs/law.md section 4a): a planned date does not count as done.",
    )
    milestones: list[MilestoneOut]
    extensions: list[ExtensionOut]
    chain: ChainOut
    notes: list[NoteOut] = Field(
        description="What people should know about this judgment: what it left out or "
        "assumed, what looks like a typo."
    )
    receipt: ReceiptOut | None = Field(
        default=None,
        description="The receipt of the judgment (timeline and sanction-risk documents; "
        "a batch run writes it once, with --receipt).",
    )


class SpoorOut(_Out):
    status: Spoor
    since: str = _date("Since when.")
    reason: str
    provider: str | None = Field(description="The spoor-2 provider, where recorded.")
    erd_wga_end: str | None = Field(
        pattern=r"^\d{4}-\d{2}-\d{2}$",
        description="For a WGA eigenrisicodrager: the last day of its 10-year period.",
    )


class MinimumWageOut(_Out):
    valid_from: str = _date("From when the hourly minimum wage applies.")
    hourly_eur: float
    beyond_known: bool = Field(description="The date is past the last known figure.")
    hours_per_week: float | None
    week_eur: float | None
    pay_week_eur: float | None
    applies: bool | None


class PayOut(_Out):
    phase: PayPhase
    percentage: int | None
    since: str | None = Field(
        pattern=r"^\d{4}-\d{2}-\d{2}$", description="Since when this phase applies."
    )
    next_phase: PayPhase | None
    next_change: str | None = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    minimum_wage: MinimumWageOut | None


class FindingOut(_Out):
    id: str = Field(description="The finding id (README: Findings).")
    milestone: str | None
    severity: Severity
    message: str
    action: str
    act_by: str | None = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    basis: str
    basis_links: list[BasisLink]


class RangeOut(_Out):
    min: float
    max: float


class ExposureFiguresOut(_Out):
    """The exposure's figures: money in euros as a JSON number with at most two decimals
    (a float when read by most JSON libraries); null without a wage in the case. The
    compact batch record has these; the full documents add the assumptions in words."""

    loonsanctie_max_weeks: int
    loonsanctie_max_eur: float | None
    daily_wage_eur: float | None
    pay_percentage_year2: int
    fine_max_eur: float | None
    certain_extension_days: int
    certain_cost_eur: float | None
    spoor2_traject_eur: RangeOut | None
    holiday_allowance_included: bool
    figures_beyond_known: list[str]


class ExposureOut(ExposureFiguresOut):
    """Money in euros as a JSON number with at most two decimals (a float when read by
    most JSON libraries); null without a wage in the case. With the assumptions the
    figures rest on, in words."""

    assumptions: list[str]


class SanctionRiskOut(TimelineOut):
    """``poortwachter sanction-risk --format json``: the timeline document and the
    judgment."""

    spoor: SpoorOut
    pay: PayOut
    findings: list[FindingOut]
    exposure: ExposureOut


class BatchRecordOut(SanctionRiskOut):
    """One line of ``poortwachter batch`` (JSON Lines): where it came from, then the
    ``sanction-risk`` document of its case."""

    row: int = Field(ge=1, description="The input row (the first, for a case of many rows).")
    rows: list[int] | None = Field(
        default=None, description="Every input row of a case gathered from several."
    )
    source: str | None = Field(default=None, description="The file, when reading a folder.")


class CompactMilestoneOut(_Out):
    id: str = Field(description="The rule id; its label and basis: poortwachter rules.")
    occurrence: int | None
    due: str = _date("The legal (or practice) due date.")
    window_start: str | None = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    status: Status
    done_on: str | None = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    practice_date: str | None = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")


class CompactFindingOut(_Out):
    id: str = Field(description="The finding id; its texts and basis: poortwachter rules.")
    milestone: str | None
    severity: Severity
    act_by: str | None = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")


class CompactStepOut(_Out):
    id: str
    values: dict[str, str | int]


class CompactExtensionOut(_Out):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    kind: ExtensionKind
    from_: str = Field(alias="from", pattern=r"^\d{4}-\d{2}-\d{2}$", description="First day.")
    to: str = _date("Last day.")
    days: int = Field(ge=0)
    steps: list[CompactStepOut]


class CompactNoteOut(_Out):
    id: str


class BatchCompactRecordOut(TimelineOut):
    """One line of ``poortwachter batch`` (the default, compact record): ids, dates,
    statuses and figures; the texts are in ``poortwachter rules``, joined on ``id``."""

    schema_version: Literal[2]  # type: ignore[assignment]
    row: int = Field(ge=1, description="The input row (the first, for a case of many rows).")
    rows: list[int] | None = Field(default=None)
    source: str | None = Field(default=None)
    milestones: list[CompactMilestoneOut]  # type: ignore[assignment]
    extensions: list[CompactExtensionOut]  # type: ignore[assignment]
    notes: list[CompactNoteOut]  # type: ignore[assignment]
    spoor: SpoorOut
    pay: PayOut
    findings: list[CompactFindingOut]
    exposure: ExposureFiguresOut


class BatchErrorOut(_Out):
    """A batch line for an input row that could not be judged."""

    row: int = Field(ge=1)
    rows: list[int] | None = None
    source: str | None = None
    case_id: str | None
    error: str = Field(description="Every problem of the row, in English.")


class RivPartOut(_Out):
    id: str = Field(description="The part (law/riv.py RIV_PARTS; docs/law.md section 7a).")
    label: str
    status: Literal["aanwezig", "nvt", "uit_dossier", "ontbreekt", "geen"] = Field(
        description="aanwezig: given with its date; nvt: does not apply, with its reason; "
        "uit_dossier: not given, but the events give its date (check and put in); "
        "ontbreekt: missing; geen: no adjustments recorded."
    )
    on: str | None = Field(pattern=r"^\d{4}-\d{2}-\d{2}$", description="Its document's date.")
    dates: list[str] = Field(description="The adjustments' dates (bijstellingen).")
    reason: str | None = Field(description="Why it does not apply (n.v.t.).")
    holds: str = Field(description="What it must hold.")
    basis: str
    findings: list[FindingOut]


class RivEmployeeOut(_Out):
    name: str | None
    date_of_birth: str | None
    contract_end: str | None
    hours_per_week: float | None


class RivEmployerOut(_Out):
    name: str | None
    wga_eigenrisicodrager: bool
    zw_eigenrisicodrager: bool


class RivMilestoneOut(_Out):
    id: str
    label: str
    due: str = _date("Its due date.")
    status: Status
    done_on: str | None


class SpoorStepOut(_Out):
    id: Literal["spoor1_no_prospect", "eerstejaarsevaluatie", "spoor2_start"]
    on: str = _date("The day of the step.")
    provider: str | None


class RivExtensionOut(_Out):
    kind: ExtensionKind
    from_: str = Field(alias="from", pattern=r"^\d{4}-\d{2}-\d{2}$")
    to: str = _date("Its last day.")
    days: int


class RivOut(_Out):
    """``poortwachter riv --format json``: the draft re-integratieverslag's data."""

    schema_version: Literal[1]
    case_id: str | None
    as_of: str = _date("The date judged on.")
    employee: RivEmployeeOut
    employer: RivEmployerOut
    casemanager: str | None
    first_sick_day: str = _date("The chain's first sick day (Regeling art. 6 sub e).")
    sick_week: int
    einde_104_weken: str = _date("The end of the 104 weeks.")
    einde_wachttijd: str = _date("The last day of the waiting period.")
    ingang_wia: str | None
    chain: ChainOut = Field(description="The chain, without the causes (no diagnosis).")
    milestones: list[RivMilestoneOut]
    spoor: SpoorOut
    spoor_history: list[SpoorStepOut]
    extensions: list[RivExtensionOut]
    to_fill: list[str] = Field(description="What the case does not say (art. 6 sub b, c, d).")
    parts: list[RivPartOut]
    contents_given: bool = Field(description="Whether the case gives reintegratieverslag_inhoud.")
    receipt: ReceiptOut


class LinkTemplateOut(_Out):
    text: str = Field(description="The citation in short (Regeling art. 2 lid 1).")
    url: str | None = Field(
        description="The article on wetten.overheid.nl; {date} is the day it is read as in "
        "force on. null for a source without an official id."
    )


class MilestoneRuleOut(_Out):
    id: str
    kind: Kind
    label_nl: str
    label_en: str
    due: dict[str, Any] = Field(
        description="How the due date is set: kind (SickDay, FromEnd, AfterEvent, Every, "
        "CaseDate) and its terms."
    )
    window_start: int | None = Field(description="The sick day (0-based) its window opens.")
    valid_from: str = _date("The first due date this rule governs.")
    valid_until: str | None
    events: list[str] = Field(description="The events that record it as done.")
    basis: str
    basis_links: list[LinkTemplateOut]


class FindingTypeOut(_Out):
    id: str
    severity: Severity
    message_nl: str = Field(description="The message; {name} is a value of the finding.")
    message_en: str
    action_nl: str
    action_en: str
    closed_action_nl: str | None
    closed_action_en: str | None
    basis: str
    basis_links: list[LinkTemplateOut]


class RivPartRuleOut(_Out):
    id: str
    label_nl: str
    label_en: str
    holds_nl: str
    holds_en: str
    missing: Severity | None = Field(description="The severity of its absence; null: optional.")
    event: str | None = Field(description="The event its document's date must match.")
    basis: str
    basis_links: list[LinkTemplateOut]


class RulesOut(_Out):
    """``poortwachter rules --format json``: the law data the engine applies."""

    schema_version: Literal[1]
    engine_version: str
    rules_digest: str = Field(pattern=r"^sha256:[0-9a-f]{64}$")
    milestones: list[MilestoneRuleOut]
    findings: list[FindingTypeOut]
    riv_parts: list[RivPartRuleOut]


def output_schema(model: type[BaseModel], name: str, title: str) -> dict[str, Any]:
    return schema_head(model.model_json_schema(mode="serialization", by_alias=True), name, title)


def batch_record_schema() -> dict[str, Any]:
    schema: dict[str, Any] = {
        "description": "One line of poortwachter batch --format jsonl: a judged case "
        "(compact, schema_version 2, or with --detail full the sanction-risk document, "
        "schema_version 1), or an input row that could not be judged.",
        "oneOf": [
            {"$ref": "#/$defs/BatchCompactRecordOut"},
            {"$ref": "#/$defs/BatchRecordOut"},
            {"$ref": "#/$defs/BatchErrorOut"},
        ],
    }
    definitions: dict[str, Any] = {}
    for model in (BatchCompactRecordOut, BatchRecordOut, BatchErrorOut):
        generated = model.model_json_schema(
            mode="serialization", by_alias=True, ref_template="#/$defs/{model}"
        )
        definitions.update(generated.pop("$defs", {}))
        definitions[model.__name__] = generated
    schema["$defs"] = definitions
    return schema_head(schema, "batch-record", "poortwachter batch record")


def output_schemas() -> dict[str, dict[str, Any]]:
    """The schemas of the machine output, by their file names in ``schema/``."""
    return {
        "timeline.schema.json": output_schema(
            TimelineOut, "timeline", "poortwachter timeline document"
        ),
        "sanction-risk.schema.json": output_schema(
            SanctionRiskOut, "sanction-risk", "poortwachter sanction-risk document"
        ),
        "batch-record.schema.json": batch_record_schema(),
        "receipt.schema.json": output_schema(ReceiptOut, "receipt", "poortwachter receipt"),
        "riv.schema.json": output_schema(RivOut, "riv", "poortwachter draft re-integratieverslag"),
        "rules.schema.json": output_schema(RulesOut, "rules", "poortwachter rules"),
    }
