"""``poortwachter agenda``: a folder of cases built here (overdue, due soon, done,
recovered, broken, in the second year), every format read back. Dates are worked by hand
from docs/law.md: the probleemanalyse is due at index 41, the plan van aanpak at index 55,
an evaluation six weeks (42 days) after the last one, the second sick year at index 364."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar
from openpyxl import load_workbook
from typer.testing import CliRunner

from poortwachter.agenda import RECURRING, Section, case_agenda
from poortwachter.assessment import assess
from poortwachter.cli import app
from poortwachter.law.milestones import RULES_BY_ID, Kind
from poortwachter.models import Case, Status
from poortwachter.outputs.agenda import AGENDA_FIELDS

from ..helpers import as_of_dates, full_cases

runner = CliRunner()
AS_OF = ["--as-of", "2025-03-10", "--fail-on", "never"]

CASES = {
    # Sick from Monday 6 January 2025; the arbodienst was told. On 10 March the
    # probleemanalyse (6 Jan + 41 = 16 Feb) is 22 days late, the plan van aanpak
    # (6 Jan + 55 = 2 March) 8 days.
    "a-overdue.yaml": """
case_id: A-1
employee: {name: Jan de Vries}
employer: {name: Bakkerij Brood}
sick_periods: [{start: 2025-01-06}]
events: {arbodienst_melding: 2025-01-07, casemanager: A. Jansen}
""",
    # Sick from 3 February 2025: the probleemanalyse (3 Feb + 41 = Sunday 16 March) is due
    # in 6 days and late only after index 42, so it is listed on Monday 17 March, in 7
    # days; the plan van aanpak (3 Feb + 55 = 30 March) in 20, outside 14 days.
    "b-due.yaml": """
case_id: B-2
employee: {name: Els Bakker}
employer: {name: Bakkerij Brood}
sick_periods: [{start: 2025-02-03}]
events: {arbodienst_melding: 2025-02-04, casemanager: A. Jansen}
""",
    # Everything done; the first evaluation (20 Feb + 42 = 3 April) is 24 days away.
    "c-done.yaml": """
case_id: C-3
employee: {name: Kees Smit}
sick_periods: [{start: 2025-01-06}]
events:
  arbodienst_melding: 2025-01-07
  probleemanalyse: 2025-02-10
  plan_van_aanpak: 2025-02-20
  casemanager: R. Visser
""",
    # Recovered on 20 January: nothing left to do.
    "d-recovered.yaml": """
case_id: D-4
sick_periods: [{start: 2025-01-06, end: 2025-01-20}]
events: {arbodienst_melding: 2025-01-07, casemanager: R. Visser}
""",
    "e-broken.yaml": """
case_id: E-5
sick_periods: [{start: 2025-02-30}]
""",
    # Sick from 18 March 2024: evaluation 8 is due 5 Feb + 42 = 19 March 2025 (in 9 days);
    # the second sick year starts 18 March 2024 + 364 = 17 March 2025 (information only).
    "f-year2.yaml": """
case_id: F-6
sick_periods: [{start: 2024-03-18}]
events:
  arbodienst_melding: 2024-03-19
  probleemanalyse: 2024-04-20
  plan_van_aanpak: 2024-05-01
  evaluaties: [2024-06-10, 2024-07-20, 2024-08-30, 2024-10-10, 2024-11-20, 2024-12-30,
               2025-02-05]
  ziekmelding_uwv: 2025-01-05
  eerstejaarsevaluatie: 2025-03-01
  casemanager: B. de Boer
""",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    place = tmp_path / "dossiers"
    place.mkdir()
    for name, content in CASES.items():
        (place / name).write_text(content.lstrip(), encoding="utf-8")
    return place


def run(*args: str) -> tuple[int, bytes, str]:
    result = runner.invoke(app, ["agenda", *args])
    assert "internal error" not in result.stderr
    assert "Traceback" not in result.stderr
    return result.exit_code, result.stdout_bytes, result.stderr


def document(folder: Path, *args: str) -> dict[str, Any]:
    code, out, _ = run(str(folder), *AS_OF, "--format", "json", *args)
    assert code == 2  # the broken file
    result: dict[str, Any] = json.loads(out)
    return result


def items(found: dict[str, Any]) -> list[tuple[str, str, str | None, str, int]]:
    return [
        (group["group"], item["case_id"], item["milestone"], item["section"], item["days_late"])
        for group in found["groups"]
        for item in group["items"]
    ]


def test_overdue_first_then_due_then_counted(folder: Path) -> None:
    found = document(folder)
    assert items(found) == [
        ("A. Jansen", "A-1", "probleemanalyse", "overdue", 22),
        ("A. Jansen", "A-1", "plan_van_aanpak", "overdue", 8),
        ("A. Jansen", "B-2", "probleemanalyse", "due", -7),
        ("B. de Boer", "F-6", "evaluatie", "due", -9),
    ]
    assert (found["cases"], found["cases_with_actions"], found["cases_without_actions"]) == (
        5,
        3,
        2,
    )
    first = found["groups"][0]["items"][0]
    assert first["date"] == "2025-02-16"
    assert first["employee_name"] == "Jan de Vries"
    assert first["employer_name"] == "Bakkerij Brood"
    assert first["risk"]
    assert first["action"]
    assert "7:658a" in first["basis"]
    assert found["groups"][1]["items"][0]["occurrence"] == 8
    (error,) = found["errors"]
    assert (error["row"], error["source"], error["case_id"]) == (5, "e-broken.yaml", "E-5")
    assert "2025-02-30" in error["error"]


def test_information_only_milestones_are_never_actions(folder: Path) -> None:
    found = document(folder, "--within", "30")
    assert all(item[2] != "start_tweede_ziektejaar" for item in items(found))


@pytest.mark.parametrize(("within", "listed"), [("5", False), ("6", True)])
def test_within_is_inclusive(folder: Path, within: str, listed: bool) -> None:
    """B-2's probleemanalyse is due 16 March, 6 days after 10 March."""
    found = document(folder, "--within", within)
    # Listed once its legal date (16 March) is in the window, on the day to act by (17th).
    assert (("A. Jansen", "B-2", "probleemanalyse", "due", -7) in items(found)) is listed


def test_filter_by_casemanager_and_group_by_employer_or_case(folder: Path) -> None:
    found = document(folder, "--casemanager", "jansen")
    assert {item[1] for item in items(found)} == {"A-1", "B-2"}
    assert found["cases"] == 2
    by_employer = document(folder, "--group-by", "employer")
    assert [group["group"] for group in by_employer["groups"]] == [
        "Bakkerij Brood",
        "(geen werkgever)",
    ]
    by_case = document(folder, "--group-by", "case", "--lang", "en")
    assert [group["group"] for group in by_case["groups"]] == ["A-1", "B-2", "F-6"]


def test_a_casemanager_without_actions_gets_nothing_to_do(folder: Path) -> None:
    code, out, _ = run(str(folder), *AS_OF, "--casemanager", "R. VISSER")
    assert code == 2
    text = out.decode()
    assert "Niets te doen" in text
    assert "2 zaken, waarvan 0 met acties en 2 zonder." in text


def test_a_casemanager_that_matches_no_case_is_said_not_to_match(folder: Path) -> None:
    code, out, err = run(str(folder), *AS_OF, "--casemanager", "jansne")
    assert code == 2  # the folder's broken file, as in every run over it
    assert "0 zaken" in out.decode()
    assert (
        "Let op: geen zaak heeft een casemanager die past bij 'jansne': 5 zaak/zaken "
        "weggelaten (zie ze met --group-by casemanager)"
    ) in err
    assert "Jansen" not in err  # no person is named in a message
    _, _, matched = run(str(folder), *AS_OF, "--casemanager", "jansen")
    assert "Let op" not in matched


def test_the_table_for_people(folder: Path) -> None:
    code, out, err = run(str(folder), *AS_OF)
    assert code == 2
    text = out.decode()
    assert text.index("A. Jansen") < text.index("B. de Boer")
    assert text.index("Te laat") < text.index("Binnen 14 dagen")
    assert "22 dagen te laat" in text
    assert "over 7 dagen" in text
    assert "5 zaken, waarvan 3 met acties en 2 zonder." in text
    assert "C-3" not in text
    assert "D-4" not in text
    assert all(line == line.rstrip() for line in text.splitlines())  # no padding in a pipe
    assert "e-broken.yaml: sick_periods[0].start" in err  # named by its file


def test_markdown_digest(folder: Path) -> None:
    _, out, _ = run(str(folder), *AS_OF, "--format", "md", "--lang", "en")
    text = out.decode()
    assert text.startswith("# Agenda as of Mon 2025-03-10")
    sections = [line for line in text.splitlines() if line.startswith("#")]
    assert sections[1:] == [
        "## A. Jansen",
        "### Overdue",
        "### Within 14 days",
        "## B. de Boer",
        "### Within 14 days",
        "## Could not be read",
    ]
    assert (
        "- **A-1 Jan de Vries**: Problem analysis by the bedrijfsarts, Sun 2025-02-16 "
        "(22 days overdue)\n"
    ) in text


def test_csv_and_workbook_hold_the_same_items(folder: Path, tmp_path: Path) -> None:
    _, out, _ = run(str(folder), *AS_OF, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out.decode())))
    assert [row["section"] for row in rows] == ["overdue", "overdue", "due", "due", "error"]
    assert rows[0]["date"] == "2025-02-16"
    assert rows[0]["days_late"] == "22"
    assert rows[-1]["row"] == "5"
    assert "2025-02-30" in rows[-1]["error"]
    target = tmp_path / "agenda.xlsx"
    code, _, _ = run(str(folder), *AS_OF, "--format", "xlsx", "--output", str(target))
    assert code == 2
    book = load_workbook(target)
    assert book.sheetnames == ["Agenda", "Fouten"]
    sheet = [tuple(row) for row in book["Agenda"].iter_rows(values_only=True)]
    assert sheet[0] == AGENDA_FIELDS
    assert len(sheet) == 5
    first = dict(zip(AGENDA_FIELDS, sheet[1], strict=True))
    assert isinstance(first["date"], datetime)
    assert first["date"].date() == date(2025, 2, 16)
    assert first["days_late"] == 22


def test_the_calendar_puts_overdue_steps_on_today_and_info_only_with_all(folder: Path) -> None:
    _, out, _ = run(str(folder), *AS_OF, "--format", "ics")
    events = {str(event["uid"]): event for event in Calendar.from_ical(out).walk("VEVENT")}
    late = events["A-1.probleemanalyse@poortwachter"]
    assert late.decoded("dtstart") == date(2025, 3, 10)  # overdue: on the as-of date
    assert str(late["summary"]).startswith("TE LAAT: Probleemanalyse")
    # On the day to act by: Monday 17 March (index 42).
    assert events["B-2.probleemanalyse@poortwachter"].decoded("dtstart") == date(2025, 3, 17)
    assert "F-6.start_tweede_ziektejaar@poortwachter" not in events
    _, everything, _ = run(str(folder), *AS_OF, "--format", "ics", "--all")
    all_events = {str(event["uid"]) for event in Calendar.from_ical(everything).walk("VEVENT")}
    assert all_events - set(events) == {"F-6.start_tweede_ziektejaar@poortwachter"}


def test_an_hr_export_with_an_event_column_shows_what_is_late(tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    export.write_text(
        "\ufeffPersoneelsnummer;Naam;Eerste ziektedag;Casemanager;Plan van aanpak\r\n"
        "1042;J. de Vries;6-1-2025;A. Jansen;\r\n",
        encoding="utf-8",
        newline="",
    )
    code, out, _ = run(str(export), *AS_OF, "--format", "json")
    assert code == 0
    found = json.loads(out)
    # A step column, empty: nothing recorded, so the arbodienst report (index 6, 12 Jan)
    # is late as well.
    assert [item[2] for item in items(found)][:3] == [
        "arbodienst_melding",
        "probleemanalyse",
        "plan_van_aanpak",
    ]
    assert found["groups"][0]["items"][0]["days_late"] == 57  # 12 Jan to 10 March
    assert found["cases_without_events"] == 0


def test_an_hr_export_without_event_columns_lists_only_what_falls_due(tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    export.write_text(
        "\ufeffPersoneelsnummer;Naam;Eerste ziektedag;Casemanager\r\n"
        "1042;J. de Vries;6-1-2025;A. Jansen\r\n"
        "1043;K. Bakker;3-2-2025;A. Jansen\r\n",
        encoding="utf-8",
        newline="",
    )
    code, out, err = run(str(export), *AS_OF, "--format", "json")
    assert (code, err) == (0, "")  # the agenda says it itself, not on stderr as well
    found = json.loads(out)
    # Judged like --first-sick: 1042's past steps are passed, not late. 1043's
    # probleemanalyse (3 Feb + 41 = Sunday 16 March, to act by Monday 17 March, index 42)
    # falls in the window to 24 March; its plan van aanpak (3 Feb + 55 = 30 March) does not.
    assert items(found) == [("A. Jansen", "1043", "probleemanalyse", "due", -7)]
    assert found["cases_without_events"] == 2
    _, table, _ = run(str(export), *AS_OF)
    text = " ".join(table.decode().split())
    assert "2 zaak/zaken zonder vastgelegde gebeurtenissen" in text
    assert "1042" not in text  # only passed steps: nothing to do


# --- Invariants, for any case ---------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(full_cases(), as_of_dates(), st.integers(min_value=0, max_value=60))
def test_the_agenda_lists_every_open_step_in_the_window_once(
    case: Case, as_of: date, within: int
) -> None:
    assessment = assess(case, as_of)
    agenda = case_agenda(case, assessment, within)
    steps = [item for item in agenda.items if item.section is not Section.FINDING]
    for item in agenda.items:
        assert item.section is not Section.INFO  # never without include_info
        if item.milestone is not None and item.section is not Section.FINDING:
            assert RULES_BY_ID[item.milestone].kind is not Kind.INFO
        if item.section is Section.OVERDUE:
            assert item.days > 0
            assert item.status == "overdue"
        elif item.section is Section.DUE:
            assert item.days <= 0  # listed on the day to act by, which may lie past the window
        else:
            assert item.days >= -within
    expected_due = [
        milestone
        for milestone in assessment.timeline.milestones
        if milestone.kind is not Kind.INFO
        and milestone.status in (Status.DUE_SOON, Status.UPCOMING)
        and milestone.due <= date.fromordinal(as_of.toordinal() + within)
    ]
    assert [(item.milestone, item.date) for item in steps if item.section is Section.DUE] == [
        (milestone.id, milestone.on_time_until or milestone.due) for milestone in expected_due
    ]
    overdue = [
        milestone
        for milestone in assessment.timeline.milestones
        if milestone.kind is not Kind.INFO and milestone.status is Status.OVERDUE
    ]
    listed = [item for item in steps if item.section is Section.OVERDUE]
    once = [milestone for milestone in overdue if milestone.id not in RECURRING]
    recurring = {milestone.id for milestone in overdue if milestone.id in RECURRING}
    assert len(listed) == len(once) + len(recurring)
    for step in recurring:
        latest = max(milestone.due for milestone in overdue if milestone.id == step)
        (item,) = [item for item in listed if item.milestone == step]
        assert item.date == latest
        assert item.missed_before == sum(1 for m in overdue if m.id == step) - 1
    assert [item.date for item in listed] == sorted(item.date for item in listed)


# --- Closed cases (docs/law.md section 4a; issue: a case with nothing left to do) -----


def _timeline(as_of: str, *, end: str | None = None, **employment: Any) -> Any:
    from poortwachter.models import Employee, Employer
    from poortwachter.sickdays import SickPeriod

    the_case = Case(
        sick_periods=(SickPeriod(date(2025, 1, 6), date.fromisoformat(end) if end else None),),
        employee=Employee(contract_end=employment.get("contract_end")),
        employer=Employer(zw_eigenrisicodrager=employment.get("erd", False)),
        case_id="G",
    )
    return assess(the_case, date.fromisoformat(as_of)).timeline


@pytest.mark.parametrize(
    ("as_of", "closed"),
    [
        # Recovered after 31 March: a relapse up to 31 Mar + 28 = 28 April still joins the
        # chain (BW 7:629 lid 10), so the case is open on 28 April and closed on 29 April.
        ("2025-04-28", False),
        ("2025-04-29", True),
    ],
)
def test_a_recovered_case_closes_when_a_relapse_no_longer_joins(as_of: str, closed: bool) -> None:
    from poortwachter.agenda import is_closed

    assert is_closed(_timeline(as_of, end="2025-03-31")) is closed


@pytest.mark.parametrize(
    ("as_of", "erd", "closed"),
    [
        # The contract ends on Mon 30 June 2025: the last day of wage payment.
        ("2025-06-30", False, False),
        ("2025-07-01", False, True),
        # An eigenrisicodrager for the Ziektewet keeps re-integrating (ZW art. 63a lid 1).
        ("2025-07-01", True, False),
    ],
)
def test_a_case_closes_when_wage_payment_ends(as_of: str, erd: bool, closed: bool) -> None:
    from poortwachter.agenda import is_closed

    timeline = _timeline(as_of, contract_end=date(2025, 6, 30), erd=erd)
    assert timeline.einde_loondoorbetaling == date(2025, 6, 30)
    assert is_closed(timeline) is closed


def test_a_case_closes_the_day_after_the_waiting_period() -> None:
    from poortwachter.agenda import is_closed

    # Sick from 6 Jan 2025: the 104 weeks end on 3 Jan 2027 (index 727).
    assert is_closed(_timeline("2027-01-03")) is False
    assert is_closed(_timeline("2027-01-04")) is True


CLOSED_CASE = """
case_id: G-7
employee: {name: Piet Klaver}
sick_periods: [{start: 2025-01-06, end: 2025-03-31}]
events: {arbodienst_melding: 2025-01-07, casemanager: A. Jansen}
"""


@pytest.mark.parametrize(("as_of", "listed"), [("2025-04-28", True), ("2025-04-29", False)])
def test_the_agenda_lists_no_steps_of_a_closed_case(
    tmp_path: Path, as_of: str, listed: bool
) -> None:
    # The probleemanalyse (due 16 Feb) was never recorded; after the recovery of 31 March
    # it is history once a relapse no longer joins the chain.
    (tmp_path / "g.yaml").write_text(CLOSED_CASE.lstrip(), encoding="utf-8")
    code, out, _ = run(str(tmp_path), "--as-of", as_of, "--format", "json", "--fail-on", "never")
    assert code == 0
    found = json.loads(out)
    assert ("probleemanalyse" in [item[2] for item in items(found)]) is listed
    assert found["cases_closed"] == (0 if listed else 1)
    code, out, _ = run(
        str(tmp_path),
        "--as-of",
        as_of,
        "--format",
        "json",
        "--fail-on",
        "never",
        "--include-closed",
    )
    assert "probleemanalyse" in [item[2] for item in items(json.loads(out))]


def test_the_table_says_how_many_cases_are_closed(tmp_path: Path) -> None:
    (tmp_path / "g.yaml").write_text(CLOSED_CASE.lstrip(), encoding="utf-8")
    code, out, _ = run(str(tmp_path), "--as-of", "2025-04-29", "--fail-on", "never")
    assert code == 0
    text = out.decode("utf-8")
    assert "1 daarvan afgesloten" in text
    assert "--include-closed" in text
    assert "G-7" not in text


def test_a_planned_step_is_on_the_agenda_until_it_has_happened(tmp_path: Path) -> None:
    # The probleemanalyse (due Sun 16 Feb) planned for 14 Feb: on 13 Feb it is due, and
    # the planned date is left out and counted.
    (tmp_path / "h.yaml").write_text(
        "case_id: H-8\nsick_periods: [{start: 2025-01-06}]\n"
        "events: {arbodienst_melding: 2025-01-07, probleemanalyse: 2025-02-14}\n",
        encoding="utf-8",
    )
    for as_of, listed, left_out in (("2025-02-13", True, 1), ("2025-02-14", False, 0)):
        code, out, _ = run(str(tmp_path), "--as-of", as_of, "--format", "json")
        assert code == 0
        found = json.loads(out)
        assert ("probleemanalyse" in [item[2] for item in items(found)]) is listed
        assert found["records_after_as_of"] == left_out
    _, out, _ = run(str(tmp_path), "--as-of", "2025-02-13")
    assert "1 vastlegging(en) met een datum na de peildatum niet meegeteld" in out.decode()


def test_an_application_excused_by_a_late_letter_is_listed_on_the_safe_date(
    tmp_path: Path,
) -> None:
    # Sick from Mon 6 Jan 2025: the application is due on Sun 18 Oct 2026. UWV's letter
    # came late, sent Thu 1 Oct, its receipt not recorded: on time through 30 Oct, and the
    # safe date to act by is sent + 28 = 29 Oct. On 20 Oct it is not late: due in 9 days.
    (tmp_path / "w.yaml").write_text(
        "case_id: W-1\nsick_periods: [{start: 2025-01-06}]\n"
        "events: {ziekmelding_uwv: 2025-10-20, wia_brief_uwv: 2026-10-01}\n",
        encoding="utf-8",
    )
    code, out, _ = run(
        str(tmp_path), "--as-of", "2026-10-20", "--format", "json", "--fail-on", "never"
    )
    assert code == 0
    found = json.loads(out)
    (item,) = [
        item
        for group in found["groups"]
        for item in group["items"]
        if item["milestone"] == "wia_aanvraag"
    ]
    assert (item["section"], item["date"], item["days_late"]) == ("due", "2026-10-29", -9)


@pytest.mark.parametrize("output_format", ["table", "md"])
def test_every_group_heading_and_every_section_title_has_one_blank_line_around_it(
    folder: Path, output_format: str
) -> None:
    # A. Jansen's group opens with its overdue section, the other one with a
    # section of steps due (F-6, B. de Boer): both get the same blank line after the heading.
    _, out, _ = run(str(folder), *AS_OF, "--format", output_format, "--lang", "nl")
    lines = out.decode().splitlines()
    prefix = "## " if output_format == "md" else ""
    section = "### " if output_format == "md" else ""
    headings = [
        n for n, line in enumerate(lines) if line in (f"{prefix}A. Jansen", f"{prefix}B. de Boer")
    ]
    titles = [
        n
        for n, line in enumerate(lines)
        if line in (f"{section}Te laat", f"{section}Binnen 14 dagen", f"{section}Bevindingen")
    ]
    assert len(headings) == 2
    assert len(titles) >= 3
    for n in headings:
        assert lines[n - 1] == ""
        assert lines[n + 1] == ""
        assert lines[n + 2] != ""
    for n in titles:
        assert lines[n - 1] == ""
        assert lines[n - 2] != ""
