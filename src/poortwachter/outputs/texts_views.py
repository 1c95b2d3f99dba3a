"""Texts for people about the views of a case: terms, the week bar, the
report, pay, statuses, the agenda and edits of a case file: in Dutch and English, by
id (``wording.text``). A table apart from the logic that fills it in."""

from __future__ import annotations

VIEW_TEXTS: dict[str, dict[str, str]] = {
    "term_day": {"nl": "dag", "en": "day"},
    "term_week": {"nl": "week", "en": "week"},
    "term_4weeks": {"nl": "4 weken", "en": "4 weeks"},
    "term_month": {"nl": "maand", "en": "month"},
    "term_year": {"nl": "jaar", "en": "year"},
    "bar_title": {"nl": "104 weken", "en": "104 weeks"},
    "bar_elapsed": {"nl": "ziek", "en": "sick"},
    "bar_remaining": {"nl": "nog te gaan", "en": "to come"},
    "bar_gap": {"nl": "hersteld", "en": "fit"},
    "bar_leave": {"nl": "verlof", "en": "leave"},
    "bar_extension": {"nl": "verlenging", "en": "extension"},
    "bar_ended": {"nl": "geen loon meer", "en": "no more wage"},
    "bar_marker": {"nl": "termijn", "en": "deadline"},
    "report_title": {"nl": "Poortwachter-dossier", "en": "Poortwachter case report"},
    "report_as_of": {"nl": "Stand per {date}", "en": "As of {date}"},
    "chart_title": {"nl": "Tijdlijn van de zaak", "en": "Timeline of the case"},
    "chart_explain": {
        "nl": "De balk loopt van de eerste ziektedag tot de laatste dag van de "
        "loondoorbetaling. Erboven: de ziekteweken 0, 52 en 104 (ziekteperioden opgeteld) "
        "en de kalender. Eronder: elke stap op zijn uiterste datum, genummerd als in de "
        "lijst onder de grafiek, in de kleur van zijn status.",
        "en": "The bar runs from the first sick day to the last day of wage payment. Above "
        "it: sick weeks 0, 52 and 104 (sick periods added together) and the calendar. Below "
        "it: every step on its due date, numbered as in the list under the chart, in the "
        "colour of its status.",
    },
    "chart_week": {"nl": "week {week}", "en": "week {week}"},
    "col_number": {"nl": "Nr.", "en": "No."},
    "chart_bar_key": {"nl": "Balk:", "en": "Bar:"},
    "chart_marker_key": {"nl": "Stappen:", "en": "Steps:"},
    "milestones_title": {"nl": "Mijlpalen", "en": "Milestones"},
    "pay_title": {"nl": "Loondoorbetaling", "en": "Wage payment"},
    "pay_value": {"nl": "{phase}: {percentage}", "en": "{phase}: {percentage}"},
    "pay_next": {"nl": "; vanaf {date}: {phase}", "en": "; from {date}: {phase}"},
    "floor_applies": {
        "nl": "Minimumloon (BW 7:629 lid 1): {hours} uur x {hourly} = {week} per week. "
        "{percentage}% van het loon: {pay} per week; aangevuld tot het minimumloon.",
        "en": "Minimum wage (BW 7:629 lid 1): {hours} hours x {hourly} = {week} a week. "
        "{percentage}% of the wage: {pay} a week; made up to the minimum wage.",
    },
    "floor_below": {
        "nl": "Minimumloon (BW 7:629 lid 1): {hours} uur x {hourly} = {week} per week. "
        "{percentage}% van het loon: {pay} per week, boven het minimumloon.",
        "en": "Minimum wage (BW 7:629 lid 1): {hours} hours x {hourly} = {week} a week. "
        "{percentage}% of the wage: {pay} a week, above the minimum wage.",
    },
    "floor_no_pay": {
        "nl": "Minimumloon (BW 7:629 lid 1): {hours} uur x {hourly} = {week} per week. "
        "Het loon is onbekend, dus niet vergeleken (vul het brutoloon in het zaakbestand in).",
        "en": "Minimum wage (BW 7:629 lid 1): {hours} hours x {hourly} = {week} a week. "
        "The wage is unknown, so not compared (fill in the gross wage in the case file).",
    },
    "floor_no_hours": {
        "nl": "Minimumloon (BW 7:629 lid 1): {hourly} per uur. De contracturen per week zijn "
        "onbekend, dus geen ondergrens per week berekend (vul de contracturen in het "
        "zaakbestand in).",
        "en": "Minimum wage (BW 7:629 lid 1): {hourly} an hour. The contract hours a week are "
        "unknown, so no floor per week computed (fill in the contract hours in the case "
        "file).",
    },
    "floor_beyond": {
        "nl": " (het laatst bekende minimumloon, sinds {date})",
        "en": " (the last known minimum wage, since {date})",
    },
    "pay_not_sick_yet": {"nl": "nog niet ziek", "en": "not sick yet"},
    "pay_year1": {"nl": "eerste ziektejaar", "en": "first sick year"},
    "pay_year2": {"nl": "tweede ziektejaar", "en": "second sick year"},
    "pay_vrijwillige_verlenging": {"nl": "vrijwillige verlenging", "en": "voluntary extension"},
    "pay_late_wia_aanvraag": {"nl": "te late WIA-aanvraag", "en": "late WIA application"},
    "pay_loonsanctie": {"nl": "loonsanctie", "en": "loonsanctie"},
    "pay_ended": {"nl": "geëindigd", "en": "ended"},
    "pay_recovered": {"nl": "hersteld", "en": "recovered"},
    # Statuses
    "status_done": {"nl": "gedaan", "en": "done"},
    "status_late": {"nl": "te laat gedaan", "en": "done late"},
    "status_overdue": {"nl": "te laat", "en": "overdue"},
    "status_passed": {"nl": "verstreken", "en": "passed"},
    "status_due_soon": {"nl": "binnenkort", "en": "due soon"},
    "status_upcoming": {"nl": "gepland", "en": "upcoming"},
    "status_lapsed": {"nl": "vervallen", "en": "lapsed"},
    "status_lapsed_hersteld": {"nl": "vervallen (hersteld)", "en": "lapsed (recovered)"},
    "status_lapsed_aow_leeftijd": {"nl": "vervallen (AOW-leeftijd)", "en": "lapsed (AOW age)"},
    "status_lapsed_einde_dienstverband": {
        "nl": "vervallen (uit dienst)",
        "en": "lapsed (contract ended)",
    },
    # Agenda
    "agenda_missed_before": {
        "nl": "(en {count} eerdere gemist)",
        "en": "(and {count} earlier ones missed)",
    },
    "agenda_do_now": {
        "nl": "Alsnog doen en in het dossier vastleggen.",
        "en": "Do it now and record it in the file.",
    },
    "agenda_plan": {
        "nl": "Inplannen en na afloop in het dossier vastleggen.",
        "en": "Plan it, and record it in the file once done.",
    },
    "agenda_risk_statute": {
        "nl": "Wettelijke termijn verstreken.",
        "en": "A statutory deadline has passed.",
    },
    "agenda_risk_regeling": {
        "nl": "Stap uit de Regeling procesgang ontbreekt: UWV toetst het dossier bij de "
        "WIA-aanvraag en kan een loonsanctie opleggen.",
        "en": "A step of the Regeling procesgang is missing: UWV reviews the file with the "
        "WIA application and can impose a loonsanctie.",
    },
    "agenda_risk_practice": {
        "nl": "Stap die UWV in het dossier verwacht ontbreekt.",
        "en": "A step UWV expects in the file is missing.",
    },
    "agenda_title": {
        "nl": "Agenda per {date}: te laat, en wat uiterlijk {last} moet",
        "en": "Agenda as of {date}: overdue, and what is due by {last}",
    },
    "agenda_section_overdue": {"nl": "Te laat", "en": "Overdue"},
    "agenda_section_due": {"nl": "Binnen {days} dagen", "en": "Within {days} days"},
    "agenda_section_finding": {"nl": "Bevindingen", "en": "Findings"},
    "agenda_days_late": {"nl": "{days} dagen te laat", "en": "{days} days overdue"},
    "agenda_one_day_late": {"nl": "1 dag te laat", "en": "1 day overdue"},
    "agenda_today": {"nl": "vandaag", "en": "today"},
    "agenda_in_days": {"nl": "over {days} dagen", "en": "in {days} days"},
    "agenda_in_one_day": {"nl": "morgen", "en": "tomorrow"},
    "agenda_no_casemanager": {"nl": "(geen casemanager)", "en": "(no casemanager)"},
    "agenda_no_employer": {"nl": "(geen werkgever)", "en": "(no employer)"},
    "agenda_no_case_id": {"nl": "(zonder zaaknummer)", "en": "(no case id)"},
    "agenda_nothing": {
        "nl": "Niets te doen: geen stap te laat en niets binnen {days} dagen.",
        "en": "Nothing to do: no step overdue and nothing within {days} days.",
    },
    "agenda_counts": {
        "nl": "{cases} zaken, waarvan {with_actions} met acties en {without} zonder.",
        "en": "{cases} cases: {with_actions} with actions, {without} without.",
    },
    "agenda_counts_one": {
        "nl": "1 zaak, waarvan {with_actions} met acties en {without} zonder.",
        "en": "1 case: {with_actions} with actions, {without} without.",
    },
    "agenda_counts_closed": {
        "nl": "{closed} daarvan afgesloten (hersteld zonder terugval in dezelfde keten, of geen "
        "loondoorbetaling meer): hun open stappen zijn geschiedenis en staan er niet in "
        "(--include-closed toont ze).",
        "en": "{closed} of them closed (recovered with no relapse joining the chain any more, "
        "or no wage payment any more): their open steps are history and not listed "
        "(--include-closed shows them).",
    },
    "agenda_no_events": {
        "nl": "{cases} zaak/zaken zonder vastgelegde gebeurtenissen (de invoer heeft er geen "
        "kolom of blok events voor): verstreken stappen staan er niet als te laat in, alleen "
        "wat nog moet.",
        "en": "{cases} case(s) without recorded events (the input has no column or events "
        "block for them): past steps are not listed as late, only what is still to come.",
    },
    "agenda_records_after_as_of": {
        "nl": "{count} vastlegging(en) met een datum na de peildatum niet meegeteld (in {cases} "
        "zaak/zaken): op de peildatum was dat nog niet gebeurd.",
        "en": "{count} record(s) dated after the as-of date left out (in {cases} case(s)): on "
        "the as-of date they had not happened yet.",
    },
    "agenda_errors": {
        "nl": "{count} invoerregel(s) niet te lezen (zie hieronder en stderr).",
        "en": "{count} input row(s) could not be read (see below and stderr).",
    },
    "agenda_errors_title": {"nl": "Niet te lezen", "en": "Could not be read"},
    "agenda_row": {"nl": "regel {row}", "en": "row {row}"},
    "agenda_risk": {"nl": "Risico", "en": "Risk"},
    "col_employee": {"nl": "Medewerker", "en": "Employee"},
    "col_step": {"nl": "Stap", "en": "Step"},
    "col_date": {"nl": "Datum", "en": "Date"},
    "col_when": {"nl": "Wanneer", "en": "When"},
    "col_todo": {"nl": "Wat te doen", "en": "What to do"},
    "col_basis_short": {"nl": "Grondslag", "en": "Basis"},
    # Editing a case file
    "edit_written": {
        "nl": "{file}: {path} = {value} vastgelegd.",
        "en": "{file}: {path} = {value} recorded.",
    },
    "edit_changed": {
        "nl": "{file}: {path} = {value} vastgelegd (was {old}).",
        "en": "{file}: {path} = {value} recorded (was {old}).",
    },
    "edit_status": {
        "nl": "{label} (uiterlijk {due}): nu {status}.",
        "en": "{label} (due {due}): now {status}.",
    },
    "edit_next": {
        "nl": "Volgende stap: {label}, uiterlijk {due} ({status}).",
        "en": "Next step: {label}, due {due} ({status}).",
    },
    "edit_end_moved": {
        "nl": "Einde wachttijd: {date} (was {old}).",
        "en": "End of the waiting period: {date} (was {old}).",
    },
    "edit_no_next": {
        "nl": "Geen open stappen meer.",
        "en": "No open steps left.",
    },
    # Kinds
    "kind_statute": {"nl": "wet", "en": "statute"},
    "kind_regeling": {"nl": "regeling", "en": "regeling"},
    "kind_practice": {"nl": "praktijk", "en": "practice"},
    "kind_info": {"nl": "info", "en": "info"},
    # The index of a folder's reports (outputs/report_index.py)
    "index_title": {"nl": "Rapporten", "en": "Reports"},
    "index_col_state": {"nl": "Stand", "en": "State"},
    "index_col_next": {"nl": "Volgende stap", "en": "Next step"},
    "index_state": {"nl": "week {week}", "en": "week {week}"},
    "index_late": {"nl": "{count} te laat", "en": "{count} overdue"},
    "index_nothing_late": {"nl": "niets te laat", "en": "nothing overdue"},
    "index_next": {"nl": "{step}, uiterlijk {date}", "en": "{step}, by {date}"},
    "index_no_findings": {"nl": "geen", "en": "none"},
    "index_counts": {
        "nl": "{written} rapport(en) geschreven; {failed} bestand(en) niet gelezen.",
        "en": "{written} report(s) written; {failed} file(s) not read.",
    },
    "index_errors_title": {"nl": "Niet gelezen", "en": "Not read"},
    # Calendars (outputs/ics.py): the categories of an event, by the step's status
    "category_overdue": {"nl": "te laat", "en": "overdue"},
    "category_due_soon": {"nl": "binnenkort", "en": "due soon"},
    "category_upcoming": {"nl": "gepland", "en": "upcoming"},
    "category_finding": {"nl": "bevinding", "en": "finding"},
    "category_info": {"nl": "info", "en": "info"},
    "calendar_overdue": {"nl": "TE LAAT: {summary}", "en": "OVERDUE: {summary}"},
    "calendar_due": {"nl": "Uiterlijk: {date}", "en": "Due: {date}"},
    "calendar_due_late": {
        "nl": "Uiterlijk: {date} ({late} per {as_of})",
        "en": "Due: {date} ({late} as of {as_of})",
    },
    "calendar_legal_date": {"nl": "Wettelijke datum: {date}", "en": "Legal date: {date}"},
    "calendar_kind": {"nl": "Soort: {kind}", "en": "Kind: {kind}"},
    "calendar_basis": {"nl": "Grondslag: {basis}", "en": "Basis: {basis}"},
    "calendar_case": {"nl": "Zaak: {case}", "en": "Case: {case}"},
}
