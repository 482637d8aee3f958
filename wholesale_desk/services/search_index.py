"""Keeps the `clients_fts` full-text index current and turns typed text into FTS5 queries.

The index body holds what a manager types to find a client: names, INN, phones (also as bare
digits, so "4951234567" finds "+7 (495) 123-45-67"), e-mails, city and contact names. SQLite's
`unicode61` folds Cyrillic case but keeps "ё" apart from "е", so both the body and the query fold
"ё" to "е". Local changes call `reindex` in their transaction; what a sync pulled is found
by `ensure_current` (the list calls it when it reloads after a sync), or the sync engine may
call `reindex` itself with the clients it changed.
Index rows carry their client's `rowid`, so the list can join by integer key.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

from wholesale_desk.models import Watermark

_TOKEN = re.compile(r"\w+", re.UNICODE)
_DIGITS = re.compile(r"\D+")
_BATCH = 500


def fold(value: str) -> str:
    """Lower-case and fold "ё" to "е", as the index stores text."""
    return value.lower().replace("ё", "е")


def phone_digits(phone: str) -> list[str]:
    """A phone as bare digits, with and without the country prefix (7 or 8)."""
    digits = _DIGITS.sub("", phone)
    if not digits:
        return []
    forms = [digits]
    if len(digits) == 11 and digits[0] in "78":
        forms.append(digits[1:])
    return forms


_PHONE_TYPED = re.compile(r"^\+?[\d\s()\-]+$")
MIN_PHONE_DIGITS = 3
"""A phone typed with its country code or separators is searched from this many digits on."""


def match_query(typed: str) -> str | None:
    """An FTS5 MATCH expression for what the user typed: every word as a prefix, all required.

    None when nothing searchable was typed. Words are quoted, so FTS syntax in the input
    ("AND", quotes, a dash) is taken literally and never raises. A phone typed as a phone
    ("+7 (916) 55…", "8 916 55…") is one number: its digits are joined and the country code
    dropped, since the index holds the national number as one word.
    """
    stripped = typed.strip()
    if _PHONE_TYPED.match(stripped) and not stripped.isdigit():
        groups = re.findall(r"\d+", stripped)
        digits = "".join(groups)
        if groups and len(groups) > 1 and groups[0] in ("7", "8"):
            digits = "".join(groups[1:])  # "+7 916 …", "8 (916) …": the country code
        elif stripped.startswith("+") and digits.startswith("7"):
            digits = digits[1:]
        elif len(digits) == 11 and digits[0] in "78":
            digits = digits[1:]
        if len(digits) < MIN_PHONE_DIGITS:
            return None
        return f'"{digits}"*'
    tokens = _TOKEN.findall(fold(typed))
    if not tokens:
        return None
    terms = []
    for token in tokens:
        if token.isdigit() and len(token) == 11 and token[0] in "78":
            # A full Russian number typed with 8 or 7: the index holds it without the prefix.
            terms.append(f'"{token[1:]}"*')
        else:
            terms.append(f'"{token}"*')
    return " ".join(terms)


def searchable(typed: str) -> bool:
    """Whether `typed` narrows the list: empty text does not, nor a phone still too short
    ("+7 (9"), which the list should not answer with every client on each keystroke."""
    stripped = typed.strip()
    if len(stripped) == 1:
        return stripped.isalnum()
    return not stripped or match_query(stripped) is not None


def _body(parts: Iterable[str]) -> str:
    return fold(" ".join(p for p in parts if p))


_SOURCE = """
SELECT c.rowid, c.id, c.name, c.full_name, c.phone, c.email, c.city,
       (SELECT group_concat(l.inn || ' ' || l.kpp || ' ' || l.name || ' ' || l.full_name
                            || ' ' || l.phone, ' ')
          FROM legal_entities l WHERE l.client_id = c.id AND l.deletion_mark = 0),
       (SELECT group_concat(k.name || ' ' || k.phone || ' ' || k.email, ' ')
          FROM contacts k WHERE k.client_id = c.id AND k.deletion_mark = 0)
FROM clients c
"""


def _rows_to_index(
    session: Session, client_ids: Sequence[str] | None
) -> list[tuple[int, str, str]]:
    if client_ids is None:
        rows = session.execute(text(_SOURCE)).all()
    else:
        rows = []
        for start in range(0, len(client_ids), _BATCH):
            batch = list(client_ids[start : start + _BATCH])
            marks = ",".join(f":k{i}" for i in range(len(batch)))
            params = {f"k{i}": key for i, key in enumerate(batch)}
            rows.extend(session.execute(text(f"{_SOURCE} WHERE c.id IN ({marks})"), params).all())
    result = []
    for rowid, cid, name, full_name, phone, email, city, entities, contacts in rows:
        phones = (
            " ".join(phone_digits(phone or ""))
            + " "
            + " ".join(
                " ".join(phone_digits(p)) for p in re.findall(r"\+?[\d\s()\-]{7,}", contacts or "")
            )
        )
        result.append(
            (
                rowid,
                cid,
                _body(
                    [name, full_name, phone, email, city, entities or "", contacts or "", phones]
                ),
            )
        )
    return result


def reindex(session: Session, client_ids: Sequence[str]) -> None:
    """Refresh the index rows of these clients (added, changed or gone); runs in the caller's
    transaction, so the index never disagrees with the rows it was built from."""
    ids = list(dict.fromkeys(client_ids))
    for start in range(0, len(ids), _BATCH):
        batch = ids[start : start + _BATCH]
        marks = ",".join(f":k{i}" for i in range(len(batch)))
        params = {f"k{i}": key for i, key in enumerate(batch)}
        session.execute(text(f"DELETE FROM clients_fts WHERE client_id IN ({marks})"), params)
    rows = _rows_to_index(session, ids)
    if rows:
        # A stale row left at one of these rowids (a client gone without a reindex) would
        # block the insert: the rowid belongs to the client that holds it now.
        session.execute(
            text("DELETE FROM clients_fts WHERE rowid = :rowid"), [{"rowid": r[0]} for r in rows]
        )
    _insert(session, rows)


def rebuild(session: Session) -> int:
    """Rebuild the whole index (after a first sync or a repair); returns the clients indexed."""
    session.execute(text("DELETE FROM clients_fts"))
    rows = _rows_to_index(session, None)
    _insert(session, rows)
    _store_versions(session, {cid: versions for cid, versions in session.execute(text(_VERSIONS))})
    return len(rows)


def _insert(session: Session, rows: list[tuple[int, str, str]]) -> None:
    if rows:
        session.execute(
            text("INSERT INTO clients_fts (rowid, client_id, body) VALUES (:rowid, :id, :body)"),
            [{"rowid": rowid, "id": cid, "body": body} for rowid, cid, body in rows],
        )


def aligned(session: Session) -> bool:
    """Whether every index row sits at its client's rowid.

    The list joins the index to `clients` by rowid (2-3x faster than by the text id). A
    VACUUM may renumber rowids, and the index of an upgraded store was built without them:
    `ensure_current` notices either and rebuilds."""
    mismatched = session.execute(
        text(
            "SELECT EXISTS (SELECT 1 FROM clients_fts f LEFT JOIN clients c ON c.rowid = f.rowid"
            " WHERE c.id IS NOT f.client_id)"
        )
    ).scalar_one()
    return not mismatched


VERSIONS_KEY = "search_index:versions"
"""Watermark holding each indexed client's 1C versions (its own, its legal entities', its
contacts'), so changes a sync pulled are found without the sync having to report them."""

_VERSIONS = """
SELECT c.id, coalesce(c.data_version, '') || '|' ||
       coalesce((SELECT group_concat(coalesce(l.data_version, ''), ',') FROM legal_entities l
                 WHERE l.client_id = c.id), '') || '|' ||
       coalesce((SELECT group_concat(coalesce(k.data_version, ''), ',') FROM contacts k
                 WHERE k.client_id = c.id), '')
FROM clients c
"""


def _stored_versions(session: Session) -> dict[str, str] | None:
    row = session.get(Watermark, VERSIONS_KEY)
    if row is None:
        return None
    try:
        loaded = json.loads(row.value or "{}")
    except ValueError:
        return None
    return loaded if isinstance(loaded, dict) else None


def _store_versions(session: Session, versions: dict[str, str]) -> None:
    row = session.get(Watermark, VERSIONS_KEY)
    value = json.dumps(versions, separators=(",", ":"))
    if row is None:
        session.add(Watermark(key=VERSIONS_KEY, value=value))
    else:
        row.value = value


SYNC_WATERMARK = "sync:last_completed_at"
CHECKED_KEY = "search_index:checked_sync"


def catch_up(session: Session) -> int:
    """`ensure_current`, but only when a sync completed since the last look (it costs a pass
    over every client); returns how many clients were reindexed."""
    synced = session.get(Watermark, SYNC_WATERMARK)
    mark = synced.value if synced is not None else ""
    checked = session.get(Watermark, CHECKED_KEY)
    if checked is not None and checked.value == mark and aligned(session):
        return 0
    changed = ensure_current(session)
    if checked is None:
        session.add(Watermark(key=CHECKED_KEY, value=mark))
    else:
        checked.value = mark
    return changed


def ensure_current(session: Session) -> int:
    """Bring the index up to date with what a sync pulled; call in a transaction.

    Clients whose 1C versions changed (or that appeared or went) since the last call are
    reindexed; an index out of step with the clients' rowids is rebuilt whole. Returns how
    many clients were reindexed. Local edits reindex at once and need none of this.
    """
    current = {cid: versions for cid, versions in session.execute(text(_VERSIONS))}
    stored = _stored_versions(session)
    if stored is None or not aligned(session):
        rebuild(session)
        _store_versions(session, current)
        return len(current)
    changed = [cid for cid, versions in current.items() if stored.get(cid) != versions]
    changed += [cid for cid in stored if cid not in current]
    if changed:
        reindex(session, changed)
        _store_versions(session, current)
    return len(changed)
