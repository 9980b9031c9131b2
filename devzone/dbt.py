"""Build the marts: `dbt build` of dbt_project/ against the warehouse, in a subprocess.

A subprocess rather than dbt's in-process runner: dbt reads its connection from environment
variables (see dbt_project/profiles.yml), and a child process gets its own environment and
its own DuckDB handle instead of changing ours. The child dies with us (``die_with_parent``),
so a killed run never leaves a build behind that holds the warehouse.
"""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

from devzone.config import DBT_PROJECT_DIR, Warehouse
from devzone.errors import UserError
from loaders.lifeline import die_with_parent

log = logging.getLogger(__name__)

_OUTPUT_TAIL = 40


class BuildFailed(RuntimeError):
    """dbt build ran and failed (a model or a data test); the message holds the end of its output."""


def _connection_env(warehouse: Warehouse) -> dict[str, str]:
    if warehouse.path is not None:
        return {"DEVZONE_DBT_TARGET": "duckdb", "DEVZONE_DB": str(warehouse.path)}
    url = warehouse.url
    if url.get_backend_name() != "postgresql":
        raise UserError(f"dbt builds on DuckDB or PostgreSQL, not {url.get_backend_name()}")
    socket_dir = url.query.get("host")
    sslmode = url.query.get("sslmode")
    return {
        "DEVZONE_DBT_TARGET": "postgres",
        "DEVZONE_PG_HOST": url.host or (socket_dir if isinstance(socket_dir, str) else "localhost"),
        "DEVZONE_PG_PORT": str(url.port or 5432),
        "DEVZONE_PG_USER": url.username or "",
        "DEVZONE_PG_PASSWORD": url.password or "",
        "DEVZONE_PG_DBNAME": url.database or "",
        "DEVZONE_PG_SSLMODE": sslmode if isinstance(sslmode, str) else "prefer",
    }


def dbt_build(
    warehouse: Warehouse, project_dir: Path = DBT_PROJECT_DIR, *, schema_suffix: str = "", full_refresh: bool = False
) -> str:
    """Run `dbt build`; returns dbt's closing summary line. Every engine on a DuckDB warehouse
    must be disposed before this: dbt opens the file for writing from another process.
    ``schema_suffix`` builds every dbt schema under another name (marts__next ...);
    ``full_refresh`` rebuilds the incremental models whole (dbt_project/macros/incremental.sql)."""
    if not (project_dir / "dbt_project.yml").is_file():
        raise UserError(f"no dbt project at {project_dir}")
    dbt = Path(sys.executable).with_name("dbt")
    command = [str(dbt), "build", "--project-dir", str(project_dir), "--profiles-dir", str(project_dir)]
    if schema_suffix:
        command += ["--vars", json.dumps({"schema_suffix": schema_suffix})]
    if full_refresh:
        command.append("--full-refresh")
    env = {**os.environ, **_connection_env(warehouse), "DO_NOT_TRACK": "1"}
    where = f" into the *{schema_suffix} schemas" if schema_suffix else ""
    log.info("build: dbt build on %s%s", warehouse.describe(), where)
    parent = os.getpid()
    completed = subprocess.run(
        command,
        env=env,
        cwd=project_dir,
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=lambda: die_with_parent(parent),  # a killed devzone must not leave dbt holding the warehouse
    )
    lines = completed.stdout.splitlines()
    done = next((line for line in reversed(lines) if "Done. PASS=" in line), "")
    if completed.returncode != 0:
        tail = "\n".join(lines[-_OUTPUT_TAIL:] + completed.stderr.splitlines()[-_OUTPUT_TAIL:])
        raise BuildFailed(f"dbt build failed (exit {completed.returncode}); full log in {project_dir / 'logs'}\n{tail}")
    summary = done.split("Done. ", 1)[-1].strip() if done else "done"
    warned = warnings_of(lines)
    for name, detail in warned:
        log.warning("build: warning in %s: %s", name, detail)
    if warned:
        summary += f" (warned: {', '.join(name for name, _ in warned)})"
    log.info("build: %s", summary)
    return summary


_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_TIMESTAMP = re.compile(r"^\d\d:\d\d:\d\d\s+")
_WARNING = re.compile(r"Warning in (?:test|model|seed|snapshot|unit_test) (\S+)")


def warnings_of(lines: list[str]) -> list[tuple[str, str]]:
    """(node name, dbt's explanation) of every warning in dbt's closing report: the summary
    says WARN=n, this says which and why."""
    plain = [_TIMESTAMP.sub("", _ANSI.sub("", line)).strip() for line in lines]
    warned = []
    for i, line in enumerate(plain):
        found = _WARNING.search(line)
        if found:
            detail = next((text for text in plain[i + 1 :] if text), "")
            warned.append((found.group(1), detail))
    return warned
