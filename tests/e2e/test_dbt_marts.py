"""End to end: a real `dbt build` of dbt_project/ over a hand-made `raw` schema.

The raw rows are written here through models/tables.py (the contract), not by the loaders, so
the dbt project is tested on its own: two documents (a yearbook chapter and a newspaper page)
whose quotes really are the characters at their spans, figures in 亿元/万元/万美元/公顷/亩, an
alias zone name, a zone and indicators no dictionary knows, a partial-year and a year-less
figure, two sources that agree after unit conversion and two that do not, a ranking, an honour
and a project. The same rows are built on DuckDB and, when a PostgreSQL server can be had (the
binaries in /usr/lib/postgresql/15/bin, or TEST_PG_URL), on PostgreSQL; the marts must hold the
same answers on both.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
import sqlalchemy as sa

from models.tables import RAW_SCHEMA, metadata

pytestmark = pytest.mark.e2e

REPO_ROOT = Path(__file__).resolve().parents[2]
DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"
DBT = Path(sys.executable).parent / "dbt"
PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))

LOAD_ID = "00000000-0000-4000-8000-000000000001"

# --------------------------------------------------------------------------------------------
# The fixture corpus: documents as paragraphs, records as (paragraph ordinal, quote, fields).
# --------------------------------------------------------------------------------------------

YEARBOOK_PARAGRAPHS = [
    ("heading", "开发区", None),
    ("prose", "2020年，全市省级以上开发区实现规模以上工业总产值5751.8亿元，比2019年增长2.3%。", None),
    ("heading", "柯桥经济技术开发区", "柯桥经济技术开发区"),
    (
        "prose",
        "【概况】2020年，实现规上工业总产值 1590.05 亿元，比 2019 增长 1.69%；营业收入1700亿元。"
        "自营出口2241646万元，实际利用外资1590万美元。",
        "柯桥经济技术开发区",
    ),
    ("heading", "新昌经济开发区", "新昌经济开发区"),
    ("prose", "【概况】已有后备用地 688.53 公顷。2020年新昌经济开发区入选全省第二批美丽园区示范园区。", "新昌经济开发区"),
    ("prose", "柯桥经济技术开发区由2019年的第11位升至第7位。", None),
    ("prose", "1-6月，柯桥经济技术开发区实现规上工业总产值760亿元。", None),
]

NEWSPAPER_PARAGRAPHS = [
    ("prose", "■ 1-12月已有后备用地10328亩，熟地1200亩。", "新昌经济开发区"),
    ("prose", "■ 柯桥经开区全年实现营业收入1650亿元。", None),
    ("prose", "■ 新增工业用地320亩，新增污水处理能力5万吨。", "新昌经济开发区"),
    ("prose", "■ 嵊州经济开发区签约总投资20亿元的智能装备项目。", None),
    ("prose", "■ 绍兴现代医药高新技术产业园区在全省高新园区评价中位列第5位。", None),
    ("prose", "■ 园区规上工业企业128家。", "新昌经济开发区"),
]

DOCUMENTS = {
    "yearbook": dict(
        file_name="000_yearbook.txt",
        title="绍兴年鉴(2021)·开发区",
        publisher="绍兴年鉴编辑部",
        kind="yearbook",
        published_on="2021",
        report_year=2020,
        paragraphs=YEARBOOK_PARAGRAPHS,
    ),
    "newspaper": dict(
        file_name="001_newspaper.txt",
        title="2020年新昌经济开发区亮点工作回眸",
        publisher="新昌经济开发区",
        kind="newspaper",
        published_on=None,
        report_year=2020,
        paragraphs=NEWSPAPER_PARAGRAPHS,
    ),
}

KEQIAO, XINCHANG, ALL_ZONES = "柯桥经济技术开发区", "新昌经济开发区", "绍兴市省级以上开发区"
UNLISTED_ZONE = "绍兴现代医药高新技术产业园区"

# (doc, paragraph, quote, zone, year, indicator, indicator_code, measure, value, unit, period)
METRICS = [
    (
        "yearbook",
        1,
        "规模以上工业总产值5751.8亿元",
        ALL_ZONES,
        2020,
        "规模以上工业总产值",
        "industrial_output_above_scale",
        "value",
        "5751.8",
        "亿元",
        None,
    ),
    (
        "yearbook",
        1,
        "比2019年增长2.3%",
        ALL_ZONES,
        2020,
        "规模以上工业总产值",
        "industrial_output_above_scale",
        "yoy_pct",
        "2.3",
        "%",
        None,
    ),
    ("yearbook", 3, "规上工业总产值 1590.05 亿元", KEQIAO, 2020, "规上工业总产值", None, "value", "1590.05", "亿元", None),
    ("yearbook", 3, "比 2019 增长 1.69%", KEQIAO, 2020, "规上工业总产值", None, "yoy_pct", "1.69", "%", None),
    ("yearbook", 3, "营业收入1700亿元", KEQIAO, 2020, "营业收入", "operating_revenue", "value", "1700", "亿元", None),
    ("yearbook", 3, "自营出口2241646万元", KEQIAO, 2020, "自营出口", "self_operated_export", "value", "2241646", "万元", None),
    ("yearbook", 3, "实际利用外资1590万美元", KEQIAO, 2020, "实际利用外资", "actual_fdi", "value", "1590", "万美元", None),
    ("yearbook", 5, "已有后备用地 688.53 公顷", XINCHANG, 2020, "后备用地", "reserve_land", "value", "688.53", "公顷", None),
    ("yearbook", 7, "规上工业总产值760亿元", KEQIAO, 2020, "规上工业总产值", None, "value", "760", "亿元", "1-6月"),
    ("newspaper", 0, "1-12月已有后备用地10328亩", XINCHANG, 2020, "后备用地", "reserve_land", "value", "10328", "亩", "1-12月"),
    ("newspaper", 0, "熟地1200亩", XINCHANG, 2020, "熟地", None, "value", "1200", "亩", None),
    (
        "newspaper",
        1,
        "柯桥经开区全年实现营业收入1650亿元",
        "柯桥经开区",
        2020,
        "实现营业收入",
        None,
        "value",
        "1650",
        "亿元",
        None,
    ),
    ("newspaper", 2, "新增工业用地320亩", XINCHANG, 2020, "新增工业用地", None, "value", "320", "亩", None),
    ("newspaper", 2, "新增污水处理能力5万吨", XINCHANG, 2020, "新增污水处理能力", None, "value", "5", "万吨", None),
    ("newspaper", 5, "规上工业企业128家", XINCHANG, None, "规上工业企业", "enterprises_above_scale", "value", "128", "家", None),
]

# (doc, paragraph, quote, zone, year, ranking, rank, prev_rank, field_size)
RANKINGS = [
    ("yearbook", 6, "柯桥经济技术开发区由2019年的第11位升至第7位", KEQIAO, 2020, "浙江省经济开发区综合考评", 7, 11, 20),
    (
        "newspaper",
        4,
        "绍兴现代医药高新技术产业园区在全省高新园区评价中位列第5位",
        UNLISTED_ZONE,
        2020,
        "全省高新园区评价",
        5,
        None,
        None,
    ),
]

# (doc, paragraph, quote, zone, year, title, body, date)
HONOURS = [
    (
        "yearbook",
        5,
        "新昌经济开发区入选全省第二批美丽园区示范园区",
        XINCHANG,
        2020,
        "全省第二批美丽园区示范园区",
        "省商务厅",
        None,
    ),
]

# (doc, paragraph, quote, zone, year, name, investment, unit, status, date)
PROJECTS = [
    ("newspaper", 3, "签约总投资20亿元的智能装备项目", "嵊州经济开发区", 2020, "智能装备项目", "20", "亿元", "签约", None),
]

# (doc, paragraph, quote, zone, surface)
ZONE_MENTIONS = [
    ("yearbook", 2, "柯桥经济技术开发区", KEQIAO, "柯桥经济技术开发区"),
    ("newspaper", 1, "柯桥经开区", KEQIAO, "柯桥经开区"),
    ("newspaper", 4, UNLISTED_ZONE, UNLISTED_ZONE, UNLISTED_ZONE),
]

# (doc, paragraph, quote, year)
YEAR_MENTIONS = [
    ("yearbook", 1, "2020年", 2020),
    ("yearbook", 1, "2019年", 2019),
]


def _fact_id(zone_key: str, year: int, indicator_key: str, measure: str, basis: str = "") -> str:
    """The fact id dbt must compute (macros/keys.sql), on any database."""
    return hashlib.md5(f"{zone_key}|{year}|{indicator_key}|{measure}|{basis}".encode()).hexdigest()


def build_raw_rows() -> dict[str, list[dict]]:
    """All raw rows, keyed by table name, with spans computed from the documents' text."""
    rows: dict[str, list[dict]] = {name: [] for name in metadata.tables}
    now = datetime(2026, 11, 22, 12, 0, 0)
    rows["raw.loads"].append(
        dict(
            load_id=LOAD_ID,
            started_at=now,
            finished_at=now,
            status="partial",
            docs_dir="/corpus",
            n_files=3,
            n_loaded=2,
            n_replaced=0,
            n_unchanged=0,
            n_quarantined=1,
            message=None,
        )
    )
    rows["raw.quarantine"].append(
        dict(
            file_name="broken.pdf",
            sha256="f" * 64,
            path="/corpus/broken.pdf",
            n_bytes=1234,
            reason="not a text document: binary content",
            load_id=LOAD_ID,
        )
    )
    layout: dict[str, dict] = {}
    for key, doc in DOCUMENTS.items():
        text, starts = "", []
        for i, (_, para, _) in enumerate(doc["paragraphs"]):
            if i:
                text += "\n\n"
            starts.append(len(text))
            text += para
        data = text.encode("utf-8")
        doc_id = hashlib.sha256(data).hexdigest()
        layout[key] = dict(doc_id=doc_id, text=text, starts=starts)
        rows["raw.documents"].append(
            dict(
                doc_id=doc_id,
                file_name=doc["file_name"],
                title=doc["title"],
                publisher=doc["publisher"],
                kind=doc["kind"],
                kind_source="manifest",
                published_on=doc["published_on"],
                published_on_source="manifest" if doc["published_on"] else "unknown",
                report_year=doc["report_year"],
                report_year_source="manifest",
                report_year_rule=None,
                origin="test fixture",
                encoding="utf-8",
                n_bytes=len(data),
                n_chars=len(text),
                original_text=text,
                load_id=LOAD_ID,
            )
        )
        for i, (kind, para, section_zone) in enumerate(doc["paragraphs"]):
            rows["raw.paragraphs"].append(
                dict(
                    paragraph_id=f"{doc_id}:{i:04d}",
                    doc_id=doc_id,
                    ordinal=i,
                    kind=kind,
                    char_start=starts[i],
                    char_end=starts[i] + len(para),
                    text=para,
                    section_zone=section_zone,
                    entry="概况" if "【概况】" in para else None,
                    report_year=doc["report_year"],
                    load_id=LOAD_ID,
                )
            )

    def lineage(table: str, doc: str, ordinal: int, quote: str, zone: str | None, year: int | None) -> dict:
        where = layout[doc]
        para_start = where["starts"][ordinal]
        start = where["text"].index(quote, para_start)
        assert start + len(quote) <= para_start + len(DOCUMENTS[doc]["paragraphs"][ordinal][1])
        record_id = hashlib.sha256(f"{table}|{where['doc_id']}|{start}|{quote}".encode()).hexdigest()
        return dict(
            record_id=record_id,
            doc_id=where["doc_id"],
            paragraph_id=f"{where['doc_id']}:{ordinal:04d}",
            char_start=start,
            char_end=start + len(quote),
            quote=quote,
            extractor=f"test_{table}",
            zone=zone,
            zone_rule="explicit" if zone else None,
            year=year,
            year_rule="explicit" if year else None,
            qualifier=None,
            load_id=LOAD_ID,
        )

    for doc, ordinal, quote, zone, year, indicator, code, measure, value, unit, period in METRICS:
        rows["raw.metrics"].append(
            lineage("metrics", doc, ordinal, quote, zone, year)
            | dict(
                indicator=indicator,
                indicator_code=code,
                measure=measure,
                value=Decimal(value),
                unit=unit,
                approx=None,
                period=period,
                is_estimate=False,
            )
        )
    for doc, ordinal, quote, zone, year, ranking, rank, prev_rank, field_size in RANKINGS:
        rows["raw.rankings"].append(
            lineage("rankings", doc, ordinal, quote, zone, year)
            | dict(ranking=ranking, rank=rank, prev_rank=prev_rank, field_size=field_size)
        )
    for doc, ordinal, quote, zone, year, title, body, date in HONOURS:
        rows["raw.honours"].append(
            lineage("honours", doc, ordinal, quote, zone, year) | dict(title=title, body=body, honour_date=date)
        )
    for doc, ordinal, quote, zone, year, name, investment, unit, status, date in PROJECTS:
        rows["raw.projects"].append(
            lineage("projects", doc, ordinal, quote, zone, year)
            | dict(name=name, investment=Decimal(investment), investment_unit=unit, status=status, project_date=date)
        )
    for doc, ordinal, quote, zone, surface in ZONE_MENTIONS:
        rows["raw.zones"].append(lineage("zones", doc, ordinal, quote, zone, 2020) | dict(surface=surface, zone_type=None))
    for doc, ordinal, quote, year in YEAR_MENTIONS:
        rows["raw.years"].append(lineage("years", doc, ordinal, quote, None, year) | dict(surface=quote))
    return rows


def create_raw_schema(url: str) -> None:
    """Create the raw schema from models/tables.py and fill it with the fixture rows."""
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text(f"create schema if not exists {RAW_SCHEMA}"))
        metadata.create_all(engine)
        rows = build_raw_rows()
        with engine.begin() as conn:
            for table in metadata.sorted_tables:
                if rows[table.fullname]:
                    conn.execute(table.insert(), rows[table.fullname])
    finally:
        engine.dispose()  # DuckDB is single-writer: dbt must find the file unlocked


def run_dbt(target: str, env_extra: dict[str, str], workdir: Path, *args: str) -> dict:
    """Run `dbt build` (or the given command) on a target; return run_results.json."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBT_", "DEVZONE_"))}
    env.update(DO_NOT_TRACK="1", **env_extra)
    command = [
        str(DBT),
        *(args or ("build",)),
        "--project-dir",
        str(DBT_PROJECT_DIR),
        "--profiles-dir",
        str(DBT_PROJECT_DIR),
        "--target",
        target,
        "--target-path",
        str(workdir / "target"),
        "--log-path",
        str(workdir / "logs"),
    ]
    done = subprocess.run(command, cwd=DBT_PROJECT_DIR, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, f"dbt failed ({done.returncode}):\n{done.stdout[-6000:]}\n{done.stderr[-3000:]}"
    return json.loads((workdir / "target" / "run_results.json").read_text(encoding="utf-8"))


# --------------------------------------------------------------------------------------------
# Databases
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def duckdb_build(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("dbt_duckdb")
    db_path = workdir / "warehouse.duckdb"
    create_raw_schema(f"duckdb:///{db_path}")
    results = run_dbt("duckdb", {"DEVZONE_DB": str(db_path)}, workdir)
    engine = sa.create_engine(f"duckdb:///{db_path}")
    yield engine, results
    engine.dispose()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def pg_server():
    """A PostgreSQL server: TEST_PG_URL if set, else a throwaway one (skipped without binaries)."""
    if os.environ.get("TEST_PG_URL"):
        yield sa.make_url(os.environ["TEST_PG_URL"])
        return
    if not (PG_BIN / "initdb").exists():
        pytest.skip(f"no PostgreSQL binaries in {PG_BIN} and no TEST_PG_URL")
    base = Path(tempfile.mkdtemp(prefix="devzone_pg_"))
    as_postgres: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    data = base / "data"
    subprocess.run(
        [
            *as_postgres,
            str(PG_BIN / "initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ],
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
    subprocess.run(
        [
            *as_postgres,
            str(PG_BIN / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(base / "server.log"),
            "-w",
            "-t",
            "30",
            "-o",
            options,
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield sa.make_url(f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres")
    finally:
        subprocess.run(
            [*as_postgres, str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], capture_output=True
        )
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="module")
def postgres_build(pg_server, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("dbt_postgres")
    dbname = f"devzone_dbt_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f"create database \"{dbname}\" encoding 'UTF8' template template0"))
    url = pg_server.set(database=dbname)
    create_raw_schema(url.render_as_string(hide_password=False))
    env = {
        "DEVZONE_PG_HOST": url.host or "127.0.0.1",
        "DEVZONE_PG_PORT": str(url.port or 5432),
        "DEVZONE_PG_USER": url.username or "postgres",
        "DEVZONE_PG_PASSWORD": url.password or "",
        "DEVZONE_PG_DBNAME": dbname,
    }
    results = run_dbt("postgres", env, workdir)
    engine = sa.create_engine(url)
    yield engine, results
    engine.dispose()
    for _ in range(3):
        try:
            with admin.connect() as conn:
                conn.execute(sa.text(f'drop database if exists "{dbname}"'))
            break
        except sa.exc.OperationalError:
            time.sleep(0.5)
    admin.dispose()


@pytest.fixture(scope="module", params=["duckdb", "postgres"])
def warehouse(request):
    return request.getfixturevalue(f"{request.param}_build")


# --------------------------------------------------------------------------------------------
# Assertions on the marts
# --------------------------------------------------------------------------------------------


def _rows(engine, sql: str, **params) -> list[dict]:
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(sa.text(sql), params)]


def _fact(engine, zone_key: str, indicator_key: str, measure: str = "value", year: int = 2020) -> dict:
    rows = _rows(
        engine,
        "select * from marts.fct_zone_indicator_year where zone_key = :z and indicator_key = :i and measure = :m and year = :y",
        z=zone_key,
        i=indicator_key,
        m=measure,
        y=year,
    )
    assert len(rows) == 1, rows
    return rows[0]


def test_build_has_no_errors_or_failures(warehouse):
    _, results = warehouse
    statuses = {r["unique_id"]: r["status"] for r in results["results"]}
    bad = {k: v for k, v in statuses.items() if v not in ("success", "pass")}
    assert not bad
    assert any(k.startswith("model.devzone.fct_zone_indicator_year") for k in statuses)


def test_schemas_are_exactly_the_layer_names(warehouse):
    engine, _ = warehouse
    schemas = {r["table_schema"] for r in _rows(engine, "select distinct table_schema from information_schema.tables")}
    assert {"raw", "reference", "staging", "intermediate", "marts"} <= schemas
    assert not {s for s in schemas if s.endswith(("_staging", "_marts", "_reference"))}


def test_two_sources_agreeing_after_conversion(warehouse):
    engine, _ = warehouse
    fact = _fact(engine, "sx_xinchang", "reserve_land")
    assert fact["n_sources"] == 2 and fact["n_documents"] == 2
    assert fact["has_conflict"] is False
    assert fact["unit"] == "公顷"
    # the yearbook beats the newspaper; the newspaper's 10328 亩 is 688.53333333 公顷
    assert fact["value"] == Decimal("688.53") and fact["document_kind"] == "yearbook"
    assert fact["value_as_written"] == Decimal("688.53") and fact["unit_as_written"] == "公顷"
    assert fact["max_value"] == Decimal("688.53333333")
    assert fact["fact_id"] == _fact_id("sx_xinchang", 2020, "reserve_land", "value")
    assert fact["quote"] == "已有后备用地 688.53 公顷"
    bridge = _rows(engine, "select * from marts.bridge_fact_source where fact_id = :f order by source_rank", f=fact["fact_id"])
    assert [b["is_chosen"] for b in bridge] == [True, False]
    assert bridge[1]["value_as_written"] == Decimal("10328") and bridge[1]["unit_as_written"] == "亩"
    assert bridge[1]["quote"] == "1-12月已有后备用地10328亩"


def test_two_sources_in_conflict_keep_the_yearbook(warehouse):
    engine, _ = warehouse
    fact = _fact(engine, "sx_keqiao", "operating_revenue")
    assert fact["n_sources"] == 2 and fact["has_conflict"] is True
    assert fact["value"] == Decimal("1700") and fact["document_kind"] == "yearbook"
    assert (fact["min_value"], fact["max_value"]) == (Decimal("1650"), Decimal("1700"))


def test_units_converted_to_the_indicator_unit(warehouse):
    engine, _ = warehouse
    export = _fact(engine, "sx_keqiao", "self_operated_export")
    assert export["value"] == Decimal("224.1646") and export["unit"] == "亿元"
    assert export["value_as_written"] == Decimal("2241646") and export["unit_as_written"] == "万元"
    fdi = _fact(engine, "sx_keqiao", "actual_fdi")
    assert fdi["value"] == Decimal("1590") and fdi["unit"] == "万美元"
    ready = _fact(engine, "sx_xinchang", "ready_land")
    assert ready["value"] == Decimal("80") and ready["unit"] == "公顷"
    growth = _fact(engine, "sx_keqiao", "industrial_output_above_scale", "yoy_pct")
    assert growth["value"] == Decimal("1.69") and growth["unit"] == "%"


def test_partial_year_and_yearless_figures_stay_out(warehouse):
    engine, _ = warehouse
    output = _fact(engine, "sx_keqiao", "industrial_output_above_scale")
    assert output["value"] == Decimal("1590.05") and output["n_sources"] == 1
    reasons = {
        r["indicator_phrase"]: r["fact_exclusion_reason"]
        for r in _rows(
            engine,
            "select indicator_phrase, fact_exclusion_reason from intermediate.int_metrics__converted where not is_fact_eligible",
        )
    }
    assert reasons == {"规上工业总产值": "partial_year", "规上工业企业": "year_unknown"}
    # the partial-year figure is a fact of its period; the yearless one is reported, with its reason
    (half,) = _rows(engine, "select * from marts.fct_zone_indicator_period")
    assert (half["period_code"], half["value"], half["year"]) == ("M01-06", Decimal("760"), 2020)
    unconformed = {
        r["indicator_phrase"]: r["exclusion_reason"] for r in _rows(engine, "select * from marts.rpt_unconformed_metrics")
    }
    assert unconformed == {"规上工业企业": "year_unknown"}
    n_metrics = _rows(engine, "select count(*) as n from raw.metrics")[0]["n"]
    n_bridged = _rows(engine, "select count(*) as n from marts.bridge_fact_source")[0]["n"]
    assert n_bridged == n_metrics - 2


def test_unmapped_indicators_are_kept(warehouse):
    engine, _ = warehouse
    unmapped = {r["zh_name"]: r for r in _rows(engine, "select * from marts.dim_indicator where not is_mapped")}
    assert set(unmapped) == {"新增工业用地", "新增污水处理能力"}
    land = unmapped["新增工业用地"]
    assert land["canonical_unit"] == "公顷" and land["indicator_code"] is None
    assert land["indicator_key"].startswith("unmapped_")
    fact = _fact(engine, "sx_xinchang", land["indicator_key"])
    assert fact["value"] == Decimal("21.33333333")
    water = _fact(engine, "sx_xinchang", unmapped["新增污水处理能力"]["indicator_key"])
    assert (water["value"], water["unit"]) == (Decimal("5"), "万吨")
    # a phrase ending in a dictionary name maps to its code (实现营业收入 -> operating_revenue)
    mapped = _rows(engine, "select count(*) as n from marts.dim_indicator where is_mapped")[0]["n"]
    catalogue = (Path(__file__).resolve().parents[2] / "seeds" / "reference" / "indicators.csv").read_text(encoding="utf-8")
    assert mapped == len(catalogue.strip().splitlines()) - 1, "every catalogue code is an indicator, mapped"


def test_zones_alias_unlisted_and_relations(warehouse):
    engine, _ = warehouse
    zones = {r["canonical_name"]: r for r in _rows(engine, "select * from marts.dim_zone")}
    unlisted = zones[UNLISTED_ZONE]
    assert unlisted["is_in_dictionary"] is False and unlisted["zone_key"].startswith("zone_")
    keqiao = zones[KEQIAO]
    assert keqiao["zone_key"] == "sx_keqiao" and "柯桥经开区" in keqiao["aliases"].split(" | ")
    assert keqiao["surfaces_seen"] == "柯桥经开区 | 柯桥经济技术开发区"
    assert zones["杭州湾上虞经济技术开发区"]["same_body_as_zone_key"] == "sx_shangyu"
    envtech = zones["诸暨现代环保装备高新技术产业园区"]
    assert (envtech["merged_into_zone_key"], envtech["merged_into_zone_name"]) == ("sx_zhuji", "诸暨经济开发区")
    assert zones["袍江经济技术开发区"]["parent_zone_name"] == "绍兴滨海新区"
    rankings = {r["ranking_name"]: r for r in _rows(engine, "select * from marts.fct_zone_ranking")}
    assert rankings["全省高新园区评价"]["zone_key"] == unlisted["zone_key"]
    assert rankings["浙江省经济开发区综合考评"]["rank_change"] == 4


def test_honour_project_and_documents(warehouse):
    engine, _ = warehouse
    (honour,) = _rows(engine, "select * from marts.fct_zone_honour")
    assert (honour["zone_key"], honour["year"], honour["awarding_body"]) == ("sx_xinchang", 2020, "省商务厅")
    (project,) = _rows(engine, "select * from marts.fct_zone_project")
    assert (project["zone_key"], project["investment"], project["investment_unit"]) == ("sx_shengzhou", Decimal("20"), "亿元")
    docs = {r["document_kind"]: r for r in _rows(engine, "select * from marts.dim_document")}
    assert docs["yearbook"]["n_metrics"] == 9 and docs["newspaper"]["document_priority"] == 3
    years = [r["year"] for r in _rows(engine, "select year from marts.dim_year order by year")]
    assert years == [2019, 2020, 2021]
    plan = _rows(engine, "select five_year_plan_label from marts.dim_year where year = 2020")[0]
    assert plan["five_year_plan_label"] == "十三五"


def test_same_marts_on_duckdb_and_postgres(duckdb_build, postgres_build):
    query = (
        "select fact_id, value, n_sources, has_conflict, paragraph_id, char_start, char_end "
        "from marts.fct_zone_indicator_year order by fact_id"
    )
    assert _rows(duckdb_build[0], query) == _rows(postgres_build[0], query)


def test_duckdb_views_survive_a_renamed_file(duckdb_build, tmp_path):
    """Views name schema.table, not the file's catalog: a copied or swapped-in file still works."""
    engine, _ = duckdb_build
    copy = tmp_path / "renamed_copy.duckdb"
    engine.dispose()
    shutil.copyfile(engine.url.database, copy)
    other = sa.create_engine(f"duckdb:///{copy}")
    try:
        n_metrics = _rows(other, "select count(*) as n from staging.stg_raw__metrics")[0]["n"]
        n_ranked = _rows(other, "select count(*) as n from intermediate.int_metrics__ranked_sources")[0]["n"]
        assert (n_metrics, n_ranked) == (len(METRICS), len(METRICS) - 2)
    finally:
        other.dispose()


def test_the_lineage_test_catches_a_quote_that_is_not_its_span(duckdb_build, tmp_path):
    """quote_matches_document_span fails on a wrong quote, whether the span lies inside its
    paragraph (compared with the paragraph's text) or not (compared with the document)."""
    engine, _ = duckdb_build
    engine.dispose()
    corrupt = tmp_path / "corrupt.duckdb"
    shutil.copyfile(engine.url.database, corrupt)
    with duckdb.connect(str(corrupt)) as con:
        con.execute("update raw.metrics set quote = quote || '亿' where record_id = (select min(record_id) from raw.metrics)")
        con.execute(
            "update raw.zones set quote = '某' || quote, paragraph_id = ("
            "  select min(p.paragraph_id) from raw.paragraphs p join raw.zones z on z.doc_id = p.doc_id"
            "  where z.record_id = (select min(record_id) from raw.zones) and p.paragraph_id <> z.paragraph_id)"
            " where record_id = (select min(record_id) from raw.zones)"
        )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBT_", "DEVZONE_"))}
    env.update(DO_NOT_TRACK="1", DEVZONE_DB=str(corrupt))
    command = [
        str(DBT),
        "test",
        "--select",
        "test_name:quote_matches_document_span",
        "--project-dir",
        str(DBT_PROJECT_DIR),
        "--profiles-dir",
        str(DBT_PROJECT_DIR),
        "--target",
        "duckdb",
        "--target-path",
        str(tmp_path / "target"),
        "--log-path",
        str(tmp_path / "logs"),
    ]
    done = subprocess.run(command, cwd=DBT_PROJECT_DIR, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 1, done.stdout[-3000:]
    results = json.loads((tmp_path / "target" / "run_results.json").read_text(encoding="utf-8"))["results"]
    failed = sorted(r["unique_id"].split("_stg_raw__")[1].split("_")[0] for r in results if r["status"] == "fail")
    assert failed == ["metrics", "zones"], failed
    assert all(r["failures"] == 1 for r in results if r["status"] == "fail")
