"""The loader on DuckDB and PostgreSQL, with extractions built by hand (independent of the rules):
idempotence, replacement, duplicates, quarantine, lineage, and the read-back used by export."""

from __future__ import annotations

import hashlib
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, insert, select
from sqlalchemy.exc import IntegrityError

import loaders.load
from devzone.readback import read_extractions
from loaders.load import Action, LoadSummary, load_results
from loaders.pipeline import Source, discover, process
from loaders.read import read_file
from loaders.reference import load_reference
from models.records import (
    Document,
    DocumentMeta,
    Extraction,
    Honour,
    Metric,
    Paragraph,
    Project,
    Ranking,
    Rejection,
    YearMention,
    ZoneMention,
)
from models.tables import RECORD_TABLES, documents, loads, metadata, metrics, quarantine, rejected_records

# Mixed line endings, full-width punctuation, spaces inside numbers and a character outside the
# BMP: a span must survive the round trip through both databases character for character.
TEXT = (
    "柯桥经济技术开发区\n"
    "2020 年，柯桥经济技术开发区实现规上工业总产值 1590.05 亿元，比上年增长 1.69%。\r\n"
    "在全省经济开发区综合考评中列第 5 位（共 218 家），获评“浙江省高新技术产业园区建设突出贡献集体”。\n"
    "签约总投资 30 亿元的新材料项目😀落地。\n"
)


def _span(text: str, quote: str) -> dict[str, Any]:
    start = text.index(quote)
    return {"char_start": start, "char_end": start + len(quote), "quote": quote}


def make_extraction(file_name: str, text: str = TEXT) -> Extraction:
    """A document with one paragraph per line and one record of every type."""
    data = text.encode("utf-8")
    doc_id = hashlib.sha256(data).hexdigest()
    meta = DocumentMeta(file_name=file_name, kind="article", kind_source="manifest", report_year=2020)
    doc = Document(doc_id=doc_id, meta=meta, encoding="utf-8", n_bytes=len(data), text=text)
    paragraphs: list[Paragraph] = []
    start = 0
    for ordinal, line in enumerate(text.splitlines(keepends=True)):
        body = line.rstrip("\r\n")
        paragraphs.append(
            Paragraph(
                paragraph_id=f"{doc_id[:16]}-p{ordinal:04d}",
                doc_id=doc_id,
                ordinal=ordinal,
                kind="heading" if ordinal == 0 else "prose",
                char_start=start,
                char_end=start + len(body),
                text=body,
                section_zone="柯桥经济技术开发区",
                report_year=2020,
            )
        )
        start += len(line)

    def lineage(family: str, quote: str) -> dict[str, Any]:
        span = _span(text, quote)
        paragraph = next(p for p in paragraphs if p.char_start <= span["char_start"] < p.char_end)
        record_id = hashlib.sha256(f"{doc_id}|{family}|{span['char_start']}".encode()).hexdigest()[:32]
        return {
            "record_id": record_id,
            "doc_id": doc_id,
            "paragraph_id": paragraph.paragraph_id,
            "rule": f"hand_made_{family}",
            "zone": "柯桥经济技术开发区",
            "zone_rule": "section",
            "year": 2020,
            "year_rule": "explicit",
            **span,
        }

    value = text.split("总产值 ")[1].split(" 亿元")[0]
    return Extraction(
        document=doc,
        paragraphs=paragraphs,
        zones=[ZoneMention(**lineage("zone", "柯桥经济技术开发区实现"), surface="柯桥经济技术开发区")],
        years=[YearMention(**lineage("year", "2020 年"), surface="2020 年")],
        metrics=[
            Metric(
                **lineage("fact", f"规上工业总产值 {value} 亿元"),
                indicator="规上工业总产值",
                indicator_code="industrial_output_above_scale",
                measure="value",
                value=Decimal(value),
                unit="亿元",
            )
        ],
        rankings=[Ranking(**lineage("ranking", "列第 5 位（共 218 家）"), ranking="全省经济开发区综合考评", rank=5, of=218)],
        honours=[
            Honour(
                **lineage("honour", "浙江省高新技术产业园区建设突出贡献集体"),
                title="浙江省高新技术产业园区建设突出贡献集体",
                date="2020-12",
            )
        ],
        projects=[
            Project(
                **lineage("project", "签约总投资 30 亿元的新材料项目😀"),
                name="新材料项目",
                investment=Decimal(30),
                investment_unit="亿元",
                status="签约",
            )
        ],
    )


def _load(engine: Engine, *results: Extraction | Rejection, reload: bool = False) -> LoadSummary:
    pairs = [(f"docs/{r.document.meta.file_name if isinstance(r, Extraction) else r.file_name}", r) for r in results]
    return load_results(engine, pairs, "docs", reload=reload)


def row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in metadata.sorted_tables}


def test_loading_the_same_bytes_twice_changes_nothing(engine: Engine) -> None:
    first = _load(engine, make_extraction("a.txt"))
    assert first.counts[Action.LOADED] == 1 and first.status == "succeeded"
    after_first = row_counts(engine)
    assert after_first["documents"] == 1 and after_first["paragraphs"] == 4
    assert all(after_first[t.name] == 1 for t in RECORD_TABLES)

    second = _load(engine, make_extraction("a.txt"))
    assert second.counts[Action.UNCHANGED] == 1
    assert second.load_id is None, "a run that changes nothing must not write a raw.loads row"
    assert row_counts(engine) == after_first
    with engine.connect() as conn:
        run = conn.execute(select(loads)).one()
    assert (run.status, run.n_files, run.n_loaded, run.n_unchanged) == ("succeeded", 1, 1, 0)
    assert run.finished_at >= run.started_at


def test_changed_bytes_under_the_same_name_replace_the_old_rows(engine: Engine) -> None:
    old = make_extraction("a.txt")
    new = make_extraction("a.txt", TEXT.replace("1590.05", "1600.5"))
    _load(engine, old, make_extraction("b.txt", TEXT + "另一份文件。\n"))
    before = row_counts(engine)

    summary = _load(engine, new)

    assert summary.counts[Action.REPLACED] == 1
    assert row_counts(engine) == {**before, "loads": 2}
    with engine.connect() as conn:
        assert conn.execute(select(documents.c.doc_id).where(documents.c.file_name == "a.txt")).scalars().all() == [
            new.document.doc_id
        ]
        for table in (*RECORD_TABLES,):
            stale = conn.execute(select(func.count()).select_from(table).where(table.c.doc_id == old.document.doc_id))
            assert stale.scalar_one() == 0, table.name
        values = conn.execute(select(metrics.c.value).where(metrics.c.doc_id == new.document.doc_id)).scalars().all()
    assert values == [Decimal("1600.5")]


def test_the_same_bytes_under_a_second_name_are_quarantined_as_a_duplicate(engine: Engine) -> None:
    _load(engine, make_extraction("a.txt"))
    summary = _load(engine, make_extraction("copy of a.txt"))

    assert summary.counts[Action.QUARANTINED] == 1 and summary.status == "partial"
    with engine.connect() as conn:
        row = conn.execute(select(quarantine)).one()
    assert row.file_name == "copy of a.txt"
    assert "duplicate" in row.reason and "a.txt" in row.reason
    counts = row_counts(engine)
    assert counts["documents"] == 1

    again = _load(engine, make_extraction("copy of a.txt"))
    assert again.load_id is None and row_counts(engine) == counts


def _distinct(n: int) -> list[Extraction]:
    return [make_extraction(f"{i}.txt", TEXT + f"第{i}份。\n") for i in range(n)]


def test_batches_load_the_same_rows_as_one_document_at_a_time(engine: Engine) -> None:
    pairs = [(f"docs/{e.document.meta.file_name}", e) for e in _distinct(5)]
    summary = load_results(engine, pairs, "docs", batch_documents=2)
    assert summary.counts[Action.LOADED] == 5
    assert row_counts(engine)["documents"] == 5 and row_counts(engine)["metrics"] == 5
    assert sorted(read_extractions(engine), key=lambda e: e.document.meta.file_name) == [e for _, e in pairs]


def test_the_same_bytes_twice_in_one_batch_load_once(engine: Engine) -> None:
    summary = load_results(engine, [("docs/a.txt", make_extraction("a.txt")), ("docs/b.txt", make_extraction("b.txt"))], "docs")
    assert (summary.counts[Action.LOADED], summary.quarantined) == (1, ["b.txt"])
    with engine.connect() as conn:
        assert "a.txt" in conn.execute(select(quarantine.c.reason)).scalar_one()


def test_a_value_arrow_cannot_carry_costs_only_its_document(engine: Engine) -> None:
    if engine.dialect.name != "duckdb":
        pytest.skip("the Arrow path is DuckDB's")
    good, bad = _distinct(2)
    # A span starting at 2**70: the record is set aside, and its raw.rejected_records row holds
    # a position that Arrow's int64 cannot carry. The document is refused, the run goes on.
    bad = bad.model_copy(update={"metrics": [bad.metrics[0].model_copy(update={"char_start": 2**70})]})
    summary = load_results(engine, [("docs/0.txt", good), ("docs/1.txt", bad)], "docs")
    assert summary.counts[Action.LOADED] == 1 and summary.quarantined == ["1.txt"]


@pytest.mark.parametrize("batch_documents", [1, 64])
def test_old_bytes_kept_under_a_new_name_load_whatever_the_batch(engine: Engine, batch_documents: int) -> None:
    old = make_extraction("a.txt")
    _load(engine, old)
    edited = make_extraction("a.txt", TEXT.replace("1590.05", "1600.5"))
    kept = make_extraction("a_old.txt")  # the previous bytes of a.txt, saved under another name
    summary = load_results(engine, [("docs/a.txt", edited), ("docs/a_old.txt", kept)], "docs", batch_documents=batch_documents)
    assert (summary.counts[Action.REPLACED], summary.counts[Action.LOADED], summary.quarantined) == (1, 1, [])
    with engine.connect() as conn:
        names = dict(conn.execute(select(documents.c.doc_id, documents.c.file_name)).all())
    assert names == {edited.document.doc_id: "a.txt", old.document.doc_id: "a_old.txt"}


def test_a_document_the_database_refuses_costs_only_itself_in_its_batch(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    extractions = _distinct(4)
    refused = extractions[2].document.doc_id
    real_insert = loaders.load.insert_rows

    def refuse_one(conn: Any, table: Any, rows: Any) -> None:
        if any(row.get("doc_id") == refused for row in rows):
            raise IntegrityError("INSERT", {}, Exception("constraint violated"))
        real_insert(conn, table, rows)

    monkeypatch.setattr(loaders.load, "insert_rows", refuse_one)
    summary = load_results(engine, [(f"docs/{e.document.meta.file_name}", e) for e in extractions], "docs")
    assert summary.counts[Action.LOADED] == 3 and summary.quarantined == ["2.txt"]
    with engine.connect() as conn:
        assert conn.execute(select(quarantine.c.reason)).scalar_one() == "could not be stored: constraint violated"
    assert row_counts(engine)["documents"] == 3 and row_counts(engine)["metrics"] == 3


def test_a_bad_file_among_good_ones_does_not_stop_the_load(engine: Engine, tmp_path: Path) -> None:
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    unreadable = read_file(binary, DocumentMeta(file_name="scan.txt"))
    assert isinstance(unreadable, Rejection)
    good = make_extraction("b.txt", TEXT + "第二份。\n")
    broken_quote = make_extraction("c.txt", TEXT + "第三份。\n")
    broken_quote = broken_quote.model_copy(
        update={"metrics": [broken_quote.metrics[0].model_copy(update={"quote": "规上工业总产值 9999 亿元"})]}
    )
    twice_the_same_id = make_extraction("d.txt", TEXT + "第四份。\n")
    twice_the_same_id = twice_the_same_id.model_copy(update={"metrics": twice_the_same_id.metrics * 2})

    summary = _load(engine, make_extraction("a.txt"), unreadable, broken_quote, twice_the_same_id, good)

    assert summary.counts[Action.LOADED] == 4
    assert summary.counts[Action.QUARANTINED] == 1
    assert summary.status == "partial"
    with engine.connect() as conn:
        loaded = set(conn.execute(select(documents.c.file_name)).scalars())
        reasons = dict(conn.execute(select(quarantine.c.file_name, quarantine.c.reason)).tuples().all())
        set_aside = conn.execute(select(rejected_records.c.record_id, rejected_records.c.reason)).tuples().all()
        n_facts = conn.execute(select(func.count()).select_from(metrics)).scalar_one()
        run = conn.execute(select(loads)).one()
    assert loaded == {"a.txt", "b.txt", "c.txt", "d.txt"}
    assert set(reasons) == {"scan.txt"} and "binary" in reasons["scan.txt"]
    # one record each of c.txt (its quote is not its span) and d.txt (its second copy) is set aside
    assert sorted(reason.split(" ")[0] for _, reason in set_aside) == ["quote", "the"]
    assert n_facts == 3  # a, b, d: the only fact of c.txt is the one set aside
    assert (run.n_files, run.n_loaded, run.n_quarantined) == (5, 4, 1)
    assert "scan.txt" in run.message

    counts = row_counts(engine)
    assert _load(engine, make_extraction("a.txt"), unreadable, broken_quote, twice_the_same_id, good).load_id is None
    assert row_counts(engine) == counts


def test_a_record_too_wide_or_too_large_for_its_column_costs_that_record(engine: Engine) -> None:
    extraction = make_extraction("a.txt")
    fact = extraction.metrics[0]
    too_wide = fact.model_copy(update={"unit": "万" * 40, "record_id": "wide"})
    too_large = fact.model_copy(update={"value": Decimal("123456789012345678901234567"), "record_id": "large"})
    extraction = extraction.model_copy(update={"metrics": [fact, too_wide, too_large]})

    summary = _load(engine, extraction)

    assert summary.counts[Action.LOADED] == 1
    with engine.connect() as conn:
        reasons = dict(conn.execute(select(rejected_records.c.record_id, rejected_records.c.reason)).tuples().all())
        stored = conn.execute(select(metrics.c.record_id)).scalars().all()
    assert stored == [fact.record_id]
    assert "metrics.unit holds 32 characters, got 40" in reasons["wide"]
    assert "metrics.value holds numbers below 1e+18" in reasons["large"]


def test_a_document_whose_paragraphs_are_not_its_text_is_quarantined(engine: Engine) -> None:
    extraction = make_extraction("a.txt")
    paragraph = extraction.paragraphs[0].model_copy(update={"text": "另一段文字"})
    summary = _load(engine, extraction.model_copy(update={"paragraphs": [paragraph]}))

    assert summary.counts[Action.QUARANTINED] == 1
    with engine.connect() as conn:
        reason = conn.execute(select(quarantine.c.reason)).scalar_one()
        assert conn.execute(select(func.count()).select_from(documents)).scalar_one() == 0
    assert "is not the text at" in reason


def test_lineage_holds_for_every_stored_record(engine: Engine) -> None:
    _load(engine, make_extraction("a.txt"), make_extraction("b.txt", "前言\r\n\r\n" + TEXT))
    with engine.connect() as conn:
        texts = dict(conn.execute(select(documents.c.doc_id, documents.c.original_text)).tuples().all())
        checked = 0
        for table in RECORD_TABLES:
            for row in conn.execute(select(table.c.doc_id, table.c.char_start, table.c.char_end, table.c.quote)):
                assert texts[row.doc_id][row.char_start : row.char_end] == row.quote, table.name
                checked += 1
    assert checked == 2 * len(RECORD_TABLES)


def test_the_warehouse_gives_back_exactly_what_was_loaded(engine: Engine) -> None:
    extractions = [make_extraction("a.txt"), make_extraction("b.txt", TEXT.replace("1590.05", "7"))]
    _load(engine, *extractions)
    assert list(read_extractions(engine)) == extractions


def test_reload_replaces_documents_whose_bytes_are_already_loaded(engine: Engine) -> None:
    _load(engine, make_extraction("a.txt"))
    counts = row_counts(engine)
    summary = _load(engine, make_extraction("a.txt"), reload=True)
    assert summary.counts[Action.REPLACED] == 1
    assert row_counts(engine) == {**counts, "loads": 2}
    assert list(read_extractions(engine)) == [make_extraction("a.txt")]


def test_a_replacement_that_dies_midway_is_finished_by_the_next_run(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    _load(engine, make_extraction("a.txt"))
    new = make_extraction("a.txt", TEXT.replace("1590.05", "1600.5"))
    real_delete = loaders.load._delete_levels

    def die_once(*args: Any) -> None:
        monkeypatch.setattr(loaders.load, "_delete_levels", real_delete)
        raise RuntimeError("power cut")

    monkeypatch.setattr(loaders.load, "_delete_levels", die_once)
    with pytest.raises(RuntimeError, match="power cut"):
        _load(engine, new)
    with engine.connect() as conn:
        statuses = conn.execute(select(loads.c.status).order_by(loads.c.started_at)).scalars().all()
        versions = conn.execute(select(func.count()).select_from(metrics)).scalar_one()
    # One transaction on both databases: it rolled back whole, and the run left no trace.
    assert (statuses, versions) == (["succeeded"], 1)

    summary = _load(engine, new)
    assert summary.counts[Action.REPLACED] == 1
    assert list(read_extractions(engine)) == [new]


def test_discover_finds_manifest_rows_by_file_name_in_any_folder(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "notes.md"):
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    listed = DocumentMeta(file_name="a.txt", title="A", kind="yearbook", kind_source="manifest")
    sources = discover(tmp_path, {"a.txt": listed})
    assert [s.path.name for s in sources] == ["a.txt", "b.txt"]
    assert sources[0].meta == listed
    assert sources[1].meta == DocumentMeta(file_name="b.txt")


def test_an_extractor_crash_costs_one_document_not_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")

    def crash(doc: Document, reference: object) -> Extraction:
        raise ValueError("rule exploded")

    monkeypatch.setattr("loaders.pipeline.extract_document", crash)
    result = process(Source(path, DocumentMeta(file_name="a.txt")), load_reference())
    assert isinstance(result, Rejection)
    assert result.reason == "extraction failed: ValueError: rule exploded"
    assert result.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_extractor_version_re_extracts_unchanged_bytes(engine: Engine) -> None:
    def load(version: str) -> LoadSummary:
        return load_results(engine, [("docs/a.txt", make_extraction("a.txt"))], "docs", extractor_version=version)

    assert load("v1").counts[Action.LOADED] == 1
    counts = row_counts(engine)
    assert load("v1").counts[Action.UNCHANGED] == 1, "the same bytes and the same rules change nothing"
    assert load("v2").counts[Action.REPLACED] == 1, "new rules reach a document whose bytes did not change"
    assert row_counts(engine) == {**counts, "loads": 2}
    with engine.connect() as conn:
        assert conn.execute(select(documents.c.extractor_version)).scalars().all() == ["v2"]
    assert load("v2").counts[Action.UNCHANGED] == 1


def test_the_extractor_version_changes_with_the_rules(tmp_path: Path) -> None:
    from loaders.version import extractor_version

    for folder, name in (("loaders", "rule.py"), ("models", "records.py"), ("seeds/reference", "zones.csv")):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        (tmp_path / folder / name).write_text("x", encoding="utf-8")
    before = extractor_version(tmp_path)
    assert extractor_version(tmp_path) == before
    (tmp_path / "seeds/reference/zones.csv").write_text("y", encoding="utf-8")
    assert extractor_version(tmp_path) != before
    changed = extractor_version(tmp_path)
    (tmp_path / "loaders/load.py").write_text("how rows are written", encoding="utf-8")
    assert extractor_version(tmp_path) == changed, "the loader's own code re-extracts nothing"
    (tmp_path / "loaders/rule.py").write_text("z", encoding="utf-8")
    assert extractor_version(tmp_path) != changed


def test_a_run_killed_midway_is_marked_interrupted_by_the_next(engine: Engine) -> None:
    started = datetime(2026, 1, 1)
    with engine.begin() as conn:
        conn.execute(
            insert(loads),
            [
                {
                    "load_id": "killed",
                    "started_at": started,
                    "status": "running",
                    "docs_dir": "docs",
                    "n_files": 0,
                    "n_loaded": 0,
                    "n_replaced": 0,
                    "n_unchanged": 0,
                    "n_quarantined": 0,
                }
            ],
        )
    _load(engine, make_extraction("a.txt"))
    with engine.connect() as conn:
        statuses = dict(conn.execute(select(loads.c.load_id, loads.c.status)).tuples().all())
    assert statuses.pop("killed") == "interrupted"
    assert list(statuses.values()) == ["succeeded"]
