"""prefetched: the same items in the same order, errors where they happened, cleanup on early exit."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from loaders.prefetch import prefetched


def test_items_come_in_order_and_all_of_them() -> None:
    with prefetched(range(1000), 3) as items:
        assert list(items) == list(range(1000))


def test_an_error_of_the_source_reaches_the_consumer_after_the_items_before_it() -> None:
    def failing() -> Iterator[int]:
        yield 1
        yield 2
        raise ValueError("broken source")

    seen = []
    with pytest.raises(ValueError, match="broken source"), prefetched(failing(), 5) as items:
        for item in items:
            seen.append(item)
    assert seen == [1, 2]


def test_leaving_early_stops_the_thread_and_closes_the_source() -> None:
    closed = threading.Event()

    def endless() -> Iterator[int]:
        try:
            n = 0
            while True:
                yield n
                n += 1
        finally:
            closed.set()

    with prefetched(endless(), 2) as items:
        assert next(items) == 0
    assert closed.is_set()
    assert not any(t.name == "devzone-prefetch" for t in threading.enumerate())
