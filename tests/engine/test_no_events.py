"""An input that records no events (``--first-sick``, a case file without ``events``, an
export with no step column) is judged like ``--first-sick``: past steps are passed, no
finding says a step is missing, and one line says so (docs/law.md section 3)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from hypothesis import given, settings

from poortwachter.assessment import assess
from poortwachter.inputs.table import case_from_rows
from poortwachter.models import Case, Events, Status

from ..helpers import as_of_dates, full_cases, run, write

NOTE = "note_no_events_recorded"


def test_an_export_without_a_step_column_records_no_events() -> None:
    case = case_from_rows([{"case_id": "A", "first_sick_day": "2025-01-06"}])
    assert case.events is None
    assert not case.records_events


def test_a_casemanager_column_alone_records_no_step_but_keeps_the_name() -> None:
    case = case_from_rows([{"case_id": "A", "first_sick_day": "2025-01-06", "casemanager": "P"}])
    assert case.events is not None
    assert case.events.casemanager == "P"
    assert not case.records_events
    # The agenda still groups the case under its casemanager.
    assert assess(case, date(2025, 6, 1)).timeline.casemanager == "P"


def test_an_empty_step_column_records_that_nothing_happened() -> None:
    rows = [{"case_id": "A", "first_sick_day": "2025-01-06", "plan_van_aanpak": ""}]
    case = case_from_rows(rows)
    assert case.records_events
    # 6 Jan 2025 + 55 = 2 March: on 1 June the plan van aanpak is missing.
    statuses = {m.id: m.status for m in assess(case, date(2025, 6, 1)).timeline.milestones}
    assert statuses["plan_van_aanpak"] is Status.OVERDUE


def test_a_case_file_without_events_is_passed_and_one_with_an_empty_block_is_missing(
    tmp_path: Path,
) -> None:
    bare = write(tmp_path, "kaal.yaml", "case_id: K-1\nsick_periods: [{start: 2025-01-06}]\n")
    empty = write(
        tmp_path, "leeg.yaml", "case_id: K-2\nsick_periods: [{start: 2025-01-06}]\nevents: {}\n"
    )
    as_of = ("--as-of", "2025-06-01", "--format", "json", "--fail-on", "low")
    code, out, err = run("sanction-risk", bare, *as_of)
    assert "internal error" not in err
    assert "Traceback" not in err
    found = json.loads(out)
    assert code == 0  # nothing found, so --fail-on low does not fire
    assert found["findings"] == []
    assert [note["id"] for note in found["notes"]] == [NOTE]
    # 6 Jan + 55 = 2 March, past on 1 June: passed, as with --first-sick.
    plan = next(m for m in found["milestones"] if m["id"] == "plan_van_aanpak")
    assert plan["status"] == "passed"
    code, out, _ = run("sanction-risk", empty, *as_of)
    found = json.loads(out)
    assert code == 1
    assert "plan_van_aanpak_ontbreekt" in {item["id"] for item in found["findings"]}
    assert NOTE not in {note["id"] for note in found["notes"]}


def test_a_batch_without_step_columns_says_so_once_and_finds_nothing_missing(
    tmp_path: Path,
) -> None:
    rows = "".join(f"E-{n};6-1-2025\r\n" for n in range(3))
    source = write(tmp_path, "export.csv", "Personeelsnummer;Eerste ziektedag\r\n" + rows)
    code, out, err = run("batch", source, "--as-of", "2025-06-01", "--fail-on", "low")
    assert code == 0
    assert err.count("\n") == 1
    assert err.startswith(f"Let op: {source}: geen kolom legt een stap vast")
    assert all(json.loads(line)["findings"] == [] for line in out.splitlines())
    with_step = write(
        tmp_path,
        "stappen.csv",
        "Personeelsnummer;Eerste ziektedag;Plan van aanpak\r\nE-1;6-1-2025;\r\n",
    )
    code, _, err = run("batch", with_step, "--as-of", "2025-06-01", "--fail-on", "low")
    assert (code, err) == (1, "")


@settings(max_examples=120, deadline=None)
@given(full_cases(), as_of_dates())
def test_without_events_a_step_is_passed_exactly_where_with_nothing_recorded_it_is_overdue(
    case: Case, as_of: date
) -> None:
    recorded_nothing = assess(case._replace(events=Events()), as_of)
    no_events = assess(case._replace(events=None), as_of)
    assert len(no_events.timeline.milestones) == len(recorded_nothing.timeline.milestones)
    for without, nothing in zip(
        no_events.timeline.milestones, recorded_nothing.timeline.milestones, strict=True
    ):
        assert (without.id, without.due) == (nothing.id, nothing.due)
        expected = Status.PASSED if nothing.status is Status.OVERDUE else nothing.status
        assert without.status is expected
    # What is found without events is what the case itself holds, never a missing step.
    found = {item.id for item in no_events.findings}
    assert found <= {item.id for item in recorded_nothing.findings}
    assert not any(item.endswith(("_ontbreekt", "_te_laat", "_te_vroeg")) for item in found)
    assert NOTE in {note.id for note in no_events.timeline.notes}
    assert NOTE not in {note.id for note in recorded_nothing.timeline.notes}


def test_an_events_key_with_only_comments_under_it_records_events(tmp_path: Path) -> None:
    # As `case init` writes it: the key, and every event commented out.
    path = write(
        tmp_path,
        "vers.yaml",
        "case_id: V-1\nsick_periods: [{start: 2026-01-05}]\nevents:\n  # probleemanalyse: x\n",
    )
    code, out, _ = run("timeline", path, "--as-of", "2026-03-01", "--format", "json")
    assert code == 0
    found = json.loads(out)
    # 5 Jan 2026 + 6 = 11 Jan (the arbodienst report): unrecorded, so overdue.
    melding = next(m for m in found["milestones"] if m["id"] == "arbodienst_melding")
    assert (melding["due"], melding["status"]) == ("2026-01-11", "overdue")
    assert found["notes"] == []


def test_the_timeline_of_a_case_file_without_events_says_so(tmp_path: Path) -> None:
    path = write(tmp_path, "kaal.yaml", "case_id: K-1\nsick_periods: [{start: 2025-01-06}]\n")
    code, out, err = run("timeline", path, "--as-of", "2025-06-01")
    assert (code, err) == (0, "")
    assert "Deze invoer legt geen gebeurtenissen vast" in " ".join(out.split())
    # --first-sick says it by itself: no note.
    code, out, _ = run("timeline", "--first-sick", "2025-01-06", "--as-of", "2025-06-01")
    assert "gebeurtenissen" not in out


def test_a_bad_case_file_in_a_folder_is_named_by_its_path(tmp_path: Path) -> None:
    folder = tmp_path / "dossiers"
    folder.mkdir()
    (folder / "a.yaml").write_text("case_id: A\nsick_periods: [{start: 2025-01-06}]\n")
    (folder / "b.yaml").write_text("case_id: B\nsick_periods: [{start: 2025-02-30}]\n")
    for command in ("batch", "agenda"):
        code, _, err = run(command, str(folder), "--as-of", "2025-06-01", "--fail-on", "never")
        assert code == 2
        assert "Traceback" not in err
        assert f"Fout: {folder / 'b.yaml'}: sick_periods[0].start: 2025-02-30" in err
