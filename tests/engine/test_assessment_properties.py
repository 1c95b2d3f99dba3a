"""Invariants of sanction-risk for any valid case with random events and extensions."""

from __future__ import annotations

import json
from datetime import date, timedelta

from hypothesis import given, settings

from poortwachter.assessment import assess
from poortwachter.models import Case, Timeline
from poortwachter.outputs.machine import render_assessment_json

from ..helpers import as_of_dates, full_cases
from .test_properties import _shift_case


@settings(max_examples=150)
@given(full_cases(), as_of_dates())
def test_extensions_only_ever_lengthen_the_waiting_period(the_case: Case, as_of: date) -> None:
    timeline = assess(the_case, as_of).timeline
    assert timeline.einde_wachttijd >= timeline.einde_104_weken
    end = timeline.einde_104_weken
    for item in timeline.extensions:
        span = (item.last_day - item.first_day).days + 1
        if item.days == 0:
            # Void, excused or repaired before it began: the end stays where it was.
            assert (item.first_day, item.last_day) == (end + timedelta(days=1), end)
        else:
            # Each extension follows the end before it; a loonsanctie may start after
            # leave and skip leave days (WIA art. 25 lid 9), so its days can be fewer.
            assert item.first_day > end
            assert 0 < item.days <= span
            if item.kind.value != "loonsanctie":
                assert item.first_day == end + timedelta(days=1)
                assert item.days == span
            end = item.last_day
        assert item.steps, "every extension says why"
    assert timeline.einde_wachttijd == end


@settings(max_examples=150)
@given(full_cases(), as_of_dates())
def test_the_json_document_reads_back_into_the_timeline(the_case: Case, as_of: date) -> None:
    assessment = assess(the_case, as_of)
    document = json.loads(render_assessment_json(assessment, "en"))
    assert Timeline.from_dict(document) == assessment.timeline
    assert len(document["findings"]) == len(assessment.findings)


@settings(max_examples=100)
@given(full_cases(), as_of_dates())
def test_findings_and_spoor_move_with_the_case(the_case: Case, as_of: date) -> None:
    # Moving every date by whole years of weeks keeps what UWV would find. Dated money
    # parameters and the AOW age do not move, so wage and birth date are left out.
    the_case = the_case._replace(employee=the_case.employee._replace(date_of_birth=None))
    days = 7 * 52
    original = assess(the_case, as_of)
    moved = assess(_shift_with_events(the_case, days), as_of + timedelta(days=days))
    # Steps whose last on-time day is a working day (UWV's practice date, the last
    # working day of a contract) depend on the holidays, which do not move with the case.
    assert [(f.id, f.severity) for f in original.findings if f.milestone not in _HOLIDAY_BOUND] == [
        (f.id, f.severity) for f in moved.findings if f.milestone not in _HOLIDAY_BOUND
    ]
    assert original.spoor.status == moved.spoor.status


_HOLIDAY_BOUND = frozenset(
    {
        "ziekmelding_uwv",
        "ziekmelding_uit_dienst",
        "reintegratieverslag_ziektewet",
        "reintegratieverslag_ziektewet_verkort",
    }
)


def _shift_with_events(the_case: Case, days: int) -> Case:
    delta = timedelta(days=days)
    moved = _shift_case(the_case._replace(events=None), days)
    events = the_case.events
    assert events is not None
    moved_dates: dict[str, object] = {
        name: value + delta for name, value in events.recorded().items()
    }
    moved_dates["evaluaties"] = tuple(day + delta for day in events.evaluaties)
    moved_dates["deskundigenoordeel"] = tuple(day + delta for day in events.deskundigenoordeel)
    shifted_events = events._replace(**moved_dates)  # type: ignore[arg-type]
    sanction = the_case.extensions.loonsanctie
    verlenging = the_case.extensions.vrijwillige_verlenging_until
    contract_end = the_case.employee.contract_end
    return moved._replace(
        events=shifted_events,
        employee=the_case.employee._replace(
            contract_end=contract_end + delta if contract_end else None
        ),
        employer=the_case.employer,
        extensions=the_case.extensions._replace(
            vrijwillige_verlenging_until=verlenging + delta if verlenging else None,
            loonsanctie=sanction._replace(
                decided=sanction.decided + delta,
                herstel_decided=sanction.herstel_decided + delta
                if sanction.herstel_decided
                else None,
                herstel_gemeld=sanction.herstel_gemeld + delta if sanction.herstel_gemeld else None,
            )
            if sanction
            else None,
        ),
    )
