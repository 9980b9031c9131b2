"""Where things are: the repository's folders and the warehouse a command works on."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, make_url

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DOCS_DIR = REPO_ROOT / "seeds" / "documents"
MANIFEST_PATH = REPO_ROOT / "seeds" / "manifest.csv"
DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"
ALEMBIC_INI = REPO_ROOT / "alembic.ini"
DEFAULT_DB_PATH = REPO_ROOT / "warehouse.duckdb"
DB_ENV = "DEVZONE_DB"


@dataclass(frozen=True)
class Warehouse:
    """The database a command works on: a DuckDB file (the default) or a PostgreSQL URL."""

    url: URL
    path: Path | None  # the DuckDB file; None for a database on a server

    @classmethod
    def resolve(cls, db: str | Path | None) -> Warehouse:
        """--db if given, else $DEVZONE_DB, else ./warehouse.duckdb in the repository."""
        value = str(db) if db else os.environ.get(DB_ENV) or str(DEFAULT_DB_PATH)
        if "://" in value:
            return cls(url=make_url(value), path=None)
        path = Path(value).expanduser().resolve()
        return cls(url=make_url(f"duckdb:///{path}"), path=path)

    @property
    def is_duckdb(self) -> bool:
        return self.url.get_backend_name() == "duckdb"

    def describe(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)
