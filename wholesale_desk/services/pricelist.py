"""Price lists from the local store: one price type's prices, or one client's own prices.

A client's list prices every product through the terms engine exactly as the `price` command
does for quantity 1 (`services.terms`: the agreement valid on the date, its price type, the best
automatic discount, VAT as the agreement says), so every figure on the paper is the figure
`wholesale-desk price CLIENT PRODUCT --date D` prints. A price type's list prints that type's
prices as 1C holds them. A product without a price is listed as "цена по запросу", never as 0.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wholesale_desk import documents as doc
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, UserError, text
from wholesale_desk.models import (
    Client,
    Manager,
    Price,
    PriceType,
    Product,
    ProductGroup,
    Stock,
    Unit,
    VatRate,
    Warehouse,
)
from wholesale_desk.money import ZERO, round_money, vat_on_top, vat_rate_for
from wholesale_desk.services import documents as builders
from wholesale_desk.services import terms as terms_service
from wholesale_desk.services.lookup import find_client
from wholesale_desk.services.search_index import fold

__all__ = [
    "NO_GROUP",
    "GroupChoice",
    "PriceListRequest",
    "PriceTypeChoice",
    "build_price_list",
    "client_price",
    "group_choices",
    "price_type_choices",
]

_CTX = "PriceList"
NO_GROUP = "Без группы"
ONE = Decimal(1)
PROGRESS_EVERY = 500

Progress = Callable[[int, int], object]


@dataclass(frozen=True)
class PriceListRequest:
    """What to list. Exactly one of `price_type` (a name or id) and `client` (a name, code, ИНН
    or id); `groups` are names or ids, each with its subgroups (none: every product)."""

    on: date
    price_type: str | None = None
    client: str | None = None
    groups: tuple[str, ...] = ()
    in_stock_only: bool = False
    stock_shown: doc.StockShown = doc.StockShown.NONE


@dataclass(frozen=True)
class PriceTypeChoice:
    id: str
    name: str


@dataclass(frozen=True)
class GroupChoice:
    """A product group as the dialog lists it: its path and how deep it sits."""

    id: str
    title: str
    depth: int


def _err(source: str, **args: object) -> UserError:
    return UserError(text(_CTX, source, **args))


# --- choices --------------------------------------------------------------------------------


def price_type_choices(session: Session) -> list[PriceTypeChoice]:
    """The price types a price list can be made of: every live one but the purchase prices."""
    purchase = terms_service.purchase_price_type_id(session)
    return [
        PriceTypeChoice(str(i), str(n))
        for i, n in session.execute(
            select(PriceType.id, PriceType.name)
            .where(PriceType.deletion_mark.is_(False))
            .order_by(PriceType.name)
        )
        if i != purchase
    ]


class _Tree:
    """Product groups with their paths, read once."""

    def __init__(self, session: Session) -> None:
        self.names: dict[str, str] = {}
        self.parents: dict[str, str | None] = {}
        for gid, name, parent, deleted in session.execute(
            select(
                ProductGroup.id,
                ProductGroup.name,
                ProductGroup.parent_id,
                ProductGroup.deletion_mark,
            )
        ):
            if not deleted:
                self.names[gid] = name
                self.parents[gid] = parent
        self.children: dict[str | None, list[str]] = defaultdict(list)
        for gid, parent in self.parents.items():
            self.children[parent if parent in self.names else None].append(gid)
        self._paths: dict[str, tuple[str, ...]] = {}

    def path(self, gid: str) -> tuple[str, ...]:
        found = self._paths.get(gid)
        if found is None:
            seen: list[str] = []
            node: str | None = gid
            while node is not None and node in self.names and node not in seen:
                seen.append(node)
                node = self.parents.get(node)
            found = tuple(self.names[n] for n in reversed(seen))
            self._paths[gid] = found
        return found

    def title(self, gid: str | None) -> str:
        if gid is None or gid not in self.names:
            return NO_GROUP
        return " / ".join(self.path(gid))

    def with_descendants(self, roots: Iterable[str]) -> set[str]:
        out: set[str] = set()
        stack = list(roots)
        while stack:
            gid = stack.pop()
            if gid not in out:
                out.add(gid)
                stack.extend(self.children.get(gid, ()))
        return out

    def find(self, ref: str) -> str:
        """A group by id, name or path ("Бакалея / Крупы"), in any letter case."""
        if ref in self.names:
            return ref
        wanted = fold(ref.replace("/", " / "))
        wanted = " / ".join(part.strip() for part in wanted.split("/"))
        by_path = [g for g in self.names if fold(self.title(g)) == wanted]
        by_name = [g for g in self.names if fold(self.names[g]) == wanted]
        for hits in (by_path, by_name):
            if len(hits) == 1:
                return hits[0]
            if hits:
                raise _err(
                    QT_TRANSLATE_NOOP(
                        "PriceList", "Several product groups are called «{ref}»: {paths}."
                    ),
                    ref=ref,
                    paths="; ".join(sorted(self.title(g) for g in hits)[:5]),
                )
        raise _err(
            QT_TRANSLATE_NOOP("PriceList", "No product group «{ref}» in the local store."),
            ref=ref,
        )


def group_choices(session: Session) -> list[GroupChoice]:
    """Every product group in tree order (parents before children, names alphabetically)."""
    tree = _Tree(session)
    out: list[GroupChoice] = []

    def walk(parent: str | None, depth: int) -> None:
        for gid in sorted(tree.children.get(parent, ()), key=lambda g: fold(tree.names[g])):
            out.append(GroupChoice(gid, tree.title(gid), depth))
            walk(gid, depth + 1)

    walk(None, 0)
    return out


# --- resolving the request --------------------------------------------------------------------


def _find_price_type(session: Session, ref: str) -> PriceType:
    ref = ref.strip()
    found = session.get(PriceType, ref) if ref else None
    if found is not None:
        return found
    live = list(session.scalars(select(PriceType).where(PriceType.deletion_mark.is_(False))))
    wanted = fold(ref)
    exact = [p for p in live if fold(p.name) == wanted]
    starting = [p for p in live if wanted and fold(p.name).startswith(wanted)]
    for hits in (exact, starting):
        if len(hits) == 1:
            return hits[0]
    known = ", ".join(c.name for c in price_type_choices(session))
    raise _err(
        QT_TRANSLATE_NOOP("PriceList", "No price type «{ref}». Price types: {known}."),
        ref=ref,
        known=known or "—",
    )


@dataclass
class _Catalogue:
    """The products to list with their facts, in group then name order."""

    rows: list[tuple[str, str, str, str, str, str | None, Decimal | None]]
    # id, code, article, name, unit, group id, nominal VAT rate


def _catalogue(session: Session, group_ids: set[str] | None) -> _Catalogue:
    query = (
        select(
            Product.id,
            Product.code,
            Product.article,
            Product.name,
            Unit.name,
            Product.group_id,
            VatRate.rate,
        )
        .outerjoin(Unit, Unit.id == Product.unit_id)
        .outerjoin(VatRate, VatRate.id == Product.vat_rate_id)
        .where(Product.deletion_mark.is_(False), Product.removed_in_1c.is_(False))
    )
    rows = [
        (str(pid), code or "", article or "", name or "", unit or "", gid, rate)
        for pid, code, article, name, unit, gid, rate in session.execute(query)
        if group_ids is None or gid in group_ids
    ]
    return _Catalogue(rows)


def _stock(
    session: Session, shown: doc.StockShown, needed: bool
) -> tuple[tuple[str, ...], dict[str, tuple[Decimal, ...]]]:
    """Warehouse names and each product's quantities in their order (only when used)."""
    if shown is doc.StockShown.NONE and not needed:
        return (), {}
    warehouses = [
        (str(i), str(n))
        for i, n in session.execute(
            select(Warehouse.id, Warehouse.name)
            .where(Warehouse.deletion_mark.is_(False))
            .order_by(Warehouse.name)
        )
    ]
    column = {wid: i for i, (wid, _) in enumerate(warehouses)}
    per_product: dict[str, list[Decimal]] = {}
    for pid, wid, qty in session.execute(
        select(Stock.product_id, Stock.warehouse_id, Stock.quantity)
    ):
        index = column.get(wid)
        if index is None or qty is None:
            continue
        per_product.setdefault(pid, [ZERO] * len(warehouses))[index] += qty
    return tuple(n for _, n in warehouses), {p: tuple(q) for p, q in per_product.items()}


def _check_date(session: Session, price_type: PriceType, on: date) -> None:
    """A list dated before every price of its type would print prices that did not exist."""
    count, first = session.execute(
        select(func.count(), func.min(Price.period)).where(Price.price_type_id == price_type.id)
    ).one()
    if not count:
        raise _err(
            QT_TRANSLATE_NOOP(
                "PriceList",
                "There are no prices of type «{price_type}» in the local store. Set them in 1C "
                "and synchronise.",
            ),
            price_type=price_type.name,
        )
    if isinstance(first, datetime) and on < first.date():
        raise _err(
            QT_TRANSLATE_NOOP(
                "PriceList",
                "{date} is before the first price of type «{price_type}» ({first}). Choose "
                "a later date.",
            ),
            date=f"{on:%d.%m.%Y}",
            price_type=price_type.name,
            first=f"{first:%d.%m.%Y}",
        )


# --- pricing ----------------------------------------------------------------------------------


def client_price(
    ctx: terms_service.TermsContext, product_id: str
) -> tuple[Decimal | None, Decimal | None, Decimal, Decimal | None]:
    """(price, price with VAT on top, discount %, base price) of one unit for the client.

    The same call as `terms.quote` for quantity 1 (the `price` command): a one-line order
    of this product, ordered and shipped on the context's date. The product must be loaded.
    """
    priced = ctx.price(ctx.draft([(product_id, ONE, None)], shipment_date=ctx.on)).lines[0]
    if priced.base_price is None or priced.base_price <= 0 or priced.errors:
        return None, None, ZERO, priced.base_price
    percent = sum((d.percent for d in priced.discounts), ZERO)
    with_vat = priced.total if not priced.vat_included else None
    return priced.amount, with_vat, percent, priced.base_price


def _type_price(
    price: Decimal | None, nominal: Decimal | None, on: date, includes_vat: bool
) -> tuple[Decimal | None, Decimal | None]:
    if price is None or price <= 0:
        return None, None
    price = round_money(price)
    if includes_vat:
        return price, None
    rate = vat_rate_for(on, nominal)
    return price, price + (vat_on_top(price, rate) if rate is not None else ZERO)


def build_price_list(
    session: Session,
    request: PriceListRequest,
    *,
    options: builders.PrintOptions | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> doc.PriceListData:
    """The price list the request describes; a `UserError` says what is wrong with it."""
    options = options or builders.PrintOptions()
    if (request.price_type is None) == (request.client is None):
        raise _err(
            QT_TRANSLATE_NOOP("PriceList", "Choose either a price type or a client, not both.")
        )
    tree = _Tree(session)
    chosen = [tree.find(g) for g in request.groups if g.strip()]
    group_ids = tree.with_descendants(chosen) if chosen else None

    client: Client | None = None
    ctx: terms_service.TermsContext | None = None
    if request.client is not None:
        client = find_client(session, request.client)
        ctx = terms_service.load_terms(session, client.id, request.on)
        price_type = session.get(PriceType, ctx.price_type_id)
        if price_type is None:
            raise _err(
                QT_TRANSLATE_NOOP(
                    "PriceList",
                    "The client's price type is not in the local store. Synchronise with 1C.",
                )
            )
        includes_vat = ctx.prices_include_vat
    else:
        price_type = _find_price_type(session, request.price_type or "")
        includes_vat = price_type.includes_vat
    _check_date(session, price_type, request.on)

    catalogue = _catalogue(session, group_ids)
    warehouses, stock = _stock(session, request.stock_shown, request.in_stock_only)
    lines = _price_lines(
        session, catalogue, price_type, request, ctx, includes_vat, stock, progress, cancelled
    )
    _check_groups(tree, chosen, catalogue, lines, price_type.name)
    if request.in_stock_only:
        lines = {pid: line for pid, line in lines.items() if line.in_stock}
        if not lines:
            raise _err(
                QT_TRANSLATE_NOOP(
                    "PriceList", "Nothing in the chosen groups is in stock. Clear «In stock only»."
                )
            )
    return _assemble(
        session,
        request,
        tree,
        catalogue,
        lines,
        price_type,
        ctx,
        client,
        options,
        includes_vat=includes_vat,
        warehouses=warehouses,
    )


def _price_lines(
    session: Session,
    catalogue: _Catalogue,
    price_type: PriceType,
    request: PriceListRequest,
    ctx: terms_service.TermsContext | None,
    includes_vat: bool,
    stock: dict[str, tuple[Decimal, ...]],
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> dict[str, doc.PriceListLine]:
    total = len(catalogue.rows)
    type_prices: dict[str, Decimal] = {}
    if ctx is not None:
        ctx.ensure_products(session, (row[0] for row in catalogue.rows))
    else:
        type_prices = {
            str(pid): price
            for pid, price in session.execute(
                select(Price.product_id, Price.price).where(Price.price_type_id == price_type.id)
            )
        }
    out: dict[str, doc.PriceListLine] = {}
    for done, (pid, code, article, name, unit, _gid, nominal) in enumerate(catalogue.rows):
        if done % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                raise _err(QT_TRANSLATE_NOOP("PriceList", "The price list was cancelled."))
            if progress is not None:
                progress(done, total)
        if ctx is not None:
            price, with_vat, percent, base = client_price(ctx, pid)
        else:
            base = type_prices.get(pid)
            price, with_vat = _type_price(base, nominal, request.on, includes_vat)
            percent = ZERO
        out[pid] = doc.PriceListLine(
            article=article,
            name=name,
            unit=unit,
            vat_rate=vat_rate_for(request.on, nominal),
            price=price,
            code=code,
            product_id=pid,
            base_price=round_money(base) if base is not None and base > 0 else None,
            discount_percent=percent,
            price_with_vat=with_vat,
            stock=stock.get(pid, ()),
        )
    if progress is not None:
        progress(total, total)
    return out


def _check_groups(
    tree: _Tree,
    chosen: Sequence[str],
    catalogue: _Catalogue,
    lines: dict[str, doc.PriceListLine],
    price_type: str,
) -> None:
    """Each chosen group must hold at least one priced product: an empty section is a mistake."""
    priced_groups = {row[5] or "" for row in catalogue.rows if lines[row[0]].price is not None}
    for gid in chosen:
        if not tree.with_descendants([gid]) & priced_groups:
            raise _err(
                QT_TRANSLATE_NOOP(
                    "PriceList",
                    "The group «{group}» has no products with prices of type «{price_type}».",
                ),
                group=tree.title(gid),
                price_type=price_type,
            )
    if not chosen and not priced_groups:
        raise _err(
            QT_TRANSLATE_NOOP(
                "PriceList", "No product has a price of type «{price_type}» in the local store."
            ),
            price_type=price_type,
        )


def _manager(session: Session, client: Client, options: builders.PrintOptions) -> doc.Contact:
    """The client's manager, whom the reader calls, with the user's own phone and e-mail."""
    manager = session.get(Manager, client.manager_id) if client.manager_id else None
    return doc.Contact(
        name=manager.name if manager is not None else "",
        phone=options.manager_phone,
        email=options.manager_email,
        position="менеджер по продажам",
    )


def _assemble(
    session: Session,
    request: PriceListRequest,
    tree: _Tree,
    catalogue: _Catalogue,
    lines: dict[str, doc.PriceListLine],
    price_type: PriceType,
    ctx: terms_service.TermsContext | None,
    client: Client | None,
    options: builders.PrintOptions,
    *,
    includes_vat: bool,
    warehouses: tuple[str, ...],
) -> doc.PriceListData:
    sections: dict[str | None, list[doc.PriceListLine]] = defaultdict(list)
    for row in catalogue.rows:
        line = lines.get(row[0])
        if line is not None:
            sections[row[5] if row[5] in tree.names else None].append(line)
    ordered = sorted(sections, key=lambda g: (g is None, fold(tree.title(g))))
    groups = tuple(
        doc.PriceListGroup(
            tree.title(g), tuple(sorted(sections[g], key=lambda ln: (fold(ln.name), ln.article)))
        )
        for g in ordered
    )
    organization_id = ctx.organization_id if ctx is not None else None
    supplier = options.company or builders.company_party(session, organization_id)
    shown = request.stock_shown
    return doc.PriceListData(
        date=request.on,
        supplier=supplier,
        price_type=price_type.name,
        groups=groups,
        vat_mode=doc.VatMode.INSIDE if includes_vat else doc.VatMode.ON_TOP,
        stock_shown=shown,
        warehouses=warehouses if shown is not doc.StockShown.NONE else (),
        client=builders.client_party(session, client, ctx.legal_entity_id if ctx else None)
        if client is not None
        else None,
        client_name=client.name if client is not None else "",
        with_discount=any(ln.discount_percent for g in groups for ln in g.lines),
        manager=_manager(session, client, options) if client is not None else None,
        logo=options.logo,
        number=f"ПЛ-{request.on:%y%m%d}",
    )
