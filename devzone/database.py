"""Opening the warehouse, and the row counts a run reports."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, func, select, table, text
from sqlalchemy.exc import OperationalError

from devzone.config import Warehouse, duckdb_memory_limit
from devzone.errors import UserError
from models.tables import RAW_SCHEMA, RECORD_TABLES, documents, loads, paragraphs, quarantine, rejected_records

MART_SCHEMA = "marts"
_LOCK_HOLDER = re.compile(r"Could not set lock on file.*\(PID (\d+)\)")


def holder_message(pid: int, proc: Path = Path("/proc")) -> str:
    """What to tell the user about the process holding the DuckDB file: devzone's own work (a
    build, a run) ends by itself, any other program is the user's to close."""
    try:
        command = (proc / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        command = ""
    words = {Path(word).name for word in command.split()}
    if "dbt" in words:
        return f"a build of the marts is running (dbt, PID {pid}); retry in a minute, when it has finished"
    if "devzone" in words:
        return f"another devzone command is using it (PID {pid}); retry when it has finished"
    return f"it is in use by another process (PID {pid}); close that process and retry"


@contextmanager
def open_engine(warehouse: Warehouse, *, must_exist: bool = False) -> Iterator[Engine]:
    """An engine on the warehouse, disposed on exit so that the DuckDB file lock is released
    (DuckDB admits one writing process per file, and dbt runs in another one)."""
    if warehouse.path is not None:
        if must_exist and not warehouse.path.exists():
            raise UserError(f"no warehouse at {warehouse.path}: run `devzone run` first")
        if not warehouse.path.parent.is_dir():
            raise UserError(f"cannot create the warehouse {warehouse.path}: {warehouse.path.parent} is not a directory")
    # DuckDB takes 80 % of the machine by default and keeps what it took.
    connect_args = {"config": {"memory_limit": duckdb_memory_limit()}} if warehouse.path is not None else {}
    engine = create_engine(warehouse.url, connect_args=connect_args)
    try:
        try:
            with engine.connect():
                pass
        except OperationalError as exc:
            # DuckDB: "Could not set lock on file ... Conflicting lock is held in ... (PID n)";
            # PostgreSQL: the server is down or refuses us. Either way the user has to act.
            reason = str(exc.orig).splitlines()[0] if exc.orig else str(exc)
            holder = _LOCK_HOLDER.search(reason)
            if holder:
                reason = holder_message(int(holder.group(1)))
            raise UserError(f"cannot open the warehouse {warehouse.describe()}: {reason}") from exc
        yield engine
    finally:
        engine.dispose()


@dataclass(frozen=True)
class TableCount:
    schema: str
    table: str
    rows: int


def _mart_tables(engine: Engine) -> list[str]:
    query = text("SELECT table_name FROM information_schema.tables WHERE table_schema = :schema ORDER BY table_name")
    with engine.connect() as conn:
        return list(conn.execute(query, {"schema": MART_SCHEMA}).scalars())


def row_counts(engine: Engine) -> list[TableCount]:
    """Rows in every raw table (in dependency order), then in every mart table dbt built."""
    raw_tables = (loads, documents, paragraphs, *RECORD_TABLES, rejected_records, quarantine)
    names = [(RAW_SCHEMA, t.name) for t in raw_tables]
    names += [(MART_SCHEMA, name) for name in _mart_tables(engine)]
    with engine.connect() as conn:
        return [
            TableCount(schema, name, conn.execute(select(func.count()).select_from(table(name, schema=schema))).scalar_one())
            for schema, name in names
        ]
