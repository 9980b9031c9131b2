"""The Alembic migrations build exactly the schema of models/tables.py, on both databases."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import URL, Engine, create_engine, text

from alembic import command
from devzone.config import ALEMBIC_INI
from devzone.migrate import upgrade_to_head
from models.tables import RAW_SCHEMA, documents, metadata


def _columns(engine: Engine) -> dict[tuple[str, str], bool]:
    query = text("SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = :schema")
    with engine.connect() as conn:
        rows = conn.execute(query, {"schema": RAW_SCHEMA}).all()
    return {(t, c): nullable == "YES" for t, c, nullable in rows if t != "alembic_version"}


def test_the_migrated_columns_are_those_of_the_models(engine: Engine) -> None:
    expected = {(t.name, c.name): bool(c.nullable) for t in metadata.sorted_tables for c in t.columns}
    assert _columns(engine) == expected


def test_upgrading_twice_and_downgrading_to_base_and_back_work(engine: Engine) -> None:
    assert upgrade_to_head(engine) == "0008"
    config = Config(str(ALEMBIC_INI))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    assert _columns(engine) == {}
    assert upgrade_to_head(engine) == "0008"


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


def test_duckdb_tables_lose_foreign_keys_and_row_keys_and_keep_rows_and_comments(tmp_path: Path) -> None:
    engine = create_engine(f"duckdb:///{tmp_path / 'w.duckdb'}")
    config = Config(str(ALEMBIC_INI))
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0004")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO raw.loads (load_id, started_at, status, docs_dir, n_files, n_loaded,"
                    " n_replaced, n_unchanged, n_quarantined) VALUES ('l', now(), 'succeeded', 'd', 0, 0, 0, 0, 0)"
                )
            )
            conn.execute(text("INSERT INTO raw.quarantine VALUES ('a.txt', 'h', 'p', 1, 'binary', 'l')"))
        assert upgrade_to_head(engine) == "0008"
        with engine.connect() as conn:
            keys = conn.execute(
                text(
                    "SELECT table_name, constraint_type FROM duckdb_constraints()"
                    " WHERE schema_name = 'raw' AND constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')"
                )
            ).all()
            assert {table for table, kind in keys if kind == "PRIMARY KEY"} == {
                "alembic_version",
                "loads",
                "documents",
                "quarantine",
                "builds",
            }
            assert not [table for table, kind in keys if kind == "FOREIGN KEY"]
            assert conn.execute(text("SELECT reason FROM raw.quarantine")).scalar_one() == "binary"
            comment = conn.execute(text("SELECT comment FROM duckdb_tables() WHERE table_name = 'documents'")).scalar_one()
            assert comment == documents.comment
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "base")
        assert _columns(engine) == {}
    finally:
        engine.dispose()
