"""The rule table: data with a legal basis, read by the engine (docs/law.md)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from poortwachter import engine
from poortwachter.law.milestones import RULES, RULES_BY_ID, SickDay, check_rules
from poortwachter.law.sources import BEOORDELINGSKADER, BW, WERKWIJZER, WIA, ZW, Citation, Law

from ..helpers import d, first_sick


def test_the_table_has_no_problems() -> None:
    assert check_rules(RULES) == []


def test_a_rule_without_a_basis_is_an_error() -> None:
    broken = RULES_BY_ID["probleemanalyse"]._replace(basis=())
    assert check_rules((*RULES, broken)) == [
        "probleemanalyse: duplicate rule id",
        "probleemanalyse: a rule without a legal basis",
    ]


def test_every_rule_cites_a_source_with_a_link_or_a_named_practice() -> None:
    for rule in RULES:
        assert rule.basis_text
        assert rule.basis_urls or rule.kind.value == "practice", rule.id


def test_adding_a_milestone_is_adding_an_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    extra = RULES_BY_ID["start_tweede_ziektejaar"]._replace(id="week_10", due=SickDay(69))
    monkeypatch.setattr(engine, "RULES", (*RULES, extra))
    monkeypatch.setattr(engine, "_BASIS", {**engine._BASIS, "week_10": ("basis", ())})
    timeline = first_sick("2025-01-06")
    assert next(item for item in timeline.milestones if item.id == "week_10").due == d("2025-03-16")


@pytest.mark.parametrize(
    ("valid_from", "valid_until", "present"),
    [
        (date(2025, 2, 16), None, True),  # in force on the due date
        (date(2025, 2, 17), None, False),  # in force from the day after
        (date(2012, 1, 1), date(2025, 2, 16), True),  # valid through the due date
        (date(2012, 1, 1), date(2025, 2, 15), False),  # expired the day before
    ],
)
def test_a_rule_applies_only_to_due_dates_within_its_validity(
    monkeypatch: pytest.MonkeyPatch, valid_from: date, valid_until: date | None, present: bool
) -> None:
    # probleemanalyse for 6 Jan 2025 falls due on 16 Feb 2025.
    dated = RULES_BY_ID["probleemanalyse"]._replace(valid_from=valid_from, valid_until=valid_until)
    table = tuple(dated if rule.id == "probleemanalyse" else rule for rule in RULES)
    monkeypatch.setattr(engine, "RULES", table)
    ids = {item.id for item in first_sick("2025-01-06").milestones}
    assert ("probleemanalyse" in ids) is present


def test_the_uwv_working_day_practice_is_a_field_of_the_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 5 Jan 2025 (Sunday) + 41 = Saturday 15 Feb 2025: with the field set, the
    # probleemanalyse too would get UWV's next working day, Monday 17 Feb.
    practised = RULES_BY_ID["probleemanalyse"]._replace(uwv_next_working_day=True)
    table = tuple(practised if rule.id == "probleemanalyse" else rule for rule in RULES)
    monkeypatch.setattr(engine, "RULES", table)
    timeline = first_sick("2025-01-05")
    item = next(m for m in timeline.milestones if m.id == "probleemanalyse")
    assert (item.due, item.practice_date) == (d("2025-02-15"), d("2025-02-17"))


@pytest.mark.parametrize(
    ("law", "article", "link"),
    [
        (WIA, "art. 25 lid 9", "jci1.3:c:BWBR0019057&artikel=25&lid=9&z=2026-01-05&g=2026-01-05"),
        (
            BW,
            "art. 7:629 lid 11 sub a",
            "jci1.3:c:BWBR0005290&boek=7&artikel=629&lid=11&z=2026-01-05&g=2026-01-05",
        ),
        (ZW, "art. 38a lid 3", "jci1.3:c:BWBR0001888&artikel=38a&lid=3&z=2026-01-05&g=2026-01-05"),
        (WIA, "art. 65", "jci1.3:c:BWBR0019057&artikel=65&z=2026-01-05&g=2026-01-05"),
        (BEOORDELINGSKADER, "§5", "BWBR0014375/2026-01-05"),
    ],
)
def test_a_citation_links_to_its_article_as_in_force_on_a_date(
    law: Law, article: str, link: str
) -> None:
    assert Citation(law, article).link(d("2026-01-05")) == f"https://wetten.overheid.nl/{link}"


def test_a_source_without_a_bwb_id_has_no_link() -> None:
    assert Citation(WERKWIJZER, "").link(d("2026-01-05")) is None


def test_every_milestone_basis_links_to_an_article_or_says_why_not() -> None:
    for rule in RULES:
        for citation in rule.basis:
            if citation.law.bwb_id and citation.article.startswith("art."):
                assert "artikel=" in (citation.link(d("2026-01-05")) or ""), rule.id


@given(st.dates(date(2012, 1, 1), date(2099, 12, 31)))
def test_links_from_templates_are_the_links_built_for_the_day(on: date) -> None:
    from poortwachter.law.milestones import RULES
    from poortwachter.law.sources import basis_links

    for rule in RULES:
        assert basis_links(rule.basis, on) == [
            {"text": citation.short, "url": citation.link(on)} for citation in rule.basis
        ]


def test_a_step_not_counted_before_its_window_needs_a_window_and_an_event() -> None:
    broken = RULES_BY_ID["start_tweede_ziektejaar"]._replace(
        id="zonder_venster", not_before_window=True
    )
    assert check_rules((*RULES, broken)) == [
        "zonder_venster: not before a window, without a window or an event"
    ]


def test_every_step_not_counted_before_its_window_has_a_finding_that_says_why() -> None:
    from poortwachter.law.findings import FINDING_TYPES

    flagged = [rule.id for rule in RULES if rule.not_before_window]
    assert flagged == ["eerstejaarsevaluatie"]  # "aan het einde van het eerste ziektejaar"
    for rule_id in flagged:
        assert f"{rule_id}_te_vroeg" in FINDING_TYPES
