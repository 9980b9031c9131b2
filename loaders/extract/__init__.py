"""Extraction: a document in, every zone, year, figure, ranking, honour and project out.

Pure: no I/O, no global state; the reference dictionaries come in as an argument. Each family
has its own module; this one segments the document, builds each paragraph's context (zone,
year), runs the families in an order where the more specific claim their spans first (rankings,
honours and projects before generic figures), and turns normalised spans into lineage: original
offsets, the quote that is exactly the original text there, and a stable record id.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from typing import TypedDict

from loaders.context.subject import cities_of_a_province_roundup, decide_subject, document_places
from loaders.context.time import DocumentTime, assessed_year, decide_time, section_time
from loaders.extract.context import ParagraphContext
from loaders.extract.honours import announced_list, extract_honours
from loaders.extract.metrics import PROJECT_EVENT_ENTRY, MetricDraft, extract_metrics
from loaders.extract.projects import extract_projects
from loaders.extract.rankings import FoundRanking, extract_rankings
from loaders.extract.tables import extract_table_metrics, extract_table_rankings
from loaders.extract.years import find_years
from loaders.extract.zones import DocumentZones, ZoneHit, candidate_names, find_zones, named_as_partner
from loaders.indicators import map_indicator
from loaders.normalise import NormText, fold_text, normalise
from loaders.numbers import to_plain
from loaders.reference import Place, Reference
from loaders.segment import HEADING_NUMBER, segment
from models.records import Document, Extraction, Honour, Metric, Paragraph, Project, Ranking, YearMention, ZoneMention

_EXTRACTED_KINDS = ("prose", "caption", "heading")


def record_id(doc_id: str, family: str, rule: str, start: int, end: int, key: str) -> str:
    digest = hashlib.sha256(f"{doc_id}|{family}|{rule}|{start}|{end}|{key}".encode()).hexdigest()
    return f"{family[0]}{digest[:31]}"


def _heading_zone(reference: Reference, places: frozenset[str]) -> Callable[[str], str | None]:
    """A heading that is a zone's name (a yearbook's section per zone) sets the section's zone:
    a dictionary name (of the document's place), or a name of the zone pattern filling the heading."""

    def zone_of_heading(text: str) -> str | None:
        folded = HEADING_NUMBER.sub("", normalise(text).text)
        for candidate in (folded, folded.split("(")[0]):
            zone = reference.zone_by_alias(candidate, places)
            if zone:
                return zone.canonical_name
            names = candidate_names(candidate, reference)
            if len(names) == 1 and names[0][0] == 0 and names[0][1] == len(candidate):
                return names[0][2]
        return None

    return zone_of_heading


class _Common(TypedDict):
    """The lineage fields every record of a paragraph shares."""

    record_id: str
    doc_id: str
    paragraph_id: str
    char_start: int
    char_end: int
    quote: str
    rule: str


class _Placed(_Common):
    """Lineage plus the zone and year decided for the record, with their rules."""

    zone: str | None
    zone_rule: str
    year: int | None
    year_rule: str


class _Lineage:
    """Turns normalised spans of one paragraph into original spans, quotes and ids."""

    def __init__(self, doc: Document, paragraph: Paragraph, norm: NormText) -> None:
        self.doc = doc
        self.paragraph = paragraph
        self.norm = norm

    def common(self, family: str, rule: str, start: int, end: int, key: str) -> _Common:
        orig_start, orig_end = self.norm.orig_span(start, end)
        return _Common(
            record_id=record_id(self.doc.doc_id, family, rule, orig_start, orig_end, key),
            doc_id=self.doc.doc_id,
            paragraph_id=self.paragraph.paragraph_id,
            char_start=orig_start,
            char_end=orig_end,
            quote=self.doc.text[orig_start:orig_end],
            rule=rule,
        )


@dataclass
class _Records:
    """The records of one document as its paragraphs are read; `seen` keeps each record once."""

    zones: list[ZoneMention] = field(default_factory=list)
    years: list[YearMention] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)
    rankings: list[Ranking] = field(default_factory=list)
    honours: list[Honour] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)

    def add_mentions(self, ctx: ParagraphContext, lineage: _Lineage) -> None:
        """The zone and year mentions of a paragraph, each with the zone or year it resolved to."""
        for hit in ctx.zone_hits:
            zone_name = ctx._resolve(hit)
            if not zone_name:
                continue
            fields = lineage.common("zone", hit.rule, hit.start, hit.end, zone_name)
            if fields["record_id"] in self.seen:
                continue
            self.seen.add(fields["record_id"])
            year, year_rule = ctx.year_at(hit.start)
            self.zones.append(
                ZoneMention(
                    **fields,
                    zone=zone_name,
                    zone_rule=hit.rule,
                    year=year,
                    year_rule=year_rule,
                    surface=hit.surface,
                    zone_type=hit.zone_type,
                )
            )
        for expr in ctx.years:
            fields = lineage.common("year", expr.rule, expr.start, expr.end, str(expr.year))
            if fields["record_id"] not in self.seen:
                self.seen.add(fields["record_id"])
                self.years.append(YearMention(**fields, year=expr.year, year_rule=expr.rule, surface=expr.surface))

    def add_ranking(self, found: FoundRanking, lineage: _Lineage, ctx: ParagraphContext) -> None:
        key = f"{found.ranking}|{found.rank}"
        self.rankings.append(
            Ranking(
                **_family_fields(
                    lineage, ctx, "ranking", found.rule, found.start, found.end, key, found.anchor, found.zone, found.year
                ),
                ranking=found.ranking,
                rank=found.rank,
                prev_rank=found.prev_rank,
                of=found.of,
                qualifier=found.qualifier,
            )
        )

    def add_rankings_honours_projects(self, ctx: ParagraphContext, lineage: _Lineage) -> list[tuple[int, int]]:
        """Rankings, honours and projects of a paragraph; returns the spans their figures claim
        (a rank or an investment is not a metric of its own)."""
        taken: list[tuple[int, int]] = []
        for found in extract_rankings(ctx):
            self.add_ranking(found, lineage, ctx)
            taken.extend(found.claims)
        for honour in extract_honours(ctx):
            key = f"{honour.title}|{honour.zone}" + (f"|{honour.qualifier}" if honour.qualifier else "")
            fields = _family_fields(
                lineage, ctx, "honour", honour.rule, honour.start, honour.end, key, honour.anchor, honour.zone, honour.year
            )
            self.honours.append(
                Honour(**fields, title=honour.title, body=honour.body, date=honour.date, qualifier=honour.qualifier)
            )
        for project in extract_projects(ctx):
            key = f"{project.name}|{project.status}"
            fields = _family_fields(
                lineage,
                ctx,
                "project",
                project.rule,
                project.start,
                project.end,
                key,
                project.anchor,
                project.zone
                or _zone_opening_name(ctx, project.anchor, project.name)
                or _zone_before_name(ctx, project.start, project.end, project.name)
                or _site_after(ctx, project.end),
                project.year,
            )
            self.projects.append(
                Project(
                    **fields,
                    name=project.name,
                    investment=project.investment,
                    investment_unit=project.investment_unit,
                    status=project.status,
                    date=project.date,
                    qualifier=project.qualifier,
                )
            )
            taken.extend(project.claims)
            if ctx.text.startswith(project.name, project.start):
                # "年产800吨饲料生产线", "8万吨级泊位": a size in a project's name is the project's
                taken.append((project.start, project.start + len(project.name)))
        return taken


_COUNT_OF_LISTED = re.compile(r"等[\d一二三四五六七八九十两]+[个家]")


def _listed_member(text: str, hit: ZoneHit) -> bool:
    return "、" in (text[hit.start - 1 : hit.start], text[hit.end : hit.end + 1]) or bool(_COUNT_OF_LISTED.match(text, hit.end))


@dataclass
class _SectionState:
    """What carries from one paragraph to the next: the section's year, whether it is a plan,
    and the first zone named since the last zone heading."""

    year: int | None
    year_rule: str
    document_year: int | None
    document_year_rule: str
    plan: bool = False
    unheaded_zone: str | None = None
    last_section: str | None = None
    list_title: str | None = None
    # in a report on several zones: the one zone the paragraph before named, if it named only one
    previous_zone: str | None = None

    def enter(self, paragraph: Paragraph, base: int | None) -> None:
        if paragraph.kind == "heading":
            section = section_time(paragraph.text, base)
            if section is not None:
                self.year = section.year if section.year is not None else self.document_year
                self.year_rule = section.rule if section.year is not None else self.document_year_rule
                self.plan = section.plan
        if paragraph.section_zone != self.last_section or paragraph.kind == "heading":
            # a sub-heading opens a part of its own: the zone its paragraphs name first leads it
            self.unheaded_zone = None
            self.last_section = paragraph.section_zone

    def context_zone(
        self, paragraph: Paragraph, text: str, hits: tuple[ZoneHit, ...], doc_zones: DocumentZones
    ) -> tuple[str | None, str]:
        """The zone a paragraph's unplaced figures belong to (``text`` its normalised text, where
        ``hits`` are), and the rule that says so."""
        # (a partner it works with, 与甲园区建立合作关系, is not what the part goes on about)
        explicit = [h for h in hits if not h.generic and not h.alias_of_previous and not named_as_partner(text, h.start, h.end)]
        if (
            paragraph.section_zone is None
            and self.unheaded_zone is None
            and explicit
            and paragraph.kind == "prose"
            and doc_zones.main_rule != "zone_no_dominant_subject"
        ):
            # a report on many zones gives none of them the sentences that name no zone; a paragraph
            # that also names the document's subject leaves the subject in charge
            named = {h.zone for h in explicit}
            if all(_listed_member(text, h) for h in explicit):
                pass  # (甲、乙、丙产业园等14个园区获表扬: members of a list, none what the section goes on about)
            elif doc_zones.main_zone is None or doc_zones.main_zone not in named:
                self.unheaded_zone = explicit[0].zone
            else:
                self.unheaded_zone = doc_zones.main_zone
        previous, self.previous_zone = self.previous_zone, _only_zone(hits) if hits else self.previous_zone
        if paragraph.section_zone:
            resolved = doc_zones.resolve(paragraph.section_zone)
            return (resolved[0] if resolved else paragraph.section_zone), "zone_section_heading"
        if self.unheaded_zone:
            return self.unheaded_zone, "zone_first_named_in_section"
        if doc_zones.main_zone is None and not hits and previous and paragraph.kind == "prose":
            # a report on several zones goes on about the one it just named in a paragraph that
            # names none ("在集中签约的项目中,…" after "甲经开区举行集中签约活动")
            return previous, "zone_of_the_paragraph_before"
        return doc_zones.main_zone, doc_zones.main_rule


def _only_zone(hits: tuple[ZoneHit, ...]) -> str | None:
    """The one zone a paragraph names, if it names one and no group of zones."""
    if any(h.zone_type == "aggregate" for h in hits):
        return None
    zones = {h.zone for h in hits if not h.generic and h.zone}
    return zones.pop() if len(zones) == 1 else None


def extract_document(doc: Document, reference: Reference) -> Extraction:
    meta = doc.meta
    # The document's places come first: they decide which dictionary names are this document's.
    lines = [line for line in fold_text(doc.text).split("\n") if line.strip()]
    places = document_places(lines, fold_text(meta.title or ""), reference, meta.url)
    place_names = frozenset(place.name for place in places.values())
    paragraphs = segment(doc.doc_id, doc.text, meta.report_year, _heading_zone(reference, place_names))
    norms = [normalise(doc.text, p.char_start, p.char_end, keep_tabs=p.kind == "table_row") for p in paragraphs]
    # Without a manifest title, the first heading names what the document is about.
    first_heading = next((n.text for p, n in zip(paragraphs, norms, strict=False) if p.kind == "heading"), None)
    doc_zones = decide_subject(
        [n.text for p, n in zip(paragraphs, norms, strict=False) if p.kind in _EXTRACTED_KINDS],
        reference,
        " ".join(t for t in (fold_text(meta.title or ""), first_heading) if t),
        places,
        lines,
    )
    time = decide_time(doc.text, meta, meta.title or first_heading)
    base, base_rule = time.this_year, time.this_year_rule
    now = (time.now_year, time.now_rule)
    report_year_rule = f"report_year:{meta.report_year_rule or meta.report_year_source}"
    state = _SectionState(meta.report_year, report_year_rule, meta.report_year, report_year_rule)
    records = _Records()
    roundup = cities_of_a_province_roundup(
        [n.text for n in norms], fold_text(meta.title or first_heading or ""), doc_zones.places, reference
    )
    for index, (paragraph, norm) in enumerate(zip(paragraphs, norms, strict=False)):
        state.enter(paragraph, base)
        hits = tuple(find_zones(norm.text, doc_zones))
        context_zone, zone_rule = state.context_zone(paragraph, norm.text, hits, doc_zones)
        if index in roundup and paragraph.section_zone is None:
            context_zone, zone_rule = roundup[index], "zone_city_in_a_province_roundup"
        context_year, context_year_rule = state.year, state.year_rule
        # (only a paragraph that opens by announcing results: a later sentence doing so does not
        # date the figures told before it, 前三季度实现…。9月,省厅公布2022年度…结果)
        opening = re.split(r"[。!?]", norm.text, maxsplit=1)[0]
        assessed = assessed_year(opening, base) if paragraph.kind != "heading" else None
        if assessed is not None:
            context_year, context_year_rule = assessed, "paragraph_announces_results_of_year"
        past = (time.past_year, time.past_rule)
        now_in_section = _section_now(state, *now)
        ctx = ParagraphContext(
            norm=norm,
            zone_hits=hits,
            years=tuple(find_years(norm.text, *_section_now(state, base, base_rule), context_year, now_in_section, past)),
            context_zone=context_zone,
            context_zone_rule=zone_rule,
            context_year=context_year,
            context_year_rule=context_year_rule,
            doc_zones=doc_zones,
            reference=reference,
            plan_section=state.plan,
            list_title=state.list_title,
            doc_title=fold_text(meta.title) if meta.title else first_heading,
        )
        state.list_title = _list_title(norm.text, state.list_title)
        if paragraph.kind == "table_row":
            if index == 0 or paragraphs[index - 1].kind != "table_row":
                group = _table_group(paragraphs, norms, index)
                row_years = partial(
                    find_years,
                    base=base,
                    base_rule=base_rule,
                    context_year=context_year,
                    now=now,
                    past=(time.past_year, time.past_rule),
                )
                for draft, row_lineage, row_ctx in extract_table_metrics(group, ctx, doc, reference, row_years):
                    _add_metric(records.metrics, records.seen, draft, row_lineage, row_ctx, reference)
                for found, row_lineage, row_ctx in extract_table_rankings(group, ctx, doc, reference):
                    records.add_ranking(found, row_lineage, row_ctx)
            continue
        if paragraph.kind not in _EXTRACTED_KINDS:
            continue
        lineage = _Lineage(doc, paragraph, norm)
        records.add_mentions(ctx, lineage)
        taken = records.add_rankings_honours_projects(ctx, lineage)
        if paragraph.kind == "heading":
            continue
        project_entry = bool(paragraph.entry and PROJECT_EVENT_ENTRY.search(paragraph.entry))
        for draft in extract_metrics(ctx, taken, project_entry=project_entry):
            _add_metric(records.metrics, records.seen, draft, lineage, ctx, reference)
    metrics, rankings, honours, projects = records.metrics, records.rankings, records.honours, records.projects
    if not doc_zones.about_zones:
        # a county's or district's own report: what names no zone is the area's, not a zone's
        metrics = [f for f in metrics if f.zone]
        rankings = [r for r in rankings if r.zone]
        honours = [h for h in honours if h.zone]
        projects = [p for p in projects if p.zone]
    metrics, rankings, honours, projects = (_uncounted(r, reference) for r in (metrics, rankings, honours, projects))
    return Extraction(
        document=doc,
        paragraphs=paragraphs,
        zones=records.zones,
        years=records.years,
        metrics=_dedupe_metrics(_drop_headline_repeats(_with_document_period(metrics, paragraphs, time), paragraphs)),
        rankings=_dedupe_rankings(_drop_headline_rank_repeats(_dedupe(rankings), paragraphs)),
        honours=_dedupe_honours(_dedupe(honours)),
        projects=_dedupe_projects(_dedupe(projects)),
    )


_COUNT_IN_GROUP_NAME = re.compile(
    r"(?<![\d一二三四五六七八九十两])(?:\d+|[一二三四五六七八九十两]+)(?:个|家)(?=[\u4e00-\u9fff]{2})"
)


def _uncounted(records: list, reference: Reference) -> list:
    """A province's counted group (某省12个重点园区, 某省海港12个园区) is named without its
    count, which changes from year to year; a city's keeps it (X市产业集聚区 is one zone of its own)."""
    out = []
    for record in records:
        named = _province_group_name(record.zone, reference) if record.zone else None
        out.append(record.model_copy(update={"zone": named}) if named != record.zone else record)
    return out


def _province_group_name(zone: str, reference: Reference) -> str:
    count = _COUNT_IN_GROUP_NAME.search(zone)
    if count is None:
        return zone
    province = next((p for p in reference.provinces if zone.startswith(p)), None)
    if province is None or re.search(r"[市州县盟旗]", zone[len(province) : count.start()]):
        return zone
    return zone[: count.start()] + zone[count.end() :]


def _section_now(state: _SectionState, year: int | None, rule: str) -> tuple[int | None, str]:
    """What 今年 and 目前 mean in a paragraph: under a heading that reviews a year (一、2022年工作总结)
    that year, whenever the page was posted; elsewhere the document's own."""
    if state.year is not None and state.year_rule == "section_heading_review_year" and not state.plan:
        return state.year, f"section_review_year«{state.year}»"
    return year, rule


def _list_title(text: str, current: str | None) -> str | None:
    """The honour a list of names is under, carried over the lines of the list: set by a line
    announcing a list, kept by headings and lines of names, dropped by running prose."""
    announced = announced_list(text)
    if announced:
        return announced[0]
    listing = len(text) <= 30 or (text.count("、") >= 2 and not re.search(r"[,;][^、]{25,}", text))
    return current if listing else None


_WHOLE_YEAR_WORDS = re.compile(r"(全年|年末|年底|目前|截至)")


def _with_document_period(metrics: list[Metric], paragraphs: list[Paragraph], time: DocumentTime) -> list[Metric]:
    """A bulletin titled for a period (上半年经济运行情况) states its report year's figures for that
    period, unless a sentence names another period or the whole year (全年, 年末, 目前) first."""
    if not time.period or time.report_year is None:
        return metrics
    # where each paragraph first names the whole year: figures after it are not the period's
    whole_year_from: dict[str, int] = {}
    for p in paragraphs:
        match = _WHOLE_YEAR_WORDS.search(p.text)
        whole_year_from[p.paragraph_id] = p.char_start + match.end() if match else p.char_end + 1
    out: list[Metric] = []
    for metric in metrics:
        if metric.period is None and metric.year == time.report_year and metric.char_end < whole_year_from[metric.paragraph_id]:
            metric = metric.model_copy(update={"period": time.period})
        out.append(metric)
    return out


def _dedupe(records: list) -> list:
    seen: set[str] = set()
    out = []
    for record in records:
        if record.record_id not in seen:
            seen.add(record.record_id)
            out.append(record)
    return out


def _dedupe_rankings(rankings: list[Ranking]) -> list[Ranking]:
    """A headline repeating a rank its text states (稳居全市第一 twice) is one ranking."""
    seen: set[tuple[object, ...]] = set()
    out: list[Ranking] = []
    for ranking in rankings:
        key = (ranking.zone, ranking.year, ranking.ranking, ranking.rank, ranking.prev_rank)
        if key not in seen:
            seen.add(key)
            out.append(ranking)
    return out


_HONOUR_VERB = r"(?:获批|成功|正式)?(?:升级为|升格为|批准为|命名为|评为|认定为|创建为|晋升为)"


def _dedupe_honours(honours: list[Honour]) -> list[Honour]:
    """The same title for the same zone stated twice in a document is one honour."""
    seen: set[tuple[str | None, str, str | None]] = set()
    out: list[Honour] = []
    for honour in honours:
        key = (honour.zone, honour.title, honour.qualifier)
        if key not in seen:
            seen.add(key)
            out.append(honour)
    # "获批升级为省级经济开发区" read by two verbs: the title with the verb in it is the same honour
    return [
        h
        for h in out
        if not any(
            o is not h
            and o.zone == h.zone
            and len(o.title) < len(h.title)
            and h.title.endswith(o.title)
            and re.fullmatch(_HONOUR_VERB, h.title[: len(h.title) - len(o.title)])
            for o in out
        )
    ]


def _headline_ids(paragraphs: list[Paragraph]) -> set[str]:
    """Headlines: short lines with no sentence in them."""
    return {
        p.paragraph_id
        for p in paragraphs
        if p.kind in ("prose", "heading") and len(p.text) <= 60 and not re.search(r"[。;；!！?？]|[,，].*[,，]", p.text)
    }


def _drop_headline_rank_repeats(rankings: list[Ranking], paragraphs: list[Paragraph]) -> list[Ranking]:
    """A headline giving a zone's place the text gives again ("某高新区营收居全国第三" over the
    article that says so, in other words) is not a second ranking."""
    headline_ids = _headline_ids(paragraphs)
    stated = {(r.zone, r.year, r.rank, r.prev_rank) for r in rankings if r.paragraph_id not in headline_ids}
    return [r for r in rankings if r.paragraph_id not in headline_ids or (r.zone, r.year, r.rank, r.prev_rank) not in stated]


def _drop_headline_repeats(metrics: list[Metric], paragraphs: list[Paragraph]) -> list[Metric]:
    """A headline (a line with no sentence in it) restating a figure of the text is not a second
    statement: "某高新区一季度产值增长6.35%" over the article that says so."""
    headline_ids = _headline_ids(paragraphs)

    def key(metric: Metric) -> tuple[object, ...]:
        return (metric.zone, metric.year, metric.measure, metric.value, metric.unit)

    stated = {key(f) for f in metrics if f.paragraph_id not in headline_ids}
    kept = [f for f in metrics if f.paragraph_id not in headline_ids or key(f) not in stated]
    # A headline the page runs into its first paragraph ("上半年产值增长12%  上半年,某区产值增长12%"):
    # the same statement again before any full stop is the same statement
    by_id = {p.paragraph_id: p for p in paragraphs}
    later: dict[tuple[object, ...], Metric] = {}
    repeated: set[str] = set()
    for metric in sorted(kept, key=lambda f: f.char_end, reverse=True):
        what = (metric.indicator_code, metric.indicator_breakdown) if metric.indicator_code else (metric.indicator, None)
        k = (*key(metric), *what, metric.period, metric.paragraph_id)
        after = later.get(k)
        paragraph = by_id.get(metric.paragraph_id)
        if after is not None and paragraph is not None:
            # (up to the end of the later one: its span may reach back over the headline)
            between = paragraph.text[metric.char_end - paragraph.char_start : after.char_end - paragraph.char_start]
            if not re.search(r"[。;!?]", between):
                repeated.add(metric.record_id)
        later[k] = metric
    return [f for f in kept if f.record_id not in repeated]


def _dedupe_metrics(metrics: list[Metric]) -> list[Metric]:
    """The same statement repeated in a document (a summary box restating the text) is one metric.

    Only prose statements of another paragraph with the very same indicator, measure, value,
    unit, zone and year are merged: within one paragraph a second "投资完成率129%" is said of
    another set of projects. Table cells are kept, being a different presentation of the figure.
    """
    seen: dict[tuple[object, ...], str] = {}
    out: list[Metric] = []
    for metric in metrics:
        in_table = metric.rule.startswith("table_")
        key = (metric.zone, metric.year, metric.indicator, metric.measure, metric.value, metric.unit, in_table)
        if seen.get(key, metric.paragraph_id) != metric.paragraph_id and not in_table:
            continue
        seen.setdefault(key, metric.paragraph_id)
        out.append(metric)
    return out


_MILESTONES = {"签约", "落地", "开工", "在建", "主体结顶", "基本完工", "竣工", "建成", "投产", "揭牌", "开园", "获批", "摘牌"}


def _dedupe_projects(projects: list[Project]) -> list[Project]:
    """A project named again in the same zone is the same record, unless it reached another
    milestone (签约 in one sentence, 开工 in a later one)."""

    def plain(name: str) -> str:
        return re.sub(r"\([^()]*\)", "", name)

    out: list[Project] = []
    for project in projects:
        twin = next(
            (
                p
                for p in out
                if p.zone == project.zone
                and (plain(p.name) in plain(project.name) or plain(project.name) in plain(p.name))
                and (p.status == project.status or not ({p.status, project.status} <= _MILESTONES))
            ),
            None,
        )
        if twin is None:
            out.append(project)
        elif twin.investment is None and project.investment is not None:
            out[out.index(twin)] = project
    return out


# "甲、乙等一批重大项目在某高新区开花结果": the zone the projects are said to be in, after them
_IN_THE_ZONE = re.compile(r"[^,;。]{0,16}?(?:落户|落地|位于|在)$")


def _zone_opening_name(ctx: ParagraphContext, start: int, name: str) -> str | None:
    """ "某某开发区冷链物流中心": a project named after the zone it is in (not a zone itself)."""
    for hit in ctx.hits_starting(max(0, start - 30), start + 1):
        # (the name as written, or with the zone before it stripped off)
        prefix = hit.start == start and (
            (hit.end - start < len(name) and name.startswith(hit.surface)) or ctx.text.startswith(name, hit.end)
        )
        if not hit.generic and (prefix or (hit.end == start and ctx.text.startswith(name, start))):
            return ctx._resolve(hit)
    return None


def _zone_before_name(ctx: ParagraphContext, start: int, end: int, name: str) -> str | None:
    """ "总投资36亿元的甲高新区乙项目", "甲经开区的乙项目": the zone written right before the
    project's name, inside the words that tell of it, is the one it is in."""
    at = ctx.text.find(name, start, end + 1)
    if at <= start:
        return None
    for hit in ctx.hits_starting(max(start, at - 30), at):
        if not hit.generic and ctx.text[hit.end : at] in ("", "的"):
            return ctx._resolve(hit)
    return None


def _site_after(ctx: ParagraphContext, end: int) -> str | None:
    _, sentence_end = ctx.sentence_bounds(end)
    for hit in ctx.hits_starting(end, sentence_end):
        if hit.generic or not _IN_THE_ZONE.fullmatch(ctx.text, end, hit.start):
            return None
        return ctx._resolve(hit)
    return None


def _family_fields(
    lineage: _Lineage,
    ctx: ParagraphContext,
    family: str,
    rule: str,
    start: int,
    end: int,
    key: str,
    anchor: int,
    zone: str | None,
    year: tuple[int | None, str] | None = None,
) -> _Placed:
    fields = lineage.common(family, rule, start, end, key)
    zone_name, zone_rule = (zone, "zone_named_in_record") if zone else ctx.zone_at(anchor)
    year_value, year_rule = year if year is not None else ctx.year_at(anchor, dated_events=family == "honour")
    return _Placed(**fields, zone=zone_name, zone_rule=zone_rule, year=year_value, year_rule=year_rule)


_AGGREGATE_TAIL = re.compile(
    r"(?:省级及以上|省级以上|自治区级及以上|自治区级以上|市级以上|国家级)?(?:经济技术开发区|高新技术产业开发区|工业园区|产业园区|开发区|园区|高新区|经开区)$"
)


def _place_opening(phrase: str, reference: Reference) -> Place | None:
    """The district, county or city an indicator phrase opens with (灵武市签约项目)."""
    for n in (3, 4, 5, 6):
        name = phrase[:n]
        if name[-1:] in "区县市旗" and len(phrase) > n:
            found = [p for p in reference.places_by_name.get(name, ()) if p.level in ("city", "county")]
            # (not a level or a programme named after the place: 扬州市级项目, 绍兴市330人才)
            modifier = re.match(r"[级\d]|(?:开发区|高新区|经开区|新区|园区)", phrase[n:]) or phrase.startswith(
                ("开发区", "高新区", "经开区", "新区", "园区"), n - 1
            )
            if found and not modifier:
                return found[0]
    return None


def _names_a_place_s_zones(zone: str, reference: Reference) -> bool:
    """ "上饶市工业园区", "湖南省国家级经济技术开发区": a place's name and a type word, all its zones."""
    rest = _AGGREGATE_TAIL.sub("", zone)
    return rest != zone and rest in reference.places_by_name


def _add_metric(
    metrics: list[Metric],
    seen: set[str],
    draft: MetricDraft,
    lineage: _Lineage,
    ctx: ParagraphContext,
    reference: Reference,
) -> None:
    value = to_plain(Decimal(draft.value))
    fields = lineage.common("fact", draft.rule, draft.start, draft.end, f"{draft.indicator}|{draft.measure}|{value}|{draft.unit}")
    if fields["record_id"] in seen:
        return
    seen.add(fields["record_id"])
    zone, zone_rule = draft.zone_override or ctx.zone_at(draft.anchor)
    place = _place_opening(draft.indicator, reference)
    # (the document's own city or province names programmes of its zones: 某市创新团队)
    own = {p.adcode for level, p in ctx.doc_zones.places.items() if level in ("province", "city", "masthead")}
    if zone and draft.zone_override is None and place is not None and place.short_name not in zone and place.adcode not in own:
        zone, zone_rule = None, f"zone_figure_of_a_place«{place.name}»"  # "乙县签约项目9个": the county's
    counts_zones = re.search(r"(经开区|开发区|高新区|园区|集聚区|投资区)(参评|参加|入围|入选)?$", draft.indicator) or re.match(
        r"(国家级|国家|省级以上|省级|自治区级以上|自治区级)?[\u4e00-\u9fff]{0,4}?(经开区|开发区|高新区|园区|集聚区|投资区)",
        ctx.text[draft.end : draft.end + 12],
    )
    if draft.measure == "value" and draft.unit in ("家", "个") and counts_zones:
        known = reference.zone_by_alias(zone or "")
        aggregate = (
            (known and known.zone_type == "aggregate")
            or re.search(r"(以上|全市|全省|全县|全区|\d(?:个|家))", zone or "")  # (某省13个重点园区: a counted group)
            or (zone_rule or "").startswith("zone_aggregate")
        )
        if not zone or not (aggregate or _names_a_place_s_zones(zone, reference)):
            return  # "共107家国家级经开区参评": a count of zones is the field of an evaluation, not a figure
    year, year_rule = draft.year_override or ctx.year_at(draft.anchor)
    match = reference.indicator_match(draft.indicator)
    basis = draft.basis
    if match and basis is None and draft.measure == "value" and _NEWLY_ADDED.search(draft.indicator[: -len(match[1])]):
        basis = "increment"  # "新增规上工业企业36家": what was added to a stock, not the stock
    mapping = map_indicator(draft.indicator, draft.unit, draft.measure, reference, is_part=basis == "part")
    metrics.append(
        Metric(
            **fields,
            zone=zone,
            zone_rule=zone_rule,
            year=year,
            year_rule=year_rule,
            qualifier=draft.qualifier,
            indicator=draft.indicator,
            indicator_code=mapping.code,
            indicator_breakdown=mapping.breakdown,
            measure=draft.measure,  # type: ignore[arg-type]
            value=value,
            unit=draft.unit,
            approx=draft.approx,
            period=draft.period,
            is_estimate=draft.is_estimate or ctx.plan_section,
            basis=basis,
        )
    )


_NEWLY_ADDED = re.compile(r"新增|新认定|新培育|新引进|新注册|新招引|新入统")


_TABLE_TITLE = re.compile(r"[^。;!?,]{4,40}(?:指标|情况|统计|一览表|汇总表|结果|表)(?:\([^()]{1,12}\))?")  # (…主要指标(1-9月))


def _table_group(paragraphs: list[Paragraph], norms: list[NormText], index: int) -> list[tuple[Paragraph, NormText]]:
    group: list[tuple[Paragraph, NormText]] = []
    caption_index = index - 1
    while caption_index >= 0 and len(group) < 2:
        paragraph = paragraphs[caption_index]
        if paragraph.kind != "caption" and not (
            _TABLE_TITLE.fullmatch(norms[caption_index].text.strip()) and paragraph.kind in ("prose", "heading")
        ):
            break
        # (a table's title on its own line over the header: "某年某市省级以上开发区运行指标")
        group.insert(0, (paragraph.model_copy(update={"kind": "caption"}), norms[caption_index]))
        caption_index -= 1
    i = index
    while i < len(paragraphs) and paragraphs[i].kind == "table_row":
        group.append((paragraphs[i], norms[i]))
        i += 1
    return group


__all__ = ["DocumentZones", "extract_document", "record_id"]
