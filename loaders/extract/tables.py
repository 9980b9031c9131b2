"""Tables: rows of cells under a caption (表 64 …), one metric per numeric cell, its span the cell.

The header may span two lines: a first line naming indicators with their units
("合同利用外资(万美元)") over empty cells, and a second naming measures ("实绩", "增长(%)"). Each
data column is given an indicator and a measure from the headers above it; the first cell of a
row names the zone (a total row — 合计 — is the zone the table is about). "—" cells are missing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from loaders.extract.context import ParagraphContext
from loaders.extract.metrics import UNITS, MetricDraft
from loaders.extract.rankings import FoundRanking, _list_name
from loaders.extract.years import YearExpr
from loaders.extract.zones import aggregate_hits, without_province, zone_type_of
from loaders.normalise import NormText
from loaders.numbers import parse_number
from loaders.reference import Reference
from loaders.segment import SPACED_MEASURE_WORDS
from models.records import Document, Paragraph

if TYPE_CHECKING:
    from loaders.extract import _Lineage

_MISSING = {"—", "-", "–", "", "/", "…"}
# (全州园区合计: the zones of the place together, named by their kind)
_TOTAL = re.compile(
    r"^(?:全市|全省|全区|全县|全州)?(?:开发区|园区|产业园区|工业园区|高新区|经开区)?(?:合计|总计)$|^(?:全市|总体|小计)$"
)
# a table of indicators, one a row (指标 | 单位 | 数值 | 比上年增长%): the figures are its section's zone's
_INDICATOR_HEADER = re.compile(r"指标|指标名称|项目|主要指标")
_UNIT_HEADER = re.compile(r"(?:计量)?单位")
# a growth column that names its indicator: "固定资产投资增速(%)"
_NAMED_GROWTH = re.compile(r"(?P<name>.{2,}?)(?:同比)?(?:增速|增长率|增幅|增长)$")
_TIME_HEADER = re.compile(r"年份|年度|时间|时期|年")
# a row label that is a time: 2022年, 2023年度, 今年1-9月, 上半年
_TIME_LABEL = re.compile(
    r"(?:(?:19|20)\d{2}年度?|今年|去年|上年|本年)?(?:1?\d[-—~至]1?\d月|上半年|下半年|前三季度|[一二三四]季度|全年)?(?<=.)"
)
_ORDER_HEADER = re.compile(r"(?:综合)?(?:排名|名次|位次|排序|序号)")
_RANK_HEADER = re.compile(r"(?:综合)?(?:排名|名次|位次|排序)")
_ROW_NUMBER = re.compile(r"序号|编号|序")
_SCORE = re.compile(r"(?:得分|分数|评分)$")  # a score column needs no unit written: its unit is 分
_UNIT_IN_HEADER = re.compile(r"^(?P<name>.+?)[(](?P<unit>[^()]+)[)]$")
_GROWTH = re.compile(r"(增长|增幅|增速|同比|比上年)")
# A header naming only a growth rate: "增长(%)", "比上年增长(%)", "同比增速".
_GROWTH_HEADER = re.compile(r"(?:比上年|较上年|比去年|同比)?(?:增长|增幅|增速|增减)(?:率|幅度)?(?:±)?|同比")


def _cells(norm: NormText) -> list[tuple[int, int, str]]:
    """Cells of a table row: (start, end, text) in normalised offsets, split at tabs or wide gaps."""
    text = norm.text
    cells: list[tuple[int, int, str]] = []
    separator = "\t" if "\t" in text else ("|" if text.count("|") >= 2 else None)
    pos = 0
    parts = text.split(separator) if separator else re.split(r"(\s{2,})", text)
    if separator == "|":
        # "| 名称 | 产值 |": the bars that open and close the row bound no cell
        if parts and not parts[0].strip():
            pos += len(parts.pop(0)) + 1
        if parts and not parts[-1].strip():
            parts.pop()
    for part in parts:
        if separator is None and re.fullmatch(r"\s{2,}", part):
            pos += len(part)
            continue
        stripped = part.strip()
        lead = len(part) - len(part.lstrip())
        cells.append((pos + lead, pos + lead + len(stripped), stripped))
        pos += len(part) + (1 if separator else 0)
    if len(cells) >= 2 and cells[0][2] in ("合", "总", "小") and cells[1][2] == "计":
        # "合  计": a label spaced out to the column's width, not two cells
        cells[:2] = [(cells[0][0], cells[1][1], cells[0][2] + cells[1][2])]
    return cells


def _leading_labels(cells: list[tuple[int, int, str]]) -> int:
    """How many cells open a row before its first number."""
    return next(
        (
            i
            for i, c in enumerate(cells)
            if c[2] in _MISSING or parse_number(c[2].lstrip("+-")) is not None or _cell_amount(c[2]) is not None
        ),
        len(cells),
    )


def _zone_cell(cells: list[tuple[int, int, str]], labels: int) -> str:
    """The cell naming a row's zone: with a category column before it (国家级开发区 | 某经开区 |
    …), the first that is a zone's name or a total, else the first."""
    for _, _, text in cells[:labels]:
        plain = re.sub(r"\s+", "", text)
        if zone_type_of(plain.split("(")[0]) or _TOTAL.match(plain):
            return text
    return cells[0][2]


def _columns(header_rows: list[list[tuple[int, int, str]]], width: int) -> list[tuple[str, str, str]]:
    """(indicator, unit, measure) per column, from one or two header lines, for rows of this width.

    Leading and trailing empty cells of a header line may have been trimmed with the line's
    whitespace, so a second header line is aligned to the right edge of the data rows.
    """
    top = [c[2] for c in header_rows[0]]
    top += [""] * (width - len(top))
    indicators: list[tuple[str, str]] = []
    current = ("", "")
    for cell in top:
        if cell:
            match = _UNIT_IN_HEADER.match(cell)
            current = (match.group("name"), match.group("unit")) if match else (cell, "分" if _SCORE.search(cell) else "")
        indicators.append(current)
    if len(header_rows) > 1:
        # The second line starts under the first data column when its leading cells are empty.
        second = [c[2] for c in header_rows[1]]
        offset = width - len(second)
        columns: list[tuple[str, str, str]] = [(name, unit, "value") for name, unit in indicators]
        for i, label in enumerate(second):
            col = i + max(offset, 0)
            if col >= len(columns):
                break
            name, unit = indicators[col]
            if _GROWTH.search(label):
                columns[col] = (name, "%", "yoy_pct")
            else:
                columns[col] = (name, unit, "value")
        return columns
    # One header line: a growth column ("增长(%)") belongs to the indicator of the column before it.
    columns = []
    for name, unit in indicators:
        named = _NAMED_GROWTH.fullmatch(name) if unit == "%" else None
        if _GROWTH_HEADER.fullmatch(name) or (_GROWTH.search(name) and columns and len(name) <= 4):
            previous = columns[-1][0] if columns else ""
            columns.append((previous, "%", "yoy_pct"))
        elif named and not _GROWTH.search(named.group("name")):
            columns.append((named.group("name"), "%", "yoy_pct"))
        else:
            columns.append((name, unit, "value"))
    return columns


def _as_spoken(title: str, ctx: ParagraphContext) -> str:
    """A caption naming its city ("某某市省级以上开发区") read as the city speaks of it (全市…)."""
    city = ctx.doc_zones.places.get("city")
    return title.replace(city.name, "全市") if city else title


def extract_table_rankings(
    group: list[tuple[Paragraph, NormText]],
    ctx: ParagraphContext,
    doc: Document,
    reference: Reference,
) -> Iterator[tuple[FoundRanking, _Lineage, ParagraphContext]]:
    """A table whose first column is the place (排名 | 开发区 | …): each row ranks its zone in the
    assessment the caption, or else the paragraph before the table, names."""
    from loaders.extract import _Lineage

    rows = [(p, n, _cells(n)) for p, n in group if p.kind == "table_row"]
    if not rows or not rows[0][2]:
        return
    header = [re.sub(r"\s+", "", cell[2]) for cell in rows[0][2]]
    # the rank is the first column or a later one after a row number (序号 | 开发区 | 得分 | 排名)
    rank_col = 0 if _RANK_HEADER.fullmatch(header[0]) else None
    if rank_col is None and _ROW_NUMBER.fullmatch(header[0]):
        rank_col = next((i for i, h in enumerate(header) if _RANK_HEADER.fullmatch(h)), None)
    if rank_col is None:
        return
    label_col = 1
    captions = "".join(re.sub(r"\s+", "", p.text) for p, _ in group if p.kind == "caption")
    name = captions or _list_name(ctx, len(ctx.text))
    for paragraph, norm, cells in rows[1:]:
        if len(cells) <= max(rank_col, label_col) or not re.fullmatch(r"\d{1,3}", cells[rank_col][2]):
            continue
        # (a province before the name, 河北某某经济开发区, is no part of it)
        label = without_province(re.sub(r"\s+", "", cells[label_col][2]).split("(")[0], reference)
        zone = reference.zone_by_alias(label, ctx.doc_zones.place_names)
        resolved = ctx.doc_zones.resolve(label)
        zone_name = zone.canonical_name if zone else (resolved[0] if resolved else label)
        if not zone_type_of(label):
            continue
        start, end = cells[0][0], cells[max(rank_col, label_col)][1]
        rank = int(cells[rank_col][2])
        found = FoundRanking(start, end, start, name, rank, None, None, "ranking_table_place_column", zone=zone_name)
        yield found, _Lineage(doc, paragraph, norm), _row_context(norm, ctx, zone_name, reference)


def _row_context(
    norm: NormText,
    ctx: ParagraphContext,
    zone_name: str | None,
    reference: Reference,
    row_years: tuple[YearExpr, ...] = (),
) -> ParagraphContext:
    """A row's context: its zone the row's label, its time the table's (or the row's own, where its
    label is a time)."""
    return ParagraphContext(
        norm=norm,
        zone_hits=(),
        years=row_years or ctx.years,
        context_zone=zone_name,
        # (a row of a time is its section's zone's, a row of a place that place's)
        context_zone_rule=f"zone_table_of_section:{ctx.context_zone_rule}" if row_years else "zone_table_row_label",
        context_year=ctx.context_year,
        context_year_rule=ctx.context_year_rule,
        doc_zones=ctx.doc_zones,
        reference=reference,
    )


def _cell_amount(text: str) -> tuple[Decimal, str] | None:
    """A cell that writes its unit after its number ("95.1亿元", "63家"): the number and the unit."""
    unit = next((u for u in UNITS if text.endswith(u)), None)
    if unit is None or unit == text:
        return None
    value = _cell_value(text[: -len(unit)].rstrip())
    return None if value is None else (value, "%" if unit in ("%", "％") else unit)


def _cell_value(text: str) -> Decimal | None:
    """The number a cell holds (+6.9, -4.2, 1,526.8), None for an empty or missing one (—, /)."""
    if text in _MISSING:
        return None
    value = parse_number(text.lstrip("+"))
    if value is None and text.startswith("-"):
        number = parse_number(text[1:])
        value = -number if number is not None else None
    return None if value is None else Decimal(value)


def _indicator_rows(
    rows: list[tuple[Paragraph, NormText, list[tuple[int, int, str]]]],
    header: list[str],
    ctx: ParagraphContext,
    doc: Document,
    reference: Reference,
    title: str,
) -> Iterator[tuple[MetricDraft, _Lineage, ParagraphContext]]:
    """Rows of indicators (地区生产总值 | 亿元 | 682.4 | 6.9) under 指标 | 单位 | 数值 | 比上年增长(%):
    each value is its row's indicator in the row's unit, each growth column its rate."""
    from loaders.extract import _Lineage

    unit_col = next((i for i, h in enumerate(header) if _UNIT_HEADER.fullmatch(h)), None)
    # (a caption naming the place's zones, 全市开发区主要经济指标, says whose the rows are)
    named = [h.zone for h in aggregate_hits(title, ctx.doc_zones.places, reference) if h.zone]
    row_ctx_zone = ctx.doc_zones.aggregate_scopes.get(named[0], named[0]) if named else ctx.context_zone
    for paragraph, norm, cells in rows:
        if len(cells) < 2:
            continue
        indicator = re.sub(r"^(?:其中|内)[::]?", "", re.sub(r"\s+", "", cells[0][2]))
        row_unit = re.sub(r"\s+", "", cells[unit_col][2]) if unit_col is not None and unit_col < len(cells) else ""
        lineage = _Lineage(doc, paragraph, norm)
        row_ctx = _row_context(norm, ctx, row_ctx_zone, reference)
        for col, (start, end, value_text) in enumerate(cells[1:], start=1):
            if col == unit_col or col >= len(header):
                continue
            value, cell_unit = _cell_value(value_text), ""
            if value is None and (amount := _cell_amount(value_text)) is not None:
                value, cell_unit = amount  # (产值 | 512.6亿元 | 7.3%: each cell writes its unit)
            if value is None:
                continue
            growth = bool(_GROWTH.search(header[col]))
            in_header = _UNIT_IN_HEADER.match(header[col])
            unit = "%" if growth else (row_unit or cell_unit or (in_header.group("unit") if in_header else ""))
            measure = "yoy_pct" if growth else "value"
            if cell_unit == "%" and not growth:
                measure = _measure_of(header[col])
                if measure == "value":
                    continue  # (a percentage under a header that says not of what: no measure to give it)
            if not unit or not indicator:
                continue
            draft = MetricDraft(
                start, end, indicator, measure, Decimal(value), unit, None, title or None, f"table_cell_{measure}", start
            )
            yield draft, lineage, row_ctx


_ROW_NUMBER_CELL = re.compile(r"^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,3}[.、]?)$")
_UNIT_LINE = re.compile(r"^\s*(?:计量)?单位\s*[:：]\s*(?P<units>.+?)\s*$")


def _measure_of(word: str) -> str:
    if re.search(r"占比|比重|结构", word):
        return "share_pct"
    if _GROWTH.search(word):
        return "yoy_pct"
    return "value"


def _measure_rows(
    rows: list[tuple[Paragraph, NormText, list[tuple[int, int, str]]]],
    measures: list[str],
    unit: str,
    ctx: ParagraphContext,
    doc: Document,
    reference: Reference,
    title: str,
) -> Iterator[tuple[MetricDraft, _Lineage, ParagraphContext]]:
    """Rows of indicators under a header of measures (指标名称 | 某区 / 绝对额 | 同比 | 占比), the
    unit of the levels given above the table (单位:亿元、%) or in the row's name (实际利用外资(亿美元)):
    each number is its row's indicator in its column's measure, of the table's zone."""
    from loaders.extract import _Lineage

    for paragraph, norm, cells in rows:
        if cells and _ROW_NUMBER_CELL.match(cells[0][2]):
            cells = cells[1:]
        if len(cells) != len(measures) + 1:
            continue
        label = re.sub(r"^(?:其中|内)[::]?", "", re.sub(r"\s+", "", cells[0][2]))
        named = _UNIT_IN_HEADER.match(label)
        indicator, row_unit = (named.group("name"), named.group("unit")) if named else (label, unit)
        lineage = _Lineage(doc, paragraph, norm)
        row_ctx = _row_context(norm, ctx, ctx.context_zone, reference)
        for (start, end, value_text), measure in zip(cells[1:], measures, strict=True):
            value = _cell_value(value_text)
            value_unit = "%" if measure != "value" else row_unit
            if value is None or not value_unit or not indicator:
                continue
            draft = MetricDraft(
                start, end, indicator, measure, value, value_unit, None, title or None, f"table_cell_{measure}", start
            )
            yield draft, lineage, row_ctx


def extract_table_metrics(
    group: list[tuple[Paragraph, NormText]],
    ctx: ParagraphContext,
    doc: Document,
    reference: Reference,
    years_of: Callable[[str], list[YearExpr]] = lambda _: [],
) -> Iterator[tuple[MetricDraft, _Lineage, ParagraphContext]]:
    """Metrics of a table; ``years_of`` finds the times written in a row (a row whose label is a
    time is dated by it)."""
    from loaders.extract import _Lineage  # the lineage helper lives with the orchestrator

    units = [m.group("units") for p, _ in group if p.kind == "caption" and (m := _UNIT_LINE.match(p.text))]
    captions = [p.text for p, _ in group if p.kind == "caption" and not _UNIT_LINE.match(p.text)]
    rows = [(p, n) for p, n in group if p.kind == "table_row"]
    if not rows:
        return
    parsed = [(p, n, _cells(n)) for p, n in rows]
    header_rows = []
    for _, _, cells in parsed:
        if any(parse_number(c[2]) is not None or _cell_amount(c[2]) is not None for c in cells[1:]):
            break
        header_rows.append(cells)
    if not header_rows:
        return
    width = max(len(cells) for _, _, cells in parsed[len(header_rows) :]) if len(parsed) > len(header_rows) else 0
    columns = _columns(header_rows[:2], width)
    title = "".join(re.sub(r"\s+", "", c) for c in captions)
    header = [re.sub(r"\s+", "", c[2]) for c in header_rows[0]]
    measure_header = next(
        (row for row in header_rows if row and all(SPACED_MEASURE_WORDS.match(re.sub(r"\s+", "", c[2])) for c in row)), None
    )
    if measure_header is not None and len(header_rows) <= 2:
        level_units = [u for u in re.split(r"[、,，/]", units[0]) if u.strip() and u.strip() != "%"] if units else []
        measures = [_measure_of(re.sub(r"\s+", "", c[2])) for c in measure_header]
        rows_below = parsed[len(header_rows) :]
        yield from _measure_rows(rows_below, measures, level_units[0] if level_units else "", ctx, doc, reference, title)
        return
    if header and _INDICATOR_HEADER.fullmatch(header[0]):
        yield from _indicator_rows(parsed[len(header_rows) :], header, ctx, doc, reference, title)
        return
    # a first column of times (年份 | 产值 | …): each row is a time of the section's zone
    by_time = bool(header) and bool(_TIME_HEADER.fullmatch(header[0]))
    # a first column of places or of row numbers (排名 | 开发区 | …, 序号 | 园区 | …) comes before the names
    lead = 1 if header_rows[0] and _ORDER_HEADER.fullmatch(re.sub(r"\s+", "", header_rows[0][0][2])) else 0
    labels = max((_leading_labels(cells[lead:]) for _, _, cells in parsed[len(header_rows) :] if len(cells) == width), default=1)
    for paragraph, norm, cells in parsed[len(header_rows) :]:
        if not cells:
            continue
        if labels > 1 and len(cells) < width and _leading_labels(cells[lead:]) == labels - 1:
            # a category cell spanning several rows is written once: the rows under it lack it
            cells = [(cells[0][0], cells[0][0], "")] * (width - len(cells)) + cells
        label = re.sub(r"\s+", "", _zone_cell(cells[lead:], labels))
        if not re.search(r"[\u4e00-\u9fff]", label):
            continue  # a row whose label names nothing (a page's table run together) says whose it is nowhere
        zone_name: str | None
        row_years: tuple[YearExpr, ...] = ()
        if by_time or _TIME_LABEL.fullmatch(label):
            # a row of a time (2022年 | 95.1亿元 | …): the section's zone's figures of that time
            zone_name, row_years = ctx.context_zone, tuple(years_of(norm.text))
        elif _TOTAL.match(label):
            # A total row is the zones together: the section's zone only when that is an aggregate.
            context = reference.zone_by_alias(ctx.context_zone or "")
            aggregate = (context is not None and context.zone_type == "aggregate") or bool(
                re.search(r"(全市|全省|以上|各)", ctx.context_zone or "")
            )
            zone_name = ctx.context_zone if aggregate else None
            named = [h.zone for h in aggregate_hits(title, ctx.doc_zones.places, reference) if h.zone]
            named += [h.zone for h in aggregate_hits(_as_spoken(title, ctx), ctx.doc_zones.places, reference) if h.zone]
            if zone_name is None and named:
                # the caption names the aggregate: "2022年某市省级以上开发区经济指标" (in the scope
                # the document defined for it)
                zone_name = ctx.doc_zones.aggregate_scopes.get(named[0], named[0])
            scoped = set(ctx.doc_zones.aggregate_scopes.values())
            if zone_name is None and len(scoped) == 1:
                zone_name = scoped.pop()  # the one group the document defines (全市6个省级以上开发区)
        else:
            plain = label.split("(")[0]
            places = ctx.doc_zones.place_names
            zone = reference.zone_by_alias(plain, places) or reference.zone_by_alias(label, places)
            resolved = ctx.doc_zones.resolve(plain)
            zone_name = zone.canonical_name if zone else (resolved[0] if resolved else plain)
        row_ctx = _row_context(norm, ctx, zone_name, reference, row_years)
        lineage = _Lineage(doc, paragraph, norm)
        for col, (start, end, value_text) in enumerate(cells):
            if col < lead + labels or col >= len(columns):
                continue
            indicator, unit, measure = columns[col]
            value = _cell_value(value_text)
            amount = _cell_amount(value_text) if value is None else None
            if amount is not None and (not unit or unit == amount[1]):
                value, unit = amount[0], amount[1]
                measure = "yoy_pct" if unit == "%" and measure == "value" and _GROWTH.search(indicator) else measure
            if value is None or not indicator or not unit:
                continue
            draft = MetricDraft(
                start=start,
                end=end,
                indicator=indicator,
                measure=measure,
                value=Decimal(value),
                unit=unit,
                approx=None,
                qualifier=title or None,
                rule=f"table_cell_{measure}",
                anchor=start,
            )
            yield draft, lineage, row_ctx
