"""The sync log (each run with its figures and errors) and the conflicts view (both versions;
keep mine or take 1C's)."""

from __future__ import annotations

import json

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from wholesale_desk.gui.sync_vocabulary import figures_text
from wholesale_desk.models import SyncIssue, SyncRun
from wholesale_desk.sync import conflicts
from wholesale_desk.workspace import Workspace

RUNS_SHOWN = 200


class SyncLogDialog(QDialog):
    """Every sync run, newest first: when, how it ended, what it moved, what went wrong."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync log"))
        self.resize(900, 500)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Started"), self.tr("Finished"), self.tr("Result"), self.tr("Figures"),
             self.tr("Errors and skipped objects")]
        )  # fmt: skip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # A run's figures name every object synced: far wider than the dialog on one line, so
        # the column takes what is left and the whole list is in the cell's tooltip.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 220)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.load(ws)

    def load(self, ws: Workspace) -> None:
        results = {
            "ok": self.tr("completed"),
            "failed": self.tr("failed"),
            "cancelled": self.tr("cancelled"),
            "running": self.tr("running or interrupted"),
        }
        with ws.store.session() as session:
            runs = session.scalars(select(SyncRun).order_by(SyncRun.id.desc()).limit(RUNS_SHOWN))
            rows = []
            for run in runs:
                issues = session.scalars(
                    select(SyncIssue).where(SyncIssue.run_id == run.id).limit(20)
                ).all()
                rows.append((run, [f"{i.entity} {i.ref_key}: {i.message}" for i in issues]))
        self.table.setRowCount(len(rows))
        for r, (run, texts) in enumerate(rows):
            figures = figures_text(run.stats)
            errors = "; ".join([e for e in [run.error] if e] + texts)
            cells = [
                run.started_at.strftime("%d.%m.%Y %H:%M:%S"),
                run.finished_at.strftime("%H:%M:%S") if run.finished_at else "",
                results.get(run.status, run.status),
                figures,
                errors,
            ]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if c >= 3 and value:
                    item.setToolTip(value.replace("; ", "\n"))
                self.table.setItem(r, c, item)


class ConflictsDialog(QDialog):
    """Objects edited here while 1C changed them too: nothing is overwritten until you choose."""

    resolved = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Conflicts with 1C"))
        self.resize(900, 500)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "These objects were changed here and in 1C at the same time. Neither "
                    "version was overwritten: choose which one stays."
                ),
                self,
            )
        )
        body = QHBoxLayout()
        self.list = QListWidget(self)
        self.list.setMaximumWidth(280)
        self.fields = QTableWidget(0, 3, self)
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Mine"), self.tr("In 1C")])
        self.fields.horizontalHeader().setStretchLastSection(True)
        self.fields.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        body.addWidget(self.list)
        body.addWidget(self.fields, 1)
        layout.addLayout(body)
        row = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("Keep mine"), self)
        self.take_button = QPushButton(self.tr("Take 1C's"), self)
        row.addWidget(self.keep_button)
        row.addWidget(self.take_button)
        row.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        self.keep_button.clicked.connect(lambda: self._resolve(conflicts.keep_mine))
        self.take_button.clicked.connect(lambda: self._resolve(conflicts.take_theirs))
        self.list.currentRowChanged.connect(self._show)
        self.views: list[conflicts.ConflictView] = []
        self.reload()

    def reload(self) -> None:
        with self.ws.store.session() as session:
            self.views = conflicts.open_conflicts(session, self.ws.engine.bound)
        self.list.clear()
        for view in self.views:
            self.list.addItem(f"{view.concept or view.entity} {view.ref_key[:8]}")
        has = bool(self.views)
        self.keep_button.setEnabled(has)
        self.take_button.setEnabled(has)
        if has:
            self.list.setCurrentRow(0)
        else:
            self.fields.setRowCount(0)

    @Slot(int)
    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.views):
            return
        view = self.views[row]
        keys = sorted(set(view.mine) | set(view.theirs))
        self.fields.setRowCount(len(keys))
        for r, key in enumerate(keys):
            mine, theirs = view.mine.get(key), view.theirs.get(key)
            for c, value in enumerate((key, _show_value(mine), _show_value(theirs))):
                item = QTableWidgetItem(value)
                if c and mine != theirs:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.fields.setItem(r, c, item)

    def _resolve(self, action: object) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.views):
            return
        with self.ws.store.transaction() as session:
            action(session, self.views[row].id)  # type: ignore[operator]
        self.reload()
        self.resolved.emit()


def _show_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)[:300]
    return str(value)
