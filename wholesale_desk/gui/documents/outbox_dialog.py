"""The mail outbox: messages not yet sent, why, and what the user may do about each.

An "unconfirmed" message (the connection broke while the server was taking it) is never resent
on its own: the user checks the Sent folder and picks "Send again" or "It was sent".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from wholesale_desk.gui.documents.delivery import delivery_for
from wholesale_desk.gui.forms.ui_document_mail_outbox import Ui_DocumentMailOutboxDialog
from wholesale_desk.gui.operations import Operation
from wholesale_desk.gui.texts import render
from wholesale_desk.models import MailStatus
from wholesale_desk.services import mail_outbox
from wholesale_desk.services.mail_outbox import MailSummary
from wholesale_desk.store import Store

ID_ROLE = Qt.ItemDataRole.UserRole


class MailOutboxDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.rows: list[MailSummary] = []
        self.ui = Ui_DocumentMailOutboxDialog()
        self.ui.setupUi(self)
        self.ui.table.setColumnCount(5)
        self.ui.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.ui.table.verticalHeader().hide()
        self.ui.table.itemSelectionChanged.connect(self._update_buttons)
        self.ui.sendNowButton.clicked.connect(self.send_now)
        self.ui.sendAgainButton.clicked.connect(lambda: self._act(mail_outbox.send_again))
        self.ui.markSentButton.clicked.connect(lambda: self._act(mail_outbox.mark_sent))
        self.ui.discardButton.clicked.connect(lambda: self._act(mail_outbox.discard))
        self.delivery = delivery_for(store)
        self.delivery.delivered.connect(self.reload)
        self.retranslateUi()
        self.reload()

    def reload(self, *_args: object) -> None:
        store = self.store
        Operation(self, op=lambda _p: mail_outbox.unsent(store), success=self.show_rows).run()

    def show_rows(self, rows: list[MailSummary]) -> None:
        self.rows = rows
        table = self.ui.table
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            error = render(row.error) if row.error else ""
            cells = [
                row.created_at.strftime("%d.%m.%Y %H:%M"),
                self._status_text(row.status),
                row.client_name or row.recipients,
                row.subject,
                error,
            ]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, row.id)
                item.setToolTip(f"{row.recipients}\n{error}".strip())
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        self.ui.summaryLabel.setText(
            self.tr("%n message(s) not sent yet.", "", len(rows))
            if rows
            else self.tr("Every e-mail has been sent.")
        )
        self._update_buttons()

    def selected(self) -> MailSummary | None:
        row = self.ui.table.currentRow()
        items = self.ui.table.selectedItems()
        if not items or not 0 <= row < len(self.rows):
            return None
        return self.rows[row]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        unconfirmed = chosen is not None and chosen.status is MailStatus.UNCONFIRMED
        self.ui.sendAgainButton.setEnabled(unconfirmed)
        self.ui.markSentButton.setEnabled(unconfirmed)
        self.ui.discardButton.setEnabled(
            chosen is not None and chosen.status in (MailStatus.PENDING, MailStatus.UNCONFIRMED)
        )
        self.ui.sendNowButton.setEnabled(any(r.status is MailStatus.PENDING for r in self.rows))

    def _act(self, action: object) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        store, entry_id = self.store, chosen.id
        Operation(
            self,
            op=lambda _p: action(store, entry_id),  # type: ignore[operator]
            success=lambda _r: self.reload(),
        ).run()

    def send_now(self) -> None:
        self.delivery.deliver_now()

    def _status_text(self, status: MailStatus) -> str:
        return {
            MailStatus.PENDING: self.tr("Waiting"),
            MailStatus.SENDING: self.tr("Sending"),
            MailStatus.HANDED_OVER: self.tr("Sending"),
            MailStatus.UNCONFIRMED: self.tr("Not confirmed"),
            MailStatus.SENT: self.tr("Sent"),
        }[status]

    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.table.setHorizontalHeaderLabels(
            [
                self.tr("Queued"),
                self.tr("Status"),
                self.tr("Client"),
                self.tr("Subject"),
                self.tr("Problem"),
            ]
        )
        if self.rows:
            self.show_rows(self.rows)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
