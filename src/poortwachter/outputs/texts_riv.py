"""The words of the re-integratieverslag's findings and of the draft RIV (docs/law.md
section 7a), in Dutch and English: why a part contradicts the case, which report stated
a first sick day, and why the chain's differs. A reason names the finding's other values
(``{found}``, ``{riv_on}``), filled in where the finding is put in words."""

from __future__ import annotations

RIV_TEXTS: dict[str, dict[str, str]] = {
    "term_riv_after_riv": {
        "nl": "gedateerd {found}, na het verslag zelf ({riv_on})",
        "en": "dated {found}, after the report itself ({riv_on})",
    },
    "term_riv_other_than_events": {
        "nl": "gedateerd {found}, maar het dossier noemt {expected} (events.{event})",
        "en": "dated {found}, but the file says {expected} (events.{event})",
    },
    "term_riv_outside_window": {
        "nl": "gedateerd {found}, niet aan het einde van het eerste ziektejaar "
        "({window_start} tot en met {window_end})",
        "en": "dated {found}, not at the end of the first sick year ({window_start} up "
        "to and including {window_end})",
    },
    "term_riv_not_actueel": {
        "nl": "gedateerd {found}, meer dan {days} dagen vóór het verslag ({riv_on}): niet actueel",
        "en": "dated {found}, more than {days} days before the report ({riv_on}): not current",
    },
    "term_riv_not_latest": {
        "nl": "gedateerd {found}, maar de laatste evaluatie in het dossier is van {expected}",
        "en": "dated {found}, but the latest evaluation in the file is of {expected}",
    },
    "term_riv_copy_before_riv": {
        "nl": "gedateerd {found}, vóór het verslag zelf ({riv_on})",
        "en": "dated {found}, before the report itself ({riv_on})",
    },
    "term_riv_copy_always": {
        "nl": "n.v.t. kan niet: de werknemer krijgt altijd een afschrift (WIA art. 25 lid 3)",
        "en": "n.v.t. is not possible: the employee always gets a copy (WIA art. 25 lid 3)",
    },
    "term_riv_nvt_but_recorded": {
        "nl": "als n.v.t. opgegeven, maar het dossier noemt {expected} (events.{event})",
        "en": "given as n.v.t., but the file says {expected} (events.{event})",
    },
    "term_why_pregnancy": {
        "nl": "de zwangerschapsgerelateerde ziekte begon op {first} (ZW art. 29a)",
        "en": "the pregnancy-related sickness began on {first} (ZW art. 29a)",
    },
    "term_report_ziekmelding_uwv": {"nl": "De 42e-weekmelding", "en": "The 42nd-week report"},
    "term_report_ziekmelding_uit_dienst": {
        "nl": "De ziekmelding bij het einde van het dienstverband",
        "en": "The sickness report at the end of the contract",
    },
    "term_report_ziekmelding_zwangerschap": {
        "nl": "De melding van zwangerschapsgerelateerde ziekte",
        "en": "The report of pregnancy-related sickness",
    },
    "term_why_joined": {
        "nl": "ziekteperioden met minder dan vier weken ertussen tellen samen, dus begon de "
        "keten op {first} (art. 7:629 lid 10 BW, ZW art. 38 lid 1)",
        "en": "sick periods less than four weeks apart are added together, so the chain began "
        "on {first} (art. 7:629 lid 10 BW, ZW art. 38 lid 1)",
    },
    "term_why_first_day": {
        "nl": "de ziekte van deze keten begon op {first}",
        "en": "the sickness of this chain began on {first}",
    },
    # --- The draft RIV (poortwachter riv) --------------------------------------------
    "riv_title": {"nl": "Re-integratieverslag (concept)", "en": "Re-integratieverslag (draft)"},
    "riv_intro": {
        "nl": "Een concept om af te maken, geen verslag om zo in te dienen: wat de zaak weet "
        "is ingevuld, elk onderdeel staat erin, of is gemarkeerd als ontbrekend met wat het "
        "moet bevatten. De werkgever stelt het verslag op met de werknemer en geeft de "
        "werknemer een afschrift (WIA art. 25 lid 3). Stand per {date}.",
        "en": "A draft to finish, not a report to submit as it is: what the case knows is "
        "filled in, every part is here, or marked missing with what it must hold. The "
        "employer draws up the report with the employee and gives the employee a copy (WIA "
        "art. 25 lid 3). As of {date}.",
    },
    "riv_not_given": {
        "nl": "De zaak zegt niet wat het verslag bevat (reintegratieverslag_inhoud): de "
        "onderdelen komen uit de gebeurtenissen van het dossier; controleer ze en neem ze op.",
        "en": "The case does not say what the report holds (reintegratieverslag_inhoud): the "
        "parts come from the events on file; check them and put them in.",
    },
    "riv_section_data": {
        "nl": "1. Gegevens (Regeling art. 6 lid 1 sub a tot en met e)",
        "en": "1. Data (Regeling art. 6 lid 1 sub a to e)",
    },
    "riv_section_course": {"nl": "2. Verloop van de ziekte", "en": "2. Course of the sickness"},
    "riv_section_milestones": {"nl": "3. Termijnen", "en": "3. Terms"},
    "riv_section_spoor": {"nl": "4. Spoor", "en": "4. Spoor (track)"},
    "riv_section_extensions": {"nl": "5. Verlengingen", "en": "5. Extensions"},
    "riv_section_parts": {
        "nl": "6. Onderdelen van het verslag (Regeling art. 6 lid 1 sub f tot en met l)",
        "en": "6. Parts of the report (Regeling art. 6 lid 1 sub f to l)",
    },
    "riv_employee": {"nl": "Werknemer", "en": "Employee"},
    "riv_date_of_birth": {"nl": "Geboortedatum", "en": "Date of birth"},
    "riv_contract_end": {"nl": "Einde dienstverband", "en": "End of contract"},
    "riv_hours": {"nl": "Uren per week", "en": "Hours a week"},
    "riv_employer": {"nl": "Werkgever", "en": "Employer"},
    "riv_casemanager": {"nl": "Casemanager", "en": "Casemanager"},
    "riv_first_sick_day": {"nl": "Eerste ziektedag (sub e)", "en": "First sick day (sub e)"},
    "riv_sick_week": {"nl": "Ziekteweek", "en": "Sick week"},
    "riv_einde_104_weken": {"nl": "Einde 104 weken", "en": "End of the 104 weeks"},
    "riv_einde_wachttijd": {"nl": "Einde wachttijd", "en": "End of the waiting period"},
    "riv_ingang_wia": {"nl": "Ingang WIA", "en": "WIA can start"},
    "riv_fill_aard_bedrijf": {
        "nl": "Aard van het bedrijf (sub b)",
        "en": "Nature of the business (sub b)",
    },
    "riv_fill_functie": {
        "nl": "Functie van de werknemer (sub c)",
        "en": "The employee's job (sub c)",
    },
    "riv_fill_bekwaamheden": {
        "nl": "Bekwaamheden van de werknemer (sub d)",
        "en": "The employee's skills (sub d)",
    },
    "riv_to_fill": {"nl": "in te vullen", "en": "to fill in"},
    "riv_unknown": {"nl": "onbekend", "en": "unknown"},
    "riv_period": {
        "nl": "Ziek van {start} tot en met {end}",
        "en": "Sick from {start} up to and including {end}",
    },
    "riv_period_open": {"nl": "Ziek sinds {start}", "en": "Sick since {start}"},
    "riv_leave": {
        "nl": "Verlof van {start} tot en met {end}",
        "en": "Leave from {start} up to and including {end}",
    },
    "riv_joined": {
        "nl": "Ziekteperioden met minder dan vier weken ertussen tellen samen (art. 7:629 lid "
        "10 BW).",
        "en": "Sick periods less than four weeks apart are added together (art. 7:629 lid 10 BW).",
    },
    "riv_spoor_now": {
        "nl": "Nu: {status}, sinds {since}. {reason}",
        "en": "Now: {status}, since {since}. {reason}",
    },
    "riv_step_spoor1_no_prospect": {
        "nl": "{date}: terugkeer in de eigen organisatie niet mogelijk bevonden",
        "en": "{date}: return in the own organisation found not possible",
    },
    "riv_step_eerstejaarsevaluatie": {
        "nl": "{date}: eerstejaarsevaluatie",
        "en": "{date}: first-year evaluation",
    },
    "riv_step_spoor2_start": {
        "nl": "{date}: spoor 2 gestart{provider}",
        "en": "{date}: spoor 2 started{provider}",
    },
    "riv_no_extensions": {"nl": "Geen verlenging.", "en": "No extension."},
    "riv_extension": {
        "nl": "{kind}: {start} tot en met {end} ({days} dagen)",
        "en": "{kind}: {start} up to and including {end} ({days} days)",
    },
    "riv_col_term": {"nl": "Termijn", "en": "Term"},
    "riv_col_due": {"nl": "Uiterlijk", "en": "Due"},
    "riv_col_status": {"nl": "Stand", "en": "Status"},
    "riv_col_done": {"nl": "Gedaan op", "en": "Done on"},
    "riv_status_aanwezig": {"nl": "aanwezig", "en": "present"},
    "riv_status_nvt": {"nl": "n.v.t.", "en": "n/a"},
    "riv_status_uit_dossier": {
        "nl": "uit het dossier: controleren en opnemen",
        "en": "from the file: check and put in",
    },
    "riv_status_ontbreekt": {"nl": "ONTBREEKT", "en": "MISSING"},
    "riv_status_geen": {"nl": "geen vastgelegd", "en": "none recorded"},
    "riv_dated": {"nl": "gedateerd {date}", "en": "dated {date}"},
    "riv_reason": {"nl": "reden: {reason}", "en": "reason: {reason}"},
    "riv_must_hold": {"nl": "Moet bevatten", "en": "Must hold"},
    "riv_finding": {"nl": "Let op", "en": "Note"},
}
