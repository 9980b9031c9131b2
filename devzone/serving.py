"""Serving the marts to BI tools on PostgreSQL: the read-only role, and rebuilds readers never see.

Schemas: `raw` belongs to Alembic and the loaders; `reference`, `staging`, `intermediate` and
`marts` are dbt's; `marts` is the only one the reader role may use.

A rebuild on PostgreSQL never shows a half-built mart. dbt builds every one of its schemas
afresh under a shadow name (`marts__next` …: the dbt var `schema_suffix`, read by
macros/generate_schema_name.sql), runs its data tests there, and only when the whole build
passed does ``swap_in`` rename them into place, all in one short transaction that also grants
the new `marts` to the reader. Readers keep querying the old tables until that commit and the new
ones right after; a failed build swaps nothing (its shadow schemas stay for inspection until the
next build clears them). PostgreSQL views refer to the objects they read by identity, not by
name, so the staging views built in the shadow schemas keep working after the rename. Renaming a
schema takes no lock on its tables, so the swap never waits for a reader; the old schemas are dropped
afterwards, in a transaction of their own, which waits for readers still in the old
tables (and new queries already see the new ones).

dbt's own table materialisation swaps each table on its own: a rebuild would show `fct_*` of the
new load beside `dim_*` of the old for a while, and a data test failing halfway would leave a mix
of new and old marts in front of readers. The schema swap avoids both.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, Engine, text

from devzone.config import ReaderRole, Warehouse
from devzone.database import open_engine
from devzone.dbt import dbt_build
from devzone.errors import UserError

log = logging.getLogger(__name__)

DBT_SCHEMAS = ("reference", "staging", "intermediate", "marts")
MART_SCHEMA = "marts"
RAW_SCHEMA = "raw"
SHADOW_SUFFIX = "__next"
RETIRED_SUFFIX = "__old"


def _quote(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def _existing_schemas(conn: Connection) -> set[str]:
    return set(conn.execute(text("SELECT nspname FROM pg_namespace")).scalars())


def ensure_reader(engine: Engine, role: ReaderRole) -> None:
    """Create the reader role if it is missing (LOGIN with a password when one is configured,
    else NOLOGIN) and fence the database: it may connect, and nobody but the owner may create
    schemas or temporary tables or write to `public`. Its privileges on `marts` come with the swap."""
    with engine.begin() as conn:
        r = _quote(conn, role.name)
        found = conn.execute(
            text("SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls FROM pg_roles WHERE rolname = :n"),
            {"n": role.name},
        ).first()
        if found is not None and found[0]:
            raise UserError(
                f"the reader role {role.name} may create databases or roles (or is a superuser): "
                "set DEVZONE_READER_ROLE to a role of its own"
            )
        login = "LOGIN" if role.password else "NOLOGIN"
        try:
            if found is None:
                conn.execute(text(f"CREATE ROLE {r} {login}"))
                log.info("serve: created role %s (%s)", role.name, login)
            if role.password:
                password = role.password.replace("'", "''")
                # Role passwords cannot be bind parameters (utility statement).
                conn.execute(text(f"ALTER ROLE {r} LOGIN PASSWORD '{password}'"))
        except Exception as exc:  # insufficient privilege, most often
            reason = str(getattr(exc, "orig", exc)).splitlines()[0]
            raise UserError(
                f"cannot create or update the reader role {role.name}: {reason} "
                "(create it yourself, or run devzone as a user with CREATEROLE)"
            ) from exc
        db = _quote(conn, conn.execute(text("SELECT current_database()")).scalar_one())
        conn.execute(text(f"GRANT CONNECT ON DATABASE {db} TO {r}"))
        # PUBLIC may create temporary tables by default, and on PostgreSQL < 15 tables in public.
        conn.execute(text(f"REVOKE TEMPORARY ON DATABASE {db} FROM PUBLIC"))
        if "public" in _existing_schemas(conn):
            conn.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
        if RAW_SCHEMA in _existing_schemas(conn):
            conn.execute(text(f"REVOKE ALL ON SCHEMA {RAW_SCHEMA} FROM {r}"))
            conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA {RAW_SCHEMA} FROM {r}"))


def clear_shadow(engine: Engine) -> None:
    """Drop what an earlier build left: shadow schemas of a failed build, retired ones of a run that
    died between the swap and the drop."""
    with engine.begin() as conn:
        existing = _existing_schemas(conn)
        leftovers = [s + suffix for suffix in (SHADOW_SUFFIX, RETIRED_SUFFIX) for s in DBT_SCHEMAS if s + suffix in existing]
        if leftovers:
            conn.execute(text(f"DROP SCHEMA {', '.join(_quote(conn, s) for s in leftovers)} CASCADE"))
            log.info("publish: dropped leftover schemas %s", ", ".join(leftovers))


def grant_marts(conn: Connection, role: ReaderRole, schema: str = MART_SCHEMA) -> None:
    r, s = _quote(conn, role.name), _quote(conn, schema)
    conn.execute(text(f"GRANT USAGE ON SCHEMA {s} TO {r}"))
    conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {r}"))


def swap_in(engine: Engine, role: ReaderRole) -> None:
    """Put the shadow schemas of a finished build in place of the live ones, atomically, and
    grant the new marts to the reader; then drop the old schemas."""
    with engine.begin() as conn:
        existing = _existing_schemas(conn)
        missing = [s + SHADOW_SUFFIX for s in DBT_SCHEMAS if s + SHADOW_SUFFIX not in existing]
        if missing:
            raise RuntimeError(f"the build left no {', '.join(missing)}: nothing to swap in")
        retired = []
        for schema in DBT_SCHEMAS:
            live, shadow, old = (_quote(conn, schema + x) for x in ("", SHADOW_SUFFIX, RETIRED_SUFFIX))
            if schema in existing:
                conn.execute(text(f"ALTER SCHEMA {live} RENAME TO {old}"))
                retired.append(old)
            conn.execute(text(f"ALTER SCHEMA {shadow} RENAME TO {live}"))
        grant_marts(conn, role)
        if MART_SCHEMA in existing:
            # Only until the drop below; queries already in the old tables are not affected.
            conn.execute(
                text(f"REVOKE ALL ON SCHEMA {_quote(conn, MART_SCHEMA + RETIRED_SUFFIX)} FROM {_quote(conn, role.name)}")
            )
    log.info("publish: swapped in %s; %s granted to %s", ", ".join(DBT_SCHEMAS), MART_SCHEMA, role.name)
    if retired:
        with engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {', '.join(retired)} CASCADE"))
        log.info("publish: dropped the previous build")


def refresh_reader(warehouse: Warehouse) -> None:
    """The reader role as the environment configures it, and its grant on the live marts: what a
    build does for the reader, for a run that had nothing to build."""
    role = ReaderRole.from_env()
    with open_engine(warehouse) as engine:
        ensure_reader(engine, role)
        with engine.begin() as conn:
            if MART_SCHEMA in _existing_schemas(conn):
                grant_marts(conn, role)
    log.info("publish: nothing rebuilt; reader role %s refreshed", role.name)


def build_marts(warehouse: Warehouse, *, full_refresh: bool) -> str:
    """`dbt build`, and on PostgreSQL the shadow build, the swap and the grants around it.
    Returns dbt's summary; raises BuildFailed (readers keep the previous marts). DuckDB builds
    in place, incrementally unless ``full_refresh``; PostgreSQL always builds whole, since its
    shadow schemas start empty."""
    if warehouse.is_duckdb:
        return dbt_build(warehouse, full_refresh=full_refresh)
    role = ReaderRole.from_env()
    with open_engine(warehouse) as engine:
        ensure_reader(engine, role)
        clear_shadow(engine)
    summary = dbt_build(warehouse, schema_suffix=SHADOW_SUFFIX, full_refresh=True)
    with open_engine(warehouse) as engine:
        swap_in(engine, role)
    return summary
