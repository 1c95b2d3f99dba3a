"""Texts for people about a case: the timeline, the chain, the spoor, the
findings, the exposure and the extensions: in Dutch and English, by
id (``wording.text``). A table apart from the logic that fills it in."""

from __future__ import annotations

CASE_TEXTS: dict[str, dict[str, str]] = {
    "title": {"nl": "Poortwachter-tijdlijn", "en": "Poortwachter timeline"},
    "notes_title": {"nl": "Let op", "en": "Note"},
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
    "wage_end_einde_dienstverband_erd_zw": {
        "nl": "einde dienstverband; daarna Ziektewet via de werkgever als eigenrisicodrager",
        "en": "end of the contract; then the Ziektewet through the employer as self-insurer",
    },
    "wage_end_einde_dienstverband_aow": {
        "nl": "einde dienstverband; geen Ziektewet na de AOW-leeftijd",
        "en": "end of the contract; no Ziektewet past the AOW age",
    },
    "col_milestone": {"nl": "Mijlpaal", "en": "Milestone"},
    "col_due": {"nl": "Uiterlijk", "en": "Due"},
    "col_window": {"nl": "Vanaf", "en": "From"},
    "col_week": {"nl": "Week", "en": "Week"},
    "col_kind": {"nl": "Soort", "en": "Kind"},
    "col_status": {"nl": "Status", "en": "Status"},
    "col_basis": {"nl": "Grondslag", "en": "Legal basis"},
    "practice_date": {"nl": "UWV: {date}*", "en": "UWV: {date}*"},
    "on_time_until": {"nl": "op tijd t/m {date}", "en": "on time through {date}"},
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
    "spoor_reason_einde_uit_dienst_erd_zw": {
        "nl": "Het dienstverband eindigde op {end}: als eigenrisicodrager voor de Ziektewet "
        "begeleidt de werkgever de ex-werknemer verder en betaalt hij de uitkering (ZW art. "
        "63a lid 1 en 3).",
        "en": "The contract ended on {end}: as self-insurer for the Ziektewet the employer "
        "keeps guiding the former employee and pays the benefit (ZW art. 63a lid 1 and 3).",
    },
    "spoor_reason_einde_uit_dienst_aow": {
        "nl": "Het dienstverband eindigde op {end}, bij de AOW-leeftijd: er volgt geen "
        "Ziektewet en geen WIA.",
        "en": "The contract ended on {end}, at the AOW age: no Ziektewet and no WIA follow.",
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
    # Steps that move the end of the waiting period (docs/law.md section 4)
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
    "step_brief_ontvangst_aangenomen": {
        "nl": "Wanneer de brief van {letter} binnenkwam, is niet vastgelegd "
        "(events.wia_brief_uwv_ontvangen): aangenomen is {received}, de eerste werkdag na "
        "verzending.",
        "en": "When the letter of {letter} arrived is not recorded "
        "(events.wia_brief_uwv_ontvangen): assumed is {received}, the first working day after "
        "sending.",
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
}
