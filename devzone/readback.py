"""Extractions rebuilt from the raw tables: what the warehouse holds, in the loader's own types.

`devzone export` serialises these with the same code that serialises a fresh extraction, so an
export of the warehouse and an in-memory evaluation can never disagree on field names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Engine, Table, select

from loaders.load import RECORD_TABLES
from models.records import Document, DocumentMeta, Extraction, Paragraph
from models.tables import documents, paragraphs

_META_FIELDS = tuple(DocumentMeta.model_fields)


def _by_doc(engine: Engine, table: Table, order: Sequence[ColumnElement[Any]]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with engine.connect() as conn:
        for row in conn.execute(select(table).order_by(*order)).mappings():
            grouped[row["doc_id"]].append(dict(row))
    return grouped


def read_extractions(engine: Engine) -> Iterator[Extraction]:
    """One Extraction per loaded document, by file name; records in text order."""
    paragraph_rows = _by_doc(engine, paragraphs, (paragraphs.c.ordinal,))
    record_rows = {rt.field: _by_doc(engine, rt.table, (rt.table.c.char_start, rt.table.c.record_id)) for rt in RECORD_TABLES}
    columns_to_fields = {rt.field: {column: name for name, column in rt.renames.items()} for rt in RECORD_TABLES}
    with engine.connect() as conn:
        doc_rows = conn.execute(select(documents).order_by(documents.c.file_name)).mappings().all()
    for doc in doc_rows:
        doc_id = doc["doc_id"]
        records: dict[str, Any] = {}  # Extraction field -> its list of records
        for rt in RECORD_TABLES:
            renamed = columns_to_fields[rt.field]
            records[rt.field] = [
                rt.model(**{renamed.get(c, c): v for c, v in row.items() if c != "load_id"})
                for row in record_rows[rt.field].get(doc_id, [])
            ]
        yield Extraction(
            document=Document(
                doc_id=doc_id,
                meta=DocumentMeta(**{name: doc[name] for name in _META_FIELDS}),
                encoding=doc["encoding"],
                n_bytes=doc["n_bytes"],
                text=doc["original_text"],
            ),
            paragraphs=[Paragraph(**{c: v for c, v in row.items() if c != "load_id"}) for row in paragraph_rows.get(doc_id, [])],
            **records,
        )
