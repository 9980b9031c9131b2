"""metrics gain the breakdown of their indicator code

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05

A figure of 电子信息产业产值 is an output value (code output_value) of one industry: the code says
what kind of figure it is, the breakdown which part (电子信息产业), so the two together keep it apart
from the zone's total output. Metrics loaded before this revision have none; the next run
re-extracts them (the extractor's version changes with the mapping).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept here, not imported from models.tables: a migration states the schema of its own time.
_COMMENT = (
    "which part of the coded indicator the figure measures (a sector, a size band, a kind of enterprise): "
    "the words of the phrase before its catalogue name; null when the phrase names the indicator itself"
)


def upgrade() -> None:
    op.add_column("metrics", sa.Column("indicator_breakdown", sa.Text, comment=_COMMENT), schema="raw")


def downgrade() -> None:
    op.drop_column("metrics", "indicator_breakdown", schema="raw")
