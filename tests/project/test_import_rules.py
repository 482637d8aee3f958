"""The layers, as imports: what may import what (docs/ARCHITECTURE.md draws the same picture).

- the core (everything outside `wholesale_desk/gui/`) never imports the GUI or Qt, so the command
  line, the sync and the services run without a display and can be tested without one;
- the 1C emulator (`demo/`) and the 1C client (`onec/`) never import each other, so the client is
  built to the 1C contract, not to the emulator's code, and the emulator answers any client.

Imports inside functions count too: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "wholesale_desk"
QT = ("PySide6", "shiboken6")
ENTRY_POINT = {("wholesale_desk/cli.py", "wholesale_desk.gui.app")}
"""The one way in: `wholesale-desk` without a command opens the window, so the entry point
starts the GUI (lazily, after the command line is parsed). Nothing else in the core may."""


def _module_of(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path, root: Path = ROOT) -> list[tuple[int, str]]:
    """Every module `path` imports, absolute, with its line (relative imports resolved)."""
    package = _module_of(path, root).split(".")
    if path.name != "__init__.py":
        package.pop()
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found.append((node.lineno, module))
            # `from wholesale_desk import gui` imports the package `wholesale_desk.gui`
            found += [(node.lineno, f"{module}.{alias.name}") for alias in node.names]
    return found


def _sources(under: Path) -> list[Path]:
    return sorted(p for p in under.rglob("*.py") if "__pycache__" not in p.parts)


def _violations(files: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    out = []
    for path in files:
        for line, module in imports(path):
            allowed = any(
                str(path.relative_to(ROOT)) == where and (module + ".").startswith(what + ".")
                for where, what in ENTRY_POINT
            )
            if not allowed and any(module == f or module.startswith(f + ".") for f in forbidden):
                out.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    return out


def test_the_core_never_imports_the_gui_or_qt() -> None:
    core = [p for p in _sources(PACKAGE) if (PACKAGE / "gui") not in p.parents]
    assert _violations(core, ("wholesale_desk.gui", *QT)) == []


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [("demo", "wholesale_desk.onec"), ("onec", "wholesale_desk.demo")],
)
def test_the_emulator_and_the_1c_client_never_import_each_other(
    package: str, forbidden: str
) -> None:
    assert _violations(_sources(PACKAGE / package), (forbidden,)) == []


def test_the_rules_see_what_they_forbid(tmp_path: Path) -> None:
    """The checker itself: absolute, relative, `from package import module` and lazy imports."""
    pkg = tmp_path / "wholesale_desk" / "onec"
    pkg.mkdir(parents=True)
    sample = pkg / "sample.py"
    sample.write_text(
        "from ..demo import server\n"
        "from wholesale_desk import gui\n"
        "def later():\n"
        "    import PySide6.QtCore\n",
        "utf-8",
    )
    found = {module for _line, module in imports(sample, root=tmp_path)}
    assert {"wholesale_desk.demo.server", "wholesale_desk.gui", "PySide6.QtCore"} <= found
