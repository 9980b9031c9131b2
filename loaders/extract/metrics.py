"""Figures in prose: every quantity with a unit, its indicator, measure, zone and year.

A quantity is a number with a unit (亿元, 公顷, 家, %, 个百分点 …), possibly qualified (约, 超,
余, 多, 以上, 左右). Its measure comes from the words before it: 增长/下降 … → yoy_pct, 占全市 →
share_pct, 完成年度计划 → plan_pct, 比全市增幅高/低 → diff_pct_points, otherwise the level
(value). Its indicator is the noun phrase before it in its clause ("规上工业总产值 1234.5 亿元"),
or after it when the count comes first ("28个重点项目"); a growth rate or share takes the
indicator of the level it follows. Sub-items after 其中 or in parentheses name their parent
("新增招商选资签约项目中50亿元以上项目"). "分别" pairs a list of names with a list of figures.
Quantities that are part of a category ("10亿元以上项目"), dates, years and ordinals are not figures.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from loaders.extract.context import ParagraphContext
from loaders.extract.years import NOW_XIAN
from loaders.extract.zones import TYPE_SUFFIXES, zone_type_of
from loaders.numbers import CHINESE, NUMBER, PERCENT_WORDS, implicit_magnitude, parse_number

# Longest first so 个百分点 wins over 个 and 万平方米 over 平方米.
UNITS: tuple[str, ...] = tuple(
    sorted(
        (
            "万元/亩",
            "元/亩",
            "亿元/平方公里",
            "万元/人",
            "个百分点",
            "万平方米",
            "平方千米",
            "平方公里",
            "平方米",
            "km2",
            "万m2",
            "m2",
            "亿美元",
            "万美元",
            "千万元",
            "万亿元",
            "亿元",
            "亿",
            "万元",
            "公顷",
            "万亩",
            "亩",
            "千米",
            "公里",
            "万人次",
            "人次",
            "万人",
            "万家",
            "万辆",
            "万台",
            "万套",
            "万件",
            "万箱",
            "万吨",
            "%",
            "家",
            "个",
            "人",
            "名",
            "件",
            "项",
            "户",
            "套",
            "只",
            "宗",
            "条",
            "座",
            "幢",
            "栋",
            "批次",
            "次",
            "张",
            "台",
            "所",
            "天",
            "元",
            "美元",
            "吨",
            "亿度",
            "万度",
            "亿千瓦时",
            "万千瓦时",
            "千瓦时",
            "万千瓦",
            "千瓦",
            "万标箱",
            "标箱",
            "支",
            "场",
            "辆",
            "箱",
        ),
        key=len,
        reverse=True,
    )
)
# (台 counts machines, unless it opens a place's name: …3台州…, a row number before 台州)
_UNIT_ALT = "|".join(re.escape(u) + ("(?![州湾北南中])" if u.endswith("台") else "") for u in UNITS)
# Units written in symbols, as the normalised view folds them (k㎡ → km2), by their names
SYMBOL_UNITS = {"km2": "平方公里", "万m2": "万平方米", "m2": "平方米"}
_COUNT_UNITS = {
    "家",
    "个",
    "人",
    "名",
    "件",
    "项",
    "户",
    "套",
    "只",
    "宗",
    "条",
    "座",
    "幢",
    "栋",
    "批次",
    "次",
    "张",
    "台",
    "所",
    "支",
    "场",
    "辆",
    "箱",
}
# Words of praise between an indicator and its figure: "营业收入跃上新台阶,达到520亿元".
_PRAISED = re.compile(
    r"(?:跃上|迈上|登上|再上)(?:新|一个新)?台阶$|(?:再创|创)(?:历史)?新高$|实现新突破$|(?:稳步|持续|快速|较快|大幅|稳定)(?:增长|提升)$"
)
# What may lead the one zone a figure is compared for: "其中", "最高的", "增速最快的".
_COMPARED_LEAD = re.compile(r"(?:其中|而|[\u4e00-\u9fff]{0,4}?最(?:高|低|快|慢|多|少|大)的?|居首的|领先的)?")
# Nouns that start with a measure word: a number before them counts nothing ("12项目标" does).
_UNIT_STARTS_A_WORD = re.compile(r"项目(?!标)|条件|名称|台账|场景|场地|户籍|次产业")
_PRE = r"(?<![签合预节相契公制条缔])约|接近|近|超过|超|逾|达到|达|突破|不低于|不少于|高达|只有|仅有|仅"
_POST = r"余|多|以上|左右|以下|上下|之多"
# A number never starts inside another (the lookbehind): without it, a long run of digits would
# be matched again from each of its positions, and cost its length squared.
QUANTITY = re.compile(
    rf"(?P<pre>{_PRE})?(?<![\d.])(?P<num>{NUMBER})(?P<mid>余|多)?(?P<mag>万)?(?P<mid2>余|多)?"
    rf"(?P<unit>{_UNIT_ALT})?(?P<post>{_POST})?"
)
_MULTIPLE = re.compile(rf"(?<![\d.])(?P<num>{NUMBER})倍")
_MULTIPLE_OF_A_YEAR = re.compile(
    rf"(?:是|为|相当于)(?:(?:19|20)\d{{2}}年|上年|去年|前年|上年同期|去年同期)(?:同期)?的(?P<num>{NUMBER})倍"
)
_IMPLICIT = re.compile(r"(?P<pre>超|突破|双超)?(?P<mag>千亿|百亿|万亿)(?P<unit>元|美元)")

_YOY_WORDS = "|".join(
    (
        "同比增长|同比下降|同比减少|同比增|同比降|比上年增长|比上年下降|可比增长|可比下降|比增|比降",
        "增长率|增长速度|增长|增加|提高|提升|上升|递增",
        "下降|减少|降低|回落|下滑|增速|增幅|降幅|递减|激增|大增|猛增",
    )
)
# Compared with the year before: 比上年, 较上年度, 较上一年, 比去年.
_LAST_YEAR = r"(?:比|较)(?:上一?年度?|去年)"
_YOY_BEFORE = re.compile(
    rf"(?:同比|(?:比|较)(?:去年|上一?年度?)?同期|{_LAST_YEAR}(?:同比)?|比\d{{4}}年?|比\d{{4}}|(?<!占)比)?(?P<word>{_YOY_WORDS})(?:分别|均)?(?:了|为|达到了?|达|实现了?|(?:保持|稳定|维持)在?)?$"
)
# "比上年同期增17.6%", "同比降2.1%": the one-character verbs, after a comparison
_YOY_BARE = re.compile(rf"(?:同比|(?:比|较)(?:去年|上一?年度?)?同期|{_LAST_YEAR}(?:同比)?)(?P<word>增|降)$")
# A comparison with an earlier part of the same year (比一季度, 较上月, 比1-5月), not with last year's.
_EARLIER_PERIOD_OF_THE_YEAR = re.compile(
    r"(?:比|较)(?:一季度|上一?季度|前一季度|上一?个?月|前一个?月|[1一]\s*[-—至~]\s*\d{1,2}\s*月|一至[二三四五六七八九十]{1,2}月)"
    r"(?:分别|均)?(?:提高|增长|提升|回升|加快|扩大|收窄|下降|回落|放缓|增加|减少)了?(?:分别)?$"
)
_NEGATIVE = ("下降", "减少", "降低", "回落", "下滑", "降幅", "比降", "降", "递减")
_SHARE_BEFORE = re.compile(r"占(?P<whole>[^,;。()]{0,22}?)(?:的)?(?:总量的?|比重|比例|份额)?(?:为|达到|达|是)?$")
_PLAN_BEFORE = re.compile(
    r"(?:完成|达到)?(?:[^,;。]{0,8}?下达的?)?(?:年度|全年|年)?(?:计划|任务|目标|预算)(?:投资|任务)?数?(?:\d+(?:\.\d+)?(?:万亿|亿|万)?元)?的?$|完成率(?:分别)?(?:为|达)?$"
)
# "完成全年任务60亿元的31%": the amount is the year's target of the figure before it
_TARGET_AMOUNT = re.compile(r"(?:完成|占|为|达到)?(?:[^,;。]{0,8}?下达的?)?(?:年度|全年|年)?(?:任务|计划|目标)(?:数)?")
_DIFF_BEFORE = re.compile(r"比(?P<ref>全[市省区县国]|全市平均|全省平均)?(?P<kind>增幅|增速|降幅)?(?P<dir>高|低)(?:出)?$")
_DIFF_AGAINST = re.compile(
    r"(?P<dir>高于|快于|超过|超出|领先(?:于)?|低于|慢于|落后于?)(?P<ref>[^,;。]{0,24}?)(?P<end>平均(?:增长)?水平|平均增速|平均|增速|增幅|水平)?$"
    # ("同比提高0.6个百分点" is a change on the year before, not 比 something 高)
    r"|(?<!同)比(?P<ref2>[^,;。]{1,16}?)(?P<dir2>加快|提高|高出|高|快|放缓|低|慢)了?$"
    # "降幅比全市小2.6个百分点", "降幅比上季收窄2个百分点": a smaller fall is a higher rate
    r"|(?:降幅|跌幅)比(?P<ref3>[^,;。]{1,16}?)(?P<dir3>收窄|缩小|小|窄|扩大|大)了?$"
)
# 拉动…增长 N 个百分点: a contribution, stated as a value in percentage points
_PULL = re.compile(r"(?P<verb>拉动|下拉|拖累)(?P<what>[^,;。]{0,30}?)(?:增长|增加|增速|下降)?$")
_PULL_GROWTH = re.compile(r"(?P<verb>拉动|下拉|拖累)(?P<what>[^,;。]{1,30}?)(?:增长|增速|下降)$")
# 贡献率: the share of a total's growth that a part contributed
_CONTRIBUTION = re.compile(r"贡献率(?:达到|达|为|是)?$")
_FLAT = re.compile(r"与(?P<ref>全[市省区县国])(?:增幅|增速)?持平")

# Words stripped from the ends of an indicator phrase: they are verbs, time words or connectors.
_DURATIONS = ("天", "日", "个工作日", "工作日", "小时", "个月")
_LEADING = re.compile(
    # ("仅新开工项目就有9个", "又有12个": how the figure is stressed, not what is counted)
    rf"^(?:其中|另外|另有|此外|同时|还有|还将|还要|我们|仅|光是|单是|又|全年|年内|当年|彼时|当时|至年末|年末|截至目前|目前|现已|{NOW_XIAN}|已经|已|共有|共计|共|合计|总计|累计共|分别|"
    # the time a figure covers is its period, not part of what it measures
    r"到(?:[一二三]季度|第[一二三]季度|上半年|年底|年末|\d{1,2}月底?)(?:末)?|今年以来|今年|本年度|本年|去年|上年度|上年|在(?=去年|上年)|上半年|下半年|前三季度|第?[一二三四]季度|1月?[-—~至到]\d{1,2}月份?|[至到]\d{1,2}月份?(?![底末])|前(?:\d{1,2}|[一二三四五六七八九十]{1,2})个月(?:以?来)?|预计|"
    # the occasion a figure was announced at is not what it measures: 当天共签约项目18个
    r"当天|当日|此次|本次|会上|现场|活动中|仪式上|活动(?=共|累计)|"
    # a target's words: the figure is flagged as an estimate, the indicator stays what is measured
    r"力争|争取|瞄准|明年|将|"
    # "投产后可实现年产值6亿元": when the project is done is no part of what it will yield
    r"(?:全部)?(?:建成|投产|达产|达效)后(?:预计|可|将)?|"
    r"实现了?|完成了?|达到|拥有|有(?!效|序|机|限|关|线|利|色)|新增加|为|是|全区|全市|全县|该区|该市|该县|该园区|园区内|区内|开发区|园区|(?:高新区|经开区|综保区)(?=[\u4e00-\u9fffA-Za-z])|并|和|及|与|、|的|以来|随着|"
    r"全部|所有|参评|"
    # "该市工业园区完成工业增加值", "台商投资区实现…": the zone named again before its verb
    r"(?:工业园区|产业园区|台商投资区|经济开发区|工业集中区|产业集聚区|综合保税区)(?=实现|完成|达到|新增|累计|共)|"
    # "甲、乙、丙三家经开区营收…": the count of the zones just listed, not the indicator
    r"(?:等)?(?:[两二三四五六七八九十]|\d+)家(?:国家级|省级)?(?:经开区|高新区|开发区|园区)?|"
    r"[■●◆▲★\[\]【】])+"
)
_TRAILING = re.compile(
    # (the time a figure was reached: "…产值在前8个月就突破千亿元")
    r"(?:在?前\d{1,2}个?月就?|在?(?:[一二三]季度|上半年)就|"
    r"人均|平均|已达|达到|达|为|是|有|就有|就|共计|共|(?<![签合预节相契公制条缔])约|了|到|超过|超|近|逾|突破|总数|数量|合计|均|分别|仅|不低于|不少于|不足|不到|的|已经|已|实现|完成|"
    # (可: the modal of what a figure may reach, 年产值可达…; 可再生… keeps it, at the start)
    r"首次|再次|率先|提前|一举|将|有望|争取|力争|跨上|迈上|迈入|迈过|越过|跨过|跨越|跃上|站上|(?<!突)破|(?<![通经超越跨迈])过|(?<=摘牌|出让|建成|投产|竣工|开工|签约|落地)后|所?涉及|可)+$"
)
_CATEGORY_AFTER = re.compile(
    r"^(?:以上|以下)?(?:的)?(?:[\u4e00-\u9fff]{0,4}(?:项目|企业|工程))|^(?:至|—|-|~|到)\d"
    r"|^(?:以上|以下)?的(?:开发区|园区|高新区|经开区|产业园|产业集群|集聚区)"  # "超100亿元的园区": which zones, not a figure
)
# the end of a range ("1亿元—5亿元项目"), not a change (由84亿元增加到127亿元)
_RANGE_BEFORE = re.compile(r"(?:\d|元|%|个|家|亩|人)(?:至|—|-|~|到)$")
_NOT_A_FIGURE_AFTER = re.compile(
    r"^(?:年|月|日|号|时|周|季度|个月|大|期|批|方面|特点|亮点|特征|原则|代|版|强|届|轮|位|名次|倍|环|星|级)"
)
_REGION = re.compile(r"(?:东部|中部|西部|东北|华东|华南|华北|华中|西南|西北)(?:地区)?")
_SHARE_VERBS = r"创造|贡献|实现|完成|集聚|聚集|吸纳|汇聚|承载|提供|拥有"
# (or the whole named before the verb: "为全市贡献40%以上的税收")
_PRODUCED_SHARE_OF = re.compile(
    rf"(?:(?:{_SHARE_VERBS})了?(?P<whole>全[省市区县国](?:开发区|园区|经开区|高新区)?|[\u4e00-\u9fff]{{2,6}}?(?:[省市县]|地区))"
    rf"|为(?P<whole_for>全[省市区县国]|[\u4e00-\u9fff]{{2,6}}?[省市县])(?:{_SHARE_VERBS})了?"
    # ("以不足全县5%的面积,创造了…": the share of a whole's resource that yields what follows)
    rf"|以(?:不到|不足|仅占|约占|占)?(?P<whole_by>全[省市区县国]))$"
)
_HELD_IN = r"(?:汇聚|集中|活跃|落户|聚集|集聚|分布|位于|坐落)(?:在|于)"
_LOCATED_AFTER = re.compile(rf"的(?P<thing>[^,;。的]{{2,20}}?){_HELD_IN}")
_LOCATED = re.compile(_HELD_IN)
_SHARE_OF_WHOLE = re.compile(
    rf"(?:(?:{_SHARE_VERBS})了?(?P<whole>全[省市区县国](?:开发区|园区|经开区|高新区)?|[\u4e00-\u9fff]{{2,6}}?(?:[省市县]|地区))"
    rf"|为(?P<whole_for>全[省市区县国]|[\u4e00-\u9fff]{{2,6}}?[省市县])(?:{_SHARE_VERBS})了?)\d+(?:\.\d+)?%(?:的|(?:以上|左右)的?)"
)
# ("贡献全市75%以上营收、半数以上税收": 以上 may stand where 的 would)
_THING_AFTER_SHARE = re.compile(
    r"(?:的|(?<=以上|左右))(?P<thing>[\u4e00-\u9fffA-Za-z&“”]{2,16}?)(?=[,;。、]|[和及与](?=约?\d)|$|(?:贡献|创造)了?)"
)
_OTHER_WHOLE = re.compile(r"[、和及](?P<whole>全[省市区县国]|[\u4e00-\u9fff]{2,8}?(?:省|市|县|区|全国))的")
# 在 as "in" or "at", not the state of things (在建, 在谈, 在库, 在孵 企业/项目)
_IN_A_PLACE = "在(?!建|谈|库|孵)"
_FIELD_SUBJECT = re.compile(r"^(?:对|在|含|占|于)?(?:全省|全国|全市|全县|省内|国内(?!生产总值))|^含$")
# A left phrase ending like this is not the thing counted: "环湖路等9条框架道路", "桥梁和7条道路".
_COUNT_FIRST_LEFT = re.compile(
    # (…等4个方面的36项指标: a count of groups before the figure qualifies the thing after it)
    r"(等|和|及|与|把|将|了|到|有|一个|期|首批|一批|第[一二三四五]批|所涉及|涉及|包括|包含|推动|推进|促成|促进|\d+个[\u4e00-\u9fff]{1,3}的?)$"
)
# A left phrase ending in one of these verbs governs the thing counted after the figure: the
# indicator is the verb and that thing ("托管10个街道" → 托管街道).
_VERB_LEFT = re.compile(
    r"(明确|设立|实施|引进|新引进|培育|建成|打造|形成|推动|召开|举办|组建|首创|拥有|筹措|整合|托管|开展|签订|"
    r"引导|帮助|谋划|聚集|集聚|招引|入选|完成|新增|开发|建设|推进|新建|改造|启动|解决|协调|办理|为|"
    # verbs of doing a listed number of tasks or measures: 办好十件民生实事, 推出667项举措
    r"办好|抓好|办成|推出|出台|调度|部署|落实|制定|印发|走访|对接|洽谈|储备|梳理|帮扶|化解|兑现|创建|搭建|建立|成立|"
    # what became of a counted number of projects, all told: 共签约N个项目, 累计开工N个项目
    r"(?:共|累计|合计)(?:签约|开工|投产|竣工))$"
)
# Partial-year periods: a figure for 1-6月 or 上半年 is not the year's figure.
_PERIOD = re.compile(
    r"(1\s*月?\s*[-—–~至到]\s*(?:[1-9]|1[01])\s*月(?:份)?|一季度|第一季度|二季度|三季度|四季度|上半年|下半年|前三季度|前两季度|"
    r"前[一二三四五六七八九十]个月|前(?:[2-9]|1[01])个?月|[1-9]月份)"
)
_ESTIMATE = re.compile(r"(预计|预期|有望|力争|争取|瞄准|计划|目标|明年|将达到?|将)")
# "…高于10%的年度目标": a growth compared with the target set for it.
_ABOVE_TARGET = re.compile(r"(?:高于|低于|超过|超出|快于|慢于|好于)")
_TARGET_AFTER = re.compile(r"的?(?:年度|全年|年初|预期|计划)*(?:目标|预期|计划)(?:任务)?")
_TARGET_LIST = re.compile(r"(?:预期目标|主要目标|目标任务)(?:是|为)?[:：]?|目标(?:是|为)[:：]?")
_SAME_FIGURE_LATER = re.compile(r"到(?:第?[一二三]季度末?|上半年|年底|年末|\d{1,2}月底?)(?:已|又)?(?:达到|达|增至|升至|实现)")
_WHOLE_WITH_INDICATOR = re.compile(r"占(?P<inner>[^,;。:]{4,30}?)的?(?:比重|比例|占比)")


def _indicator_inside_the_whole(ctx: ParagraphContext, start: int, end: int) -> str | None:
    """ "占全市园区营业收入比重:47.2%": a share whose indicator is named after the zones
    of the whole, none before it."""
    m = _WHOLE_WITH_INDICATOR.match(ctx.text, start, end)
    if m is None:
        return None
    inner_end = m.end("inner")
    named = [h for h in ctx.hits_starting(m.start("inner"), inner_end) if h.end < inner_end]
    if named:
        rest = _clean_indicator(ctx.text[named[-1].end : inner_end])
    else:
        # "占全市规上工业产值比重", "占浙南地区…比重": a place, or a region, the whole is of
        place = _PLACE_WHOLE.match(m.group("inner"))
        rest = _clean_indicator(m.group("inner")[place.end() :]) if place else ""
    return rest if len(rest) >= 2 else None


_PART_AFTER = re.compile(r"(?:为|是|来自)(?P<thing>[\u4e00-\u9fff]{2,12}?)(?=[,;。]|$)")
_PLACE_WHOLE = re.compile(r"全[国省市县区州]|[\u4e00-\u9fff]{2,6}?(?:省|市|县|地区)")


# ("…1.35亿元,比上年的8125万元增加…": the base a change is counted from)
_SAME_FIGURE_EARLIER = re.compile(
    r"(?:(?:19|20)\d{2}年|上年|去年|上一年)(?:末|底|同期|年末|年底)?(?:为|是)|(?:比|较)(?:(?:19|20)\d{2}年|上年|去年|上一年)(?:同期)?的"
)
_PLACEHOLDER = re.compile(r"[xX×Ｘ]{1,3}(?:亿元|万元|个|家|%)")


@dataclass(frozen=True)
class Quantity:
    start: int  # span of the whole quantity including its qualifiers, in normalised offsets
    end: int
    num_start: int
    value: Decimal
    unit: str
    approx: str | None
    kinds: bool = False  # "四大主导产业": a count of the kinds listed before it


@dataclass
class MetricDraft:
    start: int
    end: int
    indicator: str
    measure: str
    value: Decimal
    unit: str
    approx: str | None
    qualifier: str | None
    rule: str
    anchor: int  # the position whose zone and year apply
    period: str | None = None
    is_estimate: bool = False
    year_override: tuple[int | None, str] | None = None
    zone_override: tuple[str, str] | None = None
    basis: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


# A share in words after 占: 三成, 六成以上, 四分之一, or as a fraction (占全国的1/7) (only after 占,
# so 七成新 is not a share).
CN_NUMERALS = "零〇一二两三四五六七八九十"
_SHARE_WORDS = re.compile(
    r"占[^,;。占]{0,24}?的?(?P<share>(?P<tenths>[一二三四五六七八九1-9])成|(?P<whole>[二三四五六七八九十])分之(?P<part>[一二三四五六七八九])"
    r"|(?<![\d.])(?P<numerator>[1-9])/(?P<denominator>[2-9]|1[0-9])(?![\d.]))"
    r"(?P<post>以上|左右|多)?"
)


_GROWTH_TENTHS = re.compile(
    r"(?:增长|增加|提高)了?(?P<share>(?P<approx>逾|超|近|约)?(?P<tenths>[一二三四五六七八九])成)(?![\u4e00-\u9fff]{0,2}(?:以上企业|企业))"
)


def find_quantities(text: str) -> list[Quantity]:
    """Every number-with-unit in a normalised text, with qualifiers; dates and ordinals excluded."""
    out: list[Quantity] = []
    for match in QUANTITY.finditer(text):
        num = match.group("num")
        unit = match.group("unit") or ""
        mag = match.group("mag") or ""
        start, end = match.span()
        if not unit and not mag:
            continue
        if mag and not unit:
            unit = mag
        elif mag:
            combined = mag + unit
            if combined not in UNITS and combined not in ("万个", "万家", "万人", "万元", "万美元", "万亩", "万平方米", "万吨"):
                continue
            unit = combined
        before = text[max(0, match.start("num") - 1) : match.start("num")]
        after = text[end : end + 4]
        if before == "第" or before.isdigit() or before == ".":
            continue
        if before == "前" and unit in ("名", "位", "强", ""):
            continue  # "综合评价前50名": the length of a list, not a figure
        if re.search(r"(位列|位居|名列|跻身|居)$", text[max(0, match.start("num") - 2) : match.start("num")]):
            continue  # "位列230家国家级开发区第27位": the size of the field a rank is in
        if re.search(r"(这|该|此|上述)$", before):
            continue  # "这22个项目": the figure stated before, named again
        if re.match(r"级", text[end : end + 1]) and unit.endswith(("元", "亿")):
            continue  # "1000亿级产业集群": a size class, not an amount
        # 一 is "a" (一个平台, 一套班子), and a numeral in quotes is a slogan (“五个一批”).
        # A round amount in words (五百亿元, 三千万元) is an amount.
        round_amount = unit.endswith("元") and bool(re.search(r"[十百千]", num))
        if round_amount and text[match.start("num") - 1 : match.start("num")] in ("数", "几"):
            continue  # "几十亿元", "数百亿元": no amount is stated
        if re.fullmatch(CHINESE, num) and (
            (unit not in _COUNT_UNITS and not round_amount)
            or num == "一"
            or before == "“"
            or re.match(r"[一二三四五六七八九十]", after)
        ):
            continue
        if _NOT_A_FIGURE_AFTER.match(text[match.end("num") : match.end("num") + 3]) and not unit:
            continue
        if (
            unit in _COUNT_UNITS
            and _NOT_A_FIGURE_AFTER.match(after)
            and after[:2] not in ("月度",)
            and not after.startswith(("大关",))
        ):
            continue
        if unit and not match.group("post") and _UNIT_STARTS_A_WORD.match(unit[-1] + after):
            continue  # "碳九项目", "三条件": the measure word is the first character of a noun
        value = parse_number(num)
        if value is None:
            continue
        if unit == "亿":
            unit = "亿元"  # "总投资317亿": the currency is implied
        unit = SYMBOL_UNITS.get(unit, unit)  # "32.6k㎡", "12万㎡" (km2, 万m2 once folded)
        if unit in ("万元", "元") and text.startswith("每亩", end):
            unit, end = unit + "/亩", end + 2  # "投资强度300万元每亩" is 万元/亩 written out
        approx = (
            "".join(g for g in (match.group("pre"), match.group("mid"), match.group("mid2"), match.group("post")) if g) or None
        )
        out.append(Quantity(start, end, match.start("num"), value, unit, approx))
    for match in re.finditer(r"(?<!第)(?P<num>[两二三四五六七八九十]{1,2})大(?=[\u4e00-\u9fff“\"])", text):
        # "四大主导产业", "五大产业集群": a count of kinds, written in words
        value = parse_number(match.group("num"))
        clause = text[_after_last(text, ",;。:!?", match.start()) : match.start()]
        items = len(clause.split("、")) if "、" in clause and re.search(r"[\u4e00-\u9fff]{2}$", clause) else 0
        # only after the list it counts ("A、B、C三大产业"); "三大产业产值" alone names a group
        if value is not None and value > 1 and value - 1 <= items <= value:
            out.append(Quantity(match.start(), match.end(), match.start(), value, "个", None, kinds=True))
    for match in _GROWTH_TENTHS.finditer(text):
        # "产值增长逾七成": a growth written in tenths
        value = Decimal(10) * (parse_number(match.group("tenths")) or 0)
        out.append(Quantity(match.start("share"), match.end(), match.start("share"), value, "%", match.group("approx")))
    for match in PERCENT_WORDS.finditer(text):
        value = parse_number(match.group(1))
        if value is not None:
            out.append(Quantity(match.start(), match.end(), match.start(), value, "%", None))
    for match in _SHARE_WORDS.finditer(text):
        if re.search(r"(下降|提高|增加|减少|上升|回落|增长)", match.group(0)):
            continue  # "占全市比重下降三成": a change, not a share
        # "占园区营收的四成", "约占全县的五分之一": a share written in words
        if match.group("tenths"):
            value = Decimal(10) * (parse_number(match.group("tenths")) or 0)
        else:
            whole: Decimal | None
            part: Decimal | None
            if match.group("numerator"):
                whole, part = Decimal(match.group("denominator")), Decimal(match.group("numerator"))
            else:
                whole, part = parse_number(match.group("whole")), parse_number(match.group("part"))
            value = (Decimal(100) * part / whole).quantize(Decimal("0.01")) if whole and part and part < whole else Decimal(0)
        if value:
            out.append(Quantity(match.start("share"), match.end(), match.start("share"), value, "%", match.group("post")))
    for match in _MULTIPLE_OF_A_YEAR.finditer(text):
        # "是2019年的2.1倍": the figure before it as a multiple of a past year's, a figure of its own
        value = parse_number(match.group("num"))
        if value is not None:
            out.append(Quantity(match.start("num"), match.end(), match.start("num"), value, "倍", None))
    for match in _MULTIPLE.finditer(text):
        # "增长2.5倍" is a growth of 250%; a multiple written alone is not a figure of its own.
        value = parse_number(match.group("num"))
        # ("分别增长3.2%、1.4倍、2.6倍": a list of growths goes on in multiples)
        growth = r"(增长|增加|提高)了?(?:分别)?(?:\d+(?:\.\d+)?(?:%|倍)[、和])*$"
        if value is not None and re.search(growth, text[max(0, match.start() - 40) : match.start()]):
            out.append(Quantity(match.start(), match.end(), match.start(), value * 100, "%", "倍"))
    for match in _IMPLICIT.finditer(text):
        magnitude = implicit_magnitude(match.group("mag"))
        if magnitude is None or (match.start() and (text[match.start() - 1].isdigit() or text[match.start() - 1] in CN_NUMERALS)):
            continue  # "500亿元", "五百亿元": the magnitude belongs to the number before it
        value, mag_unit = magnitude
        unit = mag_unit + match.group("unit")
        out.append(Quantity(match.start(), match.end(), match.start("mag"), value, unit, match.group("pre")))
    out.extend(_listed_before(text, out))
    out.sort(key=lambda q: q.start)
    return out


# "高于全市、全省和全国2.1、2.9和1.7个百分点" (领先…, 落后…): differences against a list of references, in order.
# ("比全县、全市分别快3、0.6个百分点": the references, then 分别 and the direction)
_DIFF_LIST = re.compile(
    r"(?:(?P<dir>高于|快于|领先于?|超出|低于|慢于|落后于?)(?P<refs>(?:[^,;。\d]|\d{4}年){2,30}?[、和及](?:[^,;。\d]|\d{4}年){1,12}?)"
    r"|比(?P<refs2>[^,;。\d]{2,30}?[、和及][^,;。\d]{1,12}?)(?:增速|增幅)?分别(?P<dir2>高出|高|快|低|慢)了?)"
    r"(?P<nums>(?:\d+(?:\.\d+)?[、和及])+\d+(?:\.\d+)?)个百分点"
)


def _items(listed: str) -> list[str]:
    return [item for item in re.split(r"[、和及]", listed) if item]


def _listed_difference(ctx: ParagraphContext, q: Quantity) -> tuple[str, Decimal, str | None, str, int] | None:
    """ "高于全市、全省和全国2.1、2.9和1.7个百分点": the i-th number against the i-th reference."""
    for listed in _DIFF_LIST.finditer(ctx.text, ctx.list_clause_start(q.start)):
        if not listed.start() < q.start < listed.end():
            continue
        refs = _items(listed.group("refs") or listed.group("refs2"))
        starts = [listed.start("nums") + m.start() for m in re.finditer(r"\d+(?:\.\d+)?", listed.group("nums"))]
        if len(refs) != len(starts) or q.num_start not in starts:
            return None
        direction = listed.group("dir") or listed.group("dir2")
        sign = -1 if direction in ("低于", "慢于", "落后", "落后于", "低", "慢") else 1
        reference = (
            direction + refs[starts.index(q.num_start)]
            if listed.group("dir")
            else f"比{refs[starts.index(q.num_start)]}{direction}"
        )
        return "diff_pct_points", sign * q.value, reference, "metric_diff_against_list", listed.start()
    return None


_REFERENCE_RATE_BEFORE = re.compile(r"\([-+]?\d+(?:\.\d+)?%\)(?P<rest>[^,;。()\d]{0,4})$")


# Bare numbers listed before the one that carries their unit: "2.1、2.9和1.7个百分点".
_BARE_LIST = re.compile(r"(?:(?<![\d.])\d+(?:\.\d+)?[、和及])+$")


def _listed_before(text: str, found: list[Quantity]) -> list[Quantity]:
    """The numbers of a list that writes its unit once, after the last: only where the sentence
    pairs lists (分别), so that "3、5个" (three or five) is not read as two figures."""
    out: list[Quantity] = []
    for q in found:
        if q.approx or q.kinds or q.unit not in ("%", "个百分点", "亿元", "万元", "家", "个", "项"):
            continue
        listed = _BARE_LIST.search(text, max(0, q.num_start - 60), q.num_start)
        sentence = text[_after_last(text, "。;!?\n", q.num_start) : q.num_start]
        if listed is None:
            continue
        paired = any(m.start("nums") == listed.start() for m in _DIFF_LIST.finditer(text, q.num_start - len(sentence)))
        if "分别" not in sentence and not paired:
            continue
        for number in re.finditer(r"\d+(?:\.\d+)?", listed.group(0)):
            value = parse_number(number.group(0))
            if value is not None:
                start = listed.start() + number.start()
                out.append(Quantity(start, listed.start() + number.end(), start, value, q.unit, None))
    return out


# a label of a "指标:数值" line: words that name a measure, no figure
_LABEL = re.compile(r"[\u4e00-\u9fff]{2,16}")
# words that open what follows the colon, not a measure: "其中:甲园区增长15%", "数据显示:…"
_LEAD_IN = re.compile(r"(?:其中|包括|分别|如下|具体|显示|表明|是|为|有)$")
# A heading over a list of zones: what they measure, then the bar they pass or their places
_LIST_HEADING = re.compile(
    r"(?P<indicator>[\u4e00-\u9fff]{2,12}?)数?"
    r"(?:(?:超|超过|达到|达|在)[\d.]+[万亿]?[元家个项]?(?:以上)?的(?:园区|开发区|企业)|前[一二三四五六七八九十\d]{1,2}(?:位|名|强))"
    r"[:：]\n?"
)
# a line of such a list: a name, maybe the measure again, and a figure
_ZONE_FIGURE_LINE = re.compile(r"[\u4e00-\u9fff()]{2,30}[\d.]+[万亿]?[\u4e00-\u9fff]{0,2}")


def _clean_indicator(phrase: str) -> str:
    phrase = re.sub(r"^.*[】\]]", "", phrase)  # "【招商引资】全年引进…": the entry's title is not the indicator
    # a day named inside the words starts another event, and a dash ends a lead-in (…以下工作——投资):
    # what precedes either is not what is measured
    phrase = re.sub(r"^.+\d{1,2}月\d{1,2}日|^.*——", "", phrase)
    # "引进甲、乙等一批优质项目": the examples before 等 are not what is counted
    phrase = re.sub(r"^.+等(?:一批|一系列)", "", phrase)
    # a page's navigation glued before the text ("园区动态 >> 平阳3家", "快讯... × 平阳3家")
    phrase = re.sub(r"^.*(?:>>|»|›|×|\.\.\.|…)", "", phrase)
    # "引进甲项目、乙基地等新材料产业项目5个": named projects or firms before 等 are examples of what
    # is counted, not it (高等, 同等, 等级, 等次 are words, no list's end)
    phrase = re.sub(
        r"^.*(?:项目|基地|中心|企业|公司|集团)[^,;。]{0,12}?(?<![高中平同上初特优对相均])等(?![级次同于待候额])(?=[\u4e00-\u9fff]{2})",
        "",
        phrase,
    )
    # "以甲、乙为代表的新兴产业": the examples named before 为代表的 are not what is measured
    phrase = re.sub(r"^.*为代表的", "", phrase)
    # "第三产业在GDP中占比": the whole the share is of closes the thing it is a share of
    phrase = re.sub(r"(?<=[\u4e00-\u9fff]{2})在[^,;。在]{1,10}中$", "", phrase)
    # "GDP增长8.4% 主导产业规模增长19.8%" (a headline of figures side by side): a rate told before
    # ends the statement it belongs to
    phrase = re.sub(r"^.*\d%\s*(?=[^\d\s]{2})", "", phrase)
    phrase = _balanced(phrase, phrase.strip(' "“”‘’「」[]【】■●◆▲★-—'))
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = _LEADING.sub("", phrase)
        phrase = _TRAILING.sub("", phrase)
        phrase = re.sub(r"^\d{4}年(?:度|末|底)?(?:\d{1,2}月(?:\d{1,2}日)?)?", "", phrase)
        phrase = re.sub(r"^\d{1,2}月份?(?:\d{1,2}日)?(?:前|后|底|初|末)?", "", phrase)
        phrase = re.sub(r"^(?:1-12月|1—12月|全年)", "", phrase)
        # how a rate was computed (按可比价格计算, 扣除价格因素后) is not what it measures
        phrase = re.sub(r"^(?:按(?:可比价格?|现价)计算|扣除价格因素(?:后)?)", "", phrase)
        # the way a thing was done (以清单形式明确…) and the occasion a rate was measured at
        # (在…评价中好评率) say nothing of what is measured
        phrase = re.sub(r"^(?:以|按照|通过|采用|采取)[^,;。]{1,12}?(?:形式|方式|模式)", "", phrase)
        phrase = re.sub(rf"^{_IN_A_PLACE}[^,;。]{{2,20}}?中(?=[\u4e00-\u9fff]{{2}})", "", phrase)
    return phrase


def _balanced(written: str, stripped: str) -> str:
    """A name in quotes keeps both of them (入选“某某英才计划”): only a quote mark with no partner
    inside the phrase is stripped from its edge."""
    if stripped.count("“") > stripped.count("”") and written.rstrip().endswith("”"):
        return stripped + "”"
    if stripped.count("”") > stripped.count("“"):
        return stripped.replace("”", "", stripped.count("”") - stripped.count("“"))
    return stripped


_BEFORE_A_COMPARED_ZONE = re.compile(r"[占比较于在为是对与和及、,的从向由]$")


def _strip_zones(ctx: ParagraphContext, start: int, end: int) -> int:
    """Move a phrase start past any zone name (and its parenthesised second plate) it begins with."""
    hits, starts = ctx.zone_hits, ctx.zone_hit_starts
    connector = re.match(
        r"(?:其中|另外|此外|同时|而|全区|园区内|\d{4}年度?|今年以来|年初以来|今年|去年|上年|目前|当前|现在|如今|截至目前|至今"
        r"|上半年|下半年|前三季度|[一二三四]季度|1\s*[-—至]\s*\d{1,2}月份?)+",
        ctx.text[start:end],
    )
    at = start + connector.end() if connector else start
    wanted = at + (ctx.text[at : at + 1] == "“")
    if connector and ctx.hits_starting(wanted, wanted + 1):
        start += connector.end()  # "其中上饶经开区主营业务收入…": the zone the figure is of (“一区四园”…, quoted)
    while True:
        i = bisect_left(starts, start)
        # a name the phrase starts inside of ("229家国家级经开区…" after its count) is passed too
        hit = next((h for h in hits[max(0, i - 1) : i + 2] if h.start <= start + 1 < h.end + 1 and h.end <= end), None)
        if hit is None:
            # "确保全年全县开发区规上工业总产值…": a zone named further in is whose the figure is,
            # and what it counts comes after the name (not after one it is compared with: 占全市开发区…)
            hit = next(
                (
                    h
                    for h in reversed(hits[i : bisect_left(starts, end)])
                    if h.zone and h.end < end and not _BEFORE_A_COMPARED_ZONE.search(ctx.text, start, h.start)
                ),
                None,
            )
            if hit is None or re.search(r"\d", ctx.text[start : hit.start]):
                return start
        start = hit.end
        while start < end and ctx.text[start] in "()":
            start += 1
        if re.match(r"内(?!资)", ctx.text[start:end]):
            start += 1  # "某某集中区内工业企业…": where, not what


_PRICE_BASIS_BEFORE = re.compile(
    r"(?P<name>[^,;。:()]{2,30})(?:\([A-Za-z]{2,6}\))?(?:按(?:可比价格?|现价|不变价格?)计算|扣除价格因素(?:后)?)[,]$"
)
_COUNTED_UNITS = frozenset({"个", "家", "项", "户", "所", "座", "条", "件"})
_EXAMPLES_BEFORE = re.compile(r"^.*(?<![高中平同上初特优对相均])等(?![级次同于待候额])(?=[\u4e00-\u9fff]{2})")
_EXTREME_NAMED = re.compile(r"(?P<what>[\u4e00-\u9fff]{2,10}?)最(?:高|低|大|小|多|少|快|慢)的(?P<who>[^,;。]{2,30})")
_DATED_LABEL = re.compile(r"^(?:19|20)\d{2}年(?:度|末|底|全年)?")


def _left_phrase(ctx: ParagraphContext, q: Quantity, floor: int) -> tuple[int, str]:
    clause_start = max(ctx.clause_start(q.start), floor)
    end = q.start
    # "生产总值(GDP)实现1106.8亿元", "厂房面积:累计建成18万平方米": a verb between the remark or
    # the label and the figure
    verb_after_remark = ctx.text[clause_start - 1 : clause_start] in (")", ":") and re.fullmatch(
        r"(?:实现|完成|达到|达|为|共|共有|拥有|累计(?:建成|完成|实现|达到)?|建成)", ctx.text[clause_start : q.start]
    )
    close = clause_start - 1 if verb_after_remark else q.start - 1
    if (clause_start == q.start or verb_after_remark) and ctx.text[close : close + 1] in (")", ":"):
        # "技术中心(含工程中心、重点实验室)48家": the noun is before the remark in parentheses;
        # "地区生产总值:125.6亿元": the indicator is before the colon
        opened = ctx.text.rfind("(", 0, close) if ctx.text[close] == ")" else close
        before = ctx.clause_start(opened) if opened > 0 else opened
        # (a label may be dated: "2022年末注册企业:389家")
        label = _DATED_LABEL.sub("", ctx.text[before:opened])
        if opened > 0 and ")" not in ctx.text[opened:close] and before < opened and not re.search(r"\d", label):
            clause_start, end = before, opened
    start = _strip_zones(ctx, clause_start, end)
    # "甲、乙等某某功能区项目28个": the examples and the zone they are of come before what is counted
    inside = ctx.zone_hits[bisect_right(ctx.zone_hit_starts, start) : bisect_left(ctx.zone_hit_starts, end)]
    named = [h.end for h in inside if h.end < end and ctx.text[h.start - 1] == "等"]
    if named:
        start = named[-1]
    raw = ctx.text[start:end]
    extreme = _EXTREME_NAMED.fullmatch(raw)
    if extreme and ctx.hits_starting(start + extreme.start("who"), start + extreme.start("who") + 1):
        # "产业集中度达34.9%,集中度最高的甲高新区达82.4%": the zone at the extreme of what is measured
        return start + extreme.start("what"), _clean_indicator(extreme.group("what"))
    if "的" in raw[:-1] and len(raw) - raw.rindex("的") > 2:
        start += raw.rindex("的") + 1  # "上海等地的入园企业": the thing is after the last 的
        raw = ctx.text[start:end]
    # Years and dates inside the phrase are context, not indicator.
    cleaned = _clean_indicator(raw)
    if q.unit in _COUNTED_UNITS:
        # "新引进物流、检测等配套项目15个": what is counted is the class after 等, its examples are in it
        cleaned = _EXAMPLES_BEFORE.sub("", cleaned)
    offset = raw.find(cleaned) if cleaned else len(raw)
    return start + max(offset, 0), cleaned


# After the number the clause goes on with a change or a new subject (由300件下降到120件,
# 共3家。该结果…): nothing counted is named after it.
_NO_NOUN_AFTER = re.compile(r"(?:同比|下降|减少|增加|增长|提高|上升|降低|该|这|此(?!类))")
_PURPOSE_AFTER = re.compile(r"(?:用于|完善|改善|提升|支持|扶持|奖励|补助|补贴)")
_ZONES_AFTER_COUNT = re.compile(
    r"(?:国家级?|省级(?:以上)?|市级)?(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|产业园区|工业园区|综合保税区)"
)
_COUNTED_BEFORE_AMOUNT = re.compile(
    r"(.{0,10}?(?:企业|项目|公司))(?=[\u4e00-\u9fff]{1,8}(?:产值|收入|营收|投资|税收|增加值|利润|销售额)$)"
)


_PROJECTS_THEN_STATUS = re.compile(
    r"(?:的|共)?(?P<what>(?:重大|重点|亿元以上|产业)?项目)(?P<status>签约落地|签约落户|开工建设|建成投产|签约|开工|投产|竣工|落地)(?=[,;。(]|$)"
)


def _right_phrase(ctx: ParagraphContext, q: Quantity) -> str:
    text = ctx.text
    end = q.end
    # "9个总投资35亿元的重点基础设施项目", "280户约5.2万平方米房屋拆除": the noun comes after
    # another figure that modifies it or is counted with it.
    skip = re.match(rf"(?:(?:计划)?总?投资|共|约|、)*(?:约|超|近)?{NUMBER}(?:{_UNIT_ALT})(?:以上|左右|多|余)?(?:的)?", text[end:])
    if skip:
        end += skip.end()
    if q.unit in _DURATIONS and text[end : end + 1] == "内":
        end += 1  # "5天内办出…": the limit's 内 is no part of what was done
    if _NO_NOUN_AFTER.match(text, end):
        return ""
    done = _PROJECTS_THEN_STATUS.match(text, end)
    if done:
        return done.group("status") + done.group("what")  # "132个项目签约落地" counts 签约落地项目
    if q.unit.endswith("元") and _PURPOSE_AFTER.match(text, end):
        return ""  # "投入8亿元完善学校…": what the money was spent on, not what it measures
    match = re.match(
        r"(?:的|共)?([\u4e00-\u9fffA-Za-z0-9“”\"]{1,24}?)(?=$|[,;:。、()]|实现|全部|已|顺利|被|获|入选|签订|于|代表|参加|列入|分别|进入|开工|投产|建成|完工|进行|落地|落户|入驻|中(?!心|小|外|国|医|药|试|职|学|央|华)"
        # levels joined by 和/及 qualify one noun (国家及省级人才); otherwise the noun ends there
        r"|(?<!国家)(?<!国家级)(?<![省市]级)(?<![省市])(?:和|及)|(?:和|及)(?![省市县])|\d(?![\d.]*强)"
        rf"|{_IN_A_PLACE}|同时|相继|先后|陆续|集中|正式|均|都|将|实行|采取|开展|涵盖|覆盖|涉及|(?:基本)?保持"
        r"|(?<=摘牌|出让|建成|投产|竣工|签约|落地)后|比(?=上年|去年|年度|全市|全省|同期|计划)"
        # the time a figure covers and the verb of what the things did end the things counted
        r"|第?[一二三四]季度|[上下]半年|前三季度|全年|今年|完成(?!率)|全面|全力|对(?!外|口|象|话|联)|紧紧|紧密|围绕|聚焦)",
        text[end:],
    )
    if not match:
        return ""
    phrase = match.group(1)
    if text[end : end + 1] == "的" and ctx.hits_starting(end + match.start(1), end + match.start(1) + 1):
        return ""  # "面积12平方公里的某产业集聚区": the zone the figure is of, not what it counts
    zones = _ZONES_AFTER_COUNT.match(phrase)
    if zones and q.unit in ("家", "个"):
        return zones.group(0)  # "甲、乙、丙3家国家高新区带动作用显著": the zones counted, not the remark after
    if "等" in phrase:  # "50多家苏州等县内外企业": the examples before 等 are not the thing counted
        phrase = phrase[phrase.rindex("等") + 1 :]
    # "52家规上企业工业产值达…": the things counted end before the amount they produce
    phrase = _clean_indicator(phrase)
    counted = _COUNTED_BEFORE_AMOUNT.match(phrase)
    return counted.group(1) if counted else phrase


def _pulled(q: Quantity, pull: re.Match[str], clause_start: int) -> tuple[str, Decimal, str | None, str, int]:
    """A contribution (拉动, or 下拉/拖累 signed negative), stated as a value in percentage points."""
    sign = -1 if pull.group("verb") in ("下拉", "拖累") else 1
    return "value", sign * q.value, pull.group("verb"), "metric_pull_pct_points", clause_start + pull.start()


# A growth stated on the base of last year's (在去年同期15%增速基础上增长9%, 在上年增长8%的基础上
# 再增长6%): two rates of one indicator, the base's of the year before
_BASE_YEAR = r"在(?:去年|上年|上一年|(?:19|20)\d{2}年)(?:同期)?(?:增长|增速为?|增幅为?)?"
_BASE_YEAR_BEFORE = re.compile(_BASE_YEAR + "$")
_BASE_AFTER = re.compile(r"(?:的)?(?:高|较高|较快|快速)?(?:增速|增长|增幅)?(?:的)?(?:较?高)?(?:基数)?基础上")
_ON_A_BASE = re.compile(_BASE_YEAR + r"\d+(?:\.\d+)?%" + _BASE_AFTER.pattern + r",?(?:同比|再|继续|仍|又|实现)?(?:增长|增加)$")


def _measure(ctx: ParagraphContext, q: Quantity, floor: int) -> tuple[str, Decimal, str | None, str, int] | None:
    """(measure, signed value, qualifier, rule, phrase start) from the words right before a quantity."""
    clause_start = max(ctx.clause_start(q.start), floor)
    before = ctx.text[clause_start : q.start]
    if not before and ctx.text[q.start - 1 : q.start] == ":":
        # "规上工业增加值增速:8.2%": the words before the colon say what the figure measures
        label_start = ctx.clause_start(q.start - 1)
        if not re.search(r"\d", ctx.text[label_start : q.start - 1]):
            clause_start, before = label_start, ctx.text[label_start : q.start - 1]
    remark = _REFERENCE_RATE_BEFORE.search(ctx.text, max(0, q.start - 18), q.start) if q.unit == "个百分点" else None
    if remark is not None:
        # "增速高于全市(8.1%)4.6个百分点", "比全县(10%)快2.7个百分点": the reference's own rate in
        # parentheses stands between the comparison and its figure
        clause_start = ctx.clause_start(remark.start())
        before = ctx.text[clause_start : remark.start()] + remark.group("rest")
    if q.unit == "个百分点":
        listed = _listed_difference(ctx, q)
        if listed is not None:
            return listed
        pull = _PULL.search(before)
        if pull:
            return _pulled(q, pull, clause_start)
        diff = _DIFF_BEFORE.search(before)
        if diff:
            sign = 1 if diff.group("dir") == "高" else -1
            if diff.group("kind") == "降幅":
                sign = -sign
            ref = diff.group("ref") or ""
            return (
                "diff_pct_points",
                sign * q.value,
                f"比{ref}{diff.group('kind') or ''}{diff.group('dir')}",
                "metric_diff_pct_points",
                clause_start + diff.start(),
            )
        against = _DIFF_AGAINST.search(before)
        whole_clause = ctx.clause_start(q.start)
        if against is None and whole_clause < clause_start:
            # "高于40个同类园区平均水平9个百分点": a count inside the reference is part of it
            against = _DIFF_AGAINST.search(ctx.text[whole_clause : q.start])
            clause_start = whole_clause if against else clause_start
        if against:
            direction = against.group("dir") or against.group("dir2") or against.group("dir3") or ""
            sign = -1 if direction[:1] in ("低", "慢", "落") or direction in ("放缓", "扩大", "大") else 1
            ref = against.group("ref") or against.group("ref2") or against.group("ref3") or ""
            return "diff_pct_points", sign * q.value, f"{direction}{ref}", "metric_diff_against", clause_start + against.start()
        yoy = _YOY_BEFORE.search(before)
        if yoy:
            sign = -1 if any(w in yoy.group("word") for w in _NEGATIVE) else 1
            return "diff_pct_points", sign * q.value, "同比变化(百分点)", "metric_pct_point_change", clause_start + yoy.start()
        return None
    if q.unit != "%":
        return None
    pull = _PULL_GROWTH.search(before)
    if pull:
        return _pulled(q, pull, clause_start)  # "拉动园区产值增长2.1%": points, written with %
    whole_clause = ctx.clause_start(q.start)
    base = _ON_A_BASE.search(ctx.text, whole_clause, q.start)
    if base:
        # "产值在去年同期增长12%的基础上增长9%": the growth of now, of the words before the base
        return "yoy_pct", q.value, None, "metric_yoy_pct_on_a_base", base.start()
    base_of = _BASE_YEAR_BEFORE.search(before)
    if base_of and _BASE_AFTER.match(ctx.text, q.end):
        # ... and the base: last year's growth, of the same words
        return "yoy_pct", q.value, None, "metric_growth_of_the_base", clause_start + base_of.start()
    yoy = _YOY_BEFORE.search(before) or _YOY_BARE.search(before)
    if yoy:
        sign = -1 if any(w in yoy.group("word") for w in _NEGATIVE) else 1
        return "yoy_pct", sign * q.value, None, "metric_yoy_pct", clause_start + yoy.start()
    if re.match(r"(的)?正增长", ctx.text[q.end : q.end + 4]):
        # "工业投资实现2%正增长": the rate comes before its word
        return "yoy_pct", q.value, None, "metric_yoy_pct_after", q.start
    contribution = _CONTRIBUTION.search(before)
    if contribution:
        return "share_pct", q.value, "贡献率", "metric_contribution_share", clause_start + contribution.start()
    plan = _PLAN_BEFORE.search(before)
    if plan and any(word in before for word in ("计划", "任务", "目标", "预算", "完成率")):
        return "plan_pct", q.value, None, "metric_plan_pct", clause_start + plan.start()
    if before == "的":
        # "完成全年任务60亿元的31%": the target amount read before is part of the words
        whole_start = ctx.clause_start(q.start)
        plan = _PLAN_BEFORE.search(ctx.text[whole_start : q.start])
        if plan:
            return "plan_pct", q.value, None, "metric_plan_pct", whole_start + plan.start()
    if re.fullmatch(r"其中(?:约|近|超过|有)?", before) and _PART_AFTER.match(ctx.text, q.end):
        # "吸纳就业0.8万人,其中约65%为本地员工": the share of the figure before that is the part named
        return "share_pct", q.value, None, "metric_share_of_part", q.start
    share = _SHARE_BEFORE.search(before)
    if share:
        whole = share.group("whole").rstrip("的")
        return "share_pct", q.value, f"占{whole}" if whole else None, "metric_share_pct", clause_start + share.start()
    produced = _PRODUCED_SHARE_OF.search(before)
    if produced and _THING_AFTER_SHARE.match(ctx.text, q.end):
        # "以不到全市十分之一的土地创造了全市42%的地区生产总值": a share of the whole, of the thing after it
        whole = produced.group("whole") or produced.group("whole_for") or produced.group("whole_by")
        return "share_pct", q.value, f"占{whole}", "metric_share_of_thing_after", q.start
    if _LOCATED_AFTER.match(ctx.text, q.end) or _LOCATED.match(ctx.text, q.end):
        # "全省七成以上的科技型企业聚集在园区" written in %, "…人才八成落户于园区": the share of a whole's
        # things that the zone holds
        whole = re.search(r"全[省市国区县]", before)
        return "share_pct", q.value, f"占{whole.group(0)}" if whole else None, "metric_share_located", q.start
    share_listed = re.search(
        r"\d%(?:的|(?:以上|左右)的?)[\u4e00-\u9fff“”]{2,16}[、和及与]$", ctx.text[max(0, q.start - 24) : q.start]
    )
    if _THING_AFTER_SHARE.match(ctx.text, q.end) and (share_listed or re.fullmatch(rf"(?:{_SHARE_VERBS})?了?", before)):
        # "…创造了全国12%的出口,吸纳了9%的就业,15%的…", "…80%的出口、70%的企业和40%的外资": the
        # shares listed after the first take its whole
        sentence_start = ctx.sentence_bounds(q.start)[0]
        shares_before = list(_SHARE_OF_WHOLE.finditer(ctx.text, sentence_start, q.start))
        if shares_before:
            whole = shares_before[-1].group("whole") or shares_before[-1].group("whole_for")
            return "share_pct", q.value, f"占{whole}", "metric_share_of_thing_after", q.start
        if share_listed:
            return "share_pct", q.value, None, "metric_share_of_thing_after", q.start
    opened = ctx.text.rfind("(", 0, clause_start - 1) if ctx.text[clause_start - 1 : clause_start] == ")" else -1
    if opened > 0:
        # "占园区生产总值(GDP)比重达到2.5%": the whole is named around a remark in parentheses
        earlier = ctx.clause_start(opened)
        share = _SHARE_BEFORE.search(ctx.text[earlier:opened] + before)
        if share and share.start() < opened - earlier:
            whole = share.group("whole").rstrip("的")
            return "share_pct", q.value, f"占{whole}" if whole else None, "metric_share_pct", earlier + share.start()
    if re.fullmatch(r"(?:其|所)?(?:所占)?(?:比重|占比)(?:为|达到|达|是)?", before):
        # "高新技术产品产值达到618亿元,比重达到60%": the share of the figure before it
        return "share_pct", q.value, None, "metric_share_pct", clause_start
    return None


# A yearbook entry titled by a project's event (【…产业园开园】, 【…医院落户】) reports that project:
# its sizes (land, floor area, beds, students, days) describe the project, not the zone.
PROJECT_EVENT_ENTRY = re.compile(r"(落户|开工|签约|开园|揭牌|投用|投产|竣工|奠基|开业|结顶)")
_ATTRIBUTE_UNITS = {
    "公顷",
    "亩",
    "万亩",
    "平方米",
    "万平方米",
    "平方千米",
    "平方公里",
    "千米",
    "公里",
    "张",
    "人",
    "人次",
    "万人",
    "万人次",
    "天",
    "名",
}


def extract_metrics(
    ctx: ParagraphContext, taken: Iterable[tuple[int, int]] = (), project_entry: bool = False
) -> list[MetricDraft]:
    """Metrics in one normalised prose paragraph; spans in ``taken`` belong to other records.

    In a paragraph reporting one project's event (``project_entry``) its sizes are left out.
    """
    metrics = _extract_metrics(ctx, taken)
    if project_entry:
        metrics = [f for f in metrics if not (f.measure == "value" and f.unit in _ATTRIBUTE_UNITS)]
    return metrics


def _extract_metrics(ctx: ParagraphContext, taken: Iterable[tuple[int, int]]) -> list[MetricDraft]:
    text = ctx.text
    if _PLACEHOLDER.search(text) and not find_quantities(_PLACEHOLDER.sub("", text)):
        return []
    taken = list(taken)
    scan = _MetricScan(ctx, _Periods.of(text))
    for q in find_quantities(text):
        if any(s <= q.num_start < e for s, e in taken) or _not_a_figure(text, q):
            continue
        sentence_start, sentence_end = ctx.sentence_bounds(q.start)
        metrics = scan.metrics
        prev_end = max([f.end for f in metrics if f.end <= q.start and f.start >= sentence_start] + [sentence_start])
        floor = max(prev_end, ctx.clause_start(q.start)) if prev_end > sentence_start else ctx.clause_start(q.start)
        if scan.continues_previous(q) or _restated_mark(text, q, scan.metrics):
            continue
        measured = _measure(ctx, q, floor)
        if measured and measured[0] == "yoy_pct" and _changes_a_share(ctx, q, measured[4], metrics, sentence_start):
            measured = ("diff_pct_points", measured[1], measured[2], "metric_share_change", measured[4])
        if measured:
            scan.add_rate(q, measured, sentence_start)
        else:
            scan.add_level(q, floor, sentence_start, sentence_end)
    scan.metrics.extend(_flat_diffs(ctx, scan.last_level))
    scan.metrics.extend(_flat_growth(ctx, scan.periods))
    scan.metrics.extend(_scores(ctx))
    scan.metrics.extend(_sector_ratios(ctx))
    scan.metrics.extend(_average_rank_moves(ctx))
    scan.metrics.extend(_rank_moves(ctx))
    scan.metrics.extend(_years_under_label(ctx, scan.metrics))
    scan.metrics.extend(_zones_counted_in_a_name(ctx, taken, scan.metrics))
    paired = _pair_unmarked_lists(ctx, _pair_respectively(ctx, scan.metrics))
    metrics = _starts_of_changes(ctx, _share_among_listed_zones(ctx, paired))
    return [_dated_by_its_base(ctx, f) if f.rule == "metric_growth_of_the_base" else f for f in metrics]


def _dated_by_its_base(ctx: ParagraphContext, metric: MetricDraft) -> MetricDraft:
    """The base's growth is of the year its words name (在去年同期…: last year)."""
    named = [y for y in ctx.years if metric.start <= y.start < metric.end]
    return replace(metric, year_override=(named[0].year, named[0].rule + ":base_of_a_growth")) if named else metric


_SHARE_WORD = re.compile(r"比重|占比|比例")
_IN_A_WHOLE = re.compile(r"在(?:全[省市区县国]|[\u4e00-\u9fff]{2,7}?[省市区县])(?:中|内)?")
_RAISED = re.compile(rf"(?:同比|{_LAST_YEAR}|较同期)?(?:提高|提升|上升|下降|降低|回落)(?:了)?$")


def _changes_a_share(
    ctx: ParagraphContext, q: Quantity, word_start: int, metrics: list[MetricDraft], sentence_start: int
) -> bool:
    """A share raised or lowered by N% ("…比重达到31.6%,同比提高2.8%", "…比重同比提高4.5%"): a
    change in points, however written, not a growth rate."""
    if not _RAISED.search(ctx.text, word_start, q.start):
        return False
    own_words = ctx.text[ctx.clause_start(q.start) : word_start]
    if own_words:
        return bool(_SHARE_WORD.search(own_words))
    before = [m for m in metrics if sentence_start <= m.anchor < q.start]
    return bool(before) and before[-1].measure == "share_pct"


# "企业从12家增加至410家", "由2015年的80亿元提高到…": the figure a change starts from is of the
# time the text starts it from, not of the year the sentence reports.
_FROM_BEFORE = re.compile(r"(?:从|由)(?P<when>[^,;。从由]{0,10}?)的?$")
_CHANGE_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:增长|增加|提高|提升|拓展|扩大|扩展|发展|跃升|上升|攀升|下降|减少|降低|壮大|跃居)(?:到|至)"
)
# "当天的开工项目有甲、乙、丙等11个": a kind of project, its names, then how many
_KIND_HAS_LIST = re.compile(r"(?P<kind>[\u4e00-\u9fff]{0,6}项目)(?:主要)?有[:：]?[^;。:]{2,300}?等$")
# words pointing back at a figure already given (这一数字, 该数据), then how it moved
_POINTER = re.compile(r"(?:而)?(?:这一|这个|该|此|上述)(?:数字|数据|数值|规模|总量)[\u4e00-\u9fff]{0,4}")
_FOUNDING_TIME = re.compile(r"(?:建园|建区|开园|成立|设立|组建|获批|起步)(?:时|之初|初期|当年)")


def _starts_of_changes(ctx: ParagraphContext, metrics: list[MetricDraft]) -> list[MetricDraft]:
    text = ctx.text
    if "从" not in text and "由" not in text:
        return metrics
    starts: dict[int, tuple[int, tuple[int | None, str] | None]] = {}  # index -> (sentence, its own time)
    for index, metric in enumerate(metrics):
        before = _FROM_BEFORE.search(text, max(0, metric.anchor - 14), metric.anchor)
        if metric.measure == "value" and before is not None and _CHANGE_AFTER.match(text, metric.end):
            sentence_start, _ = ctx.sentence_bounds(metric.anchor)
            starts[index] = (sentence_start, _start_time(ctx, before))
    # a time said once (从建园时的…, 企业从8家…) is where every change of the sentence starts
    said: dict[int, tuple[int | None, str]] = {}
    for sentence_start, when in starts.values():
        if when is not None:
            said.setdefault(sentence_start, when)
    out = list(metrics)
    for index, (sentence_start, when) in starts.items():
        year = when or said.get(sentence_start, (None, "year_start_of_change_unstated"))
        out[index] = replace(metrics[index], year_override=year)
        following = metrics[index + 1] if index + 1 < len(metrics) else None
        if following is not None and _CHANGE_END_WORDS.match(following.indicator) and following.unit == metrics[index].unit:
            # "…占比从2016年的7%升至去年的41%": where the change ends is of the same indicator
            out[index + 1] = replace(following, indicator=metrics[index].indicator)
    return out


# A verb of change standing for the indicator it changes (…增至95亿元, 由12天压缩至5天)
_CHANGED_TO = re.compile(
    r"(?:如今|目前|现在|当前|至今|今年|去年)?(?:已|又|再|进一步|逐步)?"
    r"(?:(?:下降|减少|增加|增长|提高|提升|上升|回落|拓展|扩大|扩展|发展|压缩|缩短|缩减|降低|跃升|攀升)(?:到|至)?"
    r"|(?:增|降|升)?(?:到|至)"
    r"|→|->|—>|➝)"  # ("7家(2014年)→33家(去年)": an arrow from one time's level to another's)
)
_CHANGE_END_WORDS = re.compile(r"^(?:增长|增加|提高|提升|上升|扩大|发展|下降|减少|降低)(?:到|至)[^,;。]{0,6}$")


def _is_founding(text: str, start: int, end: int) -> bool:
    """ "成立于2002年", "2005年5月经省政府批准设立": a founding, not an upgrade (2018年晋升为…)."""
    return bool(
        re.search(r"(?:成立|设立|创建|始建|组建|建)于$", text[max(0, start - 3) : start])
        or re.match(
            r"(?:\d{1,2}月)?(?:\d{1,2}日)?(?:经[^,;。]{0,8}?)?(?:批准)?(?:成立|设立|创建|建区|开园|建园)", text[end : end + 16]
        )
    )


def _start_time(ctx: ParagraphContext, before: re.Match[str]) -> tuple[int | None, str] | None:
    """The year a change is counted from, as its words say: a year (2015年, 十二五末, 上年), the
    founding (whose year the paragraph states once), or nothing said."""
    written = [y for y in ctx.years if before.start("when") <= y.start < before.end("when")]
    if written:
        return written[0].year, written[0].rule + ":start_of_change"
    if _FOUNDING_TIME.search(before.group("when")):
        founded = {y.year for y in ctx.years if y.event and _is_founding(ctx.text, y.start, y.end)}
        if len(founded) == 1:
            return founded.pop(), "year_start_of_change_founding"
        return None, "year_start_of_change_founding_unknown"
    return None


# "全省77个省级开发区实现营业收入…", "全国232家国家级经开区实现…": a count written inside the name
# of the zones a sentence is about says how many zones the group has; the name without the count is
# what is counted. (Where the group is only the field of a ranking, 在全省73个省级园区中居第5,
# it is no zone of the sentence, and the annotated reports do not count it either.)
_COUNT_IN_NAME = re.compile(rf"(?P<num>\d+|{CHINESE})(?P<unit>个|家)(?P<kind>[^\d]{{2,16}})$")


def _zones_counted_in_a_name(
    ctx: ParagraphContext, taken: Iterable[tuple[int, int]], found: list[MetricDraft]
) -> list[MetricDraft]:
    out: list[MetricDraft] = []
    for hit in ctx.zone_hits:
        if hit.zone_type != "aggregate" or not hit.zone or any(s <= hit.start < e for s, e in taken):
            continue
        counted = _COUNT_IN_NAME.search(hit.surface)
        value = parse_number(counted.group("num")) if counted else None
        if counted is None or value is None or re.match(r"[大类批]", counted.group("kind")):
            continue
        num_start = hit.start + counted.start("num")
        if any(f.value == value and f.unit == counted.group("unit") and f.start <= num_start < f.end for f in found):
            continue  # (湖北省共有66个省级开发区: counted by the figure rules already)
        out.append(
            MetricDraft(
                hit.start,
                hit.end,
                counted.group("kind"),
                "value",
                value,
                counted.group("unit"),
                None,
                None,
                "metric_zones_counted_in_group_name",
                num_start,
                zone_override=(hit.zone, hit.rule),
            )
        )
    return out


# "全国国家高新区已有150家", "全区高新区增至11家": how many zones an aggregate counts, the
# aggregate's name standing where the indicator would.
_ZONES_COUNTED = re.compile(
    r"(?P<type>经济技术开发区|高新技术产业开发区|经济开发区|产业集聚区|开发区|高新区|经开区|园区)"
    r"(?P<total>总数|数量)?(?:已经|已|累计)?(?:达到|达|增至|增加到|为|共有|共|有)?$"
)
_LEVEL_OF_ZONES = re.compile(
    r"(?:其中|还有|另有|包括)?(?P<kind>(?:国家级|省级|自治区级|市级|县级)"
    r"(?:经济技术开发区|高新技术产业开发区|经济开发区|产业集聚区|开发区|高新区|经开区|产业园区|工业园区|园区))$"
)
_ONLY_A_TOTAL = re.compile(r"(?:总数|数量)?(?:已经|已|累计)?(?:达到|达|增至|增加到|为|共有|共|有)?")
_SESSION_AFTER = re.compile(r"(?:党代会|党员代表大会|代表大会|人代会|全会|全体会议|常委会会议|会议精神)")


_PAGE_COUNTER = re.compile(r"(?:浏览|阅读|点击|访问|查看)(?:量|数|次数|人次)?\s*[:：]?\s*$")


_BANDS_LISTED = re.compile(r"、[^,;。]{0,20}?\d+(?:\.\d+)?[万亿]?元?以上[^,;。]{0,12}?(?:企业|项目|公司|单位)")


def _after_last(text: str, marks: str, end: int) -> int:
    """Where the stretch of ``text`` before ``end`` that no mark interrupts begins (a look back
    from the figure, not a split of everything before it)."""
    return max(text.rfind(mark, 0, end) for mark in marks) + 1


def _in_a_slogan(text: str, q: Quantity) -> bool:
    """A number in words inside quotes that close soon after it: a part of a slogan's name."""
    opened = text.rfind("“", max(0, q.num_start - 12), q.num_start)
    if opened < 0 or "”" in text[opened : q.num_start] or not re.match(r"[一二两三四五六七八九十百]", text[q.num_start :]):
        return False
    return re.match(r"[^“”,;。!?]{0,12}”", text[q.end :]) is not None


_CAPACITY_BEFORE = re.compile(r"年(?:产|处理|加工|生产|回收|吞吐|综合利用|出栏|存栏)(?:能力)?(?:达到?|约|为)?$")


_MEASURES_OF_AN_ASSESSMENT = re.compile(r"(?:考核|考评|评价|评估|一级|二级|三级|具体|核心|主要)?(?:指标|维度)")


# What an official speaks of when quoted on the zone's work, not a person's own business.
_ZONE_BUSINESS = re.compile(r"(?:项目|园区|全区|开发区|高新区|经开区|招商|签约|协议投资|固定资产投资)")
# The place as a whole, a comparison's other side: "全市增长12.25%左右", "全省同期为9.75%".
_PLACE_AS_A_WHOLE = re.compile(r"\s*(?:而|同期)?(?:全市|全省|全国|全县|全州)(?:同期|平均)?(?:增长|增速为?|增幅为?|下降|为)了?\s*")
# How a zone began, said of the figure that follows: not a figure of the zone in any year reported.
_AT_THE_START = re.compile(r"(?:曾经|最初|起初|当初|初创时|起步时|(?:成立|设立|建区|建园|开发|创建|组建)之初)")


def _not_a_figure(text: str, q: Quantity) -> bool:
    """A number that states no figure of the zone: in a title, a quote, a category, one of N."""
    after = text[q.end : q.end + 8]
    before_num = text[max(0, q.start - 3) : q.start]
    if _PLACEHOLDER.match(text[q.num_start : q.end]):
        return True
    if text.rfind("《", 0, q.start) > text.rfind("》", 0, q.start):
        return True  # a number inside a title: 《服务企业发展八条措施》
    opened = text.rfind("“", 0, q.start)
    spoken = text[opened : q.start]
    if opened > text.rfind("”", 0, q.start) and re.search(r"(我们|我|咱们)", spoken) and not _ZONE_BUSINESS.search(spoken):
        return True  # "“我们店里有30多种货品…”": a person speaking of their own business (an official
        # speaking of the zone's, "“今年以来我们共签约项目38个…”", states the zone's figures)
    if q.unit == "天" and re.match(r"(?:大会战|会战|攻坚战?|专项行动|行动)", after):
        return True  # "动员部署60天大会战": the name of a campaign, not a figure
    if _PAGE_COUNTER.search(text, max(0, q.start - 8), q.start) or (q.unit == "次" and re.match(r"\s?(?:浏览|阅读|点击)", after)):
        return True  # "浏览量:717次", "阅读次数:52", "356次浏览": the page's own counter, not a figure of anything reported
    clause_before = text[max(text.rfind(mark, 0, q.start) for mark in ",;。") + 1 : q.start]
    if _EARLIER_PERIOD_OF_THE_YEAR.search(clause_before):
        return True  # "增速比上季度加快N%": against an earlier part of the year, no year-on-year figure
    if _PLACE_AS_A_WHOLE.fullmatch(clause_before):
        return True  # "园区产值增长11.25%,全市增长8.75%": the place's own figure, the zone's yardstick
    began = list(_AT_THE_START.finditer(clause_before))
    if began and not re.search(r"[\d到至]|如今|现在|目前|现已", clause_before[began[-1].end() :]):
        return True  # "从最初规划面积1平方公里…", "曾经在4平方公里上起步": how the zone began, not a figure of it
    if q.unit in ("亿元", "万元", "亿美元", "万美元") and (
        re.match(r"(?:及)?(?:以上|以下)的", after) or (q.approx in ("以上", "以下") and after.startswith("的"))
    ):
        return True  # "投资15亿元以上的重点项目加快建设": the class's threshold, not a figure
    if text[q.end : q.end + 1] == "级" and q.unit not in ("%", "个百分点"):
        return True  # "8万吨级泊位", "60万千瓦级机组": the class of a work, no quantity of the zone
    if q.unit == "台" and text[q.end : q.end + 1] == "阶":
        return True  # "迈上四千亿台阶": a level reached, written as a step, not a count of machines
    if q.unit in ("名", "位") and re.search(r"(?:第\d+|(?<!\d)1)\s*[-—~至到]\s*$", text[max(0, q.num_start - 6) : q.num_start]):
        return True  # "百强第1-30名中": a stretch of places in a list, not a count
    if q.unit in ("人", "名", "人次") and re.match(r"(?:左右)?(?:参会|参加|出席|与会|列席)", after):
        return True  # "…负责人等40余人参会": the people at a meeting, not a figure of the zone
    if q.unit in ("项", "个", "大") and _MEASURES_OF_AN_ASSESSMENT.match(after):
        return True  # "考评设19项指标", "从…三个维度", "5项指标增速居首": how an assessment measures
    if q.unit in ("家", "个") and re.match(
        r"(?:[\u4e00-\u9fff]{0,8}?(?:开发区|园区|高新区|经开区))?(?:参评|参与考核|参加考核|参加评价)", after
    ):
        return True  # "86家开发区参评": the field of an assessment, not a figure of a zone
    if (
        q.unit in ("家", "个")
        and re.search(r"在$", text[max(0, q.num_start - 1) : q.num_start])
        and re.match(r"[^,;。]{0,24}?(?:中|内|里)?(?:排名|排位|位列|位居|排在|排第|居第)", text[q.end :])
    ):
        return True  # "在5个城市16家园区中排名第4": the field a place is taken in, not a figure
    if text[q.num_start : q.end] == "二次" and re.match(r"[\u4e00-\u9fff]", after):
        return True  # "二次创业", "二次开发": secondary, not a count (two times is 两次)
    if q.unit == "次" and (_SESSION_AFTER.match(after) or text[q.start - 1 : q.start] == "届"):
        return True  # "省第十五次党代会", "十三届八次全会": which congress or sitting, not how many
    opened = text.rfind("“", max(0, q.num_start - 6), q.num_start)
    if opened >= 0 and "”" not in text[opened : q.num_start] and text[q.end : q.end + 1] == "”":
        return True  # "“双10条”", "“5020”": a number naming a policy or a programme, not a figure
    if q.approx in ("不低于", "不少于") and re.search(
        r"(?:条件|门槛|标准|要求)(?:为|是)?[^,;。]{0,16}$", text[max(0, q.start - 24) : q.start]
    ):
        return True  # "入围门槛为营业收入不低于200亿元": a threshold, no figure of a zone
    if re.match(r"[^,;。]{0,20}之一", text[q.end :]):
        return True  # "三个…合作园之一": one of three, not a count of the zone's
    if re.search(r"继[^,;。继]{0,8}$", text[max(0, q.num_start - 9) : q.num_start]) and re.match(
        r"[^,;。]{0,20}(?:之后|以后|后)", text[q.end :]
    ):
        return True  # "继全国14个沿海开放城市之后设立": what came before, a landmark, not a figure
    if _CAPACITY_BEFORE.search(text, max(0, q.num_start - 6), q.num_start) and q.unit not in ("%", "个百分点"):
        return True  # "年产6000吨…项目", "年处理5万吨": what a plant can make, not a figure of the zone
    if q.unit in ("吨", "万吨") and re.match(r"[\u4e00-\u9fffA-Za-z]{2,24}?(?:项目|生产线|工程)", text[q.end :]):
        return True  # "120万吨高端精铝项目": the size in a project's name, not a figure of the zone
    if re.search(r"[几数]$", text[max(0, q.num_start - 1) : q.num_start]) and text[q.num_start : q.num_start + 1] in "十百千万":
        return True  # "几十家", "数百个": no number
    if (
        q.unit in ("家", "个")
        and re.match(r"[^()]{0,12}\)中", text[q.end :])
        and re.search(r"\(共?$", text[max(0, q.num_start - 2) : q.num_start])
    ):
        return True  # "在中部地区(共38家综合保税区)中": the size of a field ranked, not a figure
    if q.unit in ("名", "位") and re.search(
        r"(?:排名|排在|位列|居)?(?:最后|倒数|末|前|后)$", text[max(0, q.num_start - 4) : q.num_start]
    ):
        return True  # "对排名最后5名的开发区予以退出", "前10名": a band of places, no figure
    if _in_a_slogan(text, q):
        return True  # "“一个定位、三个着力”": numbers in words inside quotes name a slogan's parts
    banded = q.approx is not None and q.approx.endswith(("以上", "以下"))
    bracket = banded and bool(re.match(r"\d", after) or _BANDS_LISTED.match(text, q.end))
    # "10亿元以上项目", "1亿元—5亿元项目", "其中5亿元以上12只", "收入30亿元以上、…以上企业": a category,
    # not a figure
    return _unit_class(q.unit) not in ("count", "%", "个百分点") and bool(
        _CATEGORY_AFTER.match(after) or _RANGE_BEFORE.search(before_num) or bracket
    )


@dataclass
class _MetricScan:
    """The figures of one paragraph as they are read, in order, with what later ones refer to."""

    ctx: ParagraphContext
    periods: _Periods
    metrics: list[MetricDraft] = field(default_factory=list)
    last_level: dict[int, MetricDraft] = field(default_factory=dict)  # sentence start → its last level metric
    parent: dict[tuple[int, str], MetricDraft] = field(default_factory=dict)  # (sentence, unit class) → a 其中 total

    def continues_previous(self, q: Quantity) -> bool:
        """A figure right after the previous one measures the same thing, or continues its list."""
        text, metrics = self.ctx.text, self.metrics
        previous = metrics[-1] if metrics and metrics[-1].anchor < q.start else None
        if previous is None:
            return False
        if previous.measure == "value" and text[previous.end : q.start] in ("", "共", "约", "计"):
            # "工业用地出让12宗60.5公顷": a second figure right after the first measures the same thing
            metrics.append(
                replace(
                    previous,
                    start=previous.start,
                    end=q.end,
                    value=q.value,
                    unit=q.unit,
                    approx=q.approx,
                    anchor=q.start,
                    rule="metric_level_adjacent",
                )
            )
            return True
        if previous.rule.startswith("metric_diff_against_list"):
            return False  # each difference of the list has its own reference (_measure pairs them)
        thing = _THING_AFTER_SHARE.match(text, q.end)
        between = text[previous.end : q.start]
        if (
            previous.measure == "share_pct"
            and q.unit == "%"
            and _is_milestone(text, previous.anchor, previous.approx)
            and re.fullmatch(r",(?:已|并)?(?:达到|达|为|至)", between + (q.approx or ""))
        ):
            # "比重首次突破30%,达到31.6%": the mark passed, then the share itself
            metrics[-1] = replace(
                previous, end=q.end, value=q.value, approx=q.approx, anchor=q.start, rule="metric_share_after_milestone"
            )
            return True
        if previous.rule.startswith("metric_share_of_thing_after") and re.fullmatch(r"的[^,;。、]{2,16}、", between) and thing:
            # "…创造了全市42%的地区生产总值、57%的工业增加值": each share names its own thing
            metrics.append(
                replace(previous, start=q.start, end=q.end, indicator=thing.group("thing"), value=q.value, anchor=q.start)
            )
            return True
        other_whole = _OTHER_WHOLE.fullmatch(text[previous.end : q.start])
        if previous.measure == "share_pct" and q.unit == "%" and other_whole:
            # "占全省的41%、全市的66%": the same thing's share of a second whole
            qualifier = f"占{other_whole.group('whole')}"
            metrics.append(
                replace(
                    previous,
                    start=q.start - len(other_whole.group(0)) + 1,
                    end=q.end,
                    value=q.value,
                    approx=q.approx,
                    anchor=q.start,
                    qualifier=qualifier,
                    basis=_basis("share_pct", qualifier),
                    rule=previous.rule + "+other_whole",
                )
            )
            return True
        if previous.unit == q.unit and text[previous.end : q.start] in ("、", "和", "及", "与"):
            metrics.append(
                replace(
                    previous,
                    start=q.start,
                    end=q.end,
                    value=q.value if previous.value >= 0 else -q.value,
                    approx=q.approx,
                    anchor=q.start,
                    rule=previous.rule + "+list",
                )
            )
            return True
        return False

    def add_rate(self, q: Quantity, measured: tuple[str, Decimal, str | None, str, int], sentence_start: int) -> None:
        """A growth rate, share, plan completion or difference, of the indicator before it."""
        ctx, text = self.ctx, self.ctx.text
        measure, value, qualifier, rule, phrase_start = measured
        level = self.last_level.get(sentence_start)
        own = _clean_indicator(text[_strip_zones(ctx, ctx.clause_start(phrase_start), phrase_start) : phrase_start])
        own = re.sub(r"(同比|平均|(?:比|较)(?:上年|去年|\d{4}年?)?同期|(?:比|较)(?:上年|去年|\d{4}年?))$", "", own)
        own = own or self._label_before_colon(ctx.clause_start(phrase_start))
        digit = re.search(r"\d", own)
        if level is not None and (
            (own.startswith(level.indicator) and re.search(r"\d", own[len(level.indicator) :]))
            or (digit is not None and digit.start() >= 2 and level.indicator.endswith(own[: digit.start()]))
        ):
            # "新认定瞪羚企业5家同比增长25%": the growth of that count, also of a part named by
            # its parent (其中:工业增加值64.5亿元比增长7.8%)
            own = level.indicator
        averaged = (
            re.search(r"([两三四五]年平均|年平均|年均)$", text[max(0, phrase_start - 4) : phrase_start])
            if measure == "yoy_pct"
            else None
        )
        average = None
        if averaged:
            # "同比增长18%,两年平均增长11%": the average growth of the same indicator, on its own basis
            average = averaged.group(1)
            own = re.sub(r"(?:[两三四五]年)?年?平?均?$", "", own)  # (两年年均, 两年平均, 年均: all the period's)
            qualifier = average
        if rule == "metric_pull_pct_points":
            own = _clean_indicator(text[phrase_start : q.start])
        if measure == "share_pct" and len(own) < 2 and level is None:
            own = _indicator_inside_the_whole(ctx, phrase_start, q.start) or own
        thing = _THING_AFTER_SHARE.match(text, q.end) if rule == "metric_share_of_thing_after" else None
        if rule == "metric_share_of_part":
            thing = _PART_AFTER.match(text, q.end)
        if rule == "metric_share_located":
            thing = _LOCATED_AFTER.match(text, q.end)
        if thing is not None:
            own = thing.group("thing")
        if re.fullmatch(r"其?(?:总量|规模|总额|体量)", own):
            own = ""  # "增加值增长7.6%,总量占全区…": the amount of the indicator just named
        if measure == "diff_pct_points" and re.fullmatch(r"(增速|增幅|增长|增长速度|降幅)", own):
            own = ""  # "增幅比全省高2个百分点": the growth of the figure before it
        if measure == "diff_pct_points" and re.fullmatch(r"(?:比|较)?(?:全国|全省|全市|全区|全县)?的?(?:占比|比重|占)", own):
            own = ""  # "占…比重40%,比全市占比高2个百分点": the share before it, against the whole's
        if measure == "share_pct" and re.fullmatch(r"(?:其|所)?(?:所占)?(?:比重|占比|比例)", own) and level is not None:
            own = ""  # "实现地区生产总值80亿元,…,比重占全省的35%": the share of the level before it
        if measure == "share_pct" and level is not None and _IN_A_WHOLE.fullmatch(own):
            own = ""  # "总产值1743亿元,在全市占比达50%": the whole the level is a share of, not an indicator
        if rule == "metric_diff_against":
            # "高于40个同类园区平均水平…": a count inside the reference is part of it, no figure
            self.metrics[:] = [f for f in self.metrics if not phrase_start <= f.anchor < q.start]
            if self.last_level.get(sentence_start) not in self.metrics:
                kept = [f for f in self.metrics if f.anchor >= sentence_start and f.measure == "value"]
                self.last_level.pop(sentence_start, None)
                if kept:
                    self.last_level[sentence_start] = kept[-1]
        same_sentence = [f for f in self.metrics if f.anchor >= sentence_start]
        if rule in ("metric_contribution_share", "metric_diff_against", "metric_diff_against_list") and same_sentence:
            # "A增长21%,对全部增长的贡献率达70%", "…,高于全省平均6个百分点": said of the sentence's subject
            own = same_sentence[-1].indicator
        fallback = level or (same_sentence[-1] if same_sentence else None)
        if fallback is None and not own and text.startswith("其中", sentence_start) and sentence_start > 0:
            # "园区工业增加值增长12.5%。其中:甲园区增长15%,…": the parts' figures of the whole before
            previous_start = ctx.sentence_bounds(sentence_start - 1)[0]
            earlier = [f for f in self.metrics if previous_start <= f.anchor < sentence_start and f.measure == measure]
            fallback = earlier[0] if earlier else None
        if fallback is None and not own:
            # "实现增加值29.9亿元,占…比重52.7%;同比增长12%": after a semicolon, the sentence's last level
            fallback = self._level_before_semicolon(q, sentence_start)
        clause_start = ctx.clause_start(phrase_start)
        if fallback is None and len(own) < 2 and clause_start > sentence_start and "分别" in text[clause_start : q.start]:
            # "产值、投资,年均分别增长…": the list the clause before names; 分别 pairs each item
            before_start = ctx.list_clause_start(clause_start - 1)
            listed = _clean_indicator(text[_strip_zones(ctx, before_start, clause_start - 1) : clause_start - 1])
            own = listed if re.search(r"[、和]", listed) else own
        if fallback is None and len(own) < 2 and measure == "yoy_pct" and clause_start > sentence_start:
            # "某总量(某口径)按可比价格计算, 同比增长N%": how the rate was computed stands
            # between what grew and its rate
            noted = _PRICE_BASIS_BEFORE.search(text, sentence_start, clause_start)
            if noted is not None:
                named = noted.start("name")
                own = _clean_indicator(text[_strip_zones(ctx, named, noted.end("name")) : noted.end("name")])
        indicator = own if own and len(own) >= 2 else (fallback.indicator if fallback else "")
        if not indicator and measure == "yoy_pct":
            indicator = _judged_growth(ctx, phrase_start, sentence_start)
        if not indicator:
            return
        start = (
            min(fallback.start, phrase_start) if fallback and indicator == fallback.indicator else ctx.clause_start(phrase_start)
        )
        self.metrics.append(
            MetricDraft(
                start,
                q.end,
                indicator,
                measure,
                value,
                q.unit,
                q.approx,
                qualifier,
                rule,
                q.start,
                period=self.periods.at(q.start),
                is_estimate=_is_estimate(text, sentence_start, q.start),
                basis=average or _basis(measure, qualifier),
            )
        )

    def add_level(self, q: Quantity, floor: int, sentence_start: int, sentence_end: int) -> None:
        """A level (an amount, a count): its indicator from the words before or after it."""
        ctx, text = self.ctx, self.ctx.text
        multiple = _MULTIPLE_OF_A_YEAR.search(text, max(0, q.start - 12), q.end) if q.unit == "倍" else None
        previous = self.last_level.get(sentence_start)
        if multiple is not None and previous is not None and previous.measure == "value":
            # "…总额12亿元,是2019年的2.1倍": the figure before it, as a multiple of that year's
            base = text[multiple.start() : multiple.start("num") - 1]
            times_of = "为" + re.sub(r"^(?:是|为|相当于)", "", base) + "的倍数"
            self.metrics.append(
                replace(
                    previous,
                    start=multiple.start(),
                    end=q.end,
                    value=q.value,
                    unit="倍",
                    approx=None,
                    qualifier=times_of,
                    rule="metric_multiple_of_a_year",
                    anchor=previous.anchor,  # (its year and zone are the figure's, not the base year's)
                    basis=None,
                    extra={},
                )
            )
            return
        compared = self._zone_compared(q, sentence_start) or self._growth_target_compared(q, sentence_start)
        if compared is not None:
            self.metrics.append(compared)
            return
        phrase_start, left = self._left_words(q, floor, sentence_start)
        if not left and text[q.start - 1 : q.start] in (":", "："):
            left = self._label_before_colon(q.start)  # (规模以上工业企业数(截至6月底):96家)
        right = _right_phrase(ctx, q) if q.unit not in ("%",) else ""
        if re.match(r"(大关|台阶|关口)", right):
            right = ""  # "突破千亿元大关": the mark's name, not what is measured
        indicator, rule = self._same_as_before(q, left, sentence_start) or (left, "metric_level_noun_before")
        trade = _TRADE_COUNTED_THEN_AMOUNT.search(text, ctx.clause_start(q.start), q.start)
        if trade is not None and trade.end() == q.num_start:
            # "其中:电子元件8户实现产值…": the amount of the trade its firms were counted in
            indicator, rule = trade.group("trade") + trade.group("what"), "metric_level_of_counted_trade"
        if _POINTER.fullmatch(left):
            # "2020年产值达95亿元;今年,这一数字增至120亿元": the figure the text points back to
            # names what is measured
            earlier = next(
                (
                    m
                    for m in reversed(self.metrics)
                    if m.measure == "value" and m.basis is None and _same_dimension(m.unit, q.unit)
                ),
                None,
            )
            if earlier is not None:
                indicator, rule = earlier.indicator, "metric_level_pointer_to_earlier"
        previous_level = self.last_level.get(sentence_start)
        target = (
            previous_level is not None
            and _same_dimension(previous_level.unit, q.unit)
            and bool(_TARGET_AMOUNT.fullmatch(text[ctx.clause_start(q.start) : q.start]))
        )
        if target and previous_level is not None:
            # "工业总产值18.6亿元,完成全年任务60亿元的31%": the year's target of the figure before it
            indicator, rule = previous_level.indicator, "metric_level_target_of_previous"
        anchor = q.start
        counted = self._counted_after(q, left, right, sentence_start)
        if counted is not None:
            indicator, rule, anchor, phrase_start = counted[0], counted[1], counted[2], min(phrase_start, counted[3])
        listed = None if left or right else self._zone_list_indicator(q, phrase_start)
        if listed is not None:
            indicator, rule, phrase_start = listed[0], "metric_level_zone_list", listed[1]
        if q.unit in ("家", "个") and _ONLY_A_TOTAL.fullmatch(indicator):
            clause_text = text[ctx.clause_start(q.start) : q.start]
            zones_counted = _ZONES_COUNTED.search(clause_text)
            if zones_counted:
                # "产值过百亿元的园区增至18个": the zones counted are those the words before 的 pick
                picked = re.search(r"[^,;。]+的$", clause_text[: zones_counted.start()])
                kind = zones_counted.group("type")
                named = picked.group(0) + kind if picked else ""
                indicator = _clean_indicator(named) or kind + (zones_counted.group("total") or "数量")
                rule = "metric_level_zones_counted"
        counted_zones = self.last_level.get(sentence_start)
        if q.unit in ("家", "个") and counted_zones is not None and counted_zones.rule.startswith("metric_level_zones_counted"):
            # "…开发区总数增至14家,另有国家级经开区2家、省级开发区12家": the zones of one level among those
            # counted, a part of the same aggregate's count
            clause_text = text[ctx.clause_start(q.start) : q.start]
            of_level = _LEVEL_OF_ZONES.search(clause_text) or _LEVEL_OF_ZONES.fullmatch(right)
            if of_level is not None:
                indicator, rule, anchor = of_level.group("kind"), "metric_level_zones_counted_part", counted_zones.anchor
        if indicator.endswith("等"):
            kind = _KIND_HAS_LIST.search(text, sentence_start, q.start)
            if kind is not None:
                # "开工项目有甲厂房、乙广场等11个": how many of the kind the list is of
                indicator, rule = kind.group("kind").rsplit("的", 1)[-1], "metric_level_count_of_kind_listed"
        if self._not_an_indicator(q, indicator, rule):
            return
        qualifier = None
        sub = _sub_item(text, sentence_start, q.start)
        said_of = text.rfind("其中", sentence_start, q.start) + 2
        if sub and said_of >= 2 and bool(ctx.hits_starting(said_of, said_of + 1)):
            sub = None  # "其中经开区注册外资2.45亿美元": the zone's own figure, no part of an indicator
        parted = None if rule == "metric_level_zones_counted_part" else self._as_part_of_total(q, indicator, sub, sentence_start)
        if parted is not None:
            indicator, qualifier, rule = parted, sub, "metric_level_sub_item"
        unit = q.unit
        if unit == "万" and re.search(r"(人口|人才|员工|人员|人)$", indicator):
            unit = "万人"
        if unit == "万":
            return
        clause_before = text[ctx.clause_start(q.start) : q.start]
        level = self.last_level.get(sentence_start)
        increment = _INCREMENT.search(clause_before) or (
            _BARE_INCREMENT.fullmatch(clause_before) if level is not None and _same_dimension(level.unit, q.unit) else None
        )
        if increment:
            if level:
                indicator = level.indicator
            qualifier = f"{increment.group(0)}(增量)"
            rule = "metric_increment"
        basis = (
            "increment"
            if increment
            else ("part" if rule in ("metric_level_sub_item", "metric_level_zones_counted_part") else None)
        )
        draft = MetricDraft(
            phrase_start,
            q.end,
            indicator,
            "value",
            q.value,
            unit,
            q.approx,
            qualifier,
            rule,
            anchor,
            period=None if target else self.periods.at(q.start),
            is_estimate=target or _is_estimate(text, sentence_start, q.start),
            basis=basis,
        )
        self.metrics.append(draft)
        if rule == "metric_level_after_milestone":
            mark = self.last_level.get(sentence_start)
            if mark is not None and mark in self.metrics:
                self.metrics.remove(mark)
        if not increment and not target:
            self.last_level[sentence_start] = draft
            if sub is None and (re.search(r"其中", text[q.end : sentence_end]) or re.match(r"\(", text[q.end : q.end + 8])):
                self.parent[(sentence_start, _unit_class(unit))] = draft

    def _growth_target_compared(self, q: Quantity, sentence_start: int) -> MetricDraft | None:
        """ "增长15.2%,高于10%的年度目标": the growth the year's target set for the figure just
        measured, a target (flagged) of that indicator, not a figure of its own."""
        clause_start = self.ctx.clause_start(q.start)
        if q.unit != "%" or not _ABOVE_TARGET.fullmatch(self.ctx.text, clause_start, q.start):
            return None
        target_words = _TARGET_AFTER.match(self.ctx.text, q.end)
        growth = next((m for m in reversed(self.metrics) if m.measure == "yoy_pct" and m.start >= sentence_start), None)
        if target_words is None or growth is None:
            return None
        return MetricDraft(
            clause_start,
            target_words.end(),
            growth.indicator,
            "yoy_pct",
            q.value,
            "%",
            q.approx,
            target_words.group(0).removeprefix("的"),
            "metric_growth_target_compared",
            q.start,
            is_estimate=True,
        )

    def _zone_compared(self, q: Quantity, sentence_start: int) -> MetricDraft | None:
        """ "…比重达39%,最高的某某高新区为86%", "营业收入增长9%,其中某某经开区为12%": one zone's
        figure of what the sentence just measured."""
        clause_start = self.ctx.clause_start(q.start)
        hit = next((h for h in self.ctx.hits_starting(clause_start, q.num_start) if h.end <= q.num_start and not h.generic), None)
        if hit is None or not (
            _COMPARED_LEAD.fullmatch(self.ctx.text[clause_start : hit.start])
            and re.fullmatch(r"(?:为|是|达到|达)", self.ctx.text[hit.end : q.num_start])
        ):
            return None
        before = [f for f in self.metrics if sentence_start <= f.anchor < clause_start and f.unit == q.unit]
        if not before:
            return None
        last = before[-1]
        return replace(
            last,
            start=clause_start,
            end=q.end,
            value=q.value,
            approx=q.approx,
            rule="metric_zone_compared",
            anchor=q.start,
            zone_override=None,
            period=self.periods.at(q.start),
        )

    def _left_words(self, q: Quantity, floor: int, sentence_start: int) -> tuple[int, str]:
        """Where the phrase before a level starts, and its words once times, prepositions and
        a verb shared with the figure before are dealt with."""
        ctx, text = self.ctx, self.ctx.text
        phrase_start, left = _left_phrase(ctx, q, floor if floor > sentence_start else ctx.clause_start(q.start))
        # "由十二五末的812亿元提高到2020年的1230亿元": the times are context, the noun is before 由
        left = re.sub(r"(由|从)(\d{4}年|上年|去年|十[一二三四五]五末|[^,;。]{0,6}(?:末|时|之初|初期))?的?$", "", left)
        left = re.sub(r"(?<=到|至)(\d{4}年(?:底|末)?|年底|年末)的?$", "", left)
        changed_to = _CHANGED_TO.fullmatch(left)
        earlier = self.last_level.get(sentence_start) or (self._level_before_semicolon(q, sentence_start) if changed_to else None)
        if changed_to and earlier is not None and _same_dimension(earlier.unit, q.unit):
            # "由150件下降到40件", "2021年产值达80亿元;2022年增至95亿元": the same indicator
            left = earlier.indicator
        elif re.match(rf"^(向|对|{_IN_A_PLACE}|与|为|给|从(?!业))", left) and len(left) <= 5:
            left = ""  # "向全国400多家行业单位…": a preposition phrase, the thing counted comes after
        shared_verb = _shared_verb(text, ctx.clause_start(q.start), self.metrics, sentence_start)
        if (
            shared_verb
            and left
            and not left.startswith(shared_verb)
            and not _LEADING_VERB.match(left)
            and not _OWN_VERB.search(left)
        ):
            left = shared_verb + left  # unless the item has a verb of its own: 开工3个项目、签约5个项目
        return phrase_start, left

    def _level_before_semicolon(self, q: Quantity, sentence_start: int) -> MetricDraft | None:
        """The last level of the full sentence (up to its 。) before a clause after a semicolon."""
        text = self.ctx.text
        if sentence_start == 0 or text[sentence_start - 1] != ";":
            return None
        full_start = max(text.rfind(p, 0, sentence_start) for p in "。!?\n") + 1
        earlier = [f for f in self.metrics if full_start <= f.anchor < q.start and f.measure == "value"]
        return earlier[-1] if earlier else None

    def _same_as_before(self, q: Quantity, left: str, sentence_start: int) -> tuple[str, str] | None:
        """(indicator, rule) when the level measures what a figure before it did: a running
        total, a forecast, the figure after a mark passed."""
        text = self.ctx.text
        clause_start = self.ctx.clause_start(q.start)
        clause_before = text[clause_start : q.start]
        words_before = text[clause_start : q.num_start]  # with a leading 达到 the quantity took
        before_level = self.last_level.get(sentence_start)
        if (
            before_level is not None
            and _SAME_FIGURE_EARLIER.fullmatch(words_before)
            and _same_dimension(before_level.unit, q.unit)
        ):
            # "共有规上工业企业286家,2023年末为258家": the same indicator at an earlier time
            return before_level.indicator, "metric_level_same_figure_earlier"
        if (
            before_level is not None
            and len(left) >= 2
            and before_level.indicator != left
            and before_level.indicator.endswith(left)
            and _same_dimension(before_level.unit, q.unit)
            and re.search(r"(预计|力争|争取)", clause_before)
        ):
            # "技改投资入库5.2亿元,预计全年完成入库6亿元": the forecast of the same indicator
            return before_level.indicator, "metric_level_noun_before"
        if not left and re.search(r"分别(?:完成|实现|达到|达|为)$", words_before):
            # "产值超过200亿元的有甲、乙、丙,分别完成…": the indicator the sentence named first
            named = _first_indicator_named(self.ctx, sentence_start, clause_start)
            if named:
                return named, "metric_level_respectively_of_named"
        if _GROUP_OF_ZONES.fullmatch(left) and re.search(r"(完成|实现|达到|达)$", words_before):
            # "其中,2家国家级开发区完成900亿元": a group of the zones completes the indicator just named
            same = [f for f in self.metrics if f.measure == "value" and _same_dimension(f.unit, q.unit) and f.anchor < q.start]
            if same and not _GROUP_OF_ZONES.fullmatch(same[-1].indicator):
                return same[-1].indicator, "metric_level_group_of_zones"
        cumulative = re.search(r"(总数|总量|累计|共计|总计|合计)(已)?(拥有|达到|达|为|已达|共有|共|有)?$", clause_before)
        previous_level = self.last_level.get(sentence_start)
        added = previous_level is not None and (
            _NEWLY.match(previous_level.indicator) or _NEWLY_AFTER.search(previous_level.indicator)
        )
        if previous_level and (
            (re.fullmatch(r"(总数|总量|累计|共计|总计|合计)?(已)?(拥|拥有)?", left) and cumulative)
            # "新增入库企业15家,达到210家": after an increment, the total it brings the count to
            or (added and not left and re.fullmatch(r"(已|共)?(达到|达|增至|增加到|总数达)", words_before))
        ):
            # "新增国家高新技术企业480家,总数达2860家": the running total of the same thing
            return _NEWLY_AFTER.sub("", _NEWLY.sub("", previous_level.indicator)), "metric_level_cumulative"
        if re.fullmatch(r"(全年|年底|年末|到年底|今年)?", left) and re.search(
            r"(预计|力争|争取)(全年|年底|年末|到年底|今年)?(将)?(达到|达|突破|超过)?$", words_before
        ):
            # "工业总产值512.8亿元…;预计全年达到600亿元": the forecast of the same indicator
            full_start = max(text.rfind("。", 0, q.start), text.rfind("!", 0, q.start)) + 1
            same_unit = [f for f in self.metrics if f.anchor >= full_start and f.measure == "value" and f.unit == q.unit]
            return (same_unit[-1].indicator, "metric_level_noun_before") if same_unit else None
        if (
            not left
            and previous_level is not None
            and _SAME_FIGURE_LATER.fullmatch(words_before)
            and _same_dimension(previous_level.unit, q.unit)
        ):
            # "前7个月实现512亿元,到年底达到680亿元": the same indicator at a later time
            return previous_level.indicator, "metric_level_same_figure_later"
        if (
            not left
            and previous_level is not None
            and re.fullmatch(r"(已|并)?(达到|达|为|增至|至|实现)", words_before)
            and _is_milestone(text, previous_level.anchor, previous_level.approx)
            and _same_dimension(previous_level.unit, q.unit)
        ):
            # "产值首次突破500亿元,达512亿元": the mark passed, then the figure itself (add_level drops the mark)
            return previous_level.indicator, "metric_level_after_milestone"
        before = [f for f in self.metrics if sentence_start <= f.anchor < clause_start]
        if (
            re.fullmatch(r"(?:全年|去年|今年|当年|上年)?", left)
            and before
            and before[-1].measure == "yoy_pct"
            and re.fullmatch(r"(?:全年|去年|今年|当年|上年)?(?:将|并|已)?(?:达到|达|突破|超过|至|实现|完成)", words_before)
        ):
            # "工业总产值增长9%以上,达到97亿元": the level the growth brings the indicator to
            # (and "…分别比增8.25%和9.75%,去年实现316亿元": the last year's level after its growth)
            return before[-1].indicator, "metric_level_after_growth"
        if not left and re.fullmatch(r"(?:已|共|分别)?(?:达到|达|为|至)", words_before) and clause_start > sentence_start:
            # "营业收入跃上新台阶,达到520亿元": the indicator and a word of praise, then the figure
            previous_start = self.ctx.list_clause_start(clause_start - 1)
            praised = _PRAISED.search(text, previous_start, clause_start - 1)
            if praised:
                indicator = _clean_indicator(text[_strip_zones(self.ctx, previous_start, praised.start()) : praised.start()])
                if len(indicator) >= 2 and not re.search(r"\d", indicator):
                    return indicator, "metric_level_after_praise"
        return None

    def _counted_after(self, q: Quantity, left: str, right: str, sentence_start: int) -> tuple[str, str, int, int] | None:
        """(indicator, rule, anchor, phrase start) when what is counted follows the number."""
        ctx = self.ctx
        if not right:
            return None
        list_start = _enumeration_start(ctx.text, ctx.clause_start(q.start), sentence_start)
        if q.kinds:
            return right, "metric_level_kinds_listed", q.start, list_start if list_start is not None else q.end
        if list_start is not None:
            # "甲高新区、乙经开区、丙综合保税区3个国家级平台": the list is what is counted
            return right, "metric_level_count_of_list", list_start, list_start
        if not left or len(left) <= 2 or _COUNT_FIRST_LEFT.search(left) or left in ctx.reference.places:
            keep = left if len(left) <= 4 and not _COUNT_FIRST_LEFT.search(left) and left not in ctx.reference.places else ""
            return keep + right, "metric_level_count_first", q.start, q.start
        if _VERB_LEFT.search(left):
            return left + right, "metric_level_verb_object", q.start, q.end
        if ctx.text[q.start - 1 : q.start] == "的" and len(left) >= 2 and _unit_class(q.unit) == "count":
            # "参加本次集中签约的9个项目": a clause qualifies the things counted after the figure
            qualifier = _clean_indicator(re.sub(r"^(?:参与|参加)?(?:此次|本次|这次|今年)?", "", left))
            return qualifier + right, "metric_level_count_qualified", q.start, q.start
        return None

    def _label_before_colon(self, clause_start: int) -> str:
        """ "规模以上工业增加值:同比增长4.6%": a label line names what the change after its colon is of."""
        text = self.ctx.text
        if clause_start < 2 or text[clause_start - 1] not in ":：":
            return ""
        label_end = clause_start - 1
        remark = text.rfind("(", 0, label_end) if text[label_end - 1] == ")" else -1
        if 0 < remark >= label_end - 14:
            label_end = remark  # "企业数(截至6月底):": a remark on when it was counted
        label_start = max(self.ctx.clause_start(label_end), text.rfind("\n", 0, label_end) + 1)
        label = text[_strip_zones(self.ctx, label_start, label_end) : label_end]
        return label if _LABEL.fullmatch(label) and not _LEAD_IN.search(label) else ""

    def _zone_list_indicator(self, q: Quantity, phrase_start: int) -> tuple[str, int] | None:
        """ "甲经开区营收856亿元,居第一;乙高新区312亿元,居第二": a zone with a bare amount
        measures what the figure before it in the list did. (indicator, phrase start)."""
        text = self.ctx.text
        led = [
            h
            for h in self.ctx.zone_hits
            if h.end in (phrase_start, q.start) or re.fullmatch(r"首次|再次|率先|一举", text[h.end : q.start])
        ]
        if not led:
            return None
        full_start = max(text.rfind("。", 0, q.start), text.rfind("!", 0, q.start)) + 1  # 分号 lists run on
        same_unit = [f for f in self.metrics if f.anchor >= full_start and f.measure == "value" and f.unit == q.unit]
        if not same_unit and _is_milestone(text, q.start, q.approx):
            # "…营业收入达3.2万亿元。甲经开区首次突破千亿元": the mark of the paragraph's last amount
            same_unit = [f for f in self.metrics if f.measure == "value" and _same_dimension(f.unit, q.unit)]
        if same_unit:
            return same_unit[-1].indicator, max(h.start for h in led)
        # "营业收入超500亿元的园区:" or "新增企业数前三位:" on a line of its own, then a zone and its
        # figure a line: the heading names what every line measures
        # (the lines come joined: "…的园区:甲开发区1809.9亿元,乙新区861.9亿元")
        heading = _LIST_HEADING.match(text)
        if heading is None or any(
            not _ZONE_FIGURE_LINE.fullmatch(line) for line in re.split(r"[,;\n]", text[heading.end() : q.start])[:-1]
        ):
            return None
        return heading.group("indicator"), max(h.start for h in led)

    def _not_an_indicator(self, q: Quantity, indicator: str, rule: str) -> bool:
        """Words that name nothing measured: too short, the end of a list of names, a field."""
        ctx, text = self.ctx, self.ctx.text
        named = re.search(r"[\u4e00-\u9fff]", indicator) or indicator in ctx.reference.indicator_aliases  # GDP
        if not indicator or len(indicator) < 2 or not named:
            return True
        if indicator in ctx.reference.provinces or indicator in ctx.reference.places_by_name or _REGION.fullmatch(indicator):
            return True  # "前30强中东部地区有21家,浙江有3家": how a field divides among places, no figure of the zone
        if re.fullmatch(r"(?:先进)?(?:市州|县市区|县\(市、区\)|市县区?|县区|区县|乡镇|地市|省辖市|设区市)", indicator):
            return True  # "对甲市等6个市州、乙县等14个县市区通报表扬": places praised, no figure of a zone
        if re.search(
            r"(?:包括|包含|全国|全省|[一二三四五六七八九十\d]期)$|^(?:相比|相较|比起)|^(?:各项|具体|考核|考评|评价|评估)?指标(?:情况)?$"
            # "在考评体系六大类48项指标中", "六大类指标": how an assessment is built, no figure of a zone
            r"|^在?(?:考核|考评|评价|评估)[^,;。]{0,6}(?:大类|类|方面)$|^(?:[一二三四五六七八九十\d]+大?类)?指标$|类指标$",
            indicator,
        ):
            # "包括120家": the things are not named; "…获表扬,全国仅3家": the size of the field;
            # "某某新区七期620户": a phase of a project measures nothing; "相比传统方式可节省…": a
            # comparison; "从4个方面的36项指标": the method of an assessment, not the zone's figure
            return True
        if (
            _unit_class(q.unit) == "count"
            and _SLOGAN_COUNT.match(text, q.num_start)
            and (
                _POLICY_WORD_AFTER.match(text, q.end)
                or (_SLOGAN_AFTER.match(text, q.end) and _POLICY_VERB_BEFORE.search(text, max(0, q.start - 4), q.start))
            )
        ):
            return True  # "聚焦三个“一号工程”", "通过…四项举措": the numbered items of a policy, no statistic
        if indicator.startswith("除") and "外" in text[q.end : q.end + 12]:
            return True  # "除上述项目外,另有…": the figure told before, set aside
        if indicator.endswith("等") or (rule == "metric_level_count_of_list" and re.match(r"(单位|部门|机构|媒体)", indicator)):
            return True  # "…为甲园、乙园等20家", "由甲、乙等6家单位联合发起": the size of a list of names
        if re.match(r"(?:以上|以下)?的(?:有|是|为)", text[q.end : q.end + 4]):
            return True  # "产值超过200亿元的有甲、乙": the bar the zones listed pass, not a figure
        clause_text = re.sub(r"\d{4}年度?", "", text[_strip_zones(ctx, ctx.clause_start(q.start), q.start) : q.start])
        # 全省5个平台入选: a figure about the field, not the zone
        return bool(_FIELD_SUBJECT.match(indicator) or _FIELD_SUBJECT.match(clause_text))

    def _as_part_of_total(self, q: Quantity, indicator: str, sub: str | None, sentence_start: int) -> str | None:
        """The indicator of a 其中 item as a part of its total's ("规上工业产值中高新技术产业产值"),
        unless the item names a zone of its own or a verb that makes it a new thing."""
        ctx = self.ctx
        level_parent = self.parent.get((sentence_start, _unit_class(q.unit)))
        own_verb = _LEADING_VERB.match(indicator)
        # "全市园区营收800亿元,其中甲经开区主营业务收入210亿元": a zone's own figure, not a part of the total's
        first = bisect_left(ctx.zone_hit_starts, ctx.clause_start(q.start))
        own_zone = any(not h.generic for h in ctx.zone_hits[first : bisect_left(ctx.zone_hit_starts, q.start)])
        if (
            not sub
            or level_parent is None
            or level_parent.indicator == indicator
            or own_zone
            or (own_verb and len(indicator) > own_verb.end())
        ):
            return None
        return indicator if indicator.startswith(level_parent.indicator) else f"{level_parent.indicator}中{indicator}"


# A trade, how many firms it has, then what they made (电子元件8户实现产值…)
_TRADE_COUNTED_THEN_AMOUNT = re.compile(
    r"(?:^|(?<=[,:;]))(?:其中)?:?(?P<trade>[\u4e00-\u9fff]{2,8}?)\d{1,4}(?:户|家)(?:企业)?(?:实现|完成)(?P<what>[\u4e00-\u9fff]{2,8})"
)
_NEWLY = re.compile(r"^(新增|净增|新引进|新认定|新培育|新签约)")
# "比上年增加37家", "较年初净增14家", after a level: its change; a bare 新增 only as the whole clause
# ("企业68家,新增9家"), as 新增 before a noun names a count of its own (新增企业9家)
_INCREMENT = re.compile(
    # (the base may be written between: "比上年的8125万元增加")
    r"(?:比|较)(?:\d{4}年|上年|去年|年初|“?十[一二三四]五”?)(?:末|底|同期)?(?:的[\d.]+[^,;。\d]{0,4})?(?:净增|净减|增加|增长|减少|多|新增|提高|提升)了?$"
)
_BARE_INCREMENT = re.compile(r"(?:净增|新增|净减)了?")
_NEWLY_AFTER = re.compile(r"(?<=[\u4e00-\u9fff]{2})(净增|新增)$")  # 高新技术企业净增35家,达到171家
# (an item with a verb of its own, 新达产8个, takes no verb from the item before it)
_OWN_VERB = re.compile(r"开工|竣工|达产|投产|签约|落地|投用|建成|开园|入驻")
_LEADING_VERB = re.compile(r"^(新开工|新引进|新签约|新增|引进|签约|开工|投产|竣工|落地|建成|实施|完成|招引)")


def _shared_verb(text: str, clause_start: int, metrics: list[MetricDraft], sentence_start: int) -> str | None:
    """ "新开工10亿元以上项目4个、亿元以上项目11个": list items after 、 share the first item's verb."""
    if clause_start <= sentence_start or text[clause_start - 1] != "、":
        return None
    previous = [f for f in metrics if sentence_start <= f.start < clause_start]
    if not previous:
        return None
    match = _LEADING_VERB.match(previous[-1].indicator)
    return match.group(1) if match else None


def _basis(measure: str, qualifier: str | None) -> str | None:
    """The whole of a share (占全市 → 全市) or the reference of a difference (比全市… → 全市)."""
    if not qualifier or measure not in ("share_pct", "diff_pct_points"):
        return None
    qualifier = re.sub(r"^(?:高于|快于|超过|超出|领先于?|低于|慢于|落后于?)", "", qualifier) or qualifier
    match = re.search(r"(全[市省区县国]|[\u4e00-\u9fff]{1,4}全[市区县])", qualifier)
    return match.group(1) if match else qualifier.lstrip("占比").rstrip("的") or None


# After a period is named, these begin another time: a year, the whole year, the year's end.
_AS_OF_MONTH = re.compile(r"截[至止]到?\s*(?:(?:19|20)\d{2}\s*年)?\s*(?P<month>[1-9]|1[01])\s*月(?:末|底)")
_AS_OF_QUARTER = re.compile(r"截[至止]到?\s*(?:(?:19|20)\d{2}\s*年)?\s*第?(?P<quarter>[一二三])季度(?:末|底)?")
_QUARTERS = {"一": 1, "二": 2, "三": 3}
_PERIOD_ENDS = re.compile(r"(?<![比较同与\d.])(?:19|20)\d{2}\s*年(?!同期)|全年(?!计划|任务|目标)|年末|年底|截至目前|目前")


@dataclass(frozen=True)
class _Periods:
    """The periods a paragraph names and the times that end them, found once per paragraph so that
    each figure looks its period up by position (a long paragraph has many figures)."""

    ends: list[int]  # end offsets of the periods figures can have, ascending
    values: list[str]
    reset_starts: list[int]  # where another time (a year, 全年, 目前) is named
    reset_ends: list[int]

    @classmethod
    def of(cls, text: str) -> _Periods:
        ends, values = [], []
        stocks: list[tuple[int, int]] = []
        for match in _PERIOD.finditer(text):
            if re.match(r"(前|末|底|以来|后|日均|同期)", text[match.end() : match.end() + 2]):
                continue  # "于三季度前全部开工", "2019年四季度日均": a deadline or a base, not the figures' period
            if re.search(
                r"(恢复到|恢复至|达到|超过|较|比|同|与|于|去年|上年|截至|截止|截至到|截止到)(?:\d{4}年|当年)?$",
                text[max(0, match.start() - 8) : match.start()],
            ):
                continue
            ends.append(match.end())
            values.append(re.sub(r"\s+", "", match.group(1)).replace("—", "-").replace("–", "-").replace("~", "-"))
        for match in (*_AS_OF_MONTH.finditer(text), *_AS_OF_QUARTER.finditer(text)):
            # "截至4月末,累计签约23个", "截止二季度,累计完成…": what was done from January to the
            # end of that month or quarter; a stock at that date (截至6月底,市场主体达12000户) is
            # no period's figure
            sentence = re.split(r"[。!?]", text[match.end() :], maxsplit=1)[0]
            if not re.search(r"累计|完成|实现|新增|新签|签约|引进|到位|开工|竣工", sentence):
                stocks.append(match.span())  # (and a period named before it ends there)
                continue
            month = int(match.group("month")) if "month" in match.groupdict() else 3 * _QUARTERS[match.group("quarter")]
            at = bisect_right(ends, match.end())
            ends.insert(at, match.end())
            values.insert(at, f"1-{month}月")
        resets = sorted([m.span() for m in _PERIOD_ENDS.finditer(text)] + stocks)
        return cls(ends, values, [start for start, _ in resets], [end for _, end in resets])

    def at(self, pos: int) -> str | None:
        """The partial-year period a figure at ``pos`` covers: named before it in its paragraph
        ("1-4月份,A增长11%;B完成61亿元"), with no other time named since."""
        i = bisect_right(self.ends, pos) - 1
        if i < 0:
            return None
        j = bisect_left(self.reset_starts, self.ends[i])
        if j < len(self.reset_starts) and self.reset_ends[j] <= pos:
            return None
        return self.values[i]


def _is_estimate(text: str, sentence_start: int, pos: int) -> bool:
    clause = text[sentence_start:pos]
    # (the plan a share of it is stated of is no target of the figure: 占全年计划的55%)
    if _ESTIMATE.search(clause) and not re.search(
        r"(计划总投资|完成年度计划|完成全年计划|计划任务|年度计划|[占为]全?年计划的?$)", clause
    ):
        parts = re.split(r"[,;]", clause)
        # "…计划投资10亿元;到6月末累计完成投资2亿元,为年任务的20%": what has been done so far
        # (this clause or the one before it) is no target
        recent = "".join(parts[-2:])
        return bool(_ESTIMATE.search(parts[-1])) or not re.search(r"(截至|截止|累计|实际|已完成|已经完成)", recent)
    # "…的预期目标是:A增长30%,B增长10%;C 6家,D达到30%": a list of targets runs on past semicolons
    full_start = max(text.rfind(p, 0, sentence_start) for p in "。!?\n") + 1
    return bool(_TARGET_LIST.search(text, full_start, sentence_start))


# Passing a round mark (首次突破千亿元, 迈上500亿元台阶): the number is the mark, not the figure.
_MILESTONE = re.compile(r"(?:首次|再次|率先|一举)?(?:突破|跨越|跨上|迈上|迈入|迈过|跃上|站上|超过|实现了?创)$")


def _restated_mark(text: str, q: Quantity, metrics: list[MetricDraft]) -> bool:
    """ "实现工业总产值1030亿元,首次突破千亿元": a round mark passed, written without a numeral
    after the figure that passed it, says that figure again."""
    if (
        text[q.num_start - 1 : q.num_start] == "的"
        and _unit_class(q.unit) == "count"
        and re.match(r"(?:重点|重大)?(?:项目|企业)", text[q.end : q.end + 4])
    ):
        # "签约项目6个,…。签约的6个项目涉及…": the count said again to talk about its items
        return any(f.measure == "value" and f.value == q.value and _unit_class(f.unit) == "count" for f in metrics)
    if text[q.num_start : q.num_start + 2] not in ("千亿", "百亿", "万亿") or not _is_milestone(text, q.start, q.approx):
        return False
    full_start = max(text.rfind(p, 0, q.start) for p in "。!?\n") + 1
    return any(f.measure == "value" and f.unit == q.unit and f.value >= q.value and f.anchor >= full_start for f in metrics)


def _is_milestone(text: str, start: int, approx: str | None) -> bool:
    # "首次超千亿元": 超 is a mark passed only after a word of a first time
    first = approx in ("超", "双超") and text[max(0, start - 2) : start] in ("首次", "再次", "率先", "一举")
    return approx in ("突破", "超过") or first or bool(_MILESTONE.search(text[max(0, start - 6) : start]))


def _same_dimension(a: str, b: str) -> bool:
    """Two units of one kind of quantity (亿元 and 万亿元, 家 and 个)."""
    if _unit_class(a) == _unit_class(b):
        return True
    return a.endswith("元") and b.endswith("元") and a.endswith("美元") == b.endswith("美元")


def _unit_class(unit: str) -> str:
    if unit in _COUNT_UNITS or (unit.startswith("万") and unit[1:] in _COUNT_UNITS):
        return "count"
    return unit


def _enumeration_start(text: str, clause_start: int, sentence_start: int) -> int | None:
    """Where a list "A、B、C" ending right before clause_start begins, if the clause continues one."""
    if clause_start <= sentence_start or text[clause_start - 1] != "、":
        return None
    start = clause_start
    while start > sentence_start and text[start - 1] == "、":
        item_start = start - 1
        while item_start > sentence_start and text[item_start - 1] not in ",;。、():":
            item_start -= 1
        start = item_start
    # a time opening the first item is the sentence's ("2020年园区营业收入、利润…"), not a figure
    items = re.sub(r"^(?:\d{4}年度?|\d{1,2}[-—~至到]\d{1,2}月份?|\d{1,2}月份?)+", "", text[start:clause_start])
    if re.search(r"\d", items):
        return None  # "1名院士、…2名": a list of figures, not of things counted together
    return start


def _sub_item(text: str, sentence_start: int, pos: int) -> str | None:
    """'其中…' or a parenthesis opened after a count: the figure at pos is part of a larger one.

    A 其中 inside parentheses ends with them: "27个(其中县外企业12家),项目总投资…" — the total
    after the parenthesis is not a part.
    """
    segment = text[sentence_start:pos]
    depth_at: list[int] = []
    depth = 0
    for ch in segment:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(depth - 1, 0)
        depth_at.append(depth)
    if depth > 0:
        return "其中"
    idx = segment.rfind("其中")
    # "…其中工业投资9.3亿元,同比增长25%,完成税收4.1亿元": a clause that opens with the
    # sentence's verb again states a figure beside the whole, not a part of it
    if idx >= 0 and depth_at[idx] == 0 and not re.search(r",(?:完成|实现)", segment[idx:]):
        return "其中"
    return None


# "以总分836分位列第三", "综合得分92.5分": the zone's score in an assessment
_SCORE = re.compile(r"(?P<word>总得分|综合得分|考核得分|评价得分|总分|得分)(?:为|达到|达|是)?(?P<num>\d+(?:\.\d+)?)分(?![钟之])")


def _scores(ctx: ParagraphContext) -> list[MetricDraft]:
    if "分" not in ctx.text:
        return []
    return [
        MetricDraft(
            match.start(),
            match.end(),
            match.group("word"),
            "value",
            Decimal(match.group("num")),
            "分",
            None,
            None,
            "metric_assessment_score",
            match.start("num"),
        )
        for match in _SCORE.finditer(ctx.text)
        # (the scale of the assessment, 考核体系设定满分为500分 or 满分100分, is no zone's score)
        if not re.search(r"(?:设置|设定|满分|体系|实行)[^,;。]{0,4}$", ctx.text[max(0, match.start() - 8) : match.start()])
    ]


# "——工业产值:2020年61.5亿元,2021年70.2亿元,2022年78亿元": one indicator named before a
# colon, then its figure year by year
_YEARS_UNDER_LABEL = re.compile(
    r"(?P<label>[\u4e00-\u9fff][\u4e00-\u9fff()]{1,15}):"
    r"(?P<items>(?:(?:19|20)\d{2}年度?(?:末|底)?\d[\d.,]*(?:%|[\u4e00-\u9fff]{1,4})[,、;和]?){2,})"
)


# "三次产业结构由上年的1.2:60.5:38.3调整为1.1:61.2:37.7": the shares of the three sectors (or of
# the second and third, 二、三产业结构 40:60) in ratio notation, each ratio summing to a hundred
_SECTORS_LABEL = re.compile(
    r"(?P<label>(?P<which>三次|一二三|一、二、三|二三|二、三)产业的?(?:结构|比例|构成|占比|比重)(?:比例?)?)"
)
_RATIO_PART = r"\d{1,2}(?:\.\d{1,2})?"
# (the normalised view writes the vertical colon ︰ as two dots)
_RATIO_MARK = r"\s*(?:[:∶]|\.\.)\s*"
_RATIO = re.compile(rf"(?<![\d.:])(?P<parts>{_RATIO_PART}(?:{_RATIO_MARK}{_RATIO_PART}){{1,2}})(?![\d.:])")
_SECTOR_NAMES = {3: ("第一产业", "第二产业", "第三产业"), 2: ("第二产业", "第三产业")}


def _sector_ratios(ctx: ParagraphContext) -> list[MetricDraft]:
    text = ctx.text
    if "产业" not in text:
        return []
    out: list[MetricDraft] = []
    for label in _SECTORS_LABEL.finditer(text):
        expected = 2 if label.group("which").startswith("二") else 3
        _, sentence_end = ctx.sentence_bounds(label.start())
        for ratio in _RATIO.finditer(text, label.end(), min(sentence_end, label.end() + 60)):
            parts = [Decimal(p) for p in re.split(_RATIO_MARK, ratio.group("parts"))]
            if len(parts) != expected or abs(sum(parts, Decimal(0)) - 100) > Decimal("1.5"):
                continue  # (a ratio that is not of shares in a hundred: 1:1 matching funds, 10:30)
            named = [y for y in ctx.years if label.end() <= y.start < ratio.start()]
            if named and re.search(r"(?:调整|优化|变化|转变|变)为|到|至", text[named[-1].end : ratio.start()]):
                named = []  # (the year the change starts from is not the year it ends in)
            year = (named[-1].year, named[-1].rule + ":ratio_of_sectors") if named else None
            stated, stated_rule = ctx.year_at(label.start())
            if named and named[-1].surface.startswith("上") and stated is not None:
                # (上年 is the year before the one the text is about, not before its date line)
                year = (stated - 1, f"year_before_the_stated:{stated_rule}:ratio_of_sectors")
            for name, share in zip(_SECTOR_NAMES[expected], parts, strict=True):
                out.append(
                    MetricDraft(
                        ratio.start(),
                        ratio.end(),
                        name,
                        "share_pct",
                        share,
                        "%",
                        None,
                        label.group("label"),
                        "metric_share_in_a_ratio_of_sectors",
                        ratio.start(),
                        year_override=year,
                    )
                )
    return out


def _years_under_label(ctx: ParagraphContext, found: list[MetricDraft]) -> list[MetricDraft]:
    if ":" not in ctx.text:
        return []
    out: list[MetricDraft] = []
    taken = {m.anchor for m in found}
    for match in _YEARS_UNDER_LABEL.finditer(ctx.text):
        label = _clean_indicator(match.group("label"))
        if len(label) < 2:
            continue
        # (the items alone are read, so that a long paragraph is not scanned once per label)
        at = match.start("items")
        for q in find_quantities(ctx.text[at : match.end("items")]):
            start, end = q.start + at, q.end + at
            if start in taken or q.unit == "%":
                continue
            out.append(
                MetricDraft(start, end, label, "value", q.value, q.unit, q.approx, None, "metric_level_years_under_label", start)
            )
    return out


# "3个国家级经开区平均排名位次前移46.3位": how far a group's places moved on average, a figure
# of the group (one zone's move is its ranking's previous place)
_AVERAGE_RANK_MOVE = re.compile(
    r"平均(?:排名)?(?:位次|排名|名次)(?:较上年|比上年|较去年|比去年|同比)?"
    r"(?P<dir>前移|提升|上升|提高|进位|前进|后移|下降|后退)了?(?P<num>\d+(?:\.\d+)?)(?:个)?(?:位次|位|名)"
)


def _average_rank_moves(ctx: ParagraphContext) -> list[MetricDraft]:
    if "平均" not in ctx.text:
        return []
    return [
        MetricDraft(
            match.start(),
            match.end(),
            f"平均位次{match.group('dir')}",
            "value",
            Decimal(match.group("num")),
            "位",
            None,
            None,
            "metric_average_rank_move",
            match.start("num"),
        )
        for match in _AVERAGE_RANK_MOVE.finditer(ctx.text)
    ]


# "甲、乙两区在今年评价中分别较上年进位5位和8位": how far a zone moved in a ranking whose
# place the sentence does not give (with a place, the move is the ranking's previous place)
_RANK_MOVE = re.compile(
    r"(?:比|较)(?:去年|上年|上一年度?|上次|上轮)?(?P<dir>提升|前移|上升|前进|进位|下降|后退|后移|下滑)了?"
    r"(?P<nums>\d+(?:个)?(?:位次|位|名)?(?:[、和及]\d+(?:个)?(?:位次|位|名)?)*)"
)
_RANK_MOVE_NUMBER = re.compile(r"\d+(?:个)?(?:位次|位|名)?")


def _rank_moves(ctx: ParagraphContext) -> list[MetricDraft]:
    if "位" not in ctx.text and "名" not in ctx.text:
        return []
    out: list[MetricDraft] = []
    for match in _RANK_MOVE.finditer(ctx.text):
        numbers = list(_RANK_MOVE_NUMBER.finditer(ctx.text, match.start("nums"), match.end("nums")))
        if not re.search(r"(?:位次|位|名)$", numbers[-1].group(0)):
            continue  # (a move needs its unit: 前进38 alone may be anything)
        sentence_start, sentence_end = ctx.sentence_bounds(match.start())
        if (
            re.search(r"第[一二三四五六七八九十百\d]", ctx.text[sentence_start:sentence_end])
            or "平均" in ctx.text[sentence_start : match.start()]
        ):
            continue  # (a place given: the rankings read the move as its previous place)
        indicator = "排名" + match.group("dir")
        for number in numbers:
            value = Decimal(re.match(r"\d+", number.group(0)).group(0))  # type: ignore[union-attr]
            out.append(
                MetricDraft(
                    number.start(), number.end(), indicator, "value", value, "位", None, None, "metric_rank_move", number.start()
                )
            )
    return out


# "固定资产投资同比持平": a growth of zero, said in words
_FLAT_GROWTH = re.compile(r"(?:同比|(?:比|较|与)(?:上一?年度?|去年))(?:基本)?持平")


def _flat_growth(ctx: ParagraphContext, periods: _Periods) -> list[MetricDraft]:
    out: list[MetricDraft] = []
    if "持平" not in ctx.text:
        return out
    for match in _FLAT_GROWTH.finditer(ctx.text):
        clause_start = ctx.clause_start(match.start())
        start = _strip_zones(ctx, clause_start, match.start())
        indicator = _clean_indicator(ctx.text[start : match.start()])
        if len(indicator) < 2 or re.search(r"\d", indicator):
            continue
        out.append(
            MetricDraft(
                clause_start,
                match.end(),
                indicator,
                "yoy_pct",
                Decimal(0),
                "%",
                None,
                None,
                "metric_yoy_flat",
                match.start(),
                period=periods.at(match.start()),
            )
        )
    return out


def _flat_diffs(ctx: ParagraphContext, last_level: dict[int, MetricDraft]) -> list[MetricDraft]:
    out: list[MetricDraft] = []
    for match in _FLAT.finditer(ctx.text):
        sentence_start, _ = ctx.sentence_bounds(match.start())
        level = last_level.get(sentence_start)
        if level is None:
            continue
        out.append(
            MetricDraft(
                match.start(),
                match.end(),
                level.indicator,
                "diff_pct_points",
                Decimal(0),
                "个百分点",
                None,
                match.group(0),
                "metric_diff_flat",
                match.start(),
            )
        )
    return out


def _respectively_names(ctx: ParagraphContext, names_text: str) -> tuple[str, list[str]]:
    """What a 分别 list names: years ("2019年至2021年"), zones ("A和B") or indicators / sub-items."""
    span = re.fullmatch(r"(\d{4})年?(?:至|到|-|—|~)(\d{4})年(?:度)?", names_text)
    if span and 0 < int(span.group(2)) - int(span.group(1)) <= 20:
        return "year", [str(y) for y in range(int(span.group(1)), int(span.group(2)) + 1)]
    names = [n for n in re.split(r"[、和及与]", names_text) if n]
    if names and all(re.fullmatch(r"\d{4}年(?:度)?", n) for n in names):
        return "year", [n[:4] for n in names]
    # (a zone the document names only here, 甲工业园区, is a zone as the text found it)
    found = {h.surface: h for h in ctx.zone_hits if not h.generic}

    def known_zone(name: str) -> str | None:
        known = ctx.doc_zones.resolve(name)
        return known[0] if known else (ctx._resolve(found[name]) if name in found else None)

    # listed beside zones, a short name with a zone's type word is one too (甲、乙、丙工业园区)
    beside_zones = any(known_zone(n) for n in names)

    def zone_of(name: str) -> str | None:
        typed = zone_type_of(name)
        listed = beside_zones and typed is not None and 2 <= len(name) - len(typed) <= 4
        return known_zone(name) or (name if listed else None)

    zones = [zone_of(n) for n in names]
    if names and all(zones):
        return "zone", [z for z in zones if z]
    # "甲园区、乙园区、丙园区投资分别增长…": zones, the last one followed by the indicator they share
    if len(names) >= 2:
        last = names[-1]
        head = _zone_head(ctx, last)
        earlier = [zone_of(n) for n in names[:-1]]
        if head and len(last) - len(head) >= 2 and all(earlier):
            return "zone:" + last[len(head) :], [*(z for z in earlier if z), zone_of(head) or head]
        # "甲新区、乙开发区和丙航天城完成投资分别增长…": the last zone is one no pattern knows, the
        # indicator they share ends the last item
        shared = ctx.reference.indicator_match(last)
        rest = last[: len(last) - len(shared[1])] if shared else ""
        if shared and len(earlier) >= 2 and all(earlier) and 3 <= len(rest) <= 12 and not re.search(r"[\d,]", rest):
            return "zone:" + shared[1], [*(z for z in earlier if z), zone_of(rest) or rest]
    return "name", names


def _share_last_head(ctx: ParagraphContext, names: list[str]) -> list[str]:
    """ "工业、商贸、民生投资额分别增长…": the measure the last item ends with is what the
    items before it (modifiers, each naming no measure of its own) are measures of."""
    heads = ctx.reference.indicator_heads
    last = names[-1] if names else ""
    head = max((last[i:] for i in range(1, len(last) - 1) if last[i:] in heads), key=len, default=None)
    if head is None or len(names) < 2:
        return names
    earlier = names[:-1]
    if any(not 2 <= len(n) <= 6 or any(n[i:] in heads for i in range(len(n))) for n in earlier):
        return names
    if any((ctx.reference.indicator_match(n) or ("", ""))[1] == n for n in earlier):
        return names  # (国内生产总值、固定资产投资: an indicator of its own is no modifier)
    return [n + head for n in earlier] + [last]


# Words that may stand between a list and its 分别 in a clause of their own (…,年均分别增长…)
_RESPECTIVELY_LEAD = re.compile(rf"(?:年均|平均|同比|{_LAST_YEAR}|[两三四五]年平均|近[两三四五]年)?")


_TRADE = re.compile(r"(?:产业|行业|制造业|服务业)$")


def _trades(names: list[str]) -> list[str]:
    """ "机械、化工、食品产业": the trade word the last item ends with is every item's."""
    last = _TRADE.search(names[-1]) if names else None
    if last is None or len(names) < 2 or any(_TRADE.search(n) or not 2 <= len(n) <= 6 for n in names[:-1]):
        return names
    return [n + last.group(0) for n in names[:-1]] + [names[-1]]


def _pair_respectively(ctx: ParagraphContext, metrics: list[MetricDraft]) -> list[MetricDraft]:
    """ "项目数量、投资、用地分别占全市的52%、68%、60%": each figure gets its own name from the list;
    "2019年至2021年分别实现…" gives each figure its year, "A和B分别实现…" its zone."""
    text = ctx.text
    out = list(metrics)
    years: list[str] = []  # the last span of years 分别 paired with in this paragraph
    for match in re.finditer(r"分别", text):
        sentence_start, sentence_end = ctx.sentence_bounds(match.start())
        clause_start = ctx.clause_start(match.start())
        list_start = _enumeration_start(text, clause_start, sentence_start)
        clause_start = list_start if list_start is not None else clause_start
        names_text = text[clause_start : match.start()]
        names_text = re.sub(r"(?:(?:[\u4e00-\u9fff]{0,6}?)(?:中小企业区块|区块)?重新编制[^,;。]*)$", "", names_text)
        # ("产值、投资比上年分别增长…": the comparison is of every item, no part of the last)
        names_text = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:同比|比上年同期|(?:比|较)上年度?|比去年|较去年)$", "", names_text)
        if names_text.startswith("比"):
            continue  # "比全县、全市分别快3、0.6个百分点": the references of differences, each paired already
        kind, names = _respectively_names(ctx, _strip_subject(ctx, names_text))
        if kind == "name":
            # the first zone of a list of zones is no subject to strip ("甲新区、乙开发区分别增长…")
            unstripped = _respectively_names(ctx, names_text)
            kind, names = unstripped if unstripped[0].startswith("zone") else (kind, names)
        if names_text and _RESPECTIVELY_LEAD.fullmatch(names_text) and clause_start > sentence_start and len(names) < 2:
            # "产值、投资、税收,年均分别递增…": the list is the clause before, the time word its own
            list_text = text[ctx.list_clause_start(clause_start - 1) : clause_start - 1]
            before = _respectively_names(ctx, _strip_subject(ctx, list_text))
            if len(before[1]) >= 2 and before[0] != "year" and not re.search(r"\d", list_text):
                kind, names, names_text = before[0], before[1], list_text
        elif clause_start > sentence_start and (not _strip_subject(ctx, names_text) or len(names) < 2):
            # "2019年至2021年,(甲开发区)分别实现…", "甲开发区2019年至2021年,分别实现…", "2019—2021
            # 年,甲开发区产值分别为…": the span is the clause before
            clause_before = text[ctx.clause_start(clause_start - 1) : clause_start - 1]
            before = _respectively_names(ctx, _strip_subject(ctx, clause_before))
            kind, names = before if before[0] == "year" else (kind, names)
        elif not names_text and years and text[sentence_start : match.start()].strip() == "":
            kind, names = "year", years  # "…;分别完成…": a second run over the same years
        if kind == "name" and (len(names) < 2 or clause_start > sentence_start):
            listed = _zones_opening_the_sentence(ctx, sentence_start, match.start())
            kind, names = ("zone", listed) if listed else (kind, names)
        if kind == "year":
            years = names
        if len(names) < 2:
            out = _rates_of_levels_before(ctx, out, match.end(), sentence_start, sentence_end)
            continue
        group: list[MetricDraft] = []
        for metric in sorted((f for f in out if match.end() <= f.anchor < sentence_end), key=lambda f: f.anchor):
            fact_clause = ctx.clause_start(metric.anchor)
            if fact_clause > match.end() and len(_own_subject(text[fact_clause : metric.anchor])) >= 2:
                break  # "…分别获评…,获评企业数占全区30%": a clause with a subject of its own ends the list
            if kind == "year" and group and metric.measure != group[0].measure:
                break  # "…分别完成A、B、C,年均增长8%": the average is of the span, not of a year
            group.append(metric)
        if kind == "name" and group and (len(names) > len(group) or len(group) % len(names)):
            # "建筑及装潢材料、饮料…": 及 joins inside a name; split on 、 and a last 和/与 only (the
            # figures come in runs as long as the names: 3 amounts then 3 rates)
            coarse = re.split(r"、", _strip_subject(ctx, names_text))
            coarse = coarse[:-1] + re.split(r"[和与]", coarse[-1])
            if len(coarse) == len(group) or (len(coarse) >= 2 and len(group) % len(coarse) == 0):
                names = [n for n in coarse if n]
        if kind == "name":
            names = _trades(_share_last_head(ctx, names))
        sectors = kind == "name" and all(_TRADE.search(n) for n in names)
        after = text[match.end() : sentence_end]
        own_noun = _clean_indicator(re.split(r"[\d,]", after, maxsplit=1)[0])
        own_noun = re.sub(r"^(占|新增|增加|实现|完成|入库|达到|达|为|录得|突破|超过)+", "", own_noun)
        # ("亩均产值、亩均税收分别提高…": a change names no thing of its own, the items are the measures)
        own_noun = "" if re.fullmatch(r"(?:提高|提升|增长|增加|上升|下降|减少|降低)了?", own_noun) else own_noun
        # Figures after 分别 come in runs of len(names) (several runs: 占全市…, 占全省…).
        for i, metric in enumerate(group):
            name = names[i % len(names)]
            idx = out.index(metric)
            rule = metric.rule + "+respectively"
            start = min(metric.start, clause_start)
            if kind == "year":
                out[idx] = replace(metric, year_override=(int(name), "year_respectively"), rule=rule, start=start)
            elif kind == "zone":
                out[idx] = replace(metric, zone_override=(name, "zone_respectively"), rule=rule, start=start)
            elif kind.startswith("zone:"):
                indicator = _clean_indicator(kind.removeprefix("zone:"))
                if metric.rule == "metric_rank_move":
                    # "在此次评价中分别较上年进位5位和8位": the move in the assessment named
                    field = re.sub(r"^(?:在)?(?:本轮|此次|本次|这次|今年|去年)?", "", kind.removeprefix("zone:"))
                    indicator = re.sub(r"中$", "", field) + metric.indicator
                out[idx] = replace(metric, zone_override=(name, "zone_respectively"), indicator=indicator, rule=rule, start=start)
            elif metric.measure == "value" and own_noun and sectors:
                # "机械、化工产业分别完成产值…": each trade's own amount
                out[idx] = replace(metric, indicator=_clean_indicator(name) + own_noun, rule=rule, start=start)
            elif metric.measure == "value" and own_noun and not re.match(r"^(占|为|是|达)", text[match.end() :]):
                out[idx] = replace(metric, qualifier=_clean_indicator(name) or name, rule=rule, start=start)
            else:
                out[idx] = replace(metric, indicator=_clean_indicator(name) or name, rule=rule, start=start)
    return out


def _pair_unmarked_lists(ctx: ParagraphContext, metrics: list[MetricDraft]) -> list[MetricDraft]:
    """ "甲、乙两个高新区工业增加值增长5%、8%": as many zones open the sentence as figures of one
    kind are listed in it, so each zone has its figure in order, as with 分别, which such
    sentences often leave out. A list of another length is no pairing and is left alone."""
    text = ctx.text
    out = list(metrics)
    runs: list[list[MetricDraft]] = []
    for metric in sorted(metrics, key=lambda f: f.anchor):
        if runs and metric.rule == runs[-1][-1].rule + "+list" and metric.measure == runs[-1][0].measure:
            runs[-1].append(metric)
        elif not metric.rule.endswith("+list"):
            runs.append([metric])
    for run in runs:
        head = run[0]
        if len(run) >= 2 and head.measure == "yoy_pct" and "+respectively" not in head.rule:
            # "实现A 235亿、B 135亿,同比增长7.65%、3.35%": the rates of the amounts listed just before
            sentence_start, _ = ctx.sentence_bounds(head.anchor)
            rates_start = ctx.clause_start(head.anchor)
            amounts = _amounts_listed_before(ctx, metrics, rates_start, sentence_start)
            rate_words = _strip_subject(ctx, text[rates_start : head.anchor]).strip()
            if len(amounts) == len(run) and re.fullmatch(_COMPARED_WITH + _RATE_VERB, rate_words):
                for amount, metric in zip(amounts, run, strict=True):
                    out[out.index(metric)] = replace(metric, indicator=amount.indicator, rule=metric.rule + "+in_order")
                continue
        if len(run) < 2 or any(f.zone_override is not None or "+respectively" in f.rule for f in run):
            continue
        sentence_start, _ = ctx.sentence_bounds(head.anchor)
        if re.search(r"分别|依次|各自", text[sentence_start : run[-1].anchor]):
            continue
        zones = _zones_opening_the_sentence(ctx, sentence_start, head.anchor)
        if len(zones) == len(run):
            for zone, metric in zip(zones, run, strict=True):
                out[out.index(metric)] = replace(
                    metric, zone_override=(zone, "zone_listed_in_order"), rule=metric.rule + "+in_order"
                )
            continue
        # "产值、利润同比增长6%、9%": as many measures named right before the rates, in order
        clause_start = ctx.clause_start(head.anchor)
        clause_start = _enumeration_start(text, clause_start, sentence_start) or clause_start
        clause = _strip_subject(ctx, text[clause_start : head.anchor])
        listed = _UNMARKED_NAMES.fullmatch(clause)
        names = [n for n in re.split(r"[、和与及]", listed.group("names")) if n] if listed else []
        names = [*names[:-1], _RATE_WORDS_AFTER.sub("", names[-1])] if names else names
        if head.measure == "value" or len(names) != len(run) or not all(2 <= len(n) <= 12 for n in names):
            continue
        for name, metric in zip(_share_last_head(ctx, names), run, strict=True):
            indicator = _clean_indicator(name) or name
            out[out.index(metric)] = replace(metric, indicator=indicator, rule=metric.rule + "+in_order")
    return _shares_after_paired_rates(ctx, runs, metrics, out)


def _shares_after_paired_rates(
    ctx: ParagraphContext, runs: list[list[MetricDraft]], metrics: list[MetricDraft], out: list[MetricDraft]
) -> list[MetricDraft]:
    """ "甲、乙同比增长5%、8%,占全市比重分别为40%、30%": shares listed right after rates that were
    paired with their measures in order are those measures' shares, in the same order."""
    previous: list[MetricDraft] = []
    position = _first_equal_positions(metrics)
    for run in runs:
        now = [out[position[id(metric)]] for metric in run]
        if (
            len(now) >= 2
            and len(previous) == len(now)
            and now[0].measure == "share_pct"
            and all("+in_order" in f.rule for f in previous)
            and previous[0].anchor >= ctx.sentence_bounds(now[0].anchor)[0]
        ):
            for before, metric in zip(previous, now, strict=True):
                out[out.index(metric)] = replace(metric, indicator=before.indicator, rule=metric.rule + "+in_order")
        previous = now
    return out


# A policy's numbered items are counted in words (三个“一号工程”, 四项举措, 五大战略): what follows
# the count is a quoted slogan or a word for a measure of policy, not a thing a zone has (a quoted
# kind before the noun counted, 两个“国字号”平台, is a thing it has).
_SLOGAN_COUNT = re.compile(r"[一二两三四五六七八九十]{1,2}(?![\d.])")
_POLICY_WORD_AFTER = re.compile(
    r"[新大项个]?(?:举措|措施|战略|行动|任务|理念|提升|强化|突破|一流|攻坚战|工作法)(?![\u4e00-\u9fff])"
)
# (a quoted name counted is a slogan only where a policy is followed: 聚焦三个“一号工程”; 启动七大“城市
# 客厅”建设 counts things built)
_SLOGAN_AFTER = re.compile(r"“[^“”]{1,12}”(?!平台|企业|园区|基地|工厂|项目|中心|车间|产品|品牌|单位|示范|试点)")
_POLICY_VERB_BEFORE = re.compile(r"(?:聚焦|围绕|对标|紧扣|锚定|落实|贯彻|践行|坚持|以|抓好|深化)$")


def _first_equal_positions(metrics: list[MetricDraft]) -> dict[int, int]:
    """Each draft's ``metrics.index``, the first position of a draft equal to it, for every draft at
    once: asking list.index per draft is quadratic in a paragraph's figures."""
    by_anchor: dict[int, list[int]] = {}
    position: dict[int, int] = {}
    for i, metric in enumerate(metrics):
        same_anchor = by_anchor.setdefault(metric.anchor, [])
        position[id(metric)] = next((j for j in same_anchor if metrics[j] == metric), i)
        if position[id(metric)] == i:
            same_anchor.append(i)
    return position


def _amounts_listed_before(
    ctx: ParagraphContext, metrics: list[MetricDraft], clause_start: int, sentence_start: int
) -> list[MetricDraft]:
    """The amounts of different indicators listed with 、 at the end of the clause right before
    ``clause_start`` ("实现A 225亿元、B 121亿元,"), in order; none if the clause ends in no such list."""
    text = ctx.text
    previous_start = max(sentence_start, *(text.rfind(mark, sentence_start, clause_start - 1) + 1 for mark in ",;:"))
    amounts = sorted(
        (f for f in metrics if f.measure == "value" and previous_start <= f.anchor < clause_start), key=lambda f: f.anchor
    )
    chain = amounts[-1:]
    for amount in reversed(amounts[:-1]):
        if not text[amount.end : chain[0].start].startswith("、"):
            break  # (a count before the list, 全省44家高新区实现…, is no item of it)
        chain.insert(0, amount)
    distinct = len({f.indicator for f in chain}) == len(chain)
    return chain if len(chain) >= 2 and distinct else []


# (over a plan period, on average: "A、B“十三五”期间年均增长16%、21%")
_COMPARED_WITH = (
    r"(?:[“\"]?(?:[六七八九]五|十[一二三四五]?五)[”\"]?(?:期间|时期|以来))?(?:年均|平均)?"
    rf"(?:同比|(?:比|较)(?:上年|去年)?同期|{_LAST_YEAR})?"
)
_RATE_VERB = r"(?:增长|增加|提高|提升|下降|减少|降低|增速为|增幅为|为)"
_RATE_WORDS_AFTER = re.compile(_COMPARED_WITH + _RATE_VERB + "$")
# measures listed before their rates: "产值、利润同比增长", "营收和利润分别较上年提高"
_UNMARKED_NAMES = re.compile(
    r"(?:[^,;。]*?[,:])?(?P<names>[\u4e00-\u9fff]{2,12}(?:[、和与及][\u4e00-\u9fff]{2,12})+?)"
    + _COMPARED_WITH
    + r"(?:分别)?"
    + _RATE_VERB
    + "?"
)


# Before the zones a sentence opens with: its time and a pointer (前三季度,2024年,其中)
_SENTENCE_LEAD = re.compile(
    r"(?:其中|同时|此外|而|并且)?[,:]?(?:\d{4}年(?:度)?)?(?:前三季度|上半年|下半年|[一二三四]季度|全年|\d{1,2}-\d{1,2}月)?[,:]?"
)


_UNKNOWN_FIRST = re.compile(
    _SENTENCE_LEAD.pattern + r"(?P<name>[\u4e00-\u9fff]{2,8}?(?:城|园|区|港|岛|基地|谷|湾))(?:和|、|及|与)"
)


def _first_indicator_named(ctx: ParagraphContext, start: int, end: int) -> str | None:
    """The first dictionary indicator written between two positions, longest at its start."""
    aliases, text = ctx.reference.indicator_aliases, ctx.text
    for i in range(start, end):
        found = next((text[i:j] for j in range(min(end, i + 12), i + 1, -1) if text[i:j] in aliases), None)
        if found:
            return found
    return None


_GROUP_OF_ZONES = re.compile(r"(?:国家级|省级|市级|县级)?(?:开发区|园区|高新区|经开区|工业园区|产业园区|集聚区)")


# "…超过300亿元的有甲、乙、丙,分别完成…", "增速居前三位的是甲、乙、丙,分别增长…": the zones a
# clause introduces as a list
_LIST_INTRODUCED = re.compile(r"[^,;。]{0,30}?(?:的有|的是|的为|依次为|依次是|分别是|分别为)[:]?")


def _zones_opening_the_sentence(ctx: ParagraphContext, sentence_start: int, pos: int) -> list[str]:
    """ "甲新区、乙开发区和丙综保区在税收方面贡献突出,分别完成…": zones listed as the subject of
    the sentence, whatever is said of them before 分别, pair with its figures in order."""
    hits = [h for h in ctx.hits_starting(sentence_start, pos) if not h.alias_of_previous]
    if not hits:
        return []
    # the zones of the last clause that names any (…是主要动力,而甲和乙的投资…,分别增长…)
    lead_start = ctx.clause_start(hits[-1].start)
    while lead_start > sentence_start and ctx.text[lead_start - 1] in "、":
        lead_start = ctx.clause_start(lead_start - 1)
    hits = [h for h in hits if h.start >= lead_start]
    if any(h.generic for h in hits):
        return []
    # "甲航天城和乙开发区…": the first may be a place no pattern knows, joined to a zone
    unknown = _UNKNOWN_FIRST.fullmatch(ctx.text, lead_start, hits[0].start)
    introduced = _LIST_INTRODUCED.fullmatch(ctx.text, lead_start, hits[0].start)
    if not _SENTENCE_LEAD.fullmatch(ctx.text, lead_start, hits[0].start) and unknown is None and introduced is None:
        return []
    for previous, hit in itertools.pairwise(hits):
        if not re.fullmatch(r"[、和及与]?", ctx.text[previous.end : hit.start]):
            return []  # a zone named after the list (…高于甲区): not a list of the sentence's subjects
    zones = [unknown.group("name")] if unknown else []
    zones += [ctx._resolve(h) for h in hits]
    if len(zones) < 2 or not all(zones) or len(set(zones)) < len(zones):
        return []
    return [z for z in zones if z]


# "甲区投资增长尤为迅速,增长50.1%": the clause before judged the growth the figure gives
_JUDGED_GROWTH = re.compile(
    r"(?:的)?(?P<what>[\u4e00-\u9fff]{2,12}?)(?:增长|增速|增幅)(?:尤为|较为|十分|非常|最为|持续|保持)?"
    r"(?:迅速|较快|强劲|明显|加快|迅猛|显著|亮眼)$"
)


def _judged_growth(ctx: ParagraphContext, pos: int, sentence_start: int) -> str:
    clause_start = ctx.clause_start(pos)
    if clause_start <= sentence_start:
        return ""
    previous_start = ctx.clause_start(clause_start - 1)
    previous_start = max([h.end for h in ctx.hits_starting(previous_start, clause_start)] + [previous_start])
    judged = _JUDGED_GROWTH.search(ctx.text, previous_start, clause_start - 1)
    return _clean_indicator(judged.group("what")) if judged else ""


def _rates_of_levels_before(
    ctx: ParagraphContext, metrics: list[MetricDraft], after: int, sentence_start: int, sentence_end: int
) -> list[MetricDraft]:
    """ "工业产值40亿元,服务业营收25亿元,分别增长6%和8%": rates after a
    bare 分别 go, in order, to the levels stated before it in the sentence."""
    rates = sorted((f for f in metrics if after <= f.anchor < sentence_end and f.measure != "value"), key=lambda f: f.anchor)
    rates = [f for f in rates if f.measure == rates[0].measure] if rates else []
    text = ctx.text
    levels = sorted(
        (
            f
            for f in metrics
            if sentence_start <= f.anchor < after
            and f.measure == "value"
            # (…税收3亿元(较上年的2亿元多1亿元),分别增长…: an aside is no item of the list)
            and text.count("(", sentence_start, f.anchor) <= text.count(")", sentence_start, f.anchor)
        ),
        key=lambda f: f.anchor,
    )
    if len(rates) < 2 or len(levels) < len(rates):
        return metrics
    targets = levels[-len(rates) :]
    if len({t.indicator for t in targets}) < len(targets):
        return metrics
    out = list(metrics)
    for rate, level in zip(rates, targets, strict=True):
        out[out.index(rate)] = replace(
            rate, indicator=level.indicator, qualifier=level.qualifier, basis=level.basis, rule=rate.rule + "+respectively_levels"
        )
    return out


# (…等三个园区营收率先突破30亿元: each passed the mark; …等3个园区实现营收90亿元: their sum)
_EACH = re.compile(
    r"(均|都|双双|首次|先后|率先|^(?:等)?(?:[两二三四五六七八九十]|\d+)家"
    r"|^(?:等)?(?:[两二三四五六七八九十]|\d+)个[^,;。]{0,12}?(?:突破|超过|迈上|跨入|跨越))"
)


def _share_among_listed_zones(ctx: ParagraphContext, metrics: list[MetricDraft]) -> list[MetricDraft]:
    """ "甲高新区和乙经开区首次突破200亿元", "甲、乙两区均超百亿": zones listed together
    before a figure each claim it when the sentence says each did (均, 都, 双双, 首次 passing a
    mark); without such a word the figure may be their sum, and stays the last zone's."""
    text = ctx.text
    out: list[MetricDraft] = []
    for metric in metrics:
        out.append(metric)
        if metric.measure != "value" or metric.zone_override is not None:
            continue
        clause_start = ctx.clause_start(metric.anchor)
        while clause_start > 0 and text[clause_start - 1] == "、":
            clause_start = ctx.clause_start(clause_start - 1)  # the list began before its last 、
        hits = [h for h in ctx.hits_starting(clause_start, metric.anchor) if not h.generic]
        if len(hits) < 2 or not _EACH.search(text[hits[-1].end : metric.end]):
            continue
        joined = all(re.fullmatch(r"[、和及与]", text[a.end : b.start]) for a, b in itertools.pairwise(hits))
        if not joined or text[clause_start : hits[0].start].strip():
            continue
        for hit in hits[:-1]:
            zone = ctx._resolve(hit)
            if zone:
                out.append(replace(metric, start=hit.start, zone_override=(zone, "zone_listed_each"), rule=metric.rule + "+each"))
    return out


def _zone_head(ctx: ParagraphContext, item: str) -> str | None:
    """The zone an item of a list begins with ("丙园区投资" → 丙园区): a zone found in the text, or a
    name ending in a zone type word (a last zone no pattern knows, "生物产业园区投资")."""
    head = next((h.surface for h in ctx.zone_hits if not h.generic and item.startswith(h.surface)), None)
    if head is None:
        typed = re.match(rf"[\u4e00-\u9fff]{{2,8}}?(?:{'|'.join(TYPE_SUFFIXES)})", item)
        head = typed.group(0) if typed and len(item) > typed.end() else None
    return head


def _strip_subject(ctx: ParagraphContext, names_text: str) -> str:
    """Drop a zone named before the list ("园区2021年至2023年分别…", "甲经开区营业收入、产值分别…")
    unless the list is of zones."""
    for hit in ctx.zone_hits:
        rest = names_text[len(hit.surface) :]
        last = re.split(r"[、和及与]", rest)[-1] or "-"
        last_is_zone = ctx.doc_zones.resolve(last) or (rest.startswith("、") and _zone_head(ctx, last))
        if names_text.startswith(hit.surface) and (re.match(r"\d{4}", rest) or not last_is_zone):
            return rest
    return names_text


def _own_subject(clause: str) -> str:
    """The noun a clause opens with before its verb or figure: "获评企业数占全区…" → 获评企业数."""
    head = re.split(r"(占|增长|下降|为|达|分别|同比|比|较|\d)", clause, maxsplit=1)[0]
    return _clean_indicator(head)
