"""First run and File → Connect: open the demo company, or connect to a 1C base and check it.

The check answers what a user fixes first: is the server reachable, does 1C take the login, and
is every object the app reads published (each missing one named, with what to ask the 1C
administrator). The password goes to the OS keyring; without one it is kept for this session
only, and the dialog says so.
"""

from __future__ import annotations

import enum
import html
import logging

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import QDialog, QWidget

from wholesale_desk import connection, credentials, policy_audit
from wholesale_desk.connection import ConnectionSettings
from wholesale_desk.gui.error_dialog import user_message
from wholesale_desk.gui.forms.ui_connect_dialog import Ui_ConnectDialog
from wholesale_desk.gui.operations import Operation
from wholesale_desk.gui.texts import render
from wholesale_desk.i18n import UserError
from wholesale_desk.onec.client import ConnectionCheck
from wholesale_desk.workspace import test_connection

log = logging.getLogger(__name__)


class Choice(enum.Enum):
    DEMO = "demo"
    CONNECT = "connect"


class ConnectDialog(QDialog):
    """Asks how to open a company; on "Connect" the settings are tested and saved."""

    def __init__(
        self, parent: QWidget | None = None, settings: ConnectionSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ConnectDialog()
        self.ui.setupUi(self)
        self.choice: Choice | None = None
        self.password = ""
        # Who approves is 1C's business (it refuses a user without the right): no checkbox.
        self.head_of_sales = False
        self.ui.headCheck.hide()
        self.check: ConnectionCheck | None = None
        self.password_in_keyring = False
        current = settings or ConnectionSettings()
        if current.configured and not current.demo:
            self.ui.urlEdit.setText(connection.publication_url(current.url))
            self.ui.userEdit.setText(current.user)
            self.ui.zoneEdit.setText(current.server_timezone)
            self.ui.depthSpin.setValue(current.history_depth_months)
            self.ui.verifyTlsCheck.setChecked(current.verify_tls)
            self.ui.caEdit.setText(current.ca_bundle)
        self._base = current
        self.ui.demoButton.clicked.connect(self._choose_demo)
        self.ui.testButton.clicked.connect(self._test)
        self.ui.connectButton.clicked.connect(self._connect)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._task: Operation[ConnectionCheck] | None = None

    def settings(self) -> ConnectionSettings:
        """The settings as typed; raises `UserError` for an address that is not one."""
        s = ConnectionSettings(**{**self._base.__dict__})
        s.url = connection.normalize_url(self.ui.urlEdit.text())
        s.user = self.ui.userEdit.text().strip()
        s.server_timezone = self.ui.zoneEdit.text().strip() or "Europe/Moscow"
        s.history_depth_months = self.ui.depthSpin.value()
        s.verify_tls = self.ui.verifyTlsCheck.isChecked()
        s.ca_bundle = self.ui.caEdit.text().strip()
        s.demo = False
        return s

    @Slot()
    def _choose_demo(self) -> None:
        self.choice = Choice.DEMO
        self.accept()

    def _show(self, message: str, ok: bool) -> None:
        color = "#1b7f2a" if ok else "#b02020"
        self.ui.resultLabel.setText(f"<span style='color:{color}'>{message}</span>")

    def _start_check(self, then_save: bool) -> None:
        try:
            settings = self.settings()
        except UserError as exc:
            self._show(html.escape(render(exc.message)), ok=False)
            self.ui.urlEdit.setFocus()
            return
        if not settings.user:
            self._show(html.escape(self.tr("Enter your 1C user name")), ok=False)
            self.ui.userEdit.setFocus()
            return
        password = self.ui.passwordEdit.text()
        self._show(html.escape(self.tr("Checking the connection…")), ok=True)
        for button in (self.ui.testButton, self.ui.connectButton, self.ui.demoButton):
            button.setEnabled(False)

        def done(check: ConnectionCheck) -> None:
            self._enable()
            self.check = check
            if not check.ok:
                lines = [html.escape(render(m)) for m in check.messages()]
                self._show("<br>".join(lines) or html.escape(self.tr("1C did not answer")), False)
                return
            count = len(check.published)
            notes = [html.escape(render(n)) for n in policy_audit.notes(check.published)]
            self._show(
                "<br>".join(
                    [
                        html.escape(
                            self.tr(
                                "Connected: 1C accepted the login and publishes %n object(s)",
                                "",
                                count,
                            )
                        ),
                        *notes,
                    ]
                ),
                ok=True,
            )
            if then_save:
                self._save(settings, password)

        def failed(exc: BaseException) -> None:
            self._enable()
            if not isinstance(exc, UserError):
                log.error("Connection test failed", exc_info=exc)
            message = user_message(
                exc,
                None
                if isinstance(exc, UserError)
                else self.tr("The connection could not be tested."),
            )
            self._show(html.escape(message), ok=False)

        self._task = (
            Operation(
                self,
                op=lambda _p: test_connection(settings, password),
                success=done,
                kind="network",
            )
            .failure(failed)
            .run()
        )

    def _enable(self) -> None:
        for button in (self.ui.testButton, self.ui.connectButton, self.ui.demoButton):
            button.setEnabled(True)

    @Slot()
    def _test(self) -> None:
        self._start_check(then_save=False)

    @Slot()
    def _connect(self) -> None:
        self._start_check(then_save=True)

    def _save(self, settings: ConnectionSettings, password: str) -> None:
        connection.save(settings)
        self.password_in_keyring = credentials.save_password(settings.url, settings.user, password)
        self.password = password
        self.head_of_sales = False
        self.choice = Choice.CONNECT
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
