"""The conflicts dialog: an object edited here while 1C changed it too, both versions side by side
in words (names, money, dates), the differences marked; the user keeps theirs or takes 1C's.

What is shown comes from `services.conflict_view`; nothing is overwritten until a button is
pressed, and the next sync carries the choice out.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wholesale_desk.gui.error_dialog import show_error
from wholesale_desk.gui.texts import render
from wholesale_desk.services import conflict_view
from wholesale_desk.services.conflict_view import LineDiff, ReadableConflict
from wholesale_desk.sync import conflicts
from wholesale_desk.workspace import Workspace

log = logging.getLogger(__name__)

CHANGED = QBrush(QColor("#fff1b8"))
SAME = QBrush(QColor("#6b7280"))
MISSING = QBrush(QColor("#eeeeee"))


class ConflictsDialog(QDialog):
    """Objects edited here while 1C changed them too: nothing is overwritten until you choose."""

    resolved = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.resize(1320, 680)
        self.views: list[ReadableConflict] = []
        self._build()
        self.retranslateUi()
        self.reload()

    # --- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        self.list = QListWidget(body)
        self.list.setMinimumWidth(180)
        right = QWidget(body)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(right)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        column.addWidget(self.heading)
        self.fields = _table(right, 3)
        header = self.fields.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for section in (1, 2):  # mine and 1C's, the same width side by side
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.fields, 3)
        self.lines_label = QLabel(right)
        column.addWidget(self.lines_label)
        sides = QHBoxLayout()
        self.mine_lines, self.their_lines = _table(right, 0), _table(right, 0)
        self.mine_caption, self.their_caption = QLabel(right), QLabel(right)
        for caption, table in ((self.mine_caption, self.mine_lines),
                               (self.their_caption, self.their_lines)):  # fmt: skip
            side = QVBoxLayout()
            side.addWidget(caption)
            side.addWidget(table)
            sides.addLayout(side)
        # One scroll for both sides: line 3 on the left stays beside line 3 on the right.
        self.mine_lines.verticalScrollBar().valueChanged.connect(
            self.their_lines.verticalScrollBar().setValue
        )
        self.their_lines.verticalScrollBar().valueChanged.connect(
            self.mine_lines.verticalScrollBar().setValue
        )
        column.addLayout(sides, 2)
        body.addWidget(self.list)
        body.addWidget(right)
        body.setStretchFactor(1, 1)
        body.setSizes([230, 1090])
        layout.addWidget(body, 1)
        row = QHBoxLayout()
        self.keep_button = QPushButton(self)
        self.take_button = QPushButton(self)
        self.close_button = QPushButton(self)
        row.addWidget(self.keep_button)
        row.addWidget(self.take_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.keep_button.clicked.connect(lambda: self._resolve(conflicts.keep_mine))
        self.take_button.clicked.connect(lambda: self._resolve(conflicts.take_theirs))
        self.close_button.clicked.connect(self.reject)
        self.list.currentRowChanged.connect(self._show)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Conflicts with 1C"))
        self.intro.setText(
            self.tr(
                "These were changed here and in 1C at the same time. Neither version was "
                "overwritten: compare them and choose which one stays. Differences are marked."
            )
        )
        self.fields.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Yours (this computer)"), self.tr("In 1C now")]
        )
        self.mine_caption.setText("<b>" + self.tr("Your lines") + "</b>")
        self.their_caption.setText("<b>" + self.tr("Lines in 1C") + "</b>")
        self.keep_button.setText(self.tr("Keep mine"))
        self.keep_button.setToolTip(
            self.tr("Send your version to 1C with the next sync; 1C's changes are replaced")
        )
        self.take_button.setText(self.tr("Take 1C's"))
        self.take_button.setToolTip(
            self.tr("Drop your changes; the next sync brings 1C's version here")
        )
        self.close_button.setText(self.tr("Close"))
        self._show(self.list.currentRow())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            self.reload()
        super().changeEvent(event)

    # --- content ------------------------------------------------------------------------------
    def reload(self) -> None:
        with self.ws.store.session() as session:
            self.views = conflict_view.open_conflicts(session, self.ws.engine.bound)
        self.list.clear()
        for view in self.views:
            self.list.addItem(render(view.title))
        has = bool(self.views)
        self.keep_button.setEnabled(has)
        self.take_button.setEnabled(has)
        if has:
            self.list.setCurrentRow(0)
        else:
            self.heading.setText(self.tr("No conflicts: everything agrees with 1C."))
            self.fields.setRowCount(0)
            self._show_lines(None)

    @Slot(int)
    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.views):
            return
        view = self.views[row]
        self.heading.setText(render(view.title))
        self.fields.setRowCount(len(view.fields))
        for r, diff in enumerate(view.fields):
            cells = (render(diff.title), render(diff.mine), render(diff.theirs))
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if diff.changed:
                    item.setBackground(CHANGED)
                    _bold(item)
                else:
                    item.setForeground(SAME)
                self.fields.setItem(r, c, item)
        self.fields.resizeRowsToContents()
        self._show_lines(view)

    def _show_lines(self, view: ReadableConflict | None) -> None:
        has_lines = view is not None and bool(view.lines)
        for widget in (self.lines_label, self.mine_lines, self.their_lines,
                       self.mine_caption, self.their_caption):  # fmt: skip
            widget.setVisible(has_lines)
        if view is None or not has_lines:
            return
        changed = sum(1 for line in view.lines if _line_changed(line, len(view.line_columns)))
        self.lines_label.setText(
            self.tr("Order lines: %n line(s) differ", "", changed)
            if changed
            else self.tr("Order lines: the same on both sides")
        )
        titles = ["№"] + [render(t) for t in view.line_columns]
        for table, side in ((self.mine_lines, "mine"), (self.their_lines, "theirs")):
            table.setColumnCount(len(titles))
            table.setHorizontalHeaderLabels(titles)
            table.setRowCount(len(view.lines))
            for r, line in enumerate(view.lines):
                values = line.mine if side == "mine" else line.theirs
                _fill_line(table, r, line, values, len(view.line_columns), self.tr("(no line)"))
            header = table.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            # "Cancelled" only when a line is cancelled on either side.
            table.setColumnHidden(len(titles) - 1, not view.any_line_cancelled)
            table.resizeRowsToContents()

    def _resolve(self, action: object) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.views):
            return
        try:
            with self.ws.store.transaction() as session:
                action(session, self.views[row].id)  # type: ignore[operator]
        except Exception as exc:  # the conflict was resolved elsewhere meanwhile, say
            show_error(self, exc, self.tr("The choice could not be saved."))
        self.reload()
        self.resolved.emit()


def _table(parent: QWidget, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    if columns:
        table.horizontalHeader().setStretchLastSection(True)
    return table


def _bold(item: QTableWidgetItem) -> None:
    font = QFont(item.font())
    font.setBold(True)
    item.setFont(font)


def _line_changed(line: LineDiff, columns: int) -> bool:
    return any(line.changed(c) for c in range(columns))


def _fill_line(
    table: QTableWidget,
    row: int,
    line: LineDiff,
    values: tuple[object, ...] | None,
    columns: int,
    missing: str,
) -> None:
    number = QTableWidgetItem(str(line.number))
    table.setItem(row, 0, number)
    if values is None:
        item = QTableWidgetItem(missing)
        item.setBackground(MISSING)
        table.setItem(row, 1, item)
        for c in range(2, columns + 1):
            filler = QTableWidgetItem("")
            filler.setBackground(MISSING)
            table.setItem(row, c, filler)
        return
    for c in range(columns):
        value = render(values[c])  # type: ignore[arg-type]
        item = QTableWidgetItem(value)
        item.setToolTip(value)
        if c > 0:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if line.changed(c):
            item.setBackground(CHANGED)
            _bold(item)
        table.setItem(row, c + 1, item)
