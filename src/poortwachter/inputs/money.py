"""Money as Dutch files write it (docs/law.md section 6, "Money read from files"): an
amount read the Dutch way, refused when it can be read two ways, and a wage that is
most likely a misread column told apart (accepted, with a warning naming the case).

The Dutch way: a comma is the decimal sign, a dot with exactly three digits after it
separates thousands (``3.100`` is three thousand one hundred). ``3,100`` (one comma and
exactly three digits, nothing else) is 3100 to an English reader and 3.10 to a Dutch
one: it is refused, naming both readings, never guessed.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..law.terms import DAYS_PER_PERIOD
from ..messages import Message, MessageError, Number, message

#: A currency sign or word before or after the amount (``€ 3.100``, ``EUR 3.100,00``,
#: ``3100 euro``), longest first; spaces between it and the number are allowed.
_CURRENCY = ("euro", "eur", "€")
#: ``,-``, ``,--``, and the en and em dash Word and Excel put in its place: the Dutch
#: for "no cents" (``€ 3.100,-``).
_NO_CENTS = (",--", ",-", ",\u2013", ",\u2014")
#: No amount is longer than this (``EUR 1.234.567.890,00 euro`` is 26): a longer cell
#: is refused before any pattern sees it, so reading stays linear in every cell.
MAX_AMOUNT_LENGTH = 40

_DIGITS = re.compile(r"-?[0-9]+")
#: Dutch: thousands dots in groups of three, a decimal comma (``3.100``, ``3.100,50``).
_DUTCH = re.compile(r"-?[1-9][0-9]{0,2}(?:\.[0-9]{3})+(?:,[0-9]+)?|-?[0-9]+,[0-9]+")
#: A decimal point with other than three digits after it (``3450.5``, ``3450.00``).
_POINT = re.compile(r"-?[0-9]+\.(?:[0-9]{1,2}|[0-9]{4,})")
#: English: thousands commas in groups of three, a decimal point with one or two digits
#: (``3,100.50``, ``1,234,567``). No Dutch number has a comma before a dot.
_ENGLISH = re.compile(r"-?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]{1,2})?")
#: The one form that reads two ways: one comma, 1-3 digits before it (not a lone 0),
#: exactly three after (``3,100``, ``12,500``).
_AMBIGUOUS = re.compile(r"-?(?!0,)[0-9]{1,3},[0-9]{3}")


def read_amount(text: str) -> Decimal:
    """The amount ``text`` holds, read the Dutch way; ``MessageError`` when it is no
    amount (``amount_unreadable``: a wage is not repeated, docs/privacy.md) or can be
    read two ways (``amount_ambiguous``, naming both readings).

    Read: ``3100``, ``3100,50``, ``3.100``, ``3.100,50``, ``1.234.567``, ``3450.00``,
    ``3450.5``, ``€ 3.100``, ``EUR 3.100,00``, ``€ 3.100,-`` (or with an en or em dash),
    and the English ``3,100.50`` and ``1,234,567`` (a comma before a dot, or two commas:
    only one reading). Refused: ``3,100`` (two readings), ``1234.500`` and ``0.500`` (a
    thousands dot out of place), a space inside the number (``1 1`` is not 11: it may be
    two values), ``1e5``, ``NaN``, and a cell longer than any amount."""
    value = _bare(text)
    if _AMBIGUOUS.fullmatch(value):
        raise MessageError(
            message(
                "amount_ambiguous",
                value=text.strip(),
                thousands=Decimal(value.replace(",", "")),
                decimal=Decimal(value.replace(",", ".")),
            )
        )
    if _DIGITS.fullmatch(value):
        normal = value
    elif _DUTCH.fullmatch(value):
        normal = value.replace(".", "").replace(",", ".")
    elif _POINT.fullmatch(value):
        normal = value
    elif _ENGLISH.fullmatch(value):
        normal = value.replace(",", "")
    else:
        raise MessageError(message("amount_unreadable"))
    try:
        return Decimal(normal)
    except InvalidOperation:  # pragma: no cover - the patterns above allow digits only
        raise MessageError(message("amount_unreadable")) from None


def _bare(text: str) -> str:
    """The number of an amount's text: without the spaces around it, a currency sign
    or word before or after it, and the Dutch ``,-`` for no cents. String operations
    only (no pattern that backtracks over a run of spaces); ``MessageError`` for a text
    longer than any amount."""
    value = text.strip()
    if len(value) > MAX_AMOUNT_LENGTH:
        raise MessageError(message("amount_unreadable"))
    for sign in _CURRENCY:
        if value[: len(sign)].lower() == sign:
            value = value[len(sign) :].lstrip()
            break
    for sign in _CURRENCY:
        if len(value) > len(sign) and value[-len(sign) :].lower() == sign:
            value = value[: -len(sign)].rstrip()
            break
    for dash in _NO_CENTS:
        if value.endswith(dash):
            return value[: -len(dash)]
    return value


def amount_text(text: str) -> str:
    """The amount ``text`` holds (read as ``read_amount`` reads it) written so that no
    reader can misread it: a plain number, with a decimal point and two decimals when
    it has cents (``3.100`` as ``3100``, ``3.100,50`` as ``3100.50``, ``3.100,505`` as
    ``3100.505``); ``MessageError`` as ``read_amount``."""
    amount = read_amount(text)
    if amount == amount.to_integral_value():
        return f"{amount.quantize(Decimal(1)):f}"
    cents = amount.quantize(Decimal("0.01"))
    return f"{cents:f}" if cents == amount else f"{amount.normalize():f}"


#: A monthly wage outside these bounds (or the same per day, week, 4 weeks or year, by
#: UWV's conversions) is most often a misread column (docs/law.md section 6).
PLAUSIBLE_MONTH_WAGE = (Decimal(500), Decimal(50_000))


def month_wage(amount: Decimal, per: str) -> Decimal:
    """The wage per month, by UWV's conversions (a month is 21.75 days, a week 5, four
    weeks 20 and a year 261: docs/law.md section 6)."""
    return amount / DAYS_PER_PERIOD[per] * DAYS_PER_PERIOD["month"]


def implausible_wage(amount: Decimal, per: str) -> bool:
    """Whether a wage is outside the plausible bounds of a monthly wage."""
    if per not in DAYS_PER_PERIOD:
        return False
    low, high = PLAUSIBLE_MONTH_WAGE
    monthly = month_wage(amount, per)
    return monthly < low or monthly > high


def wage_warning(
    case_id: str,
    where: str,
    amount: Decimal,
    per: str,
    hourly: tuple[Decimal, Decimal] | None = None,
) -> Message | None:
    """The warning for a wage outside the plausible bounds, naming the case and where
    the wage was read (a column as written, or a key path); ``None`` for a plausible
    wage. ``hourly`` is the hourly wage and the contract hours a week of a wage that
    a table gave per hour: the warning says them as the file gave them, and the
    wage per week they make."""
    if not implausible_wage(amount, per):
        return None
    low, high = PLAUSIBLE_MONTH_WAGE
    return message(
        "wage_implausible",
        case_id=case_id,
        where=where,
        hourly=""
        if hourly is None
        else message("as_hourly", rate=hourly[0], hours=Number(hourly[1])),
        amount=amount,
        per=message(f"per_{per}"),
        monthly="" if per == "month" else message("as_month", amount=month_wage(amount, per)),
        low=low,
        high=high,
    )
