"""One way to name a case file: positionally on every command that reads one, with
``--case`` still working; and ``report`` on a folder, a page per case and an index."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from poortwachter.outputs.report_index import page_name

from ..helpers import assert_one_line_error, run

#: These tests check the English wording of messages (Dutch is the default).
pytestmark = pytest.mark.usefixtures("english")

EXAMPLES = Path(__file__).parent.parent.parent / "examples"
CLEAN = str(EXAMPLES / "schone-zaak.yaml")
AS_OF = ("--as-of", "2025-06-01")


@pytest.mark.parametrize(
    ("command", "extra"),
    [
        ("timeline", ()),
        ("timeline", ("--format", "json")),
        ("sanction-risk", ()),
        ("sanction-risk", ("--format", "ics")),
        ("report", ()),
    ],
)
def test_every_command_takes_the_case_file_positionally_or_with_case(
    command: str, extra: tuple[str, ...]
) -> None:
    positional = run(command, CLEAN, *AS_OF, *extra, columns=100)
    option = run(command, "--case", CLEAN, *AS_OF, *extra, columns=100)
    assert positional[0] in (0, 1), positional[2]
    assert "Traceback" not in positional[2]
    assert positional == option
    assert "E-2025-010" in positional[1]


def test_a_case_file_on_stdin_is_named_by_a_dash_either_way() -> None:
    text = Path(CLEAN).read_text(encoding="utf-8")
    positional = run("timeline", "-", *AS_OF, "--format", "json", stdin=text)
    option = run("timeline", "--case", "-", *AS_OF, "--format", "json", stdin=text)
    assert positional[0] == 0
    assert positional == option


def test_first_sick_keeps_working() -> None:
    code, out, err = run("timeline", "--first-sick", "2025-01-06", *AS_OF, columns=100)
    assert code == 0, err
    assert "2025-01-06" in out or "Mon 2025-01-06" in out


@pytest.mark.parametrize("command", ["timeline", "sanction-risk", "report"])
def test_a_case_file_given_both_ways_is_a_usage_error(command: str) -> None:
    assert_one_line_error(*run(command, CLEAN, "--case", CLEAN), "'CASE' / '--case'", "not both")


@pytest.mark.parametrize("command", ["sanction-risk", "report"])
def test_no_case_file_is_a_usage_error(command: str) -> None:
    assert_one_line_error(*run(command), "give a case file: CASE or --case FILE")


def test_timeline_with_a_case_file_and_a_first_sick_day_is_a_usage_error() -> None:
    assert_one_line_error(*run("timeline", CLEAN, "--first-sick", "2025-01-06"), "give only one of")


# --- report on a folder ----------------------------------------------------------------

CASE = (
    "case_id: {id}\nemployee: {{name: {name}}}\nsick_periods: [{{start: 2025-01-06}}]\n"
    "events: {{}}\n"  # it records events: nothing happened, so past steps are late
)


def folder_of(tmp_path: Path, files: dict[str, str]) -> Path:
    place = tmp_path / "dossiers"
    place.mkdir()
    for name, text in files.items():
        (place / name).write_text(text, encoding="utf-8")
    return place


def test_a_folder_gives_a_page_per_case_and_an_index_linking_them(tmp_path: Path) -> None:
    dossiers = folder_of(
        tmp_path,
        {
            "a.yaml": CASE.format(id="E-1", name="Jan"),
            "b.yml": CASE.format(id="'E/2: <b>'", name="'<i>Els</i>'"),
            "c.json": '{"case_id": "日本", "sick_periods": [{"start": "2025-03-03"}]}',
            "notes.txt": "not a case file",
        },
    )
    out = tmp_path / "out" / "rapporten"  # made, parents too
    code, stdout, err = run("report", str(dossiers), *AS_OF, "--output", str(out))
    assert (code, err) == (
        0,
        f"3 report(s) written, with an index linking them: {out / 'index.html'}\n",
    )
    assert stdout == ""
    assert sorted(path.name for path in out.iterdir()) == [
        "E-1.html",
        "E_2_b.html",
        "index.html",
        "zaak.html",  # nothing of the case id left to name it by
    ]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert index.count("<a href=") == 3
    assert '<a href="E-1.html">E-1</a>' in index
    assert '<a href="E_2_b.html">E/2: &lt;b&gt;</a>' in index
    assert "&lt;i&gt;Els&lt;/i&gt;" in index
    assert "<i>" not in index
    # Sick from 6 Jan 2025, on 1 June (sick day 147, week 21: days 141-147): nothing
    # recorded, so the arbodienst report (12 Jan), the probleemanalyse (16 Feb), the plan
    # van aanpak (2 March) and evaluations 1 (13 April) and 2 (25 May) are late.
    assert "week 21, 5 overdue" in index
    assert "3 report(s) written; 0 file(s) not read." in index
    page = (out / "E-1.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "E-1, Jan" in page


def test_a_file_that_cannot_be_read_is_a_line_on_the_index_and_on_stderr(
    tmp_path: Path,
) -> None:
    dossiers = folder_of(
        tmp_path,
        {
            "a.yaml": CASE.format(id="E-1", name="Jan"),
            "b.yaml": "case_id: E-2\nsick_periods: [{start: 2025-02-30}]\n",
            "c.yaml": CASE.format(id="E-1", name="Kees"),  # the same case id again
            "d.yaml": CASE.format(id="E-4", name="Piet"),
        },
    )
    out = tmp_path / "out"
    code, stdout, err = run("report", str(dossiers), *AS_OF, "--output", str(out))
    assert code == 2
    assert stdout == ""
    assert "Traceback" not in err
    assert "internal error" not in err
    lines = err.splitlines()
    assert len(lines) == 3
    assert lines[2] == f"2 report(s) written, with an index linking them: {out / 'index.html'}"
    assert lines[0].startswith("Error: ")
    assert f"{dossiers / 'b.yaml'}: sick_periods[0].start: 2025-02-30 is not a date" in lines[0]
    assert f"{dossiers / 'c.yaml'}: case_id E-1 again (first in a.yaml)" in lines[1]
    assert sorted(path.name for path in out.iterdir()) == ["E-1.html", "E-4.html", "index.html"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "2 report(s) written; 2 file(s) not read." in index
    assert "b.yaml: sick_periods[0].start: 2025-02-30 is not a date" in index
    assert "Jan" in (out / "E-1.html").read_text(encoding="utf-8")  # the first one's page


def test_a_folder_needs_an_output_folder_and_refuses_a_file(tmp_path: Path) -> None:
    dossiers = folder_of(tmp_path, {"a.yaml": CASE.format(id="E-1", name="Jan")})
    assert_one_line_error(*run("report", str(dossiers)), "'--output'", "--output FOLDER")
    existing = tmp_path / "report.html"
    existing.write_text("mine", encoding="utf-8")
    assert_one_line_error(
        *run("report", str(dossiers), "--output", str(existing)), "exists and is not a folder"
    )
    assert existing.read_text(encoding="utf-8") == "mine"


def test_the_index_and_the_pages_speak_the_language_of_the_run(tmp_path: Path, dutch: None) -> None:
    dossiers = folder_of(tmp_path, {"a.yaml": CASE.format(id="E-1", name="Jan")})
    out = tmp_path / "out"
    code, _, err = run("report", str(dossiers), *AS_OF, "--output", str(out))
    assert code == 0, err
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<html lang="nl">' in index
    assert "week 21, 5 te laat" in index
    assert "Volgende stap" in index


# --- Safe page names --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wanted", "name"),
    [
        ("E-2025-001", "E-2025-001.html"),
        ("../../etc/passwd", "etc_passwd.html"),
        ("Zoë Bakker", "Zoe_Bakker.html"),
        (".hidden", "hidden.html"),
        ("CON", "zaak-CON.html"),
        ("lpt1.txt", "zaak-lpt1.txt.html"),
        ("index", "zaak-index.html"),
        ("日本", "zaak.html"),
        ("", "zaak.html"),
        ("x" * 300, "x" * 80 + ".html"),
    ],
)
def test_a_page_name_is_safe_on_every_file_system(wanted: str, name: str) -> None:
    assert page_name(wanted, set()) == name


def test_names_that_would_collide_get_a_number_in_any_case() -> None:
    taken: set[str] = set()
    assert page_name("E 1", taken) == "E_1.html"
    assert page_name("E/1", taken) == "E_1-2.html"
    assert page_name("e_1", taken) == "e_1-3.html"
    assert page_name("E_1-2", taken) == "E_1-2-2.html"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=120), max_size=12))
def test_page_names_are_safe_and_never_the_same(ids: list[str]) -> None:
    taken = {"index"}
    names = [page_name(case_id, taken) for case_id in ids]
    folded = [name.casefold() for name in names]
    assert len(set(folded)) == len(names)
    for name in names:
        assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*\.html", name)
        assert len(name) <= 100
        assert name.casefold() != "index.html"


@pytest.mark.parametrize("command", ["timeline", "sanction-risk", "report"])
def test_an_hr_export_given_as_a_case_file_points_to_batch_and_agenda(
    tmp_path: Path, command: str
) -> None:
    export = tmp_path / "verzuim.csv"
    export.write_text("Personeelsnummer;Eerste ziektedag\n1;06-01-2025\n", encoding="utf-8")
    code, out, err = run(command, str(export), "--lang", "en")
    assert (code, out) == (2, "")
    assert err == (
        f"Error: {export}: a table (CSV or Excel) is not a case file: read an HR export with "
        f"'poortwachter batch {export}' or 'poortwachter agenda {export}'\n"
    )
