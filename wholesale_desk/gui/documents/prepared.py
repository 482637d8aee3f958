"""A rendered document with what printing and e-mailing it needs: bytes, file name, addressees.

Qt-free, so the background op that reads the store and renders the PDF can build it whole; the
preview and send dialogs then never touch the store on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from wholesale_desk import documents as doc
from wholesale_desk.i18n import Text
from wholesale_desk.models import Client, Contact, Invoice, Manager, Order
from wholesale_desk.services import documents as builders
from wholesale_desk.services import invoices
from wholesale_desk.services.mail_outbox import split_addresses

_TITLES = {
    doc.InvoiceData: "Счет на оплату",
    doc.OfferData: "Коммерческое предложение",
    doc.ReconciliationData: "Акт сверки взаимных расчетов",
    doc.ReminderData: "Напоминание об оплате",
}


@dataclass(frozen=True)
class Addressee:
    """An e-mail address the send dialog proposes, with whose it is."""

    email: str
    name: str = ""
    contact_id: str | None = None

    @property
    def label(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email


@dataclass(frozen=True)
class PreparedDocument:
    """A document ready to preview, print, save and send."""

    data: doc.DocumentData
    pdf: bytes
    filename: str
    client_id: str | None = None
    client_name: str = ""
    manager_name: str = ""
    addressees: tuple[Addressee, ...] = field(default_factory=tuple)
    notice: Text | None = None  # e.g. why the payment QR code is not on the paper

    @property
    def kind(self) -> str:
        """The document's Russian name, as printed: "Счет на оплату"."""
        return _TITLES[type(self.data)]

    @property
    def number(self) -> str:
        return getattr(self.data, "number", "") or ""

    @property
    def date(self) -> date:
        return self.data.date

    @property
    def title(self) -> str:
        """ "Счет на оплату № ТД00-000123 от 05.03.2026"; a statement names its period."""
        data = self.data
        if isinstance(data, doc.ReconciliationData):
            return f"{self.kind} за {data.period_start:%d.%m.%Y} – {data.period_end:%d.%m.%Y}"
        number = f" № {self.number}" if self.number else ""
        return f"{self.kind}{number} от {self.date:%d.%m.%Y}"

    @property
    def company_name(self) -> str:
        data = self.data
        party = data.supplier if isinstance(data, doc.InvoiceData | doc.OfferData) else data.company
        return party.name

    @property
    def counterparty_name(self) -> str:
        data = self.data
        if isinstance(data, doc.InvoiceData):
            return data.buyer.name
        if isinstance(data, doc.OfferData):
            return data.addressee.name
        if isinstance(data, doc.ReconciliationData):
            return data.counterparty.name
        return data.debtor.name

    def fields(self, manager: str = "") -> dict[str, str]:
        """The message template's placeholders."""
        return {
            "title": self.title,
            "document": self.kind,
            "number": self.number,
            "date": f"{self.date:%d.%m.%Y}",
            "client": self.counterparty_name or self.client_name,
            "manager": manager or self.manager_name,
            "company": self.company_name,
        }


def fill_template(template: str, values: dict[str, str]) -> str:
    """Fill `{placeholders}`; an unknown or broken one stays as typed rather than failing."""
    out = template
    for key, value in values.items():
        out = out.replace("{" + key + "}", value)
    return out


def addressees(session: Session, client: Client) -> tuple[Addressee, ...]:
    """The client's contacts' e-mails first (the people who pay), then the client's own."""
    found: list[Addressee] = []
    seen: set[str] = set()
    contacts = session.scalars(
        select(Contact)
        .where(Contact.client_id == client.id, Contact.deletion_mark.is_(False))
        .order_by(Contact.name)
    )
    for contact in contacts:
        for email in split_addresses(contact.email or ""):
            if email.lower() not in seen:
                seen.add(email.lower())
                found.append(Addressee(email, contact.name, contact.id))
    for email in split_addresses(client.email or ""):
        if email.lower() not in seen:
            seen.add(email.lower())
            found.append(Addressee(email, client.name))
    return tuple(found)


def prepare(session: Session, data: doc.DocumentData, client: Client | None) -> PreparedDocument:
    """Render `data` and gather the client's addressees and manager."""
    pdf = doc.render(data)
    manager = session.get(Manager, client.manager_id) if client and client.manager_id else None
    return PreparedDocument(
        data=data,
        pdf=pdf,
        filename=doc.suggested_filename(data),
        client_id=client.id if client else None,
        client_name=client.name if client else "",
        manager_name=manager.name if manager else "",
        addressees=addressees(session, client) if client else (),
        notice=builders.payment_qr_notice(data),
    )


def _client(session: Session, client_id: str) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        return builders.find_client(session, client_id)  # raises the "no such client" message
    return client


def invoice(
    session: Session, order_id: str, options: builders.PrintOptions | None = None
) -> PreparedDocument:
    order = session.get(Order, order_id) or builders.find_order(session, order_id)
    data = builders.invoice_for_order(session, order, options)
    # Printing from an order issues its invoice: recorded and queued for 1C once.
    data = invoices.issue(session, order, data)
    session.commit()
    return prepare(session, data, session.get(Client, order.client_id))


def offer(
    session: Session,
    client_id: str,
    products: Sequence[tuple[str, Decimal]],
    options: builders.PrintOptions | None = None,
) -> PreparedDocument:
    client = _client(session, client_id)
    chosen = [(builders.find_product(session, pid), qty) for pid, qty in products]
    data = builders.offer_for_client(session, client, chosen, options=options)
    return prepare(session, data, client)


def reconciliation(
    session: Session,
    client_id: str,
    start: date,
    end: date,
    options: builders.PrintOptions | None = None,
) -> PreparedDocument:
    client = _client(session, client_id)
    data = builders.reconciliation_for_client(session, client, start, end, options=options)
    return prepare(session, data, client)


def reminder(
    session: Session, client_id: str, options: builders.PrintOptions | None = None
) -> PreparedDocument:
    client = _client(session, client_id)
    data = builders.reminder_for_client(session, client, options=options)
    return prepare(session, data, client)


def invoice_reminder(
    session: Session, invoice_id: str, options: builders.PrintOptions | None = None
) -> PreparedDocument:
    """The reminder about one unpaid invoice (Receivables → Invoices)."""
    data = builders.reminder_for_invoice(session, invoice_id, options=options)
    invoice = session.get(Invoice, invoice_id)
    client = session.get(Client, invoice.client_id) if invoice is not None else None
    return prepare(session, data, client)
