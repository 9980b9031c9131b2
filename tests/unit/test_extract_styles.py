"""Whole documents written in the styles of the corpus for cities the dictionary does not know."""

from decimal import Decimal

from loaders.extract import extract_document
from loaders.infer import infer_meta
from loaders.read import sha256_hex
from loaders.reference import Reference
from models.records import Document, DocumentMeta, Extraction


def _unseen(text: str, reference: Reference) -> Extraction:
    """A document read as an unseen one is: no manifest row, everything inferred."""
    doc = Document(doc_id=sha256_hex(text.encode()), meta=DocumentMeta(file_name="unseen.txt"), encoding="utf-8",
                   n_bytes=len(text.encode()), text=text)
    return extract_document(infer_meta(doc), reference)

YEARBOOK = """开发区

【概况】 2022年,全市有省级以上开发区7家。全市省级以上开发区实现规模以上工业总产值6120.5亿元,比上年增长8.2%。

表12\t2022年湖州市省级以上开发区主要经济指标
开发区\t规上工业总产值(亿元)\t增长(%)
湖州经济技术开发区\t1020.3\t9.1
长兴经济技术开发区\t1500.8\t7.5
合  计\t2521.1\t8.1

湖州经济技术开发区

【概况】 湖州经济技术开发区规划面积43.1平方千米。2022年,开发区新增规上工业企业36家。

【招商引资】 全年新引进亿元以上项目42个。

长兴经济技术开发区

【概况】 2022年,长兴经济技术开发区获评“省级绿色低碳工业园区”称号。

(湖州市商务局 提供)
"""


def test_a_yearbook_chapter_of_another_city(reference: Reference) -> None:
    ex = _unseen(YEARBOOK, reference)
    assert ex.document.meta.kind == "yearbook"
    facts = {(f.zone, f.indicator, f.measure, f.value) for f in ex.facts}
    assert ("湖州市省级以上开发区", "规模以上工业总产值", "value", Decimal("6120.5")) in facts
    assert ("湖州市省级以上开发区", "规上工业总产值", "value", Decimal("2521.1")) in facts, "the total row is the aggregate"
    assert ("长兴经济技术开发区", "规上工业总产值", "yoy_pct", Decimal("7.5")) in facts
    assert ("湖州经济技术开发区", "新增规上工业企业", "value", Decimal(36)) in facts
    assert ("湖州经济技术开发区", "新引进亿元以上项目", "value", Decimal(42)) in facts, "the entry title is not the indicator"
    assert {f.year for f in ex.facts} == {2022}
    assert [(h.zone, h.title) for h in ex.honours] == [("长兴经济技术开发区", "省级绿色低碳工业园区")]
