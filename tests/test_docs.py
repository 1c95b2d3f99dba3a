"""Docs that cannot drift (STYLE.md point 6): the README's examples are real output,
and every command, option, rule and dependency is documented."""

from __future__ import annotations

import re
import shlex
import tomllib
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from poortwachter.cli import app
from poortwachter.rules import RULES

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
    from poortwachter.findings import FINDING_TYPES

    for finding_id in FINDING_TYPES:
        assert f"| `{finding_id}` |" in README, finding_id
