"""The re-integratieverslag part by part, and the first sick day stated to UWV (docs/law.md
section 7a). Every date is worked by hand from a chain that starts on Monday 8 January
2024: day 315 (the first-year evaluation's window opens, week 46) is 18 November 2024,
day 363 (its due date, the end of week 52) is 5 January 2025."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from poortwachter.assessment import assess
from poortwachter.law.findings import FINDING_TYPES
from poortwachter.law.riv import RIV_PARTS
from poortwachter.models import Case, Events, RivContents, RivPart
from poortwachter.outputs.documents import finding_document
from poortwachter.sickdays import SickPeriod

from ..helpers import d, sick

RIV_ON = "2025-09-30"

#: A RIV that agrees with the events in every part.
WHOLE = {
    "probleemanalyse": "2024-02-14",
    "plan_van_aanpak": "2024-02-27",
    "eerstejaarsevaluatie": "2024-12-20",
    "arbeidsdeskundig_rapport": "2024-11-10",
    "actueel_oordeel": "2025-09-20",
    "eindevaluatie": "2025-09-25",
    "visie_werknemer": "2025-09-28",
    "kopie_werknemer": "2025-09-30",
}
EVENTS = Events(
    probleemanalyse=d("2024-02-14"),
    plan_van_aanpak=d("2024-02-27"),
    casemanager="A. Jansen",
    evaluaties=(d("2024-04-09"), d("2024-05-21"), d("2024-07-02"), d("2025-09-25")),
    ziekmelding_uwv=d("2024-10-20"),
    arbeidsdeskundig_onderzoek=d("2024-11-10"),
    eerstejaarsevaluatie=d("2024-12-20"),
    reintegratieverslag=d(RIV_ON),
    actueel_oordeel=d("2025-09-20"),
)


def riv_case(
    parts: dict[str, str | None] | None = None,
    events: Events = EVENTS,
    periods: tuple[SickPeriod, ...] = (sick("2024-01-08"),),
    bijstellingen: tuple[str, ...] = (),
) -> Case:
    given = WHOLE if parts is None else parts
    contents = RivContents(
        tuple(
            (name, RivPart(on=d(value)) if value[0].isdigit() else RivPart(not_applicable=value))
            for name, value in given.items()
            if value is not None
        ),
        tuple(d(day) for day in bijstellingen),
    )
    return Case(sick_periods=periods, events=events, case_id="R-1", riv_inhoud=contents)


def riv_ids(the_case: Case, as_of: str = "2025-10-01") -> list[str]:
    found = assess(the_case, d(as_of)).findings
    return sorted(item.id for item in found if item.id.startswith(("riv_", "eerste_ziekte")))


def with_part(part: str, value: str | None) -> Case:
    return riv_case({**WHOLE, part: value})


def test_a_riv_that_agrees_with_the_case_gives_no_finding() -> None:
    assert riv_ids(riv_case()) == []
    notes = [note.id for note in assess(riv_case(), d("2025-10-01")).timeline.notes]
    assert "note_riv_not_checked" not in notes


@pytest.mark.parametrize("part", [rule.id for rule in RIV_PARTS if rule.missing is not None])
def test_each_missing_part_is_a_finding_of_its_own(part: str) -> None:
    assert riv_ids(with_part(part, None)) == [f"riv_{part}_ontbreekt"]


def test_a_part_that_does_not_apply_with_its_reason_is_not_missing() -> None:
    the_case = with_part("arbeidsdeskundig_rapport", "spoor 1 slaagde")
    unrecorded = EVENTS._replace(arbeidsdeskundig_onderzoek=None)
    assert riv_ids(the_case._replace(events=unrecorded)) == []
    # The file records the labour expert's report: then it does apply.
    assert riv_ids(the_case) == ["riv_arbeidsdeskundig_rapport_onjuist"]


def test_the_employees_copy_is_never_not_applicable() -> None:
    the_case = with_part("kopie_werknemer", "werknemer wilde het niet")
    (found,) = [f for f in assess(the_case, d("2025-10-01")).findings if f.id.startswith("riv_")]
    assert found.id == "riv_kopie_werknemer_onjuist"
    message = finding_document(found, "nl", d("2025-10-01"))["message"]
    assert "de werknemer krijgt altijd een afschrift (WIA art. 25 lid 3)" in message
    assert "wilde" not in message  # the reason is free text: never repeated


def test_a_copy_given_after_the_report_is_right() -> None:
    assert riv_ids(with_part("kopie_werknemer", "2025-10-01"), "2025-10-02") == []


def test_one_missing_actueel_oordeel_is_one_finding() -> None:
    events = EVENTS._replace(actueel_oordeel=None)
    the_case = with_part("actueel_oordeel", None)._replace(events=events)
    ids = [f.id for f in assess(the_case, d("2025-10-01")).findings if "actueel" in f.id]
    assert ids == ["actueel_oordeel_ontbreekt"]
    # The RIV holds one, though the events do not record it: no finding says it is missing.
    holds = with_part("actueel_oordeel", "2025-09-20")._replace(events=events)
    ids = [f.id for f in assess(holds, d("2025-10-01")).findings if "actueel" in f.id]
    assert ids == []


def test_the_first_year_evaluation_counts_as_an_evaluation() -> None:
    # Evaluations up to 24 Sep 2024, then the first-year evaluation on 20 Dec 2024: an
    # eindevaluatie of 24 Sep 2024 is not the most recent one.
    events = EVENTS._replace(evaluaties=(d("2024-04-09"), d("2024-09-24")))
    the_case = with_part("eindevaluatie", "2024-09-24")._replace(events=events)
    assert riv_ids(the_case) == ["riv_eindevaluatie_onjuist"]
    latest = with_part("eindevaluatie", "2024-12-20")._replace(events=events)
    assert riv_ids(latest) == []


@pytest.mark.parametrize(("as_of", "judged"), [("2025-09-29", False), ("2025-09-30", True)])
def test_missing_parts_are_judged_once_the_riv_is_drawn_up(as_of: str, judged: bool) -> None:
    the_case = riv_case({"probleemanalyse": "2024-02-14"})
    assert ("riv_visie_werknemer_ontbreekt" in riv_ids(the_case, as_of)) is judged


def test_the_labour_experts_report_weighs_more_when_spoor_2_was_at_stake() -> None:
    the_case = with_part("arbeidsdeskundig_rapport", None)
    (found,) = [f for f in assess(the_case, d("2025-10-01")).findings if f.id.startswith("riv_")]
    assert found.severity.value == "low"
    events = EVENTS._replace(spoor1_no_prospect=d("2024-11-10"))
    at_stake = the_case._replace(events=events)
    (found,) = [f for f in assess(at_stake, d("2025-10-01")).findings if f.id.startswith("riv_a")]
    assert found.severity.value == "medium"


@pytest.mark.parametrize(
    ("part", "value", "wrong"),
    [
        # Dated after the RIV itself (30 Sep 2025): the day after is wrong, the day is not.
        ("visie_werknemer", "2025-09-30", False),
        ("visie_werknemer", "2025-10-01", True),
        # Other than the recorded event.
        ("plan_van_aanpak", "2024-02-27", False),
        ("plan_van_aanpak", "2024-02-28", True),
        ("probleemanalyse", "2024-02-13", True),
        # The actueel oordeel: 1 Jul 2025 is 91 days before 30 Sep 2025 (30 + 31 + 30),
        # still current; 30 Jun is 92 days before.
        ("actueel_oordeel", "2025-07-01", False),
        ("actueel_oordeel", "2025-06-30", True),
        # The eindevaluatie must be the latest evaluation (25 Sep 2025).
        ("eindevaluatie", "2025-09-25", False),
        ("eindevaluatie", "2025-09-24", True),
        # The employee's copy cannot be older than the report.
        ("kopie_werknemer", "2025-09-30", False),
        ("kopie_werknemer", "2025-09-29", True),
    ],
)
def test_a_part_that_contradicts_the_case(part: str, value: str, wrong: bool) -> None:
    events = EVENTS
    if part == "actueel_oordeel":  # judged on its age, not against the event
        events = EVENTS._replace(actueel_oordeel=d(value))
    the_case = with_part(part, value)._replace(events=events)
    assert riv_ids(the_case) == ([f"riv_{part}_onjuist"] if wrong else [])


@pytest.mark.parametrize(
    ("day", "inside"),
    [("2024-11-17", False), ("2024-11-18", True), ("2025-01-05", True), ("2025-01-06", False)],
)
def test_the_first_year_evaluation_in_the_riv_lies_in_its_window(day: str, inside: bool) -> None:
    events = EVENTS._replace(eerstejaarsevaluatie=d(day))
    the_case = with_part("eerstejaarsevaluatie", day)._replace(events=events)
    found = riv_ids(the_case)
    assert ("riv_eerstejaarsevaluatie_onjuist" in found) is not inside


@pytest.mark.parametrize(("day", "wrong"), [("2025-09-30", False), ("2025-10-01", True)])
def test_a_bijstelling_after_the_riv_is_wrong(day: str, wrong: bool) -> None:
    the_case = riv_case(bijstellingen=("2024-05-21", day))
    assert riv_ids(the_case, "2025-10-02") == (["riv_bijstellingen_onjuist"] if wrong else [])


def test_the_finding_says_why_in_both_languages() -> None:
    the_case = with_part("plan_van_aanpak", "2024-03-01")
    (found,) = [f for f in assess(the_case, d("2025-10-01")).findings if f.id.startswith("riv_")]
    nl = finding_document(found, "nl", d("2025-10-01"))
    assert nl["message"].startswith(
        "Het plan van aanpak in het re-integratieverslag klopt niet: gedateerd vr "
        "01-03-2024, maar het dossier noemt di 27-02-2024 (events.plan_van_aanpak)."
    )
    assert "WIA art. 25 lid 8" in nl["message"]
    en = finding_document(found, "en", d("2025-10-01"))
    assert "dated Fri 2024-03-01, but the file says Tue 2024-02-27" in en["message"]
    # The RIV goes with the WIA application: due at the end of week 93, 11 weeks before
    # the end of the waiting period (4 Jan 2026 - 77 days = 19 Oct 2025).
    assert nl["act_by"] == "2025-10-19"
    assert "{" not in nl["message"] + nl["action"] + en["message"] + en["action"]


def test_after_the_wia_application_the_action_waits_for_uwv() -> None:
    events = EVENTS._replace(wia_aanvraag=d("2025-10-10"))
    the_case = with_part("visie_werknemer", None)._replace(events=events)
    (found,) = [f for f in assess(the_case, d("2025-10-11")).findings if f.id.startswith("riv_")]
    assert found.act_by is None
    assert "zodra het erom vraagt" in finding_document(found, "nl", d("2025-10-11"))["action"]


def test_without_contents_one_note_says_the_riv_was_not_checked() -> None:
    plain = riv_case()._replace(riv_inhoud=None)
    notes = [note.id for note in assess(plain, d("2025-10-01")).timeline.notes]
    assert notes.count("note_riv_not_checked") == 1
    assert riv_ids(plain) == []
    # Before the RIV is drawn up or due (the end of week 91, day 636: 5 Oct 2025), no note.
    early = plain._replace(events=EVENTS._replace(reintegratieverslag=None))
    for as_of, noted in (("2025-10-04", False), ("2025-10-05", True)):
        notes = [note.id for note in assess(early, d(as_of)).timeline.notes]
        assert ("note_riv_not_checked" in notes) is noted, as_of


# --- What UWV was told ---------------------------------------------------------------


def stated_case(stated: str, periods: tuple[SickPeriod, ...], report: str = "2024-10-20") -> Case:
    events = Events(ziekmelding_uwv=d(report), ziekmelding_uwv_eerste_ziektedag=d(stated))
    return Case(sick_periods=periods, events=events, case_id="U-1")


#: Sick 8-31 Jan 2024, fit for 19 days, sick again from 20 Feb: less than 4 weeks apart,
#: so one chain from 8 Jan (art. 7:629 lid 10 BW).
JOINED = (sick("2024-01-08", "2024-01-31"), sick("2024-02-20"))


def stated_findings(the_case: Case, as_of: str = "2024-11-01") -> list[dict[str, Any]]:
    found = assess(the_case, d(as_of)).findings
    return [
        finding_document(item, "nl", d(as_of))
        for item in found
        if item.id == "eerste_ziektedag_afwijkend"
    ]


def test_the_chains_first_sick_day_stated_is_no_finding() -> None:
    assert stated_findings(stated_case("2024-01-08", JOINED)) == []


def test_a_report_stating_the_later_period_is_a_fine_explained_by_samentelling() -> None:
    (found,) = stated_findings(stated_case("2024-02-20", JOINED))
    assert found["message"] == (
        "De 42e-weekmelding noemt di 20-02-2024 als eerste ziektedag, maar ziekteperioden met "
        "minder dan vier weken ertussen tellen samen, dus begon de keten op ma 08-01-2024 "
        "(art. 7:629 lid 10 BW, ZW art. 38 lid 1). UWV kan een onjuist opgegeven eerste "
        "ziektedag beboeten met EUR 455,00."
    )
    assert found["action"] == (
        "Corrigeer de melding bij UWV uiterlijk vr 01-11-2024: eerste ziektedag ma 08-01-2024."
    )
    assert found["severity"] == "medium"


def test_a_typo_is_explained_by_the_chains_first_day() -> None:
    (found,) = stated_findings(stated_case("2024-01-09", (sick("2024-01-08"),)))
    assert "maar de ziekte van deze keten begon op ma 08-01-2024" in found["message"]


@pytest.mark.parametrize(("as_of", "known"), [("2024-10-19", False), ("2024-10-20", True)])
def test_what_a_report_stated_is_known_from_the_day_it_was_made(as_of: str, known: bool) -> None:
    found = stated_findings(stated_case("2024-02-20", JOINED), as_of)
    assert bool(found) is known


def test_the_pregnancy_report_is_checked_against_the_pregnancy_related_sickness() -> None:
    periods = (
        SickPeriod(d("2024-01-08"), d("2024-01-31")),
        SickPeriod(d("2024-02-20"), None, pregnancy_related=True),
    )
    right = Events(
        ziekmelding_zwangerschap=d("2024-03-01"),
        ziekmelding_zwangerschap_eerste_ziektedag=d("2024-02-20"),
    )
    the_case = Case(sick_periods=periods, events=right, case_id="Z-1")
    assert stated_findings(the_case) == []
    wrong = right._replace(ziekmelding_zwangerschap_eerste_ziektedag=d("2024-01-08"))
    (found,) = stated_findings(the_case._replace(events=wrong))
    assert found["message"].startswith(
        "De melding van zwangerschapsgerelateerde ziekte noemt ma 08-01-2024"
    )


def test_the_finding_ids_are_all_in_the_finding_table() -> None:
    ids = {f"riv_{rule.id}_onjuist" for rule in RIV_PARTS}
    ids |= {f"riv_{rule.id}_ontbreekt" for rule in RIV_PARTS if rule.missing is not None}
    assert ids | {"eerste_ziektedag_afwijkend"} <= set(FINDING_TYPES)


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(list(WHOLE)),
        st.dates(date(2023, 6, 1), date(2026, 6, 1)).map(date.isoformat),
    ),
    st.dates(date(2025, 1, 1), date(2026, 6, 1)),
)
def test_every_part_gives_at_most_one_finding_and_its_texts_are_whole(
    parts: dict[str, str], as_of: date
) -> None:
    the_case = riv_case({**WHOLE, **parts})
    found = [f for f in assess(the_case, as_of).findings if f.id.startswith("riv_")]
    parts_found = [f.id.removeprefix("riv_").rsplit("_", 1)[0] for f in found]
    assert len(parts_found) == len(set(parts_found))
    for item in found:
        for lang in ("nl", "en"):
            document = finding_document(item, lang, as_of)
            assert "{" not in document["message"] + document["action"]
