"""``case init`` (issue 21): a template is not a case. Its placeholders fail ``validate``
and every command that reads cases, each named; ``--id``, ``--name``, ``--employer`` and
``--first-sick`` write a case that is valid at once."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from poortwachter.inputs.casefile import load_case
from poortwachter.inputs.documents import CaseFileError, parse_document
from poortwachter.inputs.placeholders import is_placeholder, placeholder_paths
from poortwachter.inputs.template import CASE_TEMPLATE_NL, PLACEHOLDERS, case_template
from tests.helpers import EXAMPLES, run

PLACES = ["case_id", "employee.name", "employer.name", "sick_periods[0].start"]


def checked(*args: str) -> tuple[int, str, str]:
    """``run``, failing on a crash dressed as an error line."""
    code, out, err = run(*args)
    assert "Traceback" not in err
    assert "interne fout" not in err
    assert "internal error" not in err
    return code, out, err


def template(tmp_path: Path, name: str = "nieuw.yaml", *options: str) -> Path:
    path = tmp_path / name
    code, _, err = checked("case", "init", str(path), *options)
    assert code == 0, err
    return path


# --- The template -------------------------------------------------------------------


def test_an_untouched_template_fails_validate_naming_each_placeholder(tmp_path: Path) -> None:
    path = template(tmp_path)
    code, out, err = checked("case", "validate", str(path))
    assert (code, out) == (2, "")
    lines = err.splitlines()
    assert [line.split(": ")[2] for line in lines] == PLACES
    assert lines[0] == (
        f"Fout: {path}: case_id: niet ingevuld (een plaatshouder van 'case init', tussen < en "
        ">); vul in met 'case set BESTAND case_id WAARDE'"
    )
    assert lines[3].endswith("vul in met 'case set BESTAND first_sick_day WAARDE'")


def test_case_init_says_what_is_left_to_fill_in(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.yaml"
    code, out, err = checked("case", "init", str(path))
    assert (code, out) == (0, "")
    assert err == (
        f"{path}: geschreven; nog in te vullen (elk tussen < en >): case_id, employee.name, "
        "employer.name, sick_periods[0].start\n"
    )


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_template_has_no_id_or_name_that_could_pass_for_a_case(lang: str) -> None:
    text = case_template(lang)
    document: Any = parse_document("t.yaml", text)
    assert placeholder_paths(document) == PLACES
    assert [document["case_id"], document["sick_periods"][0]["start"]] == [
        PLACEHOLDERS[lang]["case_id"],
        PLACEHOLDERS[lang]["sick_periods[0].start"],
    ]
    for old_example in ("E-0001", "Voornaam Achternaam", "Werkgever B.V.", "2025-01-06  "):
        assert old_example not in text


@pytest.mark.parametrize(
    "command",
    [
        ["timeline", "--case"],
        ["sanction-risk"],
        ["report"],
    ],
)
def test_every_command_that_judges_one_case_refuses_a_template(
    tmp_path: Path, command: list[str]
) -> None:
    path = template(tmp_path)
    code, out, err = checked(*command, str(path), "--as-of", "2026-12-01")
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == len(PLACES)
    assert all("niet ingevuld" in line for line in err.splitlines())
    assert "te laat" not in err


def test_an_agenda_over_a_folder_lists_a_template_as_an_error_not_a_case(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "dossiers"
    folder.mkdir()
    template(folder, "a-nieuw.yaml")
    (folder / "schone-zaak.yaml").write_bytes((EXAMPLES / "schone-zaak.yaml").read_bytes())
    code, out, err = checked("agenda", str(folder), "--as-of", "2025-06-01", "--format", "json")
    assert code == 2
    agenda = json.loads(out)
    # The real case is judged (nothing due: every step on time); the template is no
    # case at all but an error, and its placeholder words are in no group.
    assert agenda["cases"] == 1
    assert [error["source"] for error in agenda["errors"]] == ["a-nieuw.yaml"]
    assert agenda["errors"][0]["case_id"] is None
    assert agenda["errors"][0]["error"].startswith("case_id: not filled in")
    assert "<" not in json.dumps(agenda["groups"])
    assert f"{folder / 'a-nieuw.yaml'}: case_id: niet ingevuld" in err
    code, out, _ = checked("agenda", str(folder), "--as-of", "2026-12-01")
    assert "te laat" in out  # the real case, 21 months on
    assert "ZAAKNUMMER" not in out.split("niet te lezen")[0]  # only as an error line


def test_a_batch_of_case_files_makes_a_template_an_error_row(tmp_path: Path) -> None:
    folder = tmp_path / "dossiers"
    folder.mkdir()
    template(folder, "a-nieuw.yaml")
    (folder / "schone-zaak.yaml").write_bytes((EXAMPLES / "schone-zaak.yaml").read_bytes())
    code, out, _ = checked("batch", str(folder), "--as-of", "2025-06-01", "--fail-on", "never")
    assert code == 2
    rows = {row["source"]: row for row in map(json.loads, out.splitlines())}
    assert rows["a-nieuw.yaml"]["case_id"] is None  # a placeholder is no case id
    assert rows["a-nieuw.yaml"]["error"].startswith("case_id: not filled in")
    assert "error" not in rows["schone-zaak.yaml"]
    assert rows["schone-zaak.yaml"]["case_id"] == "E-2025-010"


def test_a_json_lines_document_with_a_placeholder_is_an_error_row(tmp_path: Path) -> None:
    lines = [
        {"case_id": "<ZAAKNUMMER>", "sick_periods": [{"start": "2025-01-06"}]},
        {"case_id": "K-2", "sick_periods": [{"start": "2025-01-06"}]},
    ]
    path = tmp_path / "zaken.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    code, out, _ = checked("batch", str(path), "--as-of", "2025-06-01", "--fail-on", "never")
    assert code == 2
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows[0]["error"].startswith("case_id: not filled in")
    assert rows[1]["case_id"] == "K-2"
    assert "error" not in rows[1]


def test_a_placeholder_hides_no_other_problem_of_the_file() -> None:
    text = case_template("en").replace("# probleemanalyse: 2025-02-12", "probleemanalyse: x")
    with pytest.raises(CaseFileError) as caught:
        load_case("t.yaml", text)
    ids = [said.id for said in caught.value.details]
    assert ids.count("placeholder_left") == 4
    assert len(ids) == 5  # and events.probleemanalyse: x is not a date


@pytest.mark.parametrize(
    ("value", "placeholder"),
    [
        ("<ZAAKNUMMER>", True),
        ("  <x>  ", True),
        ("<>", False),  # nothing between: no placeholder's word
        ("< >", False),
        ("<script>alert(1)</script>", False),  # markup, escaped where it is shown
        ("<a<b>", False),
        ("<", False),
        ("E-<1>", False),
        ("<E-1", False),
        ("E-1>", False),
        (42, False),
    ],
)
def test_a_placeholder_is_a_whole_value_between_angle_brackets(
    value: object, placeholder: bool
) -> None:
    assert is_placeholder(value) is placeholder


# --- A case written at once ----------------------------------------------------------


def test_case_init_with_id_name_and_first_sick_day_writes_a_valid_case(tmp_path: Path) -> None:
    path = template(tmp_path, "devries.yaml", "--id", "E-0042", "--name", "J. de Vries",
                    "--first-sick", "2026-03-02")  # fmt: skip
    assert checked("case", "validate", str(path)) == (0, f"ok: {path}\n", "")
    document: Any = parse_document(str(path), path.read_text())
    assert document["case_id"] == "E-0042"
    assert document["employee"] == {"name": "J. de Vries"}
    assert document["employer"].get("name") is None  # not given: left out, not a placeholder
    assert "  # name: <WERKGEVER>\n" in path.read_text()
    # D = Monday 2 March 2026; the waiting period ends D + 727 = Sunday 27 February 2028
    # (104 weeks after D is Monday 28 February 2028, a leap year; the day before).
    code, out, _ = checked("timeline", "--case", str(path), "--as-of", "2026-03-03")
    assert code == 0
    assert "zo 27-02-2028" in out
    assert "E-0042" in out


def test_each_value_given_takes_its_placeholders_place_keeping_the_comment_column(
    tmp_path: Path,
) -> None:
    path = template(tmp_path, "z.yaml", "--id", "Z-1", "--name", "A. Bakker", "--employer",
                    "Bakkerij Brood B.V.", "--first-sick", "02-03-2026")  # fmt: skip
    text = path.read_text()
    assert text == (
        CASE_TEMPLATE_NL.replace("<ZAAKNUMMER>    ", "Z-1             ")
        .replace("<VOORNAAM ACHTERNAAM>", "A. Bakker")
        .replace("<WERKGEVER>", "Bakkerij Brood B.V.")
        .replace("<EERSTE ZIEKTEDAG>    ", "2026-03-02            ")
    )
    assert checked("case", "validate", str(path))[0] == 0


def test_without_an_id_the_case_is_not_valid_yet_and_says_so(tmp_path: Path) -> None:
    path = template(tmp_path, "x.yaml", "--first-sick", "2026-03-02", "--lang", "en")
    code, _, err = checked("case", "validate", str(path), "--lang", "en")
    assert code == 2
    assert err.splitlines() == [
        f"Error: {path}: case_id: not filled in (a placeholder of 'case init', between < and "
        ">); fill in with 'case set FILE case_id VALUE'"
    ]
    assert "# employee:" in path.read_text()  # no name given: the block is a comment


def test_two_templates_never_share_an_id_silently(tmp_path: Path) -> None:
    first, second = template(tmp_path, "a.yaml"), template(tmp_path, "b.yaml")
    for path in (first, second):
        assert checked("case", "validate", str(path))[0] == 2


def test_a_value_no_case_file_may_hold_is_refused_and_nothing_written(tmp_path: Path) -> None:
    path = tmp_path / "lang.yaml"
    code, out, err = checked("case", "init", str(path), "--id", "E-1", "--name", "x" * 501)
    assert (code, out) == (2, "")
    assert err == f"Fout: {path}: employee.name: is 501 tekens lang (hooguit 500)\n"
    assert not path.exists()


def test_a_bad_first_sick_day_is_one_line(tmp_path: Path) -> None:
    code, _, err = checked("case", "init", str(tmp_path / "x.yaml"), "--first-sick", "30-02-2026")
    assert code == 2
    assert len(err.splitlines()) == 1
    assert "30-02-2026 is geen datum" in err


def test_an_existing_file_is_kept_without_force_also_with_values(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("mijn\n")
    code, _, err = checked("case", "init", str(path), "--id", "E-1", "--first-sick", "2026-03-02")
    assert code == 2
    assert "bestaat al" in err
    assert path.read_text() == "mijn\n"


ids = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs", "Cc", "Cn", "Co", "Z"]),
    min_size=1,
    max_size=20,
).filter(lambda text: text.isprintable() and not text.startswith("<"))
names = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs", "Cc", "Cn", "Co", "Zl", "Zp"]),
    max_size=40,
).filter(lambda text: text.strip() and text == " ".join(text.split()))


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["nl", "en"]),
    ids,
    names,
    names,
    st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31)),
)
def test_any_id_name_and_day_written_reads_back_as_a_case(
    lang: str, case_id: str, name: str, employer: str, day: date
) -> None:
    values = {
        "case_id": case_id,
        "employee.name": name,
        "employer.name": employer,
        "sick_periods[0].start": str(day),
    }
    case = load_case("x.yaml", case_template(lang, values))
    assert case.case_id == case_id.strip()
    assert case.employee.name == name
    assert case.employer.name == employer
    assert case.sick_periods[0].start == day


# --- Filling in a template by command ------------------------------------------------


def test_a_template_is_filled_in_by_case_set_saying_what_is_left(tmp_path: Path) -> None:
    path = template(tmp_path)
    code, out, _ = checked("case", "set", str(path), "first_sick_day", "03-03-2025",
                           "--as-of", "2025-03-04")  # fmt: skip
    assert code == 0
    assert out == (
        f"{path}: sick_periods[0].start = 2025-03-03 vastgelegd.\n"
        "Nog in te vullen (elk tussen < en >): case_id, employee.name, employer.name.\n"
    )
    for key, value in (("case_id", "E-7"), ("employee.name", "J. Jansen")):
        assert checked("case", "set", str(path), key, value, "--as-of", "2025-03-04")[0] == 0
    code, out, _ = checked("case", "set", str(path), "employer.name", "Groen B.V.",
                           "--as-of", "2025-03-04")  # fmt: skip
    assert code == 0
    # Now a case: D = Monday 3 March 2025, reported to the arbodienst by D + 6 = Sunday 9
    # March (a week after the first sick day).
    assert "Volgende stap: Ziekmelding bij bedrijfsarts / arbodienst, uiterlijk zo " in out
    assert "09-03-2025" in out
    assert checked("case", "validate", str(path))[0] == 0


def test_an_edit_of_a_template_that_breaks_something_else_is_refused(tmp_path: Path) -> None:
    path = template(tmp_path)
    before = path.read_bytes()
    code, _, err = checked("case", "set", str(path), "employee.hours_per_week", "99")
    assert code == 2
    assert "employee.hours_per_week" in err
    assert "niet gewijzigd" in err
    assert path.read_bytes() == before
