"""A new client: INN checked as typed, a duplicate INN (+KPP) warned about before saving.

The first Save with a known INN shows where it is already used and turns the button into
"Save anyway"; nothing is written until the user confirms. Saved offline, pushed as partner +
counterparty through the outbox.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from wholesale_desk.gui.clients.field_errors import FieldErrors
from wholesale_desk.gui.forms.ui_new_client_dialog import Ui_NewClientDialog
from wholesale_desk.gui.operations import Operation, show_error
from wholesale_desk.gui.texts import render
from wholesale_desk.requisites import check_inn
from wholesale_desk.services import new_client
from wholesale_desk.services.client_list import FilterChoices
from wholesale_desk.services.invalid_input import InvalidInput
from wholesale_desk.services.new_client import DuplicateClient, NewClientDraft
from wholesale_desk.store import Store


class NewClientDialog(QDialog):
    saved = Signal(str)  # client id

    def __init__(
        self,
        store: Store,
        choices: FilterChoices,
        parent: QWidget | None = None,
        *,
        manager_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.choices = choices
        self.manager_id = manager_id
        self.confirmed_duplicate = False
        self.ui = Ui_NewClientDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.errors = FieldErrors(
            {
                "name": (ui.nameEdit, ui.nameError),
                "inn": (ui.innEdit, ui.innError),
                "kpp": (ui.kppEdit, ui.kppError),
                "phone": (ui.phoneEdit, ui.phoneError),
                "email": (ui.emailEdit, ui.emailError),
            },
            ui.generalError,
        )
        ui.duplicateLabel.setStyleSheet("color: #b26a00;")
        ui.innEdit.editingFinished.connect(self._check_inn_now)
        ui.innEdit.textEdited.connect(self._inn_edited)
        ui.kppEdit.textEdited.connect(self._inn_edited)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        ui = self.ui
        ui.retranslateUi(self)
        manager = ui.managerCombo.currentData()
        ui.managerCombo.clear()
        ui.managerCombo.addItem(self.tr("(not set)"), None)
        for choice in self.choices.managers:
            ui.managerCombo.addItem(choice.name, choice.id)
        index = ui.managerCombo.findData(manager or self.manager_id)
        ui.managerCombo.setCurrentIndex(max(0, index))
        ui.segmentCombo.clear()
        ui.segmentCombo.addItem(self.tr("(none)"), None)
        for choice in self.choices.segments:
            ui.segmentCombo.addItem(choice.name, choice.id)
        self._update_save_text()
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _update_save_text(self) -> None:
        button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        button.setText(self.tr("Save anyway") if self.confirmed_duplicate else self.tr("Save"))

    @Slot()
    def _check_inn_now(self) -> None:
        """Mark a wrong INN as soon as the user leaves the field, not only on Save."""
        inn = self.ui.innEdit.text().strip()
        problem = check_inn(inn) if inn else None
        if problem is not None:
            self.ui.innError.setText(render(problem))
            self.ui.innError.show()
            self.ui.innEdit.setStyleSheet("border: 1px solid #c62828;")
        else:
            self.ui.innError.hide()
            self.ui.innEdit.setStyleSheet("")

    @Slot()
    def _inn_edited(self) -> None:
        if self.confirmed_duplicate:
            self.confirmed_duplicate = False
            self.ui.duplicateLabel.hide()
            self._update_save_text()

    def draft(self) -> NewClientDraft:
        ui = self.ui
        return NewClientDraft(
            name=ui.nameEdit.text(),
            full_name=ui.fullNameEdit.text(),
            inn=ui.innEdit.text(),
            kpp=ui.kppEdit.text(),
            phone=ui.phoneEdit.text(),
            email=ui.emailEdit.text(),
            city=ui.cityEdit.text(),
            address=ui.addressEdit.text(),
            manager_id=ui.managerCombo.currentData(),
            segment_id=ui.segmentCombo.currentData(),
        )

    @Slot()
    def save(self) -> Operation[str]:
        draft = self.draft()
        allow = self.confirmed_duplicate
        self.errors.clear()
        self.ui.buttonBox.setEnabled(False)

        def op(_p: object) -> str:
            with self.store.transaction() as session:
                return new_client.create(session, draft, allow_duplicate=allow)

        return Operation(self, op=op, success=self._saved).failure(self._failed).run()

    def _saved(self, client_id: str) -> None:
        self.saved.emit(client_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ui.buttonBox.setEnabled(True)
        if isinstance(exc, InvalidInput):
            self.errors.show(exc.problems)
        elif isinstance(exc, DuplicateClient):
            names = "\n".join(
                f"• {d.client_name} ("
                + self.tr("INN")
                + f" {d.inn}"
                + (f" / {d.kpp}" if d.kpp else "")
                + ")"
                for d in exc.duplicates
            )
            self.ui.duplicateLabel.setText(
                self.tr("This INN is already in use:")
                + "\n"
                + names
                + "\n"
                + self.tr("Save anyway if this really is another client (a branch, say).")
            )
            self.ui.duplicateLabel.show()
            self.confirmed_duplicate = True
            self._update_save_text()
        else:
            show_error(self, exc)
