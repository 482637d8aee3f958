"""Print preview of a rendered document: pages, zoom, Print, Save PDF, Send by e-mail.

The dialog shows exactly the bytes that will be printed, saved and attached, so what the user
sees is what the client gets.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from wholesale_desk import settings_defaults as defaults
from wholesale_desk.gui.documents.prepared import PreparedDocument
from wholesale_desk.gui.documents.printing import ask_printer, print_pdf
from wholesale_desk.gui.forms.ui_document_preview import Ui_DocumentPreviewDialog
from wholesale_desk.gui.operations import Operation, Progress
from wholesale_desk.gui.settings import Settings, app_settings
from wholesale_desk.gui.texts import render as render_text
from wholesale_desk.store import Store

FIT_WIDTH, FIT_PAGE = "width", "page"


def ask_save_path(
    parent: QWidget, caption: str, default: Path, file_filter: str, suffix: str
) -> Path | None:
    """The file a person chose to save to (with `suffix` added when they typed none), or None."""
    name, _ = QFileDialog.getSaveFileName(parent, caption, str(default), file_filter)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


ZOOMS: tuple[float | str, ...] = (FIT_WIDTH, FIT_PAGE, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


def save_pdf(pdf: bytes, path: Path) -> Path:
    """Write atomically: a half-written file never replaces a good one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(pdf)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


class DocumentPreviewDialog(QDialog):
    """Shows a `PreparedDocument`; `store` (when given) lets Send queue the e-mail."""

    saved = Signal(Path)
    queued = Signal(int)  # mail outbox entry id

    def __init__(
        self,
        prepared: PreparedDocument,
        store: Store | None = None,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
        manager_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.prepared = prepared
        self.store = store
        self.settings = settings or app_settings()
        self.manager_id = manager_id
        self.print_task: Operation[int] | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = Ui_DocumentPreviewDialog()
        self.ui.setupUi(self)

        self._bytes = QByteArray(prepared.pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self.ui.viewHost)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setDocument(self.document)
        self.view.setPageSpacing(12)
        self.ui.viewLayout.addWidget(self.view)

        self.ui.pageSpin.setMaximum(max(1, self.page_count))
        for zoom in ZOOMS:
            self.ui.zoomCombo.addItem("", zoom)
        self.ui.zoomCombo.setCurrentIndex(0)
        self.ui.sendButton.setEnabled(store is not None)

        self.ui.printButton.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.ui.saveButton.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.ui.zoomInButton.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn))
        self.ui.zoomOutButton.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.ui.printButton.clicked.connect(self.print_document)
        self.ui.saveButton.clicked.connect(self.choose_file_and_save)
        self.ui.sendButton.clicked.connect(self.send)
        self.ui.previousPageButton.clicked.connect(lambda: self.go_to_page(self.current_page - 1))
        self.ui.nextPageButton.clicked.connect(lambda: self.go_to_page(self.current_page + 1))
        self.ui.pageSpin.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.ui.zoomCombo.currentIndexChanged.connect(self._zoom_chosen)
        self.ui.zoomInButton.clicked.connect(lambda: self.zoom_by(1.25))
        self.ui.zoomOutButton.clicked.connect(lambda: self.zoom_by(0.8))
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.retranslateUi()
        self._zoom_chosen()
        self._page_changed(0)
        if prepared.notice is not None:
            self.ui.statusLabel.setText(render_text(prepared.notice))

    # --- pages and zoom -----------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    @property
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        page = max(0, min(self.page_count - 1, page))
        if page != self.current_page:
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def _page_changed(self, page: int) -> None:
        self.ui.pageSpin.blockSignals(True)
        self.ui.pageSpin.setValue(page + 1)
        self.ui.pageSpin.blockSignals(False)
        self.ui.previousPageButton.setEnabled(page > 0)
        self.ui.nextPageButton.setEnabled(page < self.page_count - 1)

    def _zoom_chosen(self) -> None:
        zoom = self.ui.zoomCombo.currentData()
        if zoom == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif zoom == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        elif zoom is not None:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(zoom))

    def zoom_by(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))
        self.ui.zoomCombo.blockSignals(True)
        self.ui.zoomCombo.setCurrentIndex(-1)
        self.ui.zoomCombo.setEditText("")
        self.ui.zoomCombo.blockSignals(False)

    # --- print, save, send --------------------------------------------------------------------
    def print_document(self) -> Operation[int] | None:
        """Ask for the printer on the GUI thread, then draw the pages on a worker."""
        printer = ask_printer(self, self.page_count, self.settings)
        if printer is None:
            return None
        pdf = self.prepared.pdf

        def op(progress: Progress) -> int:
            return print_pdf(pdf, printer, cancelled=lambda: progress.cancelled)

        def done(printed: int) -> None:
            self.ui.statusLabel.setText(self.tr("Sent to the printer: %n page(s)", "", printed))

        self.print_task = (
            Operation(self, op=op, success=done, kind="network")
            .with_progress(self.tr("Printing"), cancellable=True)
            .run()
        )
        return self.print_task

    def default_path(self) -> Path:
        folder = self.settings.get(defaults.DOCUMENTS_FOLDER) or str(Path.home())
        return Path(folder) / self.prepared.filename

    def choose_file_and_save(self) -> Path | None:
        path = ask_save_path(
            self,
            self.tr("Save PDF"),
            self.default_path(),
            self.tr("PDF documents (*.pdf)"),
            ".pdf",
        )
        return self.save_to(path) if path is not None else None

    def save_to(self, path: Path) -> Path:
        save_pdf(self.prepared.pdf, path)
        self.settings.set(defaults.DOCUMENTS_FOLDER, str(path.parent))
        self.ui.statusLabel.setText(self.tr("Saved: {path}").format(path=str(path)))
        self.saved.emit(path)
        return path

    def send(self) -> QDialog | None:
        if self.store is None:
            return None
        from wholesale_desk.gui.documents.send_dialog import SendDialog

        dialog = SendDialog(
            self.prepared, self.store, self, settings=self.settings, manager_id=self.manager_id
        )
        dialog.queued.connect(self._queued)
        dialog.open()
        return dialog

    def _queued(self, entry_id: int) -> None:
        self.ui.statusLabel.setText(self.tr("The e-mail is in the outbox and is being sent."))
        self.queued.emit(entry_id)

    # --- language -----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        self.setWindowTitle(self.prepared.title)
        self.ui.pageCountLabel.setText(self.tr("of {count}").format(count=self.page_count))
        names = {
            FIT_WIDTH: self.tr("Fit width"),
            FIT_PAGE: self.tr("Whole page"),
        }
        for i in range(self.ui.zoomCombo.count()):
            zoom = self.ui.zoomCombo.itemData(i)
            label = names.get(zoom) if isinstance(zoom, str) else f"{round(float(zoom) * 100)} %"
            self.ui.zoomCombo.setItemText(i, label or "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
