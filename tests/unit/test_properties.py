"""Properties of read → segment → extract on generated and mutated documents (hypothesis): no
input makes them raise, and every span they report is exactly its text in the original."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders.extract import extract_document
from loaders.infer import infer_meta
from loaders.read import UnreadableFile, decode_bytes
from loaders.reference import Reference, load_reference
from models.records import Document, DocumentMeta, Extraction

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds" / "documents").glob("*.txt"))
REFERENCE: Reference = load_reference()

# Pieces real reports are made of, so that generated text reaches the patterns of every family.
FRAGMENTS = [
    "2022年",
    "上半年",
    "1-7月",
    "今年以来",
    "比上年",
    "同比增长",
    "下降",
    "个百分点",
    "亿元",
    "万美元",
    "%",
    "家",
    "个",
    "项",
    "亩",
    "平方公里",
    "实现",
    "完成",
    "其中",
    "分别",
    "排名第",
    "位列全省第",
    "荣获",
    "被评为",
    "国家级",
    "经济技术开发区",
    "高新区",
    "工业园区",
    "全市",
    "开发区",
    "园区",
    "该区",
    "签约",
    "开工",
    "项目",
    "总投资",
    "规上工业总产值",
    "固定资产投资",
    "营业收入",
    "(",
    ")",
    "“",
    "”",
    "《",
    "》",
    "、",
    ",",
    "。",
    ";",
    ":",
    "\n",
    "\n\n",
    "\t",
    "  ",
    "【概况】",
    "一、",
    "表1",
    "123.45",
    "12",
    "0.5",
    "１２３",
    "二〇二二年",
    "\u200b",
    "\u202e",
    "\ufeff",
    "\u0301",
    "經濟開發區",
    "实(shí)现(xiàn)",
]
text_strategy = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(min_size=1, max_size=6)), min_size=1, max_size=120).map(
    "".join
)


def _extract(text: str) -> Extraction:
    data = text.encode("utf-8", "surrogatepass")
    doc = Document(doc_id="0" * 64, meta=DocumentMeta(file_name="x.txt"), encoding="utf-8", n_bytes=len(data), text=text)
    return extract_document(infer_meta(doc), REFERENCE)


def _assert_spans_exact(text: str, extraction: Extraction) -> None:
    paragraphs = {p.paragraph_id: p for p in extraction.paragraphs}
    for p in extraction.paragraphs:
        assert text[p.char_start : p.char_end] == p.text
    for family in ("zones", "years", "metrics", "rankings", "honours", "projects"):
        for record in getattr(extraction, family):
            assert text[record.char_start : record.char_end] == record.quote, (family, record)
            paragraph = paragraphs[record.paragraph_id]
            assert paragraph.char_start <= record.char_start <= record.char_end <= paragraph.char_end, (family, record)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy)
def test_generated_documents_extract_with_exact_spans(text: str) -> None:
    _assert_spans_exact(text, _extract(text))


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(SEEDS)).read_text(encoding="utf-8")
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 400)))
        edit = draw(st.sampled_from(["delete", "duplicate", "insert", "truncate", "no_newlines"]))
        if edit == "delete":
            text = text[:start] + text[end:]
        elif edit == "duplicate":
            text = text[:end] + text[start:end] + text[end:]
        elif edit == "insert":
            text = text[:start] + draw(text_strategy) + text[start:]
        elif edit == "truncate":
            text = text[:start]
        else:
            text = text[:start] + text[start:end].replace("\n", "") + text[end:]
    return text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_seed())
def test_mutated_seed_documents_extract_with_exact_spans(text: str) -> None:
    _assert_spans_exact(text, _extract(text))


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=2000), text_strategy.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_any_bytes_decode_or_are_refused_with_a_reason(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except UnreadableFile as exc:
        assert str(exc)
    else:
        assert decoded.text and decoded.encoding
