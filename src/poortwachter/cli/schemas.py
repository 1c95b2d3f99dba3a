"""Every published JSON Schema (``schema/``): the case file's (``inputs/schema.py``) and
the machine output's (``outputs/schemas.py``), for ``benchmarks/generate_schemas.py``
and the test that keeps the files equal to the models."""

from __future__ import annotations

import json
from typing import Any

from ..inputs.schema import case_file_schema
from ..outputs.schemas import output_schemas


def all_schemas() -> dict[str, dict[str, Any]]:
    """Every published schema, by its file name in ``schema/``."""
    return {"case-file.schema.json": case_file_schema(), **output_schemas()}


def rendered() -> dict[str, str]:
    """Each schema as its file holds it."""
    return {
        name: json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
        for name, schema in all_schemas().items()
    }
