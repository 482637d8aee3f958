"""Type-to-find a product by article, code or name, fast enough to run on every keystroke.

SQL `LIKE '%…%'` over 30,000 products costs a full scan per keystroke, so the catalogue is held
in memory once (a few MB) and searched in tiers that stop as soon as a screenful is found:
exact article/code, article/code prefix, name prefix, name word prefix, then any substring.
Every token the user typed must occur in a hit. Stock and this client's price are read from the
store only for the handful of hits shown. Case and "ё" are folded the way the client search does.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from wholesale_desk import snapshots
from wholesale_desk.services.search_index import fold
from wholesale_desk.store import Store

__all__ = ["ProductHit", "ProductIndex", "ProductSearch", "fold"]

DEFAULT_LIMIT = 20
_KOPECK = Decimal("0.01")
_THOUSANDTH = Decimal("0.001")


def _scaled(stored: int, unit: Decimal) -> Decimal:
    """A money or quantity column's stored integer as its `Decimal` (see `columns.py`)."""
    return (Decimal(int(stored)) * unit).quantize(unit)


_SEP = "\x1e"
_HIGH = "\U0010ffff"


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
    """The searchable catalogue: sorted keys for the prefix tiers, one string for the rest.

    Each product's folded text is " article code name"; the leading space lets a search for
    " word" find word starts anywhere, in catalogue order, with C-speed `str.find`.
    """

    def __init__(self, rows: Sequence[tuple[str, str, str, str]]) -> None:
        """`rows` are (id, code, article, name) of products that may be sold, in name order."""
        self.ids = [r[0] for r in rows]
        hay: list[str] = []
        codes: list[tuple[str, int]] = []
        names: list[tuple[str, int]] = []
        by_article: dict[str, int] = {}
        by_code: dict[str, int] = {}
        for i, (_, code, article, name) in enumerate(rows):
            code_f = fold(code.strip())
            article_f = fold(article.strip())
            name_f = fold(name.strip())
            hay.append(f" {article_f} {code_f} {name_f}")
            names.append((name_f, i))
            if article_f:
                codes.append((article_f, i))
                by_article.setdefault(article_f, i)
            if code_f and code_f != article_f:
                codes.append((code_f, i))
                by_code.setdefault(code_f, i)
        codes.sort()
        names.sort()
        self._hay = hay
        self._codes = codes
        self._names = names
        self._by_article = by_article
        self._by_code = by_code
        self._blob = _SEP.join(hay)
        starts, pos = [], 0
        for h in hay:
            starts.append(pos)
            pos += len(h) + 1
        self._starts = starts

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def load(cls, session: Session) -> ProductIndex:
        rows = session.connection().exec_driver_sql(
            "SELECT id, coalesce(code, ''), coalesce(article, ''), coalesce(name, '')"
            " FROM products WHERE NOT deletion_mark ORDER BY name"
        )
        return cls(rows.fetchall())

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
        hay_of = self._hay

        def take(row: int) -> bool:
            if row not in seen:
                hay = hay_of[row]
                if all(t in hay for t in tokens):
                    seen.add(row)
                    found.append(row)
            return len(found) >= limit

        head = tokens[0]
        # Tiers 1-3: exact article or code, article/code prefix, name prefix.
        for key, keys, exact in ((q, self._codes, True), (head, self._codes, False),
                                 (q, self._names, False)):  # fmt: skip
            i = bisect_left(keys, (key, -1))
            n = len(keys)
            while i < n:
                k, row = keys[i]
                if (k != key) if exact else not k.startswith(key):
                    break
                if take(row):
                    return self._ids(found)
                i += 1
        # Tier 4: a word starting with the first token; tier 5: any substring of the longest.
        for needle in (" " + head, max(tokens, key=len)):
            if self._scan(needle, take):
                break
        return self._ids(found)

    def _scan(self, needle: str, take: Callable[[int], bool]) -> bool:
        """Offer every row containing `needle`, in catalogue order, until `take` is satisfied."""
        blob, starts, hay = self._blob, self._starts, self._hay
        pos = blob.find(needle)
        while pos >= 0:
            row = bisect_right(starts, pos) - 1
            if take(row):
                return True
            pos = blob.find(needle, starts[row] + len(hay[row]) + 1)
        return False

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
        """Hits for `ids` in that order, with stock per warehouse and the chain's price.

        Plain SQL on the connection: this runs on every keystroke, and building ORM statements
        cost more than the three indexed look-ups themselves. Money and quantities are stored
        as integer kopecks and thousandths (see `columns.py`).
        """
        ids = list(ids)
        marks = ", ".join("?" for _ in ids)
        conn = session.connection()
        products = {
            r[0]: r
            for r in conn.exec_driver_sql(
                "SELECT p.id, p.code, p.article, p.name, u.name FROM products p"
                f" LEFT JOIN units u ON u.id = p.unit_id WHERE p.id IN ({marks})",
                tuple(ids),
            )
        }
        prices: dict[str, dict[str, Decimal]] = {}
        if self.price_type_ids:
            type_marks = ", ".join("?" for _ in self.price_type_ids)
            for pid, type_id, kopecks in conn.exec_driver_sql(
                "SELECT product_id, price_type_id, price FROM prices"
                f" WHERE product_id IN ({marks}) AND price_type_id IN ({type_marks})",
                (*ids, *self.price_type_ids),
            ):
                prices.setdefault(pid, {})[type_id] = _scaled(kopecks, _KOPECK)
        stock: dict[str, list[tuple[str, Decimal]]] = {}
        for pid, wname, thousandths in conn.exec_driver_sql(
            "SELECT s.product_id, w.name, s.quantity FROM stock s"
            " JOIN warehouses w ON w.id = s.warehouse_id"
            f" WHERE s.product_id IN ({marks}) AND s.quantity > 0 ORDER BY w.name",
            tuple(ids),
        ):
            stock.setdefault(pid, []).append((wname, _scaled(thousandths, _THOUSANDTH)))
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
