"""A conflict as a sales manager reads it: titled fields, names instead of ids, money and dates
written out, order lines side by side (mine and 1C's) with the changed cells marked.

`sync.conflicts` holds both versions in the store's column names; this turns them into words.
The GUI only lays the result out; the titles are `Text` so the CLI could show them too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.orm import Session

from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, text
from wholesale_desk.models import (
    Agreement,
    Client,
    Contact,
    Contract,
    LegalEntity,
    Manager,
    Order,
    Organization,
    PriceType,
    Product,
    Region,
    VatRate,
    Warehouse,
)
from wholesale_desk.money import format_money, format_qty
from wholesale_desk.sync import conflicts
from wholesale_desk.sync.mapping import BoundProfile

CTX = "Conflicts"

FIELD_TITLES = {
    "client_id": QT_TRANSLATE_NOOP("Conflicts", "Client"),
    "legal_entity_id": QT_TRANSLATE_NOOP("Conflicts", "Legal entity"),
    "agreement_id": QT_TRANSLATE_NOOP("Conflicts", "Agreement"),
    "contract_id": QT_TRANSLATE_NOOP("Conflicts", "Contract"),
    "organization_id": QT_TRANSLATE_NOOP("Conflicts", "Our company"),
    "warehouse_id": QT_TRANSLATE_NOOP("Conflicts", "Warehouse"),
    "manager_id": QT_TRANSLATE_NOOP("Conflicts", "Manager"),
    "region_id": QT_TRANSLATE_NOOP("Conflicts", "Region"),
    "status_1c": QT_TRANSLATE_NOOP("Conflicts", "Status in 1C"),
    "shipment_date": QT_TRANSLATE_NOOP("Conflicts", "Delivery date"),
    "delivery_address": QT_TRANSLATE_NOOP("Conflicts", "Delivery address"),
    "prices_include_vat": QT_TRANSLATE_NOOP("Conflicts", "Prices include VAT"),
    "amount": QT_TRANSLATE_NOOP("Conflicts", "Amount"),
    "comment": QT_TRANSLATE_NOOP("Conflicts", "Comment"),
    "payment_stages": QT_TRANSLATE_NOOP("Conflicts", "Payment schedule"),
    "code": QT_TRANSLATE_NOOP("Conflicts", "Code"),
    "name": QT_TRANSLATE_NOOP("Conflicts", "Name"),
    "full_name": QT_TRANSLATE_NOOP("Conflicts", "Full name"),
    "phone": QT_TRANSLATE_NOOP("Conflicts", "Phone"),
    "email": QT_TRANSLATE_NOOP("Conflicts", "E-mail"),
    "address": QT_TRANSLATE_NOOP("Conflicts", "Address"),
    "city": QT_TRANSLATE_NOOP("Conflicts", "City"),
    "position": QT_TRANSLATE_NOOP("Conflicts", "Position"),
    "birthday": QT_TRANSLATE_NOOP("Conflicts", "Birthday"),
    "inn": QT_TRANSLATE_NOOP("Conflicts", "INN"),
    "kpp": QT_TRANSLATE_NOOP("Conflicts", "KPP"),
    "kind": QT_TRANSLATE_NOOP("Conflicts", "Kind"),
    "legal_address": QT_TRANSLATE_NOOP("Conflicts", "Legal address"),
    "deletion_mark": QT_TRANSLATE_NOOP("Conflicts", "Marked for deletion"),
    "date": QT_TRANSLATE_NOOP("Conflicts", "Date"),
    "subject": QT_TRANSLATE_NOOP("Conflicts", "Subject"),
    "description": QT_TRANSLATE_NOOP("Conflicts", "Description"),
    "contact_id": QT_TRANSLATE_NOOP("Conflicts", "Contact person"),
}
OTHER_FIELD = QT_TRANSLATE_NOOP("Conflicts", "Other details")

KIND_TITLES = {
    "order": QT_TRANSLATE_NOOP("Conflicts", "Order {number} · {client}"),
    "contact": QT_TRANSLATE_NOOP("Conflicts", "Contact {name} · {client}"),
    "client": QT_TRANSLATE_NOOP("Conflicts", "Client {name}"),
}
OTHER_KIND = QT_TRANSLATE_NOOP("Conflicts", "A record changed in 1C ({name})")
NOT_IN_1C = text(CTX, QT_TRANSLATE_NOOP("Conflicts", "(no number yet)"))

STATUS_TITLES = {
    "НеСогласован": QT_TRANSLATE_NOOP("Conflicts", "Not agreed"),
    "Согласован": QT_TRANSLATE_NOOP("Conflicts", "Agreed"),
    "КОбеспечению": QT_TRANSLATE_NOOP("Conflicts", "To be secured"),
    "КОтгрузке": QT_TRANSLATE_NOOP("Conflicts", "To ship"),
    "Закрыт": QT_TRANSLATE_NOOP("Conflicts", "Closed"),
}
YES, NO = QT_TRANSLATE_NOOP("Conflicts", "yes"), QT_TRANSLATE_NOOP("Conflicts", "no")
UNKNOWN = text(CTX, QT_TRANSLATE_NOOP("Conflicts", "(not in the local store)"))

LINE_COLUMNS = (
    ("product_id", QT_TRANSLATE_NOOP("Conflicts", "Product")),
    ("quantity", QT_TRANSLATE_NOOP("Conflicts", "Quantity")),
    ("price", QT_TRANSLATE_NOOP("Conflicts", "Price")),
    ("manual_discount_percent", QT_TRANSLATE_NOOP("Conflicts", "Discount, %")),
    ("total", QT_TRANSLATE_NOOP("Conflicts", "Amount")),
    ("cancelled", QT_TRANSLATE_NOOP("Conflicts", "Cancelled")),
)
"""What a line shows (enough to decide; VAT and discount sums follow from these)."""

_NAMED = {
    "client_id": Client,
    "legal_entity_id": LegalEntity,
    "agreement_id": Agreement,
    "contract_id": Contract,
    "organization_id": Organization,
    "warehouse_id": Warehouse,
    "manager_id": Manager,
    "region_id": Region,
    "product_id": Product,
    "price_type_id": PriceType,
    "vat_rate_id": VatRate,
    "contact_id": Contact,
}
_MONEY = {"amount", "price", "total", "manual_discount_amount", "auto_discount_amount",
          "vat_amount", "bonus_redeemed"}  # fmt: skip
_HIDDEN = {"contact_info"}  # raw 1C contact rows; phone and e-mail are shown as fields
_PARTS = {"lines", "payment_stages"}


Value = Text | str
"""A value as shown: plain text (a name, money, a date) or a word to translate ("yes")."""


@dataclass(frozen=True)
class FieldDiff:
    title: Text
    mine: Value
    theirs: Value

    @property
    def changed(self) -> bool:
        return self.mine != self.theirs


@dataclass(frozen=True)
class LineDiff:
    """One order line, both versions (None: the line is only on that side)."""

    number: int
    mine: tuple[Value, ...] | None
    theirs: tuple[Value, ...] | None

    def changed(self, column: int) -> bool:
        a = self.mine[column] if self.mine is not None else None
        b = self.theirs[column] if self.theirs is not None else None
        return a != b


@dataclass(frozen=True)
class ReadableConflict:
    id: int
    title: Text
    fields: list[FieldDiff]
    line_columns: tuple[Text, ...] = ()
    lines: list[LineDiff] = field(default_factory=list)

    @property
    def changed_fields(self) -> list[FieldDiff]:
        return [f for f in self.fields if f.changed]

    @property
    def any_line_cancelled(self) -> bool:
        """Whether a line is cancelled on either side (else the column says nothing)."""
        column = [key for key, _title in LINE_COLUMNS].index("cancelled")
        yes = text(CTX, YES)
        sides = [side for line in self.lines for side in (line.mine, line.theirs) if side]
        return any(side[column] == yes for side in sides)

    @property
    def lines_changed(self) -> bool:
        return any(line.changed(c) for line in self.lines for c in range(len(self.line_columns)))


def open_conflicts(session: Session, bound: BoundProfile) -> list[ReadableConflict]:
    """Every open conflict, readable; changed fields first."""
    return [readable(session, bound, v) for v in conflicts.open_conflicts(session, bound)]


def readable(
    session: Session, bound: BoundProfile, view: conflicts.ConflictView
) -> ReadableConflict:
    names = _Names(session)
    fields = []
    for key in sorted(set(view.mine) | set(view.theirs), key=_field_order):
        if key in _HIDDEN or key in ("lines",):
            continue
        mine, theirs = view.mine.get(key), view.theirs.get(key)
        if key == "payment_stages":
            fields.append(FieldDiff(_title(key), _stages(bound, mine), _stages(bound, theirs)))
            continue
        fields.append(FieldDiff(_title(key), names.show(key, mine), names.show(key, theirs)))
    fields.sort(key=lambda f: not f.changed)
    result = ReadableConflict(view.id, _heading(session, names, view), fields)
    if "lines" in view.mine or "lines" in view.theirs:
        part_map = _part_fields(bound, view.concept, "lines")
        mine_rows = [_row(names, part_map, r) for r in view.mine.get("lines") or []]
        their_rows = [_row(names, part_map, r) for r in view.theirs.get("lines") or []]
        count = max(len(mine_rows), len(their_rows))
        lines = [
            LineDiff(
                i + 1,
                mine_rows[i] if i < len(mine_rows) else None,
                their_rows[i] if i < len(their_rows) else None,
            )
            for i in range(count)
        ]
        columns = tuple(text(CTX, title) for _key, title in LINE_COLUMNS)
        result = ReadableConflict(result.id, result.title, fields, columns, lines)
    return result


def _title(key: str) -> Text:
    return text(CTX, FIELD_TITLES.get(key, OTHER_FIELD))


def _field_order(key: str) -> tuple[int, str]:
    order = list(FIELD_TITLES)
    return (order.index(key) if key in order else len(order), key)


def _heading(session: Session, names: _Names, view: conflicts.ConflictView) -> Text:
    concept = view.concept or ""
    if concept == "order":
        order = session.get(Order, view.ref_key)
        number = (order.number if order else None) or ""
        client = names.name(Client, order.client_id if order else view.mine.get("client_id"))
        number_text: Value = number if order and order.number else NOT_IN_1C
        return text(CTX, KIND_TITLES["order"], number=number_text, client=client)
    if concept == "contact":
        contact = session.get(Contact, view.ref_key)
        name = contact.name if contact else str(view.mine.get("name") or "")
        client = names.name(Client, contact.client_id if contact else view.mine.get("client_id"))
        return text(CTX, KIND_TITLES["contact"], name=name, client=client)
    if concept == "client":
        client_row = session.get(Client, view.ref_key)
        return text(CTX, KIND_TITLES["client"], name=client_row.name if client_row else "")
    return text(CTX, OTHER_KIND, name=concept or view.entity)


def _part_fields(bound: BoundProfile, concept: str | None, part: str) -> dict[str, str]:
    """1C property → our column name for a tabular part of `concept`."""
    for obj in bound.objects:
        if obj.concept == concept:
            for p in obj.parts:
                if p.spec.name == part:
                    return {fs.property: col for col, fs in p.spec.fields.items() if fs.property}
    return {}


def _row(names: _Names, part_map: dict[str, str], raw: dict[str, Any]) -> tuple[Value, ...]:
    ours = {part_map.get(k, k): v for k, v in raw.items()}
    return tuple(names.show(key, ours.get(key)) for key, _title in LINE_COLUMNS)


def _stages(bound: BoundProfile, rows: Any) -> str:
    if not isinstance(rows, list):
        return ""
    part_map = _part_fields(bound, "order", "payment_stages")
    shown = []
    for raw in rows:
        ours = {part_map.get(k, k): v for k, v in raw.items()} if isinstance(raw, dict) else {}
        due = _date(ours.get("due_date"))
        amount = _money(ours.get("amount"))
        shown.append(f"{due}: {amount} ₽" if due else f"{amount} ₽")
    return "; ".join(shown)


class _Names:
    """Ids → names from the store (cached); a value as a person reads it."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.cache: dict[tuple[str, str], Value] = {}

    def name(self, model: Any, ref: Any) -> Value:
        if not ref:
            return ""
        key = (model.__tablename__, str(ref))
        if key not in self.cache:
            row = self.session.get(model, str(ref))
            name = getattr(row, "name", None) if row is not None else None
            self.cache[key] = str(name) if name else UNKNOWN
        return self.cache[key]

    def show(self, key: str, value: Any) -> Value:
        if value is None or value == "":
            return ""
        if key in _NAMED:
            return self.name(_NAMED[key], value)
        if key == "status_1c":
            title = STATUS_TITLES.get(str(value))
            return text(CTX, title) if title else str(value)
        if isinstance(value, bool):
            return text(CTX, YES if value else NO)
        if key in _MONEY:
            return _money(value)
        if key in ("quantity", "manual_discount_percent"):
            return _qty(value)
        if key.endswith("_date") or key in ("birthday", "date"):
            return _date(value)
        if isinstance(value, (list, dict)):
            return text(CTX, QT_TRANSLATE_NOOP("Conflicts", "(several values)"))
        return str(value)


def _decimal(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _money(value: Any) -> str:
    number = _decimal(value)
    return format_money(number) if number is not None else str(value or "")


def _qty(value: Any) -> str:
    number = _decimal(value)
    return format_qty(number) if number is not None else str(value or "")


def _date(value: Any) -> str:
    if isinstance(value, datetime):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, str) and value:
        try:
            parsed = datetime.fromisoformat(value.replace("Z", ""))
        except ValueError:
            return value
        return "" if parsed.year <= 1 else f"{parsed:%d.%m.%Y}"
    return ""
