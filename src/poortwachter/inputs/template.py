"""The commented case-file template of ``poortwachter case init``, its comments in Dutch
or English (the keys are the contract's and stay as they are), and the case written from
it with the values given on the command line.

The values a person must give are placeholders between ``<`` and ``>``
(``placeholders.py``): a template is refused by every command until they are filled in,
so that an example never passes for a case (docs/case-files.md).
"""

from __future__ import annotations

from collections.abc import Mapping

CASE_TEMPLATE = """\
# poortwachter case file (schema_version 1). Dates are YYYY-MM-DD (or DD-MM-YYYY).
# A value between < and > is a placeholder: fill it in, for example with
#   poortwachter case set THIS_FILE first_sick_day 2025-01-06
# While one is left, every command refuses the file and names what is left. Filled in
# at once: poortwachter case init FILE --id E-1 --name "J. Jansen" --first-sick DATE
# Fill in what you know; leave out what does not apply. Check it with
#   poortwachter case validate THIS_FILE
# and judge it with
#   poortwachter sanction-risk THIS_FILE
schema_version: 1
case_id: <CASE ID>               # required: any text that identifies the case

employee:                        # optional
  name: <FIRST AND LAST NAME>
  # date_of_birth: 1970-01-31    # AOW age ends wage payment early (BW 7:629 lid 2)
  # contract_end: 2025-12-31     # last day of the contract, if it ends while sick
  # hours_per_week: 36           # contract hours, for the year-1 minimum-wage floor
  # wage:                        # gross wage, for the money figures
  #   amount: 3200.00
  #   per: month                 # day | week | 4weeks | month | year

employer:                        # optional
  name: <EMPLOYER>
  wga_eigenrisicodrager: false   # true: spoor 3 applies after the waiting period
  pay_percentage: {year1: 70, year2: 70}   # CAO percentages; the law's minimum is 70
  # zw_eigenrisicodrager: false  # true: self-insurer for the Ziektewet (ZW art. 63a)

sick_periods:                    # required, in order, not overlapping
  - start: <FIRST SICK DAY>      # first sick day
    # end: 2025-02-02            # last sick day; leave out while still sick
    # cause: rugklachten         # optional free text
    # percentage: 100            # how much of the work the employee cannot do (1-100)
    # pregnancy_related: false   # sickness from pregnancy or childbirth (ZW art. 29a)
    # same_cause_as_previous: true   # on a later period: the case's word on the cause
# leave_periods:                 # optional WAZO leave (zwangerschaps- en bevallingsverlof)
#   - {start: 2025-06-01, end: 2025-09-20}

events:                          # what has happened, each with its date
  # arbodienst_melding: 2025-01-07
  # probleemanalyse: 2025-02-12
  # plan_van_aanpak: 2025-02-26
  # casemanager: A. Jansen
  # evaluaties: [2025-04-09, 2025-05-21]
  # ziekmelding_uwv: 2025-10-27
  # arbeidsdeskundig_onderzoek: 2025-11-10
  # spoor1_no_prospect: 2025-11-10   # return in the own organisation found not possible
  # eerstejaarsevaluatie: 2025-12-20
  # spoor2_start: 2026-01-15
  # spoor2_provider: Re-integratiebureau
  # deskundigenoordeel: [2026-03-01]
  # reintegratieverslag: 2026-09-30
  # actueel_oordeel: 2026-09-20
  # wia_brief_uwv: 2026-09-15    # the date UWV sent its letter about the WIA application
  # wia_brief_uwv_ontvangen: 2026-09-17   # the date that letter arrived
  # wia_aanvraag: 2026-10-10
  # ziekmelding_uit_dienst: 2025-12-31        # report to UWV when the contract ends
  # reintegratieverslag_ziektewet: 2025-12-31
  # ziekmelding_zwangerschap: 2025-02-10      # report of pregnancy-related sickness
  # ziekmelding_zwangerschap_na_verlof: 2025-11-03   # the same, for sickness after the leave
  # ziektewet_brief_uwv: 2026-01-08           # UWV's letter asking for the re-integratieverslag

# extensions:
#   vrijwillige_verlenging_until: 2027-06-30   # last day, as set by UWV (13 weeks or more)
#   loonsanctie:
#     weeks: 52                  # 1 to 52
#     decided: 2026-11-20
#     herstel_gemeld: 2027-02-05    # the employer reported the repair to UWV
#     herstel_decided: 2027-03-01   # bekorting: UWV's decision that it was repaired
"""

#: The template with its comments in Dutch.
CASE_TEMPLATE_NL = """\
# poortwachter-zaakbestand (schema_version 1). Datums als DD-MM-JJJJ of JJJJ-MM-DD.
# Een waarde tussen < en > is een plaatshouder: vul die in, bijvoorbeeld met
#   poortwachter case set DIT_BESTAND first_sick_day 06-01-2025
# Zolang er een staat, weigert elke opdracht het bestand en noemt wat nog open is. Meteen
# ingevuld: poortwachter case init BESTAND --id E-1 --name "J. Jansen" --first-sick DATUM
# Vul in wat u weet; laat weg wat niet van toepassing is. Controleer het met
#   poortwachter case validate DIT_BESTAND
# en beoordeel het met
#   poortwachter sanction-risk DIT_BESTAND
schema_version: 1
case_id: <ZAAKNUMMER>            # verplicht: elke tekst die de zaak aanduidt

employee:                        # werknemer (optioneel)
  name: <VOORNAAM ACHTERNAAM>
  # date_of_birth: 1970-01-31    # AOW-leeftijd: loon stopt eerder (BW 7:629 lid 2)
  # contract_end: 2025-12-31     # laatste dag van het contract, als dat tijdens ziekte eindigt
  # hours_per_week: 36           # contracturen, voor de minimumloongrens in jaar 1
  # wage:                        # brutoloon, voor de bedragen
  #   amount: 3200.00
  #   per: month                 # day | week | 4weeks | month | year (of maand, jaar, ...)

employer:                        # werkgever (optioneel)
  name: <WERKGEVER>
  wga_eigenrisicodrager: false   # true: na de wachttijd volgt spoor 3
  pay_percentage: {year1: 70, year2: 70}   # percentages uit de cao; de wet vraagt minstens 70
  # zw_eigenrisicodrager: false  # true: eigenrisicodrager voor de Ziektewet (ZW art. 63a)

sick_periods:                    # ziekteperioden: verplicht, op volgorde, zonder overlap
  - start: <EERSTE ZIEKTEDAG>    # eerste ziektedag
    # end: 2025-02-02            # laatste ziektedag; weglaten zolang de werknemer ziek is
    # cause: rugklachten         # oorzaak, vrije tekst (optioneel)
    # percentage: 100            # hoeveel van het werk de werknemer niet kan doen (1-100)
    # pregnancy_related: false   # ziekte door zwangerschap of bevalling (ZW art. 29a)
    # same_cause_as_previous: true   # bij een latere periode: dezelfde oorzaak als de vorige?
# leave_periods:                 # optioneel: WAZO-verlof (zwangerschaps- en bevallingsverlof)
#   - {start: 2025-06-01, end: 2025-09-20}

events:                          # wat er is gebeurd, elk met zijn datum
  # arbodienst_melding: 2025-01-07
  # probleemanalyse: 2025-02-12
  # plan_van_aanpak: 2025-02-26
  # casemanager: A. Jansen
  # evaluaties: [2025-04-09, 2025-05-21]
  # ziekmelding_uwv: 2025-10-27
  # arbeidsdeskundig_onderzoek: 2025-11-10
  # spoor1_no_prospect: 2025-11-10   # terugkeer in de eigen organisatie bleek niet mogelijk
  # eerstejaarsevaluatie: 2025-12-20
  # spoor2_start: 2026-01-15
  # spoor2_provider: Re-integratiebureau
  # deskundigenoordeel: [2026-03-01]
  # reintegratieverslag: 2026-09-30
  # actueel_oordeel: 2026-09-20
  # wia_brief_uwv: 2026-09-15    # de datum van de brief van UWV over de WIA-aanvraag
  # wia_brief_uwv_ontvangen: 2026-09-17   # de dag dat die brief binnenkwam
  # wia_aanvraag: 2026-10-10
  # ziekmelding_uit_dienst: 2025-12-31        # melding aan UWV als het contract eindigt
  # reintegratieverslag_ziektewet: 2025-12-31
  # ziekmelding_zwangerschap: 2025-02-10      # melding van ziekte door zwangerschap
  # ziekmelding_zwangerschap_na_verlof: 2025-11-03   # idem, voor ziekte na het verlof
  # ziektewet_brief_uwv: 2026-01-08           # brief van UWV: stuur het re-integratieverslag

# extensions:
#   vrijwillige_verlenging_until: 2027-06-30   # laatste dag volgens UWV (13 weken of meer)
#   loonsanctie:
#     weeks: 52                  # 1 tot en met 52
#     decided: 2026-11-20
#     herstel_gemeld: 2027-02-05    # de werkgever meldde het herstel aan UWV
#     herstel_decided: 2027-03-01   # bekorting: UWV besliste dat het is hersteld
"""

#: The template by language.
CASE_TEMPLATES = {"en": CASE_TEMPLATE, "nl": CASE_TEMPLATE_NL}

#: The placeholders of each template, by the key path they stand at.
PLACEHOLDERS = {
    "en": {
        "case_id": "<CASE ID>",
        "employee.name": "<FIRST AND LAST NAME>",
        "employer.name": "<EMPLOYER>",
        "sick_periods[0].start": "<FIRST SICK DAY>",
    },
    "nl": {
        "case_id": "<ZAAKNUMMER>",
        "employee.name": "<VOORNAAM ACHTERNAAM>",
        "employer.name": "<WERKGEVER>",
        "sick_periods[0].start": "<EERSTE ZIEKTEDAG>",
    },
}
#: The values a case can do without: a case written from values leaves them out (as a
#: comment to fill in later) when they are not given, instead of keeping a placeholder.
OPTIONAL = ("employee.name", "employer.name")


def case_template(lang: str, values: Mapping[str, str] | None = None) -> str:
    """The template in ``lang``. With ``values`` (by key path, at least one), a case
    instead: each value given in place of its placeholder, an optional value not given
    left out as a comment, a required one not given left a placeholder."""
    from .yaml_text import scalar

    template = CASE_TEMPLATES[lang]
    if not values:
        return template
    lines = template.splitlines(keepends=True)
    for path, placeholder in PLACEHOLDERS[lang].items():
        at = next(
            n
            for n, line in enumerate(lines)
            if line.lstrip().startswith(f"{path.rsplit('.', 1)[-1]}: {placeholder}")
            or line.lstrip().startswith(f"- start: {placeholder}")
        )
        if path in values:
            lines[at] = _in_place(lines[at], placeholder, scalar(values[path]))
        elif path in OPTIONAL:
            lines[at] = _commented(lines[at])
            if path == "employee.name":  # the block holds nothing else: out with it
                block = lines.index(next(line for line in lines if line.startswith("employee:")))
                lines[block] = _commented(lines[block])
    return "".join(lines)


def _in_place(line: str, placeholder: str, value: str) -> str:
    """``line`` with ``value`` for ``placeholder``, its comment kept in its column where
    the value leaves room."""
    before, after = line.split(placeholder, 1)
    gap = len(after) - len(after.lstrip(" "))
    if after.lstrip(" ").startswith("#"):
        gap = max(2, gap + len(placeholder) - len(value))
        return before + value + " " * gap + after.lstrip(" ")
    return before + value + after


def _commented(line: str) -> str:
    """``line`` made a comment at its own indent, its own comment kept in its column."""
    indent = len(line) - len(line.lstrip(" "))
    body = line[indent:]
    key, _, rest = body.partition(" ")
    gap = len(rest) - len(rest.lstrip(" "))
    if rest.lstrip(" ").startswith("#") and gap > 3:
        rest = " " * (gap - 2) + rest.lstrip(" ")
    return " " * indent + "# " + key + (" " + rest if rest else "")
