"""Fixtures for scoring the extractor against the hand-checked gold set of the seed documents."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from devzone.export import gold_records
from loaders.extract import extract_document
from loaders.infer import infer_meta
from loaders.manifest import load_manifest
from loaders.read import read_file
from loaders.reference import Reference, load_reference
from models.records import Document, DocumentMeta, Extraction

ROOT = Path(__file__).resolve().parents[2]
SEED_DOCS = ROOT / "seeds" / "documents"
GOLD = ROOT / "tests" / "fixtures" / "seed_gold.jsonl"


@pytest.fixture(scope="session")
def reference() -> Reference:
    return load_reference()


@pytest.fixture(scope="session")
def seed_extractions(reference: Reference) -> list[Extraction]:
    manifest = load_manifest(ROOT / "seeds" / "manifest.csv")
    out: list[Extraction] = []
    for path in sorted(SEED_DOCS.glob("*.txt")):
        doc = read_file(path, manifest.get(path.name, DocumentMeta(file_name=path.name)))
        assert isinstance(doc, Document), doc
        out.append(extract_document(infer_meta(doc), reference))
    return out


@pytest.fixture(scope="session")
def seed_predictions(seed_extractions: list[Extraction]) -> list[dict[str, Any]]:
    return [record for extraction in seed_extractions for record in gold_records(extraction)]


@pytest.fixture(scope="session")
def gold() -> list[dict[str, Any]]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
