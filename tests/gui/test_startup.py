"""`run_gui` end to end: the real start-up path opens the window and returns an exit code."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from wholesale_desk import paths
from wholesale_desk import settings_defaults as defaults
from wholesale_desk.gui import app as app_module
from wholesale_desk.gui.main_window import MainWindow
from wholesale_desk.gui.settings import Settings, set_app_settings
from wholesale_desk.logging_setup import log_file


def test_run_gui_shows_the_main_window_and_exits_cleanly(qapp, monkeypatch, tmp_path):
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path))
    Settings().set(defaults.LANGUAGE, "ru")
    seen: dict[str, object] = {}
    hooked: list[tuple[MainWindow, bool]] = []
    # The real session controller would open a company; here we only check it is handed the window.
    monkeypatch.setattr(
        app_module,
        "connect_session_controller",
        lambda window, *, demo: hooked.append((window, demo)),
    )

    def on_shown(window: MainWindow) -> None:
        seen["visible"] = window.isVisible()
        seen["title"] = window.windowTitle()
        seen["window"] = window
        quit_once_hooked()

    def quit_once_hooked() -> None:
        # The session's modules load on a worker thread while the window already responds;
        # the controller is handed the window once they are in.
        if hooked:
            QApplication.quit()
        else:
            QTimer.singleShot(20, quit_once_hooked)

    # Closing the last window would quit the app again after exec() returned, which leaves Qt's
    # "quit now" flag set and stops every later nested event loop (qtbot.wait) from running.
    qapp.setQuitOnLastWindowClosed(False)
    try:
        assert app_module.run_gui(True, on_shown=on_shown) == 0
        window = seen.pop("window")
        assert isinstance(window, MainWindow)
        window.close()
        window.deleteLater()
    finally:
        qapp.setQuitOnLastWindowClosed(True)
    assert seen == {"visible": True, "title": "Клиенты — Wholesale Desk"}
    QApplication.processEvents()
    assert [demo for _window, demo in hooked] == [True]
    assert log_file().exists()
    assert "starting" in log_file().read_text("utf-8")
    for context in app_module._contexts:
        context.translations.apply("en")
        context.settings.changed.disconnect()
    app_module._contexts.clear()
    set_app_settings(None)
