"""The export writes statements about named zones; figures of no decided zone stay out unless asked for."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from devzone.export import gold_records
from models.records import Extraction


def test_a_figure_of_an_unnamed_zone_is_not_exported_by_default(extract: Callable[..., Extraction]) -> None:
    extraction = extract("今年1至9月,高新区实现规上工业总产值40.5亿元。\n\n平湖经济技术开发区实现固定资产投资12.3亿元。")
    assert [f.zone for f in extraction.metrics].count(None) == 1
    exported = gold_records(extraction)
    assert [(r["zone"], r["value"]) for r in exported] == [("平湖经济技术开发区", 12.3)]
    everything = gold_records(extraction, include_unplaced=True)
    assert sorted((r["zone"] or "", r["value"]) for r in everything) == [("", 40.5), ("平湖经济技术开发区", 12.3)]


def test_a_target_of_a_plan_section_is_not_exported(extract: Callable[..., Extraction]) -> None:
    ex = extract(
        "苍南经开区工作总结\n\n一、2023年主要工作回顾\n\n全年新签约项目42个。\n\n二、2024年重点工作安排\n\n力争新引进项目55个以上。"
    )
    assert {(m.value, m.is_estimate) for m in ex.metrics} == {(42, False), (55, True)}
    assert [r["value"] for r in gold_records(ex)] == [42]


def test_the_year_s_target_a_figure_is_measured_against_is_not_exported(extract: Callable[..., Extraction]) -> None:
    ex = extract("2016年1-3月,平阳经济开发区实现工业总产值18.2亿元,完成年任务80亿元的22.8%。")
    assert {(m.value, m.is_estimate) for m in ex.metrics} == {(Decimal("18.2"), False), (80, True), (Decimal("22.8"), False)}
    assert sorted(r["value"] for r in gold_records(ex)) == [18.2, 22.8]
