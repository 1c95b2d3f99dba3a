"""The JSON Schema of case files, generated from the models that read them
(``casefile.CaseFile``), with a description of each key and what the loader accepts
beyond the models' own types (docs/case-files.md).

``benchmarks/generate_schemas.py`` writes it to ``schema/``; a test checks that the file
there is what this module generates.
"""

from __future__ import annotations

from typing import Any

from ..models import schema_head

#: The case file's keys, described (docs/case-files.md), by model and field.
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
        "wia_brief_uwv": "UWV's letter about the WIA application: the day it was sent.",
        "wia_brief_uwv_ontvangen": "The day that letter arrived (WIA art. 64 lid 6).",
        "wia_aanvraag": "The WIA application.",
        "ziekmelding_uit_dienst": "Sickness reported to UWV at the end of the contract.",
        "reintegratieverslag_ziektewet": "The Ziektewet re-integratieverslag.",
        "ziekmelding_zwangerschap": "Pregnancy-related sickness reported to UWV.",
        "ziekmelding_zwangerschap_na_verlof": "Sickness from pregnancy or childbirth after "
        "the leave reported to UWV.",
        "ziektewet_brief_uwv": "UWV's letter asking for the Ziektewet re-integratieverslag.",
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
        "zw_eigenrisicodrager": "Self-insurer for the Ziektewet: no Ziektewet "
        "re-integratieverslag at contract end; its own re-integration duties go on.",
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
    from .casefile import CaseFile

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
    return schema_head(schema, "case-file", "poortwachter case file")


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


def case_json_schema() -> dict[str, Any]:
    """The JSON Schema of case files, generated from the models, with a description of
    each key (published as ``schema/case-file.schema.json``)."""
    return case_file_schema()
