"""The page prefetcher keeps order, hands errors over, and stops its worker on an early exit."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from wholesale_desk.sync.prefetch import prefetch


def test_items_arrive_in_order() -> None:
    assert list(prefetch(iter(range(50)))) == list(range(50))


def test_an_error_in_the_fetch_is_raised_in_the_caller() -> None:
    def pages() -> Iterator[int]:
        yield 1
        raise ConnectionError("dropped")

    got = []
    with pytest.raises(ConnectionError):
        for item in prefetch(pages()):
            got.append(item)
    assert got == [1]


def test_leaving_early_stops_the_worker() -> None:
    before = threading.active_count()
    for item in prefetch(iter(range(1000))):
        if item == 3:
            break
    assert threading.active_count() == before
