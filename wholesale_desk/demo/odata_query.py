"""OData v3 query options as 1C's standard interface understands them: `$filter`, `$orderby`.

The parser gives a small tree; `evaluate` runs it over an OData JSON object (the exact
semantics), and `to_sql` translates the parts it can into SQL over the emulator's indexed
columns and `json_extract` of the body, so large sets are filtered inside SQLite. Anything
`to_sql` cannot translate exactly is left to `evaluate`. 1C's rules kept here: a composite-type
field compared with a bare guid matches nothing (only `cast` does); `tolower` and friends are not
supported (error 14); string functions (`substringof`, `startswith`, `endswith`, `like`) ignore
case, as 1C's query language does on a typical base; `eq` on strings is exact.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

SUPPORTED_FUNCTIONS = {
    "substringof": 2,
    "startswith": 2,
    "endswith": 2,
    "like": 2,
    "year": 1,
    "month": 1,
    "day": 1,
    "hour": 1,
    "minute": 1,
    "second": 1,
    "cast": 2,
}
KNOWN_UNSUPPORTED = {
    "tolower",
    "toupper",
    "length",
    "indexof",
    "trim",
    "concat",
    "replace",
    "substring",
    "round",
    "floor",
    "ceiling",
    "isof",
}
COMPARISONS = ("eq", "ne", "gt", "ge", "lt", "le")


class QueryError(ValueError):
    """A query option 1C cannot parse: the server answers HTTP 400 with code 14."""


# --- the tree ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Literal:
    value: Any
    kind: str  # 'guid' 'datetime' 'string' 'number' 'bool' 'null'


@dataclass(frozen=True)
class Cast:
    guid: str
    type_name: str  # 'Document_X' → matches X_Type 'StandardODATA.Document_X'


@dataclass(frozen=True)
class Member:
    path: tuple[str, ...]  # ('Date',) or ('d', 'Количество') inside a lambda


@dataclass(frozen=True)
class Call:
    name: str
    args: tuple[Any, ...]


@dataclass(frozen=True)
class BinOp:
    op: str  # comparisons, 'and', 'or'
    left: Any
    right: Any


@dataclass(frozen=True)
class Not:
    operand: Any


@dataclass(frozen=True)
class Lambda:
    collection: str  # table part name
    quantifier: str  # 'any' / 'all'
    var: str | None
    body: Any


# --- tokens ------------------------------------------------------------------------------------
_TOKEN = re.compile(
    r"""\s*(?:
      (?P<typed>(?:guid|datetime|datetimeoffset|time|binary|X)'(?:[^']|'')*')
     |(?P<string>'(?:[^']|'')*')
     |(?P<number>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?[mMdDfFlL]?)
     |(?P<name>[^\W\d][\w.]*)
     |(?P<punct>[(),/:])
    )""",
    re.VERBOSE | re.UNICODE,
)


def _tokens(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise QueryError(
                f"Ошибка разбора выражения в позиции {pos + 1}: {text[pos : pos + 20]!r}"
            )
        kind = m.lastgroup or ""
        out.append((kind, m.group(kind)))
        pos = m.end()
        while pos < len(text) and text[pos].isspace():
            pos += 1
    return out


def parse_datetime(text: str) -> str:
    """A datetime literal as 1C's ISO form `YYYY-MM-DDTHH:MM:SS` (no time zone)."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise QueryError(f"Неверный литерал даты: {text!r}") from exc
    return value.replace(tzinfo=None, microsecond=0).isoformat()


def _literal(kind: str, text: str) -> Literal:
    if kind == "string":
        return Literal(text[1:-1].replace("''", "'"), "string")
    if kind == "number":
        try:
            return Literal(Decimal(text.rstrip("mMdDfFlL")), "number")
        except InvalidOperation as exc:
            raise QueryError(f"Неверное число: {text}") from exc
    prefix, _, rest = text.partition("'")
    value = rest[:-1].replace("''", "'")
    if prefix == "guid":
        if not re.fullmatch(r"[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}", value):
            raise QueryError(f"Неверный литерал guid: {value!r}")
        return Literal(value.lower(), "guid")
    if prefix in ("datetime", "datetimeoffset"):
        return Literal(parse_datetime(value), "datetime")
    raise QueryError(f"Неподдерживаемый литерал: {text}")


class _Parser:
    def __init__(self, text: str) -> None:
        self.toks = _tokens(text)
        self.i = 0
        self.vars: list[str] = []

    def peek(self, offset: int = 0) -> tuple[str, str] | None:
        j = self.i + offset
        return self.toks[j] if j < len(self.toks) else None

    def take(self) -> tuple[str, str]:
        tok = self.peek()
        if tok is None:
            raise QueryError("Неожиданный конец выражения")
        self.i += 1
        return tok

    def expect(self, value: str) -> None:
        tok = self.take()
        if tok[1] != value:
            raise QueryError(f"Ожидалось {value!r}, получено {tok[1]!r}")

    def word(self, *words: str) -> str | None:
        tok = self.peek()
        if tok and tok[0] == "name" and tok[1].lower() in words:
            self.i += 1
            return tok[1].lower()
        return None

    def parse(self) -> Any:
        node = self.or_expr()
        if self.peek() is not None:
            raise QueryError(f"Лишний текст в выражении: {self.peek()[1]!r}")  # type: ignore[index]
        return node

    def or_expr(self) -> Any:
        node = self.and_expr()
        while self.word("or"):
            node = BinOp("or", node, self.and_expr())
        return node

    def and_expr(self) -> Any:
        node = self.not_expr()
        while self.word("and"):
            node = BinOp("and", node, self.not_expr())
        return node

    def not_expr(self) -> Any:
        if self.word("not"):
            return Not(self.not_expr())
        return self.comparison()

    def comparison(self) -> Any:
        node = self.primary()
        op = self.word(*COMPARISONS)
        if op:
            node = BinOp(op, node, self.primary())
        return node

    def primary(self) -> Any:
        kind, text = self.take()
        if kind == "punct" and text == "(":
            node = self.or_expr()
            self.expect(")")
            return node
        if kind in ("typed", "string", "number"):
            return _literal(kind, text)
        if kind != "name":
            raise QueryError(f"Неожиданный символ {text!r}")
        low = text.lower()
        if low in ("true", "false"):
            return Literal(low == "true", "bool")
        if low == "null":
            return Literal(None, "null")
        nxt = self.peek()
        if nxt and nxt[1] == "(":
            return self.call(low, text)
        return self.member(text)

    def call(self, low: str, text: str) -> Any:
        if low not in SUPPORTED_FUNCTIONS:
            raise QueryError(f"Функция {text} не поддерживается")
        self.expect("(")
        args: list[Any] = []
        if self.peek() and self.peek()[1] != ")":  # type: ignore[index]
            args.append(self.or_expr())
            while self.peek() and self.peek()[1] == ",":  # type: ignore[index]
                self.take()
                args.append(self.or_expr())
        self.expect(")")
        if len(args) != SUPPORTED_FUNCTIONS[low]:
            raise QueryError(f"Неверное число параметров функции {text}")
        if low == "cast":
            guid, type_name = args
            if not (isinstance(guid, Literal) and guid.kind == "guid"):
                raise QueryError("cast: первый параметр должен быть guid'…'")
            if not (isinstance(type_name, Literal) and type_name.kind == "string"):
                raise QueryError("cast: второй параметр должен быть именем типа")
            return Cast(guid.value, type_name.value.removeprefix("StandardODATA."))
        return Call(low, tuple(args))

    def member(self, first: str) -> Any:
        path = [first]
        while self.peek() and self.peek()[1] == "/":  # type: ignore[index]
            self.take()
            kind, name = self.take()
            if kind != "name":
                raise QueryError(f"Неверный путь: {name!r}")
            if name.lower() in ("any", "all") and self.peek() and self.peek()[1] == "(":  # type: ignore[index]
                if len(path) != 1:
                    raise QueryError("any/all применимы только к табличной части")
                return self.lambda_(path[0], name.lower())
            path.append(name)
        if len(path) > 1 and path[0] not in self.vars:
            raise QueryError(f"Навигация по свойству {'/'.join(path)} не поддерживается")
        return Member(tuple(path))

    def lambda_(self, collection: str, quantifier: str) -> Lambda:
        self.expect("(")
        if self.peek() and self.peek()[1] == ")":  # type: ignore[index]
            self.take()
            return Lambda(collection, quantifier, None, None)
        kind, var = self.take()
        if kind != "name":
            raise QueryError("any/all: ожидалась переменная")
        self.expect(":")
        self.vars.append(var)
        body = self.or_expr()
        self.vars.pop()
        self.expect(")")
        return Lambda(collection, quantifier, var, body)


def parse_filter(text: str) -> Any:
    """`$filter` text → tree; raises QueryError (code 14) for what 1C would not parse."""
    if not text.strip():
        raise QueryError("Пустое выражение $filter")
    return _Parser(text).parse()


@dataclass(frozen=True)
class OrderKey:
    name: str
    desc: bool


def parse_orderby(text: str) -> list[OrderKey]:
    keys: list[OrderKey] = []
    for part in text.split(","):
        words = part.split()
        if not words or len(words) > 2:
            raise QueryError(f"Неверный $orderby: {text!r}")
        direction = words[1].lower() if len(words) == 2 else "asc"
        if direction not in ("asc", "desc") or not re.fullmatch(r"[^\W\d]\w*", words[0]):
            raise QueryError(f"Неверный $orderby: {text!r}")
        keys.append(OrderKey(words[0], direction == "desc"))
    return keys


def conjuncts(node: Any) -> list[Any]:
    """The top-level `and` operands: each can be pushed to SQL or evaluated on its own."""
    if isinstance(node, BinOp) and node.op == "and":
        return conjuncts(node.left) + conjuncts(node.right)
    return [node]


def required_substrings(node: Any) -> set[str]:
    """Guids that must appear in an object's body for it to match (a cheap SQL pre-filter)."""
    if isinstance(node, BinOp) and node.op == "and":
        return required_substrings(node.left) | required_substrings(node.right)
    if isinstance(node, BinOp) and node.op == "eq":
        for side in (node.left, node.right):
            if isinstance(side, Literal) and side.kind == "guid":
                return {side.value}
            if isinstance(side, Cast):
                return {side.guid}
    if isinstance(node, Lambda) and node.quantifier == "any" and node.body is not None:
        return required_substrings(node.body)
    return set()


# --- evaluation over a JSON object ---------------------------------------------------------------
_MISSING = object()


def _value(node: Any, row: dict[str, Any], scope: dict[str, dict[str, Any]]) -> Any:
    if isinstance(node, Literal):
        return node
    if isinstance(node, Cast):
        return node
    if isinstance(node, Member):
        if node.path[0] in scope:
            obj: Any = scope[node.path[0]]
            path = node.path[1:]
        else:
            obj, path = row, node.path
        for name in path:
            if not isinstance(obj, dict):
                return _MISSING
            obj = obj.get(name, _MISSING)
        return obj
    if isinstance(node, Call):
        return _call(node, row, scope)
    return _truth(node, row, scope)


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Literal) else value


def _call(node: Call, row: dict[str, Any], scope: dict[str, dict[str, Any]]) -> Any:
    args = [_plain(_value(a, row, scope)) for a in node.args]
    if node.name in ("year", "month", "day", "hour", "minute", "second"):
        text = args[0]
        if not isinstance(text, str) or len(text) < 10:
            return _MISSING
        try:
            moment = datetime.fromisoformat(text[:19])
        except ValueError:
            return _MISSING
        return Decimal(getattr(moment, node.name))
    if not all(isinstance(a, str) for a in args):
        return False
    a, b = (str(x).casefold() for x in args)
    if node.name == "substringof":
        return a in b
    if node.name == "startswith":
        return a.startswith(b)
    if node.name == "endswith":
        return a.endswith(b)
    if node.name == "like":
        return like_regex(b).fullmatch(a) is not None
    raise QueryError(f"Функция {node.name} не поддерживается")


def like_regex(pattern: str) -> re.Pattern[str]:
    """1C `ПОДОБНО`: `%` any run, `_` one character, `[...]` a set; case-insensitive."""
    out = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "%":
            out.append(".*")
        elif ch == "_":
            out.append(".")
        elif ch == "[":
            end = pattern.find("]", i)
            if end < 0:
                out.append(re.escape(ch))
            else:
                inner = pattern[i + 1 : end].replace("\\", "\\\\")
                out.append("[" + ("^" + inner[1:] if inner.startswith("^") else inner) + "]")
                i = end
        else:
            out.append(re.escape(ch))
        i += 1
    return re.compile("".join(out), re.IGNORECASE | re.DOTALL)


def _compare(op: str, left: Any, right: Any) -> bool:
    if left is _MISSING or right is _MISSING:
        return False
    if left is None or right is None:
        return False  # a JSON null compares with nothing but the `null` literal
    if isinstance(left, bool) or isinstance(right, bool):
        if not (isinstance(left, bool) and isinstance(right, bool)):
            return False
    elif isinstance(left, int | Decimal) and isinstance(right, int | Decimal):
        pass
    elif isinstance(left, int | Decimal) or isinstance(right, int | Decimal):
        # Int64 values may arrive as strings ("LineNumber": "1"); other text is not a number
        text = left if isinstance(left, str) else right
        if not (isinstance(text, str) and text.isascii() and text.isdigit()):
            return False
        left, right = Decimal(str(left)), Decimal(str(right))
    elif type(left) is not type(right):
        return False
    try:
        if op == "eq":
            return bool(left == right)
        if op == "ne":
            return bool(left != right)
        if op == "gt":
            return bool(left > right)
        if op == "ge":
            return bool(left >= right)
        if op == "lt":
            return bool(left < right)
        if op == "le":
            return bool(left <= right)
    except TypeError:
        return False
    raise QueryError(f"Неизвестная операция {op}")


def _composite_type(node: Any, row: dict[str, Any], scope: dict[str, dict[str, Any]]) -> Any:
    """The `X_Type` of a member, or _MISSING when the field is not composite."""
    if not isinstance(node, Member):
        return _MISSING
    type_node = Member((*node.path[:-1], node.path[-1] + "_Type"))
    return _value(type_node, row, scope)


def _comparison(node: BinOp, row: dict[str, Any], scope: dict[str, dict[str, Any]]) -> bool:
    sides = [node.left, node.right]
    values = [_value(s, row, scope) for s in sides]
    for i in (0, 1):
        lit, other = values[i], sides[1 - i]
        if isinstance(lit, Cast):
            if node.op not in ("eq", "ne"):
                return False
            typ = _composite_type(other, row, scope)
            actual = values[1 - i]
            match = typ == f"StandardODATA.{lit.type_name}" and actual == lit.guid
            if typ is _MISSING:  # a plain reference compared with cast: compare the key
                match = actual == lit.guid
            return match if node.op == "eq" else not match
        if isinstance(lit, Literal) and lit.kind == "guid":
            if _composite_type(other, row, scope) is not _MISSING:
                return False  # composite field vs bare guid: matches nothing, as in 1C
    for i in (0, 1):
        if isinstance(values[i], Literal) and values[i].kind == "null":
            other_value = values[1 - i]
            empty = other_value is None or other_value is _MISSING
            if node.op in ("eq", "ne"):
                return empty if node.op == "eq" else not empty
            return False
        if isinstance(values[i], Literal) and values[i].kind == "string":
            other_plain = _plain(values[1 - i])
            if isinstance(other_plain, int | Decimal) and not isinstance(other_plain, bool):
                return False  # only text data may stand for a number, not a text literal
    left, right = (_plain(v) for v in values)
    if isinstance(left, str) and isinstance(right, str):
        if _is_guid_side(sides[0]) or _is_guid_side(sides[1]):
            left, right = left.lower(), right.lower()
    return _compare(node.op, left, right)


def _is_guid_side(node: Any) -> bool:
    return isinstance(node, Literal) and node.kind == "guid"


def _truth(node: Any, row: dict[str, Any], scope: dict[str, dict[str, Any]]) -> bool:
    if isinstance(node, BinOp):
        if node.op == "and":
            return _truth(node.left, row, scope) and _truth(node.right, row, scope)
        if node.op == "or":
            return _truth(node.left, row, scope) or _truth(node.right, row, scope)
        return _comparison(node, row, scope)
    if isinstance(node, Not):
        return not _truth(node.operand, row, scope)
    if isinstance(node, Lambda):
        items = row.get(node.collection)
        if not isinstance(items, list):
            return False
        if node.body is None:
            return bool(items) if node.quantifier == "any" else True
        assert node.var is not None
        test = (_truth(node.body, row, {**scope, node.var: it}) for it in items)
        return any(test) if node.quantifier == "any" else all(test)
    value = _plain(_value(node, row, scope))
    return value is True


def evaluate(node: Any, row: dict[str, Any]) -> bool:
    """Does the object match the filter tree?"""
    return _truth(node, row, {})


def evaluator(nodes: Iterable[Any]) -> Callable[[dict[str, Any]], bool]:
    parts = list(nodes)
    return lambda row: all(_truth(n, row, {}) for n in parts)


# --- translation to SQL ------------------------------------------------------------------------
@dataclass(frozen=True)
class SqlColumns:
    """How a source's properties map to SQL: indexed columns, composite pairs, and the body."""

    columns: dict[str, str]  # property → column ('Ref_Key' → 'ref_key')
    composites: dict[str, tuple[str, str]]  # property → (value column, type column)
    body: str | None = "body"  # JSON column for other properties; None: not pushable
    nullable: tuple[str, ...] = ()  # columns that may be NULL (need an explicit guard)


_JSON_TYPES = {
    "guid": ("text",),
    "string": ("text",),
    "datetime": ("text",),
    "number": ("integer", "real"),
    "bool": ("true", "false"),
}
_SQL_OPS = {"eq": "=", "ne": "<>", "gt": ">", "ge": ">=", "lt": "<", "le": "<="}


def json_path(name: str) -> str:
    return '$."' + name.replace('"', '""') + '"'


def _sql_param(lit: Literal) -> Any:
    if lit.kind == "number":
        value = lit.value
        if value == value.to_integral_value():
            return int(value)
        return float(value)  # not money: the JSON wire form
    if lit.kind == "bool":
        return 1 if lit.value else 0
    return lit.value


def to_sql(node: Any, cols: SqlColumns) -> tuple[str, list[Any]] | None:
    """An exact SQL equivalent of the filter node, or None when only `evaluate` can decide."""
    if isinstance(node, BinOp) and node.op in ("and", "or"):
        left, right = to_sql(node.left, cols), to_sql(node.right, cols)
        if left is None or right is None:
            return None
        return f"({left[0]} {node.op.upper()} {right[0]})", left[1] + right[1]
    if isinstance(node, Not):
        inner = to_sql(node.operand, cols)
        return None if inner is None else (f"(NOT {inner[0]})", inner[1])
    if isinstance(node, Call) and node.name in TEXT_FUNCTIONS:
        return _text_call_sql(node, cols)
    if isinstance(node, BinOp) and node.op in _SQL_OPS:
        member, other, op = node.left, node.right, node.op
        if isinstance(member, Literal | Cast) and isinstance(other, Member):
            member, other = other, member
            op = {"gt": "lt", "lt": "gt", "ge": "le", "le": "ge"}.get(op, op)
        if not isinstance(member, Member) or len(member.path) != 1:
            return None
        name = member.path[0]
        sql_op = _SQL_OPS[op]
        if isinstance(other, Cast):
            if op not in ("eq", "ne"):
                return None
            pair = cols.composites.get(name)
            type_name = f"StandardODATA.{other.type_name}"
            if pair:
                expr = f"(COALESCE({pair[0]} = ? AND {pair[1]} = ?, 0))"
                return (expr if op == "eq" else f"(NOT {expr})"), [other.guid, type_name]
            if cols.body is None or name in cols.columns:
                return None
            value, typ = f"json_extract({cols.body}, ?)", f"json_extract({cols.body}, ?)"
            expr = f"(COALESCE({value} = ? AND {typ} = ?, 0))"
            args = [json_path(name), other.guid, json_path(name + "_Type"), type_name]
            return (expr if op == "eq" else f"(NOT {expr})"), args
        if not isinstance(other, Literal) or other.kind not in _JSON_TYPES:
            return None
        if name in cols.composites:
            return ("0", []) if other.kind == "guid" else None
        if name in cols.columns:
            if other.kind not in ("guid", "string", "datetime"):
                return None
            col = cols.columns[name]
            # two-valued without COALESCE, so that SQLite can still use the column's index
            if col in cols.nullable:
                return f"({col} IS NOT NULL AND {col} {sql_op} ?)", [other.value]
            return f"{col} {sql_op} ?", [other.value]
        if cols.body is None:
            return None
        path = json_path(name)
        if other.kind == "number":
            value = f"json_extract({cols.body}, ?)"
            kind = f"json_type({cols.body}, ?)"
            expr = (
                f"(COALESCE(CASE WHEN {kind} IN ('integer','real') THEN {value} {sql_op} ?"
                f" WHEN {kind} = 'text' AND {value} GLOB '[0-9]*' AND {value} NOT GLOB '*[^0-9]*'"
                f" THEN CAST({value} AS INTEGER) {sql_op} ? ELSE 0 END, 0))"
            )
            num = _sql_param(other)
            return expr, [path, path, num, path, path, path, path, num]
        kinds = ",".join(f"'{k}'" for k in _JSON_TYPES[other.kind])
        params: list[Any] = [path, path]
        guard = ""
        if other.kind == "guid":
            guard = f" AND json_type({cols.body}, ?) IS NULL"
            params.append(json_path(name + "_Type"))
        expr = (
            f"(COALESCE(json_type({cols.body}, ?) IN ({kinds})"
            f" AND json_extract({cols.body}, ?) {sql_op} ?{guard}, 0))"
        )
        params.insert(2, _sql_param(other))
        return expr, params
    return None


TEXT_FUNCTIONS = ("substringof", "startswith", "endswith", "like")
SQL_TEXT_FUNCTION = "wd_text_match"


def text_match(name: str, value: Any, pattern: Any) -> int:
    """The SQL side of the string functions (register as `SQL_TEXT_FUNCTION`, 3 arguments)."""
    if not isinstance(value, str) or not isinstance(pattern, str):
        return 0
    haystack, needle = value.casefold(), pattern.casefold()
    if name == "substringof":
        return int(needle in haystack)
    if name == "startswith":
        return int(haystack.startswith(needle))
    if name == "endswith":
        return int(haystack.endswith(needle))
    return int(like_regex(needle).fullmatch(haystack) is not None)


def _text_call_sql(node: Call, cols: SqlColumns) -> tuple[str, list[Any]] | None:
    if node.name == "substringof":
        pattern, member = node.args
    else:
        member, pattern = node.args
    if not (isinstance(member, Member) and len(member.path) == 1):
        return None
    if not (isinstance(pattern, Literal) and pattern.kind == "string"):
        return None
    name = member.path[0]
    if name in cols.columns:
        value, params = cols.columns[name], []
    elif cols.body is not None and name not in cols.composites:
        value, params = f"json_extract({cols.body}, ?)", [json_path(name)]
    else:
        return None
    sql = f"COALESCE({SQL_TEXT_FUNCTION}(?, {value}, ?), 0)"
    return sql, [node.name, *params, pattern.value]


def sort_key(value: Any) -> tuple[int, Any]:
    """A total order over JSON values for `$orderby` in Python (missing and empty first)."""
    if value is None or value is _MISSING:
        return (0, 0)
    if isinstance(value, bool):
        return (1, int(value))
    if isinstance(value, int | Decimal):
        return (2, value)
    if isinstance(value, str):
        return (3, value)
    return (4, str(value))
