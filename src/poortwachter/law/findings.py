"""What UWV would find (docs/law.md section 7), as data: each finding type with its
severity, legal basis and its message and action in Dutch and English.

The detection lives in the engine; this table says what each finding means.
"""

from __future__ import annotations

from .finding_types import FindingType as FindingType
from .finding_types import Severity as Severity
from .riv import RIV_FINDING_TYPES
from .sources import (
    AOW,
    BEOORDELINGSKADER,
    BOETE,
    BW,
    REGELING,
    WERKWIJZER,
    WIA,
    ZW,
    Citation,
)


def _missing(
    milestone: str, severity: Severity, basis: tuple[Citation, ...], what: tuple[str, str]
) -> FindingType:
    return FindingType(
        id=f"{milestone}_ontbreekt",
        severity=severity,
        basis=basis,
        message_nl=f"{what[0]} is niet vastgelegd; uiterlijk {{due}}.",
        message_en=f"{what[1]} is not recorded; it was due on {{due}}.",
        action_nl="Doe het nu en leg vast wanneer en waarom het laat is.",
        action_en="Do it now and record when, and why it is late.",
    )


def _late(
    milestone: str, severity: Severity, basis: tuple[Citation, ...], what: tuple[str, str]
) -> FindingType:
    return FindingType(
        id=f"{milestone}_te_laat",
        severity=severity,
        basis=basis,
        message_nl=f"{what[0]} op {{done_on}}, {{days}} dagen na de uiterste datum {{due}}.",
        message_en=f"{what[1]} on {{done_on}}, {{days}} days after it was due on {{due}}.",
        action_nl="Leg in het dossier uit waarom het later was; UWV weegt de reden.",
        action_en="Explain the delay in the file; UWV weighs the reason.",
    )


def _pregnancy_report(
    milestone: str,
    missing: Severity,
    late: Severity,
    basis: tuple[Citation, ...],
    what: tuple[str, str],
) -> list[FindingType]:
    """A missing or late report of pregnancy-related sickness, with what it risks: a
    fine (ZW art. 38a lid 8), and UWV pays the wage refund from the report on, back for
    at most a year (lid 9)."""
    risk_nl = (
        " Een te late melding kan een boete geven (ZW art. 38a lid 8); UWV vergoedt het "
        "loon dan met terugwerkende kracht over ten hoogste een jaar vóór de melding "
        "(lid 9)."
    )
    risk_en = (
        " A late report may be fined (ZW art. 38a lid 8); UWV then refunds the wage "
        "back to at most one year before the report (lid 9)."
    )
    return [
        FindingType(
            id=f"{milestone}_ontbreekt",
            severity=missing,
            basis=basis,
            message_nl=f"{what[0]} is niet vastgelegd; uiterlijk {{due}}.{risk_nl}",
            message_en=f"{what[1]} is not recorded; it was due on {{due}}.{risk_en}",
            action_nl="Meld het nu bij UWV en leg de datum vast: wat meer dan een jaar "
            "vóór de melding ligt, vergoedt UWV niet meer.",
            action_en="Report it to UWV now and record the date: UWV refunds nothing from "
            "more than a year before the report.",
        ),
        FindingType(
            id=f"{milestone}_te_laat",
            severity=late,
            basis=basis,
            message_nl=f"{what[0]} op {{done_on}}, {{days}} dagen na de uiterste datum "
            f"{{due}}.{risk_nl}",
            message_en=f"{what[1]} on {{done_on}}, {{days}} days after it was due on "
            f"{{due}}.{risk_en}",
            action_nl="Houd rekening met een boete; ga na of UWV het loon vergoedt over de "
            "hele ziekteperiode of pas vanaf een jaar vóór de melding.",
            action_en="Expect a possible fine; check whether UWV refunds the wage over the "
            "whole sick period or only from a year before the report.",
        ),
    ]


_REGELING_2 = (Citation(REGELING, "art. 2 lid 2"), Citation(BW, "art. 7:658a lid 3"))
_REGELING_4 = (Citation(REGELING, "art. 4 lid 1"), Citation(WIA, "art. 25 lid 2"))
_ZW_38 = (Citation(ZW, "art. 38 lid 1"), Citation(BOETE, "art. 2c"))
_EJE = (Citation(REGELING, "art. 4 lid 2 sub b"), Citation(BEOORDELINGSKADER, "§5"))
_SPOOR2 = (Citation(BW, "art. 7:658a lid 1"), Citation(BEOORDELINGSKADER, "§5"))
_RIV = (Citation(WIA, "art. 25 lid 3"), Citation(REGELING, "art. 6"))
_WIA_64 = (Citation(WIA, "art. 64 lid 3"), Citation(BW, "art. 7:629 lid 11 sub a"))
#: The report of pregnancy-related sickness, and what a late one risks: a fine (lid 8),
#: and UWV pays the refund back for at most a year before the report (lid 9).
_ZW_38A = (
    Citation(ZW, "art. 38a lid 3"),
    Citation(ZW, "art. 29a"),
    Citation(ZW, "art. 38a lid 8"),
    Citation(ZW, "art. 38a lid 9"),
)

#: Milestones whose missing or late record is a finding, with the severities of each.
MILESTONE_FINDINGS: dict[str, tuple[Severity, Severity, tuple[Citation, ...], tuple[str, str]]] = {
    "arbodienst_melding": (
        Severity.LOW,
        Severity.LOW,
        (Citation(REGELING, "art. 2 lid 1"),),
        ("De ziekmelding bij de arbodienst", "The report to the arbodienst"),
    ),
    "probleemanalyse": (
        Severity.HIGH,
        Severity.MEDIUM,
        _REGELING_2,
        ("De probleemanalyse", "The probleemanalyse"),
    ),
    "plan_van_aanpak": (
        Severity.HIGH,
        Severity.MEDIUM,
        _REGELING_4,
        ("Het plan van aanpak", "The plan van aanpak"),
    ),
    "ziekmelding_uwv": (
        Severity.MEDIUM,
        Severity.MEDIUM,
        _ZW_38,
        ("De 42e-weeksmelding aan UWV", "The 42nd-week report to UWV"),
    ),
    "eerstejaarsevaluatie": (
        Severity.HIGH,
        Severity.MEDIUM,
        _EJE,
        ("De eerstejaarsevaluatie", "The first-year evaluation"),
    ),
    "spoor2_besluit": (
        Severity.HIGH,
        Severity.MEDIUM,
        _SPOOR2,
        ("Het besluit over spoor 2", "The decision on spoor 2"),
    ),
    "reintegratieverslag": (
        Severity.HIGH,
        Severity.MEDIUM,
        _RIV,
        ("Het re-integratieverslag", "The re-integratieverslag"),
    ),
    "wia_aanvraag": (
        Severity.HIGH,
        Severity.HIGH,
        _WIA_64,
        ("De WIA-aanvraag", "The WIA application"),
    ),
    "ziekmelding_zwangerschap": (
        Severity.MEDIUM,
        Severity.MEDIUM,
        _ZW_38A,
        (
            "De ziekmelding aan UWV van ziekte door zwangerschap of bevalling (voor de "
            "vergoeding van het loon)",
            "The report to UWV of sickness from pregnancy or childbirth (for the "
            "reimbursement of the wage)",
        ),
    ),
    "ziekmelding_uit_dienst": (
        Severity.MEDIUM,
        Severity.MEDIUM,
        (Citation(ZW, "art. 38 lid 2"), Citation(BOETE, "art. 2c")),
        ("De ziek-uit-dienstmelding aan UWV", "The report to UWV of sickness at contract end"),
    ),
    "reintegratieverslag_ziektewet_verkort": (
        Severity.MEDIUM,
        Severity.MEDIUM,
        (Citation(ZW, "art. 38 lid 2"),),
        (
            "Het verkorte re-integratieverslag voor de Ziektewet",
            "The short re-integratieverslag for the Ziektewet",
        ),
    ),
    "reintegratieverslag_ziektewet": (
        Severity.MEDIUM,
        Severity.MEDIUM,
        (Citation(ZW, "art. 38 lid 2"),),
        (
            "Het re-integratieverslag voor de Ziektewet",
            "The re-integratieverslag for the Ziektewet",
        ),
    ),
    "ziekmelding_zwangerschap_na_verlof": (
        Severity.MEDIUM,
        Severity.MEDIUM,
        _ZW_38A,
        (
            "De ziekmelding aan UWV van ziekte door zwangerschap of bevalling na het "
            "verlof (een eigen aanspraak op vergoeding van het loon)",
            "The report to UWV of sickness from pregnancy or childbirth after the leave "
            "(a claim of its own to the reimbursement of the wage)",
        ),
    ),
}

#: Milestones whose findings say more than the generic texts: a late report of
#: pregnancy-related sickness costs no refund outright (ZW art. 38a lid 8 and 9).
_PREGNANCY_REPORTS = ("ziekmelding_zwangerschap", "ziekmelding_zwangerschap_na_verlof")

_TYPES: list[FindingType] = []
for _id, (_missing_severity, _late_severity, _basis, _what) in MILESTONE_FINDINGS.items():
    if _id in _PREGNANCY_REPORTS:
        _TYPES += _pregnancy_report(_id, _missing_severity, _late_severity, _basis, _what)
        continue
    _TYPES.append(_missing(_id, _missing_severity, _basis, _what))
    if _id != "wia_aanvraag":
        _TYPES.append(_late(_id, _late_severity, _basis, _what))

_TYPES += [
    FindingType(
        id="wia_aanvraag_te_laat",
        severity=Severity.HIGH,
        basis=_WIA_64,
        message_nl="De WIA-aanvraag op {done_on} is {days} dagen te laat (uiterlijk {due}): "
        "de wachttijd en de loondoorbetaling lopen {days} dagen langer, tot en met {end}.",
        message_en="The WIA application on {done_on} is {days} days late (due {due}): the "
        "waiting period and wage payment run {days} days longer, up to and including {end}.",
        action_nl="Betaal het loon door tot en met {end}; zonder goede reden mag het loon over "
        "die dagen worden ingehouden (BW 7:629 lid 3 sub f).",
        action_en="Pay the wage up to and including {end}; without a good reason the wage over "
        "those days may be withheld (BW 7:629 lid 3 sub f).",
    ),
    FindingType(
        # WIA art. 64 lid 6: "binnen vier weken nadat deze kennisgeving is ontvangen".
        # Without a recorded receipt the engine assumes the first working day after
        # sending; the safe date to act by is the date sent + 28 (docs/law.md section 4).
        id="wia_brief_uwv_ontvangst_ontbreekt",
        severity=Severity.LOW,
        basis=(Citation(WIA, "art. 64 lid 6"),),
        message_nl="De brief van UWV over de WIA-aanvraag kwam te laat (verzonden {sent}); de "
        "vier weken voor de aanvraag lopen vanaf de ontvangst, maar die is niet vastgelegd. "
        "Aangenomen is {received}, de eerste werkdag na verzending: op tijd tot en met {until}.",
        message_en="UWV's letter about the WIA application came late (sent {sent}); the four "
        "weeks for the application run from its receipt, which is not recorded. Assumed: "
        "{received}, the first working day after sending: on time up to and including {until}.",
        action_nl="Leg vast wanneer de brief binnenkwam (wia_brief_uwv_ontvangen) en laat de "
        "WIA aanvragen uiterlijk {act_by}: verzonden + 28 dagen is altijd op tijd.",
        action_en="Record the day the letter arrived (wia_brief_uwv_ontvangen) and have the WIA "
        "applied for by {act_by}: sent + 28 days is always on time.",
        closed_action_nl="Leg vast wanneer de brief binnenkwam (wia_brief_uwv_ontvangen): kwam "
        "die later dan {received}, dan kan de aanvraag van {done_on} nog op tijd zijn.",
        closed_action_en="Record the day the letter arrived (wia_brief_uwv_ontvangen): if it "
        "came later than {received}, the application of {done_on} may still be on time.",
    ),
    FindingType(
        # WIA art. 64 lid 2 and 6: only a letter sent after week 89 excuses a later
        # application, and an unrecorded letter is not assumed late (docs/law.md section 4).
        id="wia_brief_uwv_niet_vastgelegd",
        severity=Severity.LOW,
        basis=(Citation(WIA, "art. 64 lid 2"), Citation(WIA, "art. 64 lid 6")),
        message_nl="De brief van UWV over de WIA-aanvraag is niet vastgelegd (UWV stuurt die "
        "uiterlijk {letter_due}). Zonder die datum kan niet worden nagegaan of een te late brief "
        "de aanvraag verschoont: aangenomen is dat de brief op tijd kwam.",
        message_en="UWV's letter about the WIA application is not recorded (UWV sends it by "
        "{letter_due}). Without its date it cannot be checked whether a late letter excuses the "
        "application: the letter is taken to have come on time.",
        action_nl="Leg de datum van de brief vast (wia_brief_uwv) en, als die na {letter_due} "
        "lag, de dag dat hij binnenkwam (wia_brief_uwv_ontvangen).",
        action_en="Record the date of the letter (wia_brief_uwv) and, if it was after "
        "{letter_due}, the day it arrived (wia_brief_uwv_ontvangen).",
    ),
    FindingType(
        id="casemanager_ontbreekt",
        severity=Severity.MEDIUM,
        basis=_REGELING_4,
        message_nl="Het plan van aanpak noemt geen casemanager.",
        message_en="The plan van aanpak names no casemanager.",
        action_nl="Wijs een casemanager aan en leg dat vast in het plan van aanpak.",
        action_en="Name a casemanager and record it in the plan van aanpak.",
    ),
    FindingType(
        id="evaluatie_interval",
        # "Periodiek" is all the law says; every 6 weeks is practice (docs/law.md section 3).
        severity=Severity.LOW,
        basis=(Citation(REGELING, "art. 4 lid 2 sub b"), Citation(BEOORDELINGSKADER, "§4")),
        message_nl="Het plan van aanpak is niet elke 6 weken geëvalueerd: {gap} ziektedagen "
        "tussen {start} en {end} (herstel en verlof tellen niet mee).",
        message_en="The plan van aanpak was not evaluated every 6 weeks: {gap} sick days "
        "between {start} and {end} (recovery and leave do not count).",
        action_nl="Evalueer het plan uiterlijk {act_by} en daarna elke 6 weken.",
        action_en="Evaluate the plan by {act_by} and every 6 weeks after that.",
        closed_action_nl="Leg in het dossier uit waarom er langer dan 6 weken niet is "
        "geëvalueerd (een volgende evaluatie zou na de laatste dag van de loondoorbetaling "
        "vallen).",
        closed_action_en="Explain in the file why the plan went unevaluated for more than "
        "6 weeks (a next evaluation would fall after the last day of wage payment).",
    ),
    FindingType(
        id="spoor2_starten",
        severity=Severity.LOW,
        basis=_SPOOR2,
        message_nl="Sinds {since} is terugkeer in de eigen organisatie niet mogelijk; spoor 2 "
        "is nog niet gestart.",
        message_en="Since {since} return within the own organisation is not possible; "
        "spoor 2 has not started yet.",
        action_nl="Start spoor 2 uiterlijk {act_by}.",
        action_en="Start spoor 2 by {act_by}.",
    ),
    FindingType(
        id="spoor2_niet_gestart",
        severity=Severity.HIGH,
        basis=_SPOOR2,
        message_nl="Sinds {since} is terugkeer in de eigen organisatie niet mogelijk, maar "
        "spoor 2 is niet gestart (verwacht uiterlijk {due}).",
        message_en="Since {since} return within the own organisation is not possible, but "
        "spoor 2 has not started (expected by {due}).",
        action_nl="Start spoor 2 nu, met een re-integratiebureau na een arbeidsdeskundig "
        "onderzoek.",
        action_en="Start spoor 2 now, with a re-integration agency after an arbeidsdeskundig "
        "onderzoek.",
        closed_action_nl="Leg in het dossier uit waarom spoor 2 niet is gestart voordat de "
        "loondoorbetaling eindigde.",
        closed_action_en="Explain in the file why spoor 2 did not start before wage payment ended.",
    ),
    FindingType(
        id="spoor2_te_laat",
        severity=Severity.MEDIUM,
        basis=_SPOOR2,
        message_nl="Spoor 2 startte op {done_on}, {days} dagen na de verwachte start {due}.",
        message_en="Spoor 2 started on {done_on}, {days} days after the expected start {due}.",
        action_nl="Leg in het dossier uit waarom spoor 2 later startte.",
        action_en="Explain in the file why spoor 2 started later.",
    ),
    FindingType(
        id="arbeidsdeskundig_onderzoek_ontbreekt",
        severity=Severity.MEDIUM,
        basis=(Citation(BEOORDELINGSKADER, "§5"), Citation(WERKWIJZER, "")),
        message_nl="Er is geen arbeidsdeskundig onderzoek vastgelegd, terwijl de "
        "eerstejaarsevaluatie ({due}) voorbij is.",
        message_en="No arbeidsdeskundig onderzoek is recorded, though the first-year "
        "evaluation ({due}) has passed.",
        action_nl="Laat de mogelijkheden in eigen en ander werk onderzoeken door een "
        "arbeidsdeskundige.",
        action_en="Have an arbeidsdeskundige assess the work possibilities, own and other.",
    ),
    FindingType(
        id="actueel_oordeel_ontbreekt",
        severity=Severity.HIGH,
        basis=(Citation(WIA, "art. 25 lid 3"), Citation(WIA, "art. 25 lid 8")),
        message_nl="Het re-integratieverslag heeft geen actueel oordeel van de bedrijfsarts.",
        message_en="The re-integratieverslag has no current opinion (actueel oordeel) of "
        "the bedrijfsarts.",
        action_nl="Vraag de bedrijfsarts om een actueel oordeel vóór de WIA-aanvraag "
        "({act_by}); UWV geeft daarna nog één week om het verslag aan te vullen.",
        action_en="Ask the bedrijfsarts for a current opinion before the WIA application "
        "({act_by}); UWV then gives one week to complete the report.",
    ),
    FindingType(
        id="ziekmelding_uwv_na_week_81",
        severity=Severity.MEDIUM,
        basis=(Citation(WIA, "art. 64 lid 6"),),
        message_nl="De 42e-weeksmelding is niet gedaan vóór de 81e ziekteweek ({due}): een "
        "te late WIA-aanvraag is dan niet meer verschoonbaar.",
        message_en="The 42nd-week report was not made before week 81 ({due}): a late WIA "
        "application is then no longer excused.",
        action_nl="Doe de melding alsnog en bewaak de WIA-aanvraag extra.",
        action_en="Make the report now and watch the WIA application closely.",
    ),
    FindingType(
        id="loonsanctie_opgelegd",
        severity=Severity.HIGH,
        basis=(Citation(WIA, "art. 25 lid 9"), Citation(WIA, "art. 25 lid 12-14")),
        message_nl="UWV legde op {decided} een loonsanctie op van {weeks} weken: loon "
        "doorbetalen tot en met {end}.",
        message_en="UWV imposed a loonsanctie of {weeks} weeks on {decided}: pay the wage up "
        "to and including {end}.",
        action_nl="Herstel de tekortkoming en vraag UWV om bekorting; de sanctie eindigt dan "
        "6 weken na UWV's besluit.",
        action_en="Repair the shortcoming and ask UWV for bekorting; the sanction then ends "
        "6 weeks after UWV's decision.",
    ),
    FindingType(
        id="loonsanctie_bekort",
        severity=Severity.LOW,
        basis=(Citation(WIA, "art. 25 lid 14"),),
        message_nl="UWV besloot op {herstel} dat de tekortkoming is hersteld: de loonsanctie "
        "eindigt op {end} in plaats van {imposed_end}.",
        message_en="UWV decided on {herstel} that the shortcoming was repaired: the "
        "loonsanctie ends on {end} instead of {imposed_end}.",
        action_nl="Betaal het loon door tot en met {end}.",
        action_en="Pay the wage up to and including {end}.",
    ),
    FindingType(
        id="loonsanctie_zonder_gevolg",
        severity=Severity.LOW,
        basis=(Citation(WIA, "art. 25 lid 11"),),
        message_nl="UWV besliste op {decided} tot een loonsanctie, na het einde van de "
        "wachttijd ({end}): die beschikking heeft geen gevolg voor de loondoorbetaling.",
        message_en="UWV decided a loonsanctie on {decided}, after the waiting period ended "
        "({end}): the decision has no effect on wage payment.",
        action_nl="Betaal geen loon na {end} op grond van deze loonsanctie; bespreek het zo "
        "nodig met UWV.",
        action_en="Pay no wage after {end} on account of this loonsanctie; raise it with UWV "
        "if needed.",
    ),
    FindingType(
        id="aow_leeftijd",
        severity=Severity.LOW,
        basis=(Citation(BW, "art. 7:629 lid 2"), Citation(AOW, "art. 7a")),
        message_nl="De werknemer bereikt op {aow} de AOW-leeftijd: het loon loopt tot en met "
        "{end} ({weeks} weken, of tot het einde van de wachttijd als dat eerder is); daarna "
        "volgt geen WIA en vervallen de latere stappen.",
        message_en="The employee reaches AOW age on {aow}: wage runs up to and including "
        "{end} ({weeks} weeks, or up to the end of the waiting period if earlier); no WIA "
        "follows and the later steps lapse.",
        action_nl="Stop de loondoorbetaling na {act_by} en laat de salarisadministratie dat weten.",
        action_en="Stop wage payment after {act_by} and tell payroll.",
    ),
    FindingType(
        id="zwangerschap_niet_gemarkeerd",
        severity=Severity.LOW,
        basis=(Citation(ZW, "art. 29a"), Citation(ZW, "art. 38a lid 3")),
        message_nl="De oorzaak noemt zwangerschap of bevalling, maar geen ziekteperiode is "
        "gemarkeerd als pregnancy_related.",
        message_en="The cause mentions pregnancy or childbirth, but no sick period is marked "
        "pregnancy_related.",
        action_nl="Markeer de periode (pregnancy_related: true) als de ziekte door de "
        "zwangerschap komt: UWV vergoedt het loon dan; meld het binnen 6 weken (later: "
        "kans op een boete, en vergoeding over ten hoogste een jaar terug). De 104 weken "
        "lopen gewoon door.",
        action_en="Mark the period (pregnancy_related: true) if the sickness comes from the "
        "pregnancy: UWV then reimburses the wage; report it within 6 weeks (later: a "
        "possible fine, and a refund back for at most a year). The 104 weeks run as usual.",
    ),
    FindingType(
        id="eerstejaarsevaluatie_te_vroeg",
        severity=Severity.MEDIUM,
        basis=_EJE,
        message_nl="De eerstejaarsevaluatie van {done_on} telt niet: die hoort aan het einde "
        "van het eerste ziektejaar, vanaf {window} (ziekteweek 46) tot en met {due}.",
        message_en="The first-year evaluation of {done_on} does not count: it belongs at the "
        "end of the first sick year, from {window} (sick week 46) up to and including {due}.",
        action_nl="Houd de eerstejaarsevaluatie opnieuw, op of na {window} en uiterlijk "
        "{act_by}, en leg die nieuwe datum vast.",
        action_en="Hold the first-year evaluation again, on or after {window} and by {act_by}, "
        "and record the new date.",
    ),
]

# The re-integratieverslag part by part, and what the employer told UWV (law/riv.py).
_TYPES += RIV_FINDING_TYPES

FINDING_TYPES: dict[str, FindingType] = {item.id: item for item in _TYPES}
