"""Which `Catalog_Пользователи` item is the person signed in with a 1C login.

OData does not say. The login (the infobase user's name) usually equals the catalog item's
name, but real bases also use short forms ("Гусева Д. А.", "ГусеваДА") or other letter case,
and SQLite cannot compare Cyrillic case-insensitively. So: the exact name, then the name folded,
then surname with initials; and for a manager (who sees only their own clients through 1C's
row-level rights) the one manager all their clients belong to.
"""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wholesale_desk.models import Client, Manager
from wholesale_desk.services.search_index import fold

__all__ = ["own_manager_id"]

_NOT_LETTERS = re.compile(r"[\W_]+", re.UNICODE)


def _fold(value: str) -> str:
    """Letters and digits only, folded as the client search folds them ("ё" as "е")."""
    return _NOT_LETTERS.sub("", fold(value))


def _short_forms(name: str) -> set[str]:
    """ "Гусева Дарья Андреевна" → folded "гусевада", "гусевад" (surname and initials)."""
    parts = name.split()
    if len(parts) < 2:
        return set()
    initials = [p[0] for p in parts[1:] if p]
    return {_fold(parts[0] + "".join(initials[:n])) for n in range(1, len(initials) + 1)}


def own_manager_id(session: Session, login: str, *, head_of_sales: bool = False) -> str | None:
    """The user's own manager id, or None when it cannot be told."""
    login = login.strip()
    if not login:
        return None
    exact = session.scalars(select(Manager.id).where(Manager.name == login).limit(2)).all()
    if len(exact) == 1:
        return exact[0]
    managers = session.execute(select(Manager.id, Manager.name)).all()
    wanted = _fold(login)
    for matches in (
        [mid for mid, name in managers if _fold(name) == wanted],
        [mid for mid, name in managers if wanted in _short_forms(name)],
    ):
        if len(matches) == 1:
            return matches[0]
    if head_of_sales:
        return None
    owners = session.scalars(
        select(Client.manager_id)
        .where(Client.manager_id.is_not(None), Client.deletion_mark.is_(False))
        .group_by(Client.manager_id)
        .order_by(func.count().desc())
        .limit(2)
    ).all()
    return owners[0] if len(owners) == 1 else None
