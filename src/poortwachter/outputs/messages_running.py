"""The texts of the command line and of batch runs: usage errors, files that cannot be
read or written, rows that could not be judged, notes. In English and Dutch, by id
(``messages.say``).

A text whose English is ``{english}`` keeps the words of the library or the system that
found the problem (click, pydantic, the operating system) in English, exactly as they
were, and says it in Dutch of its own.
"""

from __future__ import annotations

RUNNING_MESSAGES: dict[str, dict[str, str]] = {
    "error_prefix": {"en": "Error:", "nl": "Fout:"},
    "note_prefix": {"en": "Note:", "nl": "Let op:"},
    "problems": {"en": "{problems}", "nl": "{problems}"},
    # Usage: what click and typer found on the command line
    "no_such_option": {"en": "No such option: {option}", "nl": "onbekende optie: {option}"},
    "no_such_option_possible": {
        "en": "No such option: {option} (Possible options: {possible})",
        "nl": "onbekende optie: {option} (mogelijke opties: {possible})",
    },
    "option_needs_value": {
        "en": "Option {option} requires an argument.",
        "nl": "optie {option} verwacht een waarde",
    },
    "option_takes_no_value": {
        "en": "Option {option} does not take a value.",
        "nl": "optie {option} neemt geen waarde",
    },
    "missing_argument": {"en": "Missing argument {name}.", "nl": "argument {name} ontbreekt"},
    "missing_option": {"en": "Missing option {name}.", "nl": "optie {name} ontbreekt"},
    "missing_parameter": {"en": "Missing parameter: {name}", "nl": "{name} ontbreekt"},
    "invalid_value_for": {
        "en": "Invalid value for {name}: {problem}",
        "nl": "ongeldige waarde voor {name}: {problem}",
    },
    "invalid_value": {"en": "Invalid value: {problem}", "nl": "ongeldige waarde: {problem}"},
    "value_greater_than_equal": {"en": "{english}", "nl": "moet minstens {bound} zijn"},
    "value_greater_than": {"en": "{english}", "nl": "moet meer dan {bound} zijn"},
    "value_less_than_equal": {"en": "{english}", "nl": "mag hooguit {bound} zijn"},
    "value_less_than": {"en": "{english}", "nl": "moet minder dan {bound} zijn"},
    "value_not_whole": {"en": "{english}", "nl": "{value} is geen geheel getal"},
    "value_not_one_of": {
        "en": "{value} is not one of {choices}.",
        "nl": "{value} is niet een van {choices}.",
    },
    "usage_error": {"en": "{text}", "nl": "{text}"},
    "extra_arguments": {
        "en": "Got unexpected extra argument(s) ({args})",
        "nl": "onverwacht extra argument ({args})",
    },
    "no_such_command": {"en": "No such command {name}.", "nl": "onbekende opdracht {name}"},
    "no_such_command_close": {
        "en": "No such command {name}. Did you mean {close}?",
        "nl": "onbekende opdracht {name} Bedoelde u {close}?",
    },
    "missing_command": {"en": "Missing command.", "nl": "opdracht ontbreekt"},
    "not_a_language": {
        "en": "{name}: {value} is not a language (use nl or en)",
        "nl": "{name}: {value} is geen taal (gebruik nl of en)",
    },
    "aborted": {"en": "aborted", "nl": "afgebroken"},
    "internal_error_cli": {
        "en": "internal error ({kind}); please report it with the command you ran (set "
        "{variable}=1 for details)",
        "nl": "interne fout ({kind}); meld het graag met de opdracht die u gaf (zet "
        "{variable}=1 voor details)",
    },
    "stdout_closed": {
        "en": "standard output is closed: nothing can be written",
        "nl": "standaarduitvoer is gesloten: er kan niets worden geschreven",
    },
    "stdin_closed": {
        "en": "standard input is closed: give a file, or pipe one in",
        "nl": "standaardinvoer is gesloten: geef een bestand op, of stuur er een in",
    },
    # Files the tool could not read or write
    "cannot_read_or_write_file": {
        "en": "{file}: cannot read or write: {reason}",
        "nl": "{file}: kan niet lezen of schrijven: {reason}",
    },
    "cannot_read_or_write": {
        "en": "cannot read or write: {reason}",
        "nl": "kan niet lezen of schrijven: {reason}",
    },
    "output_is_input": {
        "en": "{file} is an input of this run: writing the output there would replace it "
        "(choose another --output)",
        "nl": "{file} is invoer van deze opdracht: de uitvoer daarheen schrijven zou het "
        "vervangen (kies een andere --output)",
    },
    "cannot_write": {
        "en": "{file}: cannot write: {reason}",
        "nl": "{file}: kan niet schrijven: {reason}",
    },
    "cannot_write_unchanged": {
        "en": "{file}: cannot write: {reason} (the file is unchanged)",
        "nl": "{file}: kan niet schrijven: {reason} (het bestand is niet gewijzigd)",
    },
    "os_no_such_file": {"en": "{english}", "nl": "bestand of map bestaat niet"},
    "os_disk_full": {"en": "{english}", "nl": "de schijf is vol"},
    "os_no_permission": {"en": "{english}", "nl": "geen toestemming"},
    "os_not_permitted": {"en": "{english}", "nl": "niet toegestaan"},
    "os_is_a_folder": {"en": "{english}", "nl": "is een map"},
    "os_not_a_folder": {"en": "{english}", "nl": "een deel van het pad is geen map"},
    "os_read_only": {"en": "{english}", "nl": "het bestandssysteem is alleen-lezen"},
    "os_exists": {"en": "{english}", "nl": "bestaat al"},
    "os_name_too_long": {"en": "{english}", "nl": "de naam is te lang"},
    "os_link_loop": {"en": "{english}", "nl": "te veel koppelingen na elkaar (een lus)"},
    "os_io_error": {"en": "{english}", "nl": "lees- of schrijffout van het apparaat"},
    "os_busy": {"en": "{english}", "nl": "het bestand is in gebruik"},
    "os_too_many_open": {"en": "{english}", "nl": "te veel open bestanden"},
    "os_pipe_closed": {"en": "{english}", "nl": "de ontvanger is gesloten"},
    "os_other": {"en": "{english}", "nl": "{english}"},
    # One case: timeline, sanction-risk, report
    "give_one_source": {
        "en": "give a case file (CASE or --case FILE) or --first-sick DATE",
        "nl": "geef een zaakbestand (ZAAK of --case BESTAND) of --first-sick DATUM",
    },
    "give_only_one_source": {
        "en": "give only one of a case file (CASE or --case FILE) or --first-sick DATE",
        "nl": "geef maar één van een zaakbestand (ZAAK of --case BESTAND) of --first-sick DATUM",
    },
    "give_case_file": {
        "en": "give a case file: CASE or --case FILE",
        "nl": "geef een zaakbestand: ZAAK of --case BESTAND",
    },
    "report_folder_needs_output": {
        "en": "a folder of case files gives a page per case: give --output FOLDER",
        "nl": "een map met zaakbestanden geeft een pagina per zaak: geef --output MAP",
    },
    "output_not_a_folder": {
        "en": "{file}: exists and is not a folder (a folder of case files writes its "
        "pages into a folder)",
        "nl": "{file}: bestaat en is geen map (een map met zaakbestanden schrijft zijn "
        "pagina's in een map)",
    },
    "case_in_file_again": {
        "en": "case_id {case_id} again (first in {first}): give each case once",
        "nl": "case_id {case_id} nogmaals (eerst in {first}): geef elke zaak één keer",
    },
    "case_twice": {
        "en": "give the case file once: as CASE or with --case, not both",
        "nl": "geef het zaakbestand één keer: als ZAAK of met --case, niet allebei",
    },
    # Batch and agenda
    "document_not_for_terminal": {
        "en": "a Word document is not for a terminal: give --output FILE.docx (or redirect stdout)",
        "nl": "een Word-document is niet voor een terminal: geef --output BESTAND.docx (of "
        "leid stdout om)",
    },
    "workbook_not_for_terminal": {
        "en": "a workbook is not for a terminal: give --output FILE.xlsx (or redirect stdout)",
        "nl": "een werkmap is niet voor een terminal: geef --output BESTAND.xlsx (of leid "
        "stdout om)",
    },
    "rows_not_judged": {
        "en": "{file}: {count} row(s) could not be judged",
        "nl": "{file}: {count} regel(s) konden niet worden beoordeeld",
    },
    "row_problem": {"en": "{file}: row {row}: {problem}", "nl": "{file}: regel {row}: {problem}"},
    "no_casemanager_matches": {
        "en": "no case has a casemanager matching '{wanted}': {count} case(s) left out (see "
        "them with --group-by casemanager)",
        "nl": "geen zaak heeft een casemanager die past bij '{wanted}': {count} zaak/zaken "
        "weggelaten (zie ze met --group-by casemanager)",
    },
    "workers_capped": {
        "en": "--workers {workers} is more than the {cpus} CPUs here: using {cpus}",
        "nl": "--workers {workers} is meer dan de {cpus} processorkernen hier: er worden er "
        "{cpus} gebruikt",
    },
    "case_again": {
        "en": "case_id {case_id} again (first in row {first}): a case file holds the whole "
        "case; give each case once",
        "nl": "case_id {case_id} nogmaals (eerst in regel {first}): een zaakbestand bevat de "
        "hele zaak; geef elke zaak één keer",
    },
    "worker_died": {
        "en": "the worker judging this row stopped twice (killed, or out of memory)",
        "nl": "het werkproces dat deze regel beoordeelde, stopte twee keer (afgebroken, of "
        "geen geheugen meer)",
    },
    "internal_error_row": {
        "en": "internal error ({kind}); please report it",
        "nl": "interne fout ({kind}); meld het graag",
    },
    # Case files: init, validate and edits
    "exists_already": {
        "en": "{file}: exists already (use --force to overwrite)",
        "nl": "{file}: bestaat al (gebruik --force om te overschrijven)",
    },
    "written": {"en": "{file}: written", "nl": "{file}: geschreven"},
    "table_not_a_case_file": {
        "en": "{file}: a table (CSV or Excel) is not a case file: read an HR export with "
        "'poortwachter batch {file}' or 'poortwachter agenda {file}'",
        "nl": "{file}: een tabel (CSV of Excel) is geen zaakbestand: lees een HR-export met "
        "'poortwachter batch {file}' of 'poortwachter agenda {file}'",
    },
    "reports_written": {
        "en": "{count} report(s) written, with an index linking them: {index}",
        "nl": "{count} rapport(en) geschreven, met een index die ernaar linkt: {index}",
    },
    "written_to_fill": {
        "en": "{file}: written; still to fill in (each between < and >): {paths}",
        "nl": "{file}: geschreven; nog in te vullen (elk tussen < en >): {paths}",
    },
    "still_to_fill": {
        "en": "Still to fill in (each between < and >): {paths}.",
        "nl": "Nog in te vullen (elk tussen < en >): {paths}.",
    },
    "is_a_name": {
        "en": "{key} is a name: give it with --value",
        "nl": "{key} is een naam: geef die met --value",
    },
    "takes_no_date": {"en": "{key} takes no date", "nl": "{key} krijgt geen datum"},
    "is_a_date": {"en": "{key} is a date, not a text", "nl": "{key} is een datum, geen tekst"},
    "after_today": {
        "en": "{day} is after today ({today}): record a step once it has happened",
        "nl": "{day} ligt na vandaag ({today}): leg een stap vast als hij gezet is",
    },
    "new_sickness": {
        "en": "{start} is 28 or more fit days after the last sick day {last}: a new "
        "sickness, not added to this case (art. 7:629 lid 10 BW); start a new case file "
        "with 'case init'",
        "nl": "{start} ligt 28 of meer hersteldagen na de laatste ziektedag {last}: een "
        "nieuwe ziekte, niet opgeteld bij deze zaak (art. 7:629 lid 10 BW); begin een nieuw "
        "zaakbestand met 'case init'",
    },
    "wage_per_month": {
        "en": "employee.wage.per = month (set it with: case set FILE employee.wage.per week)",
        "nl": "employee.wage.per = month, per maand (wijzig met: case set BESTAND "
        "employee.wage.per week)",
    },
    "stdin_not_editable": {
        "en": "- (stdin) cannot be changed: give the case file",
        "nl": "- (standaardinvoer) kan niet worden gewijzigd: geef het zaakbestand",
    },
    "unchanged": {
        "en": "{problem} (the file is unchanged)",
        "nl": "{problem} (het bestand is niet gewijzigd)",
    },
}
