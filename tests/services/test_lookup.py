"""Finding a client or product by what a person types: `print` and `price` accept the same things."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import make_client
from sqlalchemy.orm import Session

from wholesale_desk.i18n import UserError
from wholesale_desk.models import Product
from wholesale_desk.services.lookup import find_client, find_product
from wholesale_desk.store import Store


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    store = Store(tmp_path / "store.sqlite")
    with store.session() as s:
        make_client(s, name="Галактика", inn="7707083893")
        make_client(s, name="ГалактикаПродукт", inn="500100732259")
        make_client(s, name="Минимаркет «ГалактикаОпт»", inn="7736050003")
        make_client(s, name="Ёлочка", inn="7830002293")
        gone = make_client(s, name="Ромашка", inn="7702070139")
        gone.deletion_mark = True
        make_client(s, name="Ромашка", inn="7728168971")
        s.add(Product(name="Гвоздь строительный 4×100", code="00-0001", article="ГВ-100"))
        s.add(Product(name="Гвоздь строительный 3×70", code="00-0002", article="ГВ-70"))
        s.flush()
        yield s
    store.close()


def test_an_exact_name_wins_over_names_that_contain_it(session: Session) -> None:
    assert find_client(session, "Галактика").name == "Галактика"


def test_names_match_in_any_letter_case_and_with_yo_as_ye(session: Session) -> None:
    """SQLite folds only ASCII; a manager types "галактика" or "елочка" and means the client."""
    assert find_client(session, "галактика").name == "Галактика"
    assert find_client(session, "ГАЛАКТИКАПРОДУКТ").name == "ГалактикаПродукт"
    assert find_client(session, "елочка").name == "Ёлочка"


def test_a_unique_part_of_a_name_finds_the_client(session: Session) -> None:
    assert find_client(session, "ГалактикаОпт").name == "Минимаркет «ГалактикаОпт»"


def test_an_ambiguous_part_names_the_candidates(session: Session) -> None:
    with pytest.raises(UserError) as raised:
        find_client(session, "Галакт")
    message = str(raised.value)
    assert "Галактика" in message and "ГалактикаПродукт" in message


def test_inn_and_code_find_the_client(session: Session) -> None:
    assert find_client(session, "500100732259").name == "ГалактикаПродукт"


def test_a_client_marked_for_deletion_gives_way_to_the_live_namesake(session: Session) -> None:
    found = find_client(session, "Ромашка")
    assert not found.deletion_mark


def test_unknown_client_says_what_to_give(session: Session) -> None:
    with pytest.raises(UserError, match="ИНН"):
        find_client(session, "Нет такого")


def test_products_by_article_code_and_name_in_any_case(session: Session) -> None:
    assert find_product(session, "ГВ-100").code == "00-0001"
    assert find_product(session, "00-0002").article == "ГВ-70"
    assert find_product(session, "гвоздь строительный 3×70").article == "ГВ-70"
    with pytest.raises(UserError):
        find_product(session, "гвоздь")
