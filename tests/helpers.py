"""What tests share: dates and cases written as briefly as the law's examples, the
command line run as a user runs it, and hypothesis strategies for random but valid
cases, built the way case files are."""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume
from hypothesis import strategies as st
from typer.testing import CliRunner

from poortwachter.checks import check_case
from poortwachter.cli import app
from poortwachter.engine import compute_timeline
from poortwachter.models import EVENT_DATE_FIELDS, Case, CaseError, Events, Milestone, Timeline
from poortwachter.outputs.messages import say
from poortwachter.sickdays import LeavePeriod, SickPeriod


def d(text: str) -> date:
    return date.fromisoformat(text)


def sick(start: str, end: str | None = None, cause: str | None = None) -> SickPeriod:
    return SickPeriod(d(start), d(end) if end else None, cause)


def leave(start: str, end: str) -> LeavePeriod:
    return LeavePeriod(d(start), d(end))


def case(
    *periods: SickPeriod,
    leaves: tuple[LeavePeriod, ...] = (),
    probleemanalyse: str | None = None,
    tracks_events: bool = False,
) -> Case:
    events = (
        Events(probleemanalyse=d(probleemanalyse) if probleemanalyse else None)
        if probleemanalyse or tracks_events
        else None
    )
    return Case(sick_periods=periods, leave_periods=leaves, events=events, case_id="T-1")


def timeline_of(the_case: Case, as_of: str = "2031-01-01") -> Timeline:
    # (by default judged after every record: what is dated after the as-of date is left
    # out, docs/law.md section 4a)
    return compute_timeline(the_case, d(as_of))


def first_sick(day: str, as_of: str = "2012-01-01") -> Timeline:
    return compute_timeline(Case.from_first_sick_day(d(day)), d(as_of))


def milestone(timeline: Timeline, milestone_id: str, occurrence: int | None = None) -> Milestone:
    found = [
        item
        for item in timeline.milestones
        if item.id == milestone_id and (occurrence is None or item.occurrence == occurrence)
    ]
    assert found, f"no milestone {milestone_id}"
    return found[0]


def due(timeline: Timeline, milestone_id: str) -> date:
    return milestone(timeline, milestone_id).due


@contextlib.contextmanager
def refused(pattern: str) -> Iterator[None]:
    """Like ``pytest.raises(CaseError, match=pattern)``, on the problems put in English
    words (a ``CaseError`` carries messages, not sentences)."""
    with pytest.raises(CaseError) as caught:
        yield
    said = "; ".join(say(problem.said, "en") for problem in caught.value.problems)
    assert re.search(pattern, said), f"{pattern!r} not in {said!r}"


# --- Hypothesis strategies ---------------------------------------------------------

CAUSES = st.sampled_from([None, "knie", "rug"])


@st.composite
def cases(draw: st.DrawFn, max_periods: int = 5) -> Case:
    """One to ``max_periods`` sick periods with gaps of 0-60 days, sometimes leave."""
    cursor = draw(st.dates(date(2012, 1, 1), date(2040, 12, 31)))
    count = draw(st.integers(1, max_periods))
    periods: list[SickPeriod] = []
    for position in range(count):
        last = position == count - 1
        length = draw(st.integers(1, 400))
        end = None if last and draw(st.booleans()) else cursor + timedelta(days=length - 1)
        periods.append(
            SickPeriod(
                cursor,
                end,
                draw(CAUSES),
                pregnancy_related=draw(st.booleans()),
                same_cause_as_previous=draw(st.sampled_from([None, True, False])),
            )
        )
        if end is not None and not last:
            cursor = end + timedelta(days=draw(st.integers(0, 60)) + 1)
    leaves: tuple[LeavePeriod, ...] = ()
    if draw(st.booleans()):
        leave_start = periods[0].start + timedelta(days=draw(st.integers(0, 700)))
        leaves = (
            LeavePeriod(leave_start, leave_start + timedelta(days=draw(st.integers(0, 130)))),
        )
    events = None
    if draw(st.booleans()):
        offset = draw(st.integers(0, 90))
        events = Events(probleemanalyse=periods[0].start + timedelta(days=offset))
    the_case = Case(sick_periods=tuple(periods), leave_periods=leaves, events=events, case_id="H")
    if check_case(the_case):
        # An event before the current chain's first sick day, or no counted days: drop
        # the event; a case that is still invalid is not drawn.
        the_case = Case(sick_periods=tuple(periods), leave_periods=leaves, case_id="H")
    assume(not check_case(the_case))
    return the_case


def as_of_dates() -> st.SearchStrategy[date]:
    return st.dates(date(2012, 1, 1), date(2046, 12, 31))


@st.composite
def full_cases(draw: st.DrawFn) -> Case:
    """Valid cases with random events, extensions, wage and employer."""
    from decimal import Decimal

    from poortwachter.checks import check_case
    from poortwachter.models import (
        Employee,
        Employer,
        ExtensionsInput,
        Loonsanctie,
        PayPercentage,
        Wage,
    )
    from poortwachter.sickdays import SickDayCounter, split_chains

    base = draw(cases(max_periods=3))
    chain = split_chains(base.sick_periods, base.leave_periods).current
    counter = SickDayCounter(chain, base.leave_periods)
    first = counter.first_day
    end = counter.date_at(727)

    def some_day() -> date:
        return first + timedelta(days=draw(st.integers(0, 900)))

    values: dict[str, object] = {
        name: some_day() for name in EVENT_DATE_FIELDS if draw(st.booleans())
    }
    evaluations = sorted({some_day() for _ in range(draw(st.integers(0, 5)))})
    values["evaluaties"] = tuple(evaluations)
    if draw(st.booleans()):
        values["casemanager"] = "C"
    events = Events(**values)  # type: ignore[arg-type]
    verlenging = end + timedelta(days=draw(st.integers(91, 300))) if draw(st.booleans()) else None
    sanction = None
    if draw(st.booleans()):
        # Decided before, on or after the end (lid 11: after it, no effect).
        decided = end + timedelta(days=draw(st.integers(-100, 30)))
        reported = (
            decided + timedelta(days=draw(st.integers(0, 200))) if draw(st.booleans()) else None
        )
        herstel = (
            (reported or decided) + timedelta(days=draw(st.integers(0, 100)))
            if draw(st.booleans())
            else None
        )
        sanction = Loonsanctie(draw(st.integers(1, 52)), decided, herstel, reported)
    wage = (
        Wage(
            Decimal(draw(st.integers(50, 20_000))),
            draw(st.sampled_from(["day", "week", "4weeks", "month", "year"])),
        )
        if draw(st.booleans())
        else None
    )
    born = first - timedelta(days=draw(st.integers(16 * 365, 70 * 365)))
    the_case = Case(
        sick_periods=base.sick_periods,
        leave_periods=base.leave_periods,
        events=events,
        case_id="F",
        employee=Employee(
            date_of_birth=born if draw(st.booleans()) else None,
            wage=wage,
            contract_end=first + timedelta(days=draw(st.integers(0, 800)))
            if draw(st.booleans())
            else None,
        ),
        employer=Employer(
            wga_eigenrisicodrager=draw(st.booleans()),
            pay_percentage=PayPercentage(draw(st.integers(70, 100)), draw(st.integers(70, 100))),
            zw_eigenrisicodrager=draw(st.booleans()),
        ),
        extensions=ExtensionsInput(vrijwillige_verlenging_until=verlenging, loonsanctie=sanction),
    )
    assume(not check_case(the_case))
    return the_case


# --- The command line, as a user runs it -----------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
_RUNNER = CliRunner()


def run(
    *args: str, stdin: str | bytes | None = None, columns: int | None = None
) -> tuple[int, str, str]:
    """``poortwachter ARGS``: the exit status, stdout and stderr. ``columns`` sets the
    terminal width (wide, so that table cells do not wrap the texts a test looks for)."""
    env = {"COLUMNS": str(columns)} if columns else None
    result = _RUNNER.invoke(app, list(args), input=stdin, env=env)
    return result.exit_code, result.stdout, result.stderr


def run_bytes(*args: str) -> tuple[int, bytes, str]:
    """``poortwachter ARGS`` with stdout as bytes (workbooks, calendars, BOMs), checked
    for an internal error (a crash turned into an error line is still a crash)."""
    result = _RUNNER.invoke(app, list(args))
    assert "internal error" not in result.stderr
    assert "Traceback" not in result.stderr
    return result.exit_code, result.stdout_bytes, result.stderr


def write(tmp_path: Path, name: str, data: str | bytes) -> str:
    """A file in ``tmp_path`` (text as UTF-8), by its path as a user types it."""
    path = tmp_path / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8", newline="")
    return str(path)


def records(out: str) -> list[dict[str, Any]]:
    """The JSON Lines records of a batch run."""
    return [json.loads(line) for line in out.splitlines()]


def assert_one_line_error(code: int, out: str, err: str, *fragments: str) -> None:
    """Exit 2, nothing on stdout, one ``Error:`` line holding ``fragments``."""
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("Error: ")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0]


#: The note an input without event columns gets on stderr (batch), in both languages.
NO_EVENTS_NOTES = ("this input records no events", "deze invoer legt geen gebeurtenissen vast")


def besides_no_events_note(err: str) -> str:
    """stderr without the one note that the input records no events: for tests of an
    export without event columns that are about something else. The note itself is
    tested in tests/engine/test_no_events.py."""
    lines = err.splitlines(keepends=True)
    kept = [line for line in lines if not any(note in line for note in NO_EVENTS_NOTES)]
    assert len(lines) - len(kept) <= 1, "the note is said once"
    return "".join(kept)
