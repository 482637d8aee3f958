"""The domain model of the local store (SQLAlchemy 2.0 typed ORM).

References between 1C objects are plain indexed columns, not foreign keys: the cache holds only
what the user's 1C rights show (a document may name a manager or client we never receive) and
sync writes objects in whatever order 1C pages them. Foreign keys tie only a table part to its
owner. Every row that mirrors a 1C object is keyed by that object's `Ref_Key` (`id`), so a pulled row
and a locally created one are the same thing: a local row gets a fresh GUID at creation and that
GUID becomes its `Ref_Key` when it is pushed. `data_version` is 1C's `DataVersion` as last seen
(None: never seen in 1C). Dates from 1C are the 1C server's local time, stored naive.
Money, quantities and percentages are exact `Decimal`s (see `columns.py`).
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from wholesale_desk.columns import Money, Percent, Quantity

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_guid() -> str:
    """A client-generated GUID: the future 1C `Ref_Key` of a locally created object."""
    return str(uuid.uuid4())


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads it as a class attribute
        str: String(),
        Decimal: Money(),
        datetime: DateTime(),
        date: Date(),
        bool: Boolean(),
    }


class OneCObject:
    """Columns every mirrored 1C object has."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_guid)
    data_version: Mapped[str | None] = mapped_column(default=None)
    deletion_mark: Mapped[bool] = mapped_column(default=False)
    # Gone from 1C (no longer listed) but kept because unsent local work refers to it.
    removed_in_1c: Mapped[bool] = mapped_column(default=False)

    @hybrid_property
    def is_current(self) -> bool:
        """Still in 1C and not marked for deletion there: what lists, searches, look-ups,
        reminders and exports show. The one home of this rule (`current_sql` for raw SQL)."""
        return not (self.deletion_mark or self.removed_in_1c)

    @is_current.inplace.expression
    @classmethod
    def _is_current_expression(cls) -> ColumnElement[bool]:
        return ~(cls.deletion_mark | cls.removed_in_1c)


def current_sql(alias: str) -> str:
    """`OneCObject.is_current` in raw SQL over the table alias `alias`."""
    return f"({alias}.removed_in_1c = 0 AND {alias}.deletion_mark = 0)"


class OneCDocument(OneCObject):
    """Documents add a number, a date and whether 1C posted them."""

    number: Mapped[str | None] = mapped_column(default=None)
    date: Mapped[datetime] = mapped_column(index=True)
    posted: Mapped[bool] = mapped_column(default=False)


# --- people and classification ---------------------------------------------------------------
class Manager(OneCObject, Base):
    """A 1C user: our salesperson responsible for clients (Catalog_Пользователи)."""

    __tablename__ = "managers"
    name: Mapped[str]


class Segment(OneCObject, Base):
    __tablename__ = "segments"
    name: Mapped[str]


class Region(OneCObject, Base):
    """A business region (Catalog_БизнесРегионы)."""

    __tablename__ = "regions"
    name: Mapped[str]


class ClientSegment(Base):
    """Segment membership (InformationRegister_ПартнерыСегмента), a snapshot."""

    __tablename__ = "client_segments"
    client_id: Mapped[str] = mapped_column(primary_key=True)
    segment_id: Mapped[str] = mapped_column(primary_key=True)


class Client(OneCObject, Base):
    """The business we sell to (Catalog_Партнеры with Клиент = true)."""

    __tablename__ = "clients"
    code: Mapped[str | None] = mapped_column(default=None, index=True)
    name: Mapped[str] = mapped_column(index=True)
    full_name: Mapped[str] = mapped_column(default="")
    manager_id: Mapped[str | None] = mapped_column(default=None, index=True)
    region_id: Mapped[str | None] = mapped_column(default=None)
    phone: Mapped[str] = mapped_column(default="")
    email: Mapped[str] = mapped_column(default="")
    address: Mapped[str] = mapped_column(default="")
    city: Mapped[str] = mapped_column(default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    # Raw КонтактнаяИнформация rows as JSON, for what we do not map to columns.
    contact_info: Mapped[str] = mapped_column(Text, default="[]")

    manager: Mapped[Manager | None] = relationship(
        primaryjoin="foreign(Client.manager_id) == Manager.id", viewonly=True
    )
    region: Mapped[Region | None] = relationship(
        primaryjoin="foreign(Client.region_id) == Region.id", viewonly=True
    )
    legal_entities: Mapped[list[LegalEntity]] = relationship(
        primaryjoin="Client.id == foreign(LegalEntity.client_id)", viewonly=True
    )
    contacts: Mapped[list[Contact]] = relationship(
        primaryjoin="Client.id == foreign(Contact.client_id)", viewonly=True
    )
    segments: Mapped[list[Segment]] = relationship(
        secondary="client_segments",
        primaryjoin="Client.id == foreign(ClientSegment.client_id)",
        secondaryjoin="foreign(ClientSegment.segment_id) == Segment.id",
        viewonly=True,
    )


class LegalEntity(OneCObject, Base):
    """A client's registered company or sole trader (Catalog_Контрагенты)."""

    __tablename__ = "legal_entities"
    client_id: Mapped[str | None] = mapped_column(default=None, index=True)
    name: Mapped[str]
    full_name: Mapped[str] = mapped_column(default="")
    inn: Mapped[str] = mapped_column(default="", index=True)
    kpp: Mapped[str] = mapped_column(default="")
    ogrn: Mapped[str] = mapped_column(default="")
    kind: Mapped[str] = mapped_column(default="")  # ЮрФизЛицо enum name, e.g. "ЮрЛицо"
    legal_address: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(default="")

    client: Mapped[Client | None] = relationship(
        primaryjoin="foreign(LegalEntity.client_id) == Client.id", viewonly=True
    )


class Contract(OneCObject, Base):
    """A contract with a legal entity (Catalog_ДоговорыКонтрагентов): holds the credit limit."""

    __tablename__ = "contracts"
    legal_entity_id: Mapped[str | None] = mapped_column(default=None, index=True)
    client_id: Mapped[str | None] = mapped_column(default=None, index=True)
    name: Mapped[str] = mapped_column(default="")
    contract_number: Mapped[str] = mapped_column(default="")
    contract_date: Mapped[date | None] = mapped_column(default=None)
    limit_debt: Mapped[bool] = mapped_column(default=False)
    credit_limit: Mapped[Decimal | None] = mapped_column(Money(), default=None)
    forbid_overdue: Mapped[bool] = mapped_column(default=False)


class Contact(OneCObject, Base):
    """A person at the client (Catalog_КонтактныеЛицаПартнеров)."""

    __tablename__ = "contacts"
    client_id: Mapped[str] = mapped_column(index=True)
    name: Mapped[str]
    position: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(default="")
    email: Mapped[str] = mapped_column(default="")
    birthday: Mapped[date | None] = mapped_column(default=None)
    contact_info: Mapped[str] = mapped_column(Text, default="[]")

    client: Mapped[Client] = relationship(
        primaryjoin="foreign(Contact.client_id) == Client.id", viewonly=True
    )


# --- our company -----------------------------------------------------------------------------
class Organization(OneCObject, Base):
    """Our own company (Catalog_Организации): the supplier on invoices."""

    __tablename__ = "organizations"
    name: Mapped[str]
    full_name: Mapped[str] = mapped_column(default="")
    inn: Mapped[str] = mapped_column(default="")
    kpp: Mapped[str] = mapped_column(default="")
    ogrn: Mapped[str] = mapped_column(default="")
    address: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(default="")


class Bank(OneCObject, Base):
    """A bank of the classifier (Catalog_КлассификаторБанков)."""

    __tablename__ = "banks"
    bik: Mapped[str] = mapped_column(index=True)
    name: Mapped[str]
    corr_account: Mapped[str] = mapped_column(default="")
    city: Mapped[str] = mapped_column(default="")


class BankAccount(OneCObject, Base):
    """Our company's settlement account (Catalog_БанковскиеСчетаОрганизаций)."""

    __tablename__ = "bank_accounts"
    organization_id: Mapped[str] = mapped_column(index=True)
    bank_id: Mapped[str | None] = mapped_column(default=None)
    account: Mapped[str]
    name: Mapped[str] = mapped_column(default="")

    bank: Mapped[Bank | None] = relationship(
        primaryjoin="foreign(BankAccount.bank_id) == Bank.id", viewonly=True
    )


class Signatory(OneCObject, Base):
    """A responsible person (Catalog_ОтветственныеЛицаОрганизаций): director, chief accountant."""

    __tablename__ = "signatories"
    organization_id: Mapped[str] = mapped_column(index=True)
    role: Mapped[str]  # enum name: "Руководитель", "ГлавныйБухгалтер"
    name: Mapped[str]
    position: Mapped[str] = mapped_column(default="")
    valid_from: Mapped[date | None] = mapped_column(default=None)
    valid_to: Mapped[date | None] = mapped_column(default=None)


# --- catalogue -------------------------------------------------------------------------------
class Unit(OneCObject, Base):
    __tablename__ = "units"
    name: Mapped[str]


class VatRate(OneCObject, Base):
    """A VAT rate item (Catalog_СтавкиНДС); `rate` None means "без НДС"."""

    __tablename__ = "vat_rates"
    name: Mapped[str]
    rate: Mapped[Decimal | None] = mapped_column(Percent(), default=None)


class Warehouse(OneCObject, Base):
    __tablename__ = "warehouses"
    name: Mapped[str]


class PriceType(OneCObject, Base):
    """A price list (Catalog_ВидыЦен): wholesale, large wholesale, retail, purchase."""

    __tablename__ = "price_types"
    name: Mapped[str]
    includes_vat: Mapped[bool] = mapped_column(default=True)


class ProductGroup(OneCObject, Base):
    """A folder of products (Catalog_Номенклатура with IsFolder = true)."""

    __tablename__ = "product_groups"
    name: Mapped[str]
    parent_id: Mapped[str | None] = mapped_column(default=None, index=True)


class Product(OneCObject, Base):
    """An item we sell (Catalog_Номенклатура)."""

    __tablename__ = "products"
    code: Mapped[str] = mapped_column(default="", index=True)
    article: Mapped[str] = mapped_column(default="", index=True)
    name: Mapped[str] = mapped_column(index=True)
    group_id: Mapped[str | None] = mapped_column(default=None, index=True)
    unit_id: Mapped[str | None] = mapped_column(default=None)
    vat_rate_id: Mapped[str | None] = mapped_column(default=None)

    unit: Mapped[Unit | None] = relationship(
        primaryjoin="foreign(Product.unit_id) == Unit.id", viewonly=True
    )
    vat_rate: Mapped[VatRate | None] = relationship(
        primaryjoin="foreign(Product.vat_rate_id) == VatRate.id", viewonly=True
    )
    group: Mapped[ProductGroup | None] = relationship(
        primaryjoin="foreign(Product.group_id) == ProductGroup.id", viewonly=True
    )


class Price(Base):
    """The current price of a product in a price type (SliceLast of ЦеныНоменклатуры): a snapshot."""

    __tablename__ = "prices"
    price_type_id: Mapped[str] = mapped_column(primary_key=True)
    product_id: Mapped[str] = mapped_column(primary_key=True, index=True)
    price: Mapped[Decimal] = mapped_column(Money())
    period: Mapped[datetime | None] = mapped_column(default=None)


class Stock(Base):
    """Goods on hand per warehouse (Balance of ТоварыНаСкладах): a snapshot."""

    __tablename__ = "stock"
    product_id: Mapped[str] = mapped_column(primary_key=True)
    warehouse_id: Mapped[str] = mapped_column(primary_key=True)
    quantity: Mapped[Decimal] = mapped_column(Quantity())


# --- terms -----------------------------------------------------------------------------------
class PaymentSchedule(OneCObject, Base):
    """Payment stages (Catalog_ГрафикиОплаты): prepayment or credit after shipment."""

    __tablename__ = "payment_schedules"
    name: Mapped[str]
    stages: Mapped[list[PaymentScheduleStage]] = relationship(
        order_by="PaymentScheduleStage.line_no", cascade="all, delete-orphan"
    )


class PaymentScheduleStage(Base):
    __tablename__ = "payment_schedule_stages"
    schedule_id: Mapped[str] = mapped_column(
        ForeignKey("payment_schedules.id", ondelete="CASCADE"), primary_key=True
    )
    line_no: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str]  # ВариантОплаты enum name, e.g. "ПредоплатаДоОтгрузки", "КредитПослеОтгрузки"
    percent: Mapped[Decimal] = mapped_column(Percent())
    shift_days: Mapped[int] = mapped_column(default=0)


class Agreement(OneCObject, Base):
    """A client's individual terms (Catalog_СоглашенияСКлиентами); typical ones have no client."""

    __tablename__ = "agreements"
    client_id: Mapped[str | None] = mapped_column(default=None, index=True)
    name: Mapped[str] = mapped_column(default="")
    agreement_number: Mapped[str] = mapped_column(default="")
    is_typical: Mapped[bool] = mapped_column(default=False)
    segment_id: Mapped[str | None] = mapped_column(default=None)
    price_type_id: Mapped[str | None] = mapped_column(default=None)
    payment_schedule_id: Mapped[str | None] = mapped_column(default=None)
    warehouse_id: Mapped[str | None] = mapped_column(default=None)
    # ПроцентРучнойСкидки: not a discount but the cap on manual discounts under this agreement,
    # in force when `limit_manual_discounts` (ОграничиватьРучныеСкидки) is set.
    manual_discount_percent: Mapped[Decimal] = mapped_column(Percent(), default=Decimal(0))
    limit_manual_discounts: Mapped[bool] = mapped_column(default=False)
    prices_include_vat: Mapped[bool] = mapped_column(default=True)
    delivery_days: Mapped[int] = mapped_column(default=0)
    start_date: Mapped[date | None] = mapped_column(default=None)
    end_date: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(default="")  # enum name, e.g. "Действует"

    price_type: Mapped[PriceType | None] = relationship(
        primaryjoin="foreign(Agreement.price_type_id) == PriceType.id", viewonly=True
    )
    payment_schedule: Mapped[PaymentSchedule | None] = relationship(
        primaryjoin="foreign(Agreement.payment_schedule_id) == PaymentSchedule.id", viewonly=True
    )


# --- discount policy (УТ's СкидкиНаценки and the user's sales settings) ------------------------
class DiscountItem(OneCObject, Base):
    """An automatic discount or a group of them (Catalog_СкидкиНаценки).

    A group (`is_folder`) says how its members combine (`combine`: ВариантСовместногоПрименения
    name, e.g. "Максимум"); an item gives `percent` by `method` (СпособПредоставления name,
    "Процент" is the one the terms engine applies) when all of its conditions hold.
    """

    __tablename__ = "discount_items"
    name: Mapped[str] = mapped_column(default="")
    parent_id: Mapped[str | None] = mapped_column(default=None)
    is_folder: Mapped[bool] = mapped_column(default=False)
    method: Mapped[str] = mapped_column(default="")
    percent: Mapped[Decimal] = mapped_column(Percent(), default=Decimal(0))
    combine: Mapped[str] = mapped_column(default="")
    order_key: Mapped[Decimal] = mapped_column(Percent(), default=Decimal(0))
    conditions: Mapped[list[DiscountItemCondition]] = relationship(
        order_by="DiscountItemCondition.line_no", cascade="all, delete-orphan"
    )


class DiscountItemCondition(Base):
    """A discount's conditions (СкидкиНаценки.УсловияПредоставления): all must hold."""

    __tablename__ = "discount_item_conditions"
    discount_id: Mapped[str] = mapped_column(
        ForeignKey("discount_items.id", ondelete="CASCADE"), primary_key=True
    )
    line_no: Mapped[int] = mapped_column(primary_key=True)
    condition_id: Mapped[str | None] = mapped_column(default=None)


class DiscountCondition(OneCObject, Base):
    """A condition of discounts (Catalog_УсловияПредоставленияСкидокНаценок).

    The terms engine reads the sales-volume kinds (`kind` ЗаРазовыйОбъемПродаж /
    ЗаНакопленныйОбъемПродаж): `criterion` (Сумма, Количество, …), `comparison` (НеМенее /
    НеБолее), `threshold`, and for accumulated volume the `period` (Периодичность name),
    `period_variant` (ВариантОпределенияПериодаНакопительнойСкидки) and whether the current
    sale counts. Other kinds are kept so an explanation can name what it skipped.
    """

    __tablename__ = "discount_conditions"
    name: Mapped[str] = mapped_column(default="")
    is_folder: Mapped[bool] = mapped_column(default=False)
    kind: Mapped[str] = mapped_column(default="")
    criterion: Mapped[str] = mapped_column(default="")
    comparison: Mapped[str] = mapped_column(default="")
    threshold: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    period: Mapped[str] = mapped_column(default="")
    period_variant: Mapped[str] = mapped_column(default="")
    period_count: Mapped[int] = mapped_column(default=0)
    include_current: Mapped[bool] = mapped_column(default=False)


class DiscountAction(Base):
    """Where a discount acts (InformationRegister_ДействиеСкидокНаценок), a snapshot of every
    record: from `period` on, `status` (Действует / НеДействует) for the `source` (an agreement,
    a loyalty card kind or a warehouse; `source_type` is its entity set)."""

    __tablename__ = "discount_actions"
    row_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_id: Mapped[str | None] = mapped_column(default=None, index=True)
    source_type: Mapped[str] = mapped_column(default="")
    discount_id: Mapped[str | None] = mapped_column(default=None)
    period: Mapped[datetime | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(default="")
    segment_id: Mapped[str | None] = mapped_column(default=None)


class UserGroup(OneCObject, Base):
    """A 1C user group (Catalog_ГруппыПользователей) with its members (Состав)."""

    __tablename__ = "user_groups"
    name: Mapped[str] = mapped_column(default="")
    parent_id: Mapped[str | None] = mapped_column(default=None)
    members: Mapped[list[UserGroupMember]] = relationship(
        order_by="UserGroupMember.line_no", cascade="all, delete-orphan"
    )


class UserGroupMember(Base):
    __tablename__ = "user_group_members"
    group_id: Mapped[str] = mapped_column(
        ForeignKey("user_groups.id", ondelete="CASCADE"), primary_key=True
    )
    line_no: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[str | None] = mapped_column(default=None, index=True)


class UserSalesSetting(OneCObject, Base):
    """A user's or a user group's sales settings (Catalog_НастройкиПродажДляПользователей):
    with `limit_manual` (ОграничиватьРучныеСкидки), manual discounts up to `manual_percent`."""

    __tablename__ = "user_sales_settings"
    name: Mapped[str] = mapped_column(default="")
    owner_id: Mapped[str | None] = mapped_column(default=None, index=True)
    owner_type: Mapped[str] = mapped_column(default="")
    limit_manual: Mapped[bool] = mapped_column(default=False)
    manual_percent: Mapped[Decimal] = mapped_column(Percent(), default=Decimal(0))


# --- documents -------------------------------------------------------------------------------
class OrderState(enum.StrEnum):
    """Where an order stands in its life; the first ones are ours, the rest come back from 1C."""

    DRAFT = "draft"
    NEEDS_APPROVAL = "needs_approval"
    APPROVED = "approved"
    QUEUED = "queued"  # in the outbox, waiting for the network
    SENT = "sent"  # delivered, awaiting 1C's answer on the next pull
    ACCEPTED = "accepted"  # 1C holds it and gave it a number
    POSTED = "posted"
    SHIPPED_PARTLY = "shipped_partly"
    SHIPPED = "shipped"
    PAID = "paid"
    CANCELLED = "cancelled"
    REJECTED = "rejected"  # 1C refused it; `reject_message` holds 1C's words


class Order(OneCDocument, Base):
    """A customer order (Document_ЗаказКлиента)."""

    __tablename__ = "orders"
    client_id: Mapped[str] = mapped_column(index=True)
    legal_entity_id: Mapped[str | None] = mapped_column(default=None)
    agreement_id: Mapped[str | None] = mapped_column(default=None)
    contract_id: Mapped[str | None] = mapped_column(default=None)
    organization_id: Mapped[str | None] = mapped_column(default=None)
    warehouse_id: Mapped[str | None] = mapped_column(default=None)
    manager_id: Mapped[str | None] = mapped_column(default=None, index=True)
    price_type_id: Mapped[str | None] = mapped_column(default=None)
    status_1c: Mapped[str] = mapped_column(default="")  # Статус: НеСогласован, КОтгрузке, …
    state: Mapped[str] = mapped_column(default=OrderState.DRAFT.value, index=True)
    shipment_date: Mapped[date | None] = mapped_column(default=None)
    delivery_address: Mapped[str] = mapped_column(default="")
    prices_include_vat: Mapped[bool] = mapped_column(default=True)
    amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))  # СуммаДокумента
    manual_discount_percent: Mapped[Decimal] = mapped_column(Percent(), default=Decimal(0))
    bonus_redeemed: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    comment: Mapped[str] = mapped_column(Text, default="")
    approval_reasons: Mapped[str] = mapped_column(Text, default="")
    approved_by: Mapped[str | None] = mapped_column(default=None)
    approved_1c: Mapped[bool] = mapped_column(default=False)  # Согласован
    approved_at: Mapped[datetime | None] = mapped_column(default=None)  # ДатаСогласования
    reject_message: Mapped[str] = mapped_column(Text, default="")
    created_locally: Mapped[bool] = mapped_column(default=False)

    client: Mapped[Client] = relationship(
        primaryjoin="foreign(Order.client_id) == Client.id", viewonly=True
    )
    lines: Mapped[list[OrderLine]] = relationship(
        order_by="OrderLine.line_no", cascade="all, delete-orphan"
    )
    payment_stages: Mapped[list[OrderPaymentStage]] = relationship(
        order_by="OrderPaymentStage.line_no", cascade="all, delete-orphan"
    )


class _GoodsLine:
    """Columns shared by the goods table parts of orders, shipments and returns."""

    line_no: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[str | None] = mapped_column(default=None, index=True)
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    price: Mapped[Decimal] = mapped_column(Money())
    amount: Mapped[Decimal] = mapped_column(Money())  # Сумма: after discounts
    vat_rate_id: Mapped[str | None] = mapped_column(default=None)
    vat_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    total: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))  # СуммаСНДС


class OrderLine(_GoodsLine, Base):
    __tablename__ = "order_lines"
    order_id: Mapped[str] = mapped_column(
        ForeignKey("orders.id", ondelete="CASCADE"), primary_key=True
    )
    price_type_id: Mapped[str | None] = mapped_column(default=None)
    manual_discount_percent: Mapped[Decimal] = mapped_column(Percent(), default=Decimal(0))
    manual_discount_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    auto_discount_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    cancelled: Mapped[bool] = mapped_column(default=False)
    # Loyalty points spent on this line (СуммаБонусныхБалловКСписанию): 1C holds them per line,
    # so every laptop derives the same bonus balance from the orders it syncs.
    bonus_redeemed: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0), server_default="0")

    product: Mapped[Product | None] = relationship(
        primaryjoin="OrderLine.product_id == Product.id", foreign_keys="OrderLine.product_id"
    )


class OrderPaymentStage(Base):
    """A stage of the order's payment schedule (ЭтапыГрафикаОплаты)."""

    __tablename__ = "order_payment_stages"
    order_id: Mapped[str] = mapped_column(
        ForeignKey("orders.id", ondelete="CASCADE"), primary_key=True
    )
    line_no: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(default="")
    due_date: Mapped[date | None] = mapped_column(default=None)
    percent: Mapped[Decimal] = mapped_column(Percent(), default=Decimal(0))
    amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))


class Shipment(OneCDocument, Base):
    """Goods shipped (Document_РеализацияТоваровУслуг): creates the debt."""

    __tablename__ = "shipments"
    client_id: Mapped[str] = mapped_column(index=True)
    legal_entity_id: Mapped[str | None] = mapped_column(default=None)
    order_id: Mapped[str | None] = mapped_column(default=None, index=True)
    agreement_id: Mapped[str | None] = mapped_column(default=None)
    warehouse_id: Mapped[str | None] = mapped_column(default=None)
    manager_id: Mapped[str | None] = mapped_column(default=None)
    status_1c: Mapped[str] = mapped_column(default="")
    prices_include_vat: Mapped[bool] = mapped_column(default=True)
    amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))

    lines: Mapped[list[ShipmentLine]] = relationship(
        order_by="ShipmentLine.line_no", cascade="all, delete-orphan"
    )


class ShipmentLine(_GoodsLine, Base):
    __tablename__ = "shipment_lines"
    shipment_id: Mapped[str] = mapped_column(
        ForeignKey("shipments.id", ondelete="CASCADE"), primary_key=True
    )


class CustomerReturn(OneCDocument, Base):
    """Goods back from the client (Document_ВозвратТоваровОтКлиента)."""

    __tablename__ = "returns"
    client_id: Mapped[str] = mapped_column(index=True)
    legal_entity_id: Mapped[str | None] = mapped_column(default=None)
    shipment_id: Mapped[str | None] = mapped_column(default=None)
    order_id: Mapped[str | None] = mapped_column(default=None)
    warehouse_id: Mapped[str | None] = mapped_column(default=None)
    prices_include_vat: Mapped[bool] = mapped_column(default=True)
    amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))

    lines: Mapped[list[ReturnLine]] = relationship(
        order_by="ReturnLine.line_no", cascade="all, delete-orphan"
    )


class ReturnLine(_GoodsLine, Base):
    __tablename__ = "return_lines"
    return_id: Mapped[str] = mapped_column(
        ForeignKey("returns.id", ondelete="CASCADE"), primary_key=True
    )


class Invoice(OneCDocument, Base):
    """A счёт на оплату (Document_СчетНаОплатуКлиенту): what a client was asked to pay.

    Printed from an order, it is written here with our own key and reaches 1C through the
    outbox once; 1C's number comes back with the push or the next sync. Whether it is paid is
    not stored: `services.invoices` sums the payments whose settlement document names it or
    its order.
    """

    __tablename__ = "invoices"
    client_id: Mapped[str] = mapped_column(index=True)
    legal_entity_id: Mapped[str | None] = mapped_column(default=None)
    organization_id: Mapped[str | None] = mapped_column(default=None)
    contract_id: Mapped[str | None] = mapped_column(default=None)
    manager_id: Mapped[str | None] = mapped_column(default=None)
    bank_account_id: Mapped[str | None] = mapped_column(default=None)
    order_id: Mapped[str | None] = mapped_column(default=None, index=True)  # ДокументОснование
    amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))  # СуммаДокумента
    due_date: Mapped[date | None] = mapped_column(default=None)  # ЭтапыГрафикаОплаты.ДатаПлатежа
    purpose: Mapped[str] = mapped_column(Text, default="")  # НазначениеПлатежа
    cancelled: Mapped[bool] = mapped_column(default=False)  # Аннулирован
    created_locally: Mapped[bool] = mapped_column(default=False)


class PaymentKind(enum.StrEnum):
    BANK = "bank"  # Document_ПоступлениеБезналичныхДенежныхСредств
    CASH = "cash"  # Document_ПриходныйКассовыйОрдер


class Payment(OneCDocument, Base):
    """Money received from a client; one payment may settle several clients' documents."""

    __tablename__ = "payments"
    kind: Mapped[str] = mapped_column(default=PaymentKind.BANK.value)
    client_id: Mapped[str | None] = mapped_column(default=None, index=True)
    amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    comment: Mapped[str] = mapped_column(Text, default="")

    allocations: Mapped[list[PaymentAllocation]] = relationship(
        order_by="PaymentAllocation.line_no", cascade="all, delete-orphan"
    )


class PaymentAllocation(Base):
    """A row of РасшифровкаПлатежа: which client and which document the money settles."""

    __tablename__ = "payment_allocations"
    payment_id: Mapped[str] = mapped_column(
        ForeignKey("payments.id", ondelete="CASCADE"), primary_key=True
    )
    line_no: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[str | None] = mapped_column(default=None, index=True)
    basis_id: Mapped[str | None] = mapped_column(default=None)  # ОснованиеПлатежа
    basis_type: Mapped[str] = mapped_column(default="")
    amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))


class Settlement(Base):
    """What a client owes per settlement document, with its due date: a snapshot of 1C's
    РасчетыСКлиентамиПоСрокам balance, replaced whole on every sync."""

    __tablename__ = "settlements"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_id: Mapped[str] = mapped_column(index=True)
    document_id: Mapped[str | None] = mapped_column(default=None)
    document_type: Mapped[str] = mapped_column(default="")  # e.g. "Document_РеализацияТоваровУслуг"
    arisen_date: Mapped[date | None] = mapped_column(default=None)
    due_date: Mapped[date | None] = mapped_column(default=None, index=True)
    debt: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    prepayment: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))


# --- relationship work -----------------------------------------------------------------------
class InteractionKind(enum.StrEnum):
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    NOTE = "note"
    COMPLAINT = "complaint"


class Interaction(OneCObject, Base):
    """A touchpoint on the timeline: calls and meetings mirror 1C documents; notes may be local."""

    __tablename__ = "interactions"
    kind: Mapped[str] = mapped_column(default=InteractionKind.CALL.value)
    number: Mapped[str | None] = mapped_column(default=None)
    client_id: Mapped[str | None] = mapped_column(default=None, index=True)
    contact_id: Mapped[str | None] = mapped_column(default=None)
    manager_id: Mapped[str | None] = mapped_column(default=None)
    start: Mapped[datetime] = mapped_column(index=True)
    end: Mapped[datetime | None] = mapped_column(default=None)
    incoming: Mapped[bool] = mapped_column(default=False)
    subject: Mapped[str] = mapped_column(default="")
    description: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[int | None] = mapped_column(default=None)  # 1..5
    promised_payment_date: Mapped[date | None] = mapped_column(default=None)
    promised_amount: Mapped[Decimal | None] = mapped_column(Money(), default=None)
    created_locally: Mapped[bool] = mapped_column(default=False)


class Task(Base):
    """A to-do with a due time, often the next step of an interaction."""

    __tablename__ = "tasks"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_guid)
    client_id: Mapped[str | None] = mapped_column(default=None, index=True)
    interaction_id: Mapped[str | None] = mapped_column(default=None)
    manager_id: Mapped[str | None] = mapped_column(default=None)
    title: Mapped[str]
    description: Mapped[str] = mapped_column(Text, default="")
    due: Mapped[datetime] = mapped_column(index=True)
    done_at: Mapped[datetime | None] = mapped_column(default=None)
    snoozed_until: Mapped[datetime | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=now)
    data_version: Mapped[str | None] = mapped_column(default=None)


class SalesPlan(Base):
    """A sales target for a manager (or the company when `manager_id` is None) and a month."""

    __tablename__ = "sales_plans"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    manager_id: Mapped[str | None] = mapped_column(default=None)
    month: Mapped[date]
    amount: Mapped[Decimal] = mapped_column(Money())
    __table_args__ = (UniqueConstraint("manager_id", "month"),)


# --- sync state ------------------------------------------------------------------------------
class Watermark(Base):
    """Named sync progress: resume points, snapshot "as of" times, the last completed sync."""

    __tablename__ = "watermarks"
    key: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=now)


class OutboxStatus(enum.StrEnum):
    PENDING = "pending"  # waiting for the network
    SENDING = "sending"  # a send began; on restart, look up before re-sending
    DONE = "done"
    REJECTED = "rejected"  # 1C's business error; waits for the user
    CONFLICT = "conflict"  # 1C's version moved on; waits for the user
    HELD = "held"  # waiting for approval or for an entry it depends on


class OutboxEntry(Base):
    """A local change on its way to 1C, delivered exactly once (client-given `Ref_Key`)."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(default=now)
    entity: Mapped[str]  # 1C entity set, e.g. "Document_ЗаказКлиента"
    ref_key: Mapped[str] = mapped_column(index=True)
    operation: Mapped[str]  # "create", "update", "post", "cancel", "delete"
    payload: Mapped[str] = mapped_column(Text, default="{}")  # JSON in 1C property names
    base_data_version: Mapped[str | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(default=OutboxStatus.PENDING.value, index=True)
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    depends_on: Mapped[int | None] = mapped_column(default=None)
    sent_at: Mapped[datetime | None] = mapped_column(default=None)


class Conflict(Base):
    """A local edit and a 1C change to the same object: neither overwritten until the user picks."""

    __tablename__ = "conflicts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str]
    ref_key: Mapped[str] = mapped_column(index=True)
    outbox_id: Mapped[int | None] = mapped_column(default=None)
    local_payload: Mapped[str] = mapped_column(Text, default="{}")
    remote_payload: Mapped[str] = mapped_column(Text, default="{}")
    base_data_version: Mapped[str | None] = mapped_column(default=None)
    remote_data_version: Mapped[str | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=now)
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    resolution: Mapped[str] = mapped_column(default="")  # "mine" / "theirs"


class SyncRun(Base):
    """One sync, for the sync log view."""

    __tablename__ = "sync_runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(default=now)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(default="running")  # running/ok/failed/cancelled
    stats: Mapped[str] = mapped_column(Text, default="{}")  # JSON figures per object
    error: Mapped[str] = mapped_column(Text, default="")
    cause: Mapped[str] = mapped_column(default="", server_default="")
    """Why a failed run failed (`sync.failure.Cause`), for the log in the user's language."""


class SyncIssue(Base):
    """Something a sync could not take (a malformed row), with the object it concerns."""

    __tablename__ = "sync_issues"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int | None] = mapped_column(
        ForeignKey("sync_runs.id", ondelete="CASCADE"), default=None, index=True
    )
    entity: Mapped[str] = mapped_column(default="")
    ref_key: Mapped[str] = mapped_column(default="")
    message: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=now)


Index("ix_orders_client_date", Order.client_id, Order.date)
Index("ix_shipments_client_date", Shipment.client_id, Shipment.date)
Index("ix_interactions_client_start", Interaction.client_id, Interaction.start)


# --- mail waiting offline --------------------------------------------------------------------
class MailStatus(enum.StrEnum):
    """Where a queued e-mail is; see `wholesale_desk.services.mail_outbox` for the protocol."""

    PENDING = "pending"  # waiting for the mail server (offline, or the last try failed)
    SENDING = "sending"  # a worker claimed it; the server has not been handed the message yet
    HANDED_OVER = "handed_over"  # DATA began: the server may have accepted it
    UNCONFIRMED = "unconfirmed"  # interrupted after DATA began: the user decides, never automatic
    SENT = "sent"


class MailOutboxEntry(Base):
    """An e-mail with its attachment, kept until the mail server accepts it (exactly once)."""

    __tablename__ = "mail_outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(default=now)
    client_id: Mapped[str | None] = mapped_column(default=None, index=True)
    interaction_id: Mapped[str | None] = mapped_column(default=None)
    recipients: Mapped[str]  # comma-separated addresses
    subject: Mapped[str] = mapped_column(default="")
    body: Mapped[str] = mapped_column(Text, default="")
    attachment_name: Mapped[str] = mapped_column(default="")
    attachment: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    message_id: Mapped[str] = mapped_column(default="")  # the same on every retry
    status: Mapped[str] = mapped_column(default=MailStatus.PENDING.value, index=True)
    claimed_by: Mapped[str] = mapped_column(default="")  # the process run that is sending it
    attempts: Mapped[int] = mapped_column(default=0)
    last_attempt_at: Mapped[datetime | None] = mapped_column(default=None)
    last_error: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None] = mapped_column(default=None)
