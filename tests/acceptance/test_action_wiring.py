"""Every action, button and shortcut of the assembled window leads somewhere.

Walks the window `wholesale-desk --demo` builds, after the session attached its pages (each
section shown, the client card made), and fails on anything enabled that is connected to
nothing: a QAction whose `triggered`/`toggled` has no receiver, a button whose
`clicked`/`toggled`/`pressed` has none and that opens no menu, a QShortcut whose `activated`
has none; and a signal of the app's own widgets that asks someone else to act (`…Requested`,
`…Opened`, `hitChosen`, …) with no receiver — the clients workspace made a local once
left those silently unconnected.
"""

from __future__ import annotations

import gc

from desk import Desk
from PySide6.QtCore import SIGNAL, QMetaMethod, QObject
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from wholesale_desk.gui.main_window import MainWindow

ANNOUNCEMENTS = {
    # Signals that tell what happened, for whoever cares; nothing has to listen.
    "ClientCardView.loaded",  # the card is on screen (tests wait for it)
    "ClientCardView.loyaltyLoaded",
    "ClientsPage.queryFinished",  # the client list has its rows
    "MainWindow.pageChanged",
    "MainWindow.sessionAttached",
    "SessionController.workspaceOpened",
    "SessionController.dataChanged",
    "SessionController.syncFinished",
    "OrderListPage.orderOpened",  # after the editor is open
    "TasksPage.changed",
    "Settings.changed",
}
"""Custom signals that announce; every other custom signal of the app's widgets asks for an
action, so an unconnected one is an action that does nothing."""


def _receivers(obj: QObject, *signatures: str) -> int:
    return sum(obj.receivers(SIGNAL(signature)) for signature in signatures)


def _label(obj: QObject) -> str:
    text = obj.text() if isinstance(obj, QAction | QAbstractButton) else ""
    parent = obj.parent()
    where = f"{type(parent).__name__}.{parent.objectName()}" if parent is not None else "?"
    return f"{type(obj).__name__} {obj.objectName()!r} {text!r} in {where}"


def _own_signals(obj: QObject) -> list[QMetaMethod]:
    """Signals declared by the app's own classes of `obj` (not Qt's)."""
    meta = obj.metaObject()
    first = meta
    while first.superClass() is not None and _is_ours(first.className(), obj):
        first = first.superClass()
    start = first.methodCount()
    return [
        meta.method(i)
        for i in range(start, meta.methodCount())
        if meta.method(i).methodType() == QMetaMethod.MethodType.Signal
    ]


def _is_ours(class_name: str, obj: QObject) -> bool:
    return any(
        klass.__name__ == class_name and klass.__module__.startswith("wholesale_desk")
        for klass in type(obj).__mro__
    )


def _show_everything(desk: Desk) -> None:
    """Visit each section, open a client's card and each of its tabs, as a person would."""
    for key in ("orders", "receivables", "tasks", "reports", "clients"):
        desk.show_section(key)
        desk.settle()
    clients = desk.page("clients")
    desk.wait_until(lambda: clients.model.rowCount() > 0)
    desk.double_click_row(clients.ui.clientsView, 0)
    desk.wait_until(lambda: desk.card_shown())
    for tab in range(clients.card.ui.tabs.count()):
        clients.card.ui.tabs.setCurrentIndex(tab)
        desk.settle()
    gc.collect()
    QApplication.processEvents()


def _unconnected(window: MainWindow) -> list[str]:
    problems: list[str] = []
    actions = set(window.findChildren(QAction))
    for widget in [window, *window.findChildren(QWidget)]:
        actions.update(widget.actions())
    for action in actions:
        if action.isSeparator() or not action.isEnabled() or action.menu() is not None:
            continue
        if isinstance(action, QWidgetAction):  # a widget in a tool bar: walked as a widget
            continue
        if not _receivers(action, "triggered(bool)", "toggled(bool)"):
            group = action.actionGroup()
            if group is None or not _receivers(group, "triggered(QAction*)"):
                problems.append(_label(action))
    for button in window.findChildren(QAbstractButton):
        if not button.isEnabled() or _opens_a_menu(button):
            continue
        if not _receivers(button, "clicked(bool)", "toggled(bool)", "pressed()", "released()"):
            problems.append(_label(button))
    for shortcut in window.findChildren(QShortcut):
        if shortcut.isEnabled() and not _receivers(shortcut, "activated()"):
            problems.append(f"QShortcut {shortcut.key().toString()} in {_label(shortcut.parent())}")
    for obj in [window, *window.findChildren(QObject)]:
        for signal in _own_signals(obj):
            name = bytes(signal.name().data()).decode()
            if f"{type(obj).__name__}.{name}" in ANNOUNCEMENTS:
                continue
            if not obj.isSignalConnected(signal):
                problems.append(f"signal {type(obj).__name__}.{name} of {obj.objectName()!r}")
    return sorted(problems)


def _opens_a_menu(button: QAbstractButton) -> bool:
    if isinstance(button, QPushButton) and button.menu() is not None:
        return True
    if isinstance(button, QToolButton) and (
        button.menu() is not None or button.defaultAction() is not None
    ):
        return True
    return False


def test_every_enabled_action_and_button_is_connected(desk: Desk):
    _show_everything(desk)
    window = desk.window
    problems = _unconnected(window)
    assert not problems, "enabled but connected to nothing:\n" + "\n".join(problems)


def test_the_walk_sees_the_pages_actions(desk: Desk):
    """The walk covers what it claims: the pages' buttons, menu actions and shortcuts."""
    _show_everything(desk)
    window = desk.window
    buttons = {b.objectName() for b in window.findChildren(QAbstractButton)}
    assert {"callButton", "openClientButton", "offerButton", "printInvoicesButton"} <= buttons
    signals = {
        (type(o).__name__, bytes(s.name().data()).decode())
        for o in window.findChildren(QObject)
        for s in _own_signals(o)
    }
    assert ("ReceivablesPage", "callRequested") in signals
    assert ("TasksPage", "clientRequested") in signals
    assert ("GlobalSearchDialog", "hitChosen") in signals
    assert ("ReportsPage", "clientOpened") in signals


def _window_shortcuts(desk: Desk) -> list[tuple[str, str]]:
    """(key, what) of every shortcut live in the shown section: window-wide actions and the
    shortcuts of visible widgets whose context reaches the whole window or the page."""
    from PySide6.QtCore import Qt

    window = desk.window
    live: list[tuple[str, str]] = []
    actions = {a for a in window.findChildren(QAction) if a.isEnabled()}
    for action in actions:
        context = action.shortcutContext()
        owners = action.associatedObjects()
        # A menu's action works by its key while the menu bar is there, even with the menu shut.
        visible = any(
            isinstance(o, QMenu) or (isinstance(o, QWidget) and o.isVisible()) for o in owners
        )
        if context == Qt.ShortcutContext.WindowShortcut and visible:
            live += [(k.toString(), _label(action)) for k in action.shortcuts()]
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if (
            shortcut.isEnabled()
            and isinstance(parent, QWidget)
            and parent.isVisible()
            and shortcut.context()
            in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ):
            live += [(shortcut.key().toString(), f"QShortcut in {type(parent).__name__}")]
    return [item for item in live if item[0]]


def test_no_key_means_two_things_in_any_section(desk: Desk):
    """Qt runs neither of two shortcuts on the same key ("Ambiguous shortcut overload"): F5 on
    a page that also had its own F5 did nothing at all."""
    for key in ("clients", "orders", "receivables", "tasks", "reports"):
        desk.show_section(key)
        desk.settle()
        seen: dict[str, list[str]] = {}
        for sequence, what in _window_shortcuts(desk):
            seen.setdefault(sequence, []).append(what)
        clashes = {k: v for k, v in seen.items() if len(v) > 1}
        assert not clashes, f"in {key}: " + "; ".join(f"{k}: {v}" for k, v in clashes.items())
