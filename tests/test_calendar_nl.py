"""UWV's practice date for the 42nd-week report (rules.md section 1): the next working
day, shown beside the legal date, never instead of it."""

from __future__ import annotations

from datetime import date

from holidays.countries.netherlands import Netherlands

from poortwachter.calendar_nl import may_be_public_holiday, next_working_day

from .helpers import d, first_sick, milestone


def test_the_guard_lets_every_dutch_public_holiday_through() -> None:
    # The guard skips the holiday lookup outside these dates; if the holidays package
    # ever adds a date outside them, this test says so.
    for day in Netherlands(years=range(2012, 2071)):  # type: ignore[no-untyped-call]
        assert may_be_public_holiday(day), day


def test_a_legal_date_on_a_working_day_has_no_practice_date() -> None:
    # 6 Jan 2025 + 294 = Monday 27 October 2025.
    item = milestone(first_sick("2025-01-06"), "ziekmelding_uwv")
    assert (item.due, item.practice_date) == (d("2025-10-27"), None)


def test_a_legal_date_on_a_saturday_gives_the_next_monday() -> None:
    # 4 Jan 2025 (a Saturday) + 294 = Saturday 25 October 2025.
    item = milestone(first_sick("2025-01-04"), "ziekmelding_uwv")
    assert (item.due, item.practice_date) == (d("2025-10-25"), d("2025-10-27"))


def test_a_legal_date_on_christmas_skips_both_christmas_days_and_the_weekend() -> None:
    # 6 March 2025 is day 65 of 2025; day 65 + 294 = day 359 = Thursday 25 December.
    item = milestone(first_sick("2025-03-06"), "ziekmelding_uwv")
    assert (item.due, item.practice_date) == (d("2025-12-25"), d("2025-12-29"))


def test_next_working_day_of_a_working_day_is_itself() -> None:
    assert next_working_day(date(2025, 12, 24)) == date(2025, 12, 24)


def test_kings_day_is_not_a_working_day() -> None:
    # Koningsdag, Monday 27 April 2026.
    assert next_working_day(date(2026, 4, 27)) == date(2026, 4, 28)


def test_only_the_ziekmelding_uwv_gets_a_practice_date() -> None:
    timeline = first_sick("2025-01-04")
    others = [item for item in timeline.milestones if item.id != "ziekmelding_uwv"]
    assert all(item.practice_date is None for item in others)
