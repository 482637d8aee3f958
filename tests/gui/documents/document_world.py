"""A small company with bank details, signatories, a contact with an e-mail and saved orders."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from order_world import World

from wholesale_desk.models import Bank, BankAccount, Contact, Order, Signatory
from wholesale_desk.pricing import Role
from wholesale_desk.services import orders
from wholesale_desk.services.terms import Actor

D = Decimal
TODAY = date.today()
CONTACT_EMAIL = "buh@stroytorg.ru"


def pdf_text(pdf: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


def pdf_pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


@dataclass
class Company:
    world: World
    order_ids: list[str]

    @property
    def store(self):  # type: ignore[no-untyped-def]
        return self.world.store


def add_company_details(w: World) -> None:
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
        s.add(
            Contact(
                client_id=w.partner_id,
                name="Белова Светлана",
                position="Главный бухгалтер",
                email=CONTACT_EMAIL,
            )
        )


def saved_order(w: World, number: str, lines: int = 3) -> str:
    """A partner order priced and saved the way the order editor does."""
    pricer = orders.OrderPricer(w.store, w.partner_id, Actor(w.manager_id, Role.MANAGER), on=TODAY)
    draft = pricer.new_order()
    articles = ["PRF-PN-27", "BLT-M8-40", "KNIGA-SPR"][:lines]
    draft.lines = [orders.LineInput(w.products[a], D(2 + i)) for i, a in enumerate(articles)]
    saved = orders.save_order(w.store, draft, pricer)
    assert saved.order_id is not None
    with w.store.transaction() as s:
        order = s.get(Order, saved.order_id)
        assert order is not None
        order.number = number
    return saved.order_id
