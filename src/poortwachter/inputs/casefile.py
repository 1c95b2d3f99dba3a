"""Case files (YAML or JSON) to engine values: strict, once, at the edge.

Every problem in a file is reported, each naming the file, the key path, the value and
what would be valid (docs/case-files.md). Unknown keys and duplicate keys are errors: a typo
must not pass silently. This module parses text; reading files is the CLI's job.
"""

from __future__ import annotations

import re
import types
import typing
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from ..checks import check_case
from ..law.terms import LOONSANCTIE_MAX_WEEKS, MAX_HOURS_PER_WEEK, STATUTORY_PAY_PERCENTAGE
from ..messages import Message, MessageError, message
from ..models import (
    Case,
    Employee,
    Employer,
    Events,
    ExtensionsInput,
    Loonsanctie,
    PayPercentage,
    Problem,
    Wage,
)
from ..sickdays import LeavePeriod, SickPeriod
from .dates import DateError, parse_cli_date
from .documents import CaseFileError, has_lone_surrogate, parse_document, read_case_text
from .money import read_amount
from .placeholders import placeholder_paths, placeholder_problem
from .riv_contents import RivContentsIn
from .values import wage_period


def _iso_date(value: object) -> date:
    """ISO ``YYYY-MM-DD``, or the Dutch ``DD-MM-YYYY`` (docs/case-files.md: accepted everywhere
    a date is read), each parsed strictly."""
    if isinstance(value, str):
        return parse_cli_date(value)
    if isinstance(value, date):
        return parse_cli_date(value.isoformat())  # the same bounds
    raise DateError(message("not_a_date", value=_short(value)))


#: ``ja``/``nee`` beside ``true``/``false`` (docs/case-files.md).
_YES = frozenset({"true", "ja", "yes", "j", "y"})
_NO = frozenset({"false", "nee", "no", "n"})


def _flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        word = value.strip().casefold()
        if word in _YES:
            return True
        if word in _NO:
            return False
    raise MessageError(message("flag_invalid", value=_short(value)))


def check_case_id(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise MessageError(message("not_a_case_id", value=_short(value)))
    if isinstance(value, int) and value.bit_length() > 64:
        raise MessageError(message("case_id_number_too_large"))
    text = str(value).strip()
    if not text:
        raise MessageError(message("case_id_empty"))
    if len(text) > MAX_CASE_ID:
        raise MessageError(message("case_id_too_long", length=len(text), most=MAX_CASE_ID))
    if not text.isprintable():
        raise MessageError(message("control_character", value=_short(text)))
    return text


def _text(value: object) -> str:
    """Free text (a cause, a name): never echoed in a message, as it may be health data."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise MessageError(message("not_text"))
    text = str(value)
    if len(text) > MAX_TEXT:
        raise MessageError(message("text_too_long", length=len(text), most=MAX_TEXT))
    if has_lone_surrogate(text):
        raise MessageError(message("lone_surrogate"))
    return text


#: Bounds on what a case file may hold (issue: bounded, literal input).
MAX_CASE_ID = 100
MAX_TEXT = 500
MAX_PERIODS = 1000
MAX_DATES = 1000
#: The largest wage amount accepted, in euros per period.
MAX_WAGE_AMOUNT = Decimal(10_000_000)


def _schema_version(value: object) -> object:
    """``1`` as a number or as text (YAML scalars are read as text)."""
    return 1 if value in (1, "1") else value


def _whole(value: object) -> object:
    """A whole number as people write it (``70``, ``" 70 "``); not ``1_0``, ``50.0`` or
    ``٣``, which Python's own parsing would take."""
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"[+-]?[0-9]{1,12}", text):
            return int(text)
        raise MessageError(message("not_whole", value=_short(value)))
    if isinstance(value, bool) or not isinstance(value, int):
        raise MessageError(message("not_whole", value=_short(value)))
    return value


IsoDate = Annotated[date, BeforeValidator(_iso_date)]
Whole = Annotated[int, BeforeValidator(_whole)]
Flag = Annotated[bool, BeforeValidator(_flag)]
CaseId = Annotated[str, BeforeValidator(check_case_id)]
Text = Annotated[str, BeforeValidator(_text)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


DateList = Annotated[list[IsoDate], Field(default_factory=list, max_length=MAX_DATES)]


class SickPeriodIn(_Strict):
    start: IsoDate
    end: IsoDate | None = None
    cause: Text | None = None
    percentage: Whole | None = Field(default=None, ge=1, le=100)
    same_cause_as_previous: Flag | None = None
    pregnancy_related: Flag = False


class LeavePeriodIn(_Strict):
    start: IsoDate
    end: IsoDate


class EventsIn(_Strict):
    arbodienst_melding: IsoDate | None = None
    probleemanalyse: IsoDate | None = None
    plan_van_aanpak: IsoDate | None = None
    casemanager: Text | None = None
    evaluaties: DateList
    ziekmelding_uwv: IsoDate | None = None
    arbeidsdeskundig_onderzoek: IsoDate | None = None
    spoor1_no_prospect: IsoDate | None = None
    eerstejaarsevaluatie: IsoDate | None = None
    spoor2_start: IsoDate | None = None
    spoor2_provider: Text | None = None
    deskundigenoordeel: DateList
    reintegratieverslag: IsoDate | None = None
    actueel_oordeel: IsoDate | None = None
    wia_brief_uwv: IsoDate | None = None
    wia_brief_uwv_ontvangen: IsoDate | None = None
    wia_aanvraag: IsoDate | None = None
    ziekmelding_uit_dienst: IsoDate | None = None
    reintegratieverslag_ziektewet: IsoDate | None = None
    ziekmelding_zwangerschap: IsoDate | None = None
    ziekmelding_zwangerschap_na_verlof: IsoDate | None = None
    ziektewet_brief_uwv: IsoDate | None = None
    ziekmelding_uwv_eerste_ziektedag: IsoDate | None = None
    ziekmelding_uit_dienst_eerste_ziektedag: IsoDate | None = None
    ziekmelding_zwangerschap_eerste_ziektedag: IsoDate | None = None

    def to_events(self) -> Events:
        values = {name: getattr(self, name) for name in type(self).model_fields}
        values["evaluaties"] = tuple(self.evaluaties)
        values["deskundigenoordeel"] = tuple(self.deskundigenoordeel)
        return Events(**values)


def _amount(value: object) -> object:
    """An amount as written (every YAML value is read as text), read the Dutch way:
    ``3.100`` is 3100, ``3.450,00`` and ``€ 3450`` as exports write them, and ``3,100``
    refused, naming both readings (docs/law.md section 6). A JSON number is a number."""
    if isinstance(value, str):
        return read_amount(value)
    return value


def _period(value: object) -> object:
    """``maand``, ``4 weken``, ``per jaar``: the period's name; else left to be refused."""
    return (wage_period(value) or value) if isinstance(value, str) else value


class WageIn(_Strict):
    amount: Annotated[
        Decimal,
        BeforeValidator(_amount),
        Field(ge=Decimal("0.01"), le=MAX_WAGE_AMOUNT, allow_inf_nan=False),
    ]
    per: Annotated[Literal["day", "week", "4weeks", "month", "year"], BeforeValidator(_period)]


class EmployeeIn(_Strict):
    name: Text | None = None
    date_of_birth: IsoDate | None = None
    contract_end: IsoDate | None = None
    hours_per_week: Annotated[
        Decimal | None, BeforeValidator(_amount), Field(gt=0, le=MAX_HOURS_PER_WEEK)
    ] = None
    wage: WageIn | None = None


class PayPercentageIn(_Strict):
    year1: Whole = Field(default=STATUTORY_PAY_PERCENTAGE, ge=STATUTORY_PAY_PERCENTAGE, le=100)
    year2: Whole = Field(default=STATUTORY_PAY_PERCENTAGE, ge=STATUTORY_PAY_PERCENTAGE, le=100)


class EmployerIn(_Strict):
    name: Text | None = None
    wga_eigenrisicodrager: Flag = False
    pay_percentage: PayPercentageIn = Field(default_factory=PayPercentageIn)
    zw_eigenrisicodrager: Flag = False


class LoonsanctieIn(_Strict):
    weeks: Whole = Field(ge=1, le=LOONSANCTIE_MAX_WEEKS)
    decided: IsoDate
    herstel_gemeld: IsoDate | None = None
    herstel_decided: IsoDate | None = None


class ExtensionsIn(_Strict):
    vrijwillige_verlenging_until: IsoDate | None = None
    loonsanctie: LoonsanctieIn | None = None


def _events_block(value: object) -> object:
    """An ``events:`` key with nothing under it (only comments, as ``case init`` writes
    it) is an empty block: the file records events, none has happened yet (docs/law.md
    section 3). Only a file without the key records no events."""
    return {} if value is None else value


class CaseFile(_Strict):
    """The case-file format of docs/case-files.md."""

    schema_version: Annotated[Literal[1], BeforeValidator(_schema_version)] = 1
    case_id: CaseId
    employee: EmployeeIn = Field(default_factory=EmployeeIn)
    employer: EmployerIn = Field(default_factory=EmployerIn)
    sick_periods: list[SickPeriodIn] = Field(min_length=1, max_length=MAX_PERIODS)
    leave_periods: list[LeavePeriodIn] = Field(default_factory=list, max_length=MAX_PERIODS)
    events: Annotated[EventsIn | None, BeforeValidator(_events_block)] = None
    extensions: ExtensionsIn = Field(default_factory=ExtensionsIn)
    reintegratieverslag_inhoud: RivContentsIn | None = None

    def to_case(self) -> Case:
        employee, employer, extensions = self.employee, self.employer, self.extensions
        sanction = extensions.loonsanctie
        return Case(
            case_id=self.case_id,
            sick_periods=tuple(
                SickPeriod(
                    p.start,
                    p.end,
                    p.cause,
                    pregnancy_related=p.pregnancy_related,
                    same_cause_as_previous=p.same_cause_as_previous,
                    percentage=p.percentage,
                )
                for p in self.sick_periods
            ),
            leave_periods=tuple(LeavePeriod(p.start, p.end) for p in self.leave_periods),
            events=self.events.to_events() if self.events is not None else None,
            employee=Employee(
                name=employee.name,
                date_of_birth=employee.date_of_birth,
                wage=Wage(employee.wage.amount, employee.wage.per) if employee.wage else None,
                contract_end=employee.contract_end,
                hours_per_week=employee.hours_per_week,
            ),
            employer=Employer(
                name=employer.name,
                wga_eigenrisicodrager=employer.wga_eigenrisicodrager,
                pay_percentage=PayPercentage(
                    employer.pay_percentage.year1, employer.pay_percentage.year2
                ),
                zw_eigenrisicodrager=employer.zw_eigenrisicodrager,
            ),
            extensions=ExtensionsInput(
                vrijwillige_verlenging_until=extensions.vrijwillige_verlenging_until,
                loonsanctie=(
                    Loonsanctie(
                        sanction.weeks,
                        sanction.decided,
                        sanction.herstel_decided,
                        sanction.herstel_gemeld,
                    )
                    if sanction
                    else None
                ),
            ),
            riv_inhoud=(
                self.reintegratieverslag_inhoud.to_contents()
                if self.reintegratieverslag_inhoud is not None
                else None
            ),
        )


def load_case(source: str, text: str) -> Case:
    """Parse and validate one case document; ``source`` names it in messages."""
    document = parse_document(source, text)
    return case_from_document(source, document)


def case_from_document(source: str, document: object, *, check: bool = True) -> Case:
    """Validate an already parsed document (a mapping) into a case. With ``check=False``
    the checks across keys are left to the engine, which makes them anyway."""
    if not isinstance(document, dict):
        kind = "nothing" if document is None else type(document).__name__
        said = message(_KINDS[kind]) if kind in _KINDS else kind
        raise CaseFileError(source, [message("not_a_case_mapping", kind=said)])
    given = document.get("case_id")
    case_id = given if isinstance(given, str) and given.isprintable() else None
    # A template's placeholders first: each is a value still to fill in, not a bad one.
    left = placeholder_paths(document)
    unfilled = [placeholder_problem(path) for path in left]
    try:
        case = CaseFile.model_validate(document).to_case()
    except ValidationError as error:
        details = [
            detail
            for detail in error.errors(include_url=False)
            if _path(tuple(detail["loc"])) not in left
        ]
        messages = unfilled + [_describe(detail) for detail in details]
        failed = {str(detail["loc"][0]) for detail in details if detail["loc"]}
        failed |= {_top_key(path) for path in left}
        messages += _checks_of_valid_parts(document, failed)
        raise CaseFileError(source, messages, None if "case_id" in failed else case_id) from None
    if left:
        failed = {_top_key(path) for path in left}
        messages = unfilled + _checks_of_valid_parts(document, failed)
        raise CaseFileError(source, messages, None if "case_id" in failed else case_id)
    problems = check_case(case) if check else []
    if problems:
        raise CaseFileError(source, [problem.said for problem in problems], case_id)
    return case


#: The kinds of value a document that is not a mapping can be (JSON's, YAML's).
_KINDS = {
    "nothing": "kind_nothing",
    "list": "kind_list",
    "str": "kind_str",
    "int": "kind_int",
    "float": "kind_float",
    "bool": "kind_bool",
}


def _top_key(path: str) -> str:
    """The top-level key of a key path: ``sick_periods`` of ``sick_periods[0].start``."""
    return path.split(".")[0].split("[")[0]


def _checks_of_valid_parts(document: dict[str, Any], failed: set[str]) -> list[Message]:
    return [problem.said for problem in problems_of_valid_parts(document, failed)]


def problems_of_valid_parts(document: dict[str, Any], failed: set[Any]) -> list[Problem]:
    """The checks across keys, on the parts of a document that did validate (``failed``
    names the top-level keys that did not), so that one bad key does not hide an overlap
    or an event before the first sick day."""
    if "sick_periods" in failed:
        return []
    valid_parts = {key: value for key, value in document.items() if key not in failed}
    valid_parts["case_id"] = "-"  # a missing or bad id is reported already
    try:
        case = CaseFile.model_validate(valid_parts).to_case()
    except ValidationError:
        return []
    return [
        problem
        for problem in check_case(case)
        if problem.path.split(".")[0].split("[")[0] not in failed
    ]


def key_path(location: tuple[int | str, ...]) -> str:
    """A pydantic location as the key path of messages: ``sick_periods[0].start``."""
    return _path(location)


def describe_problem(detail: Any) -> Message:
    """One pydantic error of a case-file model as a message (``key.path: ...``)."""
    return _describe(detail)


def _path(location: tuple[int | str, ...]) -> str:
    path = ""
    for part in location:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else part)
    return path


#: Keys whose values are personal data: a message names the key, never the value.
PRIVATE_KEYS = frozenset({"cause", "name", "casemanager", "spoor2_provider", "amount"})


def _describe(detail: Any) -> Message:
    """One pydantic error as ``key.path: value ... what would be valid``; the value of
    a private key (free text, a wage) is left out."""
    location = tuple(detail["loc"])
    kind = detail["type"]
    if kind == "extra_forbidden":
        return _unknown_key(location)
    return message("path_problem", path=_path(location), problem=_what(location, kind, detail))


def _what(location: tuple[int | str, ...], kind: str, detail: Any) -> Message:
    """What is wrong with the value at ``location``, by the kind of pydantic error."""
    value = detail.get("input")
    if kind == "missing":
        return message("missing_key")
    if location and location[-1] in PRIVATE_KEYS and kind != "value_error":
        return message("private_invalid", hint=_private_hint(kind, detail))
    if kind == "value_error":
        error = detail["ctx"]["error"]
        if isinstance(error, MessageError):
            return error.said
        return message("not_valid_detail", value=_short(value), detail=str(error))
    if kind == "literal_error":
        expected = _either_or(str(detail["ctx"]["expected"]))
        return message("not_supported", value=_short(value), expected=expected)
    if kind == "too_short":
        return message("empty_list")
    if kind == "too_long":
        return message("too_many", value=_short(value), most=detail["ctx"]["max_length"])
    if kind == "finite_number":
        return message("not_finite", value=_short(value))
    if kind in ("greater_than", "greater_than_equal", "less_than_equal"):
        bound = detail["ctx"]
        limits = {
            "greater_than": message("limit_above", bound=str(bound.get("gt"))),
            "greater_than_equal": message("limit_at_least", bound=str(bound.get("ge"))),
            "less_than_equal": message("limit_at_most", bound=str(bound.get("le"))),
        }
        return message("out_of_range", value=_short(value), limit=limits[kind])
    if kind in ("bool_type", "bool_parsing"):
        return message("flag_invalid", value=_short(value))
    if kind in ("int_type", "int_parsing", "int_from_float", "int_parsing_size"):
        return message("not_whole", value=_short(value))
    if kind in ("decimal_parsing", "decimal_type"):
        return message("not_a_number", value=_short(value))
    return message("not_valid_detail", value=_short(value), detail=_pydantic_said(kind, detail))


def _pydantic_said(kind: str, detail: Any) -> Message | str:
    """What pydantic says of a value of the wrong shape (its own words otherwise)."""
    if kind == "list_type":
        return message("expected_list")
    if kind == "model_type":
        return message("expected_mapping", model=str(detail["ctx"]["class_name"]))
    return str(detail["msg"])


def _either_or(expected: str) -> Message | str:
    """pydantic's ``'day', 'week' or 'year'`` with its last ``or`` in the language shown."""
    choices, separator, last = expected.rpartition(" or ")
    return message("either_or", choices=choices, last=last) if separator else expected


def _unknown_key(location: tuple[int | str, ...]) -> Message:
    """An unknown key, named but cut short: a key like ``cause:burn-out`` (a space
    forgotten after the colon) carries its value in it, so it is not repeated."""
    key = str(location[-1]) if location else ""
    parent = _path(location[:-1])
    valid = ", ".join(_valid_keys(location[:-1]))
    where = f"{parent}." if parent else ""
    if ":" in key:
        path = f"{where}{key.split(':', 1)[0]}"
        return message("path_problem", path=path, problem=message("key_with_colon", valid=valid))
    shown = key if len(key) <= SHOWN_TEXT and key.isprintable() else _short(key)
    return message(
        "path_problem", path=f"{where}{shown}", problem=message("unknown_key", valid=valid)
    )


def _bound(value: object) -> str:
    """A limit as people write it: pydantic hands ``Decimal('0.01')`` over as that text."""
    text = str(value)
    return text.removeprefix("Decimal('").removesuffix("')")


def _private_hint(kind: str, detail: Any) -> Message | str:
    """What would be valid for a private value, without the value."""
    bound = {key: _bound(value) for key, value in (detail.get("ctx") or {}).items()}
    if kind in ("greater_than_equal", "greater_than"):
        return message("hint_at_least", bound=str(bound.get("ge", bound.get("gt"))))
    if kind == "less_than_equal":
        return message("hint_at_most", bound=str(bound.get("le")))
    if kind in ("decimal_parsing", "decimal_type", "finite_number"):
        return message("hint_number")
    return str(detail.get("msg", "see the case-file format"))


def _short(value: object) -> Message | str:
    """A bad value for a one-line message, cut short BEFORE it is formatted: a value
    may be huge (a 10 MB id, a number of 5,000 digits) or hold line breaks. A value that
    cannot be shown is described (``a list of 3 items``) in the language shown."""
    if isinstance(value, str):
        if len(value) <= SHOWN_TEXT and value.isprintable() and value == value.strip():
            return value or "''"
        shown = repr(value[:SHOWN_TEXT])
        return shown + "..." if len(value) > SHOWN_TEXT else shown
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int):
        return str(value) if value.bit_length() <= 64 else message("value_too_large")
    if isinstance(value, float | Decimal):
        return repr(value) if isinstance(value, float) else str(value)[:SHOWN_TEXT]
    if isinstance(value, list | tuple):
        return message("value_list", count=len(value))
    if isinstance(value, dict):
        return message("value_mapping", count=len(value))
    return type(value).__name__


#: How much of a bad value a message shows.
SHOWN_TEXT = 40


def _valid_keys(location: tuple[int | str, ...]) -> list[str]:
    """The keys the model at ``location`` accepts, for an unknown-key message."""
    model: type[BaseModel] = CaseFile
    for part in location:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part)
        found = _model_in(field.annotation) if field else None
        if found is None:
            return []
        model = found
    return list(model.model_fields)


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, tuple, Union, types.UnionType, Annotated):
        for argument in typing.get_args(annotation):
            found = _model_in(argument)
            if found is not None:
                return found
    return None


def load_case_file(path: str | Path) -> Case:
    """Read and validate one case file (YAML or JSON, by its name)."""
    return load_case(str(path), read_case_text(Path(path)))
