"""User mistakes end with one line on stderr and exit status 2, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from devzone.cli import app
from devzone.config import Target, Warehouse
from devzone.database import holder_message

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "seed_gold.jsonl"


def _fails_cleanly(args: list[str], *expected: str) -> None:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(error_lines) == 1, result.stderr
    for text in expected:
        assert text in error_lines[0]


def test_a_missing_documents_folder(tmp_path: Path) -> None:
    _fails_cleanly(["load", "--docs", str(tmp_path / "nowhere"), "--db", str(tmp_path / "w.duckdb")], "nowhere")
    assert not (tmp_path / "w.duckdb").exists(), "nothing is created before the arguments are checked"


def test_a_missing_gold_file(tmp_path: Path) -> None:
    _fails_cleanly(["eval", "--gold", str(tmp_path / "gold.jsonl")], "gold.jsonl", "does not exist")


def test_a_gold_file_that_is_not_json_lines(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(GOLD.read_text(encoding="utf-8").splitlines()[0] + "\nnot json\n", encoding="utf-8")
    _fails_cleanly(["eval", "--gold", str(gold)], "gold.jsonl:2")


def test_a_warehouse_that_does_not_exist(tmp_path: Path) -> None:
    _fails_cleanly(["trace", "abc", "--db", str(tmp_path / "w.duckdb")], "no warehouse")
    _fails_cleanly(["export", "--db", str(tmp_path / "w.duckdb")], "no warehouse")


@pytest.fixture
def empty_warehouse(tmp_path: Path) -> Path:
    db = tmp_path / "w.duckdb"
    empty_docs = tmp_path / "docs"
    empty_docs.mkdir()
    result = CliRunner().invoke(app, ["load", "--docs", str(empty_docs), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def test_an_unknown_id(empty_warehouse: Path) -> None:
    _fails_cleanly(["trace", "no-such-id", "--db", str(empty_warehouse)], "no-such-id")


@pytest.fixture
def locked(empty_warehouse: Path) -> Iterator[Path]:
    """The warehouse held open by another process, as a running `devzone run` or a notebook would."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, sys; c = duckdb.connect({str(empty_warehouse)!r}); print('ready', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
    try:
        yield empty_warehouse
    finally:
        holder.communicate("")


def test_a_locked_warehouse(locked: Path) -> None:
    _fails_cleanly(["load", "--docs", str(locked.parent / "docs"), "--db", str(locked)], "in use by another process", "PID")
    _fails_cleanly(["build", "--db", str(locked)], "in use by another process")


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (
            b"/w/.venv/bin/python3.11\0/w/.venv/bin/dbt\0build\0--project-dir\0/w/dbt_project\0",
            "a build of the marts is running (dbt, PID 42); retry in a minute",
        ),
        (
            b"/w/.venv/bin/python3.11\0/w/.venv/bin/devzone\0run\0",
            "another devzone command is using it (PID 42); retry when it has finished",
        ),
        (b"python\0notebook.py\0", "it is in use by another process (PID 42); close that process and retry"),
    ],
)
def test_the_holder_of_a_locked_warehouse_is_named_for_what_it_is(tmp_path: Path, command: bytes, expected: str) -> None:
    (tmp_path / "42").mkdir()
    (tmp_path / "42" / "cmdline").write_bytes(command)
    assert holder_message(42, proc=tmp_path).startswith(expected)


def test_a_holder_that_is_gone_is_still_reported(tmp_path: Path) -> None:
    assert "PID 7" in holder_message(7, proc=tmp_path)


def test_a_missing_manifest(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    args = ["load", "--docs", str(tmp_path / "docs"), "--manifest", str(tmp_path / "m.csv"), "--db", str(tmp_path / "w.duckdb")]
    _fails_cleanly(args, "m.csv", "does not exist")


def test_a_manifests_address_is_loaded_and_read(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "page.txt").write_text("本报讯 日前,高新区集中签约项目12个,协议投资30亿元。\n", encoding="utf-8")
    manifest = tmp_path / "pages.tsv"
    manifest.write_text("doc\turl\npage.txt\thttp://news.example.cn/system/2016/03/08/1.shtml\n", encoding="utf-8")
    db = tmp_path / "w.duckdb"
    result = CliRunner().invoke(app, ["load", "--docs", str(docs), "--manifest", str(manifest), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with duckdb.connect(str(db), read_only=True) as conn:
        row = conn.execute("SELECT url, published_on, report_year FROM raw.documents").fetchone()
        years = {y for (y,) in conn.execute("SELECT year FROM raw.metrics").fetchall()}
    assert row == ("http://news.example.cn/system/2016/03/08/1.shtml", "2016-03-08", 2016)
    assert years == {2016}


def test_help_shows_environment_defaults_and_flags_as_flags() -> None:
    result = CliRunner().invoke(app, ["run", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for variable in ("DEVZONE_DB", "DEVZONE_TARGET", "DEVZONE_DSN"):
        assert f"env var: {variable}" in result.output, f"the help names {variable} as the option's default"
    reload_line = next(line for line in result.output.splitlines() if "--reload" in line)
    assert "<bool>" not in reload_line, "a flag takes no value"


def test_the_environment_fills_options_and_the_command_line_outranks_it(tmp_path: Path) -> None:
    from_env = tmp_path / "from_env.duckdb"
    typed = tmp_path / "typed.duckdb"
    env = {"DEVZONE_DB": str(from_env), "DEVZONE_DSN": "", "DEVZONE_TARGET": ""}
    result = CliRunner().invoke(app, ["sql", "select 1"], env=env)
    assert result.exit_code == 2 and f"no warehouse at {from_env}" in result.stderr, result.output
    # a file typed on the command line wins over a PostgreSQL DSN in the environment
    env = {"DEVZONE_DB": "", "DEVZONE_DSN": "postgresql://u@db.example/d", "DEVZONE_TARGET": ""}
    result = CliRunner().invoke(app, ["sql", "select 1", "--db", str(typed)], env=env)
    assert result.exit_code == 2 and f"no warehouse at {typed}" in result.stderr, result.output
    # and a file in the environment gives way to a DSN in the environment, as before
    env = {"DEVZONE_DB": str(from_env), "DEVZONE_DSN": "postgresql://u@db.example/d", "DEVZONE_TARGET": ""}
    assert Warehouse.resolve(None, env=env).target is Target.postgres


def test_a_wrong_target_in_the_environment_is_named() -> None:
    result = CliRunner().invoke(app, ["sql", "select 1"], env={"DEVZONE_TARGET": "oracle"})
    assert result.exit_code == 2
    assert "DEVZONE_TARGET" in result.output and "Traceback" not in result.output


def test_a_manifest_beside_the_documents_is_read_when_none_is_named(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "page.txt").write_text("本报讯 日前,高新区集中签约项目12个,协议投资30亿元。\n", encoding="utf-8")
    (docs / "sources.tsv").write_text("doc\turl\npage.txt\thttp://news.example.cn/system/2016/03/08/1.shtml\n", encoding="utf-8")
    db = tmp_path / "w.duckdb"
    result = CliRunner().invoke(app, ["load", "--docs", str(docs), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "sources.tsv, found beside the documents" in result.stderr
    with duckdb.connect(str(db), read_only=True) as conn:
        row = conn.execute("SELECT url, report_year FROM raw.documents").fetchone()
    assert row == ("http://news.example.cn/system/2016/03/08/1.shtml", 2016)
