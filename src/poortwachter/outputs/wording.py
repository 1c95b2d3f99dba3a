"""Texts for people, in Dutch (the default) and English.

Milestone labels live with their rules in ``rules.py``; this module holds the rest.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from ..language import Language, language
from ..law.findings import FINDING_TYPES
from ..law.milestones import RULES_BY_ID
from ..models import Amount, ExtensionStep, Milestone, Term, Value
from ..results import Assumption, Finding, SpoorStatus

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
    "ingang_wia_none": {
        "nl": "geen: de AOW-leeftijd is dan bereikt",
        "en": "none: the AOW age is reached by then",
    },
    "einde_loondoorbetaling": {"nl": "Einde loondoorbetaling", "en": "End of wage payment"},
    "wage_end_aow_leeftijd": {
        "nl": "AOW-leeftijd, BW 7:629 lid 2",
        "en": "AOW age, BW 7:629 lid 2",
    },
    "wage_end_einde_dienstverband": {
        "nl": "einde dienstverband; daarna Ziektewet via UWV",
        "en": "end of the contract; then the Ziektewet through UWV",
    },
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
        "nl": "Eerdere ziekte {first} t/m {last}: niet samengeteld, {reason}",
        "en": "Earlier sickness {first} to {last}: not added, {reason}",
    },
    "split_too_long": {
        "nl": "want er liggen {fit} hersteldagen tussen (28 of meer)",
        "en": "as {fit} fit days lie in between (28 or more)",
    },
    "split_other_cause": {
        "nl": "want alleen door {leave} verlofdagen liggen er minder dan 28 hersteldagen tussen "
        "({fit}), en de oorzaak is een andere: {causes} (art. 7:629 lid 10 BW)",
        "en": "as only {leave} leave days bring the fit days in between under 28 ({fit}), and "
        "the cause is another: {causes} (art. 7:629 lid 10 BW)",
    },
    "causes_texts": {
        "nl": "eerst '{before}', daarna '{after}'",
        "en": "first '{before}', then '{after}'",
    },
    "causes_stated": {
        "nl": "zo staat het in de zaak (same_cause_as_previous: false; eerst '{before}', "
        "daarna '{after}')",
        "en": "as the case states (same_cause_as_previous: false; first '{before}', then "
        "'{after}')",
    },
    "cause_unknown": {"nl": "niet vermeld", "en": "not given"},
    "same_cause_pregnancy_related": {
        "nl": "zelfde oorzaak: beide door zwangerschap of bevalling",
        "en": "the same cause: both from pregnancy or childbirth",
    },
    "same_cause_same_cause_as_previous": {
        "nl": "zelfde oorzaak volgens de zaak (same_cause_as_previous: true)",
        "en": "the same cause, as the case states (same_cause_as_previous: true)",
    },
    "same_cause_cause_texts": {
        "nl": "zelfde oorzaak",
        "en": "the same cause",
    },
    "same_cause_not_stated": {
        "nl": "geen andere oorzaak vastgelegd",
        "en": "no other cause recorded",
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
    # Spoor
    "spoor_title": {"nl": "Spoor", "en": "Spoor (re-integration track)"},
    "spoor_spoor1": {"nl": "spoor 1", "en": "spoor 1"},
    "spoor_spoor2": {"nl": "spoor 2", "en": "spoor 2"},
    "spoor_tweesporen": {"nl": "tweesporenbeleid", "en": "both tracks"},
    "spoor_spoor3": {"nl": "spoor 3 (eigenrisicodrager WGA)", "en": "spoor 3 (WGA self-insurer)"},
    "spoor_hersteld": {"nl": "hersteld", "en": "recovered"},
    "spoor_einde": {"nl": "einde loondoorbetaling", "en": "wage obligation over"},
    "spoor_since": {"nl": "sinds {date}", "en": "since {date}"},
    "spoor_provider": {"nl": "uitvoerder: {provider}", "en": "provider: {provider}"},
    "spoor_erd": {
        "nl": "eigenrisicodragerschap WGA loopt tot en met {date}",
        "en": "WGA self-insurance runs up to and including {date}",
    },
    "spoor_reason_spoor1": {
        "nl": "Terugkeer in eigen of aangepast werk bij de eigen werkgever (BW 7:658a lid 1).",
        "en": "Return to own or adapted work with the own employer (BW 7:658a lid 1).",
    },
    "spoor_reason_spoor1_no_prospect": {
        "nl": "Spoor 1 heeft sinds {since} geen perspectief: start spoor 2 (BW 7:658a lid 1).",
        "en": "Spoor 1 has had no prospect since {since}: start spoor 2 (BW 7:658a lid 1).",
    },
    "spoor_reason_spoor2": {
        "nl": "Werk bij een andere werkgever, omdat terugkeer in de eigen organisatie sinds "
        "{since} niet mogelijk is (BW 7:658a lid 1).",
        "en": "Work with another employer, as return within the own organisation has not "
        "been possible since {since} (BW 7:658a lid 1).",
    },
    "spoor_reason_tweesporen": {
        "nl": "Spoor 2 loopt naast spoor 1: terugkeer bij de eigen werkgever is nog niet "
        "uitgesloten.",
        "en": "Spoor 2 runs beside spoor 1: return with the own employer is not ruled out.",
    },
    "spoor_reason_spoor3": {
        "nl": "De wachttijd is voorbij; als eigenrisicodrager WGA draagt de werkgever de "
        "WGA-uitkering tot en met {end} (WIA art. 82).",
        "en": "The waiting period is over; as WGA self-insurer the employer bears the WGA "
        "benefit up to and including {end} (WIA art. 82).",
    },
    "spoor_reason_einde": {
        "nl": "De loondoorbetaling eindigde op {end}; de werkgever is geen eigenrisicodrager WGA.",
        "en": "Wage payment ended on {end}; the employer is not a WGA self-insurer.",
    },
    "spoor_reason_einde_aow": {
        "nl": "De AOW-leeftijd beëindigde de loondoorbetaling op {end} (BW 7:629 lid 2); er "
        "volgt geen WIA.",
        "en": "The AOW age ended wage payment on {end} (BW 7:629 lid 2); no WIA follows.",
    },
    "spoor_reason_einde_uit_dienst": {
        "nl": "Het dienstverband eindigde op {end}: UWV neemt de re-integratie en de "
        "uitkering over (Ziektewet).",
        "en": "The contract ended on {end}: UWV takes over re-integration and the benefit "
        "(Ziektewet).",
    },
    "spoor_reason_hersteld": {
        "nl": "Hersteld na {date}.",
        "en": "Recovered after {date}.",
    },
    # Findings and exposure
    "findings_title": {"nl": "Bevindingen", "en": "Findings"},
    "no_findings": {
        "nl": "Geen bevindingen: UWV zou op deze datum niets tegenwerpen.",
        "en": "No findings: UWV would hold nothing against the employer on this date.",
    },
    "col_severity": {"nl": "Ernst", "en": "Severity"},
    "col_finding": {"nl": "Bevinding", "en": "Finding"},
    "col_action": {"nl": "Wat te doen", "en": "What to do"},
    "severity_high": {"nl": "hoog", "en": "high"},
    "severity_medium": {"nl": "middel", "en": "medium"},
    "severity_low": {"nl": "laag", "en": "low"},
    "act_by": {"nl": "uiterlijk {date}", "en": "by {date}"},
    "exposure_title": {"nl": "Financieel risico", "en": "Exposure"},
    "exposure_loonsanctie": {"nl": "Maximale loonsanctie", "en": "Maximum loonsanctie"},
    "exposure_weeks": {"nl": "{weeks} weken", "en": "{weeks} weeks"},
    "exposure_certain": {"nl": "Zeker (verlengingen)", "en": "Certain (extensions)"},
    "exposure_days": {"nl": "{days} dagen", "en": "{days} days"},
    "exposure_fine": {"nl": "Boete 42e-weeksmelding", "en": "Fine, 42nd-week report"},
    "exposure_spoor2": {
        "nl": "Ter vergelijking: spoor-2-traject",
        "en": "For comparison: spoor 2 traject",
    },
    "exposure_assumptions": {"nl": "Aannames", "en": "Assumptions"},
    "extensions_title": {"nl": "Verlengingen", "en": "Extensions"},
    "extension_late_wia_aanvraag": {
        "nl": "Te late WIA-aanvraag (BW 7:629 lid 11 sub a)",
        "en": "Late WIA application (BW 7:629 lid 11 sub a)",
    },
    "extension_vrijwillige_verlenging": {
        "nl": "Vrijwillige verlenging (WIA art. 24)",
        "en": "Vrijwillige verlenging, voluntary extension (WIA art. 24)",
    },
    "extension_loonsanctie": {
        "nl": "Loonsanctie (WIA art. 25 lid 9)",
        "en": "Loonsanctie, wage sanction (WIA art. 25 lid 9)",
    },
    "extension_short_late_wia_aanvraag": {
        "nl": "Te late WIA-aanvraag",
        "en": "Late WIA application",
    },
    "extension_short_vrijwillige_verlenging": {
        "nl": "Vrijwillige verlenging",
        "en": "Voluntary extension",
    },
    "extension_short_loonsanctie": {"nl": "Loonsanctie", "en": "Loonsanctie"},
    "extension_none": {
        "nl": "{kind}: geen verlenging (zie de stappen)",
        "en": "{kind}: no extension (see the steps)",
    },
    "extension_line": {
        "nl": "{kind}: {first} t/m {last}, {days} dagen",
        "en": "{kind}: {first} to {last}, {days} days",
    },
    "einde_104_weken": {"nl": "Einde 104 weken", "en": "End of the 104 weeks"},
    "extension_steps_title": {
        "nl": "Verlengingen, stap voor stap",
        "en": "Extensions, step by step",
    },
    # Steps that move the end of the waiting period (rules.md section 4)
    "step_verlenging": {
        "nl": "UWV verlengde de wachttijd op verzoek van werkgever en werknemer tot en met "
        "{end} (was {old_end}); de termijnen die terugtellen vanaf het einde schuiven mee.",
        "en": "UWV extended the waiting period at the joint request of employer and employee "
        "up to and including {end} (was {old_end}); the terms counted back from the end "
        "move with it.",
    },
    "step_aanvraag_te_laat": {
        "nl": "De WIA-aanvraag kwam op {done_on}, na de uiterste datum {due}; een te late "
        "aanvraag verlengt de wachttijd met de duur van de vertraging.",
        "en": "The WIA application came on {done_on}, after its due date {due}; a late "
        "application extends the waiting period by the length of the delay.",
    },
    "step_brief_niet_vastgelegd": {
        "nl": "De brief van UWV over de WIA-aanvraag is niet vastgelegd (events.wia_brief_uwv). "
        "Kwam die na {letter_due} of helemaal niet, dan geldt een aanvraag binnen 4 weken na "
        "de brief als tijdig.",
        "en": "UWV's letter about the WIA application is not recorded (events.wia_brief_uwv). "
        "If it came after {letter_due} or not at all, an application within 4 weeks of the "
        "letter counts as on time.",
    },
    "step_brief_te_laat_verschoonbaar": {
        "nl": "UWV stuurde zijn brief pas op {letter}, na {letter_due}: een aanvraag tot en met "
        "{until} geldt als tijdig, dus de wachttijd wordt niet verlengd.",
        "en": "UWV sent its letter only on {letter}, after {letter_due}: an application up to "
        "and including {until} counts as on time, so the waiting period is not extended.",
    },
    "step_brief_te_laat_verstreken": {
        "nl": "UWV stuurde zijn brief pas op {letter} (uiterlijk {letter_due}), maar ook 4 weken "
        "daarna ({until}) was er geen aanvraag: de vertraging telt vanaf de uiterste datum.",
        "en": "UWV sent its letter only on {letter} (due {letter_due}), but 4 weeks later "
        "({until}) there was still no application: the delay counts from the due date.",
    },
    "step_brief_te_laat_geen_melding": {
        "nl": "UWV stuurde zijn brief pas op {letter}, maar de 42e-weeksmelding is niet gedaan "
        "vóór {week_81} (81 weken): dan is een te late aanvraag niet verschoonbaar.",
        "en": "UWV sent its letter only on {letter}, but the 42nd-week report was not made "
        "before {week_81} (81 weeks): a late application is then not excused.",
    },
    "step_loonsanctie_zonder_gevolg": {
        "nl": "UWV besliste op {decided} tot een loonsanctie, na het einde van de wachttijd "
        "({end}): zo'n beschikking heeft geen gevolg, de loondoorbetaling eindigt op {end}.",
        "en": "UWV decided a loonsanctie on {decided}, after the waiting period ended ({end}): "
        "such a decision has no effect, wage payment ends on {end}.",
    },
    "step_start_na_verlof": {
        "nl": "Op de dag dat de loonsanctie zou ingaan liep verlof (WAZO): zij gaat in op "
        "{start}, de dag na het verlof.",
        "en": "Leave (WAZO) ran on the day the loonsanctie would start: it starts on {start}, "
        "the day after the leave.",
    },
    "step_loonsanctie_opgelegd": {
        "nl": "UWV besliste op {decided} tot een loonsanctie van {weeks} weken: van {start} tot "
        "en met {last}.",
        "en": "UWV decided on {decided} on a loonsanctie of {weeks} weeks: from {start} up to "
        "and including {last}.",
    },
    "step_onderbroken_door_verlof": {
        "nl": "Verlof (WAZO) tijdens de loonsanctie onderbreekt haar {days} dagen: zij loopt tot "
        "en met {last}.",
        "en": "Leave (WAZO) during the loonsanctie interrupts it for {days} days: it runs up to "
        "and including {last}.",
    },
    "step_herstel_gemeld": {
        "nl": "De werkgever meldde op {reported} dat de tekortkoming is hersteld: UWV beslist "
        "binnen 3 weken, uiterlijk {term}.",
        "en": "The employer reported on {reported} that the shortcoming was repaired: UWV "
        "decides within 3 weeks, by {term}.",
    },
    "step_bekorting": {
        "nl": "UWV besliste op {herstel} dat de tekortkoming is hersteld (bekorting): de "
        "loonsanctie eindigt 6 weken later, op {last}.",
        "en": "UWV decided on {herstel} that the shortcoming was repaired (bekorting): the "
        "loonsanctie ends 6 weeks later, on {last}.",
    },
    "step_bekorting_na_einde": {
        "nl": "UWV besliste op {herstel} dat de tekortkoming is hersteld; 6 weken later valt na "
        "de opgelegde weken, dus de loonsanctie eindigt zoals opgelegd, op {last}.",
        "en": "UWV decided on {herstel} that the shortcoming was repaired; 6 weeks later falls "
        "after the weeks imposed, so the loonsanctie ends as imposed, on {last}.",
    },
    "step_beschikking_te_laat": {
        "nl": "UWV besliste op {decided}, {days} dagen na de uiterste datum {term}: de "
        "loonsanctie eindigt {days} dagen eerder.",
        "en": "UWV decided on {decided}, {days} days after its due date {term}: the loonsanctie "
        "ends {days} days earlier.",
    },
    "step_herstelbeslissing_te_laat": {
        "nl": "UWV besliste pas op {herstel} over het herstel, {days} dagen na zijn termijn van "
        "3 weken ({term}): de loonsanctie eindigt {days} dagen eerder.",
        "en": "UWV decided on the repair only on {herstel}, {days} days after its 3-week term "
        "({term}): the loonsanctie ends {days} days earlier.",
    },
    "step_loonsanctie_geen_dagen": {
        "nl": "Zo eindigt de loonsanctie voordat zij begint: de loondoorbetaling eindigt op {end}.",
        "en": "So the loonsanctie ends before it begins: wage payment ends on {end}.",
    },
    "step_loonsanctie_einde": {
        "nl": "De loonsanctie eindigt op {last}.",
        "en": "The loonsanctie ends on {last}.",
    },
    "assumption_pay_percentage": {
        "nl": "Loon tijdens verlenging en loonsanctie: {percentage}% (tweede ziektejaar; "
        "zonder minimumloongrens).",
        "en": "Pay during extensions and a loonsanctie: {percentage}% (second sick year; no "
        "minimum-wage floor).",
    },
    "assumption_dagloon": {
        "nl": "Dagloon = {amount} per {per} / {divisor} (UWV-omrekening; week = 5 dagen).",
        "en": "Daily wage = {amount} per {per} / {divisor} (UWV's conversion; week = 5 days).",
    },
    "assumption_capped": {
        "nl": "Dagloon begrensd op het maximumdagloon van {amount}.",
        "en": "Daily wage capped at the maximum dagloon of {amount}.",
    },
    "assumption_max_dagloon_beyond": {
        "nl": "Voor {date} is nog geen maximumdagloon bekend: het laatst bekende ({amount}, "
        "sinds {valid_from}) is gebruikt.",
        "en": "No maximum dagloon is known yet for {date}: the last known one ({amount}, "
        "since {valid_from}) was used.",
    },
    "assumption_max_dagloon_before": {
        "nl": "Voor {date} is geen maximumdagloon opgenomen: het vroegst bekende ({amount}, "
        "sinds {valid_from}) is gebruikt.",
        "en": "No maximum dagloon is on file for {date}: the earliest known one ({amount}, "
        "since {valid_from}) was used.",
    },
    "assumption_no_wage": {
        "nl": "Geen loon in de zaak: het risico staat alleen in weken, niet in euro's.",
        "en": "No wage in the case: exposure in weeks only, not in euros.",
    },
    "assumption_calendar_days": {
        "nl": "Verlengingsdagen zijn kalenderdagen, omgerekend met 5 werkdagen per 7 dagen.",
        "en": "Extension days are calendar days, converted at 5 working days per 7 days.",
    },
    "assumption_fine_late": {
        "nl": "Boete voor de 42e-weeksmelding, {days} dagen te laat: {fine} (Boetebesluit "
        "socialezekerheidswetten art. 2c: EUR 70 bij 1 t/m 6 dagen, 230 bij 7 t/m 27, 455 "
        "bij 28 of meer; UWV kan verminderen als de werkgever weinig te verwijten valt).",
        "en": "Fine for the 42nd-week report, {days} days late: {fine} (Boetebesluit "
        "socialezekerheidswetten art. 2c: EUR 70 for 1 to 6 days, 230 for 7 to 27, 455 for "
        "28 or more; UWV may reduce it when the employer is little to blame).",
    },
    "assumption_fine_missing": {
        "nl": "Boete voor een ontbrekende 42e-weeksmelding: ten hoogste {fine} (Boetebesluit "
        "socialezekerheidswetten art. 2c; minder naarmate de melding eerder alsnog komt: "
        "EUR 70 bij 1 t/m 6 dagen te laat, 230 bij 7 t/m 27).",
        "en": "Fine for a missing 42nd-week report: at most {fine} (Boetebesluit "
        "socialezekerheidswetten art. 2c; less the sooner the report is made: EUR 70 for 1 "
        "to 6 days late, 230 for 7 to 27).",
    },
    "assumption_holiday_allowance": {
        "nl": "Zonder vakantiebijslag: die loopt tijdens ziekte door (ten minste {percentage}% "
        "van het betaalde loon, Wet minimumloon en minimumvakantiebijslag art. 15) en komt "
        "bij deze bedragen op.",
        "en": "Holiday allowance not included: it continues during sickness (at least "
        "{percentage}% of the wage paid, Wet minimumloon en minimumvakantiebijslag art. 15) "
        "and comes on top of these amounts.",
    },
    "assumption_no_loonsanctie_aow": {
        "nl": "Geen loonsanctie mogelijk: bij de AOW-leeftijd is er geen WIA-aanvraag, en "
        "dus geen beoordeling van de re-integratie.",
        "en": "No loonsanctie possible: at AOW age there is no WIA application, so no "
        "judgment of the re-integration efforts.",
    },
    "assumption_no_loonsanctie_uit_dienst": {
        "nl": "Geen loonsanctie mogelijk: na het einde van het dienstverband is er geen loon "
        "meer om te verlengen.",
        "en": "No loonsanctie possible: after the contract ended there is no wage left to extend.",
    },
    "term_day": {"nl": "dag", "en": "day"},
    "term_week": {"nl": "week", "en": "week"},
    "term_4weeks": {"nl": "4 weken", "en": "4 weeks"},
    "term_month": {"nl": "maand", "en": "month"},
    "term_year": {"nl": "jaar", "en": "year"},
    "bar_title": {"nl": "104 weken", "en": "104 weeks"},
    "bar_elapsed": {"nl": "ziek", "en": "sick"},
    "bar_remaining": {"nl": "nog te gaan", "en": "to come"},
    "bar_gap": {"nl": "hersteld", "en": "fit"},
    "bar_leave": {"nl": "verlof", "en": "leave"},
    "bar_extension": {"nl": "verlenging", "en": "extension"},
    "bar_ended": {"nl": "geen loon meer", "en": "no more wage"},
    "bar_marker": {"nl": "termijn", "en": "deadline"},
    "report_title": {"nl": "Poortwachter-dossier", "en": "Poortwachter case report"},
    "report_as_of": {"nl": "Stand per {date}", "en": "As of {date}"},
    "chart_title": {"nl": "Tijdlijn van de zaak", "en": "Timeline of the case"},
    "chart_explain": {
        "nl": "De balk loopt van de eerste ziektedag tot de laatste dag van de "
        "loondoorbetaling. Erboven: de ziekteweken 0, 52 en 104 (ziekteperioden opgeteld) "
        "en de kalender. Eronder: elke stap op zijn uiterste datum, genummerd als in de "
        "lijst onder de grafiek, in de kleur van zijn status.",
        "en": "The bar runs from the first sick day to the last day of wage payment. Above "
        "it: sick weeks 0, 52 and 104 (sick periods added together) and the calendar. Below "
        "it: every step on its due date, numbered as in the list under the chart, in the "
        "colour of its status.",
    },
    "chart_week": {"nl": "week {week}", "en": "week {week}"},
    "col_number": {"nl": "Nr.", "en": "No."},
    "chart_bar_key": {"nl": "Balk:", "en": "Bar:"},
    "chart_marker_key": {"nl": "Stappen:", "en": "Steps:"},
    "milestones_title": {"nl": "Mijlpalen", "en": "Milestones"},
    "pay_title": {"nl": "Loondoorbetaling", "en": "Wage payment"},
    "pay_value": {"nl": "{phase}: {percentage}", "en": "{phase}: {percentage}"},
    "pay_next": {"nl": "; vanaf {date}: {phase}", "en": "; from {date}: {phase}"},
    "floor_applies": {
        "nl": "Minimumloon (BW 7:629 lid 1): {hours} uur x {hourly} = {week} per week; het "
        "loon van {pay} per week wordt tot dat bedrag aangevuld.",
        "en": "Minimum wage (BW 7:629 lid 1): {hours} hours x {hourly} = {week} a week; the "
        "pay of {pay} a week is made up to that amount.",
    },
    "floor_below": {
        "nl": "Minimumloon (BW 7:629 lid 1): {hours} uur x {hourly} = {week} per week; het "
        "loon van {pay} per week ligt erboven.",
        "en": "Minimum wage (BW 7:629 lid 1): {hours} hours x {hourly} = {week} a week; the "
        "pay of {pay} a week is above it.",
    },
    "floor_no_pay": {
        "nl": "Minimumloon (BW 7:629 lid 1): {hours} uur x {hourly} = {week} per week; het "
        "loon is niet bekend.",
        "en": "Minimum wage (BW 7:629 lid 1): {hours} hours x {hourly} = {week} a week; the "
        "wage is not known.",
    },
    "floor_no_hours": {
        "nl": "Minimumloon (BW 7:629 lid 1): {hourly} per uur; zonder contracturen "
        "(employee.hours_per_week) is de ondergrens niet berekend.",
        "en": "Minimum wage (BW 7:629 lid 1): {hourly} an hour; without contract hours "
        "(employee.hours_per_week) the floor is not computed.",
    },
    "floor_beyond": {
        "nl": " (het laatst bekende minimumloon, sinds {date})",
        "en": " (the last known minimum wage, since {date})",
    },
    "pay_not_sick_yet": {"nl": "nog niet ziek", "en": "not sick yet"},
    "pay_year1": {"nl": "eerste ziektejaar", "en": "first sick year"},
    "pay_year2": {"nl": "tweede ziektejaar", "en": "second sick year"},
    "pay_vrijwillige_verlenging": {"nl": "vrijwillige verlenging", "en": "voluntary extension"},
    "pay_late_wia_aanvraag": {"nl": "te late WIA-aanvraag", "en": "late WIA application"},
    "pay_loonsanctie": {"nl": "loonsanctie", "en": "loonsanctie"},
    "pay_ended": {"nl": "geëindigd", "en": "ended"},
    "pay_recovered": {"nl": "hersteld", "en": "recovered"},
    # Statuses
    "status_done": {"nl": "gedaan", "en": "done"},
    "status_late": {"nl": "te laat gedaan", "en": "done late"},
    "status_overdue": {"nl": "te laat", "en": "overdue"},
    "status_passed": {"nl": "verstreken", "en": "passed"},
    "status_due_soon": {"nl": "binnenkort", "en": "due soon"},
    "status_upcoming": {"nl": "gepland", "en": "upcoming"},
    "status_lapsed": {"nl": "vervallen", "en": "lapsed"},
    "status_lapsed_hersteld": {"nl": "vervallen (hersteld)", "en": "lapsed (recovered)"},
    "status_lapsed_aow_leeftijd": {"nl": "vervallen (AOW-leeftijd)", "en": "lapsed (AOW age)"},
    "status_lapsed_einde_dienstverband": {
        "nl": "vervallen (uit dienst)",
        "en": "lapsed (contract ended)",
    },
    # Agenda
    "agenda_missed_before": {
        "nl": "(en {count} eerdere gemist)",
        "en": "(and {count} earlier ones missed)",
    },
    "agenda_do_now": {
        "nl": "Alsnog doen en in het dossier vastleggen.",
        "en": "Do it now and record it in the file.",
    },
    "agenda_plan": {
        "nl": "Inplannen en na afloop in het dossier vastleggen.",
        "en": "Plan it, and record it in the file once done.",
    },
    "agenda_risk_statute": {
        "nl": "Wettelijke termijn verstreken.",
        "en": "A statutory deadline has passed.",
    },
    "agenda_risk_regeling": {
        "nl": "Stap uit de Regeling procesgang ontbreekt: UWV toetst het dossier bij de "
        "WIA-aanvraag en kan een loonsanctie opleggen.",
        "en": "A step of the Regeling procesgang is missing: UWV reviews the file with the "
        "WIA application and can impose a loonsanctie.",
    },
    "agenda_risk_practice": {
        "nl": "Stap die UWV in het dossier verwacht ontbreekt.",
        "en": "A step UWV expects in the file is missing.",
    },
    "agenda_title": {
        "nl": "Agenda per {date}: te laat, en wat uiterlijk {last} moet",
        "en": "Agenda as of {date}: overdue, and what is due by {last}",
    },
    "agenda_section_overdue": {"nl": "Te laat", "en": "Overdue"},
    "agenda_section_due": {"nl": "Binnen {days} dagen", "en": "Within {days} days"},
    "agenda_section_finding": {"nl": "Bevindingen", "en": "Findings"},
    "agenda_days_late": {"nl": "{days} dagen te laat", "en": "{days} days overdue"},
    "agenda_one_day_late": {"nl": "1 dag te laat", "en": "1 day overdue"},
    "agenda_today": {"nl": "vandaag", "en": "today"},
    "agenda_in_days": {"nl": "over {days} dagen", "en": "in {days} days"},
    "agenda_in_one_day": {"nl": "morgen", "en": "tomorrow"},
    "agenda_no_casemanager": {"nl": "(geen casemanager)", "en": "(no casemanager)"},
    "agenda_no_employer": {"nl": "(geen werkgever)", "en": "(no employer)"},
    "agenda_no_case_id": {"nl": "(zonder zaaknummer)", "en": "(no case id)"},
    "agenda_nothing": {
        "nl": "Niets te doen: geen stap te laat en niets binnen {days} dagen.",
        "en": "Nothing to do: no step overdue and nothing within {days} days.",
    },
    "agenda_counts": {
        "nl": "{cases} zaken, waarvan {with_actions} met acties en {without} zonder.",
        "en": "{cases} cases: {with_actions} with actions, {without} without.",
    },
    "agenda_counts_one": {
        "nl": "1 zaak, waarvan {with_actions} met acties en {without} zonder.",
        "en": "1 case: {with_actions} with actions, {without} without.",
    },
    "agenda_errors": {
        "nl": "{count} invoerregel(s) niet te lezen (zie hieronder en stderr).",
        "en": "{count} input row(s) could not be read (see below and stderr).",
    },
    "agenda_errors_title": {"nl": "Niet te lezen", "en": "Could not be read"},
    "agenda_row": {"nl": "regel {row}", "en": "row {row}"},
    "agenda_risk": {"nl": "Risico", "en": "Risk"},
    "col_employee": {"nl": "Medewerker", "en": "Employee"},
    "col_step": {"nl": "Stap", "en": "Step"},
    "col_date": {"nl": "Datum", "en": "Date"},
    "col_when": {"nl": "Wanneer", "en": "When"},
    "col_todo": {"nl": "Wat te doen", "en": "What to do"},
    "col_basis_short": {"nl": "Grondslag", "en": "Basis"},
    # Editing a case file
    "edit_written": {
        "nl": "{file}: {path} = {value} vastgelegd.",
        "en": "{file}: {path} = {value} recorded.",
    },
    "edit_changed": {
        "nl": "{file}: {path} = {value} vastgelegd (was {old}).",
        "en": "{file}: {path} = {value} recorded (was {old}).",
    },
    "edit_status": {
        "nl": "{label} (uiterlijk {due}): nu {status}.",
        "en": "{label} (due {due}): now {status}.",
    },
    "edit_next": {
        "nl": "Volgende stap: {label}, uiterlijk {due} ({status}).",
        "en": "Next step: {label}, due {due} ({status}).",
    },
    "edit_end_moved": {
        "nl": "Einde wachttijd: {date} (was {old}).",
        "en": "End of the waiting period: {date} (was {old}).",
    },
    "edit_no_next": {
        "nl": "Geen open stappen meer.",
        "en": "No open steps left.",
    },
    # Kinds
    "kind_statute": {"nl": "wet", "en": "statute"},
    "kind_regeling": {"nl": "regeling", "en": "regeling"},
    "kind_practice": {"nl": "praktijk", "en": "practice"},
    "kind_info": {"nl": "info", "en": "info"},
}


def text(key: str, lang: Language, **values: object) -> str:
    """The text ``key`` in ``lang``, with ``values`` filled in."""
    template = _TEXTS[key][lang]
    return template.format(**values) if values else template


def template(key: str, lang: Language) -> str:
    """The text ``key`` in ``lang``, its placeholders not filled in."""
    return _TEXTS[key][lang]


def show(value: Value, lang: Language) -> str:
    """A value as people read it in ``lang``."""
    if isinstance(value, date):
        return format_date(value, lang)
    if isinstance(value, Decimal):
        return format_euros(value, lang)
    if isinstance(value, Term):
        return text(f"term_{value}", lang)
    if isinstance(value, Amount):
        return value.replace(".", ",") if lang == "nl" else str(value)
    return str(value)


def render(template: str, values: tuple[tuple[str, Value], ...], lang: Language) -> str:
    """``template`` with ``values`` shown in ``lang``."""
    return template.format(**{key: show(value, lang) for key, value in values})


_WEEKDAYS = {
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


def format_euros(amount: Decimal, lang: Language) -> str:
    """Money for people: ``EUR 1.234,56`` in Dutch, ``EUR 1,234.56`` in English."""
    digits = f"{amount:,.2f}"
    if lang == "nl":
        digits = digits.replace(",", "_").replace(".", ",").replace("_", ".")
    return f"EUR {digits}"


@lru_cache(maxsize=8192)  # a batch shows the same days again and again: a tenth of the cost
def format_date(day: date, lang: Language) -> str:
    """A date for people: ``ma 06-01-2025`` in Dutch, ``Mon 2025-01-06`` in English."""
    weekday = _WEEKDAYS[lang][day.weekday()]
    if lang == "nl":
        return f"{weekday} {day.day:02d}-{day.month:02d}-{day.year}"
    return f"{weekday} {day.isoformat()}"


# --- The engine's values in words ----------------------------------------------------


def milestone_label(milestone: Milestone, lang: Language) -> str:
    """A milestone's label in ``lang``, with its occurrence (``Evaluatie 3``)."""
    return label_of(milestone.id, milestone.occurrence, lang)


def label_of(milestone_id: str, occurrence: int | None, lang: Language) -> str:
    """The label of milestone ``milestone_id`` in ``lang``, with its occurrence."""
    label = RULES_BY_ID[milestone_id].label(language(lang))
    return f"{label} {occurrence}" if occurrence is not None else label


def step_text(step: ExtensionStep, lang: Language) -> str:
    """Why a step of an extension moved the end (or did not), in ``lang``."""
    return render(template(f"step_{step.id}", lang), step.values, lang)


def spoor_reason(spoor: SpoorStatus, lang: Language) -> str:
    return render(text(f"spoor_reason_{spoor.reason_id}", lang), spoor.reason_values, lang)


def finding_message(finding: Finding, lang: Language) -> str:
    """What UWV would find, in ``lang``."""
    kind = FINDING_TYPES[finding.id]
    lang = language(lang)
    return render(kind.message_nl if lang == "nl" else kind.message_en, finding.values, lang)


def finding_action(finding: Finding, lang: Language) -> str:
    """What to do about it (and by when), in ``lang``."""
    kind = FINDING_TYPES[finding.id]
    lang = language(lang)
    values = (*finding.values, ("act_by", finding.act_by)) if finding.act_by else finding.values
    return render(kind.action_template(lang, dated=finding.act_by is not None), values, lang)


def finding_texts(finding: Finding, lang: Language) -> tuple[str, str]:
    """The message and the action of a finding, its values shown once for both."""
    kind = FINDING_TYPES[finding.id]
    shown = {key: show(value, lang) for key, value in finding.values}
    if finding.act_by:
        shown["act_by"] = show(finding.act_by, lang)
    message = (kind.message_nl if lang == "nl" else kind.message_en).format(**shown)
    action = kind.action_template(lang, dated=finding.act_by is not None).format(**shown)
    return message, action


def assumption_text(assumption: Assumption, lang: Language) -> str:
    return render(text(f"assumption_{assumption.id}", lang), assumption.values, lang)
