"""The mapping profile loads, binds to the models, and explains what is wrong when it is."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from wholesale_desk.onec.profile import ProfileError, load_profile, parse_profile, profile_path
from wholesale_desk.sync.mapping import bind


def raw() -> dict[str, Any]:
    return json.loads(profile_path().read_text(encoding="utf-8"))


def test_default_profile_names_every_object_of_the_contract() -> None:
    profile = load_profile()
    bind(profile)
    sets = profile.entity_sets()
    for name in (
        "Catalog_Партнеры",
        "Catalog_Контрагенты",
        "Document_ЗаказКлиента",
        "AccumulationRegister_ТоварыНаСкладах",
        "InformationRegister_ЦеныНоменклатуры_RecordType",
        "AccumulationRegister_РасчетыСКлиентамиПоСрокам",
        "Document_Встреча",
    ):
        assert name in sets
    order = profile.concept("order")
    assert "Товары" in order.select() and "Партнер_Key" in order.select()


def test_missing_key_is_named_with_its_place() -> None:
    data = raw()
    del data["catalogs"][0]["entity_set"]
    with pytest.raises(ProfileError, match=r"catalogs\[0\].entity_set: missing"):
        parse_profile(data)


def test_wrong_type_is_named() -> None:
    data = raw()
    data["catalogs"][0]["required"] = "yes"
    with pytest.raises(ProfileError, match="expected true or false"):
        parse_profile(data)
    data = raw()
    data["documents"][0]["fields"]["amount"] = {"property": "СуммаДокумента", "type": "money"}
    with pytest.raises(ProfileError, match="unknown type 'money'"):
        parse_profile(data)

    data = raw()
    data["registers"]["prices"]["written_by"] = "Document_УстановкаЦенНоменклатуры"
    with pytest.raises(ProfileError, match=r"prices.written_by: expected a list"):
        parse_profile(data)


def test_prices_name_the_documents_that_alone_write_them() -> None:
    # the price snapshot is skipped only while these are unchanged (see Puller._writers)
    prices = load_profile().registers["prices"]
    assert prices.written_by == ("Document_УстановкаЦенНоменклатуры",)
    assert all(not r.written_by for n, r in load_profile().registers.items() if n != "prices")


def test_a_column_the_model_lacks_is_refused_on_bind() -> None:
    data = copy.deepcopy(raw())
    data["catalogs"][0]["fields"]["no_such_column"] = "Description"
    with pytest.raises(ProfileError, match="no column 'no_such_column'"):
        bind(parse_profile(data))


def test_unreadable_file() -> None:
    with pytest.raises(ProfileError, match="file not found"):
        load_profile("/nonexistent/profile.json")
