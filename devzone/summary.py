"""The table `devzone run` and `devzone load` print at the end: rows per raw table and mart."""

from __future__ import annotations

from rich.table import Table

from devzone.database import TableCount
from loaders.load import LoadSummary


def counts_table(counts: list[TableCount], summary: LoadSummary | None) -> Table:
    if summary is None:
        caption = None
    elif summary.load_id is not None:
        caption = f"load {summary.load_id[:8]}: {summary.status}"
    else:
        caption = "nothing new to load"
    table = Table(title="Warehouse rows", caption=caption)
    table.add_column("schema")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for count in counts:
        table.add_row(count.schema, count.table, f"{count.rows:,}")
    return table
