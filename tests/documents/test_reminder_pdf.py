"""The payment reminder lists the overdue documents, their due dates and days late, and the total."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from pdf_reading import pdf_text

from wholesale_desk.documents import render_reminder, samples
from wholesale_desk.i18n import UserError


def test_reminder_lists_overdue_documents_and_asks_to_pay_by_a_date() -> None:
    text = pdf_text(render_reminder(samples.reminder()))
    flat = " ".join(text.split("\n"))
    assert "Напоминание об оплате" in text
    assert "Исх. № НП-007 от 5 марта 2026 г." in text
    assert "Уважаемый Пётр Петрович!" in text
    assert "1\nПродажа № ОВ-000101\n01.12.2025\n31.12.2025\n64\n48 230,40" in text
    assert "2\nПродажа № ОВ-000117\n20.01.2026\n19.02.2026\n14\n15 200,00" in text
    assert "3\nПродажа № ОВ-000121\n28.01.2026\n27.02.2026\n6\n990,94" in text
    assert "Итого просрочено:\n64 421,34" in text
    assert (
        "составляет 64 421,34 руб. (Шестьдесят четыре тысячи четыреста двадцать один рубль 34 копейки)"
        in flat
    )
    assert "в срок до 12 марта 2026 г. Если оплата уже произведена" in flat
    assert "Смирнов Алексей, тел.: +7 (916) 555-12-34, e-mail: smirnov@severveter.ru" in flat
    assert "по договору поставки № 15/26" in flat
    assert "р/с 40702810938000012345" in flat  # our bank details in the letterhead


def test_reminder_without_overdue_documents_is_refused() -> None:
    data = dataclasses.replace(samples.reminder(), items=(), total_overdue=Decimal(0))
    with pytest.raises(UserError, match="nothing to remind"):
        render_reminder(data)


def test_reminder_total_must_match_its_documents() -> None:
    with pytest.raises(ValueError, match="total overdue"):
        render_reminder(dataclasses.replace(samples.reminder(), total_overdue=Decimal("1.00")))
