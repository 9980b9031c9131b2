"""Run an iterator ahead of its consumer in a thread, through a bounded queue.

The loader writes a batch of documents while the extraction workers go on with the next ones:
without this, the generator that hands work to the workers is suspended during every write and
the workers stand idle. The queue's bound keeps memory flat.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")

_DONE = object()


@contextmanager
def prefetched(items: Iterable[T], size: int) -> Iterator[Iterator[T]]:
    """``items`` as an iterator that a thread fills up to ``size`` items ahead. An exception of
    ``items`` is raised to the consumer where it would have been; leaving the block early stops
    the thread (and closes ``items``, so a generator runs its cleanup)."""
    buffer: queue.Queue[object] = queue.Queue(maxsize=size)
    stop = threading.Event()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                buffer.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def fill() -> None:
        iterator: Iterator[T] | None = None
        try:
            iterator = iter(items)
            for item in iterator:
                if not put(item):
                    break
            else:
                put(_DONE)
        except BaseException as exc:  # handed to the consumer, which raises it
            put(_Failure(exc))
        finally:
            close = getattr(iterator, "close", None)
            if close is not None:
                close()

    thread = threading.Thread(target=fill, name="devzone-prefetch", daemon=True)
    thread.start()

    def drain() -> Iterator[T]:
        while True:
            item = buffer.get()
            if item is _DONE:
                return
            if isinstance(item, _Failure):
                raise item.exc
            yield item  # type: ignore[misc]

    try:
        yield drain()
    finally:
        stop.set()
        thread.join()


class _Failure:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc
