"""Start the GUI: one QApplication, the log, the translators, the main window.

`run_gui(demo)` is what `wholesale-desk` calls; `start_gui(demo)` is all of it but the event loop. The demo company and the 1C connection are wired
in `connect_session_controller`, the one place a session controller hooks into the window.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from wholesale_desk import __version__, paths
from wholesale_desk import settings_defaults as defaults
from wholesale_desk.gui import operations
from wholesale_desk.gui.icons import icon
from wholesale_desk.gui.language import Translations, resolve_language
from wholesale_desk.gui.main_window import MainWindow
from wholesale_desk.gui.settings import Settings, set_app_settings
from wholesale_desk.logging_setup import setup_logging

if TYPE_CHECKING:
    from wholesale_desk.gui.session.controller import SessionController

log = logging.getLogger(__name__)

ORGANIZATION = "WholesaleDesk"
APPLICATION = "Wholesale Desk"


class GuiContext:
    """What the running GUI is made of; kept on the QApplication so nothing is collected early."""

    def __init__(self, app: QApplication, settings: Settings, translations: Translations) -> None:
        self.app = app
        self.settings = settings
        self.translations = translations
        self.window: MainWindow | None = None
        self.controller: SessionController | None = None

    def apply_language(self) -> str:
        language = resolve_language(self.settings.language)
        self.translations.apply(language)
        log.info("UI language: %s (setting %r)", language, self.settings.language)
        return language

    def close_session(self) -> None:
        """Close the opened company (stop the demo emulator, close the store) after the loop."""
        controller = self.controller
        if controller is not None and controller.workspace is not None:
            controller.workspace.close()
            controller.workspace = None

    def on_setting_changed(self, key: str) -> None:
        """Apply a changed setting that takes effect at once (the language)."""
        if key == defaults.LANGUAGE.key:
            self.apply_language()


def create_application(argv: list[str] | None = None) -> GuiContext:
    """Make (or reuse, in tests) the QApplication with logging, settings and translators."""
    setup_logging()
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
        QCoreApplication.setApplicationVersion(__version__)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setWindowIcon(icon("app"))
    settings = Settings()
    set_app_settings(settings)
    translations = Translations(app)
    context = GuiContext(app, settings, translations)
    context.apply_language()
    settings.changed.connect(context.on_setting_changed)
    app.aboutToQuit.connect(lambda: operations.shutdown(5000))
    _contexts.append(context)
    log.info("Wholesale Desk %s starting, data folder %s", __version__, paths.data_dir())
    return context


_contexts: list[GuiContext] = []


def connect_session_controller(window: MainWindow, *, demo: bool) -> SessionController:
    """Give the window its session controller (demo emulator + sync, or a 1C connection).

    With `demo=True` the demo company opens at once; otherwise the last 1C connection does, or
    the first-run dialog asks how to start.
    """
    from wholesale_desk.gui.session.controller import SessionController

    controller = SessionController(window, window.settings)
    window.session_controller = controller  # type: ignore[attr-defined]
    QTimer.singleShot(0, lambda: controller.start(demo=demo))
    return controller


def _install_excepthook() -> None:
    """An exception escaping a slot goes to the log instead of vanishing on stderr."""
    previous = sys.excepthook
    if getattr(previous, "_wholesale_desk", False):
        return

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("Unhandled exception:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        previous(kind, value, tb)

    hook._wholesale_desk = True  # type: ignore[attr-defined]
    sys.excepthook = hook


def _preload_session() -> None:
    """Import the session controller's modules (Python only: no widget is made here)."""
    try:
        import wholesale_desk.gui.session.controller  # noqa: F401
    except Exception:  # the GUI thread imports again and reports the error properly
        log.exception("Preloading the session modules failed")


def start_gui(demo: bool, *, on_shown: Callable[[MainWindow], None] | None = None) -> GuiContext:
    """Everything `run_gui` does before the event loop: the app, the window, the session.

    The window is on screen when this returns; the session controller is attached from the
    event loop once its modules are loaded. The acceptance tests start the window through this
    very function, so they meet what `wholesale-desk --demo` builds.
    `on_shown` runs once the window is on screen (the start-up benchmark quits from there).
    """
    context = create_application()
    _install_excepthook()
    window = MainWindow(context.settings)
    context.window = window
    window.show()
    if on_shown is not None:
        QTimer.singleShot(0, lambda: on_shown(window))
    # The session brings in the store, sync and every page (over a second of imports): the
    # window shows its empty state at once, the imports run on a worker thread so the window
    # stays responsive, and the controller is made on the GUI thread once they are done.
    preload = threading.Thread(target=_preload_session, name="session-imports", daemon=True)
    preload.start()

    def attach_when_loaded() -> None:
        if preload.is_alive():
            QTimer.singleShot(20, attach_when_loaded)
        else:
            context.controller = connect_session_controller(window, demo=demo)

    QTimer.singleShot(0, attach_when_loaded)
    return context


def run_gui(demo: bool, *, on_shown: Callable[[MainWindow], None] | None = None) -> int:
    """Open the main window and run the event loop; returns the exit code."""
    context = start_gui(demo, on_shown=on_shown)
    code = context.app.exec()
    log.info("Wholesale Desk exiting with code %s", code)
    context.close_session()
    return int(code)
