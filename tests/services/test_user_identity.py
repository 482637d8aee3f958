"""Telling which 1C user item the signed-in login is: the user's tasks, limits and unsent orders
hang on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import make_client
from sqlalchemy.orm import Session

from wholesale_desk.models import Manager
from wholesale_desk.services.user_identity import own_manager_id
from wholesale_desk.store import Store


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    store = Store(tmp_path / "store.sqlite")
    with store.session() as s:
        s.add_all(
            [
                Manager(id="m-guseva", name="Гусева Дарья Андреевна"),
                Manager(id="m-pavlov", name="Павлов Антон"),
                Manager(id="m-admin", name="Администратор"),
            ]
        )
        s.flush()
        yield s
    store.close()


@pytest.mark.parametrize(
    "login",
    [
        "Гусева Дарья Андреевна",
        "гусева дарья андреевна",
        "ГУСЕВА  ДАРЬЯ АНДРЕЕВНА",
        "Гусева Д. А.",
        "ГусеваДА",
        "гусева д.",
    ],
)
def test_login_finds_its_user_in_any_usual_spelling(session: Session, login: str) -> None:
    assert own_manager_id(session, login) == "m-guseva"


def test_a_manager_with_another_login_is_the_owner_of_every_client_they_see(
    session: Session,
) -> None:
    """1C shows a manager only their own clients: the one owner is them."""
    make_client(session, name="Ромашка", manager_id="m-pavlov")
    make_client(session, name="Лютик", inn="500100732259", manager_id="m-pavlov")
    assert own_manager_id(session, "apavlov") == "m-pavlov"
    assert own_manager_id(session, "apavlov", head_of_sales=True) is None


def test_unknown_login_of_someone_seeing_several_managers_clients_is_nobody(
    session: Session,
) -> None:
    make_client(session, name="Ромашка", manager_id="m-pavlov")
    make_client(session, name="Лютик", inn="500100732259", manager_id="m-guseva")
    assert own_manager_id(session, "boss") is None
    assert own_manager_id(session, "") is None
