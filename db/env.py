"""Alembic environment: uses the engine handed over by `wholesale_desk.store` when there is one."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from wholesale_desk.columns import ScaledDecimal
from wholesale_desk.models import Base

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    # Full-text search tables are managed by migrations by hand, outside the ORM metadata.
    if type_ == "table" and name and (name.endswith("_fts") or "_fts_" in name):
        return False
    return True


def render_item(type_, obj, autogen_context):  # type: ignore[no-untyped-def]
    # Exact decimals are stored as scaled integers: migrations only need the storage type.
    if type_ == "type" and isinstance(obj, ScaledDecimal):
        return "sa.BigInteger()"
    return False


def run_migrations() -> None:
    engine = config.attributes.get("engine") or create_engine(
        config.get_main_option("sqlalchemy.url")
    )
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            include_object=include_object,
            render_item=render_item,
            compare_type=True,
        )
        context.run_migrations()


run_migrations()
