"""Record what the ``poortwachter`` command line prints for a fixed matrix of runs, and
compare two recordings byte for byte: a refactor must leave every output as it was.

    python compare_outputs.py record OUTDIR [--src SRC] [--inputs-from REPO] [--cases N]
    python compare_outputs.py diff DIR_A DIR_B

``record`` lays out its inputs afresh in a fixed folder (``WORKDIR``), runs every case of
the matrix there, one process at a time, with ``PYTHONPATH=SRC sys.executable -m
poortwachter ...``, and writes for each run ``OUTDIR/<run>/``: ``command.txt``,
``stdout``, ``stderr``, ``exit_code`` and, under ``files/``, what the run left in its own
output folder (``--output`` files, the case file a ``case`` command edited). The inputs
are kept too, in ``OUTDIR/_inputs``, so a recording is self-contained. File names appear
in error lines, so every run uses the same relative paths in the same folder, whatever
the recording: two recordings cannot run at once (a lock says so).

``diff`` compares two recordings run by run: workbooks (``.xlsx``, and any output that
is a zip file) by the values of the cells of every sheet and a hash of each zip member,
as their zip entries and docProps/core.xml carry the time they were written; everything
else byte for byte. Exit 1 when anything differs.

SRC defaults to the ``src`` folder of the repository this script sits in (it lives in
``benchmarks/``). The examples and the generators of the larger inputs
(``generate_cases.py``, ``generate_exports.py``) are taken from REPO's ``examples/`` and
``scripts/`` (or ``benchmarks/``), REPO being SRC's parent unless given. Give the
baseline's REPO when recording changed code: both recordings then run on inputs made by
the same code (``diff`` says so when the inputs differ).

Every run gets the same environment, built from nothing (``_environment``): COLUMNS=100,
LINES=50, TERM=dumb, TZ=Europe/Amsterdam, PYTHONHASHSEED=0, a C.UTF-8 locale, no
NO_COLOR, FORCE_COLOR, PYTHONUNBUFFERED or POORTWACHTER_* unless a run sets one; and a
fixed --as-of wherever a command takes one. Batch and agenda runs pass --workers 1, but
for the few that compare one process with two.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import fcntl
import hashlib
import io
import json
import os
import re
import select
import shlex
import shutil
import signal
import struct
import subprocess
import sys
import termios
import time
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

#: Where every recording lays out its inputs and runs: the same path each time, since
#: file names appear in error lines.
WORKDIR = Path("/tmp/poortwachter-compare-inputs")
LOCK = Path("/tmp/poortwachter-compare-inputs.lock")
#: Byte-compiled modules go here, not beside the sources being compared.
PYCACHE = "/tmp/poortwachter-compare-pycache"

#: The two dates every run judges on ("today" is the default, which would not repeat).
AS_OF = "2025-06-01"
AS_OF_2 = "2026-03-15"
TIMEOUT = 60
DEFAULT_CASES = 300
#: A JSON Lines input large enough that ``--workers 2`` starts worker processes (an
#: input of fewer than two chunks of 256 rows is judged in the main process).
POOL_CASES = 600
SEED = "7"

LANGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("nl", ("--lang", "nl")),
    ("en", ("--lang", "en")),
)
#: For help and a few runs: no --lang (Dutch by default) and POORTWACHTER_LANG=en too.
ALL_LANGS: tuple[tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]], ...] = (
    ("nl", ("--lang", "nl"), ()),
    ("en", ("--lang", "en"), ()),
    ("default", (), ()),
    ("envEN", (), (("POORTWACHTER_LANG", "en"),)),
)

EXAMPLES = (
    "aow-leeftijd",
    "doorlopend-ziek",
    "eigenrisicodrager-wga",
    "geen-plan-van-aanpak",
    "herstel-en-terugval",
    "hovenier-spoor2-taxi",
    "rond-zwangerschapsverlof",
    "schone-zaak",
    "te-late-wia-aanvraag-loonsanctie",
    "ziek-uit-dienst",
)


# --- The runs ---------------------------------------------------------------------------


#: Standard streams set up otherwise than a pipe (stdout, stderr) and /dev/null (stdin),
#: as the shell would write them.
REDIRECTS = {
    "": "",
    "stdin-closed": " <&-",
    "stdout-closed": " >&-",
    "stdout-full": " >/dev/full",
    "stdout-broken": " | (a reader that is gone before anything is written)",
}


@dataclass(frozen=True)
class Run:
    """One command line, with how it is started."""

    name: str
    args: tuple[str, ...]
    env: tuple[tuple[str, str], ...] = ()
    stdin: str | None = None
    """A file (relative to WORKDIR) piped to standard input; else /dev/null."""
    redirect: str = ""
    """How a standard stream is set up instead: a key of REDIRECTS."""
    tty: bool = False
    """Standard output is a terminal (a pseudo-terminal of 100 x 50)."""
    prepare: tuple[tuple[str, str], ...] = ()
    """Files copied (from, to: relative to WORKDIR) before the run: a fresh case file
    for a command that edits one."""

    def command_text(self) -> str:
        """The run as a shell line, for people and for the comparison."""
        words = [f"{key}={shlex.quote(value)}" for key, value in self.env]
        line = " ".join([*words, "poortwachter", *(shlex.quote(arg) for arg in self.args)])
        if self.stdin is not None:
            line += f" < {shlex.quote(self.stdin)}"
        line += REDIRECTS[self.redirect]
        if self.tty:
            line += "  # stdout is a terminal"
        setup = "".join(f"cp {shlex.quote(a)} {shlex.quote(b)}\n" for a, b in self.prepare)
        return setup + line + "\n"


@dataclass
class Matrix:
    runs: list[Run] = field(default_factory=list)
    names: set[str] = field(default_factory=set)

    def add(
        self,
        name: str,
        command: str,
        *extra: str,
        env: Sequence[tuple[str, str]] = (),
        stdin: str | None = None,
        redirect: str = "",
        tty: bool = False,
        prepare: Sequence[tuple[str, str]] = (),
    ) -> None:
        """A run: ``command`` split as a shell would (no expansion), then ``extra``."""
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", name) or name in self.names:
            raise ValueError(f"bad or repeated run name: {name}")
        self.names.add(name)
        args = (*shlex.split(command), *extra)
        if redirect not in REDIRECTS:
            raise ValueError(f"{name}: no such redirect: {redirect}")
        self.runs.append(Run(name, args, tuple(env), stdin, redirect, tty, tuple(prepare)))


def out(name: str, file: str) -> str:
    """A path in the run's own output folder (collected after the run)."""
    return f"out/{name}/{file}"


def build_matrix() -> list[Run]:
    matrix = Matrix()
    _help_runs(matrix)
    _timeline_runs(matrix)
    _sanction_risk_runs(matrix)
    _report_runs(matrix)
    _batch_runs(matrix)
    _agenda_runs(matrix)
    _case_runs(matrix)
    _edit_runs(matrix)
    _validate_error_runs(matrix)
    _cli_error_runs(matrix)
    _table_error_runs(matrix)
    _broken_pipe_runs(matrix)
    return matrix.runs


def _help_runs(m: Matrix) -> None:
    commands = [("app", "--help"), ("app-noargs", ""), ("case-noargs", "case")]
    commands += [
        (command, f"{command} --help")
        for command in ("timeline", "sanction-risk", "batch", "agenda", "report", "case")
    ]
    commands += [
        (f"case-{sub}", f"case {sub} --help")
        for sub in ("init", "validate", "record", "recover", "relapse", "set", "schema")
    ]
    for label, command in commands:
        for lang, flags, env in ALL_LANGS:
            m.add(f"help.{label}.{lang}", command, *flags, env=env)
    # The groups take --lang only before the command (after it: "No such option").
    for label, command in [commands[0], commands[2], ("case", "case --help")]:
        for lang, flags in LANGS:
            m.add(f"help.{label}.lang-first.{lang}", " ".join((*flags, command)))
    m.add("help.lang-first.en", "--lang en timeline --help")
    m.add("help.version", "--version")


FORMATS = ("table", "json", "csv", "ics")
SUFFIXES = {"table": "txt", "json": "json", "csv": "csv", "ics": "ics", "md": "md"}
TERMINAL = (("TERM", "xterm-256color"),)


def _timeline_runs(m: Matrix) -> None:
    for example in EXAMPLES:
        case = f"examples/{example}.yaml"
        for fmt in FORMATS:
            for lang, flags in LANGS:
                m.add(
                    f"timeline.{example}.{fmt}.{lang}",
                    f"timeline --case {case} --as-of {AS_OF} -f {fmt}",
                    *flags,
                )
        m.add(f"timeline.{example}.table.asof2.nl", f"timeline --case {case} --as-of {AS_OF_2}")
        m.add(
            f"timeline.{example}.json.asof2.en",
            f"timeline --case {case} --as-of {AS_OF_2} -f json --lang en",
        )
    for day, label in (("2024-01-08", "iso"), ("08-01-2024", "dutch"), ("2025-05-20", "recent")):
        for fmt in FORMATS:
            for lang, flags in LANGS:
                m.add(
                    f"timeline.first-sick-{label}.{fmt}.{lang}",
                    f"timeline --first-sick {day} --as-of {AS_OF} --format {fmt}",
                    *flags,
                )
    m.add(
        "timeline.first-sick-iso.table.asof2.nl",
        f"timeline --first-sick 2024-01-08 --as-of {AS_OF_2}",
    )
    for lang, flags, env in ALL_LANGS[2:]:
        m.add(
            f"timeline.hovenier.table.{lang}",
            f"timeline --case examples/hovenier-spoor2-taxi.yaml --as-of {AS_OF}",
            *flags,
            env=env,
        )
    m.add("timeline.lang-first.en", f"--lang en timeline --first-sick 2024-01-08 --as-of {AS_OF}")
    for example in ("hovenier-spoor2-taxi", "herstel-en-terugval"):
        base = f"timeline --case examples/{example}.yaml --as-of {AS_OF}"
        name = f"timeline.{example}"
        for lang, flags in LANGS:
            m.add(f"{name}.csv-excel-nl.{lang}", f"{base} -f csv --csv-dialect excel-nl", *flags)
            m.add(f"{name}.ics-remind0-all.{lang}", f"{base} -f ics --remind-days 0 --all", *flags)
            m.add(f"{name}.table-no-names.{lang}", f"{base} --no-names", *flags)
        m.add(f"{name}.csv-raw.nl", f"{base} -f csv --raw-csv")
        m.add(f"{name}.ics-remind30.nl", f"{base} -f ics --remind-days 30")
        m.add(f"{name}.json-no-names.en", f"{base} -f json --no-names --lang en")
        m.add(f"{name}.csv-excel-nl-raw.nl", f"{base} -f csv --csv-dialect excel-nl --raw-csv")
    base = f"timeline --case examples/schone-zaak.yaml --as-of {AS_OF}"
    for fmt in FORMATS:
        name = f"timeline.output-{fmt}.nl"
        m.add(name, f"{base} -f {fmt} --output {out(name, 'tijdlijn.' + SUFFIXES[fmt])}")
    m.add(
        "timeline.stdin.table.nl",
        f"timeline --case - --as-of {AS_OF}",
        stdin="examples/hovenier-spoor2-taxi.yaml",
    )
    m.add(
        "timeline.stdin.json.en",
        f"timeline --case - --as-of {AS_OF} -f json --lang en",
        stdin="edit/case.json",
    )
    m.add("timeline.bom-crlf.table.nl", f"timeline --case edit/crlf.yaml --as-of {AS_OF}")
    m.add(
        "timeline.json-case.table.en", f"timeline --case edit/case.json --as-of {AS_OF} --lang en"
    )
    m.add(
        "timeline.tty.table.nl",
        f"timeline --case examples/hovenier-spoor2-taxi.yaml --as-of {AS_OF}",
        tty=True,
        env=TERMINAL,
    )


def _sanction_risk_runs(m: Matrix) -> None:
    for example in EXAMPLES:
        base = f"sanction-risk examples/{example}.yaml"
        name = f"sanction-risk.{example}"
        for lang, flags in LANGS:
            for fmt in FORMATS:
                m.add(f"{name}.{fmt}.{lang}", f"{base} --as-of {AS_OF} -f {fmt}", *flags)
            m.add(f"{name}.summary.{lang}", f"{base} --as-of {AS_OF} --summary", *flags)
        m.add(f"{name}.table.asof2.nl", f"{base} --as-of {AS_OF_2}")
        m.add(f"{name}.json.asof2.en", f"{base} --as-of {AS_OF_2} -f json --lang en")
    for example in ("schone-zaak", "hovenier-spoor2-taxi", "geen-plan-van-aanpak"):
        for level in ("high", "medium", "low", "never"):
            m.add(
                f"sanction-risk.{example}.fail-on-{level}.nl",
                f"sanction-risk examples/{example}.yaml --as-of {AS_OF} --summary "
                f"--fail-on {level}",
            )
    for lang, flags, env in ALL_LANGS[2:]:
        m.add(
            f"sanction-risk.hovenier.table.{lang}",
            f"sanction-risk examples/hovenier-spoor2-taxi.yaml --as-of {AS_OF}",
            *flags,
            env=env,
        )
    for example in ("hovenier-spoor2-taxi", "te-late-wia-aanvraag-loonsanctie"):
        base = f"sanction-risk examples/{example}.yaml --as-of {AS_OF}"
        name = f"sanction-risk.{example}"
        for lang, flags in LANGS:
            m.add(f"{name}.csv-excel-nl.{lang}", f"{base} -f csv --csv-dialect excel-nl", *flags)
            m.add(f"{name}.ics-all-remind3.{lang}", f"{base} -f ics --all --remind-days 3", *flags)
        m.add(f"{name}.csv-raw.nl", f"{base} -f csv --raw-csv")
        m.add(f"{name}.table-no-names.nl", f"{base} --no-names")
        m.add(f"{name}.json-no-names.en", f"{base} -f json --no-names --lang en")
    base = f"sanction-risk examples/hovenier-spoor2-taxi.yaml --as-of {AS_OF} --lang en"
    for fmt in FORMATS:
        name = f"sanction-risk.output-{fmt}.en"
        m.add(name, f"{base} -f {fmt} -o {out(name, 'risk.' + SUFFIXES[fmt])}")
    m.add(
        "sanction-risk.stdin.table.nl",
        f"sanction-risk - --as-of {AS_OF}",
        stdin="examples/geen-plan-van-aanpak.yaml",
    )
    m.add("sanction-risk.tty.table.en", f"{base}", tty=True, env=TERMINAL)


def _report_runs(m: Matrix) -> None:
    for example in EXAMPLES:
        for lang, flags in LANGS:
            m.add(
                f"report.{example}.{lang}",
                f"report examples/{example}.yaml --as-of {AS_OF}",
                *flags,
            )
        m.add(f"report.{example}.asof2.nl", f"report examples/{example}.yaml --as-of {AS_OF_2}")
    base = f"report examples/hovenier-spoor2-taxi.yaml --as-of {AS_OF}"
    for lang, flags in LANGS:
        name = f"report.output.{lang}"
        m.add(name, f"{base} --output {out(name, 'dossier.html')}", *flags)
        m.add(f"report.no-names.{lang}", f"{base} --no-names", *flags)
    m.add("report.stdin.nl", f"report - --as-of {AS_OF}", stdin="examples/herstel-en-terugval.yaml")


#: Batch and agenda inputs: a label and the path (relative to WORKDIR).
TABLE_INPUTS = (
    ("afas", "examples/batch/afas-export.csv"),
    ("personeel", "examples/batch/personeel.csv"),
    ("examples", "examples"),
    ("jsonl", "gen/cases.jsonl"),
    ("export-cases", "gen/export-cases.csv"),
    ("export-course", "gen/export-course.csv"),
    ("export-xlsx", "gen/export.xlsx"),
)
GENERATED = frozenset({"jsonl", "export-cases", "export-course", "export-xlsx"})


def _languages(label: str, position: int) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Both languages; one (taking turns by ``position``) for the generated inputs of
    hundreds of cases, which cost a second or more a run."""
    return (LANGS[position % 2],) if label in GENERATED else LANGS


def _batch_runs(m: Matrix) -> None:
    for label, path in TABLE_INPUTS:
        base = f"batch {path} --as-of {AS_OF} --workers 1"
        for position, fmt in enumerate(("jsonl", "csv", "ics", "xlsx")):
            for lang, flags in _languages(label, position):
                name = f"batch.{label}.{fmt}.{lang}"
                if fmt == "xlsx":
                    m.add(name, f"{base} -f xlsx --output {out(name, 'batch.xlsx')}", *flags)
                else:
                    m.add(name, f"{base} -f {fmt}", *flags)
        m.add(f"batch.{label}.csv-excel-nl.nl", f"{base} -f csv --csv-dialect excel-nl")
    for label, path in (("examples", "examples"), ("jsonl", "gen/cases.jsonl")):
        base = f"batch {path} --workers 1"
        m.add(f"batch.{label}.jsonl.asof2.nl", f"{base} --as-of {AS_OF_2}")
        m.add(f"batch.{label}.csv.asof2.en", f"{base} --as-of {AS_OF_2} -f csv --lang en")
        for fmt in ("jsonl", "csv", "ics"):
            m.add(
                f"batch.{label}.{fmt}-due-within-30.nl",
                f"{base} --as-of {AS_OF} -f {fmt} --due-within 30",
            )
    base = f"batch examples --as-of {AS_OF} --workers 1"
    for level in ("high", "medium", "low", "never"):
        m.add(f"batch.examples.fail-on-{level}.nl", f"{base} -f csv --fail-on {level}")
    m.add("batch.examples.no-names.jsonl.nl", f"{base} --no-names")
    m.add("batch.examples.no-names.csv.en", f"{base} -f csv --no-names --lang en")
    m.add("batch.examples.raw-csv.nl", f"{base} -f csv --raw-csv")
    m.add("batch.examples.ics-all-remind0.nl", f"{base} -f ics --all --remind-days 0")
    m.add("batch.examples.due-within-0.csv.nl", f"{base} -f csv --due-within 0")
    m.add("batch.examples.xlsx-stdout.nl", f"{base} -f xlsx")
    for fmt in ("jsonl", "csv", "ics"):
        name = f"batch.examples.output-{fmt}.nl"
        m.add(name, f"{base} -f {fmt} --output {out(name, 'batch.' + fmt)}")
    # Workers: one process, and two. The small inputs are judged in the main process
    # either way; the pool input is large enough to start two worker processes.
    for label, path in (
        ("afas", "examples/batch/afas-export.csv"),
        ("examples", "examples"),
        ("pool", "gen/cases-pool.jsonl"),
    ):
        for workers in ("1", "2"):
            for fmt in ("jsonl", "csv"):
                m.add(
                    f"batch.{label}.workers{workers}.{fmt}.nl",
                    f"batch {path} --as-of {AS_OF} --workers {workers} -f {fmt}",
                )
    base = f"batch gen/cases-pool.jsonl --as-of {AS_OF} --workers 2"
    m.add("batch.pool.workers2.ics.en", f"{base} -f ics --lang en")
    name = "batch.pool.workers2.xlsx.nl"
    m.add(name, f"{base} -f xlsx -o {out(name, 'pool.xlsx')}")
    # Standard input, input formats, column mappings, encodings.
    one = f"--as-of {AS_OF} --workers 1"
    m.add(
        "batch.stdin-csv.csv.nl",
        f"batch - --input-format csv {one} -f csv",
        stdin="examples/batch/personeel.csv",
    )
    m.add("batch.stdin-jsonl.jsonl.en", f"batch - {one} --lang en", stdin="gen/cases.jsonl")
    m.add(
        "batch.stdin-xlsx.csv.nl",
        f"batch - --input-format xlsx {one} -f csv",
        stdin="gen/export.xlsx",
    )
    m.add(
        "batch.stdin-sniffed-csv.jsonl.nl", f"batch - {one}", stdin="examples/batch/afas-export.csv"
    )
    m.add("batch.txt-as-csv.jsonl.nl", f"batch tables/personeel.txt {one}")
    m.add("batch.input-format-jsonl.nl", f"batch tables/cases.data --input-format jsonl {one}")
    m.add("batch.json-array.jsonl.nl", f"batch tables/array.json {one}")
    m.add("batch.one-case-file.csv.nl", f"batch examples/schone-zaak.yaml {one} -f csv")
    m.add("batch.one-json-case.jsonl.nl", f"batch edit/case.json {one}")
    m.add("batch.sheet.jsonl.nl", f"batch gen/export.xlsx --sheet Verzuim {one}")
    m.add(
        "batch.columns-mapping.csv.nl",
        f"batch tables/mapped.csv --columns tables/mapping.yaml {one} -f csv",
    )
    m.add(
        "batch.ignore-unknown.csv.nl",
        f"batch tables/unknown-column.csv --ignore-unknown {one} -f csv",
    )
    m.add("batch.cp1252.csv.nl", f"batch tables/cp1252.csv {one} -f csv")
    m.add("batch.cp1252.jsonl.en", f"batch tables/cp1252.csv {one} --lang en")
    m.add("batch.formula-cells.csv.nl", f"batch tables/formulas.csv {one} -f csv")
    m.add("batch.formula-cells.csv-raw.nl", f"batch tables/formulas.csv {one} -f csv --raw-csv")
    m.add("batch.tab-delimited.jsonl.nl", f"batch tables/tabs.tsv {one}")
    m.add(
        "batch.lang-env.csv.envEN",
        f"batch examples {one} -f csv",
        env=(("POORTWACHTER_LANG", "en"),),
    )


def _agenda_runs(m: Matrix) -> None:
    for label, path in TABLE_INPUTS:
        base = f"agenda {path} --as-of {AS_OF} --workers 1"
        for position, fmt in enumerate(("table", "md", "ics", "json", "csv", "xlsx")):
            for lang, flags in _languages(label, position):
                name = f"agenda.{label}.{fmt}.{lang}"
                if fmt == "xlsx":
                    m.add(name, f"{base} -f xlsx --output {out(name, 'agenda.xlsx')}", *flags)
                else:
                    m.add(name, f"{base} -f {fmt}", *flags)
        m.add(f"agenda.{label}.csv-excel-nl.nl", f"{base} -f csv --csv-dialect excel-nl")
    for label, path in (
        ("examples", "examples"),
        ("personeel", "examples/batch/personeel.csv"),
        ("export-course", "gen/export-course.csv"),
    ):
        base = f"agenda {path} --as-of {AS_OF} --workers 1"
        for group in ("casemanager", "employer", "case"):
            m.add(f"agenda.{label}.group-{group}.table.nl", f"{base} --group-by {group}")
            m.add(
                f"agenda.{label}.group-{group}.md.en", f"{base} --group-by {group} -f md --lang en"
            )
        m.add(f"agenda.{label}.group-employer.json.nl", f"{base} --group-by employer -f json")
    base = f"agenda examples --as-of {AS_OF} --workers 1"
    for within in ("0", "7", "60", "3660"):
        m.add(f"agenda.examples.within-{within}.table.nl", f"{base} --within {within}")
    m.add("agenda.examples.within-60.csv.en", f"{base} --within 60 -f csv --lang en")
    m.add("agenda.examples.asof2.table.nl", f"agenda examples --as-of {AS_OF_2} --workers 1")
    m.add(
        "agenda.examples.asof2.json.en",
        f"agenda examples --as-of {AS_OF_2} --workers 1 -f json --lang en",
    )
    for who, label in (("jansen", "jansen"), ("J. SMIT", "smit-upper"), ("vis", "partial")):
        for path_label, path in (
            ("afas", "examples/batch/afas-export.csv"),
            ("personeel", "examples/batch/personeel.csv"),
            ("examples", "examples"),
        ):
            m.add(
                f"agenda.{path_label}.casemanager-{label}.table.nl",
                f"agenda {path} --as-of {AS_OF} --workers 1 --casemanager",
                who,
            )
    for lang, flags in LANGS:
        m.add(
            f"agenda.examples.casemanager-nobody.table.{lang}",
            f"{base} --casemanager Niemand",
            *flags,
        )
        m.add(
            f"agenda.examples.ics-all-remind1.{lang}",
            f"{base} -f ics --all --remind-days 1",
            *flags,
        )
        m.add(f"agenda.examples.no-names.table.{lang}", f"{base} --no-names", *flags)
    m.add("agenda.examples.raw-csv.nl", f"{base} -f csv --raw-csv")
    for level in ("high", "medium", "low", "never"):
        m.add(f"agenda.examples.fail-on-{level}.nl", f"{base} -f json --fail-on {level}")
    m.add("agenda.examples.workers2.table.nl", f"agenda examples --as-of {AS_OF} --workers 2")
    for workers in ("1", "2"):
        m.add(
            f"agenda.pool.workers{workers}.csv.nl",
            f"agenda gen/cases-pool.jsonl --as-of {AS_OF} --workers {workers} -f csv",
        )
    for fmt in ("table", "md", "csv", "ics"):
        name = f"agenda.examples.output-{fmt}.nl"
        m.add(name, f"{base} -f {fmt} -o {out(name, 'agenda.' + SUFFIXES[fmt])}")
    m.add("agenda.examples.xlsx-stdout.nl", f"{base} -f xlsx")
    m.add(
        "agenda.stdin.table.nl",
        f"agenda - --as-of {AS_OF} --workers 1",
        stdin="examples/batch/personeel.csv",
    )
    m.add("agenda.tty.table.nl", base, tty=True, env=TERMINAL)


def _case_runs(m: Matrix) -> None:
    examples = [f"examples/{example}.yaml" for example in EXAMPLES]
    for lang, flags in LANGS:
        m.add(f"case.init-stdout.{lang}", "case init -", *flags)
        name = f"case.init-file.{lang}"
        m.add(name, f"case init {out(name, 'nieuw.yaml')}", *flags)
        m.add(f"case.schema.{lang}", "case schema", *flags)
        m.add(f"case.validate-all-examples.{lang}", "case validate", *examples, *flags)
        m.add(
            f"case.validate-stdin.{lang}",
            "case validate -",
            *flags,
            stdin="examples/schone-zaak.yaml",
        )
        m.add(
            f"case.validate-mixed.{lang}",
            "case validate examples/schone-zaak.yaml "
            "bad/tab.yaml missing.yaml edit/case.json bad/many.yaml",
            *flags,
        )
    m.add("case.init-default.nl", "case init")
    m.add("case.schema.default", "case schema")
    name = "case.schema-output.nl"
    m.add(name, f"case schema --output {out(name, 'case.schema.json')}")
    name = "case.init-force.nl"
    m.add(
        name,
        f"case init {out(name, 'bestaand.yaml')} --force",
        prepare=[("examples/schone-zaak.yaml", out(name, "bestaand.yaml"))],
    )
    for path in examples:
        m.add(f"case.validate.{Path(path).stem}.nl", f"case validate {path}")
    m.add("case.validate.json.en", "case validate edit/case.json --lang en")
    m.add("case.validate.bom-crlf.nl", "case validate edit/crlf.yaml")


#: Case files the edits start from, by a short name (else the name is a path).
EDIT_SOURCES = {
    "schone": "examples/schone-zaak.yaml",
    "hovenier": "examples/hovenier-spoor2-taxi.yaml",
    "geen-pva": "examples/geen-plan-van-aanpak.yaml",
    "aow": "examples/aow-leeftijd.yaml",
    "template": "out/case.init-file.nl/nieuw.yaml",  # written by the run case.init-file.nl
}

#: Case-editing runs: a label, the case file to copy (into the run's folder, as zaak.yaml
#: or zaak.json), and the command after ``case``, with FILE standing for the copy. Each
#: runs in nl and en.
EDITS: tuple[tuple[str, str, str], ...] = (
    # case record
    ("record-pa-change", "schone", "record FILE probleemanalyse 2025-04-09"),
    ("record-evaluatie-append", "schone", "record FILE evaluatie 2025-05-20"),
    ("record-wia-new", "schone", "record FILE wia_aanvraag 2025-05-01"),
    ("record-dutch-date", "schone", "record FILE ziekmelding_uwv 20-05-2025"),
    ("record-default-date", "schone", "record FILE eerstejaarsevaluatie"),
    ("record-casemanager", "schone", "record FILE casemanager 'B. Visser'"),
    ("record-provider-value", "hovenier", "record FILE spoor2_provider --value 'Bureau Zuid'"),
    ("record-alias-pva", "geen-pva", "record FILE pva 2025-02-20"),
    ("record-deskundigenoordeel", "hovenier", "record FILE deskundigenoordeel 2025-05-02"),
    ("record-json", "edit/case.json", "record FILE probleemanalyse 2025-02-10"),
    ("record-json-evaluatie", "edit/case.json", "record FILE evaluaties 2025-04-01"),
    ("record-flow", "edit/flow.yaml", "record FILE probleemanalyse 2025-01-20"),
    ("record-bom-crlf", "edit/crlf.yaml", "record FILE plan_van_aanpak 2025-02-20"),
    ("record-future", "schone", "record FILE probleemanalyse 2099-01-01"),
    ("record-unknown-event", "schone", "record FILE probleemanalys 2025-04-09"),
    ("record-unknown-event-far", "schone", "record FILE koffie 2025-04-09"),
    ("record-name-no-value", "schone", "record FILE casemanager"),
    ("record-date-as-text", "schone", "record FILE probleemanalyse --value gisteren"),
    (
        "record-name-takes-no-date",
        "schone",
        "record FILE casemanager 2025-01-01 --value 'B. Visser'",
    ),
    ("record-bad-date", "schone", "record FILE probleemanalyse 2025-13-01"),
    ("record-before-first-sick", "schone", "record FILE probleemanalyse 2020-01-06"),
    ("record-broken-file", "bad/tab.yaml", "record FILE probleemanalyse 2025-02-10"),
    ("record-events-scalar", "edit/events-scalar.yaml", "record FILE probleemanalyse 2025-02-10"),
    ("record-list-not-list", "edit/evaluaties-scalar.yaml", "record FILE evaluatie 2025-04-01"),
    ("record-json-broken", "bad/syntax.json", "record FILE probleemanalyse 2025-02-10"),
    (
        "record-json-list-not-list",
        "edit/evaluaties-scalar.json",
        "record FILE evaluatie 2025-04-01",
    ),
    # case set
    ("set-name", "schone", "set FILE employee.name 'J. Jansen'"),
    ("set-wage-new", "edit/nowage.yaml", "set FILE employee.wage.amount 3200.00"),
    ("set-wage-existing", "hovenier", "set FILE employee.wage.amount 3.450,50"),
    ("set-first-sick", "schone", "set FILE first_sick_day 01-03-2025"),
    ("set-first-sick-events-before", "schone", "set FILE first_sick_day 2025-03-10"),
    ("set-first-sick-bad", "schone", "set FILE first-sick-day morgen"),
    ("set-flag", "schone", "set FILE employer.wga_eigenrisicodrager ja"),
    ("set-flag-bad", "schone", "set FILE employer.wga_eigenrisicodrager misschien"),
    ("set-verlenging", "hovenier", "set FILE extensions.vrijwillige_verlenging_until 2026-12-31"),
    ("set-quoted-value", "schone", 'set FILE employee.name "O\'Brien: #1, yes"'),
    ("set-json", "edit/case.json", "set FILE employee.name 'K. de Wit'"),
    ("set-json-new-wage", "edit/case.json", "set FILE employee.wage.amount 2800"),
    ("set-flow", "edit/flow.yaml", "set FILE employee.name 'F. Flow'"),
    ("set-unknown-key", "schone", "set FILE employee.nam X"),
    ("set-unknown-key-far", "schone", "set FILE salaris X"),
    ("set-not-mapping", "edit/employee-scalar.yaml", "set FILE employee.name X"),
    ("set-holds-more", "edit/amount-list.yaml", "set FILE employee.wage.amount 3000"),
    ("set-json-holds-more", "edit/amount-list.json", "set FILE employee.wage.amount 3000"),
    ("set-json-not-mapping", "edit/employee-scalar.json", "set FILE employee.name X"),
    ("set-makes-invalid", "schone", "set FILE employee.date_of_birth 2030-01-01"),
    ("set-no-periods", "edit/no-periods.yaml", "set FILE first_sick_day 2025-01-06"),
    ("set-json-no-periods", "edit/no-periods.json", "set FILE first_sick_day 2025-01-06"),
    ("set-template", "template", "set FILE first_sick_day 2025-02-03"),
    ("set-not-a-mapping-file", "bad/top-list.yaml", "set FILE employee.name X"),
    # case recover
    ("recover", "schone", "recover FILE 2025-05-12"),
    ("recover-dutch-date", "aow", "recover FILE 1-12-2025"),
    ("recover-json", "edit/case.json", "recover FILE 2025-03-01"),
    ("recover-flow", "edit/flow-open.yaml", "recover FILE 2025-03-01"),
    ("recover-ended", "edit/ended.yaml", "recover FILE 2025-04-01"),
    ("recover-json-ended", "edit/ended.json", "recover FILE 2025-04-01"),
    ("recover-before-start", "schone", "recover FILE 2025-01-01"),
    ("recover-bad-date", "schone", "recover FILE 2025-02-30"),
    ("recover-no-periods", "edit/no-periods.yaml", "recover FILE 2025-02-01"),
    # case relapse
    ("relapse", "edit/ended.yaml", "relapse FILE 2025-03-20"),
    ("relapse-cause", "edit/ended.yaml", "relapse FILE 2025-03-20 --cause 'rugklachten: opnieuw'"),
    ("relapse-flow", "edit/flow.yaml", "relapse FILE 2025-02-10"),
    ("relapse-json", "edit/ended.json", "relapse FILE 2025-03-20"),
    ("relapse-28-days", "edit/ended.yaml", "relapse FILE 2025-06-01"),
    ("relapse-still-open", "schone", "relapse FILE 2025-06-01"),
    ("relapse-overlap", "edit/ended.yaml", "relapse FILE 2025-02-01"),
    ("relapse-json-open", "edit/case.json", "relapse FILE 2025-06-01"),
)


def _edit_runs(m: Matrix) -> None:
    for label, key, command in EDITS:
        source = EDIT_SOURCES.get(key, key)
        for lang, flags in LANGS:
            name = f"edit.{label}.{lang}"
            target = out(name, "zaak" + Path(source).suffix)
            arguments = [target if arg == "FILE" else arg for arg in shlex.split(command)]
            m.add(name, "case", *arguments, "--as-of", AS_OF, *flags, prepare=[(source, target)])
    for lang, flags in LANGS:
        m.add(
            f"edit.record-stdin.{lang}",
            f"case record - probleemanalyse 2025-02-10 --as-of {AS_OF}",
            *flags,
            stdin="examples/schone-zaak.yaml",
        )
        m.add(
            f"edit.record-missing-file.{lang}",
            f"case record missing.yaml probleemanalyse 2025-02-10 --as-of {AS_OF}",
            *flags,
        )
        m.add(
            f"edit.set-folder.{lang}", f"case set examples employee.name X --as-of {AS_OF}", *flags
        )
    for name, date, as_of in (
        ("edit.record-asof2.nl", "2025-04-09", ("--as-of", AS_OF_2)),
        ("edit.record-future.default", "2099-01-01", ("--as-of", AS_OF)),
    ):
        target = out(name, "zaak.yaml")
        m.add(
            name,
            f"case record {target} probleemanalyse {date}",
            *as_of,
            prepare=[("examples/schone-zaak.yaml", target)],
        )


def _validate_error_runs(m: Matrix) -> None:
    """Every bad case file validated, and a few through the commands that judge a case."""
    for name in sorted(BAD_CASE_FILES):
        for lang, flags in LANGS:
            m.add(f"err.validate.{name.replace('/', '-')}.{lang}", f"case validate {name}", *flags)
    for name in (
        "bad/many.yaml",
        "bad/overlap.yaml",
        "bad/date-invalid.yaml",
        "bad/loonsanctie-dates.yaml",
        "bad/syntax.json",
        "bad/latin1.yaml",
    ):
        label = name.replace("/", "-")
        for lang, flags in LANGS:
            m.add(f"err.timeline.{label}.{lang}", f"timeline --case {name} --as-of {AS_OF}", *flags)
            m.add(
                f"err.sanction-risk.{label}.{lang}",
                f"sanction-risk {name} --as-of {AS_OF} -f json",
                *flags,
            )
        m.add(f"err.report.{label}.nl", f"report {name} --as-of {AS_OF}")
    m.add("err.validate.all-bad.nl", "case validate", *sorted(BAD_CASE_FILES))
    for lang, flags in LANGS:
        m.add(f"err.validate.big-file.{lang}", "case validate bad/big.yaml", *flags)
        m.add(
            f"err.timeline.stdin-too-large.{lang}",
            f"timeline --case - --as-of {AS_OF}",
            *flags,
            stdin="bad/big.yaml",
        )
        m.add(
            f"err.validate.stdin-latin1.{lang}", "case validate -", *flags, stdin="bad/latin1.yaml"
        )
        m.add(
            f"err.validate.stdin-json-dup.{lang}", "case validate -", *flags, stdin="bad/dup.json"
        )


FIRST = f"--first-sick 2025-01-06 --as-of {AS_OF}"
CASE = "examples/schone-zaak.yaml"

# fmt: off
#: Command lines that are refused, each in nl and en (the flags go last, or right after
#: the command when the line ends with an option that waits for its value).
CLI_ERRORS: tuple[tuple[str, str], ...] = (
    ("timeline-neither", f"timeline --as-of {AS_OF}"),
    ("timeline-noargs", "timeline"),
    ("timeline-both", f"timeline {FIRST} --case {CASE}"),
    ("first-sick-bad", "timeline --first-sick morgen"),
    ("first-sick-dutch-bad", "timeline --first-sick 31-02-2025"),
    ("first-sick-mixed-separators", "timeline --first-sick 06-01/2025"),
    ("first-sick-far-future", f"timeline --first-sick 2150-01-05 --as-of {AS_OF}"),
    ("first-sick-before-2013", f"timeline --first-sick 2010-01-04 --as-of {AS_OF}"),
    ("as-of-bad", "timeline --first-sick 2025-01-06 --as-of 2025-13-01"),
    ("as-of-out-of-bounds", "timeline --first-sick 2025-01-06 --as-of 1800-01-01"),
    ("as-of-missing-value", "timeline --first-sick 2025-01-06 --as-of"),
    ("format-bad", f"timeline {FIRST} -f xml"),
    ("format-bad-sanction", f"sanction-risk {CASE} --as-of {AS_OF} --format html"),
    ("format-bad-batch", f"batch examples --as-of {AS_OF} -f table"),
    ("format-bad-agenda", f"agenda examples --as-of {AS_OF} -f jsonl"),
    ("remind-days-range", f"timeline {FIRST} -f ics --remind-days 5000"),
    ("remind-days-not-int", f"timeline {FIRST} -f ics --remind-days week"),
    ("csv-dialect-bad", f"timeline {FIRST} -f csv --csv-dialect excel-de"),
    ("fail-on-bad", f"sanction-risk {CASE} --as-of {AS_OF} --fail-on extreme"),
    ("group-by-bad", f"agenda examples --as-of {AS_OF} --group-by team"),
    ("within-negative", f"agenda examples --as-of {AS_OF} --within -1"),
    ("within-too-far", f"agenda examples --as-of {AS_OF} --within 4000"),
    ("due-within-bad", f"batch examples --as-of {AS_OF} --due-within soon"),
    ("input-format-bad", f"batch examples --as-of {AS_OF} --input-format yaml"),
    ("workers-zero", f"batch examples --as-of {AS_OF} --workers 0"),
    ("workers-not-int", f"batch examples --as-of {AS_OF} --workers two"),
    ("workers-99", f"batch examples --as-of {AS_OF} --workers 99 -f csv"),
    ("unknown-option", f"timeline {FIRST} --bogus"),
    ("unknown-option-suggest", f"timeline {FIRST} --forma json"),
    ("unknown-option-possible", f"timeline {FIRST} --a"),
    ("unknown-option-h", "-h"),
    ("unknown-option-report-format", f"report {CASE} -f json"),
    ("unknown-command", "timelin --first-sick 2025-01-06"),
    ("unknown-case-command", "case vastleggen"),
    ("extra-argument", f"report {CASE} examples/aow-leeftijd.yaml"),
    ("extra-arguments", f"sanction-risk {CASE} a b --as-of {AS_OF}"),
    ("missing-case", f"sanction-risk --as-of {AS_OF}"),
    ("missing-case-report", "report"),
    ("missing-input-batch", f"batch --as-of {AS_OF}"),
    ("missing-input-agenda", "agenda"),
    ("missing-file-validate", "case validate"),
    ("missing-event", f"case record {CASE}"),
    ("missing-key", f"case set {CASE}"),
    ("missing-value", f"case set {CASE} employee.name"),
    ("missing-date-recover", f"case recover {CASE}"),
    ("missing-date-relapse", f"case relapse {CASE}"),
    ("lang-upper", f"timeline {FIRST} --lang EN"),
    ("case-missing", f"timeline --case missing.yaml --as-of {AS_OF}"),
    ("case-folder", f"timeline --case examples --as-of {AS_OF}"),
    ("case-device", f"timeline --case /dev/null --as-of {AS_OF}"),
    ("sanction-folder", f"sanction-risk examples --as-of {AS_OF}"),
    ("report-missing", f"report missing.yaml --as-of {AS_OF}"),
    ("batch-missing", f"batch missing.csv --as-of {AS_OF}"),
    ("batch-device", f"batch /dev/null --as-of {AS_OF}"),
    ("agenda-missing", f"agenda missing --as-of {AS_OF}"),
    ("validate-missing", "case validate missing.yaml examples"),
    ("output-no-folder", f"timeline {FIRST} -f json -o geen-map/x.json"),
    ("output-no-folder-report", f"report {CASE} --as-of {AS_OF} -o geen-map/r.html"),
    ("output-no-folder-batch-xlsx", f"batch examples --as-of {AS_OF} -f xlsx -o geen-map/b.xlsx"),
    ("output-no-folder-agenda", f"agenda examples --as-of {AS_OF} -o geen-map/a.txt"),
    ("output-full-device", f"timeline {FIRST} -f json -o /dev/full"),
    ("schema-output-no-folder", "case schema -o geen-map/s.json"),
    ("init-exists", f"case init {CASE}"),
    ("init-no-folder", "case init geen-map/nieuw.yaml"),
    ("xlsx-not-a-workbook", f"batch tables/fake.xlsx --as-of {AS_OF}"),
    ("xlsx-no-sheet", f"batch gen/export.xlsx --sheet Blad1 --as-of {AS_OF}"),
    ("columns-missing", "batch tables/mapped.csv --columns missing.yaml"),
    ("columns-bad-target", "batch tables/mapped.csv --columns tables/mapping-bad-target.yaml"),
    ("columns-not-mapping", "batch tables/mapped.csv --columns tables/mapping-list.yaml"),
    ("columns-not-text", "batch tables/mapped.csv --columns tables/mapping-nested.yaml"),
    ("columns-broken-yaml", "batch tables/mapped.csv --columns bad/tab.yaml"),
    ("csv-unknown-column", f"batch tables/unknown-column.csv --as-of {AS_OF}"),
    ("csv-unknown-column-far", f"batch tables/unknown-column-far.csv --as-of {AS_OF}"),
    ("csv-missing-column", f"batch tables/missing-column.csv --as-of {AS_OF}"),
    ("csv-both-give", f"batch tables/both-give.csv --as-of {AS_OF}"),
    ("csv-header-bytes", f"batch tables/header-bytes.csv --as-of {AS_OF}"),
    ("csv-empty", f"batch tables/empty.csv --as-of {AS_OF}"),
    ("json-array-cut", f"batch tables/array-cut.json --as-of {AS_OF}"),
    ("json-not-array", f"batch edit/case.json --input-format json --as-of {AS_OF}"),
    ("agenda-csv-unknown-column", f"agenda tables/unknown-column.csv --as-of {AS_OF}"),
)
# fmt: on


def _cli_error_runs(m: Matrix) -> None:
    for label, command in CLI_ERRORS:
        for lang, flags in LANGS:
            if command.endswith("--as-of"):  # the option waits for its value: flags first
                head, _, tail = command.partition(" ")
                m.add(f"err.cli.{label}.{lang}", head, *flags, *shlex.split(tail))
            else:
                m.add(f"err.cli.{label}.{lang}", command, *flags)
    for lang, flags, env in ALL_LANGS[2:]:
        m.add(f"err.cli.unknown-option.{lang}", f"timeline {FIRST} --bogus", *flags, env=env)
        m.add(f"err.cli.case-missing.{lang}", "timeline --case missing.yaml", *flags, env=env)
    # A bad --lang: alone (a later --lang would win), then with the environment's.
    m.add("err.cli.lang-bad.default", f"timeline {FIRST} --lang fr")
    m.add("err.cli.lang-bad-help.default", "--lang fr --help")
    m.add(
        "err.cli.lang-bad.envEN", f"timeline {FIRST} --lang fr", env=(("POORTWACHTER_LANG", "en"),)
    )
    bad_env = (("POORTWACHTER_LANG", "fr"),)
    m.add("err.cli.lang-env-bad.envFR", f"timeline {FIRST}", env=bad_env)
    m.add("err.cli.lang-env-bad-help.envFR", "--help", env=bad_env)
    m.add("err.cli.lang-env-bad-flag-given.envFR", f"timeline {FIRST} --lang en", env=bad_env)
    for lang, flags in LANGS:
        name = f"err.cli.{{}}.{lang}"
        m.add(
            name.format("stdin-closed-timeline"),
            "timeline --case -",
            *flags,
            redirect="stdin-closed",
        )
        m.add(
            name.format("stdin-closed-batch"),
            f"batch - --as-of {AS_OF}",
            *flags,
            redirect="stdin-closed",
        )
        m.add(
            name.format("stdin-closed-validate"), "case validate -", *flags, redirect="stdin-closed"
        )
        m.add(name.format("stdout-closed"), f"timeline {FIRST}", *flags, redirect="stdout-closed")
        m.add(name.format("stdout-full"), f"timeline {FIRST}", *flags, redirect="stdout-full")
        m.add(
            name.format("stdout-full-batch"),
            f"batch examples --as-of {AS_OF} --workers 1",
            *flags,
            redirect="stdout-full",
        )
        m.add(
            name.format("xlsx-to-terminal"),
            f"batch examples --as-of {AS_OF} -f xlsx",
            *flags,
            tty=True,
        )
        m.add(
            name.format("agenda-xlsx-to-terminal"),
            f"agenda examples --as-of {AS_OF} -f xlsx",
            *flags,
            tty=True,
        )
        target = out(name.format("init-exists-in-out"), "zaak.yaml")
        m.add(
            name.format("init-exists-in-out"),
            f"case init {target}",
            *flags,
            prepare=[("examples/schone-zaak.yaml", target)],
        )


def _broken_pipe_runs(m: Matrix) -> None:
    """The reader of stdout is gone (``| head -1`` after its line): exit 141, quietly."""
    one = f"--as-of {AS_OF} --workers 1"
    for label, command in (
        ("timeline-table", f"timeline {FIRST}"),
        ("timeline-json", f"timeline {FIRST} -f json"),
        ("sanction-risk-csv", f"sanction-risk {CASE} --as-of {AS_OF} -f csv"),
        ("report", f"report {CASE} --as-of {AS_OF}"),
        ("batch-jsonl", f"batch examples {one}"),
        ("batch-csv", f"batch gen/cases.jsonl {one} -f csv"),
        ("batch-ics-workers2", f"batch gen/cases-pool.jsonl --as-of {AS_OF} --workers 2 -f ics"),
        ("agenda-table", f"agenda examples {one}"),
        ("agenda-xlsx", f"agenda examples {one} -f xlsx"),
        ("case-schema", "case schema"),
    ):
        m.add(f"broken-pipe.{label}.nl", command, redirect="stdout-broken")


def _table_error_runs(m: Matrix) -> None:
    """Rows that cannot be judged: an error record in their place, a line on stderr."""
    inputs = (
        ("rows-csv", "tables/rows.csv"),
        ("rows-jsonl", "tables/rows.jsonl"),
        ("array-json", "tables/array-bad.json"),
        ("folder", "folder"),
        ("long-field-csv", "tables/long-field.csv"),
        ("bad-bytes-csv", "tables/bad-bytes.csv"),
        ("cp1252-bad-row", "tables/cp1252-bad-row.csv"),
        ("big-line-jsonl", "tables/big-line.jsonl"),
    )
    for label, path in inputs:
        base = f"batch {path} --as-of {AS_OF} --workers 1"
        agenda = f"agenda {path} --as-of {AS_OF} --workers 1"
        name = f"err.rows.{label}"
        for lang, flags in LANGS:
            m.add(f"{name}.jsonl.{lang}", base, *flags)
            m.add(f"{name}.csv.{lang}", f"{base} -f csv", *flags)
            m.add(f"{name}.agenda.{lang}", agenda, *flags)
        m.add(f"{name}.ics.nl", f"{base} -f ics")
        m.add(
            f"{name}.xlsx.en", f"{base} -f xlsx -o {out(name + '.xlsx.en', 'rows.xlsx')} --lang en"
        )
        m.add(
            f"{name}.agenda-xlsx.nl",
            f"{agenda} -f xlsx -o {out(name + '.agenda-xlsx.nl', 'agenda.xlsx')}",
        )
    rows = f"--as-of {AS_OF} --workers 1"
    m.add("err.rows.rows-csv.agenda-md.nl", f"agenda tables/rows.csv {rows} -f md")
    m.add("err.rows.rows-csv.agenda-json.en", f"agenda tables/rows.csv {rows} -f json --lang en")
    m.add("err.rows.rows-jsonl.workers2.nl", f"batch tables/rows.jsonl --as-of {AS_OF} --workers 2")
    m.add(
        "err.rows.rows-csv.excel-nl.nl",
        f"batch tables/rows.csv {rows} -f csv --csv-dialect excel-nl",
    )
    m.add("err.rows.rows-jsonl.stdin.nl", f"batch - {rows}", stdin="tables/rows.jsonl")


# --- The inputs ---------------------------------------------------------------------------


def _case(body: str, case_id: str = "Y-1") -> str:
    """A case file: its id, then ``body`` (the rest, YAML)."""
    return f"case_id: {case_id}\n{body}"


_PERIOD = "sick_periods:\n  - start: 2025-01-06\n"

#: Bad case files by path; each one triggers one or more messages.
_BAD_CASE_TEXTS: dict[str, str | bytes] = {
    "bad/date-invalid.yaml": _case("sick_periods:\n  - start: 2025-02-30\n"),
    "bad/date-format.yaml": _case("sick_periods:\n  - start: 2025/01/06\n"),
    "bad/date-dutch-bad.yaml": _case("sick_periods:\n  - start: 31-13-2025\n"),
    "bad/date-out-of-bounds.yaml": _case("sick_periods:\n  - start: 1800-01-01\n"),
    "bad/date-number.yaml": '{"case_id": "J", "sick_periods": [{"start": 20250106}]}',
    "bad/event-before-first-sick.yaml": _case(
        _PERIOD + "events:\n  probleemanalyse: 2024-12-01\n  evaluaties: [2024-12-20]\n"
    ),
    "bad/dob-after-first-sick.yaml": _case(_PERIOD + "employee:\n  date_of_birth: 2025-02-01\n"),
    "bad/contract-end-before.yaml": _case(_PERIOD + "employee:\n  contract_end: 2024-12-31\n"),
    "bad/end-before-start.yaml": _case(
        "sick_periods:\n  - start: 2025-01-06\n    end: 2025-01-01\n"
    ),
    "bad/unknown-key.yaml": _case(_PERIOD + "employe:\n  name: X\n"),
    "bad/unknown-event.yaml": _case(_PERIOD + "events:\n  probleemanalyze: 2025-02-01\n"),
    "bad/unknown-key-long.yaml": _case(_PERIOD + ("x" * 80) + ": 1\n"),
    "bad/colon-key.yaml": _case("sick_periods:\n  - start: 2025-01-06\n    cause:burn-out:\n"),
    "bad/dup-key.yaml": _case(_PERIOD + "case_id: Y-2\n"),
    "bad/dup-key-nested.yaml": _case(
        "sick_periods:\n  - start: 2025-01-06\n    start: 2025-01-07\n"
    ),
    "bad/tab.yaml": "case_id: Y-1\nsick_periods:\n\t- start: 2025-01-06\n",
    "bad/yaml-syntax.yaml": "case_id: [Y-1\nsick_periods:\n  - start: 2025-01-06\n",
    "bad/yaml-indent.yaml": "case_id: Y-1\n  sick_periods: x\n foo: bar\n",
    "bad/anchor.yaml": _case("sick_periods:\n  - &p\n    start: 2025-01-06\n  - *p\n"),
    "bad/tag.yaml": "case_id: !!int 12\n" + _PERIOD,
    "bad/deep.yaml": _case(_PERIOD + "x: " + "[" * 25 + "]" * 25 + "\n"),
    "bad/complex-key.yaml": _case(_PERIOD + "? [a, b]\n: 1\n"),
    "bad/top-list.yaml": "- case_id: Y-1\n- sick_periods: []\n",
    "bad/top-scalar.yaml": "gewoon tekst\n",
    "bad/empty.yaml": "",
    "bad/missing-case-id.yaml": _PERIOD,
    "bad/missing-periods.yaml": "case_id: Y-1\n",
    "bad/empty-case-id.yaml": "case_id: '  '\n" + _PERIOD,
    "bad/list-case-id.yaml": "case_id: [1, 2]\n" + _PERIOD,
    "bad/long-case-id.yaml": "case_id: " + "X" * 150 + "\n" + _PERIOD,
    "bad/control-case-id.yaml": 'case_id: "A\\u0007B"\n' + _PERIOD,
    "bad/empty-periods.yaml": _case("sick_periods: []\n"),
    "bad/periods-not-list.yaml": _case("sick_periods: 2025-01-06\n"),
    "bad/period-not-mapping.yaml": _case("sick_periods:\n  - 2025-01-06\n"),
    "bad/bad-flag.yaml": _case(_PERIOD + "employer:\n  wga_eigenrisicodrager: misschien\n"),
    "bad/bad-flag-pregnancy.yaml": _case(
        "sick_periods:\n  - start: 2025-01-06\n    pregnancy_related: 2\n"
    ),
    "bad/bad-amount.yaml": _case(
        _PERIOD + "employee:\n  wage:\n    amount: veel\n    per: month\n"
    ),
    "bad/amount-zero.yaml": _case(_PERIOD + "employee:\n  wage:\n    amount: 0\n    per: month\n"),
    "bad/amount-huge.yaml": _case(
        _PERIOD + "employee:\n  wage:\n    amount: 20000000\n    per: month\n"
    ),
    "bad/amount-missing-per.yaml": _case(_PERIOD + "employee:\n  wage:\n    amount: 3000\n"),
    "bad/wage-per.yaml": _case(
        _PERIOD + "employee:\n  wage:\n    amount: 3000\n    per: fortnight\n"
    ),
    "bad/wage-not-mapping.yaml": _case(_PERIOD + "employee:\n  wage: 3000\n"),
    "bad/percentage-high.yaml": _case(
        "sick_periods:\n  - start: 2025-01-06\n    percentage: 150\n"
    ),
    "bad/percentage-zero.yaml": _case("sick_periods:\n  - start: 2025-01-06\n    percentage: 0\n"),
    "bad/percentage-float.yaml": _case(
        "sick_periods:\n  - start: 2025-01-06\n    percentage: 5.5\n"
    ),
    "bad/hours-zero.yaml": _case(_PERIOD + "employee:\n  hours_per_week: 0\n"),
    "bad/hours-text.yaml": _case(_PERIOD + "employee:\n  hours_per_week: veel\n"),
    "bad/hours-many.yaml": _case(_PERIOD + "employee:\n  hours_per_week: 200\n"),
    "bad/pay-low.yaml": _case(
        _PERIOD + "employer:\n  pay_percentage:\n    year1: 50\n    year2: 120\n"
    ),
    "bad/schema-version.yaml": "schema_version: 2\n" + _case(_PERIOD),
    "bad/cause-list.yaml": _case("sick_periods:\n  - start: 2025-01-06\n    cause: [a, b]\n"),
    "bad/cause-long.yaml": _case(
        "sick_periods:\n  - start: 2025-01-06\n    cause: " + "x" * 600 + "\n"
    ),
    "bad/name-mapping.yaml": _case(_PERIOD + "employee:\n  name:\n    first: Jan\n"),
    "bad/overlap.yaml": _case(
        "sick_periods:\n  - start: 2025-01-06\n    end: 2025-02-01\n  - start: 2025-01-20\n"
    ),
    "bad/two-open.yaml": _case("sick_periods:\n  - start: 2025-01-06\n  - start: 2025-03-03\n"),
    "bad/evaluaties-order.yaml": _case(
        _PERIOD + "events:\n  evaluaties: [2025-04-01, 2025-03-01, 2025-05-01]\n"
    ),
    "bad/evaluaties-not-list.yaml": _case(_PERIOD + "events:\n  evaluaties: 2025-03-01\n"),
    "bad/events-list.yaml": _case(_PERIOD + "events:\n  - probleemanalyse: 2025-02-01\n"),
    "bad/far-future.yaml": _case("sick_periods:\n  - start: 2150-01-05\n"),
    "bad/before-2013.yaml": _case("sick_periods:\n  - start: 2010-01-04\n"),
    "bad/verlenging-early.yaml": _case(
        _PERIOD + "extensions:\n  vrijwillige_verlenging_until: 2026-06-01\n"
    ),
    "bad/loonsanctie-weeks.yaml": _case(
        _PERIOD + "extensions:\n  loonsanctie:\n    weeks: 200\n    decided: 2026-12-01\n"
    ),
    "bad/loonsanctie-missing.yaml": _case(_PERIOD + "extensions:\n  loonsanctie:\n    weeks: 10\n"),
    "bad/loonsanctie-dates.yaml": _case(
        _PERIOD + "extensions:\n  loonsanctie:\n    weeks: 10\n    decided: 2024-12-01\n"
        "    herstel_gemeld: 2024-11-01\n    herstel_decided: 2024-10-01\n"
    ),
    "bad/pregnancy-leave-only.yaml": _case(
        "sick_periods:\n  - start: 2025-01-06\n    end: 2025-01-20\n"
        "    pregnancy_related: true\nleave_periods:\n  - start: 2025-01-01\n"
        "    end: 2025-02-28\n"
    ),
    "bad/leave-overlap.yaml": _case(
        _PERIOD + "leave_periods:\n  - start: 2025-03-01\n    end: 2025-06-01\n"
        "  - start: 2025-05-01\n    end: 2025-04-01\n"
    ),
    "bad/many.yaml": _case(
        "sick_periods:\n  - start: 2025-01-06\n    end: 2025-01-01\n    percentage: 101\n"
        "employe: X\nemployer:\n  wga_eigenrisicodrager: misschien\n"
        "events:\n  probleemanalyse: 2024-12-01\n  plan_van_aanpak: morgen\n",
        case_id="''",
    ),
    "bad/latin1.yaml": b"case_id: Y-1\nemployee:\n  name: Jos\xe9\n" + _PERIOD.encode(),
    "bad/utf16.yaml": ("\ufeff" + _case(_PERIOD)).encode("utf-16-le"),
    "bad/lone-surrogate.yaml": _case(
        'sick_periods:\n  - start: 2025-01-06\n    cause: "\\ud800"\n'
    ),
    "bad/syntax.json": '{\n  "case_id": "J-1",\n  "sick_periods": [\n}\n',
    "bad/syntax-oneline.json": '{"case_id": "J-1",}',
    "bad/dup.json": '{"case_id": "J-1", "case_id": "J-2", "sick_periods": []}',
    "bad/nan.json": '{"case_id": "J-1", "sick_periods": [{"start": "2025-01-06"}], '
    '"employee": {"hours_per_week": NaN}}',
    "bad/bignum.json": '{"case_id": 1' + "0" * 5000 + ', "sick_periods": []}',
    "bad/huge-int-id.json": '{"case_id": 123456789012345678901234567890, '
    '"sick_periods": [{"start": "2025-01-06"}]}',
    "bad/bool-id.json": '{"case_id": true, "sick_periods": [{"start": "2025-01-06"}]}',
    "bad/inf.json": '{"case_id": "J-1", "sick_periods": [{"start": "2025-01-06"}], '
    '"employee": {"hours_per_week": 1e400, "wage": {"amount": 1e400, "per": "month"}}}',
    "bad/bool-hours.json": '{"case_id": "J-1", "sick_periods": [{"start": "2025-01-06"}], '
    '"employee": {"hours_per_week": true, "wage": {"amount": [1], "per": "month"}}}',
    "bad/control-id.json": '{"case_id": "A\\u0007B\\nC", "sick_periods": []}',
    "bad/deep.json": '{"case_id": "J-1", "x": ' + "[" * 30 + "]" * 30 + "}",
    "bad/array.json": '[{"case_id": "J-1"}]',
    "bad/number-period.json": '{"case_id": "J-1", "sick_periods": [{"start": "2025-01-06",'
    ' "percentage": 5.5, "same_cause_as_previous": "soms"}]}',
}
BAD_CASE_FILES = {
    name: text.encode() if isinstance(text, str) else text for name, text in _BAD_CASE_TEXTS.items()
}


def _csv(rows: Sequence[Sequence[str]], delimiter: str = ",") -> bytes:
    return "".join(delimiter.join(row) + "\n" for row in rows).encode()


ROWS_HEADER = (
    "case_id",
    "first_sick_day",
    "last_sick_day",
    "recovered_on",
    "percentage",
    "wage_amount",
    "wage_per",
    "hours_per_week",
    "wga_eigenrisicodrager",
    "pay_year1",
    "date_of_birth",
    "contract_end",
    "probleemanalyse",
    "evaluaties",
    "loonsanctie_weeks",
    "loonsanctie_decided",
    "vrijwillige_verlenging_until",
    "employee_name",
    "casemanager",
)


def _row(**cells: str) -> list[str]:
    return [cells.get(column, "") for column in ROWS_HEADER]


def _rows_csv() -> bytes:
    """One problem per case (a few cases of two rows: course lines)."""
    rows = [
        list(ROWS_HEADER),
        _row(case_id="R-01", first_sick_day="2025-01-06", casemanager="A. Jansen"),
        _row(case_id="R-02", first_sick_day="2025-02-30"),
        _row(case_id="R-03", first_sick_day="31-13-2025"),
        _row(first_sick_day="2025-01-06"),
        _row(case_id="R-05"),
        _row(case_id="R-06", first_sick_day="2025-01-06", wage_amount="veel"),
        _row(case_id="R-07", first_sick_day="2025-01-06", wage_amount="0"),
        _row(case_id="R-08", first_sick_day="2025-01-06", wga_eigenrisicodrager="misschien"),
        _row(case_id="R-09", first_sick_day="2025-01-06", percentage="150"),
        _row(case_id="R-10", first_sick_day="2025-01-06", percentage="5,5"),
        _row(case_id="R-11", first_sick_day="2025-01-06", hours_per_week="0"),
        _row(case_id="R-12", first_sick_day="2025-01-06", pay_year1="50"),
        _row(case_id="R-13", first_sick_day="2025-01-06", date_of_birth="2025-02-01"),
        _row(case_id="R-14", first_sick_day="2025-01-06", contract_end="2024-12-31"),
        _row(case_id="R-15", first_sick_day="2025-01-06", probleemanalyse="2024-12-01"),
        _row(case_id="R-16", first_sick_day="2025-01-06", evaluaties="2025-03-01;2025-02-01"),
        _row(case_id="R-17", first_sick_day="2025-01-06", recovered_on="morgen"),
        _row(
            case_id="R-18",
            first_sick_day="2025-01-06",
            last_sick_day="2025-02-01",
            recovered_on="2025-03-01",
        ),
        _row(case_id="R-19", first_sick_day="2025-01-06", last_sick_day="2025-01-01"),
        _row(case_id="R-20", first_sick_day="2025-01-06", wage_amount="3000", wage_per="fortnight"),
        _row(
            case_id="R-21",
            first_sick_day="2025-01-06",
            loonsanctie_weeks="200",
            loonsanctie_decided="2026-12-01",
        ),
        _row(case_id="R-22", first_sick_day="2150-01-05"),
        _row(case_id="R-23", first_sick_day="2010-01-04"),
        _row(
            case_id="R-24", first_sick_day="2025-01-06", vrijwillige_verlenging_until="2026-06-01"
        ),
        _row(case_id="R-25", first_sick_day="2025-01-06", last_sick_day="2025-02-01"),
        _row(case_id="R-25", first_sick_day="2025-01-20"),
        _row(case_id="R-26", first_sick_day="2025-01-06"),
        _row(case_id="R-26", first_sick_day="2025-03-03"),
        _row(
            case_id="R-27",
            first_sick_day="2025-01-06",
            last_sick_day="2025-01-20",
            employee_name="A",
        ),
        _row(case_id="R-27", first_sick_day="2025-02-03", employee_name="B"),
        ["R-28", "2025-01-06", ""],
        _row(case_id="R-29", first_sick_day="1800-01-01"),
        _row(case_id="R-30", first_sick_day="2025-01-06", loonsanctie_weeks="10"),
        _row(case_id="=HYPERLINK(1)", first_sick_day="2025-01-06", employee_name="@naam"),
        _row(
            case_id="R-32",
            first_sick_day="2025-01-06",
            hours_per_week="1e5",
            wage_amount="1.2.3",
            wage_per="maand",
        ),
        _row(case_id="R-01", first_sick_day="2025-03-03"),
    ]
    return _csv(rows)


def _rows_jsonl() -> bytes:
    good = '"sick_periods": [{"start": "2025-01-06"}]'
    lines = [
        b'{"case_id": "J-01", ' + good.encode() + b"}",
        b'{"case_id": "J-02",',
        b'{"case_id": "J-03", "employee": {"name": "Jos\xe9"}, ' + good.encode() + b"}",
        b'{"case_id": "J-01", ' + good.encode() + b"}",
        b'{"case_id": "", ' + good.encode() + b"}",
        b'{"case_id": 123456789012345678901234567890, ' + good.encode() + b"}",
        b"[1, 2]",
        b'{"case_id": "J-08", "sick_period": [{"start": "2025-01-06"}]}',
        b'{"case_id": "J-09", ' + good.encode() + b', "employee": {"hours_per_week": NaN}}',
        b'{"case_id": "J-10", "case_id": "J-10b", ' + good.encode() + b"}",
        b'{"case_id": "J\\u0007", ' + good.encode() + b"}",
        b'{"case_id": "J-12", ' + good.encode() + b', "events": {"evaluaties": "2025-03-01"}}',
        b'{"case_id": "J-13", "x": ' + b"[" * 30 + b"]" * 30 + b", " + good.encode() + b"}",
        b'{"case_id": 1' + b"0" * 5000 + b"}",
        b'{"case_id": true, ' + good.encode() + b"}",
        b"",
        b"   ",
        b'{"case_id": 42, ' + good.encode() + b"}",
        (
            b'{"case_id": "J-19", "sick_periods": [{"start": "2025-02-30"}], '
            b'"employer": {"wga_eigenrisicodrager": "misschien"}}'
        ),
        b'"just text"',
        (
            b'{"case_id": "J-21", "sick_periods": [{"start": "2025-01-06", "end": "2025-02-01"},'
            b' {"start": "2025-01-20"}]}'
        ),
        b'{"case_id": "J-22\\u2028x", ' + good.encode() + b"}",
        b'{"case_id": "42", ' + good.encode() + b"}",
    ]
    return b"\n".join(lines) + b"\n"


def _array_bad_json() -> bytes:
    return (
        b'[{"case_id": "A-1", "sick_periods": [{"start": "2025-01-06"}]},\n 5,\n'
        b' {"case_id": "A-3"},\n {"case_id": "A-1", "sick_periods": [{"start": "2025-02-03"}]},\n'
        b' {"case_id": "A-5", "sick_periods": [{"start": "2025-02-03"}], "x": 1}]\n'
    )


def _table_inputs() -> dict[str, bytes]:
    personeel_header = "Personeelsnummer;Naam;Eerste ziektedag;Hersteldatum;Salaris;Salaris per"
    return {
        "tables/rows.csv": _rows_csv(),
        "tables/rows.jsonl": _rows_jsonl(),
        "tables/array-bad.json": _array_bad_json(),
        "tables/array.json": b'[{"case_id": "A-1", "sick_periods": [{"start": "2025-01-06"}]},'
        b' {"case_id": "A-2", "sick_periods": [{"start": "2024-11-04", "end": "2024-12-01"},'
        b' {"start": "2024-12-20"}]}]\n',
        "tables/array-cut.json": b'[{"case_id": "A-1", "sick_periods": [{"start": "2025-01-06"}]},'
        b'\n {"case_id": "A-2", ',
        "tables/cases.data": b'{"case_id": "D-1", "sick_periods": [{"start": "2025-01-06"}]}\n',
        "tables/personeel.txt": _csv([["case_id", "first_sick_day"], ["T-1", "6-1-2025"]]),
        "tables/tabs.tsv": _csv(
            [["Personeelsnummer", "Eerste ziektedag", "Naam"], ["T-1", "6-1-2025", "Tab"]], "\t"
        ),
        "tables/mapped.csv": _csv(
            [["Nummer", "Datum 1e ziektedag", "Wie"], ["M-1", "2025-01-06", "A. Map"]]
        ),
        "tables/mapping.yaml": b"Nummer: case_id\nDatum 1e ziektedag: first_sick_day\n"
        b"Wie: employee_name\n",
        "tables/mapping-bad-target.yaml": b"Nummer: case_id\nDatum 1e ziektedag: first_sick_dya\n",
        "tables/mapping-list.yaml": b"- Nummer\n- case_id\n",
        "tables/mapping-nested.yaml": b"Nummer:\n  a: case_id\n",
        "tables/unknown-column.csv": _csv(
            [["case_id", "first_sick_dya", "first_sick_day"], ["U-1", "x", "2025-01-06"]]
        ),
        "tables/unknown-column-far.csv": _csv(
            [["case_id", "first_sick_day", "Afdeling"], ["U-1", "2025-01-06", "Inkoop"]]
        ),
        "tables/missing-column.csv": _csv([["case_id", "naam"], ["U-1", "X"]]),
        "tables/both-give.csv": _csv(
            [["case_id", "Personeelsnummer", "first_sick_day"], ["U-1", "U-1", "2025-01-06"]]
        ),
        "tables/header-bytes.csv": b"case_id,first_sick_day,Afd\x81\n" + b"U-1,2025-01-06,x\n",
        "tables/empty.csv": b"",
        "tables/cp1252.csv": (personeel_header + "\r\n").encode("cp1252")
        + "W-1;José Müller;6-1-2025;;3.450,00;maand\r\n".encode("cp1252")
        + "W-2;Zoë;13-1-2025;3-2-2025;€ 2.980,50;per maand\r\n".encode("cp1252"),
        "tables/cp1252-bad-row.csv": b"case_id,first_sick_day,employee_name\n"
        b"C-1,2025-01-06,Jos\xe9\nC-2,2025-01-06,X\x81Y\nC-3,2025-01-06,ok\n",
        "tables/bad-bytes.csv": b"case_id,first_sick_day\nB-1,2025-01-06\n"
        b"B-2,2025-01-06\xff\xfe\nB-3,2025-01-06\n",
        "tables/long-field.csv": b"case_id,first_sick_day,cause\nL-1,2025-01-06,kort\n"
        b'L-2,2025-01-06,"' + b"x" * 140_000 + b"\nL-3,2025-01-06,kort\n",
        "tables/formulas.csv": _csv(
            [
                ["case_id", "first_sick_day", "employee_name", "casemanager"],
                ["=1+1", "2025-01-06", "+31 6", "-min"],
                ["@SUM", "2025-02-03", '"a,b"', "A. Jansen"],
            ]
        ),
        "tables/big-line.jsonl": b'{"case_id": "G-1", "sick_periods": [{"start": "2025-01-06"}]}\n'
        b'{"case_id": "G-2", "sick_periods": [{"start": "2025-01-06"}], "pad": "'
        + b"x" * 1_100_000
        + b'"}\n{"case_id": "G-3", "sick_periods": [{"start": "2025-01-06"}]}\n',
        "tables/fake.xlsx": b"dit is geen werkmap\n",
    }


def _edit_inputs() -> dict[str, bytes]:
    return {
        "edit/case.json": b'{\n  "case_id": "J-100",\n  "employee": {"name": "J. Son"},\n'
        b'  "sick_periods": [\n    {"start": "2025-01-06", "cause": "griep"}\n  ],\n'
        b'  "events": {"arbodienst_melding": "2025-01-07"}\n}\n',
        "edit/ended.json": b'{"case_id": "J-200", "sick_periods": '
        b'[{"start": "2025-01-06", "end": "2025-03-02"}]}\n',
        "edit/ended.yaml": b"# Hersteld in maart.\ncase_id: E-1   # personeelsnummer\n"
        b"sick_periods:\n  - start: 2025-01-06\n    end: 2025-03-02   # hersteld per 3 maart\n"
        b"    # (einde van de periode)\nevents:\n  arbodienst_melding: 2025-01-07\n",
        "edit/flow.yaml": b"case_id: F-1\nsick_periods: [{start: 2025-01-06, end: 2025-02-01}]\n"
        b"employee: {name: Flo}\n",
        "edit/flow-open.yaml": b"case_id: F-2\nsick_periods: [{start: 2025-01-06}]\n",
        "edit/crlf.yaml": b"\xef\xbb\xbfcase_id: C-1\r\nsick_periods:\r\n  - start: 2025-01-06\r\n"
        b"events:\r\n  arbodienst_melding: 2025-01-07\r\n",
        "edit/nowage.yaml": b"case_id: N-1\nemployee:\n  name: N. Loon\n"
        b"sick_periods:\n  - start: 2025-01-06\n",
        "edit/employee-scalar.yaml": b"case_id: S-1\nemployee: Jan\nevents: 5\n"
        b"sick_periods:\n  - start: 2025-01-06\n",
        "edit/events-scalar.yaml": b"case_id: S-3\nevents: 5\n"
        b"sick_periods:\n  - start: 2025-01-06\n",
        "edit/evaluaties-scalar.yaml": b"case_id: S-2\nsick_periods:\n  - start: 2025-01-06\n"
        b"events:\n  evaluaties: 2025-03-01\n",
        "edit/evaluaties-scalar.json": b'{"case_id": "S-7", "sick_periods": '
        b'[{"start": "2025-01-06"}], "events": {"evaluaties": "2025-03-01"}}\n',
        "edit/amount-list.yaml": b"case_id: S-4\nsick_periods:\n  - start: 2025-01-06\n"
        b"employee:\n  wage:\n    amount: [1, 2]\n    per: month\n",
        "edit/amount-list.json": b'{"case_id": "S-5", "sick_periods": [{"start": "2025-01-06"}],'
        b' "employee": {"wage": {"amount": [1, 2], "per": "month"}}}\n',
        "edit/employee-scalar.json": b'{"case_id": "S-6", "sick_periods": '
        b'[{"start": "2025-01-06"}], "employee": "Jan"}\n',
        "edit/no-periods.yaml": b"case_id: P-0\n",
        "edit/no-periods.json": b'{"case_id": "P-0"}\n',
    }


def _folder_inputs() -> dict[str, bytes]:
    ok = "sick_periods:\n  - start: 2025-01-06\n"
    return {
        "folder/a-ok.yaml": ("case_id: F-1\n" + ok).encode(),
        "folder/b-dup.yaml": ("case_id: F-1\n" + ok).encode(),
        "folder/c-broken.yaml": b"case_id: F-3\nsick_periods:\n\t- start: 2025-01-06\n",
        "folder/d-ok.json": b'{"case_id": "F-4", "sick_periods": [{"start": "2025-02-03"}]}',
        "folder/e-bad.yml": b"case_id: F-5\nsick_periods:\n  - start: 2025-02-30\n",
        "folder/f-empty-id.yaml": ("case_id: ''\n" + ok).encode(),
        "folder/g-array.json": b'[{"case_id": "F-7"}]',
        "folder/.hidden.yaml": b"case_id: F-hidden\n",
        "folder/notes.txt": b"geen zaak\n",
        os.fsdecode(b"folder/caf\xe9.yaml"): ("case_id: F-9\n" + ok).encode(),
    }


def _generators(repo: Path) -> Path:
    """The folder of the input generators: scripts/, or benchmarks/ where they moved."""
    for name in ("scripts", "benchmarks"):
        if (repo / name / "generate_cases.py").is_file():
            return repo / name
    sys.exit(f"{repo}: no scripts/generate_cases.py or benchmarks/generate_cases.py")


def make_inputs(workdir: Path, src: Path, repo: Path, cases: int) -> None:
    """Lay out every input of the matrix in ``workdir`` (emptied first)."""
    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    shutil.copytree(repo / "examples", workdir / "examples")
    for name in ("out", "home", "tmp", "gen"):
        (workdir / name).mkdir()
    files = {**BAD_CASE_FILES, **_table_inputs(), **_edit_inputs(), **_folder_inputs()}
    big = b"case_id: Y-BIG\n" + _PERIOD.encode() + b"# " + b"x" * 1_100_000 + b"\n"
    files["bad/big.yaml"] = big
    for name, data in files.items():
        path = workdir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    folder = workdir / "folder"
    (folder / "h-dangling.yaml").symlink_to("nergens.yaml")
    (folder / "i-outside.yaml").symlink_to("../examples/schone-zaak.yaml")
    (folder / "j-inside.yaml").symlink_to("a-ok.yaml")
    os.mkfifo(folder / "k-pipe.yaml")
    scripts = _generators(repo)
    generators = [
        ("generate_cases.py", str(cases), "gen/cases.jsonl"),
        ("generate_cases.py", str(POOL_CASES), "gen/cases-pool.jsonl"),
        ("generate_exports.py", "cases", "200", "gen/export-cases.csv"),
        ("generate_exports.py", "course", "300", "gen/export-course.csv"),
        ("generate_exports.py", "xlsx", "200", "gen/export.xlsx"),
    ]
    for script, *args in generators:
        subprocess.run(
            [sys.executable, str(scripts / script), *args, "--seed", SEED],
            cwd=workdir,
            check=True,
            env=_environment(src, ()),
            stdin=subprocess.DEVNULL,
        )


# --- Running ----------------------------------------------------------------------------


def _environment(src: Path, extra: Sequence[tuple[str, str]]) -> dict[str, str]:
    """A fixed environment, not the caller's: nothing like NO_COLOR, FORCE_COLOR,
    POORTWACHTER_LANG, PYTHONUNBUFFERED or a terminal width leaks in. NO_COLOR is left
    unset (what a user has); colour only shows on a terminal, and the runs with one set
    TERM themselves."""
    env = {
        "PATH": os.environ.get("PATH", os.defpath),
        "HOME": str(WORKDIR / "home"),
        "TMPDIR": str(WORKDIR / "tmp"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONPATH": str(src),
        "PYTHONHASHSEED": "0",
        "PYTHONPYCACHEPREFIX": PYCACHE,
        "TZ": "Europe/Amsterdam",
        "COLUMNS": "100",
        "LINES": "50",
        "TERM": "dumb",
    }
    env.update(extra)
    return env


@dataclass
class Outcome:
    stdout: bytes
    stderr: bytes
    exit_code: str


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def execute(run: Run, src: Path) -> Outcome:
    """Start the run in WORKDIR and wait for it (at most TIMEOUT seconds; a run that takes
    longer is killed, with its worker processes)."""
    command = [sys.executable, "-m", "poortwachter", *run.args]
    if run.redirect in ("stdin-closed", "stdout-closed"):
        # A shell closes the descriptor, then becomes the program.
        command = ["/bin/sh", "-c", f'exec "$0" "$@"{REDIRECTS[run.redirect]}', *command]
    env = _environment(src, run.env)

    with contextlib.ExitStack() as stack:
        stdin: int | io.BufferedReader = subprocess.DEVNULL
        if run.stdin is not None:
            stdin = stack.enter_context((WORKDIR / run.stdin).open("rb"))
        if run.tty:
            return _execute_on_terminal(command, env, stdin)
        stdout: int | io.BufferedWriter = subprocess.PIPE
        if run.redirect == "stdout-full":
            stdout = stack.enter_context(Path("/dev/full").open("wb"))
        elif run.redirect == "stdout-broken":
            # A pipe whose reader is gone already: the first write fails (EPIPE), always.
            reader, writer = os.pipe()
            os.close(reader)
            stdout = stack.enter_context(os.fdopen(writer, "wb"))
        process = subprocess.Popen(
            command,
            cwd=WORKDIR,
            env=env,
            stdin=stdin,
            stdout=stdout,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        try:
            output, errors = process.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            _kill_group(process)
            output, errors = process.communicate()
            return Outcome(output or b"", errors, "timeout")
        return Outcome(output or b"", errors, str(process.returncode))


def _execute_on_terminal(
    command: list[str], env: dict[str, str], stdin: int | io.BufferedReader
) -> Outcome:
    """Standard output on a pseudo-terminal of 100 columns and 50 lines (what a person
    sees: the terminal turns each line end into CR LF); standard error a pipe."""
    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 100, 0, 0))
    with (WORKDIR / "tmp" / "tty-stderr").open("w+b") as errors:
        process = subprocess.Popen(
            command,
            cwd=WORKDIR,
            env=env,
            stdin=stdin,
            stdout=follower,
            stderr=errors,
            start_new_session=True,
        )
        os.close(follower)
        chunks: list[bytes] = []
        deadline = time.monotonic() + TIMEOUT
        timed_out = False
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                timed_out = True
                break
            ready, _, _ = select.select([leader], [], [], min(left, 1.0))
            if not ready:
                if process.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the terminal's other side closed
                break
            if not chunk:
                break
            chunks.append(chunk)
        os.close(leader)
        if timed_out:
            _kill_group(process)
        else:
            try:
                process.wait(timeout=TIMEOUT)
            except subprocess.TimeoutExpired:
                _kill_group(process)
                timed_out = True
        errors.seek(0)
        stderr = errors.read()
    code = "timeout" if timed_out else str(process.returncode)
    return Outcome(b"".join(chunks), stderr, code)


def snapshot(source: Path, target: Path) -> None:
    """Copy a tree of inputs or outputs: regular files as they are, links as links; a
    named pipe (never opened: it would block) as a note in ``.special``."""
    special: list[str] = []
    for folder, dirs, files in os.walk(source):
        dirs.sort()
        here = Path(folder)
        relative = here.relative_to(source)
        (target / relative).mkdir(parents=True, exist_ok=True)
        for name in sorted(files + [d for d in dirs if (here / d).is_symlink()]):
            path = here / name
            destination = target / relative / name
            if path.is_symlink():
                destination.symlink_to(os.readlink(path))
            elif path.is_file():
                shutil.copyfile(path, destination)
            else:
                special.append(f"{relative / name}: not a regular file\n")
    if special:
        (target / ".special").write_text(
            "".join(special), encoding="utf-8", errors="surrogateescape"
        )


@contextlib.contextmanager
def _locked() -> Iterator[None]:
    with LOCK.open("w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            sys.exit(f"another recording is running (it holds {LOCK})")
        yield


def record(outdir: Path, src: Path, repo: Path | None, cases: int) -> int:
    src = src.resolve()
    repo = (repo or src.parent).resolve()
    if not (repo / "examples").is_dir():
        sys.exit(f"{repo}: no examples/ folder")
    if not (src / "poortwachter" / "__init__.py").is_file():
        sys.exit(f"{src}: not a source folder holding poortwachter/")
    if outdir.exists() and any(outdir.iterdir()):
        sys.exit(f"{outdir}: exists and is not empty")
    runs = build_matrix()
    with _locked():
        started = time.monotonic()
        make_inputs(WORKDIR, src, repo, cases)
        outdir.mkdir(parents=True, exist_ok=True)
        snapshot(WORKDIR, outdir / "_inputs")
        _check_imports(src)
        errors = 0
        slowest: list[tuple[float, str]] = []
        for number, run in enumerate(runs, start=1):
            run_folder = WORKDIR / "out" / run.name
            run_folder.mkdir(parents=True, exist_ok=True)
            for source, target in run.prepare:
                shutil.copyfile(WORKDIR / source, WORKDIR / target)
            began = time.monotonic()
            outcome = execute(run, src)
            slowest.append((time.monotonic() - began, run.name))
            folder = outdir / run.name
            folder.mkdir()
            (folder / "command.txt").write_text(run.command_text(), encoding="utf-8")
            (folder / "stdout").write_bytes(outcome.stdout)
            (folder / "stderr").write_bytes(outcome.stderr)
            (folder / "exit_code").write_text(outcome.exit_code + "\n", encoding="utf-8")
            if any(run_folder.iterdir()):
                snapshot(run_folder, folder / "files")
            if _has_error_line(outcome.stderr):
                errors += 1
            if number % 100 == 0:
                print(
                    f"{number}/{len(runs)} runs, {time.monotonic() - started:.0f} s",
                    file=sys.stderr,
                )
        seconds = time.monotonic() - started
    slowest.sort(reverse=True)

    def by_name(item: tuple[float, str]) -> str:
        return item[1]

    summary = {
        "src": str(src),
        "inputs_from": str(repo),
        "python": sys.version.split()[0],
        "runs": len(runs),
        "error_runs": errors,
        "seconds": round(seconds, 1),
        "slowest": [[round(taken, 2), name] for taken, name in slowest[:10]],
        "seconds_by_run": {name: round(taken, 2) for taken, name in sorted(slowest, key=by_name)},
    }
    (outdir / "summary.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(f"{len(runs)} runs ({errors} with an error line) recorded in {outdir} in {seconds:.0f} s")
    return 0


def _check_imports(src: Path) -> None:
    """The runs must use SRC's code, not an installed copy."""
    found = subprocess.run(
        [sys.executable, "-c", "import poortwachter; print(poortwachter.__file__)"],
        cwd=WORKDIR,
        env=_environment(src, ()),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not Path(found).resolve().is_relative_to(src):
        sys.exit(f"poortwachter is imported from {found}, not from {src}")


def _has_error_line(stderr: bytes) -> bool:
    return any(line.startswith((b"Fout:", b"Error:")) for line in stderr.splitlines())


# --- Comparing --------------------------------------------------------------------------

#: Normalised before comparing, each for a reason:
NORMALISE: tuple[tuple[re.Pattern[bytes], bytes], ...] = (
    # ``case record`` refuses a date after today and names today's date, read from the
    # clock (the only message that does; every other run passes --as-of): a recording
    # made on another day must still compare equal.
    (re.compile(rb"(after today|na vandaag) \(\d{4}-\d{2}-\d{2}\)"), rb"\1 (TODAY)"),
    # A traceback (the baseline prints one when stdout is /dev/full: the flush at exit
    # fails outside the error handling) names each frame by its absolute source path and
    # line number, which another source folder or any refactor changes: its frames are
    # left out, the exception it ends with is compared.
    (
        re.compile(rb"Traceback \(most recent call last\):\n(?:[ \t].*\n)+"),
        rb"Traceback (most recent call last):\n  (frames not compared)\n",
    ),
)

DIFF_LINES = 20


def _normalised(data: bytes) -> bytes:
    for pattern, replacement in NORMALISE:
        data = pattern.sub(replacement, data)
    return data


def _is_workbook(name: str, data: bytes) -> bool:
    return name.lower().endswith(".xlsx") or data.startswith(b"PK\x03\x04")


#: The times a workbook was created and last written (docProps/core.xml), blanked.
_WORKBOOK_TIMES = re.compile(rb"(<dcterms:(?:created|modified)\b[^>]*>)[^<]*")


def workbook_text(data: bytes) -> bytes:
    """What a workbook says: the values of every cell of every sheet, a row a line;
    then each zip member with a hash of its bytes (styles, column widths, the order of
    things), the two times in docProps/core.xml blanked. Nothing of the zip container
    itself is compared (each entry carries the time it was written)."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        return f"(not a workbook: {type(error).__name__})\n".encode() + data
    lines: list[str] = []
    try:
        for sheet in workbook.worksheets:
            lines.append(f"== sheet {sheet.title!r}")
            for row in sheet.iter_rows(values_only=True):
                lines.append(repr(row))
    finally:
        workbook.close()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            member = archive.read(info)
            if info.filename == "docProps/core.xml":
                member = _WORKBOOK_TIMES.sub(rb"\1", member)
            digest = hashlib.sha256(member).hexdigest()[:16]
            lines.append(f"== member {info.filename} {len(member)} bytes sha256 {digest}")
    return ("\n".join(lines) + "\n").encode()


def _comparable(name: str, data: bytes) -> bytes:
    if _is_workbook(name, data):
        return workbook_text(data)
    return _normalised(data)


def _tree(folder: Path) -> dict[str, bytes]:
    """The files of a folder by relative path; a link as ``-> target``."""
    found: dict[str, bytes] = {}
    if not folder.is_dir():
        return found
    for here, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files + [d for d in dirs if (Path(here) / d).is_symlink()]):
            path = Path(here) / name
            relative = str(path.relative_to(folder))
            if path.is_symlink():
                found[relative] = b"-> " + os.fsencode(os.readlink(path))
            else:
                found[relative] = path.read_bytes()
    return found


def _run_parts(folder: Path) -> dict[str, bytes]:
    parts: dict[str, bytes] = {}
    for part in ("command.txt", "exit_code", "stdout", "stderr"):
        path = folder / part
        if path.exists():
            parts[part] = path.read_bytes()
    for relative, data in _tree(folder / "files").items():
        parts[f"files/{relative}"] = data
    return parts


def _shown_lines(data: bytes) -> list[str]:
    text = data.decode("utf-8", "backslashreplace").replace("\r", "\\r")
    return text.splitlines(keepends=True)


def _difference(name: str, a: bytes | None, b: bytes | None) -> list[str]:
    """A short unified diff of one part of a run, or [] when the parts are equal."""
    if a is None or b is None:
        return [f"  {name}: only in {'B' if a is None else 'A'}\n"]
    left, right = _comparable(name, a), _comparable(name, b)
    if left == right:
        return []
    lines = list(
        difflib.unified_diff(_shown_lines(left), _shown_lines(right), f"A/{name}", f"B/{name}", n=1)
    )
    if not lines:
        return [f"  {name}: the bytes differ ({len(a)} and {len(b)} bytes)\n"]
    shown = [line if line.endswith("\n") else line + "\n" for line in lines[:DIFF_LINES]]
    if len(lines) > DIFF_LINES:
        shown.append(f"  ... {len(lines) - DIFF_LINES} more diff lines\n")
    return shown


def _runs_of(folder: Path) -> set[str]:
    return {
        path.name for path in folder.iterdir() if path.is_dir() and not path.name.startswith("_")
    }


def diff(first: Path, second: Path) -> int:
    for folder in (first, second):
        if not folder.is_dir():
            sys.exit(f"{folder}: not a recording")
    names = sorted(_runs_of(first) | _runs_of(second))
    differing = 0
    write = sys.stdout.write
    for name in names:
        a, b = _run_parts(first / name), _run_parts(second / name)
        report: list[str] = []
        for part in sorted(set(a) | set(b)):
            report += _difference(part, a.get(part), b.get(part))
        if report:
            differing += 1
            write(f"== {name}\n")
            write("".join(report))
    inputs_a, inputs_b = _tree(first / "_inputs"), _tree(second / "_inputs")
    inputs_report: list[str] = []
    for part in sorted(set(inputs_a) | set(inputs_b)):
        inputs_report += _difference(part, inputs_a.get(part), inputs_b.get(part))
    if inputs_report:
        write("== _inputs (the recordings ran on different inputs)\n")
        write("".join(inputs_report))
    write(f"{len(names)} runs, {differing} differ\n")
    if inputs_report:
        write("the inputs differ\n")
    return 1 if differing or inputs_report else 0


# --- Command line -----------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    recording = commands.add_parser("record", help="run the matrix and record every output")
    recording.add_argument("outdir", type=Path)
    recording.add_argument(
        "--src",
        type=Path,
        default=Path(__file__).resolve().parents[1] / "src",
        help="the source folder to run (default: the src folder of this repository)",
    )
    recording.add_argument(
        "--inputs-from",
        type=Path,
        metavar="REPO",
        help="the repository whose examples/ and generators make the inputs "
        "(default: SRC's parent)",
    )
    recording.add_argument(
        "--cases",
        type=int,
        default=DEFAULT_CASES,
        help=f"generated cases in the JSON Lines input (default: {DEFAULT_CASES})",
    )
    comparing = commands.add_parser("diff", help="compare two recordings")
    comparing.add_argument("first", type=Path)
    comparing.add_argument("second", type=Path)
    arguments = parser.parse_args(argv)
    if arguments.command == "record":
        return record(arguments.outdir, arguments.src, arguments.inputs_from, arguments.cases)
    return diff(arguments.first, arguments.second)


if __name__ == "__main__":
    sys.exit(main())
