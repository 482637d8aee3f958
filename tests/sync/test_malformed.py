"""Hypothesis-generated row bodies through the mapping layer: never a crash, always logged."""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wholesale_desk.connection import ConnectionSettings
from wholesale_desk.models import SyncIssue
from wholesale_desk.onec.profile import load_profile
from wholesale_desk.store import Store
from wholesale_desk.sync.mapping import MappingError, bind
from wholesale_desk.sync.progress import RunContext
from wholesale_desk.sync.pull import Puller

BOUND = bind(load_profile())
GUID = st.uuids().map(str)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.decimals(allow_nan=True, allow_infinity=True, places=None),
    st.text(max_size=12),
    GUID,
    st.sampled_from(
        [
            "0001-01-01T00:00:00",
            "2026-13-45T99:00:00",
            "2026-03-05T10:00:00",
            "00000000-0000-0000-0000-000000000000",
            "StandardODATA.Catalog_Партнеры",
            "StandardODATA.Undefined",
            "1",
            "1.005",
            "-0",
            "1e400",
        ]
    ),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


def body_for(concept: str) -> st.SearchStrategy[dict[str, Any]]:
    obj = BOUND.concept(concept)
    props = obj.spec.select()
    part_props = {p.spec.property: list(p.spec.fields.values()) for p in obj.parts}
    row = st.fixed_dictionaries(
        {},
        optional={prop: VALUES for prop in props if prop not in part_props} | {"Ref_Key": GUID},
    )

    def with_parts(base: dict[str, Any], parts: dict[str, Any]) -> dict[str, Any]:
        return {**base, **parts}

    part_rows = st.fixed_dictionaries(
        {},
        optional={
            prop: st.lists(
                st.dictionaries(
                    st.sampled_from(["LineNumber", *[f.property or "x" for f in fields]]),
                    VALUES,
                    max_size=6,
                )
                | VALUES,
                max_size=3,
            )
            | VALUES
            for prop, fields in part_props.items()
        },
    )
    return st.builds(with_parts, row, part_rows)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from([o.concept for o in BOUND.objects]).flatmap(
        lambda c: st.tuples(st.just(c), body_for(c))
    )
)
def test_mapping_either_maps_or_says_why(case: tuple[str, dict[str, Any]]) -> None:
    concept, raw = case
    try:
        BOUND.concept(concept).map(raw)
    except MappingError:
        pass


def test_garbage_pages_never_crash_the_store_and_are_logged(tmp_path: Path) -> None:
    store = Store(tmp_path / "store.sqlite")
    ctx = RunContext()
    puller = Puller(None, store, BOUND, ConnectionSettings(), ctx)  # type: ignore[arg-type]

    @settings(
        max_examples=120,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(
        st.sampled_from(
            ["client", "order", "product", "call", "meeting", "bank_payment", "contact"]
        ).flatmap(lambda c: st.tuples(st.just(c), st.lists(body_for(c), max_size=4)))
    )
    def run(case: tuple[str, list[dict[str, Any]]]) -> None:
        concept, rows = case
        obj = BOUND.concept(concept)
        with store.transaction() as session:
            puller._store(session, obj, rows)

    run()
    assert ctx.issues, "garbage must show up in the sync log"
    with store.session() as session:
        assert session.query(SyncIssue).count() == len(ctx.issues)
        entity, _ref, message = ctx.issues[0]
        assert entity.startswith(("Catalog_", "Document_")) and message
    store.close()


def test_a_good_row_survives_next_to_a_bad_one(tmp_path: Path) -> None:
    store = Store(tmp_path / "store.sqlite")
    ctx = RunContext()
    puller = Puller(None, store, BOUND, ConnectionSettings(), ctx)  # type: ignore[arg-type]
    good, bad = str(uuid.uuid4()), str(uuid.uuid4())
    with store.transaction() as session:
        puller._store(
            session,
            BOUND.concept("vat_rate"),
            [
                {"Ref_Key": good, "DataVersion": "A", "Description": "22%", "Ставка": Decimal(22)},
                {"Ref_Key": bad, "DataVersion": "B", "Description": "??", "Ставка": "двадцать"},
            ],
        )
    assert ctx.fig("vat_rate").stored == 1 and ctx.fig("vat_rate").skipped == 1
    assert ctx.issues[0][1] == bad
    store.close()
