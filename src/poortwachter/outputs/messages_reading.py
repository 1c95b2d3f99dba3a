"""The texts of the problems found in reading input: files, case files, dates, amounts,
tables and their columns, batch rows, edits of a case file, and the checks of a case.
In English and Dutch, by id (``messages.say``).

The English of each text is what the tool has always said (machine output keeps it);
values, key paths, column names and machine ids are parameters and stay as they are in
both languages.
"""

from __future__ import annotations

READING_MESSAGES: dict[str, dict[str, str]] = {
    # --- Composing: a problem where it is, several problems -------------------------
    "file_problem": {"en": "{file}: {problem}", "nl": "{file}: {problem}"},
    "path_problem": {"en": "{path}: {problem}", "nl": "{path}: {problem}"},
    "line_problem": {"en": "line {line}: {problem}", "nl": "regel {line}: {problem}"},
    "rows_problem": {
        "en": "rows {first} and {second}: {problem}",
        "nl": "regels {first} en {second}: {problem}",
    },
    "problems": {"en": "{problems}", "nl": "{problems}"},
    "did_you_mean": {"en": "; did you mean {name}?", "nl": "; bedoelde u {name}?"},
    "either_or": {"en": "{choices} or {last}", "nl": "{choices} of {last}"},
    # --- Dates ----------------------------------------------------------------------
    "not_a_date": {
        "en": "{value} is not a date (use YYYY-MM-DD or DD-MM-YYYY)",
        "nl": "{value} is geen datum (gebruik JJJJ-MM-DD of DD-MM-JJJJ)",
    },
    "not_an_iso_date": {
        "en": "{value} is not a date (use YYYY-MM-DD)",
        "nl": "{value} is geen datum (gebruik JJJJ-MM-DD)",
    },
    "date_out_of_bounds": {
        "en": "{value} is outside the dates the tool reads ({earliest} to {latest})",
        "nl": "{value} valt buiten de datums die het programma leest ({earliest} tot en met "
        "{latest})",
    },
    # --- Files and documents --------------------------------------------------------
    "no_such_file": {"en": "no such file", "nl": "bestand bestaat niet"},
    "no_such_file_or_folder": {"en": "no such file or folder", "nl": "bestand of map bestaat niet"},
    "cannot_read": {"en": "cannot read: {reason}", "nl": "kan niet lezen: {reason}"},
    "is_a_folder": {"en": "is a folder, not a case file", "nl": "is een map, geen zaakbestand"},
    "not_a_regular_file": {
        "en": "not a regular file (a pipe or a device), not read",
        "nl": "geen gewoon bestand (een pipe of apparaat), niet gelezen",
    },
    "not_a_regular_input": {
        "en": "not a regular file (a pipe or a device); use a file, or - for stdin",
        "nl": "geen gewoon bestand (een pipe of apparaat); geef een bestand, of - voor stdin",
    },
    "cannot_read_as": {
        "en": "cannot be read as {kind} ({error})",
        "nl": "kan niet worden gelezen als {kind} ({error})",
    },
    "too_large_bytes": {
        "en": "{count} bytes: too large to read",
        "nl": "{count} bytes: te groot om te lezen",
    },
    "too_large_characters": {
        "en": "{count} characters: too large to read",
        "nl": "{count} tekens: te groot om te lezen",
    },
    "too_large_case_text": {
        "en": "{count} characters: too large for a case file (at most 1 MB)",
        "nl": "{count} tekens: te groot voor een zaakbestand (hooguit 1 MB)",
    },
    "too_large_case_file": {
        "en": "too large for a case file (at most 1 MB)",
        "nl": "te groot voor een zaakbestand (hooguit 1 MB)",
    },
    "not_a_text_file": {
        "en": "not a text file (use UTF-8 YAML or JSON)",
        "nl": "geen tekstbestand (gebruik UTF-8 YAML of JSON)",
    },
    "too_deep": {
        "en": "nested more than {depth} levels deep: not a case file",
        "nl": "meer dan {depth} niveaus diep genest: geen zaakbestand",
    },
    "yaml_anchor": {
        "en": "YAML anchors and aliases (& and *) are not allowed in a case file; write each "
        "value out",
        "nl": "YAML-ankers en -aliassen (& en *) zijn niet toegestaan in een zaakbestand; "
        "schrijf elke waarde voluit",
    },
    "yaml_tag": {
        "en": "YAML tags (such as !!int or !!python/...) are not allowed in a case file; write "
        "the value plainly",
        "nl": "YAML-tags (zoals !!int of !!python/...) zijn niet toegestaan in een zaakbestand; "
        "schrijf de waarde gewoon uit",
    },
    "yaml_complex_key": {
        "en": "a key must be a plain name, not a list or a mapping",
        "nl": "een sleutel moet een gewone naam zijn, geen lijst of verzameling sleutels",
    },
    "duplicate_key": {
        "en": "duplicate key (each key may appear once)",
        "nl": "dubbele sleutel (elke sleutel mag één keer voorkomen)",
    },
    "yaml_invalid_at": {
        "en": "line {line}, column {column}: not valid YAML: {problem}",
        "nl": "regel {line}, kolom {column}: geen geldige YAML: {problem}",
    },
    "yaml_tab": {
        "en": "line {line}, column {column}: not valid YAML: found character '\\t' that cannot "
        "start any token",
        "nl": "regel {line}, kolom {column}: geen geldige YAML: een tab; spring in met spaties",
    },
    "yaml_invalid": {"en": "not valid YAML: {problem}", "nl": "geen geldige YAML: {problem}"},
    # What PyYAML says most often, word for word in English.
    "yaml_mapping_values_here": {
        "en": "mapping values are not allowed here",
        "nl": "hier mag geen sleutel met waarde staan (kijk naar het inspringen en de dubbele "
        "punten)",
    },
    "yaml_mapping_keys_here": {
        "en": "mapping keys are not allowed here",
        "nl": "hier mag geen sleutel staan",
    },
    "yaml_sequence_entries_here": {
        "en": "sequence entries are not allowed here",
        "nl": "hier mag geen lijstregel (- ...) staan",
    },
    "yaml_no_colon": {"en": "could not find expected ':'", "nl": "hier hoort een ':'"},
    "yaml_unexpected_end": {
        "en": "found unexpected end of stream",
        "nl": "het bestand houdt onverwacht op",
    },
    "yaml_flow_list_open": {
        "en": "expected ',' or ']', but got {found}",
        "nl": "hier hoort een ',' of ']', maar er staat {found}",
    },
    "yaml_flow_mapping_open": {
        "en": "expected ',' or '}}', but got {found}",
        "nl": "hier hoort een ',' of '}}', maar er staat {found}",
    },
    "yaml_block_end": {
        "en": "expected <block end>, but found {found}",
        "nl": "hier hoort een blok te eindigen, maar er staat {found} (kijk naar het inspringen)",
    },
    "yaml_character": {
        "en": "found character {character} that cannot start any token",
        "nl": "het teken {character} kan hier niet staan",
    },
    "yaml_invalid_indentation": {
        "en": "invalid indentation or unclosed '[' or '{'",
        "nl": "ongeldig inspringen, of een '[' of '{' die niet sluit",
    },
    "yaml_unbuildable": {
        "en": "not valid YAML for a case file",
        "nl": "geen geldige YAML voor een zaakbestand",
    },
    "json_invalid_at": {
        "en": "line {line}, column {column}: not valid JSON: {problem}",
        "nl": "regel {line}, kolom {column}: geen geldige JSON: {problem}",
    },
    "json_invalid_at_column": {
        "en": "column {column}: not valid JSON: {problem}",
        "nl": "kolom {column}: geen geldige JSON: {problem}",
    },
    "json_number_too_large": {
        "en": "not valid JSON: a number too large",
        "nl": "geen geldige JSON: een te groot getal",
    },
    "json_constant": {
        "en": "{name} is not a number a case file can hold",
        "nl": "{name} is geen getal dat een zaakbestand kan bevatten",
    },
    # What Python's json module says, word for word in English.
    "json_expecting_value": {"en": "Expecting value", "nl": "hier hoort een waarde"},
    "json_expecting_property_name": {
        "en": "Expecting property name enclosed in double quotes",
        "nl": "hier hoort een sleutel tussen dubbele aanhalingstekens",
    },
    "json_expecting_colon": {"en": "Expecting ':' delimiter", "nl": "hier hoort een ':'"},
    "json_expecting_comma": {"en": "Expecting ',' delimiter", "nl": "hier hoort een ','"},
    "json_unterminated_string": {
        "en": "Unterminated string starting at",
        "nl": "een tekst zonder afsluitend aanhalingsteken",
    },
    "json_control_character": {
        "en": "Invalid control character at",
        "nl": "een stuurteken in een tekst",
    },
    "json_invalid_escape": {"en": "Invalid \\escape", "nl": "een ongeldige \\-escape"},
    "json_invalid_unicode_escape": {
        "en": "Invalid \\uXXXX escape",
        "nl": "een ongeldige \\uXXXX-escape",
    },
    "json_extra_data": {"en": "Extra data", "nl": "meer tekst na het einde van de JSON"},
    "json_trailing_comma_object": {
        "en": "Illegal trailing comma before end of object",
        "nl": "een komma te veel voor het einde van een object",
    },
    "json_trailing_comma_array": {
        "en": "Illegal trailing comma before end of array",
        "nl": "een komma te veel voor het einde van een array",
    },
    # --- Case files: the document and its values ------------------------------------
    "not_a_case_mapping": {
        "en": "a case file holds a mapping of keys (case_id, sick_periods, ...), not {kind}",
        "nl": "een zaakbestand bevat een verzameling sleutels (case_id, sick_periods, ...); "
        "hier staat {kind}",
    },
    "kind_nothing": {"en": "nothing", "nl": "niets"},
    "kind_list": {"en": "list", "nl": "een lijst"},
    "kind_str": {"en": "str", "nl": "tekst"},
    "kind_int": {"en": "int", "nl": "een geheel getal"},
    "kind_float": {"en": "float", "nl": "een getal"},
    "kind_bool": {"en": "bool", "nl": "een ja/nee-waarde"},
    "value_list": {"en": "a list of {count} items", "nl": "een lijst van {count} waarden"},
    "value_mapping": {
        "en": "a mapping of {count} keys",
        "nl": "een verzameling van {count} sleutels",
    },
    "value_too_large": {"en": "a number too large", "nl": "een te groot getal"},
    "missing_key": {"en": "missing (a required key)", "nl": "ontbreekt (verplichte sleutel)"},
    "unknown_key": {
        "en": "unknown key (valid here: {valid})",
        "nl": "onbekende sleutel (hier geldig: {valid})",
    },
    "key_with_colon": {
        "en": "a key with a colon in it: put a space after the colon (valid here: {valid})",
        "nl": "een sleutel met een dubbele punt erin: zet een spatie na de dubbele punt (hier "
        "geldig: {valid})",
    },
    "flag_invalid": {
        "en": "{value} is not valid (use true or false, ja or nee)",
        "nl": "{value} is niet geldig (gebruik ja of nee)",
    },
    "not_a_case_id": {
        "en": "{value} is not a case id (use text, such as E-1042)",
        "nl": "{value} is geen zaaknummer (gebruik tekst, zoals E-1042)",
    },
    "case_id_number_too_large": {
        "en": "a number too large for a case id (use text, such as E-1042)",
        "nl": "een te groot getal voor een zaaknummer (gebruik tekst, zoals E-1042)",
    },
    "case_id_empty": {
        "en": "an empty case id (use text, such as E-1042)",
        "nl": "een leeg zaaknummer (gebruik tekst, zoals E-1042)",
    },
    "case_id_too_long": {
        "en": "a case id of {length} characters (at most {most})",
        "nl": "een zaaknummer van {length} tekens (hooguit {most})",
    },
    "control_character": {
        "en": "{value} holds a line break or control character",
        "nl": "{value} bevat een regeleinde of stuurteken",
    },
    "not_text": {
        "en": "is not text (write it as plain text)",
        "nl": "is geen tekst (schrijf het als gewone tekst)",
    },
    "text_too_long": {
        "en": "is {length} characters long (at most {most})",
        "nl": "is {length} tekens lang (hooguit {most})",
    },
    "lone_surrogate": {
        "en": "holds a character that is not valid Unicode (a lone surrogate)",
        "nl": "bevat een teken dat geen geldige Unicode is (een losse surrogaat)",
    },
    "not_whole": {"en": "{value} is not a whole number", "nl": "{value} is geen geheel getal"},
    "not_a_number": {"en": "{value} is not a number", "nl": "{value} is geen getal"},
    "not_finite": {"en": "{value} is not a finite number", "nl": "{value} is geen eindig getal"},
    "out_of_range": {
        "en": "{value} is out of range (use a number {limit})",
        "nl": "{value} valt buiten het bereik (gebruik een getal {limit})",
    },
    "limit_above": {"en": "above {bound}", "nl": "boven {bound}"},
    "limit_at_least": {"en": "at least {bound}", "nl": "van minstens {bound}"},
    "limit_at_most": {"en": "at most {bound}", "nl": "van hooguit {bound}"},
    "private_invalid": {"en": "not valid here ({hint})", "nl": "geen geldige waarde ({hint})"},
    "hint_at_least": {
        "en": "use a number at least {bound}",
        "nl": "gebruik een getal van minstens {bound}",
    },
    "hint_at_most": {
        "en": "use a number at most {bound}",
        "nl": "gebruik een getal van hooguit {bound}",
    },
    "hint_number": {"en": "use a number such as 3200.00", "nl": "gebruik een getal zoals 3200.00"},
    "not_supported": {
        "en": "{value} is not supported (use {expected})",
        "nl": "{value} wordt niet ondersteund (gebruik {expected})",
    },
    "empty_list": {
        "en": "empty (at least one entry is needed)",
        "nl": "leeg (er is minstens één nodig)",
    },
    "too_many": {"en": "{value} (at most {most})", "nl": "{value} (hooguit {most})"},
    "not_valid_detail": {
        "en": "{value} is not valid: {detail}",
        "nl": "{value} is niet geldig: {detail}",
    },
    # What pydantic says, word for word in English.
    "expected_list": {"en": "Input should be a valid list", "nl": "hier hoort een lijst"},
    "expected_mapping": {
        "en": "Input should be a valid dictionary or instance of {model}",
        "nl": "hier hoort een verzameling sleutels ({model})",
    },
    # --- The checks of a case -------------------------------------------------------
    "no_sick_period": {
        "en": "a case needs at least one sick period",
        "nl": "een zaak heeft minstens één ziekteperiode nodig",
    },
    "no_counted_sick_days": {
        "en": "the chain has no counted sick days: every sick day is a leave day",
        "nl": "de keten heeft geen getelde ziektedagen: elke ziektedag is een verlofdag",
    },
    "no_counted_sick_days_pregnancy": {
        "en": "the chain has no counted sick days: every sick day is a leave day (sickness "
        "during pregnancy leave is a Ziektewet case, out of scope)",
        "nl": "de keten heeft geen getelde ziektedagen: elke ziektedag is een verlofdag "
        "(ziekte tijdens zwangerschapsverlof valt onder de Ziektewet, buiten het bereik van "
        "dit programma)",
    },
    "sick_day_index": {
        "en": "a sick-day index is 0 or more, not {index}",
        "nl": "een index van ziektedagen is 0 of meer, niet {index}",
    },
    "before_supported": {
        "en": "{day} is before {earliest}: the engine applies the terms in force since 1 July "
        "2013 (WIA application in week 93, Verzamelwet SZW 2013), which hold only for first "
        "sick days from {earliest} on",
        "nl": "{day} ligt vóór {earliest}: het programma past de termijnen toe die gelden "
        "sinds 1 juli 2013 (WIA-aanvraag in week 93, Verzamelwet SZW 2013), en die gelden "
        "alleen voor eerste ziektedagen vanaf {earliest}",
    },
    "too_far_ahead": {
        "en": "{day} is after {latest}: a first sick day that far ahead is a typo",
        "nl": "{day} ligt na {latest}: een eerste ziektedag zo ver vooruit is een tikfout",
    },
    "before_first_sick_day": {
        "en": "{day} is before the first sick day {first}",
        "nl": "{day} ligt vóór de eerste ziektedag {first}",
    },
    "born_not_before_first_sick_day": {
        "en": "{day} is not before the first sick day {first}",
        "nl": "{day} ligt niet vóór de eerste ziektedag {first}",
    },
    "contract_end_before_first_sick_day": {
        "en": "{day} is before the first sick day {first}: the employer pays wage during "
        "sickness only while the contract runs (after it, UWV's Ziektewet, out of scope)",
        "nl": "{day} ligt vóór de eerste ziektedag {first}: de werkgever betaalt loon bij "
        "ziekte alleen zolang het contract loopt (daarna de Ziektewet van UWV, buiten het "
        "bereik van dit programma)",
    },
    "evaluations_out_of_order": {
        "en": "{day} is not after {previous}: list evaluations in order",
        "nl": "{day} ligt niet na {previous}: zet de evaluaties op volgorde",
    },
    "verlenging_too_short": {
        "en": "{until} is less than 13 weeks after the end of the waiting period {end}: UWV "
        "extends by at least 13 weeks, so the earliest last day is {earliest} (WIA art. 24)",
        "nl": "{until} ligt minder dan 13 weken na het einde van de wachttijd {end}: UWV "
        "verlengt met minstens 13 weken, dus de vroegste laatste dag is {earliest} (WIA "
        "art. 24)",
    },
    "sanction_weeks_range": {
        "en": "{weeks} is outside 1 to {most} (WIA art. 25 lid 9)",
        "nl": "{weeks} valt buiten 1 tot en met {most} (WIA art. 25 lid 9)",
    },
    "herstel_decided_before_sanction": {
        "en": "{day} is before the loonsanctie decision {decided}: bekorting follows the sanction",
        "nl": "{day} ligt vóór het besluit over de loonsanctie {decided}: bekorting volgt op "
        "de sanctie",
    },
    "herstel_reported_before_sanction": {
        "en": "{day} is before the loonsanctie decision {decided}: the repair is reported "
        "after the sanction (WIA art. 25 lid 12)",
        "nl": "{day} ligt vóór het besluit over de loonsanctie {decided}: het herstel wordt "
        "na de sanctie gemeld (WIA art. 25 lid 12)",
    },
    "herstel_decided_before_report": {
        "en": "{day} is before the report of the repair {reported}: UWV decides after it "
        "(WIA art. 25 lid 13)",
        "nl": "{day} ligt vóór de melding van het herstel {reported}: UWV beslist daarna "
        "(WIA art. 25 lid 13)",
    },
    "not_above_zero": {"en": "{amount} is not above 0", "nl": "{amount} is niet groter dan 0"},
    "not_a_wage_period": {
        "en": "{value} is not a wage period (use {periods})",
        "nl": "{value} is geen loonperiode (gebruik {periods})",
    },
    "pay_percentage_range": {
        "en": "{value} is outside {least} to 100 (at least {least}%, BW 7:629 lid 1)",
        "nl": "{value} valt buiten {least} tot en met 100 (minstens {least}%, BW 7:629 lid 1)",
    },
    "open_period_not_last": {
        "en": "missing: only the last period may be open",
        "nl": "ontbreekt: alleen de laatste periode mag open zijn",
    },
    "end_before_start": {
        "en": "{end} is before the start {start}",
        "nl": "{end} ligt vóór het begin {start}",
    },
    "periods_out_of_order": {
        "en": "{start} is not after the previous period's end {end}: list periods in order, "
        "without overlap",
        "nl": "{start} ligt niet na het einde van de vorige periode {end}: zet de perioden op "
        "volgorde, zonder overlap",
    },
    # --- Tables: columns, the mapping file, rows ------------------------------------
    "unknown_column": {
        "en": "unknown CSV column {name}{suggestion} (valid: {valid}; Dutch names as in the "
        "README; map others with --columns FILE, or skip them with --ignore-unknown)",
        "nl": "onbekende CSV-kolom {name}{suggestion} (geldig: {valid}; Nederlandse namen "
        "zoals in de README; koppel andere met --columns BESTAND, of sla ze over met "
        "--ignore-unknown)",
    },
    "columns_both_give": {
        "en": "columns {first} and {second} both give {field}: keep one, or map one elsewhere "
        "(--columns)",
        "nl": "de kolommen {first} en {second} geven allebei {field}: houd er één, of koppel "
        "er één aan een andere kolom (--columns)",
    },
    "no_column_gives": {
        "en": "no column gives {field} (name it {name}, use a Dutch name such as {example}, "
        "or map your column to it with --columns)",
        "nl": "geen kolom geeft {field} (noem er een {name}, gebruik een Nederlandse naam "
        "zoals {example}, of koppel uw kolom eraan met --columns)",
    },
    "mapping_file_shape": {
        "en": "a mapping file holds lines like 'Datum 1e ziektedag: first_sick_day'",
        "nl": "een mappingbestand bevat regels zoals 'Datum 1e ziektedag: first_sick_day'",
    },
    "mapping_not_names": {
        "en": "map a column name to a column name",
        "nl": "koppel een kolomnaam aan een kolomnaam",
    },
    "not_a_column": {
        "en": "{value} is not a poortwachter column{suggestion}",
        "nl": "{value} is geen kolom van poortwachter{suggestion}",
    },
    "csv_header_unreadable": {
        "en": "the CSV header cannot be read: {reason}",
        "nl": "de kopregel van de CSV kan niet worden gelezen: {reason}",
    },
    "csv_header_bytes": {
        "en": "the CSV header holds bytes that are neither UTF-8 nor Windows-1252",
        "nl": "de kopregel van de CSV bevat bytes die geen UTF-8 en geen Windows-1252 zijn",
    },
    "no_sheet": {
        "en": "no sheet {sheet} (the sheets: {sheets})",
        "nl": "geen werkblad {sheet} (de werkbladen: {sheets})",
    },
    "input_records_no_events": {
        "en": "{file}: no column records a step (such as plan_van_aanpak), so this input "
        "records no events: its cases are judged like --first-sick, past steps as passed, "
        "not as missing",
        "nl": "{file}: geen kolom legt een stap vast (zoals plan_van_aanpak), dus deze invoer "
        "legt geen gebeurtenissen vast: de zaken worden beoordeeld als bij --first-sick, "
        "verstreken stappen als verstreken, niet als ontbrekend",
    },
    "read_as_cp1252": {
        "en": "not UTF-8: read as Windows-1252 (cp1252), as Excel saves",
        "nl": "geen UTF-8: gelezen als Windows-1252 (cp1252), zoals Excel opslaat",
    },
    "row_unreadable": {
        "en": "cannot be read: {reason}",
        "nl": "kan niet worden gelezen: {reason}",
    },
    "row_bytes": {
        "en": "holds bytes that are not UTF-8 nor Windows-1252",
        "nl": "bevat bytes die geen UTF-8 en geen Windows-1252 zijn",
    },
    "field_too_long": {
        "en": "a field of {length} characters (at most {most}; a quote that never closes "
        "makes one of the rest of the file)",
        "nl": "een veld van {length} tekens (hooguit {most}; een aanhalingsteken dat nooit "
        "sluit, maakt één veld van de rest van het bestand)",
    },
    "fields_mismatch": {
        "en": "{count} fields where the header has {expected}: the values would land in the "
        "wrong columns (check the delimiter and quotes of this row)",
        "nl": "{count} velden waar de kopregel er {expected} heeft: de waarden zouden in de "
        "verkeerde kolommen komen (controleer het scheidingsteken en de aanhalingstekens van "
        "deze regel)",
    },
    "missing_in_row": {
        "en": "missing (every row needs one)",
        "nl": "ontbreekt (elke regel heeft er een nodig)",
    },
    "recovery_not_after_last_day": {
        "en": "the first day fit again is not the day after the last sick day",
        "nl": "de hersteldatum is niet de dag na de laatste ziektedag",
    },
    "rows_disagree": {
        "en": "rows {first} and {second} of this case disagree (give it on one row, or the "
        "same on every row)",
        "nl": "regels {first} en {second} van deze zaak verschillen (geef de waarde op één "
        "regel, of op elke regel dezelfde)",
    },
    "two_open_periods": {
        "en": "two open sick periods, or an open one before another (give the last sick day "
        "or the recovery date)",
        "nl": "twee open ziekteperioden, of een open periode vóór een andere (geef de laatste "
        "ziektedag of de hersteldatum)",
    },
    "periods_overlap": {"en": "the sick periods overlap", "nl": "de ziekteperioden overlappen"},
    # --- Batch inputs: JSON Lines, JSON arrays, folders -----------------------------
    "json_input_not_array": {
        "en": "a JSON input holds an array of case documents, or one case",
        "nl": "een JSON-invoer bevat een array van zaakdocumenten, of één zaak",
    },
    "line_bytes": {
        "en": "holds bytes that are not UTF-8 (save the file as UTF-8)",
        "nl": "bevat bytes die geen UTF-8 zijn (sla het bestand op als UTF-8)",
    },
    "link_nowhere": {
        "en": "a link that leads nowhere (dangling, or a loop): not followed",
        "nl": "een link die nergens heen leidt (verbroken, of een lus): niet gevolgd",
    },
    "link_outside": {
        "en": "a link to a file outside the folder: not followed",
        "nl": "een link naar een bestand buiten de map: niet gevolgd",
    },
    # --- A template's placeholders (docs/case-files.md) ------------------------------
    "placeholder_left": {
        "en": "{path}: not filled in (a placeholder of 'case init', between < and >){fill}",
        "nl": "{path}: niet ingevuld (een plaatshouder van 'case init', tussen < en >){fill}",
    },
    "placeholder_fill": {
        "en": "; fill in with 'case set FILE {key} VALUE'",
        "nl": "; vul in met 'case set BESTAND {key} WAARDE'",
    },
    # --- Editing a case file --------------------------------------------------------
    "recorded_already": {
        "en": "{path} is on file as {on_file}; {new} was not recorded and the file is "
        "unchanged (--replace replaces {on_file} with {new})",
        "nl": "{path} staat al vastgelegd op {on_file}; {new} is niet vastgelegd en het "
        "bestand is niet gewijzigd (--replace vervangt {on_file} door {new})",
    },
    "recorded_same": {
        "en": "{path} holds {value} already; nothing changed",
        "nl": "{path} bevat {value} al; niets gewijzigd",
    },
    "unknown_event": {
        "en": "unknown event {name}{suggestion} (valid: {valid})",
        "nl": "onbekende gebeurtenis {name}{suggestion} (geldig: {valid})",
    },
    "unknown_settable_key": {
        "en": "unknown key {name}{suggestion} (valid: {valid})",
        "nl": "onbekende sleutel {name}{suggestion} (geldig: {valid})",
    },
    "edit_not_yaml": {
        "en": "not YAML that can be edited in place",
        "nl": "geen YAML die ter plaatse kan worden bewerkt",
    },
    "edit_not_json": {"en": "not valid JSON", "nl": "geen geldige JSON"},
    "edit_not_a_mapping_file": {
        "en": "the file does not hold a mapping of keys",
        "nl": "het bestand bevat geen verzameling sleutels",
    },
    "not_a_mapping": {
        "en": "{path} is not a mapping of keys",
        "nl": "{path} is geen verzameling sleutels",
    },
    "not_a_list": {"en": "{path} is not a list", "nl": "{path} is geen lijst"},
    "holds_more_than_one_value": {
        "en": "{path} holds more than one value",
        "nl": "{path} bevat meer dan één waarde",
    },
    "nothing_to_change": {"en": "nothing to change", "nl": "niets te wijzigen"},
    "unclosed_quote": {"en": "an unclosed quote", "nl": "een aanhalingsteken dat niet sluit"},
    "unclosed_bracket": {"en": "an unclosed bracket", "nl": "een haakje dat niet sluit"},
    "not_placed": {
        "en": "the change could not be placed safely; the file is unchanged",
        "nl": "de wijziging kon niet veilig worden aangebracht; het bestand is niet gewijzigd",
    },
    "no_sick_periods_to_change": {
        "en": "the file has no sick periods to change",
        "nl": "het bestand heeft geen ziekteperioden om te wijzigen",
    },
    "period_ended": {
        "en": "the last sick period has ended already (on {end}); record a new period with "
        "'case relapse' first",
        "nl": "de laatste ziekteperiode is al geëindigd (op {end}); leg eerst een nieuwe "
        "periode vast met 'case relapse'",
    },
    "period_open": {
        "en": "the last sick period is still open; record the recovery with 'case recover' first",
        "nl": "de laatste ziekteperiode is nog open; leg eerst het herstel vast met 'case recover'",
    },
    "letter_received_not_sent": {
        "en": "a letter's receipt without the day it was sent (give events.wia_brief_uwv too)",
        "nl": "de ontvangst van een brief zonder de dag van verzending (geef ook "
        "events.wia_brief_uwv)",
    },
    "letter_received_before_sent": {
        "en": "{day} is before the day the letter was sent, {sent}",
        "nl": "{day} ligt vóór de dag waarop de brief is verzonden, {sent}",
    },
}
