"""The local store: one SQLite file, upgraded by Alembic on open.

WAL lets the GUI read while a sync writes; foreign keys are on; a busy timeout makes a second
writer wait instead of failing; `synchronous=FULL` makes every commit (a saved order, an outbox
row) reach the disk before it returns, so a power cut cannot take it back. Alembic's config is
built in code from `paths.db_dir()`, so the migrations are found from the source tree, an
installed wheel and a PyInstaller bundle alike.

Migrating is one SQLite transaction taken with `BEGIN IMMEDIATE` (`store_schema`): SQLite's DDL is
transactional, so a process killed at any point of the first start or of an upgrade leaves the
store as it was, and a second process starting on the same folder waits on the write lock and
then finds the work done.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from wholesale_desk import paths
from wholesale_desk.i18n import QT_TRANSLATE_NOOP, UserError, text
from wholesale_desk.store_schema import SchemaProblem, prepare

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 30_000
CTX = "Store"


class StoreError(UserError):
    """The store cannot be opened or written: damaged, foreign, newer, read-only, disk full."""


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # first: WAL switching may wait
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine on `path` with our pragmas on every connection; a new file is made 0600."""
    if not path.parent.exists():
        paths.private_dir(path.parent)
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        paths.private_file(candidate, create=candidate == path)
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _on_connect)
    return engine


def alembic_config(engine: Engine, connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(paths.db_dir()))
    # ConfigParser reads "%" as interpolation: a Cyrillic folder's URL is full of "%D0…".
    url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
    cfg.set_main_option("sqlalchemy.url", url)
    cfg.attributes["engine"] = engine
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the store's schema up to `revision` (the newest by default), all or nothing.

    The DB-API connection is put in autocommit mode so that pysqlite does not commit around
    DDL on its own; we open the transaction ourselves with `BEGIN IMMEDIATE`, which also takes
    the store's write lock for the whole migration (the cross-process lock).
    """
    if revision == "head" and _at_head(engine):
        return  # the usual start: no write lock, so a running sync never delays the window
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        previous = raw.isolation_level
        raw.isolation_level = None
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                cfg = alembic_config(engine, connection)
                prepare(connection, cfg)
                command.upgrade(cfg, revision)
            except BaseException:
                raw.rollback()
                raise
            raw.commit()
            connection.commit()
        finally:
            raw.isolation_level = previous


def _at_head(engine: Engine) -> bool:
    """True when the store is already at the newest revision (read without the write lock)."""
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        connection.rollback()
    if current is None:
        return False
    return current == ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


class Store:
    """The opened, migrated store: hands out sessions; services take one of these."""

    def __init__(self, path: Path | None = None, *, upgrade: bool = True) -> None:
        self.path = path or paths.store_path()
        try:
            self.engine = make_engine(self.path)
        except OSError as exc:
            raise store_error(self.path, exc) from exc
        try:
            if upgrade:
                migrate(self.engine)
            else:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("SELECT count(*) FROM sqlite_master")
        except (DBAPIError, OSError, SchemaProblem) as exc:
            self.engine.dispose()
            raise store_error(self.path, exc) from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits together or not at all."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def store_error(path: Path, exc: BaseException) -> StoreError:
    """The user's words for why the store at `path` cannot be used (the cause stays chained)."""
    if isinstance(exc, SchemaProblem):
        return StoreError(exc.describe(str(path)))
    detail = str(getattr(exc, "orig", None) or exc).lower()
    if isinstance(exc, PermissionError) or "readonly" in detail or "read-only" in detail:
        source = QT_TRANSLATE_NOOP(
            "Store",
            "The local store {path} is read-only (or its folder is): allow writing to it, "
            "or choose another data folder with --data-dir.",
        )
    elif "not a database" in detail or "malformed" in detail or "encrypted" in detail:
        source = QT_TRANSLATE_NOOP(
            "Store",
            "{path} is damaged or is not a Wholesale Desk store. Move it aside; the next start "
            "makes a new store and a sync fills it from 1C (unsent changes in it would be lost).",
        )
    elif "disk is full" in detail or "disk full" in detail or getattr(exc, "errno", 0) == 28:
        source = QT_TRANSLATE_NOOP(
            "Store", "The disk holding the local store {path} is full: free some space."
        )
    elif "locked" in detail or "busy" in detail:
        source = QT_TRANSLATE_NOOP(
            "Store",
            "The local store {path} is busy in another program for too long: try again later.",
        )
    elif "unable to open" in detail or isinstance(exc, OSError):
        source = QT_TRANSLATE_NOOP(
            "Store",
            "The local store {path} cannot be opened ({error}): check that its folder exists "
            "and may be written.",
        )
    else:
        source = QT_TRANSLATE_NOOP("Store", "The local store {path} cannot be used: {error}")
    error = str(getattr(exc, "orig", None) or exc)
    return StoreError(text(CTX, source, path=str(path), error=error))


def is_disk_full(exc: BaseException) -> bool:
    """A full disk, whether SQLite or the OS said it (errno ENOSPC)."""
    detail = str(getattr(exc, "orig", None) or exc).lower()
    return "disk is full" in detail or getattr(exc, "errno", None) == 28
