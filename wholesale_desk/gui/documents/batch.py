"""Invoices for several orders at once: print all, save all to a folder, or e-mail each to its
client. One invoice is built, rendered and handed on at a time, and its bytes dropped before
the next, so a batch of a hundred needs no more memory than a batch of one.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from wholesale_desk import settings_defaults as defaults
from wholesale_desk.gui.documents import prepared as prep
from wholesale_desk.gui.documents.delivery import delivery_for
from wholesale_desk.gui.documents.mail_settings import print_options, smtp_settings
from wholesale_desk.gui.documents.preview import save_pdf
from wholesale_desk.gui.documents.printing import ask_printer, print_pdf
from wholesale_desk.gui.forms.ui_document_batch import Ui_DocumentBatchDialog
from wholesale_desk.gui.operations import Operation, Progress
from wholesale_desk.gui.settings import Settings, app_settings
from wholesale_desk.gui.texts import render
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, UserError, text
from wholesale_desk.services import mail_outbox
from wholesale_desk.services.documents import PrintOptions
from wholesale_desk.store import Store


class Mode(enum.StrEnum):
    PRINT = "print"
    SAVE = "save"
    MAIL = "mail"


@dataclass
class BatchResult:
    done: int = 0
    files: list[Path] = field(default_factory=list)
    problems: list[Text | str] = field(default_factory=list)  # one line per skipped order


@dataclass(frozen=True)
class MailTemplate:
    subject: str
    body: str
    manager: str
    sent_prefix: str  # "Sent: {subject}" in the UI language
    sender: str


def run_batch(
    store: Store,
    order_ids: Sequence[str],
    mode: Mode,
    progress: Progress,
    *,
    options: PrintOptions | None = None,
    folder: Path | None = None,
    printer: QPrinter | None = None,
    template: MailTemplate | None = None,
    manager_id: str | None = None,
) -> BatchResult:
    """The batch's op (runs on the db worker): each order in turn, honouring Cancel between."""
    result = BatchResult()
    painter: QPainter | None = None
    try:
        for number, order_id in enumerate(order_ids):
            progress.check_cancelled()
            progress.update(
                text(
                    "DocumentBatch",
                    QT_TRANSLATE_NOOP("DocumentBatch", "Invoice {n} of {total}"),
                    n=number + 1,
                    total=len(order_ids),
                ),
                number,
                len(order_ids),
            )
            try:
                with store.session() as session:
                    document = prep.invoice(session, order_id, options)
            except UserError as exc:
                result.problems.append(exc.message)
                continue
            if mode is Mode.SAVE:
                assert folder is not None
                result.files.append(save_pdf(document.pdf, folder / document.filename))
            elif mode is Mode.PRINT:
                assert printer is not None
                if painter is None:
                    printer.setFullPage(True)
                    painter = QPainter()
                    if not painter.begin(printer):
                        raise UserError(
                            text(
                                "DocumentBatch",
                                QT_TRANSLATE_NOOP(
                                    "DocumentBatch", "The printer could not be opened."
                                ),
                            )
                        )
                print_pdf(
                    document.pdf,
                    printer,
                    painter=painter,
                    first_page=result.done == 0,
                    all_pages=True,
                )
            else:
                assert template is not None
                problem = _queue_mail(store, document, template, manager_id)
                if problem is not None:
                    result.problems.append(problem)
                    continue
            result.done += 1
            del document  # the next invoice starts from nothing
        progress.update("", len(order_ids), len(order_ids))
    finally:
        if painter is not None:
            painter.end()
    return result


def _queue_mail(
    store: Store, document: prep.PreparedDocument, template: MailTemplate, manager_id: str | None
) -> Text | None:
    """Queue the invoice to the client's first address; a reason when the client has none."""
    if not document.addressees:
        return text(
            "DocumentBatch",
            QT_TRANSLATE_NOOP(
                "DocumentBatch",
                "{title}: {client} has no e-mail address. Add one to a contact on the client's "
                "card.",
            ),
            title=document.title,
            client=document.client_name or document.counterparty_name,
        )
    values = document.fields(manager=template.manager)
    subject = prep.fill_template(template.subject or "{title}", values)
    mail_outbox.enqueue(
        store,
        mail_outbox.OutgoingMail(
            recipients=(document.addressees[0].email,),
            subject=subject,
            body=prep.fill_template(template.body, values),
            attachment_name=document.filename,
            attachment=document.pdf,
            client_id=document.client_id,
            contact_id=document.addressees[0].contact_id,
            manager_id=manager_id,
            timeline_subject=template.sent_prefix.replace("{subject}", subject),
        ),
        sender=template.sender,
    )
    return None


class BatchDialog(QDialog):
    """Choose what to do with the invoices of `order_ids`, then watch it happen."""

    def __init__(
        self,
        store: Store,
        order_ids: list[str],
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
        manager_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.order_ids = order_ids
        self.settings = settings or app_settings()
        self.manager_id = manager_id
        self.task: Operation[BatchResult] | None = None
        self.result_: BatchResult | None = None
        self.ui = Ui_DocumentBatchDialog()
        self.ui.setupUi(self)
        self.ui.folderEdit.setText(self.settings.get(defaults.DOCUMENTS_FOLDER) or str(Path.home()))
        self.ui.progressBar.setRange(0, max(1, len(order_ids)))
        self.ui.startButton.clicked.connect(self.start)
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.browseButton.clicked.connect(self.choose_folder)
        for radio in (self.ui.printRadio, self.ui.saveRadio, self.ui.mailRadio):
            radio.toggled.connect(self._update)
        self.retranslateUi()
        self._update()

    @property
    def mode(self) -> Mode:
        if self.ui.saveRadio.isChecked():
            return Mode.SAVE
        if self.ui.mailRadio.isChecked():
            return Mode.MAIL
        return Mode.PRINT

    def set_mode(self, mode: Mode) -> None:
        {
            Mode.PRINT: self.ui.printRadio,
            Mode.SAVE: self.ui.saveRadio,
            Mode.MAIL: self.ui.mailRadio,
        }[mode].setChecked(True)

    def _update(self) -> None:
        running = self.task is not None and not self.task.done
        saving = self.mode is Mode.SAVE
        self.ui.folderEdit.setEnabled(saving and not running)
        self.ui.browseButton.setEnabled(saving and not running)
        for radio in (self.ui.printRadio, self.ui.saveRadio, self.ui.mailRadio):
            radio.setEnabled(not running)
        self.ui.startButton.setEnabled(not running and bool(self.order_ids))
        self.ui.cancelButton.setEnabled(running)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the invoices"), self.ui.folderEdit.text()
        )
        if folder:
            self.ui.folderEdit.setText(folder)

    def start(self) -> Operation[BatchResult] | None:
        mode, store, ids = self.mode, self.store, list(self.order_ids)
        options = print_options(self.settings)
        folder: Path | None = None
        printer: QPrinter | None = None
        template: MailTemplate | None = None
        if mode is Mode.SAVE:
            folder = Path(self.ui.folderEdit.text().strip() or Path.home())
            self.settings.set(defaults.DOCUMENTS_FOLDER, str(folder))
        elif mode is Mode.PRINT:
            printer = ask_printer(self, 0, self.settings)
            if printer is None:
                return None
        else:
            template = MailTemplate(
                subject=self.settings.get(defaults.MAIL_SUBJECT_TEMPLATE),
                body=self.settings.get(defaults.MAIL_BODY_TEMPLATE),
                manager=self.settings.get(defaults.MAIL_SENDER_NAME),
                sent_prefix=self.tr("Sent: {subject}"),
                sender=smtp_settings(self.settings).sender,
            )
        manager_id = self.manager_id
        self.ui.logView.clear()
        self.ui.progressBar.setValue(0)

        def op(progress: Progress) -> BatchResult:
            return run_batch(
                store,
                ids,
                mode,
                progress,
                options=options,
                folder=folder,
                printer=printer,
                template=template,
                manager_id=manager_id,
            )

        self.task = (
            Operation(self, op=op, success=self._finished)
            .on_progress(self._progress)
            .on_cancelled(self._cancelled)
            .failure(self._failed)
            .run()
        )
        self._update()
        return self.task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progress(self, stage: str, done: int, total: int) -> None:
        self.ui.progressBar.setMaximum(max(1, total))
        self.ui.progressBar.setValue(done)
        if stage:
            self.ui.progressBar.setFormat(f"{stage}  %p%")

    def _finished(self, result: BatchResult) -> None:
        self.result_ = result
        self.ui.progressBar.setValue(self.ui.progressBar.maximum())
        self.ui.progressBar.setFormat("%p%")
        lines = []
        if self.mode is Mode.SAVE:
            lines.append(self.tr("Saved %n invoice(s) to the folder.", "", result.done))
        elif self.mode is Mode.PRINT:
            lines.append(self.tr("Sent %n invoice(s) to the printer.", "", result.done))
        else:
            lines.append(self.tr("Put %n e-mail(s) into the outbox.", "", result.done))
            delivery_for(self.store, self.settings).deliver_now()
        lines += [render(problem) for problem in result.problems]
        self.ui.logView.setPlainText("\n".join(lines))
        self._update()

    def _cancelled(self) -> None:
        self.ui.logView.setPlainText(self.tr("Stopped: the invoices already done are kept."))
        self._update()

    def _failed(self, exc: BaseException) -> None:
        message = render(exc.message) if isinstance(exc, UserError) else str(exc)
        self.ui.logView.setPlainText(message)
        self._update()

    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.countLabel.setText(self.tr("%n order(s) selected", "", len(self.order_ids)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
