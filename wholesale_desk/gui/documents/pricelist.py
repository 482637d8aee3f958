"""Price lists from the window: Clients → card → "Price list…" (the client's own prices) and
File → "Price lists…" (a price type's prices).

A small dialog asks what to list; the list is priced and rendered on the db worker with progress
(a whole catalogue takes seconds), then a PDF opens in the document preview (print, save, send)
and an XLSX in a short "ready" dialog (open, save, send). Sending goes through the mail outbox
and, for a client's list, onto the client's timeline, like every document.

    pricelist.open_price_list(parent, ws)                          # a price type's list
    pricelist.open_price_list(parent, ws, client_id=..., client_name=...)
    pricelist.install(window, ws)                                  # File → Price lists…
"""

from __future__ import annotations

import html
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QMainWindow,
    QWidget,
)
from sqlalchemy.orm import Session

from wholesale_desk import documents as doc
from wholesale_desk import settings_defaults as defaults
from wholesale_desk.documents import pricelist as layout
from wholesale_desk.documents.layout import write_atomically
from wholesale_desk.gui.documents.mail_settings import print_options
from wholesale_desk.gui.documents.prepared import PreparedDocument, addressees
from wholesale_desk.gui.documents.preview import DocumentPreviewDialog, ask_save_path
from wholesale_desk.gui.forms.ui_document_pricelist import Ui_PriceListDialog
from wholesale_desk.gui.forms.ui_document_pricelist_ready import Ui_PriceListReadyDialog
from wholesale_desk.gui.operations import Operation, Progress, show_error
from wholesale_desk.gui.settings import Settings, app_settings
from wholesale_desk.gui.texts import render
from wholesale_desk.i18n import UserError
from wholesale_desk.models import Client, Manager
from wholesale_desk.services import documents as builders
from wholesale_desk.services import pricelist as service
from wholesale_desk.services.lookup import find_client
from wholesale_desk.store import Store

XLSX, PDF = "xlsx", "pdf"


@dataclass(frozen=True)
class PreparedPriceList(PreparedDocument):
    """A rendered price list for the preview and send dialogs; `pdf` holds the file's bytes
    whatever the format (the attachment), `fmt` says which."""

    fmt: str = PDF
    line_count: int = 0

    @property
    def list_data(self) -> doc.PriceListData:
        return self.data  # type: ignore[return-value]

    @property
    def kind(self) -> str:
        return "Прайс-лист"

    @property
    def title(self) -> str:
        return layout.title(self.list_data)

    @property
    def company_name(self) -> str:
        return self.list_data.supplier.name

    @property
    def counterparty_name(self) -> str:
        client = self.list_data.client
        return client.name if client is not None else ""


def prepare(
    session: Session,
    request: service.PriceListRequest,
    fmt: str,
    options: builders.PrintOptions | None = None,
    progress: Progress | None = None,
) -> PreparedPriceList:
    """Price, render and gather the addressees, all on the worker."""

    def priced(done: int, total: int) -> None:
        if progress is not None:
            progress.update(
                QCoreApplication.translate("PriceListDialog", "Pricing products"), done, total
            )

    data = service.build_price_list(
        session,
        request,
        options=options,
        progress=priced,
        cancelled=(lambda: progress.cancelled) if progress is not None else None,
    )
    if progress is not None:
        progress.check_cancelled()
        progress.update(QCoreApplication.translate("PriceListDialog", "Writing the file"), 0, 0)
    content = doc.render_pricelist(data, fmt)
    client = find_client(session, request.client) if request.client else None
    manager = session.get(Manager, client.manager_id) if client and client.manager_id else None
    return PreparedPriceList(
        data=data,  # type: ignore[arg-type]
        pdf=content,
        filename=doc.pricelist_filename(data, fmt),
        client_id=client.id if client is not None else None,
        client_name=client.name if client is not None else "",
        manager_name=manager.name if manager is not None else "",
        addressees=addressees(session, client) if client is not None else (),
        fmt=fmt,
        line_count=data.line_count,
    )


_open: list[QDialog] = []


def last_dialog() -> QDialog | None:
    """The price list dialog or result shown last (tests and screenshots look at it)."""
    return _open[-1] if _open else None


def _keep(dialog: QDialog) -> None:
    _open.append(dialog)
    del _open[:-5]


class PriceListDialog(QDialog):
    """What to list; OK prices and renders in the background and shows the result."""

    prepared = Signal(object)  # PreparedPriceList, once shown

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        client_id: str | None = None,
        client_name: str = "",
        manager_id: str | None = None,
        today: Callable[[], date] = date.today,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.client_id = client_id
        self.client_name = client_name
        self.manager_id = manager_id
        self.settings = settings or app_settings()
        self.task: Operation[Any] | None = None
        self.result_dialog: QDialog | None = None
        self.ui = Ui_PriceListDialog()
        self.ui.setupUi(self)
        day = today()
        self.ui.dateEdit.setDate(QDate(day.year, day.month, day.day))
        self.ui.dateEdit.setDisplayFormat("dd.MM.yyyy")
        for value in (XLSX, PDF):
            self.ui.formatCombo.addItem("", value)
        for shown in doc.StockShown:
            self.ui.stockCombo.addItem("", shown.value)
        self.ui.clientRadio.setEnabled(client_id is not None)
        self.ui.clientRadio.setChecked(client_id is not None)
        self.ui.priceTypeRadio.setChecked(client_id is None)
        self.ui.priceTypeRadio.toggled.connect(self.ui.priceTypeCombo.setEnabled)
        self.ui.priceTypeCombo.setEnabled(client_id is None)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.retranslateUi()
        self._load_choices()

    # --- choices ----------------------------------------------------------------------------
    def _load_choices(self) -> Operation[Any]:
        store = self.store
        self._ok_button().setEnabled(False)

        def op(_p: Progress) -> tuple[list[service.PriceTypeChoice], list[service.GroupChoice]]:
            with store.session() as session:
                return service.price_type_choices(session), service.group_choices(session)

        def done(result: tuple[list[Any], list[Any]]) -> None:
            types, groups = result
            for choice in types:
                self.ui.priceTypeCombo.addItem(choice.name, choice.id)
            for group in groups:
                item = QListWidgetItem("    " * group.depth + group.title.split(" / ")[-1])
                item.setData(Qt.ItemDataRole.UserRole, group.id)
                item.setToolTip(group.title)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.ui.groupsList.addItem(item)
            self._ok_button().setEnabled(bool(types) or self.client_id is not None)
            if not types and self.client_id is None:
                self.ui.noticeLabel.setText(
                    self.tr("There are no price types in the local store yet: synchronise with 1C.")
                )

        self.task = Operation(self, op=op, success=done).run()
        return self.task

    def _ok_button(self) -> Any:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def checked_groups(self) -> tuple[str, ...]:
        out = []
        for row in range(self.ui.groupsList.count()):
            item = self.ui.groupsList.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(out)

    def set_groups(self, group_ids: set[str]) -> None:
        for row in range(self.ui.groupsList.count()):
            item = self.ui.groupsList.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in group_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def request(self) -> service.PriceListRequest:
        for_client = self.ui.clientRadio.isChecked() and self.client_id is not None
        return service.PriceListRequest(
            on=self.ui.dateEdit.date().toPython(),  # type: ignore[arg-type]
            price_type=None if for_client else str(self.ui.priceTypeCombo.currentData() or ""),
            client=self.client_id if for_client else None,
            groups=self.checked_groups(),
            in_stock_only=self.ui.inStockCheck.isChecked(),
            stock_shown=doc.StockShown(self.ui.stockCombo.currentData()),
        )

    def fmt(self) -> str:
        return str(self.ui.formatCombo.currentData())

    # --- making it --------------------------------------------------------------------------
    def accept(self) -> None:
        """Price and render on the worker; the dialog stays, with the reason, if that fails."""
        request, fmt, store = self.request(), self.fmt(), self.store
        options = print_options()
        self._ok_button().setEnabled(False)
        self.ui.noticeLabel.setText("")

        def op(progress: Progress) -> PreparedPriceList:
            with store.session() as session:
                return prepare(session, request, fmt, options, progress)

        def failed(exc: BaseException) -> None:
            self._ok_button().setEnabled(True)
            if isinstance(exc, UserError):
                self.ui.noticeLabel.setText(render(exc.message))
            else:
                show_error(self, exc)

        self.task = (
            Operation(self, op=op, success=self._show)
            .failure(failed)
            .on_cancelled(lambda: self._ok_button().setEnabled(True))
            .with_progress(self.tr("Making the price list"), cancellable=True)
            .run()
        )

    def _show(self, prepared: PreparedPriceList) -> None:
        parent = self.parentWidget()
        if prepared.fmt == PDF:
            dialog: QDialog = DocumentPreviewDialog(
                prepared, self.store, parent, settings=self.settings, manager_id=self.manager_id
            )
        else:
            dialog = PriceListReadyDialog(
                prepared, self.store, parent, settings=self.settings, manager_id=self.manager_id
            )
        self.result_dialog = dialog
        _keep(dialog)
        dialog.show()
        self.prepared.emit(prepared)
        super().accept()

    # --- language ---------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.clientLabel.setText(self.client_name or "—")
        self.ui.formatCombo.setItemText(0, self.tr("Excel workbook (XLSX)"))
        self.ui.formatCombo.setItemText(1, self.tr("PDF document"))
        names = {
            doc.StockShown.NONE.value: self.tr("Not shown"),
            doc.StockShown.BANDS.value: self.tr("In stock / to order"),
            doc.StockShown.WAREHOUSES.value: self.tr("Quantity at each warehouse"),
        }
        for i in range(self.ui.stockCombo.count()):
            self.ui.stockCombo.setItemText(i, names[self.ui.stockCombo.itemData(i)])
        self._ok_button().setText(self.tr("&Make"))
        if self.client_name:
            self.setWindowTitle(self.tr("Price list for {client}").format(client=self.client_name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class PriceListReadyDialog(QDialog):
    """An XLSX price list made: open it in the spreadsheet program, save it, or send it."""

    saved = Signal(Path)

    def __init__(
        self,
        prepared: PreparedPriceList,
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
        self.send_dialog: QDialog | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = Ui_PriceListReadyDialog()
        self.ui.setupUi(self)
        self.ui.openButton.clicked.connect(self.open_file)
        self.ui.saveButton.clicked.connect(self.choose_file_and_save)
        self.ui.sendButton.clicked.connect(self.send)
        self.ui.sendButton.setEnabled(store is not None)
        self.retranslateUi()
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()).width(), 1)

    def default_path(self) -> Path:
        folder = self.settings.get(defaults.DOCUMENTS_FOLDER) or str(Path.home())
        return Path(folder) / self.prepared.filename

    def save_to(self, path: Path) -> Path:
        write_atomically(path, self.prepared.pdf)
        self.settings.set(defaults.DOCUMENTS_FOLDER, str(path.parent))
        self.ui.statusLabel.setText(self.tr("Saved: {path}").format(path=str(path)))
        self.saved.emit(path)
        return path

    def choose_file_and_save(self) -> Path | None:
        path = ask_save_path(
            self,
            self.tr("Save price list"),
            self.default_path(),
            self.tr("Excel workbooks (*.xlsx)"),
            ".xlsx",
        )
        return self.save_to(path) if path is not None else None

    def open_file(self) -> Path:
        """A copy in a temporary folder, opened in the system's spreadsheet program."""
        path = Path(tempfile.mkdtemp(prefix="wd-pricelist-")) / self.prepared.filename
        write_atomically(path, self.prepared.pdf)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def send(self) -> QDialog | None:
        if self.store is None:
            return None
        from wholesale_desk.gui.documents.send_dialog import SendDialog

        dialog = SendDialog(
            self.prepared, self.store, self, settings=self.settings, manager_id=self.manager_id
        )
        dialog.queued.connect(
            lambda _entry: self.ui.statusLabel.setText(
                self.tr("The e-mail is in the outbox and is being sent.")
            )
        )
        self.send_dialog = dialog
        dialog.open()
        return dialog

    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        self.setWindowTitle(self.prepared.title)
        size = len(self.prepared.pdf)
        shown = (
            self.tr("{size} KB").format(size=max(1, round(size / 1024)))
            if size < 1024 * 1024
            else self.tr("{size} MB").format(size=QLocale().toString(size / 1024 / 1024, "f", 1))
        )
        products = self.tr("%Ln product(s)", "", self.prepared.line_count)
        self.ui.summaryLabel.setText(
            f"<b>{html.escape(self.prepared.title)}</b><br>"
            f"{html.escape(self.prepared.filename)}<br>{products} · {shown}"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


# --- entry points -----------------------------------------------------------------------------


def _store(ws: Any) -> Store:
    return ws.store if hasattr(ws, "store") else ws  # type: ignore[no-any-return]


def open_price_list(
    parent: QWidget | None,
    ws: Any,
    *,
    client_id: str | None = None,
    client_name: str = "",
    manager_id: str | None = None,
) -> PriceListDialog:
    """The dialog for a price type's list, or (with `client_id`) the client's own prices."""
    if manager_id is None:
        manager_id = getattr(getattr(ws, "user", None), "manager_id", None)
    store = _store(ws)
    if client_id is not None and not client_name:
        with store.session() as session:  # one primary-key read
            client = session.get(Client, client_id)
            client_name = client.name if client is not None else ""
    dialog = PriceListDialog(
        store, parent, client_id=client_id, client_name=client_name, manager_id=manager_id
    )
    _keep(dialog)
    dialog.open()
    return dialog


class PriceListMenu(QObject):
    """File → Price lists…, kept in the UI language."""

    def __init__(self, window: QMainWindow, action: QAction) -> None:
        super().__init__(window)
        self.action = action
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Price lists…"))

    def eventFilter(self, watched: QObject, event: Any) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install(window: QMainWindow, ws: Any) -> QAction | None:
    """File → Price lists… for the opened company (the action is made once per window)."""
    menu = getattr(getattr(window, "ui", None), "menuFile", None)
    if menu is None:
        return None
    action = window.findChild(QAction, "priceListsAction")
    if action is None:
        action = QAction(window)
        action.setObjectName("priceListsAction")
        # after the sync group (Sync now, Refresh everything, Cancel sync), before Settings
        anchor = window.findChild(QAction, "actionCancelSync") or getattr(
            window.ui,  # type: ignore[attr-defined]
            "actionSyncNow",
            None,
        )
        actions = menu.actions()
        index = actions.index(anchor) if anchor in actions else len(actions) - 1
        before = actions[index + 1] if index + 1 < len(actions) else None
        menu.insertAction(before, action)  # type: ignore[arg-type]
        PriceListMenu(window, action)
    else:
        try:
            action.triggered.disconnect()  # the previous company's
        except (RuntimeError, TypeError):
            pass
    action.triggered.connect(lambda: open_price_list(window, ws))
    return action
