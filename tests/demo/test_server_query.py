"""The filter engine alone: what SQL decides must equal what the evaluator decides."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest

from wholesale_desk.demo.base import dumps
from wholesale_desk.demo.odata_query import (
    SQL_TEXT_FUNCTION,
    QueryError,
    SqlColumns,
    evaluate,
    parse_filter,
    parse_orderby,
    text_match,
    to_sql,
)

ROWS = [
    {"Ref_Key": "a1", "Сумма": Decimal("10.5"), "Имя": "Ромашка", "Флаг": True, "Дата": "2026-01-05T00:00:00",
     "Док": "d1", "Док_Type": "StandardODATA.Document_A", "Ссылка_Key": "00000000-0000-0000-0000-000000000001"},
    {"Ref_Key": "b2", "Сумма": 3, "Имя": "ЛЮТИК O'Neil", "Флаг": False, "Дата": "2025-12-31T23:59:59",
     "Док": "00000000-0000-0000-0000-000000000001", "Док_Type": "StandardODATA.Document_B",
     "Ссылка_Key": "00000000-0000-0000-0000-000000000002"},
    {"Ref_Key": "c3", "Сумма": "7", "Имя": 5, "Дата": None},
    {"Ref_Key": "d4"},
]  # fmt: skip

EXPRESSIONS = [
    "Сумма gt 5",
    "Сумма le 3",
    "Сумма eq 10.5",
    "Сумма ne 3",
    "Имя eq 'Ромашка'",
    "Имя gt 'Л'",
    "Имя ne 'Ромашка'",
    "Флаг eq true",
    "Флаг ne true",
    "not (Флаг eq true)",
    "Дата ge datetime'2026-01-01T00:00:00'",
    "Дата lt datetime'2026-01-01'",
    "Ссылка_Key eq guid'00000000-0000-0000-0000-000000000002'",
    "Док eq guid'00000000-0000-0000-0000-000000000001'",
    "Док eq cast(guid'00000000-0000-0000-0000-000000000001', 'Document_B')",
    "Док ne cast(guid'00000000-0000-0000-0000-000000000001', 'Document_B')",
    "substringof('ромаш', Имя)",
    "startswith(Имя, 'лют')",
    "endswith(Имя, 'neil')",
    "like(Имя, 'Р%к_')",
    "not substringof('x', Имя)",
    "Сумма gt 5 or Имя eq 'ЛЮТИК O''Neil'",
    "(Сумма gt 5 and Флаг eq true) or not (Имя eq 'Ромашка')",
    "Ref_Key eq 'b2' or Ref_Key ge 'c3'",
]


@pytest.fixture(scope="module")
def db() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.create_function(SQL_TEXT_FUNCTION, 3, text_match, deterministic=True)
    conn.execute("CREATE TABLE t (ref_key TEXT, body TEXT)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", [(r["Ref_Key"], dumps(r)) for r in ROWS])
    return conn


@pytest.mark.parametrize("expr", EXPRESSIONS)
def test_sql_translation_matches_the_evaluator(db, expr):
    tree = parse_filter(expr)
    expected = [r["Ref_Key"] for r in ROWS if evaluate(tree, r)]
    sql = to_sql(tree, SqlColumns(columns={"Ref_Key": "ref_key"}, composites={}, body="body"))
    assert sql is not None, "expected to be pushed down"
    got = [k for (k,) in db.execute(f"SELECT ref_key FROM t WHERE {sql[0]} ORDER BY rowid", sql[1])]
    assert got == expected


def test_lambda_and_date_functions_stay_in_python():
    cols = SqlColumns(columns={}, composites={}, body="body")
    for expr in ("Товары/any(d: d/Количество gt 1)", "year(Дата) eq 2026"):
        assert to_sql(parse_filter(expr), cols) is None


def test_orderby_parsing():
    keys = parse_orderby("Date desc, Ref_Key")
    assert [(k.name, k.desc) for k in keys] == [("Date", True), ("Ref_Key", False)]
    with pytest.raises(QueryError):
        parse_orderby("Date; drop table")


@pytest.mark.parametrize("expr", ["Партнер/Description eq 'x'", "Сумма eq 1 and", "(Сумма eq 1"])
def test_what_1c_cannot_parse(expr):
    with pytest.raises(QueryError):
        parse_filter(expr)


def test_int64_as_text_compares_as_a_number(db):
    tree = parse_filter("LineNumber eq 2")
    assert evaluate(tree, {"LineNumber": "2"})
    assert not evaluate(tree, {"LineNumber": "2x"})


# --- property: any pushed-down filter decides exactly as the evaluator -------------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

FIELDS = ["Сумма", "Имя", "Флаг", "Дата"]
_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.decimals(-5, 5, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(["", "0", "12", "ab", "Ab", "аБв", "2026-01-01T00:00:00", "O'k"]),
)
_rows = st.lists(
    st.dictionaries(st.sampled_from(FIELDS), _values, max_size=4), min_size=1, max_size=6
)


def _literal_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | Decimal):
        return str(value)
    if isinstance(value, str) and value.startswith("2026"):
        return f"datetime'{value}'"
    return "'" + str(value).replace("'", "''") + "'"


_literals = st.one_of(
    st.booleans(),
    st.integers(-5, 5),
    st.decimals(-5, 5, places=1, allow_nan=False, allow_infinity=False),
    st.sampled_from(["", "0", "12", "ab", "аб", "2026-01-01T00:00:00", "O'k"]),
)
_comparison = st.builds(
    lambda f, op, lit: f"{f} {op} {_literal_text(lit)}",
    st.sampled_from(FIELDS),
    st.sampled_from(["eq", "ne", "gt", "ge", "lt", "le"]),
    _literals,
)
_text_call = st.builds(
    lambda fn, f, s: f"substringof('{s}', {f})" if fn == "substringof" else f"{fn}({f}, '{s}')",
    st.sampled_from(["substringof", "startswith", "endswith", "like"]),
    st.sampled_from(FIELDS),
    st.sampled_from(["a", "б", "%б", "1", ""]),
)
_filters = st.recursive(
    st.one_of(_comparison, _text_call),
    lambda inner: st.one_of(
        st.builds(lambda a, b: f"({a}) and ({b})", inner, inner),
        st.builds(lambda a, b: f"({a}) or ({b})", inner, inner),
        st.builds(lambda a: f"not ({a})", inner),
    ),
    max_leaves=4,
)


@settings(max_examples=300, deadline=None)
@given(rows=_rows, expr=_filters)
def test_pushed_down_filters_equal_the_evaluator(rows, expr):
    conn = sqlite3.connect(":memory:")
    conn.create_function(SQL_TEXT_FUNCTION, 3, text_match, deterministic=True)
    conn.execute("CREATE TABLE t (n INTEGER, body TEXT)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", [(i, dumps(r)) for i, r in enumerate(rows)])
    tree = parse_filter(expr)
    sql = to_sql(tree, SqlColumns(columns={}, composites={}, body="body"))
    assert sql is not None
    got = [n for (n,) in conn.execute(f"SELECT n FROM t WHERE {sql[0]} ORDER BY n", sql[1])]
    assert got == [i for i, r in enumerate(rows) if evaluate(tree, r)]
