"""Build a 1C JSON body for a local change from our column names, through the mapping profile.

`outbox.enqueue` translates plain fields itself; what it cannot write are fields the profile
reads from table parts by a match (a partner's phone in `КонтактнаяИнформация`, a meeting's
participants in `Участники`). Writing is the inverse of reading: a row holding the match and the
value. So 1C names stay in the profile, not in our code.
"""

from __future__ import annotations

import json
from typing import Any

from wholesale_desk.onec.profile import LINE_NUMBER
from wholesale_desk.sync.mapping import BoundProfile, to_onec
from wholesale_desk.sync.outbox import active_profile


def build(
    concept: str,
    changes: dict[str, Any],
    profile: BoundProfile | None = None,
    mirrors: dict[str, str] | None = None,
) -> tuple[str, dict[str, Any]]:
    """(entity set, 1C body) for `changes` of a `concept` ("client", "contact", "call", …).

    Plain fields go through the profile's own translation; part-matched fields become rows of
    their table part (a part is always sent whole). Const and JSON-mirror fields are skipped:
    they describe what we read, not what we write. Empty part values write no row.
    `mirrors`: our JSON-mirror columns of parts (`contact_info`) as stored; rows our fields do
    not cover (a fax, a second address) are sent back unchanged, since a part is replaced whole.
    """
    bound = profile or active_profile()
    obj = bound.concept(concept)
    fields = obj.spec.fields
    plain: dict[str, Any] = {}
    parts: dict[str, list[dict[str, Any]]] = {}
    for column, value in changes.items():
        spec = fields.get(column)
        if spec is None or spec.kind == "plain" or column in ("id", "data_version"):
            plain[column] = value
            continue
        if spec.kind != "part_value" or not spec.part or not spec.value:
            continue
        rows = parts.setdefault(spec.part, [])
        if value in (None, ""):
            continue
        row = next((r for r in rows if all(r.get(k) == v for k, v in spec.match.items())), None)
        if row is None:
            row = dict(spec.match)
            rows.append(row)
        row[spec.value] = value
    body = to_onec(obj, plain)
    kept: dict[str, list[dict[str, Any]]] = {}
    for column, raw in (mirrors or {}).items():
        spec = fields.get(column)
        if spec is not None and spec.kind == "part_json" and spec.part:
            try:
                loaded = json.loads(raw or "[]")
            except ValueError:
                loaded = []
            kept[spec.part] = [r for r in loaded if isinstance(r, dict)]
    for part, rows in parts.items():
        matches = [spec.match for spec in fields.values() if spec.part == part and spec.match]
        for old in kept.get(part, []):
            if not any(all(old.get(k) == v for k, v in m.items()) for m in matches):
                rows.append({k: v for k, v in old.items() if k != LINE_NUMBER})
        body[part] = [{LINE_NUMBER: str(i + 1), **row} for i, row in enumerate(rows)]
    return obj.spec.entity_set, body
