"""Hands waiting e-mail to the mail server in the background: after each send, after each sync.

One `MailDelivery` per store. A run is a network `Operation` over `mail_outbox.deliver_pending`; a
request while a run is going schedules one more run after it, so a message queued mid-run is
not left waiting for the next sync, and two runs never overlap (the service's atomic claim
would keep them from sending twice anyway).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from wholesale_desk.gui.documents.mail_settings import smtp_password, smtp_settings
from wholesale_desk.gui.operations import Operation, Progress
from wholesale_desk.gui.settings import Settings, app_settings
from wholesale_desk.gui.texts import render
from wholesale_desk.services import mail_outbox
from wholesale_desk.services.mail_outbox import DeliveryResult
from wholesale_desk.store import Store

log = logging.getLogger(__name__)


class MailDelivery(QObject):
    """Runs deliveries for one store; `delivered` reports each run's outcome."""

    delivered = Signal(object)  # DeliveryResult
    started = Signal()

    def __init__(self, store: Store, settings: Settings | None = None) -> None:
        super().__init__(QCoreApplication.instance())
        self.store = store
        self.settings = settings
        self.task: Operation[DeliveryResult] | None = None
        self._again = False
        self.last_result: DeliveryResult | None = None

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.done

    def deliver_now(self) -> Operation[DeliveryResult] | None:
        """Start a run (or one more after the current one)."""
        if self.running:
            self._again = True
            return self.task
        settings = self.settings or app_settings()
        smtp, password = smtp_settings(settings), smtp_password(settings)
        store = self.store

        def op(progress: Progress) -> DeliveryResult:
            return mail_outbox.deliver_pending(
                store,
                smtp,
                password,
                progress=progress.update,
                cancelled=lambda: progress.cancelled,
            )

        self.started.emit()
        self.task = (
            Operation(self, op=op, success=self._done, kind="network").failure(self._crashed).run()
        )
        return self.task

    def status_text(self, result: DeliveryResult) -> str:
        """One line for the status bar; empty when there is nothing to say."""
        parts = []
        if result.sent:
            parts.append(self.tr("E-mail sent: %n message(s).", "", result.sent))
        if result.remaining:
            if result.not_configured:
                why = self.tr("set up e-mail in File → E-mail settings")
            elif result.errors:
                why = render(result.errors[0])
            else:
                why = self.tr("will be sent on the next connection")
            parts.append(
                self.tr("%n e-mail(s) waiting in the outbox", "", result.remaining) + f" ({why})"
            )
        if result.unconfirmed:
            parts.append(
                self.tr(
                    "%n e-mail(s) may not have been sent: see File → Mail outbox",
                    "",
                    result.unconfirmed,
                )
            )
        return "; ".join(parts)

    def _done(self, result: DeliveryResult) -> None:
        self.last_result = result
        log.info("mail delivery: %s", result)
        self.delivered.emit(result)
        self._rerun_if_asked()

    def _crashed(self, exc: BaseException) -> None:
        log.error("mail delivery failed", exc_info=exc)
        self._rerun_if_asked()

    def _rerun_if_asked(self) -> None:
        if self._again:
            self._again = False
            self.deliver_now()


_deliveries: dict[int, MailDelivery] = {}


def delivery_for(store: Store, settings: Settings | None = None) -> MailDelivery:
    """The one `MailDelivery` of `store` (made on first use)."""
    found = _deliveries.get(id(store))
    if found is None or found.store is not store:
        found = MailDelivery(store, settings)
        _deliveries[id(store)] = found
    elif settings is not None:
        found.settings = settings
    return found


def forget(store: Any) -> None:
    """Drop the delivery of a closed store."""
    found = _deliveries.pop(id(store), None)
    if found is not None:
        found.deleteLater()
