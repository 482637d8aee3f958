"""Which language the UI speaks, and the translators that make it speak it.

One `Translations` object is created at start-up and owns the app's translators; switching the
language reloads them in place, and Qt's LanguageChange event makes every widget retranslate
itself (each widget's `changeEvent` → `retranslateUi`), so no restart is needed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from wholesale_desk import paths

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
"""Source strings are English, so English needs no translation file."""
TRANSLATED_LANGUAGES = ("ru",)
CATALOG = "wholesale_desk"


def translations_dir() -> Path:
    return paths.resource_dir() / "translations"


def resolve_language(setting: str, locale: QLocale | None = None) -> str:
    """The language to show for the `language` setting: "system" follows the OS locale."""
    if setting in TRANSLATED_LANGUAGES or setting == SOURCE_LANGUAGE:
        return setting
    locale = locale or QLocale.system()
    if locale.language() == QLocale.Language.Russian:
        return "ru"
    return SOURCE_LANGUAGE


class Translations(QObject):
    """The app's translator and Qt's own (`qtbase_<lang>`, for standard buttons and dialogs)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app_translator = QTranslator(self)
        self.qt_translator = QTranslator(self)
        self.language = SOURCE_LANGUAGE

    def apply(self, language: str) -> bool:
        """Load `language` ("ru"/"en") and reinstall; True if the app's catalog was found.

        English is the source language: its small catalog only holds plural forms.
        """
        app = QCoreApplication.instance()
        assert app is not None, "create the QApplication first"
        app.removeTranslator(self.app_translator)
        app.removeTranslator(self.qt_translator)
        self.language = language
        found = self.app_translator.load(f"{CATALOG}_{language}", str(translations_dir()))
        if not found:
            log.warning("No %s translation in %s", language, translations_dir())
        self.qt_translator.load("", "")  # clears the previous language's Qt strings
        if language != SOURCE_LANGUAGE:
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if self.qt_translator.load(f"qtbase_{language}", qt_dir):
                app.installTranslator(self.qt_translator)
            else:
                log.info("Qt's own %s translation not found in %s", language, qt_dir)
        if found:
            app.installTranslator(self.app_translator)
        QLocale.setDefault(
            QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
            if language == SOURCE_LANGUAGE
            else QLocale(language)
        )
        return found
