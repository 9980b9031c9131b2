"""Write extractions into the raw schema, keyed by each document's content hash, in batches of
consecutive documents: one transaction per batch, so each document is whole or absent.

What happens to each file of a run:
- its bytes are already loaded under the same name: nothing (``unchanged``);
- its bytes are new: the document and its rows are inserted (``loaded``); if rows of an earlier
  version of the same file name exist, they are deleted (``replaced``);
- a record the raw schema cannot hold (a number too large for its column, a span that is not its
  quote) is set aside in ``raw.rejected_records`` with the reason; the rest of its document loads;
- its bytes are already loaded under another name, it could not be read, or its paragraphs are
  inconsistent: a row in ``raw.quarantine`` with the reason (``quarantined``), once per
  file name and hash, so that re-runs add nothing. A bad version of a file keeps the good rows of
  its earlier version: a failed load never removes data;
- with ``reload``, a file whose bytes are already loaded is extracted again and its rows
  replaced (``replaced``): the way to apply changed extraction rules to an existing warehouse.

``raw.loads`` gets a row as soon as a run changes something, and none for a run that changes
nothing, so that repeating a run leaves every table as it was.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import psycopg
import pyarrow as pa
from pydantic import BaseModel
from sqlalchemy import Boolean, Column, Connection, DateTime, Engine, Integer, Table, delete, insert, select, update
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, SQLAlchemyError

from loaders.screen import InvalidExtraction, SetAside, check_document, screen_records
from models.records import (
    Document,
    Extraction,
    Honour,
    Mention,
    Metric,
    Project,
    Ranking,
    Rejection,
    YearMention,
    ZoneMention,
)
from models.tables import (
    documents,
    honours,
    loads,
    metrics,
    paragraphs,
    projects,
    quarantine,
    rankings,
    rejected_records,
    years,
    zones,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RecordTable:
    """Where one list of an Extraction goes, and which fields change name on the way."""

    field: str  # the attribute of Extraction
    model: type[Mention]
    table: Table
    renames: Mapping[str, str]  # record field -> column


_LINEAGE_RENAMES = {"rule": "extractor"}

RECORD_TABLES: tuple[RecordTable, ...] = (
    RecordTable("zones", ZoneMention, zones, _LINEAGE_RENAMES),
    RecordTable("years", YearMention, years, _LINEAGE_RENAMES),
    RecordTable("metrics", Metric, metrics, _LINEAGE_RENAMES),
    RecordTable("rankings", Ranking, rankings, {**_LINEAGE_RENAMES, "of": "field_size"}),
    RecordTable("honours", Honour, honours, {**_LINEAGE_RENAMES, "date": "honour_date"}),
    RecordTable("projects", Project, projects, {**_LINEAGE_RENAMES, "date": "project_date"}),
)

# Child tables before their parents: the order in which a document's rows are deleted.
_DELETE_LEVELS: tuple[tuple[Table, ...], ...] = (
    (*(rt.table for rt in RECORD_TABLES), rejected_records),
    (paragraphs,),
    (documents,),
)


# A batch per transaction: per-statement and per-commit costs are paid once per batch rather
# than once per document (on DuckDB about 20 ms a document), and memory holds one batch.
BATCH_DOCUMENTS = 64
BATCH_ROWS = 50_000


class Action(StrEnum):
    LOADED = "loaded"
    REPLACED = "replaced"
    UNCHANGED = "unchanged"
    QUARANTINED = "quarantined"


@dataclass(frozen=True)
class Outcome:
    """What the load did with one file, and why."""

    file_name: str
    action: Action
    detail: str


@dataclass
class LoadSummary:
    """Counts of one run; ``load_id`` and ``status`` stay None when the run changed nothing."""

    docs_dir: str
    load_id: str | None = None
    status: str | None = None
    counts: dict[Action, int] = field(default_factory=lambda: dict.fromkeys(Action, 0))
    quarantined: list[str] = field(default_factory=list)

    @property
    def n_files(self) -> int:
        return sum(self.counts.values())

    @property
    def changed(self) -> bool:
        return self.load_id is not None


def _now() -> datetime:
    # Stored without time zone (the column is TIMESTAMP on both databases); always UTC.
    return datetime.now(UTC).replace(tzinfo=None)


def _row(model: BaseModel, renames: Mapping[str, str], load_id: str) -> dict[str, Any]:
    row = {renames.get(name, name): value for name, value in model.model_dump().items()}
    row["load_id"] = load_id
    return row


def _document_row(doc: Document, load_id: str, extractor_version: str | None = None) -> dict[str, Any]:
    meta = doc.meta.model_dump()
    return {
        "doc_id": doc.doc_id,
        **meta,
        "encoding": doc.encoding,
        "n_bytes": doc.n_bytes,
        "n_chars": len(doc.text),
        "original_text": doc.text,
        "load_id": load_id,
        "extractor_version": extractor_version,
    }


_SCREENED_FIELDS = tuple((rt.field, rt.table, rt.renames) for rt in RECORD_TABLES)


def _set_aside_row(doc_id: str, item: SetAside, load_id: str) -> dict[str, Any]:
    record = item.record
    return {
        "doc_id": doc_id,
        "record_table": item.table,
        "record_id": record.record_id,
        "paragraph_id": record.paragraph_id,
        "char_start": record.char_start,
        "char_end": record.char_end,
        "quote": record.quote,
        "extractor": record.rule,
        "record": record.model_dump_json(),
        "reason": item.reason,
        "load_id": load_id,
    }


def table_rows(
    extraction: Extraction, load_id: str, extractor_version: str | None = None
) -> list[tuple[Table, list[dict[str, Any]]]]:
    """The rows of a document per table, parents first: the order they are inserted in."""
    records: list[tuple[Table, list[dict[str, Any]]]] = [
        (rt.table, [_row(r, rt.renames, load_id) for r in getattr(extraction, rt.field)]) for rt in RECORD_TABLES
    ]
    return [
        (documents, [_document_row(extraction.document, load_id, extractor_version)]),
        (paragraphs, [_row(p, {}, load_id) for p in extraction.paragraphs]),
        *records,
    ]


def _copy_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """PostgreSQL through psycopg 3: one ``COPY … FROM STDIN`` per table on the transaction's own
    connection, instead of an INSERT per row. Errors come back as SQLAlchemy's (IntegrityError,
    DataError …), as an INSERT's would."""
    preparer = conn.dialect.identifier_preparer
    names = [c.name for c in table.columns if c.name in rows[0]]
    statement = f"COPY {preparer.format_table(table)} ({', '.join(preparer.quote(n) for n in names)}) FROM STDIN"
    driver_connection = conn.connection.driver_connection
    assert isinstance(driver_connection, psycopg.Connection)
    try:
        with driver_connection.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row([row.get(name) for name in names])
    except psycopg.Error as exc:
        raise DBAPIError.instance(statement, None, exc, psycopg.Error) from exc


def _arrow_type(column: Column[Any]) -> pa.DataType:
    """The Arrow type a column's values travel in. Numerics go as text, which DuckDB casts to the
    column's scale as PostgreSQL's COPY does (Arrow's own decimal refuses to drop digits)."""
    kind = column.type
    if isinstance(kind, Boolean):
        return pa.bool_()
    if isinstance(kind, Integer):
        return pa.int64()
    if isinstance(kind, DateTime):
        return pa.timestamp("us")
    return pa.string()


def _arrow_text(value: Any) -> str | None:
    return value if value is None or isinstance(value, str) else str(value)


def _arrow_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """DuckDB: the rows as one Arrow table, scanned by one ``INSERT … SELECT`` on the
    transaction's own connection. DuckDB's executemany converts every value on its own (and
    tries to import pandas for each), about 500 rows/s; this is columnar."""
    columns = [c for c in table.columns if c.name in rows[0]]
    arrays: dict[str, pa.Array] = {}
    for column in columns:
        kind = _arrow_type(column)
        values = [row.get(column.name) for row in rows]
        if kind == pa.string():
            values = [_arrow_text(v) for v in values]
        try:
            arrays[column.name] = pa.array(values, type=kind)
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError) as exc:
            # A value the column's type cannot hold: the database's own refusal, as an INSERT's.
            raise DataError(f"raw.{table.name}.{column.name}", None, exc) from exc
    batch = pa.table(arrays)
    preparer = conn.dialect.identifier_preparer
    names = ", ".join(preparer.quote(c.name) for c in columns)
    view = f"_devzone_bulk_{table.name}"
    driver_connection = conn.connection.driver_connection
    assert driver_connection is not None
    driver_connection.register(view, batch)
    try:
        conn.exec_driver_sql(f"INSERT INTO {preparer.format_table(table)} ({names}) SELECT {names} FROM {view}")
    finally:
        driver_connection.unregister(view)


def insert_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Bulk-insert ``rows`` (all with the same keys): COPY on PostgreSQL with psycopg 3, an
    Arrow scan on DuckDB, one executemany INSERT elsewhere."""
    if not rows:
        return
    if conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg":
        _copy_rows(conn, table, rows)
    elif conn.dialect.name == "duckdb":
        _arrow_rows(conn, table, rows)
    else:
        conn.execute(insert(table), list(rows))


def _delete_levels(conn: Connection, doc_ids: Sequence[str], levels: Sequence[tuple[Table, ...]]) -> None:
    if not doc_ids:
        return
    for level in levels:
        for table in level:
            conn.execute(delete(table).where(table.c.doc_id.in_(doc_ids)))


def _replace(engine: Engine, doc_ids: Sequence[str], write: Callable[[Connection], None]) -> None:
    """Delete the documents ``doc_ids`` with all their rows, children first, and run ``write``,
    in one transaction: no reader ever sees a file half replaced, and a run killed midway
    leaves the file's earlier version whole."""
    with engine.begin() as conn:
        _delete_levels(conn, doc_ids, _DELETE_LEVELS)
        write(conn)


@dataclass
class _Run:
    """One load run. Its ``raw.loads`` row is written inside the transaction of its first change,
    so a run whose every write rolls back leaves no row either."""

    engine: Engine
    summary: LoadSummary
    reload: bool
    extractor_version: str | None = None
    load_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    started_at: datetime = field(default_factory=_now)

    def _row_exists(self, conn: Connection) -> bool:
        return conn.execute(select(loads.c.load_id).where(loads.c.load_id == self.load_id)).first() is not None

    def ensure_row(self, conn: Connection) -> None:
        if self._row_exists(conn):
            return
        zero = dict.fromkeys(("n_files", "n_loaded", "n_replaced", "n_unchanged", "n_quarantined"), 0)
        row = {"load_id": self.load_id, "started_at": self.started_at, "status": "running", "docs_dir": self.summary.docs_dir}
        conn.execute(insert(loads), [{**row, **zero}])
        log.info("load: run %s started", self.load_id)

    def finish(self, status: str, message: str | None) -> None:
        counts = self.summary.counts
        with self.engine.begin() as conn:
            if not self._row_exists(conn):
                return
            conn.execute(
                update(loads)
                .where(loads.c.load_id == self.load_id)
                .values(
                    finished_at=_now(),
                    status=status,
                    n_files=self.summary.n_files,
                    n_loaded=counts[Action.LOADED],
                    n_replaced=counts[Action.REPLACED],
                    n_unchanged=counts[Action.UNCHANGED],
                    n_quarantined=counts[Action.QUARANTINED],
                    message=message,
                )
            )
        self.summary.load_id = self.load_id
        self.summary.status = status


def _quarantine(run: _Run, file_name: str, sha256: str, path: str, n_bytes: int, reason: str) -> Outcome:
    key = (quarantine.c.file_name == file_name) & (quarantine.c.sha256 == sha256)
    with run.engine.begin() as conn:
        if conn.execute(select(quarantine.c.reason).where(key)).first() is not None:
            return Outcome(file_name, Action.UNCHANGED, f"already quarantined: {reason}")
        run.ensure_row(conn)
        row = {"file_name": file_name, "sha256": sha256, "path": path, "n_bytes": n_bytes, "reason": reason}
        conn.execute(insert(quarantine), [{**row, "load_id": run.load_id}])
    log.warning("quarantined %s: %s", file_name, reason)
    return Outcome(file_name, Action.QUARANTINED, reason)


def _load_rejection(run: _Run, rejection: Rejection) -> Outcome:
    return _quarantine(run, rejection.file_name, rejection.sha256, rejection.path, rejection.n_bytes, rejection.reason)


@dataclass
class _Write:
    """A document ready to be written: its rows, the documents it replaces, what to report."""

    name: str
    doc_id: str
    path: str
    n_bytes: int
    rows: list[tuple[Table, list[dict[str, Any]]]]
    replaced: list[str]
    outcome: Outcome
    message: str

    @property
    def n_rows(self) -> int:
        return sum(len(table_rows) for _, table_rows in self.rows)


def _known_versions(engine: Engine, extractions: Sequence[Extraction]) -> list[Any]:
    """The loaded documents that share bytes or a file name with any of ``extractions``."""
    if not extractions:
        return []
    ids = [e.document.doc_id for e in extractions]
    names = [e.document.meta.file_name for e in extractions]
    with engine.connect() as conn:
        return list(
            conn.execute(
                select(documents.c.doc_id, documents.c.file_name, documents.c.extractor_version).where(
                    documents.c.doc_id.in_(ids) | documents.c.file_name.in_(names)
                )
            ).all()
        )


def _plan(run: _Run, extraction: Extraction, path: str, known: Sequence[Any]) -> Outcome | _Write:
    """What to do with one extraction, given the loaded documents that share its bytes or its
    name: an outcome already reached (unchanged, quarantined), or the rows to write."""
    doc = extraction.document
    name = doc.meta.file_name
    known = [r for r in known if r.doc_id == doc.doc_id or r.file_name == name]
    loaded_as = next((r.file_name for r in known if r.doc_id == doc.doc_id), None)
    older_versions = [r.doc_id for r in known if r.doc_id != doc.doc_id]
    if loaded_as is not None and loaded_as != name:
        reason = f"duplicate: the same bytes are already loaded as {loaded_as}"
        return _quarantine(run, name, doc.doc_id, path, doc.n_bytes, reason)
    stale = any(r.doc_id == doc.doc_id and r.extractor_version != run.extractor_version for r in known)
    if loaded_as is not None and not run.reload and not (stale and run.extractor_version):
        if not older_versions:
            return Outcome(name, Action.UNCHANGED, "already loaded")
        # A run of an earlier loader, which replaced in several transactions, died between them.
        _replace(run.engine, older_versions, run.ensure_row)
        log.info("replaced %s: removed %d leftover earlier version(s)", name, len(older_versions))
        return Outcome(name, Action.REPLACED, "removed leftover earlier versions")
    extraction, set_aside = screen_records(extraction, _SCREENED_FIELDS)
    rows = table_rows(extraction, run.load_id, run.extractor_version)
    try:
        check_document(extraction, rows[:2])
    except InvalidExtraction as exc:
        return _quarantine(run, name, doc.doc_id, path, doc.n_bytes, f"extraction rejected: {exc}")
    rows.append((rejected_records, [_set_aside_row(doc.doc_id, item, run.load_id) for item in set_aside]))
    for item in set_aside:
        log.warning("%s: set aside %s record %s: %s", name, item.table, item.record.record_id, item.reason)
    n_records = sum(len(getattr(extraction, rt.field)) for rt in RECORD_TABLES)
    detail = f"{len(extraction.paragraphs)} paragraphs, {n_records} records"
    if set_aside:
        detail += f", {len(set_aside)} set aside (raw.rejected_records)"
    replaced = older_versions + ([doc.doc_id] if loaded_as is not None else [])
    if replaced:
        how = "re-extracted" if loaded_as is not None else f"new bytes {doc.doc_id[:12]}"
        if loaded_as is not None and stale and not run.reload:
            how = f"re-extracted: extractor {run.extractor_version}"
        outcome, message = Outcome(name, Action.REPLACED, detail), f"replaced {name} ({how}): {detail}"
    else:
        outcome, message = Outcome(name, Action.LOADED, detail), f"loaded {name} ({doc.doc_id[:12]}): {detail}"
    return _Write(name, doc.doc_id, path, doc.n_bytes, rows, replaced, outcome, message)


def _write(run: _Run, writes: Sequence[_Write]) -> None:
    """Write ``writes`` in one transaction: the documents they replace deleted, then one bulk
    insert per table for all of them. Each document is whole or absent, whatever happens."""

    def write(conn: Connection) -> None:
        run.ensure_row(conn)
        for i, (table, _) in enumerate(writes[0].rows):
            insert_rows(conn, table, [row for w in writes for row in w.rows[i][1]])
        # A file quarantined earlier with these very bytes (e.g. after an extractor bug) is now in.
        keys = {(w.name, w.doc_id) for w in writes}
        held = conn.execute(
            select(quarantine.c.file_name, quarantine.c.sha256).where(quarantine.c.sha256.in_([w.doc_id for w in writes]))
        ).all()
        for file_name, sha256 in held:
            if (file_name, sha256) in keys:
                conn.execute(delete(quarantine).where((quarantine.c.file_name == file_name) & (quarantine.c.sha256 == sha256)))

    _replace(run.engine, [doc_id for w in writes for doc_id in w.replaced], write)
    for w in writes:
        log.info("%s", w.message)


def _write_each(run: _Run, writes: Sequence[_Write]) -> list[Outcome]:
    """Write ``writes`` together; if the database refuses, one by one, so that a document it
    cannot store costs only that document (quarantined with the database's reason)."""
    if not writes:
        return []
    try:
        _write(run, writes)
        return [w.outcome for w in writes]
    except (IntegrityError, DataError) as exc:
        if len(writes) > 1:
            return [outcome for w in writes for outcome in _write_each(run, [w])]
        w = writes[0]
        reason = str(exc.orig).splitlines()[0] if exc.orig else str(exc)
        return [_quarantine(run, w.name, w.doc_id, w.path, w.n_bytes, f"could not be stored: {reason}")]


def _load_batch(run: _Run, batch: Sequence[tuple[str, Extraction | Rejection | Unchanged]]) -> list[Outcome]:
    """The outcomes of a batch of results, in order; its new documents written in one transaction."""
    extractions = [result for _, result in batch if isinstance(result, Extraction)]
    known = _known_versions(run.engine, extractions)
    planned: dict[str, str] = {}  # doc_id -> file name, for the same bytes twice in one batch
    gone: set[str] = set()  # documents that writes planned earlier in the batch replace
    outcomes: list[Outcome | _Write] = []
    for path, result in batch:
        if isinstance(result, Unchanged):
            outcomes.append(Outcome(result.file_name, Action.UNCHANGED, "already loaded (not read again)"))
        elif isinstance(result, Rejection):
            outcomes.append(_load_rejection(run, result))
        elif (twin := planned.get(result.document.doc_id)) is not None:
            reason = f"duplicate: the same bytes are already loaded as {twin}"
            doc = result.document
            outcomes.append(_quarantine(run, doc.meta.file_name, doc.doc_id, path, doc.n_bytes, reason))
        else:
            # As if the documents before it in the batch were written already, which they are
            # when it is written (batches, or one by one after a refusal, keep the file order).
            step = _plan(run, result, path, [r for r in known if r.doc_id not in gone])
            if isinstance(step, _Write):
                planned[step.doc_id] = step.name
                gone.update(step.replaced)
            outcomes.append(step)
    written = iter(_write_each(run, [step for step in outcomes if isinstance(step, _Write)]))
    return [next(written) if isinstance(step, _Write) else step for step in outcomes]


def _batches(
    results: Iterable[tuple[str, Extraction | Rejection | Unchanged]], max_documents: int, max_rows: int
) -> Iterator[list[tuple[str, Extraction | Rejection | Unchanged]]]:
    """Consecutive results, at most ``max_documents`` of them, and no more records than
    ``max_rows`` unless a single document has more: what is held in memory at once."""
    batch: list[tuple[str, Extraction | Rejection | Unchanged]] = []
    n_rows = 0
    for item in results:
        batch.append(item)
        result = item[1]
        if isinstance(result, Extraction):
            n_rows += len(result.paragraphs) + sum(len(getattr(result, rt.field)) for rt in RECORD_TABLES)
        if len(batch) >= max_documents or n_rows >= max_rows:
            yield batch
            batch, n_rows = [], 0
    if batch:
        yield batch


def close_interrupted_runs(engine: Engine) -> list[str]:
    """Mark the runs still 'running' as 'interrupted': a load holds the run lock, so a running
    row seen by another load is one whose process was killed. Its committed documents are whole
    (each one is in a single transaction); the files it did not reach load in this run."""
    with engine.begin() as conn:
        stale = list(conn.execute(select(loads.c.load_id).where(loads.c.status == "running")).scalars())
        if stale:
            conn.execute(
                update(loads)
                .where(loads.c.load_id.in_(stale))
                .values(status="interrupted", finished_at=_now(), message="the run was killed before it finished")
            )
    for load_id in stale:
        log.warning("load: run %s was killed before it finished; its documents are complete, the rest loads now", load_id)
    return stale


@dataclass(frozen=True)
class Unchanged:
    """A file whose bytes are loaded under its name by this extractor version, seen before any
    extraction: nothing to do."""

    file_name: str


def unchanged_files(engine: Engine, digests: Mapping[str, str], extractor_version: str | None) -> set[str]:
    """The file names of ``digests`` (file name -> sha256) whose bytes are the only version
    loaded under that name, extracted by ``extractor_version``: the files a run can skip unread."""
    if not digests:
        return set()
    with engine.connect() as conn:
        rows = conn.execute(
            select(documents.c.file_name, documents.c.doc_id, documents.c.extractor_version).where(
                documents.c.file_name.in_(list(digests))
            )
        ).all()
    versions: dict[str, list[tuple[str, str | None]]] = {}
    for row in rows:
        versions.setdefault(row.file_name, []).append((row.doc_id, row.extractor_version))
    return {
        name
        for name, loaded in versions.items()
        if loaded == [(digests[name], extractor_version)] and extractor_version is not None
    }


def load_results(
    engine: Engine,
    results: Iterable[tuple[str, Extraction | Rejection | Unchanged]],
    docs_dir: str,
    on_outcome: Callable[[Outcome], None] | None = None,
    reload: bool = False,
    extractor_version: str | None = None,
    batch_documents: int = BATCH_DOCUMENTS,
    batch_rows: int = BATCH_ROWS,
) -> LoadSummary:
    """Load (path, extraction or rejection) pairs in order, in batches of consecutive documents,
    each batch one transaction (each document whole or absent), at most ``batch_documents``
    documents or ``batch_rows`` records at once (memory stays flat whatever the corpus size).

    ``reload`` replaces documents whose bytes are already loaded too (after the extraction
    rules changed); with ``extractor_version``, documents loaded by another version of the
    extractor are replaced as well, each recording the version of its rows. Bad files never stop
    the run; an error of the database itself does, after marking the run failed (the documents
    committed before it stay, each complete).
    """
    summary = LoadSummary(docs_dir=docs_dir)
    run = _Run(engine, summary, reload, extractor_version)
    close_interrupted_runs(engine)
    try:
        for batch in _batches(results, batch_documents, batch_rows):
            for outcome in _load_batch(run, batch):
                summary.counts[outcome.action] += 1
                if outcome.action is Action.QUARANTINED:
                    summary.quarantined.append(outcome.file_name)
                if on_outcome is not None:
                    on_outcome(outcome)
    except BaseException as exc:
        try:
            run.finish("failed", f"{type(exc).__name__}: {exc}"[:2000])
        except SQLAlchemyError:
            log.exception("load: could not mark run %s as failed", run.load_id)
        raise
    if summary.quarantined:
        run.finish("partial", f"quarantined: {', '.join(summary.quarantined)}")
    else:
        run.finish("succeeded", None)
    if summary.changed:
        log.info("load: run %s %s", summary.load_id, summary.status)
    return summary
