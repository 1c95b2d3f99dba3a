"""Helpers made faster for batch runs (issue 12) still answer what their plain
definitions answer."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from poortwachter.inputs.reading import _undecodable
from poortwachter.loading import MAX_DEPTH, _depth


def plain_depth(value: object, level: int = 0) -> int:
    if level > MAX_DEPTH:
        return level
    children: list[object] = []
    if isinstance(value, dict):
        children = list(value.values())
    elif isinstance(value, list):
        children = list(value)
    return max((plain_depth(child, level + 1) for child in children), default=level)


documents: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.integers() | st.text(max_size=3),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=2), inner),
    max_leaves=40,
)


@given(documents)
def test_depth_is_the_plain_depth(document: Any) -> None:
    assert _depth(document) == plain_depth(document)


def test_depth_stops_past_the_limit() -> None:
    deep: Any = 1
    for _ in range(MAX_DEPTH + 5):
        deep = [deep]
    assert _depth(deep) == plain_depth(deep) == MAX_DEPTH + 1
    assert _depth([[1]]) == 2
    assert _depth({}) == 0


near_the_range = st.characters(min_codepoint=0xDC70, max_codepoint=0xDD10, exclude_categories=())


@given(st.text(alphabet=st.characters(exclude_categories=()) | near_the_range))
def test_a_line_is_undecodable_exactly_when_it_holds_an_escaped_byte(text: str) -> None:
    escaped = any("\udc80" <= character <= "\udcff" for character in text)
    assert (_undecodable(text) is not None) is escaped


def test_escaped_bytes_on_both_sides_of_the_range() -> None:
    assert _undecodable("a\udc80b") is not None
    assert _undecodable("a\udcffb") is not None
    assert _undecodable("a\udc7fb") is None  # a lone surrogate, but not an escaped byte
    assert _undecodable("a\udd00b") is None
    assert _undecodable("é€") is None
