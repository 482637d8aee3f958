"""Documents built from the local store: the invoice prints the saved order to the kopeck, the
offer prices through the terms engine like the order screen, the statement and the reminder add
up the store's documents and 1C's settlements; the CLI writes them to files."""

from __future__ import annotations

import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pdf_reading import flat, pdf_text
from sqlalchemy import delete

# The order tests' small company (two clients with different terms) is reused as is.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from order_world import World, fresh

from wholesale_desk import cli
from wholesale_desk.amount_words import amount_in_words
from wholesale_desk.documents import VatMode, render
from wholesale_desk.i18n import UserError
from wholesale_desk.models import (
    Bank,
    BankAccount,
    CustomerReturn,
    Order,
    Payment,
    PaymentAllocation,
    Settlement,
    Shipment,
    Signatory,
)
from wholesale_desk.money import format_money
from wholesale_desk.pricing import Role
from wholesale_desk.services import documents as service
from wholesale_desk.services import orders
from wholesale_desk.services.terms import Actor

D = Decimal
TODAY = date(2026, 3, 5)


def m(value: Decimal) -> str:
    return flat(format_money(value))


def drop_bank_accounts(w: World) -> None:
    """The shared order world gives our company an account; these tests choose their own."""
    with w.store.transaction() as s:
        s.execute(delete(BankAccount))


def add_company_details(w: World) -> None:
    drop_bank_accounts(w)
    with w.store.transaction() as s:
        bank = Bank(
            bik="044525225", name="ПАО СБЕРБАНК", city="Москва", corr_account="30101810400000000225"
        )
        s.add(bank)
        s.flush()
        s.add(
            BankAccount(
                organization_id=w.org_id,
                bank_id=bank.id,
                account="40702810938000012345",
                name="Основной",
            )
        )
        s.add(
            Signatory(
                organization_id=w.org_id,
                role="Руководитель",
                name="Кузнецов Олег Петрович",
                position="Генеральный директор",
            )
        )
        s.add(
            Signatory(
                organization_id=w.org_id,
                role="ГлавныйБухгалтер",
                name="Орлова Мария Сергеевна",
                position="Главный бухгалтер",
            )
        )


@pytest.fixture
def world(tmp_path: Path) -> World:
    w = fresh(tmp_path, TODAY)
    add_company_details(w)
    return w


def saved_order(w: World, number: str = "КО-000042") -> tuple[str, Decimal]:
    """A partner order priced and saved the way the order editor does; returns (id, screen total)."""
    pricer = orders.OrderPricer(w.store, w.partner_id, Actor(w.manager_id, Role.MANAGER), on=TODAY)
    draft = pricer.new_order()
    draft.lines = [
        orders.LineInput(w.products["PRF-PN-27"], D(10)),
        orders.LineInput(w.products["BLT-M8-40"], D(100)),
        orders.LineInput(w.products["KNIGA-SPR"], D(3)),
    ]
    screen_total = pricer.check(draft).priced.to_pay
    saved = orders.save_order(w.store, draft, pricer)
    assert saved.order_id is not None
    with w.store.transaction() as s:
        order = s.get(Order, saved.order_id)
        assert order is not None
        order.number = number  # as 1C numbers it on acceptance
    return saved.order_id, screen_total


def test_invoice_prints_the_saved_order_to_the_kopeck(world: World) -> None:
    order_id, screen_total = saved_order(world)
    with world.store.session() as s:
        order = s.get(Order, order_id)
        assert order is not None
        data = service.invoice_for_order(s, service.find_order(s, "42"))
        lines = [ln for ln in order.lines if not ln.cancelled]
        stored_vat = {(ln.vat_rate_id, ln.vat_amount) for ln in lines}
    assert data.total_due == screen_total == order.amount - order.bonus_redeemed
    assert data.vat_mode is VatMode.INSIDE
    assert sorted(v.rate for v in data.vat) == [D(10), D(22)]  # the book is at 10%
    assert sum(v.amount for v in data.vat) == sum(v for _, v in stored_vat)
    text = flat(pdf_text(render(data)))
    assert "Счет на оплату № КО-000042 от 5 марта 2026 г." in text
    for number, (printed, stored) in enumerate(zip(data.lines, lines, strict=True), start=1):
        assert printed.amount == stored.amount and printed.price == stored.price
        discount = stored.manual_discount_amount + stored.auto_discount_amount
        assert f"{number} {printed.name} " in text
        assert f"{m(stored.price)} {m(discount)} {m(stored.amount)}" in text
    for vat in data.vat:
        assert f"В том числе НДС ({vat.rate.normalize():f}%): {m(vat.amount)}" in text
    assert f"Всего к оплате: {m(data.total_due)}" in text
    assert amount_in_words(data.total_due) in text
    assert "АО «Стройторг», ИНН 7707083893, КПП 770701001" in text
    assert "ПАО СБЕРБАНК г. Москва БИК 044525225" in text
    assert "40702810938000012345" in text
    assert "Основание: Поставка 2026" in text
    assert "Кузнецов О. П." in text and "Орлова М. С." in text
    assert data.pay_by == order.payment_stages[-1].due_date
    assert f"Оплатить не позднее {data.pay_by:%d.%m.%Y}" in text


def test_offer_prices_like_the_order_screen(world: World) -> None:
    pricer = orders.OrderPricer(world.store, world.partner_id, Actor(world.manager_id), on=TODAY)
    draft = pricer.new_order()
    draft.shipment_date = TODAY
    draft.lines = [
        orders.LineInput(world.products["PRF-PN-27"], D(10)),
        orders.LineInput(world.products["GAI-M8"], D(500)),
    ]
    screen = pricer.check(draft).priced
    with world.store.session() as s:
        client = service.find_client(s, "Стройторг")
        products = [
            (service.find_product(s, "PRF-PN-27"), D(10)),
            (service.find_product(s, "GAI-M8"), D(500)),
        ]
        data = service.offer_for_client(s, client, products, on=TODAY, number="КП-7")
    assert [ln.amount for ln in data.lines] == [ln.amount for ln in screen.lines]
    assert [ln.price for ln in data.lines] == [ln.base_price for ln in screen.lines]
    assert data.total_due == screen.total
    text = flat(pdf_text(render(data)))
    assert "1 Профиль ПН 27х28 3 м PRF-PN-27 шт 10 95,00 47,50 902,50" in text
    assert f"Всего: {m(screen.total)}" in text
    assert "отсрочка платежа 30 дн." in text
    assert "Иванов Иван" in text  # the client's manager


def test_offer_of_a_product_without_price_names_it(world: World) -> None:
    with world.store.session() as s:
        client = service.find_client(s, "000001")
        product = service.find_product(s, "NOPRICE-1")
        with pytest.raises(UserError, match="Хомут червячный"):
            service.offer_for_client(s, client, [(product, D(1))], on=TODAY)


def add_history(w: World) -> None:
    """Ромашка's documents around the first quarter of 2026."""

    def at(d: date) -> datetime:
        return datetime.combine(d, datetime.min.time()).replace(hour=10)

    with w.store.transaction() as s:
        s.add(
            Shipment(
                client_id=w.client_id,
                number="Р-1",
                date=at(date(2025, 12, 20)),
                posted=True,
                amount=D("7000.00"),
            )
        )
        s.add(
            Shipment(
                client_id=w.client_id,
                number="Р-2",
                date=at(date(2026, 1, 15)),
                posted=True,
                amount=D("15200.00"),
            )
        )
        s.add(
            Shipment(
                client_id=w.client_id,
                number="Р-3",
                date=at(date(2026, 2, 10)),
                posted=False,
                amount=D("999.00"),
            )
        )  # not posted: not in the books
        s.add(
            CustomerReturn(
                client_id=w.client_id,
                number="В-1",
                date=at(date(2026, 2, 1)),
                posted=True,
                amount=D("990.94"),
            )
        )
        pay = Payment(
            client_id=None,
            number="П-5",
            date=at(date(2026, 2, 20)),
            posted=True,
            amount=D("50000.00"),
        )
        pay.allocations = [
            PaymentAllocation(line_no=1, client_id=w.client_id, amount=D("10000.00")),
            PaymentAllocation(line_no=2, client_id=w.partner_id, amount=D("40000.00")),
        ]
        s.add(pay)
        s.add(
            Shipment(
                client_id=w.client_id,
                number="Р-4",
                date=at(date(2026, 3, 3)),
                posted=True,
                amount=D("1043.10"),
            )
        )


def test_reconciliation_walks_back_from_1c_balance(world: World) -> None:
    add_history(world)
    with world.store.session() as s:
        client = service.find_client(s, "500100732259")
        balance_now = sum(
            (
                d - p
                for d, p in s.execute(
                    Settlement.__table__.select()
                    .with_only_columns(Settlement.debt, Settlement.prepayment)
                    .where(Settlement.client_id == client.id)
                )
            ),
            D(0),
        )
        data = service.reconciliation_for_client(
            s, client, date(2026, 1, 1), date(2026, 2, 28), today=TODAY
        )
    assert balance_now == D("120000.00")
    assert [r.document for r in data.rows] == [
        "Продажа (15.01.2026 № Р-2)",
        "Возврат (01.02.2026 № В-1)",
        "Оплата (20.02.2026 № П-5)",  # this client's 10 000 of a 50 000 payment
    ]
    assert data.turnover_debit == D("15200.00")
    assert data.turnover_credit == D("10990.94")
    assert data.closing_balance == D("120000.00") - D("1043.10")  # Р-4 came after the period
    assert data.opening_balance == data.closing_balance - D("15200.00") + D("10990.94")
    text = flat(pdf_text(render(data)))
    assert f"Сальдо конечное {m(data.closing_balance)}" in text
    assert "Обороты за период 15 200,00 10 990,94" in text
    assert "задолженность в пользу ООО «Крепёж-Опт» составляет 118 956,90 руб." in text


def test_reminder_lists_the_overdue_settlement(world: World) -> None:
    with world.store.session() as s:
        data = service.reminder_for_client(s, service.find_client(s, "Ромашка"), on=TODAY)
    assert [(i.amount, i.days_overdue) for i in data.items] == [(D("20000.00"), 10)]
    text = flat(pdf_text(render(data)))
    assert "Итого просрочено: 20 000,00" in text
    assert "Двадцать тысяч рублей 00 копеек" in text


def test_company_without_bank_account_cannot_print_an_invoice(tmp_path: Path) -> None:
    w = fresh(tmp_path, TODAY)
    drop_bank_accounts(w)
    order_id, _ = saved_order(w)
    with w.store.session() as s:
        order = s.get(Order, order_id)
        assert order is not None
        data = service.invoice_for_order(s, order)
    with pytest.raises(UserError, match="банковский счет"):
        render(data)


def test_cli_prints_each_document(
    world: World,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("WHOLESALE_DESK_HOME", str(tmp_path))
    saved_order(world)
    add_history(world)
    out = tmp_path / "out"
    runs = {
        "invoice.pdf": ["print", "invoice", "КО-000042"],
        "offer.pdf": [
            "print",
            "offer",
            "--client",
            "Стройторг",
            "--products",
            "PRF-PN-27,GAI-M8",
            "--qty",
            "10,500",
            "--date",
            "2026-03-05",
        ],
        "act.pdf": [
            "print",
            "reconciliation",
            "--client",
            "Ромашка",
            "--from",
            "2026-01-01",
            "--to",
            "2026-03-31",
        ],
        "reminder.pdf": ["print", "reminder", "--client", "Ромашка", "--date", "2026-03-05"],
    }
    for name, argv in runs.items():
        assert cli.main([*argv, "--out", str(out / name)]) == 0, capsys.readouterr().err
    assert "Счет на оплату № КО-000042" in pdf_text((out / "invoice.pdf").read_bytes())
    assert "Коммерческое предложение" in pdf_text((out / "offer.pdf").read_bytes())
    assert "Акт сверки" in pdf_text((out / "act.pdf").read_bytes())
    assert "Напоминание об оплате" in pdf_text((out / "reminder.pdf").read_bytes())
    assert cli.main(["print", "invoice", "НЕТ-999", "--out", str(out / "x.pdf")]) == 1
    assert "No order «НЕТ-999»" in capsys.readouterr().err
    assert not (out / "x.pdf").exists()


def test_cancelled_order_has_no_invoice(world: World) -> None:
    order_id, _ = saved_order(world)
    with world.store.transaction() as s:
        order = s.get(Order, order_id)
        assert order is not None
        order.state = "cancelled"
    with world.store.session() as s:
        order = s.get(Order, order_id)
        assert order is not None
        with pytest.raises(UserError, match="cancelled"):
            service.invoice_for_order(s, order)


def test_cli_offer_follows_the_not_public_offer_setting(
    world: World, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("WHOLESALE_DESK_HOME", str(tmp_path))
    argv = ["print", "offer", "--client", "Стройторг", "--products", "GAI-M8"]
    assert cli.main([*argv, "--out", str(tmp_path / "with.pdf")]) == 0
    assert "публичной" in pdf_text((tmp_path / "with.pdf").read_bytes())
    (tmp_path / "settings.ini").write_text("[company]\noffer_not_public_note=false\n")
    assert cli.main([*argv, "--out", str(tmp_path / "without.pdf")]) == 0
    assert "публичной" not in pdf_text((tmp_path / "without.pdf").read_bytes())


def test_a_number_repeated_in_an_earlier_year_finds_this_years_order(world: World) -> None:
    order_id, _ = saved_order(world)
    with world.store.transaction() as s:
        s.add(
            Order(
                client_id=world.client_id,
                number="КО-000042",
                date=datetime(2025, 6, 1, 12, 0),
                amount=D("1.00"),
            )
        )
    with world.store.session() as s:
        assert service.find_order(s, "КО-000042").id == order_id
        assert service.find_order(s, "42").id == order_id
        with pytest.raises(UserError, match="No order"):
            service.find_order(s, "43")


def test_bank_city_is_printed_once_whether_or_not_1c_prefixed_it() -> None:
    """1C's bank classifier stores "г. Москва"; a hand-filled bank card just "Москва"."""
    assert service.bank_with_city("АО «Банк»", "г. Москва") == "АО «Банк» г. Москва"
    assert service.bank_with_city("АО «Банк»", "Москва") == "АО «Банк» г. Москва"
    assert service.bank_with_city("ПАО СБЕРБАНК г. Москва", "г. Москва") == "ПАО СБЕРБАНК г. Москва"
    assert service.bank_with_city("АО «Банк»", "") == "АО «Банк»"
