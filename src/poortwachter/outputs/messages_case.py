"""The texts of the notes about a case: what the judgment left out or assumed, and what
looks like a typo. In English and Dutch, by id (``messages.say``)."""

from __future__ import annotations

CASE_MESSAGES: dict[str, dict[str, str]] = {
    "note_records_after_as_of": {
        "en": "{count} record(s) dated after the as-of date {as_of} left out: on that day they "
        "had not happened yet (planned dates do not count as done)",
        "nl": "{count} vastlegging(en) met een datum na de peildatum {as_of} niet meegeteld: op "
        "die dag was dat nog niet gebeurd (geplande datums tellen niet als gedaan)",
    },
    "note_first_sick_day_not_working_day": {
        "en": "the first sick day {day} is not a working day: it is the first day the employee "
        "did not work because of sickness (WIA art. 23 lid 2), so check it for a typo",
        "nl": "de eerste ziektedag {day} is geen werkdag: het is de eerste dag dat de werknemer "
        "door ziekte niet werkte (WIA art. 23 lid 2), dus controleer of hij goed is ingevuld",
    },
    "note_wia_letter_receipt_assumed": {
        "en": "the receipt of UWV's letter of {sent} is not recorded (events."
        "wia_brief_uwv_ontvangen): assumed {received}, the first working day after sending, "
        "so an application by {until} is on time (WIA art. 64 lid 6); to be safe, apply by "
        "{safe} (sent + 28 days), and record the day the letter arrived",
        "nl": "de ontvangst van de brief van UWV van {sent} is niet vastgelegd (events."
        "wia_brief_uwv_ontvangen): aangenomen is {received}, de eerste werkdag na verzending, "
        "dus een aanvraag uiterlijk {until} is op tijd (WIA art. 64 lid 6); vraag voor de "
        "zekerheid aan uiterlijk {safe} (verzonden + 28 dagen), en leg vast wanneer de brief "
        "binnenkwam",
    },
    "note_no_events_recorded": {
        "en": "this input records no events (no event columns, or no events block): past "
        "steps are shown as passed, not judged as missing; record what happened to have "
        "them judged",
        "nl": "deze invoer legt geen gebeurtenissen vast (geen kolommen of blok events): "
        "verstreken stappen staan als verstreken, niet als ontbrekend beoordeeld; leg vast "
        "wat er gebeurde om ze te laten beoordelen",
    },
    "note_riv_not_checked": {
        "en": "the contents of the re-integratieverslag were not checked: the case does not "
        "say what it holds (give reintegratieverslag_inhoud to have each part checked)",
        "nl": "de inhoud van het re-integratieverslag is niet gecontroleerd: de zaak zegt "
        "niet wat erin zit (geef reintegratieverslag_inhoud om elk onderdeel te laten "
        "controleren)",
    },
}
