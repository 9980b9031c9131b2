"""Screen an extraction before it is written: what the raw schema cannot hold faithfully is set
aside with a reason, one record at a time, so that one absurd figure costs that figure and not
its document.

A record is set aside when its span is not its quote (it would break every trace), when a text
is wider than its column (PostgreSQL refuses it, DuckDB would store it: the same document must
load the same on both), or when a number does not fit its column (a 27-digit amount). Paragraphs
and the document itself are not records: if one of them is inconsistent, the whole extraction
is refused (``InvalidExtraction``), since nothing in it could be traced.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Integer, Numeric, String, Table

from models.records import Extraction, Mention

_INT32 = 2**31


class InvalidExtraction(ValueError):
    """An extraction whose document or paragraphs do not match the text: none of it can load."""


@dataclass(frozen=True)
class SetAside:
    """A record the raw schema cannot hold, and why."""

    table: str
    record: Mention
    reason: str


@cache
def _limits(table: Table) -> tuple[dict[str, int], dict[str, Decimal]]:
    """Widths of the bounded text columns, and the bound of each numeric column's magnitude."""
    widths: dict[str, int] = {}
    bounds: dict[str, Decimal] = {}
    for column in table.columns:
        kind = column.type
        if isinstance(kind, String) and kind.length:
            widths[column.name] = kind.length
        elif isinstance(kind, Numeric) and kind.precision is not None:
            bounds[column.name] = Decimal(10) ** (kind.precision - (kind.scale or 0))
        elif isinstance(kind, Integer):
            bounds[column.name] = Decimal(_INT32)
    return widths, bounds


def row_problem(table: Table, row: Mapping[str, Any]) -> str | None:
    """Why ``row`` cannot be stored in ``table`` as it is, or None."""
    widths, bounds = _limits(table)
    for name, width in widths.items():
        value = row.get(name)
        if isinstance(value, str) and len(value) > width:
            return f"{table.name}.{name} holds {width} characters, got {len(value)}: {value[:60]!r}"
    for name, bound in bounds.items():
        value = row.get(name)
        if value is None or isinstance(value, bool):
            continue
        number = Decimal(value)
        if not number.is_finite() or abs(number) >= bound:
            return f"{table.name}.{name} holds numbers below {bound:.0e} in magnitude, got {value}"
    return None


def lineage_problem(text: str, record: Mention, doc_id: str, paragraph_ids: set[str]) -> str | None:
    if record.doc_id != doc_id or record.paragraph_id not in paragraph_ids:
        return "points outside its document"
    if not 0 <= record.char_start <= record.char_end <= len(text) or text[record.char_start : record.char_end] != record.quote:
        return f"quote {record.quote[:60]!r} is not the text at {record.char_start}-{record.char_end}"
    return None


def check_document(extraction: Extraction, rows: Sequence[tuple[Table, Sequence[Mapping[str, Any]]]]) -> None:
    """Raise InvalidExtraction unless every paragraph is its span of the text and the document
    and paragraph rows fit their columns."""
    doc = extraction.document
    for p in extraction.paragraphs:
        if p.doc_id != doc.doc_id or doc.text[p.char_start : p.char_end] != p.text:
            raise InvalidExtraction(f"paragraph {p.paragraph_id} is not the text at {p.char_start}-{p.char_end}")
    for table, table_rows in rows:
        for row in table_rows:
            problem = row_problem(table, row)
            if problem:
                raise InvalidExtraction(problem)


def screen_records(
    extraction: Extraction, fields: Sequence[tuple[str, Table, Mapping[str, str]]]
) -> tuple[Extraction, list[SetAside]]:
    """The extraction without the records that cannot be stored, and those records with the
    reason. ``fields`` names each record list of Extraction, its table and its column renames."""
    doc = extraction.document
    paragraph_ids = {p.paragraph_id for p in extraction.paragraphs}
    kept: dict[str, list[Mention]] = {}
    set_aside: list[SetAside] = []
    for field_name, table, renames in fields:
        kept[field_name] = []
        stored: set[str] = set()
        for record in getattr(extraction, field_name):
            problem = lineage_problem(doc.text, record, doc.doc_id, paragraph_ids) or row_problem(
                table, _columns(record, renames)
            )
            if problem is None and record.record_id in stored:
                problem = "the same record id twice in one document"
            if problem is None:
                kept[field_name].append(record)
                stored.add(record.record_id)
            elif not any(s.table == table.name and s.record.record_id == record.record_id for s in set_aside):
                set_aside.append(SetAside(table.name, record, problem))
    if not set_aside:
        return extraction, []
    return extraction.model_copy(update=kept), set_aside


def _columns(model: BaseModel, renames: Mapping[str, str]) -> dict[str, Any]:
    return {renames.get(name, name): value for name, value in model.model_dump().items()}
