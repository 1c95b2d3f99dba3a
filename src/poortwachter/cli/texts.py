"""The command line in Dutch (the default) and English: help texts, option descriptions,
the words typer and click put around them, and error messages.

The commands are declared once, with English help (``cli.py``); before a run, ``localize``
sets the texts of the language asked for (``--lang``, else ``POORTWACHTER_LANG``, else
Dutch) on the command tree. Help is written as paragraphs without hard line breaks, so
that it wraps to the terminal; option types show as a word (``DATE``, ``FILE``), a list of
choices (``nl|en``) or nothing for a switch, never as ``<list[str]>``.

Error messages are composed in English where they arise (many travel in machine output,
where they stay English); ``message`` translates a line for stderr, part by part.
"""

from __future__ import annotations

import re
from typing import Any


def paragraphs(text: str) -> str:
    """A docstring as paragraphs without hard line breaks (they wrap to the terminal)."""
    import inspect

    parts = inspect.cleandoc(text).split("\n\n")
    return "\n\n".join(" ".join(part.split()) for part in parts)


# --- Command help ---------------------------------------------------------------------

COMMAND_HELP_NL = {
    "": "Wet Verbetering Poortwachter: elke termijn van de 104 weken van een zieke "
    "werknemer, op de dag nauwkeurig, met het wetsartikel erbij.",
    "timeline": "Elke mijlpaal van de 104 weken van een zieke werknemer, met uiterste "
    "datum, status en grondslag.\n\nGeef --first-sick (één ononderbroken ziekte) of --case "
    "(een zaakbestand met meerdere perioden, verlof en vastgelegde gebeurtenissen). Dagen "
    "tellen in kalenderdagen vanaf de eerste ziektedag; onderbroken ziekte wordt "
    "samengeteld volgens art. 7:629 lid 10 BW.",
    "sanction-risk": "Als UWV deze zaak vandaag beoordeelde: wat zou het vinden, en wat kan "
    "het kosten?\n\nToont eerst de bevindingen (met wat te doen, uiterlijk wanneer, en de "
    "grondslag) en de blootstelling: de maximale loonsanctie, het boeterisico en de kosten "
    "die door verlengingen al vaststaan; daarna het spoor, de loondoorbetaling en de "
    "tijdlijn. Exitcode 1 bij een bevinding op of boven --fail-on, anders 0, 2 bij "
    "onbruikbare invoer.",
    "batch": "Beoordeel veel zaken tegelijk, voor salaris- en HR-runs: één record per zaak "
    "in de invoer, in de volgorde van de invoer.\n\nEen foute regel geeft op zijn plaats een "
    "foutrecord en een regel op stderr; de run gaat door en eindigt met exitcode 2. Anders "
    "is de exitcode 1 als een bevinding van een zaak op of boven --fail-on ligt, anders 0. "
    "Het geheugengebruik blijft gelijk, hoe lang de invoer ook is.",
    "agenda": "Wat moet er gebeuren, over alle zaken heen: eerst wat te laat is (oudste "
    "eerst, hoeveel dagen, en het risico), dan wat binnen --within dagen moet, dan de "
    "bevindingen die om actie vragen. Zaken zonder acties worden geteld, niet getoond."
    "\n\nLeest wat batch leest. Een foute regel wordt gemeld (ook op stderr) en de rest gaat "
    "door; dan exitcode 2, anders 1 bij een bevinding op of boven --fail-on, anders 0.",
    "report": "Een HTML-pagina voor het dossier van de casemanager: samenvatting, een "
    "grafiek van de hele zaak, de bevindingen met wat te doen, en de blootstelling. Print "
    "goed op A4.",
    "case": "Zaakbestanden: een sjabloon maken, gebeurtenissen, herstel en terugval "
    "vastleggen, een waarde zetten, bestanden controleren, het JSON-schema tonen.",
    "case init": "Schrijf een zaakbestand-sjabloon met toelichting om in te vullen.",
    "case validate": "Controleer zaakbestanden: elk probleem van elk bestand, daarna "
    "exitcode 2 als er een fout was.",
    "case record": "Leg in het zaakbestand vast dat een stap is gezet, met behoud van "
    "commentaar en opmaak; evaluaties en deskundigenoordeel krijgen de datum erbij in hun "
    "lijst. Toont daarna wat er in de tijdlijn veranderde en de volgende stap.",
    "case recover": "Leg herstel vast: de open ziekteperiode eindigt de dag vóór DATUM.",
    "case relapse": "Leg een nieuwe ziekteperiode vast vanaf DATUM (na herstel). Binnen 28 "
    "dagen na de vorige wordt die ermee samengeteld (art. 7:629 lid 10 BW).",
    "case set": "Zet één waarde in het zaakbestand, met behoud van commentaar en opmaak.",
    "case schema": "Toon het JSON-schema van zaakbestanden (gemaakt uit de modellen).",
}

#: Option and argument help, by its English text.
OPTION_HELP_NL = {
    "The date to judge on: statuses, sick days counted, findings (default: today).": (
        "De datum waarop beoordeeld wordt: statussen, getelde ziektedagen, bevindingen "
        "(standaard: vandaag)."
    ),
    "Language of texts and labels (nl or en).": (
        "Taal van teksten en labels (nl of en); standaard $POORTWACHTER_LANG, anders nl."
    ),
    "Write here instead of stdout; the file appears only when complete.": (
        "Schrijf hierheen in plaats van naar stdout; het bestand verschijnt pas als het "
        "compleet is."
    ),
    "Leave the names of people (the employee, the casemanager) out of the output.": (
        "Laat namen van personen (werknemer, casemanager) weg uit de uitvoer."
    ),
    "With CSV output: standard (comma, decimal point, UTF-8) for scripts, or excel-nl "
    "(semicolon, decimal comma, a BOM, CRLF) to open with a double-click in Dutch Excel.": (
        "Bij CSV: standard (komma, decimale punt, UTF-8) voor scripts, of excel-nl "
        "(puntkomma, decimale komma, BOM, CRLF) om met een dubbelklik in Nederlandse Excel "
        "te openen."
    ),
    "With --format ics: the reminder comes this many days before each date.": (
        "Bij --format ics: de herinnering komt zoveel dagen vóór elke datum."
    ),
    "The case file to change (YAML or JSON).": "Het zaakbestand om te wijzigen (YAML of JSON).",
    "With CSV output: write values exactly, without the leading ' that keeps a spreadsheet "
    "from running a value that starts with = + - @ as a formula. For machine pipelines "
    "only.": (
        "Bij CSV: schrijf waarden precies zoals ze zijn, zonder de ' vooraan die voorkomt "
        "dat een spreadsheet een waarde die met = + - @ begint als formule uitvoert. Alleen "
        "voor verwerking door programma's."
    ),
    "With --format ics: the information-only dates too (UWV's decision terms, the end of a "
    "maximum loonsanctie), which are not actions.": (
        "Bij --format ics: ook de datums die alleen informatie zijn (beslistermijnen van "
        "UWV, het einde van een maximale loonsanctie); dat zijn geen acties."
    ),
    "Exit 1 when a finding is at or above this severity.": (
        "Exitcode 1 bij een bevinding van deze ernst of hoger."
    ),
    "table for people; json or csv for scripts; ics for a calendar of the open milestones.": (
        "table voor mensen; json of csv voor scripts; ics voor een agenda met de open mijlpalen."
    ),
    "csv, xlsx, jsonl or json, when the name and first bytes do not tell.": (
        "csv, xlsx, jsonl of json, als naam en eerste bytes het niet zeggen."
    ),
    "Worker processes; output stays in input order.": (
        "Aantal werkprocessen; de uitvoer blijft in de volgorde van de invoer."
    ),
    "The sheet of an XLSX input to read (default: the first).": (
        "Het werkblad van een XLSX-bestand om te lezen (standaard: het eerste)."
    ),
    "Skip columns that are neither known nor mapped.": (
        "Sla kolommen over die niet bekend zijn en niet in het mappingbestand staan."
    ),
    "Case file (YAML or JSON); - reads stdin.": "Zaakbestand (YAML of JSON); - leest stdin.",
    "An HR export (CSV or XLSX: a row per case or per sick period), JSON Lines or a JSON "
    "array of case documents, one case file, or a folder of case files; - reads stdin.": (
        "Een HR-export (CSV of XLSX: een regel per zaak of per ziekteperiode), JSON Lines of "
        "een JSON-array van zaakdocumenten, één zaakbestand, of een map met zaakbestanden; "
        "- leest stdin."
    ),
    "A YAML file mapping the export's column names to poortwachter's ('Datum 1e "
    "ziektedag: first_sick_day').": (
        "Een YAML-bestand dat kolomnamen van de export koppelt aan die van poortwachter "
        "('Datum 1e ziektedag: first_sick_day')."
    ),
    "table for people; md for an e-mail; ics for a calendar; json, csv or xlsx for scripts "
    "and spreadsheets.": (
        "table voor mensen; md voor een e-mail; ics voor een agenda; json, csv of xlsx voor "
        "scripts en spreadsheets."
    ),
    "With the table: only the header, the findings and the exposure.": (
        "Bij de tabel: alleen de kop, de bevindingen en de blootstelling."
    ),
    "Where, as a path: employee.name, employee.wage.amount, employer.wga_eigenrisicodrager, "
    "extensions.vrijwillige_verlenging_until, ...": (
        "Waar, als pad: employee.name, employee.wage.amount, "
        "employer.wga_eigenrisicodrager, extensions.vrijwillige_verlenging_until, ..."
    ),
    "Where to write the template; - for stdout.": ("Waar het sjabloon heen moet; - voor stdout."),
    "When it happened (default: today); 2025-03-10 or 10-03-2025.": (
        "Wanneer het gebeurde (standaard: vandaag); 2025-03-10 of 10-03-2025."
    ),
    "The step that happened: probleemanalyse, plan_van_aanpak, evaluatie, wia_aanvraag, "
    "... (the keys of the events block); casemanager and spoor2_provider take --value.": (
        "De stap die is gezet: probleemanalyse, plan_van_aanpak, evaluatie, wia_aanvraag, "
        "... (de sleutels van het blok events); casemanager en spoor2_provider met --value."
    ),
    "The new value.": "De nieuwe waarde.",
    "The first day the employee is fit again (hersteld per); the last sick day is the day "
    "before.": (
        "De eerste dag dat de werknemer weer hersteld is (hersteld per); de laatste "
        "ziektedag is de dag ervoor."
    ),
    "The first day of the new sick period.": "De eerste dag van de nieuwe ziekteperiode.",
    "The cause, as free text.": "De oorzaak, als vrije tekst.",
    "Show the version.": "Toon de versie.",
    "Install completion for the current shell.": "Installeer het aanvullen met Tab voor deze shell.",
    "Show completion for the current shell, to copy it or customize the installation.": (
        "Toon het aanvullen met Tab voor deze shell, om over te nemen of de installatie aan "
        "te passen."
    ),
    "Overwrite an existing file.": "Overschrijf een bestaand bestand.",
    "Only the cases of this casemanager (any part of the name, any case).": (
        "Alleen de zaken van deze casemanager (een deel van de naam volstaat, hoofdletters "
        "maken niet uit)."
    ),
    "One group per casemanager, employer or case.": (
        "Eén groep per casemanager, werkgever of zaak."
    ),
    "List what falls due from the as-of date through DAYS days later.": (
        "Toon wat moet vanaf de peildatum tot en met DAGEN dagen later."
    ),
    "Keep only the milestones due from the as-of date through DAYS days later.": (
        "Alleen de mijlpalen vanaf de peildatum tot en met DAGEN dagen later."
    ),
    "For casemanager and spoor2_provider: the name to record.": (
        "Voor casemanager en spoor2_provider: de naam om vast te leggen."
    ),
    "First sick day (YYYY-MM-DD or DD-MM-YYYY), for one uninterrupted sickness.": (
        "Eerste ziektedag (JJJJ-MM-DD of DD-MM-JJJJ), voor één ononderbroken ziekte."
    ),
    "Case files to check; - reads stdin.": "Zaakbestanden om te controleren; - leest stdin.",
    "Case file (YAML or JSON) with sick periods, leave and events; - reads stdin.": (
        "Zaakbestand (YAML of JSON) met ziekteperioden, verlof en gebeurtenissen; - leest stdin."
    ),
    "jsonl: the sanction-risk document per case; csv: one summary row per case; ics: one "
    "calendar with every case's open milestones; xlsx: a workbook with a sheet of cases, "
    "one of open milestones and one of errors (needs --output).": (
        "jsonl: het sanction-risk-document per zaak; csv: één samenvattende regel per zaak; "
        "ics: één agenda met de open mijlpalen van elke zaak; xlsx: een werkmap met een blad "
        "zaken, een blad open mijlpalen en een blad fouten (met --output)."
    ),
    "Show this message and exit.": "Toon deze hulp en stop.",
}

#: Words typer puts in its help panels, in Dutch.
TYPER_NL = {
    "ARGUMENTS_PANEL_TITLE": "Argumenten",
    "OPTIONS_PANEL_TITLE": "Opties",
    "COMMANDS_PANEL_TITLE": "Opdrachten",
    "DEFAULT_STRING": "[standaard: {}]",
    "ENVVAR_STRING": "[omgevingsvariabele: {}]",
    "REQUIRED_LONG_STRING": "[verplicht]",
}
_TYPER_EN: dict[str, str] = {}

#: Metavars (the word after an option) in Dutch.
METAVAR_NL = {
    "DATE": "DATUM",
    "[DATE]": "[DATUM]",
    "FILE": "BESTAND",
    "[FILE]": "[BESTAND]",
    "FILE...": "BESTAND...",
    "DAYS": "DAGEN",
    "TEXT": "TEKST",
    "NAME": "NAAM",
    "KEY": "SLEUTEL",
    "VALUE": "WAARDE",
    "EVENT": "GEBEURTENIS",
    "INPUT": "INVOER",
    "CASE": "ZAAK",
}


def localize(command: Any, lang: str, path: str = "") -> None:
    """Set the help of ``command`` and everything under it in ``lang``. Idempotent: the
    English texts are kept on first use, so a later call can switch back."""
    _typer_words(lang)
    if not hasattr(command, "_poortwachter_en"):
        command._poortwachter_en = {
            "help": command.help,
            "epilog": command.epilog,
            "params": {id(param): (param.help, param.metavar) for param in command.params},
        }
    english = command._poortwachter_en
    if lang == "nl" and path in COMMAND_HELP_NL:
        command.help = COMMAND_HELP_NL[path]
    elif english["help"]:
        command.help = paragraphs(english["help"])
    if english["epilog"]:
        epilog = english["epilog"]
        command.epilog = epilog.replace("Examples", "Voorbeelden") if lang == "nl" else epilog
    for param in command.params:
        help_text, metavar = english["params"].get(id(param), (None, None))
        if help_text is not None:
            param.help = OPTION_HELP_NL.get(help_text, help_text) if lang == "nl" else help_text
        param.metavar = _metavar(param, metavar, lang)
        if getattr(param, "param_type_name", "") == "argument":
            # typer shows an argument's Python type (``<str>``) beside its name: the name
            # says it already.
            param.display_type_rich = _no_type
    for name, sub in getattr(command, "commands", {}).items():
        localize(sub, lang, f"{path} {name}".strip())


def _no_type(ctx: Any) -> None:
    return None


def _metavar(param: Any, metavar: str | None, lang: str) -> str | None:
    """What help shows after an option: its word, the choices, or nothing (a switch)."""
    if getattr(param, "is_flag", False):
        return ""
    if metavar is not None:
        return METAVAR_NL.get(metavar, metavar) if lang == "nl" else metavar
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is None:
        return metavar
    if descriptor.is_choice and descriptor.choices:
        values = [str(getattr(choice, "value", choice)) for choice in descriptor.choices]
        # spaced when long, so a narrow column wraps between choices, not inside one
        return "|".join(values) if len("|".join(values)) <= 16 else " | ".join(values)
    annotation = descriptor.annotation
    if annotation is int:
        return "N" if lang == "en" else "GETAL"
    if annotation is str:
        return METAVAR_NL["TEXT"] if lang == "nl" else "TEXT"
    return None


def _typer_words(lang: str) -> None:
    from typer import rich_utils

    if not _TYPER_EN:
        _TYPER_EN.update({name: getattr(rich_utils, name) for name in TYPER_NL})
    words = TYPER_NL if lang == "nl" else _TYPER_EN
    for name, value in words.items():
        setattr(rich_utils, name, value)


# --- Error messages -------------------------------------------------------------------

#: English parts of messages and their Dutch, longest first where they overlap. Applied
#: to a whole line, so a message composed of parts is translated part by part.
MESSAGE_NL: tuple[tuple[str, str], ...] = (
    # click and typer
    (r"No such option: (\S+)", r"onbekende optie: \1"),
    (r"No such command '([^']*)'\.?", r"onbekende opdracht '\1'"),
    (r"Missing argument 'INPUT'\.?", "argument 'INVOER' ontbreekt"),
    (r"Missing argument 'FILE'\.?", "argument 'BESTAND' ontbreekt"),
    (r"Missing argument 'CASE'\.?", "argument 'ZAAK' ontbreekt"),
    (r"Missing argument 'DATE'\.?", "argument 'DATUM' ontbreekt"),
    (r"Missing argument 'EVENT'\.?", "argument 'GEBEURTENIS' ontbreekt"),
    (r"Missing argument 'KEY'\.?", "argument 'SLEUTEL' ontbreekt"),
    (r"Missing argument 'VALUE'\.?", "argument 'WAARDE' ontbreekt"),
    (r"Missing argument 'FILE\.\.\.'\.?", "argument 'BESTAND...' ontbreekt"),
    (r"Missing argument '([^']*)'\.?", r"argument '\1' ontbreekt"),
    (r"Missing option '([^']*)'\.?", r"optie '\1' ontbreekt"),
    (r"Missing parameter: (\S+)", r"\1 ontbreekt"),
    (
        r"Invalid value for ('[^']*'(?: / '[^']*')*) \(env var: '([^']*)'\):",
        r"ongeldige waarde voor \1 (uit de omgevingsvariabele \2):",
    ),
    (
        r"Invalid value for ('[^']*'(?: / '[^']*')*):",
        r"ongeldige waarde voor \1:",
    ),
    (r"Option '([^']*)' requires an argument\.?", r"optie '\1' verwacht een waarde"),
    (r"Got unexpected extra arguments? \(([^)]*)\)", r"onverwacht extra argument (\1)"),
    (r"'([^']*)' is not one of (.*)\.", r"'\1' is niet een van \2."),
    (r"'([^']*)' is not a valid integer\.?", r"'\1' is geen geheel getal"),
    (r"is not in the range (.*)\.", r"valt buiten het bereik \1."),
    (r"Did you mean (.*)\?", r"Bedoelde u \1?"),
    # poortwachter
    (
        r"is not a date \(use YYYY-MM-DD or DD-MM-YYYY\)",
        "is geen datum (gebruik JJJJ-MM-DD of DD-MM-JJJJ)",
    ),
    (r"is not before the first sick day", "ligt niet vóór de eerste ziektedag"),
    (r"is before the first sick day", "ligt vóór de eerste ziektedag"),
    (r"is before the start", "ligt vóór het begin"),
    (r"no such file or folder", "bestand of map bestaat niet"),
    (r"no such file", "bestand bestaat niet"),
    (r"cannot read or write", "kan niet lezen of schrijven"),
    (r"cannot read", "kan niet lezen"),
    (r"cannot write", "kan niet schrijven"),
    (r"\(the file is unchanged\)", "(het bestand is niet gewijzigd)"),
    (r"the file is unchanged", "het bestand is niet gewijzigd"),
    (r"the change could not be placed safely", "de wijziging kon niet veilig worden aangebracht"),
    (r"(\d+) row\(s\) could not be judged", r"\1 regel(s) konden niet worden beoordeeld"),
    (r"\brow (\d+)\b", r"regel \1"),
    (r"\brows (\d+) and (\d+)\b", r"regels \1 en \2"),
    (r"unknown key \(valid here: ", "onbekende sleutel (hier geldig: "),
    (r"unknown event '", "onbekende gebeurtenis '"),
    (r"unknown key '", "onbekende sleutel '"),
    (r"unknown CSV column '", "onbekende CSV-kolom '"),
    (r"; did you mean '([^']*)'\?", r"; bedoelde u '\1'?"),
    (r"\(valid: ", "(geldig: "),
    (r"missing \(a required key\)", "ontbreekt (verplichte sleutel)"),
    (r"missing \(every row needs one\)", "ontbreekt (elke regel heeft er een nodig)"),
    (r"empty \(at least one entry is needed\)", "leeg (er is minstens één nodig)"),
    (r"is not valid \(use true or false, ja or nee\)", "is niet geldig (gebruik ja of nee)"),
    (r"not an amount \(use 3200\.00 or 3\.200,00\)", "geen bedrag (gebruik 3200.00 of 3.200,00)"),
    (
        r"not an amount \(use a number such as 3200\.00 or 3\.200,00\)",
        "geen bedrag (gebruik 3200.00 of 3.200,00)",
    ),
    (r"is out of range \(use", "valt buiten het bereik (gebruik"),
    (r"\buse a number at least (\S+?)\)", r"gebruik een getal van minstens \1)"),
    (r"\buse a number at most (\S+?)\)", r"gebruik een getal van hooguit \1)"),
    (r"\buse a number above (\S+?)\)", r"gebruik een getal boven \1)"),
    (r"\(gebruik a number at least (\S+?)\)", r"(gebruik een getal van minstens \1)"),
    (r"\(gebruik a number at most (\S+?)\)", r"(gebruik een getal van hooguit \1)"),
    (r"\(gebruik a number above (\S+?)\)", r"(gebruik een getal boven \1)"),
    (r"use a number such as 3200\.00", "gebruik een getal zoals 3200.00"),
    (r"an amount from 0\.01 to 10000000", "een bedrag van 0,01 tot 10000000"),
    (r"out of range \(use", "buiten het bereik (gebruik"),
    (
        r"is not a case id \(use text, such as E-1042\)",
        "is geen zaaknummer (gebruik tekst, zoals E-1042)",
    ),
    (
        r"an empty case id \(use text, such as E-1042\)",
        "een leeg zaaknummer (gebruik tekst, zoals E-1042)",
    ),
    (r"is not a finite number", "is geen eindig getal"),
    (r"is not supported \(use ", "wordt niet ondersteund (gebruik "),
    (r"is not true or false", "is geen ja of nee"),
    (r"is not a wage period \(use ", "is geen loonperiode (gebruik "),
    (r"is a date, not a text", "is een datum, geen tekst"),
    (r"is not a mapping of keys", "is geen verzameling sleutels"),
    (r"is not a list\b", "is geen lijst"),
    (r"characters: too large to read", "tekens: te groot om te lezen"),
    (r"bytes: too large to read", "bytes: te groot om te lezen"),
    (r"is not text \(write it as plain text\)", "is geen tekst (schrijf het als gewone tekst)"),
    (r"is not a number", "is geen getal"),
    (r"is not a whole number", "is geen geheel getal"),
    (r"the sick periods overlap", "de ziekteperioden overlappen"),
    (r"is a folder, not a case file", "is een map, geen zaakbestand"),
    (r"not a regular file \(a pipe or a device\)", "geen gewoon bestand (een pipe of apparaat)"),
    (
        r"not a text file \(use UTF-8 YAML or JSON\)",
        "geen tekstbestand (gebruik UTF-8 YAML of JSON)",
    ),
    (r"too large for a case file \(at most 1 MB\)", "te groot voor een zaakbestand (hooguit 1 MB)"),
    (
        r"exists already \(use --force to overwrite\)",
        "bestaat al (gebruik --force om te overschrijven)",
    ),
    (
        r"standard input is closed: give a file, or pipe one in",
        "standaardinvoer is gesloten: geef een bestand op, of stuur er een in",
    ),
    (
        r"the last sick period is still open; record the recovery with 'case recover' first",
        "de laatste ziekteperiode is nog open; leg eerst het herstel vast met 'case recover'",
    ),
    (
        r"the last sick period has ended already \(on ([^)]*)\); record a new period with 'case relapse' first",
        r"de laatste ziekteperiode is al geëindigd (op \1); leg eerst een nieuwe periode vast met 'case relapse'",
    ),
    (r"is a name: give it with --value", "is een naam: geef die met --value"),
    (
        r"a workbook is not for a terminal: give --output FILE\.xlsx \(or redirect stdout\)",
        "een werkmap is niet voor een terminal: geef --output BESTAND.xlsx (of leid stdout om)",
    ),
    (
        r"not UTF-8: read as Windows-1252 \(cp1252\), as Excel saves",
        "geen UTF-8: gelezen als Windows-1252 (cp1252), zoals Excel opslaat",
    ),
    (
        r"is more than the (\d+) CPUs here: using (\d+)",
        r"is meer dan de \1 processorkernen hier: er worden er \2 gebruikt",
    ),
    (
        r"\bline (\d+), column (\d+): not valid YAML: found character '\\t' that cannot start any token",
        r"regel \1, kolom \2: geen geldige YAML: een tab; spring in met spaties",
    ),
    (r"\bline (\d+), column (\d+): not valid YAML:", r"regel \1, kolom \2: geen geldige YAML:"),
    (r"\bline (\d+): ", r"regel \1: "),
    (r"not valid JSON:", "geen geldige JSON:"),
    (
        r"duplicate key \(each key may appear once\)",
        "dubbele sleutel (elke sleutel mag één keer voorkomen)",
    ),
    (r"Input should be greater than or equal to (\S+)", r"moet minstens \1 zijn"),
    (r"Input should be less than or equal to (\S+)", r"mag hooguit \1 zijn"),
    (r"\(Possible options: ([^)]*)\)", r"(mogelijke opties: \1)"),
    (r"Got unexpected extra argument\(s\) \(([^)]*)\)", r"onverwacht extra argument (\1)"),
    (
        r"two open sick periods, or an open one before another \(give the last sick day or the recovery date\)",
        "twee open ziekteperioden, of een open periode vóór een andere (geef de laatste ziektedag of de hersteldatum)",
    ),
    (
        r"case_id (.*) again \(first in regel (\d+)\): a case file holds the whole case; give each case once",
        r"case_id \1 nogmaals (eerst in regel \2): een zaakbestand bevat de hele zaak; geef elke zaak één keer",
    ),
    (
        r"is not after (\S+): list evaluations in order",
        r"ligt niet na \1: zet de evaluaties op volgorde",
    ),
    (r"is before the first sick day (\S+)", r"ligt vóór de eerste ziektedag \1"),
    (
        r"is after (\S+): a first sick day that far ahead is a typo",
        r"ligt na \1: een eerste ziektedag zo ver vooruit is een tikfout",
    ),
    (r"is not a language \(use nl or en\)", "is geen taal (gebruik nl of en)"),
    (
        r"employee\.wage\.per = month \(set it with: case set FILE employee\.wage\.per week\)",
        "employee.wage.per = month, per maand (wijzig met: case set BESTAND employee.wage.per week)",
    ),
    (
        r"(\S+) is after today \((\S+)\): record a step once it has happened",
        r"\1 ligt na vandaag (\2): leg een stap vast als hij gezet is",
    ),
    (r"takes no date", "krijgt geen datum"),
    (r"ongeldige waarde voor 'EVENT'", "ongeldige waarde voor 'GEBEURTENIS'"),
    (r"ongeldige waarde voor 'KEY'", "ongeldige waarde voor 'SLEUTEL'"),
    (r"ongeldige waarde voor 'DATE'", "ongeldige waarde voor 'DATUM'"),
    (r"ongeldige waarde voor 'VALUE'", "ongeldige waarde voor 'WAARDE'"),
    (r"ongeldige waarde voor 'FILE'", "ongeldige waarde voor 'BESTAND'"),
    (
        r"(\S+) is 28 or more fit days after the last sick day (\S+): a new sickness, not added to this case \(art\. 7:629 lid 10 BW\); start a new case file with 'case init'",
        r"\1 ligt 28 of meer hersteldagen na de laatste ziektedag \2: een nieuwe ziekte, niet opgeteld bij deze zaak (art. 7:629 lid 10 BW); begin een nieuw zaakbestand met 'case init'",
    ),
    (
        r"no case has a casemanager matching '(.*)': (\d+) case\(s\) left out \(see them with --group-by casemanager\)",
        r"geen zaak heeft een casemanager die past bij '\1': \2 zaak/zaken weggelaten (zie ze met --group-by casemanager)",
    ),
    (r"^aborted$", "afgebroken"),
    (
        r"internal error \(([^)]*)\); please report it with the command you ran \(set ([^ ]*) for details\)",
        r"interne fout (\1); meld het graag met de opdracht die u gaf (zet \2 voor details)",
    ),
)
_COMPILED = tuple((re.compile(pattern), replacement) for pattern, replacement in MESSAGE_NL)


def message(line: str, lang: str) -> str:
    """An error line for stderr in ``lang``: English as composed, or translated part by
    part into Dutch (values, names and paths stay as they are)."""
    if lang != "nl":
        return line
    for pattern, replacement in _COMPILED:
        line = pattern.sub(replacement, line)
    return line


def error_prefix(lang: str) -> str:
    return "Fout:" if lang == "nl" else "Error:"
