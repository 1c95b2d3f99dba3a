"""The receipt of a batch run, written once for the run (docs/machine-output.md,
"Receipt"): ``--receipt FILE`` as JSON, and the workbook's last sheet in words. A run
over many cases may use any dated figure, so a run's receipt lists them all."""

from __future__ import annotations

from pathlib import Path

from ..language import Language
from .writing import output_stream


def receipt_sheet(lang: Language) -> tuple[str, list[str]]:
    """The workbook's receipt sheet: a run's receipt (docs/machine-output.md)."""
    from ..law.receipt import all_figures, receipt
    from ..outputs.receipt_words import receipt_lines, receipt_title

    return receipt_title(lang), receipt_lines(receipt(all_figures()), lang)


def write_receipt(path: Path) -> None:
    """``--receipt FILE``: the run's receipt as a JSON document, once for the run."""
    import json

    from ..law.receipt import all_figures, receipt
    from ..outputs.documents import receipt_document

    document = receipt_document(receipt(all_figures()))
    with output_stream(path) as stream:
        stream.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
