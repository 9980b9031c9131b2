"""One writing run at a time: `devzone run`, `load` and `build` hold a lock for their whole length.

- DuckDB: an exclusive `flock` on `<warehouse>.lock` beside the file (the file stays; the lock
  goes with the process, even when it is killed).
- PostgreSQL: a session-level `pg_advisory_lock` in the warehouse's database, held by a
  connection of its own; the server releases it when that connection ends, however it ends.

A second run does not wait: it gives up at once with `RunLocked` (exit status 75, EX_TEMPFAIL),
so that a scheduler firing while a long run is still going simply skips a beat.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, pool, text
from sqlalchemy.exc import OperationalError

from devzone.config import Warehouse
from devzone.errors import UserError

log = logging.getLogger(__name__)

# pg_advisory_lock key of devzone runs: the bytes of "devzone" as a big-endian integer.
ADVISORY_LOCK_KEY = int.from_bytes(b"devzone", "big")
APPLICATION_NAME = "devzone run"


class RunLocked(Exception):
    """Another devzone run holds the warehouse; the CLI prints one line and exits with 75."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    if not path.parent.is_dir():
        raise UserError(f"cannot create the warehouse {path.with_suffix('')}: {path.parent} is not a directory")
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "unknown"
            raise RunLocked(f"another devzone run (PID {holder}) holds {path}; nothing done") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        log.info("lock: holding %s", path)
        yield
    finally:
        os.close(fd)  # releases the flock


@contextmanager
def _advisory_lock(warehouse: Warehouse) -> Iterator[None]:
    url = warehouse.url.update_query_dict({"application_name": APPLICATION_NAME})
    engine = create_engine(url, poolclass=pool.NullPool, isolation_level="AUTOCOMMIT")
    try:
        try:
            conn = engine.connect()
        except OperationalError as exc:
            reason = str(exc.orig).splitlines()[0] if exc.orig else str(exc)
            raise UserError(f"cannot open the warehouse {warehouse.describe()}: {reason}") from exc
        with conn:
            got = conn.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": ADVISORY_LOCK_KEY}).scalar_one()
            if not got:
                holder = conn.execute(
                    text(
                        "SELECT a.pid, to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS') FROM pg_locks l "
                        "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
                        "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                        "AND ((l.classid::bigint << 32) | l.objid::bigint) = :key"
                    ),
                    {"key": ADVISORY_LOCK_KEY},
                ).first()
                who = f" (server PID {holder[0]}, connected since {holder[1]})" if holder else ""
                raise RunLocked(
                    f"another devzone run{who} holds the advisory lock {ADVISORY_LOCK_KEY} on "
                    f"{warehouse.describe()}; nothing done"
                )
            log.info("lock: holding advisory lock %d on %s", ADVISORY_LOCK_KEY, warehouse.describe())
            try:
                yield
            finally:
                # an OperationalError means the connection is gone, and the lock with it
                with contextlib.suppress(OperationalError):
                    conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_LOCK_KEY})
    finally:
        engine.dispose()


@contextmanager
def run_lock(warehouse: Warehouse) -> Iterator[None]:
    """Hold the warehouse's run lock, or raise RunLocked at once if another run has it."""
    if warehouse.path is not None:
        with _file_lock(lock_path(warehouse.path)):
            yield
    elif warehouse.is_duckdb:
        yield  # an in-memory DuckDB: nobody else can see it
    else:
        with _advisory_lock(warehouse):
            yield
