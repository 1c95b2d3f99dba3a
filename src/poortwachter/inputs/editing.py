"""Edit a case file in place the way a person would: add or change one line, and leave
every other byte (comments, order, blank lines, quoting, line breaks inside a flow list)
as it was.

ruamel.yaml (round-trip mode) reads the file and tells where each key and value is; the
change is then made in the text at that place, and the result is read again to check
that the value landed where it should. Re-dumping the whole document, even with
ruamel.yaml, would re-wrap flow lists and re-indent sequences on lines the user never
touched. JSON files have no comments: they are read and written with ``json``.

Pure: text in, text out. The command line reads and replaces the file (atomically).
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..messages import Param, message
from ..models import EVENT_DATE_LISTS
from .event_names import EVENT_TEXT_FIELDS
from .placeholders import is_placeholder
from .yaml_text import Document, EditError, is_flow, is_map, is_seq, scalar


def _unknown(name: str, valid: tuple[str, ...]) -> dict[str, Param]:
    """An unknown name, the closest valid one, and every valid one."""
    import difflib

    close = difflib.get_close_matches(name.lower(), valid, n=1, cutoff=0.5)
    hint = message("did_you_mean", name=f"'{close[0]}'") if close else ""
    return {"name": f"'{name}'", "suggestion": hint, "valid": ", ".join(valid)}


@dataclass(frozen=True, slots=True)
class Change:
    """What an edit did: the new text, and the value it replaced (``None``: added)."""

    text: str
    old: str | None = None


class AlreadyRecorded(EditError):
    """The event holds this very value already: there is nothing to change."""


def record_event(
    text: str, event: str, value: str, *, replace: bool = False, json_file: bool = False
) -> Change:
    """Record ``event`` with ``value`` (an ISO date, or text for a text event).

    A list event (``evaluaties``) gets the date added in its place; with ``replace`` its
    latest date is replaced instead (a correction). A date event that holds another date
    already is refused (``EditError``, naming both) unless ``replace``: a step happens
    once, and the date on file is its record. A text event (the casemanager) is a fact of
    now and is replaced, returned as ``old``. The value on file already:
    ``AlreadyRecorded``."""
    path = ("events", event)
    where = ".".join(path)
    if event in EVENT_DATE_LISTS:
        listed = _on_file(text, path)
        items = listed if isinstance(listed, list) else []
        if value in (_as_iso(item) for item in items):
            raise AlreadyRecorded(message("recorded_same", path=where, value=value))
        if replace and items:
            return _replace_latest(text, path, value, json_file=json_file)
        return _append(text, path, value, json_file=json_file)
    change = set_value(text, path, value, json_file=json_file)
    if change.old is None or is_placeholder(change.old):
        return Change(change.text)
    on_file = _as_iso(change.old) if event not in EVENT_TEXT_FIELDS else change.old
    if on_file == value:
        raise AlreadyRecorded(message("recorded_same", path=where, value=value))
    if not replace and event not in EVENT_TEXT_FIELDS:
        raise EditError(message("recorded_already", path=where, on_file=on_file, new=value))
    return change


def _on_file(text: str, path: tuple[str, ...]) -> Any:
    """The value at ``path`` as the file holds it (text), or ``None``."""
    node = _literal(text)
    for key in path:
        node = node.get(key) if isinstance(node, dict) else None
    return node


def _as_iso(value: object) -> str:
    """A date on file as ISO (``14-02-2025`` is ``2025-02-14``); else as it is."""
    from .dates import DateError, parse_cli_date

    try:
        return parse_cli_date(str(value)).isoformat()
    except (DateError, ValueError):
        return str(value)


def _replace_latest(text: str, path: tuple[str, ...], value: str, *, json_file: bool) -> Change:
    """The list at ``path`` with its last (latest) date replaced by ``value``, which
    stays in date order or is refused by the check of the case."""
    if json_file:
        document = json.loads(text)
        items = document[path[0]][path[1]]
        old = str(items[-1])
        items[-1] = value
        return Change(json.dumps(document, ensure_ascii=False, indent=2) + "\n", old)
    document = Document(text)
    items = document.root[path[0]][path[1]]
    line, column = items.lc.item(len(items) - 1)
    start = document.offset(line, column)
    end = document.scalar_end(start, flow=is_flow(items))
    new_text = document.text[:start] + scalar(value) + document.text[end:]
    placed = _on_file(new_text, path)
    if not isinstance(placed, list) or placed[-1] != value or len(placed) != len(items):
        raise EditError(_NOT_PLACED)
    return Change(new_text, _unquoted(document.text[start:end]))


# --- Line ends -----------------------------------------------------------------------


def editable_line_ends(text: str) -> tuple[str, Callable[[str], str]]:
    """``text`` with line ends the edits know (LF, CRLF), and how to give the edited text
    the file's own line ends again: a file of carriage returns alone (old Mac) is edited
    as LF and written with CR again. Line ends mixed with carriage returns alone, or a
    line end of Unicode (NEL, U+2028, U+2029) that YAML counts and the edits would not:
    ``EditError``, so that no edit lands on the wrong line."""
    if any(mark in text for mark in "\x85\u2028\u2029"):
        raise EditError(message("edit_unusual_line_ends"))
    if "\r" not in text.replace("\r\n", ""):
        return text, _as_it_is
    if "\n" in text:
        raise EditError(message("edit_mixed_line_ends"))
    return text.replace("\r", "\n"), _carriage_returns


def _as_it_is(text: str) -> str:
    return text


def _carriage_returns(text: str) -> str:
    return text.replace("\n", "\r")


# --- Edits ---------------------------------------------------------------------------


def set_value(text: str, path: tuple[str, ...], value: str, *, json_file: bool = False) -> Change:
    """Set the scalar at ``path`` (keys from the root) to ``value``, adding the key and
    any missing mapping above it. A wage amount is written as it was read, in a form
    no reader can misread (``amount_text``: ``3.100`` as ``3100``; in JSON a number)."""
    amount = path == WAGE_AMOUNT
    if amount:
        from ..messages import MessageError
        from .money import amount_text

        with contextlib.suppress(MessageError):  # refused by the check, as when read
            value = amount_text(value)
    if json_file:
        return _json_edit(text, path, value, append=False, number=amount)
    return _place(Document(text), path, scalar(value), value, append=False)


#: The wage amount's path: a number, read the Dutch way (``inputs/money.py``).
WAGE_AMOUNT = ("employee", "wage", "amount")


def _append(text: str, path: tuple[str, ...], value: str, *, json_file: bool) -> Change:
    """Append ``value`` to the list at ``path``; a missing list is added as ``[value]``."""
    if json_file:
        return _json_edit(text, path, value, append=True)
    return _place(Document(text), path, f"[{scalar(value)}]", value, append=True)


def _place(
    document: Document, path: tuple[str, ...], value_text: str, value: str, *, append: bool
) -> Change:
    """Put ``value_text`` at ``path``: replace a scalar, append to a list, fill an empty
    key, or add the missing keys to the deepest mapping that exists."""
    text = document.text
    node = document.root
    for depth, key in enumerate(path):
        where = ".".join(path[: depth + 1])
        if not is_map(node):
            raise EditError(message("not_a_mapping", path=".".join(path[:depth])))
        if key not in node:
            new_text = _add_key(document, path[:depth], path[depth:], value_text)
            return Change(_check(new_text, path, value, append=append))
        child = node[key]
        if child is None:  # ``key:`` with nothing after it
            if depth < len(path) - 1:
                new_text = _add_key(document, path[: depth + 1], path[depth + 1 :], value_text)
            else:
                line, column = node.lc.key(key)
                start = document.offset(line, column)
                colon = text.index(":", start, document.line_end(start) + 1)
                new_text = text[: colon + 1] + " " + value_text + text[colon + 1 :]
            return Change(_check(new_text, path, value, append=append))
        if depth < len(path) - 1:
            node = child
            continue
        if append:
            if not is_seq(child):
                raise EditError(message("not_a_list", path=where))
            return Change(
                _check(_append_item(document, node, key, value), path, value, append=True)
            )
        if is_map(child) or is_seq(child):
            raise EditError(message("holds_more_than_one_value", path=where))
        line, column = node.lc.value(key)
        start = document.offset(line, column)
        end = document.scalar_end(start, flow=is_flow(node))
        new_text = text[:start] + value_text + text[end:]
        return Change(_check(new_text, path, value, append=False), _unquoted(text[start:end]))
    raise EditError(message("nothing_to_change"))  # an empty path


def _unquoted(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1].replace("''", "'")
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return str(json.loads(text))
    return text


def _add_key(
    document: Document, at_path: tuple[str, ...], keys: tuple[str, ...], value_text: str
) -> str:
    """The text with ``keys[0]`` added to the mapping at ``at_path`` (which may be an
    empty ``key:``), nested mappings for the rest of ``keys``, holding ``value_text``."""
    text = document.text
    newline = document.newline()
    parent: Any = None
    node: Any = document.root
    for key in at_path:
        parent, node = node, node[key]
    if node is not None and is_flow(node):
        inner = value_text
        for key in reversed(keys[1:]):
            inner = f"{{{key}: {inner}}}"
        start = document.offset(node.lc.line, node.lc.col)
        close = document.flow_end(start) - 1
        before = text[start + 1 : close].rstrip()
        at = start + 1 + len(before) if before else close
        return text[:at] + (", " if node else "") + f"{keys[0]}: {inner}" + text[at:]
    if node:
        indent = node.lc.key(next(iter(node)))[1]
        at = document.line_end(document.value_end(node, list(node)[-1]))
    else:  # ``key:`` with nothing under it: the entries go on the next lines, indented
        line, column = parent.lc.key(at_path[-1])
        indent = column + 2
        at = document.line_end(document.offset(line, column))
    lines = [
        f"{' ' * (indent + 2 * depth)}{key}:" + (f" {value_text}" if depth == len(keys) - 1 else "")
        for depth, key in enumerate(keys)
    ]
    return text[:at] + newline + newline.join(lines) + text[at:]


def _position(items: Any, value: str) -> int:
    """Where the date ``value`` goes in a list of dates kept in order: after every item
    on or before it (an item that is not a date counts as before it)."""
    from .dates import DateError, parse_cli_date

    new = date.fromisoformat(value)
    for index, item in enumerate(items):
        try:
            day = item if isinstance(item, date) else parse_cli_date(str(item))
        except (DateError, ValueError):
            continue
        if day > new:
            return index
    return len(items)


def _append_item(document: Document, parent: Any, key: str, value: str) -> str:
    """The text with ``value`` added to the list ``parent[key]``, in its own style: at the
    end, or before the first later date (a forgotten evaluation recorded afterwards)."""
    text = document.text
    items = parent[key]
    index = _position(items, value)
    if index < len(items):
        line, column = items.lc.item(index)
        at = document.offset(line, column)
        if is_flow(items):
            return text[:at] + scalar(value) + ", " + text[at:]
        row = document.offset(line, 0)
        dash = text.rfind("-", row, at)
        pad = " " * (dash - row)
        return text[:dash] + "- " + scalar(value) + document.newline() + pad + text[dash:]
    if is_flow(items):
        line, column = parent.lc.value(key)
        start = document.offset(line, column)
        close = document.flow_end(start) - 1
        before = text[start + 1 : close].rstrip()
        at = start + 1 + len(before) if before else close
        return text[:at] + (", " if items else "") + scalar(value) + text[at:]
    item_line, item_column = items.lc.item(len(items) - 1)
    row = document.offset(item_line, 0)
    dash = text.rfind("-", row, document.offset(item_line, item_column))
    at = document.line_end(document.value_end(items, len(items) - 1))
    at = document.past_comments(at, dash - row)
    return text[:at] + document.newline() + " " * (dash - row) + "- " + scalar(value) + text[at:]


def _check(text: str, path: tuple[str, ...], value: str, *, append: bool) -> str:
    """The edited text, once it reads back (literally, as case files are read) with
    ``value`` at ``path`` (the last item of the list there, with ``append``)."""
    node = _literal(text)
    for key in path:
        if not isinstance(node, dict) or key not in node:
            raise EditError(_NOT_PLACED)
        node = node[key]
    placed = (isinstance(node, list) and value in node) if append else node == value
    if not placed:
        raise EditError(_NOT_PLACED)
    return text


_NOT_PLACED = message("not_placed")


def _literal(text: str) -> Any:
    """The document as case files are read: every scalar as text."""
    from .documents import CaseFileError, parse_document

    try:
        return parse_document("edited.yaml", text)
    except CaseFileError:
        raise EditError(_NOT_PLACED) from None


def _json_edit(
    text: str, path: tuple[str, ...], value: str, *, append: bool, number: bool = False
) -> Change:
    """JSON has no comments: read it, change it, write it with two-space indents. With
    ``number``, ``value`` (the text of a number) is written as a JSON number."""
    try:
        document = json.loads(text)
    except ValueError:
        raise EditError(message("edit_not_json")) from None
    if not isinstance(document, dict):
        raise EditError(message("edit_not_a_mapping_file"))
    node = document
    for key in path[:-1]:
        child = node.setdefault(key, {})
        if not isinstance(child, dict):
            raise EditError(message("not_a_mapping", path=key))
        node = child
    last = path[-1]
    old = None
    if append:
        items = node.setdefault(last, [])
        if not isinstance(items, list):
            raise EditError(message("not_a_list", path=".".join(path)))
        items.insert(_position(items, value), value)
    else:
        previous = node.get(last)
        if isinstance(previous, dict | list):
            raise EditError(message("holds_more_than_one_value", path=".".join(path)))
        old = None if previous is None else str(previous)
        node[last] = _json_number(value) if number and _NUMBER.fullmatch(value) else value
    return Change(json.dumps(document, ensure_ascii=False, indent=2) + "\n", old)


_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def _json_number(value: str) -> int | float:
    """``3100`` as 3100, ``3100.50`` as 3100.5: every amount a case holds (at most ten
    million, in cents) is written back exactly by ``json`` as a float."""
    return int(value) if "." not in value else float(value)


# --- Sick periods --------------------------------------------------------------------


def recover(text: str, last_sick_day: date, *, json_file: bool = False) -> Change:
    """End the open sick period on ``last_sick_day``."""
    periods, index = _last_period(text, json_file)
    if "end" in periods[index] and periods[index]["end"] is not None:
        raise EditError(message("period_ended", end=str(periods[index]["end"])))
    day = last_sick_day.isoformat()
    if json_file:
        document = json.loads(text)
        document["sick_periods"][-1]["end"] = day
        return Change(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    document = Document(text)
    new_text = _add_to_map(document, document.root["sick_periods"][index], "end", day)
    if _literal(new_text)["sick_periods"][index].get("end") != day:
        raise EditError(_NOT_PLACED)
    return Change(new_text)


def set_first_sick_day(text: str, day: date, *, json_file: bool = False) -> Change:
    """Set the start of the first sick period (the first sick day of a new case file,
    where the template holds an example date)."""
    value = day.isoformat()
    if json_file:
        document = json.loads(text)
        periods = document.get("sick_periods") if isinstance(document, dict) else None
        if not periods or not isinstance(periods[0], dict):
            raise EditError(message("no_sick_periods_to_change"))
        old = periods[0].get("start")
        periods[0]["start"] = value
        dumped = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        return Change(dumped, None if old is None else str(old))
    document = Document(text)
    periods = document.root.get("sick_periods")
    if not is_seq(periods) or not periods or not is_map(periods[0]):
        raise EditError(message("no_sick_periods_to_change"))
    first = periods[0]
    if first.get("start") is None:
        new_text = _add_to_map(document, first, "start", value)
        old = None
    else:
        line, column = first.lc.value("start")
        begin = document.offset(line, column)
        end = document.scalar_end(begin, flow=is_flow(first))
        old = _unquoted(document.text[begin:end])
        new_text = document.text[:begin] + scalar(value) + document.text[end:]
    if _literal(new_text)["sick_periods"][0].get("start") != value:
        raise EditError(_NOT_PLACED)
    return Change(new_text, old)


def relapse(text: str, start: date, *, cause: str | None = None, json_file: bool = False) -> Change:
    """Add a new open sick period from ``start`` after the last one."""
    periods, index = _last_period(text, json_file)
    if periods[index].get("end") is None:
        raise EditError(message("period_open"))
    entry = {"start": start.isoformat()}
    if cause:
        entry["cause"] = cause
    if json_file:
        document = json.loads(text)
        document["sick_periods"].append(entry)
        return Change(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    document = Document(text)
    sequence = document.root["sick_periods"]
    line, column = document.root.lc.value("sick_periods")
    flow_text = "{" + ", ".join(f"{key}: {scalar(value)}" for key, value in entry.items()) + "}"
    if is_flow(sequence):
        begin = document.offset(line, column)
        close = document.flow_end(begin) - 1
        before = document.text[begin + 1 : close].rstrip()
        at = begin + 1 + len(before)
        new_text = document.text[:at] + ", " + flow_text + document.text[at:]
    else:
        item_line, item_column = sequence.lc.item(len(sequence) - 1)
        row = document.offset(item_line, 0)
        dash = document.text.rfind("-", row, document.offset(item_line, item_column))
        pad = dash - row
        at = document.line_end(document.value_end(sequence, len(sequence) - 1))
        at = document.past_comments(at, pad)
        last = sequence[-1]
        newline = document.newline()
        if is_map(last) and not is_flow(last):
            inner = " " * (item_column)
            lines = [
                f"{' ' * pad}- {key}: {scalar(value)}"
                if number == 0
                else f"{inner}{key}: {scalar(value)}"
                for number, (key, value) in enumerate(entry.items())
            ]
            addition = newline + newline.join(lines)
        else:
            addition = newline + " " * pad + "- " + flow_text
        new_text = document.text[:at] + addition + document.text[at:]
    periods_after = _literal(new_text)["sick_periods"]
    if periods_after[-1] != entry or len(periods_after) != len(sequence) + 1:
        raise EditError(_NOT_PLACED)
    return Change(new_text)


def _add_to_map(document: Document, node: Any, key: str, value: str) -> str:
    """The text with ``key: value`` added to the non-empty mapping ``node``."""
    text = document.text
    if is_flow(node):
        start = document.offset(node.lc.line, node.lc.col)
        close = document.flow_end(start) - 1
        before = text[start + 1 : close].rstrip()
        at = start + 1 + len(before)
        return text[:at] + f", {key}: {scalar(value)}" + text[at:]
    indent = int(node.lc.key(next(iter(node)))[1])
    at = document.line_end(document.value_end(node, list(node)[-1]))
    return text[:at] + document.newline() + " " * indent + f"{key}: {scalar(value)}" + text[at:]


def _last_period(text: str, json_file: bool) -> tuple[list[Any], int]:
    if json_file:
        try:
            document = json.loads(text)
        except ValueError:
            raise EditError(message("edit_not_json")) from None
    else:
        document = Document(text).root
    periods = document.get("sick_periods") if isinstance(document, dict) else None
    if not periods or not isinstance(periods, list) or not isinstance(periods[-1], dict):
        raise EditError(message("no_sick_periods_to_change"))
    return periods, len(periods) - 1


# --- Keys that ``case set`` can set ---------------------------------------------------


def settable_paths() -> tuple[str, ...]:
    """Every single value of the case-file schema, as a dotted path (``employee.name``,
    ``employee.wage.amount``); lists (sick periods, evaluations) have their own commands."""
    from .schema import case_json_schema

    schema = case_json_schema()
    definitions = schema.get("$defs", {})
    paths: list[str] = []

    def resolve(node: dict[str, Any]) -> dict[str, Any] | None:
        """The object schema ``node`` stands for, or ``None`` for a value or a list."""
        for option in node.get("anyOf", [node]):
            reference = option.get("$ref")
            if reference:
                found: dict[str, Any] = definitions[reference.rsplit("/", 1)[1]]
                return found
            if option.get("type") == "object" and "properties" in option:
                inline: dict[str, Any] = option
                return inline
        return None

    def walk(node: dict[str, Any], prefix: str) -> None:
        for name, child in node.get("properties", {}).items():
            path = f"{prefix}{name}"
            kinds = {option.get("type") for option in child.get("anyOf", [child])}
            if "array" in kinds:
                continue
            inner = resolve(child)
            if inner is not None:
                walk(inner, path + ".")
            else:
                paths.append(path)

    walk(schema, "")
    return tuple(path for path in paths if path != "schema_version")


def settable_path(key: str) -> tuple[str, ...]:
    """``key`` as a path of keys, when ``case set`` can set it; else the valid keys with
    the closest."""
    cleaned = key.strip().lower().replace("-", "_")
    valid = settable_paths()
    if cleaned in valid:
        return tuple(cleaned.split("."))
    raise EditError(message("unknown_settable_key", **_unknown(key, valid)))
