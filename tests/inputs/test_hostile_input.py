"""Hostile case files: bounded, literal input; one clear line per problem, in bounded
time and memory, never an internal error, and never the free text of a case echoed."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from poortwachter.inputs.casefile import load_case
from poortwachter.inputs.documents import CaseFileError
from poortwachter.outputs.messages import say

from ..helpers import run

#: These tests check the English wording of messages (Dutch is the default).
pytestmark = pytest.mark.usefixtures("english")

runner = CliRunner()


def problems(text: str, name: str = "case.yaml") -> list[str]:
    """The problems of a case file, each put in English words."""
    with pytest.raises(CaseFileError) as caught:
        load_case(name, text)
    return [say(detail, "en") for detail in caught.value.details]


def alias_bomb(levels: int = 9) -> str:
    lines = ['a0: &a0 ["x"]']
    for level in range(1, levels + 1):
        below = ",".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{below}]")
    lines.append(f"case_id: *a{levels}")
    lines.append("sick_periods: [{start: 2025-01-06}]")
    return "\n".join(lines) + "\n"


def test_a_yaml_alias_bomb_is_refused_at_once() -> None:
    text = alias_bomb()
    assert len(text) < 600  # a few hundred bytes that would expand to 9**9 items
    started = time.perf_counter()
    (message,) = problems(text)
    assert time.perf_counter() - started < 1
    assert message == (
        "line 1: YAML anchors and aliases (& and *) are not allowed in a case file; "
        "write each value out"
    )


def test_a_single_anchor_is_refused_too() -> None:
    (message,) = problems("case_id: &x E-1\nsick_periods: [{start: 2025-01-06}]\n")
    assert "anchors and aliases" in message


@pytest.mark.parametrize("case_id", ["0123", "0x1F", "12:30", "1_000", "1e3", "true", "2025-01-06"])
def test_a_case_id_is_kept_as_written(case_id: str) -> None:
    # YAML 1.1 would make 0123 into 83, 0x1F into 31, 12:30 into 750, 1_000 into 1000.
    case = load_case("case.yaml", f"case_id: {case_id}\nsick_periods: [{{start: 2025-01-06}}]\n")
    assert case.case_id == case_id


def test_a_name_is_kept_as_written() -> None:
    text = "case_id: E-1\nemployee: {name: 0123}\nsick_periods: [{start: 2025-01-06}]\n"
    assert load_case("case.yaml", text).employee.name == "0123"


def test_numbers_and_flags_written_as_yaml_scalars_still_read() -> None:
    text = (
        "schema_version: 1\ncase_id: E-1\n"
        "employee: {wage: {amount: 3200.50, per: month}, hours_per_week: 36}\n"
        "employer: {wga_eigenrisicodrager: true, pay_percentage: {year1: 100, year2: 70}}\n"
        "sick_periods: [{start: 2025-01-06, end: null, percentage: 50}]\n"
        "extensions: {loonsanctie: {weeks: 52, decided: 2026-11-20}}\n"
    )
    case = load_case("case.yaml", text)
    assert str(case.employee.wage.amount if case.employee.wage else "") == "3200.50"
    assert case.employer.wga_eigenrisicodrager is True
    assert case.extensions.loonsanctie is not None
    assert case.extensions.loonsanctie.weeks == 52


@pytest.mark.parametrize(
    ("written", "read"),
    [("", False), ("true", True), ("false", False), ("ja", True), ("nee", False), ("Ja", True)],
)
def test_zw_eigenrisicodrager_reads_like_the_other_flags(written: str, read: bool) -> None:
    # docs/case-files.md: employer.zw_eigenrisicodrager, optional, false by default.
    employer = f"employer: {{zw_eigenrisicodrager: {written}}}\n" if written else ""
    text = f"case_id: E-1\n{employer}sick_periods: [{{start: 2025-01-06}}]\n"
    assert load_case("case.yaml", text).employer.zw_eigenrisicodrager is read


def test_deep_nesting_is_refused_not_a_recursion_crash() -> None:
    deep_yaml = "case_id: " + "[" * 5000 + "]" * 5000 + "\n"
    assert "nested more than 20 levels deep" in problems(deep_yaml)[0]
    deep_json = '{"case_id": ' + "[" * 50000 + "]" * 50000 + "}"
    assert "nested more than 20 levels deep" in problems(deep_json, "case.json")[0]


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("NaN", "not an amount (write 3100, 3.100 or 3.100,50)"),
        ("Infinity", "not an amount (write 3100, 3.100 or 3.100,50)"),
        ("1e999999", "not an amount (write 3100, 3.100 or 3.100,50)"),
        ("1e-30", "not an amount (write 3100, 3.100 or 3.100,50)"),
        ("98765432.10", "not valid here (use a number at most 10000000)"),
        ("0", "not valid here (use a number at least 0.01)"),
    ],
)
def test_a_wage_must_be_a_sane_amount_and_is_never_repeated(amount: str, message: str) -> None:
    text = (
        f"case_id: E-1\nemployee: {{wage: {{amount: {amount}, per: month}}}}\n"
        "sick_periods: [{start: 2025-01-06}]\n"
    )
    (found,) = problems(text)
    assert found == f"employee.wage.amount: {message}"


@pytest.mark.parametrize(
    ("written", "amount", "per"),
    [
        ("{amount: '3.200,50', per: maand}", "3200.50", "month"),
        ("{amount: € 3200, per: per maand}", "3200", "month"),
        ("{amount: '1.250,00', per: 4 weken}", "1250.00", "4weeks"),
        ("{amount: 41.600, per: Jaar}", "41600", "year"),  # a thousands dot, never 41.6
    ],
)
def test_a_wage_takes_dutch_amounts_and_periods(written: str, amount: str, per: str) -> None:
    text = f"case_id: E-1\nemployee: {{wage: {written}}}\nsick_periods: [{{start: 2025-01-06}}]\n"
    wage = load_case("case.yaml", text).employee.wage
    assert wage is not None
    assert (str(wage.amount), wage.per) == (amount, per)


def test_json_nan_and_huge_numbers_are_clear_errors() -> None:
    nan = '{"case_id": "E-1", "employee": {"wage": {"amount": NaN, "per": "month"}}}'
    assert problems(nan, "case.json") == ["NaN is not a number a case file can hold"]
    huge = '{"case_id": ' + "9" * 5000 + ', "sick_periods": [{"start": "2025-01-06"}]}'
    assert problems(huge, "case.json") == ["not valid JSON: a number too large"]


def test_a_huge_integer_is_not_formatted_in_full() -> None:
    text = "case_id: E-1\nsick_periods: [{start: 2025-01-06}]\nextensions:\n"
    text += "  loonsanctie: {weeks: " + "9" * 5000 + ", decided: 2026-11-20}\n"
    (found,) = problems(text)
    assert found.startswith("extensions.loonsanctie.weeks: ")
    assert len(found) < 200


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("date_of_birth", "0001-01-01", "is outside the dates the tool reads (1900 to 2199)"),
        ("date_of_birth", "9999-12-31", "is outside the dates the tool reads (1900 to 2199)"),
        ("contract_end", "2200-01-01", "is outside the dates the tool reads (1900 to 2199)"),
    ],
)
def test_dates_far_out_are_refused(field: str, value: str, message: str) -> None:
    text = f"case_id: E-1\nemployee: {{{field}: {value}}}\nsick_periods: [{{start: 2025-01-06}}]\n"
    (found,) = problems(text)
    assert found == f"employee.{field}: {value} {message}"


def test_a_first_sick_day_after_2099_is_refused() -> None:
    (found,) = problems("case_id: E-1\nsick_periods: [{start: 2100-01-04}]\n")
    assert found.startswith("sick_periods[0].start: 2100-01-04 is after 2099-12-31")


def test_a_ten_megabyte_case_id_is_refused_without_echoing_it() -> None:
    text = "case_id: " + "X" * 10_000_000 + "\nsick_periods: [{start: 2025-01-06}]\n"
    (found,) = problems(text)
    assert found.startswith("10,000,")
    assert "too large for a case file" in found
    text = "case_id: " + "X" * 101 + "\nsick_periods: [{start: 2025-01-06}]\n"
    assert problems(text) == ["case_id: a case id of 101 characters (at most 100)"]


def test_a_case_id_with_a_line_break_is_refused() -> None:
    text = 'case_id: "E-1\\nError: forged"\nsick_periods: [{start: 2025-01-06}]\n'
    (found,) = problems(text)
    assert found == "case_id: 'E-1\\nError: forged' holds a line break or control character"


@pytest.mark.parametrize(
    "text",
    [
        "case_id: E-1\nsick_periods: [{start: 2025-01-06, cause: [burn-out, depressie]}]\n",
        "case_id: E-1\nsick_periods: [{start: 2025-01-06, cause: {diagnose: burn-out}}]\n",
        "case_id: E-1\nemployee: {name: [Jan, burn-out]}\nsick_periods: [{start: 2025-01-06}]\n",
    ],
)
def test_free_text_is_never_echoed_in_a_message(text: str) -> None:
    (found,) = problems(text)
    assert "burn-out" not in found
    assert "is not text" in found


def test_a_long_list_is_refused_with_its_length() -> None:
    days = ", ".join(["2025-02-01"] * 1001)
    text = (
        f"case_id: E-1\nsick_periods: [{{start: 2025-01-06}}]\nevents: {{evaluaties: [{days}]}}\n"
    )
    (found,) = problems(text)
    assert found == "events.evaluaties: a list of 1001 items (at most 1000)"


def test_every_hostile_file_is_one_error_line_per_problem_and_never_internal(
    tmp_path: Path,
) -> None:
    files = {
        "bomb.yaml": alias_bomb(),
        "deep.json": "[" * 100_000 + "]" * 100_000,
        "nan.json": json.dumps({"case_id": "E", "sick_periods": [{"start": "2025-01-06"}]})[:-1]
        + ', "employee": {"wage": {"amount": Infinity, "per": "day"}}}',
        "far.yaml": "case_id: E\nsick_periods: [{start: 9999-12-31}]\n",
    }
    for name, text in files.items():
        path = tmp_path / name
        path.write_text(text)
        code, out, err = run("sanction-risk", str(path), "--format", "json")
        assert (code, out) == (2, ""), name
        assert "internal error" not in err, name
        assert all(line.startswith(f"Error: {path}: ") for line in err.splitlines()), name


@pytest.mark.parametrize(
    "text",
    [
        "case_id: !!int E-1\nsick_periods: [{start: 2025-01-06}]\n",
        "case_id: E-1\nsick_periods: !!set {a: null}\n",
        "case_id: !!python/object:os.system x\nsick_periods: [{start: 2025-01-06}]\n",
    ],
)
def test_yaml_tags_are_refused(text: str) -> None:
    (found,) = problems(text)
    assert found.endswith(
        "YAML tags (such as !!int or !!python/...) are not allowed in a case file; "
        "write the value plainly"
    )


def test_a_list_as_a_key_is_refused() -> None:
    (found,) = problems("? [a]\n: 1\ncase_id: E-1\n")
    assert found == "line 1: a key must be a plain name, not a list or a mapping"


def test_a_key_with_a_colon_does_not_repeat_the_value_stuck_to_it() -> None:
    (found,) = problems("case_id: E-1\nsick_periods: [{start: 2025-01-06, cause:burn-out}]\n")
    assert "burn-out" not in found
    assert found.startswith("sick_periods[0].cause: a key with a colon in it: put a space after")


def test_an_emoji_escaped_in_json_style_yaml_is_one_character() -> None:
    text = (
        '{"case_id": "E-1", "sick_periods": [{"start": "2025-01-06", "cause": "\\ud83d\\ude14"}]}'
    )
    case = load_case("<stdin>", text)  # stdin that starts with { is read as JSON
    assert case.sick_periods[0].cause == "\U0001f614"
    case = load_case("case.yaml", text)  # and PyYAML's two surrogates are joined
    assert case.sick_periods[0].cause == "\U0001f614"


def test_a_lone_surrogate_in_text_is_refused_not_a_crash_on_output() -> None:
    text = '{"case_id": "E-1", "sick_periods": [{"start": "2024-01-08", "cause": "\\ud800"}]}'
    (found,) = problems(text, "case.json")
    assert found == (
        "sick_periods[0].cause: holds a character that is not valid Unicode (a lone surrogate)"
    )
