"""`devzone sql`: one query on the warehouse, read-only, printed as a table (or CSV). One
statement per call: a text with several is refused (a driver would run them all and show only
the last result).

The warehouse is opened read-only (DuckDB `access_mode=read_only`; on PostgreSQL every
transaction is read-only), so a query can look but never change anything, and on DuckDB it can
run beside another reader. The table is for a first look: long texts are cut, at most
MAX_TABLE_ROWS rows are shown. --csv writes every row and every character.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import Any, TextIO

import sqlparse
from rich.console import Console
from rich.table import Table
from rich.text import Text
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, StatementError

from devzone.config import Warehouse
from devzone.database import open_engine
from devzone.errors import UserError

MAX_TABLE_ROWS = 1000
MAX_CELL_CHARS = 60
_READ_ONLY_PG_OPTION = "-c default_transaction_read_only=on"


def read_only(warehouse: Warehouse) -> Warehouse:
    """The same warehouse, opened so that nothing can be written."""
    url = warehouse.url
    if url.get_backend_name() == "duckdb":
        url = url.update_query_dict({"access_mode": "read_only"})
    elif url.get_backend_name() == "postgresql":
        options = url.query.get("options")
        existing = options if isinstance(options, str) else " ".join(options or ())
        url = url.update_query_dict({"options": f"{existing} {_READ_ONLY_PG_OPTION}".strip()})
    return dataclasses.replace(warehouse, url=url)


@contextmanager
def open_read_only(warehouse: Warehouse) -> Iterator[Engine]:
    """An engine on ``warehouse`` that cannot write; the warehouse must exist."""
    with open_engine(read_only(warehouse), must_exist=True) as engine:
        yield engine


@dataclasses.dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[Sequence[Any]]
    n_rows: int  # every row the query returned; rows holds at most the limit asked for
    returns_rows: bool


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    message = str(orig if orig is not None else exc).strip()
    return message.splitlines()[0] if message else type(exc).__name__


def _statements(query: str) -> list[str]:
    """The statements of ``query``, without comments; quotes and comments may hold semicolons."""
    bodies = (sqlparse.format(part, strip_comments=True).strip().rstrip(";").strip() for part in sqlparse.split(query))
    return [body for body in bodies if body]


def execute(engine: Engine, query: str, limit: int | None = None) -> QueryResult:
    """Run one statement as written (no bind parameters: colons and percent signs are SQL)."""
    if not query.strip():
        raise UserError('no query given: devzone sql "SELECT …"')
    statements = _statements(query)
    if len(statements) > 1:
        # A driver would run them all and return only the last result: refuse rather than hide.
        raise UserError(
            f"one statement per call: this query holds {len(statements)} ({'; '.join(s[:40] for s in statements)}); "
            "run them one at a time"
        )
    statement = query
    if engine.dialect.paramstyle in ("format", "pyformat"):
        # psycopg reads % as a placeholder even without parameters: a literal % is written %%
        statement = query.replace("%", "%%")
    try:
        with engine.connect() as conn:
            result = conn.exec_driver_sql(statement)
            if not result.returns_rows:
                return QueryResult([], [], 0, returns_rows=False)
            columns = list(result.keys())
            rows: list[Sequence[Any]] = []
            n_rows = 0
            for row in result:
                if limit is None or n_rows < limit:
                    rows.append(tuple(row))
                n_rows += 1
            return QueryResult(columns, rows, n_rows, returns_rows=True)
    except (DBAPIError, StatementError) as exc:
        raise UserError(f"the query failed: {_first_line(exc)}") from exc


def _plain(value: Any) -> str:
    """A value as CSV text: nothing for NULL, numbers without trailing zeros, ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        if not value.is_finite():
            return str(value)
        text = format(value, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    return str(value)


def _cell(value: Any) -> Text:
    if value is None:
        return Text("NULL", style="dim")
    text = _plain(value).replace("\r\n", "↵").replace("\n", "↵").replace("\t", " ")
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1] + "…"
    return Text(text)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def render_table(result: QueryResult) -> Table:
    table = Table(show_header=True, header_style="bold", show_lines=False, highlight=False)
    for index, name in enumerate(result.columns):
        values = [row[index] for row in result.rows if row[index] is not None]
        numeric = bool(values) and all(_is_number(v) for v in values)
        table.add_column(Text(name), justify="right" if numeric else "left", overflow="fold")
    for row in result.rows:
        table.add_row(*(_cell(value) for value in row))
    return table


def write_csv(result: QueryResult, out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow([_plain(value) for value in row])


def run_sql(warehouse: Warehouse, query: str, as_csv: bool) -> int:
    """Run `query` on the warehouse read-only and print the rows to stdout: a readable table, or
    with `as_csv` every row as CSV (a header line, NULL as an empty field). Returns the exit
    status (0). A mistake (no warehouse, a query the database refuses) raises UserError."""
    with open_read_only(warehouse) as engine:
        result = execute(engine, query, limit=None if as_csv else MAX_TABLE_ROWS)
    if as_csv:
        if result.returns_rows:
            write_csv(result, sys.stdout)
        return 0
    console = Console()
    if not console.is_terminal:
        # In a pipe or a file, no wrapping: every row on one line, however wide.
        console = Console(width=100_000)
    if not result.returns_rows:
        console.print("ok: the statement returns no rows")
        return 0
    console.print(render_table(result))
    shown = len(result.rows)
    if shown < result.n_rows:
        console.print(f"{result.n_rows} rows, the first {shown} shown (--csv writes them all)", style="dim")
    else:
        console.print(f"{result.n_rows} row{'s' if result.n_rows != 1 else ''}", style="dim")
    return 0
