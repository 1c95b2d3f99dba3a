"""Exports as vendors write them (docs/hr-exports.md): presets chosen or detected, headers
that carry their period, date-times, two-digit years and ``50%``, course lines of one sick
period, money read the Dutch way with an unlikely wage told, and every problem naming the
column as the file writes it."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from poortwachter.inputs.dates import DateError, parse_cell_date

from ..helpers import besides_no_events_note, records, run, write

AS_OF = ["--as-of", "2025-06-01", "--fail-on", "never"]
BOM = "\ufeff"


def batch(tmp_path: Path, text: str, *options: str) -> tuple[int, list[dict[str, Any]], str]:
    """The JSON Lines records of a batch run over ``text`` and its stderr, checked for an
    internal error."""
    code, out, err = run("batch", write(tmp_path, "export.csv", text), *AS_OF, *options)
    assert "Traceback" not in err
    assert "internal error" not in err
    assert "interne fout" not in err
    return code, records(out), besides_no_events_note(err)


def exposure(record: dict[str, Any]) -> float:
    return float(record["exposure"]["loonsanctie_max_eur"])


# --- Money ------------------------------------------------------------------------------


def test_salaris_per_maand_3_100_is_three_thousand_one_hundred_a_month(tmp_path: Path) -> None:
    # The issue: 3.100 was read as EUR 3.10, an exposure of 25.94. By hand: dagloon
    # 3100 / 21.75 = 142.5287; 52 weeks x 5 days x 142.5287 x 70% = 25,940.23.
    text = "Personeelsnummer;Eerste ziektedag;Salaris per maand\n1;6-1-2025;3.100\n"
    code, found, err = batch(tmp_path, text)
    assert code == 0, err
    assert exposure(found[0]) == 25940.23
    assert "Let op" not in err


def test_3_100_with_a_comma_is_refused_naming_the_column_and_both_readings(
    tmp_path: Path,
) -> None:
    text = (
        "Personeelsnummer;Eerste ziektedag;Salaris per maand\n1;6-1-2025;3,100\n2;6-1-2025;3.100\n"
    )
    code, found, err = batch(tmp_path, text)
    assert code == 2  # one bad row: exit 2 at the end, the other row judged
    assert found[0]["error"].startswith("Salaris per maand: 3,100 can be read two ways")
    assert "3,100.00 or 3.10" in found[0]["error"]
    assert "regel 1: Salaris per maand: 3,100 is op twee manieren te lezen: 3.100,00 of 3,10" in err
    assert found[1]["case_id"] == "2"


def test_an_unlikely_wage_is_used_with_a_warning_naming_the_case(tmp_path: Path) -> None:
    text = "Personeelsnummer;Eerste ziektedag;Salaris per maand\n3105;6-1-2025;3.10\n"
    code, found, err = batch(tmp_path, text)
    assert code == 0
    assert exposure(found[0]) == 25.94  # used as given: 3.10 / 21.75 x 260 x 70%
    (line,) = err.splitlines()
    assert line.startswith("Let op: zaak 3105: Salaris per maand EUR 3,10 per maand")
    ids = [note["id"] for note in found[0]["notes"]]
    assert ids == ["note_no_events_recorded", "wage_implausible"]  # no step column


def test_a_wage_at_the_bounds_is_no_warning(tmp_path: Path) -> None:
    text = "Personeelsnummer;Eerste ziektedag;Maandloon\n1;6-1-2025;500\n2;6-1-2025;50.000\n"
    code, _, err = batch(tmp_path, text)
    assert code == 0
    assert err == ""


def test_many_unlikely_wages_name_ten_cases_and_count_the_rest(tmp_path: Path) -> None:
    rows = "".join(f"{number};6-1-2025;3,10\n" for number in range(1, 13))
    text = "Personeelsnummer;Eerste ziektedag;Maandloon\n" + rows
    code, _, err = run("batch", write(tmp_path, "e.csv", text), *AS_OF, "--lang", "en")
    lines = besides_no_events_note(err).splitlines()
    assert code == 0
    assert len(lines) == 11
    assert lines[9].startswith("Note: case 10: Maandloon EUR 3.10 a month")
    assert lines[10] == "Note: 2 more cases with an unlikely wage (the first 10 are named above)"


def test_the_agenda_warns_of_an_unlikely_wage_too(tmp_path: Path) -> None:
    text = "Personeelsnummer;Eerste ziektedag;Jaarsalaris\n7;6-1-2025;416\n"
    code, _, err = run("agenda", write(tmp_path, "export.csv", text), *AS_OF, "--lang", "en")
    assert code == 0
    assert "Note: case 7: Jaarsalaris EUR 416.00 a year (EUR 34.67 a month)" in err


def test_an_hourly_wage_is_a_weekly_one_with_the_contract_hours(tmp_path: Path) -> None:
    # 25.00 an hour x 38 hours = 950.00 a week; dagloon 950 / 5 = 190.00;
    # 260 days x 190.00 x 70% = 34,580.00.
    text = "Personeelsnummer;Eerste ziektedag;Uurloon;Uren per week\n1;6-1-2025;25,00;38\n"
    code, found, err = batch(tmp_path, text)
    assert code == 0, err
    assert exposure(found[0]) == 34580.0


def test_an_hourly_wage_without_hours_is_refused_naming_its_column(tmp_path: Path) -> None:
    text = "Personeelsnummer;Eerste ziektedag;Uurloon\n1;6-1-2025;25,00\n"
    code, found, _ = batch(tmp_path, text)
    assert code == 2
    assert found[0]["error"].startswith("Uurloon: an hourly wage needs the contract hours")


def test_an_unlikely_hourly_wage_is_said_as_the_file_gave_it(tmp_path: Path) -> None:
    # 2,50 an hour x 40 hours = 100.00 a week, 100.00 / 5 x 21.75 = 435.00 a month; and
    # 2.500 (two thousand five hundred) x 40 = 100,000.00 a week, 435,000.00 a month.
    text = "Personeelsnummer;Eerste ziektedag;Uurloon;Uren per week\n1;6-1-2025;2,50;40\n"
    text += "2;6-1-2025;2.500;40\n"
    code, _, err = batch(tmp_path, text)
    assert code == 0
    assert err.splitlines() == [
        "Let op: zaak 1: Uurloon EUR 2,50 per uur \u00d7 40 uur = EUR 100,00 per week "
        "(EUR 435,00 per maand) is een onwaarschijnlijk loon (verwacht EUR 500,00 tot "
        "EUR 50.000,00 per maand): zo meegerekend, maar controleer het bedrag en de periode "
        "(een verkeerd gelezen kolom?)",
        "Let op: zaak 2: Uurloon EUR 2.500,00 per uur \u00d7 40 uur = EUR 100.000,00 per week "
        "(EUR 435.000,00 per maand) is een onwaarschijnlijk loon (verwacht EUR 500,00 tot "
        "EUR 50.000,00 per maand): zo meegerekend, maar controleer het bedrag en de periode "
        "(een verkeerd gelezen kolom?)",
    ]
    code, _, err = batch(tmp_path, text, "--lang", "en")
    assert "Note: case 1: Uurloon EUR 2.50 an hour \u00d7 40 hours = EUR 100.00 a week" in err


def test_a_likely_hourly_wage_and_a_weekly_wage_say_no_hours(tmp_path: Path) -> None:
    # 2,89 an hour x 40 = 115.60 a week: 115.60 / 5 x 21.75 = 502.86 a month, likely;
    # 2,87 x 40 = 114.80 a week, 499.38 a month: unlikely.
    text = "Personeelsnummer;Eerste ziektedag;Uurloon;Uren per week\n1;6-1-2025;2,89;40\n"
    text += "2;6-1-2025;2,87;40\n"
    code, _, err = batch(tmp_path, text)
    assert code == 0
    (line,) = err.splitlines()
    assert line.startswith("Let op: zaak 2: Uurloon EUR 2,87 per uur \u00d7 40 uur = EUR 114,80")
    text = "Personeelsnummer;Eerste ziektedag;Weekloon;Uren per week\n1;6-1-2025;100;40\n"
    code, _, err = batch(tmp_path, text)
    assert err.startswith("Let op: zaak 1: Weekloon EUR 100,00 per week (EUR 435,00 per maand)")


@pytest.mark.parametrize("dash", ["-", "--", "\u2013", "\u2014"])
def test_no_cents_written_with_a_dash_as_word_corrects_it_is_read(
    tmp_path: Path, dash: str
) -> None:
    text = f"Personeelsnummer;Eerste ziektedag;Salaris per maand\n1;6-1-2025;\u20ac 3.100,{dash}\n"
    code, found, err = batch(tmp_path, text)
    assert code == 0, err
    # 3,100.00 a month / 21.75 days x 260 days x 70% = 564,200 / 21.75 = 25,940.23.
    assert exposure(found[0]) == pytest.approx(3100 / 21.75 * 260 * 0.7, abs=0.01)


def test_a_dutch_error_writes_its_limit_with_a_decimal_comma(tmp_path: Path) -> None:
    text = "Personeelsnummer;Eerste ziektedag;Maandsalaris\n1;6-1-2025;0\n"
    code, found, err = batch(tmp_path, text)
    assert code == 2
    assert "Maandsalaris: geen geldige waarde (gebruik een getal van minstens 0,01)" in err
    assert "0.01" not in err
    assert found[0]["error"].endswith("(use a number at least 0.01)")  # records: English


def test_a_header_with_its_period_and_a_period_column_are_refused(tmp_path: Path) -> None:
    text = "Personeelsnummer;Eerste ziektedag;Jaarsalaris;Periode\n1;6-1-2025;41.600;maand\n"
    code, out, err = run("batch", write(tmp_path, "export.csv", text), *AS_OF)
    assert code == 2
    assert out == ""
    assert "'Jaarsalaris'" in err
    assert "'Periode'" in err
    assert "wage_per" in err
    assert "Traceback" not in err


# --- Presets ------------------------------------------------------------------------------

AFAS = (
    BOM + "EmployeeId;EmployeeName;StartDate;EndDate;Presence;IllnessType;Department\r\n"
    "1042;J. de Vries;2025-01-06 00:00:00;2025-01-26 00:00:00;0,00;Ziek;Logistiek\r\n"
    "2077;F. El Amrani;2025-01-13 00:00:00;;50,00;Ziek;Sales\r\n"
    "1042;J. de Vries;2025-02-10 00:00:00;;0;Ziek;Logistiek\r\n"
)


@pytest.mark.parametrize("options", [(), ("--columns", "afas-profit")])
def test_an_afas_profit_illness_export_is_read_by_its_preset(
    tmp_path: Path, options: tuple[str, ...]
) -> None:
    code, found, err = batch(tmp_path, AFAS, *options)
    assert code == 0, err
    assert [record["case_id"] for record in found] == ["1042", "2077"]
    first, second = found
    assert first["rows"] == [1, 3]
    # Sick through 26 January (EndDate: the last sick day), fit 14 days, sick again on
    # 10 February: one chain, the waiting period 14 days later (17 January 2027).
    assert first["chain"]["periods"][0]["end"] == "2025-01-26"
    assert first["einde_wachttijd"] == "2027-01-17"
    # Presence 50: half the work still done, so 50% sick.
    assert second["chain"]["periods"][0]["percentage"] == 50
    assert first["chain"]["periods"][1]["percentage"] == 100


def test_a_detected_preset_is_named_with_the_columns_it_does_not_read(tmp_path: Path) -> None:
    source = write(tmp_path, "export.csv", AFAS)
    code, _, err = run("batch", source, *AS_OF, "--lang", "en")
    assert code == 0
    assert (
        f"Note: {source}: read as AFAS Profit, Illness (verzuimmeldingen) (recognised by its "
        "columns; --columns afas-profit says so outright); 2 column(s) not read: IllnessType, "
        "Department\n"
    ) in err
    # Chosen outright: nothing to tell.
    _, _, err = run("batch", source, *AS_OF, "--lang", "en", "--columns", "afas-profit")
    assert "read as" not in err
    # Every column read: the note names the preset only.
    only = write(tmp_path, "visma.csv", "Intern nummer;Eerste ziektedag\n7;06-01-2025\n")
    _, _, err = run("batch", only, *AS_OF, "--lang", "en")
    assert (
        f"Note: {only}: read as Visma Verzuim, Verzuim import (recognised by its columns; "
        "--columns visma-verzuim says so outright)\n"
    ) in err


def test_a_presence_of_100_is_no_sick_period_and_names_the_column(tmp_path: Path) -> None:
    text = "EmployeeId;StartDate;EndDate;Presence\n1;2025-01-06;;100\n"
    code, found, _ = batch(tmp_path, text)
    assert code == 2
    assert found[0]["error"].startswith("Presence: 100: the whole work done, so no sick period")


def test_a_nmbrs_export_reads_the_employee_number_and_ignores_the_other_ids(
    tmp_path: Path,
) -> None:
    text = (
        "EmployeeNumber,EmployeeId,Start,End,Percentage,Comment\n"
        '5,3f2a-guid,2025-01-06T00:00:00,,"50,00",griep\n'
    )
    code, found, err = batch(tmp_path, text)
    assert code == 0, err
    assert found[0]["case_id"] == "5"
    assert found[0]["chain"]["periods"][0]["percentage"] == 50


def test_visma_verzuim_course_lines_of_one_sick_period_are_joined(tmp_path: Path) -> None:
    text = (
        "Intern nummer;Eerste ziektedag;Soort melding;Datum hersteld;Percentage\n"
        "77;05-01-25;Ziekmelding;;100\n"
        "77;05-01-25;Gedeeltelijk herstel;;50%\n"
        "88;03-02-25;Ziekmelding;;100\n"
        "77;05-01-25;Hersteld;17-02-25;\n"
    )
    code, found, err = batch(tmp_path, text)
    assert code == 0, err
    assert [record["case_id"] for record in found] == ["77", "88"]
    (period,) = found[0]["chain"]["periods"]
    # Fit again on 17 February 2025: the last sick day is the 16th; the latest line's 50%.
    assert period == {**period, "start": "2025-01-05", "end": "2025-02-16", "percentage": 50}
    assert found[0]["rows"] == [1, 2, 4]


def test_a_visma_full_recovery_line_at_0_percent_ends_the_period_at_its_percentage(
    tmp_path: Path,
) -> None:
    # Visma writes the full recovery as a line of 0% with its date: the period ends the
    # day before, and its percentage is the last line's before it (50), not 0.
    text = (
        "Intern nummer;Eerste ziektedag;Datum hersteld;Percentage\n"
        "77;05-01-25;;100\n"
        "77;05-01-25;;50\n"
        "77;05-01-25;17-02-25;0\n"
    )
    code, found, err = batch(tmp_path, text)
    assert code == 0, err
    (period,) = found[0]["chain"]["periods"]
    assert period == {**period, "start": "2025-01-05", "end": "2025-02-16", "percentage": 50}


def test_a_0_percent_line_without_a_recovery_date_is_still_refused(tmp_path: Path) -> None:
    # Without a date it ends nothing: a sick period of 0% is no sick period, said.
    text = (
        "Intern nummer;Eerste ziektedag;Datum hersteld;Percentage\n"
        "77;05-01-25;;100\n"
        "77;05-01-25;;0\n"
    )
    code, found, _ = batch(tmp_path, text)
    assert code == 2
    assert found[0]["error"].startswith("Percentage: ")


def test_a_problem_of_one_course_line_names_its_row(tmp_path: Path) -> None:
    text = (
        "Intern nummer;Eerste ziektedag;Datum hersteld;Percentage\n"
        "77;05-01-25;20-01-25;100\n"
        "77;03-02-25;31-02-25;100\n"
        "77;03-03-25;;100\n"
    )
    code, found, err = batch(tmp_path, text)
    assert code == 2
    # Rows count from the first below the header: the second line of the case.
    assert found[0]["error"].startswith("row 2: Datum hersteld: 31-02-25 is not a date")
    assert "regel 2: Datum hersteld: 31-02-25 is geen datum" in err


def test_name_wage_and_hours_come_from_the_latest_sick_periods_row(tmp_path: Path) -> None:
    # Each line carries the wage of its day: a raise between the periods is no conflict.
    # By hand: 3.300 a month, the latest line's, not 3.100.
    text = (
        "Personeelsnummer;Naam;Eerste ziektedag;Laatste ziektedag;Salaris per maand;Uren\n"
        "5;A. Jansen;02-06-25;13-06-25;3.300;32\n"
        "5;A. Jansen-de Wit;06-01-25;10-01-25;3.100;36\n"
    )
    code, found, err = batch(tmp_path, text)
    assert code == 0, err
    (record,) = found
    assert record["employee_name"] == "A. Jansen"  # the row of 2 June, the latest period
    # By hand: dagloon 3,300 / 21.75 = 151.72 (3,100 would give 142.53).
    assert record["exposure"]["daily_wage_eur"] == 151.72


def test_other_case_columns_that_disagree_are_still_refused(tmp_path: Path) -> None:
    text = (
        "Personeelsnummer;Eerste ziektedag;Laatste ziektedag;Geboortedatum\n"
        "5;06-01-25;10-01-25;01-01-1970\n"
        "5;02-06-25;13-06-25;02-01-1970\n"
    )
    code, found, _ = batch(tmp_path, text)
    assert code == 2
    assert found[0]["error"].startswith("Geboortedatum: rows 1 and 2 of this case disagree")


def test_medewerker_is_the_case_id(tmp_path: Path) -> None:
    text = "Medewerker;Naam;Eerste ziektedag\n1042;J. de Vries;06-01-25\n"
    code, found, err = batch(tmp_path, text)
    assert code == 0, err
    assert (found[0]["case_id"], found[0]["employee_name"]) == ("1042", "J. de Vries")


@pytest.mark.parametrize("word", ["negeer", "ignore", "Negeer"])
def test_a_mapping_file_may_leave_a_column_unread(tmp_path: Path, word: str) -> None:
    mapping = write(tmp_path, "kolommen.yaml", f"Afdeling: {word}\n")
    text = "Personeelsnummer;Eerste ziektedag;Afdeling\n9;6-1-2025;Logistiek\n"
    code, found, err = batch(tmp_path, text, "--columns", mapping)
    assert code == 0, err
    assert found[0]["case_id"] == "9"
    # Without it, the unknown column stops the run.
    code, out, err = run("batch", write(tmp_path, "e.csv", text), *AS_OF)
    assert (code, out) == (2, "")
    assert "'Afdeling'" in err


def test_course_lines_of_one_period_with_two_ends_are_refused_naming_the_rows(
    tmp_path: Path,
) -> None:
    text = (
        "Intern nummer;Eerste ziektedag;Datum hersteld\n"
        "77;2025-01-06;2025-02-17\n"
        "77;2025-01-06;2025-02-24\n"
    )
    code, found, _ = batch(tmp_path, text)
    assert code == 2
    assert found[0]["error"] == (
        "rows 1 and 2: course lines of the same sick period (the same first sick day) give "
        "two different ends"
    )


def test_a_preset_name_mistyped_is_one_clear_error(tmp_path: Path) -> None:
    code, out, err = run("batch", write(tmp_path, "e.csv", AFAS), "--columns", "afas")
    assert code == 2
    assert out == ""
    assert err == (
        "Fout: afas: geen preset (afas-profit, nmbrs, visma-verzuim, nl) en geen bestand\n"
    )


def test_a_mapping_file_still_works_beside_the_presets(tmp_path: Path) -> None:
    mapping_text = "Werknemer ID: case_id\nZiek sinds: first_sick_day\n"
    mapping = write(tmp_path, "kolommen.yaml", mapping_text)
    text = "Werknemer ID;Ziek sinds\n9;6-1-2025\n"
    code, found, err = batch(tmp_path, text, "--columns", mapping)
    assert code == 0, err
    assert found[0]["first_sick_day"] == "2025-01-06"


def test_the_nl_preset_keeps_refusing_unknown_columns(tmp_path: Path) -> None:
    text = "Personeelsnummer;Eerste ziekdag\n1;6-1-2025\n"
    code, out, err = run("batch", write(tmp_path, "e.csv", text), "--columns", "nl", *AS_OF)
    assert code == 2
    assert out == ""
    assert "'Eerste ziekdag'" in err


# --- Columns as the user wrote them -----------------------------------------------------


def test_a_recovery_on_the_first_sick_day_names_hersteldatum(tmp_path: Path) -> None:
    text = "Personeelsnummer;Eerste ziektedag;Hersteldatum\n1;6-1-2025;6-1-2025\n"
    code, found, err = batch(tmp_path, text)
    assert code == 2
    assert found[0]["error"].startswith("Hersteldatum: Mon 2025-01-06 is not after the first")
    assert "regel 1: Hersteldatum: ma 06-01-2025 ligt niet na de eerste ziektedag" in err
    assert "last_sick_day" not in err
    assert "recovered_on" not in err
    # The day after is a sick day of one: read.
    text = "Personeelsnummer;Eerste ziektedag;Hersteldatum\n1;6-1-2025;7-1-2025\n"
    code, found, _ = batch(tmp_path, text)
    assert code == 0
    assert found[0]["chain"]["periods"][0]["end"] == "2025-01-06"


def test_a_bad_date_names_the_vendors_column(tmp_path: Path) -> None:
    text = "EmployeeId;StartDate;EndDate;Presence\n1;2025-13-06;;0\n"
    code, found, _ = batch(tmp_path, text)
    assert code == 2
    assert found[0]["error"].startswith("StartDate: 2025-13-06 is not a date")


# --- Values -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2026-01-05 00:00:00", date(2026, 1, 5)),
        ("2026-01-05T00:00:00", date(2026, 1, 5)),
        ("2026-01-05T08:30:00Z", date(2026, 1, 5)),
        ("2026-01-05 08:30:00+01:00", date(2026, 1, 5)),
        ("5-1-2026 0:00", date(2026, 1, 5)),
        ("05-01-26", date(2026, 1, 5)),  # a two-digit year: the 21st century
        ("5/1/26", date(2026, 1, 5)),
        ("31-12-99", date(2099, 12, 31)),
    ],
)
def test_a_cell_date_is_read_with_its_time_or_a_two_digit_year(written: str, day: date) -> None:
    assert parse_cell_date(written) == day


@pytest.mark.parametrize("written", ["05-01-2026 25:00", "05-13-26", "05-01/26", "2026-01-05 x"])
def test_a_cell_that_is_no_date_is_refused(written: str) -> None:
    with pytest.raises(DateError):
        parse_cell_date(written)


def test_a_birth_date_with_a_two_digit_year_is_refused_naming_both_centuries(
    tmp_path: Path,
) -> None:
    text = "Personeelsnummer;Eerste ziektedag;Geboortedatum\n1;6-1-2025;03-05-71\n"
    code, found, _ = batch(tmp_path, text)
    assert code == 2
    assert found[0]["error"] == (
        "Geboortedatum: 03-05-71 has a two-digit year: born in 1971 or in 2071? Write the "
        "year in full"
    )


def test_a_workbook_gives_percentages_date_times_and_numbers_as_written(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["EmployeeId", "StartDate", "EndDate", "Presence", "Maandloon"])
    start = datetime(2025, 1, 6, 8, 30)  # noqa: DTZ001 - a spreadsheet's date-time is naive
    sheet.append(["1", start, None, 0.5, 3100.125])
    sheet["D2"].number_format = "0%"
    book.save(tmp_path / "afas.xlsx")
    code, out, err = run("batch", str(tmp_path / "afas.xlsx"), *AS_OF)
    assert code == 0, err
    (found,) = records(out)
    assert found["first_sick_day"] == "2025-01-06"
    assert found["chain"]["periods"][0]["percentage"] == 50  # 50% present: 50% sick
    # 3100.125 a month, never 3,100,125: dagloon 142.5345; 260 x 142.5345 x 70%.
    assert exposure(found) == 25941.28


# --- Case files ---------------------------------------------------------------------------

CASE = """\
schema_version: 1
case_id: E-7
employee:
  wage:
    amount: {amount}
    per: month
sick_periods:
  - start: 2025-01-06
"""


def test_a_case_files_3_100_is_three_thousand_one_hundred(tmp_path: Path) -> None:
    path = write(tmp_path, "zaak.yaml", CASE.format(amount="3.100"))
    code, out, err = run(
        "sanction-risk", path, "--as-of", "2025-06-01", "--format", "json", "--fail-on", "never"
    )
    assert code == 0
    assert "Traceback" not in err
    assert '"loonsanctie_max_eur": 25940.23' in out
    assert "Let op" not in besides_no_events_note(err)


def test_a_case_files_3_100_with_a_comma_is_refused_naming_both_readings(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, "zaak.yaml", CASE.format(amount="3,100"))
    code, out, err = run("timeline", "--case", path, "--as-of", "2025-06-01", "--lang", "en")
    assert code == 2
    assert out == ""
    assert err == (
        f"Error: {path}: employee.wage.amount: 3,100 can be read two ways: 3,100.00 or 3.10 "
        "(write 3100 or 3.100 for thousands, 3,10 for an amount with cents)\n"
    )


def test_a_case_files_unlikely_wage_is_judged_with_a_note(tmp_path: Path) -> None:
    path = write(tmp_path, "zaak.yaml", CASE.format(amount="31"))
    code, out, err = run("timeline", "--case", path, "--as-of", "2025-06-01")
    assert code == 0
    assert out
    assert err.startswith(
        f"Let op: {path}: zaak E-7: employee.wage.amount EUR 31,00 per maand is een "
        "onwaarschijnlijk loon"
    )
