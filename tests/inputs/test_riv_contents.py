"""``reintegratieverslag_inhoud`` and the stated first sick days in a case file
(docs/case-files.md): each part a date, ``ontbreekt`` or ``n.v.t.`` with its reason;
anything else refused naming its key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from poortwachter.inputs.casefile import load_case
from poortwachter.inputs.documents import CaseFileError
from poortwachter.models import RivPart
from poortwachter.outputs.messages import say

from ..helpers import run, write

HEAD = """\
case_id: R-1
sick_periods:
  - start: 2024-01-08
events:
  ziekmelding_uwv: 2024-10-20
  ziekmelding_uwv_eerste_ziektedag: 08-01-2024
reintegratieverslag_inhoud:
"""


def parts(text: str) -> dict[str, RivPart]:
    the_case = load_case("zaak.yaml", HEAD + text)
    assert the_case.riv_inhoud is not None
    return dict(the_case.riv_inhoud.parts)


def test_each_part_is_a_date_ontbreekt_or_nvt_with_its_reason() -> None:
    found = parts(
        "  probleemanalyse: 2024-02-14\n"
        "  plan_van_aanpak: 27-02-2024\n"
        "  eerstejaarsevaluatie: ontbreekt\n"
        "  arbeidsdeskundig_rapport: 'n.v.t.: spoor 1 slaagde'\n"
        "  visie_werknemer: N.v.t. (werknemer weigerde)\n"
    )
    assert found == {
        "probleemanalyse": RivPart(on=date(2024, 2, 14)),
        "plan_van_aanpak": RivPart(on=date(2024, 2, 27)),
        "arbeidsdeskundig_rapport": RivPart(not_applicable="spoor 1 slaagde"),
        "visie_werknemer": RivPart(not_applicable="werknemer weigerde"),
    }
    the_case = load_case("zaak.yaml", HEAD + "  bijstellingen: [2024-05-21, 02-07-2024]\n")
    assert the_case.riv_inhoud is not None
    assert the_case.riv_inhoud.bijstellingen == (date(2024, 5, 21), date(2024, 7, 2))
    assert the_case.events is not None
    assert the_case.events.ziekmelding_uwv_eerste_ziektedag == date(2024, 1, 8)


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("n.v.t.", "reintegratieverslag_inhoud.visie_werknemer: n.v.t. heeft een reden nodig"),
        ("'n.v.t.:  '", "reintegratieverslag_inhoud.visie_werknemer: n.v.t. heeft een reden nodig"),
        ("2025-02-30", "reintegratieverslag_inhoud.visie_werknemer: 2025-02-30 is geen datum"),
        ("[1, 2]", "reintegratieverslag_inhoud.visie_werknemer: geen onderdeel van het verslag"),
    ],
)
def test_a_part_that_is_none_of_those_is_refused_naming_its_key(value: str, said: str) -> None:
    with pytest.raises(CaseFileError) as raised:
        load_case("zaak.yaml", HEAD + f"  visie_werknemer: {value}\n")
    lines = [say(item, "nl") for item in raised.value.details]
    assert any(line.startswith(said) for line in lines), lines


def test_an_unknown_part_is_refused_with_the_valid_ones() -> None:
    with pytest.raises(CaseFileError) as raised:
        load_case("zaak.yaml", HEAD + "  medische_informatie: 2025-09-01\n")
    (line,) = [say(item, "en") for item in raised.value.details]
    assert line.startswith("reintegratieverslag_inhoud.medische_informatie: unknown key")
    assert "visie_werknemer" in line


def test_case_set_writes_a_part(tmp_path: Path) -> None:
    case = write(tmp_path, "zaak.yaml", HEAD + "  probleemanalyse: 2024-02-14\n")
    key = "reintegratieverslag_inhoud.visie_werknemer"
    code, _, err = run("case", "set", case, key, "2025-09-28")
    assert code == 0, err
    text = Path(case).read_text(encoding="utf-8")
    assert "  visie_werknemer: 2025-09-28\n" in text
    assert parts(text.removeprefix(HEAD))["visie_werknemer"] == RivPart(on=date(2025, 9, 28))


@pytest.mark.parametrize(
    ("written", "dates"),
    [
        ("21-05-2024", (date(2024, 5, 21),)),
        ("geen", ()),
        ("ontbreekt", ()),
        ("'n.v.t.: plan niet bijgesteld'", ()),
        ("[2024-05-21, 02-07-2024]", (date(2024, 5, 21), date(2024, 7, 2))),
    ],
)
def test_bijstellingen_are_one_date_a_list_or_none(written: str, dates: tuple[date, ...]) -> None:
    the_case = load_case("zaak.yaml", HEAD + f"  bijstellingen: {written}\n")
    assert the_case.riv_inhoud is not None
    assert the_case.riv_inhoud.bijstellingen == dates


def test_bijstellingen_that_are_no_dates_say_so() -> None:
    with pytest.raises(CaseFileError) as raised:
        load_case("zaak.yaml", HEAD + "  bijstellingen: {a: 1}\n")
    (line,) = [say(item, "en") for item in raised.value.details]
    assert line.startswith("reintegratieverslag_inhoud.bijstellingen: not a list of dates")
