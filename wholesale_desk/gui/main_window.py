"""The main window: navigation between the sections, menus, and the sync status area.

Features plug in without editing this file: `window.set_page("clients", ClientsView(...))`
replaces a section's empty state; the session/sync controller connects to
`openDemoRequested`, `connectRequested` and `syncNowRequested` and drives `window.sync_status`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QWidget

from wholesale_desk import paths
from wholesale_desk import settings_defaults as defaults
from wholesale_desk.gui.dialogs.about_dialog import AboutDialog
from wholesale_desk.gui.dialogs.settings_dialog import SettingsDialog
from wholesale_desk.gui.forms.ui_main_window import Ui_MainWindow
from wholesale_desk.gui.icons import icon
from wholesale_desk.gui.pages import SECTIONS, EmptyStatePage, Section
from wholesale_desk.gui.settings import Settings
from wholesale_desk.gui.sync_status import SyncStatusWidget

log = logging.getLogger(__name__)

KEY_ROLE = Qt.ItemDataRole.UserRole
NAVIGATION_STYLE = (
    "QListWidget#navigation { outline: 0; } QListWidget#navigation::item { padding: 4px 6px; }"
)


class MainWindow(QMainWindow):
    """The one main window; `settings` is the app's typed settings store."""

    openDemoRequested = Signal()
    connectRequested = Signal()
    syncNowRequested = Signal()
    pageChanged = Signal(str)
    sessionAttached = Signal(object)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session: object | None = None
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("app"))
        self.ui.navigation.setStyleSheet(NAVIGATION_STYLE)
        self.sections: dict[str, Section] = {s.key: s for s in SECTIONS}
        self._pages: dict[str, QWidget] = {}
        self._page_actions: dict[str, QAction] = {}
        self._build_sections()

        self.sync_status = SyncStatusWidget(self)
        self.ui.statusbar.addPermanentWidget(self.sync_status, 1)
        self.sync_status.syncNowRequested.connect(self.syncNowRequested)

        self.ui.actionOpenDemo.triggered.connect(self.openDemoRequested)
        self.ui.actionConnect.triggered.connect(self.connectRequested)
        self.ui.actionSyncNow.triggered.connect(self.syncNowRequested)
        self.ui.actionSettings.triggered.connect(self.show_settings)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionOpenLogFolder.triggered.connect(self.open_log_folder)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.ui.navigation.currentRowChanged.connect(self._on_row_changed)

        self.settings_dialog: SettingsDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self.retranslateUi()
        self.restore_window_state()

    # Sections

    def _build_sections(self) -> None:
        group = QActionGroup(self)
        group.setExclusive(True)
        for number, section in enumerate(SECTIONS, start=1):
            item = QListWidgetItem(icon(section.icon), "")
            item.setData(KEY_ROLE, section.key)
            self.ui.navigation.addItem(item)
            page = EmptyStatePage(section.title, section.icon, self)
            page.openDemoRequested.connect(self.openDemoRequested)
            page.connectRequested.connect(self.connectRequested)
            self._pages[section.key] = page
            self.ui.pages.addWidget(page)
            action = QAction(icon(section.icon), "", self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, key=section.key: self.show_page(key))
            group.addAction(action)
            self.ui.menuView.addAction(action)
            self._page_actions[section.key] = action

    def keys(self) -> list[str]:
        return [s.key for s in SECTIONS]

    def page(self, key: str) -> QWidget:
        """The widget currently shown for section `key` (its empty state until replaced)."""
        return self._pages[key]

    def set_page(self, key: str, widget: QWidget) -> None:
        """Put a feature's real page in place of section `key`'s current page."""
        if key not in self._pages:
            raise KeyError(f"unknown section {key!r}; known: {', '.join(self._pages)}")
        old = self._pages[key]
        index = self.ui.pages.indexOf(old)
        was_current = self.ui.pages.currentIndex() == index
        self.ui.pages.insertWidget(index, widget)
        self.ui.pages.removeWidget(old)
        old.deleteLater()
        self._pages[key] = widget
        if was_current:
            self.ui.pages.setCurrentWidget(widget)

    def current_key(self) -> str:
        item = self.ui.navigation.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None else SECTIONS[0].key

    @Slot(str)
    def show_page(self, key: str) -> None:
        """Switch to section `key` (as a click in the navigation or Ctrl+N does)."""
        self.ui.navigation.setCurrentRow(self.keys().index(key))

    @Slot(int)
    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.keys()[row]
        self.ui.pages.setCurrentWidget(self._pages[key])
        self._page_actions[key].setChecked(True)
        self._update_title()
        self.pageChanged.emit(key)

    # Session hook

    def attach_session(self, session: object) -> None:
        """Hand the window an opened company (store, services, sync); features listen to
        `sessionAttached` to build their pages. Called by the demo or connect controller."""
        self.session = session
        log.info("Session attached: %r", session)
        self.sessionAttached.emit(session)

    # Menus

    @Slot()
    def show_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def open_log_folder(self) -> None:
        folder = paths.log_dir()
        log.info("Opening log folder %s", folder)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # Translation

    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        for row, section in enumerate(SECTIONS):
            title = QCoreApplication.translate("Navigation", section.title)
            self.ui.navigation.item(row).setText(title)
            self._page_actions[section.key].setText(title)
        self._update_title()

    def _update_title(self) -> None:
        section = self.sections[self.current_key()]
        self.setWindowTitle(
            self.tr("{page} — Wholesale Desk").format(
                page=QCoreApplication.translate("Navigation", section.title)
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # Geometry

    def restore_window_state(self) -> None:
        """Size, position, toolbars and the last section, as the user left them."""
        geometry = self.settings.get(defaults.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        state = self.settings.get(defaults.WINDOW_STATE)
        if state:
            self.restoreState(QByteArray(state))
        last = self.settings.get(defaults.LAST_PAGE)
        self.show_page(last if last in self._pages else SECTIONS[0].key)

    def save_window_state(self) -> None:
        self.settings.set(defaults.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.set(defaults.WINDOW_STATE, bytes(self.saveState().data()))
        self.settings.set(defaults.LAST_PAGE, self.current_key())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        super().closeEvent(event)


__all__ = ["EmptyStatePage", "MainWindow"]
