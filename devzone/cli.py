"""`devzone`: migrate, load, build, export, evaluate and trace the warehouse.

Exit status, for people and schedulers alike (README: "Scheduled runs"):
  0   done
  1   the run failed: a dbt model or data test (readers keep the previous marts), or an
      unexpected error (with its traceback)
  2   a mistake the user can fix (a missing folder, a bad option, an unreachable or locked
      database), on one line
  75  another `devzone run`/`load`/`build` holds the warehouse (EX_TEMPFAIL): nothing was done
"""

from __future__ import annotations

import functools
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.logging import RichHandler
from sqlalchemy import Engine

from devzone import trace as tracing
from devzone.config import DB_ENV, DEFAULT_DOCS_DIR, DSN_ENV, MANIFEST_PATH, TARGET_ENV, Target, Warehouse
from devzone.database import open_engine, row_counts
from devzone.dbt import BuildFailed
from devzone.errors import UserError
from devzone.evaluate import read_zone_aliases, score, zone_canonicaliser
from devzone.export import gold_records
from devzone.freshness import current_build, forget_builds, full_refresh_reason, project_version, raw_state, record_build
from devzone.ingest import find_sources, ingest
from devzone.lock import RunLocked, run_lock
from devzone.migrate import upgrade_to_head
from devzone.readback import read_extractions
from devzone.review import write_review
from devzone.serving import build_marts, refresh_reader
from devzone.sql import run_sql
from devzone.summary import counts_table
from loaders.load import BATCH_DOCUMENTS, LoadSummary
from loaders.pipeline import DEFAULT_SECONDS, DEFAULT_WORKERS, Limits, Source, extract_all
from loaders.read import DEFAULT_MAX_BYTES
from loaders.reference import load_reference
from models.records import Extraction

log = logging.getLogger("devzone")

app = typer.Typer(
    help="A warehouse of China's development zones, built from the documents that report on them.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


class RecordType(StrEnum):
    fact = "fact"
    ranking = "ranking"
    honour = "honour"
    project = "project"


@dataclass(frozen=True)
class Consoles:
    out: Console
    err: Console


DocsOption = Annotated[Path, typer.Option("--docs", help="Folder of *.txt documents.")]
ManifestOption = Annotated[
    Path,
    typer.Option(
        "--manifest",
        help="What is known of each document: CSV (or .tsv) with a file (or doc) column and optional "
        "title, publisher, kind, published_on, report_year, origin, url.",
    ),
]
DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar=DB_ENV,
        help="DuckDB file (or a PostgreSQL URL); ./warehouse.duckdb when neither this nor the variable is set.",
    ),
]
TargetOption = Annotated[
    Target | None,
    typer.Option(
        "--target",
        envvar=TARGET_ENV,
        case_sensitive=False,
        help="duckdb (one local file, the default) or postgres (shared, for BI tools).",
    ),
]
DsnOption = Annotated[
    str | None,
    typer.Option("--dsn", envvar=DSN_ENV, help="PostgreSQL URL, postgresql://user:password@host:port/dbname."),
]
IncludeUnplacedOption = Annotated[
    bool,
    typer.Option(
        "--include-unplaced",
        metavar="",
        help="Also records whose zone no evidence decided (zone null); they are left out by default.",
    ),
]
WorkersOption = Annotated[int, typer.Option("--workers", min=1, help="Processes that extract in parallel.")]
DocTimeoutOption = Annotated[
    float,
    typer.Option(
        "--doc-timeout",
        min=0,
        help="Seconds one document's extraction may take before it is quarantined (0: no limit).",
    ),
]
MaxBytesOption = Annotated[
    int, typer.Option("--max-bytes", min=1, help="Files larger than this many bytes are quarantined unread.")
]
BatchOption = Annotated[
    int,
    typer.Option(
        "--batch-docs",
        min=1,
        help="Documents written per transaction: fewer commit more often, so a killed run keeps more of its work.",
    ),
]
ReloadOption = Annotated[
    bool,
    typer.Option("--reload", metavar="", help="Re-extract documents already loaded too (after changing extraction rules)."),
]
FullRefreshOption = Annotated[
    bool,
    typer.Option(
        "--full-refresh",
        metavar="",
        help="Rebuild every mart whole instead of from the documents changed since the last build (DuckDB).",
    ),
]

P = ParamSpec("P")
R = TypeVar("R")

EXIT_FAILED = 1
EXIT_USER_ERROR = 2
EXIT_LOCKED = 75  # EX_TEMPFAIL of sysexits.h: try again later


def _user_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn a UserError into one line on stderr and exit status 2, a failed build into exit 1,
    a run held off by another's lock into exit 75."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except UserError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(EXIT_USER_ERROR) from None
        except BuildFailed as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(EXIT_FAILED) from None
        except RunLocked as exc:
            typer.echo(f"busy: {exc}", err=True)
            raise typer.Exit(EXIT_LOCKED) from None

    return wrapper


@app.callback()
def main(
    ctx: typer.Context,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", metavar="", help="Log debug messages too.")] = False,
) -> None:
    err = Console(stderr=True)
    # On a terminal, rich renders log lines above the progress bar; elsewhere (CI, pipes, files)
    # plain one-line records read and grep better than rich's wrapped columns.
    handler: logging.Handler = (
        RichHandler(console=err, show_path=False, markup=False) if err.is_terminal else logging.StreamHandler()
    )
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(message)s" if err.is_terminal else "%(asctime)s %(levelname)s %(message)s",
        handlers=[handler],
        force=True,
    )
    # SQLAlchemy and Alembic are chatty at INFO; their stage lines come from us.
    for noisy in ("alembic", "sqlalchemy"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if verbose else logging.WARNING)
    ctx.obj = Consoles(out=Console(), err=err)


def _warehouse(ctx: typer.Context, db: str | None, target: Target | None, dsn: str | None) -> Warehouse:
    """The warehouse of --db/--target/--dsn. typer fills them from the environment too, but a value
    typed on the command line outranks every environment variable (--db file.duckdb beats
    $DEVZONE_DSN), so each value goes to Warehouse.resolve as a flag or as the environment's."""
    given: dict[str, str | None] = {"db": None, "target": None, "dsn": None}
    env: dict[str, str] = {}
    for name, value, variable in (("db", db, DB_ENV), ("target", target, TARGET_ENV), ("dsn", dsn, DSN_ENV)):
        if value is None:
            continue
        source = ctx.get_parameter_source(name)
        if source is not None and source.name == "ENVIRONMENT":  # typer carries its own click: compare by name
            env[variable] = str(value)
        else:
            given[name] = str(value)
    return Warehouse.resolve(given["db"], given["target"], given["dsn"], env=env)


def _limits(doc_timeout: float, max_bytes: int) -> Limits:
    return Limits(max_bytes=max_bytes, seconds=doc_timeout or None)


def _load(
    consoles: Consoles,
    warehouse: Warehouse,
    docs: Path,
    sources: list[Source],
    workers: int,
    reload: bool,
    limits: Limits,
    batch_docs: int,
) -> LoadSummary:
    """Migrate and load; the caller holds the run lock."""
    with open_engine(warehouse) as engine:
        upgrade_to_head(engine)
        return ingest(engine, sources, docs, workers, consoles.err, reload=reload, limits=limits, batch_documents=batch_docs)


def _full_refresh(engine: Engine, warehouse: Warehouse, version: str, requested: bool) -> bool:
    """Whether this build rebuilds every mart whole, logged with the reason; else it builds them
    from the documents changed since the last build."""
    reason: str | None
    if requested:
        reason = "--full-refresh"
    elif not warehouse.is_duckdb:
        reason = "PostgreSQL builds in empty shadow schemas"
    else:
        reason = full_refresh_reason(engine, version)
    if reason is None:
        log.info("build: incremental, from the documents changed since the last build")
    else:
        log.info("build: full refresh (%s)", reason)
    return reason is not None


def _build(warehouse: Warehouse, full_refresh_requested: bool = False) -> None:
    started = time.monotonic()
    with open_engine(warehouse, must_exist=True) as engine:
        upgrade_to_head(engine)
        state, version = raw_state(engine), project_version()
        full_refresh = _full_refresh(engine, warehouse, version, full_refresh_requested)
        forget_builds(engine)  # until this build succeeds, no build vouches for the marts or may be built on
    summary = build_marts(warehouse, full_refresh=full_refresh)
    with open_engine(warehouse, must_exist=True) as engine:
        record_build(engine, state, version, summary)
    log.info("build: marts published in %.1f s", time.monotonic() - started)


def _build_unless_current(warehouse: Warehouse, summary: LoadSummary, full_refresh: bool) -> None:
    """Build the marts, unless this run loaded nothing and they were built from the same loads
    by the same dbt project (and no full refresh was asked for): then say so and leave them."""
    if not summary.changed and not full_refresh:
        with open_engine(warehouse, must_exist=True) as engine:
            built_at = current_build(engine, raw_state(engine))
        if built_at is not None:
            log.info(
                "build: skipped, nothing was loaded and the marts are current (built %s UTC; `devzone build` rebuilds them)",
                built_at.isoformat(sep=" ", timespec="seconds"),
            )
            if not warehouse.is_duckdb:
                refresh_reader(warehouse)  # a changed reader role or password applies on every run
            return
    _build(warehouse, full_refresh)


def _print_counts(consoles: Consoles, warehouse: Warehouse, summary: LoadSummary | None) -> None:
    with open_engine(warehouse, must_exist=True) as engine:
        consoles.out.print(counts_table(row_counts(engine), summary))


@app.command()
@_user_errors
def run(
    ctx: typer.Context,
    docs: DocsOption = DEFAULT_DOCS_DIR,
    manifest: ManifestOption = MANIFEST_PATH,
    db: DbOption = None,
    target: TargetOption = None,
    dsn: DsnOption = None,
    workers: WorkersOption = DEFAULT_WORKERS,
    reload: ReloadOption = False,
    doc_timeout: DocTimeoutOption = DEFAULT_SECONDS,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    batch_docs: BatchOption = BATCH_DOCUMENTS,
    full_refresh: FullRefreshOption = False,
) -> None:
    """Migrate the raw schema, load new or changed documents, build the marts, print row counts."""
    consoles: Consoles = ctx.obj
    started = time.monotonic()
    warehouse = _warehouse(ctx, db, target, dsn)
    docs = docs.resolve()
    sources = find_sources(docs, manifest)  # a missing folder is reported before anything is created or locked
    with run_lock(warehouse):
        summary = _load(consoles, warehouse, docs, sources, workers, reload, _limits(doc_timeout, max_bytes), batch_docs)
        _build_unless_current(warehouse, summary, full_refresh)
        _print_counts(consoles, warehouse, summary)
    log.info("run: done in %.1f s", time.monotonic() - started)


@app.command()
@_user_errors
def load(
    ctx: typer.Context,
    docs: DocsOption = DEFAULT_DOCS_DIR,
    manifest: ManifestOption = MANIFEST_PATH,
    db: DbOption = None,
    target: TargetOption = None,
    dsn: DsnOption = None,
    workers: WorkersOption = DEFAULT_WORKERS,
    reload: ReloadOption = False,
    doc_timeout: DocTimeoutOption = DEFAULT_SECONDS,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    batch_docs: BatchOption = BATCH_DOCUMENTS,
) -> None:
    """Migrate the raw schema and load new or changed documents (no dbt build)."""
    consoles: Consoles = ctx.obj
    warehouse = _warehouse(ctx, db, target, dsn)
    docs = docs.resolve()
    sources = find_sources(docs, manifest)
    with run_lock(warehouse):
        summary = _load(consoles, warehouse, docs, sources, workers, reload, _limits(doc_timeout, max_bytes), batch_docs)
        _print_counts(consoles, warehouse, summary)


@app.command()
@_user_errors
def build(
    ctx: typer.Context,
    db: DbOption = None,
    target: TargetOption = None,
    dsn: DsnOption = None,
    full_refresh: FullRefreshOption = False,
) -> None:
    """Build and test the marts with dbt from what the raw schema holds: on DuckDB from the
    documents changed since the last build, on PostgreSQL whole, in shadow schemas swapped in
    when the whole build passed."""
    warehouse = _warehouse(ctx, db, target, dsn)
    if warehouse.path is not None and not warehouse.path.exists():
        raise UserError(f"no warehouse at {warehouse.path}: run `devzone run` first")
    with run_lock(warehouse):
        with open_engine(warehouse, must_exist=True):
            pass  # a missing or locked warehouse is the user's to fix: say so before dbt starts
        _build(warehouse, full_refresh)
        _print_counts(ctx.obj, warehouse, None)


@app.command()
@_user_errors
def export(
    ctx: typer.Context,
    db: DbOption = None,
    target: TargetOption = None,
    dsn: DsnOption = None,
    record_type: Annotated[RecordType | None, typer.Option("--type", help="Only this type of record.")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Write here instead of stdout.")] = None,
    include_unplaced: IncludeUnplacedOption = False,
) -> None:
    """Write the warehouse's records as JSON lines in the gold format, with their lineage."""
    warehouse = _warehouse(ctx, db, target, dsn)
    if out is not None and not out.parent.is_dir():
        raise UserError(f"cannot write {out}: {out.parent} is not a directory")
    with open_engine(warehouse, must_exist=True) as engine:
        records = [
            record
            for extraction in read_extractions(engine)
            for record in gold_records(extraction, include_unplaced=include_unplaced)
            if record_type is None or record["type"] == record_type.value
        ]
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if out is None:
        typer.echo(lines, nl=False)
    else:
        out.write_text(lines, encoding="utf-8")
    log.info("export: %d record(s)%s", len(records), f" to {out}" if out else "")


def _read_gold(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise UserError(f"gold file {path} does not exist")
    gold: list[dict[str, Any]] = []
    for line_no, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UserError(f"{path}:{line_no}: not JSON ({exc.msg})") from exc
        if not isinstance(record, dict) or record.get("type") not in set(RecordType):
            raise UserError(f"{path}:{line_no}: not a gold record (an object with a type of {', '.join(RecordType)})")
        gold.append(record)
    return gold


@app.command(name="eval")
@_user_errors
def evaluate(
    ctx: typer.Context,
    gold: Annotated[Path, typer.Option("--gold", help="Gold records, JSON lines.")],
    docs: DocsOption = DEFAULT_DOCS_DIR,
    manifest: ManifestOption = MANIFEST_PATH,
    by_rule: Annotated[bool, typer.Option("--by-rule", metavar="", help="Also show precision per extraction rule.")] = False,
    aliases: Annotated[
        Path | None,
        typer.Option("--aliases", help="Zone alias file: lines of 'canonical | alias | alias', names counted as one zone."),
    ] = None,
    misses: Annotated[
        Path | None,
        typer.Option("--misses", help="Write the unmatched exported and gold records here (JSON lines)."),
    ] = None,
    workers: WorkersOption = DEFAULT_WORKERS,
    include_unplaced: IncludeUnplacedOption = False,
) -> None:
    """Extract in memory (no database) and score against a gold file: precision, recall, F1."""
    consoles: Consoles = ctx.obj
    gold_rows = _read_gold(gold)
    # The alias file is often kept beside the documents it speaks of; it is an input of the
    # scoring, never a document to extract from.
    inputs = {gold.resolve(), *([aliases.resolve()] if aliases is not None else [])}
    sources = [s for s in find_sources(docs.resolve(), manifest) if s.path.resolve() not in inputs]
    log.info("eval: %d document(s) scored against %d gold record(s)", len(sources), len(gold_rows))
    reference = load_reference()
    predicted: list[dict[str, Any]] = []
    for path, result in extract_all(sources, reference, workers):
        if isinstance(result, Extraction):
            predicted.extend(gold_records(result, include_unplaced=include_unplaced))
        else:
            log.warning("eval: skipped %s: %s", Path(path).name, result.reason)
    alias_map: dict[str, str] = {}
    if aliases is not None:
        if not aliases.is_file():
            raise UserError(f"alias file {aliases} does not exist")
        alias_map = read_zone_aliases(aliases.read_text(encoding="utf-8-sig").splitlines())
    report = score(predicted, gold_rows, zone_canonicaliser(reference.canonical_zone_name, alias_map))
    if misses is not None:
        rows = [{"side": "exported", **r} for r in report.unmatched_pred] + [{"side": "gold", **r} for r in report.unmatched_gold]
        misses.write_text("".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows), encoding="utf-8")
    consoles.out.print(report.render())
    if by_rule:
        consoles.out.print(report.render_rules())


@app.command()
@_user_errors
def trace(
    ctx: typer.Context,
    record_id: Annotated[str, typer.Argument(metavar="RECORD_OR_FACT_ID", help="A raw record_id or a mart key.")],
    db: DbOption = None,
    target: TargetOption = None,
    dsn: DsnOption = None,
) -> None:
    """Show where a record or fact comes from: document, paragraph, the span highlighted."""
    consoles: Consoles = ctx.obj
    warehouse = _warehouse(ctx, db, target, dsn)
    with open_engine(warehouse, must_exist=True) as engine:
        hits = tracing.find(engine, record_id)
        if not hits:
            raise UserError(f"no record or fact with id {record_id!r} in {warehouse.describe()}")
        for renderable in tracing.render(engine, hits):
            consoles.out.print(renderable)


@app.command()
@_user_errors
def sql(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help='One SQL statement, e.g. "select * from marts.dim_zone".')],
    as_csv: Annotated[bool, typer.Option("--csv", metavar="", help="Every row as CSV, for machines.")] = False,
    db: DbOption = None,
    target: TargetOption = None,
    dsn: DsnOption = None,
) -> None:
    """Run a query on the warehouse (read-only) and print the rows."""
    raise typer.Exit(run_sql(_warehouse(ctx, db, target, dsn), query, as_csv))


@app.command()
@_user_errors
def review(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option("--out", help="Folder for the HTML pages.")] = Path("review"),
    db: DbOption = None,
    target: TargetOption = None,
    dsn: DsnOption = None,
) -> None:
    """Write a static HTML page per document with every extracted record highlighted in place."""
    consoles: Consoles = ctx.obj
    pages = write_review(_warehouse(ctx, db, target, dsn), out)
    consoles.out.print(f"{len(pages) - 1} document page(s); open {pages[-1]}")
