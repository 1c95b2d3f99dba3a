"""Docs that cannot drift (STYLE.md point 6): the README's examples are real output,
and every command, option, rule and dependency is documented."""

from __future__ import annotations

import re
import shlex
import tomllib
from pathlib import Path
from typing import Any

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from poortwachter.cli import app
from poortwachter.law.milestones import RULES

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def console_blocks() -> list[tuple[str, list[str]]]:
    """Each ```console block: its ``$ poortwachter ...`` command (perhaps after
    ``NAME=value`` settings of the environment) and the lines shown."""
    blocks = []
    for body in re.findall(r"```console\n(.*?)```", README, flags=re.DOTALL):
        lines = body.rstrip("\n").split("\n")
        assert re.match(r"\$ ([A-Z_]+=\S+ )*poortwachter ", lines[0]), lines[0]
        blocks.append((lines[0][2:], lines[1:]))
    return blocks


def chunks(lines: list[str]) -> list[list[str]]:
    """Runs of lines between ``...`` elisions."""
    result: list[list[str]] = [[]]
    for line in lines:
        if line == "...":
            result.append([])
        else:
            result[-1].append(line.rstrip())
    return [chunk for chunk in result if chunk]


@pytest.mark.parametrize(("command", "shown"), console_blocks(), ids=lambda value: str(value)[:60])
def test_readme_output_is_real_output(command: str, shown: list[str]) -> None:
    words = shlex.split(command)
    env = {"COLUMNS": "100"}
    while "=" in words[0]:
        name, value = words.pop(0).split("=", 1)
        env[name] = value
    args = words[1:]
    result = CliRunner().invoke(app, args, env=env)
    if shown[0].startswith(("Fout: ", "Error: ")):
        # an example of an error: exit 2 and the lines on stderr, no traceback
        assert result.exit_code == 2
        assert result.exception is None or isinstance(result.exception, SystemExit)
        output = result.stderr.splitlines()
    else:
        # sanction-risk and batch exit 1 for findings; the batch example has a bad row (2).
        allowed = (0, 1, 2) if args[0] == "batch" else (0, 1)
        assert result.exit_code in allowed, result.stderr
        output = [line.rstrip() for line in result.stdout.splitlines()]
    position = 0
    for chunk in chunks(shown):
        for start in range(position, len(output) - len(chunk) + 1):
            if output[start : start + len(chunk)] == chunk:
                position = start + len(chunk)
                break
        else:
            pytest.fail(f"README shows lines that `{command}` does not print:\n" + "\n".join(chunk))


def test_the_readme_has_real_output_for_every_example() -> None:
    commands = " ".join(command for command, _ in console_blocks())
    for example in sorted((ROOT / "examples").glob("*.yaml")):
        assert f"examples/{example.name}" in commands


def test_every_command_and_option_is_documented() -> None:
    group = get_command(app)
    commands = group.commands  # type: ignore[attr-defined]
    for name, command in commands.items():
        assert f"poortwachter {name}" in README
        for parameter in command.params:
            for option in parameter.opts:
                if option.startswith("--"):
                    assert f"`{option}" in README, f"{name} {option} is not in the README"


def section(name: str) -> str:
    """The README's section of ``poortwachter NAME``, up to the next section."""
    start = README.index(f"## `poortwachter {name}`")
    end = README.find("\n## ", start + 1)
    return README[start : end if end > 0 else len(README)]


def long_options(command: Any) -> set[str]:
    return {
        option
        for parameter in command.params
        for option in (*parameter.opts, *getattr(parameter, "secondary_opts", ()))
        if option.startswith("--")
    }


def test_every_option_is_documented_in_its_own_section_and_no_other_is_claimed() -> None:
    group = get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        text = section(name)
        subcommands = getattr(command, "commands", {name: command})
        options = set().union(*(long_options(sub) for sub in subcommands.values()))
        for option in options - {"--help"}:
            named = re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text)
            assert named, f"{name} {option} is not in its README section"
        # the first cell of each option table row names only options the command has
        for row in re.findall(r"^\| (`--[^|]*)\|", text, flags=re.MULTILINE):
            for claimed in re.findall(r"`(--[a-z-]+)", row):
                assert claimed in options | {"--help"}, f"{name} has no {claimed}"
    for option in long_options(group) - {"--help"}:
        assert f"`{option}" in README, f"poortwachter {option} is not in the README"


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
    import json

    found: set[str] = set()
    for golden in (ROOT / "tests" / "golden").glob("*.json"):
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
    missing = sorted(key for key in found if f"`{key}`" not in README)
    assert missing == []


def test_every_extension_step_is_documented() -> None:
    from poortwachter.law.milestones import STEP_BASIS

    for step in STEP_BASIS:
        assert f"| `{step}` |" in README, step


def test_every_rule_is_documented() -> None:
    for rule in RULES:
        assert f"| `{rule.id}` |" in README, rule.id


def test_every_dependency_says_why() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    for requirement in project["dependencies"]:
        name = re.split(r"[<>=!~ ;\[]", requirement)[0]
        assert re.search(
            rf"^\| {re.escape(name)} \|", README, flags=re.MULTILINE | re.IGNORECASE
        ), name


def test_ci_runs_the_readme_test_command() -> None:
    commands = re.findall(r"```bash\n(.*?)\n```", README, flags=re.DOTALL)
    test_command = next(command for command in commands if "pytest" in command)
    assert test_command in (ROOT / ".ci" / "run").read_text()


def test_the_readme_python_example_runs_and_prints_what_it_says(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    source = re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL)[0]
    exec(compile(source, "README.md", "exec"), {})
    expected = re.findall(r"# (\S+)$", source, flags=re.MULTILINE)
    assert capsys.readouterr().out.split() == expected


def test_every_finding_type_is_explained() -> None:
    from poortwachter.law.findings import FINDING_TYPES

    for finding_id in FINDING_TYPES:
        assert f"| `{finding_id}` |" in README, finding_id
