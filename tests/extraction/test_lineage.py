"""Every extracted record of the seeds points at its original characters and names its rule."""

from __future__ import annotations

from models.records import Extraction


def test_every_quote_is_the_original_text_at_its_span(seed_extractions: list[Extraction]) -> None:
    checked = 0
    for extraction in seed_extractions:
        text = extraction.document.text
        paragraphs = {p.paragraph_id: p for p in extraction.paragraphs}
        for family in ("zones", "years", "metrics", "rankings", "honours", "projects"):
            for record in getattr(extraction, family):
                assert text[record.char_start : record.char_end] == record.quote, record
                paragraph = paragraphs[record.paragraph_id]
                assert paragraph.char_start <= record.char_start <= record.char_end <= paragraph.char_end
                assert record.rule
                checked += 1
    assert checked > 1000


def test_paragraph_spans_are_their_text(seed_extractions: list[Extraction]) -> None:
    for extraction in seed_extractions:
        text = extraction.document.text
        for paragraph in extraction.paragraphs:
            assert text[paragraph.char_start : paragraph.char_end] == paragraph.text


def test_record_ids_are_unique_and_stable(seed_extractions: list[Extraction], reference) -> None:
    from loaders.extract import extract_document

    for extraction in seed_extractions:
        ids = [r.record_id for fam in ("metrics", "rankings", "honours", "projects") for r in getattr(extraction, fam)]
        assert len(ids) == len(set(ids))
        again = extract_document(extraction.document, reference)
        assert [f.record_id for f in again.metrics] == [f.record_id for f in extraction.metrics]


def test_boilerplate_produces_nothing(seed_extractions: list[Extraction]) -> None:
    for extraction in seed_extractions:
        boilerplate = {p.paragraph_id for p in extraction.paragraphs if p.kind == "boilerplate"}
        for family in ("metrics", "rankings", "honours", "projects"):
            assert not [r for r in getattr(extraction, family) if r.paragraph_id in boilerplate]
