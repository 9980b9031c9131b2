"""`devzone review`: a static HTML page per document, every extracted record highlighted in place.

Each page shows the document's original text with every record of the raw schema (figures,
rankings, honours, projects, zone and year mentions) marked over its exact characters, coloured by
family; hovering a mark shows the record (the `title` tooltip, and a panel the page's inline
script fills). Below the text, the numbers written in the document that no record covers: the
reviewer's list of what the extractor may have missed. An index page links the documents.

The pages are rendered from the Jinja templates in devzone/templates (the stylesheet and script
there are inlined), are self-contained (no network), read the warehouse read-only,
and are written with one element per record carrying `data-rec` (a record whose span crosses
another's is continued in further `rec-cont` fragments), so the number of `mark.rec` elements is
the number of records.
"""

from __future__ import annotations

import html
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from sqlalchemy import Connection, Engine, inspect, select, text

from devzone.config import Warehouse
from devzone.database import MART_SCHEMA
from devzone.errors import UserError
from devzone.sql import open_read_only
from models.tables import RAW_SCHEMA, documents, honours, metrics, paragraphs, projects, rankings, years, zones

# Family of each raw record table, in the order of the legend (the gold format's names first).
FAMILIES: dict[str, str] = {
    metrics.name: "metric",
    rankings.name: "ranking",
    honours.name: "honour",
    projects.name: "project",
    zones.name: "zone",
    years.name: "year",
}
_TABLES = (metrics, rankings, honours, projects, zones, years)
_FAMILY_LABELS = {
    "metric": "metric",
    "ranking": "ranking",
    "honour": "honour",
    "project": "project",
    "zone": "zone mention",
    "year": "year mention",
}
# Arabic numbers, half- or full-width, with a decimal part: what a reviewer checks for coverage.
_NUMBER = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
_CONTEXT = 24


@dataclass(frozen=True)
class Record:
    record_id: str
    family: str
    start: int
    end: int
    quote: str
    details: tuple[tuple[str, str], ...]

    def tooltip(self) -> str:
        lines = [f"{self.family}: {self.quote}"]
        lines += [f"{name}: {value}" for name, value in self.details]
        return "\n".join(lines)


@dataclass(frozen=True)
class Paragraph:
    ordinal: int
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    surface: str
    context: str
    paragraph: Paragraph | None


@dataclass
class DocumentPage:
    doc_id: str
    file_name: str
    title: str | None
    kind: str
    published_on: str | None
    report_year: int | None
    text: str
    paragraphs: list[Paragraph]
    records: list[Record] = field(default_factory=list)

    @property
    def page_name(self) -> str:
        return f"{Path(self.file_name).stem or self.doc_id[:12]}.html"


def _show(value: Any) -> str:
    if value is None:
        return ""
    text_value = str(value)
    if "." in text_value and text_value.replace(".", "", 1).replace("-", "", 1).isdigit():
        text_value = text_value.rstrip("0").rstrip(".")
    return text_value


def _details(family: str, row: dict[str, Any], fact: dict[str, Any] | None) -> tuple[tuple[str, str], ...]:
    wanted: list[tuple[str, Any]] = [("zone", row.get("zone")), ("year", row.get("year"))]
    if family == "metric":
        value = " ".join(part for part in (_show(row.get("approx")), _show(row["value"]), row["unit"]) if part)
        wanted += [
            ("indicator", row["indicator"] + (f" ({row['indicator_code']})" if row.get("indicator_code") else "")),
            ("measure", row["measure"]),
            ("value", value),
            ("basis", row.get("basis")),
            ("period", row.get("period")),
            ("estimate", "yes" if row.get("is_estimate") else None),
        ]
        if fact is not None:
            wanted += [
                ("fact", fact["fact_id"]),
                ("conformed", "chosen source" if fact["is_chosen"] else f"source {fact['source_rank']} (not chosen)"),
            ]
    elif family == "ranking":
        rank = f"{row['rank']}" + (f" (from {row['prev_rank']})" if row.get("prev_rank") is not None else "")
        wanted += [("ranking", row["ranking"]), ("rank", rank), ("of", row.get("field_size"))]
    elif family == "honour":
        wanted += [("title", row["title"]), ("body", row.get("body")), ("date", row.get("honour_date"))]
    elif family == "project":
        investment = " ".join(p for p in (_show(row.get("investment")), row.get("investment_unit") or "") if p)
        wanted += [
            ("project", row["name"]),
            ("investment", investment or None),
            ("status", row.get("status")),
            ("date", row.get("project_date")),
        ]
    elif family == "zone":
        wanted += [("written", row.get("surface")), ("type", row.get("zone_type"))]
    elif family == "year":
        wanted += [("written", row.get("surface"))]
    wanted += [
        ("qualifier", row.get("qualifier")),
        ("rule", row.get("extractor")),
        ("zone rule", row.get("zone_rule")),
        ("year rule", row.get("year_rule")),
        ("record", row["record_id"]),
    ]
    return tuple((name, _show(value)) for name, value in wanted if value is not None and _show(value) != "")


def _fact_links(conn: Connection) -> dict[str, dict[str, Any]]:
    """metric record_id -> its conformed fact (when the marts are built)."""
    if not inspect(conn).has_table("bridge_fact_source", schema=MART_SCHEMA):
        return {}
    query = text(f"SELECT metric_id, fact_id, source_rank, is_chosen FROM {MART_SCHEMA}.bridge_fact_source")
    return {row.metric_id: dict(row._mapping) for row in conn.execute(query)}


def read_pages(engine: Engine) -> list[DocumentPage]:
    """Every document with its paragraphs and records, ordered by file name."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(documents.name, schema=RAW_SCHEMA):
            raise UserError("the warehouse has no raw schema yet: run `devzone run` first")
        pages = {
            row.doc_id: DocumentPage(
                doc_id=row.doc_id,
                file_name=row.file_name,
                title=row.title,
                kind=row.kind,
                published_on=row.published_on,
                report_year=row.report_year,
                text=row.original_text,
                paragraphs=[],
            )
            for row in conn.execute(select(documents).order_by(documents.c.file_name, documents.c.doc_id))
        }
        for row in conn.execute(select(paragraphs).order_by(paragraphs.c.doc_id, paragraphs.c.ordinal)):
            if row.doc_id in pages:
                pages[row.doc_id].paragraphs.append(Paragraph(row.ordinal, row.kind, row.char_start, row.char_end))
        facts = _fact_links(conn)
        for table in _TABLES:
            family = FAMILIES[table.name]
            for mapping in conn.execute(select(table).order_by(table.c.doc_id, table.c.char_start)).mappings():
                record = dict(mapping)
                page = pages.get(record["doc_id"])
                if page is None:
                    continue
                page.records.append(
                    Record(
                        record_id=record["record_id"],
                        family=family,
                        start=int(record["char_start"]),
                        end=int(record["char_end"]),
                        quote=record["quote"],
                        details=_details(family, record, facts.get(record["record_id"]) if family == "metric" else None),
                    )
                )
    return list(pages.values())


def uncovered_numbers(page: DocumentPage) -> list[Number]:
    """Numbers written in the text that no record's span touches."""
    covered = sorted((r.start, r.end) for r in page.records)
    starts = [s for s, _ in covered]
    # running maximum of ends, to test overlap with any earlier-starting span in O(log n)
    max_end: list[int] = []
    running = -1
    for _, end in covered:
        running = max(running, end)
        max_end.append(running)
    paragraph_of = sorted(page.paragraphs, key=lambda p: p.start)
    found: list[Number] = []
    for match in _NUMBER.finditer(page.text):
        start, end = match.span()
        # spans starting before `end` that end after `start` overlap the number
        lo, hi = 0, len(starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if starts[mid] < end:
                lo = mid + 1
            else:
                hi = mid
        if lo and max_end[lo - 1] > start:
            continue
        paragraph = next((p for p in paragraph_of if p.start <= start < p.end), None)
        context = page.text[max(0, start - _CONTEXT) : min(len(page.text), end + _CONTEXT)]
        found.append(Number(start, end, match.group(), " ".join(context.split()), paragraph))
    return found


# ----------------------------------------------------------------------------------------------
# Rendering: nested elements over the text, split where spans cross
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    order: int  # among spans with the same extent: paragraphs outside records outside numbers
    key: str
    open_head: str
    open_cont: str
    close: str


def _record_span(record: Record, index: int) -> _Span:
    tip = html.escape(record.tooltip(), quote=True)
    rid = html.escape(record.record_id, quote=True)
    common = f'data-rec="{rid}" data-family="{record.family}" title="{tip}"'
    return _Span(
        start=record.start,
        end=record.end,
        order=1,
        key=f"r{index}",
        open_head=f'<mark class="rec fam-{record.family}" id="rec-{rid}" {common}>',
        open_cont=f'<mark class="rec-cont fam-{record.family}" {common}>',
        close="</mark>",
    )


def _paragraph_span(paragraph: Paragraph) -> _Span:
    attrs = f'class="para kind-{html.escape(paragraph.kind, quote=True)}" data-ordinal="{paragraph.ordinal}"'
    return _Span(
        start=paragraph.start,
        end=paragraph.end,
        order=0,
        key=f"p{paragraph.ordinal}",
        open_head=f'<span id="p{paragraph.ordinal}" {attrs}>',
        open_cont=f"<span {attrs}>",
        close="</span>",
    )


def _number_span(number: Number, index: int) -> _Span:
    return _Span(
        start=number.start,
        end=number.end,
        order=2,
        key=f"n{index}",
        open_head=f'<span class="uncovered" id="num-{index}" title="no record covers this number">',
        open_cont='<span class="uncovered">',
        close="</span>",
    )


def render_text(text_value: str, spans: Iterable[_Span]) -> str:
    """The text as HTML with every span as an element; a span that crosses another's boundary
    is closed and reopened (its later fragments use open_cont), so nesting stays valid and each
    span has exactly one head element. Empty spans become empty head elements."""
    length = len(text_value)
    clamped: list[_Span] = []
    empty: dict[int, list[_Span]] = defaultdict(list)
    for span in spans:
        start = min(max(span.start, 0), length)
        end = min(max(span.end, start), length)
        fixed = _Span(start, end, span.order, span.key, span.open_head, span.open_cont, span.close)
        if end == start:
            empty[start].append(fixed)
        else:
            clamped.append(fixed)
    bounds = sorted({0, length, *(s.start for s in clamped), *(s.end for s in clamped), *empty})
    by_start: dict[int, list[_Span]] = defaultdict(list)
    for span in clamped:
        by_start[span.start].append(span)
    nesting = lambda s: (s.start, -s.end, s.order, s.key)  # noqa: E731 - outer spans first
    active: list[_Span] = []
    opened: list[_Span] = []  # the open elements, outermost first
    heads: set[str] = set()
    out: list[str] = []
    for position, next_position in zip(bounds, [*bounds[1:], length], strict=False):
        active = [s for s in active if s.end > position] + by_start.get(position, [])
        desired = sorted(active, key=nesting)
        common = 0
        while common < min(len(opened), len(desired)) and opened[common].key == desired[common].key:
            common += 1
        for span in reversed(opened[common:]):
            out.append(span.close)
        opened = opened[:common]
        for span in desired[common:]:
            out.append(span.open_cont if span.key in heads else span.open_head)
            heads.add(span.key)
            opened.append(span)
        for span in empty.get(position, []):
            out.append(span.open_head + span.close)
        if next_position > position:
            out.append(html.escape(text_value[position:next_position]))
    for span in reversed(opened):
        out.append(span.close)
    return "".join(out)


_TEMPLATES = Environment(
    loader=PackageLoader("devzone", "templates"),
    autoescape=select_autoescape(["html.j2"]),
    keep_trailing_newline=True,
)


def _asset(name: str) -> Markup:
    """A stylesheet or script of the templates folder, inlined so that each page stands alone."""
    return Markup(files("devzone").joinpath("templates", name).read_text(encoding="utf-8"))


def _families() -> list[tuple[str, str]]:
    return [(family, _FAMILY_LABELS[family]) for family in FAMILIES.values()]


def render_page(page: DocumentPage) -> str:
    numbers = uncovered_numbers(page)
    spans = [_paragraph_span(p) for p in page.paragraphs]
    spans += [_record_span(r, i) for i, r in enumerate(page.records)]
    spans += [_number_span(n, i) for i, n in enumerate(numbers)]
    meta = " · ".join(
        part
        for part in (
            page.file_name,
            page.kind,
            f"published {page.published_on}" if page.published_on else "",
            f"reports on {page.report_year}" if page.report_year else "",
            f"doc {page.doc_id[:12]}",
        )
        if part
    )
    return _TEMPLATES.get_template("page.html.j2").render(
        page=page,
        heading=page.title or page.file_name,
        meta=meta,
        numbers=numbers,
        counts=Counter(r.family for r in page.records),
        families=_families(),
        body=Markup(render_text(page.text, spans)),
        css=_asset("review.css"),
        script=_asset("review.js"),
    )


@dataclass(frozen=True)
class _IndexEntry:
    page: DocumentPage
    page_file: str
    n_uncovered: int
    counts: Counter[str]


def render_index(entries: list[tuple[DocumentPage, str, int]]) -> str:
    """The index: one row per (page, its file name, numbers no record covers)."""
    rows = [
        _IndexEntry(page, page_file, n_uncovered, Counter(r.family for r in page.records))
        for page, page_file, n_uncovered in entries
    ]
    return _TEMPLATES.get_template("index.html.j2").render(entries=rows, families=_families(), css=_asset("review.css"))


def write_review(warehouse: Warehouse, out_dir: Path) -> list[Path]:
    """Write one HTML page per document of the warehouse into out_dir (created if missing), plus
    index.html linking them; returns the document pages, then the index. The warehouse is read
    read-only. A missing warehouse or an out_dir that is a file raises
    UserError."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"cannot write the review into {out_dir}: it is a file, not a folder")
    with open_read_only(warehouse) as engine:
        pages = read_pages(engine)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot create {out_dir}: {exc.strerror or exc}") from exc
    used: set[str] = {"index.html"}
    written: list[Path] = []
    entries: list[tuple[DocumentPage, str, int]] = []
    for page in pages:
        name = page.page_name
        if name in used:
            name = f"{Path(name).stem}_{page.doc_id[:8]}.html"
        used.add(name)
        path = out_dir / name
        path.write_text(render_page(page), encoding="utf-8")
        written.append(path)
        entries.append((page, name, len(uncovered_numbers(page))))
    index = out_dir / "index.html"
    index.write_text(render_index(entries), encoding="utf-8")
    written.append(index)
    return written
