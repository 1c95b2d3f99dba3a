"""The re-integratieverslag part by part, and what the employer told UWV (docs/law.md
section 7a), as data: each part of the RIV with the article that requires it, the
recorded event it must agree with, and the findings when it is missing or wrong; and
the finding of a first sick day stated to UWV that is not the chain's.

The parts follow the Regeling procesgang eerste en tweede ziektejaar art. 6 lid 1 (what
the RIV holds), UWV's Beleidsregels vorm- en herkenbaarheidsvereisten art. 2 lid 2 (the
elements UWV looks for, each dated and signed) and the order of UWV's Werkwijzer
Poortwachter (§3.2). When UWV finds the RIV incomplete it first sets a term to complete
it (WIA art. 25 lid 8): 14 days by the Beleidsregels art. 3 lid 1, one week by the
Beoordelingskader §5; only when the term passes does a loonsanctie follow.
"""

from typing import NamedTuple

from .finding_types import FindingType, Severity
from .sources import BEOORDELINGSKADER, BOETE, BW, REGELING, VORMVEREISTEN, WIA, ZW, Citation


class RivPartRule(NamedTuple):
    """One part of the re-integratieverslag."""

    id: str
    label_nl: str
    label_en: str
    basis: tuple[Citation, ...]
    holds_nl: str
    """What the part must hold, for the draft RIV (``poortwachter riv``)."""
    holds_en: str
    missing: Severity | None
    """The severity of its absence; ``None``: a part that may be absent (bijstellingen)."""
    event: str | None = None
    """The recorded event (``events.*``) whose date the part's document must carry."""

    def label(self, lang: str) -> str:
        return self.label_nl if lang == "nl" else self.label_en


_ART6 = "art. 6 lid 1 sub"
_ELEMENTS = Citation(VORMVEREISTEN, "art. 2 lid 2")

RIV_PARTS: tuple[RivPartRule, ...] = (
    RivPartRule(
        id="probleemanalyse",
        label_nl="De probleemanalyse",
        label_en="The problem analysis",
        basis=(Citation(REGELING, f"{_ART6} f"), _ELEMENTS),
        holds_nl="Het oordeel en advies van de bedrijfsarts over de ongeschiktheid, de "
        "beperkingen en mogelijkheden en de kans op werkhervatting (Regeling art. 2).",
        holds_en="The bedrijfsarts' judgment and advice on the incapacity, the limitations "
        "and possibilities and the prospect of return to work (Regeling art. 2).",
        missing=Severity.MEDIUM,
        event="probleemanalyse",
    ),
    RivPartRule(
        id="plan_van_aanpak",
        label_nl="Het plan van aanpak",
        label_en="The plan van aanpak",
        basis=(Citation(REGELING, f"{_ART6} g"), _ELEMENTS),
        holds_nl="De afspraken over activiteiten, doelen en termijnen, de momenten van "
        "evaluatie en de casemanager (Regeling art. 4 lid 2), ondertekend door werkgever "
        "en werknemer.",
        holds_en="The agreed activities, goals and terms, when they are evaluated and the "
        "casemanager (Regeling art. 4 lid 2), signed by employer and employee.",
        missing=Severity.MEDIUM,
        event="plan_van_aanpak",
    ),
    RivPartRule(
        id="bijstellingen",
        label_nl="De bijstellingen van het plan van aanpak",
        label_en="The adjustments of the plan van aanpak",
        basis=(Citation(REGELING, f"{_ART6} g"), Citation(VORMVEREISTEN, "art. 2 lid 7")),
        holds_nl="Elke bijstelling van het plan, herkenbaar als bijstelling en gedateerd.",
        holds_en="Every adjustment of the plan, recognisable as one and dated.",
        missing=None,
    ),
    RivPartRule(
        id="eerstejaarsevaluatie",
        label_nl="De eerstejaarsevaluatie",
        label_en="The first-year evaluation",
        basis=(Citation(REGELING, f"{_ART6} h"), Citation(REGELING, "art. 4 lid 2 sub b")),
        holds_nl="De evaluatie aan het einde van het eerste ziektejaar: wat is bereikt, en "
        "of spoor 2 nodig is.",
        holds_en="The evaluation at the end of the first sick year: what was achieved, and "
        "whether spoor 2 is needed.",
        missing=Severity.MEDIUM,
        event="eerstejaarsevaluatie",
    ),
    RivPartRule(
        id="arbeidsdeskundig_rapport",
        label_nl="Het arbeidsdeskundig rapport",
        label_en="The labour expert's report",
        basis=(Citation(BEOORDELINGSKADER, "§5"),),
        holds_nl="Het oordeel van de arbeidsdeskundige over passend werk bij de eigen en "
        "een andere werkgever (niet in de Regeling, maar UWV weegt het waar spoor 2 aan de "
        "orde was).",
        holds_en="The labour expert's view of suitable work with the own and another "
        "employer (not in the Regeling, but UWV weighs it where spoor 2 was at stake).",
        missing=Severity.LOW,
        event="arbeidsdeskundig_onderzoek",
    ),
    RivPartRule(
        id="actueel_oordeel",
        label_nl="Het actueel oordeel van de bedrijfsarts",
        label_en="The bedrijfsarts' current judgment",
        basis=(
            Citation(REGELING, f"{_ART6} i"),
            Citation(REGELING, f"{_ART6} j"),
            Citation(REGELING, f"{_ART6} k"),
            _ELEMENTS,
        ),
        holds_nl="Het verloop van de ongeschiktheid, de functionele beperkingen en "
        "mogelijkheden, en met de werkgever: de arbeidsrelatie en passend werk bij de "
        "werkgever; recent, bij het verslag.",
        holds_en="The course of the incapacity, the functional limitations and "
        "possibilities, and with the employer: the working relationship and suitable work "
        "with the employer; recent, with the report.",
        missing=Severity.MEDIUM,
        event="actueel_oordeel",
    ),
    RivPartRule(
        id="eindevaluatie",
        label_nl="De eindevaluatie",
        label_en="The final evaluation",
        basis=(Citation(REGELING, f"{_ART6} h"), _ELEMENTS),
        holds_nl="De meest recente evaluatie van de voortgang en de afspraken van het plan "
        "van aanpak, met de aard van het bedrijf.",
        holds_en="The most recent evaluation of the progress and the agreements of the "
        "plan van aanpak, with the nature of the business.",
        missing=Severity.MEDIUM,
    ),
    RivPartRule(
        id="visie_werknemer",
        label_nl="De visie van de werknemer",
        label_en="The employee's view",
        basis=(Citation(REGELING, f"{_ART6} l"), _ELEMENTS),
        holds_nl="Het oordeel van de werknemer over de gegevens en oordelen in het verslag.",
        holds_en="The employee's view of the data and judgments in the report.",
        missing=Severity.MEDIUM,
    ),
    RivPartRule(
        id="kopie_werknemer",
        label_nl="Het afschrift voor de werknemer",
        label_en="The employee's copy",
        basis=(Citation(WIA, "art. 25 lid 3"), Citation(VORMVEREISTEN, "art. 3 lid 1")),
        holds_nl="De dag waarop de werknemer een afschrift van het verslag kreeg.",
        holds_en="The day the employee received a copy of the report.",
        missing=Severity.MEDIUM,
    ),
)

RIV_PARTS_BY_ID: dict[str, RivPartRule] = {part.id: part for part in RIV_PARTS}

#: An actueel oordeel older than this before the RIV is not "actueel" (our reading: the
#: Regeling and UWV's Beleidsregels say only "actueel"; UWV's practice asks for one
#: made for the report, within weeks of it; we take 13 weeks, the span WIA art. 25 lid 3
#: leaves between the RIV and the end of the waiting period, as the outer bound;
#: docs/law.md section 7a).
ACTUEEL_OORDEEL_MAX_DAYS = 91

_TERM_NL = (
    " UWV laat een onvolledig verslag eerst aanvullen (WIA art. 25 lid 8: binnen 14 dagen "
    "volgens de Beleidsregels, één week volgens het Beoordelingskader); blijft het "
    "onvolledig, dan volgt een loonsanctie."
)
_TERM_EN = (
    " UWV first has an incomplete report completed (WIA art. 25 lid 8: within 14 days by "
    "the Beleidsregels, one week by the Beoordelingskader); if it stays incomplete, a "
    "loonsanctie follows."
)
_TERM_BASIS = (Citation(WIA, "art. 25 lid 8"), Citation(VORMVEREISTEN, "art. 3 lid 1"))


#: How a finding names a part where its label reads wrong in a sentence (one bijstelling).
_NAMED = {
    "bijstellingen": (
        "Een bijstelling van het plan van aanpak",
        "An adjustment of the plan van aanpak",
    ),
}


def _part_types(part: RivPartRule) -> list[FindingType]:
    basis = tuple(dict.fromkeys((*part.basis, *_TERM_BASIS)))
    named_nl, named_en = _NAMED.get(part.id, (part.label_nl, part.label_en))
    found = [
        FindingType(
            id=f"riv_{part.id}_onjuist",
            severity=Severity.MEDIUM,
            basis=basis,
            message_nl=f"{named_nl} in het re-integratieverslag klopt niet: {{reason}}." + _TERM_NL,
            message_en=f"{named_en} in the re-integratieverslag is wrong: {{reason}}." + _TERM_EN,
            action_nl="Corrigeer het verslag uiterlijk {act_by}, zodat het klopt met het "
            "dossier: UWV legt het verslag naast de stukken.",
            action_en="Correct the report by {act_by}, so that it agrees with the file: UWV "
            "reads the report beside the documents.",
            closed_action_nl="Corrigeer het verslag en stuur UWV de juiste stukken zodra het "
            "erom vraagt.",
            closed_action_en="Correct the report and send UWV the right documents as soon as "
            "it asks.",
        )
    ]
    if part.id == "kopie_werknemer":
        found.append(
            FindingType(
                id="riv_kopie_werknemer_ontbreekt",
                severity=Severity.MEDIUM,
                basis=basis,
                message_nl="Er is niet vastgelegd dat de werknemer een afschrift van het "
                "re-integratieverslag kreeg (WIA art. 25 lid 3). UWV laat het verslag eerst "
                "aanvullen als het niet aan de werknemer is gegeven (Beleidsregels art. 3).",
                message_en="It is not recorded that the employee received a copy of the "
                "re-integratieverslag (WIA art. 25 lid 3). UWV first has the report completed "
                "when it was not given to the employee (Beleidsregels art. 3).",
                action_nl="Geef de werknemer uiterlijk {act_by} een afschrift en leg de dag vast.",
                action_en="Give the employee a copy by {act_by} and record the day.",
                closed_action_nl="Geef de werknemer een afschrift en leg de dag vast.",
                closed_action_en="Give the employee a copy and record the day.",
            )
        )
    elif part.missing is not None:
        found.append(
            FindingType(
                id=f"riv_{part.id}_ontbreekt",
                severity=part.missing,
                basis=basis,
                message_nl=f"Het re-integratieverslag mist {part.label_nl.lower()} (een "
                f"gedateerd stuk, met naam en functie van wie het opstelde).{_TERM_NL}",
                message_en=f"The re-integratieverslag lacks {part.label_en.lower()} (a dated "
                f"document, with the name and function of its author).{_TERM_EN}",
                action_nl="Voeg het uiterlijk {act_by} toe; is het niet van toepassing, "
                "schrijf dan n.v.t. met de reden.",
                action_en="Add it by {act_by}; where it does not apply, write n.v.t. with "
                "the reason.",
                closed_action_nl="Voeg het toe en stuur het UWV zodra het erom vraagt; is het "
                "niet van toepassing, schrijf dan n.v.t. met de reden.",
                closed_action_en="Add it and send it to UWV as soon as it asks; where it does "
                "not apply, write n.v.t. with the reason.",
            )
        )
    return found


_STATED_BASIS = (
    Citation(ZW, "art. 38 lid 1"),
    Citation(ZW, "art. 38 lid 3"),
    Citation(BOETE, "art. 2b lid 1 sub b"),
    Citation(BOETE, "art. 2c"),
    Citation(BW, "art. 7:629 lid 10"),
)

RIV_FINDING_TYPES: list[FindingType] = [
    kind for part in RIV_PARTS for kind in _part_types(part)
] + [
    FindingType(
        # What UWV was told against what the case says: a wrong first sick day is a fine
        # of its own (Boetebesluit art. 2b lid 1 sub b, art. 2c), whatever the reason.
        id="eerste_ziektedag_afwijkend",
        severity=Severity.MEDIUM,
        basis=_STATED_BASIS,
        message_nl="{report} noemt {stated} als eerste ziektedag, maar {why}. UWV kan een "
        "onjuist opgegeven eerste ziektedag beboeten met {fine}.",
        message_en="{report} states {stated} as the first sick day, but {why}. UWV may fine "
        "a wrongly stated first sick day with {fine}.",
        action_nl="Corrigeer de melding bij UWV uiterlijk {act_by}: eerste ziektedag {first}.",
        action_en="Correct the report to UWV by {act_by}: first sick day {first}.",
        closed_action_nl="Corrigeer de melding bij UWV: eerste ziektedag {first}.",
        closed_action_en="Correct the report to UWV: first sick day {first}.",
    ),
]
