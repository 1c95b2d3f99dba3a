"""What moves the end of the waiting period (rules.md section 4), with the first sick
day Monday 6 January 2025: L0 = 3 Jan 2027, WIA application due 18 Oct 2026 (L - 77),
re-integratieverslag due 4 Oct 2026 (L - 91), loonsanctie decision by 22 Nov 2026."""

from __future__ import annotations

import pytest

from poortwachter.engine import compute_timeline
from poortwachter.models import (
    Case,
    CaseError,
    Events,
    ExtensionKind,
    ExtensionsInput,
    Loonsanctie,
    Timeline,
)
from poortwachter.sickdays import SickPeriod

from .helpers import d, due

FIRST_SICK = d("2025-01-06")


def timeline(
    verlenging: str | None = None,
    application: str | None = None,
    sanction: Loonsanctie | None = None,
    as_of: str = "2026-06-01",
) -> Timeline:
    the_case = Case(
        sick_periods=(SickPeriod(FIRST_SICK),),
        events=Events(wia_aanvraag=d(application) if application else None),
        extensions=ExtensionsInput(
            vrijwillige_verlenging_until=d(verlenging) if verlenging else None,
            loonsanctie=sanction,
        ),
        case_id="X",
    )
    return compute_timeline(the_case, d(as_of))


def test_an_application_on_its_due_date_moves_nothing() -> None:
    result = timeline(application="2026-10-18")
    assert result.einde_wachttijd == d("2027-01-03")
    assert result.extensions == ()


def test_an_application_days_late_moves_the_end_by_those_days() -> None:
    result = timeline(application="2026-10-28")
    assert result.einde_wachttijd == d("2027-01-13")
    assert result.ingang_wia == d("2027-01-14")
    assert result.einde_104_weken == d("2027-01-03")
    (extension,) = result.extensions
    assert (extension.kind, extension.first_day, extension.last_day, extension.days) == (
        ExtensionKind.LATE_WIA_AANVRAAG,
        d("2027-01-04"),
        d("2027-01-13"),
        10,
    )


def test_a_verlenging_moves_the_backward_milestones_with_it() -> None:
    # UWV set 4 April 2027 (13 weeks later); the backward milestones count from it.
    result = timeline(verlenging="2027-04-04")
    assert result.einde_wachttijd == d("2027-04-04")
    assert due(result, "reintegratieverslag") == d("2027-01-03")
    assert due(result, "wia_aanvraag") == d("2027-01-17")
    assert due(result, "loonsanctie_beschikking") == d("2027-02-21")
    # The forward milestones stay where the sick days put them.
    assert due(result, "wia_brief_uwv") == d("2026-09-20")


def test_a_late_application_after_a_verlenging_counts_from_the_moved_due_date() -> None:
    result = timeline(verlenging="2027-04-04", application="2027-01-20")  # 3 days late
    assert result.einde_wachttijd == d("2027-04-07")
    kinds = [item.kind for item in result.extensions]
    assert kinds == [ExtensionKind.VRIJWILLIGE_VERLENGING, ExtensionKind.LATE_WIA_AANVRAAG]


@pytest.mark.parametrize(
    ("weeks", "herstel", "last_day"),
    [
        (52, None, "2028-01-02"),  # 3 Jan 2027 + 364
        (1, None, "2027-01-10"),
        (52, "2027-02-01", "2027-03-15"),  # bekorting: decision + 42
        (4, "2027-01-01", "2027-01-31"),  # decision + 42 = 12 Feb, past the 4 weeks
        (52, "2026-11-10", "2027-01-03"),  # repaired so early the sanction adds nothing
    ],
)
def test_loonsanctie_and_bekorting(weeks: int, herstel: str | None, last_day: str) -> None:
    sanction = Loonsanctie(weeks, d("2026-11-01"), d(herstel) if herstel else None)
    assert timeline(sanction=sanction).einde_wachttijd == d(last_day)


def test_einde_loonsanctie_max_counts_from_the_end_before_the_sanction() -> None:
    result = timeline(application="2026-10-28", sanction=Loonsanctie(10, d("2026-11-20")))
    # 13 Jan 2027 (after the late application) + 365 = 13 Jan 2028, so + 364 = 12 Jan.
    assert due(result, "einde_loonsanctie_max") == d("2028-01-12")


@pytest.mark.parametrize(
    ("extensions", "message"),
    [
        (ExtensionsInput(vrijwillige_verlenging_until=d("2027-01-03")), "less than 13 weeks"),
        # 3 Jan 2027 + 90 days = 3 Apr 2027: one day short of 13 weeks.
        (ExtensionsInput(vrijwillige_verlenging_until=d("2027-04-03")), "earliest last day is"),
        # The 14-day verlenging.
        (ExtensionsInput(vrijwillige_verlenging_until=d("2027-01-17")), "less than 13 weeks"),
        (ExtensionsInput(loonsanctie=Loonsanctie(0, d("2026-11-01"))), "outside 1 to 52"),
        (ExtensionsInput(loonsanctie=Loonsanctie(53, d("2026-11-01"))), "outside 1 to 52"),
        (
            ExtensionsInput(loonsanctie=Loonsanctie(52, d("2026-11-01"), d("2026-10-31"))),
            "before the loonsanctie decision",
        ),
        (ExtensionsInput(loonsanctie=Loonsanctie(52, d("2024-11-01"))), "before the first sick"),
    ],
)
def test_impossible_extensions_are_refused(extensions: ExtensionsInput, message: str) -> None:
    the_case = Case(sick_periods=(SickPeriod(FIRST_SICK),), extensions=extensions)
    with pytest.raises(CaseError, match=message):
        compute_timeline(the_case, d("2026-01-01"))


def test_a_verlenging_of_exactly_13_weeks_is_accepted() -> None:
    # 3 Jan 2027 + 91 days = 4 Apr 2027.
    assert timeline(verlenging="2027-04-04").einde_wachttijd == d("2027-04-04")


def test_unordered_evaluations_are_refused() -> None:
    events = Events(evaluaties=(d("2025-05-01"), d("2025-04-01")))
    the_case = Case(sick_periods=(SickPeriod(FIRST_SICK),), events=events)
    with pytest.raises(CaseError, match=r"evaluaties\[1\]: 2025-04-01 is not after"):
        compute_timeline(the_case, d("2026-01-01"))
