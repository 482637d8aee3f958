"""Compile Designer forms: `python -m wholesale_desk.devtools.forms [check]`.

Every `ui/<name>.ui` becomes `wholesale_desk/gui/forms/ui_<name>.py` through `pyside6-uic`.
`check` exits non-zero when a generated file is missing or stale (CI and a test run it).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from wholesale_desk.devtools.tools import SOURCE_ROOT, run_tool

UI_DIR = SOURCE_ROOT / "ui"
FORMS_DIR = SOURCE_ROOT / "wholesale_desk" / "gui" / "forms"


def forms() -> list[tuple[Path, Path]]:
    """Pairs of (source .ui, generated .py)."""
    return [(ui, FORMS_DIR / f"ui_{ui.stem}.py") for ui in sorted(UI_DIR.glob("*.ui"))]


HEADER = "# Automatically generated - do not edit: compiled from ui/{name} by {command}.\n"


def compile_form(ui: Path, target: Path) -> None:
    run_tool("uic", "-g", "python", "-o", str(target), str(ui))
    header = HEADER.format(name=ui.name, command="python -m wholesale_desk.devtools.forms")
    target.write_text(header + target.read_text("utf-8"), "utf-8")


def comparable(text: str) -> str:
    """The generated code without uic's header, which names the Qt version that wrote it."""
    lines = text.splitlines()
    return "\n".join(line for line in lines if not line.startswith("##"))


def stale_forms() -> list[str]:
    """Names of forms whose generated module is missing or differs from a fresh compile."""
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for ui, target in forms():
            fresh = Path(tmp) / target.name
            compile_form(ui, fresh)
            if not target.exists() or comparable(target.read_text("utf-8")) != comparable(
                fresh.read_text("utf-8")
            ):
                stale.append(ui.name)
    return stale


def generate() -> list[Path]:
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    init = FORMS_DIR / "__init__.py"
    if not init.exists():
        init.write_text(
            '"""Python modules generated from `ui/*.ui` by pyside6-uic: do not edit."""\n', "utf-8"
        )
    written = []
    for ui, target in forms():
        compile_form(ui, target)
        written.append(target)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wholesale_desk.devtools.forms")
    parser.add_argument("command", nargs="?", default="build", choices=("build", "check"))
    args = parser.parse_args(argv)
    if args.command == "check":
        stale = stale_forms()
        for name in stale:
            print(f"stale: {name} (run python -m wholesale_desk.devtools.forms)")
        return 1 if stale else 0
    for path in generate():
        print(f"wrote {path.relative_to(SOURCE_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
