"""The fuzz property of editing: random valid case files (random line ends, comments
anywhere, flow and block lists) and random ``case record`` and ``case set`` commands.
An edit either succeeds, and the file reads back with the value recorded and every
other value as it was, or exits 2 with the file byte for byte as it was; never an
internal error."""

from __future__ import annotations

import copy
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from poortwachter.inputs.documents import parse_document
from tests.helpers import run

LINE_ENDS = st.sampled_from(["\n", "\r\n", "\r"])
COMMENT_TEXT = st.text(
    st.characters(exclude_categories=["Cs", "Cc", "Zl", "Zp"], exclude_characters="\x85"),
    max_size=20,
)
DATE_EVENTS = ["arbodienst_melding", "probleemanalyse", "plan_van_aanpak", "wia_aanvraag"]
FIRST = date(2025, 1, 6)


@st.composite
def case_texts(draw: st.DrawFn) -> str:
    """A valid case file, with comments on and between its lines."""

    def comment() -> str:
        return f"  # {draw(COMMENT_TEXT)}" if draw(st.booleans()) else ""

    lines = ["schema_version: 1" + comment(), "case_id: E-7" + comment()]
    if draw(st.booleans()):
        lines.append(f"# {draw(COMMENT_TEXT)}")
    if draw(st.booleans()):
        lines += ["employee:", "  name: J. de Vries" + comment()]
    lines += ["sick_periods:", "  - start: 2025-01-06" + comment()]
    recorded = draw(st.lists(st.sampled_from(DATE_EVENTS), unique=True, max_size=3))
    evaluations = draw(st.lists(st.integers(60, 300), unique=True, max_size=3))
    if recorded or evaluations or draw(st.booleans()):
        lines.append("events:" + comment())
        for event in recorded:
            day = FIRST + timedelta(days=draw(st.integers(1, 300)))
            lines.append(f"  {event}: {day.isoformat()}" + comment())
        if evaluations:
            days = [(FIRST + timedelta(days=n)).isoformat() for n in sorted(evaluations)]
            if draw(st.booleans()):
                lines.append(f"  evaluaties: [{', '.join(days)}]" + comment())
            else:
                lines += ["  evaluaties:"] + [f"    - {day}" + comment() for day in days]
    newline = draw(LINE_ENDS)
    return newline.join(lines) + (newline if draw(st.booleans()) else "")


names = st.text(
    st.characters(exclude_categories=["Cs", "Cc", "Zl", "Zp"], exclude_characters="\x85"),
    min_size=1,
    max_size=20,
).filter(lambda value: value == " ".join(value.split()))


@st.composite
def commands(draw: st.DrawFn) -> tuple[list[str], tuple[str, ...], str]:
    """A command's arguments after the file, the path it changes, and the value."""
    if draw(st.booleans()):
        key = draw(st.sampled_from(["employee.name", "employer.name", "case_id"]))
        value = draw(names)
        return ["set", key, value], tuple(key.split(".")), value
    event = draw(st.sampled_from([*DATE_EVENTS, "evaluaties"]))
    day = (FIRST + timedelta(days=draw(st.integers(-3, 400)))).isoformat()
    options = ["--replace"] if draw(st.booleans()) else []
    return ["record", event, day, *options], ("events", event), day


def without(document: Any, path: tuple[str, ...]) -> Any:
    """The document without the value at ``path``, and without a mapping above it left
    empty (``events:`` with nothing under it, or one added for the value alone)."""
    copied = copy.deepcopy(document)
    for depth in range(len(path), 0, -1):
        node = copied
        for key in path[: depth - 1]:
            node = node.get(key) if isinstance(node, dict) else None
        if not isinstance(node, dict):
            continue
        if depth == len(path) or node.get(path[depth - 1]) in ({}, None):
            node.pop(path[depth - 1], None)
    return copied


def read(text: str) -> Any:
    return parse_document("fuzz.yaml", text)


@settings(max_examples=80, deadline=None)
@given(case_texts(), commands())
def test_an_edit_changes_its_value_only_or_nothing(
    text: str, command: tuple[list[str], tuple[str, ...], str]
) -> None:
    args, path, value = command
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "fuzz.yaml"
        file.write_bytes(text.encode("utf-8"))
        code, _, err = run("case", args[0], str(file), *args[1:], "--as-of", "2026-06-01")
        after = file.read_bytes()
        assert sorted(item.name for item in Path(folder).iterdir()) == ["fuzz.yaml"]
    assert "Traceback" not in err
    assert "internal error" not in err
    assert "interne fout" not in err
    assert code in (0, 2), err
    if code == 2:
        assert after == text.encode("utf-8")
        assert len(err.splitlines()) == 1, err
        return
    new_text = after.decode("utf-8")
    before, now = read(text), read(new_text)
    node = now
    for key in path:
        node = node[key]
    if path[-1] == "evaluaties":  # added in its place; --replace: the latest replaced
        items = (before.get("events") or {}).get("evaluaties") or []
        kept = items[:-1] if "--replace" in args else items
        assert value in node
        assert [item for item in node if item != value] == kept
    else:
        assert node == value
    assert without(now, path) == without(before, path)
    own = {"\r\n": "\r\n", "\r": "\r"}.get(next((e for e in ("\r\n", "\r") if e in text), ""), "\n")
    if own == "\r":
        assert "\n" not in new_text
    elif own == "\r\n":
        assert new_text.count("\n") == new_text.count("\r\n")
