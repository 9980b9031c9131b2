"""Pydantic types for what crosses a boundary: documents read, paragraphs cut, records extracted.

The extractor emits these; the loader writes them into the ``raw`` schema; ``devzone export``
serialises them in the field names of the gold format. Every record carries its lineage:
document, paragraph, a character span into the document's original decoded text, the quote that
is exactly that text, and the name of the rule that produced it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DocumentKind = Literal["yearbook", "newspaper", "article", "government_report", "unknown"]
ParagraphKind = Literal["prose", "table_row", "heading", "caption", "boilerplate"]
Measure = Literal["value", "yoy_pct", "share_pct", "plan_pct", "diff_pct_points"]
MetadataSource = Literal["manifest", "inferred", "unknown"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class DocumentMeta(_Frozen):
    """What is known about a document before reading it (a manifest row) or inferred from it."""

    file_name: str
    title: str | None = None
    publisher: str | None = None
    kind: DocumentKind = "unknown"
    kind_source: MetadataSource = "unknown"
    published_on: str | None = Field(default=None, description="YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source allows")
    published_on_source: MetadataSource = "unknown"
    report_year: int | None = None
    report_year_source: MetadataSource = "unknown"
    report_year_rule: str | None = None
    origin: str | None = None
    url: str | None = Field(default=None, description="where the document was fetched from; its date path and host are evidence")

    @property
    def published_year(self) -> int | None:
        return int(self.published_on[:4]) if self.published_on else None


class Document(_Frozen):
    doc_id: str = Field(description="sha256 of the file's bytes")
    meta: DocumentMeta
    encoding: str
    n_bytes: int
    text: str = Field(description="the whole decoded original text; spans index into it")


class Paragraph(_Frozen):
    paragraph_id: str
    doc_id: str
    ordinal: int
    kind: ParagraphKind
    char_start: int
    char_end: int
    text: str
    section_zone: str | None = None
    entry: str | None = None
    report_year: int | None = None


class Mention(_Frozen):
    """Lineage shared by every extracted record."""

    record_id: str
    doc_id: str
    paragraph_id: str
    char_start: int
    char_end: int
    quote: str
    rule: str
    zone: str | None = None
    zone_rule: str | None = None
    year: int | None = None
    year_rule: str | None = None
    qualifier: str | None = None


class ZoneMention(Mention):
    surface: str
    zone_type: str | None = None


class YearMention(Mention):
    surface: str


class Metric(Mention):
    indicator: str
    indicator_code: str | None = None
    indicator_breakdown: str | None = Field(
        default=None,
        description="which part of the coded indicator the figure measures (a sector, a size band, a kind): "
        "the phrase's words before the catalogue name, e.g. 电子信息产业 of 电子信息产业产值",
    )
    measure: Measure
    value: Decimal
    unit: str
    approx: str | None = Field(default=None, description="约/超/近/余/多/以上… as written")
    period: str | None = Field(default=None, description="partial-year period (1-6月, 上半年); None = full year")
    is_estimate: bool = False
    basis: str | None = Field(
        default=None,
        description="the whole of a share (全市, 全省), the reference of a difference, 'increment', 'part' (其中)",
    )


class Ranking(Mention):
    ranking: str
    rank: int
    prev_rank: int | None = None
    of: int | None = None


class Honour(Mention):
    title: str
    body: str | None = None
    date: str | None = Field(default=None, description="YYYY-MM-DD or YYYY-MM")


class Project(Mention):
    name: str
    investment: Decimal | None = None
    investment_unit: str | None = None
    status: str | None = None
    date: str | None = None


class Extraction(_Frozen):
    """Everything extracted from one document: the unit the loader writes whole or not at all."""

    document: Document
    paragraphs: list[Paragraph]
    zones: list[ZoneMention]
    years: list[YearMention]
    metrics: list[Metric]
    rankings: list[Ranking]
    honours: list[Honour]
    projects: list[Project]


class Rejection(_Frozen):
    """A file that could not be read; it goes to quarantine with the reason."""

    file_name: str
    path: str
    sha256: str
    n_bytes: int
    reason: str
