"""The extraction stage under stress: a document over its time budget, a worker that hangs or
dies, links out of the documents folder. Each costs its own document, and the run goes on."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from pathlib import Path

from loaders.pipeline import Limits, Source, discover, extract_all, process
from loaders.reference import load_reference
from models.records import DocumentMeta, Extraction, Rejection

SENTENCE = "2022年,某某经济开发区实现规模以上工业总产值123.4亿元,同比增长12.5%。"


def _source(folder: Path, name: str, text: str) -> Source:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return Source(path, DocumentMeta(file_name=name))


def _heavy(folder: Path, name: str) -> Source:
    return _source(folder, name, "标题\n" + SENTENCE * 40_000)  # about 5 MB: many seconds of extraction


def test_a_document_over_its_budget_is_rejected_with_the_reason(tmp_path: Path) -> None:
    result = process(_heavy(tmp_path, "big.txt"), load_reference(), Limits(seconds=0.3))
    assert isinstance(result, Rejection)
    assert "longer than its budget of 0.3 s" in result.reason and "--doc-timeout" in result.reason
    assert len(result.sha256) == 64


def test_workers_over_budget_stop_and_the_other_documents_load(tmp_path: Path) -> None:
    sources = [_heavy(tmp_path, "a.txt"), _source(tmp_path, "b.txt", "园区实现产值12亿元。"), _heavy(tmp_path, "c.txt")]
    results = dict(extract_all(sources, load_reference(), workers=2, limits=Limits(seconds=0.5)))
    assert [type(results[str(s.path)]) for s in sources] == [Rejection, Extraction, Rejection]


def _signal_workers_after(delay: float, signum: int, n_workers: int = 2) -> threading.Thread:
    """Send ``signum`` to the extraction workers ``delay`` seconds after all of them started."""

    def send() -> None:
        while len(multiprocessing.active_children()) < n_workers:
            time.sleep(0.05)
        time.sleep(delay)
        for child in multiprocessing.active_children():
            if child.pid is not None:
                os.kill(child.pid, signum)

    thread = threading.Thread(target=send, daemon=True)
    thread.start()
    return thread


def test_a_hung_worker_is_killed_and_replaced(tmp_path: Path) -> None:
    sources = [_heavy(tmp_path, "a.txt"), _heavy(tmp_path, "b.txt")]
    _signal_workers_after(0.2, signal.SIGSTOP)  # stopped: its own budget cannot fire
    results = list(extract_all(sources, load_reference(), workers=2, limits=Limits(seconds=3.0, kill_grace=1.0)))
    assert all(isinstance(r, Rejection) and "was killed" in r.reason for _, r in results)
    assert multiprocessing.active_children() == []


def test_a_worker_that_dies_costs_only_its_document(tmp_path: Path) -> None:
    sources = [_heavy(tmp_path, "a.txt"), _heavy(tmp_path, "b.txt"), _source(tmp_path, "c.txt", "园区实现产值12亿元。")]
    _signal_workers_after(0.2, signal.SIGKILL)
    results = dict(extract_all(sources, load_reference(), workers=2, limits=Limits(seconds=60)))
    rejected = [r for r in results.values() if isinstance(r, Rejection)]
    assert [r.reason for r in rejected] == ["the extraction process died (exit status -9)"] * 2
    assert isinstance(results[str(sources[2].path)], Extraction)


def test_links_out_of_the_folder_are_refused_unread(tmp_path: Path) -> None:
    docs, outside = tmp_path / "docs", tmp_path / "elsewhere"
    docs.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text("园区实现产值12亿元。", encoding="utf-8")
    (docs / "inside.txt").write_text("园区实现产值13亿元。", encoding="utf-8")
    (docs / "out.txt").symlink_to(outside / "secret.txt")
    (docs / "same.txt").symlink_to(docs / "inside.txt")
    (docs / "broken.txt").symlink_to(docs / "missing.txt")
    (docs / "folder.txt").mkdir()
    sources = {s.path.name: s for s in discover(docs, {})}
    assert sorted(sources) == ["broken.txt", "inside.txt", "out.txt", "same.txt"]
    reference = load_reference()
    out = process(sources["out.txt"], reference)
    assert isinstance(out, Rejection) and "outside the documents folder" in out.reason
    broken = process(sources["broken.txt"], reference)
    assert isinstance(broken, Rejection) and "broken symbolic link" in broken.reason
    assert isinstance(process(sources["same.txt"], reference), Extraction)
