"""The milestone rules (docs/law.md section 3), as data.

Each rule is one entry: its id, Dutch and English label, how its due date is counted,
its window, its kind, its legal basis and the date from which it applies. The engine
reads this table and nothing else; adding a milestone is adding an entry.

Sources (``https://wetten.overheid.nl/<BWB-id>``):

- Burgerlijk Wetboek Boek 7 (BWBR0005290): art. 7:629, 7:629a, 7:658a.
- Wet werk en inkomen naar arbeidsvermogen (BWBR0019057): art. 23, 24, 25, 64, 65, 66.
- Ziektewet (BWBR0001888): art. 29, 29a, 38, 38a, 63a.
- Regeling procesgang eerste en tweede ziektejaar (BWBR0013540): art. 2, 4, 6.
- Beleidsregels beoordelingskader poortwachter (BWBR0014375): §4-5.
- Algemene termijnenwet (BWBR0002448): art. 1 lid 2, art. 4 (no roll-forward here).
"""

from datetime import date
from enum import StrEnum
from typing import NamedTuple

from .sources import (
    AOW,
    BEOORDELINGSKADER,
    BW,
    REGELING,
    WERKWIJZER,
    WERKWIJZER_ZW,
    WIA,
    ZW,
    Citation,
    basis_short,
    basis_text,
)
from .terms import POORTWACHTER_IN_FORCE, VERZAMELWET_SZW_2013


class Kind(StrEnum):
    """What kind of obligation a milestone is (docs/law.md section 3)."""

    STATUTE = "statute"
    """A legal deadline."""
    REGELING = "regeling"
    """Regeling procesgang; parties may deviate with reasons (art. 5)."""
    PRACTICE = "practice"
    """Not law: what UWV and the field expect."""
    INFO = "info"
    """Something that happens, or a limit to know."""


class SickDay(NamedTuple):
    """The counted sick day with this index (0 is the first sick day ``D``)."""

    index: int  # type: ignore[assignment]  # a field, where a tuple has a method


class End(StrEnum):
    """Which end of the waiting period a backward milestone counts from (docs/law.md section 4)."""

    SCHEDULED = "scheduled"
    """``L0``, or the last day UWV set for a vrijwillige verlenging: the backward
    milestones move with a verlenging (WIA art. 64 lid 3, art. 25 lid 4)."""
    BEFORE_SANCTION = "before_sanction"
    """The scheduled end plus the delay of a late WIA application (BW 7:629 lid 11 sub a)."""
    FINAL = "final"
    """The last day of wage payment after every extension, loonsanctie included."""


class FromEnd(NamedTuple):
    """``days`` after (negative: before) an end of the waiting period."""

    days: int
    end: End = End.SCHEDULED


class AfterEvent(NamedTuple):
    """``days`` after a recorded event; ``fallback`` when the event is not recorded."""

    event: str
    days: int
    fallback: SickDay


class Every(NamedTuple):
    """Recurring: every ``days`` counted sick days after milestone ``after`` (its
    recorded date, else its due date) or the last recorded occurrence, while on or
    before the final end. Fit days and leave days push it back like every forward
    milestone (docs/law.md section 3)."""

    days: int
    after: str
    recorded_as: str
    """The case-file event list that records the occurrences."""


class CaseDate(NamedTuple):
    """A date the case itself brings (AOW age, the end of the contract, a pregnancy
    report), by key (``wage_end.py``); without it the milestone does not apply."""

    key: str


Anchor = SickDay | FromEnd | AfterEvent | Every | CaseDate


class MilestoneRule(NamedTuple):
    """One milestone of docs/law.md section 3."""

    id: str
    label_nl: str
    label_en: str
    due: Anchor
    kind: Kind
    basis: tuple[Citation, ...]
    valid_from: date
    window_start: SickDay | None = None
    window_event: str | None = None
    """The recorded event that opens the window, when the case records it; else
    ``window_start``."""
    events: tuple[str, ...] = ()
    """The case-file events that record this milestone as done (the earliest counts)."""
    valid_until: date | None = None
    """Last due date this entry applies to; a change in the law is a new entry."""
    uwv_next_working_day: bool = False
    """UWV's practice accepts the first working day on or after the legal date
    (docs/law.md section 1); shown beside the legal date, never instead of it. A step done
    on that practice date is on time (docs/law.md section 3)."""
    late_after: SickDay | None = None
    """The last day on which the step still counts as done on time, where the law's
    wording gives more room than the due date shown (docs/law.md section 3)."""
    wia_only: bool = False
    """A step towards the WIA: it lapses when there can be no WIA (AOW age)."""
    after_contract_end: bool = False
    """Still happens when the contract ended during sickness: UWV's part and the
    waiting period for the WIA. Every other step after the end of wage payment is the
    employer's no more (status ``lapsed``)."""
    not_before_window: bool = False
    """A record dated before ``window_start`` does not count as this step, for this
    milestone or any other its events record: the law places the step at the end of a
    period (the eerstejaarsevaluatie "aan het einde van het eerste ziektejaar"). The
    milestone stays open and a finding ``<id>_te_vroeg`` says why (docs/law.md section 3)."""
    erd_zw_continues: bool = False
    """A re-integration step that an eigenrisicodrager for the Ziektewet keeps for the
    former employee after the contract ended: it "begeleidt ... als zou hij in een
    privaatrechtelijke dienstbetrekking tot de eigenrisicodrager staan" (ZW art. 63a
    lid 1)."""

    def applies_to(self, due: date) -> bool:
        """Whether this entry governs a milestone falling due on ``due``."""
        return self.valid_from <= due and (self.valid_until is None or due <= self.valid_until)

    def label(self, lang: str) -> str:
        return self.label_nl if lang == "nl" else self.label_en

    @property
    def basis_text(self) -> str:
        return basis_text(self.basis)

    @property
    def basis_short(self) -> str:
        return basis_short(self.basis)

    @property
    def basis_urls(self) -> tuple[str, ...]:
        urls = (citation.law.url for citation in self.basis)
        return tuple(dict.fromkeys(url for url in urls if url))


RULES: tuple[MilestoneRule, ...] = (
    MilestoneRule(
        id="arbodienst_melding",
        label_nl="Ziekmelding bij bedrijfsarts / arbodienst",
        label_en="Sickness reported to the bedrijfsarts / arbodienst",
        due=SickDay(6),  # within week 1
        kind=Kind.PRACTICE,
        basis=(Citation(REGELING, "art. 2 lid 1"),),
        valid_from=POORTWACHTER_IN_FORCE,
        events=("arbodienst_melding",),
        erd_zw_continues=True,
    ),
    MilestoneRule(
        id="probleemanalyse",
        label_nl="Probleemanalyse bedrijfsarts",
        label_en="Problem analysis by the bedrijfsarts",
        due=SickDay(41),  # end of week 6
        kind=Kind.REGELING,
        basis=(Citation(REGELING, "art. 2 lid 2"), Citation(BW, "art. 7:658a lid 3")),
        valid_from=POORTWACHTER_IN_FORCE,
        events=("probleemanalyse",),
        # "Binnen zes weken na de eerste dag": six weeks after day D end on D+42, so a
        # probleemanalyse on that day is on time (docs/law.md section 3).
        late_after=SickDay(42),
        erd_zw_continues=True,
    ),
    MilestoneRule(
        id="plan_van_aanpak",
        label_nl="Plan van aanpak, met casemanager",
        label_en="Plan van aanpak (action plan), with a casemanager",
        # Two weeks after the probleemanalyse when it is recorded; else end of week 8.
        due=AfterEvent("probleemanalyse", 14, fallback=SickDay(55)),
        kind=Kind.REGELING,
        basis=(Citation(REGELING, "art. 4 lid 1"), Citation(WIA, "art. 25 lid 2")),
        valid_from=POORTWACHTER_IN_FORCE,
        events=("plan_van_aanpak",),
        erd_zw_continues=True,
    ),
    MilestoneRule(
        id="evaluatie",
        label_nl="Evaluatie plan van aanpak",
        label_en="Evaluation of the plan van aanpak",
        # "Periodiek": the field and UWV expect every 6 weeks, of counted sick days.
        due=Every(42, after="plan_van_aanpak", recorded_as="evaluaties"),
        kind=Kind.PRACTICE,
        basis=(Citation(REGELING, "art. 4 lid 2 sub b"),),
        valid_from=POORTWACHTER_IN_FORCE,
        erd_zw_continues=True,
    ),
    MilestoneRule(
        id="ziekmelding_uwv",
        label_nl="42e-weeksmelding aan UWV",
        label_en="42nd-week sickness report to UWV",
        due=SickDay(294),  # the first day after 42 weeks
        kind=Kind.STATUTE,
        basis=(Citation(ZW, "art. 38 lid 1"),),
        valid_from=POORTWACHTER_IN_FORCE,
        events=("ziekmelding_uwv",),
        # "uiterlijk de eerste werkdag na de 42e ziekteweek" (UWV).
        uwv_next_working_day=True,
    ),
    MilestoneRule(
        id="eerstejaarsevaluatie",
        label_nl="Eerstejaarsevaluatie",
        label_en="First-year evaluation",
        due=SickDay(363),  # end of week 52
        window_start=SickDay(315),  # from week 46
        kind=Kind.REGELING,
        basis=(Citation(REGELING, "art. 4 lid 2 sub b"), Citation(BEOORDELINGSKADER, "§5")),
        valid_from=POORTWACHTER_IN_FORCE,
        events=("eerstejaarsevaluatie",),
        # Held "aan het einde van het eerste ziektejaar": one held before week 46 is no
        # first-year evaluation (Regeling art. 4 lid 2 sub b; Beoordelingskader §5).
        not_before_window=True,
        erd_zw_continues=True,
    ),
    MilestoneRule(
        id="spoor2_besluit",
        label_nl="Besluit over spoor 2",
        label_en="Decision on spoor 2 (work with another employer)",
        due=SickDay(363),
        window_start=SickDay(315),
        kind=Kind.PRACTICE,
        basis=(
            Citation(BW, "art. 7:658a lid 1"),
            Citation(BEOORDELINGSKADER, "§5"),
            Citation(WERKWIJZER, ""),
        ),
        valid_from=POORTWACHTER_IN_FORCE,
        # Decided at the first-year evaluation, or earlier by starting spoor 2.
        events=("eerstejaarsevaluatie", "spoor2_start"),
        erd_zw_continues=True,
    ),
    MilestoneRule(
        id="start_tweede_ziektejaar",
        label_nl="Start tweede ziektejaar",
        label_en="Second sick year starts",
        due=SickDay(364),
        kind=Kind.INFO,
        basis=(Citation(BW, "art. 7:629 lid 1"),),
        valid_from=POORTWACHTER_IN_FORCE,
    ),
    MilestoneRule(
        id="vervroegde_iva_aanvraag",
        label_nl="Uiterste dag aanvraag vervroegde IVA",
        label_en="Last day to ask for an early IVA decision",
        due=SickDay(475),  # end of week 68
        window_start=SickDay(14),  # from week 3
        kind=Kind.INFO,
        basis=(Citation(WIA, "art. 23 lid 6"), Citation(WIA, "art. 66")),
        valid_from=POORTWACHTER_IN_FORCE,
        after_contract_end=True,
        wia_only=True,
    ),
    MilestoneRule(
        id="wia_brief_uwv",
        label_nl="Brief van UWV over de WIA-aanvraag",
        label_en="UWV's letter about applying for WIA",
        due=SickDay(622),  # 89 weeks
        window_start=SickDay(609),  # practice: week 88
        kind=Kind.INFO,
        basis=(Citation(WIA, "art. 64 lid 2"),),
        valid_from=VERZAMELWET_SZW_2013,
        # UWV's step: recorded, it shows when the letter came (late: WIA art. 64 lid 6).
        events=("wia_brief_uwv",),
        after_contract_end=True,
        wia_only=True,
    ),
    MilestoneRule(
        id="reintegratieverslag",
        label_nl="Re-integratieverslag, met eindevaluatie en actueel oordeel",
        label_en="Re-integratieverslag, with final evaluation and current medical opinion",
        due=FromEnd(-91),  # end of week 91
        kind=Kind.STATUTE,
        basis=(Citation(WIA, "art. 25 lid 3"), Citation(REGELING, "art. 6")),
        valid_from=VERZAMELWET_SZW_2013,
        events=("reintegratieverslag",),
        wia_only=True,
        erd_zw_continues=True,
    ),
    MilestoneRule(
        id="wia_aanvraag",
        label_nl="WIA-aanvraag",
        label_en="WIA application",
        due=FromEnd(-77),  # end of week 93
        # "From the UWV letter": its recorded date, else week 88, when UWV sends it in
        # practice.
        window_start=SickDay(609),
        window_event="wia_brief_uwv",
        kind=Kind.STATUTE,
        basis=(Citation(WIA, "art. 64 lid 3"), Citation(WIA, "art. 65")),
        valid_from=VERZAMELWET_SZW_2013,
        events=("wia_aanvraag",),
        wia_only=True,
    ),
    MilestoneRule(
        id="loonsanctie_beschikking",
        label_nl="Uiterste dag loonsanctiebeschikking UWV",
        label_en="Last day for UWV to decide a loonsanctie",
        # Recorded by the loonsanctie's decision date (extensions.loonsanctie.decided).
        events=("loonsanctie_beschikking",),
        # WIA art. 25 lid 10: six weeks before the end of the period; after a late
        # application, before the end as BW 7:629 lid 11 sub a moved it.
        due=FromEnd(-42, End.BEFORE_SANCTION),
        kind=Kind.INFO,
        basis=(Citation(WIA, "art. 25 lid 10"),),
        valid_from=POORTWACHTER_IN_FORCE,
        wia_only=True,
    ),
    MilestoneRule(
        id="einde_wachttijd",
        label_nl="Einde wachttijd: laatste dag loondoorbetaling",
        label_en="End of the waiting period: last day of wage payment",
        due=FromEnd(0, End.FINAL),
        kind=Kind.STATUTE,
        basis=(Citation(BW, "art. 7:629 lid 1"), Citation(WIA, "art. 23 lid 1")),
        valid_from=POORTWACHTER_IN_FORCE,
        after_contract_end=True,
    ),
    MilestoneRule(
        id="ingang_wia",
        label_nl="Ingang WIA-uitkering (eerste dag)",
        label_en="First day a WIA benefit can start",
        due=FromEnd(1, End.FINAL),
        kind=Kind.STATUTE,
        basis=(Citation(WIA, "art. 23 lid 1"),),
        valid_from=POORTWACHTER_IN_FORCE,
        after_contract_end=True,
        wia_only=True,
    ),
    MilestoneRule(
        id="einde_loonsanctie_max",
        label_nl="Laatste dag loondoorbetaling bij maximale loonsanctie",
        label_en="Last day of wage payment under the maximum loonsanctie",
        # 52 weeks after the end the loonsanctie would extend (WIA art. 25 lid 9).
        due=FromEnd(364, End.BEFORE_SANCTION),
        kind=Kind.INFO,
        basis=(Citation(WIA, "art. 25 lid 9"),),
        valid_from=POORTWACHTER_IN_FORCE,
        wia_only=True,
    ),
)

#: The milestones the case itself brings (docs/law.md, Scope): pregnancy-related sickness,
#: the end of the contract during sickness (ziek uit dienst) and the AOW age. Each
#: applies only when its case date exists (``wage_end.py``).
CASE_RULES: tuple[MilestoneRule, ...] = (
    MilestoneRule(
        id="ziekmelding_zwangerschap",
        label_nl="Ziekmelding aan UWV: ziekte door zwangerschap of bevalling",
        label_en="Report to UWV: sickness from pregnancy or childbirth",
        # "Uiterlijk op de eerste dag na zes weken" from the first sick day; on the
        # contract's last day if it ends before then (ZW art. 38a lid 3).
        due=CaseDate("ziekmelding_zwangerschap"),
        kind=Kind.STATUTE,
        basis=(Citation(ZW, "art. 38a lid 3"), Citation(ZW, "art. 29a")),
        valid_from=POORTWACHTER_IN_FORCE,
        events=("ziekmelding_zwangerschap",),
        after_contract_end=True,
    ),
    MilestoneRule(
        id="ziekmelding_uit_dienst",
        label_nl="Ziek-uit-dienstmelding aan UWV",
        label_en="Report to UWV: sick at the end of the contract",
        # "Op de laatste werkdag voordat de dienstbetrekking eindigt" (ZW art. 38 lid 2).
        due=CaseDate("laatste_werkdag"),
        kind=Kind.STATUTE,
        basis=(Citation(ZW, "art. 38 lid 2"),),
        valid_from=POORTWACHTER_IN_FORCE,
        events=("ziekmelding_uit_dienst",),
        after_contract_end=True,
    ),
    MilestoneRule(
        id="reintegratieverslag_ziektewet_verkort",
        label_nl="Ziektewet: verkort re-integratieverslag (6 tot 10 weken ziek)",
        label_en="Ziektewet: short re-integratieverslag (6 to 10 weeks sick)",
        # "Uiterlijk op die laatste werkdag", when at least six weeks lie between the
        # first sick day and it; not by an eigenrisicodrager (ZW art. 38 lid 2).
        due=CaseDate("riv_ziektewet_verkort"),
        kind=Kind.STATUTE,
        basis=(Citation(ZW, "art. 38 lid 2"), Citation(WERKWIJZER_ZW, "")),
        valid_from=POORTWACHTER_IN_FORCE,
        events=("reintegratieverslag_ziektewet",),
        after_contract_end=True,
    ),
    MilestoneRule(
        id="reintegratieverslag_ziektewet",
        label_nl="Ziektewet: volledig re-integratieverslag (10 weken of langer ziek)",
        label_en="Ziektewet: full re-integratieverslag (10 weeks or more sick)",
        due=CaseDate("riv_ziektewet"),
        kind=Kind.STATUTE,
        basis=(Citation(ZW, "art. 38 lid 2"), Citation(WERKWIJZER_ZW, "")),
        valid_from=POORTWACHTER_IN_FORCE,
        events=("reintegratieverslag_ziektewet",),
        after_contract_end=True,
    ),
    MilestoneRule(
        id="einde_dienstverband",
        label_nl="Einde dienstverband: laatste dag loondoorbetaling, daarna Ziektewet",
        label_en="End of the contract: last day of wage payment, then the Ziektewet",
        due=CaseDate("einde_dienstverband"),
        kind=Kind.INFO,
        basis=(Citation(BW, "art. 7:629 lid 1"), Citation(ZW, "art. 29")),
        valid_from=POORTWACHTER_IN_FORCE,
        after_contract_end=True,
    ),
    MilestoneRule(
        id="aow_leeftijd",
        label_nl="AOW-leeftijd bereikt: geen WIA",
        label_en="AOW age reached: no WIA",
        due=CaseDate("aow"),
        kind=Kind.INFO,
        basis=(Citation(AOW, "art. 7a"), Citation(BW, "art. 7:629 lid 2")),
        valid_from=POORTWACHTER_IN_FORCE,
    ),
    MilestoneRule(
        id="einde_loondoorbetaling_aow",
        label_nl="Laatste dag loondoorbetaling na AOW-leeftijd (6 of 13 weken)",
        label_en="Last day of wage payment past AOW age (6 or 13 weeks)",
        due=CaseDate("einde_loondoorbetaling_aow"),
        kind=Kind.STATUTE,
        basis=(Citation(BW, "art. 7:629 lid 2"),),
        valid_from=POORTWACHTER_IN_FORCE,
    ),
    MilestoneRule(
        id="reintegratieverslag_ziektewet_uwv",
        label_nl="Ziektewet: re-integratieverslag naar UWV (2 weken na de brief van UWV)",
        label_en="Ziektewet: re-integratieverslag to UWV (2 weeks after UWV's letter)",
        # UWV asks for it with the Ziektewet claim and gives 2 weeks after its letter
        # (events.ziektewet_brief_uwv; without it, counted from the last working day).
        due=CaseDate("riv_ziektewet_uwv"),
        kind=Kind.PRACTICE,
        basis=(Citation(WERKWIJZER_ZW, ""), Citation(ZW, "art. 38 lid 2")),
        valid_from=POORTWACHTER_IN_FORCE,
        events=("reintegratieverslag_ziektewet",),
        after_contract_end=True,
    ),
    MilestoneRule(
        id="reintegratie_erd_zw",
        label_nl="Eigenrisicodrager Ziektewet: begeleiding van de ex-werknemer gaat door",
        label_en="Eigenrisicodrager for the Ziektewet: it keeps guiding the former employee",
        # The first day under the Ziektewet: the eigenrisicodrager guides the former
        # employee "als zou hij in een privaatrechtelijke dienstbetrekking tot de
        # eigenrisicodrager staan" (ZW art. 63a lid 1); no re-integratieverslag for the
        # claim (ZW art. 38 lid 2).
        due=CaseDate("reintegratie_erd_zw"),
        kind=Kind.INFO,
        basis=(Citation(ZW, "art. 63a lid 1"), Citation(ZW, "art. 38 lid 2")),
        valid_from=POORTWACHTER_IN_FORCE,
        after_contract_end=True,
    ),
    MilestoneRule(
        id="ziekmelding_zwangerschap_na_verlof",
        label_nl="Ziekmelding aan UWV: ziekte door zwangerschap of bevalling na het verlof",
        label_en="Report to UWV: sickness from pregnancy or childbirth after the leave",
        # A claim of its own (ZW art. 29a): reported "uiterlijk op de eerste dag na zes
        # weken" from its first sick day, even when the period is joined to the chain;
        # on the contract's last day if it ends before then (ZW art. 38a lid 3).
        due=CaseDate("ziekmelding_zwangerschap_na_verlof"),
        kind=Kind.STATUTE,
        basis=(Citation(ZW, "art. 38a lid 3"), Citation(ZW, "art. 29a")),
        valid_from=POORTWACHTER_IN_FORCE,
        events=("ziekmelding_zwangerschap_na_verlof",),
        after_contract_end=True,
    ),
    MilestoneRule(
        id="einde_dienstverband_aow",
        label_nl="Einde dienstverband: laatste dag loondoorbetaling, geen Ziektewet na de "
        "AOW-leeftijd",
        label_en="End of the contract: last day of wage payment, no Ziektewet past the AOW age",
        # The contract ends on or after the day before the AOW day: no Ziektewet benefit
        # follows (ZW art. 3 lid 1: a werknemer has not reached the AOW age), so no report
        # to UWV and no re-integratieverslag (ZW art. 38 lid 2).
        due=CaseDate("einde_dienstverband_aow"),
        kind=Kind.INFO,
        basis=(Citation(BW, "art. 7:629 lid 1"), Citation(ZW, "art. 3 lid 1")),
        valid_from=POORTWACHTER_IN_FORCE,
        after_contract_end=True,
    ),
)

RULES = RULES + CASE_RULES

RULES_BY_ID: dict[str, MilestoneRule] = {rule.id: rule for rule in RULES}


def check_rules(rules: tuple[MilestoneRule, ...]) -> list[str]:
    """Problems in a rule table: a rule without a basis, a duplicate id, a dangling ref."""
    problems: list[str] = []
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            problems.append(f"{rule.id}: duplicate rule id")
        seen.add(rule.id)
        if not rule.basis:
            problems.append(f"{rule.id}: a rule without a legal basis")
        if not rule.label_nl or not rule.label_en:
            problems.append(f"{rule.id}: a rule needs a Dutch and an English label")
        if rule.valid_until is not None and rule.valid_until < rule.valid_from:
            problems.append(f"{rule.id}: valid until {rule.valid_until} before valid from")
        if rule.not_before_window and (rule.window_start is None or not rule.events):
            problems.append(f"{rule.id}: not before a window, without a window or an event")
    for rule in rules:
        if isinstance(rule.due, Every) and rule.due.after not in seen:
            problems.append(f"{rule.id}: recurs after unknown milestone {rule.due.after}")
    return problems


_PROBLEMS = check_rules(RULES)
if _PROBLEMS:  # pragma: no cover - guarded by tests; a broken table must not load
    raise RuntimeError("invalid rule table: " + "; ".join(_PROBLEMS))


#: The legal basis of each step that moves the end of the waiting period (docs/law.md
#: section 4), by step id; ``extensions.py`` takes the steps, the output cites these.
STEP_BASIS: dict[str, tuple[Citation, ...]] = {
    "verlenging": (Citation(WIA, "art. 24"), Citation(WIA, "art. 64 lid 3")),
    "aanvraag_te_laat": (Citation(BW, "art. 7:629 lid 11 sub a"), Citation(WIA, "art. 64 lid 3")),
    "brief_niet_vastgelegd": (Citation(WIA, "art. 64 lid 6"),),
    "brief_te_laat_verschoonbaar": (Citation(WIA, "art. 64 lid 6"),),
    "brief_te_laat_verstreken": (Citation(WIA, "art. 64 lid 6"),),
    "brief_te_laat_geen_melding": (Citation(WIA, "art. 64 lid 6"), Citation(ZW, "art. 38 lid 1")),
    "brief_ontvangst_aangenomen": (Citation(WIA, "art. 64 lid 6"),),
    "loonsanctie_zonder_gevolg": (Citation(WIA, "art. 25 lid 11"),),
    "start_na_verlof": (Citation(WIA, "art. 25 lid 9"),),
    "loonsanctie_opgelegd": (Citation(WIA, "art. 25 lid 9"), Citation(WIA, "art. 25 lid 10")),
    "onderbroken_door_verlof": (Citation(WIA, "art. 25 lid 9"),),
    "herstel_gemeld": (Citation(WIA, "art. 25 lid 12"), Citation(WIA, "art. 25 lid 13")),
    "bekorting": (Citation(WIA, "art. 25 lid 14"),),
    "bekorting_na_einde": (Citation(WIA, "art. 25 lid 14"),),
    "beschikking_te_laat": (Citation(WIA, "art. 25 lid 10"), Citation(WIA, "art. 25 lid 14")),
    "herstelbeslissing_te_laat": (Citation(WIA, "art. 25 lid 13"), Citation(WIA, "art. 25 lid 14")),
    "loonsanctie_geen_dagen": (Citation(WIA, "art. 25 lid 14"),),
    "loonsanctie_einde": (Citation(WIA, "art. 25 lid 14"),),
}
