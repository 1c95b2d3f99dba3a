"""Every message of the reading side (files, case files, dates, tables, batch rows, edits,
the checks of a case), triggered through the real reading function and put in words in
English and in Dutch.

The English is what the tool has always said, byte for byte (machine output keeps it).
The Dutch is what the tool has always printed, except where that still held English
words: there it is the Dutch of ``outputs/messages_reading.py``.
"""

from __future__ import annotations

import ast
import csv
import json
import os
import re
import string
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from poortwachter.checks import check_case
from poortwachter.inputs.casefile import case_from_document, check_case_id, load_case
from poortwachter.inputs.columns import read_mapping, resolve_header
from poortwachter.inputs.dates import parse_cli_date, parse_iso_date
from poortwachter.inputs.documents import (
    CaseFileError,
    decode_case_text,
    parse_json_document,
    read_case_text,
)
from poortwachter.inputs.editing import (
    _literal,
    record_event,
    recover,
    relapse,
    set_first_sick_day,
    set_value,
    settable_path,
)
from poortwachter.inputs.event_names import event_name
from poortwachter.inputs.opening import open_rows
from poortwachter.inputs.reading import ReadOptions, read_folder, read_json_array, read_rows
from poortwachter.inputs.rows import (
    InputFormat,
    RowError,
    RowInput,
    case_of_row,
    problem_messages,
)
from poortwachter.inputs.sources import CsvSource, Notes, XlsxSource
from poortwachter.inputs.table import CSV_COLUMNS, CSV_REQUIRED, case_from_rows
from poortwachter.inputs.yaml_text import Document
from poortwachter.messages import Message, MessageError, message
from poortwachter.models import (
    Case,
    CaseError,
    Employee,
    Employer,
    ExtensionsInput,
    Loonsanctie,
    PayPercentage,
    Problem,
    Wage,
)
from poortwachter.outputs.messages import all_messages, say
from poortwachter.outputs.messages_reading import READING_MESSAGES
from poortwachter.sickdays import SickDayCounter, SickPeriod, split_chains

MESSAGES = all_messages()


def raised(function: Any, *args: Any, **kwargs: Any) -> BaseException:
    """What ``function`` raises (it must raise)."""
    try:
        function(*args, **kwargs)
    except Exception as error:
        return error
    raise AssertionError(f"{function.__name__} raised nothing")


def write(name: str, data: bytes | str) -> Path:
    """A file in the current folder (each test runs in its own)."""
    path = Path(name)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def csv_rows(name: str, data: bytes) -> list[Any]:
    """The problems of a CSV file's rows, and the notes its reading left."""
    notes = Notes()
    rows = list(CsvSource(write(name, data), notes).rows())
    return [row.problem for row in rows if row.problem is not None] + list(notes.lines)


def workbook(name: str) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Verzuim"
    sheet.append(["case_id", "first_sick_day"])
    book.save(name)
    return Path(name)


def opened(source: str, kind: str | None = None, options: Any = None) -> BaseException:
    return raised(lambda: list(open_rows(source, kind, options or ReadOptions(), Notes())))


def row(**cells: str) -> dict[str, str]:
    """A table row with a case id and a first sick day, and ``cells``."""
    return {"case_id": "A-1", "first_sick_day": "2025-01-06", **cells}


def row_checks(*rows: dict[str, str]) -> list[Any]:
    """The engine's problems with the case of table rows, named by column."""
    the_case = case_from_rows(list(rows))
    item = RowInput(1, InputFormat.CSV, list(rows))
    return problem_messages(CaseError(check_case(the_case)), item)


def document_checks(document: dict[str, Any]) -> list[Any]:
    """The engine's problems with a JSON line's case, named by key path."""
    the_case = case_from_document("", document, check=False)
    item = RowInput(1, InputFormat.JSONL, json.dumps(document))
    return problem_messages(CaseError(check_case(the_case)), item)


def a_case(**changes: Any) -> Case:
    values: dict[str, Any] = {"case_id": "E-1", "sick_periods": (SickPeriod(date(2025, 1, 6)),)}
    return Case(**{**values, **changes})


def yaml_case(
    extra: str = "", periods: str = "  - start: 2025-01-06\n", case_id: str = "E-1"
) -> str:
    return f"case_id: {case_id}\nsick_periods:\n{periods}{extra}"


def json_case(**keys: Any) -> str:
    return json.dumps({"case_id": "E-1", "sick_periods": [{"start": "2025-01-06"}], **keys})


class _BrokenCsv(CsvSource):
    """A CSV reader that stops with ``csv.Error`` after ``good`` lines."""

    good = 1

    def _reader(self, stream: Any) -> Any:
        def lines() -> Any:
            for _ in range(self.good):
                yield ["case_id", "first_sick_day"]
            raise csv.Error("line contains NUL")

        return lines()


def broken_csv(good: int) -> Any:
    source = _BrokenCsv(write("broken.csv", "case_id;first_sick_day\n"), Notes())
    source.good = good
    if good == 0:
        return raised(source.header)
    return [row.problem for row in source.rows() if row.problem is not None]


def fifo(name: str) -> Path:
    os.mkfifo(name)
    return Path(name)


def links() -> Path:
    """A folder with a case file, a link that leads nowhere and one that leads out."""
    folder = Path("cases")
    folder.mkdir()
    (folder / "a.yaml").write_text(yaml_case(), encoding="utf-8")
    write("outside.yaml", yaml_case())
    (folder / "b.yaml").symlink_to(Path("nowhere.yaml").resolve())
    (folder / "c.yaml").symlink_to(Path("outside.yaml").resolve())
    return folder


def with_text(text: str) -> Document:
    """A document read from a case file, then holding ``text`` (as an edit may leave it)."""
    document = Document(yaml_case())
    document.text = text
    return document


# --- The messages, in English and Dutch --------------------------------------------

#: Long lists of valid names, as the messages give them.
SETTABLE_KEYS = (
    "case_id, employee.name, employee.date_of_birth, "
    "employee.contract_end, employee.hours_per_week, employee.wage.amount, "
    "employee.wage.per, employer.name, employer.wga_eigenrisicodrager, "
    "employer.pay_percentage.year1, employer.pay_percentage.year2, "
    "employer.zw_eigenrisicodrager, "
    "events.arbodienst_melding, events.probleemanalyse, "
    "events.plan_van_aanpak, events.casemanager, events.ziekmelding_uwv, "
    "events.arbeidsdeskundig_onderzoek, events.spoor1_no_prospect, "
    "events.eerstejaarsevaluatie, events.spoor2_start, "
    "events.spoor2_provider, events.reintegratieverslag, "
    "events.actueel_oordeel, events.wia_brief_uwv, events.wia_brief_uwv_ontvangen, "
    "events.wia_aanvraag, "
    "events.ziekmelding_uit_dienst, events.reintegratieverslag_ziektewet, "
    "events.ziekmelding_zwangerschap, events.ziekmelding_zwangerschap_na_verlof, "
    "events.ziektewet_brief_uwv, "
    "events.ziekmelding_uwv_eerste_ziektedag, events.ziekmelding_uit_dienst_eerste_ziektedag, "
    "events.ziekmelding_zwangerschap_eerste_ziektedag, "
    "extensions.vrijwillige_verlenging_until, "
    "extensions.loonsanctie.weeks, extensions.loonsanctie.decided, "
    "extensions.loonsanctie.herstel_gemeld, "
    "extensions.loonsanctie.herstel_decided, "
    "reintegratieverslag_inhoud.probleemanalyse, reintegratieverslag_inhoud.plan_van_aanpak, "
    "reintegratieverslag_inhoud.eerstejaarsevaluatie, "
    "reintegratieverslag_inhoud.arbeidsdeskundig_rapport, "
    "reintegratieverslag_inhoud.actueel_oordeel, reintegratieverslag_inhoud.eindevaluatie, "
    "reintegratieverslag_inhoud.visie_werknemer, reintegratieverslag_inhoud.kopie_werknemer"
)
CSV_NAMES = (
    "case_id, first_sick_day, last_sick_day, cause, pregnancy_related, "
    "percentage, employee_name, date_of_birth, contract_end, "
    "hours_per_week, wage_amount, wage_per, employer_name, "
    "wga_eigenrisicodrager, pay_year1, pay_year2, zw_eigenrisicodrager, "
    "arbodienst_melding, "
    "probleemanalyse, plan_van_aanpak, ziekmelding_uwv, "
    "arbeidsdeskundig_onderzoek, spoor1_no_prospect, eerstejaarsevaluatie, "
    "spoor2_start, reintegratieverslag, actueel_oordeel, wia_brief_uwv, "
    "wia_brief_uwv_ontvangen, "
    "wia_aanvraag, ziekmelding_uit_dienst, reintegratieverslag_ziektewet, "
    "ziekmelding_zwangerschap, ziekmelding_zwangerschap_na_verlof, "
    "ziektewet_brief_uwv, casemanager, spoor2_provider, evaluaties, "
    "deskundigenoordeel, vrijwillige_verlenging_until, loonsanctie_weeks, "
    "loonsanctie_decided, loonsanctie_herstel_gemeld, "
    "loonsanctie_herstel_decided"
)
EVENT_KEYS = (
    "arbodienst_melding, probleemanalyse, plan_van_aanpak, casemanager, "
    "evaluaties, ziekmelding_uwv, arbeidsdeskundig_onderzoek, "
    "spoor1_no_prospect, eerstejaarsevaluatie, spoor2_start, "
    "spoor2_provider, deskundigenoordeel, reintegratieverslag, "
    "actueel_oordeel, wia_brief_uwv, wia_brief_uwv_ontvangen, wia_aanvraag, "
    "ziekmelding_uit_dienst, "
    "reintegratieverslag_ziektewet, ziekmelding_zwangerschap, "
    "ziekmelding_zwangerschap_na_verlof, ziektewet_brief_uwv, "
    "ziekmelding_uwv_eerste_ziektedag, ziekmelding_uit_dienst_eerste_ziektedag, "
    "ziekmelding_zwangerschap_eerste_ziektedag"
)
EVENTS = (
    "arbodienst_melding, probleemanalyse, plan_van_aanpak, "
    "ziekmelding_uwv, arbeidsdeskundig_onderzoek, spoor1_no_prospect, "
    "eerstejaarsevaluatie, spoor2_start, reintegratieverslag, "
    "actueel_oordeel, wia_brief_uwv, wia_brief_uwv_ontvangen, wia_aanvraag, "
    "ziekmelding_uit_dienst, "
    "reintegratieverslag_ziektewet, ziekmelding_zwangerschap, "
    "ziekmelding_zwangerschap_na_verlof, ziektewet_brief_uwv, evaluaties, "
    "deskundigenoordeel, casemanager, spoor2_provider"
)
TOP_KEYS = (
    "schema_version, case_id, employee, employer, sick_periods, leave_periods, events, "
    "extensions, reintegratieverslag_inhoud"
)
PERIOD_KEYS = "start, end, cause, percentage, same_cause_as_previous, pregnancy_related"

#: What triggers messages (each run in a fresh current folder), and the lines they read
#: as, in English and in Dutch.
CASES: dict[str, tuple[Callable[[], object], list[tuple[str, str]]]] = {
    "date_not_a_date": (
        lambda: raised(parse_cli_date, "31-02-2025"),
        [
            (
                "31-02-2025 is not a date (use YYYY-MM-DD or DD-MM-YYYY)",
                "31-02-2025 is geen datum (gebruik JJJJ-MM-DD of DD-MM-JJJJ)",
            ),
        ],
    ),
    "date_a_word": (
        lambda: raised(parse_cli_date, "morgen"),
        [
            (
                "morgen is not a date (use YYYY-MM-DD or DD-MM-YYYY)",
                "morgen is geen datum (gebruik JJJJ-MM-DD of DD-MM-JJJJ)",
            ),
        ],
    ),
    "date_mixed_separators": (
        lambda: raised(parse_cli_date, "06-01/2025"),
        [
            (
                "06-01/2025 is not a date (use YYYY-MM-DD or DD-MM-YYYY)",
                "06-01/2025 is geen datum (gebruik JJJJ-MM-DD of DD-MM-JJJJ)",
            ),
        ],
    ),
    "date_with_a_line_break": (
        lambda: raised(parse_cli_date, "2025\n01"),
        [
            (
                "'2025\\n01' is not a date (use YYYY-MM-DD or DD-MM-YYYY)",
                "'2025\\n01' is geen datum (gebruik JJJJ-MM-DD of DD-MM-JJJJ)",
            ),
        ],
    ),
    "date_out_of_bounds": (
        lambda: raised(parse_cli_date, "1800-01-01"),
        [
            (
                "1800-01-01 is outside the dates the tool reads (1900 to 2199)",
                ("1800-01-01 valt buiten de datums die het programma leest (1900 tot en met 2199)"),
            ),
        ],
    ),
    "date_out_of_bounds_dutch_order": (
        lambda: raised(parse_cli_date, "01-01-2200"),
        [
            (
                "01-01-2200 is outside the dates the tool reads (1900 to 2199)",
                ("01-01-2200 valt buiten de datums die het programma leest (1900 tot en met 2199)"),
            ),
        ],
    ),
    "iso_date_in_dutch_order": (
        lambda: raised(parse_iso_date, "06-01-2025"),
        [
            (
                "06-01-2025 is not a date (use YYYY-MM-DD)",
                "06-01-2025 is geen datum (gebruik JJJJ-MM-DD)",
            ),
        ],
    ),
    "iso_date_that_does_not_exist": (
        lambda: raised(parse_iso_date, "2025-02-30"),
        [
            (
                "2025-02-30 is not a date (use YYYY-MM-DD)",
                "2025-02-30 is geen datum (gebruik JJJJ-MM-DD)",
            ),
        ],
    ),
    "yaml_anchor": (
        lambda: raised(
            load_case, "a.yaml", "case_id: &x E-1\nsick_periods: [{start: 2025-01-06}]\n"
        ),
        [
            (
                (
                    "line 1: YAML anchors and aliases (& and *) are not allowed in a case "
                    "file; write each value out"
                ),
                (
                    "regel 1: YAML-ankers en -aliassen (& en *) zijn niet toegestaan in "
                    "een zaakbestand; schrijf elke waarde voluit"
                ),
            ),
        ],
    ),
    "yaml_alias": (
        lambda: raised(load_case, "a.yaml", "a: 1\nb: *x\n"),
        [
            (
                (
                    "line 2: YAML anchors and aliases (& and *) are not allowed in a case "
                    "file; write each value out"
                ),
                (
                    "regel 2: YAML-ankers en -aliassen (& en *) zijn niet toegestaan in "
                    "een zaakbestand; schrijf elke waarde voluit"
                ),
            ),
        ],
    ),
    "yaml_tag": (
        lambda: raised(
            load_case, "a.yaml", "case_id: !!int 5\nsick_periods: [{start: 2025-01-06}]\n"
        ),
        [
            (
                (
                    "line 1: YAML tags (such as !!int or !!python/...) are not allowed in "
                    "a case file; write the value plainly"
                ),
                (
                    "regel 1: YAML-tags (zoals !!int of !!python/...) zijn niet toegestaan "
                    "in een zaakbestand; schrijf de waarde gewoon uit"
                ),
            ),
        ],
    ),
    "yaml_list_as_key": (
        lambda: raised(load_case, "a.yaml", "case_id: E-1\n? [a, b]\n: 1\n"),
        [
            (
                "line 2: a key must be a plain name, not a list or a mapping",
                (
                    "regel 2: een sleutel moet een gewone naam zijn, geen lijst of "
                    "verzameling sleutels"
                ),
            ),
        ],
    ),
    "yaml_duplicate_key": (
        lambda: raised(load_case, "a.yaml", "case_id: E-1\ncase_id: E-2\n"),
        [
            (
                "line 2: case_id: duplicate key (each key may appear once)",
                "regel 2: case_id: dubbele sleutel (elke sleutel mag één keer voorkomen)",
            ),
        ],
    ),
    "yaml_too_deep": (
        lambda: raised(
            load_case, "a.yaml", "a:" + "".join(f"\n{'  ' * i}b{i}:" for i in range(1, 25)) + " 1\n"
        ),
        [
            (
                "line 20: nested more than 20 levels deep: not a case file",
                "regel 20: meer dan 20 niveaus diep genest: geen zaakbestand",
            ),
        ],
    ),
    "yaml_too_deep_flow": (
        lambda: raised(load_case, "a.yaml", "[" * 30 + "]" * 30),
        [
            (
                "line 1: nested more than 20 levels deep: not a case file",
                "regel 1: meer dan 20 niveaus diep genest: geen zaakbestand",
            ),
        ],
    ),
    "yaml_tab": (
        lambda: raised(load_case, "a.yaml", "case_id: E-1\nsick_periods:\n\t- start: 2025-01-06\n"),
        [
            (
                (
                    "line 3, column 1: not valid YAML: found character '\\t' that cannot "
                    "start any token"
                ),
                "regel 3, kolom 1: geen geldige YAML: een tab; spring in met spaties",
            ),
        ],
    ),
    "yaml_flow_list_open": (
        lambda: raised(load_case, "a.yaml", "case_id: E-1\nsick_periods: [a: b: c]\n"),
        [
            (
                "line 2, column 20: not valid YAML: expected ',' or ']', but got ':'",
                (
                    "regel 2, kolom 20: geen geldige YAML: hier hoort een ',' of ']', maar "
                    "er staat ':'"
                ),
            ),
        ],
    ),
    "yaml_flow_mapping_open": (
        lambda: raised(load_case, "a.yaml", "case_id: {a: b c: d}\n"),
        [
            (
                "line 1, column 17: not valid YAML: expected ',' or '}', but got ':'",
                (
                    "regel 1, kolom 17: geen geldige YAML: hier hoort een ',' of '}', maar "
                    "er staat ':'"
                ),
            ),
        ],
    ),
    "yaml_block_end": (
        lambda: raised(load_case, "a.yaml", "case_id: E-1\n- a\n"),
        [
            (
                "line 2, column 1: not valid YAML: expected <block end>, but found '-'",
                (
                    "regel 2, kolom 1: geen geldige YAML: hier hoort een blok te eindigen, "
                    "maar er staat '-' (kijk naar het inspringen)"
                ),
            ),
        ],
    ),
    "yaml_character": (
        lambda: raised(load_case, "a.yaml", "case_id: @x\n"),
        [
            (
                (
                    "line 1, column 10: not valid YAML: found character '@' that cannot "
                    "start any token"
                ),
                "regel 1, kolom 10: geen geldige YAML: het teken '@' kan hier niet staan",
            ),
        ],
    ),
    "yaml_said_as_pyyaml_says_it": (
        lambda: raised(load_case, "a.yaml", 'case_id: "a\\q"\n'),
        [
            (
                "line 1, column 13: not valid YAML: found unknown escape character 'q'",
                "regel 1, kolom 13: geen geldige YAML: found unknown escape character 'q'",
            ),
        ],
    ),
    "yaml_mapping_values": (
        lambda: raised(load_case, "a.yaml", "case_id: E-1\n  sick_periods: x: y\n"),
        [
            (
                "line 2, column 15: not valid YAML: mapping values are not allowed here",
                (
                    "regel 2, kolom 15: geen geldige YAML: hier mag geen sleutel met "
                    "waarde staan (kijk naar het inspringen en de dubbele punten)"
                ),
            ),
        ],
    ),
    "yaml_no_colon": (
        lambda: raised(
            load_case, "a.yaml", "case_id: E-1\nsick_periods\n  - start: 2025-01-06\nx: 1\n"
        ),
        [
            (
                "line 3, column 10: not valid YAML: could not find expected ':'",
                "regel 3, kolom 10: geen geldige YAML: hier hoort een ':'",
            ),
        ],
    ),
    "yaml_unexpected_end": (
        lambda: raised(load_case, "a.yaml", "case_id: 'E-1\n"),
        [
            (
                "line 2, column 1: not valid YAML: found unexpected end of stream",
                "regel 2, kolom 1: geen geldige YAML: het bestand houdt onverwacht op",
            ),
        ],
    ),
    "json_lines_and_columns": (
        lambda: raised(load_case, "a.json", '{\n"case_id": "E-1",\n"x": \n}\n'),
        [
            (
                "line 4, column 1: not valid JSON: Expecting value",
                "regel 4, kolom 1: geen geldige JSON: hier hoort een waarde",
            ),
        ],
    ),
    "json_one_line": (
        lambda: raised(load_case, "a.json", '{"case_id": "E-1", }'),
        [
            (
                "column 20: not valid JSON: Expecting property name enclosed in double quotes",
                (
                    "kolom 20: geen geldige JSON: hier hoort een sleutel tussen dubbele "
                    "aanhalingstekens"
                ),
            ),
        ],
    ),
    "json_colon": (
        lambda: raised(load_case, "a.json", '{"case_id" "E-1"}'),
        [
            (
                "column 12: not valid JSON: Expecting ':' delimiter",
                "kolom 12: geen geldige JSON: hier hoort een ':'",
            ),
        ],
    ),
    "json_comma": (
        lambda: raised(load_case, "a.json", '{"case_id": "E-1" "x": 1}'),
        [
            (
                "column 19: not valid JSON: Expecting ',' delimiter",
                "kolom 19: geen geldige JSON: hier hoort een ','",
            ),
        ],
    ),
    "json_unterminated": (
        lambda: raised(load_case, "a.json", '{"case_id": "E-1}'),
        [
            (
                "column 13: not valid JSON: Unterminated string starting at",
                "kolom 13: geen geldige JSON: een tekst zonder afsluitend aanhalingsteken",
            ),
        ],
    ),
    "json_control_character": (
        lambda: raised(load_case, "a.json", '{"case_id": "E-\x011"}'),
        [
            (
                "column 16: not valid JSON: Invalid control character at",
                "kolom 16: geen geldige JSON: een stuurteken in een tekst",
            ),
        ],
    ),
    "json_escape": (
        lambda: raised(load_case, "a.json", '{"case_id": "E-\\q1"}'),
        [
            (
                "column 16: not valid JSON: Invalid \\escape",
                "kolom 16: geen geldige JSON: een ongeldige \\-escape",
            ),
        ],
    ),
    "json_unicode_escape": (
        lambda: raised(load_case, "a.json", '{"case_id": "E-\\u12"}'),
        [
            (
                "column 17: not valid JSON: Invalid \\uXXXX escape",
                "kolom 17: geen geldige JSON: een ongeldige \\uXXXX-escape",
            ),
        ],
    ),
    "json_extra_data": (
        lambda: raised(load_case, "a.json", '{"case_id": "E-1"} x'),
        [
            (
                "column 20: not valid JSON: Extra data",
                "kolom 20: geen geldige JSON: meer tekst na het einde van de JSON",
            ),
        ],
    ),
    "json_duplicate_key": (
        lambda: raised(load_case, "a.json", '{"case_id": "E-1", "case_id": "E-2"}'),
        [
            (
                "case_id: duplicate key (each key may appear once)",
                "case_id: dubbele sleutel (elke sleutel mag één keer voorkomen)",
            ),
        ],
    ),
    "json_nan": (
        lambda: raised(load_case, "a.json", '{"case_id": NaN}'),
        [
            (
                "NaN is not a number a case file can hold",
                "NaN is geen getal dat een zaakbestand kan bevatten",
            ),
        ],
    ),
    "json_infinity": (
        lambda: raised(load_case, "a.json", '{"case_id": -Infinity}'),
        [
            (
                "-Infinity is not a number a case file can hold",
                "-Infinity is geen getal dat een zaakbestand kan bevatten",
            ),
        ],
    ),
    "json_number_too_large": (
        lambda: raised(load_case, "a.json", '{"case_id": ' + "9" * 5000 + "}"),
        [
            ("not valid JSON: a number too large", "geen geldige JSON: een te groot getal"),
        ],
    ),
    "json_too_deep": (
        lambda: raised(load_case, "a.json", "[" * 25 + "]" * 25),
        [
            (
                "nested more than 20 levels deep: not a case file",
                "meer dan 20 niveaus diep genest: geen zaakbestand",
            ),
        ],
    ),
    "json_too_deep_to_parse": (
        lambda: raised(load_case, "a.json", "[" * 100000 + "]" * 100000),
        [
            (
                "nested more than 20 levels deep: not a case file",
                "meer dan 20 niveaus diep genest: geen zaakbestand",
            ),
        ],
    ),
    "json_array_too_large": (
        lambda: raised(parse_json_document, "big.json", "[" + " " * 50 + "]", 10),
        [
            ("52 characters: too large to read", "52 tekens: te groot om te lezen"),
        ],
    ),
    "case_text_too_large": (
        lambda: raised(load_case, "a.yaml", "#" * 1_000_001),
        [
            (
                "1,000,001 characters: too large for a case file (at most 1 MB)",
                "1,000,001 tekens: te groot voor een zaakbestand (hooguit 1 MB)",
            ),
        ],
    ),
    "no_such_file": (
        lambda: raised(read_case_text, Path("missing.yaml")),
        [
            ("no such file", "bestand bestaat niet"),
        ],
    ),
    "a_folder": (
        lambda: raised(read_case_text, Path(".")),
        [
            ("is a folder, not a case file", "is een map, geen zaakbestand"),
        ],
    ),
    "a_pipe": (
        lambda: raised(read_case_text, fifo("pipe.yaml")),
        [
            (
                "not a regular file (a pipe or a device), not read",
                "geen gewoon bestand (een pipe of apparaat), niet gelezen",
            ),
        ],
    ),
    "too_many_bytes": (
        lambda: raised(read_case_text, write("big.yaml", "#" * 1_100_054)),
        [
            ("1,100,054 bytes: too large to read", "1,100,054 bytes: te groot om te lezen"),
        ],
    ),
    "cannot_read": (
        lambda: raised(read_case_text, write("file.yaml", "") / "x.yaml"),
        [
            ("cannot read: Not a directory", "kan niet lezen: een deel van het pad is geen map"),
        ],
    ),
    "stdin_too_large": (
        lambda: raised(decode_case_text, "<stdin>", b"x" * 20, 10),
        [
            (
                "too large for a case file (at most 1 MB)",
                "te groot voor een zaakbestand (hooguit 1 MB)",
            ),
        ],
    ),
    "not_utf8": (
        lambda: raised(decode_case_text, "<stdin>", "case_id: Jos\xe9\n".encode("latin-1")),
        [
            (
                "not a text file (use UTF-8 YAML or JSON)",
                "geen tekstbestand (gebruik UTF-8 YAML of JSON)",
            ),
        ],
    ),
    "not_a_mapping_list": (
        lambda: raised(load_case, "a.yaml", "- 1\n- 2\n"),
        [
            (
                "a case file holds a mapping of keys (case_id, sick_periods, ...), not list",
                (
                    "een zaakbestand bevat een verzameling sleutels (case_id, "
                    "sick_periods, ...); hier staat een lijst"
                ),
            ),
        ],
    ),
    "not_a_mapping_text": (
        lambda: raised(load_case, "a.yaml", "hello\n"),
        [
            (
                "a case file holds a mapping of keys (case_id, sick_periods, ...), not str",
                (
                    "een zaakbestand bevat een verzameling sleutels (case_id, "
                    "sick_periods, ...); hier staat tekst"
                ),
            ),
        ],
    ),
    "not_a_mapping_nothing": (
        lambda: raised(load_case, "a.yaml", ""),
        [
            (
                ("a case file holds a mapping of keys (case_id, sick_periods, ...), not nothing"),
                (
                    "een zaakbestand bevat een verzameling sleutels (case_id, "
                    "sick_periods, ...); hier staat niets"
                ),
            ),
        ],
    ),
    "not_a_mapping_int": (
        lambda: raised(load_case, "a.json", "42"),
        [
            (
                "a case file holds a mapping of keys (case_id, sick_periods, ...), not int",
                (
                    "een zaakbestand bevat een verzameling sleutels (case_id, "
                    "sick_periods, ...); hier staat een geheel getal"
                ),
            ),
        ],
    ),
    "not_a_mapping_float": (
        lambda: raised(load_case, "a.json", "4.5"),
        [
            (
                "a case file holds a mapping of keys (case_id, sick_periods, ...), not float",
                (
                    "een zaakbestand bevat een verzameling sleutels (case_id, "
                    "sick_periods, ...); hier staat een getal"
                ),
            ),
        ],
    ),
    "not_a_mapping_bool": (
        lambda: raised(load_case, "a.json", "true"),
        [
            (
                "a case file holds a mapping of keys (case_id, sick_periods, ...), not bool",
                (
                    "een zaakbestand bevat een verzameling sleutels (case_id, "
                    "sick_periods, ...); hier staat een ja/nee-waarde"
                ),
            ),
        ],
    ),
    "case_date": (
        lambda: raised(load_case, "a.yaml", yaml_case(periods="  - start: 2025-02-30\n")),
        [
            (
                ("sick_periods[0].start: 2025-02-30 is not a date (use YYYY-MM-DD or DD-MM-YYYY)"),
                (
                    "sick_periods[0].start: 2025-02-30 is geen datum (gebruik JJJJ-MM-DD "
                    "of DD-MM-JJJJ)"
                ),
            ),
        ],
    ),
    "case_date_out_of_bounds": (
        lambda: raised(load_case, "a.yaml", yaml_case(periods="  - start: 1800-01-01\n")),
        [
            (
                (
                    "sick_periods[0].start: 1800-01-01 is outside the dates the tool reads "
                    "(1900 to 2199)"
                ),
                (
                    "sick_periods[0].start: 1800-01-01 valt buiten de datums die het "
                    "programma leest (1900 tot en met 2199)"
                ),
            ),
        ],
    ),
    "case_date_a_list": (
        lambda: raised(load_case, "a.json", json_case(sick_periods=[{"start": [1, 2]}])),
        [
            (
                (
                    "sick_periods[0].start: a list of 2 items is not a date (use "
                    "YYYY-MM-DD or DD-MM-YYYY)"
                ),
                (
                    "sick_periods[0].start: een lijst van 2 waarden is geen datum (gebruik "
                    "JJJJ-MM-DD of DD-MM-JJJJ)"
                ),
            ),
        ],
    ),
    "case_date_a_number": (
        lambda: raised(load_case, "a.json", json_case(sick_periods=[{"start": 20250106}])),
        [
            (
                "sick_periods[0].start: 20250106 is not a date (use YYYY-MM-DD or DD-MM-YYYY)",
                (
                    "sick_periods[0].start: 20250106 is geen datum (gebruik JJJJ-MM-DD of "
                    "DD-MM-JJJJ)"
                ),
            ),
        ],
    ),
    "case_date_a_mapping": (
        lambda: raised(load_case, "a.json", json_case(sick_periods=[{"start": {"a": 1, "b": 2}}])),
        [
            (
                (
                    "sick_periods[0].start: a mapping of 2 keys is not a date (use "
                    "YYYY-MM-DD or DD-MM-YYYY)"
                ),
                (
                    "sick_periods[0].start: een verzameling van 2 sleutels is geen datum "
                    "(gebruik JJJJ-MM-DD of DD-MM-JJJJ)"
                ),
            ),
        ],
    ),
    "case_date_null": (
        lambda: raised(load_case, "a.json", json_case(sick_periods=[{"start": None}])),
        [
            (
                "sick_periods[0].start: None is not a date (use YYYY-MM-DD or DD-MM-YYYY)",
                "sick_periods[0].start: None is geen datum (gebruik JJJJ-MM-DD of DD-MM-JJJJ)",
            ),
        ],
    ),
    "case_date_long": (
        lambda: raised(load_case, "a.yaml", yaml_case(periods="  - start: " + "x" * 60 + "\n")),
        [
            (
                (
                    "sick_periods[0].start: "
                    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx is not a "
                    "date (use YYYY-MM-DD or DD-MM-YYYY)"
                ),
                (
                    "sick_periods[0].start: "
                    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx is geen "
                    "datum (gebruik JJJJ-MM-DD of DD-MM-JJJJ)"
                ),
            ),
        ],
    ),
    "case_date_bidi": (
        lambda: raised(load_case, "a.json", json_case(sick_periods=[{"start": "2025\u202e01"}])),
        [
            (
                (
                    "sick_periods[0].start: '2025\\u202e01' is not a date (use YYYY-MM-DD "
                    "or DD-MM-YYYY)"
                ),
                (
                    "sick_periods[0].start: '2025\\u202e01' is geen datum (gebruik "
                    "JJJJ-MM-DD of DD-MM-JJJJ)"
                ),
            ),
        ],
    ),
    "case_date_empty": (
        lambda: raised(load_case, "a.json", json_case(sick_periods=[{"start": ""}])),
        [
            (
                "sick_periods[0].start:  is not a date (use YYYY-MM-DD or DD-MM-YYYY)",
                "sick_periods[0].start:  is geen datum (gebruik JJJJ-MM-DD of DD-MM-JJJJ)",
            ),
        ],
    ),
    "flag": (
        lambda: raised(
            load_case, "a.yaml", yaml_case("employer:\n  wga_eigenrisicodrager: misschien\n")
        ),
        [
            (
                (
                    "employer.wga_eigenrisicodrager: misschien is not valid (use true or "
                    "false, ja or nee)"
                ),
                "employer.wga_eigenrisicodrager: misschien is niet geldig (gebruik ja of nee)",
            ),
        ],
    ),
    "flag_zw_eigenrisicodrager": (
        lambda: raised(
            load_case, "a.yaml", yaml_case("employer:\n  zw_eigenrisicodrager: misschien\n")
        ),
        [
            (
                (
                    "employer.zw_eigenrisicodrager: misschien is not valid (use true or "
                    "false, ja or nee)"
                ),
                "employer.zw_eigenrisicodrager: misschien is niet geldig (gebruik ja of nee)",
            ),
        ],
    ),
    "flag_a_number": (
        lambda: raised(
            load_case,
            "a.json",
            json_case(sick_periods=[{"start": "2025-01-06", "pregnancy_related": 2}]),
        ),
        [
            (
                (
                    "sick_periods[0].pregnancy_related: 2 is not valid (use true or false, "
                    "ja or nee)"
                ),
                "sick_periods[0].pregnancy_related: 2 is niet geldig (gebruik ja of nee)",
            ),
        ],
    ),
    "case_id_true": (
        lambda: raised(load_case, "a.json", json_case(case_id=True)),
        [
            (
                "case_id: True is not a case id (use text, such as E-1042)",
                "case_id: True is geen zaaknummer (gebruik tekst, zoals E-1042)",
            ),
        ],
    ),
    "case_id_a_list": (
        lambda: raised(load_case, "a.yaml", yaml_case(case_id="[a, b]")),
        [
            (
                "case_id: a list of 2 items is not a case id (use text, such as E-1042)",
                (
                    "case_id: een lijst van 2 waarden is geen zaaknummer (gebruik tekst, "
                    "zoals E-1042)"
                ),
            ),
        ],
    ),
    "case_id_a_mapping": (
        lambda: raised(load_case, "a.yaml", yaml_case(case_id="{a: 1}")),
        [
            (
                "case_id: a mapping of 1 keys is not a case id (use text, such as E-1042)",
                (
                    "case_id: een verzameling van 1 sleutels is geen zaaknummer (gebruik "
                    "tekst, zoals E-1042)"
                ),
            ),
        ],
    ),
    "case_id_null": (
        lambda: raised(load_case, "a.json", json_case(case_id=None)),
        [
            (
                "case_id: None is not a case id (use text, such as E-1042)",
                "case_id: None is geen zaaknummer (gebruik tekst, zoals E-1042)",
            ),
        ],
    ),
    "case_id_huge_number": (
        lambda: raised(load_case, "a.json", json_case(case_id=10**30)),
        [
            (
                "case_id: a number too large for a case id (use text, such as E-1042)",
                ("case_id: een te groot getal voor een zaaknummer (gebruik tekst, zoals E-1042)"),
            ),
        ],
    ),
    "case_id_empty": (
        lambda: raised(load_case, "a.yaml", yaml_case(case_id="''")),
        [
            (
                "case_id: an empty case id (use text, such as E-1042)",
                "case_id: een leeg zaaknummer (gebruik tekst, zoals E-1042)",
            ),
        ],
    ),
    "case_id_too_long": (
        lambda: raised(load_case, "a.yaml", yaml_case(case_id="x" * 150)),
        [
            (
                "case_id: a case id of 150 characters (at most 100)",
                "case_id: een zaaknummer van 150 tekens (hooguit 100)",
            ),
        ],
    ),
    "case_id_control_character": (
        lambda: raised(load_case, "a.json", json_case(case_id="A\x07B")),
        [
            (
                "case_id: 'A\\x07B' holds a line break or control character",
                "case_id: 'A\\x07B' bevat een regeleinde of stuurteken",
            ),
        ],
    ),
    "case_id_line_break": (
        lambda: raised(check_case_id, "A\nB"),
        [
            (
                "'A\\nB' holds a line break or control character",
                "'A\\nB' bevat een regeleinde of stuurteken",
            ),
        ],
    ),
    "text_a_list": (
        lambda: raised(
            load_case, "a.yaml", yaml_case(periods="  - start: 2025-01-06\n    cause: [a, b]\n")
        ),
        [
            (
                "sick_periods[0].cause: is not text (write it as plain text)",
                "sick_periods[0].cause: is geen tekst (schrijf het als gewone tekst)",
            ),
        ],
    ),
    "text_too_long": (
        lambda: raised(
            load_case,
            "a.yaml",
            yaml_case(periods="  - start: 2025-01-06\n    cause: " + "x" * 600 + "\n"),
        ),
        [
            (
                "sick_periods[0].cause: is 600 characters long (at most 500)",
                "sick_periods[0].cause: is 600 tekens lang (hooguit 500)",
            ),
        ],
    ),
    "text_lone_surrogate": (
        lambda: raised(
            load_case, "a.yaml", yaml_case(periods='  - start: 2025-01-06\n    cause: "\\ud800"\n')
        ),
        [
            (
                (
                    "sick_periods[0].cause: holds a character that is not valid Unicode (a "
                    "lone surrogate)"
                ),
                (
                    "sick_periods[0].cause: bevat een teken dat geen geldige Unicode is "
                    "(een losse surrogaat)"
                ),
            ),
        ],
    ),
    "whole_number": (
        lambda: raised(
            load_case, "a.yaml", yaml_case(periods="  - start: 2025-01-06\n    percentage: 5.5\n")
        ),
        [
            (
                "sick_periods[0].percentage: 5.5 is not a whole number",
                "sick_periods[0].percentage: 5.5 is geen geheel getal",
            ),
        ],
    ),
    "whole_number_true": (
        lambda: raised(
            load_case,
            "a.json",
            json_case(sick_periods=[{"start": "2025-01-06", "percentage": True}]),
        ),
        [
            (
                "sick_periods[0].percentage: True is not a whole number",
                "sick_periods[0].percentage: True is geen geheel getal",
            ),
        ],
    ),
    "amount": (
        lambda: raised(
            load_case,
            "a.yaml",
            yaml_case("employee:\n  wage: {amount: veel, per: month}\n  hours_per_week: veel\n"),
        ),
        [
            (
                "employee.hours_per_week: not an amount (write 3100, 3.100 or 3.100,50)",
                "employee.hours_per_week: geen bedrag (schrijf 3100, 3.100 of 3.100,50)",
            ),
            (
                ("employee.wage.amount: not an amount (write 3100, 3.100 or 3.100,50)"),
                "employee.wage.amount: geen bedrag (schrijf 3100, 3.100 of 3.100,50)",
            ),
        ],
    ),
    "amount_zero": (
        lambda: raised(
            load_case, "a.yaml", yaml_case("employee:\n  wage: {amount: 0, per: month}\n")
        ),
        [
            (
                "employee.wage.amount: not valid here (use a number at least 0.01)",
                ("employee.wage.amount: geen geldige waarde (gebruik een getal van minstens 0,01)"),
            ),
        ],
    ),
    "amount_huge": (
        lambda: raised(
            load_case, "a.yaml", yaml_case("employee:\n  wage: {amount: 20000000, per: month}\n")
        ),
        [
            (
                "employee.wage.amount: not valid here (use a number at most 10000000)",
                (
                    "employee.wage.amount: geen geldige waarde (gebruik een getal van "
                    "hooguit 10000000)"
                ),
            ),
        ],
    ),
    "amount_true": (
        lambda: raised(
            load_case,
            "a.json",
            json_case(employee={"wage": {"amount": True, "per": "month"}, "hours_per_week": True}),
        ),
        [
            (
                "employee.hours_per_week: True is not a number",
                "employee.hours_per_week: True is geen getal",
            ),
            (
                "employee.wage.amount: not valid here (use a number such as 3200.00)",
                "employee.wage.amount: geen geldige waarde (gebruik een getal zoals 3200.00)",
            ),
        ],
    ),
    "amount_infinite": (
        lambda: raised(
            load_case,
            "a.json",
            '{"case_id": "E-1", "sick_periods": [{"start": "2025-01-06"}], "employee": '
            '{"wage": {"amount": 1e999, "per": "month"}, "hours_per_week": 1e999}}',
        ),
        [
            (
                "employee.hours_per_week: inf is not a finite number",
                "employee.hours_per_week: inf is geen eindig getal",
            ),
            (
                "employee.wage.amount: not valid here (use a number such as 3200.00)",
                "employee.wage.amount: geen geldige waarde (gebruik een getal zoals 3200.00)",
            ),
        ],
    ),
    "out_of_range": (
        lambda: raised(
            load_case,
            "a.yaml",
            yaml_case(
                "employee:\n  hours_per_week: 200\n"
                "employer:\n  pay_percentage: {year1: 50, year2: 120}\n",
                periods="  - start: 2025-01-06\n    percentage: 0\n",
            ),
        ),
        [
            (
                "employee.hours_per_week: 200 is out of range (use a number at most 60)",
                (
                    "employee.hours_per_week: 200 valt buiten het bereik (gebruik een "
                    "getal van hooguit 60)"
                ),
            ),
            (
                "employer.pay_percentage.year1: 50 is out of range (use a number at least 70)",
                (
                    "employer.pay_percentage.year1: 50 valt buiten het bereik (gebruik een "
                    "getal van minstens 70)"
                ),
            ),
            (
                ("employer.pay_percentage.year2: 120 is out of range (use a number at most 100)"),
                (
                    "employer.pay_percentage.year2: 120 valt buiten het bereik (gebruik "
                    "een getal van hooguit 100)"
                ),
            ),
            (
                "sick_periods[0].percentage: 0 is out of range (use a number at least 1)",
                (
                    "sick_periods[0].percentage: 0 valt buiten het bereik (gebruik een "
                    "getal van minstens 1)"
                ),
            ),
        ],
    ),
    "out_of_range_above": (
        lambda: raised(load_case, "a.yaml", yaml_case("employee:\n  hours_per_week: 0\n")),
        [
            (
                "employee.hours_per_week: 0 is out of range (use a number above 0)",
                ("employee.hours_per_week: 0 valt buiten het bereik (gebruik een getal boven 0)"),
            ),
        ],
    ),
    "wage_period": (
        lambda: raised(
            load_case, "a.yaml", yaml_case("employee:\n  wage: {amount: 3000, per: fortnight}\n")
        ),
        [
            (
                (
                    "employee.wage.per: fortnight is not supported (use 'day', 'week', "
                    "'4weeks', 'month' or 'year')"
                ),
                (
                    "employee.wage.per: fortnight wordt niet ondersteund (gebruik 'day', "
                    "'week', '4weeks', 'month' of 'year')"
                ),
            ),
        ],
    ),
    "schema_version": (
        lambda: raised(load_case, "a.yaml", "schema_version: 2\n" + yaml_case()),
        [
            (
                "schema_version: 2 is not supported (use 1)",
                "schema_version: 2 wordt niet ondersteund (gebruik 1)",
            ),
        ],
    ),
    "missing_key": (
        lambda: raised(load_case, "a.yaml", "sick_periods:\n  - start: 2025-01-06\n"),
        [
            ("case_id: missing (a required key)", "case_id: ontbreekt (verplichte sleutel)"),
        ],
    ),
    "missing_nested_key": (
        lambda: raised(load_case, "a.yaml", yaml_case("extensions:\n  loonsanctie: {weeks: 4}\n")),
        [
            (
                "extensions.loonsanctie.decided: missing (a required key)",
                "extensions.loonsanctie.decided: ontbreekt (verplichte sleutel)",
            ),
        ],
    ),
    "empty_list": (
        lambda: raised(load_case, "a.yaml", "case_id: E-1\nsick_periods: []\n"),
        [
            (
                "sick_periods: empty (at least one entry is needed)",
                "sick_periods: leeg (er is minstens één nodig)",
            ),
        ],
    ),
    "too_many_dates": (
        lambda: raised(
            load_case, "a.json", json_case(events={"evaluaties": ["2025-02-01"] * 1001})
        ),
        [
            (
                "events.evaluaties: a list of 1001 items (at most 1000)",
                "events.evaluaties: een lijst van 1001 waarden (hooguit 1000)",
            ),
        ],
    ),
    "not_a_list": (
        lambda: raised(load_case, "a.yaml", yaml_case("events:\n  evaluaties: 2025-03-01\n")),
        [
            (
                "events.evaluaties: 2025-03-01 is not valid: Input should be a valid list",
                "events.evaluaties: 2025-03-01 is niet geldig: hier hoort een lijst",
            ),
        ],
    ),
    "not_a_mapping": (
        lambda: raised(load_case, "a.yaml", yaml_case("employee:\n  wage: 3000\nevents: [a]\n")),
        [
            (
                (
                    "employee.wage: 3000 is not valid: Input should be a valid dictionary "
                    "or instance of WageIn"
                ),
                (
                    "employee.wage: 3000 is niet geldig: hier hoort een verzameling "
                    "sleutels (WageIn)"
                ),
            ),
            (
                (
                    "events: a list of 1 items is not valid: Input should be a valid "
                    "dictionary or instance of EventsIn"
                ),
                (
                    "events: een lijst van 1 waarden is niet geldig: hier hoort een "
                    "verzameling sleutels (EventsIn)"
                ),
            ),
        ],
    ),
    "unknown_key": (
        lambda: raised(load_case, "a.yaml", yaml_case("employe: x\n")),
        [
            (
                "employe: unknown key (valid here: " + TOP_KEYS + ")",
                "employe: onbekende sleutel (hier geldig: " + TOP_KEYS + ")",
            ),
        ],
    ),
    "unknown_nested_key": (
        lambda: raised(load_case, "a.yaml", yaml_case("events:\n  probleemanalyze: 2025-02-01\n")),
        [
            (
                "events.probleemanalyze: unknown key (valid here: " + EVENT_KEYS + ")",
                "events.probleemanalyze: onbekende sleutel (hier geldig: " + EVENT_KEYS + ")",
            ),
        ],
    ),
    "unknown_long_key": (
        lambda: raised(load_case, "a.yaml", yaml_case("x" * 45 + ": 1\n")),
        [
            (
                "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'...: unknown key (valid here: "
                + TOP_KEYS
                + ")",
                ("'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'...: onbekende sleutel (hier geldig: ")
                + TOP_KEYS
                + ")",
            ),
        ],
    ),
    "key_with_a_colon": (
        lambda: raised(
            load_case, "a.yaml", yaml_case(periods="  - start: 2025-01-06\n    cause:burn-out: 1\n")
        ),
        [
            (
                (
                    "sick_periods[0].cause: a key with a colon in it: put a space after "
                    "the colon (valid here: "
                )
                + PERIOD_KEYS
                + ")",
                (
                    "sick_periods[0].cause: een sleutel met een dubbele punt erin: zet een "
                    "spatie na de dubbele punt (hier geldig: "
                )
                + PERIOD_KEYS
                + ")",
            ),
        ],
    ),
    "periods_out_of_order": (
        lambda: raised(
            load_case,
            "a.yaml",
            yaml_case(
                periods="  - {start: 2025-01-06, end: 2025-02-01}\n  - {start: 2025-01-20}\n"
            ),
        ),
        [
            (
                (
                    "sick_periods[1].start: 2025-01-20 is not after the previous period's "
                    "end 2025-02-01: list periods in order, without overlap"
                ),
                (
                    "sick_periods[1].start: 2025-01-20 ligt niet na het einde van de "
                    "vorige periode 2025-02-01: zet de perioden op volgorde, zonder overlap"
                ),
            ),
        ],
    ),
    "end_before_start": (
        lambda: raised(
            load_case, "a.yaml", yaml_case(periods="  - {start: 2025-01-06, end: 2025-01-01}\n")
        ),
        [
            (
                "sick_periods[0].end: 2025-01-01 is before the start 2025-01-06",
                "sick_periods[0].end: 2025-01-01 ligt vóór het begin 2025-01-06",
            ),
        ],
    ),
    "two_open_periods": (
        lambda: raised(
            load_case,
            "a.yaml",
            yaml_case(periods="  - {start: 2025-01-06}\n  - {start: 2025-03-01}\n"),
        ),
        [
            (
                "sick_periods[0].end: missing: only the last period may be open",
                "sick_periods[0].end: ontbreekt: alleen de laatste periode mag open zijn",
            ),
        ],
    ),
    "before_2012": (
        lambda: raised(load_case, "a.yaml", yaml_case(periods="  - start: 2010-01-04\n")),
        [
            (
                (
                    "sick_periods[0].start: 2010-01-04 is before 2012-01-01: the engine "
                    "applies the terms in force since 1 July 2013 (WIA application in week "
                    "93, Verzamelwet SZW 2013), which hold only for first sick days from "
                    "2012-01-01 on"
                ),
                (
                    "sick_periods[0].start: 2010-01-04 ligt vóór 2012-01-01: het programma "
                    "past de termijnen toe die gelden sinds 1 juli 2013 (WIA-aanvraag in "
                    "week 93, Verzamelwet SZW 2013), en die gelden alleen voor eerste "
                    "ziektedagen vanaf 2012-01-01"
                ),
            ),
        ],
    ),
    "after_2099": (
        lambda: raised(load_case, "a.yaml", yaml_case(periods="  - start: 2150-01-05\n")),
        [
            (
                (
                    "sick_periods[0].start: 2150-01-05 is after 2099-12-31: a first sick "
                    "day that far ahead is a typo"
                ),
                (
                    "sick_periods[0].start: 2150-01-05 ligt na 2099-12-31: een eerste "
                    "ziektedag zo ver vooruit is een tikfout"
                ),
            ),
        ],
    ),
    "events_before_the_first_sick_day": (
        lambda: raised(
            load_case,
            "a.yaml",
            yaml_case("events:\n  probleemanalyse: 2024-12-01\n  evaluaties: [2024-12-20]\n"),
        ),
        [
            (
                "events.probleemanalyse: 2024-12-01 is before the first sick day 2025-01-06",
                "events.probleemanalyse: 2024-12-01 ligt vóór de eerste ziektedag 2025-01-06",
            ),
            (
                "events.evaluaties[0]: 2024-12-20 is before the first sick day 2025-01-06",
                "events.evaluaties[0]: 2024-12-20 ligt vóór de eerste ziektedag 2025-01-06",
            ),
        ],
    ),
    "evaluations_out_of_order": (
        lambda: raised(
            load_case, "a.yaml", yaml_case("events:\n  evaluaties: [2025-04-01, 2025-03-01]\n")
        ),
        [
            (
                (
                    "events.evaluaties[1]: 2025-03-01 is not after 2025-04-01: list "
                    "evaluations in order"
                ),
                (
                    "events.evaluaties[1]: 2025-03-01 ligt niet na 2025-04-01: zet de "
                    "evaluaties op volgorde"
                ),
            ),
        ],
    ),
    "verlenging_too_short": (
        lambda: raised(
            load_case,
            "a.yaml",
            yaml_case("extensions:\n  vrijwillige_verlenging_until: 2026-06-01\n"),
        ),
        [
            (
                (
                    "extensions.vrijwillige_verlenging_until: 2026-06-01 is less than 13 "
                    "weeks after the end of the waiting period 2027-01-03: UWV extends by "
                    "at least 13 weeks, so the earliest last day is 2027-04-04 (WIA art. "
                    "24)"
                ),
                (
                    "extensions.vrijwillige_verlenging_until: 2026-06-01 ligt minder dan "
                    "13 weken na het einde van de wachttijd 2027-01-03: UWV verlengt met "
                    "minstens 13 weken, dus de vroegste laatste dag is 2027-04-04 (WIA "
                    "art. 24)"
                ),
            ),
        ],
    ),
    "loonsanctie_dates": (
        lambda: raised(
            load_case,
            "a.yaml",
            yaml_case(
                "extensions:\n  loonsanctie: {weeks: 4, decided: 2024-12-01,\n"
                "    herstel_gemeld: 2024-11-01, herstel_decided: 2024-10-01}\n"
            ),
        ),
        [
            (
                (
                    "extensions.loonsanctie.decided: 2024-12-01 is before the first sick "
                    "day 2025-01-06"
                ),
                (
                    "extensions.loonsanctie.decided: 2024-12-01 ligt vóór de eerste "
                    "ziektedag 2025-01-06"
                ),
            ),
            (
                (
                    "extensions.loonsanctie.herstel_decided: 2024-10-01 is before the "
                    "loonsanctie decision 2024-12-01: bekorting follows the sanction"
                ),
                (
                    "extensions.loonsanctie.herstel_decided: 2024-10-01 ligt vóór het "
                    "besluit over de loonsanctie 2024-12-01: bekorting volgt op de sanctie"
                ),
            ),
            (
                (
                    "extensions.loonsanctie.herstel_gemeld: 2024-11-01 is before the "
                    "loonsanctie decision 2024-12-01: the repair is reported after the "
                    "sanction (WIA art. 25 lid 12)"
                ),
                (
                    "extensions.loonsanctie.herstel_gemeld: 2024-11-01 ligt vóór het "
                    "besluit over de loonsanctie 2024-12-01: het herstel wordt na de "
                    "sanctie gemeld (WIA art. 25 lid 12)"
                ),
            ),
            (
                (
                    "extensions.loonsanctie.herstel_decided: 2024-10-01 is before the "
                    "report of the repair 2024-11-01: UWV decides after it (WIA art. 25 "
                    "lid 13)"
                ),
                (
                    "extensions.loonsanctie.herstel_decided: 2024-10-01 ligt vóór de "
                    "melding van het herstel 2024-11-01: UWV beslist daarna (WIA art. 25 "
                    "lid 13)"
                ),
            ),
        ],
    ),
    "born_after_the_first_sick_day": (
        lambda: raised(load_case, "a.yaml", yaml_case("employee:\n  date_of_birth: 2025-02-01\n")),
        [
            (
                ("employee.date_of_birth: 2025-02-01 is not before the first sick day 2025-01-06"),
                (
                    "employee.date_of_birth: 2025-02-01 ligt niet vóór de eerste ziektedag "
                    "2025-01-06"
                ),
            ),
        ],
    ),
    "contract_ended_before": (
        lambda: raised(load_case, "a.yaml", yaml_case("employee:\n  contract_end: 2024-12-31\n")),
        [
            (
                (
                    "employee.contract_end: 2024-12-31 is before the first sick day "
                    "2025-01-06: the employer pays wage during sickness only while the "
                    "contract runs (after it, UWV's Ziektewet, out of scope)"
                ),
                (
                    "employee.contract_end: 2024-12-31 ligt vóór de eerste ziektedag "
                    "2025-01-06: de werkgever betaalt loon bij ziekte alleen zolang het "
                    "contract loopt (daarna de Ziektewet van UWV, buiten het bereik van "
                    "dit programma)"
                ),
            ),
        ],
    ),
    "leave_periods": (
        lambda: raised(
            load_case,
            "a.yaml",
            yaml_case(
                "leave_periods:\n  - {start: 2025-04-01, end: 2025-06-01}\n"
                "  - {start: 2025-05-01, end: 2025-04-01}\n"
            ),
        ),
        [
            (
                "leave_periods[1].end: 2025-04-01 is before the start 2025-05-01",
                "leave_periods[1].end: 2025-04-01 ligt vóór het begin 2025-05-01",
            ),
            (
                (
                    "leave_periods[1].start: 2025-05-01 is not after the previous period's "
                    "end 2025-06-01: list periods in order, without overlap"
                ),
                (
                    "leave_periods[1].start: 2025-05-01 ligt niet na het einde van de "
                    "vorige periode 2025-06-01: zet de perioden op volgorde, zonder overlap"
                ),
            ),
        ],
    ),
    "only_leave_days": (
        lambda: raised(
            load_case,
            "a.yaml",
            yaml_case(
                "leave_periods:\n  - {start: 2025-01-01, end: 2025-03-01}\n",
                periods="  - {start: 2025-01-06, end: 2025-02-01}\n",
            ),
        ),
        [
            (
                (
                    "sick_periods[0]: the chain has no counted sick days: every sick day "
                    "is a leave day (sickness during pregnancy leave is a Ziektewet case, "
                    "out of scope)"
                ),
                (
                    "sick_periods[0]: de keten heeft geen getelde ziektedagen: elke "
                    "ziektedag is een verlofdag (ziekte tijdens zwangerschapsverlof valt "
                    "onder de Ziektewet, buiten het bereik van dit programma)"
                ),
            ),
        ],
    ),
    "no_sick_period": (
        lambda: check_case(a_case(sick_periods=())),
        [
            (
                "sick_periods: a case needs at least one sick period",
                "sick_periods: een zaak heeft minstens één ziekteperiode nodig",
            ),
        ],
    ),
    "loonsanctie_weeks": (
        lambda: check_case(
            a_case(extensions=ExtensionsInput(loonsanctie=Loonsanctie(60, date(2025, 12, 1))))
        ),
        [
            (
                "extensions.loonsanctie.weeks: 60 is outside 1 to 52 (WIA art. 25 lid 9)",
                (
                    "extensions.loonsanctie.weeks: 60 valt buiten 1 tot en met 52 (WIA "
                    "art. 25 lid 9)"
                ),
            ),
        ],
    ),
    "wage_not_above_zero": (
        lambda: check_case(a_case(employee=Employee(wage=Wage(Decimal(0), "month")))),
        [
            (
                "employee.wage.amount: 0 is not above 0",
                "employee.wage.amount: 0 is niet groter dan 0",
            ),
        ],
    ),
    "wage_period_unknown": (
        lambda: check_case(a_case(employee=Employee(wage=Wage(Decimal(10), "fortnight")))),
        [
            (
                (
                    "employee.wage.per: fortnight is not a wage period (use day | week | "
                    "4weeks | month | year)"
                ),
                (
                    "employee.wage.per: fortnight is geen loonperiode (gebruik day | week "
                    "| 4weeks | month | year)"
                ),
            ),
        ],
    ),
    "pay_percentages": (
        lambda: check_case(a_case(employer=Employer(pay_percentage=PayPercentage(50, 101)))),
        [
            (
                (
                    "employer.pay_percentage.year1: 50 is outside 70 to 100 (at least 70%, "
                    "BW 7:629 lid 1)"
                ),
                (
                    "employer.pay_percentage.year1: 50 valt buiten 70 tot en met 100 "
                    "(minstens 70%, BW 7:629 lid 1)"
                ),
            ),
            (
                (
                    "employer.pay_percentage.year2: 101 is outside 70 to 100 (at least "
                    "70%, BW 7:629 lid 1)"
                ),
                (
                    "employer.pay_percentage.year2: 101 valt buiten 70 tot en met 100 "
                    "(minstens 70%, BW 7:629 lid 1)"
                ),
            ),
        ],
    ),
    "no_sick_period_to_split": (
        lambda: raised(split_chains, ()),
        [
            (
                "a case needs at least one sick period",
                "een zaak heeft minstens één ziekteperiode nodig",
            ),
        ],
    ),
    "sick_day_index": (
        lambda: raised(
            SickDayCounter(split_chains((SickPeriod(date(2025, 1, 6)),)).current).date_at, -1
        ),
        [
            (
                "a sick-day index is 0 or more, not -1",
                "een index van ziektedagen is 0 of meer, niet -1",
            ),
        ],
    ),
    "unknown_column": (
        lambda: raised(resolve_header, ["case_id", "first_sick_dya"], CSV_COLUMNS, CSV_REQUIRED),
        [
            (
                "unknown CSV column 'first_sick_dya'; did you mean 'first_sick_day'? (valid: "
                + CSV_NAMES
                + (
                    "; Dutch names as in the README; map others with --columns FILE, or "
                    "skip them with --ignore-unknown)"
                ),
                "onbekende CSV-kolom 'first_sick_dya'; bedoelde u 'first_sick_day'? (geldig: "
                + CSV_NAMES
                + (
                    "; Nederlandse namen zoals in de README; koppel andere met --columns "
                    "BESTAND, of sla ze over met --ignore-unknown)"
                ),
            ),
        ],
    ),
    "unknown_column_far": (
        lambda: raised(
            resolve_header, ["case_id", "first_sick_day", "Afdeling"], CSV_COLUMNS, CSV_REQUIRED
        ),
        [
            (
                "unknown CSV column 'Afdeling' (valid: "
                + CSV_NAMES
                + (
                    "; Dutch names as in the README; map others with --columns FILE, or "
                    "skip them with --ignore-unknown)"
                ),
                "onbekende CSV-kolom 'Afdeling' (geldig: "
                + CSV_NAMES
                + (
                    "; Nederlandse namen zoals in de README; koppel andere met --columns "
                    "BESTAND, of sla ze over met --ignore-unknown)"
                ),
            ),
        ],
    ),
    "unknown_column_long": (
        lambda: raised(
            resolve_header, ["case_id", "first_sick_day", "Q" * 70], CSV_COLUMNS, CSV_REQUIRED
        ),
        [
            (
                (
                    "unknown CSV column "
                    "'QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ...' "
                    "(valid: "
                )
                + CSV_NAMES
                + (
                    "; Dutch names as in the README; map others with --columns FILE, or "
                    "skip them with --ignore-unknown)"
                ),
                (
                    "onbekende CSV-kolom "
                    "'QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ...' "
                    "(geldig: "
                )
                + CSV_NAMES
                + (
                    "; Nederlandse namen zoals in de README; koppel andere met --columns "
                    "BESTAND, of sla ze over met --ignore-unknown)"
                ),
            ),
        ],
    ),
    "columns_both_give": (
        lambda: raised(
            resolve_header,
            ["case_id", "Personeelsnummer", "first_sick_day"],
            CSV_COLUMNS,
            CSV_REQUIRED,
        ),
        [
            (
                (
                    "columns 'case_id' and 'Personeelsnummer' both give case_id: keep one, "
                    "or map one elsewhere (--columns)"
                ),
                (
                    "de kolommen 'case_id' en 'Personeelsnummer' geven allebei case_id: "
                    "houd er één, of koppel er één aan een andere kolom (--columns)"
                ),
            ),
        ],
    ),
    "no_column_gives": (
        lambda: raised(resolve_header, ["case_id"], CSV_COLUMNS, CSV_REQUIRED),
        [
            (
                (
                    "no column gives first_sick_day (name it 'first_sick_day', use a Dutch "
                    "name such as 'eerste ziektedag', or map your column to it with "
                    "--columns)"
                ),
                (
                    "geen kolom geeft first_sick_day (noem er een 'first_sick_day', "
                    "gebruik een Nederlandse naam zoals 'eerste ziektedag', of koppel uw "
                    "kolom eraan met --columns)"
                ),
            ),
        ],
    ),
    "no_column_gives_the_case_id": (
        lambda: raised(resolve_header, ["naam"], CSV_COLUMNS, CSV_REQUIRED),
        [
            (
                (
                    "no column gives case_id (name it 'case_id', use a Dutch name such as "
                    "'personeelsnummer', or map your column to it with --columns)"
                ),
                (
                    "geen kolom geeft case_id (noem er een 'case_id', gebruik een "
                    "Nederlandse naam zoals 'personeelsnummer', of koppel uw kolom eraan "
                    "met --columns)"
                ),
            ),
        ],
    ),
    "mapping_file_not_a_mapping": (
        lambda: raised(read_mapping, ["a"], CSV_COLUMNS),
        [
            (
                "a mapping file holds lines like 'Datum 1e ziektedag: first_sick_day'",
                "een mappingbestand bevat regels zoals 'Datum 1e ziektedag: first_sick_day'",
            ),
        ],
    ),
    "mapping_file_nested": (
        lambda: raised(read_mapping, {"Nummer": {"a": "b"}}, CSV_COLUMNS),
        [
            (
                "Nummer: map a column name to a column name",
                "Nummer: koppel een kolomnaam aan een kolomnaam",
            ),
        ],
    ),
    "mapping_file_typo": (
        lambda: raised(read_mapping, {"Datum 1e ziektedag": "first_sick_dya"}, CSV_COLUMNS),
        [
            (
                (
                    "Datum 1e ziektedag: 'first_sick_dya' is not a poortwachter column; "
                    "did you mean 'first_sick_day'?"
                ),
                (
                    "Datum 1e ziektedag: 'first_sick_dya' is geen kolom van poortwachter; "
                    "bedoelde u 'first_sick_day'?"
                ),
            ),
        ],
    ),
    "mapping_file_no_column": (
        lambda: raised(read_mapping, {"Afdeling": "zzz"}, CSV_COLUMNS),
        [
            (
                "Afdeling: 'zzz' is not a poortwachter column",
                "Afdeling: 'zzz' is geen kolom van poortwachter",
            ),
        ],
    ),
    "row_without_case_id": (
        lambda: raised(case_from_rows, [row(case_id="")]),
        [
            (
                "case_id: missing (every row needs one)",
                "case_id: ontbreekt (elke regel heeft er een nodig)",
            ),
        ],
    ),
    "row_without_first_sick_day": (
        lambda: raised(case_from_rows, [row(first_sick_day="")]),
        [
            (
                "first_sick_day: missing (every row needs one)",
                "first_sick_day: ontbreekt (elke regel heeft er een nodig)",
            ),
        ],
    ),
    "row_date": (
        lambda: raised(case_from_rows, [row(first_sick_day="2025-31-05")]),
        [
            (
                "first_sick_day: 2025-31-05 is not a date (use YYYY-MM-DD or DD-MM-YYYY)",
                "first_sick_day: 2025-31-05 is geen datum (gebruik JJJJ-MM-DD of DD-MM-JJJJ)",
            ),
        ],
    ),
    "row_recovery_date": (
        lambda: raised(case_from_rows, [row(recovered_on="morgen")]),
        [
            (
                "recovered_on: morgen is not a date (use YYYY-MM-DD or DD-MM-YYYY)",
                "recovered_on: morgen is geen datum (gebruik JJJJ-MM-DD of DD-MM-JJJJ)",
            ),
        ],
    ),
    "row_recovery_and_last_sick_day": (
        lambda: raised(
            case_from_rows, [row(recovered_on="2025-02-01", last_sick_day="2025-01-20")]
        ),
        [
            (
                (
                    "recovered_on, last_sick_day: the first day fit again is not the day "
                    "after the last sick day"
                ),
                (
                    "recovered_on, last_sick_day: de hersteldatum is niet de dag na de "
                    "laatste ziektedag"
                ),
            ),
        ],
    ),
    "rows_disagree": (
        lambda: raised(
            case_from_rows,
            [
                row(date_of_birth="1970-01-01", last_sick_day="2025-01-10"),
                row(date_of_birth="1971-01-01", first_sick_day="2025-02-01"),
            ],
            (29, 30),
        ),
        [
            (
                (
                    "date_of_birth: rows 29 and 30 of this case disagree (give it on one "
                    "row, or the same on every row)"
                ),
                (
                    "date_of_birth: regels 29 en 30 van deze zaak verschillen (geef de "
                    "waarde op één regel, of op elke regel dezelfde)"
                ),
            ),
        ],
    ),
    "rows_two_open": (
        lambda: raised(case_from_rows, [row(), row(first_sick_day="2025-03-01")], (27, 28)),
        [
            (
                (
                    "rows 27 and 28: two open sick periods, or an open one before another "
                    "(give the last sick day or the recovery date)"
                ),
                (
                    "regels 27 en 28: twee open ziekteperioden, of een open periode vóór "
                    "een andere (geef de laatste ziektedag of de hersteldatum)"
                ),
            ),
        ],
    ),
    "rows_overlap": (
        lambda: raised(
            case_from_rows,
            [row(last_sick_day="2025-02-01"), row(first_sick_day="2025-01-20")],
            (25, 26),
        ),
        [
            (
                "rows 25 and 26: the sick periods overlap",
                "regels 25 en 26: de ziekteperioden overlappen",
            ),
        ],
    ),
    "row_amounts": (
        lambda: raised(case_from_rows, [row(hours_per_week="veel", wage_amount="veel")]),
        [
            (
                "hours_per_week: not an amount (write 3100, 3.100 or 3.100,50)",
                "hours_per_week: geen bedrag (schrijf 3100, 3.100 of 3.100,50)",
            ),
            (
                "wage_amount: not an amount (write 3100, 3.100 or 3.100,50)",
                "wage_amount: geen bedrag (schrijf 3100, 3.100 of 3.100,50)",
            ),
        ],
    ),
    "row_wage_zero": (
        lambda: raised(case_from_rows, [row(wage_amount="0")]),
        [
            (
                "wage_amount: not valid here (use a number at least 0.01)",
                "wage_amount: geen geldige waarde (gebruik een getal van minstens 0,01)",
            ),
        ],
    ),
    "row_flag": (
        lambda: raised(case_from_rows, [row(wga_eigenrisicodrager="misschien")]),
        [
            (
                "wga_eigenrisicodrager: misschien is not valid (use true or false, ja or nee)",
                "wga_eigenrisicodrager: misschien is niet geldig (gebruik ja of nee)",
            ),
        ],
    ),
    "row_percentage": (
        lambda: raised(case_from_rows, [row(percentage="150")]),
        [
            (
                "percentage: 150 is out of range (use a number at most 100)",
                "percentage: 150 valt buiten het bereik (gebruik een getal van hooguit 100)",
            ),
        ],
    ),
    "row_wage_period": (
        lambda: raised(case_from_rows, [row(wage_amount="3000", wage_per="fortnight")]),
        [
            (
                (
                    "wage_per: fortnight is not supported (use 'day', 'week', '4weeks', "
                    "'month' or 'year')"
                ),
                (
                    "wage_per: fortnight wordt niet ondersteund (gebruik 'day', 'week', "
                    "'4weeks', 'month' of 'year')"
                ),
            ),
        ],
    ),
    "row_loonsanctie_without_decision": (
        lambda: raised(case_from_rows, [row(loonsanctie_weeks="4")]),
        [
            (
                "loonsanctie_decided: missing (a required key)",
                "loonsanctie_decided: ontbreekt (verplichte sleutel)",
            ),
        ],
    ),
    "row_date_out_of_bounds": (
        lambda: raised(case_from_rows, [row(first_sick_day="1800-01-01")]),
        [
            (
                ("first_sick_day: 1800-01-01 is outside the dates the tool reads (1900 to 2199)"),
                (
                    "first_sick_day: 1800-01-01 valt buiten de datums die het programma "
                    "leest (1900 tot en met 2199)"
                ),
            ),
        ],
    ),
    "row_pay_percentage": (
        lambda: raised(case_from_rows, [row(pay_year1="50")]),
        [
            (
                "pay_year1: 50 is out of range (use a number at least 70)",
                "pay_year1: 50 valt buiten het bereik (gebruik een getal van minstens 70)",
            ),
        ],
    ),
    "row_hours_zero": (
        lambda: raised(case_from_rows, [row(hours_per_week="0")]),
        [
            (
                "hours_per_week: 0 is out of range (use a number above 0)",
                "hours_per_week: 0 valt buiten het bereik (gebruik een getal boven 0)",
            ),
        ],
    ),
    "row_loonsanctie_weeks": (
        lambda: raised(
            case_from_rows, [row(loonsanctie_weeks="200", loonsanctie_decided="2025-12-01")]
        ),
        [
            (
                "loonsanctie_weeks: 200 is out of range (use a number at most 52)",
                (
                    "loonsanctie_weeks: 200 valt buiten het bereik (gebruik een getal van "
                    "hooguit 52)"
                ),
            ),
        ],
    ),
    "rows_and_checks": (
        lambda: raised(
            case_from_rows,
            [
                row(date_of_birth="1970-01-01", probleemanalyse="2024-12-01"),
                row(date_of_birth="1971-01-01", first_sick_day="2025-03-01", percentage="x"),
            ],
            (3, 4),
        ),
        [
            (
                (
                    "date_of_birth: rows 3 and 4 of this case disagree (give it on one "
                    "row, or the same on every row)"
                ),
                (
                    "date_of_birth: regels 3 en 4 van deze zaak verschillen (geef de "
                    "waarde op één regel, of op elke regel dezelfde)"
                ),
            ),
            (
                "row 4: percentage: x is not a whole number",
                "regel 4: percentage: x is geen geheel getal",
            ),
        ],
    ),
    # A problem of one course line names its row (of some, its rows); one of every row
    # of the case is said once, as it is.
    "in_rows": (
        lambda: raised(
            case_of_row,
            RowInput(
                7,
                InputFormat.CSV,
                [
                    row(first_sick_day="2025-01-06", last_sick_day="2025-01-10", presence="veel"),
                    row(first_sick_day="2025-02-03", last_sick_day="2025-02-07", presence="veel"),
                    row(first_sick_day="2025-03-03", recovered_on="03-03-2025", wage_amount="3,1"),
                    row(first_sick_day="2025-04-07", wage_amount="3,100", employer_name=""),
                ],
                rows=(7, 8, 9, 12),
                headers=(
                    ("wage_amount", "Salaris"),
                    ("recovered_on", "Hersteld per"),
                    ("presence", "Presence"),
                ),
            ),
        ),
        [
            (
                (
                    "rows 7, 8: Presence: veel is not a share of the work done (use a whole "
                    "number 0 to 99, or 0% to 99%)"
                ),
                (
                    "regels 7, 8: Presence: veel is geen aandeel gewerkt (gebruik een geheel "
                    "getal 0 tot en met 99, of 0% tot en met 99%)"
                ),
            ),
            (
                (
                    "row 12: Salaris: 3,100 can be read two ways: 3,100.00 or 3.10 (write "
                    "3100 or 3.100 for thousands, 3,10 for an amount with cents)"
                ),
                (
                    "regel 12: Salaris: 3,100 is op twee manieren te lezen: 3.100,00 of 3,10 "
                    "(schrijf 3100 of 3.100 voor duizenden, 3,10 voor een bedrag met centen)"
                ),
            ),
            (
                (
                    "row 9: Hersteld per: Mon 2025-03-03 is not after the first sick day Mon "
                    "2025-03-03: the recovery date is the first day fit again, so this row "
                    "has no sick day"
                ),
                (
                    "regel 9: Hersteld per: ma 03-03-2025 ligt niet na de eerste ziektedag ma "
                    "03-03-2025: de hersteldatum is de eerste dag weer hersteld, dus deze "
                    "regel heeft geen ziektedag"
                ),
            ),
        ],
    ),
    "row_checks_before_2012": (
        lambda: row_checks(row(first_sick_day="2010-01-04")),
        [
            (
                (
                    "first_sick_day: 2010-01-04 is before 2012-01-01: the engine applies "
                    "the terms in force since 1 July 2013 (WIA application in week 93, "
                    "Verzamelwet SZW 2013), which hold only for first sick days from "
                    "2012-01-01 on"
                ),
                (
                    "first_sick_day: 2010-01-04 ligt vóór 2012-01-01: het programma past "
                    "de termijnen toe die gelden sinds 1 juli 2013 (WIA-aanvraag in week "
                    "93, Verzamelwet SZW 2013), en die gelden alleen voor eerste "
                    "ziektedagen vanaf 2012-01-01"
                ),
            ),
        ],
    ),
    "row_checks_after_2099": (
        lambda: row_checks(row(first_sick_day="2150-01-05")),
        [
            (
                (
                    "first_sick_day: 2150-01-05 is after 2099-12-31: a first sick day that "
                    "far ahead is a typo"
                ),
                (
                    "first_sick_day: 2150-01-05 ligt na 2099-12-31: een eerste ziektedag "
                    "zo ver vooruit is een tikfout"
                ),
            ),
        ],
    ),
    "row_checks_end_before_start": (
        lambda: row_checks(row(last_sick_day="2025-01-01")),
        [
            (
                "last_sick_day: 2025-01-01 is before the start 2025-01-06",
                "last_sick_day: 2025-01-01 ligt vóór het begin 2025-01-06",
            ),
        ],
    ),
    "row_checks_event_before": (
        lambda: row_checks(row(probleemanalyse="2024-12-01", date_of_birth="2025-02-01")),
        [
            (
                "probleemanalyse: 2024-12-01 is before the first sick day 2025-01-06",
                "probleemanalyse: 2024-12-01 ligt vóór de eerste ziektedag 2025-01-06",
            ),
            (
                "date_of_birth: 2025-02-01 is not before the first sick day 2025-01-06",
                "date_of_birth: 2025-02-01 ligt niet vóór de eerste ziektedag 2025-01-06",
            ),
        ],
    ),
    "row_checks_evaluations": (
        lambda: row_checks(row(evaluaties="2025-03-01; 2025-02-01")),
        [
            (
                "evaluaties: 2025-02-01 is not after 2025-03-01: list evaluations in order",
                ("evaluaties: 2025-02-01 ligt niet na 2025-03-01: zet de evaluaties op volgorde"),
            ),
        ],
    ),
    "row_checks_contract_end": (
        lambda: row_checks(row(contract_end="2024-12-31")),
        [
            (
                (
                    "contract_end: 2024-12-31 is before the first sick day 2025-01-06: the "
                    "employer pays wage during sickness only while the contract runs "
                    "(after it, UWV's Ziektewet, out of scope)"
                ),
                (
                    "contract_end: 2024-12-31 ligt vóór de eerste ziektedag 2025-01-06: de "
                    "werkgever betaalt loon bij ziekte alleen zolang het contract loopt "
                    "(daarna de Ziektewet van UWV, buiten het bereik van dit programma)"
                ),
            ),
        ],
    ),
    "row_checks_verlenging": (
        lambda: row_checks(row(vrijwillige_verlenging_until="2026-06-01")),
        [
            (
                (
                    "vrijwillige_verlenging_until: 2026-06-01 is less than 13 weeks after "
                    "the end of the waiting period 2027-01-03: UWV extends by at least 13 "
                    "weeks, so the earliest last day is 2027-04-04 (WIA art. 24)"
                ),
                (
                    "vrijwillige_verlenging_until: 2026-06-01 ligt minder dan 13 weken na "
                    "het einde van de wachttijd 2027-01-03: UWV verlengt met minstens 13 "
                    "weken, dus de vroegste laatste dag is 2027-04-04 (WIA art. 24)"
                ),
            ),
        ],
    ),
    "json_line_checks": (
        lambda: document_checks(
            {
                "case_id": "J",
                "sick_periods": [
                    {"start": "2025-01-06", "end": "2025-02-01"},
                    {"start": "2025-01-20"},
                ],
                "events": {"probleemanalyse": "2024-12-01"},
            }
        ),
        [
            (
                (
                    "sick_periods[1].start: 2025-01-20 is not after the previous period's "
                    "end 2025-02-01: list periods in order, without overlap"
                ),
                (
                    "sick_periods[1].start: 2025-01-20 ligt niet na het einde van de "
                    "vorige periode 2025-02-01: zet de perioden op volgorde, zonder overlap"
                ),
            ),
        ],
    ),
    "csv_bytes_neither_encoding": (
        lambda: csv_rows("bad.csv", b"case_id;first_sick_day\nA\x81;2025-01-06\n"),
        [
            (
                "holds bytes that are not UTF-8 nor Windows-1252",
                "bevat bytes die geen UTF-8 en geen Windows-1252 zijn",
            ),
        ],
    ),
    "csv_read_as_windows_1252": (
        lambda: csv_rows("cp.csv", b"case_id;first_sick_day\nJos\xe9;2025-01-06\n"),
        [
            (
                "cp.csv: not UTF-8: read as Windows-1252 (cp1252), as Excel saves",
                "cp.csv: geen UTF-8: gelezen als Windows-1252 (cp1252), zoals Excel opslaat",
            ),
        ],
    ),
    "csv_field_too_long": (
        lambda: csv_rows(
            "long.csv", b'case_id;first_sick_day\n"' + b"x" * 140_019 + b'";2025-01-06\n'
        ),
        [
            (
                (
                    "a field of 140,019 characters (at most 131,072; a quote that never "
                    "closes makes one of the rest of the file)"
                ),
                (
                    "een veld van 140,019 tekens (hooguit 131,072; een aanhalingsteken dat "
                    "nooit sluit, maakt één veld van de rest van het bestand)"
                ),
            ),
        ],
    ),
    "csv_fields_and_header": (
        lambda: csv_rows("fields.csv", b"case_id;first_sick_day;cause\nA;2025-01-06;x;y;z\nB\n"),
        [
            (
                (
                    "5 fields where the header has 3: the values would land in the wrong "
                    "columns (check the delimiter and quotes of this row)"
                ),
                (
                    "5 velden waar de kopregel er 3 heeft: de waarden zouden in de "
                    "verkeerde kolommen komen (controleer het scheidingsteken en de "
                    "aanhalingstekens van deze regel)"
                ),
            ),
            (
                (
                    "1 fields where the header has 3: the values would land in the wrong "
                    "columns (check the delimiter and quotes of this row)"
                ),
                (
                    "1 velden waar de kopregel er 3 heeft: de waarden zouden in de "
                    "verkeerde kolommen komen (controleer het scheidingsteken en de "
                    "aanhalingstekens van deze regel)"
                ),
            ),
        ],
    ),
    "csv_row_cannot_be_read": (
        lambda: broken_csv(1),
        [
            ("cannot be read: line contains NUL", "kan niet worden gelezen: line contains NUL"),
        ],
    ),
    "csv_header_cannot_be_read": (
        lambda: broken_csv(0),
        [
            (
                "the CSV header cannot be read: line contains NUL",
                "de kopregel van de CSV kan niet worden gelezen: line contains NUL",
            ),
        ],
    ),
    "csv_header_bytes": (
        lambda: raised(CsvSource(write("hb.csv", b"case_id;\x81\x8d\n"), Notes()).header),
        [
            (
                "the CSV header holds bytes that are neither UTF-8 nor Windows-1252",
                "de kopregel van de CSV bevat bytes die geen UTF-8 en geen Windows-1252 zijn",
            ),
        ],
    ),
    "xlsx_no_such_sheet": (
        lambda: raised(XlsxSource(workbook("export.xlsx"), "Blad1").header),
        [
            (
                "no sheet 'Blad1' (the sheets: Verzuim)",
                "geen werkblad 'Blad1' (de werkbladen: Verzuim)",
            ),
        ],
    ),
    "json_lines_bytes": (
        lambda: [
            item.problem
            for item in read_rows(['{"case_id": "A"}\n', '{"case_id": "J\udc81"}\n'])
            if item.problem
        ],
        [
            (
                "holds bytes that are not UTF-8 (save the file as UTF-8)",
                "bevat bytes die geen UTF-8 zijn (sla het bestand op als UTF-8)",
            ),
        ],
    ),
    "folder_links": (
        lambda: [item.problem for item in read_folder(links()) if item.problem],
        [
            (
                "a link that leads nowhere (dangling, or a loop): not followed",
                "een link die nergens heen leidt (verbroken, of een lus): niet gevolgd",
            ),
            (
                "a link to a file outside the folder: not followed",
                "een link naar een bestand buiten de map: niet gevolgd",
            ),
        ],
    ),
    "json_array_not_an_array": (
        lambda: raised(lambda: list(read_json_array(write("array.json", '{"case_id": "A"}')))),
        [
            (
                "a JSON input holds an array of case documents, or one case",
                "een JSON-invoer bevat een array van zaakdocumenten, of één zaak",
            ),
        ],
    ),
    "json_array_not_json": (
        lambda: raised(
            lambda: list(read_json_array(write("array.json", '[\n{"case_id": "A",\n]')))
        ),
        [
            (
                (
                    "line 3, column 1: not valid JSON: Expecting property name enclosed in "
                    "double quotes"
                ),
                (
                    "regel 3, kolom 1: geen geldige JSON: hier hoort een sleutel tussen "
                    "dubbele aanhalingstekens"
                ),
            ),
        ],
    ),
    "open_no_such_file": (
        lambda: opened("missing.csv"),
        [
            ("missing.csv: no such file or folder", "missing.csv: bestand of map bestaat niet"),
        ],
    ),
    "open_a_device": (
        lambda: opened("/dev/null"),
        [
            (
                ("/dev/null: not a regular file (a pipe or a device); use a file, or - for stdin"),
                (
                    "/dev/null: geen gewoon bestand (een pipe of apparaat); geef een "
                    "bestand, of - voor stdin"
                ),
            ),
        ],
    ),
    "open_not_a_workbook": (
        lambda: opened(str(write("fake.xlsx", b"PK not a zip"))),
        [
            (
                "fake.xlsx: cannot be read as xlsx (BadZipFile)",
                "fake.xlsx: kan niet worden gelezen als xlsx (BadZipFile)",
            ),
        ],
    ),
    "open_unknown_column": (
        lambda: opened(str(write("h.csv", b"case_id;first_sick_dya\n"))),
        [
            (
                (
                    "h.csv: unknown CSV column 'first_sick_dya'; did you mean "
                    "'first_sick_day'? (valid: "
                )
                + CSV_NAMES
                + (
                    "; Dutch names as in the README; map others with --columns FILE, or "
                    "skip them with --ignore-unknown)"
                ),
                (
                    "h.csv: onbekende CSV-kolom 'first_sick_dya'; bedoelde u "
                    "'first_sick_day'? (geldig: "
                )
                + CSV_NAMES
                + (
                    "; Nederlandse namen zoals in de README; koppel andere met --columns "
                    "BESTAND, of sla ze over met --ignore-unknown)"
                ),
            ),
        ],
    ),
    "open_header_bytes": (
        lambda: opened(str(write("hb.csv", b"case_id;\x81\x8d\n"))),
        [
            (
                "hb.csv: the CSV header holds bytes that are neither UTF-8 nor Windows-1252",
                (
                    "hb.csv: de kopregel van de CSV bevat bytes die geen UTF-8 en geen "
                    "Windows-1252 zijn"
                ),
            ),
        ],
    ),
    "open_no_such_sheet": (
        lambda: opened(str(workbook("export.xlsx")), None, ReadOptions(sheet="Blad1")),
        [
            (
                "export.xlsx: no sheet 'Blad1' (the sheets: Verzuim)",
                "export.xlsx: geen werkblad 'Blad1' (de werkbladen: Verzuim)",
            ),
        ],
    ),
    "open_json_array_cut_short": (
        lambda: opened(str(write("cut.json", "[1,")), "json"),
        [
            (
                "column 4: not valid JSON: Expecting value",
                "kolom 4: geen geldige JSON: hier hoort een waarde",
            ),
        ],
    ),
    "json_line": (
        lambda: raised(
            case_of_row,
            RowInput(
                3,
                InputFormat.JSONL,
                json_case(
                    sick_periods=[{"start": "2025-02-30"}],
                    employer={"wga_eigenrisicodrager": "misschien"},
                ),
            ),
        ),
        [
            (
                (
                    "employer.wga_eigenrisicodrager: misschien is not valid (use true or "
                    "false, ja or nee); sick_periods[0].start: 2025-02-30 is not a date "
                    "(use YYYY-MM-DD or DD-MM-YYYY)"
                ),
                (
                    "employer.wga_eigenrisicodrager: misschien is niet geldig (gebruik ja "
                    "of nee); sick_periods[0].start: 2025-02-30 is geen datum (gebruik "
                    "JJJJ-MM-DD of DD-MM-JJJJ)"
                ),
            ),
        ],
    ),
    "json_line_nan": (
        lambda: raised(case_of_row, RowInput(3, InputFormat.JSONL, '{"case_id": NaN}')),
        [
            (
                "NaN is not a number a case file can hold",
                "NaN is geen getal dat een zaakbestand kan bevatten",
            ),
        ],
    ),
    "json_line_a_list": (
        lambda: raised(case_of_row, RowInput(3, InputFormat.JSONL, "[1]")),
        [
            (
                "a case file holds a mapping of keys (case_id, sick_periods, ...), not list",
                (
                    "een zaakbestand bevat een verzameling sleutels (case_id, "
                    "sick_periods, ...); hier staat een lijst"
                ),
            ),
        ],
    ),
    "json_line_not_json": (
        lambda: raised(case_of_row, RowInput(3, InputFormat.JSONL, "{case_id: 1}")),
        [
            (
                "column 2: not valid JSON: Expecting property name enclosed in double quotes",
                (
                    "kolom 2: geen geldige JSON: hier hoort een sleutel tussen dubbele "
                    "aanhalingstekens"
                ),
            ),
        ],
    ),
    "json_line_duplicate_key": (
        lambda: raised(
            case_of_row, RowInput(3, InputFormat.JSONL, '{"case_id": "a", "case_id": "b"}')
        ),
        [
            (
                "case_id: duplicate key (each key may appear once)",
                "case_id: dubbele sleutel (elke sleutel mag één keer voorkomen)",
            ),
        ],
    ),
    "json_line_too_large": (
        lambda: raised(
            case_of_row, RowInput(3, InputFormat.JSONL, '{"x": "' + "y" * 1_100_060 + '"}')
        ),
        [
            (
                "1,100,069 characters: too large for a case file (at most 1 MB)",
                "1,100,069 tekens: te groot voor een zaakbestand (hooguit 1 MB)",
            ),
        ],
    ),
    "json_line_missing_and_unknown": (
        lambda: raised(
            case_of_row, RowInput(3, InputFormat.JSONL, '{"case_id": "J-8", "sick_period": []}')
        ),
        [
            (
                ("sick_periods: missing (a required key); sick_period: unknown key (valid here: ")
                + TOP_KEYS
                + ")",
                (
                    "sick_periods: ontbreekt (verplichte sleutel); sick_period: onbekende "
                    "sleutel (hier geldig: "
                )
                + TOP_KEYS
                + ")",
            ),
        ],
    ),
    "folder_file_gone": (
        lambda: raised(
            case_of_row, RowInput(3, InputFormat.FOLDER, "gone.yaml", source="gone.yaml")
        ),
        [
            ("no such file", "bestand bestaat niet"),
        ],
    ),
    "edit_unknown_event": (
        lambda: raised(event_name, "koffie"),
        [
            (
                "unknown event 'koffie' (valid: " + EVENTS + ")",
                "onbekende gebeurtenis 'koffie' (geldig: " + EVENTS + ")",
            ),
        ],
    ),
    "edit_unknown_event_close": (
        lambda: raised(event_name, "probleemanalys"),
        [
            (
                "unknown event 'probleemanalys'; did you mean 'probleemanalyse'? (valid: "
                + EVENTS
                + ")",
                ("onbekende gebeurtenis 'probleemanalys'; bedoelde u 'probleemanalyse'? (geldig: ")
                + EVENTS
                + ")",
            ),
        ],
    ),
    "edit_unknown_key": (
        lambda: raised(settable_path, "employee.nam"),
        [
            (
                "unknown key 'employee.nam'; did you mean 'employee.name'? (valid: "
                + SETTABLE_KEYS
                + ")",
                "onbekende sleutel 'employee.nam'; bedoelde u 'employee.name'? (geldig: "
                + SETTABLE_KEYS
                + ")",
            ),
        ],
    ),
    "edit_unknown_key_far": (
        lambda: raised(settable_path, "salaris"),
        [
            (
                "unknown key 'salaris' (valid: " + SETTABLE_KEYS + ")",
                "onbekende sleutel 'salaris' (geldig: " + SETTABLE_KEYS + ")",
            ),
        ],
    ),
    "edit_not_yaml": (
        lambda: raised(set_value, "a: [\n", ("employee", "name"), "x"),
        [
            (
                "not YAML that can be edited in place",
                "geen YAML die ter plaatse kan worden bewerkt",
            ),
        ],
    ),
    "edit_not_a_mapping_file": (
        lambda: raised(set_value, "- a\n", ("employee", "name"), "x"),
        [
            (
                "the file does not hold a mapping of keys",
                "het bestand bevat geen verzameling sleutels",
            ),
        ],
    ),
    "edit_not_a_mapping": (
        lambda: raised(set_value, yaml_case("employee: x\n"), ("employee", "name"), "x"),
        [
            ("employee is not a mapping of keys", "employee is geen verzameling sleutels"),
        ],
    ),
    "edit_not_a_list": (
        lambda: raised(
            record_event,
            yaml_case("events:\n  evaluaties: 2025-02-01\n"),
            "evaluaties",
            "2025-03-01",
        ),
        [
            ("events.evaluaties is not a list", "events.evaluaties is geen lijst"),
        ],
    ),
    "edit_more_than_one_value": (
        lambda: raised(
            set_value,
            yaml_case("employee:\n  wage:\n    amount: [1, 2]\n"),
            ("employee", "wage", "amount"),
            "3",
        ),
        [
            (
                "employee.wage.amount holds more than one value",
                "employee.wage.amount bevat meer dan één waarde",
            ),
        ],
    ),
    "edit_nothing": (
        lambda: raised(set_value, yaml_case(), (), "x"),
        [
            ("nothing to change", "niets te wijzigen"),
        ],
    ),
    "edit_json_not_json": (
        lambda: raised(set_value, "{", ("employee", "name"), "x", json_file=True),
        [
            ("not valid JSON", "geen geldige JSON"),
        ],
    ),
    "edit_json_not_a_mapping_file": (
        lambda: raised(set_value, "[1]", ("employee", "name"), "x", json_file=True),
        [
            (
                "the file does not hold a mapping of keys",
                "het bestand bevat geen verzameling sleutels",
            ),
        ],
    ),
    "edit_json_not_a_mapping": (
        lambda: raised(set_value, '{"employee": 1}', ("employee", "name"), "x", json_file=True),
        [
            ("employee is not a mapping of keys", "employee is geen verzameling sleutels"),
        ],
    ),
    "edit_json_not_a_list": (
        lambda: raised(
            record_event,
            '{"events": {"evaluaties": 1}}',
            "evaluaties",
            "2025-03-01",
            json_file=True,
        ),
        [
            ("events.evaluaties is not a list", "events.evaluaties is geen lijst"),
        ],
    ),
    "edit_json_more_than_one_value": (
        lambda: raised(
            set_value,
            '{"employee": {"wage": {"amount": [1]}}}',
            ("employee", "wage", "amount"),
            "3",
            json_file=True,
        ),
        [
            (
                "employee.wage.amount holds more than one value",
                "employee.wage.amount bevat meer dan één waarde",
            ),
        ],
    ),
    "edit_recover_ended": (
        lambda: raised(
            recover,
            yaml_case(periods="  - {start: 2025-01-06, end: 2025-03-02}\n"),
            date(2025, 4, 1),
        ),
        [
            (
                (
                    "the last sick period has ended already (on 2025-03-02); record a new "
                    "period with 'case relapse' first"
                ),
                (
                    "de laatste ziekteperiode is al geëindigd (op 2025-03-02); leg eerst "
                    "een nieuwe periode vast met 'case relapse'"
                ),
            ),
        ],
    ),
    "edit_recover_no_periods": (
        lambda: raised(recover, "case_id: E-1\n", date(2025, 4, 1)),
        [
            (
                "the file has no sick periods to change",
                "het bestand heeft geen ziekteperioden om te wijzigen",
            ),
        ],
    ),
    "edit_recover_json_not_json": (
        lambda: raised(recover, "{", date(2025, 4, 1), json_file=True),
        [
            ("not valid JSON", "geen geldige JSON"),
        ],
    ),
    "edit_relapse_open": (
        lambda: raised(relapse, yaml_case(), date(2025, 4, 1)),
        [
            (
                (
                    "the last sick period is still open; record the recovery with 'case "
                    "recover' first"
                ),
                (
                    "de laatste ziekteperiode is nog open; leg eerst het herstel vast met "
                    "'case recover'"
                ),
            ),
        ],
    ),
    "edit_first_sick_day_no_periods": (
        lambda: raised(set_first_sick_day, "case_id: E-1\n", date(2025, 4, 1)),
        [
            (
                "the file has no sick periods to change",
                "het bestand heeft geen ziekteperioden om te wijzigen",
            ),
        ],
    ),
    "edit_first_sick_day_json_no_periods": (
        lambda: raised(set_first_sick_day, '{"case_id": "E-1"}', date(2025, 4, 1), json_file=True),
        [
            (
                "the file has no sick periods to change",
                "het bestand heeft geen ziekteperioden om te wijzigen",
            ),
        ],
    ),
    "edit_not_placed": (
        lambda: raised(_literal, "a: &x 1\n"),
        [
            (
                "the change could not be placed safely; the file is unchanged",
                ("de wijziging kon niet veilig worden aangebracht; het bestand is niet gewijzigd"),
            ),
        ],
    ),
    "edit_unclosed_quote": (
        lambda: raised(with_text("'abc").scalar_end, 0),
        [
            ("an unclosed quote", "een aanhalingsteken dat niet sluit"),
        ],
    ),
    "edit_unclosed_bracket": (
        lambda: raised(with_text("[abc").flow_end, 0),
        [
            ("an unclosed bracket", "een haakje dat niet sluit"),
        ],
    ),
}


def said(result: object) -> list[Message]:
    """The messages of what a reading function raised or gave."""
    if isinstance(result, CaseFileError):
        return list(result.details)
    if isinstance(result, CaseError):
        return [problem.said for problem in result.problems]
    if isinstance(result, MessageError):
        return [result.said]
    assert isinstance(result, list), result
    return [item.said if isinstance(item, Problem) else item for item in result]


@pytest.mark.parametrize(("trigger", "expected"), CASES.values(), ids=list(CASES))
def test_a_message_reads_as_it_always_did_in_english_and_in_dutch(
    trigger: Callable[[], object],
    expected: list[tuple[str, str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert [(say(found, "en"), say(found, "nl")) for found in said(trigger())] == expected


# --- Composed: a file, a path, the problems of a row ---------------------------------


def test_each_problem_of_a_case_file_names_the_file() -> None:
    text = "case_id: ''\nemploye: x\nsick_periods:\n  - start: 2025-02-30\n"
    with pytest.raises(CaseFileError) as caught:
        load_case("zaak.yaml", text)
    error = caught.value
    assert (error.source, error.case_id) == ("zaak.yaml", None)
    assert [say(line, "en") for line in error.messages] == [
        "zaak.yaml: case_id: an empty case id (use text, such as E-1042)",
        "zaak.yaml: sick_periods[0].start: 2025-02-30 is not a date (use YYYY-MM-DD or DD-MM-YYYY)",
        "zaak.yaml: employe: unknown key (valid here: " + TOP_KEYS + ")",
    ]
    assert [say(line, "nl") for line in error.messages] == [
        "zaak.yaml: case_id: een leeg zaaknummer (gebruik tekst, zoals E-1042)",
        "zaak.yaml: sick_periods[0].start: 2025-02-30 is geen datum (gebruik JJJJ-MM-DD of "
        "DD-MM-JJJJ)",
        "zaak.yaml: employe: onbekende sleutel (hier geldig: " + TOP_KEYS + ")",
    ]


def test_a_case_file_error_keeps_a_usable_case_id_for_the_record() -> None:
    with pytest.raises(CaseFileError) as caught:
        load_case("zaak.yaml", yaml_case(periods="  - start: 2010-01-04\n"))
    assert caught.value.case_id == "E-1"


def test_a_row_error_says_its_problems_joined_and_keeps_them() -> None:
    line = json_case(sick_periods=[{"start": "morgen"}], employer={"wga_eigenrisicodrager": "x"})
    error = raised(case_of_row, RowInput(3, InputFormat.JSONL, line))
    assert isinstance(error, RowError)
    assert error.case_id == "E-1"
    assert [found.id for found in error.messages] == ["path_problem", "path_problem"]
    assert say(error.said, "en") == (
        "employer.wga_eigenrisicodrager: x is not valid (use true or false, ja or nee); "
        "sick_periods[0].start: morgen is not a date (use YYYY-MM-DD or DD-MM-YYYY)"
    )
    assert say(error.said, "nl") == (
        "employer.wga_eigenrisicodrager: x is niet geldig (gebruik ja of nee); "
        "sick_periods[0].start: morgen is geen datum (gebruik JJJJ-MM-DD of DD-MM-JJJJ)"
    )


def test_a_problem_says_its_path_and_its_message() -> None:
    said_alone = message("no_sick_period")
    assert Problem("", said_alone).said is said_alone
    assert Problem("sick_periods", said_alone).said == message(
        "path_problem", path="sick_periods", problem=said_alone
    )


def test_a_case_error_has_no_words_of_its_own() -> None:
    error = CaseError([Problem("sick_periods", message("no_sick_period"))])
    assert str(error) == "no_sick_period"


def test_a_chain_without_counted_days_says_so() -> None:
    # Unreachable from a case (the last period counts as open); said all the same.
    assert say(message("no_counted_sick_days"), "en") == (
        "the chain has no counted sick days: every sick day is a leave day"
    )
    assert say(message("no_counted_sick_days"), "nl") == (
        "de keten heeft geen getelde ziektedagen: elke ziektedag is een verlofdag"
    )


def test_errors_with_messages_survive_pickling() -> None:
    import pickle

    file_error = CaseFileError("a.yaml", [message("no_such_file")], "E-1")
    copy = pickle.loads(pickle.dumps(file_error))
    assert (copy.source, copy.details, copy.case_id) == ("a.yaml", file_error.details, "E-1")
    assert copy.messages == file_error.messages
    row_error = RowError([message("no_such_file")], "E-1")
    row_copy = pickle.loads(pickle.dumps(row_error))
    assert (row_copy.messages, row_copy.case_id, row_copy.said) == (
        row_error.messages,
        "E-1",
        row_error.said,
    )


def test_free_text_never_enters_a_message() -> None:
    text = yaml_case("employee:\n  name: [Jan de Vries, burn-out]\n  wage: {amount: geheim}\n")
    with pytest.raises(CaseFileError) as caught:
        load_case("zaak.yaml", text)
    for line in caught.value.messages:
        for lang in ("en", "nl"):
            assert "Jan de Vries" not in say(line, lang)
            assert "burn-out" not in say(line, lang)
            assert "geheim" not in say(line, lang)


# --- The catalogue ------------------------------------------------------------------

PACKAGE = Path(__file__).resolve().parent.parent.parent / "src" / "poortwachter"


def message_calls() -> list[tuple[str, ast.Call]]:
    """Every ``message("<id>", ...)`` call in the package, with where it is."""
    calls = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "message"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                calls.append((f"{path.name}:{node.lineno}", node))
    return calls


def placeholders(template: str) -> set[str]:
    """The values a text takes; none for a text without any, which is said as it is
    (PyYAML's ``unclosed '[' or '{'``)."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError:
        return set()
    return {field for _, field, _, _ in parsed if field is not None}


def test_the_source_says_many_messages() -> None:
    assert len(message_calls()) > 150  # the scan finds them (a scan that finds none passes)


@pytest.mark.parametrize(("where", "call"), message_calls(), ids=lambda item: str(item)[:40])
def test_every_message_said_has_both_texts_and_its_values(where: str, call: ast.Call) -> None:
    assert isinstance(call.args[0], ast.Constant)
    said_id = call.args[0].value
    assert said_id in MESSAGES, f"{where}: no text for {said_id!r}"
    texts = MESSAGES[said_id]
    assert set(texts) == {"en", "nl"}, where
    # A text whose English keeps a library's own words (``{english}``, exactly as it
    # said them) says it in Dutch with values of its own; any other has the same in both.
    if texts["en"] != "{english}":
        assert placeholders(texts["en"]) == placeholders(texts["nl"]), where
    if all(keyword.arg is not None for keyword in call.keywords):  # no **values
        given = {keyword.arg for keyword in call.keywords}
        wanted = placeholders(texts["en"]) | placeholders(texts["nl"])
        assert given == wanted, f"{where}: {said_id} takes other values"


@pytest.mark.parametrize("said_id", sorted(READING_MESSAGES))
def test_every_text_has_both_languages_with_the_same_values(said_id: str) -> None:
    texts = READING_MESSAGES[said_id]
    assert set(texts) == {"en", "nl"}
    assert placeholders(texts["en"]) == placeholders(texts["nl"])
    if not placeholders(texts["en"]):  # said as it is: it must not need formatting
        assert say(Message(said_id), "en") == texts["en"]


def test_every_reading_text_is_said_somewhere() -> None:
    catalogue = PACKAGE / "outputs" / "messages_reading.py"
    used = {
        node.value
        for path in PACKAGE.rglob("*.py")
        if path != catalogue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    assert sorted(set(READING_MESSAGES) - used) == []


#: Common English words that are no Dutch words (``of``, ``is``, ``in`` and ``tab`` are
#: both, and technical words Dutch uses too, such as ``pipe`` and ``array``, are left
#: out).
ENGLISH = re.compile(
    r"\b(the|not|holds|hold|use|with|or|and|are|be|cannot|must|valid|missing|unknown|file|"
    r"line|column|columns|characters|before|after|than|only|which|this|that|here|there|"
    r"should|would|give|case|date|number|list|mapping|key|keys|found|expected|allowed|"
    r"nothing|items|read|write|names|value|values|first|last|sick|day|days|period|rows?)\b",
    re.IGNORECASE,
)


def english_words(text: str) -> list[str]:
    """The English words of a text, leaving out its placeholders, what it quotes (names,
    commands) and options."""
    text = re.sub(r"\{[a-z_]*\}|'[^']*'|--[a-z-]+", " ", text)
    return ENGLISH.findall(text)


def test_the_check_for_english_finds_the_english_that_leaked_into_dutch() -> None:
    leaks = [
        "holds bytes that are not UTF-8 nor Windows-1252",
        "regels 29 en 30 of this case disagree (give it on one row, or the same on every row)",
        "(geldig: case_id; Dutch names as in the README; map others with --columns FILE, or "
        "skip them with --ignore-unknown)",
        "a case id of 150 characters (at most 100)",
        "nested more than 20 levels deep: not a case file",
        "YAML anchors and aliases (& and *) are not allowed in a case file",
        "NaN is geen getal a case file can hold",
        "geen gewoon bestand (een pipe of apparaat), not read",
    ]
    assert all(english_words(leak) for leak in leaks)


@pytest.mark.parametrize("said_id", sorted(READING_MESSAGES))
def test_no_dutch_text_holds_english_words(said_id: str) -> None:
    assert english_words(READING_MESSAGES[said_id]["nl"]) == []
