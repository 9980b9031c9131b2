"""Helpers of the e2e tests (tests/e2e/conftest.py runs the pipeline with them): the `devzone`
command in a subprocess with a clean environment, and what two runs of it leave."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb
from sqlalchemy import URL, create_engine, text

REPO = Path(__file__).resolve().parents[2]
SEED_DOCUMENTS = REPO / "seeds" / "documents"
DEVZONE = Path(sys.executable).with_name("devzone")
# The reader role of the PostgreSQL runs; LOGIN because a password is configured.
READER_ROLE = "devzone_reader"
READER_PASSWORD = "reader-secret"


@dataclass(frozen=True)
class PipelineRuns:
    """Two `devzone run`s on one warehouse, with the row count of every raw and mart table after each."""

    db: str  # the DuckDB file, or the PostgreSQL URL (with its password)
    counts: tuple[dict[str, int], dict[str, int]]
    second_log: str = ""  # what the second run wrote to stderr


def devzone_env(**extra: str) -> dict[str, str]:
    """The environment of a `devzone` subprocess: none of the caller's DEVZONE_ settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEVZONE_")}
    return {**env, "COLUMNS": "200", **extra}


def run_devzone(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(DEVZONE), *args], capture_output=True, text=True, check=False, env=env or devzone_env(), timeout=600
    )


def duckdb_counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        tables = con.execute(
            "SELECT table_schema || '.' || table_name FROM information_schema.tables "
            "WHERE table_schema IN ('raw', 'marts') ORDER BY 1"
        ).fetchall()
        return {name: con.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0] for (name,) in tables}


def postgres_counts(url: URL) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            names = conn.execute(
                text(
                    "SELECT table_schema || '.' || table_name FROM information_schema.tables "
                    "WHERE table_schema IN ('raw', 'marts') AND table_type = 'BASE TABLE' ORDER BY 1"
                )
            ).scalars()
            return {name: conn.execute(text(f"SELECT count(*) FROM {name}")).scalar_one() for name in names}
    finally:
        engine.dispose()
