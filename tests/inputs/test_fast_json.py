"""JSON input read by orjson where that gives what the checked reading gives (``json``
with a hook on every object: duplicate keys refused, NaN refused, depth bounded), and by
the checked reading otherwise: the same value, of the same types, or the same error."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from poortwachter.inputs.documents import (
    _NOT_FAST,
    CaseFileError,
    _read_fast,
    parse_json_document,
)


def typed(value: Any) -> Any:
    """``value`` with the type of every leaf kept (1 and 1.0 and True differ; so do 0.0
    and -0.0), mappings with their keys in order."""
    if isinstance(value, dict):
        return ("dict", [(key, typed(item)) for key, item in value.items()])
    if isinstance(value, list):
        return ("list", [typed(item) for item in value])
    return (type(value).__name__, repr(value))


def checked(text: str) -> Any:
    """The checked reading alone: its value, or its messages."""
    from poortwachter.inputs import documents

    try:
        value = json.loads(
            text,
            object_pairs_hook=documents._unique_pairs,
            parse_constant=documents._no_constant,
        )
    except (ValueError, RecursionError, documents._RefusedYamlError):
        return "refused"
    if documents._depth(value) > documents.MAX_DEPTH:
        return "refused"
    return typed(value)


#: Keys from a small alphabet, so that a mapping often holds one twice; with quotes,
#: colons and backslashes, which a count of ``":`` must not be fooled by.
keys = st.text(alphabet='ab":\\ \u00e9\ud800', max_size=4)
numbers_as_written = st.sampled_from(
    [
        "0", "-0", "-0.0", "1.0", "1e2", "1E-2", "1e400", "-1e-400", "1e-320",
        "9223372036854775807", "9223372036854775808", "18446744073709551615",
        "18446744073709551616", "123456789012345678901234567890", "0.1", "3100.50",
        "1.7976931348623157e308", "2.2250738585072014e-308", "NaN", "Infinity", "-Infinity",
        "01", "1.", ".5", "+1",
    ]
)  # fmt: skip


def _write(value: Any, spaced: bool) -> str:
    """``value`` as JSON text: a mapping as a list of pairs (so that keys repeat), a
    number as written."""
    colon = " : " if spaced else ":"
    if isinstance(value, tuple) and value and value[0] == "number":
        return str(value[1])
    if isinstance(value, tuple):
        pairs = [f"{json.dumps(key)}{colon}{_write(item, spaced)}" for key, item in value[1]]
        return "{" + ", ".join(pairs) + "}"
    if isinstance(value, list):
        return "[" + ",".join(_write(item, spaced) for item in value) + "]"
    return json.dumps(value)


leaves = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(alphabet='ab"\\:\n\u2028\ud800\x00', max_size=6)
    | numbers_as_written.map(lambda text: ("number", text))
)
documents_as_values = st.recursive(
    leaves,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.lists(st.tuples(keys, inner), max_size=4).map(lambda pairs: ("map", pairs))
    ),
    max_leaves=20,
)


#: Nesting past the bound (``MAX_DEPTH``): refused by either reading.
DEEP: Any = 1
for _ in range(22):
    DEEP = [DEEP]


@settings(max_examples=1500, deadline=None)
@given(documents_as_values, st.booleans(), st.sampled_from(["", " ", "\n", "\ufeff"]))
@example(("map", [("a", 1), ("a", 2)]), False, "")
@example(("map", [("a", ("number", "18446744073709551616"))]), False, "")
@example(("map", [("a\\", 1), ("a\\", 2)]), False, "")
@example(("map", [('a":', 1)]), False, "")
@example(DEEP, False, "")
def test_the_fast_reading_is_the_checked_one_or_leaves_it_to_it(
    value: Any, spaced: bool, around: str
) -> None:
    text = around + _write(value, spaced) + around.strip("\ufeff")
    fast = _read_fast(text)
    if fast is not _NOT_FAST:
        assert typed(fast) == checked(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"a": 1, "a": 2}',
        '{"a": {"b": 1, "b": 1}}',
        '{"\\u0061": 1, "a": 2}',
        '{"a" : 1, "a": 2}',
        '{"x": "\\":", "a": 1, "a": 2}',
    ],
)
def test_a_duplicate_key_is_refused_however_it_is_written(text: str) -> None:
    with pytest.raises(CaseFileError) as raised:
        parse_json_document("cases.jsonl", text)
    assert "a" in str(raised.value.details)


def test_a_plain_line_is_read_fast() -> None:
    line = '{"case_id": "B-1", "sick_periods": [{"start": "2025-06-25"}], "employee": {}}'
    assert _read_fast(line) == json.loads(line)
