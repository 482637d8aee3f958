"""Choosing what a commercial offer from the client's card lists: what the client has bought.

Every product the client ordered in the last year is listed, most often ordered first, ticked,
with its usual quantity, which can be changed. The offer itself is priced at the client's prices
when the preview is built (`actions.open_offer`).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wholesale_desk.gui.texts import render
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, UserError, text
from wholesale_desk.money import format_qty, parse_decimal
from wholesale_desk.services.orders import BoughtProduct

COL_PRODUCT, COL_QTY, COL_LAST = range(3)


class OfferDialog(QDialog):
    """Tick the products to offer and set their quantities; `chosen()` after `accepted`."""

    def __init__(
        self, client_name: str, items: list[BoughtProduct], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.items = items
        self.setObjectName("offerDialog")
        self.setWindowTitle(self.tr("Commercial offer to {client}").format(client=client_name))
        layout = QVBoxLayout(self)
        caption = QLabel(
            self.tr(
                "What the client ordered in the last 12 months, at today's prices for them. "
                "Untick what not to offer; the quantity can be changed."
            ),
            self,
        )
        caption.setWordWrap(True)
        layout.addWidget(caption)
        self.table = QTableWidget(len(items), 3, self)
        self.table.setObjectName("offerProducts")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Product"), self.tr("Quantity"), self.tr("Last ordered")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_PRODUCT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_QTY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_LAST, QHeaderView.ResizeMode.ResizeToContents)
        for row, item in enumerate(items):
            product = QTableWidgetItem(f"{item.article} {item.name}".strip())
            product.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            product.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, COL_PRODUCT, product)
            self.table.setItem(row, COL_QTY, QTableWidgetItem(format_qty(item.usual_quantity)))
            last = QTableWidgetItem(item.last_ordered.strftime("%d.%m.%Y"))
            last.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, COL_LAST, last)
        layout.addWidget(self.table)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #842029;")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Show the offer"))
        ok.setObjectName("showOfferButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def chosen(self) -> list[tuple[str, Decimal]]:
        """(product id, quantity) of every ticked row; raises `UserError` on a bad quantity."""
        chosen = []
        for row, item in enumerate(self.items):
            ticked, cell = self.table.item(row, COL_PRODUCT), self.table.item(row, COL_QTY)
            if ticked is None or ticked.checkState() != Qt.CheckState.Checked:
                continue
            typed = cell.text().strip() if cell is not None else ""
            quantity = parse_decimal(typed) if typed else item.usual_quantity
            if quantity <= 0:
                raise UserError(
                    text(
                        "OfferDialog",
                        QT_TRANSLATE_NOOP(
                            "OfferDialog", "The quantity of {product} must be above 0."
                        ),
                        product=item.name,
                    )
                )
            chosen.append((item.product_id, quantity))
        return chosen

    def accept(self) -> None:
        try:
            chosen = self.chosen()
        except UserError as exc:
            self._show_problem(render(exc.message))
            return
        if not chosen:
            self._show_problem(self.tr("Tick at least one product to offer."))
            return
        super().accept()

    def _show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
