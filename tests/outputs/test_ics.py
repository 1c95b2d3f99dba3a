"""Calendar export (--format ics): files that calendars read back, with stable UIDs."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar
from typer.testing import CliRunner

from poortwachter.cli import app
from poortwachter.models import Case
from poortwachter.outputs import ics

from ..helpers import as_of_dates, assert_one_line_error, full_cases

#: These tests check the English wording of messages (Dutch is the default).
pytestmark = pytest.mark.usefixtures("english")

EXAMPLES = Path(__file__).parent.parent.parent / "examples"
runner = CliRunner()


def calendar_of(*args: str, stdin: str | None = None) -> tuple[int, Any, str]:
    result = runner.invoke(app, list(args), input=stdin)
    calendar = Calendar.from_ical(result.stdout_bytes) if result.stdout_bytes else None
    return result.exit_code, calendar, result.stderr


def events(calendar: Any) -> dict[str, Any]:
    return {str(event["uid"]): event for event in calendar.walk("VEVENT")}


def test_one_all_day_event_per_open_milestone() -> None:
    # First sick day 6 Jan 2025, as of 1 Oct 2026: open are the re-integratieverslag
    # (4 Oct), evaluation 14 (11 Oct), the WIA application (18 Oct), evaluation 15 (22 Nov),
    # evaluation 16 and the end (3 Jan 2027) and the WIA start (4 Jan 2027): 7 events. UWV's
    # term for a loonsanctie decision (22 Nov) and the end of a maximum loonsanctie (2 Jan
    # 2028) are information only, not actions: only with --all.
    code, calendar, _ = calendar_of(
        "timeline", "--first-sick", "2025-01-06", "--as-of", "2026-10-01", "--format", "ics"
    )
    found = events(calendar)
    assert code == 0
    assert len(found) == 7
    assert not any("loonsanctie" in uid for uid in found)
    _, everything, _ = calendar_of(
        "timeline", "--first-sick", "2025-01-06", "--as-of", "2026-10-01", "--format", "ics",
        "--all",
    )  # fmt: skip
    extra = set(events(everything)) - set(found)
    assert extra == {
        "eerste-ziektedag-2025-01-06.loonsanctie_beschikking@poortwachter",
        "eerste-ziektedag-2025-01-06.einde_loonsanctie_max@poortwachter",
    }
    report = found["eerste-ziektedag-2025-01-06.reintegratieverslag@poortwachter"]
    assert report.decoded("dtstart") == date(2026, 10, 4)
    assert report.decoded("dtend") == date(2026, 10, 5)
    assert "Re-integratieverslag" in str(report["summary"])
    assert "art. 25 lid 3" in str(report["description"])


def test_the_reminder_comes_remind_days_before() -> None:
    for args, days in (((), 7), (("--remind-days", "3"), 3), (("--remind-days", "0"), 0)):
        _, calendar, _ = calendar_of(
            "timeline",
            "--first-sick",
            "2025-01-06",
            "--as-of",
            "2026-10-01",
            "--format",
            "ics",
            *args,
        )
        alarms = [alarm for event in calendar.walk("VEVENT") for alarm in event.walk("VALARM")]
        assert {alarm.decoded("trigger") for alarm in alarms} == {timedelta(days=-days)}
        assert {str(alarm["action"]) for alarm in alarms} == {"DISPLAY"}


def test_a_negative_reminder_is_refused() -> None:
    assert_one_line_error(
        *runner_result(
            "timeline", "--first-sick", "2025-01-06", "--format", "ics", "--remind-days", "-1"
        ),
        "--remind-days",
    )


def runner_result(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_uids_stay_the_same_so_a_newer_file_moves_and_updates_the_events() -> None:
    # Probleemanalyse 10 Feb 2025: the plan van aanpak is due 10 Feb + 14 = 24 Feb; the
    # first evaluation 24 Feb + 42 = 7 April. On 1 April the plan is overdue (on the as-of
    # date) and the evaluation to come (on 7 April); on 10 April both are overdue: the same
    # two events, moved to 10 April, with a higher SEQUENCE so that a calendar takes them.
    case = str(EXAMPLES / "geen-plan-van-aanpak.yaml")
    _, earlier, _ = calendar_of("sanction-risk", case, "--as-of", "2025-04-01", "-f", "ics")
    _, later, _ = calendar_of("sanction-risk", case, "--as-of", "2025-04-10", "-f", "ics")
    before, after = events(earlier), events(later)
    plan, evaluation = (
        "E-2025-003.plan_van_aanpak@poortwachter",
        "E-2025-003.evaluatie-1@poortwachter",
    )
    assert before[plan].decoded("dtstart") == date(2025, 4, 1)
    assert after[plan].decoded("dtstart") == date(2025, 4, 10)
    assert before[evaluation].decoded("dtstart") == date(2025, 4, 7)
    assert after[evaluation].decoded("dtstart") == date(2025, 4, 10)
    assert str(after[evaluation]["summary"]).startswith("OVERDUE: Evaluation")
    assert not str(before[evaluation]["summary"]).startswith("OVERDUE")
    assert int(after[plan]["sequence"]) == int(before[plan]["sequence"]) + 9
    # A step still to come keeps its date and its UID.
    wia = "E-2025-003.wia_aanvraag@poortwachter"
    assert before[wia].decoded("dtstart") == after[wia].decoded("dtstart")


def test_a_case_id_with_any_characters_gives_a_valid_uid(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    path.write_text("case_id: E 1/2;x\nsick_periods: [{start: 2025-01-06}]\n")
    _, calendar, _ = calendar_of(
        "timeline", "--case", str(path), "--as-of", "2025-01-07", "--format", "ics"
    )
    assert "E%201%2F2%3Bx.probleemanalyse@poortwachter" in events(calendar)


def test_done_milestones_are_left_out_and_findings_say_what_to_do(dutch: None) -> None:
    case = str(EXAMPLES / "geen-plan-van-aanpak.yaml")
    _, calendar, _ = calendar_of("sanction-risk", case, "--as-of", "2025-04-01", "-f", "ics")
    found = events(calendar)
    assert "E-2025-003.probleemanalyse@poortwachter" not in found  # done on 10 Feb
    plan = found["E-2025-003.plan_van_aanpak@poortwachter"]  # overdue: still open
    assert "Doe het nu" in str(plan["description"])


def test_the_42nd_week_event_is_on_uwvs_working_day_and_names_the_legal_date(
    dutch: None,
) -> None:
    # Sick from Saturday 4 Jan 2025: index 294 is Saturday 25 Oct 2025; UWV asks for the
    # report by the first working day after it, Monday 27 Oct: the date to act by.
    _, calendar, _ = calendar_of(
        "timeline", "--first-sick", "2025-01-04", "--as-of", "2025-10-01", "--format", "ics"
    )
    melding = events(calendar)["eerste-ziektedag-2025-01-04.ziekmelding_uwv@poortwachter"]
    assert melding.decoded("dtstart") == date(2025, 10, 27)
    description = str(melding["description"])
    assert "Uiterlijk: ma 27-10-2025\n" in description + "\n"
    assert "Wettelijke datum: za 25-10-2025" in description


def test_batch_writes_one_calendar_for_every_case() -> None:
    source = str(EXAMPLES / "batch" / "personeel.csv")
    code, calendar, err = calendar_of(
        "batch", source, "--as-of", "2025-06-01", "-f", "ics", "--fail-on", "never"
    )
    cases = {str(event["uid"]).split(".")[0] for event in calendar.walk("VEVENT")}
    assert code == 2  # row 5 is bad: stderr says so, the calendar holds the others
    assert cases == {"P-101", "P-102", "P-103"}  # P-104 recovered: nothing open
    assert "row 5" in err


# --- The direct writer against the library ----------------------------------------

texts = st.text(
    st.characters(exclude_categories=["Cs"]), min_size=0, max_size=200
)  # commas, semicolons, backslashes, line breaks, emoji, combining marks


def _library_event(
    uid: str, stamp: date, start: date, summary: str, description: str, days: int | None
) -> str:
    """What the icalendar package writes for the same event (the old implementation)."""
    from datetime import UTC, datetime, time

    from icalendar import Alarm, Event

    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", datetime.combine(stamp, time(0, 0), tzinfo=UTC))
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(days=1))
    event.add("summary", summary)
    event.add("description", description)
    event.add("categories", ["Poortwachter", "statute"])
    event.add("transp", "TRANSPARENT")
    event.add("sequence", 9283)
    if days is not None:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", timedelta(days=-days))
        event.add_component(alarm)
    written: bytes = event.to_ical()
    return written.decode("utf-8")


def _pinned_icalendar() -> bool:
    import icalendar

    pins = (Path(__file__).parent.parent.parent / "constraints" / "ci.txt").read_text().splitlines()
    return f"icalendar=={icalendar.__version__}" in pins


@settings(max_examples=300, deadline=None)
@given(
    texts,
    texts,
    st.dates(date(2012, 1, 1), date(2099, 12, 30)),
    st.none() | st.integers(0, 60),
)
def test_the_direct_writer_writes_what_the_library_writes_and_reads_back(
    summary: str, description: str, start: date, days: int | None
) -> None:
    uid = "E%201%2F2%3Bx.wia_aanvraag@poortwachter"
    ours = ics.event(
        uid=uid,
        stamp=date(2025, 6, 1),
        start=start,
        summary=summary,
        description=description,
        categories=("Poortwachter", "statute"),
        alarm=None if days is None else (summary, days),
        sequence=9283,
    )
    # Other versions fold or order a few things their own way; and the library turns a
    # literal \N into a line break, where the text keeps it as written.
    if _pinned_icalendar() and "\\N" not in summary + description:
        assert ours == _library_event(uid, date(2025, 6, 1), start, summary, description, days)
    calendar = Calendar.from_ical(ics.CALENDAR_HEADER + ours + ics.CALENDAR_FOOTER)
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == start
    assert str(event["uid"]) == uid
    normalised = summary.replace("\r\n", "\n").replace("\r", "\n")
    assert str(event["summary"]) == normalised
    assert len(calendar.walk("VALARM")) == (0 if days is None else 1)
    for line in ours.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75


def test_control_characters_from_a_case_are_written_out_in_a_calendar(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    path.write_text(
        'case_id: E-1\nemployee: {name: "Jan\\u001b]0;x\\u0007\\\\N"}\n'
        "sick_periods: [{start: 2025-01-06}]\n",
        encoding="utf-8",
    )
    result = runner.invoke(
        app, ["timeline", "--case", str(path), "--as-of", "2025-01-07", "--format", "ics"]
    )
    assert result.exit_code == 0, result.stderr
    calendar = result.stdout
    assert "\x1b" not in calendar
    assert "\x07" not in calendar
    # written out as everywhere, and the \N kept as text (escaped: \\N)
    assert "Jan\\\\x1b]0\\;x\\\\x07\\\\N" in calendar.replace("\r\n ", "")


def test_a_byte_order_mark_at_the_start_of_a_text_is_dropped_as_the_library_drops_it() -> None:
    written = ics.event(
        uid="u",
        stamp=date(2025, 6, 1),
        start=date(2025, 6, 2),
        summary="\ufeffJan",
        description="\ufeff\ufeffa\ufeffb",
        categories=("Poortwachter",),
        alarm=None,
    )
    assert "SUMMARY:Jan\r\n" in written
    # Only the first one goes; one inside the text stays, as with the library.
    assert "DESCRIPTION:\ufeffa\ufeffb\r\n" in written


# --- One writer: every command's calendar says the same thing the same way ----------


def test_the_agenda_and_sanction_risk_write_the_same_event_for_an_overdue_step(
    dutch: None,
) -> None:
    # The plan van aanpak was due 24 Feb 2025 (probleemanalyse 10 Feb + 14); on 1 April it
    # is 5 + 31 = 36 days late. Both calendars put it on 1 April, marked TE LAAT.
    case = str(EXAMPLES / "geen-plan-van-aanpak.yaml")
    uid = "E-2025-003.plan_van_aanpak@poortwachter"
    written = {}
    for command in (["sanction-risk", case], ["agenda", case], ["timeline", case]):
        code, calendar, err = calendar_of(*command, "--as-of", "2025-04-01", "-f", "ics")
        assert code in (0, 1), err
        written[command[0]] = events(calendar)[uid]
    for event in written.values():
        assert event.decoded("dtstart") == date(2025, 4, 1)
        assert (
            str(event["summary"])
            == "TE LAAT: Plan van aanpak, met casemanager (E-2025-003, S. Yilmaz)"
        )
        assert [str(item) for item in event["categories"].cats] == ["Poortwachter", "te laat"]
        lines = str(event["description"]).split("\n")
        assert lines[:3] == [
            "Plan van aanpak, met casemanager",
            "Uiterlijk: ma 24-02-2025 (36 dagen te laat per di 01-04-2025)",
            "Soort: regeling",
        ]
        assert lines[-2:] == [
            "Grondslag: Regeling art. 4 lid 1; WIA art. 25 lid 2",
            "Zaak: E-2025-003, S. Yilmaz",
        ]
        assert not event.walk("VALARM")  # on today already: no reminder
    assert "Doe het nu" in str(written["sanction-risk"]["description"])  # the finding's action


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nl", {"Poortwachter", "te laat", "binnenkort", "gepland", "info"}),
        ("en", {"Poortwachter", "overdue", "due soon", "upcoming", "info"}),
    ],
)
def test_categories_are_words_of_the_output_language(lang: str, words: set[str]) -> None:
    # Sick from 6 Jan 2025, as of 5 Feb: the probleemanalyse (index 41, 16 Feb) is due
    # within 14 days, the rest to come; with --all an information-only date too. The
    # agenda's case has an evaluation overdue on 4 Dec 2026 (due 27 Nov).
    found: set[str] = set()
    for command in ("timeline", "agenda"):
        source = (
            ["--first-sick", "2025-01-06"]
            if command == "timeline"
            else [str(EXAMPLES / "gepland-na-peildatum.yaml"), "--within", "60"]
        )
        _, calendar, _ = calendar_of(
            command, *source, "--as-of", "2025-02-05" if command == "timeline" else "2026-12-04",
            "--format", "ics", "--all", "--lang", lang,
        )  # fmt: skip
        found |= {
            str(item) for event in calendar.walk("VEVENT") for item in event["categories"].cats
        }
    assert found == words


def test_missed_evaluations_are_one_event_the_latest_as_in_the_agenda() -> None:
    # Plan due 24 Feb 2025; evaluations 42 days apart: 7 Apr, 19 May, 30 Jun, 11 Aug,
    # 22 Sep. On 1 Sep the first four are late: one event, evaluation 4, on 1 Sep.
    case = str(EXAMPLES / "geen-plan-van-aanpak.yaml")
    for command in ("sanction-risk", "agenda"):
        _, calendar, _ = calendar_of(command, case, "--as-of", "2025-09-01", "-f", "ics")
        found = events(calendar)
        assert not any(f"evaluatie-{n}@" in uid for uid in found for n in (1, 2, 3))
        latest = found["E-2025-003.evaluatie-4@poortwachter"]
        assert latest.decoded("dtstart") == date(2025, 9, 1)
        assert "(and 3 earlier ones missed)" in str(latest["summary"])
        assert "Due: Mon 2025-08-11 (21 days overdue as of Mon 2025-09-01)" in str(
            latest["description"]
        )


def test_the_batch_calendar_treats_overdue_steps_as_every_calendar_does() -> None:
    source = str(EXAMPLES / "batch" / "personeel.csv")
    _, calendar, _ = calendar_of(
        "batch", source, "--as-of", "2025-06-01", "-f", "ics", "--fail-on", "never"
    )
    late = [e for e in calendar.walk("VEVENT") if str(e["summary"]).startswith("OVERDUE: ")]
    assert late
    assert {event.decoded("dtstart") for event in late} == {date(2025, 6, 1)}
    assert all(event.decoded("dtstart") >= date(2025, 6, 1) for event in calendar.walk("VEVENT"))


@settings(max_examples=40, deadline=None)
@given(full_cases(), as_of_dates(), st.booleans())
def test_every_calendar_event_is_today_or_later_and_late_exactly_when_marked(
    case: Case, as_of: date, include_info: bool
) -> None:
    from poortwachter.agenda import case_agenda
    from poortwachter.assessment import assess
    from poortwachter.outputs.agenda import AgendaRun, render_calendar

    assessment = assess(case, as_of)
    timeline = ics.timeline_calendar(assessment.timeline, "en", 7, include_info=include_info)
    run = AgendaRun(as_of=as_of, within=30, lang="en", group_by="casemanager")
    run.cases.append(case_agenda(case, assessment, 30, include_info=include_info))
    for text in (timeline, render_calendar(run, 7, info=include_info)):
        calendar = Calendar.from_ical(text)
        uids = [str(event["uid"]) for event in calendar.walk("VEVENT")]
        assert len(uids) == len(set(uids))
        for event in calendar.walk("VEVENT"):
            marked = str(event["summary"]).startswith("OVERDUE: ")
            assert event.decoded("dtstart") >= as_of
            assert marked == ("overdue as of" in str(event["description"]))
            assert marked == (not event.walk("VALARM"))
            if marked:
                assert event.decoded("dtstart") == as_of
        assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
