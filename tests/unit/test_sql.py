"""`devzone sql` (devzone.sql.run_sql): one query on the warehouse, read-only, as a readable table
or as CSV; the database's refusal of a query is the user's mistake, in one line."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from devzone.config import Warehouse
from devzone.errors import UserError
from devzone.sql import MAX_CELL_CHARS, MAX_TABLE_ROWS, _plain, read_only, run_sql


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "warehouse.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("create schema marts")
        con.execute("create table marts.facts (zone varchar, year integer, value decimal(38, 8), note varchar, ok boolean)")
        con.execute(
            "insert into marts.facts values "
            "('新昌经济开发区', 2020, 688.53, null, true), ('柯桥经济技术开发区', 2020, 1590.05, 'a, \"quoted\" note', false)"
        )
        con.execute("create table marts.many as select range as n from range(1500)")
    return str(path)


def test_table_output_is_readable(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_sql(Warehouse.resolve(db), "select * from marts.facts order by value", as_csv=False) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert any("zone" in line and "value" in line for line in lines[:3])
    assert "新昌经济开发区" in out and "688.53" in out and "688.53000000" not in out
    assert "NULL" in out and "true" in out
    assert lines[-1] == "2 rows"


def test_csv_output_is_every_row_exactly(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_sql(Warehouse.resolve(db), "select zone, value, note, ok from marts.facts order by value", as_csv=True) == 0
    assert capsys.readouterr().out.splitlines() == [
        "zone,value,note,ok",
        "新昌经济开发区,688.53,,true",
        '柯桥经济技术开发区,1590.05,"a, ""quoted"" note",false',
    ]


def test_long_results_are_cut_in_the_table_not_in_csv(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    run_sql(Warehouse.resolve(db), "select n, repeat('字', 100) as long_text from marts.many", as_csv=False)
    out = capsys.readouterr().out
    assert f"1500 rows, the first {MAX_TABLE_ROWS} shown" in out
    assert "字" * MAX_CELL_CHARS not in out and "…" in out
    run_sql(Warehouse.resolve(db), "select n from marts.many", as_csv=True)
    assert len(capsys.readouterr().out.splitlines()) == 1501


def test_sql_text_is_passed_as_written(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    run_sql(
        Warehouse.resolve(db), "select '10:30' as t, 2::varchar as v, zone from marts.facts where zone like '%新昌%'", as_csv=True
    )
    assert capsys.readouterr().out.splitlines()[1] == "10:30,2,新昌经济开发区"


def test_the_warehouse_is_opened_read_only(db: str) -> None:
    with pytest.raises(UserError, match="read-only"):
        run_sql(Warehouse.resolve(db), "create table marts.scratch (x int)", as_csv=False)
    with duckdb.connect(db, read_only=True) as con:
        assert con.execute("select count(*) from marts.facts").fetchone() == (2,)


@pytest.mark.parametrize(
    ("query", "message"),
    [("   ", "no query given"), ("select * from marts.nowhere", "the query failed"), ("selec 1", "the query failed")],
)
def test_mistakes_are_user_errors(db: str, query: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        run_sql(Warehouse.resolve(db), query, as_csv=False)


def test_several_statements_are_refused_and_none_runs(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(UserError, match="one statement per call: this query holds 2"):
        run_sql(Warehouse.resolve(db), "select 1; select 2", as_csv=False)
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("query", ["select ';' as x;", "select 1; -- the end;", "select 1 /* ; */ ;;"])
def test_semicolons_in_strings_comments_or_at_the_end_are_one_statement(
    db: str, query: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_sql(Warehouse.resolve(db), query, as_csv=True) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_missing_warehouse(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no warehouse"):
        run_sql(Warehouse.resolve(str(tmp_path / "absent.duckdb")), "select 1", as_csv=False)


def test_a_statement_that_changes_nothing_runs(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_sql(Warehouse.resolve(db), "set threads = 1", as_csv=False) == 0
    assert capsys.readouterr().err == ""


def test_read_only_urls() -> None:
    duck = read_only(Warehouse.resolve("/tmp/some.duckdb"))
    assert duck.url.query["access_mode"] == "read_only"
    pg = read_only(Warehouse.resolve("postgresql+psycopg://u@localhost/db"))
    assert pg.url.query["options"] == "-c default_transaction_read_only=on"


def test_plain_values() -> None:
    assert _plain(Decimal("688.53000000")) == "688.53"
    assert _plain(Decimal("1000")) == "1000"
    assert _plain(Decimal("1E+3")) == "1000"
    assert _plain(None) == "" and _plain(False) == "false"
