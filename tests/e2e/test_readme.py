"""The README shows what the warehouse returns: every example query marked `readme-check: seeds`
runs on the e2e seed warehouse and must give the rows printed under it, and the evaluation table
marked `readme-check: eval seeds` must be what `devzone eval` prints for the seeds."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from e2e_pipeline import PipelineRuns, run_devzone

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
_MARKER = re.compile(r"^<!-- readme-check: (?P<what>[^>]*?) -->$")
_FENCE = re.compile(r"^```(?P<lang>\w*)$")


@dataclass(frozen=True)
class Block:
    lang: str
    text: str
    marker: str | None
    line: int


def _blocks(markdown: str) -> list[Block]:
    blocks: list[Block] = []
    lines = markdown.split("\n")
    i = 0
    while i < len(lines):
        fence = _FENCE.match(lines[i])
        if fence and fence["lang"]:
            marker = _MARKER.match(lines[i - 1]) if i else None
            end = lines.index("```", i + 1)
            blocks.append(Block(fence["lang"], "\n".join(lines[i + 1 : end]), marker["what"] if marker else None, i + 1))
            i = end
        i += 1
    return blocks


def _table_rows(box: str) -> list[list[str]]:
    """The data rows of a DuckDB box table (between the header rule and the bottom rule)."""
    lines = box.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("├"))
    rows = []
    for line in lines[start + 1 :]:
        if line.startswith("└"):
            break
        rows.append([cell.strip() for cell in line.strip("│").split("│")])
    return rows


def _cell(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, Decimal):
        return f"{value:f}"
    return str(value)


def _checked(what: str) -> list[tuple[Block, Block]]:
    blocks = _blocks(README.read_text(encoding="utf-8"))
    pairs = []
    for block, after in zip(blocks, [*blocks[1:], None], strict=True):
        if block.marker == what:
            assert after is not None and after.lang == "text", f"README line {block.line}: no output block follows"
            pairs.append((block, after))
    return pairs


def test_every_example_query_says_whether_it_is_checked() -> None:
    unmarked = [b.line for b in _blocks(README.read_text(encoding="utf-8")) if b.lang == "sql" and b.marker is None]
    assert not unmarked, f"README sql blocks without a readme-check marker at lines {unmarked}"


def test_readme_queries_return_the_rows_shown(duckdb_pipeline: PipelineRuns) -> None:
    pairs = [(sql, out) for sql, out in _checked("seeds") if sql.lang == "sql"]
    assert len(pairs) >= 3
    with duckdb.connect(duckdb_pipeline.db, read_only=True) as con:
        for sql, shown in pairs:
            got = [[_cell(v) for v in row] for row in con.execute(sql.text).fetchall()]
            assert got == _table_rows(shown.text), f"README line {sql.line}: the query returns other rows than shown"


def test_readme_evaluation_table_is_what_eval_prints() -> None:
    shown = [b for b in _blocks(README.read_text(encoding="utf-8")) if b.marker == "eval seeds"]
    assert len(shown) == 1
    result = run_devzone("eval", "--gold", str(ROOT / "tests/fixtures/seed_gold.jsonl"))
    assert result.returncode == 0, result.stderr
    printed = [line.strip() for line in result.stdout.splitlines() if line.startswith("│")]
    assert printed == [line.strip() for line in shown[0].text.splitlines() if line.startswith("│")]


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("<!-- readme-check: seeds -->\n```sql\nselect 1\n```\n\n```text\nx\n```", [("sql", "seeds"), ("text", None)]),
        ("```sql\nselect 1\n```", [("sql", None)]),
    ],
)
def test_blocks_are_read_with_their_marker(markdown: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(b.lang, b.marker) for b in _blocks(markdown)] == expected
