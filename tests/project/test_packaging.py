"""The installed app finds its migrations, translations and fonts (not only the source tree)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{done.stdout}\n{done.stderr}")
    (built,) = out.glob("wholesale_desk-*.whl")
    return built


def test_wheel_carries_ui_resources_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    bundled = "wholesale_desk/_bundled/"
    for needed in (
        "db/env.py",
        "db/script.py.mako",
        "db/versions/0001_initial_schema.py",
        "resources/translations/wholesale_desk_ru.qm",
        "resources/translations/wholesale_desk_ru.ts",  # the command line reads it without Qt
        "resources/translations/wholesale_desk_en.ts",
        "resources/fonts/DejaVuSans.ttf",
        "resources/profiles/ut115.json",
        "ui/main_window.ui",
    ):
        assert bundled + needed in names, needed


def test_installed_layout_migrates_a_store_from_anywhere(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site), "WHOLESALE_DESK_HOME": str(tmp_path / "home")}
    code = (
        "from wholesale_desk import paths; from wholesale_desk.store import Store;"
        "assert '_bundled' in str(paths.app_root()), paths.app_root();"
        "s = Store(); print(s.engine.url)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "home" / "store.sqlite").exists()


def test_installed_command_line_speaks_russian(wheel: Path, tmp_path: Path) -> None:
    """The catalog is found in the installed layout, not only in the source tree."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {
        **os.environ,
        "PYTHONPATH": str(site),
        "WHOLESALE_DESK_HOME": str(tmp_path / "home"),
        "WHOLESALE_DESK_LANG": "ru",
        "PYTHONIOENCODING": "utf-8",
    }
    done = subprocess.run(
        [sys.executable, "-m", "wholesale_desk", "export", "--help"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("использование:")
    assert "выгрузить" in done.stdout or "Выгрузка из локальной базы" in done.stdout
