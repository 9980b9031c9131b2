"""Indicator phrases → catalogue codes: what a figure measures, one code per concept.

A report words an indicator its own way (规模以上工业企业实现入库税收, 新签约亿元以上项目,
电子信息产业实现产值). Its code is the catalogue entry (seeds/reference/indicator_aliases.csv, then
the bare head nouns of indicator_heads.csv) whose name ends the phrase once it is normalised; the
words before that name which say which part is measured (a sector, a kind of enterprise, a size
band) are the breakdown. Verbs, period words and the zone's own name say nothing about what is
measured and are dropped, so 高新区累计完成规上工业总产值 and 规上工业总产值 share a key while
电子信息产业产值 and 产值 do not.

A sub-item (A中B, the extractor's 其中) takes B's own code when B names a specific indicator, else
A's code with B as its breakdown (新签约项目中10亿元以上项目 → signed projects, 10亿元以上).
A code applies only when the figure's unit is of its canonical unit's dimension (a count of 家 is
no amount in 亿元).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.reference import Reference

# Words around an indicator that say when, how or where, not what: dropped from the breakdown.
_PERIOD = (
    r"(?:近[一二三四五六七八九十\d]+年|以来|全年度?|今年|去年|上年|当年|年内|年度|全年累计|上半年|下半年|前三季度|[一二三四]季度|第[一二三四]季度"
    r"|\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月份?|前(?:\d{1,2}|[一二三四五六七八九十]{1,2})个月来?|\d{1,2}月份?|\d{4}年(?:度)?|\d{4}|(?:今后|未来)?\d+年内?)"
)
_VERB = (
    r"(?:拉动|累计|累积|共计|总计|合计|共|实现|完成|达到|达|新增|新认定|新培育|新注册|新入统|净增|预计|力争|计划|目标是|目标"
    r"|要|突破|扩大|增加|成功|申报|获批|填报|可比|即|正在|确定|备案|实际|已|将|全面|首次|提前|分别|均|为|的|其中|包括|拥有|共有|现有|已有|有"
    r"|帮助|帮扶|扶持|所涉及|涉及|[.…·,，、:：])"
)
_ZONE_WORD = (
    r"(?:全区|全市|全县|全省|我区|该区|本区|园区|开发区|高新区|经开区|新区|产业集聚区|工业园区|产业园区|集中区|综保区|自贸区|汽开区"
    r"|[\u4e00-\u9fff—·]{1,10}?(?:经济技术开发区|高新技术产业开发区|经济开发区|高新区|经开区|开发区|工业园区|产业园区"
    r"|产业集聚区|综合保税区|综保区|自贸区|自贸港重点园区|新区|科技园|汽开区|小镇))"
)
_EDGE_NOISE = re.compile(rf"^(?:{_ZONE_WORD}|{_PERIOD}|{_VERB})+|(?:{_PERIOD}|{_VERB})+$")
# After a count's noun, words that only say it is counted (企业数, 高新区总数), or a task word.
_COUNTED = re.compile(r"(?:总数|个数|数量|家数|户数|人数|总量|数|量)$")
_TASK = re.compile(r"(?:工作|任务)$")
_QUOTES = re.compile(r"[“”\"'‘’《》〈〉「」『』\s]")
# A size band: 亿元以上, 10亿元以上, 5-10亿元, 1亿元—5亿元, 产值超亿元, 纳税超千万 (项目 or 企业 it qualifies follows)
_AMOUNT = r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千]+)?(?:万亿|亿|千万|百万|万)(?:元|美元)?"
_BAND = re.compile(
    rf"(?:(?:产值|税收|纳税|营收|营业收入|投资|总投资|主营业务收入)?(?:超过|超|过|达)?"
    rf"(?:{_AMOUNT}\s*[-—~至到]\s*)?{_AMOUNT}(?:以上|以下|及以上)?(?:的)?)"
)


@dataclass(frozen=True)
class IndicatorMapping:
    code: str | None
    breakdown: str | None
    rule: str  # alias | head | head_first, each maybe _breakdown | sub_item | unmapped


_UNMAPPED = IndicatorMapping(None, None, "unmapped")
_LONGEST = 24  # characters of the longest catalogue name worth trying


def map_indicator(phrase: str, unit: str, measure: str, reference: Reference, is_part: bool = False) -> IndicatorMapping:
    """The catalogue code and breakdown of an indicator phrase, or unmapped."""
    text = _QUOTES.sub("", phrase).replace("规模以上", "规上")
    if is_part:
        split = _split_part(text, unit, measure, reference)
        if split is not None:
            return split
    return _map(text, unit, measure, reference)


def _map(text: str, unit: str, measure: str, reference: Reference) -> IndicatorMapping:
    # the zone's name is dropped, unless what is counted is zones (高新区总数)
    for core, strip in ((_EDGE_NOISE.sub("", text), True), (text, False)):
        mapping = _map_core(core, unit, measure, reference, strip) if core else _UNMAPPED
        if mapping.code is not None:
            return mapping
    return _UNMAPPED


def _map_core(core: str, unit: str, measure: str, reference: Reference, strip: bool) -> IndicatorMapping:
    core = _TASK.sub("", core) or core
    written = core
    match = _suffix_code(core, unit, measure, reference, heads=False)
    if match is None and core.endswith("额") and len(core) > 2:
        # 实际到位内资额 is 实际到位内资: 额 only says the figure is an amount
        match = _suffix_code(core[:-1], unit, measure, reference, heads=False)
    if match is None:
        # a size band inside the name (新签约亿元以上项目) hides the name it qualifies
        core = _BAND.sub(lambda m: "" if _has_amount(m.group(0)) else m.group(0), core)
        if strip:
            core = _EDGE_NOISE.sub("", core) or core
        if _counted(unit, reference):
            core = _COUNTED.sub("", core) or core
            written = _COUNTED.sub("", written) or written
        match = _suffix_code(core, unit, measure, reference, heads=True)
        if match is None and _counted(unit, reference):
            return _counted_first(core, unit, measure, reference)
    if match is None:
        return _UNMAPPED
    code, name, is_head = match
    breakdown = _clean(_without(written, name)) or None
    if breakdown and not is_head and not _names_a_part(breakdown):
        breakdown = None  # words left over from the sentence, not a part of a named indicator
    rule = ("head" if is_head else "alias") + ("_breakdown" if breakdown else "")
    return IndicatorMapping(code, breakdown, rule)


def _counted_first(core: str, unit: str, measure: str, reference: Reference) -> IndicatorMapping:
    """A count written number first names what it counts right after the number, then what those
    things did (5个项目进度超前, 20家企业完成改造): the head noun that opens the phrase is the
    code, the words after it the breakdown. Another countable head noun after it (开工重大项目)
    means the first one was a verb or a modifier, not the thing counted."""
    for length in range(min(len(core) - 1, _LONGEST), 1, -1):
        heads, rest = reference.indicator_heads.get(core[:length], ()), core[length:]
        if not heads:
            continue
        later = (rest[i : i + n] for i in range(len(rest)) for n in (2, 3, 4))
        if any(_unit_fits(c, unit, measure, reference) for word in later for c in reference.indicator_heads.get(word, ())):
            return _UNMAPPED
        for code in heads:
            if _unit_fits(code, unit, measure, reference):
                breakdown = rest.strip("、，,和及与的")  # what they did: its verbs are the point
                return IndicatorMapping(code, breakdown or None, "head_first" + ("_breakdown" if breakdown else ""))
    return _UNMAPPED


def _without(written: str, name: str) -> str:
    """``written`` less the characters of ``name``, matched from its end (新开工5亿元以上项目 less
    新开工项目 is 5亿元以上), so a band inside the name stays where the report put it."""
    if written.endswith(name):
        return written[: len(written) - len(name)]
    kept = list(written)
    at = len(kept)
    for ch in reversed(name):
        at = next((i for i in range(at - 1, -1, -1) if kept[i] == ch), -1)
        if at < 0:
            return written[: len(written) - len(name)]
        kept[at] = ""
    return "".join(kept)


def _split_part(text: str, unit: str, measure: str, reference: Reference) -> IndicatorMapping | None:
    """A中B: B's own code when it names a specific indicator, else A's code broken down by B."""
    for at in (i for i, ch in enumerate(text) if ch == "中" and 0 < i < len(text) - 1):
        whole, part = text[:at], text[at + 1 :]
        whole_map = _map(whole, unit, measure, reference)
        if whole_map.code is None:
            continue
        part_map = _map(part, unit, measure, reference)
        if part_map.code is not None and part_map.rule.startswith("alias") and part_map.code != whole_map.code:
            return IndicatorMapping(part_map.code, part_map.breakdown, "sub_item")
        detail = _clean(_EDGE_NOISE.sub("", part) or part)
        if part_map.code == whole_map.code or part_map.rule.startswith("head"):
            detail = part_map.breakdown or ""
        breakdown = "".join(p for p in (whole_map.breakdown, detail) if p) or None
        return IndicatorMapping(whole_map.code, breakdown, "sub_item")
    return None


def _suffix_code(core: str, unit: str, measure: str, reference: Reference, heads: bool) -> tuple[str, str, bool] | None:
    """(code, name, is_head) of the longest alias (then, with ``heads``, head noun) ending ``core``
    whose canonical unit fits the figure's."""
    for length in range(min(len(core), _LONGEST), 0, -1):
        name = core[-length:]
        alias = reference.indicator_aliases.get(name)
        if alias is not None and _unit_fits(alias, unit, measure, reference):
            return alias, name, False
    if heads:
        for length in range(min(len(core), _LONGEST), 0, -1):
            name = core[-length:]
            for code in reference.indicator_heads.get(name, ()):
                if _unit_fits(code, unit, measure, reference):
                    return code, name, True
    return None


def _unit_fits(code: str, unit: str, measure: str, reference: Reference) -> bool:
    """A level's unit is of the canonical unit's dimension (amounts in any currency are amounts);
    a change or share fits any code but a difference of percentages (拉动…个百分点)."""
    canonical = reference.indicator_units.get(code)
    target = reference.units.get(canonical or "")
    if measure != "value":
        return target is None or target.dimension != "percent_points"
    written = reference.units.get(unit)
    if written is None or target is None:
        return unit == canonical
    return _money(written.dimension) == _money(target.dimension)


def _money(dimension: str) -> str:
    return "money" if dimension.startswith("money_") and "per" not in dimension else dimension


def _counted(unit: str, reference: Reference) -> bool:
    known = reference.units.get(unit)
    return known is not None and known.dimension in ("count", "people")


def _clean(words: str) -> str:
    return _EDGE_NOISE.sub("", words).strip("、，,和及与")


def _names_a_part(words: str) -> bool:
    """Words before a catalogue name that name a part of it (工业, 区属, 10亿元以上, 高新技术企业),
    not a piece of the sentence (主要指标稳中有进, 到2027年建成后将实现年)."""
    if len(words) > 12 or "的" in words or (len(words) == 1 and words not in "省市县"):
        return False
    return not re.search(r"\d", _BAND.sub("", words))


def _has_amount(band: str) -> bool:
    return bool(re.search(r"(?:万亿|亿|千万|百万|万)", band))


__all__ = ["IndicatorMapping", "map_indicator"]
