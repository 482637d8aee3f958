"""The commercial offer shows this client's prices, the totals, the terms and whom to call."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from pdf_reading import normalise, pdf_text

from wholesale_desk.amount_words import amount_in_words
from wholesale_desk.documents import render_offer, samples
from wholesale_desk.i18n import UserError
from wholesale_desk.money import format_money, format_qty


def test_offer_lists_products_at_the_clients_prices_with_totals() -> None:
    data = samples.offer(6)
    text = pdf_text(render_offer(data))
    assert "Коммерческое предложение" in text
    assert "Исх. № КП-042 от 5 марта 2026 г." in text
    assert "Генеральному директору\nПетрову П. П." in text and "ООО «Ромашка»" in text
    for number, line in enumerate(data.lines, start=1):
        row = "\n".join(
            (
                str(number),
                line.name,
                line.article,
                line.unit,
                normalise(format_qty(line.quantity)),
                normalise(format_money(line.price)),
                normalise(format_money(line.amount)),
            )
        )
        assert row in text
    assert f"Итого:\n{normalise(format_money(data.total))}" in text
    assert f"В том числе НДС (22%):\n{normalise(format_money(data.vat[0].amount))}" in text
    assert f"Всего:\n{normalise(format_money(data.total_due))}" in text
    assert amount_in_words(data.total_due) in text


def test_offer_states_validity_terms_manager_and_the_not_an_offer_note() -> None:
    data = samples.offer(2)
    text = pdf_text(render_offer(data))
    assert "Предложение действительно до 19 марта 2026 г." in text
    assert "Условия оплаты: отсрочка платежа 30 календарных дней" in text
    assert "Условия поставки: доставка по Москве" in text
    assert "Смирнов Алексей" in text and "+7 (916) 555-12-34" in text
    assert "smirnov@severveter.ru" in text
    assert "не является публичной" in text
    assert "ИНН 7707083893, КПП 770701001" in text  # letterhead
    off = pdf_text(render_offer(dataclasses.replace(data, not_public_offer=False)))
    assert "публичной" not in off


def test_offer_without_products_asks_to_choose_some() -> None:
    data = dataclasses.replace(
        samples.offer(1), lines=(), total=Decimal(0), vat=(), total_due=Decimal(0)
    )
    with pytest.raises(UserError, match="no products"):
        render_offer(data)


def test_offer_without_company_inn_says_where_to_fill_it() -> None:
    data = dataclasses.replace(
        samples.offer(1), supplier=dataclasses.replace(samples.COMPANY, inn="")
    )
    with pytest.raises(UserError, match="ИНН") as caught:
        render_offer(data)
    assert "Settings → Company" in str(caught.value)
