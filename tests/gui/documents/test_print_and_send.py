"""Print and send from the GUI: the preview shows the invoice's pages, Save PDF writes it, the
send dialog proposes the client's contact and queues the mail offline with a timeline entry,
delivery reaches a loopback SMTP server once, a batch saves three invoices with progress, and
the receivables page's letter buttons open their previews."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from document_world import CONTACT_EMAIL, Company, pdf_pages, pdf_text
from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMainWindow, QWidget

from wholesale_desk import settings_defaults as defaults
from wholesale_desk.gui.documents import actions
from wholesale_desk.gui.documents import prepared as prep
from wholesale_desk.gui.documents import preview as preview_module
from wholesale_desk.gui.documents.batch import BatchDialog, Mode
from wholesale_desk.gui.documents.delivery import delivery_for
from wholesale_desk.gui.documents.preview import DocumentPreviewDialog
from wholesale_desk.gui.documents.printing import print_pages
from wholesale_desk.gui.documents.send_dialog import SendDialog
from wholesale_desk.gui.operations import wait_all
from wholesale_desk.gui.settings import Settings
from wholesale_desk.models import Interaction, MailOutboxEntry, MailStatus
from wholesale_desk.services import mail_outbox


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Inbox:
    def __init__(self) -> None:
        self.envelopes: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append(envelope)
        return "250 OK"


@pytest.fixture
def smtp_server() -> Iterator[tuple[Inbox, int]]:
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def use_mail_server(settings: Settings, port: int) -> None:
    settings.set(defaults.MAIL_SMTP_HOST, "127.0.0.1")
    settings.set(defaults.MAIL_SMTP_PORT, port)
    settings.set(defaults.MAIL_SMTP_SECURITY, "none")
    settings.set(defaults.MAIL_SENDER, "manager@krepezh.ru")
    settings.set(defaults.MAIL_SENDER_NAME, "Иванов Иван")


def invoice(company: Company, index: int = 0) -> prep.PreparedDocument:
    with company.store.session() as session:
        return prep.invoice(session, company.order_ids[index])


def open_preview(qtbot: Any, company: Company, settings: Settings) -> DocumentPreviewDialog:
    dialog = DocumentPreviewDialog(invoice(company), company.store, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_preview_shows_every_page_of_the_invoice(qtbot, company: Company, settings) -> None:
    dialog = open_preview(qtbot, company, settings)
    assert dialog.page_count == pdf_pages(dialog.prepared.pdf) >= 1
    assert dialog.windowTitle().startswith("Счет на оплату № ТД00-000121 от ")
    assert dialog.ui.pageSpin.maximum() == dialog.page_count
    dialog.zoom_by(1.25)
    assert dialog.view.zoomFactor() > 1.0


def test_save_pdf_writes_the_invoice_with_its_number(qtbot, company, settings, tmp_path) -> None:
    dialog = open_preview(qtbot, company, settings)
    assert dialog.default_path().name.startswith("Счет на оплату № ТД00-000121 от ")
    saved = dialog.save_to(tmp_path / "out" / dialog.prepared.filename)
    assert "Счет на оплату № ТД00-000121" in pdf_text(saved.read_bytes())
    assert settings.get(defaults.DOCUMENTS_FOLDER) == str(tmp_path / "out")


def test_print_draws_every_page_at_printer_resolution(
    qtbot, company, settings, tmp_path, monkeypatch
) -> None:
    dialog = open_preview(qtbot, company, settings)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(preview_module, "ask_printer", lambda *_args: printer)
    task = dialog.print_document()  # the print dialog answered by the patch above
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert pdf_pages((tmp_path / "printed.pdf").read_bytes()) == dialog.page_count
    assert "1 page" in dialog.ui.statusLabel.text()
    assert print_pages(dialog.document, printer) == dialog.page_count  # the GUI-thread path


def test_send_dialog_proposes_the_contact_and_queues_offline_with_a_timeline_entry(
    qtbot, company: Company, settings: Settings, smtp_server: tuple[Inbox, int]
) -> None:
    use_mail_server(settings, free_port())  # nothing listens there: we are offline
    dialog = SendDialog(invoice(company), company.store, settings=settings)
    qtbot.addWidget(dialog)
    assert dialog.ui.toCombo.itemData(0) == CONTACT_EMAIL
    assert "Белова Светлана" in dialog.ui.toCombo.itemText(0)
    assert dialog.recipients() == (CONTACT_EMAIL,)
    assert dialog.ui.subjectEdit.text().startswith("Счет на оплату № ТД00-000121 от ")
    assert "Иванов Иван" in dialog.ui.bodyEdit.toPlainText()
    assert ".pdf" in dialog.ui.attachmentLabel.text()

    with qtbot.waitSignal(dialog.queued, timeout=10_000):
        dialog.accept()
    delivery = delivery_for(company.store, settings)
    qtbot.waitUntil(lambda: delivery.last_result is not None, timeout=15_000)
    assert delivery.last_result is not None and delivery.last_result.unreachable
    with company.store.session() as s:
        entry = s.query(MailOutboxEntry).one()
        assert entry.status == MailStatus.PENDING and entry.recipients == CONTACT_EMAIL
        timeline = s.get(Interaction, entry.interaction_id)
        assert timeline is not None and timeline.kind == "email" and timeline.created_locally
        assert timeline.subject.startswith("Sent: Счет на оплату № ТД00-000121")
        assert timeline.client_id == company.world.partner_id

    inbox, port = smtp_server  # back online: the next sync's delivery sends it, once
    use_mail_server(settings, port)
    delivery.last_result = None
    delivery.deliver_now()
    qtbot.waitUntil(lambda: delivery.last_result is not None, timeout=15_000)
    assert delivery.last_result.sent == 1
    assert mail_outbox.deliver_pending(company.store, _smtp(port), None).sent == 0
    assert len(inbox.envelopes) == 1 and inbox.envelopes[0].rcpt_tos == [CONTACT_EMAIL]
    assert "Sent: 1 message" in delivery.status_text(delivery.last_result) or (
        "sent" in delivery.status_text(delivery.last_result).lower()
    )


def _smtp(port: int):  # type: ignore[no-untyped-def]
    from wholesale_desk.mail import Security, SmtpSettings

    return SmtpSettings("127.0.0.1", port, Security.NONE, sender="manager@krepezh.ru", timeout=5)


def test_batch_saves_three_invoices_to_a_folder_with_progress(
    qtbot, company: Company, settings: Settings, tmp_path: Path
) -> None:
    dialog = BatchDialog(company.store, company.order_ids, settings=settings)
    qtbot.addWidget(dialog)
    dialog.set_mode(Mode.SAVE)
    dialog.ui.folderEdit.setText(str(tmp_path / "invoices"))
    seen: list[tuple[int, int]] = []
    task = dialog.start()
    assert task is not None
    task.progressChanged.connect(lambda _stage, done, total: seen.append((done, total)))
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    assert dialog.result_ is not None and dialog.result_.done == 3
    files = sorted((tmp_path / "invoices").glob("*.pdf"))
    assert len(files) == 3
    numbers = {f"ТД00-00012{i}" for i in range(1, 4)}
    assert {n for n in numbers for f in files if n in pdf_text(f.read_bytes())} == numbers
    assert seen and seen[-1] == (3, 3)
    assert dialog.ui.progressBar.value() == dialog.ui.progressBar.maximum()
    assert "3" in dialog.ui.logView.toPlainText()


def test_batch_mails_each_invoice_to_its_client(qtbot, company: Company, settings) -> None:
    dialog = BatchDialog(company.store, company.order_ids, settings=settings)
    qtbot.addWidget(dialog)
    dialog.set_mode(Mode.MAIL)
    task = dialog.start()
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    wait_all()
    assert dialog.result_ is not None and dialog.result_.done == 3
    assert [m.recipients for m in mail_outbox.unsent(company.store)] == [CONTACT_EMAIL] * 3


class FakeReceivables(QWidget):
    reminderRequested = Signal(str)
    reconciliationRequested = Signal(str)


class FakeController(QObject):
    syncFinished = Signal(object)

    def __init__(self, workspace: Any) -> None:
        super().__init__()
        self.workspace = workspace


def test_receivables_letters_open_their_previews(qtbot, company: Company, settings) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    ws = type("Ws", (), {"store": company.store, "user": None})()
    page, controller = FakeReceivables(), FakeController(ws)
    qtbot.addWidget(page)
    actions.install(window, ws, controller, receivables=page)  # type: ignore[arg-type]
    client_id = company.world.client_id  # «Ромашка» owes 20 000 ₽ overdue

    actions._last_dialogs.clear()  # previews other tests opened are not this one's
    page.reminderRequested.emit(client_id)
    qtbot.waitUntil(lambda: actions.last_preview() is not None, timeout=10_000)
    reminder = actions.last_preview()
    assert reminder is not None and reminder.prepared.kind == "Напоминание об оплате"
    assert "20 000,00" in pdf_text(reminder.prepared.pdf)
    reminder.close()

    actions._last_dialogs.clear()
    page.reconciliationRequested.emit(client_id)
    period = page.findChildren(actions.PeriodDialog)
    assert period, "the period dialog opens first"
    start, end = period[-1].period()
    assert start == date(date.today().year, 1, 1) and end == date.today()
    period[-1].accept()
    qtbot.waitUntil(lambda: actions.last_preview() is not None, timeout=10_000)
    statement = actions.last_preview()
    assert statement is not None and statement.prepared.kind == "Акт сверки взаимных расчетов"
    statement.close()
    wait_all()


def test_other_pages_open_an_invoice_and_an_offer_by_one_call(qtbot, company: Company) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    actions._last_dialogs.clear()
    actions.open_invoice(parent, company.store, "ТД00-000122")  # by the 1C number
    qtbot.waitUntil(lambda: actions.last_preview() is not None, timeout=10_000)
    invoice_preview = actions.last_preview()
    assert invoice_preview is not None and invoice_preview.prepared.number == "ТД00-000122"
    invoice_preview.close()

    actions._last_dialogs.clear()
    products = company.world.products
    actions.open_offer(
        parent,
        company.store,
        company.world.partner_id,
        [products["PRF-PN-27"], products["BLT-M8-40"]],
        [Decimal(10)],
    )
    qtbot.waitUntil(lambda: actions.last_preview() is not None, timeout=10_000)
    offer = actions.last_preview()
    assert offer is not None and offer.prepared.kind == "Коммерческое предложение"
    assert [line.quantity for line in offer.prepared.data.lines] == [Decimal(10), Decimal(1)]
    assert offer.prepared.addressees[0].email == CONTACT_EMAIL
    offer.close()
    wait_all()


def test_reminder_button_on_the_receivables_page_opens_the_letter(
    qtbot, company: Company, settings
) -> None:
    from wholesale_desk.gui.receivables.page import ReceivablesPage

    window = QMainWindow()
    qtbot.addWidget(window)
    page = ReceivablesPage(company.store)
    qtbot.addWidget(page)
    ws = type("Ws", (), {"store": company.store, "user": None})()
    actions.install(window, ws, FakeController(ws), receivables=page)  # type: ignore[arg-type]
    task = page.reload()
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert page.select_client(company.world.client_id)
    actions._last_dialogs.clear()
    page.ui.reminderButton.click()
    qtbot.waitUntil(lambda: actions.last_preview() is not None, timeout=10_000)
    letter = actions.last_preview()
    assert letter is not None and letter.prepared.kind == "Напоминание об оплате"
    assert letter.prepared.client_id == company.world.client_id
    letter.close()
    wait_all()


def test_after_a_sync_waiting_mail_shows_in_the_status_bar(
    qtbot, company: Company, settings: Settings, translations
) -> None:
    from wholesale_desk.gui.documents.mail_status import MailStatusButton

    translations.apply("en")  # English plural forms

    window = QMainWindow()
    qtbot.addWidget(window)
    ws = type("Ws", (), {"store": company.store, "user": None})()
    controller = FakeController(ws)
    actions.install(window, ws, controller)  # type: ignore[arg-type]
    delivery = delivery_for(company.store, settings)
    qtbot.waitUntil(lambda: not delivery.running, timeout=10_000)
    button = window.findChild(MailStatusButton, "mailStatusButton")
    assert button is not None and button.isHidden()

    mail_outbox.enqueue(  # e-mail not set up yet: it waits
        company.store,
        mail_outbox.OutgoingMail(
            recipients=(CONTACT_EMAIL,),
            subject="Счет",
            body="",
            attachment_name="a.pdf",
            attachment=b"%PDF",
            client_id=company.world.partner_id,
        ),
    )
    delivery.last_result = None
    controller.syncFinished.emit(object())
    qtbot.waitUntil(lambda: delivery.last_result is not None, timeout=10_000)
    assert delivery.last_result.not_configured
    assert not button.isHidden() and button.text() == "✉ 1 e-mail waiting"
    assert "File → E-mail settings" in window.statusBar().currentMessage()
