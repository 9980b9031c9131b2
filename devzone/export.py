"""Extracted records as JSON-ready dicts in the field names of the gold format, plus lineage."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from models.records import Extraction, Honour, Mention, Metric, Project, Ranking

RECORD_TYPES = ("fact", "ranking", "honour", "project")


def json_number(value: Decimal | None) -> int | float | None:
    """A Decimal as the JSON number it reads as: 1590.05 stays 1590.05, 19.0 becomes 19."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _common(record: Mention, record_type: str, file_name: str) -> dict[str, Any]:
    return {
        "type": record_type,
        "doc": file_name,
        "zone": record.zone,
        "year": record.year,
        "quote": record.quote,
    }


def _lineage(record: Mention) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if record.qualifier:
        out["qualifier"] = record.qualifier
    out.update(
        record_id=record.record_id,
        paragraph_id=record.paragraph_id,
        char_start=record.char_start,
        char_end=record.char_end,
        rule=record.rule,
        zone_rule=record.zone_rule,
        year_rule=record.year_rule,
    )
    return out


def fact_record(fact: Metric, file_name: str) -> dict[str, Any]:
    return {
        **_common(fact, "fact", file_name),
        "indicator": fact.indicator,
        "measure": fact.measure,
        "value": json_number(fact.value),
        "unit": fact.unit,
        **_lineage(fact),
    }


def ranking_record(ranking: Ranking, file_name: str) -> dict[str, Any]:
    out = {**_common(ranking, "ranking", file_name), "ranking": ranking.ranking, "rank": ranking.rank}
    if ranking.prev_rank is not None:
        out["prev_rank"] = ranking.prev_rank
    if ranking.of is not None:
        out["of"] = ranking.of
    return {**out, **_lineage(ranking)}


def honour_record(honour: Honour, file_name: str) -> dict[str, Any]:
    out = {**_common(honour, "honour", file_name), "title": honour.title}
    if honour.body:
        out["body"] = honour.body
    if honour.date:
        out["date"] = honour.date
    return {**out, **_lineage(honour)}


def project_record(project: Project, file_name: str) -> dict[str, Any]:
    out = {**_common(project, "project", file_name), "name": project.name}
    if project.investment is not None:
        out["investment"] = json_number(project.investment)
        out["investment_unit"] = project.investment_unit
    if project.status:
        out["status"] = project.status
    if project.date:
        out["date"] = project.date
    return {**out, **_lineage(project)}


def _is_target(fact: Metric) -> bool:
    """A figure of a plan section (二、2024年重点工作安排: …新引进项目55个以上) is a target, no fact
    of its year, and so is the year's target a figure is measured against (工业总产值18亿元,完成
    年任务75亿元的24%: the 75); the warehouse keeps them (is_estimate), the gold format states facts."""
    return fact.is_estimate and (
        (fact.year_rule or "").startswith("section_heading_plan") or fact.rule == "metric_level_target_of_previous"
    )


def gold_records(extraction: Extraction, *, include_unplaced: bool = False) -> list[dict[str, Any]]:
    """One dict per extracted fact, ranking, honour and project of a document.

    Targets of a plan section are left out: they state what is to be done, not a fact.
    The gold format's records are statements about a named zone, so a record whose zone no
    evidence decided is left out unless asked for: it stays in the warehouse (and in
    marts.rpt_unconformed_metrics) as an honest gap, not an export row that claims nothing.
    """
    name = extraction.document.meta.file_name
    records = (
        [fact_record(f, name) for f in extraction.metrics if not _is_target(f)]
        + [ranking_record(r, name) for r in extraction.rankings]
        + [honour_record(h, name) for h in extraction.honours]
        + [project_record(p, name) for p in extraction.projects]
    )
    return records if include_unplaced else [r for r in records if r["zone"]]
