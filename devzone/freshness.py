"""Whether the marts are current: each successful build records the loads it saw and the dbt
project it ran (raw.builds); a run that loaded nothing, with neither changed since, skips dbt.
The same record tells whether a build may be incremental: only on top of a successful build by
the same dbt project and dictionaries."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, delete, insert, select

from devzone.config import DBT_PROJECT_DIR, REPO_ROOT
from models.tables import builds, loads

_REFERENCE_DIR = REPO_ROOT / "seeds" / "reference"
_PROJECT_FILES = ("dbt_project.yml", "models/**/*", "macros/**/*", "tests/**/*")


def project_version(project_dir: Path = DBT_PROJECT_DIR, reference_dir: Path = _REFERENCE_DIR) -> str:
    """sha256 (16 hex digits) over the dbt project's files and the dictionaries it seeds."""
    paths = {p for pattern in _PROJECT_FILES for p in project_dir.glob(pattern) if p.is_file()}
    paths |= set(reference_dir.glob("*.csv"))
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(str(path.relative_to(project_dir.parent)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def raw_state(engine: Engine) -> str:
    """A fingerprint of raw.loads: every run that changed the raw schema, with its status."""
    with engine.connect() as conn:
        rows = conn.execute(select(loads.c.load_id, loads.c.status).order_by(loads.c.load_id)).all()
    return hashlib.sha256("\n".join(f"{load_id} {status}" for load_id, status in rows).encode()).hexdigest()


def current_build(engine: Engine, state: str) -> datetime | None:
    """When the marts were last built from ``state`` by this project, if they were."""
    with engine.connect() as conn:
        return conn.execute(
            select(builds.c.finished_at)
            .where((builds.c.raw_state == state) & (builds.c.project_version == project_version()))
            .order_by(builds.c.finished_at.desc())
            .limit(1)
        ).scalar_one_or_none()


def full_refresh_reason(engine: Engine, version: str) -> str | None:
    """Why the incremental models cannot build on the tables the last build left (None: they
    can). A failed build may have updated some incremental models and not others; a changed
    project or dictionary changes rows that no document change points at."""
    with engine.connect() as conn:
        last = conn.execute(select(builds.c.project_version).order_by(builds.c.finished_at.desc()).limit(1)).first()
    if last is None:
        return "no successful build to build on"
    if last.project_version != version:
        return "the dbt project or the dictionaries changed since the last build"
    return None


def forget_builds(engine: Engine) -> None:
    """Called as a build starts: until it succeeds, no earlier build vouches for the marts (on
    DuckDB a failed build leaves them half rebuilt)."""
    with engine.begin() as conn:
        conn.execute(delete(builds))


def record_build(engine: Engine, state: str, version: str, summary: str) -> None:
    """Record a successful build of ``state`` by the project at ``version``, both taken as the
    build started (a project edited during the build is not the one that built)."""
    row = {
        "build_id": str(uuid.uuid4()),
        "finished_at": datetime.now(UTC).replace(tzinfo=None),
        "raw_state": state,
        "project_version": version,
        "summary": summary,
    }
    with engine.begin() as conn:
        conn.execute(insert(builds), [row])
