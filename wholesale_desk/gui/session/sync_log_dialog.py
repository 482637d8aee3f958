"""The sync log: each run with its figures and errors (the conflicts are in `conflicts_dialog`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from wholesale_desk.gui.sync_vocabulary import figures_text
from wholesale_desk.gui.texts import render
from wholesale_desk.models import SyncIssue, SyncRun
from wholesale_desk.sync import failure
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
            result = results.get(run.status, run.status)
            technical = "; ".join([e for e in [run.error] if e] + texts)
            errors = technical
            if run.status == "failed" and run.cause:
                # The cause in the UI's language; 1C's own (English) text is the details.
                result = self.tr("failed: {reason}").format(
                    reason=render(failure.summary(run.cause))
                )
                errors = "; ".join([render(failure.advice(run.cause)), *texts])
            cells = [
                run.started_at.strftime("%d.%m.%Y %H:%M:%S"),
                run.finished_at.strftime("%H:%M:%S") if run.finished_at else "",
                result,
                figures,
                errors,
            ]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if c == 3 and value:
                    item.setToolTip(value.replace("; ", "\n"))
                elif c == 4 and technical:
                    item.setToolTip(technical.replace("; ", "\n"))
                self.table.setItem(r, c, item)
