"""Packaging: the declared bounds are the ones CI tests, every runtime import is declared."""

from __future__ import annotations

import ast
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def pinned(name: str) -> dict[str, Version]:
    pins: dict[str, Version] = {}
    for line in (ROOT / "constraints" / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            package, version = line.split("==")
            pins[canonicalize_name(package)] = Version(version)
    return pins


def lower_bounds() -> dict[str, Version]:
    bounds: dict[str, Version] = {}
    for text in PROJECT["project"]["dependencies"]:
        requirement = Requirement(text)
        (floor,) = [spec.version for spec in requirement.specifier if spec.operator == ">="]
        bounds[canonicalize_name(requirement.name)] = Version(floor)
    return bounds


def test_the_minimum_constraints_are_the_declared_lower_bounds() -> None:
    minimum = pinned("minimum.txt")
    for name, floor in lower_bounds().items():
        assert minimum.get(name) == floor, name


def test_ci_pins_every_runtime_and_test_dependency_within_its_bounds() -> None:
    ci = pinned("ci.txt")
    wanted = (
        PROJECT["project"]["dependencies"] + PROJECT["project"]["optional-dependencies"]["test"]
    )
    for text in wanted:
        requirement = Requirement(text)
        name = canonicalize_name(requirement.name)
        assert name in ci, f"{name} is not pinned in constraints/ci.txt"
        assert ci[name] in requirement.specifier, f"{name} {ci[name]} is outside {text}"


def test_every_third_party_import_of_the_package_is_declared() -> None:
    declared = {
        canonicalize_name(Requirement(text).name) for text in PROJECT["project"]["dependencies"]
    }
    module_to_package = {
        "yaml": "pyyaml",
        "dateutil": "python-dateutil",
        "docx": "python-docx",
        "ruamel": "ruamel-yaml",
    }
    imported: set[str] = set()
    for path in (ROOT / "src" / "poortwachter").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    third_party = {name for name in imported if name not in sys.stdlib_module_names} - {
        "poortwachter"
    }
    for module in third_party:
        assert canonicalize_name(module_to_package.get(module, module)) in declared, module
    # zoneinfo is stdlib, but needs the tzdata package where the system has no database
    assert "zoneinfo" in imported
    assert "tzdata" in declared


def test_the_build_floor_reads_the_licence_string() -> None:
    assert PROJECT["build-system"]["requires"] == ["setuptools>=77"]
    assert PROJECT["project"]["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
