"""The command line in Dutch (the default) and English: help texts, option descriptions,
the words typer and click put around them, and error messages.

The commands are declared once, with English help (``cli.py``); before a run, ``localize``
sets the texts of the language asked for (``--lang``, else ``POORTWACHTER_LANG``, else
Dutch) on the command tree. Help is written as paragraphs without hard line breaks, so
that it wraps to the terminal; option types show as a word (``DATE``, ``FILE``), a list of
choices (``nl|en``) or nothing for a switch, never as ``<list[str]>``.

Error lines are messages (an id and its values) put in words where they are shown
(``outputs/messages.py``); nothing here translates a finished line.
"""

from __future__ import annotations

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
    "datum, status en grondslag.\n\nGeef een zaakbestand (ZAAK, of --case BESTAND: "
    "meerdere perioden, verlof en vastgelegde gebeurtenissen) of --first-sick (één "
    "ononderbroken ziekte). Dagen "
    "tellen in kalenderdagen vanaf de eerste ziektedag; onderbroken ziekte wordt "
    "samengeteld volgens art. 7:629 lid 10 BW.",
    "rules": "De wetsgegevens die het programma toepast: elke mijlpaal en elke soort "
    "bevinding, en de onderdelen van het re-integratieverslag, met hun teksten, soort of "
    "ernst, grondslag en de link naar elk artikel (een sjabloon: {date} is de dag waarop het "
    "artikel geldt).",
    "riv": "Een concept-re-integratieverslag om af te maken: de onderdelen van het verslag, "
    "ingevuld met wat de zaak weet (de werknemer, de werkgever, de keten met onderbrekingen "
    "en verlof, elke termijn met datum en stand, het spoor, de verlengingen), elk onderdeel "
    "aanwezig, uit het dossier overgenomen, of gemarkeerd als ontbrekend met wat het moet "
    "bevatten.",
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
    "goed op A4.\n\nBij een map: een pagina voor elk zaakbestand erin (.yaml, .yml, .json) "
    "en index.html met een link naar elke pagina en de stand van elke zaak; een bestand "
    "dat niet te lezen is, staat als regel op de index en op stderr, de andere worden "
    "toch geschreven, en de exitcode is 2.",
    "case": "Zaakbestanden: een sjabloon maken, gebeurtenissen, herstel en terugval "
    "vastleggen, een waarde zetten, bestanden controleren, het JSON-schema tonen.",
    "case init": "Schrijf een nieuw zaakbestand: een sjabloon met toelichting waarvan de "
    "plaatshouders (<...>) nog moeten worden ingevuld, of met --id, --name, --employer en "
    "--first-sick een zaak met die waarden (meteen geldig, met --id en --first-sick).",
    "case validate": "Controleer zaakbestanden: elk probleem van elk bestand, daarna "
    "exitcode 2 als er een fout was.",
    "case record": "Leg in het zaakbestand vast dat een stap is gezet, met behoud van "
    "commentaar en opmaak; evaluaties en deskundigenoordeel krijgen de datum erbij in hun "
    "lijst. Toont daarna wat er in de tijdlijn veranderde en de volgende stap. Een datum na "
    "vandaag wordt geweigerd: een stap wordt vastgelegd als hij gezet is. Een stap die al "
    "met een andere datum is vastgelegd, wordt geweigerd: --replace vervangt die.",
    "case recover": "Leg herstel vast: de open ziekteperiode eindigt de dag vóór DATUM.",
    "case relapse": "Leg een nieuwe ziekteperiode vast vanaf DATUM (na herstel). Binnen 28 "
    "dagen na de vorige wordt die ermee samengeteld (art. 7:629 lid 10 BW).",
    "case set": "Zet één waarde in het zaakbestand, met behoud van commentaar en opmaak.",
    "case schema": "Toon het JSON-schema van zaakbestanden (gemaakt uit de modellen).",
}

#: Option and argument help in Dutch, by the parameter's name; by ``<command> <name>``
#: where one name means something else in another command (``timeline case``).
OPTION_HELP_NL: dict[str, str] = {
    "as_of": "De datum waarop beoordeeld wordt: statussen, getelde ziektedagen, bevindingen (standaard: vandaag).",
    "case": "Zaakbestand (YAML of JSON); - leest stdin.",
    "timeline case": "Zaakbestand (YAML of JSON) met ziekteperioden, verlof en gebeurtenissen; - leest stdin.",
    "report case": "Zaakbestand (YAML of JSON), of een map met zaakbestanden; - leest stdin.",
    "case_option": "Het zaakbestand, in plaats van ZAAK (niet allebei).",
    "report output": "Schrijf hierheen in plaats van naar stdout; het bestand verschijnt pas als het compleet is. Bij een map met zaakbestanden: de map voor een pagina per zaak en index.html (wordt gemaakt als die er niet is).",
    "casemanager": "Alleen de zaken van deze casemanager (een deel van de naam volstaat, hoofdletters maken niet uit).",
    "cause": "De oorzaak, als vrije tekst.",
    "columns": "De kolommen van de export: een ingebouwde preset (afas-profit, nmbrs, visma-verzuim, nl), of een YAML-bestand dat de kolomnamen koppelt aan die van poortwachter ('Datum 1e ziektedag: first_sick_day').",
    "csv_dialect": "Bij CSV: standard (komma, decimale punt, UTF-8) voor scripts, of excel-nl (puntkomma, decimale komma, BOM, CRLF) om met een dubbelklik in Nederlandse Excel te openen.",
    "rules output_format": "table: voor mensen; json of csv: voor scripts, om op id te koppelen.",
    "riv output_format": "html: een pagina om af te drukken of als PDF te bewaren; docx: een Word-document om af te maken; json: de gegevens, voor een script.",
    "due_within": "Alleen de mijlpalen vanaf de peildatum tot en met DAGEN dagen later.",
    "detail": "Het JSON Lines-record: compact (id's, datums, standen, bedragen; de teksten staan in poortwachter rules) of full (het sanction-risk-document van elke zaak).",
    "receipt_file": "Schrijf de verantwoording van de run hierheen als JSON, één keer: de versie, de vingerafdruk van de wetsgegevens en de bedragen met een ingangsdatum die het programma toepast.",
    "event": "De stap die is gezet: de sleutel in het blok events (probleemanalyse, plan_van_aanpak, evaluatie, wia_aanvraag, ...) of de naam zoals het programma die schrijft ('Plan van aanpak', 42e-weeksmelding, re-integratieverslag); casemanager en spoor2_provider met --value.",
    "replace": "Vervang de vastgelegde datum (een correctie); bij evaluaties en deskundigenoordeel: de laatste datum van de lijst.",
    "case init case_id": "Het zaaknummer.",
    "case init name": "De naam van de werknemer.",
    "case init employer": "De naam van de werkgever.",
    "case init first_sick": "De eerste ziektedag.",
    "fail_on": "Exitcode 1 bij een bevinding van deze ernst of hoger.",
    "case init file": "Waar het zaakbestand heen moet; - voor stdout.",
    "file": "Het zaakbestand om te wijzigen (YAML of JSON).",
    "files": "Zaakbestanden om te controleren; - leest stdin.",
    "first_sick": "Eerste ziektedag (JJJJ-MM-DD of DD-MM-JJJJ), voor één ononderbroken ziekte.",
    "fit_again": "De eerste dag dat de werknemer weer hersteld is (hersteld per); de laatste ziektedag is de dag ervoor.",
    "force": "Overschrijf een bestaand bestand.",
    "group_by": "Eén groep per casemanager, werkgever of zaak.",
    "ignore_unknown": "Sla kolommen over die niet bekend zijn en niet in het mappingbestand staan.",
    "include_closed": "Ook de stappen van afgesloten zaken: hersteld zonder dat een terugval nog bij de keten hoort, of met de loondoorbetaling voorbij (hun niet vastgelegde stappen zijn geschiedenis).",
    "include_info": "Bij --format ics: ook de datums die alleen informatie zijn (beslistermijnen van UWV, het einde van een maximale loonsanctie); dat zijn geen acties.",
    "input_format": "csv, xlsx, jsonl of json, als naam en eerste bytes het niet zeggen.",
    "install_completion": "Installeer het aanvullen met Tab voor deze shell.",
    "key": "Waar, als pad: employee.name, employee.wage.amount, employer.wga_eigenrisicodrager, extensions.vrijwillige_verlenging_until, ...",
    "language": "Taal van teksten en labels (nl of en); standaard $POORTWACHTER_LANG, anders nl.",
    "no_names": "Laat namen van personen (werknemer, casemanager) weg uit de uitvoer.",
    "output": "Schrijf hierheen in plaats van naar stdout; het bestand verschijnt pas als het compleet is.",
    "agenda output_format": "table voor mensen; md voor een e-mail; ics voor een agenda; json, csv of xlsx voor scripts en spreadsheets.",
    "batch output_format": "jsonl: het sanction-risk-document per zaak; csv: één samenvattende regel per zaak; ics: één agenda met de open mijlpalen van elke zaak; xlsx: een werkmap met een blad zaken, een blad open mijlpalen en een blad fouten (met --output).",
    "output_format": "table voor mensen; json of csv voor scripts; ics voor een agenda met de open mijlpalen.",
    "raw_csv": "Bij CSV: schrijf waarden precies zoals ze zijn, zonder de ' vooraan die voorkomt dat een spreadsheet een waarde die met = + - @ begint als formule uitvoert. Alleen voor verwerking door programma's.",
    "remind_days": "Bij --format ics: de herinnering komt zoveel dagen vóór elke datum.",
    "sheet": "Het werkblad van een XLSX-bestand om te lezen (standaard: het eerste).",
    "show_completion": "Toon het aanvullen met Tab voor deze shell, om over te nemen of de installatie aan te passen.",
    "source": "Een HR-export (CSV of XLSX: een regel per zaak of per ziekteperiode), JSON Lines of een JSON-array van zaakdocumenten, één zaakbestand, of een map met zaakbestanden; - leest stdin.",
    "start": "De eerste dag van de nieuwe ziekteperiode.",
    "summary": "Bij de tabel: alleen de kop, de bevindingen en de blootstelling.",
    "case record value": "Voor casemanager en spoor2_provider: de naam om vast te leggen.",
    "case set value": "De nieuwe waarde.",
    "version": "Toon de versie.",
    "when": "Wanneer het gebeurde (standaard: de datum van --as-of, anders vandaag); 2025-03-10 of 10-03-2025. Voor casemanager en spoor2_provider: de naam.",
    "within": "Toon wat moet vanaf de peildatum tot en met DAGEN dagen later.",
    "workers": "Aantal werkprocessen (standaard: één per processorkern, hooguit 8; een kleine invoer wordt in dit proces beoordeeld); de uitvoer blijft in de volgorde van de invoer.",
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
    "[CASE]": "[ZAAK]",
    "PATH": "PAD",
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
            param.help = dutch_help(path, param.name) if lang == "nl" else help_text
        param.metavar = _metavar(param, metavar, lang)
        if getattr(param, "param_type_name", "") == "argument":
            # typer shows an argument's Python type (``<str>``) beside its name: the name
            # says it already.
            param.display_type_rich = _no_type
    for name, sub in getattr(command, "commands", {}).items():
        localize(sub, lang, f"{path} {name}".strip())


def dutch_help(path: str, name: str) -> str:
    """The Dutch help of parameter ``name`` of the command at ``path`` (``"case set"``)."""
    return OPTION_HELP_NL.get(f"{path} {name}".strip()) or OPTION_HELP_NL[_NAMES.get(name, name)]


#: Parameters declared under another name where they mean the same.
_NAMES = {"lang": "language"}


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
