"""Infer a document's kind and title from its content; its time comes from loaders.context.time.

Used for whatever the manifest does not say. Each inferred value is recorded as such, with the
rule that produced it, so an analyst can tell a stated date from a guessed one.
"""

from __future__ import annotations

import re

from loaders.context.time import decide_time
from models.records import Document, DocumentKind, DocumentMeta

_NEWSPAPER_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*星期.\s*出版")
_PAGE_MARK = re.compile(r"第\s*[A-Z]?\d+\s*版")
# "当前位置:网站首页>>信息公开>>统计数据": where the page sits on its site, not its title
_BREADCRUMB = re.compile(r"(?:当前位置|您的位置|所在位置)|(?:>>?|»|→).+(?:>>?|»|→)")
_ENTRY = re.compile(r"【[^】]{1,40}】")
_CREDIT = re.compile(r"[(（][^()（）]{1,30}提供[)）]")
_YEARBOOK_TITLE = re.compile(r"年鉴")


def _kind(text: str) -> tuple[DocumentKind, str]:
    if _NEWSPAPER_DATE.search(text) or len(_PAGE_MARK.findall(text)) >= 3:
        return "newspaper", "newspaper_masthead"
    if len(_ENTRY.findall(text)) >= 3 and (_CREDIT.search(text) or _YEARBOOK_TITLE.search(text)):
        return "yearbook", "yearbook_entries"
    return "article", "default_article"


def infer_meta(doc: Document) -> Document:
    """The document with every metadata field the manifest left open filled by inference."""
    meta = doc.meta
    text = doc.text
    kind, source_kind = (meta.kind, meta.kind_source)
    if meta.kind == "unknown":
        kind, _ = _kind(text)
        source_kind = "inferred"
    time = decide_time(text, meta.model_copy(update={"kind": kind}), meta.title or _title(text))
    report_year, report_rule, report_source = meta.report_year, meta.report_year_rule, meta.report_year_source
    if meta.report_year_source != "manifest":
        evidence = f"«{time.report_evidence}»" if time.report_evidence else ""
        report_year, report_rule = time.report_year, f"inferred:{time.report_rule}{evidence}"
        report_source = "inferred" if report_year is not None else "unknown"
    published_on, published_source = meta.published_on, meta.published_on_source
    if meta.published_on_source != "manifest":
        published_on = time.published_on
        published_source = "inferred" if published_on is not None else "unknown"
        if published_on is not None and report_source != "manifest":
            report_rule = f"{report_rule};published:{time.published_rule}"
    new_meta = DocumentMeta(
        file_name=meta.file_name,
        title=meta.title or _title(text),
        publisher=meta.publisher,
        kind=kind,
        kind_source=source_kind,
        published_on=published_on,
        published_on_source=published_source,
        report_year=report_year,
        report_year_source=report_source,
        report_year_rule=report_rule,
        origin=meta.origin,
        url=meta.url,
    )
    return doc.model_copy(update={"meta": new_meta})


_DATE_ONLY = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?\s*(?:星期.|周.)?")
_BODY_LINE = 40  # characters of a line with a full stop that make it a paragraph of the body

# A title names a report, a period or a zone, unlike the navigation lines a page starts with.
_TITLE_LIKE = re.compile(
    r"(\d{4}\s*年|季度|上半年|总结|报告|情况|公报|计划|打算|思路|安排|开发区|高新区|经开区|园区|集聚区|年鉴|产业园|工业园)"
)
_ORIGINAL_TITLE = re.compile(r"原标题[:：]\s*(\S.{3,59})$")


def _title(text: str) -> str | None:
    head = text.splitlines()[:30]
    # a title heads the body: neither a line after the body's first sentence nor one announcing a
    # list (…分别是:) nor a name listed under it is one
    body = next(
        (
            i
            for i, line in enumerate(head)
            if (len(line.strip()) > _BODY_LINE and "。" in line) or line.rstrip().endswith((":", "："))
        ),
        len(head),
    )
    lines = [
        line.strip()
        for line in head[:body]
        if 4 <= len(line.strip()) <= 60
        and not _PAGE_MARK.search(line)
        and not _BREADCRUMB.search(line)
        and not re.fullmatch(r"\s*星期.\s*", line)
        and not _DATE_ONLY.fullmatch(line.strip())  # a paper's date line (2018年06月19日星期二) is no title
        and not re.search(r"[。;；!！?？]", line)
        and len(line.split()) < 4  # "科技 产业 园区 园区 园区": a site's navigation, not a title
    ]
    original = next((m.group(1).strip() for line in head if (m := _ORIGINAL_TITLE.match(line.strip()))), None)
    if original:
        return original  # (a reposted page names the title it first had: 原标题:…)
    return next((line for line in lines if _TITLE_LIKE.search(line)), lines[0] if lines else None)
