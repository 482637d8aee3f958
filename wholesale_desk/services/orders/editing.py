"""What the order editor holds and how it is priced and checked: one path through the terms
engine for the screen, the CLI and paper."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from wholesale_desk import pricing, settings_defaults
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, UserError
from wholesale_desk.models import Order, OrderLine, OrderState, VatRate
from wholesale_desk.money import ZERO, format_money, format_qty, round_money
from wholesale_desk.services.orders.states import DEFAULT_LEAD_DAYS, EDITABLE_STATES, _err
from wholesale_desk.services.terms import Actor, TermsContext, load_terms
from wholesale_desk.store import Store


# --- what the editor holds ---------------------------------------------------------------------
@dataclass
class LineInput:
    """A line as typed: `manual_discount_percent` None means "the order's discount"."""

    product_id: str
    quantity: Decimal
    manual_discount_percent: Decimal | None = None


@dataclass
class OrderInput:
    """An order as the editor holds it, before or after it was first saved."""

    client_id: str
    order_date: date
    shipment_date: date
    warehouse_id: str | None = None
    delivery_address: str = ""
    comment: str = ""
    manual_discount_percent: Decimal | None = None
    bonus_to_redeem: Decimal = ZERO
    deferral_days: int | None = None
    lines: list[LineInput] = field(default_factory=list)
    order_id: str | None = None
    number: str | None = None
    state: OrderState = OrderState.DRAFT
    data_version: str | None = None
    reject_message: str = ""
    approved_by: str | None = None
    unapproved_1c: bool = False
    """1C holds the order as НеСогласован (`states.unapproved_in_1c`)."""


@dataclass(frozen=True)
class OrderCheck:
    """The priced order and everything wrong with it, where it is wrong."""

    priced: pricing.PricedOrder
    line_errors: tuple[tuple[Text, ...], ...]
    line_approvals: tuple[tuple[Text, ...], ...]
    errors: tuple[Text, ...]
    warnings: tuple[Text, ...]
    approval_reasons: tuple[Text, ...]

    @property
    def needs_approval(self) -> bool:
        return bool(self.approval_reasons)

    @property
    def can_send(self) -> bool:
        """No errors on any line or the header, and credit not blocked."""
        return not self.errors and not any(self.line_errors)

    def all_errors(self) -> list[Text]:
        out = list(self.errors)
        for i, errs in enumerate(self.line_errors):
            out.extend(
                _err(QT_TRANSLATE_NOOP("Orders", "Line {n}: {problem}"), n=i + 1, problem=e)
                for e in errs
            )
        return out


class OrderPricer:
    """Prices one client's order on every edit: the terms are read once, prices on first use."""

    def __init__(
        self,
        store: Store,
        client_id: str,
        actor: Actor,
        *,
        on: date | None = None,
        exclude_order_id: str | None = None,
        credit_mode: str = settings_defaults.CREDIT_CONTROL_MODE.default,
        partner_segment: str = settings_defaults.PARTNER_SEGMENT.default,
    ) -> None:
        self.store = store
        self.actor = actor
        self.today = on or date.today()
        with store.session() as session:
            self.ctx: TermsContext = load_terms(
                session,
                client_id,
                self.today,
                actor=actor,
                exclude_order_id=exclude_order_id,
                credit_mode=credit_mode,
                partner_segment=partner_segment,
            )

    def ensure_products(self, product_ids: Iterable[str]) -> None:
        missing = [p for p in product_ids if p not in self.ctx.products]
        if missing:
            with self.store.session() as session:
                self.ctx.ensure_products(session, missing)

    def new_order(self) -> OrderInput:
        """An empty draft with the client's defaults: warehouse, address, shipment date."""
        lead = max(self.ctx.agreement_delivery_days, DEFAULT_LEAD_DAYS)
        return OrderInput(
            client_id=self.ctx.client_id,
            order_date=self.today,
            shipment_date=self.today + timedelta(days=lead),
            warehouse_id=self.ctx.warehouse_id,
            delivery_address=self.ctx.delivery_address,
        )

    def check(self, order: OrderInput) -> OrderCheck:
        """Price `order` and collect its problems; pure apart from reading unseen products.

        An order that can no longer change (on its way, shipped, cancelled) is shown as it was
        recorded, not re-priced under today's terms.
        """
        self.ensure_products(line.product_id for line in order.lines)
        if order.order_id is not None and order.state not in EDITABLE_STATES:
            return self._recorded(order)
        ctx = self.ctx
        draft = ctx.draft(
            [(ln.product_id, ln.quantity, ln.manual_discount_percent) for ln in order.lines],
            shipment_date=order.shipment_date,
            order_date=order.order_date,
            manual_discount_percent=order.manual_discount_percent,
            bonus_to_redeem=order.bonus_to_redeem,
            deferral_days=order.deferral_days,
        )
        priced = ctx.price(draft)
        errors = [ctx.humanize(e) for e in priced.errors]
        if order.state in (OrderState.DRAFT, OrderState.NEEDS_APPROVAL, OrderState.APPROVED) and (
            order.shipment_date < self.today
        ):
            errors.append(
                _err(
                    QT_TRANSLATE_NOOP("Orders", "The delivery date {day} is in the past"),
                    day=order.shipment_date.strftime("%d.%m.%Y"),
                )
            )
        if not order.warehouse_id:
            errors.append(_err(QT_TRANSLATE_NOOP("Orders", "Choose the warehouse to ship from")))
        warnings: list[Text] = []
        if priced.credit.status is pricing.CreditStatus.BLOCK:
            errors.extend(priced.credit.reasons)
        elif priced.credit.status is pricing.CreditStatus.WARN:
            warnings.extend(priced.credit.reasons)
        line_errors = []
        for line in priced.lines:
            errs = [ctx.humanize(e) for e in line.errors]
            if line.base_price is not None and line.base_price <= 0:
                errs.append(_err(QT_TRANSLATE_NOOP("Orders", "The price is zero")))
            line_errors.append(tuple(errs))
        return OrderCheck(
            priced=priced,
            line_errors=tuple(line_errors),
            line_approvals=tuple(
                tuple(ctx.humanize(t) for t in ln.approval_reasons) for ln in priced.lines
            ),
            errors=tuple(errors),
            warnings=tuple(warnings),
            approval_reasons=tuple(ctx.humanize(t) for t in priced.approval_reasons),
        )

    def _recorded(self, order_in: OrderInput) -> OrderCheck:
        """The order's figures as written (by us when sent, by 1C when pulled)."""
        current = self.ctx.price(
            self.ctx.draft([], shipment_date=order_in.shipment_date, order_date=order_in.order_date)
        )
        with self.store.session() as session:
            order = session.get(Order, order_in.order_id)
            if order is None:
                raise UserError(
                    _err(QT_TRANSLATE_NOOP("Orders", "The order is no longer in the local store"))
                )
            rates = {vid: rate for vid, rate in session.execute(select(VatRate.id, VatRate.rate))}
            recorded = _err(QT_TRANSLATE_NOOP("Orders", "As recorded on the order"))
            lines = [
                _recorded_line(ln, rates, order.prices_include_vat, current.price_source, recorded)
                for ln in order.lines
                if not ln.cancelled and ln.product_id
            ]
            payments = (
                tuple(
                    pricing.PaymentDue(
                        _stage_kind(st.kind),
                        st.due_date or order_in.shipment_date,
                        st.percent,
                        st.amount,
                    )
                    for st in order.payment_stages
                )
                or current.payments
            )
            gross_total = sum((ln.gross for ln in lines), ZERO)
            amount = sum((ln.amount for ln in lines), ZERO)
            total = sum((ln.total for ln in lines), ZERO)
            priced = replace(
                current,
                lines=tuple(lines),
                gross=gross_total,
                discount_total=gross_total - amount,
                amount=amount,
                vat=sum((ln.vat_amount for ln in lines), ZERO),
                total=total,
                tier=None,
                next_tier_hint=None,
                bonus_redeemed=order.bonus_redeemed,
                bonus_accrual=ZERO,
                to_pay=total - order.bonus_redeemed,
                payments=payments,
                needs_approval=False,
                approval_reasons=(),
                errors=(),
            )
        empty: tuple[tuple[Text, ...], ...] = tuple(() for _ in lines)
        return OrderCheck(priced, empty, empty, (), (), ())


def _recorded_line(
    ln: OrderLine,
    rates: dict[str, Decimal | None],
    prices_include_vat: bool,
    price_source: pricing.PriceSource,
    recorded: Text,
) -> pricing.PricedLine:
    """One stored line as the engine's `PricedLine`: its figures as written, not re-priced."""
    assert ln.product_id is not None
    auto = (
        pricing.Discount(
            pricing.DiscountSource.AGREEMENT,
            ZERO,
            ln.auto_discount_amount,
            _err(
                QT_TRANSLATE_NOOP("Orders", "Automatic discount: -{amount}"),
                amount=format_money(ln.auto_discount_amount),
            ),
        )
        if ln.auto_discount_amount
        else None
    )
    manual = (
        pricing.Discount(
            pricing.DiscountSource.MANUAL,
            ln.manual_discount_percent,
            ln.manual_discount_amount,
            _err(
                QT_TRANSLATE_NOOP("Orders", "Manual discount {percent}%: -{amount}"),
                percent=format_qty(ln.manual_discount_percent),
                amount=format_money(ln.manual_discount_amount),
            ),
        )
        if ln.manual_discount_amount
        else None
    )
    return pricing.PricedLine(
        product_id=ln.product_id,
        quantity=ln.quantity,
        price_type_id=ln.price_type_id,
        price_source=price_source,
        price_reason=recorded,
        base_price=ln.price,
        purchase_price=None,
        gross=round_money(ln.quantity * ln.price),
        auto_discount=auto,
        manual_discount=manual,
        passed_over=(),
        amount=ln.amount,
        vat_rate=rates.get(ln.vat_rate_id) if ln.vat_rate_id else None,
        vat_included=prices_include_vat,
        vat_amount=ln.vat_amount,
        total=ln.total,
        errors=(),
        approval_reasons=(),
    )


def _stage_kind(kind: str) -> pricing.StageKind | None:
    try:
        return pricing.StageKind(kind)
    except ValueError:
        return None
