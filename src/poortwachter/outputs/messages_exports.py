"""The texts of what reading an HR export or a case file finds in its values: amounts
read the Dutch way (docs/law.md section 6), a wage most likely misread, dates with a
two-digit year, the share still worked, course lines, and the presets of
``--columns``. In English and Dutch, by id (``messages.say``); an amount (a ``Decimal``)
is written the way of the language (``3.100,00``, ``3,100.00``).
"""

from __future__ import annotations

EXPORT_MESSAGES: dict[str, dict[str, str]] = {
    # --- Amounts --------------------------------------------------------------------
    "amount_ambiguous": {
        "en": "{value} can be read two ways: {thousands} or {decimal} (write 3100 or "
        "3.100 for thousands, 3,10 for an amount with cents)",
        "nl": "{value} is op twee manieren te lezen: {thousands} of {decimal} (schrijf 3100 "
        "of 3.100 voor duizenden, 3,10 voor een bedrag met centen)",
    },
    "amount_unreadable": {
        "en": "not an amount (write 3100, 3.100 or 3.100,50)",
        "nl": "geen bedrag (schrijf 3100, 3.100 of 3.100,50)",
    },
    "per_day": {"en": "a day", "nl": "per dag"},
    "per_week": {"en": "a week", "nl": "per week"},
    "per_4weeks": {"en": "per 4 weeks", "nl": "per 4 weken"},
    "per_month": {"en": "a month", "nl": "per maand"},
    "per_year": {"en": "a year", "nl": "per jaar"},
    "wage_implausible": {
        "en": "case {case_id}: {where} {hourly}EUR {amount} {per}{monthly} is an unlikely wage "
        "(expected EUR {low} to EUR {high} a month): used as given, but check the amount "
        "and its period (a misread column?)",
        "nl": "zaak {case_id}: {where} {hourly}EUR {amount} {per}{monthly} is een onwaarschijnlijk "
        "loon (verwacht EUR {low} tot EUR {high} per maand): zo meegerekend, maar "
        "controleer het bedrag en de periode (een verkeerd gelezen kolom?)",
    },
    "as_hourly": {
        "en": "EUR {rate} an hour \u00d7 {hours} hours = ",
        "nl": "EUR {rate} per uur \u00d7 {hours} uur = ",
    },
    "as_month": {"en": " (EUR {amount} a month)", "nl": " (EUR {amount} per maand)"},
    "wage_warnings_more": {
        "en": "{count} more cases with an unlikely wage (the first {shown} are named above)",
        "nl": "nog {count} zaken met een onwaarschijnlijk loon (de eerste {shown} staan hierboven)",
    },
    "hourly_needs_hours": {
        "en": "an hourly wage needs the contract hours a week (a column such as "
        "'Uren per week') to give a wage",
        "nl": "een uurloon vraagt de contracturen per week (een kolom zoals 'Uren per week') "
        "om een loon te geven",
    },
    # --- Dates ----------------------------------------------------------------------
    "two_digit_birth_year": {
        "en": "{value} has a two-digit year: born in {earlier} or in {later}? Write the year "
        "in full",
        "nl": "{value} heeft een jaartal van twee cijfers: geboren in {earlier} of in "
        "{later}? Schrijf het jaartal voluit",
    },
    "recovery_not_after_start": {
        "en": "{value} is not after the first sick day {start}: the recovery date is the "
        "first day fit again, so this row has no sick day",
        "nl": "{value} ligt niet na de eerste ziektedag {start}: de hersteldatum is de "
        "eerste dag weer hersteld, dus deze regel heeft geen ziektedag",
    },
    # --- Percentages and course lines -----------------------------------------------
    "presence_invalid": {
        "en": "{value} is not a share of the work done (use a whole number 0 to 99, or 0% to 99%)",
        "nl": "{value} is geen aandeel gewerkt (gebruik een geheel getal 0 tot en met 99, of "
        "0% tot en met 99%)",
    },
    "presence_full": {
        "en": "{value}: the whole work done, so no sick period (the sick percentage is 100 "
        "minus the presence)",
        "nl": "{value}: al het werk gedaan, dus geen ziekteperiode (het ziektepercentage is "
        "100 min de aanwezigheid)",
    },
    "presence_disagrees": {
        "en": "the sick percentage and the presence do not add up to 100 (the presence "
        "gives {sick})",
        "nl": "het ziektepercentage en de aanwezigheid tellen niet op tot 100 (de "
        "aanwezigheid geeft {sick})",
    },
    "in_row": {"en": "row {row}: {problem}", "nl": "regel {row}: {problem}"},
    "in_rows": {"en": "rows {rows}: {problem}", "nl": "regels {rows}: {problem}"},
    "period_two_ends": {
        "en": "course lines of the same sick period (the same first sick day) give two "
        "different ends",
        "nl": "verloopregels van dezelfde ziekteperiode (dezelfde eerste ziektedag) geven "
        "twee verschillende einddatums",
    },
    # --- Presets ----------------------------------------------------------------------
    "preset_detected": {
        "en": "{file}: read as {title} (recognised by its columns; --columns {name} says so "
        "outright)",
        "nl": "{file}: gelezen als {title} (herkend aan de kolommen; --columns {name} zegt "
        "het vooraf)",
    },
    "preset_detected_unread": {
        "en": "{detected}; {count} column(s) not read: {ignored}",
        "nl": "{detected}; {count} kolom(men) niet gelezen: {ignored}",
    },
    "no_preset_or_file": {
        "en": "neither a preset ({presets}) nor a file",
        "nl": "geen preset ({presets}) en geen bestand",
    },
    # --- The re-integratieverslag's contents ------------------------------------------
    "riv_part_invalid": {
        "en": "not a part of the report: give the date of its document, 'ontbreekt', or "
        "'n.v.t.: reason'",
        "nl": "geen onderdeel van het verslag: geef de datum van het stuk, 'ontbreekt', of "
        "'n.v.t.: reden'",
    },
    "riv_bijstellingen_invalid": {
        "en": "not a list of dates: give the dates of the plan's adjustments, [2024-05-21, "
        "2024-07-02], or 'geen'",
        "nl": "geen lijst van datums: geef de datums van de bijstellingen van het plan, "
        "[2024-05-21, 2024-07-02], of 'geen'",
    },
    "riv_nvt_needs_reason": {
        "en": "n.v.t. needs its reason: write 'n.v.t.: reason' (UWV accepts a part that "
        "does not apply only with a reason)",
        "nl": "n.v.t. heeft een reden nodig: schrijf 'n.v.t.: reden' (UWV aanvaardt een "
        "onderdeel dat niet van toepassing is alleen met een reden)",
    },
}
