"""`devzone run` killed with SIGKILL in each phase — extraction, loading, the dbt build — on
DuckDB and on PostgreSQL. After every kill nothing of the run is left running, the warehouse
opens and holds only whole documents; a second run started meanwhile is refused with exit 75;
the last run converges to the row counts of a clean run (tests/e2e/conftest.py).

The kills are chained on one warehouse (each run resumes what the previous one left), so that
the matrix costs one full build per database."""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest
from e2e_pipeline import DEVZONE, PipelineRuns, devzone_env, duckdb_counts, postgres_counts, run_devzone
from pg_scratch import scratch_database
from sqlalchemy import URL, create_engine, text

from models.tables import RECORD_TABLES

pytestmark = pytest.mark.e2e

# The log line that opens each phase, and how long to wait after it before the kill.
PHASES = (
    ("extraction", "extract: ", 0.5),
    ("loading", "loaded ", 0.0),
    ("build", "build: dbt build on", 3.0),
)
PER_DOCUMENT = ("paragraphs", *(t.name for t in RECORD_TABLES))

Query = Callable[[str], list[tuple[object, ...]]]


def _children(pid: int) -> list[int]:
    """Every process descended from ``pid`` (from /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = [], [pid]
    while frontier:
        parent = frontier.pop()
        kids = [p for p, pp in parents.items() if pp == parent]
        found += kids
        frontier += kids
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _kill_during(args: list[str], marker: str, delay: float, concurrent: Callable[[], None] | None = None) -> None:
    """Start `devzone run`, SIGKILL it (and only it) ``delay`` s after ``marker`` appears in its
    log, and check that every process it started is gone soon after."""
    process = subprocess.Popen(
        [str(DEVZONE), "run", *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=devzone_env()
    )
    assert process.stderr is not None
    seen = []
    for line in process.stderr:
        seen.append(line)
        if marker in line:
            break
    else:
        pytest.fail(f"the run ended before {marker!r}:\n{''.join(seen)}")
    if concurrent is not None:
        concurrent()
    time.sleep(delay)
    descendants = _children(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in descendants) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [p for p in descendants if _alive(p)], "processes of the killed run are still running"


def _per_document(query: Query) -> dict[tuple[str, str], int]:
    counts: dict[tuple[str, str], int] = {}
    for table in PER_DOCUMENT:
        for doc_id, n in query(f"SELECT doc_id, count(*) FROM raw.{table} GROUP BY doc_id"):
            counts[(str(doc_id), table)] = int(n)  # type: ignore[call-overload]
    return counts


def _assert_whole_documents(query: Query, clean: dict[tuple[str, str], int]) -> None:
    """Every document present has exactly the rows a clean run gives it, and no row is without
    its document."""
    docs = {str(d) for (d,) in query("SELECT doc_id FROM raw.documents")}
    present = _per_document(query)
    expected = {key: n for key, n in clean.items() if key[0] in docs}
    assert present == expected, "a document is half loaded, or rows outlive their document"


def _chain(
    args: list[str], query: Query, clean_query: Query, counts: Callable[[], dict[str, int]], clean_counts: dict[str, int]
) -> None:
    # One document per transaction: the kill after the first commit then lands while the rest
    # are still to load (the five seeds would otherwise be one batch, written or not at all).
    args = [*args, "--batch-docs", "1"]
    clean = _per_document(clean_query)

    def second_run() -> None:
        result = run_devzone("run", *args)
        assert result.returncode == 75, result.stderr
        assert "busy: another devzone run" in result.stderr

    for phase, marker, delay in PHASES:
        _kill_during(args, marker, delay, concurrent=second_run if phase == "build" else None)
        _assert_whole_documents(query, clean)
    result = run_devzone("run", *args)
    assert result.returncode == 0, result.stderr
    assert query("SELECT 1 FROM raw.loads WHERE status = 'interrupted'"), "the run killed while loading is marked"
    assert not query("SELECT load_id FROM raw.loads WHERE status = 'running'")
    final = {k: v for k, v in counts().items() if k != "raw.loads"}
    assert final == {k: v for k, v in clean_counts.items() if k != "raw.loads"}


def test_kills_in_every_phase_on_duckdb(duckdb_pipeline: PipelineRuns, seed_docs: Path, tmp_path: Path) -> None:
    db = tmp_path / "killed.duckdb"

    def on(path: Path | str) -> Query:
        def query(sql: str) -> list[tuple[object, ...]]:
            if not Path(path).exists():
                return []
            with duckdb.connect(str(path), read_only=True) as con:
                try:
                    return con.execute(sql).fetchall()
                except duckdb.CatalogException:  # killed before the raw schema was created
                    return []

        return query

    _chain(
        ["--docs", str(seed_docs), "--db", str(db)],
        on(db),
        on(duckdb_pipeline.db),
        lambda: duckdb_counts(db),
        duckdb_pipeline.counts[0],
    )


def test_kills_in_every_phase_on_postgres(
    postgres_pipeline: PipelineRuns, postgres_database: URL, pg_server: URL, seed_docs: Path
) -> None:
    def on(url: URL) -> Query:
        def query(sql: str) -> list[tuple[object, ...]]:
            engine = create_engine(url)
            try:
                with engine.connect() as conn:
                    if not conn.execute(text("SELECT to_regclass('raw.documents')")).scalar():
                        return []
                    return [tuple(row) for row in conn.execute(text(sql))]
            finally:
                engine.dispose()

        return query

    with scratch_database(pg_server, "killed") as url:
        dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
        _chain(
            ["--docs", str(seed_docs), "--target", "postgres", "--dsn", dsn],
            on(url),
            on(postgres_database),
            lambda: postgres_counts(url),
            postgres_pipeline.counts[0],
        )
