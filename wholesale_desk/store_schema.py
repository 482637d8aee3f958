"""What a store file holds before it is migrated: ours, new, half-made by an old version, or not ours.

Earlier versions created the first schema table by table outside a transaction, so a first
start killed half-way left some tables and no Alembic version; every later start failed with
"table … already exists". `prepare` runs inside the migration's transaction and repairs such a
store when it holds no data (nothing can be lost: it was never synced), and refuses a file that
is not ours, holds data without a version, or was made by a newer version, in words.
"""

from __future__ import annotations

from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection

from wholesale_desk.i18n import QT_TRANSLATE_NOOP, Text, text
from wholesale_desk.models import Base

VERSION_TABLE = "alembic_version"


class SchemaProblem(Exception):
    """The store's schema cannot be brought to this version; `describe(path)` says why."""

    def __init__(self, source: str, **args: str) -> None:
        super().__init__(source.format(path="…", **args))
        self.source = source
        self.args_ = args

    def describe(self, path: str) -> Text:
        return text("Store", self.source, path=path, **self.args_)


def _tables(connection: Connection) -> dict[str, str]:
    """name → CREATE statement of every table (virtual ones too), SQLite's own excluded."""
    rows = connection.exec_driver_sql(
        "SELECT name, coalesce(sql, '') FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%'"
    ).all()
    return {str(name): str(sql) for name, sql in rows}


def _is_ours(name: str) -> bool:
    return name in Base.metadata.tables or name == VERSION_TABLE or "_fts" in name


def _current_revision(connection: Connection, tables: dict[str, str]) -> str | None:
    if VERSION_TABLE not in tables:
        return None
    value = connection.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").scalar()
    return str(value) if value else None


def prepare(connection: Connection, cfg: Config) -> None:
    """Make the store ready for `alembic upgrade` inside the caller's transaction, or raise."""
    tables = _tables(connection)
    revision = _current_revision(connection, tables)
    if revision is not None:
        try:
            ScriptDirectory.from_config(cfg).get_revision(revision)
        except CommandError as exc:
            raise SchemaProblem(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "The local store {path} was made by a newer version of Wholesale Desk "
                    "(schema {revision}): install that version, or move the store aside to "
                    "start afresh.",
                ),
                revision=revision,
            ) from exc
        return
    leftovers = [name for name in tables if name != VERSION_TABLE]
    if not leftovers:
        return
    if not all(_is_ours(name) for name in tables):
        raise SchemaProblem(
            QT_TRANSLATE_NOOP(
                "Store",
                "{path} is not a Wholesale Desk store (it holds other tables): choose another "
                "data folder with --data-dir, or move the file aside.",
            )
        )
    if any(_holds_rows(connection, name, tables[name]) for name in leftovers):
        raise SchemaProblem(
            QT_TRANSLATE_NOOP(
                "Store",
                "The local store {path} was left half-created by an interrupted start and "
                "holds data: move it aside; the next start makes a new store.",
            )
        )
    _drop_all(connection, tables)


def _holds_rows(connection: Connection, name: str, sql: str) -> bool:
    if "_fts" in name:  # full-text indexes only mirror other tables
        return False
    return bool(connection.exec_driver_sql(f'SELECT EXISTS (SELECT 1 FROM "{name}")').scalar())


def _drop_all(connection: Connection, tables: dict[str, str]) -> None:
    """Drop an empty half-made schema: virtual tables first (they own their shadow tables)."""
    virtual = [n for n, sql in tables.items() if sql.upper().startswith("CREATE VIRTUAL")]
    for name in virtual:
        connection.exec_driver_sql(f'DROP TABLE IF EXISTS "{name}"')
    for name in _tables(connection):
        connection.exec_driver_sql(f'DROP TABLE IF EXISTS "{name}"')
