"""Building OData URLs the way 1C reads them: literals, key batches, UTF-8 percent-encoding."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from urllib.parse import quote
from uuid import UUID

KEY_BATCH = 15
"""Keys per `Ref_Key eq guid'…' or …` request: long `or` lists hit URL length limits."""

# Characters 1C and the web servers in front of it accept literally in a query value.
_SAFE_VALUE = "$'(),:=*_-.~"
_SAFE_PATH = "/$'(),:=_-.~"


def guid(key: str) -> str:
    """`guid'…'` literal; validates the key so a malformed one never reaches the URL."""
    return f"guid'{UUID(key)}'"


def datetime_literal(value: datetime) -> str:
    return f"datetime'{value.replace(tzinfo=None, microsecond=0).strftime('%Y-%m-%dT%H:%M:%S')}'"


def string_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def keys_filter(keys: Sequence[str], field: str = "Ref_Key") -> str:
    return " or ".join(f"{field} eq {guid(k)}" for k in keys)


def batches(keys: Iterable[str], size: int = KEY_BATCH) -> Iterator[list[str]]:
    batch: list[str] = []
    for key in keys:
        batch.append(key)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def object_path(entity_set: str, key: str) -> str:
    return f"{entity_set}({guid(key)})"


def encode_path(path: str) -> str:
    """Percent-encode a resource path (Cyrillic names) as UTF-8."""
    return quote(path, safe=_SAFE_PATH, encoding="utf-8")


def encode_query(params: Mapping[str, str]) -> str:
    """Encode query options ourselves: `$` stays literal, spaces are %20, Cyrillic is UTF-8."""
    return "&".join(
        f"{quote(k, safe='$')}={quote(v, safe=_SAFE_VALUE, encoding='utf-8')}"
        for k, v in params.items()
    )
