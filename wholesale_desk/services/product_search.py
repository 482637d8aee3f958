"""Type-to-find a product by article, code or name, fast enough to run on every keystroke.

SQL `LIKE '%…%'` over 30,000 products costs a full scan per keystroke, so the catalogue is held
in memory once (a few MB) and searched in tiers that stop as soon as a screenful is found:
exact article/code, article/code prefix, name prefix, name word prefix, then any substring.
Every token the user typed must occur in a hit. Stock and this client's price are read from the
store only for the handful of hits shown. Case and "ё" are folded the way the client search does.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from wholesale_desk import snapshots
from wholesale_desk.models import Price, Product, Stock, Unit, Warehouse
from wholesale_desk.store import Store

__all__ = ["ProductHit", "ProductIndex", "ProductSearch", "fold"]

DEFAULT_LIMIT = 20
_SEP = "\x1e"
_HIGH = "\U0010ffff"


def fold(text: str) -> str:
    """Case- and "ё"-insensitive form of `text`, as typed queries and the index compare."""
    return text.casefold().replace("ё", "е")


@dataclass(frozen=True)
class ProductHit:
    """A found product as the completer shows it: what it is, how much is where, its price."""

    product_id: str
    code: str
    article: str
    name: str
    unit: str
    price: Decimal | None
    """The price in the first price type of the chain that has one; None: no price at all."""
    price_type_id: str | None
    stock: tuple[tuple[str, Decimal], ...]
    """(warehouse name, quantity on hand) for each warehouse holding some, by name."""

    @property
    def total_stock(self) -> Decimal:
        return sum((qty for _, qty in self.stock), Decimal(0))


class ProductIndex:
    """The searchable catalogue: sorted keys for prefix tiers and one string for substrings."""

    def __init__(self, rows: Sequence[tuple[str, str, str, str]]) -> None:
        """`rows` are (id, code, article, name) of products that may be sold."""
        self.ids = [r[0] for r in rows]
        self._hay = [fold(f"{r[2]} {r[1]} {r[3]}") for r in rows]
        codes: list[tuple[str, int]] = []
        names: list[tuple[str, int]] = []
        words: list[tuple[str, int]] = []
        for i, (_, code, article, name) in enumerate(rows):
            for key in {fold(code.strip()), fold(article.strip())}:
                if key:
                    codes.append((key, i))
            folded = fold(name.strip())
            names.append((folded, i))
            for word in set(folded.replace("-", " ").replace("/", " ").split()[1:]):
                words.append((word, i))
        self._codes = sorted(codes)
        self._by_article: dict[str, int] = {}
        self._by_code: dict[str, int] = {}
        for i, (_, code, article, _name) in enumerate(rows):
            self._by_article.setdefault(fold(article.strip()), i)
            self._by_code.setdefault(fold(code.strip()), i)
        self._names = sorted(names)
        self._words = sorted(words)
        self._blob = _SEP.join(self._hay)
        starts, pos = [], 0
        for hay in self._hay:
            starts.append(pos)
            pos += len(hay) + 1
        self._starts = starts

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def load(cls, session: Session) -> ProductIndex:
        rows = session.execute(
            select(Product.id, Product.code, Product.article, Product.name)
            .where(Product.deletion_mark.is_(False))
            .order_by(Product.name)
        ).all()
        return cls([(r[0], r[1] or "", r[2] or "", r[3] or "") for r in rows])

    def exact(self, article_or_code: str) -> str | None:
        """The product whose article (or else code) is exactly this: pasted Excel lines, CLI."""
        key = fold(article_or_code.strip())
        if not key:
            return None
        row = self._by_article.get(key, self._by_code.get(key))
        return None if row is None else self.ids[row]

    def search(self, query: str, limit: int = DEFAULT_LIMIT) -> list[str]:
        """Ids of up to `limit` products matching every token of `query`, best first."""
        q = fold(query).strip()
        tokens = q.split()
        if not tokens or limit <= 0:
            return []
        found: list[int] = []
        seen: set[int] = set()

        def take(row: int) -> bool:
            if row in seen:
                return False
            hay = self._hay[row]
            if all(t in hay for t in tokens):
                seen.add(row)
                found.append(row)
            return len(found) >= limit

        head = tokens[0]
        # Exact article or code, then article/code prefixes.
        for key, rows_from in ((q, self._codes), (head, self._codes)):
            lo = bisect_left(rows_from, (key, -1))
            exact = key == q
            for k, row in rows_from[lo:]:
                if (k != key) if exact else not k.startswith(key):
                    break
                if take(row):
                    return self._ids(found)
        for key, rows_from in ((q, self._names), (head, self._words)):
            lo = bisect_left(rows_from, (key, -1))
            for k, row in rows_from[lo:]:
                if not k.startswith(key):
                    break
                if take(row):
                    return self._ids(found)
        # Any substring of the longest token, the rarest one as a rule.
        needle = max(tokens, key=len)
        blob, starts = self._blob, self._starts
        pos = blob.find(needle)
        while pos >= 0:
            row = bisect_left(starts, pos + 1) - 1
            if take(row):
                break
            pos = blob.find(needle, starts[row] + len(self._hay[row]) + 1)
        return self._ids(found)

    def _ids(self, rows: list[int]) -> list[str]:
        return [self.ids[r] for r in rows]


_cache_lock = threading.Lock()
_cache: dict[Path, tuple[tuple[object, ...], ProductIndex]] = {}


def _signature(session: Session) -> tuple[object, ...]:
    """Changes when products are added or removed, or a sync completes (renames)."""
    count, max_rowid = session.execute(text("SELECT count(*), max(rowid) FROM products")).one()
    return (count, max_rowid, snapshots.as_of(session, snapshots.LAST_SYNC))


def shared_index(store: Store) -> ProductIndex:
    """The store's product index, rebuilt only when the catalogue changed since last time."""
    with store.session() as session:
        sig = _signature(session)
        with _cache_lock:
            cached = _cache.get(store.path)
            if cached is not None and cached[0] == sig:
                return cached[1]
        index = ProductIndex.load(session)
    with _cache_lock:
        _cache[store.path] = (sig, index)
    return index


class ProductSearch:
    """Search for one order: the index plus the client's price type chain for the price shown."""

    def __init__(
        self,
        store: Store,
        price_type_ids: Sequence[str] = (),
        index: ProductIndex | None = None,
    ) -> None:
        self.store = store
        self.price_type_ids = tuple(price_type_ids)
        self.index = index if index is not None else shared_index(store)

    def find(self, query: str, limit: int = DEFAULT_LIMIT) -> list[ProductHit]:
        ids = self.index.search(query, limit)
        if not ids:
            return []
        with self.store.session() as session:
            return self.details(session, ids)

    def details(self, session: Session, ids: Sequence[str]) -> list[ProductHit]:
        """Hits for `ids` in that order, with stock per warehouse and the chain's price."""
        products = {
            r[0]: r
            for r in session.execute(
                select(Product.id, Product.code, Product.article, Product.name, Unit.name)
                .outerjoin(Unit, Unit.id == Product.unit_id)
                .where(Product.id.in_(ids))
            )
        }
        prices: dict[str, dict[str, Decimal]] = {}
        if self.price_type_ids:
            for pid, type_id, value in session.execute(
                select(Price.product_id, Price.price_type_id, Price.price).where(
                    Price.product_id.in_(ids), Price.price_type_id.in_(self.price_type_ids)
                )
            ):
                prices.setdefault(pid, {})[type_id] = value
        stock: dict[str, list[tuple[str, Decimal]]] = {}
        for pid, wname, qty in session.execute(
            select(Stock.product_id, Warehouse.name, Stock.quantity)
            .join(Warehouse, Warehouse.id == Stock.warehouse_id)
            .where(Stock.product_id.in_(ids), Stock.quantity > 0)
            .order_by(Warehouse.name)
        ):
            stock.setdefault(pid, []).append((wname, qty))
        hits = []
        for pid in ids:
            row = products.get(pid)
            if row is None:
                continue
            price: Decimal | None = None
            ptid: str | None = None
            own = prices.get(pid, {})
            for candidate in self.price_type_ids:
                if candidate in own:
                    price, ptid = own[candidate], candidate
                    break
            hits.append(
                ProductHit(
                    product_id=pid,
                    code=row[1] or "",
                    article=row[2] or "",
                    name=row[3] or "",
                    unit=row[4] or "",
                    price=price,
                    price_type_id=ptid,
                    stock=tuple(stock.get(pid, ())),
                )
            )
        return hits
