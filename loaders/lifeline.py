"""Processes we start die with us: a `devzone` killed by a scheduler or a user (SIGKILL
included) must not leave extraction workers or a dbt build running and holding the warehouse."""

from __future__ import annotations

import ctypes
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int) -> None:
    """Have the kernel SIGKILL the calling process when its parent dies (Linux; elsewhere only
    the check below). Called in the child: first thing in a worker, or between fork and exec."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent_pid:  # the parent died before the request took effect
        os._exit(1)
