"""Where things are: the repository's folders and the warehouse a command works on."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import URL, make_url
from sqlalchemy.exc import ArgumentError

from devzone.errors import UserError

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DOCS_DIR = REPO_ROOT / "seeds" / "documents"
MANIFEST_PATH = REPO_ROOT / "seeds" / "manifest.csv"
DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"
ALEMBIC_INI = REPO_ROOT / "alembic.ini"
DEFAULT_DB_PATH = REPO_ROOT / "warehouse.duckdb"
DB_ENV = "DEVZONE_DB"  # a DuckDB file path or a SQLAlchemy URL (the older, still supported way)
TARGET_ENV = "DEVZONE_TARGET"  # duckdb | postgres
DSN_ENV = "DEVZONE_DSN"  # postgresql://user:password@host:port/dbname
READER_ROLE_ENV = "DEVZONE_READER_ROLE"
READER_PASSWORD_ENV = "DEVZONE_READER_PASSWORD"
DEFAULT_READER_ROLE = "devzone_reader"
# Memory DuckDB may take in devzone's process and in dbt's (dbt_project/profiles.yml reads the
# same variable with the same default); beyond it DuckDB spills to disk.
DUCKDB_MEMORY_ENV = "DEVZONE_DUCKDB_MEMORY_LIMIT"
DEFAULT_DUCKDB_MEMORY = "1GB"


def duckdb_memory_limit() -> str:
    return os.environ.get(DUCKDB_MEMORY_ENV) or DEFAULT_DUCKDB_MEMORY


# Lower-case SQL identifiers only: they go into GRANT statements and dbt hooks unquoted-safe.
_ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


class Target(StrEnum):
    duckdb = "duckdb"
    postgres = "postgres"


def _is_url(value: str) -> bool:
    return "://" in value


def _is_postgres_url(value: str) -> bool:
    return value.split("://", 1)[0].split("+", 1)[0] in ("postgresql", "postgres") if _is_url(value) else False


def _postgres_url(value: str, where: str) -> URL:
    """A PostgreSQL URL for SQLAlchemy; plain postgresql:// (and postgres://) get psycopg 3, the
    driver the loaders' bulk COPY uses (SQLAlchemy would otherwise pick psycopg2)."""
    try:
        url = make_url(value)
    except ArgumentError as exc:
        raise UserError(f"{where} is not a database URL: {exc}") from exc
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() != "postgresql":
        raise UserError(f"{where} must be a postgresql:// URL, not {url.drivername}://")
    return url


@dataclass(frozen=True)
class Warehouse:
    """The database a command works on: a DuckDB file (the default) or a PostgreSQL URL."""

    url: URL
    path: Path | None  # the DuckDB file; None for a database on a server

    @classmethod
    def resolve(
        cls,
        db: str | Path | None,
        target: Target | str | None = None,
        dsn: str | None = None,
        env: Mapping[str, str] | None = None,
    ) -> Warehouse:
        """The warehouse named on the command line, else by the environment (``env``, by default
        the process's), else ./warehouse.duckdb.

        The target is --target, else $DEVZONE_TARGET, else postgres when a DSN (--dsn or
        $DEVZONE_DSN) or a URL in --db/$DEVZONE_DB says so, else duckdb. On postgres the URL is
        --dsn, else --db when it is a URL, else $DEVZONE_DSN, else $DEVZONE_DB when it is a URL; on
        duckdb the file is --db, else $DEVZONE_DB, else ./warehouse.duckdb in the repository.
        """
        environment = os.environ if env is None else env
        db_arg = str(db) if db else None
        env_dsn = environment.get(DSN_ENV) or None
        env_db = environment.get(DB_ENV) or None
        chosen = target or environment.get(TARGET_ENV) or None
        if chosen is None:
            if dsn or (db_arg and _is_postgres_url(db_arg)):
                chosen = Target.postgres
            elif db_arg:
                chosen = Target.duckdb
            elif env_dsn or (env_db and _is_postgres_url(env_db)):
                chosen = Target.postgres
            else:
                chosen = Target.duckdb
        try:
            chosen = Target(str(chosen).lower())
        except ValueError:
            raise UserError(f"unknown target {chosen!r}: use duckdb or postgres") from None

        if chosen is Target.postgres:
            if db_arg and not _is_url(db_arg):
                raise UserError(f"--target postgres takes a URL (--dsn), not the file {db_arg}")
            candidates = ((dsn, "--dsn"), (db_arg, "--db"), (env_dsn, f"${DSN_ENV}"), (env_db, f"${DB_ENV}"))
            for value, where in candidates:
                if value and _is_url(value):
                    return cls(url=_postgres_url(value, where), path=None)
            raise UserError(f"--target postgres needs a database URL: --dsn postgresql://… or ${DSN_ENV}")

        if dsn:
            raise UserError("--dsn names a PostgreSQL database; it does not go with --target duckdb")
        value = db_arg or env_db or str(DEFAULT_DB_PATH)
        if _is_url(value):
            url = make_url(value)
            if url.get_backend_name() != "duckdb":
                raise UserError(f"--target duckdb takes a file path, not the URL {url.render_as_string()}")
            if not url.database or url.database == ":memory:":
                return cls(url=url, path=None)
            value = url.database
        path = Path(value).expanduser().resolve()
        return cls(url=make_url(f"duckdb:///{path}"), path=path)

    @property
    def is_duckdb(self) -> bool:
        return self.url.get_backend_name() == "duckdb"

    @property
    def target(self) -> Target:
        return Target.duckdb if self.is_duckdb else Target.postgres

    def describe(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)


@dataclass(frozen=True)
class ReaderRole:
    """The read-only PostgreSQL role BI tools log in as: $DEVZONE_READER_ROLE (default
    devzone_reader), with LOGIN and $DEVZONE_READER_PASSWORD when that is set, else NOLOGIN
    (a group role to grant to analysts' own logins)."""

    name: str
    password: str | None

    @classmethod
    def from_env(cls) -> ReaderRole:
        name = os.environ.get(READER_ROLE_ENV) or DEFAULT_READER_ROLE
        if not _ROLE_NAME.fullmatch(name):
            raise UserError(f"${READER_ROLE_ENV}={name!r}: use a lower-case SQL name (letters, digits, _)")
        return cls(name=name, password=os.environ.get(READER_PASSWORD_ENV) or None)
