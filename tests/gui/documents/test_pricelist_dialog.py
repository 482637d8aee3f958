"""Price lists from the window: the card's "Price list…" makes the client's own prices in XLSX
off the GUI thread and e-mails them through the outbox onto the timeline; File → Price lists…
makes a price type's list in PDF into the preview; a group without prices says so."""

from __future__ import annotations

import io
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from document_world import CONTACT_EMAIL, add_company_details, pdf_text
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMenu

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from order_world import World
from pricelist_world import build_with_groups

from wholesale_desk.gui.clients.page import ClientsPage
from wholesale_desk.gui.documents import pricelist as gui_pricelist
from wholesale_desk.gui.documents.preview import DocumentPreviewDialog
from wholesale_desk.gui.documents.send_dialog import SendDialog
from wholesale_desk.gui.settings import Settings
from wholesale_desk.models import Interaction, MailOutboxEntry
from wholesale_desk.services.terms import quote
from wholesale_desk.store import Store


@pytest.fixture
def world(tmp_path: Path) -> World:
    w = build_with_groups(Store(tmp_path / "store.sqlite"))
    add_company_details(w)
    return w


def xlsx_prices(content: bytes) -> dict[str, object]:
    """Article → the price cell, for every product row of the sheet."""
    sheet = load_workbook(io.BytesIO(content), read_only=True).active
    rows = [list(r) + [None] * 10 for r in sheet.iter_rows(values_only=True)]
    header = next(i for i, r in enumerate(rows) if r[0] == "Артикул")
    column = rows[header].index("Цена с НДС, руб.")
    return {str(r[0]): r[column] for r in rows[header + 1 :] if r[0] and r[1]}


def make(qtbot: Any, dialog: gui_pricelist.PriceListDialog) -> Any:
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=10_000)
    with qtbot.waitSignal(dialog.prepared, timeout=30_000):
        dialog.accept()
    return dialog.result_dialog


def test_card_price_list_in_xlsx_is_emailed_with_the_clients_own_prices(
    qtbot: Any, world: World, settings: Settings
) -> None:
    page = ClientsPage(world.store, manager_id=lambda: world.manager_id)
    qtbot.addWidget(page)
    page.show()
    task = page.card.show_client(world.partner_id)
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    page.card.ui.priceListButton.click()
    dialog = gui_pricelist.last_dialog()
    assert isinstance(dialog, gui_pricelist.PriceListDialog)
    assert dialog.ui.clientRadio.isChecked() and dialog.ui.clientLabel.text() == "Стройторг"
    assert dialog.windowTitle() == "Price list for Стройторг"
    dialog.ui.formatCombo.setCurrentIndex(dialog.ui.formatCombo.findData("xlsx"))

    ready = make(qtbot, dialog)
    assert isinstance(ready, gui_pricelist.PriceListReadyDialog)
    assert "16 product" in ready.ui.summaryLabel.text()
    prepared = ready.prepared
    assert prepared.filename.endswith(".xlsx") and prepared.client_id == world.partner_id

    prices = xlsx_prices(prepared.pdf)
    assert len(prices) == 16
    with world.store.session() as session:
        for article, cell in prices.items():
            q = quote(session, "Стройторг", article, Decimal(1), world.today)
            if q.line.base_price is None:
                assert cell == "цена по запросу"
            else:
                assert Decimal(str(cell)).quantize(Decimal("0.01")) == q.line.amount, article

    send = ready.send()
    assert isinstance(send, SendDialog)
    assert send.recipients() == (CONTACT_EMAIL,)
    assert ".xlsx" in send.ui.attachmentLabel.text()
    with qtbot.waitSignal(send.queued, timeout=10_000):
        send.accept()
    with world.store.session() as s:
        entry = s.query(MailOutboxEntry).one()
        assert entry.attachment_name == prepared.filename and entry.attachment == prepared.pdf
        timeline = s.get(Interaction, entry.interaction_id)
        assert timeline is not None and timeline.client_id == world.partner_id
        assert timeline.subject.startswith("Sent: Прайс-лист на ")


def test_file_menu_price_list_of_a_type_opens_the_pdf_preview(
    qtbot: Any, world: World, settings: Settings
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = QMenu(window)
    window.ui = type("Ui", (), {"menuFile": menu})()  # type: ignore[attr-defined]
    action = gui_pricelist.install(window, world.store)
    assert action is not None and action.text() == "&Price lists…" and action in menu.actions()
    action.trigger()
    dialog = gui_pricelist.last_dialog()
    assert isinstance(dialog, gui_pricelist.PriceListDialog)
    assert dialog.ui.priceTypeRadio.isChecked() and not dialog.ui.clientRadio.isEnabled()
    qtbot.waitUntil(lambda: dialog.ui.priceTypeCombo.count() == 2, timeout=10_000)
    dialog.ui.priceTypeCombo.setCurrentIndex(dialog.ui.priceTypeCombo.findText("Оптовая"))
    dialog.ui.formatCombo.setCurrentIndex(dialog.ui.formatCombo.findData("pdf"))
    for row in range(dialog.ui.groupsList.count()):
        item = dialog.ui.groupsList.item(row)
        if item.toolTip() == "Литература":
            item.setCheckState(Qt.CheckState.Checked)

    preview = make(qtbot, dialog)
    assert isinstance(preview, DocumentPreviewDialog)
    assert preview.page_count == 1
    assert preview.windowTitle().startswith("Прайс-лист «Оптовая» на ")
    text = pdf_text(preview.prepared.pdf)
    assert "Справочник строителя" in text and "850,00" in text
    assert "Болт" not in text


def test_a_group_without_prices_is_said_in_the_dialog_which_stays_open(
    qtbot: Any, world: World, settings: Settings
) -> None:
    dialog = gui_pricelist.open_price_list(None, world.store)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ui.groupsList.count() > 0, timeout=10_000)
    for row in range(dialog.ui.groupsList.count()):
        item = dialog.ui.groupsList.item(row)
        if item.toolTip() == "Пустая":
            item.setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    qtbot.waitUntil(lambda: bool(dialog.ui.noticeLabel.text()), timeout=10_000)
    assert "The group «Пустая» has no products with prices" in dialog.ui.noticeLabel.text()
    assert dialog.isVisible() and dialog.result_dialog is None
    assert dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).isEnabled()
