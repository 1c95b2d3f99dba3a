"""The 104-week bar of the terminal table."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from rich.console import Console

from poortwachter.engine import compute_timeline
from poortwachter.inputs.casefile import load_case_file
from poortwachter.models import Case, Employee
from poortwachter.outputs.bar import bar_cells
from poortwachter.outputs.tables import print_table
from poortwachter.sickdays import SickPeriod

from ..engine.test_assessment import with_case
from ..helpers import d, first_sick, timeline_of

EXAMPLES = Path(__file__).parent.parent.parent / "examples"


def test_half_way_through_half_the_bar_is_elapsed() -> None:
    # 6 Jan 2025 to 3 Jan 2027 is 728 days: 104 columns of 7 days. On 4 Jan 2026, the
    # last day of week 52, the middle days of columns 0 to 51 have passed.
    cells = bar_cells(first_sick("2025-01-06", as_of="2026-01-04"), 104)
    assert cells == ["elapsed"] * 52 + ["remaining"] * 52


def test_leave_and_recovery_gaps_show_on_the_bar() -> None:
    around_leave = load_case_file(EXAMPLES / "rond-zwangerschapsverlof.yaml")
    assert Counter(bar_cells(timeline_of(around_leave, "2024-10-01"), 104))["leave"] > 0
    relapse = load_case_file(EXAMPLES / "herstel-en-terugval.yaml")
    assert Counter(bar_cells(timeline_of(relapse, "2022-09-01"), 104))["gap"] > 0


def test_extensions_show_after_the_104_weeks() -> None:
    from poortwachter.models import ExtensionsInput

    # A verlenging of 91 days on 728: 13 of 117 columns are extension.
    timeline = with_case(
        "2025-03-01", extensions=ExtensionsInput(vrijwillige_verlenging_until=d("2027-04-04"))
    ).timeline
    cells = bar_cells(timeline, 117)
    assert cells[-13:] == ["extension"] * 13
    assert "extension" not in cells[:-13]


def test_the_table_draws_the_bar_with_its_legend() -> None:
    console = Console(record=True, width=120, color_system=None)
    print_table(first_sick("2025-01-06", as_of="2026-01-04"), "en", console)
    output = console.export_text()
    assert "104 weeks  █ sick  ░ to come" in output
    assert "█" * 52 + "░" * 52 in output


def test_after_an_early_end_of_wage_the_bar_says_no_more_wage() -> None:
    # Born 10 June 1958: AOW on 10 June 2025, wage up to and including 10 June + 41 =
    # 21 July 2025 (D + 196).
    the_case = Case(
        sick_periods=(SickPeriod(d("2025-01-06")),),
        employee=Employee(date_of_birth=d("1958-06-10")),
        case_id="T",
    )
    timeline = compute_timeline(the_case, d("2025-03-01"))
    cells = bar_cells(timeline, 104)
    # One column a week (728 days over 104 columns), its middle day D + 7c + 3: column 28
    # (D + 199, 24 July) is the first after the last day of wage; column 27 is D + 192,
    # 17 July, still paid.
    assert cells[:8] == ["elapsed"] * 8
    assert cells[27] == "remaining"
    assert cells[28:] == ["ended"] * 76
