"""The usual-basket dialog the order editor offers: what the client buys regularly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wholesale_desk.money import format_qty
from wholesale_desk.services import orders
from wholesale_desk.services.orders import LineInput


class BasketDialog(QDialog):
    """The client's usual basket: tick what to add; quantities are the usual ones."""

    def __init__(self, items: list[orders.BasketItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = items
        self.setWindowTitle(self.tr("Usual basket"))
        layout = QVBoxLayout(self)
        caption = QLabel(
            self.tr("What the client buys regularly and has not ordered lately:")
            if items
            else self.tr("Nothing the client buys regularly is due now.")
        )
        caption.setWordWrap(True)
        layout.addWidget(caption)
        self.list = QListWidget(self)
        for item in items:
            row = QListWidgetItem(
                self.tr("{article} {name} — {qty}; {times}, {every}, last {last}").format(
                    article=item.article,
                    name=item.name,
                    qty=format_qty(item.usual_quantity),
                    times=self.tr("%n order(s)", "", item.times),
                    every=self.tr("about every %n day(s)", "", item.every_days),
                    last=item.last_ordered.strftime("%d.%m.%Y"),
                )
            )
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(row)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 360)

    def chosen_lines(self) -> list[LineInput]:
        return [
            LineInput(item.product_id, item.usual_quantity)
            for i, item in enumerate(self.items)
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
