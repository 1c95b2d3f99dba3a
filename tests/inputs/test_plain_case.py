"""The fast path for plain case documents (inputs/plain_case.py) builds the very case the
case-file models build, or leaves the document to them: never another case, never a
document the models refuse."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from poortwachter.inputs.casefile import case_from_document
from poortwachter.inputs.documents import CaseFileError
from poortwachter.inputs.plain_case import plain_case

from ..helpers import ROOT

iso_days = st.dates().map(lambda day: day.isoformat())
odd_days = st.one_of(
    iso_days,
    st.sampled_from(["2025-02-30", "06-01-2025", " 2025-01-06", "2025-1-6", "", None, 20250106]),
)
texts = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["E-1", " E-1", "<id>", "A\\x1b", "x" * 600, "", "\ud800"]),
    st.integers(),
)

periods = st.lists(
    st.one_of(
        st.fixed_dictionaries({"start": odd_days}, optional={"end": odd_days}),
        st.fixed_dictionaries({"start": iso_days, "cause": st.just("rug")}),
    ),
    min_size=0,
    max_size=4,
)
events = st.dictionaries(
    st.sampled_from(
        [
            "probleemanalyse",
            "plan_van_aanpak",
            "casemanager",
            "evaluaties",
            "ziekmelding_uwv",
            "wia_aanvraag",
            "ziekmelding_uwv_eerste_ziektedag",
            "onbekend",
        ]
    ),
    st.one_of(odd_days, st.lists(odd_days, max_size=3), texts),
    max_size=5,
)
wages = st.fixed_dictionaries(
    {
        "amount": st.one_of(
            st.integers(-5, 20_000_000), st.floats(allow_nan=True), st.just("3.100"), st.booleans()
        ),
        "per": st.sampled_from(["month", "week", "maand", "hour", 3]),
    }
)


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    document: dict[str, Any] = {"case_id": draw(texts), "sick_periods": draw(periods)}
    if draw(st.booleans()):
        document["events"] = draw(events)
    if draw(st.booleans()):
        document["employee"] = {"wage": draw(wages)}
    if draw(st.integers(0, 9)) == 0:
        document["schema_version"] = 1
    return document


@settings(max_examples=400, deadline=None)
@given(documents())
def test_the_fast_path_builds_the_models_case_or_leaves_it_to_them(
    document: dict[str, Any],
) -> None:
    fast = plain_case(document)
    try:
        full = case_from_document("", document, check=False)
    except CaseFileError:
        assert fast is None  # what the models refuse never takes the fast path
        return
    assert fast is None or fast == full


def test_generated_batch_cases_take_the_fast_path() -> None:
    import importlib.util
    import random

    spec = importlib.util.spec_from_file_location(
        "generated_cases", ROOT / "benchmarks" / "generate_cases.py"
    )
    assert spec is not None
    assert spec.loader is not None
    generator: Any = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    rng = random.Random(7)
    for number in range(1, 200):
        document = json.loads(json.dumps(generator.case_document(number, rng)))
        fast = plain_case(document)
        assert fast is not None
        assert fast == case_from_document("", document, check=False)


def test_examples_are_left_to_the_models_when_they_are_not_plain() -> None:
    import yaml

    document = yaml.safe_load(
        Path(ROOT / "examples" / "hovenier-spoor2-taxi.yaml").read_text("utf-8")
    )
    assert plain_case(document) is None
