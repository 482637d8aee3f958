"""E-mail settings keep the password in the keyring, or say honestly that it is only in memory;
the page setup of the last print is where the next print starts; the mail outbox lets the user
settle a message that may or may not have gone; a batch prints every invoice in one job."""

from __future__ import annotations

import tracemalloc
from datetime import timedelta
from pathlib import Path

import pytest
from document_world import Company, pdf_pages, saved_order
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from wholesale_desk import credentials
from wholesale_desk import settings_defaults as defaults
from wholesale_desk.gui.documents.batch import Mode, run_batch
from wholesale_desk.gui.documents.mail_settings import (
    MailSettingsDialog,
    smtp_password,
    smtp_settings,
)
from wholesale_desk.gui.documents.outbox_dialog import MailOutboxDialog
from wholesale_desk.gui.documents.printing import make_printer, remember_page_setup
from wholesale_desk.gui.operations import Cancelled, Progress, wait_all
from wholesale_desk.gui.settings import Settings
from wholesale_desk.mail import Security
from wholesale_desk.models import MailOutboxEntry, MailStatus, now
from wholesale_desk.services import mail_outbox


def test_mail_settings_are_saved_and_the_password_goes_to_memory_without_a_keyring(
    qtbot, settings: Settings
) -> None:
    dialog = MailSettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert not credentials.keyring_available()  # the tests' fail backend
    assert "memory" in dialog.ui.passwordNoteLabel.text()
    dialog.ui.hostEdit.setText("smtp.krepezh.ru")
    dialog.ui.securityCombo.setCurrentIndex(dialog.ui.securityCombo.findData("ssl"))
    assert dialog.ui.portSpin.value() == 465  # follows the usual port of SSL
    dialog.ui.userEdit.setText("manager@krepezh.ru")
    dialog.ui.passwordEdit.setText("s3cret")
    dialog.ui.senderNameEdit.insert("Иванов Иван")
    assert dialog.save() is False  # kept in memory only: the dialog says so on OK
    smtp = smtp_settings(settings)
    assert (smtp.host, smtp.port, smtp.security) == ("smtp.krepezh.ru", 465, Security.SSL)
    assert smtp.sender_name == "Иванов Иван"
    assert smtp_password(settings) == "s3cret"
    assert "s3cret" not in settings.path.read_text("utf-8")


def test_the_next_print_starts_from_the_last_page_setup(settings: Settings) -> None:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    remember_page_setup(printer, settings)
    assert settings.get(defaults.PRINT_PAGE_SIZE) == "A5"
    again = make_printer(settings)
    assert again.pageLayout().pageSize().id() == QPageSize.PageSizeId.A5
    assert again.pageLayout().orientation() == QPageLayout.Orientation.Landscape


def test_batch_prints_every_invoice_in_one_job(company: Company, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "batch.pdf"))
    result = run_batch(company.store, company.order_ids, Mode.PRINT, Progress(), printer=printer)
    assert result.done == 3 and not result.problems
    assert pdf_pages((tmp_path / "batch.pdf").read_bytes()) == 3


def test_batch_stops_on_cancel_and_keeps_what_is_done(company: Company, tmp_path: Path) -> None:
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):  # the task reports it as cancelled, not as a failure
        run_batch(company.store, company.order_ids, Mode.SAVE, progress, folder=tmp_path)
    assert list(tmp_path.glob("*.pdf")) == []


def test_outbox_lets_the_user_settle_an_unconfirmed_message(qtbot, company: Company) -> None:
    entry_id = mail_outbox.enqueue(
        company.store,
        mail_outbox.OutgoingMail(
            recipients=("buh@stroytorg.ru",),
            subject="Счет",
            body="",
            attachment_name="a.pdf",
            attachment=b"%PDF",
            client_id=company.world.partner_id,
        ),
    ).entry_id
    with company.store.transaction() as s:  # a run killed while the server took the message
        entry = s.get(MailOutboxEntry, entry_id)
        assert entry is not None
        entry.status, entry.claimed_by = MailStatus.HANDED_OVER, "old-run"
        entry.last_attempt_at = now() - timedelta(hours=1)
    with company.store.transaction() as s:
        mail_outbox.recover_interrupted(s, now())

    dialog = MailOutboxDialog(company.store)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ui.table.rowCount() == 1, timeout=5000)
    assert dialog.ui.table.item(0, 1).text() == "Not confirmed"
    assert "Sent folder" in dialog.ui.table.item(0, 4).text()
    dialog.ui.table.selectRow(0)
    assert dialog.ui.sendAgainButton.isEnabled() and dialog.ui.markSentButton.isEnabled()
    dialog.ui.markSentButton.click()
    qtbot.waitUntil(lambda: dialog.ui.table.rowCount() == 0, timeout=5000)
    wait_all()
    assert mail_outbox.unsent(company.store) == []


def test_batch_memory_does_not_grow_with_the_number_of_invoices(
    company: Company, tmp_path: Path
) -> None:
    more = company.order_ids + [
        saved_order(company.world, f"ТД00-00020{i}") for i in range(6)
    ]  # nine invoices
    run_batch(company.store, more[:1], Mode.SAVE, Progress(), folder=tmp_path / "warm-up")

    def peak(ids: list[str], folder: str) -> int:
        tracemalloc.start()
        try:
            run_batch(company.store, ids, Mode.SAVE, Progress(), folder=tmp_path / folder)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    three, nine = peak(more[:3], "three"), peak(more, "nine")
    assert len(list((tmp_path / "nine").glob("*.pdf"))) == 9
    assert nine < three * 1.5, (three, nine)
