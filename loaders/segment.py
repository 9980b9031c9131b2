"""Cut a document's original text into paragraphs with stable ids, offsets, kinds and context.

Lines are grouped into blocks at blank lines; a block that stops mid-sentence is re-flowed into
the next prose block ("2020\\n\\n年,…"), because print layouts break lines anywhere. Each paragraph
is a contiguous span of the original text and gets a kind (prose, table_row, heading, caption,
boilerplate) and a context: the zone of the section it sits in (a yearbook's zone heading), the
【entry】 it belongs to, and the document's report year.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from models.records import Paragraph, ParagraphKind

# A paragraph that ends with one of these is complete; anything else may continue in the next block.
_TERMINAL = set('。！？!?；;…”"’」』')
_CONTINUES_AFTER = set("，,、：:（(“‘《—-")

_BOILERPLATE = [
    re.compile(r"^\s*第\s*[A-Z]?\d+\s*版\s*[:：]"),  # newspaper page index: 第B01版:两会特刊
    re.compile(r"(上一[期篇]|下一[期篇])"),
    re.compile(r"放大\s*缩小\s*默认"),
    re.compile(r"^\s*标题导航\s*$"),
    re.compile(r"^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*星期.\s*(出版)?\s*$"),
    re.compile(r"^\s*星期[一二三四五六日天]\s*$"),
    re.compile(r"^\s*[(（][^()（）]{1,40}(提供|供图|摄|来源)[)）]\s*$"),  # photo / text credit
    re.compile(r"^\s*[(（]?本[版文]图片由.{1,30}提供[)）]?\s*$"),
    re.compile(r"^\s*[A-Z]?\d{1,3}\s*[:：].{0,12}$"),  # "C01:两会特刊"
    re.compile(r"^\s*(本报记者|记者|通讯员|编辑|责任编辑|校对)\b.{0,30}$"),
    # a web page's byline: 来源:某某网 责任编辑:某某 2023-03-30 16:37
    re.compile(r"^\s*(来源|發布時間|发布时间|发布日期|发表时间|时间|日期|作者|浏览次数|点击数|字号)\s*[:：].{0,100}$"),
    # a breadcrumb: 您当前所在的位置:某某网 >> 新闻频道, 首页 > 新闻中心 > 园区动态
    re.compile(r"^\s*(您当前所在的?位置|当前位置|您的位置|所在位置)\s*[:：]"),
    re.compile(r"^[^。,，;；]{0,40}(>>|»|＞＞|>\s)[^。,，;；]{0,60}$"),
    # a page's vote buttons and their counters: 顶一下 / (0) / 0%
    re.compile(r"^\s*(?:顶一下|踩一下|[(（]\d{1,6}[)）])\s*$"),
]
# From a "related news" heading on, a web page lists other articles: none of it is this document.
_RELATED = re.compile(
    r"^\s*(相关新闻|相关阅读|相关文章|相关链接|推荐阅读|延伸阅读|热点推荐|更多新闻|猜你喜欢|热门文章|热门推荐)\s*[:：]?(\s|$)"
)
# A numbered section heading on its own line: 一、2022年工作总结, (二)招商引资, 3. 下一步打算
_NUMBERED_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[、.])[^。,，;；:：]{2,30}$"
    r"|^\s*附[件表]\s*\d{0,2}\s*[:：]?\s*$"  # a notice's "附件2" over its attachment
)
# A section heading's number ((一)甲高新区, 二、乙经开区, 3.丙园区, 第二章): no part of what the
# section is about
HEADING_NUMBER = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.](?!\d)"
    r"|第[一二三四五六七八九十]+[章节部分篇][、\s]*)\s*"
)
# The numbers of a report's heading levels, highest first: 一、 (一) 1. (1)
_HEADING_LEVELS = (
    re.compile(r"^\s*[一二三四五六七八九十]+、"),
    re.compile(r"^\s*[(（][一二三四五六七八九十]+[)）]"),
    re.compile(r"^\s*\d{1,2}[、.](?!\d)"),
    re.compile(r"^\s*[(（]\d{1,2}[)）]"),
)


def _heading_level(heading: str) -> int | None:
    return next((level for level, mark in enumerate(_HEADING_LEVELS) if mark.match(heading)), None)


# A line of a page's header or navigation: short, no sentence in it.
_TITLE_LINE = re.compile(r"^[^。，,；;！？!?]{1,40}$")
_CAPTION = [
    re.compile(r"^\s*(?:计量)?单位\s*[:：]\s*[\u4e00-\u9fff%、,，/]{1,20}\s*$"),  # "单位:亿元、%" over a table
    re.compile(r"[(（][^()（）]{1,40}(提供|供图|摄)[)）]\s*$"),
    re.compile(r"^\s*表\s*\d+\s*$"),
    re.compile(r"^\s*表\s*\d+[\s:：]+[^。,，;；]{2,40}$"),  # "表12 2022年某市开发区主要指标"
    re.compile(r"^.{1,30}(情况表|统计表|一览表|汇总表)\s*$"),
    re.compile(r"^.{1,20}(效果图|俯瞰图|鸟瞰图|夜景|全景|外景|现场|远眺|一角)\s*$"),
]
_ENTRY = re.compile(r"^\s*【([^】]{1,60})】")
_PROPER_HEADING = re.compile(r"[\u4e00-\u9fff]{4,16}")


def _named_by_its_entry(heading: str, text: str, following: list[tuple[int, int, ParagraphKind | None]]) -> str | None:
    """A yearbook's section named by a heading its first 【entry】 opens with (某市沿海产业基地 /
    【概况】 某市沿海产业基地2006年设立…): the section is about what the heading names,
    whatever kind of zone its name does not say."""
    name = heading.strip()
    if not following or not _PROPER_HEADING.fullmatch(name):
        return None
    start, end, _ = following[0]
    body = text[start:end]
    entry = _ENTRY.match(body)
    return name if entry is not None and body[entry.end() :].lstrip().startswith(name) else None


# (a label may be dated: "2022年末注册企业:389家")
_DATED = r"(?:(?:19|20)\d{2}\s*年(?:度|末|底)?)?"
# (the figure may be a change: "技改投资:同比增长23.65%")
_CHANGE_WORDS = r"(?:同比|比上年|较上年)?(?:增长|下降|增加|减少|提高|降低|上升|回落)?"
_FIGURE_AFTER_LABEL = re.compile(
    rf"^\s*(?:-\s*|[■●◆▲◎★☆□•]\s*)?{_DATED}[\u4e00-\u9fffA-Za-z()（）“”]{{2,24}}\s*[:：]\s*{_CHANGE_WORDS}[-+]?\d"
)
_BULLET = re.compile(r"^\s*(-\s*)?[■●◆▲◎★☆□•]")
# "地区生产总值：125.6亿元": an indicator line of a list of them, a paragraph of its own
_KEY_VALUE = re.compile(
    rf"^\s*{_DATED}[\u4e00-\u9fffA-Za-z()（）“”]{{2,24}}\s*[:：]\s*{_CHANGE_WORDS}[-+]?\d[\d.,]*\s*[\u4e00-\u9fffA-Za-z%/]{{0,8}}"
    r"(?:\s*[,，;；]\s*[^。\n]{0,30})?\s*[。;；]?\s*$"
    # "机械装备:企业15家,营收41.6亿元": a label, then its figures, no sentence
    r"|^\s*[\u4e00-\u9fff]{2,10}\s*[:：]\s*[^。:：\n]{2,40}?\d[^。:：\n]{0,40}(?<![。!?！？])$"
)
# A label that is a measure of a figure, not a figure of its own: 同比增长, 比全市增幅高, 占全市比重
_MEASURE_KEY = re.compile(
    r"\s*(?:同比|比上年|较上年)?(?:增长|下降|增减|增幅|增速|降幅)(?:率|幅度)?\s*[:：]"
    # (增速比全县园区平均水平低, 占全县规上工业总产值比重: the whole it is compared with named)
    r"|\s*(?:增速|增幅)?(?:比|较|高于|低于)(?:全市|全省|全县|全区|全国)[^:：\n]{0,16}[:：]"
    r"|\s*占(?:全市|全省|全县|全区|全国)[^:：\n]{0,14}[:：]"
    r"|\s*完成(?:年度|全年)?(?:计划|目标|任务)(?:的)?\s*[:：]"
)
_SENTENCE_PUNCT = re.compile(r"[。；;，,、:：]")
# Real paragraphs stay under a thousand characters; a text without line breaks (a page saved as
# one line, a table flattened) is cut into pieces of at most this many, at sentence ends where it
# has them, which keeps extraction time proportional to the document's length.
MAX_PARAGRAPH = 3000
_SENTENCE_MARKS = "。！？!?；;"
_CLAUSE_MARKS = "，,、：:"
# A heading is a short line (at most 30 characters, or one 【entry】 tag); longer spans never are.
_HEADING_SPAN = 400
# A page's menu or tag line: words side by side with spaces and no punctuation ("园区 招商 政务
# 公开 专题"); Chinese prose writes no spaces between words, so no sentence runs on over it.
_MENU_LINE = re.compile(r"^\s*(?:[\u4e00-\u9fff]{1,12}[ \t\u3000]+){3,}[\u4e00-\u9fff]{1,12}\s*$")
# A line that is only a place in a ranking ("第6名"): a flattened table's cell, under its row's name.
# "2019年5月8日", "2023-02-20 10:31", "05.12.2017 23:04": a page's date on a line of its own ends that line
_DATE_LINE = re.compile(
    r"^\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4})(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"\s*(?:(?:来源|作者|编辑|责任编辑|发布|浏览|点击)\s*[:：].*)?$"
)
_RANK_LINE = re.compile(r"^\s*(?:排名|排位|位列|名列|居)?第\s*[\d一二三四五六七八九十百]+\s*(?:名|位)\s*$")


@dataclass
class _Block:
    start: int
    end: int
    lines: list[tuple[int, int]] = field(default_factory=list)


def _lines(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        out.append((pos, pos + len(stripped)))
        pos += len(line)
    return out


_HEADER_CELL = re.compile(r"^(名\s*称|项\s*目|指\s*标|单\s*位|开发区|园区|序号)$|[(（][^()（）]{1,10}[)）]$")


# A table copied from a web page with single spaces between its cells: a row is a label (after an
# optional row number, "(一)") and two or more numbers or missing marks ("地区生产总值 487.45 6.8",
# "规上工业总产值 -- 14.8"); a header names the indicator column and the measures ("指标名称 某区",
# "绝对额 同比 占比").
_SPACED_ROW = re.compile(
    r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]\s?|[一二三四五六七八九十]{1,3}、)?"
    r"[\u4e00-\u9fff(（][^\s。，,；;：:！？!?]{0,29}(?:\s(?:[-—–]{1,2}|[-+]?\d[\d,]*(?:\.\d+)?%?)){2,}\s*$"
)
SPACED_MEASURE_WORDS = re.compile(
    r"^(?:绝对额|绝对值|绝对数|数值|总量|总额|本期|本年|本月|累计|本年累计|同比|增长|增速|增幅|同比增长|比上年增长|"
    r"比上年±%|增长%|同比±%|占比|比重|占比%|比重%|结构)$"
)
_SPACED_HEADER_WORDS = re.compile(r"^(?:序号|指标名称|指标|项目|名称)$")


def _spaced_header(line: str) -> bool:
    tokens = line.split()
    if len(tokens) < 2 or line.count("  ") or any(re.search(r"\d", t) or len(t) > 10 for t in tokens):
        return False
    measures = sum(1 for t in tokens if SPACED_MEASURE_WORDS.match(t))
    labels = sum(1 for t in tokens if _SPACED_HEADER_WORDS.match(t))
    return measures == len(tokens) or (labels >= 1 and labels + measures >= len(tokens) - 1)


# A cell of a table written with bars between its cells that holds a figure: 95.1亿元, 63家, -3.5%.
_BARRED_FIGURE = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?\s*(?:%|[\u4e00-\u9fff]{1,4})?$")


def _barred_row(line: str) -> bool:
    """A row of a table written with bars between its cells ("年份 | 产值 | 企业数",
    "2022年 | 95.1亿元 | 63家"): three or more short cells, figures after one or two labels, or
    all of them short labels (its header). A line of labelled fields (发布机构: | …) is no table, nor
    a table run into one line, labels and figures taking turns (排名 | 开发区 | 1 | 甲 | 2 | 乙)."""
    if line.count("|") < 2:
        return False
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) < 3 or any(len(c) > 30 or c.endswith((":", "：")) for c in cells):
        return False
    words = [i for i, c in enumerate(cells) if not _BARRED_FIGURE.match(c) and c not in ("", "—", "-", "/", "--")]
    if len(words) == len(cells):
        return all(len(c) <= 12 for c in cells)
    return len(cells) - len(words) >= 2 and all(i < 2 for i in words)


def is_table_line(line: str) -> bool:
    """A row of a table: tab-separated cells, or cells set apart by wide gaps that are mostly
    numbers — or a header row of such a table (名称 … 产值(亿元) … 增长(%)); or one whose cells are
    set apart by single spaces, or by bars."""
    if line.count("\t") >= 2 or _barred_row(line):
        return True
    if "  " not in line.strip() and (_SPACED_ROW.match(line) or _spaced_header(line)):
        return True
    cells = [c for c in re.split(r"\s{2,}", line.strip()) if c]
    numeric = sum(1 for c in cells if re.fullmatch(r"[-—–+]?[\d.,%]+|—|-", c))
    if len(cells) >= 4 and numeric >= 3:
        return True
    return len(cells) >= 3 and sum(1 for c in cells if _HEADER_CELL.search(c)) >= 2


def _line_kind(line: str) -> ParagraphKind | None:
    if is_table_line(line):
        return "table_row"
    if any(p.search(line) for p in _BOILERPLATE):
        return "boilerplate"
    if any(p.search(line) for p in _CAPTION):
        return "caption"
    return None


def _ends_open(text: str) -> bool:
    stripped = text.rstrip()
    if not stripped:
        return False
    if _DATE_LINE.match(stripped):
        return False
    last = stripped[-1]
    if last == "." and len(stripped) > 1 and "\u4e00" <= stripped[-2] <= "\u9fff":
        return False  # "…重点工作.": a full stop typed in ASCII
    return last not in _TERMINAL and not (last in ")）" and _CAPTION[0].search(stripped))


def _blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    current: _Block | None = None
    for start, end in _lines(text):
        if not text[start:end].strip():
            current = None
            continue
        if current is None:
            current = _Block(start, end)
            blocks.append(current)
        current.end = end
        current.lines.append((start, end))
    return blocks


def _wrapped(text: str, block: _Block) -> bool:
    """A column wrapped at a fixed width: its lines but the last are about equally long."""
    lengths = [len(text[a:b].strip()) for a, b in block.lines[:-1]]
    return len(lengths) >= 2 and max(lengths) - min(lengths) <= max(2, max(lengths) // 8)


def _tail(text: str, start: int, end: int) -> str:
    """The end of text[start:end] that decides whether it ends open: its last 80 characters
    before trailing whitespace (a caption's credit is shorter), without copying a long paragraph."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return text[max(start, end - 80) : end]


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end a piece of an over-long paragraph that starts at ``start``: after the last
    sentence end within ``limit`` characters, else after the last clause mark, else at a point
    that does not split a number or a Latin word."""
    window = text[start : start + limit]
    for marks in (_SENTENCE_MARKS, _CLAUSE_MARKS):
        cut = max(window.rfind(mark) for mark in marks)
        if cut >= limit // 4:
            return start + cut + 1
    cut = limit
    while cut > limit // 2 and window[cut - 1].isascii() and window[cut - 1].isalnum():
        cut -= 1
    return start + (cut if cut > limit // 2 else limit)


def _split_long(
    text: str, start: int, end: int, kind: ParagraphKind | None, limit: int = MAX_PARAGRAPH
) -> list[tuple[int, int, ParagraphKind | None]]:
    """A unit longer than ``limit`` characters becomes consecutive pieces of the same kind."""
    pieces: list[tuple[int, int, ParagraphKind | None]] = []
    while end - start > limit:
        cut = _cut(text, start, limit)
        pieces.append((start, cut, kind))
        start = cut
    pieces.append((start, end, kind))
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def segment(
    doc_id: str,
    text: str,
    report_year: int | None,
    zone_of_heading: Callable[[str], str | None],
) -> list[Paragraph]:
    """Paragraphs of a document, in order; ids are the document hash prefix and an ordinal."""
    # First pass: every line becomes a unit with a kind; prose lines of a block stay together.
    units: list[tuple[int, int, ParagraphKind | None]] = []
    own_lines: set[int] = set()  # where the title lines a page sets apart start
    for block in _blocks(text):
        prose: list[tuple[int, int]] = []
        # a block of navigation or header lines ("某某网首页 / 信息服务平台") is not one sentence
        separate_lines = len(block.lines) >= 2 and all(_TITLE_LINE.match(text[a:b].strip()) for a, b in block.lines)
        # a web page's lines are its paragraphs (most end a sentence); a hard-wrapped column's are not
        closed = sum(1 for a, b in block.lines if not _ends_open(text[a:b]))
        # (a notice's lines are mostly titles, list items and signatures: lines of their own too,
        # unless they are all as long as each other, as a column's are)
        titles = sum(1 for a, b in block.lines if _ends_open(text[a:b]) and _TITLE_LINE.match(text[a:b].strip()))
        line_paragraphs = len(block.lines) >= 3 and (
            closed * 2 >= len(block.lines) or ((closed + titles) * 2 >= len(block.lines) and not _wrapped(text, block))
        )
        listing = False
        for start, end in block.lines:
            kind = _line_kind(text[start:end])
            numbered = bool(_NUMBERED_HEADING.match(text[start:end]))
            key_value = bool(_KEY_VALUE.match(text[start:end]) or _DATE_LINE.match(text[start:end]))
            starts_new = (
                separate_lines or numbered or key_value or bool(_ENTRY.match(text[start:end]) or _BULLET.match(text[start:end]))
            )
            # the lines after one that ends with a colon ("…分别是:") are the items it announces
            # (a list starts only if its first line reads as an item: "各区人民政府:" opens a letter)
            opened = bool(prose) and text[prose[-1][0] : prose[-1][1]].rstrip()[-1:] in ":："
            title_line = bool(_TITLE_LINE.match(text[start:end].strip()))
            listing = bool(prose) and (title_line if opened else listing)
            if kind is None and not starts_new:
                if listing and not opened and not title_line:
                    units.append((prose[0][0], prose[-1][1], None))
                    own_lines.add(start)  # (the list ends without a full stop: no sentence runs on)
                    prose, listing = [], False
                if line_paragraphs and prose and not _ends_open(text[prose[-1][0] : prose[-1][1]]):
                    units.append((prose[0][0], prose[-1][1], None))
                    prose = []
                if line_paragraphs and _is_heading_like(text[start:end]) and not listing:
                    if prose:
                        units.append((prose[0][0], prose[-1][1], None))
                    units.append((start, end, None))  # a title line among a page's lines
                    own_lines.add(start)
                    prose = []
                    continue
                if line_paragraphs and prose and _is_heading_like(text[prose[-1][0] : prose[-1][1]]) and len(prose) == 1:
                    units.append((prose[0][0], prose[-1][1], None))  # "工业经济稳进提质": a subheading line
                    prose = []
                if len(prose) == 1 and (
                    _title_lines(text[prose[0][0] : prose[0][1]], text[start:end])
                    or (_is_heading_like(text[prose[0][0] : prose[0][1]]) and _SENTENCE_OPENING.match(text[start:end]))
                ):
                    # a title over its subtitle: two headings; a title over a sentence that opens
                    # as a report's sentences do (2022年,…, 今年以来…): a heading and its text
                    units.append((prose[0][0], prose[0][1], None))
                    prose = []
                prose.append((start, end))
                continue
            if prose:
                units.append((prose[0][0], prose[-1][1], None))
                prose = []
            if (
                key_value
                and kind is None
                and units
                and units[-1][2] is None
                and _MEASURE_KEY.match(text[start:end])
                and _KEY_VALUE.match(text[units[-1][0] : units[-1][1]].rsplit("\n", 1)[-1])
                and not text[units[-1][1] : start].strip()
            ):
                # "规上工业总产值:3712.6亿元" / "同比增长:10.4%": a line giving a measure of the
                # figure on the line before it is read with that line
                units[-1] = (units[-1][0], end, None)
                continue
            if (numbered or key_value) and kind is None:
                units.append((start, end, None))  # "二、2023年工作思路": a section heading of its own line
                if numbered:
                    own_lines.add(start)
            elif kind is None:
                prose.append((start, end))
            else:
                units.append((start, end, kind))
        if prose:
            units.append((prose[0][0], prose[-1][1], None))

    units, own_lines = _pair_fact_box(text, units, own_lines)
    # Second pass: re-flow prose units that stop mid-sentence into the next prose unit.
    merged: list[tuple[int, int, ParagraphKind | None]] = []
    for start, end, kind in units:
        if merged and merged[-1][0] not in own_lines:
            p_start, p_end, p_kind = merged[-1]
            nxt = text[start:end]
            if p_kind is None and kind is None and _RANK_LINE.match(nxt) and p_end - p_start <= 30:
                merged[-1] = (p_start, end, None)  # "某经开区" / "第6名": a row of a ranked table
                continue
            if (
                p_kind is None
                and kind is None
                and _ends_open(_tail(text, p_start, p_end))
                and not _ENTRY.match(nxt)
                and not _BULLET.match(nxt)
                and not _KEY_VALUE.match(text[p_start:p_end].rsplit("\n", 1)[-1])
                and not _KEY_VALUE.match(nxt)
                and not (p_end - p_start <= _HEADING_SPAN and _is_heading_like(text[p_start:p_end]))
                # (a dispatch's opening, 本报讯(记者…), starts the story under its headline lines)
                and not _DISPATCH_OPENING.match(nxt)
                and not _MENU_LINE.match(_tail(text, p_start, p_end).rsplit("\n", 1)[-1])
                and start not in own_lines
            ):
                merged[-1] = (p_start, end, None)
                continue
        merged.append((start, end, kind))
    merged = [piece for unit in merged for piece in _split_long(text, *unit)]

    paragraphs: list[Paragraph] = []
    section_zone: str | None = None
    zone_level: int | None = None  # how high the heading that set the section's zone was numbered
    entry: str | None = None
    previous_kind: ParagraphKind | None = None
    related = False
    for index, (start, end, kind) in enumerate(merged):
        start, end = _trim(text, start, end)
        body = text[start:end]
        related = related or bool(_RELATED.match(body))
        if related:
            kind = "boilerplate"
        if kind is None:
            kind = "heading" if _is_heading(body, previous_kind, paragraphs) else "prose"
        if kind == "heading":
            zone = zone_of_heading(body) or _named_by_its_entry(body, text, merged[index + 1 : index + 2])
            level = _heading_level(body)
            if zone:
                section_zone, zone_level = zone, level
                entry = None
            elif level is not None and zone_level is not None and level <= zone_level:
                # "(四)乙园区 … 三、存在的问题": a heading numbered as high as the zone's ends its section
                section_zone, zone_level = None, None
            entry_match = _ENTRY.match(body)
            if entry_match:
                entry = entry_match.group(1).strip()
        elif kind == "prose":
            entry_match = _ENTRY.match(body)
            if entry_match:
                entry = entry_match.group(1).strip()
        paragraphs.append(
            Paragraph(
                paragraph_id=f"{doc_id[:16]}-p{len(paragraphs):04d}",
                doc_id=doc_id,
                ordinal=len(paragraphs),
                kind=kind,
                char_start=start,
                char_end=end,
                text=body,
                section_zone=section_zone,
                entry=entry,
                report_year=report_year,
            )
        )
        previous_kind = kind
    return paragraphs


# A fact box's label (中文名, 面积, 邮政编码) and its value: short, with no sentence in either.
_BOX_LABEL = re.compile(r"^\s*[\u4e00-\u9fffA-Za-z/ ]{1,8}\s*$")
_BOX_VALUE = re.compile(r"^\s*[^。;；!！?？]{1,40}\s*$")
_BOX_PAIRS = 3  # label/value pairs in a row that make a fact box
# An entry of a page's table of contents: "3自然环境", "12经济" (not a ranked list's "1 某开发区").
_CONTENTS_ENTRY = re.compile(r"^\s*\d{1,2}[\u4e00-\u9fff]{1,7}[\u4e00-\u9fff](?<![区园])\s*$")


def _pair_fact_box(
    text: str, units: list[tuple[int, int, ParagraphKind | None]], own_lines: set[int]
) -> tuple[list[tuple[int, int, ParagraphKind | None]], set[int]]:
    """An encyclopedia page's fact box ("面积" / "225平方公里" / "邮政编码" / …, each on a line of
    its own): each label with its value is a paragraph, and no sentence runs on through them; nor
    through its table of contents ("1建制沿革" / "2行政区划" / …), each entry a line of its own."""

    def pair_at(i: int) -> bool:
        return (
            i + 1 < len(units)
            and units[i][2] is None
            and units[i + 1][2] is None
            and bool(_BOX_LABEL.match(text[units[i][0] : units[i][1]]))
            and bool(_BOX_VALUE.match(text[units[i + 1][0] : units[i + 1][1]]))
        )

    out: list[tuple[int, int, ParagraphKind | None]] = []
    own = set(own_lines)
    i = 0
    while i < len(units):
        entries = 0
        while i + entries < len(units) and _CONTENTS_ENTRY.match(text[units[i + entries][0] : units[i + entries][1]]):
            entries += 1
        run = 0
        while entries < _BOX_PAIRS and pair_at(i + 2 * run):
            run += 1
        if entries >= _BOX_PAIRS:
            out.extend(units[i : i + entries])
        elif run >= _BOX_PAIRS:
            out.extend((units[i + 2 * k][0], units[i + 2 * k + 1][1], None) for k in range(run))
        else:
            out.append(units[i])
            i += 1
            continue
        own.update(start for start, _, _ in out[-(entries or run) :])
        i += entries or 2 * run
        if i < len(units):
            own.add(units[i][0])  # (nor into what follows them)
    return out, own


_DISPATCH_OPENING = re.compile(r"\s*(?:本报讯|本报[^,。]{0,8}电|新华社[^,。]{0,12}电|[^,。\n]{0,12}讯\s*[(（]记者)")
_SENTENCE_OPENING = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年|今年|近年来|近日|日前|本报讯|记者)")
_QUANTITY = re.compile(r"\d\s*(?:亿|万|%|家|个|项|人|户|平方|公顷|亩)")


def _title_lines(first: str, second: str) -> bool:
    """Two short lines that both read as titles and state no figure (某某高新区 / 2024年工作规划)
    are a title block; a sentence wrapped over two short lines carries its figure on one of them."""
    return all(_is_heading_like(line) and not _QUANTITY.search(line) for line in (first, second))


def _is_heading_like(body: str) -> bool:
    stripped = body.strip()
    if _FIGURE_AFTER_LABEL.match(stripped):
        return False  # "地区生产总值:125.6亿元", "◆入驻企业:312家(其中…)" is a figure, not a title
    entry = _ENTRY.match(stripped)
    if entry:
        return entry.end() == len(stripped)
    return (
        "\n" not in stripped
        and len(stripped) <= 30
        and stripped[-1] not in _CONTINUES_AFTER
        and stripped[-1] not in _TERMINAL
        and _short_title(stripped)
    )


def _short_title(stripped: str) -> bool:
    # A title has no sentence inside it: at most one comma joining two phrases of some length, and
    # no leading digit (a line "2020" or "10月23日," is a broken sentence, not a heading).
    parts = re.split(r"[,，]", stripped)
    # ("2022年工作总结" is one: a year opening a title)
    return len(parts) <= 2 and all(len(p) >= 4 for p in parts) and not re.match(r"^(?!(?:19|20)\d{2}年\D{4})\d", stripped)


def _is_heading(body: str, previous_kind: ParagraphKind | None, paragraphs: list[Paragraph]) -> bool:
    if not _is_heading_like(body):
        return False
    if not paragraphs:
        return True
    last = paragraphs[-1]
    # (an indicator line, 固定资产投资:60.2亿元, ends a list, never a sentence a heading would go on)
    listed = bool(_KEY_VALUE.match(last.text.rsplit("\n", 1)[-1])) and bool(_NUMBERED_HEADING.match(body))
    return previous_kind in ("heading", "caption", "boilerplate", "table_row") or not _ends_open(last.text) or listed
