"""records set aside at load time, with the reason

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04

One record the raw schema cannot hold (a 27-digit amount, a span that is not its quote) used to
send its whole document to quarantine. Now only that record is set aside, here, with the
reason; the rest of the document loads. The rows belong to their document and go with it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "rejected_records",
        sa.Column("doc_id", sa.String(64), sa.ForeignKey("raw.documents.doc_id"), primary_key=True),
        sa.Column("record_table", sa.String(32), primary_key=True),
        sa.Column("record_id", sa.String(64), primary_key=True),
        sa.Column("paragraph_id", sa.String(80)),
        sa.Column("char_start", sa.Integer),
        sa.Column("char_end", sa.Integer),
        sa.Column("quote", sa.Text, nullable=False),
        sa.Column("extractor", sa.Text, nullable=False),
        sa.Column("record", sa.Text, nullable=False, comment="the record as JSON"),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("load_id", sa.String(36), sa.ForeignKey("raw.loads.load_id"), nullable=False),
        schema="raw",
        comment="Records of loaded documents that the raw schema cannot hold, with the reason.",
    )
    _status_comment("running / succeeded / partial / failed / interrupted (killed)")


def downgrade() -> None:
    _status_comment("running / succeeded / partial / failed")
    op.drop_table("rejected_records", schema="raw")


def _status_comment(comment: str) -> None:
    # A run killed midway is now marked 'interrupted' by the next. DuckDB keeps no column comments.
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("loads", "status", schema="raw", comment=comment, existing_type=sa.String(16), existing_nullable=False)
