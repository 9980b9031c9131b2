"""The Alembic migrations build exactly the schema of models/tables.py, on both databases."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import URL, Engine, create_engine, text

from devzone.config import ALEMBIC_INI
from devzone.migrate import upgrade_to_head
from models.tables import RAW_SCHEMA, metadata


def _columns(engine: Engine) -> dict[tuple[str, str], bool]:
    query = text(
        "SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = :schema"
    )
    with engine.connect() as conn:
        rows = conn.execute(query, {"schema": RAW_SCHEMA}).all()
    return {(t, c): nullable == "YES" for t, c, nullable in rows if t != "alembic_version"}


def test_the_migrated_columns_are_those_of_the_models(engine: Engine) -> None:
    expected = {(t.name, c.name): bool(c.nullable) for t in metadata.sorted_tables for c in t.columns}
    assert _columns(engine) == expected


def test_upgrading_twice_and_downgrading_to_base_and_back_work(engine: Engine) -> None:
    assert upgrade_to_head(engine) == "0004"
    config = Config(str(ALEMBIC_INI))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    assert _columns(engine) == {}
    assert upgrade_to_head(engine) == "0004"


def test_autogenerate_finds_no_difference_on_postgresql(pg_url: URL) -> None:
    # Reflection of DuckDB through duckdb-engine is unreliable (see the stack notes), so the
    # exact comparison of types, keys, foreign keys and comments runs on PostgreSQL only.
    engine = create_engine(pg_url)
    try:
        upgrade_to_head(engine)
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn,
                opts={
                    "version_table_schema": RAW_SCHEMA,
                    "include_schemas": True,
                    "include_name": lambda name, type_, _: type_ != "schema" or name == RAW_SCHEMA,
                },
            )
            diff = compare_metadata(context, metadata)
    finally:
        engine.dispose()
    assert diff == []
