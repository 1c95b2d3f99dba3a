"""Write the JSON Schemas of the case file and the machine output to ``schema/``.

    python benchmarks/generate_schemas.py          # write them
    python benchmarks/generate_schemas.py --check  # exit 1 if a file differs

``tests/test_schemas.py`` runs the check: the files in the repository are what the
models generate.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from poortwachter.cli.schemas import rendered

FOLDER = Path(__file__).resolve().parent.parent / "schema"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    check = parser.parse_args().check
    stale = []
    FOLDER.mkdir(exist_ok=True)
    for name, text in rendered().items():
        path = FOLDER / name
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
    for name in stale:
        sys.stderr.write(f"schema/{name} differs from the models: run {sys.argv[0]}\n")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
