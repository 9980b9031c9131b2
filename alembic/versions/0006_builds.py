"""the last successful build of the marts, with what it was built from

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04

A run that loaded nothing need not rebuild the marts when the last build saw the same loads and
ran the same dbt project: this table is how it knows.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "builds",
        sa.Column("build_id", sa.String(36), primary_key=True),
        sa.Column("finished_at", sa.DateTime, nullable=False),
        sa.Column("raw_state", sa.String(64), nullable=False, comment="fingerprint of raw.loads when the build started"),
        sa.Column("project_version", sa.String(16), nullable=False, comment="fingerprint of the dbt project and dictionaries"),
        sa.Column("summary", sa.Text, comment="dbt's closing line"),
        schema="raw",
        comment="The last successful build of the marts and what it was built from (emptied as a build starts).",
    )


def downgrade() -> None:
    op.drop_table("builds", schema="raw")
