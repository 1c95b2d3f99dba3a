"""Texts for people, in Dutch (the default) and English.

Milestone labels live with their rules in ``rules.py``; this module holds the rest.
"""

from __future__ import annotations

LANGUAGES = ("nl", "en")

_TEXTS: dict[str, dict[str, str]] = {
    "title": {"nl": "Poortwachter-tijdlijn", "en": "Poortwachter timeline"},
    "case": {"nl": "Zaak", "en": "Case"},
    "first_sick_day": {"nl": "Eerste ziektedag", "en": "First sick day"},
    "as_of": {"nl": "Stand per", "en": "As of"},
    "as_of_value": {
        "nl": "{date}: {days} ziektedagen geteld, week {week}",
        "en": "{date}: {days} sick days counted, week {week}",
    },
    "as_of_before": {
        "nl": "{date}: vóór de eerste ziektedag",
        "en": "{date}: before the first sick day",
    },
    "einde_wachttijd": {"nl": "Einde wachttijd", "en": "End of waiting period"},
    "einde_wachttijd_value": {
        "nl": "{date} (laatste dag loondoorbetaling)",
        "en": "{date} (last day of wage payment)",
    },
    "ingang_wia": {"nl": "Ingang WIA", "en": "WIA can start"},
    "ingang_wia_value": {"nl": "{date} (de dag erna)", "en": "{date} (the day after)"},
    "col_milestone": {"nl": "Mijlpaal", "en": "Milestone"},
    "col_due": {"nl": "Uiterlijk", "en": "Due"},
    "col_window": {"nl": "Vanaf", "en": "From"},
    "col_week": {"nl": "Week", "en": "Week"},
    "col_kind": {"nl": "Soort", "en": "Kind"},
    "col_status": {"nl": "Status", "en": "Status"},
    "col_basis": {"nl": "Grondslag", "en": "Legal basis"},
    "practice_date": {"nl": "UWV: {date}*", "en": "UWV: {date}*"},
    "footer_practice": {
        "nl": '* UWV vraagt de 42e-weeksmelding "uiterlijk de eerste werkdag na de 42e '
        'ziekteweek": praktijk, geen wettelijke termijn; de wettelijke datum staat ervoor.',
        "en": '* UWV asks for the 42nd-week report "at the latest on the first working day '
        'after week 42": practice, not a legal term; the legal date stands above it.',
    },
    "done_on": {"nl": "gedaan {date}", "en": "done {date}"},
    "chain_title": {
        "nl": "Samentelling (art. 7:629 lid 10 BW)",
        "en": "Samentelling: adding sick periods together (art. 7:629 lid 10 BW)",
    },
    "period_closed": {"nl": "Ziek {start} t/m {end}", "en": "Sick {start} to {end}"},
    "period_open": {"nl": "Ziek vanaf {start}", "en": "Sick from {start}"},
    "gap": {
        "nl": "Onderbreking {first} t/m {last}: {fit} hersteldagen{leave} → {outcome}",
        "en": "Gap {first} to {last}: {fit} fit days{leave} → {outcome}",
    },
    "gap_leave": {
        "nl": " (+{days} verlofdagen, tellen niet)",
        "en": " (+{days} leave days, not counted)",
    },
    "gap_joined": {"nl": "samengeteld (minder dan 28)", "en": "added together (fewer than 28)"},
    "gap_too_long": {
        "nl": "nieuwe ziekteperiode (28 of meer)",
        "en": "a new sickness (28 or more)",
    },
    "gap_other_cause": {
        "nl": "nieuwe ziekteperiode (alleen door verlof onder 28, en een andere oorzaak)",
        "en": "a new sickness (under 28 only because of leave, and another cause)",
    },
    "leave_skipped": {
        "nl": "Verlof (WAZO) {start} t/m {end}: geen ziektedagen; {days} verlofdagen in de "
        "wachttijd schuiven de latere data op",
        "en": "Leave (WAZO) {start} to {end}: not sick days; {days} leave days within the "
        "waiting period push the later dates back",
    },
    "earlier_chain": {
        "nl": "Eerdere ziekte {first} t/m {last}: niet samengeteld ({fit} hersteldagen ertussen)",
        "en": "Earlier sickness {first} to {last}: not added ({fit} fit days in between)",
    },
    "recovered": {
        "nl": "Hersteld na {date}: ziek opnieuw uiterlijk {relapse}, dan telt het mee "
        "in deze keten",
        "en": "Recovered after {date}: sick again on or before {relapse}, and it joins this chain",
    },
    "wachtdagen": {
        "nl": "Wachtdagen (ten hoogste 2) gelden één keer voor de hele keten (art. 7:629 lid 9 BW)",
        "en": "Waiting days (at most 2) apply once for the whole chain (art. 7:629 lid 9 BW)",
    },
    "footer_counting": {
        "nl": "Termijnen in kalenderdagen vanaf de eerste ziektedag (week n = dag 7(n-1)+1 "
        "t/m 7n); geen verschuiving naar een werkdag (Algemene termijnenwet art. 1 lid 2, "
        "art. 4).",
        "en": "Terms count calendar days from the first sick day (week n = day 7(n-1)+1 to "
        "7n); no roll-forward to a working day (Algemene termijnenwet art. 1 lid 2, art. 4).",
    },
    "footer_sources": {
        "nl": "BW = Burgerlijk Wetboek Boek 7; WIA; ZW = Ziektewet; Regeling = Regeling "
        "procesgang eerste en tweede ziektejaar; Beoordelingskader = Beleidsregels "
        "beoordelingskader poortwachter.",
        "en": "BW = Burgerlijk Wetboek Boek 7 (Civil Code); WIA; ZW = Ziektewet; Regeling = "
        "Regeling procesgang eerste en tweede ziektejaar; Beoordelingskader = Beleidsregels "
        "beoordelingskader poortwachter.",
    },
    # Statuses
    "status_done": {"nl": "gedaan", "en": "done"},
    "status_late": {"nl": "te laat gedaan", "en": "done late"},
    "status_overdue": {"nl": "te laat", "en": "overdue"},
    "status_passed": {"nl": "verstreken", "en": "passed"},
    "status_due_soon": {"nl": "binnenkort", "en": "due soon"},
    "status_upcoming": {"nl": "gepland", "en": "upcoming"},
    "status_lapsed": {"nl": "vervallen (hersteld)", "en": "lapsed (recovered)"},
    # Kinds
    "kind_statute": {"nl": "wet", "en": "statute"},
    "kind_regeling": {"nl": "regeling", "en": "regeling"},
    "kind_practice": {"nl": "praktijk", "en": "practice"},
    "kind_info": {"nl": "info", "en": "info"},
}


def text(key: str, lang: str, **values: object) -> str:
    """The text ``key`` in ``lang``, with ``values`` filled in."""
    template = _TEXTS[key][lang]
    return template.format(**values) if values else template
