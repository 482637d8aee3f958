"""Settings: typed values with defaults from one module, a dialog, and a live language switch."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wholesale_desk import paths
from wholesale_desk import settings_defaults as defaults
from wholesale_desk.gui.app import GuiContext
from wholesale_desk.gui.dialogs.settings_dialog import SettingsDialog
from wholesale_desk.gui.settings import Settings, app_settings, settings_file


def test_a_fresh_profile_gets_every_default(settings):
    for setting in defaults.ALL:
        assert settings.get(setting) == setting.default
    assert settings.language == "system"
    assert settings.sync_interval_minutes == 15
    assert settings.credit_control_mode == "warn"


def test_values_keep_their_type_across_restarts(settings_path):
    first = Settings(settings_path)
    first.set(defaults.SYNC_INTERVAL_MINUTES, 30)
    first.set(defaults.SYNC_ON_START, False)
    first.set(defaults.LANGUAGE, "ru")
    first.set(defaults.WINDOW_GEOMETRY, b"\x01\x02\x00")
    again = Settings(settings_path)
    assert again.get(defaults.SYNC_INTERVAL_MINUTES) == 30
    assert again.get(defaults.SYNC_ON_START) is False
    assert again.language == "ru"
    assert again.get(defaults.WINDOW_GEOMETRY) == b"\x01\x02\x00"


def test_a_bad_stored_value_falls_back_to_the_default(settings_path):
    settings_path.write_text(
        "[sync]\ninterval_minutes=often\nhistory_depth_months=9999\n[general]\nlanguage=klingon\n",
        "utf-8",
    )
    settings = Settings(settings_path)
    assert settings.sync_interval_minutes == 15
    assert settings.history_depth_months == 120
    assert settings.language == "system"


def test_changing_a_value_tells_listeners_once(qtbot, settings):
    with qtbot.waitSignal(settings.changed) as changed:
        settings.set(defaults.HISTORY_DEPTH_MONTHS, 12)
    assert changed.args == [defaults.HISTORY_DEPTH_MONTHS.key]
    with qtbot.assertNotEmitted(settings.changed):
        settings.set(defaults.HISTORY_DEPTH_MONTHS, 12)


def test_settings_live_in_the_data_folder():
    assert settings_file() == paths.data_dir() / "settings.ini"


def test_widgets_share_the_apps_one_settings_store(settings):
    assert app_settings() is settings


def test_settings_dialog_saves_what_the_user_chose(qtbot, settings_path):
    settings = Settings(settings_path)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.ui.dataFolderEdit.text() == str(paths.data_dir())
    assert dialog.ui.dataFolderEdit.isReadOnly()
    dialog.ui.syncIntervalSpin.setValue(45)
    dialog.ui.historyDepthSpin.setValue(6)
    dialog.ui.syncOnStartCheck.setChecked(False)
    dialog.ui.creditControlCombo.setCurrentIndex(dialog.ui.creditControlCombo.findData("block"))
    dialog.accept()
    again = Settings(settings_path)
    assert again.sync_interval_minutes == 45
    assert again.history_depth_months == 6
    assert again.get(defaults.SYNC_ON_START) is False
    assert again.credit_control_mode == "block"


def test_choosing_russian_retranslates_the_open_window_without_restart(
    qtbot, qapp, translations, main_window
):
    context = GuiContext(qapp, main_window.settings, translations)
    main_window.settings.changed.connect(context.on_setting_changed)
    assert main_window.ui.navigation.item(0).text() == "Clients"

    dialog = main_window.show_settings()
    qtbot.waitExposed(dialog)
    combo = dialog.ui.languageCombo
    combo.setCurrentIndex(combo.findData("ru"))
    dialog.ui.buttonBox.accepted.emit()
    QCoreApplication.processEvents()

    qtbot.waitUntil(lambda: main_window.ui.navigation.item(0).text() == "Клиенты")
    assert main_window.ui.navigation.item(2).text() == "Дебиторская задолженность"
    assert main_window.ui.menuHelp.title() == "&Справка"
    assert main_window.sync_status.ui.lastSyncLabel.text() == "Синхронизации ещё не было"
    assert main_window.settings.language == "ru"

    main_window.settings.set(defaults.LANGUAGE, "en")
    qtbot.waitUntil(lambda: main_window.ui.navigation.item(0).text() == "Clients")
