"""`devzone run` end to end on a DuckDB file: the real CLI in a subprocess, the real extractor,
the real dbt build. Runs twice and checks that the second run changes nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from e2e_pipeline import PipelineRuns

from models.tables import RECORD_TABLES, metadata

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
SEED_DOCUMENTS = REPO / "seeds" / "documents"
DEVZONE = Path(sys.executable).with_name("devzone")


@dataclass(frozen=True)
class Runs:
    db: Path
    first: dict[str, int]  # rows per raw and mart table after the first run
    second: dict[str, int]


@pytest.fixture(scope="module")
def runs(duckdb_pipeline: PipelineRuns) -> Runs:
    """`devzone run` twice on a copy of the seed documents (tests/e2e/conftest.py), both runs' row counts."""
    first, second = duckdb_pipeline.counts
    return Runs(Path(duckdb_pipeline.db), first, second)


def _connect(db: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(db), read_only=True)


def test_every_seed_document_loads_and_nothing_is_quarantined(runs: Runs) -> None:
    with _connect(runs.db) as con:
        quarantined = con.execute("SELECT file_name, reason FROM raw.quarantine").fetchall()
    assert quarantined == []
    assert runs.first["raw.documents"] == len(list(SEED_DOCUMENTS.glob("*.txt")))
    assert runs.first["raw.loads"] == 1
    assert runs.first["raw.metrics"] > 0


def test_a_second_run_changes_no_table(runs: Runs) -> None:
    assert runs.second == runs.first
    assert {f"raw.{t.name}" for t in metadata.sorted_tables} <= set(runs.first)


def test_a_second_run_that_loads_nothing_does_not_rebuild(duckdb_pipeline: PipelineRuns) -> None:
    assert "build: skipped, nothing was loaded and the marts are current" in duckdb_pipeline.second_log
    assert "dbt build" not in duckdb_pipeline.second_log
    assert duckdb_pipeline.counts[1]["raw.builds"] == 1


def test_every_raw_row_quotes_the_original_text_at_its_span(runs: Runs) -> None:
    with _connect(runs.db) as con:
        texts = dict(con.execute("SELECT doc_id, original_text FROM raw.documents").fetchall())
        for doc_id, start, end, body in con.execute("SELECT doc_id, char_start, char_end, text FROM raw.paragraphs").fetchall():
            assert texts[doc_id][start:end] == body
        for table in RECORD_TABLES:
            rows = con.execute(f"SELECT record_id, doc_id, char_start, char_end, quote FROM raw.{table.name}").fetchall()
            for record_id, doc_id, start, end, quote in rows:
                assert texts[doc_id][start:end] == quote, f"raw.{table.name} {record_id}"


def test_the_marts_hold_the_2020_industrial_output_of_keqiao(runs: Runs) -> None:
    if "marts.fct_zone_indicator_year" not in runs.first:
        pytest.skip("the dbt project builds no marts.fct_zone_indicator_year yet")
    with _connect(runs.db) as con:
        rows = con.execute(
            """
            SELECT f.value, f.unit, f.quote, d.original_text, f.char_start, f.char_end
            FROM marts.fct_zone_indicator_year AS f
            JOIN marts.dim_zone AS z ON z.zone_key = f.zone_key
            JOIN marts.dim_indicator AS i ON i.indicator_key = f.indicator_key
            JOIN raw.documents AS d ON d.doc_id = f.doc_id
            WHERE z.canonical_name = '柯桥经济技术开发区' AND i.zh_name = '规上工业总产值'
              AND f.year = 2020 AND f.measure = 'value'
            """
        ).fetchall()
    assert len(rows) == 1
    value, unit, quote, original_text, start, end = rows[0]
    assert (Decimal(value), unit) == (Decimal("1590.05"), "亿元")
    assert quote == original_text[start:end]
    assert "1590.05" in quote


def _devzone(*args: str) -> subprocess.CompletedProcess[str]:
    # Wide enough that rich does not wrap the lines the assertions look for.
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run([str(DEVZONE), *args], capture_output=True, text=True, check=False, env=env)


def test_export_writes_one_json_line_per_record_read_back_from_the_warehouse(runs: Runs) -> None:
    result = _devzone("export", "--db", str(runs.db), "--type", "fact")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == runs.first["raw.metrics"]
    assert {line["type"] for line in lines} == {"fact"}
    keqiao = [
        line
        for line in lines
        if line["zone"] == "柯桥经济技术开发区" and line["indicator"] == "规上工业总产值" and line["measure"] == "value"
    ]
    assert [(line["value"], line["unit"], line["year"]) for line in keqiao] == [(1590.05, "亿元", 2020)]
    assert {"paragraph_id", "char_start", "char_end", "rule", "quote", "doc"} <= set(keqiao[0])


def test_trace_shows_the_document_and_the_span_of_a_mart_fact(runs: Runs) -> None:
    with _connect(runs.db) as con:
        [(fact_id, quote)] = con.execute(
            "SELECT fact_id, quote FROM marts.fct_zone_indicator_year WHERE quote LIKE '%1590.05%' LIMIT 1"
        ).fetchall()
    result = _devzone("trace", fact_id, "--db", str(runs.db))
    assert result.returncode == 0, result.stderr
    assert "000_f2461a685b0508f2.txt" in result.stdout
    assert "quote matches the text" in result.stdout
    assert quote in result.stdout
