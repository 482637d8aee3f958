"""A status-bar button that stays while e-mail waits: "2 e-mails waiting"; click: the outbox.

A field rep sends from the road and must see, without opening anything, that the mail has
not gone yet and whether some message needs their decision.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QToolButton, QWidget

from wholesale_desk.services.mail_outbox import DeliveryResult


class MailStatusButton(QToolButton):
    """Hidden while nothing waits; `show_result` after every delivery run."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailStatusButton")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.waiting = 0
        self.to_check = 0
        self.hide()

    def show_result(self, result: DeliveryResult) -> None:
        self.waiting, self.to_check = result.remaining, result.awaiting_decision
        self.retranslateUi()

    def retranslateUi(self) -> None:
        parts = []
        if self.waiting:
            parts.append(self.tr("✉ %n e-mail(s) waiting", "", self.waiting))
        if self.to_check:
            parts.append(self.tr("⚠ %n e-mail(s) to check", "", self.to_check))
        self.setText("  ".join(parts))
        self.setToolTip(self.tr("Open the mail outbox"))
        self.setVisible(bool(parts))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
