"""Row-level rights of the emulated base, as УТ 11 applies them to managers.

A user with full rights sees everything. A manager sees the partners whose
`ОсновнойМенеджер_Key` is their own user, and every object or register record whose
`partner_key` column is one of those partners; rows without a partner (products, prices,
warehouses, price types, VAT rates, the organisation) are visible to all.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from wholesale_desk.demo.base import EMPTY_REF, EmulatorBase

PARTNERS = "Catalog_Партнеры"
MANAGER_PROPERTY = "ОсновнойМенеджер_Key"


@dataclass(frozen=True)
class User:
    name: str
    user_key: str
    full_rights: bool


def authenticate(base: EmulatorBase, header: str | None) -> User | None:
    """The user of an `Authorization: Basic …` header (UTF-8 `login:password`), or None."""
    if not header or not header.lower().startswith("basic "):
        return None
    try:
        raw = base64.b64decode(header[6:].strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    name, sep, password = raw.partition(":")
    if not sep:
        return None
    row = (
        base.connect()
        .execute("SELECT password, user_key, full_rights FROM users WHERE name=?", (name,))
        .fetchone()
    )
    if row is None or row[0] != password:
        return None
    return User(name, row[1], bool(row[2]))


def visible_partners_sql() -> str:
    """A subquery of the partner keys a manager sees; bind the manager's user_key once."""
    return (
        "SELECT ref_key FROM objects WHERE entity='Catalog_Партнеры'"
        f" AND json_extract(body, '$.\"{MANAGER_PROPERTY}\"') = ?"
    )


def visible_condition(column: str = "partner_key") -> str:
    """SQL: the row is visible to the manager bound as the only parameter."""
    return (
        f"({column} IS NULL OR {column} = '{EMPTY_REF}' OR {column} IN ({visible_partners_sql()}))"
    )


def visible_partners(base: EmulatorBase, user: User) -> set[str]:
    return {r[0] for r in base.connect().execute(visible_partners_sql(), (user.user_key,))}


def can_see(base: EmulatorBase, user: User, partner_key: str | None) -> bool:
    if user.full_rights or not partner_key or partner_key == EMPTY_REF:
        return True
    return partner_key in visible_partners(base, user)
