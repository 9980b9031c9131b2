"""From a folder of documents to one Extraction or Rejection per file: read → infer → extract.

Extraction is pure and per document, so files are spread over a pool of processes; results come
back in file-name order, which makes runs repeatable (the first of two identical files, by name,
is the one that loads).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path

from loaders.extract import extract_document
from loaders.infer import infer_meta
from loaders.read import read_file
from loaders.reference import Reference
from models.records import DocumentMeta, Extraction, Rejection

log = logging.getLogger(__name__)

DEFAULT_WORKERS = os.cpu_count() or 1


@dataclass(frozen=True)
class Source:
    """A document file and what the manifest says about it."""

    path: Path
    meta: DocumentMeta


def discover(docs_dir: Path, manifest: Mapping[str, DocumentMeta]) -> list[Source]:
    """The *.txt files of ``docs_dir`` by name, each with its manifest row looked up by file name
    (whatever the folder); a file without a row gets empty metadata, to be inferred."""
    paths = sorted(p for p in docs_dir.glob("*.txt") if p.is_file())
    return [Source(path, manifest.get(path.name) or DocumentMeta(file_name=path.name)) for path in paths]


def process(source: Source, reference: Reference) -> Extraction | Rejection:
    """Read, infer the metadata the manifest left open, extract. Never raises for one bad file."""
    read = read_file(source.path, source.meta)
    if isinstance(read, Rejection):
        return read
    try:
        return extract_document(infer_meta(read), reference)
    except Exception as exc:  # an extractor bug must cost one document, not the whole run
        log.exception("extraction failed for %s", source.path.name)
        return Rejection(
            file_name=source.path.name,
            path=str(source.path),
            sha256=read.doc_id,
            n_bytes=read.n_bytes,
            reason=f"extraction failed: {type(exc).__name__}: {exc}",
        )


def extract_all(
    sources: Sequence[Source], reference: Reference, workers: int = DEFAULT_WORKERS
) -> Iterator[tuple[str, Extraction | Rejection]]:
    """(path, result) per source, in the order given, computed by ``workers`` processes."""
    if workers <= 1 or len(sources) <= 1:
        for source in sources:
            yield str(source.path), process(source, reference)
        return
    # spawn, not fork: the parent may hold an open database connection and threads.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=min(workers, len(sources)), mp_context=context) as pool:
        for source, result in zip(sources, pool.map(process, sources, repeat(reference))):
            yield str(source.path), result
