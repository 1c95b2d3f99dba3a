"""The pay lines of sanction-risk and the report: the percentage said, no YAML key as a
label, and the minimum-wage floor compared with the pay it lifts (BW 7:629 lid 1)."""

from __future__ import annotations

import pytest

from poortwachter.assessment import assess
from poortwachter.inputs.casefile import load_case
from poortwachter.language import Language
from poortwachter.outputs.report import render_report
from poortwachter.outputs.tables import pay_lines

from ..helpers import d


def lines(employee: str, lang: Language = "nl", pay: str = "") -> list[str]:
    text = f"case_id: E-9\nemployee: {{{employee}}}\nsick_periods: [{{start: 2025-01-06}}]\n"
    text += pay
    # On 1 June 2025 in the first sick year; the hourly minimum is EUR 14,06 since 1 Jan.
    return pay_lines(assess(load_case("zaak.yaml", text), d("2025-06-01")), lang)


def test_a_pay_under_the_floor_is_called_70_percent_of_the_wage_not_the_wage() -> None:
    # EUR 2.000 a month = 2000 x 3/13 = 461,54 a week; 70% = 323,08 < 40 x 14,06 = 562,40.
    floor = lines("wage: {amount: 2000, per: month}, hours_per_week: 40")[1]
    assert "40 uur x EUR 14,06 = EUR 562,40 per week" in floor
    assert "70% van het loon: EUR 323,08 per week; aangevuld tot het minimumloon" in floor
    assert "het loon van" not in floor


def test_a_pay_above_the_floor_says_so_with_its_own_percentage() -> None:
    # EUR 4.000 a month = 923,08 a week; 100% of it is above EUR 562,40.
    pay = "employer: {pay_percentage: {year1: 100, year2: 70}}\n"
    nl = lines("wage: {amount: 4000, per: month}, hours_per_week: 40", pay=pay)
    assert nl[0] == "eerste ziektejaar: 100%; vanaf ma 05-01-2026: tweede ziektejaar"
    assert "100% van het loon: EUR 923,08 per week, boven het minimumloon" in nl[1]
    en = lines("wage: {amount: 4000, per: month}, hours_per_week: 40", "en", pay)
    assert "100% of the wage: EUR 923.08 a week, above the minimum wage" in en[1]


@pytest.mark.parametrize(
    ("hours", "applies"),
    [
        # 70% of EUR 700 a week = 490,00 a week; the floor at 34,85 hours = 489,99 (pay
        # above it) and at 34,86 hours = 490,13 (pay lifted): both sides of the line.
        ("34.85", False),
        ("34.86", True),
    ],
)
def test_the_floor_is_compared_on_both_sides_of_the_line(hours: str, applies: bool) -> None:
    floor = lines(f"wage: {{amount: 700, per: week}}, hours_per_week: {hours}")[1]
    assert "70% van het loon: EUR 490,00 per week" in floor
    assert ("aangevuld tot het minimumloon" in floor) is applies
    assert ("boven het minimumloon" in floor) is not applies


def test_without_hours_the_line_says_so_in_words_and_names_no_key() -> None:
    (_, nl) = lines("wage: {amount: 2000, per: month}")
    assert nl.startswith(
        "Minimumloon (BW 7:629 lid 1): EUR 14,06 per uur. De contracturen per week zijn onbekend"
    )
    assert nl.endswith("(vul de contracturen in het zaakbestand in).")
    (_, en) = lines("wage: {amount: 2000, per: month}", "en")
    assert "The contract hours a week are unknown" in en
    assert "employee." not in nl + en


def test_without_a_wage_the_floor_is_not_compared() -> None:
    (_, floor) = lines("hours_per_week: 40")
    assert "EUR 562,40 per week. Het loon is onbekend, dus niet vergeleken" in floor


def test_the_report_shows_the_same_pay_line() -> None:
    text = "case_id: E-9\nemployee: {wage: {amount: 2000, per: month}, hours_per_week: 40}\n"
    text += "sick_periods: [{start: 2025-01-06}]\n"
    page = render_report(assess(load_case("zaak.yaml", text), d("2025-06-01")), "nl")
    assert "70% van het loon: EUR 323,08 per week; aangevuld tot het minimumloon" in page
