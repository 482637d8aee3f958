"""Typed access to the user's settings, stored with QSettings in the data folder.

Keys and defaults live in `wholesale_desk.settings_defaults` (Qt-free); this layer only reads and
writes them and tells listeners what changed, so a page never parses QSettings' strings itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from wholesale_desk import paths
from wholesale_desk import settings_defaults as defaults
from wholesale_desk.settings_defaults import Setting

T = TypeVar("T", str, int, bool, bytes)


def settings_file() -> Path:
    """The INI file in the data folder; `WHOLESALE_DESK_HOME` thus isolates tests and profiles."""
    return paths.data_dir() / defaults.SETTINGS_FILE_NAME


class Settings(QObject):
    """The settings store: `settings.get(defaults.LANGUAGE)` → `"system"`, typed by the default.

    `changed(key)` fires after `set` changes a value, so the app can react (language switch,
    sync timer) without the dialog knowing who listens.
    """

    changed = Signal(str)

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path or settings_file()
        paths.private_file(self.path, create=True)  # 0600: QSettings keeps an existing mode
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        raw = self._qsettings.value(setting.key)
        if isinstance(raw, QByteArray):
            raw = bytes(raw.data())
        return setting.coerce(raw)

    def set(self, setting: Setting[T], value: T) -> None:
        value = setting.coerce(value)
        if self._qsettings.contains(setting.key) and self.get(setting) == value:
            return
        stored: object = QByteArray(value) if isinstance(value, bytes) else value
        self._qsettings.setValue(setting.key, stored)
        self._qsettings.sync()
        self.changed.emit(setting.key)

    def reset(self, setting: Setting[T]) -> None:
        """Forget the user's value so the default applies again."""
        self._qsettings.remove(setting.key)
        self.changed.emit(setting.key)

    def sync(self) -> None:
        self._qsettings.sync()

    # Typed shortcuts for the settings most code touches.
    @property
    def language(self) -> str:
        return self.get(defaults.LANGUAGE)

    @property
    def sync_interval_minutes(self) -> int:
        return self.get(defaults.SYNC_INTERVAL_MINUTES)

    @property
    def history_depth_months(self) -> int:
        return self.get(defaults.HISTORY_DEPTH_MONTHS)

    @property
    def credit_control_mode(self) -> str:
        return self.get(defaults.CREDIT_CONTROL_MODE)


_app_settings: Settings | None = None


def app_settings() -> Settings:
    """The running app's one settings store (created by `run_gui`), so every listener of
    `changed` hears every change; a widget built without a window in reach asks here."""
    global _app_settings
    if _app_settings is None:
        _app_settings = Settings()
    return _app_settings


def set_app_settings(settings: Settings | None) -> None:
    """Make `settings` the app's store (start-up; tests point it at a private file)."""
    global _app_settings
    _app_settings = settings
