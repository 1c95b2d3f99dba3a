"""The texts of what reading a workbook (XLSX) finds: a bound passed (docs/privacy.md,
"Workbooks"), a cell or row that cannot be read, and which sheet was read. In English and
Dutch, by id (``messages.say``).
"""

from __future__ import annotations

WORKBOOK_MESSAGES: dict[str, dict[str, str]] = {
    # --- Bounds: the workbook as a whole is refused ----------------------------------
    "xlsx_too_many_parts": {
        "en": "a workbook of {count} parts (at most {most})",
        "nl": "een werkmap van {count} onderdelen (hooguit {most})",
    },
    "xlsx_part_too_large": {
        "en": "part {part} unpacks to more than {most} bytes (the bound of a workbook part)",
        "nl": "onderdeel {part} pakt uit tot meer dan {most} bytes (de grens voor een "
        "onderdeel van een werkmap)",
    },
    "xlsx_part_ratio": {
        "en": "part {part} unpacks to more than {most} times its packed size (a zip bomb?)",
        "nl": "onderdeel {part} pakt uit tot meer dan {most} keer zijn ingepakte grootte "
        "(een zipbom?)",
    },
    "xlsx_part_doctype": {
        "en": "part {part} declares a document type (entities): not read",
        "nl": "onderdeel {part} declareert een documenttype (entiteiten): niet gelezen",
    },
    "xlsx_part_unreadable": {
        "en": "part {part} is no readable XML (line {line}: {reason})",
        "nl": "onderdeel {part} is geen leesbare XML (regel {line}: {reason})",
    },
    "xlsx_token_too_long": {
        "en": "part {part} holds an XML tag or comment of more than {most} bytes",
        "nl": "onderdeel {part} bevat een XML-tag of -commentaar van meer dan {most} bytes",
    },
    "xlsx_too_many_rows": {
        "en": "the sheet has more than {most} rows (the bound of a workbook)",
        "nl": "het werkblad heeft meer dan {most} rijen (de grens voor een werkmap)",
    },
    "xlsx_too_many_cells": {
        "en": "the sheet has more than {most} cells (the bound of a workbook)",
        "nl": "het werkblad heeft meer dan {most} cellen (de grens voor een werkmap)",
    },
    "xlsx_too_many_shared_strings": {
        "en": "the workbook holds more than {most} shared strings (the bound of a workbook)",
        "nl": "de werkmap bevat meer dan {most} gedeelde teksten (de grens voor een werkmap)",
    },
    "xlsx_too_many_styles": {
        "en": "the workbook holds more than {most} style records (the bound of a workbook)",
        "nl": "de werkmap bevat meer dan {most} opmaakregels (de grens voor een werkmap)",
    },
    "xlsx_no_sheets": {
        "en": "the workbook has no worksheet",
        "nl": "de werkmap heeft geen werkblad",
    },
    # --- A row that cannot be read: an error record in its place ---------------------
    "xlsx_row_number": {
        "en": "a sheet row numbered {value}: no row number (1 to 1,048,576)",
        "nl": "een rij met nummer {value}: geen rijnummer (1 tot 1.048.576)",
    },
    "xlsx_row_out_of_order": {
        "en": "sheet row {row} comes after sheet row {previous}: rows out of order or given twice",
        "nl": "rij {row} van het werkblad volgt op rij {previous}: rijen in de verkeerde "
        "volgorde of dubbel",
    },
    "xlsx_row_too_long": {
        "en": "a row of more than {most} characters",
        "nl": "een rij van meer dan {most} tekens",
    },
    "xlsx_cell_reference": {
        "en": "a cell reference {value} that is no cell (A1 to XFD1048576)",
        "nl": "een celverwijzing {value} die geen cel is (A1 tot XFD1048576)",
    },
    "xlsx_cell_not_in_row": {
        "en": "cell {cell} is not in sheet row {row}",
        "nl": "cel {cell} ligt niet in rij {row} van het werkblad",
    },
    "xlsx_cell_out_of_order": {
        "en": "cell {cell} comes after a cell to its right: cells out of order or given twice",
        "nl": "cel {cell} volgt op een cel rechts ervan: cellen in de verkeerde volgorde of dubbel",
    },
    "xlsx_cell_shared_string": {
        "en": "cell {cell} refers to shared string {value}, which the workbook does not hold",
        "nl": "cel {cell} verwijst naar gedeelde tekst {value}, die de werkmap niet bevat",
    },
    "xlsx_cell_value": {
        "en": "cell {cell} holds {value}, which is no value of its type ({kind})",
        "nl": "cel {cell} bevat {value}, geen waarde van zijn type ({kind})",
    },
    "xlsx_cell_style": {
        "en": "cell {cell} has style {value}, which the workbook does not hold",
        "nl": "cel {cell} heeft opmaak {value}, die de werkmap niet bevat",
    },
    # --- Notes ----------------------------------------------------------------------
    "xlsx_sheet_chosen": {
        "en": "{file}: read sheet {sheet}, the active visible sheet ({hidden} of the {count} "
        "sheets hidden); --sheet NAME reads another",
        "nl": "{file}: werkblad {sheet} gelezen, het actieve zichtbare werkblad ({hidden} van "
        "de {count} werkbladen verborgen); --sheet NAAM leest een ander",
    },
}
