"""Document time: when a document was written and which period it reports on, from evidence.

One entry point, :func:`decide_time`. It collects every date signal of a document with its
strength — date lines (发布时间：2023-02-20, a source line with a timestamp, a newspaper masthead,
a bare "2021" line followed by "09/14"), the date in the page's address, the title's period (2022年工作总结和2023年工作打算,
上半年, 1-7月, 前三季度), the years sentences open with, comparisons (比2021年增长 → 2022) — and
chooses the publication date, the report year, the year 今年 means and the year 目前 means. Each
choice comes with the rule and the evidence behind it. What no evidence supports stays None:
a year is never taken from a founding date (成立于2012年), a target (到2027年) or the start of a
span (2016年以来).

Manifest values always win; the signals then only fill what the manifest left open.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from loaders.context.address import address_dates
from loaders.normalise import fold_text
from models.records import DocumentMeta

_CN_DIGIT = {"〇": 0, "零": 0, "O": 0, "o": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_DATE = re.compile(r"([〇零Oo一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})日)?")

_Y = r"((?:19|20)\d{2})"
_DATE_FORMS = (
    re.compile(rf"(?<!\d){_Y}\s*-\s*(\d{{1,2}})\s*-\s*(\d{{1,2}})(?!\d)"),
    re.compile(rf"(?<!\d){_Y}\s*/\s*(\d{{1,2}})\s*/\s*(\d{{1,2}})(?!\d)"),
    re.compile(rf"(?<![\d.]){_Y}\.(\d{{1,2}})\.(\d{{1,2}})(?![\d.])"),
    re.compile(rf"(?<!\d){_Y}\s*年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日"),
)
# Day first, as some mirror sites print it: 14.05.2018 09:30
_DAY_FIRST = re.compile(rf"(?<![\d.])(\d{{1,2}})\.(\d{{1,2}})\.{_Y}(?![\d.])")
_LABEL = re.compile(
    r"(发布时间|发布日期|发表时间|发表日期|发文日期|发稿时间|发布于|更新时间|更新日期|录入时间|日期|时间|来源)\s*[:：]?"
)
_CLOCK = re.compile(r"^\s*\d{1,2}:\d{2}")
_WEEKDAY = re.compile(r"^\s*星期[一二三四五六日天]")
_BARE_YEAR_LINE = re.compile(rf"^\s*{_Y}\s*$")
_MONTH_DAY_LINE = re.compile(r"^\s*(\d{1,2})\s*[/-]\s*(\d{1,2})\s*$")
_BARE_YEAR_MONTH_DAY = re.compile(rf"^\s*{_Y}\s+(\d{{1,2}})/(\d{{1,2}})(?:\s+\d{{1,2}}:\d{{2}})?\s*$")

# A period named right after a year or alone: what part of the year the figures cover.
_PERIOD = re.compile(
    r"(一季度|第一季度|二季度|第二季度|三季度|第三季度|四季度|第四季度|上半年|下半年|前三季度|"
    r"1\s*[-~—至到]\s*(\d{1,2})\s*月(?:份)?|一至[二三四五六七八九十]{1,2}月)"
)
# Years that never date the document: targets, span starts, founding dates, plans.
_NOT_REPORT_YEAR_BEFORE = re.compile(
    r"(到了|到|至|截至|截止|力争|争取|计划|预计到|早在|始建于|成立于|设立于|创建于|建于|始于|于|从|自|比|较|同|与|由)$"
)
_NOT_REPORT_YEAR_AFTER = re.compile(
    r"^(以来|以前|前|后|起|底前|年底前|末前|目标|远景|规划|成立|设立|获批|批准|建区|开园|开工建设)"
)
# "2019年3月国务院批复设立的…", "2008年经省政府审核公告为…": the date of a zone's founding or
# upgrade, by whom it was approved, dates that event, not a report
_APPROVED_EVENT_AFTER = re.compile(
    r"(?:\d{1,2}月(?:\d{1,2}日)?)?,?经?(?:国务院|[\u4e00-\u9fff]{1,8}?(?:部|委|厅|局|政府))"
    # (the zone may be named between: 经国务院批准,某高新区正式成立)
    r"(?:(?:审核|正式)?(?:批复同意|批准|批复|同意)?|(?:批复同意|批准|批复|同意),[^,;。]{2,30}?(?:正式)?)"
    r"(?:成立|设立|建立|获批|挂牌|升级为|升格为|晋升为|公告为|认定为)"
)
# "2019年被列为省级高新技术产业园区", "2015年获评…": the year of an honour dates the honour
_HONOURED_AFTER = re.compile(
    r"(?:\d{1,2}月(?:\d{1,2}日)?)?,?(?:先后|相继)?(?:被[\u4e00-\u9fff]{0,8}?(?:列为|评为|认定为|命名为|授予)|获评|荣获)"
)
# "2012年,三区整合,…", "2009年,开发区正式挂牌": a clause telling how the zone came to be is its
# history, not the year a page reports on
ZONE_HISTORY = re.compile(r"[^,;。]{0,16}?(?:合并|成立|设立|挂牌|组建|更名|整合)(?:[,;。]|$)")
# "在2023某某重大项目签约仪式上", "2024某某博览会": an event named after its year, held in it
_NAMED_EVENT_YEAR = re.compile(
    rf"(?<![\d.]){_Y}(?=[\u4e00-\u9fff(（)）]{{2,30}}?(?:大会|论坛|博览会|峰会|交易会|洽谈会|推介会|签约仪式|开工仪式|年会)(?:上|期间|现场|中)?)"
)
_EXPLICIT_YEAR = re.compile(rf"(?<![\d.]){_Y}\s*(?:年(度)?|(?=上半年|下半年|前三季度|第?[一二三四]季度))")
_OPENING_YEAR = re.compile(
    rf"(?:^|[。;!?\n】:,])\s*(?:[一二三四五六七八九十]+是|[(（]?[一二三四五六七八九十\d]+[)）、.]|■|●)?\s*{_Y}\s*"
    r"(?:年(?:度)?\s*(?:1\s*-\s*\d{1,2}\s*月|一季度|上半年|前三季度|全年)?|一季度|上半年|前三季度)\s*[,，]"
)
# "比2022年增长", "增速快于上年同期、2020年全年…": a figure compared with a whole year is of a later one
_COMPARISON = re.compile(rf"(?:比|较)\s*{_Y}\s*年(?!同期|\d)|(?:高于|低于|快于|慢于)[^。;,]{{0,8}}?{_Y}\s*年全年")
# (an assessment's result names the year assessed: 关于2021年度…考评结果的公示, published in 2022)
_TITLE_REVIEW = re.compile(
    rf"{_Y}\s*年(?:度)?.{{0,24}}?(总结|情况|汇报|报告|公报|回顾|运行|综述|成绩单|答卷|成效|亮点|盘点|考评结果|考核结果|评价结果|评估结果|年鉴)"
)
_TITLE_PLAN = re.compile(rf"{_Y}\s*年(?:度)?(?:工作)?(?:思路|打算|计划|规划|安排|要点|重点|目标)")
# A year's work conference (2023年工作会议, 2023年度经济工作会, 2023年政府工作报告) opens that year:
# held in its first weeks, it reviews the year before and sets this one's targets. A mid-year
# meeting (2023年上半年工作会议) or one named a summary (2023年工作总结大会) looks back on its own year.
_YEAR_MEETING = re.compile(
    rf"{_Y}\s*年(?:度)?(?:(?!总结|回顾|上半年|下半年|半年|年中|季度|月)[^,。;!?\s]){{0,10}}?"
    r"(?:工作会议|工作大会|工作会|政府工作报告)"
)

# A list or a meeting named by its year (“2025中国…百强”, 某某研讨会2025), not a plan (2021-2025年).
_NAMED_EDITION = re.compile(
    rf"“{_Y}(?!\s*[-—~至到])(?:年度?)?[^“”,。;]{{2,24}}?(?:百强|强|榜单|排行榜|名单)”|(?:研讨会|大会|论坛|峰会|博览会|年会){_Y}(?!\d)"
)
# A sentence about what will be done: its year is a plan's, not the report's.
_FUTURE = re.compile(r"(将|计划|力争|争取|预计|拟|打算|规划)")
# A partial-year period of a named year: written during that year (or just after it).
_YEAR_PERIOD = re.compile(rf"{_Y}\s*年\s*(一季度|第一季度|上半年|前三季度|1\s*[-~—至到]\s*\d{{1,2}}\s*月)")
# Two-year average growth was how 2021 figures were stated against the 2020 base.
# 去年 as the time of what is said, not the base of a comparison (比去年, 较去年同期, 去年同期).
_LAST_YEAR_AS_TIME = re.compile(r"(?<![比较同与于和])去年(?!同期|同比|相比|比)")
_TWO_YEAR_AVERAGE = re.compile(r"两年平均(?:增长|增速|增幅)")
# "今年是“十四五”规划的开局之年", "今年是学习二十大精神开局之年": the year of writing named by its
# place in a five-year plan or after a party congress
_PLAN_PERIOD_FIRST_YEAR = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}
_CONGRESS_FIRST_YEAR = {"十八大": 2013, "十九大": 2018, "二十大": 2023}
_PLACE_IN_PERIOD = {"开局": 0, "起步": 0, "开篇": 0, "第一": 0, "首": 0, "第二": 1, "第三": 2, "第四": 3, "收官": 4, "最后一": 4}
_THIS_YEAR_IN_PERIOD = re.compile(
    r"今年是[^。;!?\n]{0,30}?(?P<period>十一五|十二五|十三五|十四五|十五五|十八大|十九大|二十大)[”\"]?[^。;!?\n]{0,12}?"
    r"(?P<place>开局|起步|开篇|第一|首|第二|第三|第四|收官|最后一)之?年"
)
_PLAN_OPENING = re.compile(
    r"(?P<period>十一五|十二五|十三五|十四五|十五五)[”\"]?(?:规划)?(?:开好局|开局之年|开局起步|开局良好|起好步|开好头)"
)
_TITLE_LIKE = re.compile(r"(\d{4}\s*年|季度|上半年|\d\s*月|总结|报告|情况|公报|计划|打算|思路|安排|开发区|高新区|经开区|园区)")
_NOW_WORDS = re.compile(r"(今年以来|年初以来|今年|本年度|本年)")
_AIMED_AT = re.compile(r"力争|争取|确保|计划|预计")
# A year's award or assessment (获评“全省2019年度先进园区”, 2019年度考核, 2019年…考核评价结果) is
# given after that year has closed: a page announcing it is written in a later year.
_CLOSED_YEAR_AWARD = re.compile(
    rf"{_Y}\s*(?:年度[^。;!?,“”]{{0,20}}?(?:先进|优秀|示范|标兵|十强|百强|考核|考评|评价|评估|评选|表彰|表扬|奖)"
    rf"|年[^。;!?,“”]{{0,24}}?(?:考核|考评|评价|评估|评选)(?:结果|排名|排序|名单))"
)


@dataclass(frozen=True)
class TimeSignal:
    """One piece of evidence about a document's time, as found in its text."""

    kind: str  # published | report_year | period | plan_year
    value: str
    rule: str
    strength: int  # higher wins among signals of one kind
    position: int  # offset in the folded text; earlier wins among equals
    surface: str


@dataclass(frozen=True)
class DocumentTime:
    """The time decisions of one document, each with its rule; ``signals`` is all the evidence."""

    published_on: str | None
    published_rule: str
    report_year: int | None
    report_rule: str
    published_evidence: str  # the text the choice rests on, shortened
    report_evidence: str
    period: str | None  # the title's period (上半年, 1-7月 …); None for a whole year or unknown
    this_year: int | None  # what 今年 / 去年 are counted from
    this_year_rule: str
    now_year: int | None  # what 目前 / 截至目前 mean
    now_rule: str
    plan_year: int | None  # a plan section's year (…和2023年工作打算)
    signals: tuple[TimeSignal, ...]
    past_year: int | None = None  # what 过去一年 means
    past_rule: str = "none"

    def evidence(self, kind: str) -> str:
        chosen = [s for s in self.signals if s.kind == kind]
        return "; ".join(f"{s.rule}={s.value} «{s.surface}»" for s in chosen[:3])


def _valid(year: int, month: int, day: int) -> bool:
    return 1990 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31


def _cn_number(text: str) -> int:
    if "十" not in text:
        return _CN_DIGIT.get(text, 0)
    tens, _, ones = text.partition("十")
    return (_CN_DIGIT.get(tens, 1) if tens else 1) * 10 + (_CN_DIGIT.get(ones, 0) if ones else 0)


def _dates_in_line(line: str) -> list[tuple[int, int, int, int, int]]:
    """(year, month, day, start, end) of every full date written in one line."""
    out: list[tuple[int, int, int, int, int]] = []
    for form in _DATE_FORMS:
        for m in form.finditer(line):
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if _valid(y, mo, d):
                out.append((y, mo, d, m.start(), m.end()))
    for m in _DAY_FIRST.finditer(line):
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid(y, mo, d):
            out.append((y, mo, d, m.start(), m.end()))
    for m in _CN_DATE.finditer(line):
        y = int("".join(str(_CN_DIGIT[c]) for c in m.group(1)))
        mo, d = _cn_number(m.group(2)), _cn_number(m.group(3) or "一")
        if _valid(y, mo, d):
            out.append((y, mo, d, m.start(), m.end()))
    return sorted(out, key=lambda t: t[3])


# Who published a page, written after its date line: 市商务局, 某某日报, 管委会.
_PUBLISHER = re.compile(r"\s*[\u4e00-\u9fff]{0,10}(?:局|委|办|政府|管委会|网|报|中心|厅|部|社|台)\s*")


def _publication_signals(lines: list[tuple[int, str]]) -> list[TimeSignal]:
    """Dates that say when the page was written: labelled, stamped with a clock, a masthead, a
    date line of its own, a bare year line followed by month/day. A date inside a sentence is an
    event's date and says only that the text is not older than it (weak)."""
    out: list[TimeSignal] = []
    for index, (offset, line) in enumerate(lines):
        stripped = line.strip()
        for y, mo, d, start, end in _dates_in_line(line):
            value = f"{y:04d}-{mo:02d}-{d:02d}"
            before, after = line[:start], line[end:]
            rule, strength = "date_in_text", 1
            if _LABEL.search(before[-12:]) or re.search(r"(发布|来源|编辑|作者|记者|浏览|阅读|点击)", line):
                rule, strength = "date_line_labelled", 6
            elif _CLOCK.match(after):
                rule, strength = "date_with_clock", 5
            elif re.search(r"[日晚时]报\s*$", before) or re.match(r"\s*第\s*[A-Z]?\d+\s*版", after):
                rule, strength = "masthead_date", 6  # "某某日报 2019年3月2日 第B2版"
            elif _WEEKDAY.match(after):
                # "2021年03月07日 星期日" alone: a newspaper's masthead, or a portal's header showing
                # the day the page was fetched; a labelled date of the article (发布时间:…) outranks it
                rule, strength = "masthead_date", 5
            elif len(stripped) <= end - start + 4:
                rule, strength = "date_line", 5
            elif re.fullmatch(r"\s*[—―-]*\s*", before) and re.match(r"\s*在[^。]{2,40}(?:会议|大会|会)上", after):
                rule, strength = "date_of_speech", 5  # a work report's subtitle: "——某年某月某日在…会议上"
            elif index <= 12 and not before.strip() and _PUBLISHER.fullmatch(after):
                rule, strength = "date_line", 5  # "2021-06-03 区发改局": the date and who published it
            elif index <= 12 and not after.strip() and before.strip() and _PUBLISHER.fullmatch(before):
                rule, strength = "date_line", 5  # "某市商务局  二〇二一年五月八日": who published it, then when
            elif re.search(r"(讯|电)\s*$", before) or re.match(r"\s*(讯|电)", after):
                rule, strength = "dateline", 4
            if strength == 1 and index > 12 and not re.search(r"(印发|发布|公布)", after[:6]):
                continue
            out.append(TimeSignal("published", value, rule, strength, offset + start, line[start:end]))
        bare = _BARE_YEAR_MONTH_DAY.match(line)
        if bare and _valid(int(bare.group(1)), int(bare.group(2)), int(bare.group(3))):
            value = f"{int(bare.group(1)):04d}-{int(bare.group(2)):02d}-{int(bare.group(3)):02d}"
            out.append(TimeSignal("published", value, "date_line_bare", 5, offset, stripped))
        year_line = _BARE_YEAR_LINE.match(line)
        if year_line and index + 1 < len(lines):
            month_day = _MONTH_DAY_LINE.match(lines[index + 1][1])
            if month_day and _valid(int(year_line.group(1)), int(month_day.group(1)), int(month_day.group(2))):
                value = f"{int(year_line.group(1)):04d}-{int(month_day.group(1)):02d}-{int(month_day.group(2)):02d}"
                out.append(
                    TimeSignal("published", value, "date_line_split", 5, offset, stripped + " " + lines[index + 1][1].strip())
                )
    return out


def _speech_signals(published: list[TimeSignal]) -> list[TimeSignal]:
    """A work report dated by the day it was delivered (——2022年12月19日在…会议上) reviews the
    year that day closes when given in its second half, the year before when given in its first
    (the spring sessions), and plans the year after what it reviews; its title's year names the
    session, not the year reviewed."""
    speech = next((s for s in published if s.rule == "date_of_speech"), None)
    if speech is None:
        return []
    year, month = int(speech.value[:4]), int(speech.value[5:7])
    reviewed = year if month >= 7 else year - 1
    return [
        TimeSignal("report_year", str(reviewed), "speech_date_reviews_year", 7, speech.position, speech.surface),
        TimeSignal("plan_year", str(reviewed + 1), "speech_date_reviews_year", 7, speech.position, speech.surface),
    ]


def _address_signals(url: str | None, end: int) -> list[TimeSignal]:
    """The date a site files the page under: as strong as a dateline, but placed after the text so
    that a date line of the page itself wins a tie."""
    return [TimeSignal("published", d.value, "address_date", 4, end, d.surface) for d in address_dates(url)[:1]]


def _period_of(text: str) -> str | None:
    match = _PERIOD.search(text)
    if not match:
        return None
    return re.sub(r"\s+", "", match.group(1))


# (periods from January on: a single later quarter, 二季度, is also a time for events to come)
_PERIOD_END = {"一季度": 3, "第一季度": 3, "上半年": 6, "前三季度": 9}


def _period_end_month(period: str) -> int | None:
    """The last month of a period from January named in a title (1-12月 → 12, 上半年 → 6)."""
    months = re.search(r"(\d{1,2})月", period)
    if months:
        return int(months.group(1))
    cn = re.search(r"至([二三四五六七八九十]{1,2})月", period)
    return _cn_number(cn.group(1)) if cn else _PERIOD_END.get(period)


def _reportable_years(folded: str) -> Counter[int]:
    """Explicit years that may date a report: not targets, span starts, founding dates or bases."""
    counts: Counter[int] = Counter()
    # positions of the book-title marks, looked up per year (a scan back per year is quadratic)
    opens = [m.start() for m in re.finditer("《", folded)]
    closes = [m.start() for m in re.finditer("》", folded)]
    for m in _EXPLICIT_YEAR.finditer(folded):
        before = folded[max(0, m.start() - 6) : m.start()]
        after = folded[m.end() : m.end() + 6]
        as_of = re.search(r"(截至|截止)$", before) and re.match(r"\s*年?(?:底|末|\d{1,2}月)", after)
        if (_NOT_REPORT_YEAR_BEFORE.search(before) and not as_of) or _NOT_REPORT_YEAR_AFTER.match(after):
            continue  # ("截至2023年底": the data are as of that date, the latest a report can be of)
        last_open, last_close = bisect_left(opens, m.start()), bisect_left(closes, m.start())
        if last_open and (not last_close or opens[last_open - 1] > closes[last_close - 1]):
            continue  # the title of another publication (《2020-2025年…研究报告》) dates that, not this
        if re.search(r"(?:19|20)\d{2}\s*年?\s*[-—~－–]\s*$", before):
            continue  # the end of a span (2021-2025年) is a horizon, not a year reported on
        if _APPROVED_EVENT_AFTER.match(folded, m.end()) or _HONOURED_AFTER.match(folded, m.end()):
            continue
        counts[int(m.group(1))] += 1
    for m in _NAMED_EVENT_YEAR.finditer(folded):
        counts[int(m.group(1))] += 1
    for m in _REVIEWED_SPAN.finditer(folded):
        # "2020年至2022年,开发区分别完成…": a span of years told figure by figure ends in a year
        # reported on (a plan's span says what will be done: 将, 力争)
        first, last = int(m.group("first")), int(m.group("last"))
        # (the words before its first figure say so: an estimate after them, 预计年均增长, is of a rate)
        sentence = re.split(r"[。!?;]", folded[m.end() :], maxsplit=1)[0]
        if 0 < last - first <= 10 and not _FUTURE.search(re.split(r"\d", sentence, maxsplit=1)[0]):
            counts[last] += 1
    return counts


_DATE_LINE_WORDS = re.compile(r"\d\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|发布|来源|时间|日期|作者")
_REVIEWED_SPAN = re.compile(
    rf"(?P<first>{_Y})\s*年?\s*(?:至|到|-|—|~)\s*(?P<last>{_Y})\s*年(?:间|期间)?,[^。!?;]{{0,30}}?(?:分别|累计|年均|共)"
)


def _title_signals(title: str | None) -> list[TimeSignal]:
    if not title:
        return []
    folded = fold_text(title)
    out: list[TimeSignal] = []
    meeting = _YEAR_MEETING.search(folded)
    if meeting:
        year = int(meeting.group(1))
        out.append(TimeSignal("report_year", str(year - 1), "title_meeting_opens_year", 6, 0, folded))
        out.append(TimeSignal("plan_year", str(year), "title_meeting_opens_year", 6, 0, folded))
        return out
    review = _TITLE_REVIEW.search(folded)
    if review:
        # a title announcing an assessment's results names the year assessed, not the year written
        rule = "title_assessment_year" if review.group(2).endswith("结果") else "title_review_year"
        out.append(TimeSignal("report_year", review.group(1), rule, 6, 0, folded))
    plan = _TITLE_PLAN.search(folded)
    if plan and (not review or plan.group(1) != review.group(1)):
        out.append(TimeSignal("plan_year", plan.group(1), "title_plan_year", 6, 0, folded))
        if not review and re.search(r"(总结|回顾|情况)", folded[: plan.start()]):
            # "工作总结及2023年工作安排": the summary is of the year before the plan
            out.append(TimeSignal("report_year", str(int(plan.group(1)) - 1), "title_plan_year_minus_one", 5, 0, folded))
    period = _period_of(folded)
    if period:
        out.append(TimeSignal("period", period, "title_period", 6, 0, folded))
        years = _reportable_years(folded)
        if years and not review:
            out.append(TimeSignal("report_year", str(max(years)), "title_period_year", 6, 0, folded))
    if not out and not _FUTURE.search(folded) and not _DATE_LINE_WORDS.search(folded):
        # a headline stating one year's result (2019年某开发区贡献全市三成税收) reports that year,
        # whatever the page's date; one about what will be done (将, 力争) does not, nor a date
        # line taken for a title
        years = _reportable_years(folded)
        if len(years) == 1:
            out.append(TimeSignal("report_year", str(next(iter(years))), "title_names_year", 5, 0, folded))
    return out


def _body_signals(folded: str) -> list[TimeSignal]:
    out: list[TimeSignal] = []
    openings: Counter[int] = Counter()
    for m in _OPENING_YEAR.finditer(folded):
        sentence = re.split(r"[。;!?\n]", folded[m.end() : m.end() + 60], maxsplit=1)[0]
        # (预计 estimates that year's own figures, "2016年,全县预计完成…": the year reported, no plan)
        if _FUTURE.search(sentence[:30].replace("预计", "")):
            out.append(TimeSignal("plan_year", m.group(1), "sentence_of_plans_opens_with_year", 3, m.start(), m.group(0).strip()))
            continue
        if ZONE_HISTORY.match(sentence):
            continue
        openings[int(m.group(1))] += 1
    for year, count in openings.most_common(2):
        out.append(TimeSignal("report_year", str(year), "sentences_open_with_year", 3 + min(count, 3), 0, f"{year}年, ×{count}"))
    # (or the meeting, then its being held: "…2024年工作会议召开", "…工作会议在某地隆重召开")
    held = re.search(r"召开(?:了)?\s*" + _YEAR_MEETING.pattern, folded[:_OPENING_CHARS]) or re.search(
        _YEAR_MEETING.pattern + r"[^,。;!?\n]{0,12}?召开", folded[:_OPENING_CHARS]
    )
    if held:
        # news of the meeting: "…1月13日召开2023年工作会议,回顾…": what it reports was achieved the year before
        year = int(held.group(1))
        out.append(TimeSignal("report_year", str(year - 1), "meeting_held_opens_year", 5, held.start(), held.group(0)))
        out.append(TimeSignal("plan_year", str(year), "meeting_held_opens_year", 5, held.start(), held.group(0)))
    for m in _COMPARISON.finditer(folded):
        base = int(m.group(1) or m.group(2))
        out.append(TimeSignal("report_year", str(base + 1), "comparison_base_plus_one", 2, m.start(), m.group(0)))
    for m in _YEAR_PERIOD.finditer(folded):
        out.append(TimeSignal("period_year", m.group(1), "partial_year_period", 4, m.start(), m.group(0)))
    for m in _NAMED_EDITION.finditer(folded):
        # "揭晓了“2025中国…百强”榜单", "研讨会2025": an edition named by its year, announced now
        out.append(TimeSignal("report_year", m.group(1) or m.group(2), "edition_named_by_year", 1, m.start(), m.group(0)))
    named = _THIS_YEAR_IN_PERIOD.search(folded)
    if named is not None:
        first = {**_PLAN_PERIOD_FIRST_YEAR, **_CONGRESS_FIRST_YEAR}[named.group("period")]
        if named.group("period").endswith("大") and named.group("place") not in ("开局", "起步", "开篇", "第一", "首"):
            first = 0  # (the years after a congress are counted only from its first)
        if first:
            year = first + _PLACE_IN_PERIOD[named.group("place")]
            out.append(TimeSignal("report_year", str(year), "this_year_named_in_plan_period", 5, named.start(), named.group(0)))
    if named is None:
        opening = _PLAN_OPENING.search(folded)
        if opening is not None:
            # "…助力“十四五”开好局": a page on the opening of a plan period is
            # written in its first year
            first = _PLAN_PERIOD_FIRST_YEAR[opening.group("period")]
            out.append(
                TimeSignal("report_year", str(first), "this_year_named_in_plan_period", 4, opening.start(), opening.group(0))
            )
    for m in _RUNNING_SINCE.finditer(folded):
        # "自2022年起,…连续四年发布": the fourth of the years since 2022 is the year of writing
        years = int(m.group(2)) if m.group(2).isdigit() else _cn_number(m.group(2))
        if years and 1 < years <= 50:
            running = str(int(m.group(1)) + years - 1)
            out.append(TimeSignal("report_year", running, "years_running_since", 5, m.start(), m.group(0)[:40]))
    two_year = _TWO_YEAR_AVERAGE.search(folded)
    if two_year:
        out.append(TimeSignal("report_year", "2021", "two_year_average_growth", 1, two_year.start(), two_year.group(0)))
    return out


def decide_time(text: str, meta: DocumentMeta, title: str | None = None) -> DocumentTime:
    """The time of a document: publication date, report year, period and what 今年/目前 mean."""
    folded = fold_text(text)
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in folded.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    # (a feature's title may end with a question: "…释放了哪些信号?"; "[ 发布机构 ] …" is a field of
    # the page's index card, not its title)
    titles = [
        line.strip()
        for _, line in lines[:20]
        if 4 <= len(line.strip()) <= 60 and not re.search(r"[。;]|[!?].|^[\[【]", line.strip())
    ]
    # the title names a period or a report, unlike a page's navigation lines above it
    first_title = title or next((t for t in titles if _TITLE_LIKE.search(t)), titles[0] if titles else None)
    published_signals = _publication_signals(lines)
    signals = [
        *published_signals,
        *_speech_signals(published_signals),
        *_address_signals(meta.url, len(folded)),
        *_title_signals(first_title),
        *_body_signals(folded),
    ]

    given_published = meta.published_on if meta.published_on_source == "manifest" else None
    given_report = meta.report_year if meta.report_year_source == "manifest" else None
    published_on, published_rule = given_published, "manifest" if given_published else "none"
    published_evidence = report_evidence = ""
    if published_on is None:
        strong = [s for s in signals if s.kind == "published" and s.strength >= 4]
        if strong:
            best = max(strong, key=lambda s: (s.strength, -s.position))
            published_on, published_rule = best.value, best.rule
            published_evidence = best.surface
    published_year = int(published_on[:4]) if published_on else None
    pub_month = int(published_on[5:7]) if published_on and len(published_on) >= 7 else None

    title_period = next((s.value for s in signals if s.kind == "period"), None)
    plan_year = next((int(s.value) for s in signals if s.kind == "plan_year"), None)

    report_year, report_rule = given_report, "manifest" if given_report else "none"
    if report_year is None:
        candidates = [s for s in signals if s.kind == "report_year"]
        if published_year is not None:
            # (今年是…开局之年 dates an undated page; a dated one knows its year, and what it reviews)
            candidates = [s for s in candidates if s.rule != "this_year_named_in_plan_period"]
        if candidates:
            best = max(candidates, key=lambda s: (s.strength, -s.position))
            report_year, report_rule = int(best.value), best.rule
            report_evidence = best.surface
            if published_year is not None and report_year > published_year:
                report_year, report_rule = None, "none"
            elif published_year is not None and best.rule == "comparison_base_plus_one" and report_year < published_year - 1:
                # "较2019年增长120%" on a page of 2024: growth over a span since a base year, not
                # last year's comparison of the year reported
                report_year, report_rule = None, "none"
            elif (
                published_year is not None
                and best.rule == "sentences_open_with_year"
                and best.strength <= 4
                and (
                    report_year < published_year - 1
                    or (report_year == published_year - 1 and (pub_month or 0) >= (3 if _NOW_WORDS.search(folded) else 7))
                )
            ):
                # one sentence opening with a year long before the page's date ("2013年,…获批设立"),
                # or with last year on a page of the second half-year, or after February on a page
                # that speaks of 今年 (a review is printed in the first months), is history told in
                # passing, not the year the page reports on
                report_year, report_rule = None, "none"
        if published_year is None and report_rule == "sentences_open_with_year" and best.strength <= 4:
            closed = _whole_years_reported(folded)
            if closed and report_year is not None and max(closed) > report_year:
                # one sentence opening with an earlier year ("2022年,…") on an undated page that gives
                # a later year's totals (2023年度…完成, 2023年全年…): the page reports the later year
                report_year, report_rule = max(closed), "latest_whole_year_reported"
                report_evidence = f"{report_year}年度/全年"
        period_years = [int(sig.value) for sig in signals if sig.kind == "period_year"]
        if published_year is None and period_years and report_year is not None and max(period_years) > report_year:
            # an undated page that reports part of a later year (…2022年全年…;2023年1-4月…) was
            # written in that year: its undated figures (增至6个, 累计建成9个) are of then
            report_year, report_rule = max(period_years), "latest_partial_period_reported"
            report_evidence = next(sig.surface for sig in signals if sig.kind == "period_year" and int(sig.value) == report_year)
        if published_year is not None and period_years and max(period_years) < published_year and report_year != published_year:
            # a page dated after the year whose partial period it reports is a later copy of it
            report_year, report_rule = max(period_years), "partial_year_period_before_publication"
            report_evidence = next(sig.surface for sig in signals if sig.kind == "period_year" and int(sig.value) == report_year)
        if report_year is None and published_year is not None:
            # a review printed early in the next year: it names last year, or speaks of 全年 with no
            # partial period in it (a spring page on 1-2月 is of this year)
            month = pub_month or 13
            names_last_year = _reportable_years(folded).get(published_year - 1, 0) > 0
            # 全年, or a review of years up to now (七年来, 年均增长, 累计): results through last year's end
            reviewed = "全年" in folded or bool(re.search(r"[一二三四五六七八九十\d]+年来|年均增长|累计", folded))
            whole_year = reviewed and not _PERIOD.search(folded) and not _NOW_WORDS.search(folded)
            reviews_last_year = month <= 4 and ((names_last_year and month <= 2) or whole_year)
            # a spring work report's review of 过去一年 (过去的一年, 过去一年工作回顾)
            reviews_last_year = reviews_last_year or (month <= 6 and bool(_PAST_YEAR_REVIEWED.search(folded)))
            if any(_LAST_YEAR_AS_TIME.search(t) for t in titles[:4]) and not title_period:
                # "全县园区去年工业产值增长9.35%": a headline about last year's results
                report_year, report_rule = published_year - 1, "title_reviews_last_year"
            elif reviews_last_year and not title_period:
                report_year, report_rule = published_year - 1, "published_early_next_year"
            elif title_period and month < (_period_end_month(title_period) or 0):
                # "1—12月…简析" published in January, 前三季度 in February: a period that had not
                # ended when the page was written is last year's
                report_year, report_rule = published_year - 1, "title_period_ended_last_year"
            else:
                report_year, report_rule = published_year, "publication_year"
            report_evidence = published_evidence
        if report_year is None:
            years = _reportable_years(folded)
            if years:
                report_year, report_rule = max(years), "latest_reportable_year"
            issued = _RECENT_OFFICIAL_DOCUMENT.search(folded)
            if issued is not None and int(issued.group("y")) > (report_year or 0):
                # "日前,省政府发文(某政函〔2023〕17号)批复…": the page tells news of a document issued
                # that year, later than any year whose figures it gives
                report_year, report_rule = int(issued.group("y")), "recent_official_document_year"
                report_evidence = issued.group(0)[-24:]
            since = _ONE_YEAR_SINCE.search(folded)
            if since and report_year == int(since.group("y")):
                # "2020年6月3日,…挂牌。一年来,…今年上半年…": written a year after the dated event
                report_year, report_rule = report_year + 1, "one_year_since_dated_event"
                report_evidence = since.group(0)[:40]

    opening_results = assessed_year(folded[:_OPENING_CHARS], published_year)
    if opening_results is not None and given_report is None and report_rule == "publication_year" and not title_period:
        # a page that opens by announcing a closed year's assessment, with no other evidence of the
        # year it reports, reports on that year: the counts and places it goes on to give are the
        # assessment's (a review printed early next year keeps its own year, and a dated page
        # titled for a part of a year, 上半年…, reports that part of its own year)
        report_year, report_rule = opening_results, "opening_announces_results_of_year"
        report_evidence = f"{opening_results}年度…结果"
    this_year, this_rule = _this_year(meta, published_on, published_rule, report_year, report_rule, folded, plan_year)
    speech = next((s for s in signals if s.rule == "date_of_speech"), None)
    if report_rule == "speech_date_reviews_year" and speech is not None:
        # (a report given in December calls the year it closes 今年, one given in spring the year it opens)
        this_year, this_rule = int(speech.value[:4]), f"speech_year«{speech.surface}»"
    now_year, now_rule = _now_year(meta, published_on, published_rule, report_year, this_year, this_rule)
    if report_rule == "published_early_next_year" and report_year is not None and pub_month == 1:
        # a review printed in the first weeks of a year (…年来, 累计, 目前) counts through the year that
        # just closed: its running totals are that year's, not the new one's
        now_year, now_rule = report_year, "published_early_next_year"
    past_year, past_rule = _past_year(published_on, published_rule)
    return DocumentTime(
        published_on=published_on,
        published_rule=published_rule,
        published_evidence=published_evidence[:40],
        report_evidence=report_evidence[:40],
        report_year=report_year,
        report_rule=report_rule,
        period=title_period,
        this_year=this_year,
        this_year_rule=this_rule,
        now_year=now_year,
        now_rule=now_rule,
        plan_year=plan_year,
        signals=tuple(sorted(signals, key=lambda s: (s.kind, -s.strength, s.position))),
        past_year=past_year,
        past_rule=past_rule,
    )


def _past_year(published_on: str | None, published_rule: str) -> tuple[int | None, str]:
    """过去一年 looks back from the day of writing: in the first half of a year (work reports,
    spring meetings) it is the calendar year just closed, in November and December the year now
    ending; from July to October it is the last twelve months, no calendar year."""
    if published_on is None or len(published_on) < 7:
        return None, "none"
    year, month = int(published_on[:4]), int(published_on[5:7])
    if month <= 6:
        return year - 1, f"past_year:written_in_first_half«{published_on}»:{published_rule}"
    if month >= 11:
        return year, f"past_year:written_at_year_end«{published_on}»:{published_rule}"
    return None, "none"


def _this_year(
    meta: DocumentMeta,
    published_on: str | None,
    published_rule: str,
    report_year: int | None,
    report_rule: str,
    folded: str,
    plan_year: int | None,
) -> tuple[int | None, str]:
    """The year 今年 means: the year of writing."""
    if meta.kind == "yearbook" and report_year:
        return report_year, "yearbook_report_year"
    if report_rule in ("title_meeting_opens_year", "meeting_held_opens_year") and report_year is not None:
        return report_year + 1, "meeting_year"
    if report_rule in ("title_review_year", "title_plan_year_minus_one") and plan_year == (report_year or 0) + 1:
        # "2022年工作总结和2023年工作打算": written at the end of the year it reviews.
        return report_year, "summary_with_next_year_plan"
    if report_rule == "partial_year_period_before_publication":
        return report_year, "report_year:partial_year_period"
    if published_on:
        year = int(published_on[:4])
        month = int(published_on[5:7]) if len(published_on) >= 7 else None
        # (去年1月至10月, 去年前三季度: a period of last year named as such)
        says_last_year = bool(re.search(r"(?:^|[。;,\n■●])\s*(?:去年|上年)(?:以来|全年|,|[1-9一二三四上下前])", folded))
        if (
            report_year == year - 1
            and month is not None
            and month <= 2
            and report_rule != "published_early_next_year"
            and not says_last_year
            and not _announces_closed_year(folded, report_year)
            and not re.search(rf"{year}年(?:是|将|要)", folded)  # (2020年是…之年。今年…将: written in it)
        ):
            # A review printed in January or February of the next year was written in the year it
            # reviews, unless it speaks of that year as 去年.
            return report_year, "report_year:printed_early_next_year"
        return year, f"publication_year:{published_rule}«{published_on}»"
    if report_year is None:
        return None, "unknown"
    if plan_year == report_year + 1 and re.search(r"(?:^|[。;\n■●])\s*(?:去年|上年)(?:以来|全年|,)", folded):
        # "2021年,…增长;2022年,…将…目标;去年,…": written in the plan's year, of the year before
        return plan_year, "plan_year_after_last_year_review"
    months = r"[1一]\s*[-—–~至到]\s*(?:[1-9]|1[01])月"
    partial = rf"{report_year}年(?:{months}|上半年|前三季度|第?一季度|前[两三四五六七八九十\d]+个?月)"
    if re.search(partial, folded):
        # "2016年1—7月…", "今年7月…": a part of a year is reported while that year runs
        return report_year, "report_year:partial_year_stated"
    if (
        report_rule in ("sentences_open_with_year", "latest_reportable_year")
        and _LAST_YEAR_AS_TIME.search(folded)
        and not any(not _AIMED_AT.search(folded, max(0, m.start() - 2), m.start()) for m in _NOW_WORDS.finditer(folded))
    ):
        # "开发区2002年实现…;在去年工业总产值的…中": an undated review of a closed year that calls
        # it 去年 is written in the year after it (a 今年 it aims at, 力争今年…, says nothing of
        # what has been done this year)
        return report_year + 1, "report_year_called_last_year"
    if report_rule == "latest_whole_year_reported":
        # totals of a whole year are written after it closed: the page's 目前 is a later year
        return report_year + 1, "written_after_whole_year_reported"
    if report_rule == "title_assessment_year" or (
        report_rule == "latest_reportable_year" and _announces_closed_year(folded, report_year)
    ):
        # the latest year named is one whose award or assessment the page announces: the page
        # was written after it, and its 今年 is a later year
        return report_year + 1, "report_year_awarded_after_it_closed"
    if _NOW_WORDS.search(folded) and report_rule == "sentences_open_with_year":
        # A text that closes a whole year ("2023年,…") and also says 今年 speaks of the next one;
        # a year only mentioned ("通报2023年经济运行情况") is no sign that it has closed.
        return report_year + 1, "report_year_plus_one"
    return report_year, f"report_year:{report_rule}"


# An official document cited by its number (某政函〔2023〕17号) as news of the last days
_RECENT_OFFICIAL_DOCUMENT = re.compile(
    r"(?:日前|近日|近期|今天|今日)[^。;!?\n]{0,40}?[〔\[【(](?P<y>(?:19|20)\d{2})[〕\]】)]\s*\d{1,4}\s*号"
)
_RUNNING_SINCE = re.compile(
    rf"(?:自|从)\s*{_Y}\s*年(?:起|以来|开始)[^。!?;]{{0,60}}?连续\s*([一二两三四五六七八九十\d]{{1,3}})\s*年"
)
_PAST_YEAR_REVIEWED = re.compile(r"过去(?:的)?一年(?:里|来|中|,|工作回顾|工作)")
_OPENING_CHARS = 600
_ONE_YEAR_SINCE = re.compile(r"(?P<y>(?:19|20)\d{2})年\d{1,2}月\d{1,2}日[^。;!?]{0,80}[。;!?]\s*(?:一年来|一年多来|1年来)")


def assessed_year(text: str, written: int | None) -> int | None:
    """The year whose award or assessment results a text announces (依据2017年度…综合评价结果),
    when the document was written after it: the results and counts stated with them are that
    year's, not the year of writing."""
    data = _DATA_OF_YEAR.search(fold_text(text))
    if data is not None:
        return int(data.group("y"))  # "2025年考评,采用2024年度统计数据": the figures are of the data's year
    if written is None:
        return None
    years = [int(m.group("y1") or m.group("y2")) for m in _RESULTS_ANNOUNCED.finditer(fold_text(text))]
    past = [y for y in years if y < written]
    return max(past) if past and len(set(years)) == 1 else None


# An assessment that says which year's statistics it scores: (采用2024年度数据), 基于2024年统计数据
_DATA_OF_YEAR = re.compile(r"(?:采用|使用|基于|依据|根据|以)(?P<y>(?:19|20)\d{2})\s*年度?的?(?:统计|考核|评价|相关)?数据")


# Results announced, not a past result recalled (在2021年度…考评中位列第13位 is told in passing).
_RESULTS_ANNOUNCED = re.compile(
    r"(?:公布|发布|下发|通报|揭晓|依据|根据)了?[^。;!?\n]{0,20}?(?P<y1>(?:19|20)\d{2})\s*年度?[^。;!?\n]{0,30}?"
    r"(?:结果|名单|排名|排序)"
    r"|(?P<y2>(?:19|20)\d{2})\s*年度?[^。;!?\n]{0,30}?(?:结果|名单|排名|排序|情况)(?:日前|近日|正式)?(?:公布|发布|揭晓|出炉)"
)


# A whole year's totals: "2023年度…完成", "2023年全年…实现" (a year's meeting or plan, 某年度工作会议,
# says nothing was done)
_WHOLE_YEAR = re.compile(rf"{_Y}\s*年(?:度|全年)[^。;,!?]{{0,16}}?(?:完成|实现|达到|突破)")


def _whole_years_reported(folded: str) -> list[int]:
    reportable = _reportable_years(folded)
    return [int(m.group(1)) for m in _WHOLE_YEAR.finditer(folded) if reportable.get(int(m.group(1)))]


def _announces_closed_year(folded: str, year: int | None) -> bool:
    """Whether the text announces an award or assessment of this year, given after it closed."""
    return any(int(m.group(1)) == year for m in _CLOSED_YEAR_AWARD.finditer(folded))


def _now_year(
    meta: DocumentMeta,
    published_on: str | None,
    published_rule: str,
    report_year: int | None,
    this_year: int | None,
    this_rule: str,
) -> tuple[int | None, str]:
    """The year 目前 / 截至目前 mean: the year of writing when it is stated, else the report year."""
    if meta.kind == "yearbook" and report_year:
        return report_year, "yearbook_report_year"
    if published_on and this_year is not None and this_rule.startswith("publication_year"):
        return this_year, this_rule
    if this_rule in ("report_year_plus_one", "report_year_awarded_after_it_closed", "written_after_whole_year_reported"):
        return this_year, this_rule
    if report_year is not None:
        return report_year, "report_year"
    return this_year, this_rule


_SECTION_PLAN = re.compile(r"(思路|打算|计划|安排|目标|展望|重点工作|工作要点|工作规划|下一步|下步|建议|明年)")
# (an assessment's 考评成绩 is a result announced, not a year's work reviewed)
_SECTION_REVIEW = re.compile(r"(总结|回顾|完成情况|主要成效|工作情况|(?<!考评|考核|评价|测评|评估)成绩|成效)")


@dataclass(frozen=True)
class SectionTime:
    """The time a section heading sets for the paragraphs under it."""

    year: int | None  # None: the document's year stays
    plan: bool  # a section of plans and targets, not of facts
    rule: str


def section_time(heading: str, this_year: int | None) -> SectionTime | None:
    """ "二、2023年工作思路" starts a section of 2023 targets; "一、2022年工作总结" one of 2022 facts.
    A heading naming both (a document's title) or neither sets nothing."""
    folded = fold_text(heading)
    plan, review = bool(_SECTION_PLAN.search(folded)), bool(_SECTION_REVIEW.search(folded))
    if plan == review or len({m.group(1) for m in _EXPLICIT_YEAR.finditer(folded)}) > 1:
        return None  # (…某年运行情况和次年工作打算: a title of both, no section of either)
    match = _EXPLICIT_YEAR.search(folded)
    year = None
    if match and not _NOT_REPORT_YEAR_BEFORE.search(folded[max(0, match.start() - 4) : match.start()]):
        year = int(match.group(1))
    elif "明年" in folded and this_year is not None:
        year = this_year + 1
    if plan:
        return SectionTime(year, True, "section_heading_plan_year" if year else "section_heading_plan")
    return SectionTime(year, False, "section_heading_review_year") if year else None
