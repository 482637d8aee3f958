"""The main window as a user meets it: sections, shortcuts, empty states, menus, geometry."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLocale, QPoint, QRect, Qt, QUrl
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from wholesale_desk import paths
from wholesale_desk import settings_defaults as defaults
from wholesale_desk.gui import main_window as main_window_module
from wholesale_desk.gui.language import resolve_language
from wholesale_desk.gui.main_window import MainWindow
from wholesale_desk.gui.pages import SECTIONS, EmptyStatePage

SECTION_KEYS = ["clients", "orders", "receivables", "tasks", "reports"]


def nav_rect(window: MainWindow, row: int) -> QRect:
    return window.ui.navigation.visualItemRect(window.ui.navigation.item(row))


def test_window_opens_on_clients_with_every_section_in_the_navigation(main_window):
    assert main_window.keys() == SECTION_KEYS
    texts = [main_window.ui.navigation.item(i).text() for i in range(len(SECTIONS))]
    assert texts == ["Clients", "Orders", "Receivables", "Tasks", "Reports"]
    assert main_window.current_key() == "clients"
    assert main_window.windowTitle() == "Clients — Wholesale Desk"


def test_clicking_orders_in_the_navigation_shows_the_orders_page(qtbot, main_window):
    with qtbot.waitSignal(main_window.pageChanged) as changed:
        qtbot.mouseClick(
            main_window.ui.navigation.viewport(),
            Qt.MouseButton.LeftButton,
            pos=nav_rect(main_window, 1).center(),
        )
    assert changed.args == ["orders"]
    assert main_window.ui.pages.currentWidget() is main_window.page("orders")
    assert main_window.windowTitle() == "Orders — Wholesale Desk"


def test_ctrl_number_keys_switch_sections(qtbot, main_window):
    main_window.activateWindow()
    qtbot.waitUntil(lambda: main_window.isActiveWindow())
    qtbot.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_key() == "orders"
    qtbot.keyClick(main_window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_key() == "reports"
    qtbot.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_key() == "clients"


def test_every_section_starts_with_an_honest_empty_state(main_window):
    for key in SECTION_KEYS:
        page = main_window.page(key)
        assert isinstance(page, EmptyStatePage)
        assert page.ui.messageLabel.text() == (
            "No data yet. Open the demo company or connect to 1C."
        )


def test_empty_state_buttons_ask_for_the_demo_and_for_a_1c_connection(qtbot, main_window):
    main_window.show_page("receivables")
    page = main_window.page("receivables")
    with qtbot.waitSignals([page.openDemoRequested, main_window.openDemoRequested]):
        qtbot.mouseClick(page.ui.openDemoButton, Qt.MouseButton.LeftButton)
    with qtbot.waitSignals([page.connectRequested, main_window.connectRequested]):
        qtbot.mouseClick(page.ui.connectButton, Qt.MouseButton.LeftButton)


def test_a_feature_replaces_the_empty_state_with_its_page(qtbot, main_window):
    real = QLabel("20 000 clients")
    old = main_window.page("clients")
    main_window.set_page("clients", real)
    assert main_window.page("clients") is real
    assert main_window.ui.pages.currentWidget() is real
    assert main_window.ui.pages.indexOf(old) == -1
    main_window.show_page("orders")
    main_window.show_page("clients")
    assert main_window.ui.pages.currentWidget() is real


def test_set_page_refuses_an_unknown_section(main_window):
    try:
        main_window.set_page("warehouse", QWidget())
    except KeyError as error:
        assert "warehouse" in str(error)
    else:
        raise AssertionError("an unknown key must be refused")


def test_sync_now_from_the_menu_and_the_status_bar_reaches_the_controller(qtbot, main_window):
    with qtbot.waitSignal(main_window.syncNowRequested):
        main_window.ui.actionSyncNow.trigger()
    with qtbot.waitSignal(main_window.syncNowRequested):
        qtbot.mouseClick(main_window.sync_status.ui.syncNowButton, Qt.MouseButton.LeftButton)


def test_help_open_log_folder_opens_the_log_folder(monkeypatch, main_window):
    opened: list[QUrl] = []

    class FakeDesktopServices:
        @staticmethod
        def openUrl(url: QUrl) -> bool:
            opened.append(url)
            return True

    monkeypatch.setattr(main_window_module, "QDesktopServices", FakeDesktopServices)
    main_window.ui.actionOpenLogFolder.trigger()
    assert opened == [QUrl.fromLocalFile(str(paths.log_dir()))]
    assert paths.log_dir() == paths.data_dir() / "logs"


def test_window_geometry_and_section_are_restored_next_time(qtbot, settings):
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(760, 520)  # the offscreen screen is 800 × 600
    first.move(QPoint(40, 30))
    first.show_page("tasks")
    qtbot.waitUntil(lambda: first.size().width() == 760)
    first.close()
    assert settings.get(defaults.WINDOW_GEOMETRY)

    second = MainWindow(settings)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == first.size()
    assert second.current_key() == "tasks"


def test_about_dialog_names_the_version(qtbot, main_window):
    from wholesale_desk import __version__

    dialog = main_window.show_about()
    qtbot.waitExposed(dialog)
    assert __version__ in dialog.ui.detailsLabel.text()
    dialog.close()


def test_russian_is_the_default_under_a_russian_locale():
    russian_locale = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    english_locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert resolve_language("system", russian_locale) == "ru"
    assert resolve_language("system", english_locale) == "en"
    assert resolve_language("en", russian_locale) == "en"
    assert resolve_language("ru", english_locale) == "ru"


def test_window_speaks_russian(qtbot, russian, main_window):
    nav = [main_window.ui.navigation.item(i).text() for i in range(len(SECTIONS))]
    assert nav == ["Клиенты", "Заказы", "Дебиторская задолженность", "Задачи", "Отчёты"]
    assert main_window.windowTitle() == "Клиенты — Wholesale Desk"
    assert main_window.ui.menuFile.title() == "&Файл"
    assert main_window.ui.actionSyncNow.text() == "&Синхронизировать сейчас"
    page = main_window.page("clients")
    assert page.ui.messageLabel.text() == (
        "Данных пока нет. Откройте демо-компанию или подключитесь к 1С."
    )
    assert page.ui.titleLabel.text() == "Клиенты"


def test_screenshot_of_the_russian_main_window(qtbot, russian, settings, tmp_path):
    """Renders the window as the README shows it; set WHOLESALE_DESK_SCREENSHOT=<png> to keep it
    (`resources/screenshots/main_window.png`)."""
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1100, 680)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    target = Path(os.environ.get("WHOLESALE_DESK_SCREENSHOT") or tmp_path / "main_window.png")
    assert window.grab().save(str(target))
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1100, 680)
