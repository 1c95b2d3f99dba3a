"""``reintegratieverslag_inhoud`` of a case file (docs/case-files.md): what the
re-integratieverslag holds, part by part, each with the date of its document, ``ontbreekt``
for a part it misses, or ``n.v.t.`` with the reason where a part does not apply
(docs/law.md section 7a)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema

from ..messages import MessageError, message
from ..models import RivContents, RivPart
from .dates import parse_cli_date

#: The words for a part the RIV misses, and for one that does not apply.
MISSING_WORDS = frozenset({"ontbreekt", "missing"})
NOT_APPLICABLE = ("n.v.t.", "nvt", "n.v.t", "not applicable")
#: The longest reason for ``n.v.t.`` (free text: never echoed in a message).
MAX_REASON = 500


def read_part(value: object) -> object:
    """A part as written: a date, ``ontbreekt``, or ``n.v.t.: reason``, as a dict the
    model reads (``{"on": ...}``, ``{"nvt": ...}`` or ``{}``)."""
    if value is None:
        return {}
    if isinstance(value, date):
        return {"on": parse_cli_date(value.isoformat())}
    if not isinstance(value, str):
        raise MessageError(message("riv_part_invalid"))
    text = value.strip()
    if text.casefold() in MISSING_WORDS:
        return {}
    lowered = text.casefold()
    for word in NOT_APPLICABLE:
        if lowered.startswith(word):
            reason = text[len(word) :].strip().lstrip(":-\u2013\u2014(").rstrip(")").strip()
            if not reason:
                raise MessageError(message("riv_nvt_needs_reason"))
            if len(reason) > MAX_REASON:
                raise MessageError(message("text_too_long", length=len(reason), most=MAX_REASON))
            return {"nvt": reason}
    return {"on": parse_cli_date(text)}


class _PartIn(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    on: date | None = None
    nvt: str | None = None

    def to_part(self) -> RivPart:
        return RivPart(self.on, self.nvt)


Part = Annotated[
    _PartIn,
    BeforeValidator(read_part),
    WithJsonSchema(
        {
            "type": "string",
            "description": "The date of the part's document (YYYY-MM-DD or DD-MM-YYYY), "
            "'ontbreekt' when the report misses it, or 'n.v.t.: reason' where it does not "
            "apply.",
        }
    ),
    Field(default_factory=_PartIn),
]


def _dates(value: object) -> object:
    """``bijstellingen``: a list of dates, or one; ``geen``, ``ontbreekt``, ``n.v.t.``
    (with or without a reason) or nothing: none (no adjustment is no shortcoming)."""
    if value is None:
        return []
    if isinstance(value, str):
        word = value.strip().casefold()
        if word in {"geen", "none"} | MISSING_WORDS or word.startswith(NOT_APPLICABLE):
            return []
        value = [value]
    elif isinstance(value, date):
        value = [value]
    if not isinstance(value, list):
        raise MessageError(message("riv_bijstellingen_invalid"))
    return [
        parse_cli_date(item.isoformat() if isinstance(item, date) else str(item)) for item in value
    ]


class RivContentsIn(BaseModel):
    """What the re-integratieverslag holds (docs/case-files.md)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    probleemanalyse: Part
    plan_van_aanpak: Part
    bijstellingen: Annotated[list[date], BeforeValidator(_dates)] = Field(
        default_factory=list, max_length=1000
    )
    eerstejaarsevaluatie: Part
    arbeidsdeskundig_rapport: Part
    actueel_oordeel: Part
    eindevaluatie: Part
    visie_werknemer: Part
    kopie_werknemer: Part

    def to_contents(self) -> RivContents:
        parts: list[tuple[str, RivPart]] = []
        for name in type(self).model_fields:
            value: Any = getattr(self, name)
            if isinstance(value, _PartIn) and not (value.on is None and value.nvt is None):
                parts.append((name, value.to_part()))
        return RivContents(tuple(parts), tuple(self.bijstellingen))
