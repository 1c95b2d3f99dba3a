"""The command line as a user runs it: each format, each option, each error."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from poortwachter import __version__
from poortwachter.cli import app
from poortwachter.engine import compute_timeline
from poortwachter.models import Case, Timeline

from ..helpers import d

#: These tests check the English wording of messages (Dutch is the default).
pytestmark = pytest.mark.usefixtures("english")

EXAMPLES = Path(__file__).parent.parent.parent / "examples"
runner = CliRunner()


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    # A wide terminal, so that table cells do not wrap the texts the tests look for.
    result = runner.invoke(app, list(args), input=stdin, env={"COLUMNS": "200"})
    return result.exit_code, result.stdout, result.stderr


def assert_one_line_error(code: int, out: str, err: str, *fragments: str) -> None:
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("Error: ")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0]


def test_json_output_is_one_document_with_the_issue_dates(dutch: None) -> None:
    code, out, err = run(
        "timeline", "--first-sick", "2025-01-06", "--format", "json", "--as-of", "2025-03-01"
    )
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["schema_version"] == 1
    assert data["first_sick_day"] == "2025-01-06"
    assert (data["einde_wachttijd"], data["ingang_wia"]) == ("2027-01-03", "2027-01-04")
    by_id = {item["id"]: item for item in data["milestones"]}
    assert by_id["eerstejaarsevaluatie"]["window_start"] == "2025-11-17"
    assert by_id["probleemanalyse"]["label"] == "Probleemanalyse bedrijfsarts"
    assert set(by_id["probleemanalyse"]) >= {
        "id",
        "due",
        "window_start",
        "kind",
        "status",
        "done_on",
        "basis",
        "label",
    }


def test_json_output_parses_back_into_the_engine_result() -> None:
    _, out, _ = run(
        "timeline", "--first-sick", "2025-01-06", "--format", "json", "--as-of", "2025-03-01"
    )
    expected = compute_timeline(Case.from_first_sick_day(d("2025-01-06")), d("2025-03-01"))
    assert Timeline.from_dict(json.loads(out)) == expected


def test_csv_output_has_one_row_per_milestone_with_the_json_field_names() -> None:
    code, out, _ = run(
        "timeline",
        "--first-sick",
        "2025-01-06",
        "--format",
        "csv",
        "--as-of",
        "2025-03-01",
        "--lang",
        "en",
    )
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert len(rows) == 31  # 15 single milestones and 16 evaluations
    assert rows[1]["id"] == "probleemanalyse"
    assert rows[1]["label"] == "Problem analysis by the bedrijfsarts"
    assert rows[1]["due"] == "2025-02-16"
    assert rows[1]["window_start"] == ""


def test_the_table_is_dutch_by_default(dutch: None) -> None:
    code, out, _ = run("timeline", "--first-sick", "2025-01-06", "--as-of", "2025-03-01")
    assert code == 0
    assert "Eerste ziektedag" in out
    assert "ma 06-01-2025" in out
    assert "zo 03-01-2027" in out
    assert "ma 04-01-2027" in out
    assert "Probleemanalyse bedrijfsarts" in out
    assert "ZW art. 38 lid 1" in out


def test_the_table_speaks_english_with_lang_en() -> None:
    code, out, _ = run(
        "timeline", "--first-sick", "2025-01-06", "--as-of", "2025-03-01", "--lang", "en"
    )
    assert code == 0
    assert "First sick day" in out
    assert "Mon 2025-01-06" in out
    assert "42nd-week sickness report to UWV" in out


def test_the_table_shows_uwvs_practice_date_beside_a_weekend_legal_date(dutch: None) -> None:
    _, out, _ = run("timeline", "--first-sick", "2025-01-04", "--as-of", "2025-03-01")
    assert "za 25-10-2025" in out
    assert "UWV: ma 27-10-2025*" in out
    assert "eerste werkdag na de 42e ziekteweek" in out


def test_a_dutch_date_on_the_command_line_is_accepted() -> None:
    _, dutch, _ = run(
        "timeline", "--first-sick", "06-01-2025", "--as-of", "01-03-2025", "--format", "json"
    )
    _, iso, _ = run(
        "timeline", "--first-sick", "2025-01-06", "--as-of", "2025-03-01", "--format", "json"
    )
    assert dutch == iso


def test_as_of_defaults_to_today() -> None:
    code, out, _ = run("timeline", "--first-sick", "2025-01-06", "--format", "json")
    assert code == 0
    assert json.loads(out)["as_of"] >= "2026-01-01"


def test_a_case_file_shows_the_chain_explanation() -> None:
    code, out, _ = run(
        "timeline",
        "--case",
        str(EXAMPLES / "herstel-en-terugval.yaml"),
        "--as-of",
        "2022-09-01",
        "--lang",
        "en",
    )
    assert code == 0
    assert "21 fit days" in out
    assert "added together" in out


def test_a_case_file_from_stdin() -> None:
    text = (EXAMPLES / "doorlopend-ziek.yaml").read_text()
    code, out, _ = run(
        "timeline", "--case", "-", "--format", "json", "--as-of", "2024-03-01", stdin=text
    )
    assert code == 0
    data = json.loads(out)
    assert data["case_id"] == "E-1001"
    plan = next(item for item in data["milestones"] if item["id"] == "plan_van_aanpak")
    assert plan["due"] == "2024-02-28"  # probleemanalyse 14 Feb + 14


def test_a_json_case_file() -> None:
    document = {"case_id": "J-1", "sick_periods": [{"start": "2025-01-06"}]}
    code, out, _ = run(
        "timeline",
        "--case",
        "-",
        "--format",
        "json",
        "--as-of",
        "2025-03-01",
        stdin=json.dumps(document),
    )
    assert code == 0
    assert json.loads(out)["einde_wachttijd"] == "2027-01-03"


def test_version() -> None:
    code, out, _ = run("--version")
    assert (code, out.strip()) == (0, f"poortwachter {__version__}")


def test_help_shows_examples() -> None:
    code, out, _ = run("timeline", "--help")
    assert code == 0
    assert "poortwachter timeline --first-sick 2024-01-08" in out
    assert "--as-of" in out
    assert "--lang" in out
    assert "--format" in out


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (("--first-sick", "2024-02-30"), ("--first-sick", "2024-02-30 is not a date")),
        (("--first-sick", "2024/01/08"), ("YYYY-MM-DD or DD-MM-YYYY",)),
        (("--first-sick", "2025-01-06", "--as-of", "31-02-2025"), ("--as-of",)),
        (("--first-sick", "2025-01-06", "--format", "xml"), ("'xml' is not one of",)),
        (("--first-sick", "2025-01-06", "--lang", "de"), ("--lang",)),
        (("--first-sick", "2011-12-31"), ("before 2012-01-01",)),
        ((), ("give a case file (CASE or --case FILE) or --first-sick DATE",)),
        (("--first-sick", "2025-01-06", "--case", "x.yaml"), ("only one of",)),
        (("--first-sick", "2025-01-06", "x.yaml"), ("only one of",)),
        (("x.yaml", "--case", "y.yaml"), ("'CASE' / '--case'", "not both")),
        (("--case", "does-not-exist.yaml"), ("does-not-exist.yaml: no such file",)),
        (("--case", str(EXAMPLES)), ("is a folder",)),
        (("--frist-sick", "2025-01-06"), ("No such option",)),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(
    args: tuple[str, ...], fragments: tuple[str, ...]
) -> None:
    assert_one_line_error(*run("timeline", *args), *fragments)


BAD_FILES = {
    "typo'd key": (
        "case_id: X\nsick_periods:\n  - start: 2025-01-06\n    ned: 2025-02-01\n",
        "sick_periods[0].ned: unknown key (valid here: start, end, cause, percentage, "
        "same_cause_as_previous, pregnancy_related)",
    ),
    "impossible date": (
        "case_id: X\nsick_periods:\n  - start: 2025-02-30\n",
        "sick_periods[0].start: 2025-02-30 is not a date (use YYYY-MM-DD or DD-MM-YYYY)",
    ),
    "day and month swapped in a Dutch date": (
        "case_id: X\nsick_periods:\n  - start: 06-13-2025\n",
        "sick_periods[0].start: 06-13-2025 is not a date (use YYYY-MM-DD or DD-MM-YYYY)",
    ),
    "overlapping periods": (
        "case_id: X\nsick_periods:\n  - {start: 2025-01-06, end: 2025-02-01}\n"
        "  - {start: 2025-01-20}\n",
        "sick_periods[1].start: 2025-01-20 is not after the previous period's end 2025-02-01",
    ),
    "unordered periods": (
        "case_id: X\nsick_periods:\n  - {start: 2025-03-06, end: 2025-04-01}\n"
        "  - {start: 2025-01-20}\n",
        "sick_periods[1].start: 2025-01-20 is not after",
    ),
    "end before start": (
        "case_id: X\nsick_periods:\n  - {start: 2025-03-06, end: 2025-03-01}\n",
        "sick_periods[0].end: 2025-03-01 is before the start 2025-03-06",
    ),
    "duplicate key": ("case_id: X\ncase_id: Y\nsick_periods: []\n", "case_id: duplicate key"),
    "broken yaml": ("case_id: [X\n", "not valid YAML"),
    "missing case id": ("sick_periods:\n  - start: 2025-01-06\n", "case_id: missing"),
    "no periods": ("case_id: X\nsick_periods: []\n", "sick_periods: empty"),
    "not a mapping": ("- 1\n- 2\n", "a case file holds a mapping"),
    "empty file": (
        "",
        "a case file holds a mapping of keys (case_id, sick_periods, ...), not nothing",
    ),
    "event before the first sick day": (
        "case_id: X\nsick_periods:\n  - start: 2025-01-06\n"
        "events:\n  probleemanalyse: 2024-12-01\n",
        "events.probleemanalyse: 2024-12-01 is before the first sick day 2025-01-06",
    ),
    "unknown event": (
        "case_id: X\nsick_periods:\n  - start: 2025-01-06\n"
        "events:\n  probleemanalyze: 2025-02-01\n",
        "events.probleemanalyze: unknown key",
    ),
    "wrong schema version": (
        "schema_version: 2\ncase_id: X\nsick_periods:\n  - start: 2025-01-06\n",
        "schema_version: 2 is not supported (use 1)",
    ),
    "sickness percentage of 0": (
        "case_id: X\nsick_periods:\n  - {start: 2025-01-06, percentage: 0}\n",
        "sick_periods[0].percentage: 0 is out of range (use a number at least 1)",
    ),
    "sickness percentage over 100": (
        "case_id: X\nsick_periods:\n  - {start: 2025-01-06, percentage: 101}\n",
        "sick_periods[0].percentage: 101 is out of range (use a number at most 100)",
    ),
    "a flag that is neither yes nor no": (
        "case_id: X\nsick_periods:\n  - {start: 2025-01-06, pregnancy_related: misschien}\n",
        "sick_periods[0].pregnancy_related: misschien is not valid (use true or false, ja or nee)",
    ),
    "361 contract hours (a typo for 36)": (
        "case_id: X\nemployee: {hours_per_week: 361}\nsick_periods:\n  - start: 2025-01-06\n",
        "employee.hours_per_week: 361 is out of range (use a number at most 60)",
    ),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_a_bad_case_file_is_one_line_naming_file_key_and_value(name: str, tmp_path: Path) -> None:
    content, fragment = BAD_FILES[name]
    path = tmp_path / "case.yaml"
    path.write_text(content)
    code, out, err = run("timeline", "--case", str(path))
    assert_one_line_error(code, out, err, f"{path}: ", fragment)


def test_every_problem_in_a_file_is_reported_at_once(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    path.write_text(
        "case_id: X\nsick_periods:\n  - start: 2025-02-30\n    cuase: knie\nevnts: {}\n"
    )
    code, out, err = run("timeline", "--case", str(path))
    lines = err.strip().splitlines()
    assert (code, out) == (2, "")
    assert len(lines) == 3
    assert all(line.startswith(f"Error: {path}: ") for line in lines)


def test_a_bad_file_from_stdin_is_named_stdin() -> None:
    assert_one_line_error(*run("timeline", "--case", "-", stdin="case_id: [\n"), "<stdin>: ")


def test_a_broken_json_file_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text('{"case_id": "X",\n "sick_periods": [}\n')
    assert_one_line_error(*run("timeline", "--case", str(path)), "line 2", "not valid JSON")


def test_a_duplicate_key_in_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text('{"case_id": "X", "case_id": "Y", "sick_periods": [{"start": "2025-01-06"}]}')
    assert_one_line_error(*run("timeline", "--case", str(path)), "case_id: duplicate key")


def test_a_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    path.write_bytes(b"\xff\xfe\x00\x01")
    assert_one_line_error(*run("timeline", "--case", str(path)), "not a text file")


def test_an_internal_error_is_one_line_without_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    import poortwachter.engine

    def broken(*_: object) -> None:
        raise RuntimeError("secret patient detail")

    monkeypatch.setattr(poortwachter.engine, "compute_timeline", broken)
    code, out, err = run("timeline", "--first-sick", "2025-01-06")
    assert_one_line_error(code, out, err, "internal error (RuntimeError)")
    assert "secret patient detail" not in err


def test_a_bad_key_does_not_hide_an_overlap_elsewhere_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    path.write_text(
        "case_id: X\nsick_periods:\n  - {start: 2025-01-06, end: 2025-02-01}\n"
        "  - {start: 2025-01-20}\nevents: {probleemanalyze: 2025-02-01}\n"
    )
    code, _, err = run("timeline", "--case", str(path))
    assert code == 2
    assert err.splitlines() == [
        f"Error: {path}: events.probleemanalyze: unknown key (valid here: "
        "arbodienst_melding, probleemanalyse, plan_van_aanpak, casemanager, evaluaties, "
        "ziekmelding_uwv, arbeidsdeskundig_onderzoek, spoor1_no_prospect, "
        "eerstejaarsevaluatie, spoor2_start, spoor2_provider, deskundigenoordeel, "
        "reintegratieverslag, actueel_oordeel, wia_brief_uwv, wia_brief_uwv_ontvangen, "
        "wia_aanvraag, "
        "ziekmelding_uit_dienst, reintegratieverslag_ziektewet, ziekmelding_zwangerschap, "
        "ziekmelding_zwangerschap_na_verlof, ziektewet_brief_uwv, "
        "ziekmelding_uwv_eerste_ziektedag, ziekmelding_uit_dienst_eerste_ziektedag, "
        "ziekmelding_zwangerschap_eerste_ziektedag)",
        f"Error: {path}: sick_periods[1].start: 2025-01-20 is not after the previous "
        "period's end 2025-02-01: list periods in order, without overlap",
    ]


def test_a_case_file_takes_dutch_dates_and_ja_nee(tmp_path: Path) -> None:
    # docs/case-files.md: DD-MM-YYYY and ja/nee are accepted everywhere a date or flag is read.
    path = tmp_path / "case.yaml"
    path.write_text(
        "case_id: X\nemployer: {wga_eigenrisicodrager: ja}\n"
        "sick_periods:\n  - {start: 06-01-2025, pregnancy_related: nee, percentage: 50}\n"
        "events: {probleemanalyse: 10-02-2025}\n"
    )
    code, out, err = run("timeline", "--case", str(path), "--format", "json")
    assert code == 0, err
    document = json.loads(out)
    assert document["first_sick_day"] == "2025-01-06"
    done = next(item for item in document["milestones"] if item["id"] == "probleemanalyse")
    assert done["done_on"] == "2025-02-10"
    assert document["chain"]["periods"][0]["percentage"] == 50


@pytest.mark.parametrize(("first_sick", "noted"), [("2025-01-04", True), ("2025-01-06", False)])
def test_a_first_sick_day_on_a_weekend_is_judged_with_a_note(first_sick: str, noted: bool) -> None:
    # Saturday 4 January: accepted, with a note (WIA art. 23 lid 2); Monday 6: no note.
    code, out, err = run(
        "timeline", "--first-sick", first_sick, "--as-of", "2025-03-01", "--lang", "nl"
    )
    assert code == 0
    assert ("Let op" in out) is noted
    assert ("De eerste ziektedag za 04-01-2025 is geen werkdag" in out) is noted
    assert err == ""
    code, out, err = run(
        "timeline",
        "--first-sick",
        first_sick,
        "--as-of",
        "2025-03-01",
        "--format",
        "json",
        "--lang",
        "nl",
    )
    assert code == 0
    notes = json.loads(out)["notes"]
    assert [note["id"] for note in notes] == (
        ["note_first_sick_day_not_working_day"] if noted else []
    )
    # For a script the note goes to stderr, in words, so stdout stays the document.
    assert err.startswith("Let op: de eerste ziektedag") is noted
    if not noted:
        assert err == ""


def test_the_table_shows_the_date_to_act_by_under_the_legal_date(tmp_path: Path) -> None:
    # The application is due Sun 18 Oct 2026; UWV's late letter of Thu 1 Oct (receipt not
    # recorded) gives the safe date sent + 28 = Thu 29 Oct (docs/law.md section 4).
    path = tmp_path / "w.yaml"
    path.write_text(
        "case_id: W-1\nsick_periods: [{start: 2025-01-06}]\n"
        "events: {ziekmelding_uwv: 2025-10-20, wia_brief_uwv: 2026-10-01}\n",
        encoding="utf-8",
    )
    code, out, _ = run("timeline", "--case", str(path), "--as-of", "2026-10-20", "--lang", "nl")
    assert code == 0
    assert "zo 18-10-2026" in out
    assert "op tijd t/m do 29-10-2026" in out
