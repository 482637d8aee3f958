"""The card's offer chooser: what is ticked, at the quantity typed; bad input keeps it open."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt

from wholesale_desk.gui.documents.offer_dialog import COL_PRODUCT, COL_QTY, OfferDialog
from wholesale_desk.services.orders import BoughtProduct


def _items() -> list[BoughtProduct]:
    return [
        BoughtProduct("p1", "Болт М8", "BLT-M8", Decimal("100.000"), 3, date(2026, 11, 1)),
        BoughtProduct("p2", "Гайка М8", "GAI-M8", Decimal("50.000"), 2, date(2026, 10, 1)),
    ]


def test_ticked_products_at_the_typed_quantity(qtbot):
    dialog = OfferDialog("Ромашка", _items())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Commercial offer to Ромашка"
    assert dialog.table.item(0, COL_QTY).text() == "100"
    dialog.table.item(0, COL_QTY).setText("12,5")
    dialog.table.item(1, COL_PRODUCT).setCheckState(Qt.CheckState.Unchecked)
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert dialog.chosen() == [("p1", Decimal("12.5"))]


def test_a_bad_quantity_or_nothing_ticked_is_said_and_the_dialog_stays(qtbot):
    dialog = OfferDialog("Ромашка", _items())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.item(1, COL_QTY).setText("много")
    dialog.accept()
    assert dialog.isVisible()
    assert "много" in dialog.problem.text()
    dialog.table.item(1, COL_QTY).setText("0")
    dialog.accept()
    assert dialog.problem.text() == "The quantity of Гайка М8 must be above 0."
    for row in range(2):
        dialog.table.item(row, COL_PRODUCT).setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.problem.text() == "Tick at least one product to offer."
