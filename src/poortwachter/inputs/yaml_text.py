"""A YAML case file as text with positions: where each key and value stands, so that
an edit changes those characters and nothing else (``editing.py``).

ruamel.yaml (round-trip mode) reads the file and tells where each key and value is;
this module turns those line and column marks into offsets in the text, and finds where
a scalar, a flow collection or a block value ends.
"""

from __future__ import annotations

import re
from typing import Any

from ..messages import MessageError, message


class EditError(MessageError):
    """The change cannot be made: the file is left as it was."""


class Document:
    def __init__(self, text: str) -> None:
        from ruamel.yaml import YAML
        from ruamel.yaml.error import YAMLError

        self.text = text
        self.starts = [0]
        for line in text.splitlines(keepends=True):
            self.starts.append(self.starts[-1] + len(line))
        try:
            self.root = YAML(typ="rt").load(text)
        except YAMLError:
            raise EditError(message("edit_not_yaml")) from None
        if not is_map(self.root):
            raise EditError(message("edit_not_a_mapping_file"))

    def offset(self, line: int, column: int) -> int:
        return self.starts[line] + column

    def line_end(self, offset: int) -> int:
        """The offset of the end of the line holding ``offset`` (before its newline)."""
        end = self.text.find("\n", offset)
        end = len(self.text) if end < 0 else end
        return end - 1 if end > 0 and self.text[end - 1] == "\r" else end

    def past_comments(self, at: int, indent: int) -> int:
        """``at`` (a line end), moved past the comment-only lines right after it that
        are indented deeper than ``indent``: they belong to the entry before them."""
        text = self.text
        while at < len(text):
            start = text.find("\n", at)
            if start < 0:
                break
            end = self.line_end(start + 1)
            line = text[start + 1 : end]
            stripped = line.lstrip(" ")
            if not stripped.startswith("#") or len(line) - len(stripped) <= indent:
                break
            at = end
        return at

    def newline(self) -> str:
        return "\r\n" if "\r\n" in self.text else "\n"

    def scalar_end(self, start: int, *, flow: bool = False) -> int:
        """The end of the scalar that starts at ``start``: its closing quote, or the end
        of the line before a comment and trailing spaces (in a flow collection, also
        before ``,`` ``]`` ``}``)."""
        text = self.text
        if start < len(text) and text[start] in "'\"":
            quote = text[start]
            position = start + 1
            while position < len(text):
                if text[position] == "\\" and quote == '"':
                    position += 2
                    continue
                if text[position] == quote:
                    if quote == "'" and text[position + 1 : position + 2] == "'":
                        position += 2
                        continue
                    return position + 1
                position += 1
            raise EditError(message("unclosed_quote"))
        end = self.line_end(start)
        comment = re.search(r"\s#|[,\]}]" if flow else r"\s#", text[start:end])
        if comment:
            end = start + comment.start()
        while end > start and text[end - 1] in " \t":
            end -= 1
        return end

    def flow_end(self, start: int) -> int:
        """The offset just after the bracket that closes the one at ``start``."""
        text = self.text
        depth = 0
        position = start
        while position < len(text):
            char = text[position]
            if char in "'\"":
                position = self.scalar_end(position)
                continue
            if char == "#" and position > 0 and text[position - 1] in " \t\n":
                position = self.line_end(position)
                continue
            if char in "[{":
                depth += 1
            elif char in "]}":
                depth -= 1
                if depth == 0:
                    return position + 1
            position += 1
        raise EditError(message("unclosed_bracket"))

    def value_end(self, parent: Any, key: Any) -> int:
        """Where the value of ``key`` in the mapping (or index in the sequence)
        ``parent`` ends in the text."""
        value = parent[key]
        line, column = parent.lc.value(key) if is_map(parent) else parent.lc.item(key)
        if value is None:
            line, column = parent.lc.key(key) if is_map(parent) else (line, column)
            return self.line_end(self.offset(line, column))
        start = self.offset(line, column)
        if is_map(value) or is_seq(value):
            if is_flow(value):
                return self.flow_end(start)
            if not value:
                return self.line_end(start)
            last = list(value)[-1] if is_map(value) else len(value) - 1
            return self.value_end(value, last)
        return self.scalar_end(start, flow=is_flow(parent))


def is_map(value: Any) -> bool:
    from ruamel.yaml.comments import CommentedMap

    return isinstance(value, CommentedMap)


def is_seq(value: Any) -> bool:
    from ruamel.yaml.comments import CommentedSeq

    return isinstance(value, CommentedSeq)


def is_flow(node: Any) -> bool:
    return bool(node.fa.flow_style())


#: Text that YAML reads back as the same text when written plain, in a block or inside
#: ``{...}``: no ``,`` (a separator in a flow collection), ``:``, ``#``, quotes first.
_PLAIN = re.compile(r"[\w][\w .'()/&+-]*", re.UNICODE)
_SPECIAL_PLAIN = re.compile(r"(?i)(true|false|yes|no|on|off|null|~|y|n)")


def scalar(value: str) -> str:
    """``value`` as a YAML scalar: plain when that reads back as the same text (a date,
    a name), else single-quoted."""
    if _PLAIN.fullmatch(value) and not _SPECIAL_PLAIN.fullmatch(value) and value == value.strip():
        return value
    return "'" + value.replace("'", "''") + "'"
