"""Write the JSON Schemas of the case file and the machine output to ``schema/``.

    python benchmarks/generate_schemas.py          # write them (and law/digest.py)
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
DIGEST = Path(__file__).resolve().parent.parent / "src" / "poortwachter" / "law" / "digest.py"


def digest_module() -> str:
    """``law/digest.py``: the digest of the law data, kept so that no run computes it."""
    from poortwachter.law.receipt import computed_rules_digest

    return (
        '"""The digest of the law data this version applies (``law/receipt.py``), written by\n'
        "``benchmarks/generate_schemas.py`` when the law data changes; a test holds it equal\n"
        'to the digest computed from the data."""\n\n'
        f'RULES_DIGEST = "{computed_rules_digest()}"\n'
    )


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
    if check:
        if DIGEST.read_text(encoding="utf-8") != digest_module():
            stale.append("../src/poortwachter/law/digest.py")
    else:
        DIGEST.write_text(digest_module(), encoding="utf-8")
    for name in stale:
        sys.stderr.write(f"schema/{name} differs from the models: run {sys.argv[0]}\n")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
