"""JSON Schemas of the case file and of the machine output, generated from models.

The case file's schema comes from the models that read case files (``loading.CaseFile``),
with a description for each key. The output documents (``timeline --format json``,
``sanction-risk --format json``, a ``batch`` JSON Lines record) are described by the
models below, which mirror ``Timeline.to_dict`` and ``Assessment.to_dict`` field for
field; they forbid any other field, so a test that validates the golden outputs against
them fails when the output and its schema drift apart.

``scripts/generate_schemas.py`` writes them to ``schema/``; a test checks that the
files there are what this module generates. Only that script and the tests import this
module: it is not on any command's path.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .assessment import PayPhase, Spoor
from .law.findings import Severity
from .law.milestones import Kind
from .models import ExtensionKind, Status
from .sickdays import CauseJudgement, GapOutcome
from .wage_end import WageEndReason

SCHEMA_URI = "https://json-schema.org/draft/2020-12/schema"
ID_BASE = "urn:poortwachter:schema:"


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
    id: str = Field(description="The rule id (rules.md section 3), such as 'wia_aanvraag'.")
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


class TimelineOut(_Out):
    """``poortwachter timeline --format json`` (contract: case-file.md)."""

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
    milestones: list[MilestoneOut]
    extensions: list[ExtensionOut]
    chain: ChainOut


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


class ExposureOut(_Out):
    """Money in euros as a JSON number with at most two decimals (a float when read by
    most JSON libraries); null without a wage in the case."""

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


class BatchErrorOut(_Out):
    """A batch line for an input row that could not be judged."""

    row: int = Field(ge=1)
    rows: list[int] | None = None
    source: str | None = None
    case_id: str | None
    error: str = Field(description="Every problem of the row, in English.")


#: The case file's keys, described (case-file.md), by model and field.
CASE_FILE_DESCRIPTIONS: dict[str, dict[str, str]] = {
    "CaseFile": {
        "schema_version": "1 (optional).",
        "case_id": "Anything that identifies the case: text, or a whole number.",
        "employee": "The employee (optional).",
        "employer": "The employer (optional).",
        "sick_periods": "The sick periods, in order, not overlapping; the last may be open.",
        "leave_periods": "WAZO leave (zwangerschaps- en bevallingsverlof).",
        "events": "What happened, and when.",
        "extensions": "A vrijwillige verlenging or a loonsanctie.",
    },
    "SickPeriodIn": {
        "start": "First sick day.",
        "end": "Last sick day; leave out while still sick.",
        "cause": "Free text (never repeated in a message).",
        "percentage": "How much of the work the employee cannot do, 1-100.",
        "same_cause_as_previous": "On a later period: the case's word on the cause.",
        "pregnancy_related": "Sickness from pregnancy or childbirth (ZW art. 29a).",
    },
    "LeavePeriodIn": {"start": "First day of leave.", "end": "Last day of leave."},
    "EventsIn": {
        "arbodienst_melding": "Sickness reported to the bedrijfsarts / arbodienst.",
        "probleemanalyse": "The bedrijfsarts' probleemanalyse.",
        "plan_van_aanpak": "The plan van aanpak.",
        "casemanager": "The casemanager named in the plan.",
        "evaluaties": "Evaluations of the plan, in date order.",
        "ziekmelding_uwv": "The 42nd-week report to UWV.",
        "arbeidsdeskundig_onderzoek": "The arbeidsdeskundig onderzoek.",
        "spoor1_no_prospect": "When return within the own organisation became impossible.",
        "eerstejaarsevaluatie": "The first-year evaluation.",
        "spoor2_start": "The start of spoor 2.",
        "spoor2_provider": "Who runs spoor 2.",
        "deskundigenoordeel": "UWV's deskundigenoordelen, in date order.",
        "reintegratieverslag": "The re-integratieverslag.",
        "actueel_oordeel": "The bedrijfsarts' actueel oordeel.",
        "wia_brief_uwv": "UWV's letter about the WIA application.",
        "wia_aanvraag": "The WIA application.",
        "ziekmelding_uit_dienst": "Sickness reported to UWV at the end of the contract.",
        "reintegratieverslag_ziektewet": "The Ziektewet re-integratieverslag.",
        "ziekmelding_zwangerschap": "Pregnancy-related sickness reported to UWV.",
    },
    "WageIn": {
        "amount": "Gross wage per period, in euros (3200.00 or '3.200,00').",
        "per": "The period: day, week, 4weeks, month or year.",
    },
    "EmployeeIn": {
        "name": "Free text (left out with --no-names).",
        "date_of_birth": "For the AOW age, which ends wage payment early.",
        "contract_end": "The contract's last day, if it ends while sick.",
        "hours_per_week": "Contract hours, for the year-1 minimum-wage floor.",
        "wage": "Gross wage, for the money figures.",
    },
    "PayPercentageIn": {
        "year1": "Percentage paid in the first sick year (CAO), at least 70.",
        "year2": "Percentage paid in the second sick year (CAO), at least 70.",
    },
    "EmployerIn": {
        "name": "Free text.",
        "wga_eigenrisicodrager": "Self-insurer for the WGA: spoor 3 after the waiting period.",
        "pay_percentage": "CAO percentages; the law's minimum is 70.",
    },
    "LoonsanctieIn": {
        "weeks": "The weeks UWV imposed, 1-52.",
        "decided": "The date of UWV's decision.",
        "herstel_gemeld": "When the employer reported the shortcoming repaired.",
        "herstel_decided": "When UWV decided it was repaired (bekorting).",
    },
    "ExtensionsIn": {
        "vrijwillige_verlenging_until": "The last day of a vrijwillige verlenging.",
        "loonsanctie": "A loonsanctie imposed by UWV.",
    },
}

#: What the loader accepts beyond the models' own types (YAML reads every scalar as
#: text; Dutch exports write dates, flags and amounts their own way).
_DATE_IN = {
    "type": "string",
    "pattern": r"^(\d{4}-\d{2}-\d{2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})$",
    "description": "A date: YYYY-MM-DD, or DD-MM-YYYY (also with / or .).",
}
_FLAG_WORDS = ("true", "false", "ja", "nee", "yes", "no", "j", "n", "y")
_FLAG_IN = {
    "anyOf": [
        {"type": "boolean"},
        {
            "type": "string",
            # any case, without an inline flag (not every JSON Schema validator has one)
            "pattern": "^\\s*("
            + "|".join("".join(f"[{c}{c.upper()}]" for c in word) for word in _FLAG_WORDS)
            + ")\\s*$",
        },
    ]
}


def case_file_schema() -> dict[str, Any]:
    """The JSON Schema of case files: the loader's models, described, with what the
    loader accepts beyond their types (dates the Dutch way, ``ja``/``nee``, a numeric
    case id, amounts written as Dutch exports do)."""
    from .loading import CaseFile

    schema = CaseFile.model_json_schema(mode="validation")
    definitions = schema["$defs"]
    for model, fields in CASE_FILE_DESCRIPTIONS.items():
        node = schema if model == "CaseFile" else definitions[model]
        for field, description in fields.items():
            node["properties"][field]["description"] = description
    _widen(schema)
    for node in definitions.values():
        _widen(node)
    _keywords(schema)
    schema["properties"]["case_id"] = {
        "description": CASE_FILE_DESCRIPTIONS["CaseFile"]["case_id"],
        "anyOf": [
            {"type": "string", "minLength": 1, "maxLength": 100},
            {"type": "integer"},
        ],
    }
    amount = definitions["WageIn"]["properties"]["amount"]
    amount["anyOf"] = [
        {"type": "number", "minimum": 0.01, "maximum": 10_000_000},
        {"type": "string", "pattern": r"^\s*(€\s*)?[0-9][0-9.,]*\s*$"},
    ]
    for key in ("type", "pattern", "minimum", "maximum", "exclusiveMinimum"):
        amount.pop(key, None)
    return _head(schema, "case-file", "poortwachter case file")


#: Bounds pydantic leaves under its own names where a validator runs first.
_BOUNDS = {"ge": "minimum", "le": "maximum", "gt": "exclusiveMinimum", "lt": "exclusiveMaximum"}


def _keywords(node: Any) -> None:
    """pydantic's ``ge``/``le``/``gt``/``lt`` (which validators ignore) as JSON Schema
    bounds, on the numeric branches of the node they stand on."""
    if isinstance(node, list):
        for item in node:
            _keywords(item)
        return
    if not isinstance(node, dict):
        return
    bounds = {_BOUNDS[key]: _number(node.pop(key)) for key in list(node) if key in _BOUNDS}
    if bounds:
        branches = [
            branch
            for branch in node.get("anyOf", [node])
            if branch.get("type") in ("number", "integer")
        ]
        for branch in branches or [node]:
            branch.update(bounds)
    for value in node.values():
        _keywords(value)


def _number(value: Any) -> int | float:
    number = float(value)
    return int(number) if number.is_integer() else number


_NUMERIC = ("type", "minimum", "maximum", "ge", "le", "gt", "lt")


def _widen(node: dict[str, Any]) -> None:
    """Dates as the loader reads them; flags as booleans or yes/no words."""
    for prop in node.get("properties", {}).values():
        for option in [prop, *prop.get("anyOf", []), prop.get("items", {})]:
            if option.get("format") == "date":
                option.pop("format")
                option.update({k: v for k, v in _DATE_IN.items() if k != "description"})
        whole = {"type": "string", "pattern": r"^\s*[+-]?[0-9]{1,12}\s*$"}
        if prop.get("type") == "integer" and "const" not in prop:
            prop["anyOf"] = [{key: prop.pop(key) for key in list(prop) if key in _NUMERIC}, whole]
        elif any(option.get("type") == "integer" for option in prop.get("anyOf", [])):
            prop["anyOf"].insert(1, whole)
        if prop.get("type") == "boolean":
            prop.pop("type")
            prop.update(_FLAG_IN)
        elif any(option.get("type") == "boolean" for option in prop.get("anyOf", [])):
            prop["anyOf"] = [*_FLAG_IN["anyOf"], {"type": "null"}]


def _head(schema: dict[str, Any], name: str, title: str) -> dict[str, Any]:
    """``$schema``, ``$id`` and ``title`` first, then the rest."""
    head = {"$schema": SCHEMA_URI, "$id": f"{ID_BASE}{name}:1", "title": title}
    return {**head, **{key: value for key, value in schema.items() if key not in head}}


def output_schema(model: type[BaseModel], name: str, title: str) -> dict[str, Any]:
    return _head(model.model_json_schema(mode="serialization", by_alias=True), name, title)


def batch_record_schema() -> dict[str, Any]:
    schema: dict[str, Any] = {
        "description": "One line of poortwachter batch --format jsonl: a judged case, or "
        "an input row that could not be judged.",
        "oneOf": [{"$ref": "#/$defs/BatchRecordOut"}, {"$ref": "#/$defs/BatchErrorOut"}],
    }
    definitions: dict[str, Any] = {}
    for model in (BatchRecordOut, BatchErrorOut):
        generated = model.model_json_schema(
            mode="serialization", by_alias=True, ref_template="#/$defs/{model}"
        )
        definitions.update(generated.pop("$defs", {}))
        definitions[model.__name__] = generated
    schema["$defs"] = definitions
    return _head(schema, "batch-record", "poortwachter batch record")


def all_schemas() -> dict[str, dict[str, Any]]:
    """Every schema, by its file name in ``schema/``."""
    return {
        "case-file.schema.json": case_file_schema(),
        "timeline.schema.json": output_schema(
            TimelineOut, "timeline", "poortwachter timeline document"
        ),
        "sanction-risk.schema.json": output_schema(
            SanctionRiskOut, "sanction-risk", "poortwachter sanction-risk document"
        ),
        "batch-record.schema.json": batch_record_schema(),
    }
