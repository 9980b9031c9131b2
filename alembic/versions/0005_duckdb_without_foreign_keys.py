"""on DuckDB the raw tables carry no foreign keys, and the row tables no primary key

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04

DuckDB checks foreign keys at commit, and on a table with two or more of them that check cost
about 90 ms per committed document (measured on duckdb 1.5.5 with one seed document's rows: 5 ms
with one foreign key per table, 90 ms with two or three), which made loading 10,000 documents
take hours. It also refuses to delete, in one transaction, a row and the rows that reference it,
so a document could not be replaced atomically. Its primary keys are ART indexes that an insert
loads whole into memory: about 200 MB for the 3 million rows of 10,000 documents, growing with
the corpus. The loader checks every record's document and paragraph and drops a second record
with the same id before it writes (loaders/screen.py), ids are hashes that include the
document's, and dbt's unique and relationships tests check all of it again after every load. So
on DuckDB the foreign keys go, and so do the primary keys of paragraphs, records and set-aside
records; documents, loads and quarantine keep theirs. PostgreSQL keeps every key.

DuckDB cannot drop a constraint, nor alter a table that another references: each table is
rebuilt from its own DDL without (or, downgrading, with) the keys, children before parents on
the way up, comments carried over.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from sqlalchemy import Connection, text

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_RECORDS = ("zones", "years", "metrics", "rankings", "honours", "projects")
# Each table with its foreign keys (column -> parent table, same column name), children first.
_FOREIGN_KEYS: dict[str, dict[str, str]] = {
    **{t: {"doc_id": "documents", "paragraph_id": "paragraphs", "load_id": "loads"} for t in _RECORDS},
    "rejected_records": {"doc_id": "documents", "load_id": "loads"},
    "quarantine": {"load_id": "loads"},
    "paragraphs": {"doc_id": "documents", "load_id": "loads"},
    "documents": {"load_id": "loads"},
}
# The row tables, with the primary key they lose on DuckDB.
_ROW_KEYS: dict[str, str] = {
    **dict.fromkeys(_RECORDS, "record_id"),
    "rejected_records": "doc_id, record_table, record_id",
    "paragraphs": "paragraph_id",
}
_FOREIGN_KEY = re.compile(r",\s*FOREIGN KEY\s*\([^)]*\)\s*REFERENCES\s+[^()]*\([^)]*\)")
_PRIMARY_KEY = re.compile(r",\s*PRIMARY KEY\s*\([^)]*\)")


def _without_keys(ddl: str, table: str) -> str:
    ddl = _FOREIGN_KEY.sub("", ddl)
    if table not in _ROW_KEYS:
        return ddl
    for column in _ROW_KEYS[table].split(", "):
        # The key's columns stay NOT NULL, as the primary key made them.
        ddl = re.sub(rf'([(,]\s*"?{column}"? [A-Z]+)(?= *[,)])', r"\1 NOT NULL", ddl)
    return _PRIMARY_KEY.sub("", ddl)


def _with_keys(ddl: str, table: str) -> str:
    clauses = f", PRIMARY KEY({_ROW_KEYS[table]})" if table in _ROW_KEYS else ""
    clauses += "".join(
        f", FOREIGN KEY ({column}) REFERENCES raw.{parent}({column})" for column, parent in _FOREIGN_KEYS[table].items()
    )
    body = _without_keys(ddl, table).rstrip().rstrip(";")
    return body[: body.rstrip().rfind(")")] + clauses + ")"


def _quoted(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _rebuild(conn: Connection, table: str, rewrite: Callable[[str, str], str]) -> None:
    """Rebuild raw.``table`` from its DDL passed through ``rewrite``, with its rows and comments.
    Nothing may reference the table at this point: children go first up, parents first down."""
    where = {"t": table}
    ddl = conn.execute(text("SELECT sql FROM duckdb_tables() WHERE schema_name = 'raw' AND table_name = :t"), where).scalar_one()
    table_comment = conn.execute(
        text("SELECT comment FROM duckdb_tables() WHERE schema_name = 'raw' AND table_name = :t"), where
    ).scalar_one()
    column_comments = conn.execute(
        text(
            "SELECT column_name, comment FROM duckdb_columns()"
            " WHERE schema_name = 'raw' AND table_name = :t AND comment IS NOT NULL"
        ),
        where,
    ).all()
    name, other = f'raw."{table}"', f'raw."{table}__rebuild"'
    new_ddl = rewrite(ddl, table)
    head = re.match(rf'CREATE TABLE (raw\."?{table}"?)\(', new_ddl)
    if head is None:
        raise RuntimeError(f"unexpected DDL for raw.{table}: {ddl[:120]}")
    if "FOREIGN KEY" in new_ddl:
        # DuckDB does not update a parent's record of its referencing tables when one is
        # renamed: a table with foreign keys is created under its final name.
        conn.execute(text(f'ALTER TABLE {name} RENAME TO "{table}__rebuild"'))
        conn.execute(text(new_ddl))
        conn.execute(text(f"INSERT INTO {name} SELECT * FROM {other}"))
        conn.execute(text(f"DROP TABLE {other}"))
    else:
        # The table still has its foreign keys, and DuckDB cannot rename it: the new one is
        # built beside it and renamed once the old one is gone.
        conn.execute(text(f"CREATE TABLE {other}{new_ddl[head.end(1) :]}"))
        conn.execute(text(f"INSERT INTO {other} SELECT * FROM {name}"))
        conn.execute(text(f"DROP TABLE {name}"))
        conn.execute(text(f'ALTER TABLE {other} RENAME TO "{table}"'))
    if table_comment:
        conn.execute(text(f"COMMENT ON TABLE {name} IS {_quoted(table_comment)}"))
    for column, comment in column_comments:
        conn.execute(text(f'COMMENT ON COLUMN {name}."{column}" IS {_quoted(comment)}'))


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "duckdb":
        for table in _FOREIGN_KEYS:
            _rebuild(conn, table, _without_keys)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "duckdb":
        for table in reversed(_FOREIGN_KEYS):
            _rebuild(conn, table, _with_keys)
