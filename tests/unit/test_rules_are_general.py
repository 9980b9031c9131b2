"""The extractor is judged on documents nobody has seen: its code must not know the seed corpus.

A rule that spells out a sentence, a name or a figure of the seed documents is a defect even if
it raises the score. This scans the source of loaders/ (code and comments) for any run of 12 or
more Chinese characters and digits that also occurs in a seed document.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_no_seed_sentence_is_written_into_the_rules() -> None:
    corpus = "".join(re.sub(r"\s+", "", p.read_text(encoding="utf-8")) for p in (ROOT / "seeds" / "documents").glob("*.txt"))
    found = [
        f"{path.relative_to(ROOT)}: {run}"
        for path in sorted((ROOT / "loaders").rglob("*.py"))
        for run in re.findall(r"[\u4e00-\u9fff“”0-9.、]{12,}", path.read_text(encoding="utf-8"))
        if run in corpus
    ]
    assert found == []


def test_no_seed_file_is_named_in_the_rules() -> None:
    names = [p.name for p in (ROOT / "seeds" / "documents").glob("*.txt")]
    for path in (ROOT / "loaders").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not [n for n in names if n in text or n.split(".")[0] in text], path
