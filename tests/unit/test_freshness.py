"""A build is current for the loads it saw and the dbt project it ran, and for nothing else."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, insert

from devzone.freshness import current_build, forget_builds, full_refresh_reason, project_version, raw_state, record_build
from models.tables import loads


def _add_load(engine: Engine, load_id: str) -> None:
    row = {"load_id": load_id, "started_at": datetime(2026, 12, 4), "status": "succeeded", "docs_dir": "d"}
    counts = dict.fromkeys(("n_files", "n_loaded", "n_replaced", "n_unchanged", "n_quarantined"), 0)
    with engine.begin() as conn:
        conn.execute(insert(loads), [{**row, **counts}])


def test_a_build_is_current_until_something_is_loaded(engine: Engine) -> None:
    _add_load(engine, "first")
    state = raw_state(engine)
    assert current_build(engine, state) is None
    record_build(engine, state, project_version(), "PASS=1")
    assert current_build(engine, raw_state(engine)) is not None
    _add_load(engine, "second")
    assert current_build(engine, raw_state(engine)) is None


def test_a_build_that_started_and_failed_vouches_for_nothing(engine: Engine) -> None:
    _add_load(engine, "first")
    record_build(engine, raw_state(engine), project_version(), "PASS=1")
    forget_builds(engine)  # the next build starts, then fails: nothing is recorded
    assert current_build(engine, raw_state(engine)) is None


def test_a_build_is_current_only_for_the_project_that_ran_it(engine: Engine) -> None:
    _add_load(engine, "first")
    record_build(engine, raw_state(engine), "0123456789abcdef", "PASS=1")  # a project edited since
    assert current_build(engine, raw_state(engine)) is None


def test_the_project_version_follows_models_and_dictionaries(tmp_path: Path) -> None:
    project, reference = tmp_path / "dbt_project", tmp_path / "reference"
    (project / "models").mkdir(parents=True)
    reference.mkdir()
    (project / "dbt_project.yml").write_text("name: x\n")
    (project / "models" / "a.sql").write_text("select 1")
    (reference / "units.csv").write_text("unit\n亿元\n")
    first = project_version(project, reference)
    (project / "target").mkdir()
    (project / "target" / "manifest.json").write_text("{}")  # dbt's output is not the project
    assert project_version(project, reference) == first
    (project / "models" / "a.sql").write_text("select 2")
    second = project_version(project, reference)
    (reference / "units.csv").write_text("unit\n万元\n")
    assert len({first, second, project_version(project, reference)}) == 3


def test_only_a_successful_build_by_the_same_project_is_built_on_incrementally(engine: Engine) -> None:
    _add_load(engine, "first")
    assert full_refresh_reason(engine, project_version()) == "no successful build to build on"
    record_build(engine, raw_state(engine), project_version(), "PASS=1")
    assert full_refresh_reason(engine, project_version()) is None
    assert full_refresh_reason(engine, "0123456789abcdef") is not None  # the project changed since
    forget_builds(engine)  # a build started and failed: it may have updated some models only
    assert full_refresh_reason(engine, project_version()) is not None
