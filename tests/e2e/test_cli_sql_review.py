"""`devzone sql` and `devzone review` through the command line, on the seed warehouse."""

from __future__ import annotations

from pathlib import Path

import pytest
from e2e_pipeline import PipelineRuns, run_devzone

pytestmark = pytest.mark.e2e


def test_sql_prints_rows_and_csv(duckdb_pipeline: PipelineRuns) -> None:
    table = run_devzone("sql", "select count(*) as n from marts.dim_document", "--db", duckdb_pipeline.db)
    assert table.returncode == 0 and "5" in table.stdout
    csv = run_devzone("sql", "select zh_name from marts.dim_indicator order by 1 limit 2", "--csv", "--db", duckdb_pipeline.db)
    assert csv.returncode == 0 and csv.stdout.splitlines()[0] == "zh_name"


def test_sql_refuses_a_bad_query_in_one_line(duckdb_pipeline: PipelineRuns) -> None:
    result = run_devzone("sql", "select * from marts.no_such_table", "--db", duckdb_pipeline.db)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.strip().startswith("error:")


def test_review_writes_a_page_per_document(duckdb_pipeline: PipelineRuns, tmp_path: Path) -> None:
    result = run_devzone("review", "--out", str(tmp_path / "review"), "--db", duckdb_pipeline.db)
    assert result.returncode == 0, result.stderr
    pages = sorted(p.name for p in (tmp_path / "review").glob("*.html"))
    assert "index.html" in pages and len(pages) == 6
