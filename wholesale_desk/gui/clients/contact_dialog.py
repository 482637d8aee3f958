"""Add or edit a contact person; phone and e-mail are checked and marked at the field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from wholesale_desk.gui.clients.field_errors import FieldErrors
from wholesale_desk.gui.forms.ui_contact_dialog import Ui_ContactDialog
from wholesale_desk.gui.operations import Operation, show_error
from wholesale_desk.services import contacts
from wholesale_desk.services.client_card import ContactView
from wholesale_desk.services.contacts import ContactDraft
from wholesale_desk.services.invalid_input import InvalidInput
from wholesale_desk.store import Store


class ContactDialog(QDialog):
    saved = Signal(str)  # contact id

    def __init__(
        self,
        store: Store,
        client_id: str,
        contact: ContactView | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.client_id = client_id
        self.contact = contact
        self.ui = Ui_ContactDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.errors = FieldErrors(
            {
                "name": (ui.nameEdit, ui.nameError),
                "phone": (ui.phoneEdit, ui.phoneError),
                "email": (ui.emailEdit, ui.emailError),
            },
            ui.generalError,
        )
        ui.birthdayEdit.setDate(QDate(1985, 1, 1))
        ui.birthdayEdit.setEnabled(False)
        ui.birthdayCheck.toggled.connect(ui.birthdayEdit.setEnabled)
        if contact is not None:
            ui.nameEdit.setText(contact.name)
            ui.positionEdit.setText(contact.position)
            ui.phoneEdit.setText(contact.phone)
            ui.emailEdit.setText(contact.email)
            if contact.birthday:
                ui.birthdayCheck.setChecked(True)
                day = contact.birthday
                ui.birthdayEdit.setDate(QDate(day.year, day.month, day.day))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        self.setWindowTitle(
            self.tr("New contact") if self.contact is None else self.tr("Edit contact")
        )
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def draft(self) -> ContactDraft:
        ui = self.ui
        birthday: date | None = (
            ui.birthdayEdit.date().toPython() if ui.birthdayCheck.isChecked() else None
        )  # type: ignore[assignment]
        return ContactDraft(
            client_id=self.client_id,
            name=ui.nameEdit.text(),
            position=ui.positionEdit.text(),
            phone=ui.phoneEdit.text(),
            email=ui.emailEdit.text(),
            birthday=birthday,
            id=self.contact.id if self.contact else None,
        )

    @Slot()
    def save(self) -> Operation[str]:
        draft = self.draft()
        self.errors.clear()
        self.ui.buttonBox.setEnabled(False)

        def op(_p: object) -> str:
            with self.store.transaction() as session:
                return contacts.save(session, draft)

        return Operation(self, op=op, success=self._saved).failure(self._failed).run()

    def _saved(self, contact_id: str) -> None:
        self.saved.emit(contact_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ui.buttonBox.setEnabled(True)
        if isinstance(exc, InvalidInput):
            self.errors.show(exc.problems)
        else:
            show_error(self, exc)
