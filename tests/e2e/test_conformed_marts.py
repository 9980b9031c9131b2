"""The conformed marts on the seed documents, end to end: `devzone run` (the real extractor and the
real dbt build with every data test) on a DuckDB file and on a PostgreSQL database, then what an
analyst relies on - one fact for one figure stated by two documents in two units, conflicts that
are all explained and listed with both sides, derived facts that lead to their inputs, the same
answers on both databases, `devzone trace`, `devzone sql` (run_sql) and `dbt docs generate`
offline.

The warehouses are the session's pipeline runs of tests/e2e/conftest.py (duckdb_pipeline,
postgres_pipeline), shared with the other e2e modules.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb
import pytest
from e2e_pipeline import PipelineRuns
from sqlalchemy import URL, create_engine, make_url, text

from devzone.config import Warehouse
from devzone.sql import run_sql

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
DEVZONE = Path(sys.executable).with_name("devzone")
DBT = Path(sys.executable).with_name("dbt")


def _devzone(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEVZONE_")}
    env["COLUMNS"] = "200"  # wide enough that rich does not wrap the lines looked for
    return subprocess.run([str(DEVZONE), *args], capture_output=True, text=True, check=False, env=env, timeout=900)


@pytest.fixture(scope="module")
def duckdb_db(duckdb_pipeline: PipelineRuns) -> Path:
    return Path(duckdb_pipeline.db)


@pytest.fixture(scope="module")
def postgres_db(postgres_pipeline: PipelineRuns) -> URL:
    return make_url(postgres_pipeline.db).set(drivername="postgresql+psycopg")


def _duck_rows(db: Path, sql: str, *params: Any) -> list[dict[str, Any]]:
    with duckdb.connect(str(db), read_only=True) as con:
        cursor = con.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=False)) for row in cursor.fetchall()]


def _pg_rows(url: URL, sql: str) -> list[dict[str, Any]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(text(sql))]
    finally:
        engine.dispose()


RESERVE_LAND = """
    select f.*
    from marts.fct_zone_indicator_year f
    join marts.dim_zone z on z.zone_key = f.zone_key
    join marts.dim_indicator i on i.indicator_key = f.indicator_key
    where z.canonical_name = '新昌经济开发区' and i.zh_name = '后备用地'
      and f.year = 2020 and f.measure = 'value' and f.basis_kind = 'whole'
"""


def test_reserve_land_of_two_documents_is_one_fact_without_conflict(duckdb_db: Path) -> None:
    [fact] = _duck_rows(duckdb_db, RESERVE_LAND)
    assert (fact["n_sources"], fact["n_documents"]) == (2, 2)
    assert fact["has_conflict"] is False and fact["conflict_kind"] is None
    assert fact["unit"] == "公顷" and fact["document_kind"] == "yearbook"
    assert fact["choice_reason"] == "yearbook over newspaper"
    sources = _duck_rows(
        duckdb_db,
        "select value_as_written, unit_as_written, agrees_with_chosen, file_name from marts.bridge_fact_source "
        "where fact_id = ? order by source_rank",
        fact["fact_id"],
    )
    assert {s["unit_as_written"] for s in sources} == {"公顷", "亩"}
    assert all(s["agrees_with_chosen"] for s in sources)
    assert len({s["file_name"] for s in sources}) == 2


def test_every_conflict_is_explained_and_listed_with_all_its_sources(duckdb_db: Path) -> None:
    conflicts = _duck_rows(
        duckdb_db,
        "select fact_id, conflict_kind, conflict_explanation, n_sources from marts.fct_zone_indicator_year where has_conflict",
    )
    assert conflicts, "the seed documents hold conflicting figures"
    listed = _duck_rows(duckdb_db, "select fact_id, source_value, quote, passage_kind, doc_id from marts.rpt_conflicts")
    by_fact: dict[str, list[dict[str, Any]]] = {}
    for row in listed:
        by_fact.setdefault(row["fact_id"], []).append(row)
    for conflict in conflicts:
        assert conflict["conflict_kind"] in ("different_scope", "disagreement")
        assert conflict["conflict_explanation"]
        rows = by_fact[conflict["fact_id"]]
        assert len(rows) == conflict["n_sources"]
        assert len({r["source_value"] for r in rows}) >= 2
        assert all(r["quote"] for r in rows)


def test_a_real_disagreement_shows_both_sides(duckdb_db: Path) -> None:
    """The seeds hold figures that a document's table and its text state differently: each
    such fact is a 'disagreement' with both passages in rpt_conflicts."""
    rows = _duck_rows(
        duckdb_db,
        "select fact_id, passage_kind, source_value, quote from marts.rpt_conflicts where conflict_kind = 'disagreement'",
    )
    assert rows
    sides: dict[str, set[str]] = {}
    for row in rows:
        sides.setdefault(row["fact_id"], set()).add(row["passage_kind"])
    assert any(kinds == {"table", "text"} for kinds in sides.values())


def test_derived_facts_lead_to_their_inputs(duckdb_db: Path) -> None:
    derived = _duck_rows(
        duckdb_db,
        "select * from marts.fct_zone_indicator_year where is_derived and derivation_rule = 'previous_level_from_growth'",
    )
    assert derived
    for fact in derived:
        inputs = _duck_rows(
            duckdb_db,
            "select distinct input_role, input_value from marts.bridge_fact_derivation where fact_id = ? and is_chosen",
            fact["fact_id"],
        )
        values = {row["input_role"]: row["input_value"] for row in inputs}
        expected = values["level"] / (1 + values["growth"] / 100)
        assert abs(fact["value"] - expected) < Decimal("0.0001")
        assert fact["value_low"] <= fact["value"] <= fact["value_high"]
        assert fact["n_sources"] >= 2 and fact["value_as_written"] is None
    # a derived fact never hides a stated one, and a stated fact that others imply is checked
    stated_keys = {
        (r["zone_key"], r["year"], r["indicator_key"], r["measure"], r["basis_kind"], r["basis_of"])
        for r in _duck_rows(duckdb_db, "select * from marts.fct_zone_indicator_year where not is_derived")
    }
    assert not stated_keys & {
        (f["zone_key"], f["year"], f["indicator_key"], f["measure"], f["basis_kind"], f["basis_of"]) for f in derived
    }
    checked = _duck_rows(duckdb_db, "select derived_check from marts.fct_zone_indicator_year where derived_check is not null")
    assert checked, "a stated level of the year before a stated level and growth rate is checked"
    shares = _duck_rows(
        duckdb_db,
        "select f.value, f.basis_kind, f.basis_of from marts.fct_zone_indicator_year f "
        "where f.is_derived and f.derivation_rule = 'share_of_city_total'",
    )
    assert shares and all(0 <= s["value"] <= 100 for s in shares)


def test_inconsistencies_report_lists_the_quoted_mentions(duckdb_db: Path) -> None:
    rows = _duck_rows(duckdb_db, "select inconsistency_id, role, quote, explanation from marts.rpt_inconsistencies")
    for row in rows:
        assert row["quote"] and row["explanation"]
    by_id: dict[str, set[str]] = {}
    for row in rows:
        by_id.setdefault(row["inconsistency_id"], set()).add(row["role"])
    assert all(len(roles) >= 2 for roles in by_id.values())


def test_wide_report_and_unmapped_indicators(duckdb_db: Path) -> None:
    wide = _duck_rows(duckdb_db, "select * from marts.rpt_zone_year_wide")
    keys = [(r["zone_key"], r["year"]) for r in wide]
    assert len(keys) == len(set(keys))
    keqiao = next(r for r in wide if r["zone_name"] == "柯桥经济技术开发区" and r["year"] == 2020)
    assert keqiao["industrial_output_100m_cny"] == Decimal("1590.05")
    assert all(name.isascii() for name in keqiao)
    unmapped = _duck_rows(duckdb_db, "select * from marts.rpt_unmapped_indicators order by n_mentions desc")
    assert unmapped and all(r["n_mentions"] >= 1 and r["example_quote"] for r in unmapped)
    assert {r["status"] for r in unmapped} <= {"unmapped", "mapped_by_rule"}


def test_trace_shows_every_source_of_a_fact(duckdb_db: Path) -> None:
    [fact] = _duck_rows(duckdb_db, RESERVE_LAND)
    result = _devzone("trace", fact["fact_id"], "--db", str(duckdb_db))
    assert result.returncode == 0, result.stderr
    files = {r["file_name"] for r in _duck_rows(duckdb_db, "select file_name from marts.dim_document")}
    shown = {name for name in files if name in result.stdout}
    assert len(shown) == 2
    assert "quote DIFFERS" not in result.stdout and "quote matches the text" in result.stdout


def test_trace_of_a_derived_fact_shows_its_inputs(duckdb_db: Path) -> None:
    [fact] = _duck_rows(
        duckdb_db,
        "select fact_id from marts.fct_zone_indicator_year where is_derived "
        "and derivation_rule = 'previous_level_from_growth' order by fact_id limit 1",
    )
    spans = {
        (r["char_start"], r["char_end"])
        for r in _duck_rows(
            duckdb_db,
            "select char_start, char_end from marts.bridge_fact_derivation where fact_id = ? and is_chosen",
            fact["fact_id"],
        )
    }
    assert len(spans) >= 2  # the level and the growth rate
    result = _devzone("trace", fact["fact_id"], "--db", str(duckdb_db))
    assert result.returncode == 0, result.stderr
    assert "previous_level_from_growth" in result.stdout
    # one panel per input mention, its span highlighted in its paragraph
    assert all(f"characters {start}–{end}" in result.stdout for start, end in spans)
    assert "quote DIFFERS" not in result.stdout


def test_sql_prints_a_table_and_csv(duckdb_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    query = "select z.canonical_name, f.value, f.n_sources from marts.fct_zone_indicator_year f " + (
        "join marts.dim_zone z using (zone_key) join marts.dim_indicator i using (indicator_key) "
        "where i.zh_name = '后备用地' and f.year = 2020"
    )
    assert run_sql(Warehouse.resolve(str(duckdb_db)), query, as_csv=False) == 0
    table = capsys.readouterr().out
    assert "新昌经济开发区" in table and "688.53" in table and "1 row" in table
    assert run_sql(Warehouse.resolve(str(duckdb_db)), query, as_csv=True) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "canonical_name,value,n_sources"
    assert lines[1] == "新昌经济开发区,688.53,2"


def test_dbt_docs_generate_offline(duckdb_db: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBT_", "DEVZONE_"))}
    env.update(DO_NOT_TRACK="1", DEVZONE_DB=str(duckdb_db), DEVZONE_DBT_TARGET="duckdb")
    project = REPO / "dbt_project"
    result = subprocess.run(
        [
            str(DBT),
            "docs",
            "generate",
            "--static",
            "--project-dir",
            str(project),
            "--profiles-dir",
            str(project),
            "--target-path",
            str(tmp_path / "target"),
            "--log-path",
            str(tmp_path / "logs"),
        ],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    page = (tmp_path / "target" / "static_index.html").read_text(encoding="utf-8")
    assert "rpt_conflicts" in page and "fct_zone_indicator_year" in page
    assert '<script src="http' not in page and '<link rel="stylesheet" href="http' not in page
    catalog = json.loads((tmp_path / "target" / "catalog.json").read_text(encoding="utf-8"))
    assert "model.devzone.rpt_zone_year_wide" in catalog["nodes"]


def test_same_conformed_answers_on_duckdb_and_postgres(duckdb_db: Path, postgres_db: URL) -> None:
    query = (
        "select fact_id, value, value_low, value_high, n_sources, has_conflict, conflict_kind, is_derived, "
        "derived_check, paragraph_id, char_start from marts.fct_zone_indicator_year order by fact_id"
    )
    assert _duck_rows(duckdb_db, query) == _pg_rows(postgres_db, query)
    reports = "select fact_id, source_rank, source_value, quote from marts.rpt_conflicts order by fact_id, source_rank"
    assert _duck_rows(duckdb_db, reports) == _pg_rows(postgres_db, reports)
    [pg_fact] = _pg_rows(postgres_db, RESERVE_LAND)
    assert pg_fact["n_sources"] == 2 and pg_fact["has_conflict"] is False


def test_sql_on_postgres_is_read_only(postgres_db: URL, capsys: pytest.CaptureFixture[str]) -> None:
    from devzone.errors import UserError

    url = postgres_db.render_as_string(hide_password=False)
    assert (
        run_sql(Warehouse.resolve(url), "select count(*) as n from marts.rpt_conflicts where quote like '%万%'", as_csv=True) == 0
    )
    assert capsys.readouterr().out.startswith("n\n")
    with pytest.raises(UserError, match="read-only"):
        run_sql(Warehouse.resolve(url), "create table marts.scratch (x int)", as_csv=False)


def test_review_pages_from_postgres(postgres_db: URL, tmp_path: Path) -> None:
    from devzone.review import write_review

    pages = write_review(Warehouse.resolve(postgres_db.render_as_string(hide_password=False)), tmp_path / "review")
    n_documents = _pg_rows(postgres_db, "select count(*) as n from raw.documents")[0]["n"]
    assert len(pages) == n_documents + 1 and pages[-1].name == "index.html"
    n_records = sum(
        _pg_rows(postgres_db, f"select count(*) as n from raw.{table}")[0]["n"]
        for table in ("metrics", "rankings", "honours", "projects", "zones", "years")
    )
    n_heads = sum(page.read_text(encoding="utf-8").count('<mark class="rec ') for page in pages[:-1])
    assert n_heads == n_records
