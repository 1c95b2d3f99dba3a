"""Machine output: JSON and CSV for scripts, with the standard library only, so that
``--format json`` starts fast (docs/machine-output.md)."""

import csv
import io
import json
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

from ..language import Language
from .documents import assessment_document, finding_document, receipt_document, timeline_document

if TYPE_CHECKING:
    from ..law.receipt import Receipt
    from ..models import Timeline
    from ..results import Assessment

#: CSV columns, in order: the milestone fields of the JSON output, with the case id.
CSV_FIELDS = (
    "case_id",
    "employee_name",
    "id",
    "label",
    "occurrence",
    "due",
    "window_start",
    "week",
    "kind",
    "status",
    "done_on",
    "practice_date",
    "on_time_until",
    "basis",
    "einde_loondoorbetaling",
    "einde_loondoorbetaling_grond",
)


#: A cell starting with one of these is a formula to a spreadsheet (OWASP, "CSV
#: injection"): ``=HYPERLINK(...)`` in a case id would run when HR opens the file.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class CsvDialect(NamedTuple):
    """How CSV output is spelled: the separator, the decimal mark, a byte order mark and
    the line end. Values, columns and quoting are the same in every dialect."""

    delimiter: str = ","
    decimal_comma: bool = False
    bom: bool = False
    line_end: str = "\n"

    @property
    def start(self) -> str:
        """What the output starts with: the BOM by which Excel knows UTF-8, or nothing."""
        return "\ufeff" if self.bom else ""


#: ``--csv-dialect``: ``standard`` for scripts (comma, decimal point, UTF-8 without a
#: BOM, LF); ``excel-nl`` for a double-click in Dutch Excel, which splits on the list
#: separator ``;``, reads ``1234,5`` as a number and UTF-8 only after a BOM (without one
#: "geëvalueerd" shows as "geÃ«valueerd"), and writes CRLF itself.
CSV_DIALECTS = {
    "standard": CsvDialect(),
    "excel-nl": CsvDialect(delimiter=";", decimal_comma=True, bom=True, line_end="\r\n"),
}
STANDARD = CSV_DIALECTS["standard"]


def csv_cell(value: object, *, raw: bool = False, dialect: CsvDialect = STANDARD) -> object:
    """A value as a CSV cell: absent is empty; text that a spreadsheet would run as a
    formula gets a leading ``'`` (shown as text, not run) unless ``raw``; a fraction has
    the dialect's decimal mark."""
    if value is None:
        return ""
    if isinstance(value, str):
        if not raw and value.startswith(FORMULA_START):
            return "'" + value
        return value
    if dialect.decimal_comma and isinstance(value, float | Decimal):
        return str(value).replace(".", ",")
    return value


def csv_row(values: Iterable[object], *, raw: bool = False, dialect: CsvDialect = STANDARD) -> str:
    """One CSV record, without its line end. A value holding a line break or a carriage
    return is quoted, so no value can end a record early or add one; so is a value holding
    the separator."""
    buffer = io.StringIO()
    # With "\r\n" as the terminator the csv module quotes any value holding \r or \n.
    csv.writer(buffer, delimiter=dialect.delimiter, lineterminator="\r\n").writerow(
        [csv_cell(value, raw=raw, dialect=dialect) for value in values]
    )
    return buffer.getvalue()[:-2]


def csv_record(
    fields: Iterable[str],
    values: Mapping[str, Any],
    *,
    raw: bool = False,
    dialect: CsvDialect = STANDARD,
) -> str:
    """The record of ``values`` under ``fields`` (the CSV writer of every command): an
    absent value is empty, a date ISO text (which Dutch Excel reads as a date too)."""
    return csv_row((_iso(values.get(name)) for name in fields), raw=raw, dialect=dialect)


def csv_document(
    fields: tuple[str, ...],
    records: Iterable[Mapping[str, Any]],
    *,
    raw: bool = False,
    dialect: CsvDialect = STANDARD,
) -> str:
    """A whole CSV document: the dialect's BOM, the header, a record per mapping, each
    line ended as the dialect ends them."""
    lines = [csv_row(fields, dialect=dialect)]
    lines += [csv_record(fields, record, raw=raw, dialect=dialect) for record in records]
    end = dialect.line_end
    return dialect.start + end.join(lines) + end


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def render_json(timeline: "Timeline", lang: Language, receipt: "Receipt | None" = None) -> str:
    """The ``timeline`` document, with its ``receipt`` last when given."""
    return _json(_with_receipt(timeline_document(timeline, lang), receipt))


def _with_receipt(document: dict[str, Any], receipt: "Receipt | None") -> dict[str, Any]:
    if receipt is not None:
        document["receipt"] = receipt_document(receipt)
    return document


def render_csv(
    timeline: "Timeline", lang: Language, *, raw: bool = False, dialect: CsvDialect = STANDARD
) -> str:
    """One row per milestone, with the JSON field names; the last day of wage payment and
    its ground on every row, like the case id."""
    case_level = {
        "employee_name": timeline.employee_name,
        "einde_loondoorbetaling": timeline.einde_loondoorbetaling.isoformat(),
        "einde_loondoorbetaling_grond": timeline.einde_loondoorbetaling_grond,
    }
    rows = [{**row, **case_level} for row in timeline_document(timeline, lang)["milestones"]]
    return _csv(CSV_FIELDS, rows, timeline.case_id, raw=raw, dialect=dialect)


def _json(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _csv(
    fields: tuple[str, ...],
    rows: list[dict[str, Any]],
    case_id: str | None,
    *,
    raw: bool,
    dialect: CsvDialect,
) -> str:
    """``rows`` under a header of ``fields``, each with the case id; absent is empty."""
    records = ({**row, "case_id": case_id} for row in rows)
    return csv_document(fields, records, raw=raw, dialect=dialect)


#: CSV columns of ``sanction-risk --format csv``: one row per finding, the JSON fields.
FINDING_CSV_FIELDS = (
    "case_id",
    "employee_name",
    "id",
    "milestone",
    "severity",
    "message",
    "action",
    "act_by",
    "basis",
)


def render_assessment_json(
    assessment: "Assessment", lang: Language, receipt: "Receipt | None" = None
) -> str:
    """The ``sanction-risk`` document, with its ``receipt`` last when given."""
    return _json(_with_receipt(assessment_document(assessment, lang), receipt))


def render_assessment_csv(
    assessment: "Assessment", lang: Language, *, raw: bool = False, dialect: CsvDialect = STANDARD
) -> str:
    """One row per finding, with the JSON field names."""
    timeline = assessment.timeline
    findings = [
        {**finding_document(finding, lang, timeline.as_of), "employee_name": timeline.employee_name}
        for finding in assessment.findings
    ]
    return _csv(FINDING_CSV_FIELDS, findings, timeline.case_id, raw=raw, dialect=dialect)
