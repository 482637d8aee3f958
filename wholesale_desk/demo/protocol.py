"""The OData vocabulary of the 1C emulator: errors, replies, query options, resource paths.

Shared by the emulator's routing, query, writes and presentation modules; see `server` for the
decisions where ONEC.md is silent."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from wholesale_desk.demo import rights
from wholesale_desk.demo.base import (
    EMPTY_REF,
    loads,
)
from wholesale_desk.demo.odata_query import (
    SQL_TEXT_FUNCTION,
    OrderKey,
    QueryError,
    SqlColumns,
    parse_filter,
    parse_orderby,
    text_match,
)

if TYPE_CHECKING:
    from wholesale_desk.demo.server import EmulatorServer


ODATA_ROOT = "odata/standard.odata"
PRODUCTS = "Catalog_Номенклатура"
ORDERS = "Document_ЗаказКлиента"
CONTRACTS = "Catalog_ДоговорыКонтрагентов"
DEBTS = "AccumulationRegister_РасчетыСКлиентамиПоСрокам"
NUMBER_PREFIX = "ТД00-"
REQUEST_LOG_LIMIT = 100_000
# Without $orderby a real base promises no order: each request picks one of these (cheap ones,
# walking an index), so a client paging without an order sees overlaps and gaps.
ARBITRARY_OBJECT_ORDERS = (
    "ref_key",
    "ref_key DESC",
    "date, ref_key",
    "date DESC, ref_key DESC",
    "data_version, ref_key",
)
ARBITRARY_RECORD_ORDERS = ("id", "id DESC", "period, id", "period DESC, id DESC")
# Snapshots a client syncs: computed in the background at start (seconds on a large base).
WARM_UP = [
    ("balance", "AccumulationRegister_ТоварыНаСкладах"),
    ("balance", DEBTS),
    ("slice", "InformationRegister_ЦеныНоменклатуры"),
]
KNOWN_OPTIONS = {
    "$format",
    "$select",
    "$filter",
    "$orderby",
    "$top",
    "$skip",
    "$inlinecount",
    "$expand",
    "allowedOnly",
    "PostingModeOperational",
}
OBJECT_PREFIXES = ("Catalog_", "Document_")
REGISTER_PREFIXES = ("InformationRegister_", "AccumulationRegister_")
FAST_COLUMNS = {"Ref_Key": "ref_key", "DataVersion": "data_version", "Date": "date"}
OBJECT_COLUMNS = SqlColumns(
    columns=dict(FAST_COLUMNS), composites={}, body="body", nullable=("date",)
)
RECORD_COLUMNS = SqlColumns(
    columns={"Period": "period", "RecordType": "record_type"},
    composites={"Recorder": ("recorder", "recorder_type")},
    body="body",
    nullable=("record_type",),
)
PARENT_COLUMNS = SqlColumns(columns={"Ref_Key": "ref_key"}, composites={}, body=None)
LOGIN_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Вход</title></head><body>"
    "<form method='post' action='/login'><h1>1С:Предприятие</h1>"
    "<input name='user'><input name='password' type='password'><button>Войти</button>"
    "</form></body></html>"
)
LOCK_CONFLICT = (
    "Ошибка при вызове метода контекста (Записать)\n"
    "{Документ.ЗаказКлиента.МодульОбъекта(512)}: Конфликт блокировок при выполнении транзакции:\n"
    "Microsoft SQL Server Native Client 11.0: Не удалось возобновить транзакцию, "
    "превышено время ожидания запроса на блокировку."
)


class ODataError(Exception):
    """An error 1C answers with an `odata.error` body."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def business_error(message: str) -> ODataError:
    return ODataError(500, "-1", message)


def module_message(entity: str, message: str) -> str:
    """A check's text as a real base sends it from an object module: the platform's context
    line, the module location in braces, stray spaces and line breaks around."""
    kind, _, name = entity.partition("_")
    russian = {"Document": "Документ", "Catalog": "Справочник"}.get(kind, kind)
    return (
        "\n  Ошибка при вызове метода контекста (Записать)\n"
        f"{{{russian}.{name}.МодульОбъекта(412)}}: {message}  \n"
    )


def rights_error() -> ODataError:
    return ODataError(403, "20", "Недостаточно прав для выполнения операции над данными")


@dataclass(frozen=True)
class RequestRecord:
    method: str
    path: str  # decoded, without the query
    status: int
    query: str = ""  # decoded


@dataclass
class Reply:
    status: int
    body: bytes = b""
    content_type: str = "application/json;charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Options:
    """The query options of one request, parsed (errors → 400, code 14)."""

    json: bool = False
    select: list[str] | None = None
    filter: Any = None
    orderby: list[OrderKey] = field(default_factory=list)
    top: int | None = None
    skip: int = 0
    inlinecount: bool = False
    allowed_only: bool = False
    expand: list[str] = field(default_factory=list)

    @classmethod
    def parse(cls, query: str) -> Options:
        raw = {k: v[0] for k, v in parse_qs(query, keep_blank_values=True).items()}
        fmt = raw.get("$format", "").strip().lower()
        opts = cls(json=fmt in ("json", "application/json"))
        for key in raw:
            if key.startswith("$") and key not in KNOWN_OPTIONS:
                raise QueryError(f"Неизвестный параметр запроса {key}")
        if raw.get("$select", "").strip():
            opts.select = [s.strip().split("/")[0] for s in raw["$select"].split(",") if s.strip()]
        if "$filter" in raw:
            opts.filter = parse_filter(raw["$filter"])
        if raw.get("$orderby", "").strip():
            opts.orderby = parse_orderby(raw["$orderby"])
        for name in ("$top", "$skip"):
            if name in raw:
                text = raw[name].strip()
                if not text.isdigit():
                    raise QueryError(f"Неверное значение {name}: {text!r}")
                setattr(opts, name[1:], int(text))
        inline = raw.get("$inlinecount", "none").strip().lower()
        if inline not in ("allpages", "none"):
            raise QueryError(f"Неверное значение $inlinecount: {inline!r}")
        opts.inlinecount = inline == "allpages"
        opts.allowed_only = raw.get("allowedOnly", "").strip().lower() == "true"
        if raw.get("$expand", "").strip():
            opts.expand = [s.strip() for s in raw["$expand"].split(",") if s.strip()]
        return opts


@dataclass
class Resource:
    """The parsed resource path: `Set`, `Set(guid'…')`, `Set(guid'…')/Post`, `Set/Balance(…)`."""

    name: str
    key: str | None = None
    action: str | None = None
    params: dict[str, str] = field(default_factory=dict)


def _split_top(text: str, sep: str) -> list[str]:
    """Split on `sep` outside quotes and parentheses."""
    parts, depth, quoted, start = [], 0, False, 0
    for i, ch in enumerate(text):
        if ch == "'":
            quoted = not quoted
        elif not quoted and ch == "(":
            depth += 1
        elif not quoted and ch == ")":
            depth -= 1
        elif not quoted and depth == 0 and ch == sep:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


_SEGMENT = re.compile(r"^([^\W\d][\w]*)(?:\((.*)\))?$", re.DOTALL)


def parse_resource(path: str) -> Resource:
    segments = [s for s in _split_top(path, "/") if s != ""]
    if not segments or len(segments) > 2:
        raise ODataError(400, "6", f"Неверный сегмент URL: {path!r}")
    m = _SEGMENT.match(segments[0])
    if not m:
        raise ODataError(400, "6", f"Неверный сегмент URL: {segments[0]!r}")
    res = Resource(m.group(1))
    if m.group(2) is not None:
        key = m.group(2).strip()
        km = re.fullmatch(r"guid'([0-9a-fA-F-]{36})'", key)
        if not km:
            raise ODataError(400, "6", f"Неверный ключ объекта: {key!r}")
        res.key = km.group(1).lower()
    if len(segments) == 2:
        m2 = _SEGMENT.match(segments[1])
        if not m2:
            raise ODataError(400, "6", f"Неверный сегмент URL: {segments[1]!r}")
        res.action = m2.group(1)
        if m2.group(2):
            for part in _split_top(m2.group(2), ","):
                name, eq, value = part.partition("=")
                if not eq:
                    raise ODataError(400, "6", f"Неверный параметр {part!r}")
                res.params[name.strip()] = value.strip()
    return res


Row = dict[str, Any]


class RequestBase:
    """One authenticated OData request: who asks, with which options, and what they may see.

    The request grows in layers, one module each: `presentation` (how answers look), `query`
    (reading), `writes` (creating, changing, posting) and `routing` (which of them a URL asks
    for)."""

    def __init__(
        self, em: EmulatorServer, user: rights.User, opts: Options, method: str, payload: bytes
    ) -> None:
        self.em = em
        self.base = em.base
        self.user = user
        self.opts = opts
        self.method = method
        self.payload = payload
        self._visible: set[str] | None = None
        self.base.connect().create_function(SQL_TEXT_FUNCTION, 3, text_match, deterministic=True)

    # rights -----------------------------------------------------------------------------------
    @property
    def restricted(self) -> bool:
        return not self.user.full_rights

    def visible(self) -> set[str]:
        """The partners this manager sees (computed once per request)."""
        if self._visible is None:
            self._visible = rights.visible_partners(self.base, self.user)
        return self._visible

    def can_see(self, partner_key: str | None) -> bool:
        if not self.restricted or not partner_key or partner_key == EMPTY_REF:
            return True
        return partner_key in self.visible()

    def check_visible(self, partner_key: str | None) -> None:
        if not self.can_see(partner_key):
            raise rights_error()

    def parse_body(self) -> Row:
        try:
            body = loads(self.payload.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise QueryError(f"Ошибка разбора тела запроса: {exc}") from exc
        if not isinstance(body, dict):
            raise QueryError("Тело запроса должно быть объектом JSON")
        return body
