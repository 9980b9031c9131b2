"""The export writes statements about named zones; figures of no decided zone stay out unless asked for."""

from __future__ import annotations

from collections.abc import Callable

from devzone.export import gold_records
from models.records import Extraction


def test_a_figure_of_an_unnamed_zone_is_not_exported_by_default(extract: Callable[..., Extraction]) -> None:
    extraction = extract("今年1至9月,高新区实现规上工业总产值40.5亿元。\n\n平湖经济技术开发区实现固定资产投资12.3亿元。")
    assert [f.zone for f in extraction.metrics].count(None) == 1
    exported = gold_records(extraction)
    assert [(r["zone"], r["value"]) for r in exported] == [("平湖经济技术开发区", 12.3)]
    everything = gold_records(extraction, include_unplaced=True)
    assert sorted((r["zone"] or "", r["value"]) for r in everything) == [("", 40.5), ("平湖经济技术开发区", 12.3)]
