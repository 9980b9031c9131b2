"""`devzone load` on the seed documents mixed with hostile files: every good document loads,
every bad one is quarantined with its reason (or loses only its bad record), nothing stops the
load, and loading the same folder again changes nothing."""

from __future__ import annotations

import os
import random
from pathlib import Path

import duckdb
import pytest
from e2e_pipeline import SEED_DOCUMENTS, run_devzone

pytestmark = pytest.mark.e2e

FIGURE = "2022年,某某经济开发区实现规模以上工业总产值123.4亿元,同比增长12.5%。"
SEED = sorted(SEED_DOCUMENTS.glob("*.txt"))[1]  # a short one
MAX_BYTES = 2_000_000


def _hostile(docs: Path, outside: Path) -> dict[str, str]:
    """Write the hostile files; returns file name -> what must happen to it."""
    seed_text = SEED.read_text(encoding="utf-8")
    rng = random.Random(7)
    files: dict[str, bytes] = {
        "h01_empty.txt": b"",
        "h02_whitespace.txt": b" \n\t\r\n   \n",
        "h03_binary.txt": bytes(rng.randrange(256) for _ in range(4096)),
        "h04_png.txt": b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(512)),
        "h05_nul_in_text.txt": FIGURE.encode() + b"\x00\x00" + FIGURE.encode(),
        "h06_gbk.txt": seed_text.replace("。", "。\n", 1).encode("gbk"),
        "h07_utf16_bom.txt": ("前言。\n" + seed_text).encode("utf-16"),
        "h08_truncated_utf8.txt": (FIGURE * 3).encode()[:-1],
        "h09_neither_utf8_nor_gb18030.txt": FIGURE.encode() + b"\xff\xfe\xfd\x80\x81" + FIGURE.encode(),
        "h10_over_budget.txt": ("标题\n" + FIGURE * 20_000).encode(),  # 1.9 MB: seconds of work
        "h11_over_size.txt": ("标题\n" + FIGURE * 30_000).encode(),
        "h12_duplicate.txt": SEED.read_bytes(),
        "h13_absurd_figure.txt": "某某经济开发区实现工业总产值123456789012345678901234567亿元,同比增长12.5%。".encode(),
        "h14_zero_width.txt": "某某经济开发区2022年实现工业总产值12\u200b3.4\ufeff亿元。".encode(),
        "h15_bidi.txt": "\u202e某某经济开发区\u200e2022年实现工业总产值123.4亿元。".encode(),
        "h16_ragged_table.txt": "表1 主要指标\n\n指标\t2021年\t2022年\n工业总产值(亿元)\t100.5\n税收收入(亿元)\t\t12.3\t9\n".encode(),
        "h17_ascii_only.txt": b"Annual report of the zone. Output grew 12.5% to 123.4 billion yuan.\n",
        "h18_crlf.txt": seed_text.replace("\n", "\r\n").replace("。", "。\r", 1).encode(),
        "h19_brackets.txt": ("园区" + "((((《“【" * 20_000 + "产值12亿元。").encode(),
        'h20_file name with spaces 和"引号".txt': FIGURE.encode(),
    }
    for name, data in files.items():
        (docs / name).write_bytes(data)
    (outside / "secret.txt").write_text(FIGURE, encoding="utf-8")
    os.symlink(outside / "secret.txt", docs / "h21_link_outside.txt")
    os.symlink(docs / "missing.txt", docs / "h22_broken_link.txt")
    (docs / "h23_directory.txt").mkdir()
    return {
        "h01_empty.txt": "quarantined:empty",
        "h02_whitespace.txt": "quarantined:whitespace",
        "h03_binary.txt": "quarantined:binary",
        "h04_png.txt": "quarantined:",
        "h05_nul_in_text.txt": "quarantined:NUL",
        "h06_gbk.txt": "loaded",
        "h07_utf16_bom.txt": "loaded",
        "h08_truncated_utf8.txt": "quarantined:truncated",
        "h09_neither_utf8_nor_gb18030.txt": "quarantined:not UTF-8",
        "h10_over_budget.txt": "quarantined:budget",
        "h11_over_size.txt": "quarantined:too large",
        "h12_duplicate.txt": "quarantined:duplicate",
        "h13_absurd_figure.txt": "loaded",
        "h14_zero_width.txt": "loaded",
        "h15_bidi.txt": "loaded",
        "h16_ragged_table.txt": "loaded",
        "h17_ascii_only.txt": "quarantined:no Chinese",
        "h18_crlf.txt": "loaded",
        "h19_brackets.txt": "loaded",
        'h20_file name with spaces 和"引号".txt': "loaded",
        "h21_link_outside.txt": "quarantined:outside the documents folder",
        "h22_broken_link.txt": "quarantined:broken symbolic link",
    }


def _state(db: Path) -> tuple[set[str], dict[str, str], list[tuple[str, str]], dict[str, int]]:
    with duckdb.connect(str(db), read_only=True) as con:
        loaded = {name for (name,) in con.execute("SELECT file_name FROM raw.documents").fetchall()}
        quarantined = dict(con.execute("SELECT file_name, reason FROM raw.quarantine").fetchall())
        set_aside = con.execute(
            "SELECT d.file_name, r.reason FROM raw.rejected_records r JOIN raw.documents d USING (doc_id)"
        ).fetchall()
        counts = {
            table: con.execute(f"SELECT count(*) FROM raw.{table}").fetchall()[0][0]
            for table in ("documents", "paragraphs", "metrics", "rejected_records", "quarantine", "loads")
        }
    return loaded, quarantined, set_aside, counts


def test_hostile_files_cost_only_themselves(tmp_path: Path) -> None:
    docs, outside, db = tmp_path / "docs", tmp_path / "outside", tmp_path / "w.duckdb"
    docs.mkdir()
    outside.mkdir()
    for seed in SEED_DOCUMENTS.glob("*.txt"):
        (docs / seed.name).write_bytes(seed.read_bytes())
    expected = _hostile(docs, outside)
    args = ["load", "--docs", str(docs), "--db", str(db), "--doc-timeout", "2", "--max-bytes", str(MAX_BYTES)]

    first = run_devzone(*args)
    assert first.returncode == 0, first.stderr
    loaded, quarantined, set_aside, counts = _state(db)

    assert {s.name for s in SEED_DOCUMENTS.glob("*.txt")} <= loaded, "every good document loads"
    for name, outcome in expected.items():
        if outcome == "loaded":
            assert name in loaded, (name, quarantined.get(name))
        else:
            reason = outcome.split(":", 1)[1]
            assert name in quarantined and reason in quarantined[name], (name, quarantined.get(name))
    assert "h23_directory.txt" not in loaded | set(quarantined)
    assert [(name, reason.split(" ")[0]) for name, reason in set_aside] == [("h13_absurd_figure.txt", "metrics.value")]
    with duckdb.connect(str(db), read_only=True) as con:
        values = con.execute(
            "SELECT m.value FROM raw.metrics m JOIN raw.documents d USING (doc_id) "
            "WHERE d.file_name IN ('h14_zero_width.txt', 'h15_bidi.txt') ORDER BY 1"
        ).fetchall()
        assert con.execute(
            "SELECT count(*) FROM raw.metrics m JOIN raw.documents d USING (doc_id) "
            "WHERE d.file_name = 'h13_absurd_figure.txt' AND m.measure = 'yoy_pct'"
        ).fetchall() == [(1,)], "the absurd figure's document keeps its other records"
    assert [float(v) for (v,) in values] == [123.4, 123.4]

    second = run_devzone(*args)
    assert second.returncode == 0, second.stderr
    assert _state(db)[3] == counts, "loading the same folder again changes nothing"
