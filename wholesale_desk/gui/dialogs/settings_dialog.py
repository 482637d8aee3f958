"""File → Settings: edits the typed settings; the language applies at once, without restart."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from wholesale_desk import paths
from wholesale_desk import settings_defaults as defaults
from wholesale_desk.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from wholesale_desk.gui.settings import Settings
from wholesale_desk.i18n import QT_TRANSLATE_NOOP

LANGUAGE_NAMES = {
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "System default"),
    # A language's own name is not translated: a user must find it whatever the UI speaks.
    "ru": "Русский",
    "en": "English",
}
CREDIT_CONTROL_NAMES = {
    "warn": QT_TRANSLATE_NOOP("SettingsDialog", "Warn and let the order through"),
    "block": QT_TRANSLATE_NOOP("SettingsDialog", "Block the order"),
}


class SettingsDialog(QDialog):
    """Shows the current values; `accept()` writes them back (and so switches the language)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.ui.dataFolderEdit.setText(str(paths.data_dir()))
        self.ui.openDataFolderButton.clicked.connect(self.open_data_folder)
        self.ui.historyDepthSpin.valueChanged.connect(self._show_suffixes)
        self.retranslateUi()
        self.load()

    def _fill_combos(self) -> None:
        for combo, names in (
            (self.ui.languageCombo, LANGUAGE_NAMES),
            (self.ui.creditControlCombo, CREDIT_CONTROL_NAMES),
        ):
            current = combo.currentData()
            combo.clear()
            for value, name in names.items():
                shown = self.tr(name) if value not in ("ru", "en") else name
                combo.addItem(shown, value)
            if current is not None:
                combo.setCurrentIndex(combo.findData(current))

    def load(self) -> None:
        s = self.settings
        self.ui.languageCombo.setCurrentIndex(self.ui.languageCombo.findData(s.language))
        self.ui.syncIntervalSpin.setValue(s.sync_interval_minutes)
        self.ui.syncOnStartCheck.setChecked(s.get(defaults.SYNC_ON_START))
        self.ui.historyDepthSpin.setValue(s.history_depth_months)
        self.ui.staleAfterSpin.setValue(s.get(defaults.STALE_AFTER_HOURS))
        self.ui.creditControlCombo.setCurrentIndex(
            self.ui.creditControlCombo.findData(s.credit_control_mode)
        )
        self.ui.paymentQrCheck.setChecked(s.get(defaults.PAYMENT_QR))

    def save(self) -> None:
        s = self.settings
        s.set(defaults.SYNC_INTERVAL_MINUTES, self.ui.syncIntervalSpin.value())
        s.set(defaults.SYNC_ON_START, self.ui.syncOnStartCheck.isChecked())
        s.set(defaults.HISTORY_DEPTH_MONTHS, self.ui.historyDepthSpin.value())
        s.set(defaults.STALE_AFTER_HOURS, self.ui.staleAfterSpin.value())
        s.set(defaults.CREDIT_CONTROL_MODE, str(self.ui.creditControlCombo.currentData()))
        s.set(defaults.PAYMENT_QR, self.ui.paymentQrCheck.isChecked())
        # Last: the language switch retranslates every window, this one included.
        s.set(defaults.LANGUAGE, str(self.ui.languageCombo.currentData()))

    def accept(self) -> None:
        self.save()
        super().accept()

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))

    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_combos()
        self._show_suffixes()

    def _show_suffixes(self, _value: int = 0) -> None:
        """Units that agree with the number ("1 month", "24 months"; "21 месяц")."""
        depth = self.ui.historyDepthSpin
        depth.setSuffix(self.tr(" month(s)", "", depth.value()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
