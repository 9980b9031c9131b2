"""A time budget for one document's extraction, enforced inside the process that extracts it.

A pathological text must cost its own document, not the run: when the budget runs out, the
timer's signal raises ``OverBudget`` wherever the extraction is (Python code and the regular
expression engine both check for signals), and the caller quarantines the document. The
supervisor of the worker processes kills a worker that does not stop on its own.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class OverBudget(BaseException):
    """The extraction ran past its time budget. A BaseException, so that no ``except Exception``
    inside the extraction can swallow it."""


def can_interrupt() -> bool:
    """Whether ``time_budget`` can stop a block here: interval timers exist only on Unix, and
    their signal reaches only the main thread."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise OverBudget in the block if it runs longer than ``seconds``; no limit when ``seconds``
    is None or when ``can_interrupt()`` is false."""
    if seconds is None or not can_interrupt():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise OverBudget(f"extraction took longer than its budget of {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
