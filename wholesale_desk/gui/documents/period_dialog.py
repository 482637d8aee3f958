"""Choose the period of an акт сверки: from the start of the year to today unless changed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from wholesale_desk.gui.forms.ui_document_period import Ui_DocumentPeriodDialog


class PeriodDialog(QDialog):
    """`period()` gives the chosen (start, end); OK stays disabled while start is after end."""

    def __init__(
        self, client_name: str = "", parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.client_name = client_name
        self.ui = Ui_DocumentPeriodDialog()
        self.ui.setupUi(self)
        today = today or date.today()
        self.ui.fromEdit.setDate(QDate(today.year, 1, 1))
        self.ui.toEdit.setDate(QDate(today.year, today.month, today.day))
        self.ui.fromEdit.setDisplayFormat("dd.MM.yyyy")
        self.ui.toEdit.setDisplayFormat("dd.MM.yyyy")
        self.ui.fromEdit.dateChanged.connect(self._check)
        self.ui.toEdit.dateChanged.connect(self._check)
        self.retranslateUi()

    def period(self) -> tuple[date, date]:
        return self.ui.fromEdit.date().toPython(), self.ui.toEdit.date().toPython()  # type: ignore[return-value]

    def _check(self) -> None:
        start, end = self.period()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(start <= end)

    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.clientLabel.setText(
            self.tr("Reconciliation statement with {client} for the period:").format(
                client=self.client_name
            )
            if self.client_name
            else self.tr("Reconciliation statement for the period:")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
