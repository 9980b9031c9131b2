"""Year expressions: explicit (2020年), relative (今年, 去年, 上年, 前年, 明年), comparative (比2019年).

Relative years are resolved against the year 今年 means, which loaders.context.time decides for the
whole document (with its evidence). Every resolution names its rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from loaders.context.time import ZONE_HISTORY

# "2020上半年", "2023一季度": web copy often drops 年 before a period of the year
_PERIOD_AFTER_BARE_YEAR = r"(?=上半年|下半年|前三季度|第?[一二三四]季度)"
_EXPLICIT = re.compile(rf"(?<![\d.])((?:19|20)\d{{2}})(?:年(度)?|{_PERIOD_AFTER_BARE_YEAR})")
# Five-year plan periods by their last year (“九五” is 1996-2000, 十三五 2016-2020), not inside a
# longer numeral (二十五期).
_PLAN_PERIOD = r"(?<![一二三四五六七八九十百第])(?P<plan>[六七八九]五|十[一二三四五]?五)"
_PLAN_PERIOD_END_YEAR = {
    "六五": 1985,
    "七五": 1990,
    "八五": 1995,
    "九五": 2000,
    "十五": 2005,
    "十一五": 2010,
    "十二五": 2015,
    "十三五": 2020,
    "十四五": 2025,
    "十五五": 2030,
}
# The end of a plan period: 十二五末 is 2015, “九五”期末 is 2000.
_PLAN_PERIOD_END = re.compile(_PLAN_PERIOD + r"[”\"]?(?:计划|规划)?(?:期末|时期末|末)")
# "“十二五”期间,园区累计投资…": a period's total is counted at its end; a document written inside
# the period counts it up to its own year, and one written before the period states plans.
_PLAN_PERIOD_SPAN = re.compile(_PLAN_PERIOD + r"[”\"]?(?:计划|规划)?(?:期间|时期)(?!末)")
# 现 as "now" (现有, 现已), not the first character of a word (现场, 现代, 现金, 现状, 现行, 现役, 现存, 现货)
NOW_XIAN = "现(?![场代金状行役存货])"
_RELATIVE = re.compile(r"(今年|本年|去年|上年度|上年|上一年|前一年|前年|明年|当年|彼时|当时)")
_RELATIVE_OFFSET = {"今年": 0, "本年": 0, "去年": -1, "上年度": -1, "上年": -1, "上一年": -1, "前一年": -1, "前年": -2, "明年": 1}
# Expressions of "now": the state at the time of writing, or a span ending then (近3年, 2016年以来).
# (近日, 日前: a piece of news happened just before it was written, in the year of writing)
_NOW = re.compile(
    r"(截至目前|截止目前|目前|至今|现已|如今|近日|日前|近[0-9一二三四五六七八九十]+年|[0-9一二三四五六七八九十]+年(?:来|内)|"
    r"(?:19|20)\d{2}年以来|(?:去年|上年|前年)(?:以来|至今)|[0-9一二三四五六七八九十两]+个月前)"
)


@dataclass(frozen=True)
class YearExpr:
    start: int
    end: int
    surface: str
    year: int
    rule: str
    comparative: bool  # 比2019年 / 较上年: the base of a comparison, not the figure's year
    carries: bool  # "2020年," opening a sentence sets the year of the sentences after it; a dated event does not
    since: bool  # 2016年以来: the start of a span, not the figure's year
    possessive: bool  # 2020年的150件: the year of the figure right after it
    event: bool = False  # 早在2012年10月升级为…: the date of a founding or upgrade, not of the figures near it
    period: bool = False  # 2021年上半年: a part of the year named


# "过去一年,…": the year behind the writer, which the document's date decides (DocumentTime.past_year)
_PAST_YEAR = re.compile(r"(?:在|回顾)?过去(?:的)?一年(?:里|中|来)?")


def find_years(
    text: str,
    base: int | None,
    base_rule: str,
    context_year: int | None,
    now: tuple[int | None, str] = (None, ""),
    past: tuple[int | None, str] = (None, ""),
) -> list[YearExpr]:
    out: list[YearExpr] = []
    if past[0] is not None and "过去" in text:
        for match in _PAST_YEAR.finditer(text):
            out.append(_make(text, match.start(), match.end(), past[0], f"year_past:{past[1]}"))
    for match in _EXPLICIT.finditer(text):
        out.append(_make(text, match.start(), match.end(), int(match.group(1)), "year_explicit"))
    for match in _PLAN_PERIOD_END.finditer(text):
        year = _PLAN_PERIOD_END_YEAR[match.group("plan")]
        out.append(_make(text, match.start(), match.end(), year, "year_plan_period_end"))
    now_year, now_rule = now if now[0] is not None else (base, base_rule)
    for match in _PLAN_PERIOD_SPAN.finditer(text):
        end = _PLAN_PERIOD_END_YEAR[match.group("plan")]
        if now_year is None or now_year >= end:
            out.append(_make(text, match.start(), match.end(), end, "year_plan_period_total"))
        elif now_year > end - 5:
            out.append(_make(text, match.start(), match.end(), now_year, f"year_plan_period_so_far@{now_rule}"))
    for match in _RELATIVE.finditer(text):
        word = match.group(1)
        if word == "当年":
            # "早在2012年…设立,当年入驻企业40家": 当年 is the year its sentence named last, even an
            # event's; without one, the year of the context
            named = _year_named_before(out, text, match.start())
            if named is not None:
                out.append(_make(text, match.start(), match.end(), named.year, f"year_same_as_named:{named.surface}"))
            elif context_year is not None:
                out.append(_make(text, match.start(), match.end(), context_year, "year_same_as_context"))
            continue
        if word in ("彼时", "当时"):
            # "2006年设立,彼时园区企业不足20家": the time its sentence named last; without one, a
            # time the text does not say
            named = _year_named_before(out, text, match.start())
            if named is not None:
                out.append(_make(text, match.start(), match.end(), named.year, f"year_same_as_named:{named.surface}"))
            continue
        if word in ("上年", "上年度", "上一年", "前一年"):
            # "2021年,…上年为8.5亿元": the year before the one its sentence reports, as a statistic's
            # 上年 always is (去年 counts back from the day of writing)
            named = _year_named_before(out, text, match.start())
            if named is not None:
                out.append(_make(text, match.start(), match.end(), named.year - 1, f"year_relative:{word}@{named.surface}"))
                continue
        if base is None:
            continue
        out.append(_make(text, match.start(), match.end(), base + _RELATIVE_OFFSET[word], f"year_relative:{word}@{base_rule}"))
    if now_year is not None:
        for match in _NOW.finditer(text):
            now_expr = _make(text, match.start(), match.end(), now_year, f"year_now:{match.group(1)}@{now_rule}")
            if match.group(1) in ("近日", "日前"):
                # a piece of news dates its own sentence, unless the sentence names the year of what
                # it reports (2018年度…结果日前出炉); the sentences after it may be of a year before
                if _names_a_year_in_sentence(out, text, match.start()):
                    continue
                now_expr = replace(now_expr, carries=False)
            out.append(now_expr)
    # At one position an expression of "now" (2016年以来) comes after the explicit year it contains.
    out.sort(key=lambda y: (y.start, y.rule.startswith("year_now")))
    return out


def _names_a_year_in_sentence(found: list[YearExpr], text: str, position: int) -> bool:
    start = max(text.rfind(end, 0, position) for end in "。;!?\n") + 1
    stops = [i for i in (text.find(end, position) for end in "。;!?\n") if i >= 0]
    end = min(stops, default=len(text))
    return any(y.rule == "year_explicit" and not y.comparative and start <= y.start < end for y in found)


def _year_named_before(found: list[YearExpr], text: str, position: int) -> YearExpr | None:
    sentence_start = max(text.rfind(end, 0, position) for end in "。;!?\n") + 1
    named = [
        y for y in found if y.rule == "year_explicit" and sentence_start <= y.start and y.end <= position and not y.comparative
    ]
    return named[-1] if named else None


_PERIOD_THEN_COMMA = re.compile(
    r"\s*(?:(?:1\s*[-—~至到]\s*)?\d{1,2}\s*月份?|(?:第?[一二三四]|前三)季度|[上下]半年|前\d{1,2}个?月)(?:以来)?\s*,"
)


_BASE_OF_GROWTH = re.compile(r"(?:同期)?[^,;。]{0,14}?基础上")


def _make(text: str, start: int, end: int, year: int, rule: str) -> YearExpr:
    # (比“十一五”末: a quote opening the period's name stands between 比 and it)
    before = text[max(0, start - 3) : start].rstrip('“"‘')[-2:]
    after = text[end : end + 3]
    # "由十二五末的812亿元提高到…": the start of a change, not the base of a growth rate
    comparative = bool(re.search(r"(比|较|同|与)$", before)) or (before.endswith("由") and rule == "year_explicit")
    # "在去年同期11%的增速基础上增长9%": the base a growth stands on
    comparative = comparative or (before.endswith("在") and bool(_BASE_OF_GROWTH.match(text, end)))
    # "增速快于上年同期、2020年全年…": a year compared with
    comparative = comparative or bool(
        re.search(r"(高于|快于|低于|慢于)[^,;。]{0,10}$", text[max(0, start - 14) : start]) and after.startswith(("全年", "同期"))
    )
    # "是2019年的2.1倍": the year a multiple is taken of
    comparative = comparative or (
        bool(re.search(r"(?:是|为|相当于)$", before)) and bool(re.match(r"(?:同期)?的[\d.]+倍", text[end : end + 12]))
    )
    # "2016年以来" is the start of a span; "今年以来" is this year.
    since = bool(re.match(r"(以来|至今|起|前|后)", after)) and rule == "year_explicit"
    # "去年以来" is a span up to now, as "2016年以来" is
    since = since or (
        bool(re.match(r"(以来|至今)", after))
        and rule.startswith(("year_relative:去年", "year_relative:上年", "year_relative:前年"))
    )
    # "2016年考核重启以来", "2020年疫情发生以来": a span from an event of that year
    since = since or (rule == "year_explicit" and bool(re.match(r"[^,;。!?、\d]{1,10}?以来", text[end : end + 12])))
    # "自2012年省政府发布《…办法》实施以来": 自 opens a span that 以来 closes further on
    since = since or (
        rule == "year_explicit"
        and text[max(0, start - 1) : start] in ("自", "从")
        and bool(re.match(r"[^,;。!?]{1,40}?以来", text[end : end + 42]))
    )
    possessive = after.startswith("的") and bool(re.match(r"的\d", after))
    # A year naming a part of itself (2022年四季度, 2021年上半年) is a period: the figure's year only
    # where it opens the figure's clause (恢复到2019年四季度的89.8% compares with it).
    period = bool(re.match(r"(一|二|三|四|前三|第[一二三四])?季度|上半年|下半年|前\d", after))
    since = since or period
    # "2023年,…" and "2023年是…的一年。" open what follows about that year
    # (and "今年1-7月," or "2024年上半年," opens what follows about that part of the year)
    # (截至2019年底,… sets the time of the figures after it as 2019年,… does)
    carries = (
        bool(re.match(r"(,|全年|年内|以来,|是|[底末],)", after))
        or after.startswith("度,")
        or bool(_PERIOD_THEN_COMMA.match(text, end))
    )
    # A founding or upgrade date (早在某年某月升级为…, 成立于2005年, 某年某月,经市政府批准设立…)
    # dates that event only.
    later = text[end : end + 20]
    if re.search(r"(早在|始建于|成立于|设立于|创建于|始于|组建于)$", text[max(0, start - 3) : start]) or re.match(
        r"(\d{1,2}月)?(\d{1,2}日)?,?(经[^,;。]{0,10}?|(?:国务院|国家[\u4e00-\u9fff]{1,4}部|[\u4e00-\u9fff]{1,4}(?:人民)?政府|[\u4e00-\u9fff]{1,4}厅))?"
        r"(升级|成立|设立|获批|批准设立|挂牌|创建|建区|开园|更名|(?:审核)?公告为|认定为|批准为|晋升为|升格为)",
        later,
    ):
        event, carries = True, False
    elif text[end : end + 1] == "," and ZONE_HISTORY.match(text, end + 1):
        # "2012年,三区整合,…": how the zone came to be, not a year the sentences after report on
        event, carries = True, False
    elif re.match(r"(\d{1,2}月)?(?:份)?(签约|开工|落地|引进|落户|投产|建成|竣工|入驻|招引)的", later):
        # "去年签约的甲项目…今年投产": the time of what the project once did, a modifier of its name
        event, carries = True, False
    else:
        event = False
    return YearExpr(start, end, text[start:end], year, rule, comparative, carries, since, possessive, event, period)
