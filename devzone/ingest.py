"""The load stage: discover the documents, extract them in parallel, load them with a progress bar."""

from __future__ import annotations

import logging
from collections.abc import Generator
from contextlib import closing
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy import Engine

from devzone.config import MANIFEST_PATH
from devzone.errors import UserError
from loaders.load import BATCH_DOCUMENTS, Action, LoadSummary, Outcome, Unchanged, load_results, unchanged_files
from loaders.manifest import ManifestError, load_manifest
from loaders.pipeline import Limits, Source, discover, extract_all, file_digest
from loaders.prefetch import prefetched
from loaders.reference import Reference, load_reference
from loaders.version import extractor_version
from models.records import Extraction, Rejection

log = logging.getLogger(__name__)

_NAMED_IN_LOG = 10  # file names a log line lists before it only counts the rest


def find_sources(docs_dir: Path, manifest_path: Path = MANIFEST_PATH) -> list[Source]:
    """The documents of ``docs_dir`` with their manifest rows; checked before anything is opened.
    The default manifest may be absent; one named by the user must exist. Without a named one, a
    manifest kept inside the folder itself (:data:`SIDECAR_MANIFESTS`) describes its documents."""
    if not docs_dir.is_dir():
        raise UserError(f"documents folder {docs_dir} does not exist or is not a directory")
    if manifest_path != MANIFEST_PATH and not manifest_path.is_file():
        raise UserError(f"manifest {manifest_path} does not exist or is not a file")
    if manifest_path == MANIFEST_PATH:
        manifest_path = _sidecar_manifest(docs_dir) or manifest_path
    try:
        manifest = load_manifest(manifest_path)
    except ManifestError as exc:
        raise UserError(f"bad manifest: {exc}") from exc
    sources = discover(docs_dir, manifest)
    if not sources:
        log.warning("extract: no *.txt files in %s", docs_dir)
    unlisted = [s.path.name for s in sources if s.path.name not in manifest]
    if unlisted:
        named = ", ".join(unlisted[:_NAMED_IN_LOG]) + (
            f" and {len(unlisted) - _NAMED_IN_LOG} more" if len(unlisted) > _NAMED_IN_LOG else ""
        )
        log.info("extract: %d file(s) not in the manifest, metadata will be inferred: %s", len(unlisted), named)
    return sources


# Names under which a folder of fetched pages carries its own list of addresses and dates.
SIDECAR_MANIFESTS = ("manifest.csv", "manifest.tsv", "sources.tsv")


def _sidecar_manifest(docs_dir: Path) -> Path | None:
    """The manifest kept beside the documents, if any (a link is not followed: files are read
    only inside the documents folder)."""
    for name in SIDECAR_MANIFESTS:
        candidate = docs_dir / name
        if candidate.is_file() and not candidate.is_symlink():
            log.info("extract: document metadata from %s, found beside the documents", candidate)
            return candidate
    return None


def _new_or_changed(
    engine: Engine,
    sources: list[Source],
    reference: Reference,
    workers: int,
    limits: Limits,
    reload: bool,
    ahead: int,
) -> Generator[tuple[str, Extraction | Rejection | Unchanged], None, None]:
    """Every source in order: extracted, or, when its bytes are already loaded under its name by
    this extractor, marked unchanged without being extracted (hashing is all a rerun costs)."""
    skip: set[str] = set()
    if not reload:
        digests = {s.path.name: sha256 for s in sources if s.refused is None and (sha256 := file_digest(s.path)[0])}
        skip = unchanged_files(engine, digests, extractor_version())
    if skip:
        log.info("extract: %d file(s) unchanged since they were loaded, not read again", len(skip))
    to_extract = [s for s in sources if s.path.name not in skip]
    results = extract_all(to_extract, reference, workers, limits)
    # Worker processes go on extracting while a batch is written (a batch's worth ahead at
    # most). Extraction in this process stays on the main thread: its time budget is a signal,
    # which only the main thread receives.
    uses_workers = workers > 1 and len(to_extract) > 1
    with prefetched(results, ahead) if uses_workers else closing(results) as extracted:
        for source in sources:
            if source.path.name in skip:
                yield str(source.path), Unchanged(source.path.name)
            else:
                yield next(extracted)


def ingest(
    engine: Engine,
    sources: list[Source],
    docs_dir: Path,
    workers: int,
    console: Console,
    *,
    reload: bool = False,
    limits: Limits = Limits(),
    batch_documents: int = BATCH_DOCUMENTS,
) -> LoadSummary:
    """Load every source that is new or changed (every source, with ``reload``); the schema must be at head."""
    log.info("extract: %d file(s) from %s on %d worker(s)", len(sources), docs_dir, workers)
    reference = load_reference()
    columns = (TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True, disable=not console.is_terminal) as progress:
        task = progress.add_task("loading documents", total=len(sources))

        def advance(outcome: Outcome) -> None:
            progress.update(task, advance=1, description=f"{outcome.action}: {outcome.file_name}")

        # closing: a loader that fails stops the extraction (its thread and workers) at once.
        with closing(_new_or_changed(engine, sources, reference, workers, limits, reload, batch_documents)) as results:
            summary = load_results(
                engine,
                results,
                str(docs_dir),
                on_outcome=advance,
                reload=reload,
                extractor_version=extractor_version(),
                batch_documents=batch_documents,
            )
    counts = summary.counts
    log.info(
        "load: %d file(s): %d loaded, %d replaced, %d unchanged, %d quarantined",
        summary.n_files,
        counts[Action.LOADED],
        counts[Action.REPLACED],
        counts[Action.UNCHANGED],
        counts[Action.QUARANTINED],
    )
    return summary
