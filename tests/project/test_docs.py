"""The design documents stay true: every module, file and name docs/ARCHITECTURE.md points a
newcomer to exists (rename something and this test names the line to fix)."""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "wholesale_desk"
DOCS = ("docs/ARCHITECTURE.md", "docs/ONEC.md")
_CODE = re.compile(r"`([^`\n]+)`")


def _module_file(parts: list[str]) -> Path | None:
    """`['services', 'cooperation']` → wholesale_desk/services/cooperation.py (or a package)."""
    base = PACKAGE.joinpath(*parts)
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def problem(reference: str) -> str | None:
    """Why `reference` (as written in a doc) points at nothing, or None when it resolves."""
    ref = reference.removesuffix("()").rstrip("/")
    if " " in ref or ref.startswith((".", "/")) or not re.fullmatch(r"[\w./]+", ref):
        return None  # a command, a file pattern or prose, not a reference
    if ref.endswith((".py", ".json", ".md", ".spec", ".toml")) or (
        "/" in ref and "." not in ref.rsplit("/", 1)[-1]
    ):
        if (PACKAGE / ref).exists() or (ROOT / ref).exists():
            return None
        return "no such file or folder"
    if "/" in ref:
        folder, dotted = ref.rsplit("/", 1)
        parts = [*folder.split("/"), *dotted.split(".")]
    else:
        parts = ref.split(".")
    for cut in range(len(parts), 0, -1):
        if _module_file(parts[:cut]) is not None:
            module = importlib.import_module(".".join(["wholesale_desk", *parts[:cut]]))
            target: object = module
            for name in parts[cut:]:
                try:
                    target = inspect.getattr_static(target, name)
                except AttributeError:
                    return f"{'.'.join(parts[:cut])} has no {'.'.join(parts[cut:])}"
            return None
    if "/" in ref:
        return "no such module"
    return None  # a bare name (`Operation`, `SECTIONS`): its row names the module


def test_every_reference_in_the_design_documents_exists() -> None:
    broken = []
    for doc in DOCS:
        fenced = False
        for number, line in enumerate((ROOT / doc).read_text("utf-8").splitlines(), 1):
            if line.startswith("```"):
                fenced = not fenced
                continue
            if fenced:
                continue
            for reference in _CODE.findall(line):
                why = problem(reference)
                if why is not None:
                    broken.append(f"{doc}:{number}: `{reference}`: {why}")
    assert broken == []


def test_the_checker_notices_a_stale_reference() -> None:
    assert problem("pricing.DEFAULT_MODEL_CAPS") is None
    assert problem("services/cooperation.model_of") is None
    assert problem("gui/operations.py") is None
    assert problem("pricing.NO_SUCH_RULE") is not None
    assert problem("gui/tasks.py") is not None
    assert problem("services/nowhere.fold") is not None
