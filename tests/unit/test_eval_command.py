"""`devzone eval` scores the documents of a folder, not the scoring inputs kept beside them."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from devzone.cli import app
from devzone.evaluate import score


def test_the_alias_and_gold_files_in_the_documents_folder_are_not_documents(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("2023年清河经济技术开发区地区生产总值达到118亿元。\n", encoding="utf-8")
    (tmp_path / "zone_aliases.txt").write_text("清河经济技术开发区 | 清河经开区\n", encoding="utf-8")
    gold = {
        "type": "fact",
        "doc": "a.txt",
        "zone": "清河经开区",
        "year": 2023,
        "indicator": "地区生产总值",
        "measure": "value",
        "value": 118,
        "unit": "亿元",
        "quote": "地区生产总值达到118亿元",
    }
    (tmp_path / "gold.txt").write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    args = ["eval", "--gold", str(tmp_path / "gold.txt"), "--docs", str(tmp_path)]
    result = CliRunner().invoke(app, [*args, "--aliases", str(tmp_path / "zone_aliases.txt"), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "1 document(s) scored against 1 gold record(s)" in result.stderr
    assert "│ all     │    1 │        1 │       1 │" in result.stdout


def test_a_gold_unit_written_in_symbols_matches_its_name() -> None:
    fact = {
        "type": "fact",
        "doc": "a.txt",
        "zone": "甲区",
        "year": 2023,
        "indicator": "厂房面积",
        "measure": "value",
        "value": 24,
    }
    gold = [{**fact, "unit": "万㎡"}]
    pred = [{**fact, "unit": "万平方米"}]
    assert score(pred, gold).overall.f1 == 1.0
