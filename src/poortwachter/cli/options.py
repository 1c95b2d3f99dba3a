"""The options and arguments the commands share, declared once, and the values they
take (dates the Dutch way, today in the Netherlands)."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..inputs.dates import DateError, parse_cli_date
from ..outputs.formats import CsvDialectName
from .errors import SaidBadParameter

#: The most days ahead ``--due-within`` and ``--remind-days`` take: ten years.
MAX_DAYS_AHEAD = 3660


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    ics = "ics"


class Lang(StrEnum):
    nl = "nl"
    en = "en"


class FailOn(StrEnum):
    high = "high"
    medium = "medium"
    low = "low"
    never = "never"


class BatchInput(StrEnum):
    csv = "csv"
    xlsx = "xlsx"
    jsonl = "jsonl"
    json = "json"


class AgendaFormat(StrEnum):
    table = "table"
    md = "md"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"
    ics = "ics"


class GroupBy(StrEnum):
    casemanager = "casemanager"
    employer = "employer"
    case = "case"


def date_option(value: str) -> date:
    try:
        return parse_cli_date(value)
    except DateError as error:
        raise SaidBadParameter(error.said) from None


def date_argument(value: str, name: str) -> date:
    """A date given where the argument may also be text: the error names the argument."""
    try:
        return parse_cli_date(value)
    except DateError as error:
        raise SaidBadParameter(error.said, param_hint=f"'{name}'") from None


def today_in_nl() -> date:
    """Today in the Netherlands: the law's days are Dutch calendar days."""
    from zoneinfo import ZoneInfo

    return datetime.now(tz=ZoneInfo("Europe/Amsterdam")).date()


# The options that several commands share, declared once.
AsOfOption = Annotated[
    date | None,
    typer.Option(
        "--as-of",
        metavar="DATE",
        parser=date_option,
        help="The date to judge on: statuses, sick days counted, findings (default: today).",
        show_default=False,
    ),
]


FormatOption = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        "-f",
        help="table for people; json or csv for scripts; ics for a calendar of the open "
        "milestones.",
    ),
]


RemindOption = Annotated[
    int,
    typer.Option(
        "--remind-days",
        metavar="DAYS",
        min=0,
        max=MAX_DAYS_AHEAD,
        help="With --format ics: the reminder comes this many days before each date.",
    ),
]


#: Declared on the app and on every command, so that ``--lang`` may stand anywhere and
#: shows in every command's help. The run's language is chosen once, before the command
#: line is parsed (``root.py``: the same ``--lang``, else ``POORTWACHTER_LANG``, else
#: Dutch), and reaches the command as its ``Say``: commands read that, not this value.
LangOption = Annotated[
    Lang,
    typer.Option(
        "--lang",
        envvar="POORTWACHTER_LANG",
        show_envvar=False,
        case_sensitive=False,
        show_default=False,
        help="Language of texts and labels (nl or en).",
    ),
]


CaseArgument = Annotated[
    str | None,
    typer.Argument(
        metavar="CASE", help="Case file (YAML or JSON); - reads stdin.", show_default=False
    ),
]


#: The case file as an option too, as ``timeline`` has always taken it: ``CASE`` or
#: ``--case FILE``, never both (``one_case_file``).
CaseOption = Annotated[
    str | None,
    typer.Option(
        "--case",
        metavar="FILE",
        help="The case file, instead of CASE (not both).",
        show_default=False,
    ),
]


def one_case_file(positional: str | None, option: str | None, *, required: bool) -> str | None:
    """The case file given as ``CASE`` or as ``--case``: both is a usage error, and so
    is neither when the command needs one."""
    from ..messages import message

    if positional is not None and option is not None:
        raise SaidBadParameter(message("case_twice"), param_hint="'CASE' / '--case'")
    given = positional if positional is not None else option
    if given is None and required:
        raise SaidBadParameter(message("give_case_file"), param_hint="'CASE'")
    return given


OutputFileOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write here instead of stdout; the file appears only when complete.",
        show_default=False,
    ),
]


RawCsvOption = Annotated[
    bool,
    typer.Option(
        "--raw-csv",
        help="With CSV output: write values exactly, without the leading ' that keeps a "
        "spreadsheet from running a value that starts with = + - @ as a formula. For "
        "machine pipelines only.",
    ),
]


CsvDialectOption = Annotated[
    CsvDialectName,
    typer.Option(
        "--csv-dialect",
        help="With CSV output: standard (comma, decimal point, UTF-8) for scripts, or "
        "excel-nl (semicolon, decimal comma, a BOM, CRLF) to open with a double-click in "
        "Dutch Excel.",
    ),
]


AllOption = Annotated[
    bool,
    typer.Option(
        "--all",
        help="With --format ics: the information-only dates too (UWV's decision terms, "
        "the end of a maximum loonsanctie), which are not actions.",
    ),
]


NoNamesOption = Annotated[
    bool,
    typer.Option(
        "--no-names",
        help="Leave the names of people (the employee, the casemanager) out of the output.",
    ),
]


FailOnOption = Annotated[
    FailOn,
    typer.Option("--fail-on", help="Exit 1 when a finding is at or above this severity."),
]


InputArgument = Annotated[
    str,
    typer.Argument(
        metavar="INPUT",
        help="An HR export (CSV or XLSX: a row per case or per sick period), JSON "
        "Lines or a JSON array of case documents, one case file, or a folder of case "
        "files; - reads stdin.",
    ),
]


WorkersOption = Annotated[
    int | None,
    typer.Option(
        "--workers",
        "-w",
        min=1,
        help="Worker processes (default: one per CPU, at most 8; a small input is judged "
        "in this process); output stays in input order.",
        show_default=False,
    ),
]


InputFormatOption = Annotated[
    BatchInput | None,
    typer.Option(
        "--input-format",
        help="csv, xlsx, jsonl or json, when the name and first bytes do not tell.",
        show_default=False,
    ),
]


ColumnsOption = Annotated[
    Path | None,
    typer.Option(
        "--columns",
        metavar="NAME|FILE",
        help="The export's columns: a built-in preset (afas-profit, nmbrs, visma-verzuim, "
        "nl), or a YAML file mapping its column names to poortwachter's "
        "('Datum 1e ziektedag: first_sick_day').",
        show_default=False,
    ),
]


IgnoreUnknownOption = Annotated[
    bool,
    typer.Option("--ignore-unknown", help="Skip columns that are neither known nor mapped."),
]


SheetOption = Annotated[
    str | None,
    typer.Option(
        "--sheet",
        metavar="NAME",
        help="The sheet of an XLSX input to read (default: the first).",
        show_default=False,
    ),
]


CaseFileArgument = Annotated[
    str, typer.Argument(metavar="FILE", help="The case file to change (YAML or JSON).")
]
