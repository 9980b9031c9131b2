"""`devzone run` end to end on PostgreSQL: the same migrations, loader and dbt project as on
DuckDB, against a throwaway server (skipped when the server binaries are absent). The runs are
shared with the other e2e modules (tests/e2e/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from e2e_pipeline import READER_ROLE, PipelineRuns
from sqlalchemy import URL, Engine, create_engine, text

from models.tables import RECORD_TABLES

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def runs(postgres_database: URL, postgres_pipeline: PipelineRuns) -> Iterator[tuple[Engine, list[dict[str, int]]]]:
    """`devzone run` twice on a copy of the seed documents (tests/e2e/conftest.py), both runs' row counts."""
    engine = create_engine(postgres_database)
    try:
        yield engine, list(postgres_pipeline.counts)
    finally:
        engine.dispose()


def test_a_second_run_changes_no_table(runs: tuple[Engine, list[dict[str, int]]]) -> None:
    _, (first, second) = runs
    assert first["raw.documents"] > 0 and first["marts.fct_zone_indicator_year"] > 0
    assert second == first


def test_a_second_run_that_loads_nothing_refreshes_the_reader_without_rebuilding(postgres_pipeline: PipelineRuns) -> None:
    assert "build: skipped, nothing was loaded and the marts are current" in postgres_pipeline.second_log
    assert f"reader role {READER_ROLE} refreshed" in postgres_pipeline.second_log
    assert "dbt build" not in postgres_pipeline.second_log


def test_every_raw_record_quotes_the_original_text_at_its_span(runs: tuple[Engine, list[dict[str, int]]]) -> None:
    engine, _ = runs
    with engine.connect() as conn:
        texts = dict(conn.execute(text("SELECT doc_id, original_text FROM raw.documents")).tuples().all())
        for table in RECORD_TABLES:
            rows = conn.execute(text(f"SELECT record_id, doc_id, char_start, char_end, quote FROM raw.{table.name}"))
            for record_id, doc_id, start, end, quote in rows:
                assert texts[doc_id][start:end] == quote, f"raw.{table.name} {record_id}"
