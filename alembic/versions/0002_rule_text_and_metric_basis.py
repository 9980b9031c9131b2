"""rule columns become text; metrics gain a basis column

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

Rule names compose (year_relative:今年@report_year:printed_early_next_year:same_sentence) and
outgrew VARCHAR(64) on PostgreSQL (DuckDB ignores lengths, so the two warehouses disagreed).
`metrics.basis` separates figures that share zone, year, indicator and measure but not their
reference: a share of the city and of the province, an increment and a level, a part and a total.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA = "raw"
RECORD_TABLES = ("zones", "years", "metrics", "rankings", "honours", "projects")
RULE_COLUMNS = ("extractor", "zone_rule", "year_rule")


def upgrade() -> None:
    for table in RECORD_TABLES:
        for column in RULE_COLUMNS:
            op.alter_column(
                table,
                column,
                schema=SCHEMA,
                type_=sa.Text(),
                existing_type=sa.String(64),
                existing_nullable=column != "extractor",
                existing_comment="name of the rule that produced the row" if column == "extractor" else None,
            )
    op.add_column(
        "metrics",
        sa.Column(
            "basis",
            sa.Text(),
            comment="what the figure is relative to or part of: the whole of a share (全市, 全省), the "
            "reference of a difference, 'increment' for a change, 'part' for a 其中 sub-item; null for a level",
        ),
        schema=SCHEMA,
    )


def downgrade() -> None:
    op.drop_column("metrics", "basis", schema=SCHEMA)
    for table in RECORD_TABLES:
        for column in RULE_COLUMNS:
            op.alter_column(
                table,
                column,
                schema=SCHEMA,
                type_=sa.String(64),
                existing_type=sa.Text(),
                existing_nullable=column != "extractor",
            )
