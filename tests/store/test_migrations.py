"""The store's schema comes from migrations, and upgrades keep the user's data."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from wholesale_desk import store as store_mod
from wholesale_desk.models import Base, Client, OrderLine, Settlement
from wholesale_desk.store import Store, make_engine, migrate


def test_migrations_produce_exactly_the_models_schema(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "s.sqlite")
    migrate(engine)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "include_object": lambda o, name, type_, r, c: (
                    not (type_ == "table" and name and "_fts" in name)
                ),
            },
        )
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def test_store_made_by_the_first_migration_upgrades_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    migrate(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO clients (id, name, full_name, phone, email, address, city, comment,"
                " contact_info, deletion_mark, removed_in_1c) VALUES ('c1', 'Ёлка', 'ООО Ёлка',"
                " '+7 495 1234567', 'info@elka.ru', '', 'Тула', '', '[]', 0, 0)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO settlements (client_id, document_type, debt, prepayment) VALUES ('c1', '', 1520010, 0)"
            )
        )
    engine.dispose()

    store = Store(path)  # opening the store upgrades it to the newest revision
    with store.session() as session:
        client = session.get(Client, "c1")
        assert client is not None and client.city == "Тула"
        assert session.query(Settlement).one().debt == Decimal("15200.10")
        found = (
            session.execute(
                text("SELECT client_id FROM clients_fts WHERE clients_fts MATCH :q"), {"q": "елка*"}
            )
            .scalars()
            .all()
        )
        assert found == ["c1"]
    store.close()


def test_store_pragmas_wal_and_foreign_keys(tmp_path: Path) -> None:
    store = Store(tmp_path / "p.sqlite")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    with pytest.raises(Exception), store.transaction() as session:  # noqa: B017
        session.add(
            OrderLine(
                order_id="no-such-order",
                line_no=1,
                quantity=Decimal(1),
                price=Decimal(1),
                amount=Decimal(1),
            )
        )
    store.close()


def test_money_refuses_float_and_extra_places(tmp_path: Path) -> None:
    store = Store(tmp_path / "m.sqlite")
    with pytest.raises(Exception), store.transaction() as session:  # noqa: B017
        session.add(Settlement(client_id="c", debt=0.1))
    with pytest.raises(Exception), store.transaction() as session:  # noqa: B017
        session.add(Settlement(client_id="c", debt=Decimal("0.001")))
    store.close()


def test_migrations_are_found_where_paths_says(tmp_path: Path) -> None:
    cfg = store_mod.alembic_config(make_engine(tmp_path / "c.sqlite"))
    assert Path(cfg.get_main_option("script_location")).joinpath("env.py").is_file()
