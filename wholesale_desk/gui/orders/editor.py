"""The order editor: the client's terms in the header, a keyboard-first lines grid, live totals.

Every edit re-prices the whole order through `services.orders.OrderPricer` (the terms engine, in
memory, a few milliseconds for 200 lines), so the grid, its tooltips, the tier hint, the bonus
cap and the credit banner always agree with what will be saved and sent. Saving and sending run
off the GUI thread; the order and its outbox entry are written together by the service.

Open one with `open_order_editor(store, client_id, parent)` (Ctrl+N on a client) or
`open_order_editor(store, None, parent, order_id=...)` for an existing order.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from wholesale_desk import pricing, settings_defaults
from wholesale_desk.gui.forms.ui_order_editor import Ui_OrderEditor
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
    LineRow,
    LinesDelegate,
    OrderLinesModel,
)
from wholesale_desk.gui.tasks import Task, show_error
from wholesale_desk.gui.texts import render
from wholesale_desk.i18n import UserError
from wholesale_desk.models import OrderState
from wholesale_desk.money import format_money, format_qty, parse_decimal
from wholesale_desk.services import cooperation, orders
from wholesale_desk.services.orders import (
    EDITABLE_STATES,
    LineInput,
    OrderCheck,
    OrderInput,
    OrderPricer,
)
from wholesale_desk.services.product_search import ProductHit, ProductSearch
from wholesale_desk.services.terms import Actor
from wholesale_desk.store import Store

log = logging.getLogger(__name__)

BANNER_STYLES = {
    pricing.CreditStatus.OK: "background: #eef3f8; color: #1d3c5a; padding: 6px; border-radius: 4px;",
    pricing.CreditStatus.WARN: "background: #fff3cd; color: #664d03; padding: 6px; border-radius: 4px;",
    pricing.CreditStatus.BLOCK: "background: #f8d7da; color: #842029; padding: 6px; border-radius: 4px;",
}
STATE_STYLE = "background: #f8d7da; color: #842029; padding: 6px; border-radius: 4px;"
INFO_STYLE = "background: #e8f4ea; color: #14532d; padding: 6px; border-radius: 4px;"


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


class _OrdersHub(QObject):
    """Tells every order list that an editor saved, sent or cancelled an order."""

    changed = Signal(str)  # order id


orders_hub = _OrdersHub()


def refresh_open_editors() -> None:
    """After a sync: editors of orders on their way follow what 1C made of them."""
    for editor in list(_open_editors):
        if shiboken6.isValid(editor):
            editor.follow_store()


class OrderEditor(QWidget):
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
        self.task: Task[Any] | None = None
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
        self._shortcuts()
        self._fill_header()
        self.retranslateUi()
        self.recalc()
        _open_editors.add(self)
        QTimer.singleShot(0, self.focus_new_line)

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

    # --- setup --------------------------------------------------------------------------------
    def _wire_header(self) -> None:
        ui = self.ui
        for wh_id, name in self.pricer.ctx.warehouses:
            ui.warehouseCombo.addItem(name, wh_id)
        ui.shipmentDate.dateChanged.connect(self._header_changed)
        ui.warehouseCombo.currentIndexChanged.connect(self._header_changed)
        ui.addressEdit.textEdited.connect(self._header_changed)
        ui.deferralSpin.valueChanged.connect(self._header_changed)
        ui.orderDiscountEdit.editingFinished.connect(self._header_changed)
        ui.bonusEdit.editingFinished.connect(self._header_changed)
        ui.commentEdit.textChanged.connect(self._header_changed)
        ui.repeatButton.clicked.connect(self.repeat_last_order)
        ui.basketButton.clicked.connect(self.show_usual_basket)
        ui.pasteButton.clicked.connect(self.paste_from_clipboard)
        ui.removeLineButton.clicked.connect(self.remove_current_line)
        ui.saveButton.clicked.connect(self.save)
        ui.sendButton.clicked.connect(self.send)
        ui.cancelOrderButton.clicked.connect(self.cancel_order)
        ui.printButton.clicked.connect(self.print_invoice)
        ui.closeButton.clicked.connect(self.close)
        font = ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        ui.titleLabel.setFont(font)
        ui.tierHintLabel.setStyleSheet("color: #14532d; font-weight: bold;")
        ui.problemsLabel.setStyleSheet("color: #842029;")

    def _shortcuts(self) -> None:
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

    def _fill_header(self) -> None:
        """Put the order's header into the widgets, without treating it as an edit."""
        self._loading = True
        try:
            o, ui = self.order, self.ui
            # Asked once per load: a recalculation must not touch the store.
            self._conflict = bool(o.order_id) and orders.has_conflict(self.store, o.order_id or "")
            ui.shipmentDate.setDate(
                QDate(o.shipment_date.year, o.shipment_date.month, o.shipment_date.day)
            )
            index = ui.warehouseCombo.findData(o.warehouse_id)
            ui.warehouseCombo.setCurrentIndex(index if index >= 0 else 0)
            ui.addressEdit.setText(o.delivery_address)
            ui.deferralSpin.setValue(-1 if o.deferral_days is None else o.deferral_days)
            ui.orderDiscountEdit.setText(
                "" if o.manual_discount_percent is None else format_qty(o.manual_discount_percent)
            )
            ui.bonusEdit.setText("" if not o.bonus_to_redeem else format_money(o.bonus_to_redeem))
            ui.commentEdit.setPlainText(o.comment)
            rows = [
                LineRow(ln.product_id, ln.quantity, ln.manual_discount_percent) for ln in o.lines
            ]
            self._load_products([r.product_id for r in rows if r.product_id])
            self.model.set_lines(rows)
            editable = o.state in EDITABLE_STATES
            self.model.read_only = not editable
            for widget in (ui.shipmentDate, ui.warehouseCombo, ui.addressEdit, ui.deferralSpin,
                           ui.orderDiscountEdit, ui.bonusEdit, ui.commentEdit, ui.repeatButton,
                           ui.basketButton, ui.pasteButton, ui.removeLineButton, ui.saveButton,
                           ui.sendButton):  # fmt: skip
                widget.setEnabled(editable)
            ui.cancelOrderButton.setEnabled(
                o.order_id is not None and o.state in orders.CANCELLABLE_STATES
            )
            # Changes to an order 1C holds go to 1C; a local-only save would not survive a sync.
            ui.saveButton.setEnabled(editable and o.data_version is None)
            ui.printButton.setEnabled(
                o.order_id is not None
                and o.state not in (OrderState.CANCELLED, OrderState.REJECTED)
            )
            self.model.layoutChanged.emit()
        finally:
            self._loading = False

    def _load_products(self, product_ids: list[str | None]) -> None:
        missing = [p for p in product_ids if p and p not in self.model.products]
        if not missing:
            return
        with self.store.session() as session:
            for hit in self.search.details(session, missing):
                self.model.products[hit.product_id] = hit

    def automatic_discount(self) -> Decimal:
        """The automatic percent a new line gets now: the agreement's or the volume tier's."""
        ctx = self.pricer.ctx
        agreement = ctx.terms.agreement
        best = (
            agreement.discount_percent
            if agreement is not None and agreement.active_on(self.order.order_date)
            else Decimal(0)
        )
        tier = self.last_check.priced.tier if self.last_check is not None else None
        return max(best, tier.percent if tier is not None else Decimal(0))

    def _remember(self, hit: ProductHit) -> None:
        self.model.products[hit.product_id] = hit

    # --- reading the widgets -------------------------------------------------------------------
    def _read_header(self) -> None:
        ui, o = self.ui, self.order
        qd = ui.shipmentDate.date()
        o.shipment_date = date(qd.year(), qd.month(), qd.day())
        o.warehouse_id = ui.warehouseCombo.currentData()
        o.delivery_address = ui.addressEdit.text().strip()
        o.deferral_days = None if ui.deferralSpin.value() < 0 else ui.deferralSpin.value()
        o.comment = ui.commentEdit.toPlainText().strip()
        o.manual_discount_percent = self._decimal(ui.orderDiscountEdit.text())
        o.bonus_to_redeem = self._decimal(ui.bonusEdit.text()) or Decimal(0)
        o.lines = [
            LineInput(r.product_id, r.quantity, r.discount)
            for r in self.model.filled()
            if r.product_id
        ]

    def _decimal(self, raw: str) -> Decimal | None:
        if not raw.strip():
            return None
        try:
            return parse_decimal(raw)
        except UserError as exc:
            self._show_input_problem(render(exc.message))
            return None

    # --- recalculation --------------------------------------------------------------------------
    @Slot()
    def _header_changed(self, *_args: object) -> None:
        if not self._loading:
            self.dirty = True
            self.recalc()

    @Slot()
    def _lines_edited(self) -> None:
        self.dirty = True
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

    def _show_totals(self, check: OrderCheck) -> None:
        p = check.priced
        vat_caption = (
            self.tr("VAT included") if self.pricer.ctx.prices_include_vat else self.tr("VAT")
        )
        rows = [
            (self.tr("Amount at list prices"), format_money(p.gross)),
            (
                self.tr("Discounts"),
                format_money(-p.discount_total)
                if p.discount_total
                else format_money(p.discount_total),
            ),
            (self.tr("Amount"), format_money(p.amount)),
            (vat_caption, format_money(p.vat)),
            (self.tr("Total"), f"<b>{format_money(p.total)}</b>"),
        ]
        if p.bonus_redeemed:
            rows.append((self.tr("Paid with bonus points"), format_money(-p.bonus_redeemed)))
            rows.append((self.tr("To pay"), f"<b>{format_money(p.to_pay)}</b>"))
        if p.lines:
            dues = ", ".join(
                f"{d.due_date.strftime('%d.%m.%Y')} ({format_money(d.amount)})"
                if len(p.payments) > 1
                else d.due_date.strftime("%d.%m.%Y")
                for d in p.payments
            )
            rows.append((self.tr("Payment due"), dues))
        html = (
            "<table cellspacing='2'>"
            + "".join(
                f"<tr><td align='right'>{caption}:&nbsp;&nbsp;</td><td align='right'>{value}</td></tr>"
                for caption, value in rows
            )
            + "</table>"
        )
        self.ui.totalsLabel.setText(html)
        hint = p.next_tier_hint
        tier = (
            self.tr("Volume tier {percent}% reached").format(percent=format_qty(p.tier.percent))
            if p.tier is not None and hint is None
            else ""
        )
        self.ui.tierHintLabel.setText(render(hint.message) if hint is not None else tier)
        balance = self.pricer.ctx.terms.bonus_balance
        self.ui.bonusEdit.setEnabled(self.order.state in EDITABLE_STATES and balance > 0)
        self.ui.bonusInfo.setText(
            self.tr("available {balance}, up to {cap} on this order; earns {earn}").format(
                balance=format_money(balance),
                cap=format_money(min(balance, p.bonus_cap)),
                earn=format_money(p.bonus_accrual),
            )
        )

    def _show_credit(self, check: OrderCheck) -> None:
        credit = check.priced.credit
        as_of = self.pricer.ctx.debt_as_of
        when = (
            as_of.strftime("%d.%m.%Y %H:%M") if as_of is not None else self.tr("never synchronised")
        )
        parts = [
            self.tr("Debt {debt} ₽, overdue {overdue} ₽ as of {when}").format(
                debt=format_money(credit.debt), overdue=format_money(credit.overdue), when=when
            )
        ]
        if credit.limit is not None:
            parts.append(
                self.tr(
                    "credit limit {limit} ₽; with this order and unsent orders {exposure} ₽"
                ).format(limit=format_money(credit.limit), exposure=format_money(credit.exposure))
            )
        else:
            parts.append(self.tr("no credit limit"))
        text = " · ".join(parts)
        if credit.reasons:
            text += "\n" + "\n".join(render(r) for r in credit.reasons)
        self.ui.creditBanner.setText(text)
        self.ui.creditBanner.setStyleSheet(BANNER_STYLES[credit.status])

    def _show_problems(self, check: OrderCheck) -> None:
        lines = [render(e) for e in check.errors]
        for i, errs in enumerate(check.line_errors):
            lines.extend(
                self.tr("Line {n}: {problem}").format(n=i + 1, problem=render(e)) for e in errs
            )
        approvals: list[str] = []
        for i, apps in enumerate(check.line_approvals):
            approvals.extend(
                self.tr("Line {n}: {problem}").format(n=i + 1, problem=render(a)) for a in apps
            )
        line_level = {id(a) for apps in check.line_approvals for a in apps}
        approvals.extend(render(a) for a in check.approval_reasons if id(a) not in line_level)
        html = "<br>".join(_escape(x) for x in lines)
        if approvals:
            head = _escape(self.tr("Needs approval of a head of sales:"))
            body = "<br>".join(_escape(x) for x in dict.fromkeys(approvals))
            html += (
                "<br>" if html else ""
            ) + f"<span style='color:#664d03'>{head}<br>{body}</span>"
        self.ui.problemsLabel.setText(html)
        editable = self.order.state in EDITABLE_STATES
        self.ui.sendButton.setEnabled(editable and check.can_send and bool(self.order.lines))

    def _show_title(self) -> None:
        o, ui, ctx = self.order, self.ui, self.pricer.ctx
        if o.order_id is None:
            title = self.tr("New order for {client}").format(client=ctx.client_name)
        elif o.number:
            title = self.tr("Order No. {number} for {client}").format(
                number=o.number, client=ctx.client_name
            )
        else:
            title = self.tr("Order for {client}").format(client=ctx.client_name)
        state = render(orders.state_title(o.state))
        ui.titleLabel.setText(f"{title} — {state}")
        self.setWindowTitle(title)
        banner = ""
        style = STATE_STYLE
        if o.state is OrderState.REJECTED and o.reject_message:
            banner = self.tr("1C refused the order: {message}").format(message=o.reject_message)
        elif o.reject_message and o.state is OrderState.DRAFT:
            banner = self.tr("Returned by the head of sales: {reason}").format(
                reason=o.reject_message
            )
        elif self._conflict:
            banner = self.tr(
                "The order was changed in 1C while your changes were on their way. "
                "Open Sync → Conflicts to keep yours or take 1C's."
            )
        elif o.state is OrderState.NEEDS_APPROVAL:
            banner = self.tr("Waiting for a head of sales to approve the order.")
            style = BANNER_STYLES[pricing.CreditStatus.WARN]
        elif o.state in (OrderState.QUEUED, OrderState.SENT):
            banner = self.tr("On its way to 1C: it goes with the next sync.")
            style = INFO_STYLE
        ui.stateBanner.setText(banner)
        ui.stateBanner.setStyleSheet(style)
        ui.stateBanner.setVisible(bool(banner))
        ui.clientValue.setText(ctx.client_name)
        ui.agreementValue.setText(ctx.agreement_name or self.tr("none (company terms)"))
        ui.priceTypeValue.setText(ctx.price_type_name(ctx.price_type_id))
        model_title = render(cooperation.title(cooperation.CooperationModel(ctx.model.value)))
        caps = ctx.policy.model_caps[ctx.model]
        ui.modelValue.setText(
            self.tr("{model}: discount up to {cap}%, deferral up to {days} days").format(
                model=model_title, cap=format_qty(caps.discount_percent), days=caps.deferral_days
            )
        )
        ui.deferralSpin.setSpecialValueText(
            self.tr("by agreement ({days})").format(days=ctx.deferral_days(o.shipment_date))
        )

    # --- keyboard flow -------------------------------------------------------------------------
    @Slot()
    def focus_new_line(self) -> None:
        """Put the cursor in the product cell of the blank row, ready to type."""
        if self.model.read_only or not shiboken6.isValid(self):
            return
        view = self.ui.linesView
        view.setFocus()
        view.setCurrentIndex(self.model.index(len(self.model.rows), COL_PRODUCT))

    @Slot(int)
    def _after_product(self, row: int) -> None:
        def go() -> None:
            if not shiboken6.isValid(self):
                return
            index = self.model.index(row, COL_QTY)
            self.ui.linesView.setCurrentIndex(index)
            self.ui.linesView.edit(index)

        QTimer.singleShot(0, go)

    @Slot(int, int)
    def _after_value(self, row: int, column: int) -> None:
        if column == COL_QTY:
            QTimer.singleShot(0, self.focus_new_line)

    def _show_input_problem(self, message: str) -> None:
        self.ui.problemsLabel.setText(_escape(message))

    # --- quick fills --------------------------------------------------------------------------
    def add_lines(self, lines: list[LineInput]) -> None:
        """Append lines (repeat, basket, paste); the same product adds to its quantity."""
        self._load_products([ln.product_id for ln in lines])
        rows = list(self.model.rows)
        by_product = {r.product_id: r for r in rows}
        for ln in lines:
            existing = by_product.get(ln.product_id)
            if existing is not None:
                existing.quantity += ln.quantity
            else:
                row = LineRow(ln.product_id, ln.quantity, ln.manual_discount_percent)
                rows.append(row)
                by_product[ln.product_id] = row
        self.model.set_lines(rows)
        self.dirty = True
        self.recalc()

    @Slot()
    def repeat_last_order(self) -> None:
        lines = orders.repeat_last_order(
            self.store, self.order.client_id, exclude_order_id=self.order.order_id
        )
        if not lines:
            self._show_input_problem(self.tr("The client has no earlier order to repeat."))
            return
        self.add_lines(lines)

    @Slot()
    def show_usual_basket(self) -> QDialog:
        items = orders.usual_basket(self.store, self.order.client_id, self.today)
        dialog = BasketDialog(items, self)
        dialog.accepted.connect(lambda: self.add_lines(dialog.chosen_lines()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def paste_from_clipboard(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, pasted: str) -> None:
        result = orders.parse_pasted_lines(pasted, self.search.index)
        if result.lines:
            self.add_lines(result.lines)
        if result.problems:
            self._show_input_problem("\n".join(render(p) for p in result.problems))

    @Slot()
    def remove_current_line(self) -> None:
        index = self.ui.linesView.currentIndex()
        if index.isValid() and index.row() < len(self.model.rows):
            self.model.remove_row(index.row())

    # --- saving and sending --------------------------------------------------------------------
    def commit_open_cell(self) -> None:
        """Take what is typed in a cell still being edited (Ctrl+Enter straight from a cell)."""
        widget = QApplication.focusWidget()
        view = self.ui.linesView
        if widget is not None and widget is not view and view.isAncestorOf(widget):
            self.delegate.commitData.emit(widget)
            self.delegate.closeEditor.emit(widget, QStyledItemDelegate.EndEditHint.NoHint)

    def keep_typed_work(self) -> bool:
        """On close: a draft with unsaved lines is saved, so nothing typed is lost.

        Returns False when the window must stay open (the user wants to decide)."""
        self.commit_open_cell()
        if not self.dirty or self.order.state not in EDITABLE_STATES:
            return True
        self._read_header()
        if not self.order.lines:
            return True
        if self.ui.saveButton.isEnabled():
            try:
                self.order = orders.save_order(self.store, self.order, self.pricer)
            except Exception as exc:
                show_error(self, exc)
                return False
            self.dirty = False
            orders_hub.changed.emit(self.order.order_id or "")
            return True
        # An order 1C holds: changes go to 1C or are dropped, the user decides.
        answer = QMessageBox.question(
            self,
            self.tr("Order"),
            self.tr("Send your changes to 1C? If not, they are dropped."),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.order = orders.send_order(self.store, self.order, self.pricer)
            except Exception as exc:
                show_error(self, exc)
                return False
            orders_hub.changed.emit(self.order.order_id or "")
        self.dirty = False
        return True

    def _run(self, op: Callable[[], OrderInput], done_message: str) -> Task[OrderInput] | None:
        if self.task is not None and not self.task.done:
            return self.task
        self.commit_open_cell()
        self.recalc()

        def finished(result: OrderInput) -> None:
            self.order = result
            self.dirty = False
            self._fill_header()
            self.recalc()
            self.saved.emit(result.order_id or "")
            orders_hub.changed.emit(result.order_id or "")
            self.ui.problemsLabel.setText(
                (self.ui.problemsLabel.text() + "<br>" if self.ui.problemsLabel.text() else "")
                + f"<span style='color:#14532d'>{_escape(done_message)}</span>"
            )

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserError):
                QMessageBox.warning(self, self.tr("Order"), render(exc.message))
            else:
                show_error(self, exc)

        self.task = Task(self, op=lambda _p: op(), success=finished).failure(failed).run()
        return self.task

    @Slot()
    def save(self) -> Task[OrderInput] | None:
        if not self.ui.saveButton.isEnabled():
            return None
        order = self.order
        return self._run(
            lambda: orders.save_order(self.store, order, self.pricer), self.tr("Saved.")
        )

    @Slot()
    def send(self) -> Task[OrderInput] | None:
        order = self.order
        return self._run(
            lambda: orders.send_order(self.store, order, self.pricer),
            self.tr("Queued for 1C: it goes with the next sync."),
        )

    @Slot()
    def print_invoice(self) -> object:
        """The saved order's счёт на оплату in the print preview (the figures as saved)."""
        if self.order.order_id is None or not self.ui.printButton.isEnabled():
            return None
        from wholesale_desk.gui.documents.actions import open_invoice

        return open_invoice(self, self.store, self.order.order_id)

    @Slot()
    def cancel_order(self) -> None:
        if self.order.order_id is None:
            self.close()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cancel the order"),
            self.tr("Cancel this order? If 1C already has it, 1C is told to mark it deleted."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        order_id = self.order.order_id
        self._cancel(order_id)

    def _cancel(self, order_id: str) -> Task[OrderInput] | None:
        def op() -> OrderInput:
            orders.cancel_order(self.store, order_id, self.actor)
            return orders.load_order(self.store, order_id)

        return self._run(op, self.tr("The order is cancelled."))

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


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    )


class BasketDialog(QDialog):
    """The client's usual basket: tick what to add; quantities are the usual ones."""

    def __init__(self, items: list[orders.BasketItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = items
        self.setWindowTitle(self.tr("Usual basket"))
        layout = QVBoxLayout(self)
        caption = QLabel(
            self.tr("What the client buys regularly and has not ordered lately:")
            if items
            else self.tr("Nothing the client buys regularly is due now.")
        )
        caption.setWordWrap(True)
        layout.addWidget(caption)
        self.list = QListWidget(self)
        for item in items:
            row = QListWidgetItem(
                self.tr(
                    "{article} {name} — {qty}; {times} orders, about every {days} days, last {last}"
                ).format(
                    article=item.article,
                    name=item.name,
                    qty=format_qty(item.usual_quantity),
                    times=item.times,
                    days=item.every_days,
                    last=item.last_ordered.strftime("%d.%m.%Y"),
                )
            )
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(row)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 360)

    def chosen_lines(self) -> list[LineInput]:
        return [
            LineInput(item.product_id, item.usual_quantity)
            for i, item in enumerate(self.items)
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]


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
    "refresh_open_editors",
]
