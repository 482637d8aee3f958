"""Packaging hook: ship the top-level `ui/`, `resources/` and `db/` folders inside the wheel.

They live at the top of the source tree (where Designer, Linguist and Alembic expect them) and are
copied into `wholesale_desk/_bundled/` when the wheel is built; `wholesale_desk.paths` finds them
in either place. Metadata lives in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

BUNDLED = ("ui", "resources", "db")


class BuildWithAppFolders(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        root = Path(__file__).resolve().parent
        target = Path(self.build_lib) / "wholesale_desk" / "_bundled"
        # A reused build folder keeps files deleted or renamed since (a migration renumbered
        # is then a second Alembic head): the bundle is always copied afresh.
        shutil.rmtree(target, ignore_errors=True)
        for name in BUNDLED:
            shutil.copytree(
                root / name,
                target / name,
                dirs_exist_ok=True,
                ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
            )


setup(cmdclass={"build_py": BuildWithAppFolders})
