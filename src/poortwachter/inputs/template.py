"""The commented case-file template of ``poortwachter case init``, its comments in Dutch
or English (the keys are the contract's and stay as they are)."""

CASE_TEMPLATE = """\
# poortwachter case file (schema_version 1). Dates are YYYY-MM-DD (or DD-MM-YYYY).
# Fill in what you know; leave out what does not apply. Check it with
#   poortwachter case validate THIS_FILE
# and judge it with
#   poortwachter sanction-risk THIS_FILE
schema_version: 1
case_id: E-0001                  # required: any text that identifies the case

employee:                        # optional
  name: Voornaam Achternaam
  # date_of_birth: 1970-01-31    # AOW age ends wage payment early (BW 7:629 lid 2)
  # contract_end: 2025-12-31     # last day of the contract, if it ends while sick
  # hours_per_week: 36           # contract hours, for the year-1 minimum-wage floor
  # wage:                        # gross wage, for the money figures
  #   amount: 3200.00
  #   per: month                 # day | week | 4weeks | month | year

employer:                        # optional
  name: Werkgever B.V.
  wga_eigenrisicodrager: false   # true: spoor 3 applies after the waiting period
  pay_percentage: {year1: 70, year2: 70}   # CAO percentages; the law's minimum is 70
  # zw_eigenrisicodrager: false  # true: self-insurer for the Ziektewet (ZW art. 63a)

sick_periods:                    # required, in order, not overlapping
  - start: 2025-01-06            # first sick day
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
# Vul in wat u weet; laat weg wat niet van toepassing is. Controleer het met
#   poortwachter case validate DIT_BESTAND
# en beoordeel het met
#   poortwachter sanction-risk DIT_BESTAND
schema_version: 1
case_id: E-0001                  # verplicht: elke tekst die de zaak aanduidt

employee:                        # werknemer (optioneel)
  name: Voornaam Achternaam
  # date_of_birth: 1970-01-31    # AOW-leeftijd: loon stopt eerder (BW 7:629 lid 2)
  # contract_end: 2025-12-31     # laatste dag van het contract, als dat tijdens ziekte eindigt
  # hours_per_week: 36           # contracturen, voor de minimumloongrens in jaar 1
  # wage:                        # brutoloon, voor de bedragen
  #   amount: 3200.00
  #   per: month                 # day | week | 4weeks | month | year (of maand, jaar, ...)

employer:                        # werkgever (optioneel)
  name: Werkgever B.V.
  wga_eigenrisicodrager: false   # true: na de wachttijd volgt spoor 3
  pay_percentage: {year1: 70, year2: 70}   # percentages uit de cao; de wet vraagt minstens 70
  # zw_eigenrisicodrager: false  # true: eigenrisicodrager voor de Ziektewet (ZW art. 63a)

sick_periods:                    # ziekteperioden: verplicht, op volgorde, zonder overlap
  - start: 2025-01-06            # eerste ziektedag
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
