"""Load the terms engine's inputs from the local store, and price through it.

`pricing.price_order` is pure; this module is the one place that knows where its inputs live:
the agreement valid on the date, the price type chain, current and purchase prices, the quarter's
net shipments, the bonus balance derived from 1C documents, debt and overdue from the settlements
snapshot (with its "as of" time) and the user's own unsent orders. The order editor, the `price`
CLI and printed documents all build a `TermsContext` here, so a price never differs between them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wholesale_desk import pricing, settings_defaults, snapshots
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, UserError, text
from wholesale_desk.loyalty import PaidShipment, bonus_accrued, bonus_balance
from wholesale_desk.models import (
    Agreement,
    Client,
    ClientSegment,
    Contract,
    CustomerReturn,
    LegalEntity,
    Order,
    OrderLine,
    OrderState,
    Payment,
    PaymentAllocation,
    Price,
    PriceType,
    Product,
    Settlement,
    Shipment,
    Unit,
    VatRate,
    Warehouse,
)
from wholesale_desk.money import ZERO, vat_rate_for
from wholesale_desk.services import cooperation
from wholesale_desk.services import policy as sales_policy
from wholesale_desk.services.lookup import find_client, find_product

__all__ = [
    "UNSENT_STATES",
    "Actor",
    "ProductFacts",
    "StorePriceBook",
    "TermsContext",
    "base_price_type_id",
    "debt_as_of",
    "load_terms",
    "purchase_price_type_id",
    "quarter_start",
]

_CTX = "Terms"

UNSENT_STATES = (
    OrderState.NEEDS_APPROVAL.value,
    OrderState.APPROVED.value,
    OrderState.QUEUED.value,
    OrderState.SENT.value,
)
"""The user's orders 1C does not reflect yet: they count against the credit limit."""

ACTIVE_AGREEMENT_STATUSES = ("", "Действует")


@dataclass(frozen=True)
class Actor:
    """Who is working: their 1C user (manager) and whether they may approve."""

    manager_id: str | None = None
    role: pricing.Role = pricing.Role.MANAGER

    @property
    def is_head(self) -> bool:
        return self.role is pricing.Role.HEAD_OF_SALES


@dataclass(frozen=True)
class ProductFacts:
    """What the engine and the 1C payload need about a product beyond its prices."""

    product_id: str
    name: str
    article: str
    code: str
    unit: str
    nominal_vat: Decimal | None
    vat_rate_id: str | None


class StorePriceBook:
    """A `pricing.PriceBook` over prices read ahead from the store, so pricing never waits.

    `preload` reads the chain's and the purchase prices of the given products in one query;
    the engine then looks up dictionaries only (a 200-line recalc stays in memory).
    """

    def __init__(self, price_type_ids: Sequence[str], purchase_type_id: str | None) -> None:
        self.price_type_ids = tuple(dict.fromkeys(p for p in price_type_ids if p))
        self.purchase_type_id = purchase_type_id
        self._prices: dict[tuple[str, str], Decimal] = {}
        self._purchase: dict[str, Decimal] = {}
        self._loaded: set[str] = set()

    def preload(self, session: Session, product_ids: Iterable[str]) -> None:
        wanted = [p for p in dict.fromkeys(product_ids) if p not in self._loaded]
        types = [*self.price_type_ids, *([self.purchase_type_id] if self.purchase_type_id else [])]
        for chunk_start in range(0, len(wanted), 500):
            chunk = wanted[chunk_start : chunk_start + 500]
            for pid, ptid, price in session.execute(
                select(Price.product_id, Price.price_type_id, Price.price).where(
                    Price.product_id.in_(chunk), Price.price_type_id.in_(types)
                )
            ):
                if ptid == self.purchase_type_id:
                    self._purchase[pid] = price
                if ptid in self.price_type_ids:
                    self._prices[(ptid, pid)] = price
        self._loaded.update(wanted)

    def loaded(self, product_id: str) -> bool:
        return product_id in self._loaded

    def price(self, price_type_id: str, product_id: str) -> Decimal | None:
        return self._prices.get((price_type_id, product_id))

    def purchase_price(self, product_id: str) -> Decimal | None:
        return self._purchase.get(product_id)


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def purchase_price_type_id(session: Session) -> str | None:
    """The purchase price list (for the below-cost check): the price type named "Закупочн…"."""
    for pid, name in session.execute(select(PriceType.id, PriceType.name).order_by(PriceType.name)):
        if "закуп" in name.casefold() or "purchase" in name.casefold():
            return str(pid)
    return None


def base_price_type_id(session: Session) -> str | None:
    """The company's base wholesale price type.

    The typical agreement without a segment (1C's "основное соглашение") names it; failing that,
    the price type called "Оптов…"; failing that, the first one that is not purchase or retail.
    """
    typical = session.scalar(
        select(Agreement.price_type_id).where(
            Agreement.is_typical.is_(True),
            Agreement.client_id.is_(None),
            Agreement.segment_id.is_(None),
            Agreement.price_type_id.is_not(None),
            Agreement.deletion_mark.is_(False),
        )
    )
    if typical:
        return str(typical)
    rows = session.execute(
        select(PriceType.id, PriceType.name)
        .where(PriceType.deletion_mark.is_(False))
        .order_by(PriceType.name)
    ).all()
    for pid, name in rows:
        folded = name.casefold()
        if folded.startswith("оптов") or folded.startswith("wholesale"):
            return str(pid)
    for pid, name in rows:
        folded = name.casefold()
        if not any(w in folded for w in ("закуп", "розн", "purchase", "retail")):
            return str(pid)
    return str(rows[0][0]) if rows else None


def debt_as_of(session: Session) -> datetime | None:
    """When the debts snapshot was taken, in local time: "debt as of <last sync>"."""
    taken = snapshots.as_of(session, snapshots.SETTLEMENTS) or snapshots.as_of(
        session, snapshots.LAST_SYNC
    )
    return None if taken is None else taken.astimezone().replace(tzinfo=None)


def _agreement_on(session: Session, client_id: str, on: date) -> Agreement | None:
    """The client's agreement valid on `on`: an individual one first, else a typical one of a
    segment the client belongs to; the latest start wins."""
    segments = select(ClientSegment.segment_id).where(ClientSegment.client_id == client_id)
    candidates = session.scalars(
        select(Agreement).where(
            Agreement.deletion_mark.is_(False),
            (Agreement.client_id == client_id)
            | (Agreement.is_typical.is_(True) & Agreement.segment_id.in_(segments)),
        )
    ).all()
    valid = [
        a
        for a in candidates
        if a.status in ACTIVE_AGREEMENT_STATUSES
        and (a.start_date is None or a.start_date <= on)
        and (a.end_date is None or on <= a.end_date)
    ]
    valid.sort(key=lambda a: (a.client_id is not None, a.start_date or date.min), reverse=True)
    return valid[0] if valid else None


def _engine_agreement(a: Agreement) -> pricing.Agreement:
    stages: tuple[pricing.PaymentStage, ...] = ()
    if a.payment_schedule is not None:
        converted = []
        for s in a.payment_schedule.stages:
            try:
                kind = pricing.StageKind(s.kind)
            except ValueError:
                kind = pricing.StageKind.CREDIT_AFTER_SHIPMENT
            converted.append(pricing.PaymentStage(kind, s.percent, s.shift_days))
        stages = tuple(converted)
    return pricing.Agreement(
        agreement_id=a.id,
        name=a.name or a.agreement_number,
        price_type_id=a.price_type_id,
        # ПроцентРучнойСкидки is not a discount: it caps manual discounts (with
        # ОграничиватьРучныеСкидки). The agreement's own discount is a СкидкиНаценки item.
        discount_percent=ZERO,
        manual_cap=(a.manual_discount_percent or ZERO) if a.limit_manual_discounts else None,
        deferral_days=0,
        stages=stages,
        valid_from=a.start_date,
        valid_to=a.end_date,
    )


def _quarter_net_shipments(session: Session, client_id: str, on: date) -> Decimal:
    start = datetime.combine(quarter_start(on), datetime.min.time())
    end = datetime.combine(on, datetime.max.time())
    shipped = session.scalar(
        select(func.coalesce(func.sum(Shipment.amount), 0)).where(
            Shipment.client_id == client_id,
            Shipment.posted.is_(True),
            Shipment.deletion_mark.is_(False),
            Shipment.date >= start,
            Shipment.date <= end,
        )
    )
    returned = session.scalar(
        select(func.coalesce(func.sum(CustomerReturn.amount), 0)).where(
            CustomerReturn.client_id == client_id,
            CustomerReturn.posted.is_(True),
            CustomerReturn.deletion_mark.is_(False),
            CustomerReturn.date >= start,
            CustomerReturn.date <= end,
        )
    )
    return _dec(shipped) - _dec(returned)


def _dec(value: object) -> Decimal:
    """A SUM over a money column: the type decorator applies only when SQLAlchemy knows it."""
    if isinstance(value, Decimal):
        return value
    return (Decimal(int(value or 0)) / 100).quantize(Decimal("0.01"))  # type: ignore[call-overload]


def _bonus_balance(
    session: Session, client_id: str, accrual_percent: Decimal, exclude: str | None
) -> Decimal:
    """Points earned on the paid part of each shipment less points spent on orders, all from
    documents that 1C holds (shipments, payments allocated to them, orders)."""
    mine = (
        Shipment.client_id == client_id,
        Shipment.posted.is_(True),
        Shipment.deletion_mark.is_(False),
    )
    shipments = session.execute(select(Shipment.id, Shipment.amount).where(*mine)).all()
    paid: dict[str, Decimal] = {}
    returns: dict[str, Decimal] = {}
    # Joins rather than long IN lists: a big client has thousands of shipments.
    for basis, amount in session.execute(
        select(PaymentAllocation.basis_id, PaymentAllocation.amount)
        .join(Payment, Payment.id == PaymentAllocation.payment_id)
        .join(Shipment, Shipment.id == PaymentAllocation.basis_id)
        .where(Payment.posted.is_(True), Payment.deletion_mark.is_(False), *mine)
    ):
        if basis is not None:
            paid[basis] = paid.get(basis, ZERO) + amount
    for sid, amount in session.execute(
        select(CustomerReturn.shipment_id, CustomerReturn.amount).where(
            CustomerReturn.client_id == client_id,
            CustomerReturn.posted.is_(True),
            CustomerReturn.deletion_mark.is_(False),
            CustomerReturn.shipment_id.is_not(None),
        )
    ):
        if sid is not None:
            returns[sid] = returns.get(sid, ZERO) + amount
    accrued = bonus_accrued(
        (
            PaidShipment(amount - returns.get(sid, ZERO), paid.get(sid, ZERO))
            for sid, amount in shipments
        ),
        accrual_percent,
    )
    # Spent points per line, as 1C holds them (СуммаБонусныхБалловКСписанию), so orders pulled
    # from 1C count as well as the ones typed here.
    redeemed_q = (
        select(func.coalesce(func.sum(OrderLine.bonus_redeemed), 0))
        .join(Order, Order.id == OrderLine.order_id)
        .where(
            Order.client_id == client_id,
            Order.deletion_mark.is_(False),
            Order.state.not_in([OrderState.CANCELLED.value, OrderState.REJECTED.value]),
        )
    )
    if exclude:
        redeemed_q = redeemed_q.where(Order.id != exclude)
    return bonus_balance(accrued, _dec(session.scalar(redeemed_q)))


def _unsent_total(session: Session, client_id: str, actor: Actor, exclude: str | None) -> Decimal:
    q = select(func.coalesce(func.sum(Order.amount), 0)).where(
        Order.client_id == client_id,
        Order.state.in_(UNSENT_STATES),
        Order.created_locally.is_(True),
    )
    if actor.manager_id is not None:
        q = q.where(Order.manager_id == actor.manager_id)
    if exclude:
        q = q.where(Order.id != exclude)
    return _dec(session.scalar(q))


def company_policy(
    session: Session,
    *,
    credit_mode: str = settings_defaults.CREDIT_CONTROL_MODE.default,
) -> pricing.CompanyPolicy:
    base = base_price_type_id(session)
    if base is None:
        raise UserError(
            text(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Terms", "There are no price types in the local store yet: synchronise with 1C"
                ),
            )
        )
    return pricing.CompanyPolicy(
        base_price_type_id=base,
        credit_mode=pricing.CreditMode(credit_mode)
        if credit_mode in settings_defaults.CREDIT_CONTROL_MODES
        else pricing.CreditMode.WARN,
    )


@dataclass
class TermsContext:
    """One client's terms on one date, ready to price any number of drafts quickly."""

    client_id: str
    client_name: str
    on: date
    terms: pricing.Terms
    policy: pricing.CompanyPolicy
    prices: StorePriceBook
    actor: Actor
    agreement_id: str | None
    agreement_name: str
    agreement_delivery_days: int
    legal_entity_id: str | None
    contract_id: str | None
    organization_id: str | None
    warehouse_id: str | None
    delivery_address: str
    prices_include_vat: bool
    unsent_total: Decimal
    debt_as_of: datetime | None
    price_type_names: dict[str, str]
    warehouses: list[tuple[str, str]]
    vat_ids: dict[Decimal | None, str]
    products: dict[str, ProductFacts] = field(default_factory=dict)

    @property
    def model(self) -> pricing.CooperationModel:
        return self.terms.model

    @property
    def price_type_id(self) -> str:
        """The price type this client's orders are priced in (agreement → client → base)."""
        a = self.terms.agreement
        if a is not None and a.active_on(self.on) and a.price_type_id:
            return a.price_type_id
        return self.terms.client_price_type_id or self.policy.base_price_type_id

    def price_type_name(self, price_type_id: str) -> str:
        return self.price_type_names.get(price_type_id, price_type_id)

    def deferral_days(self, shipment_date: date) -> int:
        a = self.terms.agreement
        if a is None:
            return 0
        due = pricing.payment_due_date(self.terms, self.on, shipment_date)
        return max(0, (due - shipment_date).days)

    def ensure_products(self, session: Session, product_ids: Iterable[str]) -> None:
        """Read prices and facts for products not seen yet (one query each kind)."""
        missing = [p for p in dict.fromkeys(product_ids) if p not in self.products]
        if not missing:
            return
        self.prices.preload(session, missing)
        for chunk_start in range(0, len(missing), 500):
            chunk = missing[chunk_start : chunk_start + 500]
            # Columns, not entities: a whole catalogue (a price list) reads 30,000 of them.
            rows = session.execute(
                select(
                    Product.id,
                    Product.name,
                    Product.article,
                    Product.code,
                    Unit.name,
                    VatRate.rate,
                    Product.vat_rate_id,
                )
                .outerjoin(Unit, Unit.id == Product.unit_id)
                .outerjoin(VatRate, VatRate.id == Product.vat_rate_id)
                .where(Product.id.in_(chunk))
            ).all()
            for pid, name, article, code, unit, rate, vat_rate_id in rows:
                self.products[pid] = ProductFacts(
                    product_id=pid,
                    name=name,
                    article=article,
                    code=code,
                    unit=unit or "",
                    nominal_vat=rate,
                    vat_rate_id=vat_rate_id,
                )

    def vat_for(self, product_id: str, shipment_date: date) -> tuple[Decimal | None, str | None]:
        """The rate applied on the shipment date (2026: 22%) and the 1C rate item carrying it."""
        facts = self.products.get(product_id)
        if facts is None:
            return None, None
        rate = vat_rate_for(shipment_date, facts.nominal_vat)
        if rate == facts.nominal_vat:
            return rate, facts.vat_rate_id
        return rate, self.vat_ids.get(rate, facts.vat_rate_id)

    def draft(
        self,
        lines: Sequence[tuple[str, Decimal, Decimal | None]],
        *,
        shipment_date: date,
        order_date: date | None = None,
        manual_discount_percent: Decimal | None = None,
        bonus_to_redeem: Decimal = ZERO,
        deferral_days: int | None = None,
        prices_include_vat: bool | None = None,
    ) -> pricing.OrderDraft:
        """An engine draft from (product, quantity, line discount) rows; products must be loaded."""
        return pricing.OrderDraft(
            order_date=order_date or self.on,
            shipment_date=shipment_date,
            lines=tuple(
                pricing.LineDraft(pid, qty, self.vat_for(pid, shipment_date)[0], disc)
                for pid, qty, disc in lines
            ),
            prices_include_vat=self.prices_include_vat
            if prices_include_vat is None
            else prices_include_vat,
            manual_discount_percent=manual_discount_percent,
            bonus_to_redeem=bonus_to_redeem,
            unsent_orders_total=self.unsent_total,
            role=self.actor.role,
            deferral_days=deferral_days,
        )

    def price(self, draft: pricing.OrderDraft) -> pricing.PricedOrder:
        return pricing.price_order(self.terms, self.policy, self.prices, draft)

    def humanize(self, message: Text) -> Text:
        """Replace price type ids inside an engine message by their names."""
        if not any(
            isinstance(v, str) and v in self.price_type_names for v in message.args.values()
        ):
            return message
        args = {
            k: self.price_type_names.get(v, v) if isinstance(v, str) else v
            for k, v in message.args.items()
        }
        return replace(message, args=args)

    def explain(self, line: pricing.PricedLine) -> list[Text]:
        """The line's tooltip: the engine's explanation with names instead of ids."""
        return [self.humanize(t) for t in pricing.explain(line, self.price_type_name)]


def load_terms(
    session: Session,
    client_id: str,
    on: date,
    *,
    actor: Actor | None = None,
    exclude_order_id: str | None = None,
    credit_mode: str = settings_defaults.CREDIT_CONTROL_MODE.default,
    partner_segment: str = settings_defaults.PARTNER_SEGMENT.default,
) -> TermsContext:
    """Everything needed to price this client's orders on `on`, read in a handful of queries.

    `exclude_order_id`: the order being edited, so its own amount and bonus don't count twice.
    """
    actor = actor or Actor()
    client = session.get(Client, client_id)
    if client is None:
        raise UserError(text(_CTX, QT_TRANSLATE_NOOP("Terms", "No such client in the local store")))
    policy = company_policy(session, credit_mode=credit_mode)
    agreement = _agreement_on(session, client_id, on)
    segments = cooperation.resolve_partner_segments(session, partner_segment)
    model = cooperation.model_of(session, client_id, segments)

    credit_limit, allowed_overdue, chosen = _contract_terms(session, client_id)
    legal_entity_id = session.scalar(
        select(LegalEntity.id)
        .where(LegalEntity.client_id == client_id, LegalEntity.deletion_mark.is_(False))
        .order_by(LegalEntity.name)
    )

    debt, overdue = _debt_on(session, client_id, on)

    engine_agreement = _engine_agreement(agreement) if agreement is not None else None
    rules = sales_policy.agreement_rules(session, agreement.id if agreement else None, on)
    terms = pricing.Terms(
        client_id=client_id,
        model=model,
        agreement=engine_agreement,
        client_price_type_id=None,
        credit_limit=credit_limit,
        allowed_overdue=allowed_overdue,
        debt=debt,
        overdue_debt=overdue,
        quarter_net_shipments=_quarter_net_shipments(session, client_id, on),
        bonus_balance=_bonus_balance(
            session, client_id, policy.bonus_accrual_percent, exclude_order_id
        ),
        discount_rules=rules.rules if rules is not None else None,
        discount_groups=rules.groups if rules is not None else {},
        period_volumes=sales_policy.period_volumes(session, client_id, on, rules.periods)
        if rules is not None
        else {},
        user_limit=sales_policy.user_limit(session, actor.manager_id),
    )
    purchase = purchase_price_type_id(session)
    chain = [
        engine_agreement.price_type_id if engine_agreement else None,
        terms.client_price_type_id,
        policy.base_price_type_id,
    ]
    book = StorePriceBook([p for p in chain if p], purchase)
    warehouses, vat_ids, organization_id = _company_references(session)
    return TermsContext(
        client_id=client_id,
        client_name=client.name,
        on=on,
        terms=terms,
        policy=policy,
        prices=book,
        actor=actor,
        agreement_id=agreement.id if agreement else None,
        agreement_name=(agreement.name or agreement.agreement_number) if agreement else "",
        agreement_delivery_days=agreement.delivery_days if agreement else 0,
        legal_entity_id=legal_entity_id,
        contract_id=chosen.id if chosen is not None else None,
        organization_id=organization_id,
        warehouse_id=(agreement.warehouse_id if agreement and agreement.warehouse_id else None)
        or (warehouses[0][0] if warehouses else None),
        delivery_address=client.address,
        prices_include_vat=agreement.prices_include_vat if agreement else True,
        unsent_total=_unsent_total(session, client_id, actor, exclude_order_id),
        debt_as_of=debt_as_of(session),
        price_type_names={
            str(i): str(n) for i, n in session.execute(select(PriceType.id, PriceType.name))
        },
        warehouses=warehouses,
        vat_ids=vat_ids,
    )


def _contract_terms(
    session: Session, client_id: str
) -> tuple[Decimal | None, Decimal | None, Contract | None]:
    """The client's credit limit (the sum over contracts that limit debt), whether overdue debt
    is forbidden (allowed overdue 0), and the contract an order goes under."""
    contracts = session.scalars(
        select(Contract).where(Contract.client_id == client_id, Contract.deletion_mark.is_(False))
    ).all()
    limited = [c for c in contracts if c.limit_debt and c.credit_limit is not None]
    credit_limit = sum((c.credit_limit or ZERO for c in limited), ZERO) if limited else None
    allowed_overdue = ZERO if any(c.forbid_overdue for c in contracts) else None
    pool = limited or list(contracts)
    return credit_limit, allowed_overdue, pool[0] if pool else None


def _debt_on(session: Session, client_id: str, on: date) -> tuple[Decimal, Decimal]:
    """The client's debt and the part of it overdue on `on`."""
    debt, overdue = ZERO, ZERO
    for s_debt, due in session.execute(
        select(Settlement.debt, Settlement.due_date).where(Settlement.client_id == client_id)
    ):
        debt += s_debt
        if due is not None and due < on and s_debt > 0:
            overdue += s_debt
    return debt, overdue


def _company_references(
    session: Session,
) -> tuple[list[tuple[str, str]], dict[Decimal | None, str], str | None]:
    """The warehouses an order may ship from, the VAT rate ids by rate, the organisation."""
    warehouses = [
        (str(i), str(n))
        for i, n in session.execute(
            select(Warehouse.id, Warehouse.name)
            .where(Warehouse.deletion_mark.is_(False))
            .order_by(Warehouse.name)
        )
    ]
    vat_ids: dict[Decimal | None, str] = {}
    for vid, rate in session.execute(
        select(VatRate.id, VatRate.rate)
        .where(VatRate.deletion_mark.is_(False))
        .order_by(VatRate.name)
    ):
        vat_ids.setdefault(rate, vid)
    organization_id = session.scalar(
        select(func.min(Order.organization_id)).where(Order.organization_id.is_not(None))
    )
    if organization_id is None:
        from wholesale_desk.models import Organization

        organization_id = session.scalar(select(Organization.id).order_by(Organization.name))
    return warehouses, vat_ids, organization_id


# --- one product for one client: the `price` CLI ----------------------------------------------
@dataclass(frozen=True)
class Quote:
    """One product priced for one client through the same path as the order editor."""

    ctx: TermsContext
    product: ProductFacts
    line: pricing.PricedLine
    order: pricing.PricedOrder

    @property
    def due_date(self) -> date:
        return self.order.due_date

    def to_json(self) -> dict[str, object]:
        data = pricing.to_json_dict(self.line, self.due_date, self.ctx.price_type_name)
        data["problems"] = [self.ctx.humanize(p).english() for p in self.line.problems]
        data["price_type_id"] = self.line.price_type_id
        data["client"] = {"id": self.ctx.client_id, "name": self.ctx.client_name}
        data["product"] = {
            "id": self.product.product_id,
            "article": self.product.article,
            "code": self.product.code,
            "name": self.product.name,
        }
        data["date"] = self.ctx.on.isoformat()
        return data


def quote(
    session: Session,
    client_key: str,
    product_key: str,
    quantity: Decimal,
    on: date,
    *,
    actor: Actor | None = None,
    credit_mode: str = settings_defaults.CREDIT_CONTROL_MODE.default,
) -> Quote:
    """Price `quantity` of a product for a client, ordered and shipped on `on`."""
    client = find_client(session, client_key)
    product = find_product(session, product_key)
    ctx = load_terms(session, client.id, on, actor=actor, credit_mode=credit_mode)
    ctx.ensure_products(session, [product.id])
    priced = ctx.price(ctx.draft([(product.id, quantity, None)], shipment_date=on))
    return Quote(ctx, ctx.products[product.id], priced.lines[0], priced)
