"""The assembled window of `wholesale-desk --demo`, as an acceptance test drives it.

`Desk` wraps what `wholesale_desk.gui.app.start_gui(demo=True)` built: the `GuiContext`, the
main window, its `SessionController` and the opened demo `Workspace` (the emulator over real
HTTP on 127.0.0.1). Its helpers only do what a person does: switch sections with the keyboard,
press keys and click in the window, look at what is on screen.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QMessageBox,
    QWidget,
)

from wholesale_desk.gui import operations as tasks
from wholesale_desk.gui.app import GuiContext
from wholesale_desk.gui.main_window import MainWindow
from wholesale_desk.gui.session.controller import SessionController
from wholesale_desk.workspace import Workspace

W = TypeVar("W", bound=QWidget)

SECTION_KEYS = {"clients": 1, "orders": 2, "receivables": 3, "tasks": 4, "reports": 5}


class Desk:
    """The running demo window of one test."""

    def __init__(self, qtbot: Any, context: GuiContext, home: Path) -> None:
        self.qtbot = qtbot
        self.context = context
        self.home = home

    # --- what the app built -------------------------------------------------------------------
    @property
    def window(self) -> MainWindow:
        assert self.context.window is not None
        return self.context.window

    @property
    def controller(self) -> SessionController:
        assert self.context.controller is not None, "the session controller is not attached"
        return self.context.controller

    @property
    def workspace(self) -> Workspace:
        assert self.controller.workspace is not None, "no company is open"
        return self.controller.workspace

    @property
    def language(self) -> str:
        return self.context.translations.language

    def page(self, key: str) -> QWidget:
        return self.window.page(key)

    # --- waiting ------------------------------------------------------------------------------
    def wait_until(self, condition: Callable[[], object], timeout_ms: int = 20_000) -> None:
        self.qtbot.waitUntil(lambda: bool(condition()), timeout=timeout_ms)

    def settle(self, timeout_s: float = 20.0) -> None:
        """Let background work finish and its results reach the widgets."""
        tasks.wait_all(timeout_s)
        QApplication.processEvents()

    def wait_for_sync(self, timeout_ms: int = 60_000) -> None:
        """Wait until no sync runs and the pages have taken its result."""
        self.wait_until(
            lambda: self.controller.sync_task is not None and self.controller.sync_task.done,
            timeout_ms,
        )
        self.settle()

    # --- what a person does -------------------------------------------------------------------
    def show_section(self, key: str) -> QWidget:
        """Ctrl+1…Ctrl+5, as the View menu shows them."""
        self.activate()
        self.qtbot.keyClick(
            self.window,
            Qt.Key(Qt.Key.Key_0.value + SECTION_KEYS[key]),
            Qt.KeyboardModifier.ControlModifier,
        )
        self.wait_until(lambda: self.window.current_key() == key)
        return self.page(key)

    def activate(self) -> None:
        self.window.activateWindow()
        self.window.raise_()
        self.wait_until(self.window.isActiveWindow, 5_000)

    def key(
        self, widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None
    ) -> None:
        self.qtbot.keyClick(widget, key, modifier or Qt.KeyboardModifier.NoModifier)

    def shortcut(self, sequence: str) -> None:
        """Press a window shortcut such as "Ctrl+K" where the focus is."""
        from PySide6.QtGui import QKeySequence

        combo = QKeySequence(sequence)[0]
        target = QApplication.focusWidget() or self.window
        self.qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())

    def click(self, widget: QWidget) -> None:
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def double_click_row(self, view: QAbstractItemView, row: int, column: int = 0) -> None:
        """Double-click the cell a person sees at `row`, `column` of `view`."""
        index = view.model().index(row, column)
        view.scrollTo(index)
        rect = view.visualRect(index)
        assert rect.isValid(), f"row {row} is not on screen"
        point = rect.center()
        viewport = view.viewport()
        self.qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
        self.qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=point)

    def select_row(self, view: QAbstractItemView, row: int, column: int = 0) -> None:
        index = view.model().index(row, column)
        view.scrollTo(index)
        point: QPoint = view.visualRect(index).center()
        self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)

    # --- what a person sees -------------------------------------------------------------------
    def dialogs(self, kind: type[W] = QDialog) -> list[W]:  # type: ignore[assignment]
        """Visible top-level dialogs of type `kind`, newest last."""
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]

    def wait_for_dialog(self, kind: type[W], timeout_ms: int = 20_000) -> W:
        found: list[W] = []

        def appeared() -> bool:
            found[:] = self.dialogs(kind)
            return bool(found)

        self.wait_until(appeared, timeout_ms)
        return found[-1]

    def message_boxes(self) -> list[QMessageBox]:
        return self.dialogs(QMessageBox)

    def close_dialogs(self) -> None:
        for dialog in self.dialogs():
            dialog.reject()
        QApplication.processEvents()

    def card_shown(self) -> str | None:
        """The name on the client card when the Clients section shows a loaded card, else None."""
        clients = self.page("clients")
        if self.window.current_key() != "clients":
            return None
        if clients.ui.stack.currentWidget() is not clients.ui.cardPage:  # type: ignore[attr-defined]
            return None
        card = clients.card  # type: ignore[attr-defined]
        return card.ui.nameLabel.text() if card.card is not None else None

    def wait_for_card(self, name: str, timeout_ms: int = 20_000) -> None:
        """Wait until the Clients section shows the card of `name` (as a person would see)."""
        self.wait_until(lambda: self.card_shown() == name, timeout_ms)
        self.settle()

    def screenshot(self, name: str, widget: QWidget | None = None) -> Path:
        """Save what is on screen to /tmp/acceptance-<name>-<lang>.png, for a person to look at."""
        QApplication.processEvents()
        path = Path("/tmp") / f"acceptance-{name}-{self.language}.png"
        (widget or self.window).grab().save(str(path))
        return path


def wait_seconds(seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
