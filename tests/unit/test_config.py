"""Which warehouse a command works on: --target/--dsn/--db, then the environment, then DuckDB."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from devzone.cli import app
from devzone.config import DEFAULT_DB_PATH, ReaderRole, Target, Warehouse
from devzone.errors import UserError

PG = "postgresql://analyst:s3cret@db.example:6543/dw"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DEVZONE_DB", "DEVZONE_DSN", "DEVZONE_TARGET", "DEVZONE_READER_ROLE", "DEVZONE_READER_PASSWORD"):
        monkeypatch.delenv(name, raising=False)


def test_duckdb_is_the_default() -> None:
    warehouse = Warehouse.resolve(None)
    assert (warehouse.target, warehouse.path) == (Target.duckdb, DEFAULT_DB_PATH)


def test_a_dsn_means_postgres_through_psycopg_3() -> None:
    warehouse = Warehouse.resolve(None, dsn=PG)
    assert warehouse.target is Target.postgres and warehouse.path is None
    assert warehouse.url.drivername == "postgresql+psycopg"
    assert (warehouse.url.host, warehouse.url.port, warehouse.url.database) == ("db.example", 6543, "dw")
    assert warehouse.url.password == "s3cret" and "s3cret" not in warehouse.describe()
    assert Warehouse.resolve(None, "postgres", PG.replace("postgresql:", "postgres:")).url.drivername == "postgresql+psycopg"


def test_db_keeps_taking_a_file_or_a_url(tmp_path: Path) -> None:
    assert Warehouse.resolve(tmp_path / "w.duckdb").path == tmp_path / "w.duckdb"
    url = "postgresql+psycopg://u@h/d"
    assert Warehouse.resolve(url).url.render_as_string() == url
    assert Warehouse.resolve(url, Target.postgres).target is Target.postgres


def test_the_environment_names_the_warehouse(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DEVZONE_DSN", PG)
    assert Warehouse.resolve(None).target is Target.postgres
    # an explicit file on the command line wins over the environment's DSN
    assert Warehouse.resolve(tmp_path / "w.duckdb").path == tmp_path / "w.duckdb"
    monkeypatch.setenv("DEVZONE_TARGET", "duckdb")
    assert Warehouse.resolve(None).path == DEFAULT_DB_PATH
    monkeypatch.setenv("DEVZONE_TARGET", "postgres")
    assert Warehouse.resolve(None).url.host == "db.example"
    monkeypatch.delenv("DEVZONE_DSN")
    monkeypatch.setenv("DEVZONE_DB", "postgresql://u@other/d")
    assert Warehouse.resolve(None).url.host == "other"


@pytest.mark.parametrize(
    ("db", "target", "dsn", "message"),
    [
        (None, "postgres", None, "needs a database URL"),
        ("w.duckdb", "postgres", None, "takes a URL"),
        (None, "duckdb", PG, "does not go with --target duckdb"),
        ("postgresql://u@h/d", "duckdb", None, "takes a file path"),
        (None, None, "mysql://u@h/d", "must be a postgresql:// URL"),
        (None, "oracle", None, "unknown target"),
    ],
)
def test_contradictions_are_user_errors(db: str | None, target: str | None, dsn: str | None, message: str) -> None:
    with pytest.raises(UserError, match=message):
        Warehouse.resolve(db, target, dsn)


def test_the_cli_refuses_postgres_without_a_dsn(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["run", "--docs", str(tmp_path), "--target", "postgres"])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("error: ") and "--dsn" in result.stderr and len(result.stderr.splitlines()) == 1


def test_the_reader_role_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ReaderRole.from_env() == ReaderRole("devzone_reader", None)
    monkeypatch.setenv("DEVZONE_READER_ROLE", "bi_reader")
    monkeypatch.setenv("DEVZONE_READER_PASSWORD", "pw")
    assert ReaderRole.from_env() == ReaderRole("bi_reader", "pw")
    monkeypatch.setenv("DEVZONE_READER_ROLE", 'reader"; drop table x; --')
    with pytest.raises(UserError, match="lower-case SQL name"):
        ReaderRole.from_env()
