"""Example documents with consistent figures: for the settings preview, tests and benchmarks.

Figures are computed the way the terms engine does (per line, half up, VAT per line then summed),
so the samples pass the renderers' consistency checks.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from wholesale_desk.documents.model import (
    BankDetails,
    Contact,
    InvoiceData,
    InvoiceLine,
    OfferData,
    OverdueItem,
    Party,
    ReconciliationData,
    ReconciliationRow,
    ReminderData,
    Signatory,
    VatAmount,
    VatMode,
)
from wholesale_desk.money import round_money, vat_inside, vat_on_top

COMPANY = Party(
    name="ООО «Оптовая компания „Северный ветер“»",
    inn="7707083893",
    kpp="770701001",
    address="125009, г. Москва, ул. Тверская, д. 7, офис 301",
    phone="+7 (495) 123-45-67",
    email="sales@severveter.ru",
    bank=BankDetails(
        bank_name="ПАО СБЕРБАНК г. Москва",
        bik="044525225",
        correspondent_account="30101810400000000225",
        account="40702810938000012345",
    ),
)
CLIENT = Party(
    name="ООО «Ромашка»",
    inn="7736050003",
    kpp="773601001",
    address="117997, г. Москва, ул. Наметкина, д. 16",
    phone="+7 (495) 719-30-01",
)
HEAD = Signatory(name="Иванов И. И.", position="Генеральный директор")
ACCOUNTANT = Signatory(name="Петрова А. А.", position="Главный бухгалтер")
MANAGER = Contact(
    name="Смирнов Алексей",
    phone="+7 (916) 555-12-34",
    email="smirnov@severveter.ru",
    position="Менеджер по продажам",
)

_CATALOG: tuple[tuple[str, str, str, Decimal, Decimal], ...] = (
    (
        "Бумага офисная А4 «Снегурочка», 80 г/м², 500 л.",
        "SN-A4-500",
        "пач",
        Decimal("389.90"),
        Decimal("10"),
    ),
    ("Ручка шариковая синяя, 0,7 мм", "PEN-BL-07", "шт", Decimal("24.50"), Decimal("100")),
    ("Папка-регистратор 75 мм, ПВХ, синяя", "REG-75-BL", "шт", Decimal("215.00"), Decimal("12")),
    ("Скрепки металлические 28 мм, 100 шт.", "CLIP-28", "уп", Decimal("39.99"), Decimal("25")),
    ("Клей-карандаш 21 г", "GLUE-21", "шт", Decimal("104.31"), Decimal("10")),
    ("Степлер №24/6, до 25 листов", "STPL-24", "шт", Decimal("612.40"), Decimal("3")),
    ("Лента клейкая 48 мм × 66 м, прозрачная", "TAPE-48", "шт", Decimal("87.65"), Decimal("1.5")),
    ("Картридж лазерный совместимый CF283A", "CF283A", "шт", Decimal("1899.00"), Decimal("2")),
)


def goods_lines(count: int, *, discount_percent: Decimal = Decimal(0)) -> tuple[InvoiceLine, ...]:
    """`count` lines cycling through a small stationery catalogue, discount applied per line."""
    lines = []
    for i in range(count):
        name, article, unit, price, quantity = _CATALOG[i % len(_CATALOG)]
        if count > len(_CATALOG):
            name = f"{name} (партия {i // len(_CATALOG) + 1})"
        gross = round_money(price * quantity)
        discount = round_money(gross * discount_percent / 100)
        lines.append(InvoiceLine(name, quantity, unit, price, gross - discount, article, discount))
    return tuple(lines)


def figures(
    lines: Sequence[InvoiceLine], mode: VatMode, rate: Decimal = Decimal(22)
) -> tuple[Decimal, tuple[VatAmount, ...], Decimal]:
    """(total, VAT per rate, total due) as the terms engine sums them: VAT per line."""
    total = sum((line.amount for line in lines), Decimal("0.00"))
    if mode is VatMode.NONE:
        return total, (), total
    per_line = vat_inside if mode is VatMode.INSIDE else vat_on_top
    vat = sum((per_line(line.amount, rate) for line in lines), Decimal("0.00"))
    due = total + vat if mode is VatMode.ON_TOP else total
    return total, (VatAmount(rate, vat),), due


def invoice(
    lines: int = 8,
    *,
    number: str = "ОВ-000123",
    mode: VatMode = VatMode.INSIDE,
    day: date = date(2026, 3, 5),
) -> InvoiceData:
    goods = goods_lines(lines, discount_percent=Decimal(5))
    total, vat, due = figures(goods, mode)
    return InvoiceData(
        number=number,
        date=day,
        supplier=COMPANY,
        buyer=CLIENT,
        basis="Договор поставки № 15/26 от 10.01.2026",
        lines=goods,
        vat_mode=mode,
        total=total,
        vat=vat,
        total_due=due,
        pay_by=day + timedelta(days=10),
        head=HEAD,
        accountant=ACCOUNTANT,
    )


def offer(lines: int = 6, *, day: date = date(2026, 3, 5)) -> OfferData:
    goods = goods_lines(lines)
    total, vat, due = figures(goods, VatMode.INSIDE)
    return OfferData(
        number="КП-042",
        date=day,
        supplier=COMPANY,
        addressee=CLIENT,
        attention="Генеральному директору\nПетрову П. П.",
        lines=goods,
        vat_mode=VatMode.INSIDE,
        total=total,
        vat=vat,
        total_due=due,
        valid_until=day + timedelta(days=14),
        manager=MANAGER,
        intro="Благодарим за интерес к нашей продукции. Предлагаем вам следующие товары "
        "по ценам, действующим для вашей компании:",
        payment_terms="отсрочка платежа 30 календарных дней с даты отгрузки",
        delivery_terms="доставка по Москве бесплатно при заказе от 15 000 руб., срок 1–2 рабочих дня",
        signatory=HEAD,
    )


def reconciliation(rows: int = 6) -> ReconciliationData:
    start, end = date(2026, 1, 1), date(2026, 3, 31)
    opening = Decimal("12500.00")
    items: list[ReconciliationRow] = []
    for i in range(rows):
        day = start + timedelta(days=3 + i * 85 // max(rows, 1))
        if i % 3 == 2:
            items.append(
                ReconciliationRow(
                    day, f"Оплата ({day:%d.%m.%Y} № {40 + i})", credit=Decimal("20000.00")
                )
            )
        elif i % 5 == 4:
            items.append(
                ReconciliationRow(
                    day, f"Возврат ({day:%d.%m.%Y} № В-{i})", credit=Decimal("1043.10")
                )
            )
        else:
            amount = round_money(Decimal("15200.00") + Decimal(i) * Decimal("1234.56"))
            items.append(
                ReconciliationRow(day, f"Продажа ({day:%d.%m.%Y} № ОВ-{100 + i})", debit=amount)
            )
    debit = sum((r.debit for r in items), Decimal("0.00"))
    credit = sum((r.credit for r in items), Decimal("0.00"))
    return ReconciliationData(
        date=date(2026, 4, 2),
        period_start=start,
        period_end=end,
        company=COMPANY,
        counterparty=CLIENT,
        opening_balance=opening,
        rows=tuple(items),
        turnover_debit=debit,
        turnover_credit=credit,
        closing_balance=opening + debit - credit,
        contract="Договор поставки № 15/26 от 10.01.2026",
        company_signatory=HEAD,
        company_accountant=ACCOUNTANT,
    )


def reminder(day: date = date(2026, 3, 5)) -> ReminderData:
    items = (
        OverdueItem(
            "Продажа № ОВ-000101", date(2025, 12, 1), date(2025, 12, 31), Decimal("48230.40"), 64
        ),
        OverdueItem(
            "Продажа № ОВ-000117", date(2026, 1, 20), date(2026, 2, 19), Decimal("15200.00"), 14
        ),
        OverdueItem(
            "Продажа № ОВ-000121", date(2026, 1, 28), date(2026, 2, 27), Decimal("990.94"), 6
        ),
    )
    return ReminderData(
        number="НП-007",
        date=day,
        company=COMPANY,
        debtor=CLIENT,
        items=items,
        total_overdue=sum((i.amount for i in items), Decimal("0.00")),
        manager=MANAGER,
        attention="Генеральному директору\nПетрову П. П.",
        salutation="Уважаемый Пётр Петрович!",
        pay_by=day + timedelta(days=7),
        contract="Договор поставки № 15/26 от 10.01.2026",
        signatory=HEAD,
    )
