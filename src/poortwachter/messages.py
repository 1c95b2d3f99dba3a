"""Messages for people as values: an id and its parameters, put in words where they are
shown (``outputs/messages.py``), in the language asked for there.

An error anywhere in the package carries a ``Message``, never a finished sentence, so
that the same problem reads as English in a machine record and as Dutch on a Dutch
user's terminal, and no text is ever translated after it was written. Machine output
keeps its messages in English by contract (docs/machine-output.md).
"""

from datetime import date
from decimal import Decimal
from typing import NamedTuple, TypeAlias

#: A parameter of a message: text or a number as it is, a date as people read it in the
#: language (``ma 06-01-2025``, ``Mon 2025-01-06``), a message put in words in the same
#: language, or several messages joined by ``"; "``. A ``Decimal`` is an amount of money
#: (two decimals); a ``Number`` any other number (hours, a limit).
Param: TypeAlias = "str | int | Decimal | Number | date | Message | tuple[Message, ...]"


class Number(NamedTuple):
    """A number that is no amount of money (contract hours): shown with as many
    decimals as it has, and the decimal sign of the language (``36,5`` in Dutch)."""

    value: Decimal


class Message(NamedTuple):
    """What to say: the id of a text, and the values to fill in."""

    id: str
    params: tuple[tuple[str, Param], ...] = ()


def message(id: str, /, **params: Param) -> Message:
    """``message("no_such_file", file="a.yaml")``."""
    return Message(id, tuple(params.items()))


class MessageError(ValueError):
    """A problem, with what to say about it."""

    def __init__(self, said: Message) -> None:
        super().__init__(said.id)
        self.said = said

    def __reduce__(self) -> "tuple[type[MessageError], tuple[Message]]":
        # (rebuilt from its message, not from its text: it crosses to a worker and back)
        return type(self), (self.said,)


def visible(value: str) -> str:
    """Text from a case as it may be shown anywhere: a control character (an escape
    sequence, a line break, a bidi override) is written out as its escape (``\\x1b``), so
    that no value can drive a terminal or add a line of its own."""
    if value.isprintable():
        return value
    return "".join(_shown_character(character) for character in value)


def _shown_character(character: str) -> str:
    if character.isprintable():
        return character
    if "\udc80" <= character <= "\udcff":  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{ord(character) - 0xDC00:02x}"
    return repr(character)[1:-1]


#: What the system says of a file it could not read or write, by ``errno``, as a message
#: of our own: its own words (``strerror``) are English; they stay the English text.
_OS_REASONS = {
    "ENOENT": "os_no_such_file",
    "ENOSPC": "os_disk_full",
    "EDQUOT": "os_disk_full",
    "EACCES": "os_no_permission",
    "EPERM": "os_not_permitted",
    "EISDIR": "os_is_a_folder",
    "ENOTDIR": "os_not_a_folder",
    "EROFS": "os_read_only",
    "EEXIST": "os_exists",
    "ENAMETOOLONG": "os_name_too_long",
    "ELOOP": "os_link_loop",
    "EIO": "os_io_error",
    "EBUSY": "os_busy",
    "ETXTBSY": "os_busy",
    "EMFILE": "os_too_many_open",
    "ENFILE": "os_too_many_open",
    "EPIPE": "os_pipe_closed",
}


def os_reason(error: OSError) -> Message:
    """Why a file could not be read or written, as the system says it (``strerror``, in
    English) and as a message of our own for the common reasons."""
    import errno

    english = error.strerror or type(error).__name__
    name = errno.errorcode.get(error.errno or 0, "")
    return message(_OS_REASONS.get(name, "os_other"), english=english)
