"""The Ctrl+K popup: type, see clients, contacts, orders and products, Enter opens one.

Each pause in typing runs one search on the db worker; a newer search makes older answers moot.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from wholesale_desk.gui.forms.ui_global_search_dialog import Ui_GlobalSearchDialog
from wholesale_desk.gui.operations import Operation
from wholesale_desk.i18n import QT_TRANSLATE_NOOP
from wholesale_desk.services import global_search
from wholesale_desk.services.global_search import Hit, HitKind
from wholesale_desk.store import Store

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
PAUSE_MS = 80
_CTX = "GlobalSearchDialog"
KIND_TITLES = {
    HitKind.CLIENT: QT_TRANSLATE_NOOP("GlobalSearchDialog", "Clients"),
    HitKind.CONTACT: QT_TRANSLATE_NOOP("GlobalSearchDialog", "Contacts"),
    HitKind.ORDER: QT_TRANSLATE_NOOP("GlobalSearchDialog", "Orders"),
    HitKind.PRODUCT: QT_TRANSLATE_NOOP("GlobalSearchDialog", "Products"),
}


class GlobalSearchDialog(QDialog):
    hitChosen = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.hits: list[Hit] = []
        self._generation = 0
        self._choose_when_shown = False
        self.ui = Ui_GlobalSearchDialog()
        self.ui.setupUi(self)
        self.ui.hintLabel.setStyleSheet("color: #666;")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self.search)
        self.ui.searchEdit.textChanged.connect(lambda _t: self.timer.start())
        self.ui.searchEdit.installEventFilter(self)
        self.ui.resultsList.itemActivated.connect(self._activated)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def popup(self) -> None:
        """Show (again) with the last text selected, ready for typing."""
        self.ui.searchEdit.selectAll()
        self.ui.searchEdit.setFocus()
        self.show()
        self.raise_()
        self.activateWindow()

    @Slot()
    def search(self) -> Operation[list[Hit]]:
        self.timer.stop()
        typed = self.ui.searchEdit.text()
        self._generation += 1
        generation = self._generation

        def op(_p: object) -> list[Hit]:
            with self.store.session() as session:
                return global_search.search(session, typed)

        def done(hits: list[Hit]) -> None:
            if generation == self._generation:
                self._show(hits)
                if self._choose_when_shown:
                    self._choose_when_shown = False
                    self._choose_current()

        return Operation(self, op=op, success=done).run()

    def _show(self, hits: list[Hit]) -> None:
        from PySide6.QtCore import QCoreApplication

        self.hits = hits
        results = self.ui.resultsList
        results.clear()
        current_kind = None
        first: QListWidgetItem | None = None
        for hit in hits:
            if hit.kind is not current_kind:
                current_kind = hit.kind
                header = QListWidgetItem(QCoreApplication.translate(_CTX, KIND_TITLES[hit.kind]))
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                header.setForeground(QBrush(QColor("#666")))
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                results.addItem(header)
            text = f"{hit.title}   —   {hit.subtitle}" if hit.subtitle else hit.title
            item = QListWidgetItem("    " + text)
            item.setData(HIT_ROLE, hit)
            results.addItem(item)
            first = first or item
        if first is not None:
            results.setCurrentItem(first)
        elif self.ui.searchEdit.text().strip():
            empty = QListWidgetItem(self.tr("Nothing found"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            results.addItem(empty)

    def _move(self, step: int) -> None:
        results = self.ui.resultsList
        row = results.currentRow()
        for _ in range(results.count()):
            row = (row + step) % max(1, results.count())
            item = results.item(row)
            if item is not None and item.data(HIT_ROLE) is not None:
                results.setCurrentItem(item)
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.searchEdit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down:
                self._move(1)
                return True
            if event.key() == Qt.Key.Key_Up:
                self._move(-1)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive():
                    self._choose_when_shown = True
                    self.search()
                else:
                    self._choose_current()
                return True
        return super().eventFilter(watched, event)

    @Slot()
    def _choose_current(self) -> None:
        item = self.ui.resultsList.currentItem()
        if item is not None:
            self._activated(item)

    @Slot(QListWidgetItem)
    def _activated(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if isinstance(hit, Hit):
            self.hide()
            self.hitChosen.emit(hit)
