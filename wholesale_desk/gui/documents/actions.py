"""What other pages call to print and send documents; each reads the store off the GUI thread.

    actions.open_invoice(self, ws, order_id)                    # preview → print / save / send
    actions.open_offer(self, ws, client_id, [product_id, ...], [qty, ...])
    actions.open_reconciliation(self, ws, client_id)            # asks the period first
    actions.open_reminder(self, ws, client_id)
    actions.batch_invoices(self, ws, [order_id, ...])           # print / save / e-mail each
    actions.show_mail_outbox(self, ws);  actions.edit_mail_settings(self)

`ws` is the `Workspace` (its user becomes the sender on the timeline) or just its `Store`.
`install(window, ws, controller, receivables=page)` wires the receivables page, the File menu
and mail delivery after every sync; `build_pages` calls it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget
from sqlalchemy.orm import Session

from wholesale_desk.gui.documents import prepared as prep
from wholesale_desk.gui.documents.delivery import delivery_for
from wholesale_desk.gui.documents.mail_settings import MailSettingsDialog, print_options
from wholesale_desk.gui.documents.mail_status import MailStatusButton
from wholesale_desk.gui.documents.period_dialog import PeriodDialog
from wholesale_desk.gui.documents.preview import DocumentPreviewDialog
from wholesale_desk.gui.operations import Operation, Progress
from wholesale_desk.gui.settings import Settings, app_settings
from wholesale_desk.models import Client
from wholesale_desk.store import Store

if TYPE_CHECKING:
    from wholesale_desk.gui.documents.batch import BatchDialog
    from wholesale_desk.gui.documents.outbox_dialog import MailOutboxDialog
    from wholesale_desk.workspace import Workspace

log = logging.getLogger(__name__)

StoreLike = Any  # Store | Workspace: anything with `.store`, or the store itself


def _store(ws: StoreLike) -> Store:
    return ws.store if hasattr(ws, "store") else ws  # type: ignore[no-any-return]


def _manager_id(ws: StoreLike) -> str | None:
    user = getattr(ws, "user", None)
    return getattr(user, "manager_id", None)


def _open_preview(
    parent: QWidget | None,
    ws: StoreLike,
    build: Callable[[Session], prep.PreparedDocument],
    settings: Settings | None = None,
    manager_id: str | None = None,
) -> Operation[prep.PreparedDocument]:
    """Build and render in the db worker, then show the preview on the GUI thread."""
    store = _store(ws)
    sender = manager_id or _manager_id(ws)

    def op(_p: Progress) -> prep.PreparedDocument:
        with store.session() as session:
            return build(session)

    def show(prepared: prep.PreparedDocument) -> None:
        dialog = DocumentPreviewDialog(
            prepared, store, parent, settings=settings, manager_id=sender
        )
        dialog.show()
        _last_dialogs.append(dialog)
        del _last_dialogs[:-5]

    label = QCoreApplication.translate("DocumentActions", "Preparing the document")
    return Operation(parent, op=op, success=show).with_progress(label).run()


_last_dialogs: list[QDialog] = []


def last_preview() -> DocumentPreviewDialog | None:
    """The preview opened last (tests and screenshots look at it)."""
    for dialog in reversed(_last_dialogs):
        if isinstance(dialog, DocumentPreviewDialog):
            return dialog
    return None


def open_invoice(
    parent: QWidget | None, ws: StoreLike, order_id: str
) -> Operation[prep.PreparedDocument]:
    """The order's счёт на оплату in the preview (order id, or its 1C number)."""
    options = print_options()
    return _open_preview(parent, ws, lambda s: prep.invoice(s, order_id, options))


print_invoice = open_invoice


def open_offer(
    parent: QWidget | None,
    ws: StoreLike,
    client_id: str,
    product_ids: Sequence[str],
    quantities: Sequence[Decimal] | None = None,
    *,
    manager_id: str | None = None,
) -> Operation[prep.PreparedDocument]:
    """A коммерческое предложение at the client's prices (quantity 1 where none is given).

    `manager_id`: who sends it, when `ws` is only a store (the order editor's user)."""
    qty = list(quantities or [])
    chosen = [(pid, qty[i] if i < len(qty) else Decimal(1)) for i, pid in enumerate(product_ids)]
    options = print_options()
    return _open_preview(
        parent, ws, lambda s: prep.offer(s, client_id, chosen, options), manager_id=manager_id
    )


def open_reconciliation(
    parent: QWidget | None,
    ws: StoreLike,
    client_id: str,
    start: date | None = None,
    end: date | None = None,
) -> PeriodDialog | Operation[prep.PreparedDocument]:
    """The акт сверки; without a period, a dialog asks for it (start of the year to today)."""
    options = print_options()
    if start is not None and end is not None:
        return _open_preview(
            parent, ws, lambda s: prep.reconciliation(s, client_id, start, end, options)
        )
    dialog = PeriodDialog(_client_name(_store(ws), client_id), parent)

    def chosen() -> None:
        first, last = dialog.period()
        open_reconciliation(parent, ws, client_id, first, last)

    dialog.accepted.connect(chosen)
    dialog.open()
    return dialog


def _client_name(store: Store, client_id: str) -> str:
    """One primary-key read: cheap enough for the GUI thread, unlike any query."""
    with store.session() as session:
        client = session.get(Client, client_id)
        return client.name if client is not None else ""


def open_reminder(
    parent: QWidget | None, ws: StoreLike, client_id: str
) -> Operation[prep.PreparedDocument]:
    """The payment reminder letter listing the client's overdue documents."""
    options = print_options()
    return _open_preview(parent, ws, lambda s: prep.reminder(s, client_id, options))


def batch_invoices(
    parent: QWidget | None,
    ws: StoreLike,
    order_ids: Sequence[str],
    *,
    manager_id: str | None = None,
) -> BatchDialog:
    """Print, save or e-mail the invoices of `order_ids` (the order list's selection)."""
    from wholesale_desk.gui.documents.batch import BatchDialog

    sender = manager_id or _manager_id(ws)
    dialog = BatchDialog(_store(ws), list(order_ids), parent, manager_id=sender)
    dialog.open()
    return dialog


def show_mail_outbox(parent: QWidget | None, ws: StoreLike) -> MailOutboxDialog:
    from wholesale_desk.gui.documents.outbox_dialog import MailOutboxDialog

    dialog = MailOutboxDialog(_store(ws), parent)
    dialog.open()
    return dialog


def edit_mail_settings(parent: QWidget | None) -> MailSettingsDialog:
    dialog = MailSettingsDialog(app_settings(), parent)
    dialog.open()
    return dialog


# --- wiring into the window -------------------------------------------------------------------

_hooks: dict[int, list[tuple[Any, Any]]] = {}


def install(
    window: QMainWindow, ws: Workspace, controller: Any, receivables: QWidget | None = None
) -> None:
    """Wire documents into an opened company: the receivables page's letters, the File menu,
    and mail delivery now and after every sync (the controller syncs when the network returns).

    Safe to call again for another workspace: the previous company's hooks are undone.
    """
    for signal, slot in _hooks.pop(id(controller), []):
        try:
            signal.disconnect(slot)
        except (RuntimeError, TypeError):
            pass
    delivery = delivery_for(ws.store)
    hooks: list[tuple[Any, Any]] = []

    def connect(signal: Any, slot: Any) -> None:
        signal.connect(slot)
        hooks.append((signal, slot))

    status_button = _status_button(window, controller)

    def on_delivered(result: Any) -> None:
        status_button.show_result(result)
        message = delivery.status_text(result)
        if message:
            window.statusBar().showMessage(message, 15_000)

    connect(controller.syncFinished, lambda _result: delivery.deliver_now())
    connect(delivery.delivered, on_delivered)
    if receivables is not None:
        if hasattr(receivables, "reminderRequested"):
            connect(
                receivables.reminderRequested,
                lambda client_id: open_reminder(receivables, ws, client_id),
            )
        if hasattr(receivables, "reconciliationRequested"):
            connect(
                receivables.reconciliationRequested,
                lambda client_id: open_reconciliation(receivables, ws, client_id),
            )
    _hooks[id(controller)] = hooks
    _add_menu_actions(window, controller)
    delivery.deliver_now()  # mail left waiting by the last session


def _status_button(window: QMainWindow, controller: Any) -> MailStatusButton:
    """The window's one mail status button (made on first use); click: the mail outbox."""
    found = window.findChild(MailStatusButton, "mailStatusButton")
    if found is not None:
        return found
    button = MailStatusButton(window)

    def show_outbox() -> None:
        if controller.workspace is not None:
            show_mail_outbox(window, controller.workspace)

    button.clicked.connect(show_outbox)
    window.statusBar().addPermanentWidget(button)
    return button


def _add_menu_actions(window: QMainWindow, controller: Any) -> None:
    """File → E-mail settings…, Mail outbox… (once per window)."""
    if window.findChild(QAction, "mailSettingsAction") is not None:
        return
    menu = getattr(getattr(window, "ui", None), "menuFile", None)
    if menu is None:
        return
    settings_action = QAction(window)
    settings_action.setObjectName("mailSettingsAction")
    settings_action.triggered.connect(lambda: edit_mail_settings(window))
    outbox_action = QAction(window)
    outbox_action.setObjectName("mailOutboxAction")

    def show_outbox() -> None:
        if controller.workspace is not None:
            show_mail_outbox(window, controller.workspace)

    outbox_action.triggered.connect(show_outbox)
    anchor = getattr(window.ui, "actionSettings", None)  # type: ignore[attr-defined]
    before = None
    if anchor is not None:
        actions = menu.actions()
        index = actions.index(anchor) if anchor in actions else -1
        before = actions[index + 1] if 0 <= index < len(actions) - 1 else None
    menu.insertActions(before, [settings_action, outbox_action])  # type: ignore[arg-type]
    DocumentsMenu(window, settings_action, outbox_action)


class DocumentsMenu(QObject):
    """Keeps the two menu entries in the UI language."""

    def __init__(self, window: QMainWindow, settings_action: QAction, outbox_action: QAction):
        super().__init__(window)
        self.settings_action, self.outbox_action = settings_action, outbox_action
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.settings_action.setText(self.tr("E-&mail settings…"))
        self.outbox_action.setText(self.tr("Mail &outbox…"))

    def eventFilter(self, watched: QObject, event: Any) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
