"""Orders: draft, price, check, save, approve, send through the outbox, follow to payment.

Every price comes from the terms engine through `services.terms` (one path for the screen, the
CLI and paper). Nothing half-valid reaches 1C: `send_order` re-prices the saved order and refuses
it while any line or the header has an error; beyond a cap the order waits, held in the outbox,
until a head of sales approves it. The order row and its outbox entry commit together.

Lifecycle: draft → needs_approval → approved → queued → sent → accepted → posted →
shipped_partly/shipped → paid; cancelled; rejected (1C's words in `reject_message`). Sync moves an
order up to `posted`; `refresh_states` derives the later ones from shipments and payments.
"""

from __future__ import annotations

import itertools
import json
import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from wholesale_desk import pricing, settings_defaults
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, UserError, text
from wholesale_desk.models import (
    Client,
    Manager,
    Order,
    OrderLine,
    OrderPaymentStage,
    OrderState,
    OutboxEntry,
    OutboxStatus,
    Product,
    VatRate,
    new_guid,
)
from wholesale_desk.money import ZERO, format_money, format_qty, parse_decimal, round_money
from wholesale_desk.services.product_search import ProductIndex
from wholesale_desk.services.terms import Actor, TermsContext, load_terms
from wholesale_desk.store import Store

__all__ = [
    "EDITABLE_STATES",
    "BasketItem",
    "LineInput",
    "OrderCheck",
    "OrderInput",
    "OrderPricer",
    "OrderRow",
    "PasteResult",
    "approval_queue",
    "approve_order",
    "cancel_order",
    "find_clients",
    "list_orders",
    "load_order",
    "order_payload",
    "order_totals",
    "parse_pasted_lines",
    "refresh_states",
    "reject_order",
    "repeat_last_order",
    "save_order",
    "send_order",
    "state_title",
    "usual_basket",
]

_CTX = "Orders"
ENTITY = "order"
DEFAULT_LEAD_DAYS = 1
STATUS_TO_SHIP = "КОтгрузке"
SINGLE_PAYMENT_KIND = pricing.StageKind.CREDIT_AFTER_SHIPMENT.value

EDITABLE_STATES = frozenset(
    {
        OrderState.DRAFT,
        OrderState.NEEDS_APPROVAL,
        OrderState.APPROVED,
        OrderState.REJECTED,
        OrderState.ACCEPTED,
        OrderState.POSTED,
    }
)
"""Queued and sent orders are on their way: they change again once 1C has answered."""
CANCELLABLE_STATES = EDITABLE_STATES | {OrderState.QUEUED, OrderState.SENT}
LOCAL_STATES = (
    OrderState.DRAFT.value,
    OrderState.NEEDS_APPROVAL.value,
    OrderState.APPROVED.value,
)

_STATE_TITLES = {
    OrderState.DRAFT: QT_TRANSLATE_NOOP("Orders", "Draft"),
    OrderState.NEEDS_APPROVAL: QT_TRANSLATE_NOOP("Orders", "Needs approval"),
    OrderState.APPROVED: QT_TRANSLATE_NOOP("Orders", "Approved"),
    OrderState.QUEUED: QT_TRANSLATE_NOOP("Orders", "Waiting to be sent"),
    OrderState.SENT: QT_TRANSLATE_NOOP("Orders", "Sent to 1C"),
    OrderState.ACCEPTED: QT_TRANSLATE_NOOP("Orders", "Accepted by 1C"),
    OrderState.POSTED: QT_TRANSLATE_NOOP("Orders", "Posted"),
    OrderState.SHIPPED_PARTLY: QT_TRANSLATE_NOOP("Orders", "Shipped partly"),
    OrderState.SHIPPED: QT_TRANSLATE_NOOP("Orders", "Shipped"),
    OrderState.PAID: QT_TRANSLATE_NOOP("Orders", "Paid"),
    OrderState.CANCELLED: QT_TRANSLATE_NOOP("Orders", "Cancelled"),
    OrderState.REJECTED: QT_TRANSLATE_NOOP("Orders", "Rejected by 1C"),
}


def state_title(state: str | OrderState) -> Text:
    return text(_CTX, _STATE_TITLES[OrderState(state)])


def _err(source: str, **args: Any) -> Text:
    return text(_CTX, source, **args)


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
            lines = []
            for ln in order.lines:
                if ln.cancelled or not ln.product_id:
                    continue
                gross = round_money(ln.quantity * ln.price)
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
                lines.append(
                    pricing.PricedLine(
                        product_id=ln.product_id,
                        quantity=ln.quantity,
                        price_type_id=ln.price_type_id,
                        price_source=current.price_source,
                        price_reason=recorded,
                        base_price=ln.price,
                        purchase_price=None,
                        gross=gross,
                        auto_discount=auto,
                        manual_discount=manual,
                        passed_over=(),
                        amount=ln.amount,
                        vat_rate=rates.get(ln.vat_rate_id) if ln.vat_rate_id else None,
                        vat_included=order.prices_include_vat,
                        vat_amount=ln.vat_amount,
                        total=ln.total,
                        errors=(),
                        approval_reasons=(),
                    )
                )
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


def _stage_kind(kind: str) -> pricing.StageKind | None:
    try:
        return pricing.StageKind(kind)
    except ValueError:
        return None


# --- storing ----------------------------------------------------------------------------------
def _text_json(items: Sequence[Text]) -> str:
    return json.dumps(
        [{"context": t.context, "source": t.source, "args": _plain_args(t.args)} for t in items],
        ensure_ascii=False,
    )


def _plain_args(args: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in args.items():
        if isinstance(value, Text):
            out[key] = {
                "context": value.context,
                "source": value.source,
                "args": _plain_args(value.args),
            }
        elif isinstance(value, int | str | bool) or value is None:
            out[key] = value
        else:
            out[key] = str(value)
    return out


def _from_plain(raw: Any) -> Text:
    args = {
        k: _from_plain(v) if isinstance(v, dict) and "source" in v else v
        for k, v in (raw.get("args") or {}).items()
    }
    return Text(str(raw.get("context", _CTX)), str(raw.get("source", "")), args)


def approval_reasons_of(order: Order) -> list[Text]:
    """The stored reasons an order needs approval, as translatable texts."""
    if not order.approval_reasons:
        return []
    try:
        raw = json.loads(order.approval_reasons)
    except ValueError:
        return [Text(_CTX, order.approval_reasons)]
    return [_from_plain(r) for r in raw if isinstance(r, dict)]


def load_order(store: Store, order_id: str) -> OrderInput:
    with store.session() as session:
        order = session.get(Order, order_id)
        if order is None:
            raise UserError(
                _err(QT_TRANSLATE_NOOP("Orders", "The order is no longer in the local store"))
            )
        return OrderInput(
            client_id=order.client_id,
            order_date=order.date.date(),
            shipment_date=order.shipment_date or order.date.date(),
            warehouse_id=order.warehouse_id,
            delivery_address=order.delivery_address,
            comment=order.comment,
            manual_discount_percent=order.manual_discount_percent or None,
            bonus_to_redeem=order.bonus_redeemed,
            deferral_days=None,
            lines=[
                LineInput(ln.product_id or "", ln.quantity, _own_discount(ln, order))
                for ln in order.lines
                if not ln.cancelled and ln.product_id
            ],
            order_id=order.id,
            number=order.number,
            state=OrderState(order.state),
            data_version=order.data_version,
            reject_message=order.reject_message,
            approved_by=order.approved_by,
        )


def _own_discount(line: OrderLine, order: Order) -> Decimal | None:
    """A line's manual percent as typed: 1C keeps the effective one on every line, so a line
    equal to the order's discount inherits it (and follows it when the order's changes)."""
    percent = line.manual_discount_percent
    if not percent or percent == order.manual_discount_percent:
        return None
    return percent


def _write(
    session: Session, order_in: OrderInput, check: OrderCheck, actor: Actor, ctx: TermsContext
) -> Order:
    """Write the order and its lines exactly as priced (what 1C will receive)."""
    order = session.get(Order, order_in.order_id) if order_in.order_id else None
    if order is None:
        order = Order(
            id=order_in.order_id or new_guid(),
            client_id=order_in.client_id,
            date=datetime.combine(order_in.order_date, datetime.now().time()).replace(
                microsecond=0
            ),
            created_locally=True,
            manager_id=actor.manager_id,
        )
        session.add(order)
    elif OrderState(order.state) not in EDITABLE_STATES:
        raise UserError(
            _err(
                QT_TRANSLATE_NOOP("Orders", "The order is {state} and cannot be changed now"),
                state=state_title(order.state),
            )
        )
    priced = check.priced
    order.legal_entity_id = order.legal_entity_id or ctx.legal_entity_id
    order.agreement_id = ctx.agreement_id
    order.contract_id = order.contract_id or ctx.contract_id
    order.organization_id = order.organization_id or ctx.organization_id
    order.warehouse_id = order_in.warehouse_id
    order.price_type_id = priced.price_type_id
    order.shipment_date = order_in.shipment_date
    order.delivery_address = order_in.delivery_address
    order.comment = order_in.comment
    order.prices_include_vat = (
        priced.lines[0].vat_included if priced.lines else ctx.prices_include_vat
    )
    order.amount = priced.total
    order.manual_discount_percent = order_in.manual_discount_percent or ZERO
    order.bonus_redeemed = priced.bonus_redeemed
    order.approval_reasons = _text_json(check.approval_reasons)
    order.lines.clear()
    session.flush()
    for i, (line_in, line) in enumerate(zip(order_in.lines, priced.lines, strict=True)):
        _, vat_id = ctx.vat_for(line.product_id, order_in.shipment_date)
        order.lines.append(
            OrderLine(
                line_no=i + 1,
                product_id=line.product_id,
                quantity=line.quantity,
                price=line.base_price if line.base_price is not None else ZERO,
                price_type_id=line.price_type_id,
                manual_discount_percent=line.manual_discount.percent
                if line.manual_discount is not None
                else (line_in.manual_discount_percent or ZERO),
                manual_discount_amount=line.manual_discount.amount
                if line.manual_discount is not None
                else ZERO,
                auto_discount_amount=line.auto_discount.amount
                if line.auto_discount is not None
                else ZERO,
                amount=line.amount,
                vat_rate_id=vat_id,
                vat_amount=line.vat_amount,
                total=line.total,
            )
        )
    for order_line, points in zip(
        order.lines, spread(priced.bonus_redeemed, [ln.total for ln in order.lines]), strict=True
    ):
        order_line.bonus_redeemed = points
    order.payment_stages.clear()
    session.flush()
    for i, pay in enumerate(priced.payments):
        order.payment_stages.append(
            OrderPaymentStage(
                line_no=i + 1,
                kind=pay.kind.value if pay.kind is not None else SINGLE_PAYMENT_KIND,
                due_date=pay.due_date,
                percent=pay.percent,
                amount=pay.amount,
            )
        )
    return order


def save_order(store: Store, order_in: OrderInput, pricer: OrderPricer) -> OrderInput:
    """Save a draft as typed (problems and all): it is marked "needs approval" beyond a cap.

    Saving never sends; an edit voids an earlier approval. Returns the saved state.
    """
    check = pricer.check(order_in)
    if order_in.data_version is not None:
        # A local-only change to an order 1C holds would be replaced by the next sync.
        raise UserError(
            _err(
                QT_TRANSLATE_NOOP(
                    "Orders", "1C already holds this order: send your changes to 1C instead"
                )
            )
        )
    with store.transaction() as session:
        order = _write(session, order_in, check, pricer.actor, pricer.ctx)
        state = OrderState(order.state)
        if state in (OrderState.DRAFT, OrderState.NEEDS_APPROVAL, OrderState.APPROVED):
            order.state = (
                OrderState.NEEDS_APPROVAL.value if check.needs_approval else OrderState.DRAFT.value
            )
            order.approved_by = None
        order_id = order.id
    return load_order(store, order_id)


def spread(amount: Decimal, weights: list[Decimal]) -> list[Decimal]:
    """Split `amount` over lines in proportion to `weights`, to the kopeck, summing exactly
    (the last weighted line takes the remainder) — how 1C spreads points over `Товары`."""
    shares = [ZERO] * len(weights)
    total = sum(weights, ZERO)
    if not amount or total <= 0:
        return shares
    last = max(i for i, w in enumerate(weights) if w > 0)
    for i, weight in enumerate(weights):
        if i != last and weight > 0:
            shares[i] = round_money(amount * weight / total)
    shares[last] = amount - sum(shares, ZERO)
    return shares


def order_payload(order: Order) -> dict[str, Any]:
    """The order in our column names, as the outbox translates it to `Document_ЗаказКлиента`
    (`Товары` from `lines`, `ЭтапыГрафикаОплаты` from `payment_stages`; profile in resources)."""
    return {
        "date": order.date,
        "client_id": order.client_id,
        "legal_entity_id": order.legal_entity_id,
        "agreement_id": order.agreement_id,
        "contract_id": order.contract_id,
        "organization_id": order.organization_id,
        "warehouse_id": order.warehouse_id,
        "manager_id": order.manager_id,
        "status_1c": order.status_1c or STATUS_TO_SHIP,
        "shipment_date": order.shipment_date,
        "delivery_address": order.delivery_address,
        "prices_include_vat": order.prices_include_vat,
        "amount": order.amount,
        "comment": order.comment,
        "lines": [
            {
                "line_no": ln.line_no,
                "product_id": ln.product_id,
                "quantity": ln.quantity,
                "price": ln.price,
                "price_type_id": ln.price_type_id,
                "manual_discount_percent": ln.manual_discount_percent,
                "manual_discount_amount": ln.manual_discount_amount,
                "auto_discount_amount": ln.auto_discount_amount,
                "amount": ln.amount,
                "vat_rate_id": ln.vat_rate_id,
                "vat_amount": ln.vat_amount,
                "total": ln.total,
                "cancelled": ln.cancelled,
                "bonus_redeemed": ln.bonus_redeemed,
            }
            for ln in order.lines
        ],
        "payment_stages": [
            {
                "line_no": st.line_no,
                "kind": st.kind,
                "due_date": st.due_date,
                "percent": st.percent,
                "amount": st.amount,
            }
            for st in order.payment_stages
        ],
    }


def _entries(session: Session, order_id: str) -> list[OutboxEntry]:
    return list(
        session.scalars(
            select(OutboxEntry).where(OutboxEntry.ref_key == order_id).order_by(OutboxEntry.id)
        )
    )


def _enqueue(session: Session, order: Order, base_version: str | None, *, hold: bool) -> None:
    """Queue the order's create, or an update based on the 1C version the edit started from
    (`base_version`, read when the order was opened), so a change 1C made since then becomes
    a conflict at push time instead of being overwritten."""
    from wholesale_desk.sync import outbox

    payload = order_payload(order)
    known = _entries(session, order.id)
    if order.data_version is None and not any(e.operation == "create" for e in known):
        outbox.enqueue(session, ENTITY, order.id, "create", payload, None, hold=hold)
    else:
        entry = outbox.enqueue(
            session,
            ENTITY,
            order.id,
            "update",
            payload,
            base_version or order.data_version,
            hold=hold,
        )
        if not hold and entry.status == OutboxStatus.HELD.value:
            entry.status = OutboxStatus.PENDING.value
        elif hold and entry.status == OutboxStatus.PENDING.value and entry.operation == "create":
            entry.status = OutboxStatus.HELD.value


def send_order(store: Store, order_in: OrderInput, pricer: OrderPricer) -> OrderInput:
    """Save and send to 1C: queued in the outbox, or held until a head of sales approves.

    Refused with every problem named while anything is wrong (nothing half-valid is sent).
    """
    check = pricer.check(order_in)
    if not check.can_send:
        raise UserError(
            _err(
                QT_TRANSLATE_NOOP("Orders", "The order cannot be sent to 1C:\n{problems}"),
                problems=_joined(check.all_errors()),
            )
        )
    with store.transaction() as session:
        before = session.get(Order, order_in.order_id) if order_in.order_id else None
        # An approval covers what was approved: the same reasons, so the same exceptions.
        approved = (
            before is not None
            and before.state == OrderState.APPROVED.value
            and before.approval_reasons == _text_json(check.approval_reasons)
        )
        order = _write(session, order_in, check, pricer.actor, pricer.ctx)
        if check.needs_approval and not approved:
            order.state = OrderState.NEEDS_APPROVAL.value
            order.approved_by = None
            _enqueue(session, order, order_in.data_version, hold=True)
        else:
            order.state = OrderState.QUEUED.value
            order.reject_message = ""
            _enqueue(session, order, order_in.data_version, hold=False)
        order_id = order.id
    return load_order(store, order_id)


def _joined(items: Sequence[Text]) -> Text:
    """Several messages as one `Text` whose parts are translated one by one."""
    args = {f"m{i}": t for i, t in enumerate(items)}
    return Text(_CTX, "\n".join("{" + k + "}" for k in args), args) if items else Text(_CTX, "")


def _order_for_change(session: Session, order_id: str) -> Order:
    order = session.get(Order, order_id)
    if order is None:
        raise UserError(
            _err(QT_TRANSLATE_NOOP("Orders", "The order is no longer in the local store"))
        )
    return order


def approve_order(store: Store, order_id: str, actor: Actor) -> OrderState:
    """A head of sales lets an order beyond the caps go: a held send is released at once."""
    if not actor.is_head:
        raise UserError(
            _err(QT_TRANSLATE_NOOP("Orders", "Only a head of sales can approve orders"))
        )
    from wholesale_desk.sync import outbox

    with store.transaction() as session:
        order = _order_for_change(session, order_id)
        if order.state != OrderState.NEEDS_APPROVAL.value:
            raise UserError(
                _err(
                    QT_TRANSLATE_NOOP(
                        "Orders", "The order is {state}: there is nothing to approve"
                    ),
                    state=state_title(order.state),
                )
            )
        order.approved_by = actor.manager_id or ""
        order.reject_message = ""
        released = outbox.release(session, order.id)
        order.state = (OrderState.QUEUED if released else OrderState.APPROVED).value
        return OrderState(order.state)


def reject_order(store: Store, order_id: str, actor: Actor, reason: str) -> None:
    """A head of sales sends an order back to its manager as a draft, with the reason."""
    if not actor.is_head:
        raise UserError(_err(QT_TRANSLATE_NOOP("Orders", "Only a head of sales can reject orders")))
    with store.transaction() as session:
        order = _order_for_change(session, order_id)
        if order.state != OrderState.NEEDS_APPROVAL.value:
            raise UserError(
                _err(
                    QT_TRANSLATE_NOOP("Orders", "The order is {state}: there is nothing to reject"),
                    state=state_title(order.state),
                )
            )
        _drop_unsent(session, order.id, (OutboxStatus.HELD.value,))
        order.state = OrderState.DRAFT.value
        order.reject_message = reason.strip()


def _drop_unsent(session: Session, order_id: str, statuses: Sequence[str]) -> None:
    session.execute(
        delete(OutboxEntry).where(OutboxEntry.ref_key == order_id, OutboxEntry.status.in_(statuses))
    )


def cancel_order(store: Store, order_id: str, actor: Actor) -> None:
    """Cancel: an order 1C never saw is dropped from the outbox; one 1C holds gets a deletion
    mark sent (ONEC.md: never a physical DELETE)."""
    from wholesale_desk.sync import outbox

    with store.transaction() as session:
        order = _order_for_change(session, order_id)
        state = OrderState(order.state)
        if state not in CANCELLABLE_STATES:
            raise UserError(
                _err(
                    QT_TRANSLATE_NOOP("Orders", "The order is {state} and cannot be cancelled"),
                    state=state_title(state),
                )
            )
        delivered = order.data_version is not None or any(
            e.status in (OutboxStatus.SENDING.value, OutboxStatus.DONE.value)
            for e in _entries(session, order.id)
        )
        if delivered:
            outbox.enqueue(
                session, ENTITY, order.id, "cancel", {"deletion_mark": True}, order.data_version
            )
        else:
            _drop_unsent(
                session,
                order.id,
                (OutboxStatus.HELD.value, OutboxStatus.PENDING.value, OutboxStatus.REJECTED.value),
            )
        order.state = OrderState.CANCELLED.value


# --- following an order in 1C ------------------------------------------------------------------
_FOLLOWED = (
    OrderState.ACCEPTED.value,
    OrderState.POSTED.value,
    OrderState.SHIPPED_PARTLY.value,
    OrderState.SHIPPED.value,
)


_REFRESH_STATES = f"""
WITH followed AS (
    SELECT id, amount, deletion_mark, posted, state FROM orders
    WHERE state IN ({", ".join(f"'{st}'" for st in _FOLLOWED)})
), shipped AS (
    SELECT s.order_id AS oid, SUM(s.amount) AS amt
    FROM shipments s JOIN followed f ON f.id = s.order_id
    WHERE s.posted AND NOT s.deletion_mark
    GROUP BY s.order_id
), paid AS (
    SELECT coalesce(s.order_id, a.basis_id) AS oid, SUM(a.amount) AS amt
    FROM payment_allocations a
    JOIN payments p ON p.id = a.payment_id
    LEFT JOIN shipments s ON s.id = a.basis_id
    WHERE p.posted AND NOT p.deletion_mark AND a.basis_id IS NOT NULL
    GROUP BY coalesce(s.order_id, a.basis_id)
), derived AS (
    SELECT f.id, f.state, CASE
        WHEN f.deletion_mark THEN '{OrderState.CANCELLED.value}'
        WHEN f.amount > 0 AND coalesce(pd.amt, 0) >= f.amount AND coalesce(sh.amt, 0) >= f.amount
            THEN '{OrderState.PAID.value}'
        WHEN f.amount > 0 AND coalesce(sh.amt, 0) >= f.amount THEN '{OrderState.SHIPPED.value}'
        WHEN coalesce(sh.amt, 0) > 0 THEN '{OrderState.SHIPPED_PARTLY.value}'
        WHEN f.posted THEN '{OrderState.POSTED.value}'
        ELSE '{OrderState.ACCEPTED.value}'
    END AS new_state
    FROM followed f
    LEFT JOIN shipped sh ON sh.oid = f.id
    LEFT JOIN paid pd ON pd.oid = f.id
)
UPDATE orders SET state = derived.new_state
FROM derived
WHERE derived.id = orders.id AND derived.new_state != derived.state
"""


def refresh_states(session: Session) -> int:
    """Derive shipped/paid (and cancelled by a 1C deletion mark) from what sync pulled.

    Call after a pull or before listing; returns how many orders moved. Shipments point back to
    their order; payments settle the order or its shipments. One SQL statement over integer
    kopecks, so a company with 100,000 orders is followed in a blink.
    """
    result = session.execute(sql_text(_REFRESH_STATES))
    return int(getattr(result, "rowcount", 0) or 0)


# --- lists ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class OrderRow:
    order_id: str
    number: str
    created: datetime
    client_id: str
    client_name: str
    manager_name: str
    state: OrderState
    amount: Decimal
    shipment_date: date | None
    lines: int
    reject_message: str
    approval_reasons: tuple[Text, ...]
    outbox_error: str
    conflict: bool = False
    """1C changed the order while our edit was on its way: the user chooses (Sync → Conflicts)."""


def list_orders(
    store: Store,
    *,
    states: Iterable[OrderState] | None = None,
    client_id: str | None = None,
    manager_id: str | None = None,
    search: str = "",
    since: date | None = None,
    limit: int = 2000,
) -> list[OrderRow]:
    """Orders newest first (the latest `limit`), filtered by state, client, manager, text."""
    with store.transaction() as session:
        refresh_states(session)
    with store.session() as session:
        lines = (
            select(func.count())
            .where(OrderLine.order_id == Order.id)
            .correlate(Order)
            .scalar_subquery()
        )
        q = (
            select(Order, Client.name, Manager.name, lines)
            .join(Client, Client.id == Order.client_id)
            .outerjoin(Manager, Manager.id == Order.manager_id)
            .order_by(Order.date.desc())
            .limit(limit)
        )
        q = _filtered(q, states, client_id, manager_id, search, since)
        rows = session.execute(q).all()
        errors: dict[str, str] = {}
        conflicts: set[str] = set()
        for ref, status, error in session.execute(
            select(OutboxEntry.ref_key, OutboxEntry.status, OutboxEntry.last_error).where(
                OutboxEntry.ref_key.in_([r[0].id for r in rows]),
                OutboxEntry.status.in_((OutboxStatus.REJECTED.value, OutboxStatus.CONFLICT.value)),
            )
        ):
            if status == OutboxStatus.CONFLICT.value:
                conflicts.add(ref)
            if error:
                errors[ref] = error
        return [
            OrderRow(
                order_id=o.id,
                number=o.number or "",
                created=o.date,
                client_id=o.client_id,
                client_name=cname,
                manager_name=mname or "",
                state=OrderState(o.state),
                amount=o.amount,
                shipment_date=o.shipment_date,
                lines=int(n or 0),
                reject_message=o.reject_message,
                approval_reasons=tuple(approval_reasons_of(o)),
                outbox_error=errors.get(o.id, ""),
                conflict=o.id in conflicts,
            )
            for o, cname, mname, n in rows
        ]


def _filtered(
    q: Any,  # a Select of any shape (SQLAlchemy 2.1 types them variadically)
    states: Iterable[OrderState] | None,
    client_id: str | None,
    manager_id: str | None,
    search: str,
    since: date | None,
) -> Any:
    if states is not None:
        q = q.where(Order.state.in_([OrderState(s).value for s in states]))
    if client_id:
        q = q.where(Order.client_id == client_id)
    if manager_id:
        q = q.where(Order.manager_id == manager_id)
    if since:
        q = q.where(Order.date >= datetime.combine(since, datetime.min.time()))
    if search.strip():
        pattern = f"%{search.strip()}%"
        q = q.where(or_(Order.number.like(pattern), Client.name.like(pattern)))
    return q


def order_totals(
    store: Store,
    *,
    states: Iterable[OrderState] | None = None,
    client_id: str | None = None,
    manager_id: str | None = None,
    search: str = "",
    since: date | None = None,
) -> tuple[int, Decimal]:
    """How many orders the filter finds and their amount (the list shows the latest ones)."""
    with store.session() as session:
        q = select(func.count(), func.coalesce(func.sum(Order.amount), 0)).join(
            Client, Client.id == Order.client_id
        )
        count, amount = session.execute(
            _filtered(q, states, client_id, manager_id, search, since)
        ).one()
        if not isinstance(amount, Decimal):
            amount = (Decimal(int(amount or 0)) / 100).quantize(Decimal("0.01"))
        return int(count or 0), amount


def approval_queue(store: Store) -> list[OrderRow]:
    """Orders waiting for a head of sales, oldest first."""
    rows = list_orders(store, states=[OrderState.NEEDS_APPROVAL])
    return sorted(rows, key=lambda r: r.created)


def has_conflict(store: Store, order_id: str) -> bool:
    """1C changed the order while our edit was on its way: the user must choose."""
    with store.session() as session:
        return bool(
            session.scalar(
                select(func.count())
                .select_from(OutboxEntry)
                .where(
                    OutboxEntry.ref_key == order_id,
                    OutboxEntry.status == OutboxStatus.CONFLICT.value,
                )
            )
        )


# --- quick ways to fill an order ----------------------------------------------------------------
def repeat_last_order(
    store: Store, client_id: str, *, exclude_order_id: str | None = None
) -> list[LineInput]:
    """The lines of the client's latest order (not cancelled), quantities as they were."""
    with store.session() as session:
        q = (
            select(Order)
            .where(
                Order.client_id == client_id,
                Order.state.not_in([OrderState.CANCELLED.value]),
                Order.deletion_mark.is_(False),
            )
            .order_by(Order.date.desc())
        )
        if exclude_order_id:
            q = q.where(Order.id != exclude_order_id)
        for order in session.scalars(q.limit(5)):
            lines = [
                LineInput(ln.product_id, ln.quantity)
                for ln in order.lines
                if ln.product_id and not ln.cancelled and ln.quantity > 0
            ]
            if lines:
                return lines
    return []


@dataclass(frozen=True)
class BasketItem:
    """A product the client buys regularly and has not ordered lately."""

    product_id: str
    name: str
    article: str
    usual_quantity: Decimal
    times: int
    last_ordered: date
    every_days: int


def usual_basket(
    store: Store, client_id: str, today: date, *, months: int = 6, min_times: int = 2
) -> list[BasketItem]:
    """What the client orders regularly (≥ `min_times` orders in `months`) and is due again:
    not ordered for longer than its usual interval. Usual quantity: the median ordered."""
    since = datetime.combine(today - timedelta(days=30 * months), datetime.min.time())
    with store.session() as session:
        rows = session.execute(
            select(
                OrderLine.product_id, Order.date, OrderLine.quantity, Product.name, Product.article
            )
            .join(Order, Order.id == OrderLine.order_id)
            .join(Product, Product.id == OrderLine.product_id)
            .where(
                Order.client_id == client_id,
                Order.date >= since,
                Order.state.not_in([OrderState.CANCELLED.value, OrderState.DRAFT.value]),
                Order.deletion_mark.is_(False),
                OrderLine.cancelled.is_(False),
            )
        ).all()
    by_product: dict[str, list[tuple[date, Decimal]]] = {}
    names: dict[str, tuple[str, str]] = {}
    for pid, when, qty, name, article in rows:
        if pid is None:
            continue
        by_product.setdefault(pid, []).append((when.date(), qty))
        names[pid] = (name, article)
    basket = []
    for pid, history in by_product.items():
        days = sorted({d for d, _ in history})
        if len(days) < min_times:
            continue
        gaps = [(b - a).days for a, b in itertools.pairwise(days)]
        every = max(1, int(statistics.median(gaps)))
        last = days[-1]
        if (today - last).days < every:
            continue
        basket.append(
            BasketItem(
                product_id=pid,
                name=names[pid][0],
                article=names[pid][1],
                usual_quantity=Decimal(statistics.median([q for _, q in history])).quantize(
                    Decimal("0.001")
                ),
                times=len(days),
                last_ordered=last,
                every_days=every,
            )
        )
    basket.sort(key=lambda b: (-b.times, b.name))
    return basket


@dataclass(frozen=True)
class PasteResult:
    lines: list[LineInput]
    problems: list[Text]


_SPLIT = re.compile(r"\t|;|\s{2,}")


def parse_pasted_lines(pasted: str, index: ProductIndex) -> PasteResult:
    """Lines copied from Excel: article (or code), tab, quantity. A header row is skipped;
    an unknown article or a bad quantity is reported with its row, the rest is taken."""
    lines: list[LineInput] = []
    problems: list[Text] = []
    for row_no, raw in enumerate(pasted.splitlines(), start=1):
        if not raw.strip():
            continue
        cells = [c.strip() for c in _SPLIT.split(raw.strip())]
        cells = [c for c in cells if c]
        article = cells[0]
        qty_text = cells[-1] if len(cells) > 1 else "1"
        try:
            qty = parse_decimal(qty_text)
        except UserError:
            if row_no == 1:
                continue  # a header row: "Артикул	Количество"
            problems.append(
                _err(
                    QT_TRANSLATE_NOOP("Orders", "Row {row}: «{value}» is not a quantity"),
                    row=row_no,
                    value=qty_text,
                )
            )
            continue
        product_id = index.exact(article)
        if product_id is None:
            problems.append(
                _err(
                    QT_TRANSLATE_NOOP(
                        "Orders", "Row {row}: no product with the article «{article}»"
                    ),
                    row=row_no,
                    article=article,
                )
            )
            continue
        if qty <= 0:
            problems.append(
                _err(
                    QT_TRANSLATE_NOOP(
                        "Orders", "Row {row}: the quantity must be greater than zero"
                    ),
                    row=row_no,
                )
            )
            continue
        lines.append(LineInput(product_id, qty))
    return PasteResult(lines, problems)


def find_clients(store: Store, typed: str, limit: int = 30) -> list[tuple[str, str]]:
    """(id, name) of clients matching what was typed (name, INN, phone…): "New order…".

    The clients' full-text index folds case and "ё" for Cyrillic; a name typed exactly as
    stored is also found by name while the index catches up after a sync.
    """
    from wholesale_desk.services.search_index import match_query

    expression = match_query(typed) if typed.strip() else None
    with store.session() as session:
        found: dict[str, str] = {}
        if expression is not None:
            for cid, name in session.execute(
                sql_text(
                    "SELECT c.id, c.name FROM clients_fts f JOIN clients c ON c.id = f.client_id"
                    " WHERE clients_fts MATCH :q AND NOT c.deletion_mark ORDER BY c.name LIMIT :n"
                ),
                {"q": expression, "n": limit},
            ):
                found[str(cid)] = str(name)
        if len(found) < limit:
            q = select(Client.id, Client.name).where(Client.deletion_mark.is_(False))
            if typed.strip():
                q = q.where(
                    or_(Client.name.like(f"%{typed.strip()}%"), Client.code == typed.strip())
                )
            for cid, name in session.execute(q.order_by(Client.name).limit(limit - len(found))):
                found.setdefault(str(cid), str(name))
        return sorted(found.items(), key=lambda item: item[1])[:limit]
