"""A manager e-mails a client their own price list in XLSX from the card, and it tells the truth.

On the demo company: find a client with an individual agreement (their own price type and
discount), open the card from the Clients list, "Price list…", one product group, Excel, Make,
"Send by e-mail…" to the proposed contact. The mail waits in the outbox with the workbook, the
client's timeline says it was sent, every price on the workbook is what the `price` command says
for that client and product, and the command line prints the same list.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from desk import Desk
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from wholesale_desk import workspace
from wholesale_desk.gui.documents.pricelist import PriceListDialog, PriceListReadyDialog
from wholesale_desk.gui.documents.send_dialog import SendDialog
from wholesale_desk.models import Agreement, Client, Contact, MailOutboxEntry, Product
from wholesale_desk.services.terms import quote


def _client_with_own_terms(desk: Desk) -> tuple[str, str]:
    """(name, code) of a client with an individual discounted agreement and a contact's e-mail."""
    with desk.workspace.store.session() as s:
        rows = s.execute(
            select(Client.name, Client.code)
            .join(Agreement, Agreement.client_id == Client.id)
            .join(Contact, Contact.client_id == Client.id)
            .where(Agreement.manual_discount_percent > 0, Contact.email != "")
            .order_by(Client.name)
        ).all()
    today = date.today()
    with desk.workspace.store.session() as s:
        for name, code in rows:
            q = quote(s, code, _any_article(s), Decimal(1), today)
            if q.line.discounts:
                return str(name), str(code)
    raise AssertionError("the demo company has no client with a discounted agreement")


def _any_article(session) -> str:  # type: ignore[no-untyped-def]
    return str(session.scalar(select(Product.article).where(Product.article != "").limit(1)))


def _open_card(desk: Desk, name: str):  # type: ignore[no-untyped-def]
    clients = desk.show_section("clients")
    desk.settle()
    clients.ui.searchEdit.setFocus()
    clients.ui.searchEdit.insert(name)  # pasted: QTest types ASCII keys only
    desk.wait_until(lambda: clients.model.rowCount() >= 1 and clients.model.client_id(0))
    desk.wait_until(lambda: clients.model.index(0, 0).data() == name)
    desk.double_click_row(clients.ui.clientsView, 0)
    desk.wait_for_card(name)
    return clients


def _prices(content: bytes) -> dict[str, object]:
    sheet = load_workbook(io.BytesIO(content), read_only=True).active
    rows = [list(r) + [None] * 12 for r in sheet.iter_rows(values_only=True)]
    header = next(i for i, r in enumerate(rows) if r[0] == "Артикул")
    titles = rows[header]
    column = titles.index(
        "Цена с НДС, руб." if "Цена с НДС, руб." in titles else "Цена без НДС, руб."
    )
    return {str(r[0]): r[column] for r in rows[header + 1 :] if r[0] and r[1]}


def _cli(desk: Desk, *args: str) -> subprocess.CompletedProcess[str]:
    """The command line on the demo company's store, as a script would run it."""
    return subprocess.run(
        [sys.executable, "-m", "wholesale_desk", "--data-dir", str(workspace.demo_dir(desk.home)),
         *args],
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "WHOLESALE_DESK_LANG": "en"},
    )  # fmt: skip


def test_manager_emails_a_client_their_own_price_list_in_xlsx(desk: Desk, tmp_path: Path):
    name, code = _client_with_own_terms(desk)
    clients = _open_card(desk, name)
    card = clients.card
    desk.click(card.ui.priceListButton)  # "Price list…"
    dialog = desk.wait_for_dialog(PriceListDialog)
    assert dialog.ui.clientRadio.isChecked() and dialog.ui.clientLabel.text() == name
    desk.wait_until(lambda: dialog.ui.groupsList.count() > 0)
    group = dialog.ui.groupsList.item(0)  # the first top-level group, with its subgroups
    group.setCheckState(Qt.CheckState.Checked)
    dialog.ui.formatCombo.setCurrentIndex(dialog.ui.formatCombo.findData("xlsx"))
    desk.screenshot("pricelist-dialog", dialog)
    desk.click(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))  # "Make"

    ready = desk.wait_for_dialog(PriceListReadyDialog, 120_000)
    desk.screenshot("pricelist-ready", ready)
    prepared = ready.prepared
    assert prepared.filename.endswith(".xlsx") and name in prepared.filename
    desk.click(ready.ui.sendButton)  # "Send by e-mail…"
    send = desk.wait_for_dialog(SendDialog)
    recipients = send.recipients()
    assert recipients, "the client's contact is proposed"
    desk.screenshot("pricelist-send", send)
    desk.click(send.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))  # "Send"
    desk.wait_until(lambda: not send.isVisible())
    desk.settle()

    # The mail is in the outbox with the workbook; the card's history says it was sent.
    with desk.workspace.store.session() as s:
        entry = s.scalars(select(MailOutboxEntry).order_by(MailOutboxEntry.id.desc())).first()
        assert entry is not None and entry.attachment_name == prepared.filename
        assert entry.recipients == ", ".join(recipients)
        workbook = bytes(entry.attachment or b"")
    card.reload()
    desk.wait_until(lambda: any(i.subject.startswith("Sent: Прайс-лист") for i in card.items))

    # Every price on it is what `price` says for this client and product, quantity 1.
    prices = _prices(workbook)
    assert len(prices) >= 10
    today = date.today()
    with desk.workspace.store.session() as s:
        for article, cell in prices.items():
            q = quote(s, code, article, Decimal(1), today)
            if q.line.base_price is None:
                assert cell == "цена по запросу", article
            else:
                assert Decimal(str(cell)).quantize(Decimal("0.01")) == q.line.amount, article
    for article in list(prices)[:3]:  # and the command itself agrees
        done = _cli(desk, "price", code, article, "--date", today.isoformat(), "--json")
        assert done.returncode == 0, done.stderr
        if prices[article] != "цена по запросу":
            amount = Decimal(json.loads(done.stdout)["amount"])
            assert Decimal(str(prices[article])).quantize(Decimal("0.01")) == amount

    # The same list prints from the command line.
    out = tmp_path / "list.xlsx"
    group_name = group.toolTip()
    done = _cli(desk, "print", "pricelist", "--client", code, "--groups", group_name,
                "--date", today.isoformat(), "--format", "xlsx", "--out", str(out))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert _prices(out.read_bytes()) == prices
