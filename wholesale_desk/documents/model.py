"""What a printed document needs, as plain frozen dataclasses.

The renderers know nothing of the store or the ORM: a service fills these from the domain model
(through the terms engine), a test or a benchmark fills them by hand. Every figure arrives already
computed; a renderer only checks that the figures agree with each other and prints them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path


class VatMode(StrEnum):
    """How VAT relates to the prices on the document (1C: "Налогообложение НДС")."""

    INSIDE = "inside"  # prices include VAT: "В том числе НДС"
    ON_TOP = "on_top"  # VAT is added to the prices: "Сумма НДС"
    NONE = "none"  # the seller does not charge VAT: "Без налога (НДС)"


@dataclass(frozen=True)
class BankDetails:
    """A settlement account: the bank grid at the top of an invoice."""

    bank_name: str  # "ПАО СБЕРБАНК г. Москва"
    bik: str
    correspondent_account: str
    account: str


@dataclass(frozen=True)
class Party:
    """A legal entity on a document: our company or a client's counterparty (Контрагент)."""

    name: str
    inn: str = ""
    kpp: str = ""  # sole traders have none
    address: str = ""
    phone: str = ""
    email: str = ""
    bank: BankDetails | None = None


@dataclass(frozen=True)
class Signatory:
    """A person who signs: "Руководитель ____ Иванов И. И."."""

    name: str  # "Иванов И. И."
    position: str = ""  # "Генеральный директор"


@dataclass(frozen=True)
class Contact:
    """The manager the reader should call or write to."""

    name: str
    phone: str = ""
    email: str = ""
    position: str = ""


@dataclass(frozen=True)
class VatAmount:
    """VAT of one rate on the document: the sum of the line VATs of that rate."""

    rate: Decimal | None  # Decimal("22"); None for "без НДС"
    amount: Decimal


@dataclass(frozen=True)
class InvoiceLine:
    """One goods row as the terms engine priced it: `price` is the price-list price, `discount`
    the discount amount, `amount` the line amount after discounts (not always price × quantity)."""

    name: str
    quantity: Decimal
    unit: str
    price: Decimal
    amount: Decimal
    article: str = ""
    discount: Decimal = Decimal("0.00")


@dataclass(frozen=True)
class InvoiceData:
    """Счёт на оплату, as 1C prints it.

    `total` is "Итого" (the sum of the line amounts), `vat` the VAT per rate, `total_due`
    "Всего к оплате" (`total`, plus VAT when it is on top, less loyalty bonuses redeemed).
    """

    number: str
    date: dt.date
    supplier: Party
    buyer: Party
    lines: tuple[InvoiceLine, ...]
    vat_mode: VatMode
    total: Decimal
    vat: tuple[VatAmount, ...]
    total_due: Decimal
    basis: str = ""  # "Основание": a contract or the order
    pay_by: dt.date | None = None
    head: Signatory | None = None
    accountant: Signatory | None = None
    logo: Path | None = None
    notice: str = ""  # 1C's optional "Внимание! Оплата данного счета означает согласие…"
    bonus_redeemed: Decimal = Decimal("0.00")  # loyalty points paying part of the order
    payment_qr: bool = True  # the ГОСТ Р 56042-2014 code beside the bank grid (a setting)


@dataclass(frozen=True)
class OfferData:
    """Коммерческое предложение at one client's prices and terms."""

    number: str
    date: dt.date
    supplier: Party
    addressee: Party
    lines: tuple[InvoiceLine, ...]
    vat_mode: VatMode
    total: Decimal
    vat: tuple[VatAmount, ...]
    total_due: Decimal
    valid_until: dt.date
    manager: Contact
    attention: str = ""  # "Генеральному директору Петрову П. П."
    intro: str = ""
    payment_terms: str = ""
    delivery_terms: str = ""
    signatory: Signatory | None = None
    not_public_offer: bool = True  # print "не является публичной офертой"
    logo: Path | None = None


@dataclass(frozen=True)
class ReconciliationRow:
    """One settlement document in our books: a shipment or refund is debit, a payment or return
    credit (from our side, the client's debt grows with debit)."""

    date: dt.date
    document: str  # "Продажа (05.03.2026 № ТД00-000123)"
    debit: Decimal = Decimal("0.00")
    credit: Decimal = Decimal("0.00")


@dataclass(frozen=True)
class ReconciliationData:
    """Акт сверки взаимных расчётов for one counterparty and period.

    Balances are signed from our side: positive means the counterparty owes us (debit),
    negative means we owe them (credit).
    """

    date: dt.date
    period_start: dt.date
    period_end: dt.date
    company: Party
    counterparty: Party
    opening_balance: Decimal
    rows: tuple[ReconciliationRow, ...]
    turnover_debit: Decimal
    turnover_credit: Decimal
    closing_balance: Decimal
    contract: str = ""  # "по договору № 15 от 10.01.2026"
    company_signatory: Signatory | None = None
    company_accountant: Signatory | None = None
    counterparty_signatory: Signatory | None = None
    number: str = ""


@dataclass(frozen=True)
class OverdueItem:
    """One overdue settlement document in a reminder; `days_overdue` as of the letter's date."""

    document: str
    document_date: dt.date
    due_date: dt.date
    amount: Decimal
    days_overdue: int


@dataclass(frozen=True)
class ReminderData:
    """A payment reminder letter to a client with overdue debt."""

    number: str
    date: dt.date
    company: Party
    debtor: Party
    items: tuple[OverdueItem, ...]
    total_overdue: Decimal
    manager: Contact
    attention: str = ""  # "Генеральному директору Петрову П. П."
    salutation: str = ""  # "Уважаемый Пётр Петрович!"
    pay_by: dt.date | None = None
    contract: str = ""
    signatory: Signatory | None = None
    logo: Path | None = None
    extra: tuple[str, ...] = field(default_factory=tuple)  # further paragraphs, printed as given
    payment_qr: bool = True  # a ГОСТ Р 56042-2014 code for the overdue total (a setting)


DocumentData = InvoiceData | OfferData | ReconciliationData | ReminderData


class StockShown(StrEnum):
    """How a price list shows what is on hand."""

    NONE = "none"
    BANDS = "bands"  # "в наличии" / "под заказ"
    WAREHOUSES = "warehouses"  # the quantity at each warehouse


@dataclass(frozen=True)
class PriceListLine:
    """One product on a price list. `price` None is "цена по запросу" (never 0).

    `price` is the price of one unit on the list's VAT basis (with VAT when the prices include
    it); `price_with_vat` is what one unit costs with VAT added on top (only on a list whose
    prices exclude VAT). `base_price` and `discount_percent` show where a client's price came
    from; `stock` follows `PriceListData.warehouses`.
    """

    article: str
    name: str
    unit: str
    vat_rate: Decimal | None
    price: Decimal | None
    code: str = ""
    product_id: str = ""
    base_price: Decimal | None = None
    discount_percent: Decimal = Decimal(0)
    price_with_vat: Decimal | None = None
    stock: tuple[Decimal, ...] = ()

    @property
    def in_stock(self) -> bool:
        return sum(self.stock, Decimal(0)) > 0


@dataclass(frozen=True)
class PriceListGroup:
    """A product group's section: "Бакалея / Крупы" and its products in name order."""

    title: str
    lines: tuple[PriceListLine, ...]


@dataclass(frozen=True)
class PriceListData:
    """Прайс-лист: one price type's prices, or one client's own prices, on a date.

    `vat_mode` is INSIDE when the prices include VAT, ON_TOP when VAT is added to them.
    """

    date: dt.date
    supplier: Party
    price_type: str
    groups: tuple[PriceListGroup, ...]
    vat_mode: VatMode
    stock_shown: StockShown = StockShown.NONE
    warehouses: tuple[str, ...] = ()
    client: Party | None = None
    client_name: str = ""
    with_discount: bool = False
    manager: Contact | None = None
    logo: Path | None = None
    number: str = ""

    @property
    def line_count(self) -> int:
        return sum(len(g.lines) for g in self.groups)
