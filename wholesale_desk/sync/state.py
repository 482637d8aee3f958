"""Sync progress kept in the store's `watermarks` table: resume points and "as of" times."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from wholesale_desk.models import Watermark

LAST_SYNC = "sync:last_completed_at"
CREDENTIALS_REFUSED = "sync:credentials_refused"


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def get(session: Session, key: str, default: str | None = None) -> str | None:
    value = session.scalar(select(Watermark.value).where(Watermark.key == key))
    return default if value is None else value


def put(session: Session, key: str, value: str) -> None:
    stmt = insert(Watermark).values(key=key, value=value, updated_at=utcnow())
    session.execute(
        stmt.on_conflict_do_update(
            index_elements=["key"], set_={"value": value, "updated_at": utcnow()}
        )
    )


def drop(session: Session, key: str) -> None:
    session.execute(delete(Watermark).where(Watermark.key == key))


def get_json(session: Session, key: str) -> Any:
    raw = get(session, key)
    if not raw:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return None


def put_json(session: Session, key: str, value: Any) -> None:
    put(session, key, json.dumps(value, ensure_ascii=False, sort_keys=True))
