"""The real pipeline, run once per test session on each database and shared by the e2e modules:
`devzone run` twice on a copy of seeds/documents, on a DuckDB file and on a PostgreSQL database
of the session's throwaway server (tests/conftest.py)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from e2e_pipeline import (
    READER_PASSWORD,
    READER_ROLE,
    SEED_DOCUMENTS,
    PipelineRuns,
    devzone_env,
    duckdb_counts,
    postgres_counts,
    run_devzone,
)
from pg_scratch import scratch_database
from sqlalchemy import URL


@pytest.fixture(scope="session")
def seed_docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    docs = tmp_path_factory.mktemp("seed-docs") / "documents"
    shutil.copytree(SEED_DOCUMENTS, docs)
    return docs


@pytest.fixture(scope="session")
def duckdb_pipeline(seed_docs: Path, tmp_path_factory: pytest.TempPathFactory) -> PipelineRuns:
    """`devzone run --db <file>` twice (DuckDB, the default target)."""
    db = tmp_path_factory.mktemp("duckdb-e2e") / "warehouse.duckdb"
    counts = []
    for _ in range(2):
        result = run_devzone("run", "--docs", str(seed_docs), "--db", str(db))
        assert result.returncode == 0, result.stdout + result.stderr
        counts.append(duckdb_counts(db))
    return PipelineRuns(str(db), (counts[0], counts[1]), result.stderr)


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
        counts.append(postgres_counts(postgres_database))
    return PipelineRuns(dsn, (counts[0], counts[1]), result.stderr)
