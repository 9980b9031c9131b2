"""SQLAlchemy definitions of the ``raw`` schema: the staging tables the loaders write.

Alembic owns this schema (alembic/versions); dbt only reads it. Keys are text and deterministic
(sha256 of the document bytes, paragraph ordinals, hashes of a record's span and rule), so that
loading the same bytes twice produces the same keys and changes nothing; this also avoids
sequences, which DuckDB and PostgreSQL implement differently.

The keys below are the contract and PostgreSQL enforces them all. On DuckDB, migration 0005 drops
the foreign keys and the primary keys of the row tables (paragraphs, records, set-aside
records): the loader checks what they would (loaders/screen.py) and dbt's tests check it again.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
)

RAW_SCHEMA = "raw"

metadata = MetaData(schema=RAW_SCHEMA)

# Values are kept exact: 24 digits with 6 after the point holds 15354504 万元 and 21.495 亿元 alike.
VALUE = Numeric(24, 6)

loads = Table(
    "loads",
    metadata,
    Column("load_id", String(36), primary_key=True),
    Column("started_at", DateTime, nullable=False),
    Column("finished_at", DateTime),
    Column("status", String(16), nullable=False, comment="running / succeeded / partial / failed / interrupted (killed)"),
    Column("docs_dir", Text, nullable=False),
    Column("n_files", Integer, nullable=False, default=0),
    Column("n_loaded", Integer, nullable=False, default=0),
    Column("n_replaced", Integer, nullable=False, default=0),
    Column("n_unchanged", Integer, nullable=False, default=0),
    Column("n_quarantined", Integer, nullable=False, default=0),
    Column("message", Text),
    comment="One row per load run that changed something, with its outcome.",
)

URL_COMMENT = "the address the document was fetched from (manifest): its date path and host are evidence of its time and place"

documents = Table(
    "documents",
    metadata,
    Column("doc_id", String(64), primary_key=True, comment="sha256 of the file bytes"),
    Column("file_name", Text, nullable=False),
    Column("title", Text),
    Column("publisher", Text),
    Column("kind", String(32), nullable=False),
    Column("kind_source", String(16), nullable=False),
    Column("published_on", String(10), comment="YYYY, YYYY-MM or YYYY-MM-DD"),
    Column("published_on_source", String(16), nullable=False),
    Column("report_year", Integer),
    Column("report_year_source", String(16), nullable=False),
    Column("report_year_rule", Text),
    Column("origin", Text),
    Column("encoding", String(32), nullable=False),
    Column("n_bytes", Integer, nullable=False),
    Column("n_chars", Integer, nullable=False),
    Column("original_text", Text, nullable=False),
    Column("load_id", String(36), ForeignKey("loads.load_id"), nullable=False),
    Column(
        "extractor_version",
        String(16),
        comment="fingerprint of the extraction code and dictionaries that produced this document's rows",
    ),
    Column("url", Text, comment=URL_COMMENT),
    comment="One row per distinct document (by content hash), with its whole original text.",
)

paragraphs = Table(
    "paragraphs",
    metadata,
    Column("paragraph_id", String(80), primary_key=True),
    Column("doc_id", String(64), ForeignKey("documents.doc_id"), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("char_start", Integer, nullable=False),
    Column("char_end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("section_zone", Text),
    Column("entry", Text),
    Column("report_year", Integer),
    Column("load_id", String(36), ForeignKey("loads.load_id"), nullable=False),
)


def _lineage_columns() -> list[Column]:
    return [
        Column("record_id", String(64), primary_key=True),
        Column("doc_id", String(64), ForeignKey("documents.doc_id"), nullable=False),
        Column("paragraph_id", String(80), ForeignKey("paragraphs.paragraph_id"), nullable=False),
        Column("char_start", Integer, nullable=False),
        Column("char_end", Integer, nullable=False),
        Column("quote", Text, nullable=False),
        # Rule names compose (year_relative:今年@report_year:…:same_sentence), so they are Text.
        Column("extractor", Text, nullable=False, comment="name of the rule that produced the row"),
        Column("zone", Text),
        Column("zone_rule", Text),
        Column("year", Integer),
        Column("year_rule", Text),
        Column("qualifier", Text),
        Column("load_id", String(36), ForeignKey("loads.load_id"), nullable=False),
    ]


zones = Table(
    "zones",
    metadata,
    *_lineage_columns(),
    Column("surface", Text, nullable=False),
    Column("zone_type", Text),
    comment="Every mention of a zone, resolved to its canonical name.",
)

years = Table(
    "years",
    metadata,
    *_lineage_columns(),
    Column("surface", Text, nullable=False),
    comment="Every year expression, explicit or relative, with the year it resolves to.",
)

_BREAKDOWN_COMMENT = (
    "which part of the coded indicator the figure measures (a sector, a size band, a kind of enterprise): "
    "the words of the phrase before its catalogue name; null when the phrase names the indicator itself"
)

metrics = Table(
    "metrics",
    metadata,
    *_lineage_columns(),
    Column("indicator", Text, nullable=False),
    Column("indicator_code", String(64)),
    Column("indicator_breakdown", Text, comment=_BREAKDOWN_COMMENT),
    Column("measure", String(32), nullable=False),
    Column("value", VALUE, nullable=False),
    Column("unit", String(32), nullable=False),
    Column("approx", String(16)),
    Column("period", String(32)),
    Column("is_estimate", Boolean, nullable=False, default=False),
    Column(
        "basis",
        Text,
        comment="what the figure is relative to or part of: the whole of a share (全市, 全省), the "
        "reference of a difference, 'increment' for a change, 'part' for a 其中 sub-item; null for a level",
    ),
)

rankings = Table(
    "rankings",
    metadata,
    *_lineage_columns(),
    Column("ranking", Text, nullable=False),
    Column("rank", Integer, nullable=False),
    Column("prev_rank", Integer),
    Column("field_size", Integer),
)

honours = Table(
    "honours",
    metadata,
    *_lineage_columns(),
    Column("title", Text, nullable=False),
    Column("body", Text),
    Column("honour_date", String(10)),
)

projects = Table(
    "projects",
    metadata,
    *_lineage_columns(),
    Column("name", Text, nullable=False),
    Column("investment", VALUE),
    Column("investment_unit", String(16)),
    Column("status", String(32)),
    Column("project_date", String(10)),
)

quarantine = Table(
    "quarantine",
    metadata,
    Column("file_name", Text, primary_key=True),
    Column("sha256", String(64), primary_key=True),
    Column("path", Text, nullable=False),
    Column("n_bytes", Integer, nullable=False),
    Column("reason", Text, nullable=False),
    Column("load_id", String(36), ForeignKey("loads.load_id"), nullable=False),
    comment="Files that could not be loaded, with the reason; nothing else of them is stored.",
)

rejected_records = Table(
    "rejected_records",
    metadata,
    Column("doc_id", String(64), ForeignKey("documents.doc_id"), primary_key=True),
    Column("record_table", String(32), primary_key=True),
    Column("record_id", String(64), primary_key=True),
    Column("paragraph_id", String(80)),
    Column("char_start", Integer),
    Column("char_end", Integer),
    Column("quote", Text, nullable=False),
    Column("extractor", Text, nullable=False),
    Column("record", Text, nullable=False, comment="the record as JSON"),
    Column("reason", Text, nullable=False),
    Column("load_id", String(36), ForeignKey("loads.load_id"), nullable=False),
    comment="Records of loaded documents that the raw schema cannot hold, with the reason.",
)

RECORD_TABLES = (zones, years, metrics, rankings, honours, projects)

builds = Table(
    "builds",
    metadata,
    Column("build_id", String(36), primary_key=True),
    Column("finished_at", DateTime, nullable=False),
    Column("raw_state", String(64), nullable=False, comment="fingerprint of raw.loads when the build started"),
    Column("project_version", String(16), nullable=False, comment="fingerprint of the dbt project and dictionaries"),
    Column("summary", Text, comment="dbt's closing line"),
    comment="The last successful build of the marts and what it was built from (emptied as a build starts).",
)
