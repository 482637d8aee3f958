"""Send a document by e-mail: the client's addresses proposed, the message from the template.

"Send" never waits on the network: the message goes into the mail outbox together with the
client's timeline entry, and the background delivery hands it to the server now or, offline,
on the next connection.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from wholesale_desk import settings_defaults as defaults
from wholesale_desk.gui.documents.delivery import delivery_for
from wholesale_desk.gui.documents.mail_settings import MailSettingsDialog, smtp_settings
from wholesale_desk.gui.documents.prepared import PreparedDocument, fill_template
from wholesale_desk.gui.forms.ui_document_send import Ui_DocumentSendDialog
from wholesale_desk.gui.operations import Operation, show_error
from wholesale_desk.gui.settings import Settings, app_settings
from wholesale_desk.gui.texts import render
from wholesale_desk.i18n import UserError
from wholesale_desk.services import mail_outbox
from wholesale_desk.services.mail_outbox import OutgoingMail, Queued
from wholesale_desk.store import Store


class SendDialog(QDialog):
    """Compose the e-mail for one document; `queued(entry_id)` once it is in the outbox."""

    queued = Signal(int)

    def __init__(
        self,
        prepared: PreparedDocument,
        store: Store,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
        manager_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.prepared = prepared
        self.store = store
        self.settings = settings or app_settings()
        self.manager_id = manager_id
        self.task: Operation[Queued] | None = None
        self.ui = Ui_DocumentSendDialog()
        self.ui.setupUi(self)
        for addressee in prepared.addressees:
            self.ui.toCombo.addItem(addressee.label, addressee.email)
        self.ui.toCombo.setCurrentIndex(0 if prepared.addressees else -1)
        self.fill_from_template()
        self.ui.mailSettingsButton.clicked.connect(self.edit_mail_settings)
        self.retranslateUi()

    # --- the message ----------------------------------------------------------------------------
    def fill_from_template(self) -> None:
        values = self.prepared.fields(manager=self.settings.get(defaults.MAIL_SENDER_NAME))
        subject = self.settings.get(defaults.MAIL_SUBJECT_TEMPLATE) or "{title}"
        body = self.settings.get(defaults.MAIL_BODY_TEMPLATE)
        self.ui.subjectEdit.setText(fill_template(subject, values))
        self.ui.bodyEdit.setPlainText(fill_template(body, values))

    def recipients(self) -> tuple[str, ...]:
        """What is in To: the chosen proposal's address, or what the user typed."""
        typed = self.ui.toCombo.currentText().strip()
        index = self.ui.toCombo.currentIndex()
        if index >= 0 and typed == self.ui.toCombo.itemText(index):
            return (str(self.ui.toCombo.itemData(index)),)
        for i in range(self.ui.toCombo.count()):  # a label typed or picked by hand
            if typed == self.ui.toCombo.itemText(i):
                return (str(self.ui.toCombo.itemData(i)),)
        return mail_outbox.split_addresses(typed)

    def outgoing(self) -> OutgoingMail:
        subject = self.ui.subjectEdit.text().strip()
        return OutgoingMail(
            recipients=self.recipients(),
            subject=subject,
            body=self.ui.bodyEdit.toPlainText(),
            attachment_name=self.prepared.filename,
            attachment=self.prepared.pdf,
            client_id=self.prepared.client_id,
            manager_id=self.manager_id,
            timeline_subject=self.tr("Sent: {subject}").format(subject=subject),
        )

    # --- sending --------------------------------------------------------------------------------
    def accept(self) -> None:
        """Queue the message (a db task); the dialog closes once it is safely stored."""
        try:
            outgoing = self.outgoing()
            mail_outbox.check_addresses(outgoing.recipients)
        except UserError as exc:
            self.ui.noticeLabel.setText(render(exc.message))
            return
        sender = smtp_settings(self.settings).sender
        store = self.store
        self._send_button().setEnabled(False)

        def op(_p: object) -> Queued:
            return mail_outbox.enqueue(store, outgoing, sender=sender)

        def failed(exc: BaseException) -> None:
            self._send_button().setEnabled(True)
            if isinstance(exc, UserError):
                self.ui.noticeLabel.setText(render(exc.message))
            else:
                show_error(self, exc)

        self.task = Operation(self, op=op, success=self._queued).failure(failed).run()

    def _queued(self, queued: Queued) -> None:
        delivery_for(self.store, self.settings).deliver_now()
        self.queued.emit(queued.entry_id)
        super().accept()

    def edit_mail_settings(self) -> None:
        dialog = MailSettingsDialog(self.settings, self)
        dialog.accepted.connect(self._update_notice)
        dialog.open()

    def _send_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def _update_notice(self) -> None:
        if not smtp_settings(self.settings).host:
            self.ui.noticeLabel.setText(
                self.tr(
                    "E-mail is not set up yet: the message will wait in the outbox until you "
                    "fill in the mail settings."
                )
            )
        else:
            self.ui.noticeLabel.setText(
                self.tr(
                    "Without a connection the message waits in the outbox and goes out on "
                    "the next connection."
                )
            )

    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        self.setWindowTitle(self.tr("Send by e-mail: {title}").format(title=self.prepared.title))
        self._send_button().setText(self.tr("&Send"))
        size = len(self.prepared.pdf)
        shown = (
            self.tr("{size} KB").format(size=max(1, round(size / 1024)))
            if size < 1024 * 1024
            else self.tr("{size} MB").format(size=QLocale().toString(size / 1024 / 1024, "f", 1))
        )
        self.ui.attachmentLabel.setText(f"{self.prepared.filename} ({shown})")
        self.ui.toCombo.lineEdit().setPlaceholderText(self.tr("client@example.ru"))
        self._update_notice()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
