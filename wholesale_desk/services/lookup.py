"""Finding a client or a product by what a person types on the command line or in a field.

One place for it, so `print`, `price` and every other command accept the same things: an id, the
1C code, an ИНН, an article, or a name. Names are compared case-insensitively in Python: SQLite's
own `lower()`/`LIKE` fold only ASCII, so "галактика" would never find "Галактика" in SQL.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from wholesale_desk.i18n import QT_TRANSLATE_NOOP, UserError, text
from wholesale_desk.models import Client, LegalEntity, Product
from wholesale_desk.services.search_index import fold

__all__ = ["find_client", "find_product"]

_CTX = "Lookup"
_SHOWN = 5  # candidates named in an "ambiguous" message
_SCANNED = 200  # rows read for one exact key


def _err(source: str, **args: object) -> UserError:
    return UserError(text(_CTX, source, **args))


def _fold(value: str | None) -> str:
    return fold(value or "")


def _live_first(clients: list[Client]) -> list[Client]:
    """Clients not marked for deletion in 1C, when there are any."""
    live = [c for c in clients if c.is_current]
    return live or clients


def find_client(session: Session, ref: str) -> Client:
    """A client by id, 1C code, ИНН of a legal entity, exact name, else a unique part of a name."""
    ref = ref.strip()
    if not ref:
        raise _err(QT_TRANSLATE_NOOP("Lookup", "Give a client's name, code or ИНН."))
    found = session.get(Client, ref)
    if found is not None:
        return found
    for query in (
        select(Client).where(Client.code == ref),
        select(Client)
        .join(LegalEntity, LegalEntity.client_id == Client.id)
        .where(LegalEntity.inn == ref)
        .distinct(),
        select(Client).where(Client.name == ref),
    ):
        hits = _live_first(list(session.scalars(query.limit(_SCANNED))))
        if len(hits) == 1:
            return hits[0]
        if hits:
            return _ambiguous(ref, hits)
    return _by_name_part(session, ref)


def _by_name_part(session: Session, ref: str) -> Client:
    """Names that contain `ref` in any letter case: an exact one wins, else a single one.

    Every name is compared in Python (20,000 short strings take milliseconds): no SQL pattern
    folds Cyrillic case or "ё".
    """
    wanted = _fold(ref)
    exact: list[str] = []
    containing: list[str] = []
    for client_id, name, full_name in session.execute(
        select(Client.id, Client.name, Client.full_name)
    ):
        folded = _fold(name)
        if folded == wanted:
            exact.append(client_id)
        elif wanted in folded or wanted in _fold(full_name):
            containing.append(client_id)
    for ids in (exact, containing):
        hits = _live_first([c for c in (session.get(Client, i) for i in ids) if c is not None])
        if len(hits) == 1:
            return hits[0]
        if hits:
            return _ambiguous(ref, hits)
    raise _err(
        QT_TRANSLATE_NOOP(
            "Lookup", "No client «{ref}» in the local store. Give its name, code or ИНН."
        ),
        ref=ref,
    )


def _ambiguous(ref: str, clients: list[Client]) -> Client:
    names = "; ".join(
        f"{c.name} ({c.code})" if c.code else c.name
        for c in sorted(clients, key=lambda c: c.name)[:_SHOWN]
    )
    raise _err(
        QT_TRANSLATE_NOOP(
            "Lookup", "Several clients match «{ref}»: {names}. Give the code or ИНН."
        ),
        ref=ref,
        names=names,
    )


def find_product(session: Session, ref: str) -> Product:
    """A product by article, 1C code, id or name (any letter case)."""
    ref = ref.strip()
    if ref:
        for column in (Product.article, Product.code, Product.name):
            found = list(session.scalars(select(Product).where(column == ref).limit(20)))
            live = [p for p in found if p.is_current] or found
            if len(live) == 1:
                return live[0]
            if live:
                raise _err(
                    QT_TRANSLATE_NOOP(
                        "Lookup", "Several products match «{ref}»: {names}. Give the 1C code."
                    ),
                    ref=ref,
                    names="; ".join(f"{p.name} ({p.code})" for p in live[:_SHOWN]),
                )
        product = session.get(Product, ref)
        if product is not None:
            return product
        wanted = _fold(ref)
        named = [
            product_id
            for product_id, name in session.execute(select(Product.id, Product.name))
            if _fold(name) == wanted
        ]
        if len(named) == 1:
            return session.get_one(Product, named[0])
    raise _err(
        QT_TRANSLATE_NOOP(
            "Lookup", "No product «{ref}» in the local store. Give its article, code or name."
        ),
        ref=ref,
    )
