"""PostgreSQL for BI tools, end to end on the real pipeline (tests/e2e/conftest.py runs it):
the same facts as on DuckDB, a read-only role that can read the marts and nothing else, and
rebuilds that readers never see half-done."""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import duckdb
import psycopg
import pytest
from e2e_pipeline import DEVZONE, READER_PASSWORD, READER_ROLE, PipelineRuns, devzone_env, run_devzone
from psycopg import errors
from sqlalchemy import URL, Engine, create_engine, text

pytestmark = pytest.mark.e2e

FACTS = "marts.fct_zone_indicator_year"


@pytest.fixture(scope="module")
def admin(postgres_database: URL, postgres_pipeline: PipelineRuns) -> Iterator[Engine]:
    engine = create_engine(postgres_database, isolation_level="AUTOCOMMIT")
    try:
        yield engine
    finally:
        engine.dispose()


def _reader_connect(url: URL) -> psycopg.Connection[tuple[Any, ...]]:
    return psycopg.connect(
        host=url.host, port=url.port, dbname=url.database, user=READER_ROLE, password=READER_PASSWORD, autocommit=True
    )


@pytest.fixture
def reader(postgres_database: URL, postgres_pipeline: PipelineRuns) -> Iterator[psycopg.Connection[tuple[Any, ...]]]:
    """A connection as the read-only role, the way a BI tool logs in."""
    with _reader_connect(postgres_database) as conn:
        yield conn


def _env() -> dict[str, str]:
    return devzone_env(DEVZONE_READER_ROLE=READER_ROLE, DEVZONE_READER_PASSWORD=READER_PASSWORD)


# --------------------------------------------------------------------------------------------
# The same facts on both databases
# --------------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    return value.normalize() if isinstance(value, Decimal) else value


def test_the_pipeline_gives_the_same_fact_rows_on_postgresql_as_on_duckdb(
    duckdb_pipeline: PipelineRuns, postgres_database: URL, postgres_pipeline: PipelineRuns
) -> None:
    query = f"SELECT * FROM {FACTS} ORDER BY fact_id"
    with duckdb.connect(duckdb_pipeline.db, read_only=True) as con:
        cursor = con.execute(query)
        names = [d[0] for d in cursor.description or ()]
        on_duckdb = [{n: _plain(v) for n, v in zip(names, row, strict=False)} for row in cursor.fetchall()]
    engine = create_engine(postgres_database)
    try:
        with engine.connect() as conn:
            on_postgres = [{k: _plain(v) for k, v in row.items()} for row in conn.execute(text(query)).mappings()]
    finally:
        engine.dispose()
    assert len(on_duckdb) == postgres_pipeline.counts[0][FACTS] > 100
    assert list(on_postgres[0]) == list(on_duckdb[0]), "same columns, same order"
    for duck_row, pg_row in zip(on_duckdb, on_postgres, strict=True):
        assert pg_row == duck_row, f"fact {duck_row['fact_id']} differs"


# --------------------------------------------------------------------------------------------
# The read-only role
# --------------------------------------------------------------------------------------------


def test_the_reader_selects_from_every_mart(reader: psycopg.Connection[tuple[Any, ...]], postgres_pipeline: PipelineRuns) -> None:
    marts = {name: n for name, n in postgres_pipeline.counts[1].items() if name.startswith("marts.")}
    assert len(marts) >= 10
    for name, n in marts.items():
        assert reader.execute(f"SELECT count(*) FROM {name}").fetchone() == (n,)


FORBIDDEN = [
    # reading anything but the marts
    "SELECT count(*) FROM raw.metrics",
    "SELECT count(*) FROM raw.documents",
    "SELECT count(*) FROM staging.stg_raw__metrics",
    "SELECT count(*) FROM intermediate.int_metrics__converted",
    "SELECT count(*) FROM reference.zones",
    # writing the marts
    "INSERT INTO marts.dim_year SELECT * FROM marts.dim_year LIMIT 1",
    "UPDATE marts.dim_year SET year = year",
    "DELETE FROM marts.dim_year",
    "TRUNCATE marts.dim_year",
    "DROP TABLE marts.dim_year",
    "ALTER TABLE marts.dim_year ADD COLUMN note text",
    # writing raw
    "INSERT INTO raw.quarantine (file_name, sha256, path, n_bytes, reason, load_id) VALUES ('x', 'x', 'x', 0, 'x', 'x')",
    "UPDATE raw.documents SET title = title",
    "DELETE FROM raw.metrics",
    # creating anything anywhere
    "CREATE TABLE marts.scratch (i int)",
    "CREATE VIEW marts.scratch AS SELECT 1 AS i",
    "CREATE TABLE raw.scratch (i int)",
    "CREATE TABLE staging.scratch (i int)",
    "CREATE TABLE public.scratch (i int)",
    "CREATE TEMPORARY TABLE scratch (i int)",
    "CREATE SCHEMA scratch",
    "CREATE TABLE scratch AS SELECT * FROM marts.dim_year",
]


@pytest.mark.parametrize("statement", FORBIDDEN)
def test_the_reader_is_refused_everything_else(reader: psycopg.Connection[tuple[Any, ...]], statement: str) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        reader.execute(statement)


def test_the_reader_role_holds_no_power(admin: Engine) -> None:
    with admin.connect() as conn:
        row = conn.execute(
            text(
                "SELECT rolcanlogin, rolsuper, rolcreatedb, rolcreaterole, rolbypassrls, "
                "has_schema_privilege(:r, 'marts', 'USAGE'), has_schema_privilege(:r, 'raw', 'USAGE'), "
                "has_schema_privilege(:r, 'marts', 'CREATE'), has_database_privilege(:r, current_database(), 'CREATE') "
                "FROM pg_roles WHERE rolname = :r"
            ),
            {"r": READER_ROLE},
        ).one()
    assert tuple(row) == (True, False, False, False, False, True, False, False, False)


# --------------------------------------------------------------------------------------------
# Rebuilds
# --------------------------------------------------------------------------------------------


def _oid(admin: Engine, relation: str) -> int:
    with admin.connect() as conn:
        return int(conn.execute(text("SELECT to_regclass(:r)::oid"), {"r": relation}).scalar_one())


def test_readers_never_see_a_half_built_mart(admin: Engine, postgres_database: URL, postgres_pipeline: PipelineRuns) -> None:
    """Readers query every mart in a loop, over a pooled and over fresh connections, during a full
    `devzone build`: every answer is the complete table, never an error, never an empty one."""
    expected = {name: n for name, n in postgres_pipeline.counts[1].items() if name.startswith("marts.")}
    # One statement over two marts: they must come from the same build.
    joined = f"SELECT count(*) FROM {FACTS} f JOIN marts.dim_zone z ON z.zone_key = f.zone_key"
    queries = [(f"SELECT count(*) FROM {name}", n) for name, n in expected.items()] + [(joined, expected[FACTS])]
    stop = threading.Event()
    answers: list[tuple[float, str, int]] = []
    failures: list[str] = []

    def read(fresh_connections: bool) -> None:
        conn = _reader_connect(postgres_database)
        try:
            while not stop.is_set():
                for query, _ in queries:
                    try:
                        row = conn.execute(query).fetchone()
                        answers.append((time.monotonic(), query, row[0] if row else -1))
                    except psycopg.Error as exc:
                        failures.append(f"{query}: {type(exc).__name__}: {exc}")
                if fresh_connections:
                    conn.close()
                    conn = _reader_connect(postgres_database)
                time.sleep(0.01)
        finally:
            conn.close()

    old_facts = _oid(admin, FACTS)
    readers = [threading.Thread(target=read, args=(fresh,)) for fresh in (False, True)]
    for thread in readers:
        thread.start()
    build = subprocess.Popen(
        [str(DEVZONE), "build", "--dsn", postgres_pipeline.db],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    started = time.monotonic()
    saw_shadow_build = False
    with admin.connect() as conn:
        while build.poll() is None:
            saw_shadow_build |= bool(
                conn.execute(text("SELECT to_regclass('marts__next.fct_zone_indicator_year') IS NOT NULL")).scalar_one()
            )
            time.sleep(0.05)
    finished = time.monotonic()
    out, err = build.communicate()
    time.sleep(0.3)  # a few more rounds on the new tables
    stop.set()
    for thread in readers:
        thread.join()

    assert build.returncode == 0, out + err
    assert saw_shadow_build, "the new marts were built beside the old ones"
    assert _oid(admin, FACTS) != old_facts, "the rebuild replaced the tables"
    assert failures == []
    wrong = [(query, n) for _, query, n in answers if n != dict(queries)[query]]
    assert wrong == []
    during = [a for a in answers if started <= a[0] <= finished]
    assert len(during) > 100, f"only {len(during)} answers while the build ran"
    assert any(a[0] > finished for a in answers), "the readers went on with the new tables"
    with admin.connect() as conn:
        left = conn.execute(text("SELECT nspname FROM pg_namespace WHERE nspname LIKE '%\\_\\_%'")).scalars().all()
    assert left == [], "the previous build's schemas are dropped, no shadow is left"


def test_a_failed_build_leaves_the_published_marts_as_they_were(
    admin: Engine, postgres_database: URL, postgres_pipeline: PipelineRuns
) -> None:
    """A data test fails (a raw quote no longer matches its span): `devzone build` exits 1, and
    readers keep the marts of the last good build."""
    facts_before = _oid(admin, FACTS)
    with admin.connect() as conn:
        record_id, quote = conn.execute(text("SELECT record_id, quote FROM raw.metrics ORDER BY record_id LIMIT 1")).one()
        conn.execute(text("UPDATE raw.metrics SET quote = :q WHERE record_id = :r"), {"q": quote + "※", "r": record_id})
    try:
        result = run_devzone("build", "--target", "postgres", "--dsn", postgres_pipeline.db, env=_env())
    finally:
        with admin.connect() as conn:
            conn.execute(text("UPDATE raw.metrics SET quote = :q WHERE record_id = :r"), {"q": quote, "r": record_id})
    assert result.returncode == 1, result.stdout + result.stderr
    assert "error: dbt build failed" in result.stderr
    assert _oid(admin, FACTS) == facts_before
    with _reader_connect(postgres_database) as reader:
        assert reader.execute(f"SELECT count(*) FROM {FACTS}").fetchone() == (postgres_pipeline.counts[1][FACTS],)
    with admin.connect() as conn:
        shadow_readable = conn.execute(
            text("SELECT has_schema_privilege(:r, 'marts__next', 'USAGE')"), {"r": READER_ROLE}
        ).scalar_one()
    assert shadow_readable is False, "the failed build stays out of the reader's sight"
