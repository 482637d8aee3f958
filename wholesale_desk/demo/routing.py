"""Routing in the 1C emulator: which part of a request a URL asks for.

The service root, $metadata, an entity set, one object, its `/Post` or a navigation segment,
a table part, a register or its virtual table; each goes to the reading or the writing layer."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from urllib.parse import unquote

from wholesale_desk.demo import rights
from wholesale_desk.demo.base import (
    EMPTY_REF,
)
from wholesale_desk.demo.odata_query import (
    QueryError,
)
from wholesale_desk.demo.presentation import error_reply, present
from wholesale_desk.demo.protocol import (
    OBJECT_PREFIXES,
    ODATA_ROOT,
    REGISTER_PREFIXES,
    ODataError,
    Options,
    Reply,
    Resource,
    parse_resource,
)
from wholesale_desk.demo.published import REFERENCES
from wholesale_desk.demo.writes import WriteRequest

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from wholesale_desk.demo.server import EmulatorServer


class Request(WriteRequest):
    """One authenticated OData request, routed to reading or writing."""

    # routing ----------------------------------------------------------------------------------
    def dispatch(self, resource: str) -> Reply:
        if resource == "":
            return self.service_root()
        if resource == "$metadata":
            return self.metadata()
        res = parse_resource(resource)
        name = res.name
        if name.startswith(REGISTER_PREFIXES):
            return self.register(res)
        if name.startswith(OBJECT_PREFIXES) and self.em.has_entity(name):
            return self.objects(res)
        tp = self.em.table_part_of(name)
        if tp is not None:
            if res.key or res.action or self.method != "GET":
                raise ODataError(400, "6", f"Неверный сегмент URL: {resource}")
            return self.table_part(name, *tp)
        raise ODataError(400, "6", f"Неизвестный сегмент URL: {name}")

    # reading objects --------------------------------------------------------------------------
    def objects(self, res: Resource) -> Reply:
        entity = res.name
        if res.action:
            if res.action in ("Post", "Unpost") and self.method == "POST" and res.key:
                return self.post_document(entity, res.key, res.action == "Post")
            target = REFERENCES.get(entity, {}).get(res.action)
            if target and self.method == "GET" and res.key and not res.params:
                ref = self.load(entity, res.key).get(f"{res.action}_Key")
                if not ref or ref == EMPTY_REF:
                    raise ODataError(404, "9", f"Ссылка {res.action} не заполнена")
                obj = self.load(target, str(ref))
                return self.element(
                    target, self.expand(target, present(target, obj, self.opts.select), obj)
                )
            raise ODataError(400, "6", f"Неверный сегмент URL: {res.action}")
        if res.key is None:
            if self.method == "GET":
                rows, count = self.query_objects(entity)
                return self.collection(entity, rows, count)
            if self.method == "POST":
                return self.create(entity)
            raise ODataError(400, "6", f"Метод {self.method} не применим к набору {entity}")
        if self.method == "GET":
            obj = self.load(entity, res.key)
            return self.element(
                entity, self.expand(entity, present(entity, obj, self.opts.select), obj)
            )
        if self.method in ("PATCH", "MERGE", "PUT"):
            return self.update(entity, res.key)
        if self.method == "DELETE":
            return self.delete(entity, res.key)
        raise ODataError(400, "6", f"Метод {self.method} не применим к объекту")


def unauthorized() -> Reply:
    return Reply(
        401,
        b"",
        "text/plain",
        {"WWW-Authenticate": 'Basic realm="1C:Enterprise", charset="UTF-8"'},
    )


def answer(
    em: EmulatorServer,
    method: str,
    path: str,
    query: str,
    payload: bytes,
    authorization: str | None,
) -> Reply:
    """The reply to one OData request: authenticate, parse, route, and map errors to 1C's."""
    prefix = f"/{em.publication}/{ODATA_ROOT}"
    if not path.startswith(f"/{em.publication}/"):
        return Reply(404, b"<html><body>Not Found</body></html>", "text/html")
    json_mode = "json" in query.lower() and "$format=" in unquote(query)
    try:
        user = rights.authenticate(em.base, authorization)
        if user is None:
            return unauthorized()
        opts = Options.parse(query)
        json_mode = opts.json
        if path.rstrip("/") != prefix and not path.startswith(prefix + "/"):
            raise ODataError(400, "6", f"Неверный сегмент URL: {path}")
        request = Request(em, user, opts, method, payload)
        return request.dispatch(path[len(prefix) :].lstrip("/"))
    except QueryError as exc:
        return error_reply(ODataError(400, "14", str(exc)), json_mode)
    except ODataError as exc:
        return error_reply(exc, json_mode)
    except Exception:
        # An emulator bug must not pass for a business error: a bare 500 is retried.
        log.exception("emulator: %s %s failed", method, path)
        return Reply(500, b"Internal Server Error", "text/plain")
