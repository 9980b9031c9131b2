"""One writing run at a time: a second `devzone run`/`load`/`build` exits 75 with one line,
and does nothing, on DuckDB (a file lock) and on PostgreSQL (an advisory lock)."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from sqlalchemy import URL
from typer.testing import CliRunner

from devzone.cli import EXIT_LOCKED, app
from devzone.config import Warehouse
from devzone.lock import ADVISORY_LOCK_KEY, RunLocked, lock_path, run_lock


def _busy(args: list[str], *expected: str) -> None:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == EXIT_LOCKED == 75, result.output
    assert "Traceback" not in result.output
    # Log lines may come before it (an empty folder is worth a warning), but one line says it all.
    lines = [line for line in result.stderr.splitlines() if line.startswith(("busy: ", "error: "))]
    assert len(lines) == 1 and lines[0].startswith("busy: another devzone run"), result.stderr
    for text in expected:
        assert text in lines[0]


def test_a_second_run_on_a_duckdb_warehouse_exits_75(tmp_path: Path) -> None:
    db, docs = tmp_path / "w.duckdb", tmp_path / "docs"
    docs.mkdir()
    with run_lock(Warehouse.resolve(db)):
        _busy(["run", "--docs", str(docs), "--db", str(db)], "PID", str(lock_path(db)))
        _busy(["load", "--docs", str(docs), "--db", str(db)])
        assert not db.exists(), "nothing was done"
        with pytest.raises(RunLocked), run_lock(Warehouse.resolve(db)):
            pass
    result = CliRunner().invoke(app, ["load", "--docs", str(docs), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert db.exists() and lock_path(db).exists()


def test_a_second_run_on_a_postgres_warehouse_exits_75(pg_url: URL, tmp_path: Path) -> None:
    url = pg_url.render_as_string(hide_password=False)
    docs = tmp_path / "docs"
    docs.mkdir()
    with psycopg.connect(pg_url.set(drivername="postgresql").render_as_string(hide_password=False)) as holder:
        holder.execute("SELECT pg_advisory_lock(%s)", (ADVISORY_LOCK_KEY,))
        _busy(["build", "--db", url], "server PID")
        _busy(["run", "--docs", str(docs), "--target", "postgres", "--dsn", url])
        with holder.cursor() as cur:
            cur.execute("SELECT count(*) FROM pg_namespace WHERE nspname = 'raw'")
            assert cur.fetchone() == (0,), "nothing was done"
        holder.execute("SELECT pg_advisory_unlock(%s)", (ADVISORY_LOCK_KEY,))
        holder.commit()
    result = CliRunner().invoke(app, ["load", "--docs", str(docs), "--dsn", url])
    assert result.exit_code == 0, result.output
