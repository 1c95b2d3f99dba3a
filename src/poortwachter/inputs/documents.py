"""Documents as they come in: YAML or JSON text read literally and within bounds.

Every YAML value but null is read as text (dates, numbers and ids are validated
strictly later); anchors, aliases and tags are refused; duplicate keys are errors; size
and depth are bounded (docs/privacy.md). A problem is a ``CaseFileError`` naming the
file. This module parses text and reads one regular file; it knows no case model.
"""

from __future__ import annotations

import json
import re
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from ..messages import Message, MessageError, message, os_reason

STDIN_NAME = "<stdin>"


class CaseFileError(ValueError):
    """A case file that cannot be used: ``details`` has a message per problem, and
    ``messages`` the same naming the file (``file_problem``)."""

    def __init__(self, source: str, details: list[Message], case_id: str | None = None) -> None:
        self.source = source
        self.details = details
        self.case_id = case_id
        """The file's case id, when it has a usable one (for a batch's error record)."""
        self.messages = [message("file_problem", file=source, problem=detail) for detail in details]
        # Words are for outputs/ (``messages.say``); the ids say what went wrong.
        super().__init__(f"{source}: {', '.join(detail.id for detail in details)}")

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self.source, self.details, self.case_id)


def has_lone_surrogate(text: str) -> bool:
    return any("\ud800" <= character <= "\udfff" for character in text)


#: The largest case file read, and how deep its lists and mappings may nest.
MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 20


def parse_document(source: str, text: str) -> object:
    """YAML or JSON text to Python values, literally: dates, numbers and ids stay text
    (no YAML 1.1 typing), anchors, aliases and tags are refused, duplicate keys are
    errors, and size and depth are bounded. A ``.json`` file, or stdin that starts with
    ``{``, is read as JSON."""
    _check_size(source, text)
    if source.lower().endswith(".json") or (source == STDIN_NAME and text.lstrip().startswith("{")):
        return parse_json_document(source, text)
    try:
        document = yaml.load(text, Loader=_CaseLoader)  # a SafeLoader subclass
    except _RefusedYamlError as error:
        raise CaseFileError(source, [error.said]) from None
    except yaml.YAMLError as error:
        raise CaseFileError(source, [_yaml_problem(error)]) from None
    except RecursionError:
        raise CaseFileError(source, [_too_deep()]) from None
    except Exception:  # a constructor's own error on a value it cannot build
        raise CaseFileError(source, [message("yaml_unbuildable")]) from None
    return _joined_surrogates(document)


def _joined_surrogates(value: object) -> object:
    """PyYAML reads a JSON-style escaped emoji (``"\\ud83d\\ude14"``) as two lone
    surrogates: join such pairs into the character they stand for. A lone one is left,
    and refused where text is read."""
    if isinstance(value, str):
        if not has_lone_surrogate(value):
            return value
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "surrogatepass")
    if isinstance(value, list):
        return [_joined_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {key: _joined_surrogates(item) for key, item in value.items()}
    return value


def parse_json_document(source: str, text: str, limit: int | None = None) -> object:
    """JSON text to Python values; duplicate keys are errors, NaN and Infinity too. At
    most 1 MB, or ``limit`` characters (a JSON array of many cases)."""
    if limit is None:
        _check_size(source, text)
    elif len(text) > limit:
        raise CaseFileError(source, [message("too_large_characters", count=f"{len(text):,}")])
    document = _read_fast(text)
    if document is not _NOT_FAST:
        return document
    try:
        document = json.loads(text, object_pairs_hook=_unique_pairs, parse_constant=_no_constant)
    except _RefusedYamlError as error:
        raise CaseFileError(source, [error.said]) from None
    except json.JSONDecodeError as error:
        problem = _json_problem(error.msg)
        where = (
            message("json_invalid_at", line=error.lineno, column=error.colno, problem=problem)
            if "\n" in text.strip()
            else message("json_invalid_at_column", column=error.colno, problem=problem)
        )
        raise CaseFileError(source, [where]) from None
    except RecursionError:
        raise CaseFileError(source, [_too_deep()]) from None
    except ValueError:  # a number of more than 4,300 digits
        raise CaseFileError(source, [message("json_number_too_large")]) from None
    if _depth(document) > MAX_DEPTH:
        raise CaseFileError(source, [_too_deep()])
    return document


#: ``_read_fast`` could not tell: the checked reading decides.
_NOT_FAST = object()
#: A key and its colon apart, which the count of ``":`` would miss.
_SPACED_KEY = re.compile(r'"\s+:')


def _read_fast(text: str) -> object:
    """orjson's reading of ``text``, where it is the checked reading's (``json`` with a
    hook on every object, which refuses a duplicate key): fewer brackets than the depth
    allowed, nothing orjson refuses (NaN, a lone surrogate, ...), no key apart from its
    colon, no number read as a float (orjson reads an integer beyond 64 bits as one), and
    as many keys read as ``":`` in the text (a duplicate key is read once, and ``\\":``
    inside a text counts too: either way the two differ). Otherwise ``_NOT_FAST``: the
    checked reading reads it, or gives its error. A property holds the two readings equal
    (tests/inputs/test_fast_json.py)."""
    if text.count("{") + text.count("[") >= MAX_DEPTH or _SPACED_KEY.search(text):
        return _NOT_FAST
    import orjson

    try:
        document = orjson.loads(text)
    except orjson.JSONDecodeError:
        return _NOT_FAST
    if _keys_without_floats(document) != text.count('":'):
        return _NOT_FAST
    return document


def _keys_without_floats(value: object) -> int:
    """The keys of every mapping in ``value``; -1 when it holds a float."""
    if isinstance(value, dict):
        keys = len(value)
        children: Iterable[object] = value.values()
    elif isinstance(value, list):
        keys = 0
        children = value
    else:
        return -1 if isinstance(value, float) else 0
    for child in children:
        if isinstance(child, dict | list):
            more = _keys_without_floats(child)
            if more < 0:
                return -1
            keys += more
        elif isinstance(child, float):
            return -1
    return keys


#: What Python's json module says of a document it cannot read, by its words (any other
#: is shown as it says it).
_JSON_PROBLEMS = {
    "Expecting value": "json_expecting_value",
    "Expecting property name enclosed in double quotes": "json_expecting_property_name",
    "Expecting ':' delimiter": "json_expecting_colon",
    "Expecting ',' delimiter": "json_expecting_comma",
    "Unterminated string starting at": "json_unterminated_string",
    "Invalid control character at": "json_control_character",
    "Invalid \\escape": "json_invalid_escape",
    "Invalid \\uXXXX escape": "json_invalid_unicode_escape",
    "Extra data": "json_extra_data",
    "Illegal trailing comma before end of object": "json_trailing_comma_object",
    "Illegal trailing comma before end of array": "json_trailing_comma_array",
}


def _json_problem(said: str) -> Message | str:
    known = _JSON_PROBLEMS.get(said)
    return message(known) if known else said


def _check_size(source: str, text: str) -> None:
    if len(text) > MAX_FILE_BYTES:
        raise CaseFileError(source, [message("too_large_case_text", count=f"{len(text):,}")])


def _too_deep() -> Message:
    return message("too_deep", depth=MAX_DEPTH)


def _no_constant(name: str) -> object:
    raise _RefusedYamlError(message("json_constant", name=name))


def _depth(value: object, level: int = 0) -> int:
    """How deep lists and mappings nest (stops counting past the limit)."""
    if level > MAX_DEPTH:
        return level
    if isinstance(value, dict):
        children: Iterable[object] = value.values()
    elif isinstance(value, list):
        children = value
    else:
        return level
    deepest = level
    for child in children:
        # A value that is neither a list nor a mapping is one level down; only those
        # are walked (a batch of thousands of rows calls this for every row).
        below = _depth(child, level + 1) if isinstance(child, dict | list) else level + 1
        if below > deepest:
            deepest = below
    return deepest


class _RefusedYamlError(MessageError):
    """A document the loader refuses before building it: an alias, an anchor, a
    duplicate key, too deep a nesting."""


_DuplicateKeyError = _RefusedYamlError


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(_duplicate(key))
        result[key] = value
    return result


class _CaseLoader(yaml.SafeLoader):
    """SafeLoader that reads every scalar but null as text (dates, numbers and ids are
    validated strictly later, and ``case_id: 0123`` stays "0123"), refuses anchors and
    aliases (a 491-byte alias bomb expands to gigabytes), bounds nesting, and refuses
    duplicate keys."""

    _depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        line = event.start_mark.line + 1
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _RefusedYamlError(_at_line(line, message("yaml_anchor")))
        if getattr(event, "tag", None) not in (None, "!"):
            raise _RefusedYamlError(_at_line(line, message("yaml_tag")))
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _RefusedYamlError(_at_line(line, _too_deep()))
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise _RefusedYamlError(
                    _at_line(key_node.start_mark.line + 1, message("yaml_complex_key"))
                )
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise _DuplicateKeyError(_at_line(key_node.start_mark.line + 1, _duplicate(key)))
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _at_line(line: int, problem: Message) -> Message:
    return message("line_problem", line=line, problem=problem)


def _duplicate(key: object) -> Message:
    return message("path_problem", path=str(key), problem=message("duplicate_key"))


# Only null keeps its implicit type. Without the others, 2024-02-30 reaches the strict
# date parser as text, and YAML 1.1 cannot turn a case id 0123 into 83, 0x1F into 31,
# 12:30 into 750 or 1_000 into 1000; the models convert the text of numbers and flags.
_CaseLoader.yaml_implicit_resolvers = {
    first: kept
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    if (kept := [(tag, regexp) for tag, regexp in resolvers if tag == "tag:yaml.org,2002:null"])
}


#: What PyYAML says of a tab where the indentation is, and of another character it
#: cannot read there.
_TAB = "found character '\\t' that cannot start any token"
_NO_TOKEN = " that cannot start any token"


#: What PyYAML says most often, by its words (any other is shown as it says it).
_YAML_PROBLEMS = {
    "mapping values are not allowed here": "yaml_mapping_values_here",
    "mapping keys are not allowed here": "yaml_mapping_keys_here",
    "sequence entries are not allowed here": "yaml_sequence_entries_here",
    "could not find expected ':'": "yaml_no_colon",
    "found unexpected end of stream": "yaml_unexpected_end",
    "invalid indentation or unclosed '[' or '{'": "yaml_invalid_indentation",
}


#: What PyYAML says before what it found instead of what it expected.
_YAML_FOUND_PROBLEMS = {
    "expected ',' or ']', but got ": "yaml_flow_list_open",
    "expected ',' or '}', but got ": "yaml_flow_mapping_open",
    "expected <block end>, but found ": "yaml_block_end",
}


def _yaml_problem(error: yaml.YAMLError) -> Message:
    """Where, and what PyYAML says (a tab, and what it says most often, in plain words)."""
    mark = getattr(error, "problem_mark", None)
    said = getattr(error, "problem", None) or str(error).splitlines()[0]
    known = _YAML_PROBLEMS.get(said)
    problem: Message | str = message(known) if known else said
    for start, said_id in _YAML_FOUND_PROBLEMS.items():
        if said.startswith(start):
            problem = message(said_id, found=said.removeprefix(start))
    if said.startswith("found character ") and said.endswith(_NO_TOKEN):
        character = said.removeprefix("found character ").removesuffix(_NO_TOKEN)
        problem = message("yaml_character", character=character)
    if mark is None:
        return message("yaml_invalid", problem=problem)
    line, column = mark.line + 1, mark.column + 1
    if said == _TAB:
        return message("yaml_tab", line=line, column=column)
    return message("yaml_invalid_at", line=line, column=column, problem=problem)


def read_case_text(path: Path, name: str | None = None, limit: int | None = None) -> str:
    """A case file's text: a regular file only (a FIFO would hang the reader, a device
    never end), at most 1 MB (or ``limit``), UTF-8 (a BOM is dropped). ``name`` names it
    in messages."""
    source = str(path) if name is None else name
    largest = MAX_FILE_BYTES if limit is None else limit
    try:
        info = path.stat()
    except FileNotFoundError:
        raise CaseFileError(source, [message("no_such_file")]) from None
    except OSError as error:
        raise CaseFileError(source, [_cannot_read(error)]) from None
    if stat.S_ISDIR(info.st_mode):
        raise CaseFileError(source, [message("is_a_folder")])
    if not stat.S_ISREG(info.st_mode):
        raise CaseFileError(source, [message("not_a_regular_file")])
    if info.st_size > largest:
        raise CaseFileError(source, [message("too_large_bytes", count=f"{info.st_size:,}")])
    try:
        with path.open("rb") as stream:
            data = stream.read(largest + 1)
    except OSError as error:
        raise CaseFileError(source, [_cannot_read(error)]) from None
    return decode_case_text(source, data, largest)


def decode_case_text(source: str, data: bytes, limit: int = MAX_FILE_BYTES) -> str:
    """UTF-8 bytes to text, a BOM dropped; anything else is one clear problem."""
    if len(data) > limit:
        raise CaseFileError(source, [message("too_large_case_file")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CaseFileError(source, [message("not_a_text_file")]) from None


def _cannot_read(error: OSError) -> Message:
    """Why, as the system says it (``Permission denied``), in Dutch too."""
    return message("cannot_read", reason=os_reason(error))
