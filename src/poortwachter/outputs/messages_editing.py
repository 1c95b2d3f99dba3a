"""The texts of editing a case file in place (``case record``, ``set``, ``recover``,
``relapse``) and of writing a new one (``case init``): what keeps a file as it was when
the edit cannot be made safely. In English and Dutch, by id (``messages.say``)."""

from __future__ import annotations

EDITING_MESSAGES: dict[str, dict[str, str]] = {
    "after_as_of": {
        "en": "{day} is after the as-of date ({as_of}): record a step once it has happened",
        "nl": "{day} ligt na de peildatum ({as_of}): leg een stap vast als hij gezet is",
    },
    "edit_mixed_line_ends": {
        "en": "its line ends are mixed: carriage returns alone (old Mac) besides others; save "
        "it with one kind of line end",
        "nl": "de regeleinden zijn gemengd: losse carriage returns (oude Mac) naast andere; "
        "sla het op met één soort regeleinde",
    },
    "edit_unusual_line_ends": {
        "en": "it holds a line end this tool does not edit (U+0085, U+2028 or U+2029); save "
        "it with LF or CRLF line ends",
        "nl": "het bevat een regeleinde dat dit programma niet bewerkt (U+0085, U+2028 of "
        "U+2029); sla het op met LF- of CRLF-regeleinden",
    },
}
