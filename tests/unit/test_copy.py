"""On PostgreSQL the loader writes a document's rows with COPY (psycopg 3), not an INSERT per
row; failures come back as the same errors as an INSERT's, so a bad document is quarantined."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine, event, func, select
from test_load import make_extraction, row_counts

from loaders.load import Action, load_results
from models.tables import documents, metrics, paragraphs, quarantine


def test_postgres_loads_a_document_without_insert_statements(engine: Engine) -> None:
    statements: list[str] = []

    def seen(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(" ".join(statement.split()).upper())

    event.listen(engine, "before_cursor_execute", seen)
    try:
        summary = load_results(engine, [("docs/a.txt", make_extraction("a.txt"))], "docs")
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert summary.counts[Action.LOADED] == 1
    counts = row_counts(engine)
    assert (counts["documents"], counts["paragraphs"], counts["metrics"]) == (1, 4, 1)
    inserted = {s.split()[2] for s in statements if s.startswith("INSERT INTO")}
    if engine.dialect.name == "postgresql":
        assert inserted == {"RAW.LOADS"}, "document rows go through COPY"
    else:
        assert {"RAW.DOCUMENTS", "RAW.PARAGRAPHS", "RAW.METRICS"} <= inserted


def test_a_document_the_database_refuses_is_quarantined_whole(engine: Engine) -> None:
    if engine.dialect.name == "duckdb":
        pytest.skip("DuckDB's record tables carry no primary key (migration 0005): ids hash their document's")
    first = make_extraction("a.txt")
    second = make_extraction("b.txt", "另一份文件。\n" + first.document.text)
    # A record id already stored for another document: a primary-key violation inside the bulk
    # write of raw.metrics, which no check before the write can see.
    clash = [f.model_copy(update={"record_id": first.metrics[0].record_id}) for f in second.metrics[:1]]
    bad = second.model_copy(update={"metrics": clash})
    summary = load_results(engine, [("docs/a.txt", first), ("docs/b.txt", bad)], "docs")
    assert (summary.counts[Action.LOADED], summary.counts[Action.QUARANTINED]) == (1, 1)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(documents)).scalar_one() == 1
        assert conn.execute(select(func.count()).select_from(paragraphs)).scalar_one() == len(first.paragraphs)
        assert conn.execute(select(func.count()).select_from(metrics)).scalar_one() == 1
        reason = conn.execute(select(quarantine.c.reason)).scalar_one()
    assert reason.startswith("could not be stored: ")
