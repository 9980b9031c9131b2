"""documents gain the address they were fetched from

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04

A web page's address often dates it (/2013/06/15/, t20130509_…) and names its place (a city's
host name), when the page itself says neither; the manifest's url column carries it, and the
extraction reads it as evidence. Documents loaded before this revision have none.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept here, not imported from models.tables: a migration states the schema of its own time.
_URL_COMMENT = "the address the document was fetched from (manifest): its date path and host are evidence of its time and place"


def upgrade() -> None:
    op.add_column("documents", sa.Column("url", sa.Text, comment=_URL_COMMENT), schema="raw")


def downgrade() -> None:
    op.drop_column("documents", "url", schema="raw")
