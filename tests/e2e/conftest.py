"""The real pipeline, run once per test session on each database and shared by the e2e modules:
`devzone run` twice on a copy of seeds/documents, on a DuckDB file and on a PostgreSQL database
of the session's throwaway server (tests/conftest.py)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from pg_scratch import scratch_database
from sqlalchemy import URL, create_engine, text

from e2e_pipeline import READER_PASSWORD, READER_ROLE, SEED_DOCUMENTS, PipelineRuns, devzone_env, run_devzone


@pytest.fixture(scope="session")
def seed_docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    docs = tmp_path_factory.mktemp("seed-docs") / "documents"
    shutil.copytree(SEED_DOCUMENTS, docs)
    return docs


def _duckdb_counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        tables = con.execute(
            "SELECT table_schema || '.' || table_name FROM information_schema.tables "
            "WHERE table_schema IN ('raw', 'marts') ORDER BY 1"
        ).fetchall()
        return {name: con.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0] for (name,) in tables}


def _postgres_counts(url: URL) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            names = conn.execute(
                text(
                    "SELECT table_schema || '.' || table_name FROM information_schema.tables "
                    "WHERE table_schema IN ('raw', 'marts') AND table_type = 'BASE TABLE' ORDER BY 1"
                )
            ).scalars()
            return {name: conn.execute(text(f"SELECT count(*) FROM {name}")).scalar_one() for name in names}
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def duckdb_pipeline(seed_docs: Path, tmp_path_factory: pytest.TempPathFactory) -> PipelineRuns:
    """`devzone run --db <file>` twice (DuckDB, the default target)."""
    db = tmp_path_factory.mktemp("duckdb-e2e") / "warehouse.duckdb"
    counts = []
    for _ in range(2):
        result = run_devzone("run", "--docs", str(seed_docs), "--db", str(db))
        assert result.returncode == 0, result.stdout + result.stderr
        counts.append(_duckdb_counts(db))
    return PipelineRuns(str(db), (counts[0], counts[1]))


@pytest.fixture(scope="session")
def postgres_database(pg_server: URL) -> Iterator[URL]:
    with scratch_database(pg_server, "e2e") as url:
        yield url


@pytest.fixture(scope="session")
def postgres_pipeline(postgres_database: URL, seed_docs: Path) -> PipelineRuns:
    """`devzone run` twice on PostgreSQL: first as `--target postgres --dsn postgresql://…`, then
    with the DSN and target from the environment only (as a scheduler would call it)."""
    # A plain postgresql:// URL, as a user would write it (devzone picks psycopg 3 by itself).
    dsn = postgres_database.set(drivername="postgresql").render_as_string(hide_password=False)
    reader = {"DEVZONE_READER_ROLE": READER_ROLE, "DEVZONE_READER_PASSWORD": READER_PASSWORD}
    invocations = [
        (["--target", "postgres", "--dsn", dsn], devzone_env(**reader)),
        ([], devzone_env(DEVZONE_TARGET="postgres", DEVZONE_DSN=dsn, **reader)),
    ]
    counts = []
    for options, env in invocations:
        result = run_devzone("run", "--docs", str(seed_docs), *options, env=env)
        assert result.returncode == 0, result.stdout + result.stderr
        counts.append(_postgres_counts(postgres_database))
    return PipelineRuns(dsn, (counts[0], counts[1]))
