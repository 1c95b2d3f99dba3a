"""The texts of editing a case file in place (``case record``, ``set``, ``recover``,
``relapse``) and of writing a new one (``case init``): what keeps a file as it was when
the edit cannot be made safely. In English and Dutch, by id (``messages.say``)."""

from __future__ import annotations

EDITING_MESSAGES: dict[str, dict[str, str]] = {
    "after_as_of": {
        "en": "{day} is after the as-of date ({as_of}): record a step once it has happened",
        "nl": "{day} ligt na de peildatum ({as_of}): leg een stap vast als hij gezet is",
    },
}
