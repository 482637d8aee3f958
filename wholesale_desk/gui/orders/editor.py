"""The order editor: the client's terms in the header, a keyboard-first lines grid, live totals.

Every edit re-prices the whole order through `services.orders.OrderPricer` (the terms engine, in
memory, a few milliseconds for 200 lines), so the grid, its tooltips, the tier hint, the bonus
cap and the credit banner always agree with what will be saved and sent. Saving and sending run
off the GUI thread; the order and its outbox entry are written together by the service.

Open one with `open_order_editor(store, client_id, parent)` (Ctrl+N on a client) or
`open_order_editor(store, None, parent, order_id=...)` for an existing order.

The window is assembled from its panels, one module each: `editor_header` (the header widgets
and title), `editor_lines` (the grid's keyboard flow and quick fills), `editor_summary` (totals,
credit, problems) and `editor_actions` (save, send, cancel, print, close).
"""

from __future__ import annotations

import logging
import weakref
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from wholesale_desk import pricing, settings_defaults
from wholesale_desk.gui.forms.ui_order_editor import Ui_OrderEditor
from wholesale_desk.gui.operations import Operation
from wholesale_desk.gui.orders.basket import BasketDialog
from wholesale_desk.gui.orders.editor_actions import ActionsPanel
from wholesale_desk.gui.orders.editor_header import HeaderPanel
from wholesale_desk.gui.orders.editor_lines import LinesPanel
from wholesale_desk.gui.orders.editor_summary import SummaryPanel
from wholesale_desk.gui.orders.hub import orders_hub
from wholesale_desk.gui.orders.lines import (
    COL_AMOUNT,
    COL_ARTICLE,
    COL_DISCOUNT,
    COL_DISCOUNT_PCT,
    COL_NO,
    COL_PRICE,
    COL_PRODUCT,
    COL_QTY,
    COL_STOCK,
    COL_UNIT,
    COL_VAT,
    COL_VAT_RATE,
    LinesDelegate,
    OrderLinesModel,
)
from wholesale_desk.i18n import UserError
from wholesale_desk.services import orders
from wholesale_desk.services.orders import EDITABLE_STATES, OrderCheck, OrderPricer
from wholesale_desk.services.product_search import ProductSearch
from wholesale_desk.services.terms import Actor
from wholesale_desk.store import Store

log = logging.getLogger(__name__)


def actor_for(parent: QWidget | None) -> Actor:
    """The signed-in user as the order services see them, from the window's open company."""
    window = parent.window() if parent is not None else None
    ws = getattr(window, "session", None)
    user = getattr(ws, "user", None)
    if user is None:
        return Actor()
    return Actor(
        manager_id=getattr(user, "manager_id", None),
        role=pricing.Role.HEAD_OF_SALES
        if getattr(user, "head_of_sales", False)
        else pricing.Role.MANAGER,
    )


def _company_setting(parent: QWidget | None, key: str, default: str) -> str:
    window = parent.window() if parent is not None else None
    settings = getattr(window, "settings", None)
    getter = getattr(settings, "get", None)
    if getter is None:
        return default
    for setting in (settings_defaults.CREDIT_CONTROL_MODE, settings_defaults.PARTNER_SEGMENT):
        if setting.key == key:
            try:
                return str(getter(setting))
            except Exception:
                return default
    return default


_open_editors: weakref.WeakSet[OrderEditor] = weakref.WeakSet()


def refresh_open_editors() -> None:
    """After a sync: editors of orders on their way follow what 1C made of them."""
    for editor in list(_open_editors):
        if shiboken6.isValid(editor):
            editor.follow_store()


class OrderEditor(HeaderPanel, LinesPanel, SummaryPanel, ActionsPanel, QWidget):
    """One order of one client, new or existing."""

    saved = Signal(str)  # order id, after a save or a send
    closed = Signal()

    def __init__(
        self,
        store: Store,
        client_id: str | None,
        parent: QWidget | None = None,
        *,
        actor: Actor | None = None,
        order_id: str | None = None,
        today: date | None = None,
        credit_mode: str | None = None,
        partner_segment: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.actor = actor or actor_for(parent)
        self.today = today or date.today()
        self.ui = Ui_OrderEditor()
        self.ui.setupUi(self)
        self.last_check: OrderCheck | None = None
        self.task: Operation[Any] | None = None
        self._loading = False
        self._conflict = False
        self.dirty = False  # typed since the last load, save or send

        if order_id is not None:
            self.order = orders.load_order(store, order_id)
            client_id = self.order.client_id
        if client_id is None:
            raise ValueError("an order editor needs a client or an order")
        self.pricer = OrderPricer(
            store,
            client_id,
            self.actor,
            on=self.today,
            exclude_order_id=order_id,
            credit_mode=credit_mode
            or _company_setting(
                parent,
                settings_defaults.CREDIT_CONTROL_MODE.key,
                settings_defaults.CREDIT_CONTROL_MODE.default,
            ),
            partner_segment=partner_segment
            if partner_segment is not None
            else _company_setting(
                parent,
                settings_defaults.PARTNER_SEGMENT.key,
                settings_defaults.PARTNER_SEGMENT.default,
            ),
        )
        if order_id is None:
            self.order = self.pricer.new_order()
        self.search = ProductSearch(store, [self.pricer.ctx.price_type_id])

        self.model = OrderLinesModel(self)
        self.delegate = LinesDelegate(
            self, self.search.find, self._remember, self.automatic_discount
        )
        view = self.ui.linesView
        view.setModel(self.model)
        view.setItemDelegate(self.delegate)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_PRODUCT, QHeaderView.ResizeMode.Stretch)
        widths = {COL_NO: 34, COL_ARTICLE: 110, COL_QTY: 70, COL_UNIT: 44, COL_PRICE: 86,
                  COL_DISCOUNT_PCT: 84, COL_DISCOUNT: 86, COL_AMOUNT: 100, COL_VAT_RATE: 58,
                  COL_VAT: 86, COL_STOCK: 76}  # fmt: skip
        for col, width in widths.items():
            view.setColumnWidth(col, width)

        self.model.linesEdited.connect(self._lines_edited)
        self.model.problem.connect(self._show_input_problem)
        self.delegate.productChosen.connect(self._after_product)
        self.delegate.valueEntered.connect(self._after_value)
        self._wire_header()
        self._wire_buttons()
        self._fill_header()
        self.retranslateUi()
        self.recalc()
        _open_editors.add(self)
        QTimer.singleShot(0, self.focus_new_line)

    def _wire_buttons(self) -> None:
        """The buttons and shortcuts: each panel's actions, reached from the whole window."""
        ui = self.ui
        ui.repeatButton.clicked.connect(self.repeat_last_order)
        ui.basketButton.clicked.connect(self.show_usual_basket)
        ui.pasteButton.clicked.connect(self.paste_from_clipboard)
        ui.removeLineButton.clicked.connect(self.remove_current_line)
        ui.saveButton.clicked.connect(self.save)
        ui.sendButton.clicked.connect(self.send)
        ui.cancelOrderButton.clicked.connect(self.cancel_order)
        ui.printButton.clicked.connect(self.print_invoice)
        ui.closeButton.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.send)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.send)
        QShortcut(QKeySequence("Ctrl+Shift+V"), self, self.paste_from_clipboard)
        QShortcut(QKeySequence("Ctrl+W"), self, self.close)
        QShortcut(QKeySequence("Ctrl+R"), self, self.repeat_last_order)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_invoice)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.ui.linesView)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_current_line)
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self.ui.linesView)
        paste.setContext(Qt.ShortcutContext.WidgetShortcut)
        paste.activated.connect(self.paste_from_clipboard)

    def follow_store(self) -> None:
        """Show the stored order again if it cannot be edited here (nothing typed is lost)."""
        o = self.order
        if o.order_id is None or o.state in EDITABLE_STATES:
            return
        try:
            fresh = orders.load_order(self.store, o.order_id)
        except UserError:
            return
        if (fresh.state, fresh.number, fresh.data_version) != (o.state, o.number, o.data_version):
            self.order = fresh
            self._fill_header()
            self.recalc()

    @Slot()
    def recalc(self) -> OrderCheck:
        """Re-price the whole order and show it: grid, tooltips, totals, hints, banner."""
        self._read_header()
        check = self.pricer.check(self.order)
        self.last_check = check
        ctx = self.pricer.ctx
        self.model.apply_check(
            check.priced.lines, check.line_errors, check.line_approvals, ctx.explain
        )
        self._show_totals(check)
        self._show_credit(check)
        self._show_problems(check)
        self._show_title()
        return check

    # --- Qt -------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        if self.last_check is not None:
            self.recalc()
        else:
            self._show_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.keep_typed_work():
            event.ignore()
            return
        self.closed.emit()
        super().closeEvent(event)


def _belongs_to(widget: QWidget, window: QWidget) -> bool:
    """Whether `window` owns `widget` through the parent chain (across separate windows)."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


class _CloseGuard(QObject):
    """Quitting the main window first keeps what open order editors hold (a child window is
    destroyed without its own close event, which is where the editor saves)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and isinstance(watched, QWidget):
            for editor in list(_open_editors):
                if (
                    shiboken6.isValid(editor)
                    and editor.isVisible()
                    and _belongs_to(editor, watched)
                    and not editor.keep_typed_work()
                ):
                    event.ignore()
                    return True
        return super().eventFilter(watched, event)


def open_order_editor(
    store: Store,
    client_id: str | None,
    parent: QWidget | None = None,
    *,
    actor: Actor | None = None,
    order_id: str | None = None,
    today: date | None = None,
) -> OrderEditor:
    """Open the editor as its own window: a new order for `client_id`, or order `order_id`.

    This is what Ctrl+N on a client calls. The window belongs to `parent` (closed with it).
    """
    editor = OrderEditor(
        store, client_id, parent, actor=actor or actor_for(parent), order_id=order_id, today=today
    )
    window = parent.window() if parent is not None else None
    if window is not None and window.property("orderCloseGuard") is None:
        guard = _CloseGuard(window)
        window.installEventFilter(guard)
        window.setProperty("orderCloseGuard", True)
    editor.setWindowFlag(Qt.WindowType.Window, True)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # 1180×760 suits a desktop; a 1366×768 laptop has less height than that under its taskbar.
    room = (window or editor).screen().availableGeometry()
    editor.resize(min(1180, room.width() - 40), min(760, room.height() - 40))
    editor.show()
    editor.raise_()
    editor.activateWindow()
    return editor


__all__ = [
    "BasketDialog",
    "OrderEditor",
    "actor_for",
    "open_order_editor",
    "orders_hub",
    "refresh_open_editors",
]
