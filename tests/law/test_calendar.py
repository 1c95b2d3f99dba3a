"""UWV's practice date for the 42nd-week report (docs/law.md section 1): the next working
day, shown beside the legal date, never instead of it."""

from __future__ import annotations

from datetime import date

from poortwachter.law.calendar import next_working_day, public_holidays

from ..helpers import d, first_sick, milestone


def test_the_holidays_are_those_of_the_algemene_termijnenwet() -> None:
    # Atw art. 3 lid 1 and 2. 2025: Easter Sunday 20 April, so Goede Vrijdag 18 April,
    # Tweede Paasdag 21 April, Hemelvaartsdag 29 May, Tweede Pinksterdag 9 June;
    # 27 April is a Sunday, so Koningsdag is Saturday 26 April.
    assert public_holidays(2025) == {
        d("2025-01-01"), d("2025-04-18"), d("2025-04-21"), d("2025-04-26"), d("2025-05-05"),
        d("2025-05-29"), d("2025-06-09"), d("2025-12-25"), d("2025-12-26"),
    }  # fmt: skip
    # 2026: Easter 5 April; 5 May is a holiday in every year, not only every fifth.
    assert public_holidays(2026) == {
        d("2026-01-01"), d("2026-04-03"), d("2026-04-06"), d("2026-04-27"), d("2026-05-05"),
        d("2026-05-14"), d("2026-05-25"), d("2026-12-25"), d("2026-12-26"),
    }  # fmt: skip
    # 2013: Easter 31 March; Koninginnedag was still 30 April.
    assert public_holidays(2013) == {
        d("2013-01-01"), d("2013-03-29"), d("2013-04-01"), d("2013-04-30"), d("2013-05-05"),
        d("2013-05-09"), d("2013-05-20"), d("2013-12-25"), d("2013-12-26"),
    }  # fmt: skip


def test_the_42nd_week_on_5_may_moves_to_the_next_day_in_any_year() -> None:
    # 15 July 2025 + 294 = Tuesday 5 May 2026 (not a lustrum year): Wednesday 6 May.
    item = milestone(first_sick("2025-07-15"), "ziekmelding_uwv")
    assert (item.due, item.practice_date) == (d("2026-05-05"), d("2026-05-06"))
    # A day earlier: Monday 4 May 2026 is a working day.
    item = milestone(first_sick("2025-07-14"), "ziekmelding_uwv")
    assert (item.due, item.practice_date) == (d("2026-05-04"), None)


def test_goede_vrijdag_and_tweede_paasdag_are_not_working_days() -> None:
    # 13 June 2025 + 294 = Goede Vrijdag 3 April 2026; Monday 6 April is Tweede Paasdag,
    # so UWV's working day is Tuesday 7 April.
    item = milestone(first_sick("2025-06-13"), "ziekmelding_uwv")
    assert (item.due, item.practice_date) == (d("2026-04-03"), d("2026-04-07"))


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


def test_the_monarchs_day_through_the_years() -> None:
    # Koningsdag on Sunday 27 April 2025 moves to Saturday 26 April; Koninginnedag on
    # Sunday 30 April 2006 to Saturday 29 April; in 1967 (before 1980) to Monday 1 May;
    # in 1939 the Queen's day was 31 August (a Thursday).
    assert d("2025-04-26") in public_holidays(2025)
    assert d("2006-04-29") in public_holidays(2006)
    assert d("1967-05-01") in public_holidays(1967)
    assert d("1939-08-31") in public_holidays(1939)
    assert d("2013-04-30") in public_holidays(2013)
    assert d("2014-04-26") in public_holidays(2014)  # 27 April 2014 was a Sunday
