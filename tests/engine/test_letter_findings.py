"""UWV's letter about the WIA application in the findings (WIA art. 64 lid 2 and 6;
docs/law.md section 4): a late letter whose receipt is not recorded, and a letter not
recorded at all where a late one might have excused the application.

Sick from Mon 6 Jan 2025, no recovery: UWV's letter is due by index 622 = Sun 20 Sep
2026 (6 Jan 2025 + 365 = 6 Jan 2026, + 257 = 20 Sep 2026); the 104 weeks end at index
727 = Sun 3 Jan 2027; the application is due 77 days before, on Sun 18 Oct 2026. The
42e-weeksmelding of 20 Oct 2025 was made long before week 81.
"""

from __future__ import annotations

import pytest

from poortwachter.assessment import assess
from poortwachter.models import Case, Events
from poortwachter.results import Assessment, Finding

from ..helpers import d, sick

RECEIPT = "wia_brief_uwv_ontvangst_ontbreekt"
NOT_RECORDED = "wia_brief_uwv_niet_vastgelegd"


def judged(
    as_of: str,
    *,
    letter: str | None = None,
    received: str | None = None,
    application: str | None = None,
    events: bool = True,
) -> Assessment:
    recorded = Events(
        ziekmelding_uwv=d("2025-10-20"),
        wia_brief_uwv=d(letter) if letter else None,
        wia_brief_uwv_ontvangen=d(received) if received else None,
        wia_aanvraag=d(application) if application else None,
    )
    the_case = Case(
        sick_periods=(sick("2025-01-06"),), events=recorded if events else None, case_id="E"
    )
    return assess(the_case, d(as_of))


def found(assessment: Assessment, finding_id: str) -> Finding | None:
    return next((item for item in assessment.findings if item.id == finding_id), None)


# --- a late letter, its receipt not recorded ------------------------------------------


@pytest.mark.parametrize(
    ("as_of", "act_by"),
    [
        # Sent Thu 1 Oct: the safe date is sent + 28 = Thu 29 Oct.
        ("2026-10-20", "2026-10-29"),
        ("2026-10-29", "2026-10-29"),
        # After the safe date: act now.
        ("2026-10-30", "2026-10-30"),
    ],
)
def test_a_late_letter_without_its_receipt_asks_for_it_with_the_safe_date(
    as_of: str, act_by: str
) -> None:
    finding = found(judged(as_of, letter="2026-10-01"), RECEIPT)
    assert finding is not None
    assert finding.act_by == d(act_by)
    # Assumed received Fri 2 Oct, the first working day after sending: on time through
    # 2 Oct + 28 = Fri 30 Oct.
    assert dict(finding.values) == {
        "sent": d("2026-10-01"),
        "received": d("2026-10-02"),
        "until": d("2026-10-30"),
    }
    assert finding.severity.value == "low"


def test_the_receipt_recorded_no_finding() -> None:
    assessment = judged("2026-10-20", letter="2026-10-01", received="2026-10-05")
    assert found(assessment, RECEIPT) is None


@pytest.mark.parametrize(
    ("application", "asked"),
    [
        ("2026-10-29", False),  # by sent + 28: on time whenever the letter arrived
        ("2026-10-30", True),  # a later receipt might make it on time: record it
    ],
)
def test_an_application_after_the_safe_date_asks_for_the_receipt(
    application: str, asked: bool
) -> None:
    assessment = judged("2026-11-02", letter="2026-10-01", application=application)
    finding = found(assessment, RECEIPT)
    assert (finding is not None) is asked
    if finding is not None:
        assert finding.act_by is None
        assert dict(finding.values)["done_on"] == d(application)


def test_a_letter_on_time_needs_no_receipt() -> None:
    # Sent on 20 Sep, its due date: lid 6 does not apply, the receipt does not matter.
    assessment = judged("2026-10-25", letter="2026-09-20", application="2026-10-22")
    assert found(assessment, RECEIPT) is None
    assert found(assessment, NOT_RECORDED) is None


def test_a_letter_sent_after_the_as_of_date_is_not_known_yet() -> None:
    # Judged on 30 Sep, the letter of 1 Oct has not been sent: no receipt to ask for.
    assert found(judged("2026-09-30", letter="2026-10-01"), RECEIPT) is None


# --- no letter recorded --------------------------------------------------------------


@pytest.mark.parametrize(
    ("as_of", "asked"),
    [
        ("2026-10-18", False),  # the application is due today: not missing yet
        ("2026-10-19", True),  # missing: a late letter might have excused it
    ],
)
def test_a_missing_application_without_the_letter_asks_for_the_letter(
    as_of: str, asked: bool
) -> None:
    finding = found(judged(as_of), NOT_RECORDED)
    assert (finding is not None) is asked
    if finding is not None:
        assert dict(finding.values) == {"letter_due": d("2026-09-20")}


@pytest.mark.parametrize(
    ("application", "asked"),
    [("2026-10-18", False), ("2026-10-19", True)],
)
def test_a_late_application_without_the_letter_asks_for_the_letter(
    application: str, asked: bool
) -> None:
    assessment = judged("2026-11-02", application=application)
    assert (found(assessment, NOT_RECORDED) is not None) is asked


def test_a_recorded_letter_is_not_asked_for() -> None:
    # The letter on time (20 Sep) and the application missing: that is the application's
    # finding alone.
    assessment = judged("2026-10-19", letter="2026-09-20")
    assert found(assessment, NOT_RECORDED) is None
    assert found(assessment, "wia_aanvraag_ontbreekt") is not None
