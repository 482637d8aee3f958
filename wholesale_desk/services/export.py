"""Exports of the local store for Excel users and scripts: stable columns, exact figures.

Column names are part of the contract (README "Export columns"): add new ones at the end, never
rename. Money and quantities go out as decimal strings in CSV/JSON (no float anywhere) and as
exact numbers in XLSX.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from wholesale_desk.models import Client, LegalEntity, Manager, Order, Product, Region, Unit
from wholesale_desk.services.receivables import receivables

Format = Literal["csv", "json", "xlsx"]


@dataclass(frozen=True)
class Table:
    """A named export: its columns and a row iterator (values in column order)."""

    name: str
    columns: Sequence[str]
    rows: Iterable[Sequence[Any]]


def clients_table(session: Session) -> Table:
    managers = dict(session.execute(select(Manager.id, Manager.name)).all())
    regions = dict(session.execute(select(Region.id, Region.name)).all())
    first_entity: dict[str, LegalEntity] = {}
    for entity in session.scalars(select(LegalEntity).order_by(LegalEntity.name)):
        if entity.client_id and entity.client_id not in first_entity:
            first_entity[entity.client_id] = entity

    def rows() -> Iterator[list[Any]]:
        query = select(Client).where(Client.is_current).order_by(Client.name)
        for c in session.scalars(query):
            le = first_entity.get(c.id)
            yield [
                c.id,
                c.code or "",
                c.name,
                c.full_name,
                le.inn if le else "",
                le.kpp if le else "",
                managers.get(c.manager_id or "", ""),
                regions.get(c.region_id or "", ""),
                c.city,
                c.phone,
                c.email,
                c.address,
            ]

    columns = [
        "id", "code", "name", "full_name", "inn", "kpp", "manager", "region",
        "city", "phone", "email", "address",
    ]  # fmt: skip
    return Table("clients", columns, rows())


def products_table(session: Session) -> Table:
    units = dict(session.execute(select(Unit.id, Unit.name)).all())

    def rows() -> Iterator[list[Any]]:
        for p in session.scalars(select(Product).order_by(Product.name)):
            rate = p.vat_rate.rate if p.vat_rate is not None else None
            yield [p.id, p.code, p.article, p.name, units.get(p.unit_id or "", ""), rate]

    return Table("products", ["id", "code", "article", "name", "unit", "vat_rate"], rows())


def orders_table(session: Session) -> Table:
    names = dict(session.execute(select(Client.id, Client.name)).all())

    def rows() -> Iterator[list[Any]]:
        for o in session.scalars(select(Order).order_by(Order.date, Order.number)):
            yield [
                o.id,
                o.number or "",
                o.date,
                o.client_id,
                names.get(o.client_id, ""),
                o.state,
                o.status_1c,
                o.shipment_date,
                o.amount,
                o.posted,
            ]

    columns = [
        "id", "number", "date", "client_id", "client", "state", "status_1c",
        "shipment_date", "amount", "posted",
    ]  # fmt: skip
    return Table("orders", columns, rows())


def receivables_table(session: Session, today: date | None = None) -> Table:
    report = receivables(session, today)

    def rows() -> Iterator[list[Any]]:
        for r in report.rows:
            yield [
                r.client_id,
                r.client_name,
                r.manager_name,
                r.debt,
                r.overdue,
                *r.buckets,
                r.max_days_overdue,
                r.credit_limit,
                r.last_payment_date,
                r.promised_date,
                report.as_of,
            ]

    columns = [
        "client_id", "client", "manager", "debt", "overdue", "not_due", "overdue_1_30",
        "overdue_31_60", "overdue_61_90", "overdue_over_90", "max_days_overdue",
        "credit_limit", "last_payment_date", "promised_payment_date", "as_of",
    ]  # fmt: skip
    return Table("receivables", columns, rows())


TABLES = {
    "clients": clients_table,
    "products": products_table,
    "orders": orders_table,
    "receivables": receivables_table,
}


def _text(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def write(table: Table, fmt: Format, out: Path | None) -> bytes | None:
    """Write `table` to `out` atomically (or return the bytes when `out` is None)."""
    buffer = io.BytesIO()
    if fmt == "csv":
        stream = io.TextIOWrapper(buffer, encoding="utf-8-sig", newline="")
        writer = csv.writer(stream, delimiter=";")  # Excel in a Russian locale expects ';'
        writer.writerow(table.columns)
        for row in table.rows:
            writer.writerow([_text(v) for v in row])
        stream.flush()
        stream.detach()
    elif fmt == "json":
        records = [dict(zip(table.columns, map(_text, row), strict=True)) for row in table.rows]
        buffer.write(json.dumps(records, ensure_ascii=False, indent=1).encode("utf-8"))
    elif fmt == "xlsx":
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet(table.name)
        sheet.append(list(table.columns))
        for row in table.rows:
            sheet.append(list(row))
        book.save(buffer)
    else:  # pragma: no cover - argparse restricts the choices
        raise ValueError(fmt)
    data = buffer.getvalue()
    if out is None:
        return data
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.")
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, out)
    return None
