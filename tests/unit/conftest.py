"""Helpers for unit tests of the extractors: run a sentence written for the test through them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from loaders.extract import extract_document
from loaders.read import sha256_hex
from loaders.reference import Reference, load_reference
from models.records import Document, DocumentMeta, Extraction


@pytest.fixture(scope="session")
def reference() -> Reference:
    return load_reference()


@pytest.fixture(scope="session")
def extract(reference: Reference) -> Callable[..., Extraction]:
    def run(text: str, *, kind: str = "article", report_year: int | None = 2023, published_on: str | None = "2024") -> Extraction:
        meta = DocumentMeta(
            file_name="test.txt",
            kind=kind,  # type: ignore[arg-type]
            kind_source="manifest",
            report_year=report_year,
            report_year_source="manifest" if report_year else "unknown",
            published_on=published_on,
            published_on_source="manifest" if published_on else "unknown",
        )
        doc = Document(doc_id=sha256_hex(text.encode()), meta=meta, encoding="utf-8", n_bytes=len(text.encode()), text=text)
        extraction = extract_document(doc, reference)
        for family in ("zones", "years", "metrics", "rankings", "honours", "projects"):
            for record in getattr(extraction, family):
                assert text[record.char_start : record.char_end] == record.quote
        return extraction

    return run
