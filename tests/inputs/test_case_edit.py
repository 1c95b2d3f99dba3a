"""``case record``, ``case recover``, ``case relapse`` and ``case set``: the change is
made in the file's own text, every other byte stays as it was, the result is checked as
a case file, and a failed change leaves the file untouched."""

from __future__ import annotations

import copy
import difflib
import json
import os
import stat
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from poortwachter.cli import app
from poortwachter.inputs.casefile import load_case_file
from poortwachter.inputs.documents import parse_document
from poortwachter.inputs.editing import (
    AlreadyRecorded,
    record_event,
    recover,
    relapse,
    set_value,
)
from poortwachter.inputs.event_names import EVENT_TEXT_FIELDS, event_name
from poortwachter.inputs.template import CASE_TEMPLATE
from poortwachter.inputs.yaml_text import EditError, scalar
from poortwachter.models import EVENT_DATE_FIELDS, EVENT_DATE_LISTS

runner = CliRunner()
AS_OF_JUNE = ("--as-of", "2025-06-01")
EXAMPLES = Path(__file__).parent.parent.parent / "examples"

COMMENTED = """\
# Dossier J. de Vries -- vertrouwelijk
schema_version: 1
case_id: E-1042          # personeelsnummer

employee:
  name: J. de Vries      # zoals in AFAS
  wage: {amount: 3200.00, per: month}

sick_periods:
  - start: 2025-01-06    # ziekmelding telefonisch
    cause: knie

# Wat er gebeurd is:
events:
  arbodienst_melding: 2025-01-07   # gebeld met Arbo Noord
  casemanager: A. Jansen
  evaluaties: [2025-04-14,
               2025-05-26]

# einde dossier
"""


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    assert "Traceback" not in result.stderr
    assert "internal error" not in result.stderr
    return result.exit_code, result.stdout, result.stderr


def case_file(tmp_path: Path, text: str = COMMENTED, name: str = "dossier.yaml") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def added_lines(before: str, after: str) -> list[str]:
    """The lines ``after`` adds to ``before``, failing on any line removed or changed."""
    diff = list(difflib.ndiff(before.splitlines(keepends=True), after.splitlines(keepends=True)))
    assert not [line for line in diff if line.startswith("- ")], "a line was changed"
    return [line[2:] for line in diff if line.startswith("+ ")]


# --- case record ---------------------------------------------------------------------


def test_record_adds_one_line_and_keeps_every_comment(tmp_path: Path) -> None:
    path = case_file(tmp_path)
    code, out, _ = run("case", "record", str(path), "probleemanalyse", "14-02-2025", "--as-of",
                       "2025-03-01")  # fmt: skip
    assert code == 0
    assert added_lines(COMMENTED, path.read_text()) == ["  probleemanalyse: 2025-02-14\n"]
    # 6 Jan + 41 = 16 Feb: on time; the plan van aanpak is now due 14 days after it.
    assert "events.probleemanalyse = 2025-02-14 vastgelegd." in out
    assert "Probleemanalyse bedrijfsarts (uiterlijk zo 16-02-2025): nu gedaan." in out
    assert "Volgende stap: Plan van aanpak, met casemanager, uiterlijk vr 28-02-2025" in out


def test_record_appends_an_evaluation_to_a_flow_list_over_two_lines(tmp_path: Path) -> None:
    path = case_file(tmp_path)
    code, _, _ = run("case", "record", str(path), "evaluatie", "2025-07-07")
    assert code == 0
    expected = COMMENTED.replace("2025-05-26]", "2025-05-26, 2025-07-07]")
    assert path.read_text() == expected


def test_record_a_late_step_says_so_and_a_name_needs_value(tmp_path: Path) -> None:
    path = case_file(tmp_path)
    code, out, _ = run("case", "record", str(path), "probleemanalyse", "2025-03-01", "--as-of",
                       "2025-03-01", "--lang", "en")  # fmt: skip
    assert code == 0
    assert "Problem analysis by the bedrijfsarts (due Sun 2025-02-16): now done late." in out
    code, _, err = run("case", "record", str(path), "casemanager")
    assert code == 2
    assert "--value" in err
    code, out, _ = run("case", "record", str(path), "casemanager", "--value", "B. de Boer")
    assert code == 0
    assert "(was A. Jansen)" in out
    assert "  casemanager: B. de Boer\n" in path.read_text()


def test_an_unknown_event_names_the_closest_and_leaves_the_file(tmp_path: Path) -> None:
    path = case_file(tmp_path)
    code, _, err = run("case", "record", str(path), "probleemanalys", "2025-02-14")
    assert code == 2
    assert "bedoelde u 'probleemanalyse'?" in err
    assert len(err.strip().splitlines()) == 1
    assert path.read_text() == COMMENTED


def test_a_record_that_makes_the_case_invalid_leaves_the_file(tmp_path: Path) -> None:
    path = case_file(tmp_path)
    os.chmod(path, 0o640)
    code, _, err = run("case", "record", str(path), "probleemanalyse", "2024-12-01")
    assert code == 2
    assert "ligt vóór de eerste ziektedag" in err
    assert "niet gewijzigd" in err
    assert path.read_text() == COMMENTED
    assert sorted(item.name for item in tmp_path.iterdir()) == ["dossier.yaml"]  # no leftovers
    code, _, _ = run("case", "record", str(path), "wia_aanvraag", "2025-03-03")
    assert code == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o640  # the mode is kept


def test_a_bom_and_crlf_line_ends_are_kept(tmp_path: Path) -> None:
    text = COMMENTED.replace("\n", "\r\n")
    path = tmp_path / "dossier.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    code, _, _ = run("case", "record", str(path), "probleemanalyse", "2025-02-14")
    assert code == 0
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert added_lines(text, data[3:].decode()) == ["  probleemanalyse: 2025-02-14\r\n"]


def test_a_json_case_file_is_edited_as_json(tmp_path: Path) -> None:
    document = {"case_id": "J-1", "sick_periods": [{"start": "2025-01-06"}]}
    path = case_file(tmp_path, json.dumps(document), "dossier.json")
    code, _, _ = run("case", "record", str(path), "probleemanalyse", "2025-02-14")
    assert code == 0
    assert json.loads(path.read_text())["events"] == {"probleemanalyse": "2025-02-14"}


# --- recover, relapse, set ------------------------------------------------------------


def test_recover_ends_the_open_period_the_day_before(tmp_path: Path) -> None:
    path = case_file(tmp_path)
    code, out, _ = run("case", "recover", str(path), "10-03-2025", "--as-of", "2025-03-20")
    assert code == 0
    assert added_lines(COMMENTED, path.read_text()) == ["    end: 2025-03-09\n"]
    assert "sick_periods[-1].end = 2025-03-09" in out
    code, _, err = run("case", "recover", str(path), "2025-03-12")
    assert code == 2
    assert "al geëindigd" in err


def test_relapse_adds_a_period_and_moves_the_end(tmp_path: Path) -> None:
    path = case_file(tmp_path)
    code, _, err = run("case", "relapse", str(path), "2025-04-01")
    assert code == 2
    assert "nog open" in err
    run("case", "recover", str(path), "2025-03-10")
    recovered = path.read_text()
    code, out, _ = run("case", "relapse", str(path), "2025-03-24", "--cause", "knie, opnieuw",
                       "--as-of", "2025-04-01")  # fmt: skip
    assert code == 0
    assert added_lines(recovered, path.read_text()) == [
        "  - start: 2025-03-24\n",
        "    cause: 'knie, opnieuw'\n",
    ]
    # Fit 10 to 23 March: 14 days, fewer than 28, so the periods are one chain and the end
    # of the waiting period (6 Jan 2025 + 727 = 3 Jan 2027) moves 14 days, to 17 January.
    assert "Einde wachttijd: zo 17-01-2027 (was zo 03-01-2027)." in out


def test_set_changes_a_value_in_a_flow_mapping_and_adds_missing_keys(tmp_path: Path) -> None:
    path = case_file(tmp_path)
    code, out, _ = run("case", "set", str(path), "employee.wage.amount", "3.450,00")
    assert code == 0
    assert "(was 3200.00)" in out
    expected = COMMENTED.replace("{amount: 3200.00,", "{amount: 3450,")  # as read
    assert path.read_text() == expected
    code, _, _ = run("case", "set", str(path), "employer.name", "Bakkerij Brood")
    assert code == 0
    assert added_lines(expected, path.read_text()) == ["employer:\n", "  name: Bakkerij Brood\n"]
    code, _, err = run("case", "set", str(path), "employee.wag", "3")
    assert code == 2
    assert "bedoelde u 'employee.wage." in err


def test_set_makes_the_employer_an_eigenrisicodrager_for_the_ziektewet(tmp_path: Path) -> None:
    path = case_file(tmp_path)
    code, _, err = run("case", "set", str(path), "employer.zw_eigenrisicodrager", "ja")
    assert code == 0, err
    assert load_case_file(path).employer.zw_eigenrisicodrager is True


# --- The editor, for any file and any event ------------------------------------------


def literal(text: str) -> Any:
    return parse_document("x.yaml", text)


def iso(value: str) -> str:
    """A date as the file writes it (ISO or Dutch), in ISO."""
    from poortwachter.inputs.dates import parse_cli_date

    return parse_cli_date(value).isoformat()


SOURCES = [CASE_TEMPLATE, COMMENTED] + [
    path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.yaml"))
]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(SOURCES),
    st.sampled_from(EVENT_DATE_FIELDS + EVENT_DATE_LISTS),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
)
def test_recording_changes_that_event_and_nothing_else(source: str, event: str, day: date) -> None:
    before = literal(source)
    events = copy.deepcopy(before.get("events") or {})
    on_file = events.get(event)
    listed_on_file = on_file if isinstance(on_file, list) else [on_file]
    if day.isoformat() in (iso(item) for item in listed_on_file if item is not None):
        with pytest.raises(AlreadyRecorded):  # the very date is on file: nothing to do
            record_event(source, event, day.isoformat(), replace=True)
        return
    # A date event is replaced only with --replace; a list gets the date added.
    replace = event in EVENT_DATE_FIELDS
    after_text = record_event(source, event, day.isoformat(), replace=replace).text
    after = literal(after_text)
    expected = copy.deepcopy(before)
    if event in EVENT_DATE_LISTS:
        # in date order: after every date on or before it
        listed = events.get(event, [])
        at = next((n for n, item in enumerate(listed) if item > day.isoformat()), len(listed))
        events[event] = [*listed[:at], day.isoformat(), *listed[at:]]
    else:
        events[event] = day.isoformat()
    expected["events"] = events
    assert after == expected
    if event in EVENT_DATE_FIELDS and on_file is not None:
        with pytest.raises(EditError) as refused:  # without --replace: the file's date stays
            record_event(source, event, day.isoformat())
        assert refused.value.said.id == "recorded_already"
    # At most one line of the file changes: the event's own (or, for a flow list over
    # several lines, the line of the list it goes in); every other line, comments
    # included, stays as it was.
    diff = difflib.ndiff(source.splitlines(keepends=True), after_text.splitlines(keepends=True))
    changed = [line[2:] for line in diff if line.startswith("- ")]
    assert len(changed) <= 1
    if changed:
        assert event in changed[0] or changed[0].rstrip().endswith(("]", ","))


names = st.text(
    st.characters(exclude_categories=["Cs", "Cc", "Zl", "Zp"]), min_size=1, max_size=30
).filter(lambda value: value == " ".join(value.split()))


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(SOURCES), st.sampled_from(EVENT_TEXT_FIELDS), names)
def test_any_name_reads_back_as_written(source: str, event: str, name: str) -> None:
    after = literal(record_event(source, event, name).text)
    assert after["events"][event] == name
    assert literal(f"k: {scalar(name)}") == {"k": name}
    assert literal(f"k: {{a: {scalar(name)}}}") == {"k": {"a": name}}  # inside {...} too


@pytest.mark.parametrize("name", ["Evaluatie", "evaluaties", "PLAN-VAN-AANPAK", "pva"])
def test_event_names_as_people_write_them(name: str) -> None:
    assert event_name(name) in ("evaluaties", "plan_van_aanpak")


def test_a_relapse_after_28_fit_days_is_a_new_case_not_this_file(tmp_path: Path) -> None:
    # Last sick day Wednesday 9 April 2025. A relapse on 7 May has 27 fit days before it
    # (10 April to 6 May) and is added together; on 8 May there are 28: a new sickness.
    text = (
        "case_id: R-1\nsick_periods:\n  - start: 2025-01-06\n    end: 2025-04-09\n"
        "events:\n  arbodienst_melding: 2025-01-07\n"
    )
    path = case_file(tmp_path, text)
    code, _, err = run("case", "relapse", str(path), "2025-05-08")
    assert code == 2
    assert err == (
        f"Fout: {path}: 2025-05-08 ligt 28 of meer hersteldagen na de laatste ziektedag "
        "2025-04-09: een nieuwe ziekte, niet opgeteld bij deze zaak (art. 7:629 lid 10 BW); "
        "begin een nieuw zaakbestand met 'case init' (het bestand is niet gewijzigd)\n"
    )
    assert path.read_text() == text
    code, out, _ = run("case", "relapse", str(path), "2025-05-07", "--as-of", "2025-05-08")
    assert code == 0
    # 27 fit days move the end of the waiting period from Sunday 3 January 2027 (D + 727)
    # to Saturday 30 January 2027.
    assert "Einde wachttijd: za 30-01-2027 (was zo 03-01-2027)." in out


def test_a_date_after_today_is_refused_and_the_file_kept(tmp_path: Path) -> None:
    path = case_file(tmp_path)
    code, _, err = run("case", "record", str(path), "probleemanalyse", "01-01-2100")
    assert code == 2
    assert err.startswith("Fout: ongeldige waarde voor 'DATUM': 2100-01-01 ligt na vandaag (")
    assert path.read_text() == COMMENTED


def test_without_a_date_the_as_of_date_is_recorded(tmp_path: Path) -> None:
    path = case_file(tmp_path)
    code, out, _ = run("case", "record", str(path), "probleemanalyse", "--as-of", "2025-02-10")
    assert code == 0
    assert added_lines(COMMENTED, path.read_text()) == ["  probleemanalyse: 2025-02-10\n"]
    # D = Monday 6 January 2025: the probleemanalyse is due by D + 41 = Sunday 16 February.
    assert "Probleemanalyse bedrijfsarts (uiterlijk zo 16-02-2025): nu gedaan." in out


def test_a_name_may_follow_the_event_without_value(tmp_path: Path) -> None:
    path = case_file(tmp_path)
    code, _, _ = run("case", "record", str(path), "casemanager", "B. Visser")
    assert code == 0
    assert "  casemanager: B. Visser\n" in path.read_text()
    assert "A. Jansen" not in path.read_text()


def test_a_forgotten_evaluation_goes_in_its_place_in_the_list(tmp_path: Path) -> None:
    path = case_file(tmp_path)
    code, _, err = run("case", "record", str(path), "evaluatie", "2025-05-01", *AS_OF_JUNE)
    assert code == 0, err
    assert (
        "  evaluaties: [2025-04-14,\n               2025-05-01, 2025-05-26]\n" in path.read_text()
    )
    block = (
        "case_id: B-1\nsick_periods:\n  - start: 2025-01-06\nevents:\n"
        "  plan_van_aanpak: 2025-02-24\n  evaluaties:\n    - 2025-04-07  # eerste\n"
        "    - 14-05-2025\n"
    )
    listed = case_file(tmp_path, block, "blok.yaml")
    code, _, err = run("case", "record", str(listed), "evaluatie", "2025-03-31", *AS_OF_JUNE)
    assert code == 0, err
    assert added_lines(block, listed.read_text()) == ["    - 2025-03-31\n"]
    assert "    - 2025-03-31\n    - 2025-04-07  # eerste\n" in listed.read_text()
    code, _, _ = run("case", "record", str(listed), "evaluatie", "2025-04-30", *AS_OF_JUNE)
    assert code == 0
    assert "    - 2025-04-30\n    - 14-05-2025\n" in listed.read_text()  # a Dutch date too


def test_a_new_case_file_gets_its_first_sick_day_and_wage_by_command(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.yaml"
    assert run("case", "init", str(path), "--id", "N-1", "--first-sick", "2025-01-06")[0] == 0
    template = path.read_text()
    code, out, _ = run("case", "set", str(path), "first_sick_day", "03-03-2025", *AS_OF_JUNE)
    assert code == 0
    # D = Monday 3 March 2025: the waiting period ends D + 727 = Sunday 28 February 2027
    # (from 6 January 2025: Sunday 3 January 2027).
    assert "Einde wachttijd: zo 28-02-2027 (was zo 03-01-2027)." in out
    code, _, err = run("case", "set", str(path), "employee.wage.amount", "3100", *AS_OF_JUNE)
    assert code == 0
    assert "employee.wage.per = month, per maand" in err
    code, _, _ = run("case", "set", str(path), "employee.wage.per", "week", *AS_OF_JUNE)
    assert code == 0
    # (the template is Dutch in a Dutch run: "eerste ziektedag")
    assert added_lines(template.replace("2025-01-06            # eerste", "X"),
                       path.read_text().replace("2025-03-03            # eerste", "X")) == [
        "employee:\n", "  wage:\n", "    amount: 3100\n", "    per: week\n",
    ]  # fmt: skip


def test_recover_and_relapse_in_a_flow_list() -> None:
    text = "case_id: F-1\nsick_periods: [{start: 2025-01-06}]\n"
    ended = recover(text, date(2025, 2, 1)).text
    assert ended == "case_id: F-1\nsick_periods: [{start: 2025-01-06, end: 2025-02-01}]\n"
    again = relapse(ended, date(2025, 2, 10)).text
    assert literal(again)["sick_periods"][-1] == {"start": "2025-02-10"}
    with pytest.raises(EditError):
        relapse(again, date(2025, 3, 1) + timedelta(days=1))


def test_set_fills_an_empty_key() -> None:
    text = "case_id: E-1\nsick_periods:\n  - start: 2025-01-06\nevents:\n"
    changed = set_value(text, ("events", "wia_aanvraag"), "2026-10-01").text
    assert literal(changed)["events"] == {"wia_aanvraag": "2026-10-01"}
    assert changed.startswith(text.rstrip("\n"))


# --- A recorded date is not replaced silently (issue 21) -----------------------------


def test_a_second_date_for_a_recorded_step_is_refused_and_the_file_kept_byte_for_byte(
    tmp_path: Path,
) -> None:
    text = COMMENTED.replace(
        "  casemanager:", "  plan_van_aanpak: 04-05-2025   # met A.\n  casemanager:"
    )
    path = tmp_path / "dossier.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    before = path.read_bytes()
    code, out, err = run("case", "record", str(path), "plan_van_aanpak", "2025-05-20")
    assert (code, out) == (2, "")
    assert err == (
        f"Fout: {path}: events.plan_van_aanpak staat al vastgelegd op 2025-05-04; 2025-05-20 "
        "is niet vastgelegd en het bestand is niet gewijzigd (--replace vervangt 2025-05-04 "
        "door 2025-05-20)\n"
    )
    assert path.read_bytes() == before
    code, _, err = run("case", "record", str(path), "plan van aanpak", "2025-05-20", "--lang",
                       "en")  # fmt: skip
    assert code == 2
    assert "events.plan_van_aanpak is on file as 2025-05-04; 2025-05-20 was not" in err
    assert "(--replace replaces 2025-05-04 with 2025-05-20)" in err
    assert path.read_bytes() == before


def test_replace_replaces_the_recorded_date_and_says_which_it_was(tmp_path: Path) -> None:
    text = COMMENTED.replace(
        "  casemanager:", "  plan_van_aanpak: 04-05-2025   # met A.\n  casemanager:"
    )
    path = case_file(tmp_path, text)
    code, out, _ = run("case", "record", str(path), "Plan van aanpak", "2025-05-20", "--replace",
                       *AS_OF_JUNE)  # fmt: skip
    assert code == 0
    assert "events.plan_van_aanpak = 2025-05-20 vastgelegd (was 04-05-2025)." in out
    assert path.read_text() == text.replace("04-05-2025   # met A.", "2025-05-20   # met A.")


def test_the_same_date_again_changes_nothing_and_says_so(tmp_path: Path) -> None:
    # arbodienst_melding is on file as 2025-01-07; the same day the Dutch way is the same.
    path = case_file(tmp_path)
    for day in ("2025-01-07", "07-01-2025"):
        code, out, err = run("case", "record", str(path), "arbodienst_melding", day)
        assert (code, err) == (0, "")
        assert out == f"{path}: events.arbodienst_melding bevat 2025-01-07 al; niets gewijzigd\n"
        assert path.read_text() == COMMENTED
    code, out, _ = run("case", "record", str(path), "evaluatie", "2025-04-14")
    assert code == 0
    assert "events.evaluaties bevat 2025-04-14 al" in out
    assert path.read_text() == COMMENTED


def test_a_new_date_on_either_side_of_the_one_on_file_is_refused(tmp_path: Path) -> None:
    path = case_file(tmp_path)  # arbodienst_melding: 2025-01-07
    for day in ("2025-01-06", "2025-01-08"):
        code, _, err = run("case", "record", str(path), "arbodienst_melding", day)
        assert code == 2
        assert f"staat al vastgelegd op 2025-01-07; {day} is niet vastgelegd" in err
    assert path.read_text() == COMMENTED


def test_an_evaluation_is_added_and_replace_corrects_the_latest(tmp_path: Path) -> None:
    path = case_file(tmp_path)  # evaluaties: [2025-04-14, 2025-05-26]
    code, out, _ = run("case", "record", str(path), "evaluatie", "2025-05-27", "--replace",
                       *AS_OF_JUNE)  # fmt: skip
    assert code == 0
    assert "events.evaluaties = 2025-05-27 vastgelegd (was 2025-05-26)." in out
    assert path.read_text() == COMMENTED.replace("2025-05-26]", "2025-05-27]")
    # A correction that would put the latest before the one before it keeps the file.
    code, _, err = run("case", "record", str(path), "evaluatie", "2025-04-01", "--replace")
    assert code == 2
    assert "niet gewijzigd" in err
    assert path.read_text() == COMMENTED.replace("2025-05-26]", "2025-05-27]")


def test_replace_on_an_empty_list_adds_the_date(tmp_path: Path) -> None:
    path = case_file(tmp_path)
    code, out, _ = run("case", "record", str(path), "deskundigenoordeel", "2025-05-01",
                       "--replace", *AS_OF_JUNE)  # fmt: skip
    assert code == 0
    assert "events.deskundigenoordeel = 2025-05-01 vastgelegd." in out
    assert literal(path.read_text())["events"]["deskundigenoordeel"] == ["2025-05-01"]


def test_a_json_case_file_refuses_and_replaces_the_same_way(tmp_path: Path) -> None:
    document = {
        "case_id": "J-1",
        "sick_periods": [{"start": "2025-01-06"}],
        "events": {"probleemanalyse": "2025-02-14", "evaluaties": ["2025-04-01"]},
    }
    path = case_file(tmp_path, json.dumps(document), "dossier.json")
    before = path.read_bytes()
    code, _, err = run("case", "record", str(path), "probleemanalyse", "2025-02-15")
    assert code == 2
    assert "staat al vastgelegd op 2025-02-14" in err
    assert path.read_bytes() == before
    assert run("case", "record", str(path), "probleemanalyse", "2025-02-15", "--replace")[0] == 0
    assert run("case", "record", str(path), "evaluatie", "2025-04-02", "--replace")[0] == 0
    events = json.loads(path.read_text())["events"]
    assert events == {"probleemanalyse": "2025-02-15", "evaluaties": ["2025-04-02"]}


def test_a_new_casemanager_replaces_the_one_on_file_without_replace(tmp_path: Path) -> None:
    # A name is a fact of now (a handover), not the date of a step: it is replaced.
    path = case_file(tmp_path)
    code, out, _ = run("case", "record", str(path), "casemanager", "B. Visser")
    assert code == 0
    assert "events.casemanager = B. Visser vastgelegd (was A. Jansen)." in out


# --- Event names as the tool writes them (issue 21) ----------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Plan van aanpak", "plan_van_aanpak"),
        ("Plan van aanpak, met casemanager", "plan_van_aanpak"),
        ("Plan van aanpak (action plan), with a casemanager", "plan_van_aanpak"),
        ("42e-weeksmelding", "ziekmelding_uwv"),
        ("42e-weeksmelding aan UWV", "ziekmelding_uwv"),
        ("42nd-week sickness report to UWV", "ziekmelding_uwv"),
        ("re-integratieverslag", "reintegratieverslag"),
        ("Re-integratieverslag, met eindevaluatie en actueel oordeel", "reintegratieverslag"),
        ("eerstejaarsevaluatie", "eerstejaarsevaluatie"),
        ("Eerstejaars-evaluatie", "eerstejaarsevaluatie"),
        ("First-year evaluation", "eerstejaarsevaluatie"),
        ("WIA-aanvraag", "wia_aanvraag"),
        ("WIA application", "wia_aanvraag"),
        ("Evaluatie plan van aanpak 3", "evaluaties"),
        ("Probleemanalyse bedrijfsarts", "probleemanalyse"),
        ("Ziekmelding bij bedrijfsarts / arbodienst", "arbodienst_melding"),
        ("Brief van UWV over de WIA-aanvraag", "wia_brief_uwv"),
        ("Ziek-uit-dienstmelding aan UWV", "ziekmelding_uit_dienst"),
        (
            "Ziektewet: volledig re-integratieverslag (10 weken of langer ziek)",
            "reintegratieverslag_ziektewet",
        ),
        ("actueel oordeel", "actueel_oordeel"),
        ("SPOOR2-START", "spoor2_start"),
    ],
)
def test_the_tools_own_names_for_a_step_are_its_event(name: str, key: str) -> None:
    assert event_name(name) == key


def test_every_milestone_label_recorded_by_one_event_names_that_event() -> None:
    from poortwachter.law.milestones import RULES, Every

    checked = 0
    for rule in RULES:
        recorded = (rule.due.recorded_as,) if isinstance(rule.due, Every) else rule.events
        if len(recorded) == 1 and recorded[0] in EVENT_DATE_FIELDS + EVENT_DATE_LISTS:
            assert event_name(rule.label_nl) == recorded[0]
            assert event_name(rule.label_en) == recorded[0]
            checked += 1
    assert checked > 10


def test_no_two_event_keys_read_the_same() -> None:
    from poortwachter.inputs.event_names import EVENTS, _folded

    assert len({_folded(key) for key in EVENTS}) == len(EVENTS)
    assert all(event_name(key) == key for key in EVENTS)


def test_a_step_named_by_two_events_is_no_name_of_either() -> None:
    # "Besluit over spoor 2" is recorded by the eerstejaarsevaluatie or the start of
    # spoor 2: which one happened is for the user to say.
    with pytest.raises(EditError):
        event_name("Besluit over spoor 2")


def test_a_misspelt_name_gets_one_line_with_the_closest_event(tmp_path: Path) -> None:
    path = case_file(tmp_path)
    code, _, err = run("case", "record", str(path), "Plan van anpak", "2025-03-01")
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert "onbekende gebeurtenis 'Plan van anpak'; bedoelde u 'plan_van_aanpak'?" in err
    assert path.read_text() == COMMENTED


def test_a_step_recorded_by_its_label_lands_at_its_key(tmp_path: Path) -> None:
    path = case_file(tmp_path)
    code, out, _ = run("case", "record", str(path), "42e-weeksmelding", "2025-10-20")
    assert code == 0
    assert added_lines(COMMENTED, path.read_text()) == ["  ziekmelding_uwv: 2025-10-20\n"]
    assert "events.ziekmelding_uwv = 2025-10-20 vastgelegd." in out


# --- A wage amount written as it was read -----------------------------------------------

WAGE_BLOCK = """\
case_id: W-1
sick_periods:
  - start: 2025-01-06
employee:
  wage:
    amount: 2800      # bruto per maand
    per: month
"""


@pytest.mark.parametrize(
    ("given", "written"),
    [
        ("3.100", "3100"),  # three thousand one hundred, never 3.1 to another reader
        ("3.100,50", "3100.50"),
        ("€ 3.100,-", "3100"),
        ("€ 3.100,\u2014", "3100"),  # the em dash Word puts for ,-
        ("3100,5", "3100.50"),
        ("3450.00", "3450"),
        ("1.234.567", "1234567"),
    ],
)
def test_set_writes_a_wage_amount_as_it_was_read_keeping_the_comment(
    tmp_path: Path, given: str, written: str
) -> None:
    path = case_file(tmp_path, WAGE_BLOCK)
    code, out, err = run("case", "set", str(path), "employee.wage.amount", given, *AS_OF_JUNE)
    assert code == 0, err
    expected = WAGE_BLOCK.replace("amount: 2800 ", f"amount: {written} ")
    assert path.read_text() == expected
    assert f"employee.wage.amount = {written} " in out
    # Any YAML reader reads the number the tool read: not 3.1 for 3.100.
    from ruamel.yaml import YAML

    read = YAML(typ="safe").load(expected)["employee"]["wage"]["amount"]
    assert Decimal(str(read)) == Decimal(written)


def test_set_refuses_a_wage_amount_that_reads_two_ways_and_keeps_the_file(tmp_path: Path) -> None:
    path = case_file(tmp_path, WAGE_BLOCK)
    code, _, err = run("case", "set", str(path), "employee.wage.amount", "3,100", *AS_OF_JUNE)
    assert code == 2
    assert "3,100 is op twee manieren te lezen: 3.100,00 of 3,10" in err
    assert path.read_text() == WAGE_BLOCK


def test_set_writes_a_wage_amount_in_json_as_a_number(tmp_path: Path) -> None:
    document = {"case_id": "J-1", "sick_periods": [{"start": "2025-01-06"}]}
    path = case_file(tmp_path, json.dumps(document), "dossier.json")
    code, _, err = run("case", "set", str(path), "employee.wage.amount", "3.100,50", *AS_OF_JUNE)
    assert code == 0, err
    assert json.loads(path.read_text())["employee"]["wage"] == {"amount": 3100.5, "per": "month"}
    run("case", "set", str(path), "employee.wage.amount", "3.100", *AS_OF_JUNE)
    assert json.loads(path.read_text())["employee"]["wage"]["amount"] == 3100


def test_set_value_leaves_other_keys_as_text() -> None:
    change = set_value("case_id: A\n", ("employee", "name"), "3.100")
    assert "name: 3.100" in change.text  # a name is no amount
