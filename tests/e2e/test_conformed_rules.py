"""The reconciliation rules of the conformed marts, on a hand-made raw schema (written through
models/tables.py, as the loaders would) and a real `dbt build` on DuckDB: figures that agree
within the rounding or the approximation word of what is written, a disagreement between two
documents and one between a document's table and its text, several figures under one phrase in
one passage (different scope), a previous year's level derived from a level and its growth rate
and checked against a stated one, a share of the city total, and a part larger than its whole.
The same SQL runs on PostgreSQL in test_conformed_marts.py (seed documents) and
test_dbt_marts.py."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from models.tables import RAW_SCHEMA, metadata

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
DBT_PROJECT = REPO / "dbt_project"
DBT = Path(sys.executable).with_name("dbt")
LOAD_ID = "00000000-0000-4000-8000-00000000c0de"
KEQIAO, ALL_ZONES = "柯桥经济技术开发区", "绍兴市省级以上开发区"


@dataclass(frozen=True)
class Doc:
    file_name: str
    kind: str
    published_on: str | None
    paragraphs: list[tuple[str, str]]  # (kind, text)


DOCS = {
    "yearbook": Doc(
        "yearbook.txt",
        "yearbook",
        "2021",
        [
            ("heading", KEQIAO),
            ("prose", "2020年，实现规上工业总产值1590.05亿元，比2019年增长1.69%；2019年规上工业总产值1500亿元。"),
            ("prose", "营业收入1700亿元，财政总收入130.58亿元，自营出口657.7亿元。"),
            ("table_row", "柯桥经济技术开发区\t2241646"),
            ("prose", "签约项目总投资40亿元，另一批项目总投资478亿元。"),
            ("prose", "全市开发区规模以上工业总产值5751.8亿元，比2019年增长2.3%，财政总收入100亿元。"),
        ],
    ),
    "newspaper": Doc(
        "newspaper.txt",
        "newspaper",
        "2021-01-10",
        [
            ("prose", "柯桥经开区全年营业收入1800亿元。"),
            ("prose", "柯桥经开区规上工业总产值超1590亿元。"),
        ],
    ),
    "bulletin": Doc(
        "bulletin.txt",
        "article",
        "2020-07-20",
        [
            ("prose", "上半年,柯桥经开区规上工业总产值800亿元,同比增长5.2%。"),
            ("prose", "1-6月份,柯桥经开区规上工业总产值805亿元。"),
            ("prose", "一季度,柯桥经开区营业收入300亿元。"),
        ],
    ),
}

# (doc, paragraph, quote, zone, year, indicator_code, measure, value, unit, approx)
METRICS = [
    ("yearbook", 1, "规上工业总产值1590.05亿元", KEQIAO, 2020, "industrial_output_above_scale", "value", "1590.05", "亿元", None),
    ("yearbook", 1, "比2019年增长1.69%", KEQIAO, 2020, "industrial_output_above_scale", "yoy_pct", "1.69", "%", None),
    ("yearbook", 1, "规上工业总产值1500亿元", KEQIAO, 2019, "industrial_output_above_scale", "value", "1500", "亿元", None),
    ("yearbook", 2, "营业收入1700亿元", KEQIAO, 2020, "operating_revenue", "value", "1700", "亿元", None),
    ("yearbook", 2, "财政总收入130.58亿元", KEQIAO, 2020, "fiscal_revenue_total", "value", "130.58", "亿元", None),
    ("yearbook", 2, "自营出口657.7亿元", KEQIAO, 2020, "self_operated_export", "value", "657.7", "亿元", None),
    ("yearbook", 3, "2241646", KEQIAO, 2020, "self_operated_export", "value", "2241646", "万元", None),
    ("yearbook", 4, "签约项目总投资40亿元", KEQIAO, 2020, "total_investment", "value", "40", "亿元", None),
    ("yearbook", 4, "另一批项目总投资478亿元", KEQIAO, 2020, "total_investment", "value", "478", "亿元", None),
    (
        "yearbook",
        5,
        "规模以上工业总产值5751.8亿元",
        ALL_ZONES,
        2020,
        "industrial_output_above_scale",
        "value",
        "5751.8",
        "亿元",
        None,
    ),
    ("yearbook", 5, "比2019年增长2.3%", ALL_ZONES, 2020, "industrial_output_above_scale", "yoy_pct", "2.3", "%", None),
    ("yearbook", 5, "财政总收入100亿元", ALL_ZONES, 2020, "fiscal_revenue_total", "value", "100", "亿元", None),
    ("newspaper", 0, "全年营业收入1800亿元", KEQIAO, 2020, "operating_revenue", "value", "1800", "亿元", None),
    ("newspaper", 1, "规上工业总产值超1590亿元", KEQIAO, 2020, "industrial_output_above_scale", "value", "1590", "亿元", "超"),
]

# Partial-year figures: (doc, paragraph, quote, zone, year, indicator_code, measure, value, unit, period)
PERIOD_METRICS = [
    ("bulletin", 0, "规上工业总产值800亿元", KEQIAO, 2020, "industrial_output_above_scale", "value", "800", "亿元", "上半年"),
    ("bulletin", 0, "同比增长5.2%", KEQIAO, 2020, "industrial_output_above_scale", "yoy_pct", "5.2", "%", "上半年"),
    ("bulletin", 1, "规上工业总产值805亿元", KEQIAO, 2020, "industrial_output_above_scale", "value", "805", "亿元", "1-6月份"),
    ("bulletin", 2, "营业收入300亿元", KEQIAO, 2020, "operating_revenue", "value", "300", "亿元", "一季度"),
]


def _raw_rows() -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in metadata.tables}
    now = datetime(2026, 11, 22, 12, 0, 0)
    rows["raw.loads"].append(
        dict(
            load_id=LOAD_ID,
            started_at=now,
            finished_at=now,
            status="succeeded",
            docs_dir="/corpus",
            n_files=3,
            n_loaded=3,
            n_replaced=0,
            n_unchanged=0,
            n_quarantined=0,
            message=None,
        )
    )
    layout: dict[str, tuple[str, str, list[int]]] = {}
    for key, doc in DOCS.items():
        text_value, starts = "", []
        for i, (_, para) in enumerate(doc.paragraphs):
            text_value += "\n\n" if i else ""
            starts.append(len(text_value))
            text_value += para
        doc_id = hashlib.sha256(text_value.encode()).hexdigest()
        layout[key] = (doc_id, text_value, starts)
        rows["raw.documents"].append(
            dict(
                doc_id=doc_id,
                file_name=doc.file_name,
                title=doc.file_name,
                publisher=None,
                kind=doc.kind,
                kind_source="manifest",
                published_on=doc.published_on,
                published_on_source="manifest",
                report_year=2020,
                report_year_source="manifest",
                report_year_rule=None,
                origin="test",
                encoding="utf-8",
                n_bytes=len(text_value.encode()),
                n_chars=len(text_value),
                original_text=text_value,
                load_id=LOAD_ID,
            )
        )
        for i, (kind, para) in enumerate(doc.paragraphs):
            rows["raw.paragraphs"].append(
                dict(
                    paragraph_id=f"{doc_id}:{i:04d}",
                    doc_id=doc_id,
                    ordinal=i,
                    kind=kind,
                    char_start=starts[i],
                    char_end=starts[i] + len(para),
                    text=para,
                    section_zone=KEQIAO if key == "yearbook" else None,
                    entry=None,
                    report_year=2020,
                    load_id=LOAD_ID,
                )
            )
    metrics = [(*m, None) for m in METRICS] + [(*m[:9], None, m[9]) for m in PERIOD_METRICS]
    for doc, ordinal, quote, zone, year, code, measure, value, unit, approx, period in metrics:
        doc_id, text_value, starts = layout[doc]
        start = text_value.index(quote, starts[ordinal])
        rows["raw.metrics"].append(
            dict(
                record_id=hashlib.sha256(f"{doc_id}|{start}|{quote}".encode()).hexdigest(),
                doc_id=doc_id,
                paragraph_id=f"{doc_id}:{ordinal:04d}",
                char_start=start,
                char_end=start + len(quote),
                quote=quote,
                extractor="test",
                zone=zone,
                zone_rule="explicit",
                year=year,
                year_rule="explicit",
                qualifier=None,
                load_id=LOAD_ID,
                indicator=code,
                indicator_code=code,
                measure=measure,
                value=Decimal(value),
                unit=unit,
                approx=approx,
                period=period,
                is_estimate=False,
                basis=None,
            )
        )
    return rows


@pytest.fixture(scope="module")
def marts(tmp_path_factory: pytest.TempPathFactory) -> sa.Engine:
    work = tmp_path_factory.mktemp("conformed-rules")
    db = work / "warehouse.duckdb"
    engine = sa.create_engine(f"duckdb:///{db}")
    with engine.begin() as conn:
        conn.execute(sa.text(f"create schema if not exists {RAW_SCHEMA}"))
    metadata.create_all(engine)
    rows = _raw_rows()
    with engine.begin() as conn:
        for table in metadata.sorted_tables:
            if rows[table.fullname]:
                conn.execute(table.insert(), rows[table.fullname])
    engine.dispose()  # dbt needs the file unlocked
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBT_", "DEVZONE_"))}
    env.update(DO_NOT_TRACK="1", DEVZONE_DB=str(db), DEVZONE_DBT_TARGET="duckdb")
    done = subprocess.run(
        [
            str(DBT),
            "build",
            "--project-dir",
            str(DBT_PROJECT),
            "--profiles-dir",
            str(DBT_PROJECT),
            "--target-path",
            str(work / "target"),
            "--log-path",
            str(work / "logs"),
        ],
        cwd=DBT_PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-6000:]
    results = json.loads((work / "target" / "run_results.json").read_text(encoding="utf-8"))
    bad = {r["unique_id"]: r["status"] for r in results["results"] if r["status"] not in ("success", "pass")}
    assert not bad
    engine = sa.create_engine(f"duckdb:///{db}")
    yield engine
    engine.dispose()


def _rows(engine: sa.Engine, sql: str, **params: Any) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(sa.text(sql), params)]


def _fact(engine: sa.Engine, zone: str, code: str, year: int = 2020, measure: str = "value") -> dict[str, Any]:
    [row] = _rows(
        engine,
        "select * from marts.fct_zone_indicator_year where zone_key = :z and indicator_key = :i and year = :y "
        "and measure = :m and basis_kind = 'whole'",
        z=zone,
        i=code,
        y=year,
        m=measure,
    )
    return row


def test_an_approximate_figure_agrees_within_its_bound(marts: sa.Engine) -> None:
    fact = _fact(marts, "sx_keqiao", "industrial_output_above_scale")
    assert (fact["n_sources"], fact["has_conflict"]) == (2, False)
    assert fact["value"] == Decimal("1590.05") and fact["choice_reason"] == "yearbook over newspaper"
    assert (fact["value_low"], fact["value_high"]) == (Decimal("1590.045"), Decimal("1590.055"))


def test_two_documents_disagree(marts: sa.Engine) -> None:
    fact = _fact(marts, "sx_keqiao", "operating_revenue")
    assert (fact["has_conflict"], fact["conflict_kind"], fact["n_documents"]) == (True, "disagreement", 2)
    assert fact["value"] == Decimal("1700") and "2 documents" in fact["conflict_explanation"]
    sides = _rows(marts, "select source_value, file_name from marts.rpt_conflicts where fact_id = :f", f=fact["fact_id"])
    assert {(s["source_value"], s["file_name"]) for s in sides} == {
        (Decimal("1700"), "yearbook.txt"),
        (Decimal("1800"), "newspaper.txt"),
    }


def test_a_table_and_the_text_of_one_document_disagree(marts: sa.Engine) -> None:
    fact = _fact(marts, "sx_keqiao", "self_operated_export")
    assert (fact["conflict_kind"], fact["n_documents"]) == ("disagreement", 1)
    assert "statistical table and the text" in fact["conflict_explanation"]
    kinds = _rows(marts, "select passage_kind from marts.rpt_conflicts where fact_id = :f", f=fact["fact_id"])
    assert sorted(k["passage_kind"] for k in kinds) == ["table", "text"]


def test_several_figures_in_one_passage_are_a_different_scope(marts: sa.Engine) -> None:
    fact = _fact(marts, "sx_keqiao", "total_investment")
    assert (fact["has_conflict"], fact["conflict_kind"]) == (True, "different_scope")
    assert "yearbook.txt gives several different figures" in fact["conflict_explanation"]


def test_a_growth_rate_that_disagrees_with_two_levels_is_an_inconsistency(marts: sa.Engine) -> None:
    stated = _fact(marts, "sx_keqiao", "industrial_output_above_scale", year=2019)
    assert stated["is_derived"] is False and stated["derived_check"] == "inconsistent"
    rows = _rows(marts, "select * from marts.rpt_inconsistencies where fact_id = :f order by position", f=stated["fact_id"])
    assert [r["role"] for r in rows] == ["stated", "level", "growth"]
    assert rows[0]["check_name"] == "growth_disagrees_with_levels"
    assert rows[0]["derived_value"] == Decimal("1563.62474186") and rows[0]["stated_value"] == Decimal("1500")
    assert rows[0]["implied_growth_pct"] == Decimal("6.00333333")
    assert [r["quote"] for r in rows] == ["规上工业总产值1500亿元", "规上工业总产值1590.05亿元", "比2019年增长1.69%"]
    assert "1.69%" in rows[0]["explanation"] and "6%" in rows[0]["explanation"]


def test_a_previous_level_no_document_states_is_derived(marts: sa.Engine) -> None:
    # the city total's 2019 level is derived; Keqiao's is stated (and contradicted), so it stays stated
    [derived] = _rows(marts, "select * from marts.fct_zone_indicator_year where is_derived and measure = 'value'")
    assert (derived["zone_key"], derived["year"], derived["derivation_rule"]) == ("sx_all", 2019, "previous_level_from_growth")
    assert derived["value"] == Decimal("5622.48289345") and derived["derivation_formula"] == "5751.8 亿元 / (1 + 2.3%)"
    assert derived["value_low"] < derived["value"] < derived["value_high"]
    inputs = _rows(
        marts,
        "select input_role, quote from marts.bridge_fact_derivation where fact_id = :f and is_chosen order by input_position",
        f=derived["fact_id"],
    )
    assert [(i["input_role"], i["quote"]) for i in inputs] == [
        ("level", "规模以上工业总产值5751.8亿元"),
        ("growth", "比2019年增长2.3%"),
    ]
    assert derived["n_sources"] == 2 and derived["quote"] == "规模以上工业总产值5751.8亿元"


def test_share_of_the_city_total_and_a_part_larger_than_its_whole(marts: sa.Engine) -> None:
    share = _rows(
        marts,
        "select * from marts.fct_zone_indicator_year where is_derived and derivation_rule = 'share_of_city_total'",
    )
    assert [(s["zone_key"], s["indicator_key"], s["basis_kind"], s["basis_of"]) for s in share] == [
        ("sx_keqiao", "industrial_output_above_scale", "share", ALL_ZONES)
    ]
    # the whole of a derived share is a zone: the city's aggregate of zones
    assert share[0]["basis_zone_key"] is not None
    assert share[0]["value"] == Decimal("27.64438958") and share[0]["derivation_formula"] == "1590.05 亿元 / 5751.8 亿元 × 100"
    exceeds = _rows(
        marts, "select * from marts.rpt_inconsistencies where check_name = 'part_exceeds_city_total' order by position"
    )
    assert [(r["role"], r["role_value"]) for r in exceeds] == [("part", Decimal("130.58")), ("whole", Decimal("100"))]


def test_partial_year_figures_are_facts_of_their_period_not_of_the_year(marts: sa.Engine) -> None:
    assert not _rows(marts, "select * from marts.fct_zone_indicator_year where value in (800, 805, 300)")
    periods = {
        (r["period_code"], r["indicator_key"], r["measure"]): r
        for r in _rows(marts, "select * from marts.fct_zone_indicator_period where zone_key = 'sx_keqiao'")
    }
    assert set(periods) == {
        ("M01-06", "industrial_output_above_scale", "value"),
        ("M01-06", "industrial_output_above_scale", "yoy_pct"),
        ("M01-03", "operating_revenue", "value"),
    }
    half = periods[("M01-06", "industrial_output_above_scale", "value")]
    # 上半年 and 1-6月份 are one period: two statements of one key, which disagree
    assert (half["n_sources"], half["has_conflict"], half["month_from"], half["month_to"]) == (2, True, 1, 6)
    assert (half["value"], half["period_as_written"], half["year"]) == (Decimal("800"), "上半年", 2020)
    assert periods[("M01-03", "operating_revenue", "value")]["value"] == Decimal("300")
