"""Output for people: sanction-risk puts the findings and the exposure first (and only
them with --summary); tables in a pipe have no padding at line ends; every command that
writes a document takes --output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from poortwachter.cli import app

runner = CliRunner()
EXAMPLE = str(
    Path(__file__).parent.parent.parent / "examples" / "te-late-wia-aanvraag-loonsanctie.yaml"
)


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    assert "Traceback" not in result.stderr
    return result.exit_code, result.stdout


def test_findings_and_exposure_come_before_the_milestone_table() -> None:
    _, out = run("sanction-risk", EXAMPLE, "--as-of", "2025-06-01", "--lang", "en")
    findings = out.index("Findings")
    exposure = out.index("Exposure")
    spoor = out.index("Spoor (re-integration track)")
    table = out.index("104 weeks  █ sick")  # the week bar's legend, above the table
    assert out.index("End of waiting period") < findings < exposure < spoor < table


def test_summary_stops_after_the_exposure() -> None:
    code, out = run("sanction-risk", EXAMPLE, "--as-of", "2025-06-01", "--summary", "--lang",
                    "en")  # fmt: skip
    assert code == 1  # the late WIA application is a high finding
    assert "Findings" in out
    assert "Exposure" in out
    assert "Spoor (re-integration track)" not in out
    assert "104 weeks  █ sick" not in out


@pytest.mark.parametrize(
    "args",
    [
        ("timeline", "--first-sick", "2025-01-06", "--as-of", "2025-06-01"),
        ("sanction-risk", EXAMPLE, "--as-of", "2025-06-01", "--fail-on", "never"),
    ],
)
def test_a_table_in_a_pipe_has_no_padding_at_line_ends(args: tuple[str, ...]) -> None:
    _, out = run(*args)
    lines = out.splitlines()
    assert len(lines) > 20
    assert [line for line in lines if line != line.rstrip()] == []
    assert "\x1b[" not in out  # no colour codes either


@pytest.mark.parametrize(
    ("args", "check"),
    [
        (("timeline", "--first-sick", "2025-01-06", "-f", "json"), "json"),
        (("timeline", "--first-sick", "2025-01-06"), "text"),
        (("sanction-risk", EXAMPLE, "-f", "csv", "--fail-on", "never"), "text"),
        (("sanction-risk", EXAMPLE, "--fail-on", "never"), "text"),
        (("case", "schema"), "json"),
    ],
)
def test_output_writes_the_document_to_a_file(
    tmp_path: Path, args: tuple[str, ...], check: str
) -> None:
    target = tmp_path / "out"
    code, out = run(*args, "--output", str(target))
    assert code == 0
    assert out == ""
    written = target.read_text(encoding="utf-8")
    _, direct = run(*args)
    assert written == direct
    if check == "json":
        json.loads(written)
