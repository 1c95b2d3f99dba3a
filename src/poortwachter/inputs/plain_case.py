"""A fast path for the plain case document of a batch (a JSON Lines line as most payroll
exports write it): the case id, sick periods of ISO dates, event dates and the
casemanager, a whole-euro wage. Such a document is built into its ``Case`` directly, as
the case-file models would build it (``casefile.CaseFile.to_case``); anything else (any
other key, any value of another form, a placeholder, a date out of bounds) returns
``None`` and goes through the full models, with their messages. A property holds the
two equal on every document (tests/inputs/test_plain_case.py)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from ..models import EVENT_DATE_FIELDS, EVENT_DATE_LISTS, Case, Employee, Events, Wage
from ..sickdays import SickPeriod
from .casefile import MAX_CASE_ID, MAX_DATES, MAX_PERIODS, MAX_TEXT, MAX_WAGE_AMOUNT
from .dates import DateError, parse_cli_date

_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_PERIOD_KEYS = frozenset({"start", "end"})
_EVENT_DATES = frozenset(EVENT_DATE_FIELDS)
_EVENT_LISTS = frozenset(EVENT_DATE_LISTS)
_TOP_KEYS = frozenset({"case_id", "sick_periods", "events", "employee"})
_PERIODS = frozenset({"day", "week", "4weeks", "month", "year"})


class _NotPlain(Exception):
    """The document is not plain: the full models read it."""


def plain_case(document: object) -> Case | None:
    """The case of a plain document, or ``None``."""
    if not isinstance(document, dict) or not _TOP_KEYS.issuperset(document):
        return None
    try:
        return Case(
            sick_periods=_periods(document.get("sick_periods")),
            events=_events(document["events"]) if "events" in document else None,
            case_id=_case_id(document.get("case_id")),
            employee=_employee(document["employee"]) if "employee" in document else Employee(),
        )
    except (_NotPlain, DateError):
        return None


def _day(value: Any) -> date:
    if not isinstance(value, str) or not _ISO.fullmatch(value):
        raise _NotPlain
    return parse_cli_date(value)  # the same bounds as the models (DateError: not plain)


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value or len(value) > MAX_TEXT:
        raise _NotPlain
    if not value.isprintable() or "<" in value or ">" in value:
        raise _NotPlain  # control characters, surrogates or a placeholder: the models say
    return value


def _case_id(value: Any) -> str:
    text = _text(value)
    if len(text) > MAX_CASE_ID or text != text.strip():
        raise _NotPlain
    return text


def _periods(value: Any) -> tuple[SickPeriod, ...]:
    if not isinstance(value, list) or not 1 <= len(value) <= MAX_PERIODS:
        raise _NotPlain
    periods = []
    for item in value:
        if not isinstance(item, dict) or "start" not in item or not _PERIOD_KEYS.issuperset(item):
            raise _NotPlain
        end = item.get("end")
        periods.append(SickPeriod(_day(item["start"]), None if end is None else _day(end)))
    return tuple(periods)


def _events(value: Any) -> Events:
    if not isinstance(value, dict):
        raise _NotPlain
    values: dict[str, Any] = {}
    for key, item in value.items():
        if key in _EVENT_DATES:
            values[key] = None if item is None else _day(item)
        elif key in _EVENT_LISTS:
            if not isinstance(item, list) or len(item) > MAX_DATES:
                raise _NotPlain
            values[key] = tuple(_day(day) for day in item)
        elif key == "casemanager":
            values[key] = None if item is None else _text(item)
        else:
            raise _NotPlain
    return Events(**values)


def _employee(value: Any) -> Employee:
    if not isinstance(value, dict) or set(value) != {"wage"}:
        raise _NotPlain
    wage = value["wage"]
    if not isinstance(wage, dict) or set(wage) != {"amount", "per"}:
        raise _NotPlain
    amount, per = wage["amount"], wage["per"]
    if isinstance(amount, bool) or not isinstance(amount, int) or per not in _PERIODS:
        raise _NotPlain
    if not 1 <= amount <= MAX_WAGE_AMOUNT:
        raise _NotPlain
    return Employee(wage=Wage(Decimal(amount), per))
