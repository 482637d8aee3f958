"""Ctrl+K: one box that finds clients, contacts, orders by number and products.

Clients and contacts come from the clients' full-text index (contacts are then picked by
their own names); orders by a number fragment; products by name, article or code. Each kind
is capped, so the popup stays short and every keystroke stays fast.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from wholesale_desk.models import Client, Contact, Order, Product, current_sql
from wholesale_desk.services import search_index


class HitKind(enum.StrEnum):
    CLIENT = "client"
    CONTACT = "contact"
    ORDER = "order"
    PRODUCT = "product"


@dataclass(frozen=True)
class Hit:
    kind: HitKind
    id: str
    title: str
    subtitle: str
    client_id: str | None
    """The client to open for this hit (a contact's or order's client)."""


_WORD = re.compile(r"\w+")


def _words_match(words: list[str], value: str) -> bool:
    """Every typed word starts some word of `value` (case- and ё-folded)."""
    have = _WORD.findall(search_index.fold(value))
    return all(any(h.startswith(w) for h in have) for w in words)


def search(session: Session, typed: str, per_kind: int = 6) -> list[Hit]:
    typed = typed.strip()
    if len(typed) < 2:
        return []
    hits: list[Hit] = []
    match = search_index.match_query(typed)
    words = _WORD.findall(search_index.fold(typed))
    if match is not None:
        found = session.execute(
            text(
                "SELECT c.id, c.name, c.city FROM clients c WHERE "
                + current_sql("c")
                + " AND c.id IN (SELECT client_id FROM clients_fts"
                " WHERE clients_fts MATCH :m) ORDER BY c.name LIMIT 200"
            ),
            {"m": match},
        ).all()
        for cid, name, city in found[:per_kind]:
            hits.append(Hit(HitKind.CLIENT, cid, name, city, cid))
        client_names = {cid: name for cid, name, _ in found}
        if client_names:
            contacts = session.execute(
                select(Contact.id, Contact.name, Contact.position, Contact.client_id).where(
                    Contact.client_id.in_(list(client_names)), Contact.deletion_mark.is_(False)
                )
            ).all()
            picked = [c for c in contacts if _words_match(words, c.name)]
            picked.sort(key=lambda c: c.name)
            for cid, name, position, client_id in picked[:per_kind]:
                subtitle = ", ".join(p for p in (position, client_names[client_id]) if p)
                hits.append(Hit(HitKind.CONTACT, cid, name, subtitle, client_id))
    if any(ch.isdigit() for ch in typed):
        orders = session.execute(
            select(Order.id, Order.number, Order.date, Client.name, Order.client_id)
            .join(Client, Client.id == Order.client_id)
            .where(Order.number.like(f"%{_escape(typed)}%", escape="\\"))
            .order_by(Order.date.desc())
            .limit(per_kind)
        ).all()
        for oid, number, when, client_name, client_id in orders:
            hits.append(
                Hit(HitKind.ORDER, oid, number or "", f"{when:%d.%m.%Y}, {client_name}", client_id)
            )
    variants = {typed, typed.lower(), typed.capitalize(), typed.upper()}
    name_like = [Product.name.like(f"%{_escape(v)}%", escape="\\") for v in variants]
    products = session.execute(
        select(Product.id, Product.name, Product.article, Product.code)
        .where(
            Product.deletion_mark.is_(False),
            or_(
                *name_like,
                Product.article.like(f"{_escape(typed)}%", escape="\\"),
                Product.code.like(f"{_escape(typed)}%", escape="\\"),
            ),
        )
        .order_by(Product.name)
        .limit(per_kind)
    ).all()
    for pid, name, article, code in products:
        hits.append(
            Hit(HitKind.PRODUCT, pid, name, " · ".join(p for p in (article, code) if p), None)
        )
    return hits


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


__all__ = ["Hit", "HitKind", "search"]
