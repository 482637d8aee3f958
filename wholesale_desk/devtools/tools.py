"""Find and run the PySide6 command-line tools (uic, lupdate, lrelease) of this environment."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

SOURCE_ROOT = Path(__file__).resolve().parents[2]
"""The checkout's top folder: devtools work on the source tree, never on an installed copy."""


def tool(name: str) -> str:
    """The path of `pyside6-<name>` beside this Python (the venv), else on PATH."""
    exe = f"pyside6-{name}"
    for folder in (
        Path(sys.executable).parent,
        Path(sys.prefix) / "bin",
        Path(sys.prefix) / "Scripts",
    ):
        for candidate in (folder / exe, folder / f"{exe}.exe"):
            if candidate.exists():
                return str(candidate)
    found = shutil.which(exe)
    if found is None:
        raise SystemExit(f"{exe} not found: install PySide6 in this environment")
    return found


def run_tool(name: str, *args: str, quiet: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [tool(name), *args], capture_output=True, text=True, check=False, cwd=SOURCE_ROOT
    )
    if result.returncode != 0:
        raise SystemExit(f"pyside6-{name} failed:\n{result.stdout}\n{result.stderr}")
    if not quiet:
        sys.stdout.write(result.stdout)
    return result
