"""The load stage skips files whose bytes are already loaded under their name by this extractor,
before reading or extracting them; new, changed and reloaded files are extracted."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from rich.console import Console
from sqlalchemy import Engine

from devzone.ingest import ingest
from loaders import pipeline
from loaders.load import Action
from loaders.pipeline import Limits, discover
from models.records import Document, Extraction

TEXT = "某某经济开发区\n\n2022年,园区实现规模以上工业总产值123.4亿元,同比增长12.5%。\n"


def _ingest(engine: Engine, docs: Path, reload: bool = False) -> dict[Action, int]:
    summary = ingest(engine, discover(docs, {}), docs, 1, Console(file=io.StringIO()), reload=reload)
    return summary.counts


def test_unchanged_files_are_not_extracted_again(engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(TEXT, encoding="utf-8")
    (docs / "b.txt").write_text(TEXT.replace("123.4", "99.9"), encoding="utf-8")
    assert _ingest(engine, docs)[Action.LOADED] == 2

    extracted: list[str] = []
    real = pipeline.extract_document

    def spy(doc: Document, reference: object) -> Extraction:
        extracted.append(doc.meta.file_name)
        return real(doc, reference)

    monkeypatch.setattr("loaders.pipeline.extract_document", spy)
    counts = _ingest(engine, docs)
    assert (counts[Action.UNCHANGED], extracted) == (2, [])

    (docs / "b.txt").write_text(TEXT.replace("123.4", "88.8"), encoding="utf-8")
    counts = _ingest(engine, docs)
    assert (counts[Action.UNCHANGED], counts[Action.REPLACED], extracted) == (1, 1, ["b.txt"])

    counts = _ingest(engine, docs, reload=True)
    assert counts[Action.REPLACED] == 2 and sorted(extracted[1:]) == ["a.txt", "b.txt"]


def test_a_document_over_its_budget_is_stopped_with_one_worker(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With one worker extraction runs in this process, where the budget is a signal: it must run
    # on the main thread, not in a thread that reads ahead of the loader.
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "slow.txt").write_text(TEXT, encoding="utf-8")
    (docs / "quick.txt").write_text(TEXT.replace("123.4", "99.9"), encoding="utf-8")
    real = pipeline.extract_document

    def stall_on_slow(doc: Document, reference: object) -> Extraction:
        if doc.meta.file_name == "slow.txt":
            time.sleep(30)
        return real(doc, reference)

    monkeypatch.setattr("loaders.pipeline.extract_document", stall_on_slow)
    started = time.monotonic()
    summary = ingest(engine, discover(docs, {}), docs, 1, Console(file=io.StringIO()), limits=Limits(seconds=0.5))
    assert time.monotonic() - started < 15
    assert (summary.counts[Action.LOADED], summary.quarantined) == (1, ["slow.txt"])
