"""Everything the client card shows, read in one go: who, terms, what they owe, what they buy.

Requisites are checked here (a failing INN or KPP from 1C is kept and flagged, never dropped).
Money figures come from SQL sums of exact kopecks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from wholesale_desk import pricing
from wholesale_desk.aging import bucket_for, days_overdue
from wholesale_desk.discount_rules import DEFAULT_SOURCE, describe_condition, skip_reason
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, UserError
from wholesale_desk.i18n import text as make_text
from wholesale_desk.models import (
    Agreement,
    Client,
    ClientSegment,
    Contact,
    Contract,
    LegalEntity,
    Manager,
    PaymentSchedule,
    PriceType,
    Region,
    Segment,
    Settlement,
)
from wholesale_desk.requisites import check_inn, check_kpp
from wholesale_desk.services import policy as sales_policy
from wholesale_desk.services.client_list import kopecks
from wholesale_desk.services.cooperation import (
    CooperationModel,
    model_of,
    resolve_partner_segments,
)
from wholesale_desk.services.terms import load_terms

_CTX = "ClientCard"

AGE_BUCKETS = ("not_due", "1_30", "31_60", "61_90", "over_90")
"""The keys of `aging.Bucket`, in its order (the rule itself lives in `aging.py`)."""


class ClientNotFound(UserError):
    def __init__(self) -> None:
        super().__init__(
            make_text(
                _CTX,
                QT_TRANSLATE_NOOP("ClientCard", "This client is no longer in the local cache."),
            )
        )


@dataclass(frozen=True)
class LegalEntityView:
    id: str
    name: str
    full_name: str
    inn: str
    inn_problem: Text | None
    kpp: str
    kpp_problem: Text | None
    ogrn: str
    kind: str
    legal_address: str


@dataclass(frozen=True)
class ContactView:
    id: str
    name: str
    position: str
    phone: str
    email: str
    birthday: date | None
    unsent: bool


@dataclass(frozen=True)
class TermsDiscount:
    """An automatic discount acting on the client's agreement, with its condition and source."""

    name: str
    percent: Decimal
    condition: Text | None
    source: Text
    skipped: Text | None = None


@dataclass(frozen=True)
class Terms:
    agreement_id: str | None
    agreement_name: str
    agreement_number: str
    individual: bool
    price_type: str
    discounts: tuple[TermsDiscount, ...]
    # ПроцентРучнойСкидки where ОграничиватьРучныеСкидки: the cap on manual discounts, not a
    # discount; None: the agreement does not limit them.
    manual_cap: Decimal | None
    deferral_days: int
    payment_schedule: str
    delivery_days: int
    valid_from: date | None
    valid_to: date | None
    status: str
    credit_limit: Decimal | None
    contract: str


@dataclass(frozen=True)
class Receivables:
    debt: Decimal
    overdue: Decimal
    by_age: dict[str, Decimal]
    """AGE_BUCKETS → amount."""


@dataclass(frozen=True)
class SalesStats:
    last_order: date | None
    average_order: Decimal
    orders_per_month: Decimal
    """Orders a month over the last 12 months."""
    months: list[tuple[date, Decimal]]
    """12 (month start, shipments less returns), oldest first, ending with the current month."""


@dataclass(frozen=True)
class Loyalty:
    """As the terms engine sees the client: quarter volume, its discount tier, bonus points."""

    quarter_volume: Decimal
    tier_percent: Decimal
    bonus_balance: Decimal


@dataclass(frozen=True)
class ClientCard:
    id: str
    code: str
    name: str
    full_name: str
    manager: str
    region: str
    segments: list[str]
    model: CooperationModel
    phone: str
    email: str
    address: str
    city: str
    comment: str
    removed: bool
    legal_entities: list[LegalEntityView]
    contacts: list[ContactView]
    terms: Terms | None
    receivables: Receivables
    sales: SalesStats
    loyalty: Loyalty | None
    """None when the terms cannot be read yet (no price types before the first sync)."""

    @property
    def has_requisite_problems(self) -> bool:
        return any(e.inn_problem or e.kpp_problem for e in self.legal_entities)


def month_start(day: date, back: int = 0) -> date:
    """The first day of the month `back` months before `day`'s month."""
    index = day.year * 12 + day.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def _pending_ids(session: Session, ids: list[str]) -> set[str]:
    if not ids:
        return set()
    marks = ",".join(f":k{i}" for i in range(len(ids)))
    params = {f"k{i}": k for i, k in enumerate(ids)}
    rows = session.execute(
        text(f"SELECT ref_key FROM outbox WHERE status != 'done' AND ref_key IN ({marks})"), params
    )
    return set(rows.scalars())


def legal_entity_view(entity: LegalEntity) -> LegalEntityView:
    """A legal entity with its INN and KPP checked (a sole trader has no KPP to check)."""
    kpp_problem = None
    if entity.kpp or len(entity.inn) == 10:
        kpp_problem = check_kpp(entity.kpp)
    return LegalEntityView(
        entity.id,
        entity.name,
        entity.full_name,
        entity.inn,
        check_inn(entity.inn),
        entity.kpp,
        kpp_problem,
        entity.ogrn,
        entity.kind,
        entity.legal_address,
    )


def _terms(session: Session, client_id: str, today: date) -> Terms | None:
    agreements = session.scalars(
        select(Agreement)
        .where(Agreement.client_id == client_id, Agreement.deletion_mark.is_(False))
        .order_by(Agreement.start_date.desc())
    ).all()
    active = [
        a
        for a in agreements
        if (a.start_date is None or a.start_date <= today)
        and (a.end_date is None or a.end_date >= today)
    ]
    agreement = (active or list(agreements) or [None])[0]  # type: ignore[list-item]
    contract = session.scalars(
        select(Contract)
        .where(Contract.client_id == client_id, Contract.deletion_mark.is_(False))
        .order_by(Contract.contract_date.desc())
    ).first()
    if agreement is None and contract is None:
        return None
    price_type = ""
    schedule_name = ""
    deferral = 0
    if agreement is not None and agreement.price_type_id:
        found = session.get(PriceType, agreement.price_type_id)
        price_type = found.name if found else ""
    if agreement is not None and agreement.payment_schedule_id:
        schedule = session.get(PaymentSchedule, agreement.payment_schedule_id)
        if schedule is not None:
            schedule_name = schedule.name
            deferral = max(
                (s.shift_days for s in schedule.stages if s.kind.startswith("Кредит")), default=0
            )
    return Terms(
        agreement_id=agreement.id if agreement else None,
        agreement_name=agreement.name if agreement else "",
        agreement_number=agreement.agreement_number if agreement else "",
        individual=bool(agreement and not agreement.is_typical),
        price_type=price_type,
        discounts=_discounts(session, agreement.id if agreement else None, today),
        manual_cap=(agreement.manual_discount_percent or Decimal(0))
        if agreement is not None and agreement.limit_manual_discounts
        else None,
        deferral_days=deferral,
        payment_schedule=schedule_name,
        delivery_days=agreement.delivery_days if agreement else 0,
        valid_from=agreement.start_date if agreement else None,
        valid_to=agreement.end_date if agreement else None,
        status=agreement.status if agreement else "",
        credit_limit=contract.credit_limit if contract and contract.limit_debt else None,
        contract=(f"{contract.name} № {contract.contract_number}".strip() if contract else ""),
    )


def _discounts(
    session: Session, agreement_id: str | None, today: date
) -> tuple[TermsDiscount, ...]:
    """1C's discounts acting on the agreement today, else the documented default tiers."""
    found = sales_policy.agreement_rules(session, agreement_id, today)
    rules = found.rules if found is not None else pricing.CompanyPolicy("").tiers.tiers
    out: list[TermsDiscount] = []
    for rule in rules:
        if isinstance(rule, pricing.VolumeTier):
            condition = pricing.VolumeCondition(pricing.ConditionKind.CUMULATIVE, rule.threshold)
            out.append(
                TermsDiscount(
                    "",
                    rule.percent,
                    describe_condition(condition),
                    DEFAULT_SOURCE.label(),
                )
            )
            continue
        out.append(
            TermsDiscount(
                rule.name,
                rule.percent,
                describe_condition(rule.conditions[0]) if rule.conditions else None,
                rule.source.label(),
                skip_reason(rule) if rule.unsupported is not None else None,
            )
        )
    return tuple(out)


def receivables(session: Session, client_id: str, today: date) -> Receivables:
    """Debt by age (`aging.bucket_for`): days overdue counted from each document's due date."""
    total = Decimal("0.00")
    by_age = {key: Decimal("0.00") for key in AGE_BUCKETS}
    for debt, due in session.execute(
        select(Settlement.debt, Settlement.due_date).where(Settlement.client_id == client_id)
    ):
        total += debt
        if debt > 0:
            by_age[AGE_BUCKETS[bucket_for(days_overdue(due, today))]] += debt
    overdue = sum((v for k, v in by_age.items() if k != "not_due"), Decimal("0.00"))
    return Receivables(total, overdue, by_age)


def sales_stats(session: Session, client_id: str, today: date) -> SalesStats:
    first = month_start(today, 11)
    params = {"c": client_id, "since": first.isoformat()}
    monthly: dict[str, int] = {}
    for month, amount in session.execute(
        text(
            "SELECT substr(date, 1, 7), sum(amount) FROM shipments WHERE client_id = :c"
            " AND posted = 1 AND deletion_mark = 0 AND date >= :since GROUP BY 1"
        ),
        params,
    ):
        monthly[month] = monthly.get(month, 0) + int(amount or 0)
    for month, amount in session.execute(
        text(
            "SELECT substr(date, 1, 7), sum(amount) FROM returns WHERE client_id = :c"
            " AND posted = 1 AND deletion_mark = 0 AND date >= :since GROUP BY 1"
        ),
        params,
    ):
        monthly[month] = monthly.get(month, 0) - int(amount or 0)
    months = [month_start(today, back) for back in range(11, -1, -1)]
    series = [(m, kopecks(monthly.get(m.strftime("%Y-%m"), 0))) for m in months]
    count, total = session.execute(
        text(
            "SELECT count(*), coalesce(sum(amount), 0) FROM orders WHERE client_id = :c"
            " AND deletion_mark = 0 AND date >= :since"
        ),
        params,
    ).one()
    last_any = session.execute(
        text("SELECT max(date) FROM orders WHERE client_id = :c AND deletion_mark = 0"),
        {"c": client_id},
    ).scalar_one()
    average = (kopecks(total) / count).quantize(Decimal("0.01")) if count else Decimal("0.00")
    return SalesStats(
        last_order=datetime.fromisoformat(last_any).date() if last_any else None,
        average_order=average,
        orders_per_month=(Decimal(count) / 12).quantize(Decimal("0.1")),
        months=series,
    )


def loyalty(
    session: Session, client_id: str, today: date, partner_segment: str = ""
) -> tuple[Loyalty | None, CooperationModel]:
    """The terms engine's view (tier, bonus points, model), so the card and the order editor
    never disagree. The slowest part of a card: a view may show the card first and this after."""
    try:
        context = load_terms(session, client_id, today, partner_segment=partner_segment)
    except UserError:
        segments = resolve_partner_segments(session, partner_segment)
        return None, model_of(session, client_id, segments)
    engine_terms = context.terms
    # The tier as the engine finds it (1C's discounts, else the defaults) for an empty order.
    tier = context.price(context.draft([], shipment_date=today)).tier
    loyalty = Loyalty(
        engine_terms.quarter_net_shipments,
        tier.percent if tier else Decimal(0),
        engine_terms.bonus_balance,
    )
    return loyalty, engine_terms.model


def load(
    session: Session,
    client_id: str,
    today: date,
    partner_segment: str = "",
    *,
    with_loyalty: bool = True,
) -> ClientCard:
    """The card of `client_id`; raises `ClientNotFound` when the cache no longer has it.

    `partner_segment`: the company setting naming the partners' segment. Without
    `with_loyalty` the card comes faster and `loyalty` is None (ask `loyalty()` next).
    """
    client = session.get(Client, client_id)
    if client is None:
        raise ClientNotFound
    if with_loyalty:
        loyal, model = loyalty(session, client_id, today, partner_segment)
    else:
        loyal = None
        model = model_of(session, client_id, resolve_partner_segments(session, partner_segment))
    manager = session.get(Manager, client.manager_id) if client.manager_id else None
    region = session.get(Region, client.region_id) if client.region_id else None
    segments = list(
        session.scalars(
            select(Segment.name)
            .join(ClientSegment, ClientSegment.segment_id == Segment.id)
            .where(ClientSegment.client_id == client_id)
            .order_by(Segment.name)
        )
    )
    entities = session.scalars(
        select(LegalEntity)
        .where(LegalEntity.client_id == client_id, LegalEntity.deletion_mark.is_(False))
        .order_by(LegalEntity.name)
    ).all()
    contacts = session.scalars(
        select(Contact)
        .where(Contact.client_id == client_id, Contact.deletion_mark.is_(False))
        .order_by(Contact.name)
    ).all()
    pending = _pending_ids(session, [c.id for c in contacts])
    return ClientCard(
        id=client.id,
        code=client.code or "",
        name=client.name,
        full_name=client.full_name,
        manager=manager.name if manager else "",
        region=region.name if region else "",
        segments=segments,
        model=model,
        phone=client.phone,
        email=client.email,
        address=client.address,
        city=client.city,
        comment=client.comment,
        removed=not client.is_current,
        legal_entities=[legal_entity_view(e) for e in entities],
        contacts=[
            ContactView(c.id, c.name, c.position, c.phone, c.email, c.birthday, c.id in pending)
            for c in contacts
        ],
        terms=_terms(session, client_id, today),
        receivables=receivables(session, client_id, today),
        sales=sales_stats(session, client_id, today),
        loyalty=loyal,
    )
