"""A conflict as a sales manager reads it: titles instead of column names, names instead of ids,
money and dates written out, order lines side by side with the changed cells known."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from order_world import World, fresh

from wholesale_desk.connection import ConnectionSettings
from wholesale_desk.i18n import Text
from wholesale_desk.models import Order
from wholesale_desk.onec.profile import load_profile
from wholesale_desk.services.conflict_view import readable
from wholesale_desk.sync.conflicts import ConflictView
from wholesale_desk.sync.mapping import bind


def shown(value: str | Text) -> str:
    """A shown value in English (a `Text` such as "yes" renders through the core catalog)."""
    return str(value)


def order_conflict(w: World) -> ConflictView:
    with w.store.transaction() as s:
        order = Order(client_id=w.partner_id, date=date(2026, 3, 5), number="ТД00-000042")
        s.add(order)
        s.flush()
        order_id = order.id
    line = {
        "LineNumber": "1",
        "Номенклатура_Key": w.products["PERCH-NR"],
        "Количество": 3,
        "Цена": "34.50",
        "ПроцентРучнойСкидки": 0,
        "СуммаСНДС": "103.50",
        "Отменено": False,
    }
    mine = {
        "client_id": w.partner_id,
        "agreement_id": w.agreement_id,
        "shipment_date": "2026-03-10T00:00:00",
        "amount": "1234.5",
        "comment": "мой",
        "prices_include_vat": True,
        "lines": [line, {**line, "LineNumber": "2"}],
    }
    theirs = {
        **mine,
        "amount": "103.50",
        "comment": "из 1С",
        "lines": [{**line, "Количество": 1, "СуммаСНДС": "34.50"}],
    }
    return ConflictView(1, "Document_ЗаказКлиента", "order", order_id, mine, theirs, "a", "b")


def test_an_order_conflict_reads_as_words(tmp_path: Path) -> None:
    w = fresh(tmp_path)
    bound = bind(load_profile(ConnectionSettings().profile))
    with w.store.session() as s:
        view = readable(s, bound, order_conflict(w))
    assert str(view.title) == "Order ТД00-000042 · Стройторг"
    by_title = {str(f.title): (shown(f.mine), shown(f.theirs), f.changed) for f in view.fields}
    assert by_title["Amount"] == ("1\u202f234,50", "103,50", True)
    assert by_title["Comment"] == ("мой", "из 1С", True)
    assert by_title["Delivery date"] == ("10.03.2026", "10.03.2026", False)
    assert by_title["Prices include VAT"] == ("yes", "yes", False)
    assert by_title["Client"][0] == "Стройторг"
    assert w.agreement_id not in by_title["Agreement"][0]  # a name, not an id
    assert [f.changed for f in view.fields][:2] == [True, True]  # the differences come first
    assert not any("_id" in str(f.title) for f in view.fields)

    assert [str(t) for t in view.line_columns][:3] == ["Product", "Quantity", "Price"]
    first, second = view.lines
    assert first.mine is not None and first.theirs is not None
    assert (
        first.mine[0] == "Перчатки нитриловые" and first.mine[1] == "3" and first.theirs[1] == "1"
    )
    assert first.changed(1) and first.changed(4) and not first.changed(2)
    assert second.theirs is None  # the line is only on this side
    assert not view.any_line_cancelled
