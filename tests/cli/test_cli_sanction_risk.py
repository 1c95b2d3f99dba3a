"""sanction-risk and the case commands, as a user runs them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from poortwachter.cli import app
from poortwachter.inputs.template import CASE_TEMPLATE

from ..helpers import assert_one_line_error

#: These tests check the English wording of messages (Dutch is the default).
pytestmark = pytest.mark.usefixtures("english")

EXAMPLES = Path(__file__).parent.parent.parent / "examples"
LATE = str(EXAMPLES / "te-late-wia-aanvraag-loonsanctie.yaml")
CLEAN = str(EXAMPLES / "schone-zaak.yaml")
runner = CliRunner()


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=stdin, env={"COLUMNS": "200"})
    return result.exit_code, result.stdout, result.stderr


#: The case records its re-integratieverslag but not what it holds (docs/law.md 7a).
RIV_NOT_CHECKED = (
    "Note: the contents of the re-integratieverslag were not checked: the case does not say "
    "what it holds (give reintegratieverslag_inhoud to have each part checked)\n"
)


def test_json_has_timeline_spoor_findings_exposure_and_extensions() -> None:
    # Judged on 1 Jun 2025, after the repair was reported (22 Apr) and decided (12 May).
    code, out, err = run("sanction-risk", LATE, "--as-of", "2025-06-01", "--format", "json")
    assert (code, err) == (1, RIV_NOT_CHECKED)
    data = json.loads(out)
    assert data["einde_wachttijd"] == "2025-06-23"
    assert data["ingang_wia"] == "2025-06-24"
    assert [
        {key: item[key] for key in ("kind", "from", "to", "days")} for item in data["extensions"]
    ] == [
        {"kind": "late_wia_aanvraag", "from": "2025-01-06", "to": "2025-02-03", "days": 29},
        {"kind": "loonsanctie", "from": "2025-02-04", "to": "2025-06-23", "days": 140},
    ]
    # Every step says why, with its lid, in words and as values for scripts.
    late, sanction = data["extensions"]
    assert [step["id"] for step in late["steps"]] == ["aanvraag_te_laat"]
    assert late["steps"][0]["basis"] == "BW art. 7:629 lid 11 sub a; WIA art. 64 lid 3"
    assert late["steps"][0]["values"] == {"done_on": "2024-11-18", "due": "2024-10-20"}
    assert [step["id"] for step in sanction["steps"]] == [
        "loonsanctie_opgelegd",
        "herstel_gemeld",
        "bekorting",
    ]
    assert sanction["steps"][1]["values"] == {"reported": "2025-04-22", "term": "2025-05-13"}
    assert "WIA art. 25 lid 14" in sanction["steps"][2]["basis"]
    assert data["spoor"]["status"] == "spoor2"
    assert {"id", "milestone", "severity", "message", "action", "act_by", "basis"} <= set(
        data["findings"][0]
    )
    assert data["findings"][0]["id"] == "wia_aanvraag_te_laat"
    assert data["exposure"]["certain_extension_days"] == 169
    assert data["exposure"]["assumptions"]


def test_a_repair_after_the_as_of_date_is_not_known_yet() -> None:
    # On 1 Mar 2025 the repair was not reported (22 Apr) nor decided (12 May): the
    # sanction of 52 weeks from 4 Feb 2025 runs to 2 Feb 2026 (docs/law.md section 4a).
    code, out, err = run("sanction-risk", LATE, "--as-of", "2025-03-01", "--format", "json")
    assert code == 1
    data = json.loads(out)
    assert data["records_after_as_of"] == 2
    assert data["einde_wachttijd"] == "2026-02-02"
    (sanction,) = [item for item in data["extensions"] if item["kind"] == "loonsanctie"]
    assert [step["id"] for step in sanction["steps"]] == ["loonsanctie_opgelegd"]
    assert [note["id"] for note in data["notes"]] == [
        "note_records_after_as_of",
        "note_riv_not_checked",
    ]
    assert err == (
        "Note: 2 record(s) dated after the as-of date Sat 2025-03-01 left out: on that day "
        "they had not happened yet (planned dates do not count as done)\n" + RIV_NOT_CHECKED
    )


def test_a_clean_case_exits_0_and_says_so() -> None:
    code, out, _ = run("sanction-risk", CLEAN, "--as-of", "2025-09-01", "--lang", "en")
    assert code == 0
    assert "No findings" in out
    assert "spoor 1" in out


def test_the_table_shows_spoor_findings_and_exposure_in_dutch(dutch: None) -> None:
    code, out, _ = run("sanction-risk", LATE, "--as-of", "2025-03-01")
    assert code == 1
    assert "Spoor: spoor 2" in out
    assert "Bevindingen" in out
    assert "Financieel risico" in out
    assert "Te late WIA-aanvraag" in out


@pytest.mark.parametrize(("fail_on", "expected"), [("high", 1), ("medium", 1), ("never", 0)])
def test_fail_on_sets_the_exit_status(fail_on: str, expected: int) -> None:
    code, _, _ = run(
        "sanction-risk", LATE, "--as-of", "2025-03-01", "--format", "json", "--fail-on", fail_on
    )
    assert code == expected


def test_a_low_finding_fails_only_with_fail_on_low() -> None:
    hovenier = str(EXAMPLES / "hovenier-spoor2-taxi.yaml")
    assert run("sanction-risk", hovenier, "--as-of", "2025-06-01", "-f", "json")[0] == 0
    assert (
        run("sanction-risk", hovenier, "--as-of", "2025-06-01", "-f", "json", "--fail-on", "low")[0]
        == 1
    )


def test_csv_has_one_row_per_finding() -> None:
    _, out, _ = run("sanction-risk", LATE, "--as-of", "2025-06-01", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["id"] for row in rows] == [
        "wia_aanvraag_te_laat",
        "spoor2_te_laat",
        "loonsanctie_bekort",
        # The last evaluation was on 12 Feb 2025; the employer's duties go on under the
        # loonsanctie, so 109 sick days later one is overdue.
        "evaluatie_interval",
    ]
    assert rows[0]["case_id"] == "E-2023-044"


def test_a_case_from_stdin() -> None:
    code, out, _ = run(
        "sanction-risk",
        "-",
        "--format",
        "json",
        "--as-of",
        "2025-09-01",
        stdin=Path(CLEAN).read_text(),
    )
    assert code == 0
    assert json.loads(out)["findings"] == []


def test_bad_fail_on_is_one_line() -> None:
    assert_one_line_error(*run("sanction-risk", CLEAN, "--fail-on", "critical"), "--fail-on")


def test_a_bad_file_lists_every_problem_with_its_path(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    path.write_text(
        "case_id: X\nsick_periods: [{start: 2025-01-06}]\n"
        "extensions: {loonsanctie: {weeks: 60, decided: 2025-13-01}}\n"
        "employee: {wage: {amount: 3000, per: maandelijks}}\n"
    )
    code, out, err = run("sanction-risk", str(path))
    lines = err.strip().splitlines()
    assert (code, out) == (2, "")
    assert lines == [
        f"Error: {path}: employee.wage.per: maandelijks is not supported "
        "(use 'day', 'week', '4weeks', 'month' or 'year')",
        f"Error: {path}: extensions.loonsanctie.weeks: 60 is out of range "
        "(use a number at most 52)",
        f"Error: {path}: extensions.loonsanctie.decided: 2025-13-01 is not a date "
        "(use YYYY-MM-DD or DD-MM-YYYY)",
    ]


def test_a_bekorting_before_the_sanction_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    path.write_text(
        "case_id: X\nsick_periods: [{start: 2025-01-06}]\n"
        "extensions: {loonsanctie: {weeks: 10, decided: 2026-11-01, "
        "herstel_decided: 2026-10-01}}\n"
    )
    assert_one_line_error(
        *run("sanction-risk", str(path)),
        "extensions.loonsanctie.herstel_decided: 2026-10-01 is before",
    )


def test_case_init_writes_the_template_that_validate_refuses_until_filled_in(
    tmp_path: Path,
) -> None:
    path = tmp_path / "new.yaml"
    assert run("case", "init", str(path))[0] == 0
    assert path.read_text() == CASE_TEMPLATE
    code, out, err = run("case", "validate", str(path))
    assert (code, out) == (2, "")
    assert "Traceback" not in err
    assert [line.split(": ")[2] for line in err.splitlines()] == [
        "case_id",
        "employee.name",
        "employer.name",
        "sick_periods[0].start",
    ]


def test_case_init_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    path = tmp_path / "new.yaml"
    path.write_text("mine")
    assert_one_line_error(*run("case", "init", str(path)), "exists already")
    assert run("case", "init", str(path), "--force")[0] == 0


def test_case_init_to_stdout() -> None:
    assert run("case", "init")[1] == CASE_TEMPLATE


def test_case_validate_reports_each_file_and_exits_2_if_any_is_bad(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("case_id: X\nsick_periods: [{start: 2025-02-30}]\n")
    code, out, err = run("case", "validate", CLEAN, str(bad), LATE)
    assert code == 2
    assert out == f"ok: {CLEAN}\nok: {LATE}\n"
    assert (
        err == f"Error: {bad}: sick_periods[0].start: 2025-02-30 is not a date "
        "(use YYYY-MM-DD or DD-MM-YYYY)\n"
    )


def test_case_validate_goes_on_after_a_file_it_cannot_read(tmp_path: Path) -> None:
    missing = tmp_path / "weg.yaml"
    folder = tmp_path / "map"
    folder.mkdir()
    code, out, err = run("case", "validate", str(missing), CLEAN, str(folder), LATE)
    assert code == 2
    assert out == f"ok: {CLEAN}\nok: {LATE}\n"
    assert err.splitlines() == [
        f"Error: {missing}: no such file",
        f"Error: {folder}: is a folder, not a case file",
    ]


def test_every_example_validates() -> None:
    code, out, _ = run("case", "validate", *sorted(str(path) for path in EXAMPLES.glob("*.yaml")))
    assert code == 0
    assert out.count("ok: ") == len(list(EXAMPLES.glob("*.yaml")))


def test_case_schema_is_json_schema_of_the_format() -> None:
    code, out, _ = run("case", "schema")
    schema = json.loads(out)
    assert code == 0
    assert schema["required"] == ["case_id", "sick_periods"]
    assert schema["additionalProperties"] is False
    assert {"employee", "employer", "events", "extensions"} <= set(schema["properties"])


def test_every_example_matches_the_schema() -> None:
    schema = json.loads(run("case", "schema")[1])
    for path in EXAMPLES.glob("*.yaml"):
        document = yaml.load(path.read_text(), Loader=yaml.BaseLoader)  # dates stay text
        document = _numbers(document)
        jsonschema.validate(document, schema)


def _numbers(value: Any) -> Any:
    """BaseLoader keeps every scalar as text; give numbers and booleans back their type."""
    if isinstance(value, dict):
        return {key: _numbers(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_numbers(item) for item in value]
    if value in ("true", "false"):
        return value == "true"
    try:
        return int(value)
    except (TypeError, ValueError):
        pass
    try:
        return float(value)
    except (TypeError, ValueError):
        return value


# Random, also malformed, case documents: the CLI answers 0, 1 or 2, never a traceback.
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-10, 10_000),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=12),
    st.dates().map(str),
    st.sampled_from(
        ["2025-02-30", "06-01-2025", "-", "NaN", "1e999999", "0123", "12:30", "9" * 5000]
    ),
)
keys = st.sampled_from(
    [
        "case_id",
        "sick_periods",
        "leave_periods",
        "events",
        "extensions",
        "employee",
        "employer",
        "start",
        "end",
        "cause",
        "probleemanalyse",
        "wia_aanvraag",
        "evaluaties",
        "loonsanctie",
        "weeks",
        "decided",
        "herstel_decided",
        "wage",
        "amount",
        "per",
        "vrijwillige_verlenging_until",
        "schema_version",
        "typo",
    ]
)
documents = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(keys, children, max_size=6)
    ),
    max_leaves=25,
)
plausible = st.fixed_dictionaries(
    {
        "case_id": st.one_of(st.text(min_size=1, max_size=5), st.integers()),
        "sick_periods": st.lists(
            st.fixed_dictionaries(
                {"start": st.dates().map(str)},
                optional={"end": st.dates().map(str), "cause": st.text(max_size=5)},
            ),
            min_size=1,
            max_size=3,
        ),
    },
    optional={"events": st.dictionaries(keys, scalars, max_size=4), "extensions": documents},
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(documents, plausible),
    st.sampled_from(["yaml", "json"]),
    st.sampled_from(["sanction-risk", "timeline"]),
)
def test_any_document_gets_exit_0_1_or_2_and_never_a_traceback(
    document: object, kind: str, command: str
) -> None:
    text = json.dumps(document) if kind == "json" else yaml.safe_dump(document)
    args = ["timeline", "--case", "-"] if command == "timeline" else ["sanction-risk", "-"]
    result = runner.invoke(app, [*args, "--format", "json", "--as-of", "2026-01-01"], input=text)
    assert result.exit_code in (0, 1, 2), result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    # A crash turned into an "Error:" line must fail this property, not pass it.
    assert "internal error" not in result.stderr
    if result.exit_code == 2:
        assert result.stdout == ""
        assert all(line.startswith("Error: ") for line in result.stderr.splitlines())
    else:
        json.loads(result.stdout)
