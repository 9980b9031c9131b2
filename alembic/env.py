"""Alembic environment for the `raw` schema, on DuckDB and PostgreSQL alike.

`devzone` passes an open connection (inside a transaction) in `config.attributes["connection"]`;
run by hand, Alembic connects to the warehouse `devzone` would use.
"""

from __future__ import annotations

from logging.config import fileConfig

from alembic.ddl.impl import DefaultImpl
from sqlalchemy import Connection, create_engine, pool, text

from alembic import context
from devzone.config import Warehouse
from models.tables import RAW_SCHEMA, metadata


class AlembicDuckDBImpl(DefaultImpl):
    """Alembic ships no DuckDB impl and fails with KeyError('duckdb') without one; defining the
    class registers it. DuckDB runs DDL inside transactions, so a failed migration rolls back."""

    __dialect__ = "duckdb"
    transactional_ddl = True


def _only_raw_schema(name: str | None, type_: str, parent_names: object) -> bool:
    # dbt writes staging/intermediate/marts/reference schemas in the same database: not ours.
    return type_ != "schema" or name == RAW_SCHEMA


def _migrate(connection: Connection) -> None:
    # The version table lives in `raw`, so the schema must exist before Alembic looks for it.
    connection.execute(text(f"CREATE SCHEMA IF NOT EXISTS {RAW_SCHEMA}"))
    context.configure(
        connection=connection,
        target_metadata=metadata,
        version_table_schema=RAW_SCHEMA,
        include_schemas=True,
        include_name=_only_raw_schema,
    )
    with context.begin_transaction():
        context.run_migrations()


def _run_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _migrate(connection)
        return
    if context.config.config_file_name is not None:
        fileConfig(context.config.config_file_name)
    url = context.config.get_main_option("sqlalchemy.url") or Warehouse.resolve(None).url
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.begin() as own_connection:
        _migrate(own_connection)


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported: run against a database")
_run_online()
