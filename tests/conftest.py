"""Shared fixtures: fresh warehouses on DuckDB (a temporary file) and on PostgreSQL (a throwaway
server started for the session, or $TEST_PG_URL), each migrated to head."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_scratch import scratch_database
from sqlalchemy import URL, Engine, create_engine, make_url

from devzone.config import Warehouse
from devzone.migrate import upgrade_to_head

FIXTURES = Path(__file__).parent / "fixtures"
PG_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root; the distribution's package creates a `postgres` user.
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@pytest.fixture(scope="session")
def pg_server() -> Iterator[URL]:
    """An admin URL of a PostgreSQL server that lives for the test session."""
    if os.environ.get("TEST_PG_URL"):
        yield make_url(os.environ["TEST_PG_URL"])
        return
    bin_dir = next((d for d in PG_BIN_DIRS if (d / "initdb").exists()), None)
    if bin_dir is None:
        pytest.skip("PostgreSQL server binaries not found under /usr/lib/postgresql (.ci/run installs them)")
    base = Path(tempfile.mkdtemp(prefix="devzone-pg-"))
    data, sock = base / "data", base / "sock"
    sock.mkdir()
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
        shutil.chown(sock, "postgres", "postgres")
    port = _free_port()
    # Without an explicit encoding and locale, initdb may pick SQL_ASCII and mangle Chinese text.
    initdb = [str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust"]
    initdb += ["--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]
    subprocess.run(_as_server_user(initdb), check=True, capture_output=True)
    options = f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
    pg_ctl = [str(bin_dir / "pg_ctl"), "-D", str(data)]
    start = [*pg_ctl, "-l", str(base / "server.log"), "-w", "-t", "30", "-o", options, "start"]
    subprocess.run(_as_server_user(start), check=True, capture_output=True)
    try:
        yield URL.create("postgresql+psycopg", username="postgres", host="127.0.0.1", port=port, database="postgres")
    finally:
        subprocess.run(_as_server_user([*pg_ctl, "-m", "immediate", "-w", "stop"]), capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: URL) -> Iterator[URL]:
    """A new, empty database on the session's server, dropped after the test."""
    with scratch_database(pg_server, "t") as url:
        yield url


@pytest.fixture(params=["duckdb", "postgresql"])
def warehouse(request: pytest.FixtureRequest, tmp_path: Path) -> Warehouse:
    """An empty warehouse on each database the project supports."""
    if request.param == "duckdb":
        return Warehouse.resolve(tmp_path / "warehouse.duckdb")
    return Warehouse.resolve(request.getfixturevalue("pg_url").render_as_string(hide_password=False))


@pytest.fixture
def engine(warehouse: Warehouse) -> Iterator[Engine]:
    """An engine on a fresh warehouse whose raw schema is at head."""
    eng = create_engine(warehouse.url)
    upgrade_to_head(eng)
    try:
        yield eng
    finally:
        eng.dispose()
