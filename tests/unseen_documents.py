"""Reading a test's text as an unseen document is read: no manifest row, everything inferred."""

from __future__ import annotations

from loaders.extract import extract_document
from loaders.infer import infer_meta
from loaders.read import sha256_hex
from loaders.reference import Reference
from models.records import Document, DocumentMeta, Extraction


def read_unseen(text: str, reference: Reference) -> Extraction:
    doc = Document(
        doc_id=sha256_hex(text.encode()),
        meta=DocumentMeta(file_name="unseen.txt"),
        encoding="utf-8",
        n_bytes=len(text.encode()),
        text=text,
    )
    return extract_document(infer_meta(doc), reference)
