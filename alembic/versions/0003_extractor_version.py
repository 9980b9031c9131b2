"""documents gain the version of the extractor that produced their rows

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04

A document whose bytes did not change is re-extracted when the extraction rules or dictionaries
did; the version stored per document tells which rules its rows came from. Rows loaded before
this revision have none, so the next run re-extracts them once.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "documents",
        sa.Column(
            "extractor_version",
            sa.String(16),
            comment="fingerprint of the extraction code and dictionaries that produced this document's rows",
        ),
        schema="raw",
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "duckdb":
        # DuckDB cannot alter a table other tables reference (paragraphs, records → documents):
        # the nullable column stays until revision 0001's downgrade drops the table.
        return
    op.drop_column("documents", "extractor_version", schema="raw")
