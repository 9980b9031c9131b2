"""Incremental builds give the marts a full build gives, row by row, on a real DuckDB file with
the real extractor and dbt. The seed documents are loaded in two batches (`devzone load`), each
followed by `dbt run` (the second incremental); the second batch brings two new documents, one
extracted again by another extractor version, and one replaced by new bytes of the same file
(which removes its old version), with a changed figure of the city's aggregate zone, the whole
of every zone's derived share. The full build compared with is `dbt run --full-refresh` of a
copy of the warehouse. (`devzone run` chooses between the two: tests/unit/test_freshness.py.)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pytest
from e2e_pipeline import SEED_DOCUMENTS, run_devzone

from devzone.config import DBT_PROJECT_DIR

pytestmark = pytest.mark.e2e

DBT = Path(sys.executable).with_name("dbt")
FIGURE, CHANGED_FIGURE = "5751.8亿元", "5851.8亿元"


@dataclass(frozen=True)
class Builds:
    incremental: Path  # built after each batch, incrementally after the second
    full: Path  # the same raw data, every model rebuilt whole


def _dbt_run(db: Path, workdir: Path, *options: str) -> None:
    """The seeds and models of dbt_project (no data test: the session's devzone runs test them)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBT_", "DEVZONE_"))}
    env.update(DO_NOT_TRACK="1", DEVZONE_DB=str(db))
    project = ["--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR)]
    output = ["--target-path", str(workdir / "target"), "--log-path", str(workdir / "logs")]
    command = [str(DBT), "build", "--resource-type", "seed", "--resource-type", "model", *options, *project, *output]
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:]


def _load(folder: Path, db: Path) -> None:
    result = run_devzone("load", "--docs", str(folder), "--db", str(db))
    assert result.returncode == 0, result.stderr[-3000:]


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> Builds:
    work = tmp_path_factory.mktemp("incremental")
    seeds = sorted(SEED_DOCUMENTS.glob("*.txt"))
    first, second = work / "first", work / "second"
    for folder, documents in ((first, seeds[:3]), (second, seeds)):
        folder.mkdir()
        for document in documents:
            shutil.copy(document, folder / document.name)
    replaced = second / seeds[0].name
    text = replaced.read_text(encoding="utf-8")
    assert FIGURE in text
    replaced.write_text(text.replace(FIGURE, CHANGED_FIGURE), encoding="utf-8")
    db = work / "warehouse.duckdb"
    _load(first, db)
    _dbt_run(db, work)
    with duckdb.connect(str(db)) as con:  # as if an earlier version of the extractor had loaded it
        con.execute("update raw.documents set extractor_version = 'earlier' where file_name = ?", [seeds[2].name])
    _load(second, db)
    _dbt_run(db, work)
    full = work / "full.duckdb"
    shutil.copyfile(db, full)
    _dbt_run(full, work, "--full-refresh")
    return Builds(db, full)


def _marts(db: Path) -> dict[str, Counter[tuple[Any, ...]]]:
    """Every row of every mart, as a multiset per table (order-insensitive, duplicates counted)."""
    with duckdb.connect(str(db), read_only=True) as con:
        tables = con.execute("select table_name from information_schema.tables where table_schema = 'marts'").fetchall()
        return {name: Counter(con.execute(f"select * from marts.{name}").fetchall()) for (name,) in tables}


def test_incremental_builds_give_the_marts_of_a_full_build(builds: Builds) -> None:
    built, expected = _marts(builds.incremental), _marts(builds.full)
    assert built.keys() == expected.keys()
    for name, rows in expected.items():
        stale, missing = built[name] - rows, rows - built[name]
        assert not stale and not missing, f"marts.{name}: {len(stale)} row(s) a full build has not, {len(missing)} missing"


def test_the_second_build_replaced_only_what_changed(builds: Builds) -> None:
    with duckdb.connect(str(builds.incremental), read_only=True) as con:
        changes = dict(con.execute("select change, count(*) from intermediate.int_changes__documents group by 1").fetchall())
        [(n_changed,)] = con.execute(
            "select count(*) from marts.fct_zone_indicator_year where quote like ?", [f"%{CHANGED_FIGURE}%"]
        ).fetchall()
        [(n_touched, n_keys)] = con.execute(
            "select count(*) filter (where is_touched), count(*) from intermediate.int_changes__fact_keys"
        ).fetchall()
    # 003 and 004 new, 000 new bytes (its old version removed), 002 extracted again, 001 as it was
    assert changes == {"new": 3, "removed": 1, "reloaded": 1, "unchanged": 1}
    assert n_changed > 0
    assert 0 < n_touched <= n_keys


def _failed_lineage_tests(db: Path, workdir: Path) -> dict[str, int]:
    """The failing quote_matches_document_span tests on `db`, with their failing rows."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBT_", "DEVZONE_"))}
    env.update(DO_NOT_TRACK="1", DEVZONE_DB=str(db))
    project = ["--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR)]
    output = ["--target-path", str(workdir / "target"), "--log-path", str(workdir / "logs")]
    command = [str(DBT), "test", "--select", "test_name:quote_matches_document_span", *project, *output]
    subprocess.run(command, capture_output=True, text=True, env=env, check=False, timeout=600)
    results = json.loads((workdir / "target" / "run_results.json").read_text(encoding="utf-8"))["results"]
    return {r["unique_id"].split(".")[2].split("_ref_")[0]: r["failures"] for r in results if r["status"] == "fail"}


def test_an_incremental_build_checks_the_quotes_of_the_documents_it_loaded(builds: Builds, tmp_path: Path) -> None:
    """The lineage test reads the rows of the documents the build loaded anew: a wrong quote of
    a new document fails it; the unchanged document's rows, checked by the first build, are not
    read again (the loader never rewrites a document's rows under the same load)."""
    seeds = sorted(SEED_DOCUMENTS.glob("*.txt"))
    corrupt = tmp_path / "corrupt.duckdb"
    shutil.copyfile(builds.incremental, corrupt)
    with duckdb.connect(str(corrupt)) as con:
        for document in (seeds[1], seeds[3]):  # unchanged since the first build; new in the second
            con.execute(
                "update raw.metrics set quote = quote || '亿' where record_id = (select min(m.record_id)"
                " from raw.metrics as m join raw.documents as d on d.doc_id = m.doc_id where d.file_name = ?)",
                [document.name],
            )
    assert _failed_lineage_tests(corrupt, tmp_path) == {"quote_matches_document_span_stg_raw__metrics": 1}
