"""The notes on a judgment (docs/law.md sections 2 and 4a): a first sick day that is no
working day (WIA art. 23 lid 2: probably a typo), records left out."""

from __future__ import annotations

import pytest

from poortwachter.engine import compute_timeline
from poortwachter.models import Case

from ..helpers import d, sick


def notes(first_sick_day: str) -> list[str]:
    the_case = Case(sick_periods=(sick(first_sick_day),), case_id="E")
    return [note.id for note in compute_timeline(the_case, d("2025-06-01")).notes]


@pytest.mark.parametrize(
    ("first_sick_day", "noted"),
    [
        ("2025-01-03", False),  # Friday
        ("2025-01-04", True),  # Saturday
        ("2025-01-05", True),  # Sunday
        ("2025-01-06", False),  # Monday
        ("2025-01-01", True),  # Wednesday, Nieuwjaarsdag
        ("2025-01-02", False),  # Thursday
        ("2025-04-21", True),  # Monday, Tweede Paasdag
        ("2025-04-22", False),  # Tuesday
        ("2025-04-26", True),  # Saturday, Koningsdag (27 April is a Sunday)
        # Bevrijdingsdag every year, as the Algemene termijnenwet art. 3 counts it.
        ("2026-05-05", True),  # Tuesday
        ("2026-05-06", False),  # Wednesday
    ],
)
def test_a_first_sick_day_that_is_no_working_day_gets_a_note(
    first_sick_day: str, noted: bool
) -> None:
    assert ("note_first_sick_day_not_working_day" in notes(first_sick_day)) is noted


def test_the_note_names_the_day_and_the_case_is_still_judged() -> None:
    the_case = Case(sick_periods=(sick("2025-01-04"),), case_id="E")
    timeline = compute_timeline(the_case, d("2025-06-01"))
    (note,) = timeline.notes
    assert dict(note.params) == {"day": d("2025-01-04")}
    # Accepted as given: the 104 weeks still count from Saturday 4 Jan (+ 727 days).
    assert timeline.einde_104_weken == d("2027-01-01")
