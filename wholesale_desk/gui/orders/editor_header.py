"""The order editor's header panel: delivery, deferral, order discount, bonus, the title.

It fills the widgets from the order and reads them back; every change re-prices the order."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QObject, Slot

from wholesale_desk import pricing
from wholesale_desk.gui import invoice_status
from wholesale_desk.gui.orders.editor_parts import EditorParts
from wholesale_desk.gui.orders.editor_summary import BANNER_STYLES, INFO_STYLE, STATE_STYLE
from wholesale_desk.gui.orders.lines import LineRow
from wholesale_desk.gui.session.menu_paths import conflicts_path
from wholesale_desk.gui.texts import render
from wholesale_desk.i18n import UserError
from wholesale_desk.models import OrderState
from wholesale_desk.money import format_money, format_qty, parse_decimal
from wholesale_desk.services import cooperation, invoices, orders
from wholesale_desk.services.orders import EDITABLE_STATES, LineInput


class HeaderPanel(EditorParts):
    """The header widgets and the title banner of the order editor."""

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
        font = ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        ui.titleLabel.setFont(font)
        ui.tierHintLabel.setStyleSheet("color: #14532d; font-weight: bold;")
        ui.problemsLabel.setStyleSheet("color: #842029;")

    def _fill_header(self) -> None:
        """Put the order's header into the widgets, without treating it as an edit."""
        self._loading = True
        try:
            o, ui = self.order, self.ui
            # Asked once per load: a recalculation must not touch the store.
            self._conflict = bool(o.order_id) and orders.has_conflict(self.store, o.order_id or "")
            self._invoice = invoices.order_status(self.store, o.order_id) if o.order_id else None
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
        state = render(orders.status_title(o.state, self._conflict))
        if self._invoice is not None:
            state += " · " + self.tr("invoice: {status}").format(
                status=invoice_status.describe(self._invoice)
            )
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
                "Open {menu_path} to keep yours or take 1C's."
            ).format(menu_path=conflicts_path())
        elif o.state is OrderState.NEEDS_APPROVAL:
            banner = self.tr("Waiting for a head of sales to approve the order.")
            style = BANNER_STYLES[pricing.CreditStatus.WARN]
        elif o.state in (OrderState.QUEUED, OrderState.SENT):
            banner = self.tr("On its way to 1C: it goes with the next sync.")
            style = INFO_STYLE
        ui.stateBanner.setText(banner)
        ui.stateBanner.setStyleSheet(style)
        ui.stateBanner.setVisible(bool(banner))
        self._show_print_button()
        ui.clientValue.setText(ctx.client_name)
        ui.agreementValue.setText(ctx.agreement_name or self.tr("none (company terms)"))
        ui.priceTypeValue.setText(ctx.price_type_name(ctx.price_type_id))
        model_title = render(cooperation.title(ctx.model))
        caps = ctx.policy.model_caps[ctx.model]
        ui.modelValue.setText(
            _caps_text(model_title, format_qty(caps.discount_percent), caps.deferral_days)
        )
        ui.deferralSpin.setSpecialValueText(
            self.tr("by agreement ({days})").format(days=ctx.deferral_days(o.shipment_date))
        )

    def _show_print_button(self) -> None:
        """Print invoice only for a saved order whose figures may be asked for (the core's rule);
        the tooltip says why not."""
        o, button = self.order, self.ui.printButton
        if o.order_id is None:
            refusal = self.tr("Save the order first: the invoice shows the saved figures.")
        else:
            needs_approval = self.last_check is not None and self.last_check.needs_approval
            why = orders.invoice_refusal(o.state, needs_approval, unapproved_1c=o.unapproved_1c)
            refusal = render(why) if why is not None else ""
        button.setEnabled(not refusal)
        button.setToolTip(refusal or self.tr("The invoice for payment in the print preview"))


class ModelCaps(QObject):
    """The model's caps with a plural of days. Its own QObject, because PySide's tr() in a panel
    mixin stops at the editor's class (whose context has no such plural)."""

    def describe(self, model: str, cap: str, days: int) -> str:
        return self.tr(
            "{model}: discount up to {cap}%, deferral up to %n day(s) (company setting)", "", days
        ).format(model=model, cap=cap)


def _caps_text(model: str, cap: str, days: int) -> str:
    return ModelCaps().describe(model, cap, days)
