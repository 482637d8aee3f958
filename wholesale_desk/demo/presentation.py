"""How the 1C emulator's answers look: objects as 1C sends them, Atom feeds, errors,
the service document and $metadata."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from wholesale_desk.demo.base import (
    EMPTY_REF,
    dumps,
)
from wholesale_desk.demo.protocol import OBJECT_PREFIXES, ODataError, Reply, RequestBase, Row
from wholesale_desk.demo.virtual_tables import PARTNER


def present(entity: str, obj: dict[str, Any], select: list[str] | None) -> dict[str, Any]:
    """An object as 1C sends it: table part rows keyed, `LineNumber` as text, extra properties."""
    ref = obj.get("Ref_Key", EMPTY_REF)
    out: dict[str, Any] = {}
    for first in ("Ref_Key", "DataVersion", "DeletionMark"):
        if first in obj:
            out[first] = obj[first]
    for name, value in obj.items():
        if name in out:
            continue
        if isinstance(value, list):
            value = [table_row(ref, i, row) for i, row in enumerate(value)]
        out[name] = value
        if (
            name.endswith("_Key")
            and name != "Ref_Key"
            and entity.startswith(OBJECT_PREFIXES)
            and isinstance(value, str)
        ):
            nav = name[:-4]
            out[f"{nav}@navigationLinkUrl"] = f"{entity}(guid'{ref}')/{nav}"
    if entity.startswith(OBJECT_PREFIXES):
        out.setdefault("ДополнительныеРеквизиты", [])
        if entity.startswith("Document_"):
            out.setdefault("Комментарий", "")
    if select is None:
        return out
    chosen = set(select)
    chosen |= {f"{s}_Type" for s in select}
    return {k: v for k, v in out.items() if k in chosen}


def table_row(ref: str, index: int, row: Any) -> Any:
    if not isinstance(row, dict):
        return row
    out = {"Ref_Key": ref, "LineNumber": str(row.get("LineNumber") or index + 1)}
    out.update((k, v) for k, v in row.items() if k not in ("Ref_Key", "LineNumber"))
    return out


def _xml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    return escape(str(value))


def atom_feed(url: str, name: str, rows: list[dict[str, Any]]) -> bytes:
    """A minimal Atom feed: what 1C sends a client that forgot `$format=json`."""
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom"'
        ' xmlns:d="http://schemas.microsoft.com/ado/2007/08/dataservices"'
        ' xmlns:m="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata"'
        f" xml:base={quoteattr(url)}>",
        f"<id>{escape(url + name)}</id><title type='text'>{escape(name)}</title>"
        f"<updated>{now}</updated>",
    ]
    for row in rows:
        parts.append(f"<entry><updated>{now}</updated>")
        if "Ref_Key" in row:
            parts.append(f"<id>{escape(url + name)}(guid'{escape(str(row['Ref_Key']))}')</id>")
        parts.append(
            f"<category term={quoteattr('StandardODATA.' + name)}"
            ' scheme="http://schemas.microsoft.com/ado/2007/08/dataservices/scheme"/>'
            "<title type='text'/><author/><content type='application/xml'><m:properties>"
        )
        for key, value in row.items():
            if "@" in key or isinstance(value, list | dict) or key == PARTNER:
                continue
            parts.append(f"<d:{key}>{_xml_value(value)}</d:{key}>")
        parts.append("</m:properties></content></entry>")
    parts.append("</feed>")
    return "".join(parts).encode("utf-8")


def error_reply(exc: ODataError, json_mode: bool) -> Reply:
    """An `odata.error` answer in JSON or in 1C's XML, as the request asked."""
    if json_mode:
        body = {"odata.error": {"code": exc.code, "message": {"lang": "ru", "value": exc.message}}}
        return Reply(exc.status, dumps(body).encode("utf-8"))
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<m:error xmlns:m="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata">'
        f"<m:code>{escape(exc.code)}</m:code>"
        f'<m:message xml:lang="ru">{escape(exc.message)}</m:message></m:error>'
    )
    return Reply(exc.status, xml.encode("utf-8"), "application/xml;charset=utf-8")


class PresentingRequest(RequestBase):
    """A request that can answer: one object, a collection, the service root, $metadata."""

    def reply(self, status: int, payload: dict[str, Any], name: str, rows: list[Row]) -> Reply:
        if self.opts.json:
            return Reply(status, dumps(payload).encode("utf-8"))
        return Reply(
            status, atom_feed(self.em.odata_url, name, rows), "application/atom+xml;charset=utf-8"
        )

    def collection(self, name: str, rows: list[Row], count: int | None) -> Reply:
        payload: dict[str, Any] = {"odata.metadata": f"{self.em.odata_url}$metadata#{name}"}
        if count is not None:
            payload["odata.count"] = str(count)
        payload["value"] = rows
        return self.reply(200, payload, name, rows)

    def element(self, name: str, obj: Row, status: int = 200) -> Reply:
        payload = {"odata.metadata": f"{self.em.odata_url}$metadata#{name}/@Element", **obj}
        return self.reply(status, payload, name, [obj])

    def service_root(self) -> Reply:
        sets = self.em.known_sets()
        if self.opts.json:
            payload = {
                "odata.metadata": f"{self.em.odata_url}$metadata",
                "value": [{"name": s, "url": s} for s in sets],
            }
            return Reply(200, dumps(payload).encode("utf-8"))
        xml = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<service xmlns="http://www.w3.org/2007/app" xmlns:atom="http://www.w3.org/2005/Atom"'
            f" xml:base={quoteattr(self.em.odata_url)}><workspace><atom:title>Default</atom:title>",
        ]
        xml += [
            f"<collection href={quoteattr(s)}><atom:title>{escape(s)}</atom:title></collection>"
            for s in sets
        ]
        xml.append("</workspace></service>")
        return Reply(200, "".join(xml).encode("utf-8"), "application/xml;charset=utf-8")

    def metadata(self) -> Reply:
        sets = self.em.known_sets()
        xml = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<edmx:Edmx xmlns:edmx="http://schemas.microsoft.com/ado/2007/06/edmx" Version="1.0">',
            '<edmx:DataServices xmlns:m="http://schemas.microsoft.com/ado/2007/08/dataservices/'
            'metadata" m:DataServiceVersion="3.0">',
            '<Schema xmlns="http://schemas.microsoft.com/ado/2009/11/edm" Namespace="StandardODATA">',
        ]
        for s in sets:
            xml.append(
                f"<EntityType Name={quoteattr(s)}><Key><PropertyRef Name='Ref_Key'/></Key>"
                "<Property Name='Ref_Key' Type='Edm.Guid' Nullable='false'/></EntityType>"
            )
        xml.append("<EntityContainer Name='EnterpriseV8' m:IsDefaultEntityContainer='true'>")
        xml += [
            f"<EntitySet Name={quoteattr(s)} EntityType={quoteattr('StandardODATA.' + s)}/>"
            for s in sets
        ]
        xml.append("</EntityContainer></Schema></edmx:DataServices></edmx:Edmx>")
        return Reply(200, "".join(xml).encode("utf-8"), "application/xml;charset=utf-8")
