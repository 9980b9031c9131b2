"""raw schema: loads, documents, paragraphs, the six record tables and quarantine

Revision ID: 0001
Revises:
Create Date: 2026-11-22

Written by hand from models/tables.py and checked against it with `alembic check` on PostgreSQL
(tests/unit/test_migrations.py repeats that check). Keys are deterministic text, so no sequences.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA = "raw"
VALUE = sa.Numeric(24, 6)
RECORD_TABLES = ("zones", "years", "metrics", "rankings", "honours", "projects")


def _load_fk() -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["load_id"], [f"{SCHEMA}.loads.load_id"])


def _lineage_columns() -> list[sa.SchemaItem]:
    return [
        sa.Column("record_id", sa.String(64), primary_key=True),
        sa.Column("doc_id", sa.String(64), nullable=False),
        sa.Column("paragraph_id", sa.String(80), nullable=False),
        sa.Column("char_start", sa.Integer(), nullable=False),
        sa.Column("char_end", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("extractor", sa.String(64), nullable=False, comment="name of the rule that produced the row"),
        sa.Column("zone", sa.Text()),
        sa.Column("zone_rule", sa.String(64)),
        sa.Column("year", sa.Integer()),
        sa.Column("year_rule", sa.String(64)),
        sa.Column("qualifier", sa.Text()),
        sa.Column("load_id", sa.String(36), nullable=False),
        sa.ForeignKeyConstraint(["doc_id"], [f"{SCHEMA}.documents.doc_id"]),
        sa.ForeignKeyConstraint(["paragraph_id"], [f"{SCHEMA}.paragraphs.paragraph_id"]),
        _load_fk(),
    ]


def upgrade() -> None:
    op.create_table(
        "loads",
        sa.Column("load_id", sa.String(36), primary_key=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime()),
        sa.Column("status", sa.String(16), nullable=False, comment="running / succeeded / partial / failed"),
        sa.Column("docs_dir", sa.Text(), nullable=False),
        sa.Column("n_files", sa.Integer(), nullable=False),
        sa.Column("n_loaded", sa.Integer(), nullable=False),
        sa.Column("n_replaced", sa.Integer(), nullable=False),
        sa.Column("n_unchanged", sa.Integer(), nullable=False),
        sa.Column("n_quarantined", sa.Integer(), nullable=False),
        sa.Column("message", sa.Text()),
        schema=SCHEMA,
        comment="One row per load run that changed something, with its outcome.",
    )
    op.create_table(
        "documents",
        sa.Column("doc_id", sa.String(64), primary_key=True, comment="sha256 of the file bytes"),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("publisher", sa.Text()),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("kind_source", sa.String(16), nullable=False),
        sa.Column("published_on", sa.String(10), comment="YYYY, YYYY-MM or YYYY-MM-DD"),
        sa.Column("published_on_source", sa.String(16), nullable=False),
        sa.Column("report_year", sa.Integer()),
        sa.Column("report_year_source", sa.String(16), nullable=False),
        sa.Column("report_year_rule", sa.Text()),
        sa.Column("origin", sa.Text()),
        sa.Column("encoding", sa.String(32), nullable=False),
        sa.Column("n_bytes", sa.Integer(), nullable=False),
        sa.Column("n_chars", sa.Integer(), nullable=False),
        sa.Column("original_text", sa.Text(), nullable=False),
        sa.Column("load_id", sa.String(36), nullable=False),
        _load_fk(),
        schema=SCHEMA,
        comment="One row per distinct document (by content hash), with its whole original text.",
    )
    op.create_table(
        "paragraphs",
        sa.Column("paragraph_id", sa.String(80), primary_key=True),
        sa.Column("doc_id", sa.String(64), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("char_start", sa.Integer(), nullable=False),
        sa.Column("char_end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("section_zone", sa.Text()),
        sa.Column("entry", sa.Text()),
        sa.Column("report_year", sa.Integer()),
        sa.Column("load_id", sa.String(36), nullable=False),
        sa.ForeignKeyConstraint(["doc_id"], [f"{SCHEMA}.documents.doc_id"]),
        _load_fk(),
        schema=SCHEMA,
    )
    op.create_table(
        "zones",
        *_lineage_columns(),
        sa.Column("surface", sa.Text(), nullable=False),
        sa.Column("zone_type", sa.Text()),
        schema=SCHEMA,
        comment="Every mention of a zone, resolved to its canonical name.",
    )
    op.create_table(
        "years",
        *_lineage_columns(),
        sa.Column("surface", sa.Text(), nullable=False),
        schema=SCHEMA,
        comment="Every year expression, explicit or relative, with the year it resolves to.",
    )
    op.create_table(
        "metrics",
        *_lineage_columns(),
        sa.Column("indicator", sa.Text(), nullable=False),
        sa.Column("indicator_code", sa.String(64)),
        sa.Column("measure", sa.String(32), nullable=False),
        sa.Column("value", VALUE, nullable=False),
        sa.Column("unit", sa.String(32), nullable=False),
        sa.Column("approx", sa.String(16)),
        sa.Column("period", sa.String(32)),
        sa.Column("is_estimate", sa.Boolean(), nullable=False),
        schema=SCHEMA,
    )
    op.create_table(
        "rankings",
        *_lineage_columns(),
        sa.Column("ranking", sa.Text(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("prev_rank", sa.Integer()),
        sa.Column("field_size", sa.Integer()),
        schema=SCHEMA,
    )
    op.create_table(
        "honours",
        *_lineage_columns(),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text()),
        sa.Column("honour_date", sa.String(10)),
        schema=SCHEMA,
    )
    op.create_table(
        "projects",
        *_lineage_columns(),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("investment", VALUE),
        sa.Column("investment_unit", sa.String(16)),
        sa.Column("status", sa.String(32)),
        sa.Column("project_date", sa.String(10)),
        schema=SCHEMA,
    )
    op.create_table(
        "quarantine",
        sa.Column("file_name", sa.Text(), primary_key=True),
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("n_bytes", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("load_id", sa.String(36), nullable=False),
        _load_fk(),
        schema=SCHEMA,
        comment="Files that could not be loaded, with the reason; nothing else of them is stored.",
    )


def downgrade() -> None:
    for table in ("quarantine", *reversed(RECORD_TABLES), "paragraphs", "documents", "loads"):
        op.drop_table(table, schema=SCHEMA)
