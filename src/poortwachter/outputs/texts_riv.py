"""The words of the re-integratieverslag's findings and of the draft RIV (docs/law.md
section 7a), in Dutch and English: why a part contradicts the case, which report stated
a first sick day, and why the chain's differs. A reason names the finding's other values
(``{found}``, ``{riv_on}``), filled in where the finding is put in words."""

from __future__ import annotations

RIV_TEXTS: dict[str, dict[str, str]] = {
    "term_riv_after_riv": {
        "nl": "het is gedateerd {found}, na het verslag zelf ({riv_on})",
        "en": "it is dated {found}, after the report itself ({riv_on})",
    },
    "term_riv_other_than_events": {
        "nl": "het is gedateerd {found}, maar het dossier noemt {expected} (events.{event})",
        "en": "it is dated {found}, but the file says {expected} (events.{event})",
    },
    "term_riv_outside_window": {
        "nl": "het is gedateerd {found}, niet aan het einde van het eerste ziektejaar "
        "({window_start} tot en met {window_end})",
        "en": "it is dated {found}, not at the end of the first sick year ({window_start} up "
        "to and including {window_end})",
    },
    "term_riv_not_actueel": {
        "nl": "het is gedateerd {found}, meer dan {days} dagen vóór het verslag ({riv_on}): "
        "niet actueel",
        "en": "it is dated {found}, more than {days} days before the report ({riv_on}): not "
        "current",
    },
    "term_riv_not_latest": {
        "nl": "het is gedateerd {found}, maar de laatste evaluatie in het dossier is van "
        "{expected}",
        "en": "it is dated {found}, but the latest evaluation in the file is of {expected}",
    },
    "term_riv_copy_before_riv": {
        "nl": "het is gedateerd {found}, vóór het verslag zelf ({riv_on})",
        "en": "it is dated {found}, before the report itself ({riv_on})",
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
}
