"""The texts of editing a case file in place (``case record``, ``set``, ``recover``,
``relapse``) and of writing a new one (``case init``): what keeps a file as it was when
the edit cannot be made safely. In English and Dutch, by id (``messages.say``)."""

from __future__ import annotations

EDITING_MESSAGES: dict[str, dict[str, str]] = {
    "after_as_of": {
        "en": "{day} is after the as-of date ({as_of}): record a step once it has happened",
        "nl": "{day} ligt na de peildatum ({as_of}): leg een stap vast als hij gezet is",
    },
    "edit_changed_meanwhile": {
        "en": "{file}: the file changed meanwhile (another program wrote it while this edit "
        "was made): nothing written; run the command again",
        "nl": "{file}: het bestand is intussen gewijzigd (een ander programma schreef het "
        "tijdens deze wijziging): niets geschreven; voer de opdracht opnieuw uit",
    },
    "edit_busy": {
        "en": "{file}: another run is changing this file: nothing written; run the command again",
        "nl": "{file}: een andere opdracht wijzigt dit bestand: niets geschreven; voer de "
        "opdracht opnieuw uit",
    },
    "edit_read_only": {
        "en": "{file}: the file is read-only: not changed (make it writable first)",
        "nl": "{file}: het bestand is alleen-lezen: niet gewijzigd (maak het eerst schrijfbaar)",
    },
    "edit_hard_links": {
        "en": "{file}: the file has {count} hard links: replacing it would split them, so it "
        "is not changed (edit the file through one name only, or copy it)",
        "nl": "{file}: het bestand heeft {count} harde koppelingen: vervangen zou ze "
        "splitsen, dus het is niet gewijzigd (geef het bestand één naam, of kopieer het)",
    },
    "edit_owner_changed": {
        "en": "{file}: its owner could not be kept: it now belongs to user {uid} and group "
        "{gid} (was {old_uid} and {old_gid})",
        "nl": "{file}: de eigenaar kon niet blijven: het is nu van gebruiker {uid} en groep "
        "{gid} (was {old_uid} en {old_gid})",
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
    "init_is_a_link": {
        "en": "{file}: is a symbolic link: not followed (--force replaces the link itself, "
        "never what it points to)",
        "nl": "{file}: is een symbolische koppeling: niet gevolgd (--force vervangt de "
        "koppeling zelf, nooit waar ze naar wijst)",
    },
}
