"""Printed documents from the local store: the order's invoice, an offer at a client's prices,
the reconciliation statement and the payment reminder.

The renderers in `wholesale_desk.documents` take plain dataclasses; this module fills them.
Figures are never recomputed here in a different way:
- the invoice prints the order exactly as it was priced and saved (the lines 1C receives), so
  the paper matches the order screen and 1C to the kopeck;
- the offer prices the chosen products through the terms engine (`services.terms`), the same
  call the order editor makes;
- the statement and the reminder add up documents and the settlements snapshot from 1C.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from wholesale_desk import documents as doc
from wholesale_desk.documents import payment_qr
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, UserError, text
from wholesale_desk.models import (
    BankAccount,
    Client,
    Contract,
    CustomerReturn,
    Invoice,
    LegalEntity,
    Manager,
    Order,
    OrderState,
    Organization,
    Payment,
    PaymentAllocation,
    Product,
    Settlement,
    Shipment,
    Signatory,
    VatRate,
)
from wholesale_desk.money import ZERO
from wholesale_desk.services.lookup import find_client, find_product
from wholesale_desk.services.orders.states import invoice_refusal, unapproved_in_1c
from wholesale_desk.services.orders.storing import approval_reasons_of

__all__ = [
    "PrintOptions",
    "client_party",
    "company_party",
    "find_client",
    "find_order",
    "find_product",
    "invoice_for_order",
    "offer_for_client",
    "payment_qr_notice",
    "reconciliation_for_client",
    "reminder_for_client",
    "reminder_for_invoice",
]

_CTX = "Documents"
log = logging.getLogger(__name__)
_HEAD_ROLES = ("Руководитель", "Директор", "ГенеральныйДиректор")
_ACCOUNTANT_ROLES = ("ГлавныйБухгалтер", "Бухгалтер")


@dataclass(frozen=True)
class PrintOptions:
    """What the user's settings add to what 1C knows: logo, manager's contacts, offer terms."""

    logo: Path | None = None
    manager_phone: str = ""
    manager_email: str = ""
    offer_valid_days: int = 14
    not_public_offer: bool = True
    reminder_pay_days: int = 7
    company: doc.Party | None = None  # overrides our requisites from 1C when set
    payment_qr: bool = True  # the ГОСТ payment QR code on invoices and reminders


def payment_qr_notice(data: doc.DocumentData) -> Text | None:
    """Why an invoice or reminder prints without its payment QR code, when the setting wants
    one: said once, beside the preview or on the command line, never printed on the paper."""
    if not isinstance(data, doc.InvoiceData | doc.ReminderData) or not data.payment_qr:
        return None
    company = data.supplier if isinstance(data, doc.InvoiceData) else data.company
    missing = payment_qr.missing_requisites(company)
    if not missing:
        return None
    return text(
        _CTX,
        QT_TRANSLATE_NOOP(
            "Documents",
            "Printed without the payment QR code: our company's {fields} is missing or not "
            "in the form a bank accepts (БИК 9 digits, accounts 20). Fix it in 1C "
            "(Организации → Банковские счета) and print again.",
        ),
        fields=", ".join(missing),
    )


def _err(source: str, **args: object) -> UserError:
    return UserError(text(_CTX, source, **args))


# --- look-ups by what a person types ----------------------------------------------------------


def _require_current(client: Client) -> None:
    """No document for a client that is not current (`OneCObject.is_current`): marked for
    deletion or dropped in 1C."""
    if not client.is_current:
        raise _err(
            QT_TRANSLATE_NOOP(
                "Documents",
                "{client} is marked for deletion in 1C: no documents are printed for it.",
            ),
            client=client.name,
        )


def find_order(session: Session, ref: str) -> Order:
    """An order by its 1C number ("ТД00-000123", or just "123" when unambiguous) or its id.

    1C restarts numbering every year, so a number may repeat: the most recent order wins.
    """
    ref = ref.strip()
    order = session.scalar(
        select(Order).where(Order.number == ref).order_by(Order.date.desc()).limit(1)
    ) or session.get(Order, ref)
    if order is not None:
        return order
    if ref.isdigit():
        candidates = [
            o
            for o in session.scalars(
                select(Order)
                .where(Order.number.like(f"%{ref.lstrip('0')}"))
                .order_by(Order.date.desc())
            )
            if re.sub(r"\D", "", o.number or "").lstrip("0") == ref.lstrip("0")
        ]
        # The same number in earlier years is not ambiguous: the latest year's order wins.
        candidates = [o for o in candidates if o.date.year == candidates[0].date.year]
        if len(candidates) == 1:
            return candidates[0]
        if len(candidates) > 1:
            raise _err(
                QT_TRANSLATE_NOOP(
                    "Documents", "Several orders match «{ref}»: {numbers}. Give the full number."
                ),
                ref=ref,
                numbers=", ".join(sorted(o.number or "" for o in candidates)[:5]),
            )
    raise _err(
        QT_TRANSLATE_NOOP(
            "Documents", "No order «{ref}» in the local store. Check the number, or sync with 1C."
        ),
        ref=ref,
    )


# --- parties ----------------------------------------------------------------------------------


def short_name(full: str) -> str:
    """ "Иванов Иван Иванович" → "Иванов И. И.", as signatures are printed; else unchanged."""
    parts = full.split()
    if len(parts) < 2 or any(p.endswith(".") for p in parts[1:]):
        return full
    return f"{parts[0]} " + " ".join(f"{p[0]}." for p in parts[1:3])


SETTLEMENT = re.compile(r"^(г|гор|пгт|пос|п|с|д|ст-ца|рп)\.?\s", re.IGNORECASE)


def bank_with_city(name: str, city: str | None) -> str:
    """ "ПАО СБЕРБАНК г. Москва": the city after the name, once. 1C's bank classifier keeps
    the city with its prefix ("г. Москва"), a hand-filled card without ("Москва")."""
    city = (city or "").strip()
    if not city or city in name:
        return name
    return f"{name} {city}" if SETTLEMENT.match(city) else f"{name} г. {city}"


def company_party(session: Session, organization_id: str | None = None) -> doc.Party:
    """Our company (Организация) with its first settlement account, as 1C has them."""
    org = session.get(Organization, organization_id) if organization_id else None
    if org is None:
        org = session.scalar(
            select(Organization)
            .where(Organization.deletion_mark.is_(False))
            .order_by(Organization.name)
        )
    if org is None:
        raise _err(
            QT_TRANSLATE_NOOP(
                "Documents",
                "Our company's requisites are not in the local store. Sync with 1C "
                "(Организации) or fill them in Settings → Company.",
            )
        )
    account = session.scalar(
        select(BankAccount)
        .where(BankAccount.organization_id == org.id, BankAccount.deletion_mark.is_(False))
        .order_by(BankAccount.name)
    )
    bank = None
    if account is not None:
        b = account.bank
        bank_name = ""
        if b is not None:
            bank_name = bank_with_city(b.name, b.city)
        bank = doc.BankDetails(
            bank_name=bank_name,
            bik=b.bik if b is not None else "",
            correspondent_account=b.corr_account if b is not None else "",
            account=account.account,
        )
    return doc.Party(
        name=org.full_name or org.name,
        inn=org.inn,
        kpp=org.kpp,
        address=org.address,
        phone=org.phone,
        bank=bank,
    )


def _signatories(
    session: Session, organization_id: str | None, on: date
) -> tuple[doc.Signatory | None, doc.Signatory | None]:
    """The head and the chief accountant valid on `on` (ОтветственныеЛицаОрганизаций)."""
    if organization_id is None:
        return None, None
    people = session.scalars(
        select(Signatory).where(
            Signatory.organization_id == organization_id, Signatory.deletion_mark.is_(False)
        )
    ).all()

    def pick(roles: tuple[str, ...]) -> doc.Signatory | None:
        valid = [
            p
            for p in people
            if p.role in roles
            and (p.valid_from is None or p.valid_from <= on)
            and (p.valid_to is None or p.valid_to >= on)
        ]
        valid.sort(key=lambda p: p.valid_from or date.min, reverse=True)
        if not valid:
            return None
        return doc.Signatory(name=short_name(valid[0].name), position=valid[0].position)

    return pick(_HEAD_ROLES), pick(_ACCOUNTANT_ROLES)


def _organization_id(session: Session, preferred: str | None) -> str | None:
    if preferred:
        return preferred
    return session.scalar(
        select(Organization.id)
        .where(Organization.deletion_mark.is_(False))
        .order_by(Organization.name)
    )


def client_party(session: Session, client: Client, legal_entity_id: str | None = None) -> doc.Party:
    """The client's legal entity (Контрагент) as printed: the order's one, else its first."""
    entity = session.get(LegalEntity, legal_entity_id) if legal_entity_id else None
    if entity is None:
        entity = session.scalar(
            select(LegalEntity)
            .where(LegalEntity.client_id == client.id, LegalEntity.deletion_mark.is_(False))
            .order_by(LegalEntity.name)
        )
    if entity is None:
        return doc.Party(
            name=client.full_name or client.name,
            address=client.address,
            phone=client.phone,
            email=client.email,
        )
    return doc.Party(
        name=entity.full_name or entity.name,
        inn=entity.inn,
        kpp=entity.kpp,
        address=entity.legal_address or client.address,
        phone=entity.phone or client.phone,
        email=client.email,
    )


def _manager_contact(session: Session, client: Client, options: PrintOptions) -> doc.Contact:
    manager = session.get(Manager, client.manager_id) if client.manager_id else None
    return doc.Contact(
        name=manager.name if manager else "",
        phone=options.manager_phone,
        email=options.manager_email,
        position="менеджер по продажам",
    )


def _vat_mode(rates: Sequence[Decimal | None], prices_include_vat: bool) -> doc.VatMode:
    if all(r is None for r in rates):
        return doc.VatMode.NONE
    return doc.VatMode.INSIDE if prices_include_vat else doc.VatMode.ON_TOP


def _vat_by_rate(pairs: Sequence[tuple[Decimal | None, Decimal]]) -> tuple[doc.VatAmount, ...]:
    """Σ line VAT per rate, highest rate first (как в 1С)."""
    sums: dict[Decimal, Decimal] = defaultdict(lambda: ZERO)
    for rate, amount in pairs:
        if rate is not None:
            sums[rate] += amount
    return tuple(doc.VatAmount(rate, sums[rate]) for rate in sorted(sums, reverse=True))


# --- the documents ----------------------------------------------------------------------------


def invoice_for_order(
    session: Session, order: Order, options: PrintOptions | None = None
) -> doc.InvoiceData:
    """The invoice for an order, with the figures exactly as the order was priced and saved."""
    options = options or PrintOptions()
    if order.state in (OrderState.CANCELLED.value, OrderState.REJECTED.value):
        raise _err(
            QT_TRANSLATE_NOOP(
                "Documents",
                "Order {number} is cancelled or rejected by 1C: no invoice can be printed for "
                "it. Copy it into a new order if the client still wants the goods.",
            ),
            number=order.number or order.id[:8],
        )
    refusal = invoice_refusal(
        order.state, bool(approval_reasons_of(order)), unapproved_1c=unapproved_in_1c(order)
    )
    if refusal is not None:
        raise UserError(refusal)
    client = session.get(Client, order.client_id)
    if client is None:
        raise _err(QT_TRANSLATE_NOOP("Documents", "The order's client is not in the local store."))
    _require_current(client)
    rates: dict[str, Decimal | None] = {
        str(i): r for i, r in session.execute(select(VatRate.id, VatRate.rate))
    }
    lines = [ln for ln in order.lines if not ln.cancelled]
    ids = {ln.product_id for ln in lines if ln.product_id}
    products = {
        p.id: p
        for p in session.scalars(
            select(Product).options(selectinload(Product.unit)).where(Product.id.in_(ids))
        )
    }  # one query for a 200-line order, not two per line
    printed = []
    vat_pairs: list[tuple[Decimal | None, Decimal]] = []
    for ln in lines:
        product = products.get(ln.product_id or "")
        printed.append(
            doc.InvoiceLine(
                name=product.name if product else "?",
                quantity=ln.quantity,
                unit=product.unit.name if product and product.unit else "",
                price=ln.price,
                amount=ln.amount,
                article=product.article if product else "",
                discount=ln.manual_discount_amount + ln.auto_discount_amount,
            )
        )
        vat_pairs.append((rates.get(ln.vat_rate_id) if ln.vat_rate_id else None, ln.vat_amount))
    mode = _vat_mode([r for r, _ in vat_pairs], order.prices_include_vat)
    vat = _vat_by_rate(vat_pairs) if mode is not doc.VatMode.NONE else ()
    total = sum((ln.amount for ln in lines), ZERO)
    vat_total = sum((v.amount for v in vat), ZERO)
    due = (total + vat_total if mode is doc.VatMode.ON_TOP else total) - order.bonus_redeemed
    if order.amount and due != order.amount - order.bonus_redeemed:
        # The lines are what 1C bills; a document total that disagrees is worth a look.
        log.warning(
            "order %s: lines add up to %s, the document total says %s",
            order.number or order.id,
            due + order.bonus_redeemed,
            order.amount,
        )
    organization_id = _organization_id(session, order.organization_id)
    head, accountant = _signatories(session, organization_id, order.date.date())
    pay_by = max((s.due_date for s in order.payment_stages if s.due_date is not None), default=None)
    return doc.InvoiceData(
        number=order.number or order.id[:8],
        date=order.date.date(),
        supplier=options.company or company_party(session, organization_id),
        buyer=client_party(session, client, order.legal_entity_id),
        lines=tuple(printed),
        vat_mode=mode,
        total=total,
        vat=vat,
        total_due=due,
        bonus_redeemed=order.bonus_redeemed,
        basis=_basis(session, order),
        pay_by=pay_by,
        head=head,
        accountant=accountant,
        logo=options.logo,
        payment_qr=options.payment_qr,
    )


def _basis(session: Session, order: Order) -> str:
    """ "Основание": the contract when the order names one, else the order itself."""
    contract = session.get(Contract, order.contract_id) if order.contract_id else None
    if contract is not None and (contract.name or contract.contract_number):
        if contract.name:
            return contract.name
        on = f" от {contract.contract_date:%d.%m.%Y}" if contract.contract_date else ""
        return f"Договор № {contract.contract_number}{on}"
    return f"Заказ клиента № {order.number or order.id[:8]} от {order.date:%d.%m.%Y}"


def offer_for_client(
    session: Session,
    client: Client,
    products: Sequence[tuple[Product, Decimal]],
    *,
    on: date | None = None,
    number: str = "",
    options: PrintOptions | None = None,
) -> doc.OfferData:
    """An offer of `products` (with quantities) at this client's prices and terms on `on`,
    priced by the terms engine exactly as the order editor would price the same lines."""
    from wholesale_desk.services.terms import load_terms

    _require_current(client)

    options = options or PrintOptions()
    on = on or date.today()
    ctx = load_terms(session, client.id, on)
    ids = [p.id for p, _ in products]
    ctx.ensure_products(session, ids)
    priced = ctx.price(ctx.draft([(p.id, q, None) for p, q in products], shipment_date=on))
    lines = []
    for (product, _), line in zip(products, priced.lines, strict=True):
        if line.errors:
            raise _err(
                QT_TRANSLATE_NOOP(
                    "Documents",
                    "«{product}» cannot be offered to this client: {problem}. Remove it from "
                    "the offer or set its price in 1C.",
                ),
                product=product.name,
                problem=str(ctx.humanize(line.errors[0])),
            )
        facts = ctx.products[product.id]
        lines.append(
            doc.InvoiceLine(
                name=facts.name,
                quantity=line.quantity,
                unit=facts.unit,
                price=line.base_price or ZERO,
                amount=line.amount,
                article=facts.article,
                discount=line.discount_amount,
            )
        )
    mode = _vat_mode([ln.vat_rate for ln in priced.lines], ctx.prices_include_vat)
    vat = (
        _vat_by_rate([(ln.vat_rate, ln.vat_amount) for ln in priced.lines])
        if mode is not doc.VatMode.NONE
        else ()
    )
    total = sum((ln.amount for ln in priced.lines), ZERO)
    vat_total = sum((v.amount for v in vat), ZERO)
    organization_id = _organization_id(session, ctx.organization_id)
    head, _ = _signatories(session, organization_id, on)
    deferral = ctx.deferral_days(on)
    return doc.OfferData(
        number=number or f"КП-{on:%y%m%d}",
        date=on,
        supplier=options.company or company_party(session, organization_id),
        addressee=client_party(session, client, ctx.legal_entity_id),
        lines=tuple(lines),
        vat_mode=mode,
        total=total,
        vat=vat,
        total_due=total + vat_total if mode is doc.VatMode.ON_TOP else total,
        valid_until=on + timedelta(days=options.offer_valid_days),
        manager=_manager_contact(session, client, options),
        intro="Благодарим за интерес к нашей продукции. Предлагаем следующие товары "
        "по ценам, действующим для вашей компании:",
        payment_terms=(
            f"отсрочка платежа {deferral} дн. с даты отгрузки"
            if deferral
            else "предоплата или оплата в день отгрузки"
        ),
        delivery_terms=(
            f"отгрузка в течение {ctx.agreement_delivery_days} дн. после подтверждения заказа"
            if ctx.agreement_delivery_days
            else "отгрузка со склада после подтверждения заказа"
        ),
        signatory=head,
        not_public_offer=options.not_public_offer,
        logo=options.logo,
    )


@dataclass(frozen=True)
class _Movement:
    day: date
    title: str
    debit: Decimal
    credit: Decimal


def _movements(session: Session, client_id: str, after: date | None) -> list[_Movement]:
    """Posted shipments (debit), returns and payments (credit) of a client, oldest first."""
    since = datetime.combine(after, datetime.min.time()) if after else datetime.min
    out: list[_Movement] = []

    def label(kind: str, d: datetime, number: str | None) -> str:
        return f"{kind} ({d:%d.%m.%Y} № {number or '—'})"

    for s in session.scalars(
        select(Shipment).where(
            Shipment.client_id == client_id,
            Shipment.posted.is_(True),
            Shipment.deletion_mark.is_(False),
            Shipment.date >= since,
        )
    ):
        out.append(_Movement(s.date.date(), label("Продажа", s.date, s.number), s.amount, ZERO))
    for r in session.scalars(
        select(CustomerReturn).where(
            CustomerReturn.client_id == client_id,
            CustomerReturn.posted.is_(True),
            CustomerReturn.deletion_mark.is_(False),
            CustomerReturn.date >= since,
        )
    ):
        out.append(_Movement(r.date.date(), label("Возврат", r.date, r.number), ZERO, r.amount))
    allocated = set(
        session.scalars(
            select(PaymentAllocation.payment_id).where(PaymentAllocation.client_id == client_id)
        )
    )
    payments = session.scalars(
        select(Payment)
        .options(selectinload(Payment.allocations))
        .where(
            or_(Payment.client_id == client_id, Payment.id.in_(list(allocated))),
            Payment.posted.is_(True),
            Payment.deletion_mark.is_(False),
            Payment.date >= since,
        )
    )
    for p in payments:
        # One payment may settle several clients: count only this client's share.
        share = (
            sum((a.amount for a in p.allocations if a.client_id == client_id), ZERO)
            if p.allocations
            else p.amount
        )
        if share:
            out.append(_Movement(p.date.date(), label("Оплата", p.date, p.number), ZERO, share))
    out.sort(key=lambda m: (m.day, m.credit > 0, m.title))
    return out


def reconciliation_for_client(
    session: Session,
    client: Client,
    start: date,
    end: date,
    *,
    today: date | None = None,
    options: PrintOptions | None = None,
) -> doc.ReconciliationData:
    """The statement for `client` over [start, end].

    The balance is anchored on 1C's settlements snapshot (debt less prepayment now) and walked
    back through the documents, so a period older than the cached history still opens with the
    balance 1C would show, and the closing balance at today equals the receivables view.
    """
    _require_current(client)
    options = options or PrintOptions()
    if start > end:
        raise _err(
            QT_TRANSLATE_NOOP(
                "Documents", "The period starts after it ends ({start} – {end}). Correct the dates."
            ),
            start=f"{start:%d.%m.%Y}",
            end=f"{end:%d.%m.%Y}",
        )
    balance_now = ZERO
    for debt, prepayment in session.execute(
        select(Settlement.debt, Settlement.prepayment).where(Settlement.client_id == client.id)
    ):
        balance_now += debt - prepayment
    movements = _movements(session, client.id, start)
    later = [m for m in movements if m.day > end]
    inside = [m for m in movements if start <= m.day <= end]
    closing = balance_now - sum((m.debit - m.credit for m in later), ZERO)
    debit = sum((m.debit for m in inside), ZERO)
    credit = sum((m.credit for m in inside), ZERO)
    opening = closing - debit + credit
    organization_id = _organization_id(session, None)
    head, accountant = _signatories(session, organization_id, end)
    contract = session.scalar(
        select(Contract)
        .where(Contract.client_id == client.id, Contract.deletion_mark.is_(False))
        .order_by(Contract.contract_date.desc())
    )
    return doc.ReconciliationData(
        date=today or date.today(),
        period_start=start,
        period_end=end,
        company=options.company or company_party(session, organization_id),
        counterparty=client_party(session, client),
        opening_balance=opening,
        rows=tuple(doc.ReconciliationRow(m.day, m.title, m.debit, m.credit) for m in inside),
        turnover_debit=debit,
        turnover_credit=credit,
        closing_balance=closing,
        contract=(contract.name if contract is not None else ""),
        company_signatory=head,
        company_accountant=accountant,
    )


_DOCUMENT_TITLES = {
    "Document_РеализацияТоваровУслуг": "Реализация товаров и услуг",
    "Document_ЗаказКлиента": "Заказ клиента",
}


def reminder_for_client(
    session: Session,
    client: Client,
    *,
    on: date | None = None,
    number: str = "",
    options: PrintOptions | None = None,
) -> doc.ReminderData:
    """A reminder listing the client's overdue settlement documents as of `on`."""
    from wholesale_desk.services.receivables import settlement_lines

    _require_current(client)
    options = options or PrintOptions()
    on = on or date.today()
    items = []
    for line in settlement_lines(session, client.id, on):
        if line.days_overdue <= 0 or line.debt <= 0:
            continue
        title = _DOCUMENT_TITLES.get(line.document_type, "Документ")
        doc_date = line.document_date or line.arisen_date or line.due_date or on
        items.append(
            doc.OverdueItem(
                document=f"{title} № {line.document_number or '—'}",
                document_date=doc_date,
                due_date=line.due_date or on,
                amount=line.debt,
                days_overdue=line.days_overdue,
            )
        )
    organization_id = _organization_id(session, None)
    head, _ = _signatories(session, organization_id, on)
    contract = session.scalar(
        select(Contract)
        .where(Contract.client_id == client.id, Contract.deletion_mark.is_(False))
        .order_by(Contract.contract_date.desc())
    )
    return doc.ReminderData(
        number=number or f"НП-{on:%y%m%d}",
        date=on,
        company=options.company or company_party(session, organization_id),
        debtor=client_party(session, client),
        items=tuple(items),
        total_overdue=sum((i.amount for i in items), ZERO),
        manager=_manager_contact(session, client, options),
        pay_by=on + timedelta(days=options.reminder_pay_days),
        contract=contract.name if contract is not None else "",
        signatory=head,
        logo=options.logo,
        payment_qr=options.payment_qr,
    )


def reminder_for_invoice(
    session: Session,
    invoice_id: str,
    *,
    on: date | None = None,
    number: str = "",
    options: PrintOptions | None = None,
) -> doc.ReminderData:
    """A reminder about one unpaid invoice: what is still owed on it, and by when it was due.

    Unlike the client's reminder (overdue settlement documents), it can be sent before the
    due date too; the letter then speaks of an unpaid, not an overdue, debt.
    """
    from wholesale_desk.services import invoices

    options = options or PrintOptions()
    on = on or date.today()
    invoice = session.get(Invoice, invoice_id)
    client = session.get(Client, invoice.client_id) if invoice is not None else None
    if invoice is None or client is None:
        raise _err(QT_TRANSLATE_NOOP("Documents", "The invoice is not in the local store."))
    status = invoices.statuses(session, [invoice], on)[invoice.id]
    if status.settled:
        raise _err(
            QT_TRANSLATE_NOOP(
                "Documents", "Invoice {number} is paid: there is nothing to remind about."
            ),
            number=invoice.number or "",
        )
    order = session.get(Order, invoice.order_id) if invoice.order_id else None
    shown = invoice.number or (order.number if order is not None else "") or "—"
    due = status.due_date or invoice.date.date()
    item = doc.OverdueItem(
        document=f"Счет на оплату № {shown}",
        document_date=invoice.date.date(),
        due_date=due,
        amount=status.outstanding,
        days_overdue=max((on - due).days, 0),
    )
    organization_id = _organization_id(session, invoice.organization_id)
    head, _ = _signatories(session, organization_id, on)
    contract = session.get(Contract, invoice.contract_id) if invoice.contract_id else None
    return doc.ReminderData(
        number=number or f"НП-{on:%y%m%d}",
        date=on,
        company=options.company or company_party(session, organization_id),
        debtor=client_party(session, client, invoice.legal_entity_id),
        items=(item,),
        total_overdue=item.amount,
        manager=_manager_contact(session, client, options),
        pay_by=max(due, on + timedelta(days=options.reminder_pay_days)),
        contract=contract.name if contract is not None else "",
        signatory=head,
        logo=options.logo,
        payment_qr=options.payment_qr,
    )
