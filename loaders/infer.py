"""Infer a document's kind, publication date and report year from its content.

Used for whatever the manifest does not say. Each inferred value is recorded as such, with the
rule that produced it, so an analyst can tell a stated date from a guessed one.
"""

from __future__ import annotations

import re
from collections import Counter

from models.records import Document, DocumentMeta

_NEWSPAPER_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*星期.\s*出版")
_ISO_DATE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})-(\d{2})-(\d{2})(?!\d)")
_PAGE_MARK = re.compile(r"第\s*[A-Z]?\d+\s*版")
_ENTRY = re.compile(r"【[^】]{1,40}】")
_CREDIT = re.compile(r"[(（][^()（）]{1,30}提供[)）]")
_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
_YEAR_START = re.compile(r"(?:^|[。\n】])\s*((?:19|20)\d{2})\s*年\s*[,，]")
_DATED = re.compile(r"((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月")
_YEARBOOK_TITLE = re.compile(r"年鉴")


def _kind(text: str) -> tuple[str, str]:
    if _NEWSPAPER_DATE.search(text) or len(_PAGE_MARK.findall(text)) >= 3:
        return "newspaper", "newspaper_masthead"
    if len(_ENTRY.findall(text)) >= 3 and (_CREDIT.search(text) or _YEARBOOK_TITLE.search(text)):
        return "yearbook", "yearbook_entries"
    return "article", "default_article"


def _report_year(text: str) -> tuple[int | None, str]:
    """The year most sentences open with ("2020年,…"), else the latest year written."""
    starts = Counter(int(y) for y in _YEAR_START.findall(text))
    if starts:
        year, count = starts.most_common(1)[0]
        if count >= 2:
            return year, "most_frequent_opening_year"
    years = [int(y) for y in _YEAR.findall(text)]
    if years:
        return max(years), "latest_year_written"
    return None, "none"


def _published(text: str, kind: str, report_year: int | None) -> tuple[str | None, str]:
    match = _NEWSPAPER_DATE.search(text)
    if match:
        y, m, d = (int(g) for g in match.groups())
        return f"{y:04d}-{m:02d}-{d:02d}", "newspaper_masthead_date"
    iso = _ISO_DATE.search(text)
    if iso and kind == "newspaper":
        return iso.group(0), "iso_date_in_text"
    if report_year is None:
        return None, "none"
    # Reviews are written after the year they review: a year that only appears as a whole year
    # (not as a dated event "2023年9月") is over when the text is written.
    dated_years = {int(y) for y in _DATED.findall(text)}
    if kind == "yearbook" or report_year not in dated_years:
        return str(report_year + 1), "year_after_report_year"
    return str(report_year), "latest_dated_year"


def infer_meta(doc: Document) -> Document:
    """The document with every metadata field the manifest left open filled by inference."""
    meta = doc.meta
    text = doc.text
    kind, source_kind = (meta.kind, meta.kind_source)
    if meta.kind == "unknown":
        kind, _ = _kind(text)
        source_kind = "inferred"
    report_year, report_rule, report_source = meta.report_year, meta.report_year_rule, meta.report_year_source
    latest_year, latest_rule = _report_year(text)
    if report_year is None:
        report_year, report_rule, report_source = latest_year, f"inferred:{latest_rule}", "inferred"
        if report_year is None:
            report_source = "unknown"
    published_on, published_source = meta.published_on, meta.published_on_source
    if published_on is None:
        value, rule = _published(text, kind, latest_year)
        if value is not None:
            published_on, published_source = value, "inferred"
            report_rule = report_rule if report_source == "manifest" else f"{report_rule};published:{rule}"
    if report_year is None and published_on is not None and kind != "yearbook":
        report_year, report_rule, report_source = int(published_on[:4]) - 1, "inferred:year_before_publication", "inferred"
    new_meta = DocumentMeta(
        file_name=meta.file_name,
        title=meta.title or _title(text),
        publisher=meta.publisher,
        kind=kind,  # type: ignore[arg-type]
        kind_source=source_kind,
        published_on=published_on,
        published_on_source=published_source,
        report_year=report_year,
        report_year_source=report_source,
        report_year_rule=report_rule,
        origin=meta.origin,
    )
    return doc.model_copy(update={"meta": new_meta})


def _title(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip()
        if 4 <= len(line) <= 60 and not _PAGE_MARK.search(line) and not re.fullmatch(r"星期.", line):
            return line
    return None
