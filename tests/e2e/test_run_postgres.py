"""`devzone run` end to end on PostgreSQL: the same migrations, loader and dbt project as on
DuckDB, against a throwaway server (skipped when the server binaries are absent)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import URL, Engine, create_engine, text

from models.tables import RECORD_TABLES

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
DEVZONE = Path(sys.executable).with_name("devzone")


@pytest.fixture(scope="module")
def database(pg_server: URL) -> Iterator[URL]:
    name = f"e2e_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield pg_server.set(database=name)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        names = conn.execute(
            text(
                "SELECT table_schema || '.' || table_name FROM information_schema.tables "
                "WHERE table_schema IN ('raw', 'marts') AND table_type = 'BASE TABLE' ORDER BY 1"
            )
        ).scalars()
        return {name: conn.execute(text(f"SELECT count(*) FROM {name}")).scalar_one() for name in names}


@pytest.fixture(scope="module")
def runs(database: URL, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, list[dict[str, int]]]]:
    docs = tmp_path_factory.mktemp("pg-e2e") / "documents"
    shutil.copytree(REPO / "seeds" / "documents", docs)
    url = database.render_as_string(hide_password=False)
    engine = create_engine(database)
    counts = []
    try:
        for _ in range(2):
            result = subprocess.run(
                [str(DEVZONE), "run", "--docs", str(docs), "--db", url], capture_output=True, text=True, check=False
            )
            assert result.returncode == 0, result.stdout + result.stderr
            counts.append(_row_counts(engine))
        yield engine, counts
    finally:
        engine.dispose()


def test_a_second_run_changes_no_table(runs: tuple[Engine, list[dict[str, int]]]) -> None:
    _, (first, second) = runs
    assert first["raw.documents"] > 0 and first["marts.fct_zone_indicator_year"] > 0
    assert second == first


def test_every_raw_record_quotes_the_original_text_at_its_span(runs: tuple[Engine, list[dict[str, int]]]) -> None:
    engine, _ = runs
    with engine.connect() as conn:
        texts = dict(conn.execute(text("SELECT doc_id, original_text FROM raw.documents")).tuples().all())
        for table in RECORD_TABLES:
            rows = conn.execute(text(f"SELECT record_id, doc_id, char_start, char_end, quote FROM raw.{table.name}"))
            for record_id, doc_id, start, end, quote in rows:
                assert texts[doc_id][start:end] == quote, f"raw.{table.name} {record_id}"
