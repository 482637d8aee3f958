"""A stored page comes back exactly as 1C sent it: numbers as the same Decimals, never floats."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from wholesale_desk.store import Store
from wholesale_desk.sync import checkpoint

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.decimals(allow_nan=False, allow_infinity=False, places=None),
    st.text(max_size=10),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=8,
)


@given(st.lists(st.dictionaries(st.text(max_size=8), VALUES, max_size=5), max_size=4))
def test_pages_round_trip_exactly(rows: list[dict[str, Any]]) -> None:
    back = checkpoint.loads(checkpoint.dumps(rows))
    assert back == rows
    assert repr(back) == repr(rows)  # Decimal('1.50') stays Decimal('1.50'), not 1.5


def test_a_phase_replays_its_pages_and_asks_only_for_the_rest(tmp_path: Path) -> None:
    store = Store(tmp_path / "store.sqlite")
    asked: list[int] = []

    def fetch(start: int) -> Any:
        for skip in range(start, 6, 2):
            asked.append(skip)
            if skip == 4 and len(asked) < 4:
                raise ConnectionError("the network went")
            rows = [{"Ref_Key": str(skip + i), "Цена": Decimal("1.10")} for i in range(2)]
            yield skip, rows if skip < 4 else rows[:1]  # the last page is short

    phase = checkpoint.PagedPhase(store, "list:x", {"filter": "a"}, 2)
    got = []
    try:
        for page in phase.pages(fetch):
            got.append(page)
    except ConnectionError:
        pass
    assert [skip for skip, _ in got] == [0, 2]
    again = checkpoint.PagedPhase(store, "list:x", {"filter": "a"}, 2)
    replay = list(again.pages(fetch))
    assert [skip for skip, _ in replay] == [0, 2, 4] and again.resumed_pages == 2
    assert asked == [0, 2, 4, 4]  # the two stored pages were not asked for again
    assert replay[0][1][0] == {"Ref_Key": "0", "Цена": Decimal("1.10")}
    assert len(replay[2][1]) == 1
    other = checkpoint.PagedPhase(store, "list:x", {"filter": "b"}, 2)  # another query: from 0
    assert next(skip for skip, _ in other.pages(fetch)) == 0
    store.close()
