"""`devzone trace`: from a record or fact id to the document, the paragraph and the characters.

Raw record tables are searched by record_id. Mart tables are searched by their first column
(their key: fact_id, ranking_id, …) when they carry lineage columns; a fact found in several
marts (the fact table and its bridge to every supporting mention) shows every distinct span.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from sqlalchemy import Connection, Engine, column, select, table, text

from devzone.database import MART_SCHEMA
from loaders.load import RECORD_TABLES
from models.tables import RAW_SCHEMA, documents, paragraphs

_LINEAGE = ("doc_id", "paragraph_id", "char_start", "char_end")
_HIDDEN = {"quote", "load_id", *_LINEAGE}


@dataclass(frozen=True)
class Hit:
    """A row that carries the id, with its lineage."""

    source: str  # schema.table
    row: dict[str, Any]

    @property
    def span(self) -> tuple[str, str, int, int]:
        return (self.row["doc_id"], self.row["paragraph_id"], self.row["char_start"], self.row["char_end"])


def _raw_hits(conn: Connection, wanted: str) -> Iterator[Hit]:
    for rt in RECORD_TABLES:
        for row in conn.execute(select(rt.table).where(rt.table.c.record_id == wanted)).mappings():
            yield Hit(f"{RAW_SCHEMA}.{rt.table.name}", dict(row))


def _mart_hits(conn: Connection, wanted: str) -> Iterator[Hit]:
    columns: dict[str, list[str]] = defaultdict(list)
    query = text(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = :schema ORDER BY table_name, ordinal_position"
    )
    for table_name, column_name in conn.execute(query, {"schema": MART_SCHEMA}):
        columns[table_name].append(column_name)
    # Facts before dimensions before bridges: the first hit is the one whose fields are shown.
    for table_name, names in sorted(columns.items(), key=lambda item: (not item[0].startswith("fct_"), item[0])):
        if not set(_LINEAGE) <= set(names):
            continue
        mart = table(table_name, *(column(n) for n in names), schema=MART_SCHEMA)
        key = mart.c[names[0]]
        for row in conn.execute(select(mart).where(key == wanted)).mappings():
            yield Hit(f"{MART_SCHEMA}.{table_name}", dict(row))


def find(engine: Engine, wanted: str) -> list[Hit]:
    with engine.connect() as conn:
        hits = list(_raw_hits(conn, wanted))
        return hits or list(_mart_hits(conn, wanted))


def _fields(hit: Hit) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    for name, value in hit.row.items():
        if name not in _HIDDEN and value is not None:
            grid.add_row(name, str(value))
    return grid


def _span_panel(conn: Connection, hit: Hit) -> RenderableType:
    doc_id, paragraph_id, start, end = hit.span
    doc = conn.execute(select(documents.c.file_name, documents.c.title).where(documents.c.doc_id == doc_id)).one_or_none()
    par = conn.execute(
        select(paragraphs.c.ordinal, paragraphs.c.kind, paragraphs.c.char_start, paragraphs.c.text).where(
            paragraphs.c.paragraph_id == paragraph_id
        )
    ).one_or_none()
    if doc is None or par is None:
        return Text(f"document {doc_id} / paragraph {paragraph_id} is no longer in the warehouse", style="red")
    body = Text(par.text)
    body.stylize("bold black on yellow", max(start - par.char_start, 0), max(end - par.char_start, 0))
    quote = hit.row.get("quote")
    exact = par.text[start - par.char_start : end - par.char_start] == quote
    header = Text.assemble(
        (doc.file_name, "bold"),
        f"  {doc.title or ''}\n",
        f"paragraph {par.ordinal} ({par.kind}), characters {start}–{end} of the original text\n",
        ("quote matches the text" if exact else "quote DIFFERS from the text", "green" if exact else "bold red"),
    )
    return Panel(Group(header, Text(""), body), title=f"{hit.source}", title_align="left")


def render(engine: Engine, hits: list[Hit]) -> list[RenderableType]:
    """The first hit's fields, then each distinct span with the paragraph around it highlighted."""
    out: list[RenderableType] = [Panel(_fields(hits[0]), title=hits[0].source, title_align="left")]
    seen: set[tuple[str, str, int, int]] = set()
    with engine.connect() as conn:
        for hit in hits:
            if hit.span not in seen:
                seen.add(hit.span)
                out.append(_span_panel(conn, hit))
    return out
