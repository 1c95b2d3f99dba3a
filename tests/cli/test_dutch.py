"""Dutch throughout: help, option descriptions and errors in Dutch by default and in
English on request (--lang, POORTWACHTER_LANG), readable at 80 columns, without raw
type tags; the language choice reaches the output."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from poortwachter.cli import app
from poortwachter.cli.texts import COMMAND_HELP_NL

runner = CliRunner()


def commands() -> list[tuple[str, ...]]:
    """Every command and subcommand, as the words to type."""
    found: list[tuple[str, ...]] = [()]

    def walk(command: object, path: tuple[str, ...]) -> None:
        for name, sub in getattr(command, "commands", {}).items():
            found.append((*path, name))
            walk(sub, (*path, name))

    walk(typer.main.get_command(app), ())
    return found


COMMANDS = commands()


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("words", COMMANDS, ids=lambda words: " ".join(words) or "root")
def test_help_fits_80_columns_without_type_tags(words: tuple[str, ...], lang: str) -> None:
    result = runner.invoke(
        app, [*words, "--help"], env={"COLUMNS": "80", "POORTWACHTER_LANG": lang}
    )
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) > 4
    assert max(len(line) for line in lines) <= 80
    for tag in ("<bool>", "<list", "<int>", "<str>", "<text>", "<path>"):
        assert tag not in result.stdout
    if lang == "nl":
        assert "Gebruik:" in result.stdout
        assert "Usage:" not in result.stdout
        assert ("Opties" in result.stdout) or ("Opdrachten" in result.stdout)
        first = COMMAND_HELP_NL[" ".join(words)].split(".")[0][:40]
        assert " ".join(first.split()) in " ".join(result.stdout.split())
    else:
        assert "Usage:" in result.stdout
        assert "Opties" not in result.stdout


def test_every_command_has_dutch_help() -> None:
    assert {" ".join(words) for words in COMMANDS} <= set(COMMAND_HELP_NL)


def test_help_paragraphs_are_not_hard_wrapped() -> None:
    """A docstring's line breaks would show as short lines at any width."""
    result = runner.invoke(
        app, ["timeline", "--help"], env={"COLUMNS": "120", "POORTWACHTER_LANG": "en"}
    )
    text = result.stdout
    assert (
        "Give a case file (CASE, or --case FILE: several periods, leave and recorded events) or "
        "--first-sick (one uninterrupted" in text
    )


def test_examples_are_titled_in_the_language() -> None:
    dutch = runner.invoke(app, ["batch", "--help"], env={"COLUMNS": "100"})
    english = runner.invoke(app, ["batch", "--help", "--lang", "en"], env={"COLUMNS": "100"})
    assert "Voorbeelden" in dutch.stdout
    assert "Examples" in english.stdout


def test_errors_are_dutch_by_default_and_english_on_request() -> None:
    dutch = runner.invoke(app, ["timeline", "--first-sick", "30-02-2025"])
    assert dutch.exit_code == 2
    assert dutch.stderr == (
        "Fout: ongeldige waarde voor '--first-sick': 30-02-2025 is geen datum "
        "(gebruik JJJJ-MM-DD of DD-MM-JJJJ)\n"
    )
    english = runner.invoke(app, ["timeline", "--first-sick", "30-02-2025", "--lang", "en"])
    assert english.stderr == (
        "Error: Invalid value for '--first-sick': 30-02-2025 is not a date "
        "(use YYYY-MM-DD or DD-MM-YYYY)\n"
    )
    from_environment = runner.invoke(app, ["timeline", "--bogus"], env={"POORTWACHTER_LANG": "en"})
    assert from_environment.stderr == "Error: No such option: --bogus\n"
    assert runner.invoke(app, ["timeline", "--bogus"]).stderr == "Fout: onbekende optie: --bogus\n"


def test_case_file_errors_are_dutch(tmp_path: Path) -> None:
    case = tmp_path / "zaak.yaml"
    case.write_text(
        "case_id: X\nsick_periods:\n  - start: 2025-02-03\n    percentage: 0\n"
        "extensions:\n  loonsanctie:\n    weeks: 60\n    decided: 2025-06-01\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["case", "validate", str(case)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"Fout: {case}: sick_periods[0].percentage: 0 valt buiten het bereik "
        "(gebruik een getal van minstens 1)",
        f"Fout: {case}: extensions.loonsanctie.weeks: 60 valt buiten het bereik "
        "(gebruik een getal van hooguit 52)",
    ]


def test_common_mistakes_are_told_in_dutch(tmp_path: Path) -> None:
    tab = tmp_path / "tab.yaml"
    tab.write_text("case_id: T\nsick_periods:\n\t- start: 2025-01-06\n", encoding="utf-8")
    doubled = tmp_path / "dubbel.yaml"
    doubled.write_text(
        "case_id: T\ncase_id: U\nsick_periods:\n  - start: 2025-01-06\n", encoding="utf-8"
    )
    assert runner.invoke(app, ["case", "validate", str(tab)]).stderr == (
        f"Fout: {tab}: regel 3, kolom 1: geen geldige YAML: een tab; spring in met spaties\n"
    )
    assert runner.invoke(app, ["case", "validate", str(doubled)]).stderr == (
        f"Fout: {doubled}: regel 2: case_id: dubbele sleutel (elke sleutel mag één keer "
        "voorkomen)\n"
    )
    assert runner.invoke(app, ["agenda", str(tab), "--fromat", "md"]).stderr == (
        "Fout: onbekende optie: --fromat (mogelijke opties: --format, --input-format)\n"
    )
    assert runner.invoke(app, ["agenda", str(tab), "--within", "-5"]).stderr == (
        "Fout: ongeldige waarde voor '--within': moet minstens 0 zijn\n"
    )


def test_the_environment_sets_the_output_language_and_lang_wins() -> None:
    args = ["timeline", "--first-sick", "2025-01-06", "--as-of", "2025-03-01"]
    english = runner.invoke(app, args, env={"POORTWACHTER_LANG": "en"})
    assert "Problem analysis by the bedrijfsarts" in english.stdout
    dutch = runner.invoke(app, [*args, "--lang", "nl"], env={"POORTWACHTER_LANG": "en"})
    assert "Probleemanalyse bedrijfsarts" in dutch.stdout


def test_a_bad_language_in_the_environment_is_one_line() -> None:
    result = runner.invoke(
        app, ["timeline", "--first-sick", "2025-01-06"], env={"POORTWACHTER_LANG": "de"}
    )
    assert result.exit_code == 2
    assert result.stderr == "Fout: POORTWACHTER_LANG: 'de' is geen taal (gebruik nl of en)\n"
    on_the_line = runner.invoke(app, ["timeline", "--first-sick", "2025-01-06", "--lang", "de"])
    assert on_the_line.exit_code == 2
    assert on_the_line.stderr.startswith("Fout: ongeldige waarde voor '--lang': 'de'")


def test_the_language_is_any_case_and_also_on_the_root_command() -> None:
    shouting = runner.invoke(
        app, ["timeline", "--first-sick", "30-02-2025"], env={"POORTWACHTER_LANG": "EN"}
    )
    assert shouting.stderr.startswith("Error: Invalid value for '--first-sick'")
    root = runner.invoke(app, ["--lang", "en", "--help"])
    assert root.exit_code == 0
    assert "Usage: poortwachter" in root.stdout
    assert "Gebruik" not in root.stdout


def test_statuses_cannot_be_confused() -> None:
    from poortwachter.outputs.wording import text

    assert text("status_overdue", "nl") == "te laat"
    assert text("status_late", "nl") == "te laat gedaan"
    assert text("status_overdue", "en") != text("status_late", "en")


def test_a_group_without_a_command_shows_help_and_no_empty_error_line() -> None:
    for args in (["case"], ["--lang", "nl", "case"], []):
        result = runner.invoke(app, args)
        assert "Gebruik: poortwachter" in result.stdout
        assert "Fout:" not in result.stderr
    english = runner.invoke(app, ["--lang", "en", "case"])
    assert "Usage: poortwachter case" in english.stdout
    assert "Zaakbestanden" not in english.stdout


def test_a_date_where_a_text_may_stand_names_its_argument(tmp_path: Path) -> None:
    case = tmp_path / "zaak.yaml"
    case.write_text("case_id: X\nsick_periods:\n  - start: 2025-01-06\n", encoding="utf-8")
    result = runner.invoke(app, ["case", "set", str(case), "first_sick_day", "31-02-2025"])
    assert result.exit_code == 2
    assert result.stderr == (
        "Fout: ongeldige waarde voor 'WAARDE': 31-02-2025 is geen datum "
        "(gebruik JJJJ-MM-DD of DD-MM-JJJJ)\n"
    )


def test_every_option_and_argument_has_its_dutch_help() -> None:
    from poortwachter.cli.texts import dutch_help

    def walk(command: object, path: str) -> None:
        for param in getattr(command, "params", ()):
            if getattr(param, "help", None):
                dutch = dutch_help(path, param.name)
                assert dutch, f"{path} {param.name}"
                assert dutch != param.help, f"{path} {param.name}"
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, f"{path} {name}".strip())

    walk(typer.main.get_command(app), "")


@pytest.mark.parametrize("words", COMMANDS, ids=lambda words: " ".join(words) or "root")
def test_no_english_help_sentence_in_the_dutch_help(words: tuple[str, ...]) -> None:
    # Each English help text of a parameter, as declared, must not show in Dutch help.
    english = runner.invoke(
        app, [*words, "--help"], env={"COLUMNS": "2000", "POORTWACHTER_LANG": "en"}
    )
    dutch = runner.invoke(
        app, [*words, "--help"], env={"COLUMNS": "2000", "POORTWACHTER_LANG": "nl"}
    )
    for sentence in ("Worker processes", "When it happened", "Show this message and exit"):
        assert sentence not in dutch.stdout
    assert english.exit_code == dutch.exit_code == 0


def test_case_init_writes_the_template_in_the_language_of_the_run(tmp_path: Path) -> None:
    import yaml

    from poortwachter.inputs.template import CASE_TEMPLATE, CASE_TEMPLATE_NL

    dutch = runner.invoke(app, ["case", "init"], env={"POORTWACHTER_LANG": "nl"}).stdout
    english = runner.invoke(app, ["case", "init", "--lang", "en"]).stdout
    assert dutch == CASE_TEMPLATE_NL
    assert english == CASE_TEMPLATE
    assert "# eerste ziektedag" in dutch
    assert "first sick day" not in dutch

    def keys_and_values(text: str) -> Any:
        """The document with each placeholder (its words are the language's) as ``<>``."""
        return json.loads(re.sub(r'"<[^"]*>"', '"<>"', json.dumps(yaml.safe_load(text))))

    assert keys_and_values(dutch) == keys_and_values(english)  # the same keys and values
    assert "<ZAAKNUMMER>" in dutch
    assert "<CASE ID>" in english


ENGLISH_IN_COMMENTS = re.compile(
    r"\b(the|and|with|when|which|if|for|any|must|leave|fill|every|optional|required|while|"
    r"until|once|what|sick|wage)\b",
    re.IGNORECASE,
)


def comment_texts(template: str) -> list[str]:
    """What the comments of a template say: not the commented-out example keys
    (``# end: 2025-02-02``) or commands (``poortwachter case validate ...``)."""
    said = []
    for line in template.splitlines():
        for part in line.split("#")[1:]:
            text = part.strip()
            example = re.match(r"^(- )?\{?[a-z_0-9]+:( |$)|^poortwachter |^-|^[A-Z]+_", text)
            if text and not example:
                said.append(text)
    return said


def test_the_dutch_templates_comments_are_dutch() -> None:
    from poortwachter.inputs.template import CASE_TEMPLATE, CASE_TEMPLATE_NL

    dutch = comment_texts(CASE_TEMPLATE_NL)
    english = comment_texts(CASE_TEMPLATE)
    assert len(dutch) > 25  # the scan finds them
    assert len(english) > 25
    assert [text for text in dutch if ENGLISH_IN_COMMENTS.search(text)] == []
    assert [text for text in english if ENGLISH_IN_COMMENTS.search(text)] != []  # can fail
    assert set(dutch) & set(english) <= {"1 tot en met 52", "1 to 52", "(1-100)"}


def test_calendar_categories_speak_the_language_of_the_run(tmp_path: Path) -> None:
    env = {"POORTWACHTER_LANG": "nl"}
    args = ["timeline", "--first-sick", "2025-01-06", "--as-of", "2025-02-05", "-f", "ics"]
    dutch = runner.invoke(app, args, env=env).stdout
    english = runner.invoke(app, [*args, "--lang", "en"]).stdout
    # Sick from 6 Jan 2025, on 5 Feb: the probleemanalyse (16 Feb) is due within 14 days,
    # the plan van aanpak (2 Mar) and the rest to come.
    assert "CATEGORIES:Poortwachter,binnenkort" in dutch
    assert "CATEGORIES:Poortwachter,gepland" in dutch
    assert "CATEGORIES:Poortwachter,due soon" in english
    assert "CATEGORIES:Poortwachter,upcoming" in english
    assert ",upcoming" not in dutch
    assert ",gepland" not in english
