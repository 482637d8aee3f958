"""1C's JSON values: empty refs and dates, strings for numbers, composites, exact money out."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wholesale_desk.connection import normalize_url
from wholesale_desk.onec import query, values


def test_empty_reference_and_empty_date_are_none() -> None:
    assert values.ref("00000000-0000-0000-0000-000000000000") is None
    assert values.date("0001-01-01T00:00:00") is None
    assert values.date("2026-03-05T10:20:00") == datetime(2026, 3, 5, 10, 20)


@given(st.uuids(), st.sampled_from([str, lambda u: str(u).upper(), lambda u: f"{{{u}}}", "hex"]))
def test_a_reference_in_any_spelling_is_the_same_lower_case_key(key: UUID, spell: Any) -> None:
    # 1C's own canonical spelling takes a fast path; every spelling must land on the same key
    text = key.hex if spell == "hex" else spell(key)
    expected = None if key.int == 0 else str(key)
    assert values.ref(text) == expected
    assert values.composite(text, "StandardODATA.Document_ЗаказКлиента")[1] == expected


@pytest.mark.parametrize(
    "junk",
    ["not-a-guid", "1fa1a135-d89b-11e6-8343-40167e2531c3\n", "1fa1a135d89b11e6834340167e2531c"],
)
def test_a_malformed_reference_is_refused(junk: str) -> None:
    with pytest.raises(ValueError):
        values.ref(junk)


def test_numbers_may_come_as_strings() -> None:
    assert values.integer("12") == 12
    assert values.decimal("9223372036854775807") == Decimal("9223372036854775807")
    with pytest.raises(ValueError):
        values.decimal("abc")


def test_composite_value_and_type() -> None:
    assert values.composite("", "StandardODATA.Undefined") == (None, None)
    key = "1fa1a135-d89b-11e6-8343-40167e2531c3"
    assert values.composite(key, "StandardODATA.Document_ЗаказКлиента") == (
        "Document_ЗаказКлиента",
        key,
    )


def test_money_goes_out_digit_for_digit() -> None:
    body = values.dumps({"Сумма": Decimal("990.94"), "Количество": Decimal("10.000")})
    assert json.loads(body, parse_float=Decimal) == {"Сумма": Decimal("990.94"), "Количество": 10}


def test_literals() -> None:
    assert query.string_literal("O'Brien") == "'O''Brien'"
    assert query.datetime_literal(datetime(2026, 1, 2, 3, 4, 5)) == "datetime'2026-01-02T03:04:05'"
    with pytest.raises(ValueError):
        query.guid("not-a-guid")


@pytest.mark.parametrize(
    "url",
    [
        "http://host/base",
        "http://host/base/",
        "http://host/base/odata/standard.odata",
        "http://host/base/odata/standard.odata/",
        "host/base",
    ],
)
def test_publication_or_full_odata_address_normalise_to_the_service_root(url: str) -> None:
    assert normalize_url(url) == "http://host/base/odata/standard.odata/"
