"""From a folder of documents to one Extraction or Rejection per file: read → infer → extract.

Extraction is pure and per document, so files are spread over worker processes; results come
back in file-name order, which makes runs repeatable (the first of two identical files, by name,
is the one that loads). Each document has a time budget: a document that exhausts it is
rejected with that reason and the run goes on; a worker that does not stop is killed and
replaced, and one that dies costs only the document it held.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import multiprocessing
import os
import signal
import time
from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.context import SpawnContext, SpawnProcess
from pathlib import Path

from loaders.budget import OverBudget, time_budget
from loaders.extract import extract_document
from loaders.infer import infer_meta
from loaders.lifeline import die_with_parent
from loaders.read import DEFAULT_MAX_BYTES, read_file
from loaders.reference import Reference
from models.records import DocumentMeta, Extraction, Rejection

log = logging.getLogger(__name__)

DEFAULT_WORKERS = os.cpu_count() or 1
# Seed documents take well under a second each and a megabyte of dense figures a few seconds;
# two minutes leaves room for the largest file read accepts while a runaway still ends.
DEFAULT_SECONDS = 120.0


@dataclass(frozen=True)
class Source:
    """A document file and what the manifest says about it; ``refused`` says why it must not
    be read at all (a link out of the documents folder)."""

    path: Path
    meta: DocumentMeta
    refused: str | None = None


@dataclass(frozen=True)
class Limits:
    """What one document may cost: bytes read, seconds of extraction (None: no limit). A worker
    that ignores its own budget (stopped, or stuck where signals are not seen) is killed
    ``kill_grace`` seconds later."""

    max_bytes: int = DEFAULT_MAX_BYTES
    seconds: float | None = DEFAULT_SECONDS
    kill_grace: float = 15.0


def discover(docs_dir: Path, manifest: Mapping[str, DocumentMeta]) -> list[Source]:
    """The *.txt files of ``docs_dir`` by name, each with its manifest row looked up by file name
    (whatever the folder); a file without a row gets empty metadata, to be inferred. Symbolic
    links are followed only to files inside ``docs_dir``; others come back refused."""
    root = docs_dir.resolve()
    sources: list[Source] = []
    for path in sorted(docs_dir.glob("*.txt")):
        refused = _link_refusal(path, root)
        if refused is None and not path.is_file():
            log.warning("extract: skipped %s: not a regular file", path.name)
            continue
        sources.append(Source(path, manifest.get(path.name) or DocumentMeta(file_name=path.name), refused))
    return sources


def _link_refusal(path: Path, root: Path) -> str | None:
    if not path.is_symlink():
        return None
    target = path.resolve()
    if not target.exists():
        return f"a broken symbolic link (to {os.readlink(path)})"
    if not target.is_relative_to(root):
        return f"a symbolic link to {target}, outside the documents folder: not read"
    return None


def file_digest(path: Path) -> tuple[str, int]:
    """sha256 and size of a file, read in chunks; ("", 0) if it cannot be read."""
    digest = hashlib.sha256()
    n_bytes = 0
    try:
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
                n_bytes += len(chunk)
    except OSError:
        return "", 0
    return digest.hexdigest(), n_bytes


def rejection(source: Source, reason: str) -> Rejection:
    """A Rejection of ``source`` for a reason found outside its extraction (the file is hashed
    again, so that the quarantine row has the same key in every run)."""
    sha256, n_bytes = file_digest(source.path)
    return Rejection(file_name=source.path.name, path=str(source.path), sha256=sha256, n_bytes=n_bytes, reason=reason)


def process(source: Source, reference: Reference, limits: Limits = Limits()) -> Extraction | Rejection:
    """Read, infer the metadata the manifest left open, extract. Never raises for one bad file."""
    if source.refused is not None:
        # keyed by where the link points, since its target is not to be read
        digest = hashlib.sha256(os.readlink(source.path).encode()).hexdigest()
        return Rejection(file_name=source.path.name, path=str(source.path), sha256=digest, n_bytes=0, reason=source.refused)
    read = read_file(source.path, source.meta, limits.max_bytes)
    if isinstance(read, Rejection):
        return read

    def rejected(reason: str) -> Rejection:
        return Rejection(
            file_name=source.path.name, path=str(source.path), sha256=read.doc_id, n_bytes=read.n_bytes, reason=reason
        )

    try:
        with time_budget(limits.seconds):
            return extract_document(infer_meta(read), reference)
    except OverBudget as exc:
        log.warning("extraction of %s stopped: %s", source.path.name, exc)
        return rejected(f"{exc} ({len(read.text)} characters); raise --doc-timeout to let it finish")
    except Exception as exc:  # an extractor bug must cost one document, not the whole run
        log.exception("extraction failed for %s", source.path.name)
        return rejected(f"extraction failed: {type(exc).__name__}: {exc}")


def _serve(conn: Connection, reference: Reference, limits: Limits, parent_pid: int) -> None:
    """A worker process: extract the sources it is sent until its pipe closes."""
    die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops us
    while True:
        try:
            task: tuple[int, Source] | None = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        index, source = task
        conn.send((index, process(source, reference, limits)))


@dataclass
class _Worker:
    process: SpawnProcess
    conn: Connection
    task: tuple[int, Source] | None = None
    started: float = 0.0

    @classmethod
    def start(cls, context: SpawnContext, reference: Reference, limits: Limits) -> _Worker:
        parent_end, child_end = context.Pipe()
        process = context.Process(
            target=_serve, args=(child_end, reference, limits, os.getpid()), name="devzone-extract", daemon=True
        )
        process.start()
        child_end.close()
        return cls(process, parent_end)

    def assign(self, task: tuple[int, Source]) -> None:
        self.task = task
        self.started = time.monotonic()
        self.conn.send(task)

    def kill(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(BrokenPipeError, OSError):
            self.conn.send(None)
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.kill()
        else:
            self.conn.close()


@dataclass
class _Pool:
    """Worker processes with one task each at most, replaced when they die or are killed."""

    reference: Reference
    limits: Limits
    size: int
    context: SpawnContext = field(default_factory=lambda: multiprocessing.get_context("spawn"))
    workers: list[_Worker] = field(default_factory=list)

    def __post_init__(self) -> None:
        # spawn, not fork: the parent may hold an open database connection and threads.
        self.workers = [_Worker.start(self.context, self.reference, self.limits) for _ in range(self.size)]

    def idle(self) -> list[_Worker]:
        return [w for w in self.workers if w.task is None]

    def busy(self) -> list[_Worker]:
        return [w for w in self.workers if w.task is not None]

    def replace(self, worker: _Worker) -> None:
        worker.kill()
        self.workers[self.workers.index(worker)] = _Worker.start(self.context, self.reference, self.limits)

    def collect(self, timeout: float | None) -> list[tuple[int, Extraction | Rejection]]:
        """Results of the workers that finished within ``timeout`` seconds, and rejections for
        the documents of workers that died or ran past their budget and its grace."""
        busy = self.busy()
        ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout))
        out: list[tuple[int, Extraction | Rejection]] = []
        for worker in busy:
            assert worker.task is not None
            index, source = worker.task
            if worker.conn in ready or worker.process.sentinel in ready:
                try:
                    out.append(worker.conn.recv())
                    worker.task = None
                    continue
                except (EOFError, OSError):
                    worker.process.join()
                    reason = f"the extraction process died (exit status {worker.process.exitcode})"
            elif (
                self.limits.seconds is not None
                and time.monotonic() - worker.started > self.limits.seconds + self.limits.kill_grace
            ):
                reason = f"extraction took longer than its budget of {self.limits.seconds:g} s and was killed"
            else:
                continue
            log.warning("extraction of %s: %s", source.path.name, reason)
            out.append((index, rejection(source, reason)))
            self.replace(worker)
        return out

    def close(self) -> None:
        for worker in self.workers:
            worker.stop()


def extract_all(
    sources: Sequence[Source], reference: Reference, workers: int = DEFAULT_WORKERS, limits: Limits = Limits()
) -> Generator[tuple[str, Extraction | Rejection], None, None]:
    """(path, result) per source, in the order given, computed by ``workers`` processes; at most
    a few results wait for an earlier slow document, so memory does not grow with the corpus."""
    if workers <= 1 or len(sources) <= 1:
        for source in sources:
            yield str(source.path), process(source, reference, limits)
        return
    pool = _Pool(reference, limits, min(workers, len(sources)))
    pending = list(enumerate(sources))[::-1]
    done: dict[int, Extraction | Rejection] = {}
    next_out = 0
    poll = 1.0 if limits.seconds is None else min(1.0, limits.seconds)
    try:
        while next_out < len(sources):
            for worker in pool.idle():
                if pending and len(done) < 4 * pool.size:
                    task = pending.pop()
                    try:
                        worker.assign(task)
                    except OSError:  # it died idle: the next collect reports and replaces it
                        worker.task = task
            done.update(pool.collect(poll))
            while next_out in done:
                yield str(sources[next_out].path), done.pop(next_out)
                next_out += 1
    finally:
        pool.close()
