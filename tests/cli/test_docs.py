"""Docs that cannot drift (docs/architecture.md). The README is the front door and docs/ holds
the reference: every example in README.md and docs/*.md is real output, every command and
option is in docs/cli.md with its real ``--help``, every rule, finding and dated figure is
in docs/law.md, every field of the machine output in docs/machine-output.md, every
dependency says why, and every link leads to a file that exists."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.main import get_command
from typer.testing import CliRunner, Result

from poortwachter.cli import app
from poortwachter.law import figures
from poortwachter.law.milestones import RULES

ROOT = Path(__file__).parent.parent.parent
DOCS = ROOT / "docs"
README = (ROOT / "README.md").read_text(encoding="utf-8")
#: Every page, by its path from the root: the README first, then docs/ in name order.
PAGES: dict[str, str] = {
    "README.md": README,
    **{f"docs/{path.name}": path.read_text(encoding="utf-8") for path in sorted(DOCS.glob("*.md"))},
}
#: The reference pages the README links to, each of which must exist.
REFERENCE_PAGES = (
    "cli.md",
    "case-files.md",
    "hr-exports.md",
    "law.md",
    "machine-output.md",
    "python-api.md",
    "speed.md",
    "privacy.md",
)
#: The numbered sections of docs/law.md: code comments cite them by number.
LAW_SECTIONS = ("1", "2", "3", "4", "4a", "5", "6", "7", "7a", "8")
#: Set to 1 to rewrite the --help blocks of docs/cli.md instead of failing.
UPDATE_DOCS = os.environ.get("POORTWACHTER_UPDATE_DOCS") == "1"
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def page(name: str) -> str:
    """The text of ``docs/NAME``."""
    return (DOCS / name).read_text(encoding="utf-8")


def without_fences(text: str) -> str:
    """The text with every fenced block (```...```) left out."""
    return re.sub(r"^```.*?^```[^\n]*$", "", text, flags=re.MULTILINE | re.DOTALL)


# --- examples are real output ------------------------------------------------------------


@dataclass(frozen=True)
class Example:
    """One ``$ poortwachter ...`` line of a ```console block and the lines shown under it."""

    page: str
    number: int
    """Its place among the commands of its page, from 0."""
    command: str
    shown: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.page}:{self.number}: {self.command}"[:90]


def examples_on(name: str, text: str) -> list[Example]:
    """Each ```console block holds one or more commands (perhaps after ``NAME=value``
    settings of the environment), each followed by the lines it prints."""
    found: list[Example] = []
    for body in re.findall(r"```console\n(.*?)```", text, flags=re.DOTALL):
        lines = body.rstrip("\n").split("\n")
        assert lines[0].startswith("$ "), f"{name}: a console block starts with $: {lines[0]}"
        commands: list[tuple[str, list[str]]] = []
        for line in lines:
            if line.startswith("$ "):
                assert re.match(r"\$ ([A-Z_]+=\S+ )*poortwachter ", line), line
                commands.append((line[2:], []))
            else:
                commands[-1][1].append(line)
        for command, shown in commands:
            found.append(Example(name, len(found), command, tuple(shown)))
    return found


EXAMPLES = {name: examples_on(name, text) for name, text in PAGES.items()}
ALL_EXAMPLES = [example for examples in EXAMPLES.values() for example in examples]


def parse(command: str) -> tuple[dict[str, str], list[str]]:
    """The environment settings and the arguments after ``poortwachter``."""
    words = shlex.split(command)
    env = {"COLUMNS": "100"}
    while "=" in words[0]:
        name, value = words.pop(0).split("=", 1)
        env[name] = value
    return env, words[1:]


def run(command: str) -> Result:
    env, args = parse(command)
    return CliRunner().invoke(app, args, env=env)


def writes_files(command: str) -> bool:
    """Whether a command changes the working directory: a case file written or edited,
    or an ``--output`` file."""
    _, args = parse(command)
    edits = args[:1] == ["case"] and args[1:2] != [] and args[1] not in ("validate", "schema")
    return edits or "--output" in args or "-o" in args


def chunks(lines: tuple[str, ...]) -> list[list[str]]:
    """Runs of lines between ``...`` elisions."""
    result: list[list[str]] = [[]]
    for line in lines:
        if line == "...":
            result.append([])
        else:
            result[-1].append(line.rstrip())
    return [chunk for chunk in result if chunk]


@pytest.mark.parametrize("example", ALL_EXAMPLES, ids=str)
def test_docs_output_is_real_output(
    example: Example, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each example runs in a directory of its own with a copy of examples/, after the
    # commands before it on its page that write files (a case file built step by step).
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    for earlier in EXAMPLES[example.page][: example.number]:
        if writes_files(earlier.command):
            result = run(earlier.command)
            assert result.exit_code in (0, 1, 2), f"{earlier}: {result.stderr}"
            assert result.exception is None or isinstance(result.exception, SystemExit)
    _, args = parse(example.command)
    result = run(example.command)
    shown = example.shown
    if shown and shown[0].startswith(("Fout: ", "Error: ")):
        # an example of an error: exit 2 and the lines on stderr, no traceback
        assert result.exit_code == 2
        assert result.exception is None or isinstance(result.exception, SystemExit)
        output = result.stderr.splitlines()
    else:
        # sanction-risk and batch exit 1 for findings; the batch example has a bad row (2).
        allowed = (0, 1, 2) if args[0] == "batch" else (0, 1)
        assert result.exit_code in allowed, result.stderr
        assert result.exception is None or isinstance(result.exception, SystemExit)
        # what a command prints for people goes to stdout; a command that prints nothing
        # there (case init writing a file) says what it did on stderr
        stream = result.stdout if result.stdout else result.stderr
        output = [line.rstrip() for line in stream.splitlines()]
    position = 0
    for chunk in chunks(shown):
        for start in range(position, len(output) - len(chunk) + 1):
            if output[start : start + len(chunk)] == chunk:
                position = start + len(chunk)
                break
        else:
            pytest.fail(
                f"{example.page} shows lines that `{example.command}` does not print:\n"
                + "\n".join(chunk)
            )


def test_the_docs_have_real_output_for_every_example_file() -> None:
    commands = " ".join(example.command for example in ALL_EXAMPLES)
    files = sorted(path for path in (ROOT / "examples").rglob("*") if path.is_file())
    assert len(files) >= 12
    for path in files:
        assert f"examples/{path.relative_to(ROOT / 'examples').as_posix()}" in commands, path


def test_the_readme_quickstarts_are_real_output() -> None:
    commands = [example.command for example in EXAMPLES["README.md"]]
    for needed in ("case init", "case set", "case record", "agenda", "report", "batch"):
        assert any(command.startswith(f"poortwachter {needed} ") for command in commands), needed
    assert any("--format xlsx" in command or "--format csv" in command for command in commands)


# --- every command and option in docs/cli.md ---------------------------------------------

HELP_BLOCK = re.compile(
    r"^(?P<head>#+ `(?P<command>[^`\n]*)--help`\n\n```text\n)(?P<body>.*?)^```$",
    flags=re.MULTILINE | re.DOTALL,
)


def cli_prose() -> str:
    """docs/cli.md without its ``--help`` blocks, so that an option counts as documented
    only where the page says it in its own words."""
    return HELP_BLOCK.sub("", page("cli.md"))


def long_options(command: Any) -> set[str]:
    return {
        option
        for parameter in command.params
        for option in (*parameter.opts, *getattr(parameter, "secondary_opts", ()))
        if option.startswith("--")
    }


def test_every_command_and_option_is_documented() -> None:
    text = cli_prose()
    group = get_command(app)
    commands = group.commands  # type: ignore[attr-defined]
    for name, command in commands.items():
        assert f"poortwachter {name}" in text
        for sub in getattr(command, "commands", {}):
            assert f"poortwachter {name} {sub}" in text, f"{name} {sub} is not in docs/cli.md"
        for parameter in command.params:
            for option in parameter.opts:
                if option.startswith("--"):
                    assert f"`{option}" in text, f"{name} {option} is not in docs/cli.md"


def section(text: str, name: str) -> str:
    """The section of ``poortwachter NAME``, up to the next section (a ``## `` heading
    outside a fenced block)."""
    start = text.index(f"## `poortwachter {name}`")
    headings = [
        match.start()
        for match in re.finditer(r"^## ", without_fences_keeping_length(text), re.MULTILINE)
        if match.start() > start
    ]
    return text[start : headings[0] if headings else len(text)]


def without_fences_keeping_length(text: str) -> str:
    """The text with each fenced block blanked out, every position kept."""
    return re.sub(
        r"^```.*?^```[^\n]*$",
        lambda match: re.sub(r"[^\n]", " ", match.group()),
        text,
        flags=re.MULTILINE | re.DOTALL,
    )


def test_every_option_is_documented_in_its_own_section_and_no_other_is_claimed() -> None:
    text = cli_prose()
    group = get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        own = section(text, name)
        subcommands = getattr(command, "commands", {name: command})
        options = set().union(*(long_options(sub) for sub in subcommands.values()))
        for option in options - {"--help"}:
            named = re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", own)
            assert named, f"{name} {option} is not in its section of docs/cli.md"
        # the first cell of each option table row names only options the command has
        for row in re.findall(r"^\| (`--[^|]*)\|", own, flags=re.MULTILINE):
            for claimed in re.findall(r"`(--[a-z-]+)", row):
                assert claimed in options | {"--help"}, f"{name} has no {claimed}"
    for option in long_options(group) - {"--help"}:
        assert f"`{option}" in text, f"poortwachter {option} is not in docs/cli.md"


def help_commands() -> list[str]:
    """``poortwachter``, then each command and each subcommand, as the help headings of
    docs/cli.md name them."""
    group = get_command(app)
    names = ["poortwachter"]
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        names.append(name)
        names += [f"{name} {sub}" for sub in getattr(command, "commands", {})]
    return names


def real_help(command: str) -> str:
    """``poortwachter --lang en COMMAND --help`` at 100 columns, without colour and without
    the spaces that pad each line."""
    args = [] if command == "poortwachter" else command.split()
    result = CliRunner().invoke(app, ["--lang", "en", *args, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    lines = [line.rstrip() for line in ANSI.sub("", result.stdout).splitlines()]
    return "\n".join(lines).strip("\n") + "\n"


def test_the_help_in_docs_cli_md_is_the_real_help() -> None:
    """As sqlite-utils checks its docs with cog: each ```text block under a heading
    "`COMMAND --help`" is that command's help. With POORTWACHTER_UPDATE_DOCS=1 the blocks
    are rewritten instead."""
    path = DOCS / "cli.md"
    text = path.read_text(encoding="utf-8")
    shown: dict[str, str] = {}
    differ: list[str] = []

    def check(match: re.Match[str]) -> str:
        command = match.group("command").strip()
        assert command not in shown, f"two help blocks for {command}"
        shown[command] = match.group("body")
        expected = real_help(command)
        if match.group("body") != expected:
            differ.append(command)
        return match.group("head") + expected + "```"

    updated = HELP_BLOCK.sub(check, text)
    if UPDATE_DOCS and updated != text:
        path.write_text(updated, encoding="utf-8")
        differ.clear()
    assert sorted(shown) == sorted(help_commands()), "add a `COMMAND --help` heading and block"
    assert differ == [], (
        f"the help in docs/cli.md is not what {differ} print; run "
        "POORTWACHTER_UPDATE_DOCS=1 .venv/bin/pytest tests/cli/test_docs.py to rewrite it"
    )


# --- machine output, law and rules ---------------------------------------------------------


def output_keys(value: Any, found: set[str]) -> set[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            found.add(key)
            output_keys(item, found)
    elif isinstance(value, list):
        for item in value:
            output_keys(item, found)
    return found


def test_every_field_of_every_machine_output_is_documented() -> None:
    found: set[str] = set()
    for golden in (ROOT / "tests" / "outputs" / "golden").glob("*.json"):
        output_keys(json.loads(golden.read_text(encoding="utf-8")), found)
    runner = CliRunner()
    batch = runner.invoke(app, ["batch", "examples/batch/personeel.csv", "--as-of", "2025-06-01"])
    for line in batch.stdout.splitlines():
        output_keys(json.loads(line), found)
    agenda = runner.invoke(
        app, ["agenda", "examples", "--as-of", "2025-06-01", "--format", "json", "--all"]
    )
    output_keys(json.loads(agenda.stdout), found)
    assert len(found) > 100
    machine = page("machine-output.md")
    missing = sorted(key for key in found if f"`{key}`" not in machine)
    assert missing == []


def test_every_extension_step_is_documented() -> None:
    from poortwachter.law.milestones import STEP_BASIS

    machine = page("machine-output.md")
    for step in STEP_BASIS:
        assert f"| `{step}` |" in machine, step


def test_every_rule_is_documented() -> None:
    law = page("law.md")
    for rule in RULES:
        assert f"| `{rule.id}` |" in law, rule.id


def test_every_finding_type_is_explained() -> None:
    from poortwachter.law.findings import FINDING_TYPES

    law = page("law.md")
    for finding_id, finding in FINDING_TYPES.items():
        assert f"| `{finding_id}` | {finding.severity.value} |" in law, finding_id


def test_law_md_numbers_its_sections_as_the_code_cites_them() -> None:
    numbers = re.findall(r"^## (\d+a?)\. \S", page("law.md"), flags=re.MULTILINE)
    assert tuple(numbers) == LAW_SECTIONS


def test_every_dated_figure_is_in_law_md_with_its_source() -> None:
    law = page("law.md")
    flat = " ".join(law.split())
    dated = [value for value in vars(figures).values() if isinstance(value, figures.DatedParameter)]
    assert len(dated) == 5
    for figure in dated:
        assert f"(`{figure.name}`)" in law, figure.name
        assert figure.source in flat, figure.name
        if figure.known_until != date.max:
            assert f"Known through {figure.known_until.isoformat()}" in flat, figure.name
    for figure in (figures.MAX_DAGLOON, figures.MINIMUM_WAGE_HOURLY):
        for start, amount in figure.values:
            assert f"| {start.isoformat()} | {amount} |" in law, (figure.name, start)
    for start, weeks in figures.AOW_WAGE_WEEKS.values:
        assert f"| {start.isoformat()} | {weeks} |" in law, start
    for start, (years, months) in figures.AOW_AGE.values:
        age = f"{years} years" + {0: "", 1: " and 1 month"}.get(months, f" and {months} months")
        assert f"| {start.year} | {age} |" in law, start
    ((since, fines),) = figures.ZIEKMELDING_FINES.values
    for _, amount in fines:
        assert re.search(rf"^\| {since.isoformat()} \| [^|]+ \| {amount} \|$", law, re.MULTILINE)


# --- the README, the front door ------------------------------------------------------------


def test_every_dependency_says_why() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    start = README.index("## Dependencies, and why")
    end = README.find("\n## ", start + 1)
    table = README[start : end if end > 0 else len(README)]
    named = {
        name.strip().lower()
        for cell in re.findall(r"^\| ([^|]+) \|", table, flags=re.MULTILINE)
        for name in cell.split(",")
        if not cell.startswith("---")
    }
    requirements = project["dependencies"] + project["optional-dependencies"]["test"]
    for requirement in requirements:
        name = re.split(r"[<>=!~ ;\[]", requirement)[0]
        assert name.lower() in named, f"{name} is not in the README's dependency table"


def test_ci_runs_the_readme_test_command() -> None:
    commands = re.findall(r"```bash\n(.*?)\n```", README, flags=re.DOTALL)
    test_command = next(command for command in commands if "pytest" in command)
    assert test_command in (ROOT / ".ci" / "run").read_text()


def test_the_readme_is_a_front_door() -> None:
    assert len(README.splitlines()) <= 300
    assert "## Contents" in README
    start = README.index("## Contents")
    contents = README[start : README.index("\n## ", start + 1)]
    headings = re.findall(r"^## (.+)$", without_fences(README), flags=re.MULTILINE)
    for heading in headings:
        if heading != "Contents":
            assert f"(#{slug(heading)})" in contents, heading
    for name in REFERENCE_PAGES:
        assert (DOCS / name).is_file(), name
        assert f"](docs/{name})" in README, f"the README does not link docs/{name}"


def test_the_python_example_runs_and_prints_what_it_says(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    source = re.findall(r"```python\n(.*?)```", page("python-api.md"), flags=re.DOTALL)[0]
    exec(compile(source, "docs/python-api.md", "exec"), {})
    expected = re.findall(r"# (\S+)$", source, flags=re.MULTILINE)
    assert capsys.readouterr().out.split() == expected


# --- links ---------------------------------------------------------------------------------


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation but ``-`` and ``_`` left out,
    spaces as ``-``."""
    text = re.sub(r"`|\*\*", "", heading.strip()).lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(text: str) -> set[str]:
    found: set[str] = set()
    for heading in re.findall(r"^#+ (.+)$", without_fences(text), flags=re.MULTILINE):
        anchor = slug(heading)
        number = 0
        while (anchor if number == 0 else f"{anchor}-{number}") in found:
            number += 1
        found.add(anchor if number == 0 else f"{anchor}-{number}")
    return found


def links(text: str) -> list[str]:
    """The targets of the Markdown links and images outside fenced blocks."""
    return re.findall(r"\]\(([^)\s]+)\)", without_fences(text))


@pytest.mark.parametrize("name", list(PAGES))
def test_every_relative_link_points_at_a_file_that_exists(name: str) -> None:
    base = (ROOT / name).parent
    for target in links(PAGES[name]):
        if re.match(r"[a-z]+:", target):
            continue  # https: and mailto: are not files
        path_part, _, anchor = target.partition("#")
        path = (base / path_part).resolve() if path_part else ROOT / name
        assert path.exists(), f"{name}: {target} points at nothing"
        assert path.is_relative_to(ROOT), f"{name}: {target} leaves the repository"
        if anchor and path.suffix == ".md":
            assert anchor in anchors(path.read_text(encoding="utf-8")), f"{name}: {target}"


def test_the_link_check_fails_on_a_broken_link() -> None:
    assert "4-the-end-of-the-waiting-period-and-what-moves-it" in anchors(page("law.md"))
    assert "no-such-section" not in anchors(page("law.md"))
    assert links("[a](docs/x.md#y)\n```text\n[b](c)\n```\n") == ["docs/x.md#y"]


def test_no_page_refers_outside_the_repository() -> None:
    for name, text in PAGES.items():
        for outside in ("../shared", "rules.md", "case-file.md", "/work/"):
            assert outside not in text, f"{name} refers to {outside}"


def test_the_tests_privacy_md_names_exist() -> None:
    named = re.findall(r"`(test_\w+\.py)`", page("privacy.md"))
    assert len(named) >= 4
    for name in named:
        assert list((ROOT / "tests").rglob(name)), name
