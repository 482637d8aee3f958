"""Log an interaction in two keystrokes: Ctrl+I opens this dialog with the client filled in.

Kind, when, contact, subject, text, outcome, satisfaction and an optional next step that becomes
a task. Saved in the background through the interactions service (offline; calls and meetings
reach 1C through the outbox); bad input is marked at its field and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QEvent, QTime, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from wholesale_desk.gui.clients import vocabulary
from wholesale_desk.gui.clients.field_errors import FieldErrors
from wholesale_desk.gui.forms.ui_interaction_dialog import Ui_InteractionDialog
from wholesale_desk.gui.operations import Operation, show_error
from wholesale_desk.i18n import UserError
from wholesale_desk.models import Client, Contact, InteractionKind
from wholesale_desk.money import parse_decimal
from wholesale_desk.services import interactions
from wholesale_desk.services.interactions import InteractionDraft, Logged
from wholesale_desk.services.invalid_input import InvalidInput
from wholesale_desk.services.timeline import ItemKind
from wholesale_desk.store import Store


def _to_qt(value: datetime) -> QDateTime:
    return QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second)
    )


def _from_qt(value: QDateTime) -> datetime:
    moment = value.toPython()
    assert isinstance(moment, datetime)
    return moment.replace(second=0, microsecond=0)


class InteractionDialog(QDialog):
    """`InteractionDialog(store, client_id)`; emits `saved(Logged)` once the change is stored."""

    saved = Signal(object)

    def __init__(
        self,
        store: Store,
        client_id: str,
        parent: QWidget | None = None,
        *,
        manager_id: str | None = None,
        now: Callable[[], datetime] = datetime.now,
        kind: InteractionKind = InteractionKind.CALL,
        promise: bool = False,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.client_id = client_id
        self.manager_id = manager_id
        self.now = now
        self.saving = False
        self.ui = Ui_InteractionDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.errors = FieldErrors(
            {
                "when": (ui.whenEdit, ui.whenError),
                "contact": (ui.contactCombo, ui.contactError),
                "subject": (ui.subjectEdit, ui.subjectError),
                "satisfaction": (ui.satisfactionCombo, ui.satisfactionError),
                "duration": (ui.durationSpin, ui.durationError),
                "next_step": (ui.nextStepEdit, ui.nextStepError),
                "next_step_due": (ui.nextStepDueEdit, ui.nextStepDueError),
                "promised_date": (ui.promiseDateEdit, ui.promiseDateError),
                "promised_amount": (ui.promiseAmountEdit, ui.promiseAmountError),
            },
            ui.generalError,
        )
        moment = now().replace(second=0, microsecond=0)
        ui.whenEdit.setDateTime(_to_qt(moment))
        tomorrow = (moment + timedelta(days=1)).replace(hour=10, minute=0)
        ui.nextStepDueEdit.setDateTime(_to_qt(tomorrow))
        ui.promiseDateEdit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        ui.promiseBox.setChecked(promise)  # opened from the receivables' call list
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._load_client()
        self.retranslateUi()
        ui.kindCombo.setCurrentIndex(list(InteractionKind).index(kind))
        self._kind_changed()
        ui.subjectEdit.setFocus()

    def _load_client(self) -> None:
        # A handful of rows for the form itself: read at once, the dialog opens on them.
        with self.store.session() as session:
            client = session.get(Client, self.client_id)
            self.client_name = client.name if client else ""
            self.contacts = [
                (c.id, c.name, c.position)
                for c in session.query(Contact)
                .filter(Contact.client_id == self.client_id, Contact.deletion_mark.is_(False))
                .order_by(Contact.name)
            ]

    def retranslateUi(self) -> None:
        ui = self.ui
        kind = ui.kindCombo.currentIndex()
        ui.retranslateUi(self)
        ui.clientLabel.setText(self.client_name)
        ui.kindCombo.blockSignals(True)
        ui.kindCombo.clear()
        for k in InteractionKind:
            ui.kindCombo.addItem(vocabulary.kind_name(ItemKind(k.value)), k.value)
        ui.kindCombo.setCurrentIndex(max(0, kind))
        ui.kindCombo.blockSignals(False)
        contact = ui.contactCombo.currentIndex()
        ui.contactCombo.clear()
        ui.contactCombo.addItem(self.tr("(the client in general)"), None)
        for contact_id, name, position in self.contacts:
            ui.contactCombo.addItem(f"{name}, {position}" if position else name, contact_id)
        ui.contactCombo.setCurrentIndex(max(0, contact))
        score = ui.satisfactionCombo.currentIndex()
        ui.satisfactionCombo.clear()
        ui.satisfactionCombo.addItem(self.tr("not rated"), None)
        for value in range(1, 6):
            ui.satisfactionCombo.addItem(f"{value} " + "★" * value, value)
        ui.satisfactionCombo.setCurrentIndex(max(0, score))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.setWindowTitle(self.tr("Log interaction — {client}").format(client=self.client_name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    @property
    def kind(self) -> InteractionKind:
        return InteractionKind(self.ui.kindCombo.currentData() or InteractionKind.CALL.value)

    @Slot()
    def _kind_changed(self) -> None:
        call = self.kind is InteractionKind.CALL
        meeting = self.kind is InteractionKind.MEETING
        self.ui.incomingCheck.setVisible(call)
        self.ui.directionLabel.setVisible(call)
        self.ui.durationSpin.setVisible(meeting)
        self.ui.durationLabel.setVisible(meeting)
        if meeting and not self.ui.durationSpin.value():
            self.ui.durationSpin.setValue(60)

    def _promise(self) -> tuple[date | None, Decimal | None]:
        """The promised date and amount; an amount that is not a number raises `InvalidInput`."""
        ui = self.ui
        if not ui.promiseBox.isChecked():
            return None, None
        day = ui.promiseDateEdit.date().toPython()
        typed = ui.promiseAmountEdit.text().strip()
        if not typed:
            return day, None
        try:
            return day, parse_decimal(typed)
        except UserError as exc:
            raise InvalidInput({"promised_amount": exc.message}) from exc

    def draft(self) -> InteractionDraft:
        ui = self.ui
        promised_date, promised_amount = self._promise()
        next_step = ui.nextStepEdit.text() if ui.nextStepBox.isChecked() else ""
        next_step_due = (
            _from_qt(ui.nextStepDueEdit.dateTime()) if ui.nextStepBox.isChecked() else None
        )
        if promised_date is not None and not next_step:
            # A promise is followed up the morning after the day it names.
            next_step = self.tr("Check the payment promised by {date}").format(
                date=promised_date.strftime("%d.%m.%Y")
            )
            next_step_due = datetime.combine(promised_date + timedelta(days=1), time(10, 0))
        return InteractionDraft(
            client_id=self.client_id,
            kind=self.kind,
            when=_from_qt(ui.whenEdit.dateTime()),
            subject=ui.subjectEdit.text(),
            text=ui.textEdit.toPlainText(),
            outcome=ui.outcomeEdit.text(),
            contact_id=ui.contactCombo.currentData(),
            incoming=ui.incomingCheck.isChecked() and self.kind is InteractionKind.CALL,
            duration_minutes=ui.durationSpin.value() if self.kind is InteractionKind.MEETING else 0,
            satisfaction=ui.satisfactionCombo.currentData(),
            manager_id=self.manager_id,
            next_step=next_step,
            next_step_due=next_step_due,
            promised_date=promised_date,
            promised_amount=promised_amount,
        )

    @Slot()
    def save(self) -> Operation[Logged] | None:
        if self.saving:
            return None
        self.errors.clear()
        try:
            draft = self.draft()
        except InvalidInput as exc:
            self.errors.show(exc.problems)
            return None
        self.saving = True
        self.ui.buttonBox.setEnabled(False)
        return (
            Operation(self, op=lambda _p: interactions.log(self.store, draft), success=self._saved)
            .failure(self._failed)
            .run()
        )

    def _saved(self, logged: Logged) -> None:
        self.saving = False
        self.saved.emit(logged)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        self.ui.buttonBox.setEnabled(True)
        if isinstance(exc, InvalidInput):
            self.errors.show(exc.problems)
        else:
            show_error(self, exc)


__all__ = ["InteractionDialog"]
