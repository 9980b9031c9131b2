"""Bring the raw schema to the newest Alembic revision (the only way the schema changes)."""

from __future__ import annotations

import logging

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine

from alembic import command
from devzone.config import ALEMBIC_INI
from models.tables import RAW_SCHEMA

log = logging.getLogger(__name__)


def upgrade_to_head(engine: Engine) -> str | None:
    """Upgrade in one transaction (DDL is transactional on both databases) and return the revision."""
    config = Config(str(ALEMBIC_INI))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        revision = MigrationContext.configure(connection, opts={"version_table_schema": RAW_SCHEMA}).get_current_revision()
    log.info("migrate: schema %s at revision %s", RAW_SCHEMA, revision)
    return revision
