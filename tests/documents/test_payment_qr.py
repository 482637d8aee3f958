"""The ГОСТ Р 56042-2014 payment QR code on the invoice and the reminder: read back from the
rendered page with OpenCV, compared field by field with the document's requisites and total."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest
from documents.pdf_reading import pdf_text
from documents.qr_reading import decode_qr, qr_box
from hypothesis import given
from hypothesis import strategies as st

from wholesale_desk.documents import BankDetails, VatAmount, VatMode, render, samples
from wholesale_desk.documents import payment_qr as qr
from wholesale_desk.documents.invoice import payment_request
from wholesale_desk.services.documents import payment_qr_notice


def _expect_requisites(fields: dict[str, str], party: samples.Party) -> None:
    bank = party.bank
    assert bank is not None
    assert fields["header"] == "ST00012"  # format 0001, character set 2 = UTF-8
    assert fields["Name"] == party.name
    assert fields["PersonalAcc"] == bank.account
    assert fields["BankName"] == bank.bank_name
    assert fields["BIC"] == bank.bik
    assert fields["CorrespAcc"] == bank.correspondent_account
    assert fields["PayeeINN"] == party.inn
    assert fields["KPP"] == party.kpp


@pytest.mark.parametrize("mode", [VatMode.INSIDE, VatMode.ON_TOP, VatMode.NONE])
def test_invoice_code_scans_to_its_requisites_and_total(tmp_path: Path, mode: VatMode) -> None:
    data = samples.invoice(mode=mode)
    fields = qr.parse(decode_qr(render(data), tmp_path))
    _expect_requisites(fields, data.supplier)
    assert Decimal(fields["Sum"]) / 100 == data.total_due  # kopecks, to the kopeck
    purpose = fields["Purpose"]
    assert f"Оплата по счету № {data.number} от 05.03.2026" in purpose
    if mode is VatMode.NONE:
        assert "НДС не облагается" in purpose
    else:
        rub, kop = divmod(int(data.vat[0].amount * 100), 100)
        assert f"В т.ч. НДС (22%) {rub}-{kop:02d}" in purpose


def test_invoice_code_sits_top_right_clear_of_the_title(tmp_path: Path) -> None:
    data = samples.invoice()
    left, top, right, bottom = qr_box(render(data), tmp_path)
    assert left > 150 and right < 201  # the right margin is 10 mm on A4 (210 mm)
    assert top < 20  # beside the bank grid, at the top of the page
    assert bottom < 50  # the title starts below the grid and its 6 mm gap


def test_reminder_code_asks_for_the_overdue_total(tmp_path: Path) -> None:
    data = samples.reminder()
    fields = qr.parse(decode_qr(render(data), tmp_path))
    _expect_requisites(fields, data.company)
    assert Decimal(fields["Sum"]) / 100 == data.total_overdue
    assert f"напоминанию № {data.number}" in fields["Purpose"]


def test_setting_off_prints_no_code(tmp_path: Path) -> None:
    data = dataclasses.replace(samples.invoice(), payment_qr=False)
    assert decode_qr(render(data), tmp_path) == ""
    assert payment_qr_notice(data) is None


def test_malformed_bik_prints_the_invoice_without_the_code_and_says_why(tmp_path: Path) -> None:
    bank = BankDetails("ПАО СБЕРБАНК г. Москва", "0445252", "30101810400000000225", "4070281")
    data = dataclasses.replace(
        samples.invoice(), supplier=dataclasses.replace(samples.COMPANY, bank=bank)
    )
    pdf = render(data)
    assert "Счет на оплату" in pdf_text(pdf)
    assert decode_qr(pdf, tmp_path) == ""
    notice = payment_qr_notice(data)
    assert notice is not None
    assert "БИК" in str(notice) and "расчетный счет" in str(notice)
    assert "QR" not in pdf_text(pdf)  # the reason is told to the user, not printed for the client


def test_reminder_of_a_company_without_a_bank_account_has_no_code_and_says_why(
    tmp_path: Path,
) -> None:
    data = dataclasses.replace(
        samples.reminder(), company=dataclasses.replace(samples.COMPANY, bank=None)
    )
    assert decode_qr(render(data), tmp_path) == ""
    assert "банковский счет" in str(payment_qr_notice(data))


@given(
    name=st.text(min_size=1, max_size=300).filter(lambda s: s.strip()),
    kopecks=st.integers(min_value=1, max_value=10**13),
)
def test_payload_keeps_its_shape_whatever_the_names(name: str, kopecks: int) -> None:
    party = dataclasses.replace(samples.COMPANY, name=name)
    amount = Decimal(kopecks) / 100
    text = qr.payload(qr.PaymentRequest(party, amount, "Оплата | по счету\nсрочно"))
    fields = qr.parse(text)
    assert list(fields)[:2] == ["header", "Name"]
    assert fields["Sum"] == str(kopecks)
    assert len(fields["Name"]) <= 160 and "\n" not in text
    assert fields["Purpose"] == "Оплата / по счету срочно"
    assert len(text.split("|")) == 10


def test_payment_request_is_the_invoice_total_to_our_account() -> None:
    data = samples.invoice()
    request = payment_request(data)
    assert request.amount == data.total_due and request.payee == data.supplier


def test_a_long_payload_still_scans_from_a_coarse_scan(tmp_path: Path) -> None:
    """A long legal name, a long bank name and two VAT rates (~500 bytes, as on the demo
    company's invoices) must still read from a 200 dpi scan, a phone camera's league."""
    bank = BankDetails(
        "АО «Столичный Коммерческий Банк» г. Москва",
        "044525277",
        "30101810500000000277",
        "40702810924475771046",
    )
    company = dataclasses.replace(
        samples.COMPANY,
        name="Общество с ограниченной ответственностью «Торговый дом «Подмосковье»",
        bank=bank,
    )
    data = dataclasses.replace(
        samples.invoice(),
        supplier=company,
        vat=(VatAmount(Decimal(22), Decimal("2100.00")), VatAmount(Decimal(10), Decimal("767.48"))),
    )
    text = qr.payload(payment_request(data))
    assert len(text.encode("utf-8")) > 450
    assert decode_qr(render(data), tmp_path, dpi=200) == text
