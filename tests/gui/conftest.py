"""Fixtures for GUI tests: private settings, the main window, the Russian UI.

Every GUI test gets its own settings file, so geometry or language from one test never leaks
into another; the UI speaks English unless a test asks for `russian`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from wholesale_desk.gui.language import Translations
from wholesale_desk.gui.main_window import MainWindow
from wholesale_desk.gui.settings import Settings, set_app_settings


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    """The app's translators, put back to English after the test."""
    translations = Translations(qapp)
    yield translations
    translations.apply("en")
    QApplication.processEvents()
    translations.deleteLater()


@pytest.fixture
def russian(translations: Translations) -> Translations:
    """The UI in Russian, as under a Russian locale."""
    assert translations.apply("ru"), "the Russian .qm is missing: run devtools.translations build"
    return translations


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def settings(settings_path: Path) -> Iterator[Settings]:
    """A private settings file, also what `app_settings()` returns during the test."""
    settings = Settings(settings_path)
    set_app_settings(settings)
    yield settings
    set_app_settings(None)


@pytest.fixture
def main_window(qtbot, settings: Settings) -> MainWindow:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
