"""Promises the code base makes about itself, checked mechanically."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "wholesale_desk"


def _sources() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "gui/forms" not in p.as_posix()]


def test_only_the_gui_package_imports_qt() -> None:
    offenders = []
    for path in _sources():
        if (PACKAGE / "gui") in path.parents:
            continue
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_translation_markers_use_literal_contexts() -> None:
    """lupdate extracts QT_TRANSLATE_NOOP only when both arguments are string literals;
    a constant as the context silently leaves the message out of the Russian translation."""
    offenders = []
    for path in _sources():
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
                and not all(isinstance(a, ast.Constant) for a in node.args[:2])
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_no_float_arithmetic_on_money_in_the_core() -> None:
    """Money is Decimal: `float(` in the core is allowed only with a justification comment."""
    offenders = []
    for path in _sources():
        if (PACKAGE / "gui") in path.parents:
            continue
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if re.search(r"\bfloat\(", line) and "not money" not in line:
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []


def test_every_core_tr_call_is_in_the_russian_catalog() -> None:
    """Outside the GUI, `Name.tr("...")` (a `translations.Context`) is extracted by lupdate with the
    object's name as the context, and only where lupdate sees the call: not inside an f-string.
    Every such string must reach the Russian catalog under that name, finished."""
    from wholesale_desk.translations import Catalog

    russian = Catalog.read(ROOT / "resources" / "translations" / "wholesale_desk_ru.ts", "ru")
    offenders = []
    for path in _sources():
        if (PACKAGE / "gui") in path.parents or "devtools" in path.parts:
            continue
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and node.args
            ):
                continue
            owner, source = node.func.value, node.args[0]
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if not isinstance(owner, ast.Name) or not isinstance(source, ast.Constant):
                offenders.append(f"{where}: not Name.tr(literal)")
                continue
            key = (owner.id, str(source.value))
            if key not in russian.singles and key not in russian.plurals:
                offenders.append(f"{where}: {key} has no Russian translation")
    assert offenders == []
