"""Printing rendered PDFs on any printer: each page drawn at the printer's resolution.

Pages are rasterised by QtPdf one at a time (at most `MAX_DPI`, which is sharper than any
office laser needs and keeps an A4 page under 40 MB), so memory does not grow with the page
count. The last printer, paper size and orientation are remembered in the settings.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from wholesale_desk import settings_defaults as defaults
from wholesale_desk.gui.settings import Settings, app_settings

MAX_DPI = 300


def make_printer(settings: Settings | None = None) -> QPrinter:
    """A printer set up as the user last printed (printer, paper, orientation)."""
    s = settings or app_settings()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    name = s.get(defaults.PRINT_PRINTER_NAME)
    if name:
        printer.setPrinterName(name)
    size_id = _page_size_id(s.get(defaults.PRINT_PAGE_SIZE))
    printer.setPageSize(QPageSize(size_id))
    landscape = s.get(defaults.PRINT_ORIENTATION) == "landscape"
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return printer


def remember_page_setup(printer: QPrinter, settings: Settings | None = None) -> None:
    s = settings or app_settings()
    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
        s.set(defaults.PRINT_PRINTER_NAME, printer.printerName())
    layout = printer.pageLayout()
    s.set(defaults.PRINT_PAGE_SIZE, QPageSize.key(layout.pageSize().id()))
    landscape = layout.orientation() == QPageLayout.Orientation.Landscape
    s.set(defaults.PRINT_ORIENTATION, "landscape" if landscape else "portrait")


def _page_size_id(key: str) -> QPageSize.PageSizeId:
    for size_id in QPageSize.PageSizeId:
        if QPageSize.key(size_id) == key:
            return size_id
    return QPageSize.PageSizeId.A4


def ask_printer(
    parent: QWidget | None, page_count: int, settings: Settings | None = None
) -> QPrinter | None:
    """The print dialog, starting from the remembered setup; None when the user cancels."""
    printer = make_printer(settings)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(1, page_count))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    remember_page_setup(printer, settings)
    return printer


def print_pages(
    document: QPdfDocument,
    printer: QPrinter,
    *,
    painter: QPainter | None = None,
    first_page: bool = True,
    all_pages: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Draw the pages of `document` in the printer's range; returns how many were printed.

    With `painter` the pages join a print job already open (a batch); `first_page=False` then
    starts them on a new sheet.
    """
    count = document.pageCount()
    start, end = printer.fromPage(), printer.toPage()
    ranged = start > 0 and end > 0 and not all_pages
    pages = range(start - 1, end) if ranged else range(count)
    pages = range(max(0, pages.start), min(count, pages.stop))
    own = painter is None
    if own:
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            return 0
    assert painter is not None
    printed = 0
    dpi = min(printer.resolution(), MAX_DPI)
    scale = printer.resolution() / 72.0
    options = QPdfDocumentRenderOptions()
    try:
        for page in pages:
            if cancelled is not None and cancelled():
                break
            if printed or not first_page:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(
                page,
                QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)),
                options,
            )
            target = QRectF(0, 0, points.width() * scale, points.height() * scale)
            painter.drawImage(target, image)
            printed += 1
    finally:
        if own:
            painter.end()
    return printed


def print_pdf(
    pdf: bytes,
    printer: QPrinter,
    *,
    painter: QPainter | None = None,
    first_page: bool = True,
    all_pages: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Print PDF bytes with a `QPdfDocument` of their own, so a worker thread can do it while
    the preview keeps its document on the GUI thread; the document is freed before returning."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        return print_pages(
            document,
            printer,
            painter=painter,
            first_page=first_page,
            all_pages=all_pages,
            cancelled=cancelled,
        )
    finally:
        document.close()
        document.deleteLater()
        buffer.close()
