"""E-mail settings: the SMTP server, the sender, the message template; the password in the keyring.

The dialog says honestly when no keyring is available and the password lives in memory only
(it will be asked again after a restart), as the 1C password does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from wholesale_desk import credentials, mail
from wholesale_desk import settings_defaults as defaults
from wholesale_desk.gui.forms.ui_document_mail_settings import Ui_DocumentMailSettingsDialog
from wholesale_desk.gui.operations import Operation, show_error
from wholesale_desk.gui.settings import Settings, app_settings
from wholesale_desk.services.documents import PrintOptions


def password_key(settings: Settings) -> tuple[str, str]:
    """(url, user) under which the SMTP password is kept in the keyring."""
    host = settings.get(defaults.MAIL_SMTP_HOST).strip()
    port = settings.get(defaults.MAIL_SMTP_PORT)
    return f"smtp://{host}:{port}", settings.get(defaults.MAIL_SMTP_USER).strip()


def smtp_settings(settings: Settings | None = None) -> mail.SmtpSettings:
    """The mail server as the user set it up (host empty: not set up yet)."""
    s = settings or app_settings()
    return mail.SmtpSettings(
        host=s.get(defaults.MAIL_SMTP_HOST).strip(),
        port=s.get(defaults.MAIL_SMTP_PORT),
        security=mail.Security(s.get(defaults.MAIL_SMTP_SECURITY)),
        user=s.get(defaults.MAIL_SMTP_USER).strip(),
        sender=s.get(defaults.MAIL_SENDER).strip(),
        sender_name=s.get(defaults.MAIL_SENDER_NAME).strip(),
    )


def smtp_password(settings: Settings | None = None) -> str | None:
    s = settings or app_settings()
    url, user = password_key(s)
    return credentials.get_password(url, user) if user else None


def print_options(settings: Settings | None = None) -> PrintOptions:
    """What the settings add to printed documents: the manager's contacts, the offer note."""
    s = settings or app_settings()
    return PrintOptions(
        manager_phone=s.get(defaults.MANAGER_PHONE).strip(),
        manager_email=(s.get(defaults.MAIL_SENDER) or s.get(defaults.MAIL_SMTP_USER)).strip(),
        not_public_offer=s.get(defaults.OFFER_NOT_PUBLIC_NOTE),
    )


SECURITY_PORTS = {"none": 25, "starttls": 587, "ssl": 465}


class MailSettingsDialog(QDialog):
    """Edit the e-mail settings; Save writes them and puts the password in the keyring."""

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or app_settings()
        self.ui = Ui_DocumentMailSettingsDialog()
        self.ui.setupUi(self)
        for key in defaults.MAIL_SECURITIES:
            self.ui.securityCombo.addItem("", key)
        self.retranslateUi()
        self.load()
        self.ui.securityCombo.currentIndexChanged.connect(self._security_changed)
        self.ui.testButton.clicked.connect(self.send_test)
        self.test_task: Operation[str] | None = None

    def load(self) -> None:
        s, ui = self.settings, self.ui
        ui.hostEdit.setText(s.get(defaults.MAIL_SMTP_HOST))
        ui.portSpin.setValue(s.get(defaults.MAIL_SMTP_PORT))
        ui.securityCombo.setCurrentIndex(
            max(0, ui.securityCombo.findData(s.get(defaults.MAIL_SMTP_SECURITY)))
        )
        ui.userEdit.setText(s.get(defaults.MAIL_SMTP_USER))
        ui.passwordEdit.setText(smtp_password(s) or "")
        ui.senderEdit.setText(s.get(defaults.MAIL_SENDER))
        ui.senderNameEdit.setText(s.get(defaults.MAIL_SENDER_NAME))
        ui.phoneEdit.setText(s.get(defaults.MANAGER_PHONE))
        ui.subjectTemplateEdit.setText(s.get(defaults.MAIL_SUBJECT_TEMPLATE))
        ui.bodyTemplateEdit.setPlainText(s.get(defaults.MAIL_BODY_TEMPLATE))

    def save(self) -> bool:
        """Write the settings; True when the password (if any) survives a restart."""
        s, ui = self.settings, self.ui
        s.set(defaults.MAIL_SMTP_HOST, ui.hostEdit.text().strip())
        s.set(defaults.MAIL_SMTP_PORT, ui.portSpin.value())
        s.set(defaults.MAIL_SMTP_SECURITY, str(ui.securityCombo.currentData()))
        s.set(defaults.MAIL_SMTP_USER, ui.userEdit.text().strip())
        s.set(defaults.MAIL_SENDER, ui.senderEdit.text().strip())
        s.set(defaults.MAIL_SENDER_NAME, ui.senderNameEdit.text().strip())
        s.set(defaults.MANAGER_PHONE, ui.phoneEdit.text().strip())
        s.set(defaults.MAIL_SUBJECT_TEMPLATE, ui.subjectTemplateEdit.text())
        s.set(defaults.MAIL_BODY_TEMPLATE, ui.bodyTemplateEdit.toPlainText())
        url, user = password_key(s)
        if user and ui.passwordEdit.text():
            return credentials.save_password(url, user, ui.passwordEdit.text())
        return True

    def accept(self) -> None:
        if not self.save():
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr(
                    "No system keyring is available, so the mail password is kept in memory "
                    "only: you will be asked for it again after restarting the app."
                ),
            )
        super().accept()

    def _security_changed(self) -> None:
        """Follow the usual port of the chosen security, unless the user typed another one."""
        if self.ui.portSpin.value() in SECURITY_PORTS.values():
            self.ui.portSpin.setValue(SECURITY_PORTS[str(self.ui.securityCombo.currentData())])

    def send_test(self) -> None:
        """Send a short message to the sender's own address with the settings as typed."""
        self.save()
        settings, password = smtp_settings(self.settings), smtp_password(self.settings)
        to = settings.sender or settings.user
        subject = self.tr("Wholesale Desk: test message")
        body = self.tr("The e-mail settings work: documents can be sent from Wholesale Desk.")

        def op(_p: object) -> str:
            return mail.send_document(settings, password, to, subject, body)

        def done(_message_id: str) -> None:
            self.ui.testButton.setEnabled(True)
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Test message sent to {to}.").format(to=to)
            )

        def failed(exc: BaseException) -> None:
            self.ui.testButton.setEnabled(True)
            show_error(self, exc)

        self.ui.testButton.setEnabled(False)
        self.test_task = (
            Operation(self, op=op, success=done, kind="network")
            .failure(failed)
            .with_progress(self.tr("Sending a test message"))
            .run()
        )

    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        names = {
            "none": self.tr("None"),
            "starttls": self.tr("STARTTLS (usually port 587)"),
            "ssl": self.tr("SSL/TLS (usually port 465)"),
        }
        for i in range(self.ui.securityCombo.count()):
            self.ui.securityCombo.setItemText(i, names[str(self.ui.securityCombo.itemData(i))])
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        if credentials.keyring_available():
            note = self.tr("The password is kept in the system keyring.")
        else:
            note = self.tr(
                "No system keyring is available: the password is kept in memory until the app "
                "is closed."
            )
        self.ui.passwordNoteLabel.setText(note)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
