"""Which clients are current: the one definition every list, search, export, report and
document uses.

A client is current while 1C still lists it and has not marked it for deletion (`DeletionMark`).
A client 1C dropped (`removed_in_1c`, kept only because unsent local work refers to it) or marked
for deletion is not: the client list hides it (it shows with "deleted in 1C" only while local
work waits), Ctrl+K does not find it, exports, reports, receivables and the call list leave it
out, and no document is printed for it.

The rule is written three ways, for the three ways the code reads clients; a test keeps them
equal (`tests/services/test_current_clients.py`):

    is_current(client)            # a loaded Client
    select(Client).where(current())          # SQLAlchemy
    f"... FROM clients c WHERE {current_sql('c')}"   # hand-written SQL over alias `c`
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_

from wholesale_desk.models import Client


def is_current(client: Client) -> bool:
    """Whether `client` is one the user works with (in 1C and not marked for deletion)."""
    return not (client.deletion_mark or client.removed_in_1c)


def current() -> ColumnElement[bool]:
    """`is_current` as a SQLAlchemy condition on `Client`."""
    return and_(Client.deletion_mark.is_(False), Client.removed_in_1c.is_(False))


def current_sql(alias: str = "c") -> str:
    """`is_current` as SQL over the `clients` table under `alias`."""
    return f"({alias}.deletion_mark = 0 AND {alias}.removed_in_1c = 0)"
