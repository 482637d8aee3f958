"""The order editor in Russian with a dozen lines: every caption translated, nothing clipped.

Set WD_SCREENSHOTS=1 to refresh resources/screenshots/order_editor.png from this test.
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

from order_world import World
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wholesale_desk.gui.orders import OrderEditor
from wholesale_desk.gui.orders.lines import COL_PRICE
from wholesale_desk.services.orders import LineInput
from wholesale_desk.services.terms import Actor

SCREENSHOT = Path(__file__).resolve().parents[3] / "resources" / "screenshots" / "order_editor.png"
ARTICLES = ["BLT-M8-40", "BLT-M10-50", "GAI-M8", "SHB-8", "SMR-4-25", "ANK-10-100", "DUB-6-40",
            "PRF-PN-27", "KLEY-PL-1", "KNIGA-SPR", "LNT-MNT-50", "ROLL-PAINT"]  # fmt: skip
QUANTITIES = [500, 200, 1000, 1000, 2000, 50, 1500, 40, 30, 2, 12, 24]


def test_editor_speaks_russian(qtbot: QtBot, world: World, russian: object, tmp_path: Path) -> None:
    editor = OrderEditor(
        world.store, world.partner_id, actor=Actor(world.manager_id), today=world.today
    )
    qtbot.addWidget(editor)
    editor.resize(1280, 800)
    editor.show()
    qtbot.waitExposed(editor)
    lines = [
        LineInput(world.products[a], Decimal(q)) for a, q in zip(ARTICLES, QUANTITIES, strict=True)
    ]
    lines[3].manual_discount_percent = Decimal(2)
    editor.add_lines(lines)
    editor.ui.commentEdit.setPlainText("Доставка до 12:00, звонить Ольге")
    editor.ui.linesView.setCurrentIndex(editor.model.index(len(lines), 2))
    qtbot.wait(50)

    assert editor.ui.titleLabel.text().startswith("Новый заказ: Стройторг")
    headers = [editor.model.headerData(c, Qt.Orientation.Horizontal) for c in range(12)]
    assert headers[:4] == ["№", "Артикул", "Номенклатура", "Кол-во"]
    assert "Долг" in editor.ui.creditBanner.text()
    assert "Партнер" in editor.ui.modelValue.text() or "Партнёр" in editor.ui.modelValue.text()
    assert "Крупный опт" in editor.model.index(0, COL_PRICE).data(Qt.ItemDataRole.ToolTipRole)
    assert "Итого" in editor.ui.totalsLabel.text()
    assert editor.ui.sendButton.text() == "Отправить в &1С"

    image = editor.grab()
    image.save(str(tmp_path / "order_editor.png"))
    if os.environ.get("WD_SCREENSHOTS"):
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(SCREENSHOT))
