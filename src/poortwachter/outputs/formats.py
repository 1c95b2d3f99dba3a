"""Names of formats shared by the command line and the batch module: kept in a module of
their own so that the command line need not import the batch machinery to offer them."""

from __future__ import annotations

from enum import StrEnum


class BatchOutput(StrEnum):
    """Output of ``poortwachter batch``."""

    JSONL = "jsonl"
    CSV = "csv"
    ICS = "ics"
    XLSX = "xlsx"


class CsvDialectName(StrEnum):
    """``--csv-dialect``: the spelling of CSV output (``machine.CSV_DIALECTS``)."""

    standard = "standard"
    excel_nl = "excel-nl"


class Detail(StrEnum):
    """How much a batch JSON Lines record holds (docs/machine-output.md, "batch")."""

    compact = "compact"
    full = "full"
