"""The house (docs/architecture.md): four wings around a pure engine, the arrows
pointing one way (cli -> inputs, outputs -> engine -> law), no import circle anywhere,
and no module too big to read at once."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "poortwachter"

#: The facade that lists the API imports from every wing on purpose.
FACADES = {"poortwachter", "poortwachter.api"}

#: What each wing may import from the package, besides itself.
ALLOWED = {
    "law": {"law"},
    "engine": {"law", "engine"},
    "inputs": {"law", "engine", "inputs"},
    "outputs": {"law", "engine", "outputs"},
    "cli": {"law", "engine", "inputs", "outputs", "cli"},
}

#: The most lines a module may hold (a bigger one holds two rooms).
MAX_LINES = 600


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def wing(module: str) -> str:
    parts = module.split(".")
    if parts[-1] == "__main__":
        return "cli"  # ``python -m poortwachter``: the command line's own door
    if len(parts) > 1 and parts[1] in ("law", "inputs", "outputs", "cli"):
        return parts[1]
    return "engine"


def imports(module: str, path: Path, known: set[str]) -> Iterator[tuple[str, int]]:
    """Every module of the package that ``module`` imports, at the top or inside a
    function, with the line."""
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_package else module.split(".")[:-1]
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            if not target.startswith("poortwachter"):
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                yield (sub if sub in known else target), node.lineno
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("poortwachter"):
                    yield alias.name, node.lineno


def graph() -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    edges: dict[str, set[str]] = {}
    for module, path in found.items():
        targets = {target for target, _ in imports(module, path, known) if target in known}
        # a package's own __init__ runs before any of its modules: not an edge to follow
        edges[module] = {target for target in targets if target != module}
    return edges


def test_the_wings_exist_as_the_architecture_page_draws_them() -> None:
    for folder in ("law", "inputs", "outputs", "cli"):
        assert (PACKAGE / folder / "__init__.py").exists(), folder
    page = (PACKAGE.parent.parent / "docs" / "architecture.md").read_text(encoding="utf-8")
    for path in modules().values():
        if path.name not in ("__init__.py", "__main__.py"):
            assert path.relative_to(PACKAGE).as_posix() in page, path


@pytest.mark.parametrize("module", sorted(modules()))
def test_every_arrow_points_down(module: str) -> None:
    if module in FACADES:
        return
    path = modules()[module]
    allowed = ALLOWED[wing(module)]
    for target, line in imports(module, path, set(modules())):
        if target in FACADES and target != "poortwachter":
            raise AssertionError(f"{module}:{line} imports the API facade {target}")
        if target == "poortwachter":
            continue  # the package itself: __version__
        assert wing(target) in allowed, f"{module}:{line} imports {target} ({wing(target)})"


def test_no_import_circle() -> None:
    edges = graph()
    for facade in FACADES:
        edges.pop(facade, None)
    for targets in edges.values():
        targets -= FACADES
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for target in sorted(edges.get(module, ())):
            if state.get(target) == 1:
                circle = [*path[path.index(target) :], target]
                raise AssertionError("import circle: " + " -> ".join(circle))
            if target not in state:
                visit(target)
        path.pop()
        state[module] = 2

    for module in sorted(edges):
        if module not in state:
            visit(module)


@pytest.mark.parametrize("module", sorted(modules()))
def test_no_module_is_too_big_to_read_at_once(module: str) -> None:
    lines = len(modules()[module].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{module}: {lines} lines"


def test_the_checks_can_fail(tmp_path: Path) -> None:
    # The walk finds a lazy import inside a function, and a relative one.
    probe = tmp_path / "probe.py"
    probe.write_text("def f():\n    from ..cli import root\n", encoding="utf-8")
    known = {"poortwachter.cli.root", "poortwachter.cli"}
    found = list(imports("poortwachter.law.probe", probe, known))
    assert found == [("poortwachter.cli.root", 2)]
    assert wing("poortwachter.cli.root") not in ALLOWED["law"]


def text_annotated_named_tuples(source: str) -> list[str]:
    """The named tuples of a module whose field annotations are text: defined under
    ``from __future__ import annotations``, so that ``typing.NamedTuple`` compiles each
    into a ``ForwardRef`` at import (docs/speed.md, "Where a cold start goes")."""
    tree = ast.parse(source)
    future = any(
        isinstance(node, ast.ImportFrom)
        and node.module == "__future__"
        and any(alias.name == "annotations" for alias in node.names)
        for node in tree.body
    )
    return [
        node.name
        for node in ast.walk(tree)
        if future
        and isinstance(node, ast.ClassDef)
        and any(isinstance(base, ast.Name) and base.id == "NamedTuple" for base in node.bases)
    ]


@pytest.mark.parametrize("module", sorted(modules()))
def test_named_tuples_are_not_annotated_with_text(module: str) -> None:
    found = text_annotated_named_tuples(modules()[module].read_text(encoding="utf-8"))
    assert found == [], f"{module}: {found} under from __future__ import annotations"


def test_the_annotation_check_can_fail() -> None:
    source = "from __future__ import annotations\nclass A(NamedTuple):\n    x: int\n"
    assert text_annotated_named_tuples(source) == ["A"]
    assert text_annotated_named_tuples(source.split("\n", 1)[1]) == []
