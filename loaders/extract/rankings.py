"""Rankings: a zone's place in a list, with its previous place and the size of the field.

The language: 由第14位升至第9位 / 由全国150位上升至88位 (previous → current), 列第36位, 位列第7名,
排名第三位, 居全省第一位, 全省第一; a change stated beside it (较前一年上升12位, 比2021年晋升3位,
前进五个位次) gives the previous rank; 在全国218家…中 or 在全省47个高新区中 gives the field; the
list's name is the evaluation named before it (…综合考评, …考核, …排名, 《…报告》).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from loaders.extract.context import ParagraphContext, compared_with, ranked_behind
from loaders.extract.zones import ZoneHit
from loaders.numbers import parse_number

_N = r"(\d+|[一二三四五六七八九十百]+)"
# "由第52位升至第38位", "由全国经开区第十一升至第八": a place is written with 第, 位 or 名, or both;
# the field may stand between 由 and the first place
_A_PLACE = r"(?=第|[\d一二三四五六七八九十百]+(?:位|名))第?"
_FROM_TO = re.compile(
    r"由(?:\d{4}年度?的?|上年度的?|上年的?|去年的?)?(?:(?:全国|全省|全市)[^,;。第由\d]{0,12}?)?"
    rf"{_A_PLACE}{_N.replace('(', '(?P<prev>', 1)}(?:位|名)?"
    r"(?P<dir>上升|提升|升|晋升|跃升|前进|进|退|下降|降|后退|下滑)"
    rf"(?:至|到)(?:全国|全省|全市)?{_A_PLACE}{_N.replace('(', '(?P<rank>', 1)}(?:位|名)?"
)
_PLACE = re.compile(
    r"(?P<verb>位列|位居|列|排名|排位|排|居|名列|位于|位次为|排在|中|(?<=排行)榜|榜单)"
    r"(?P<scope>全国|全省|全市|全县)?(?:第)(?P<rank>\d+|[一二三四五六七八九十百]+)(?:位|名|(?!方阵|梯队|阵营|方队|档|批|等|类))"
    r"|(?P<scope_b>全国|全省|全市)第(?P<rank_b>\d+|[一二三四五六七八九十]+)(?:位|名|(?!方阵|梯队|阵营|方队|档|批|等|类))"
    r"|排名第(?P<rank_c>\d+|[一二三四五六七八九十]+)(?:位|名)?"
    # 位列230家国家级开发区第27位, 位列华东地区第2位: the field or region between verb and rank
    r"|(?:位列|位居|名列|排名|排位|排在|居于|居|列)"
    r"(?P<scope_d>[^,;。第由]{1,16}?)第(?P<rank_d>\d+|[一二三四五六七八九十百]+)(?:位|名|(?![\d一二三四五六七八九十百\u4e00-\u9fff]))"
    # 位列97位: a rank without 第
    r"|(?:位列|位居|名列|排名|排位)(?P<rank_e>\d+)(?:位|名)"
    # 排位升至第3位, 跃居第5位: the place a rank rose to
    r"|(?:升至|升到|跃升至|跃升到|跃居|提升至|提升到|上升至|上升到|前移至|攀升至|晋升至)(?P<scope_g>全国|全省|全市)?第(?P<rank_g>\d+|[一二三四五六七八九十]+)(?:位|名)"
    # 综合考核第1名: the place in an evaluation named right before it
    r"|(?<=考核|考评|评比|评价|评选)第(?P<rank_h>\d+|[一二三四五六七八九十]+)名"
    # "位列全国第12位,中部地区第3位" (or 、): a second place in a region's list, right after the first
    r"|(?<=[位名][,、])(?P<scope_i>东部地区|中部地区|西部地区|东北地区|中西部地区|全省|全市|全国)第(?P<rank_i>\d+|[一二三四五六七八九十]+)(?:位|名)"
    # "考核第一名、亩均税收第一名": a place in another list, named right after a place
    r"|(?<=[名位]、)(?P<field_j>[\u4e00-\u9fff]{2,10}?)第(?P<rank_j>\d+|[一二三四五六七八九十]+)(?:名|位)"
    # 居全市各开发区首位, 居榜首, 考评中排名首位: the first place without a number ("排名首位的是…"
    # names the place before the zone that holds it, see _FIRST_PLACE_FIRST)
    r"|(?:位列|位居|稳居|居于|居|列|荣登|登上|蝉联|问鼎|排名|排在)(?P<scope_f>(?:全国|全省|全市|全县|全区|同类|各|[两三四五六七八九十\d]+大)[^,;。第由]{0,14}?)?(?P<top>首位|榜首)(?!的)"
    # 独占鳌头, 拔得头筹: the first place in a figure of speech
    r"|(?P<top_idiom>独占鳌头|拔得头筹)"
)
# Whose rank it is: a company's market position (产销规模全国第一) is not the zone's.
_NOT_THE_ZONES = re.compile(r"(集团|公司|有限|股份|产销|销量|产量|市场占有率|市场份额|品牌|行业中|行业内)")
_CHANGE = re.compile(
    r"(?:较|比)(?:前一年|上一年度|上年度?|上一年|去年|\d{4}年)?(?:的)?"
    r"(?P<dir>上升|提升|提高|晋升|前进|进位|跃升|下降|后退|下滑|退后)"
    rf"(?:了)?{_N.replace('(', '(?P<n>', 1)}(?:个)?(?:位次|位|名)"
    r"|(?P<dir2>晋级|前进|上升|提升)(?P<n2>\d+|[一二三四五六七八九十]+)(?:个)?(?:位次|位|名)"
    # "位列第15位,与去年持平": the same place as the year before
    r"|(?P<same>(?:与|和|同)(?:上年|去年|上一年|上年度)(?:的)?(?:排位|排名|位次)?(?:相同|持平|一致)|(?:排位|排名|位次)(?:保持)?不变)"
    # "位列第5位(上年第7位)", "位列第5位,上年为第7位": last year's place, said beside this year's
    rf"|(?:\(|,)(?:上年度?|去年|上一年度?|上届|上一轮)(?:为|是|排名|排|位列|居)?第{_N.replace('(', '(?P<prev>', 1)}(?:位|名)\)?"
)
_FIELD = re.compile(
    r"(?:全国|全省|全市)(?P<of>\d+)(?:家|个)"
    r"|(?P<of2>\d+)(?:家|个)(?:国家级|省级|省级以上)?[\u4e00-\u9fff]{0,6}?(?:经开区|开发区|高新区|园区|集聚区)"
)
_LIST_NAME = re.compile(
    r"(《[^》]{2,40}》|(?:\d{4}年?度?)?[\u4e00-\u9fff“”\"A-Za-z]{2,30}(?:综合考评|考核评价|考核|考评|评价|评比|排名|排位|排行榜|榜单|强|评估))"
)
_TOP_N = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,12}?)(?P<n>\d+)强")


@dataclass(frozen=True)
class FoundRanking:
    start: int
    end: int
    anchor: int
    ranking: str
    rank: int
    prev_rank: int | None
    of: int | None
    rule: str
    qualifier: str | None = None
    zone: str | None = None
    claims: list[tuple[int, int]] = field(default_factory=list)
    year: tuple[int | None, str] | None = None  # when the ranking's own name dates it


def _int(text: str | None) -> int | None:
    if not text:
        return None
    value = parse_number(text)
    return int(value) if value is not None else None


def _clean_list_name(ctx: ParagraphContext, name: str) -> str:
    name = name.strip("《》“”")
    if "在" in name[:-4]:
        name = name[name.rindex("在") + 1 :]  # "宁波经开区在全国…考核": the list starts after 在
    name = re.sub(r"^(?:在|对|经|于|中(?!国)|家|个|所|年|的|根据|最新的|[\u4e00-\u9fff]{0,8}?公布的)+", "", name)
    name = re.sub(r"^\d{4}年?度?", "", name)
    # (the field's size is no part of the list's name: 全省7家国家级经开区总分排名)
    name = re.sub(r"^(?:全[国省市区县])?\d+(?:家|个|所)(?=[\u4e00-\u9fff]{4})", "", name)
    stripped = True
    while stripped:  # "甲经开区和乙高新区综合排名": the zones are not the list's name
        stripped = False
        name = re.sub(r"^(?:和|及|与|、|其中|荣获|获得|获评|获)", "", name)
        for surface in ctx.hit_surfaces:
            if name.startswith(surface):
                name, stripped = name[len(surface) :], True
    return re.sub(r"报告$", "", re.sub(r"中(?=排位$|排名$)", "", name))  # "…园区中排位": the 中 is "among"


def _named_between(match: re.Match[str]) -> str | None:
    """ "位列外贸进出口单项排名第4名": a list named between the verb and the rank is the one it is in."""
    scope = match.group("scope_d")
    return scope if scope and len(scope) >= 4 and re.search(r"(排名|排行榜?|榜单?|考评|考核|评价)$", scope) else None


def _field_list_name(field: str) -> str:
    """ "亩均税收" → "亩均税收排名"; an evaluation (创新发展考核) is named already."""
    return field if re.search(r"(排名|排行|考评|考核|评价|评比|评选)$", field) else field + "排名"


_VIEWPOINT = re.compile(r"从([^,;。从]{2,20}?)(?:情况|方面)?来看")


def _list_name(ctx: ParagraphContext, pos: int) -> str:
    """The evaluation a rank belongs to: one named in its sentence before it, else the report
    title (《…》) named earlier in the paragraph, else the scope of the rank (全国排名)."""
    # An 【entry】 title ("【跃升全国“五十强”】") is a headline, not the name of a list.
    text = re.sub(r"【[^】]*】", lambda m: "※" * len(m.group(0)), ctx.text)
    sentence_start, _ = ctx.sentence_bounds(pos)
    # "从招商实绩来看,甲、乙、丙包揽前三名": the list is the one the clause views from
    viewpoints = list(_VIEWPOINT.finditer(text, sentence_start, pos))
    if viewpoints:
        return _clean_list_name(ctx, viewpoints[-1].group(1))
    best: str | None = None
    for match in _LIST_NAME.finditer(text, sentence_start, pos + 2):
        cleaned = _clean_list_name(ctx, match.group(1))
        if len(cleaned) > 3 and not re.search(r"(\d|参加|进入|首次|※)", cleaned) and not _OCCASION_ONLY.fullmatch(cleaned):
            best = cleaned
    if best is None:
        for match in re.finditer(r"《[^》]{2,40}》", text[:sentence_start]):
            if not re.search(r"(办法|通知|意见|规定|方案|条例|细则|指引)(?:\([^()]*\))?》$", match.group(0)):
                best = _clean_list_name(ctx, match.group(0))  # (a rule book names how, not the list)
    if best is None:
        for match in _TOP_N.finditer(text, sentence_start, pos + 20):
            if _YEAR_OPENS.search(text, match.end(), pos):
                continue  # "前年首次跻身百强,今年位列全国第N位": a list of another year
            best = match.group(0)
    if best is None:
        titled = _ASSESSMENT_TITLE.search(ctx.doc_title or "")
        if titled:
            # a bare table of ranks under 关于2021年度…考评结果的公示, or a headline repeated in the body
            name = titled.group("name")
            return _clean_list_name(ctx, name) if "在" in name else name
    if best is None:
        # (the scope of the rank is the one nearest it: "全市工业增值税增长39%,增速位居全省第四" is
        # ranked in the province; the place the figure is of is no part of the list's name)
        scopes = re.findall(r"全国|全省|全市", text[sentence_start : pos + 6])
        figure = re.sub(r"^(?:全国|全省|全市)", "", _ranked_figure(ctx, pos))
        figure = "" if _OCCASION_ONLY.fullmatch(figure) else re.sub(r"^(?:今年|去年|当年|本年度?)", "", figure)
        best = f"{scopes[-1] if scopes else ''}{figure}排名"
    return best or "排名"


_YEAR_OPENS = re.compile(r"(?:19|20)\d{2}年|今年|去年|当年|前年")
# "此次考评位列全国第N位": the occasion a rank was given names no list; its scope does
_OCCASION_ONLY = re.compile(r"(?:此次|本次|这次|今年|去年|当年|本轮|此轮|该次)(?:考核|考评|评价|评估|评比|排名|排序)")
_ASSESSMENT_TITLE = re.compile(r"(?:关于)?(?P<name>[^,。;:]{2,40}?(?:考评|考核|评价|评估|排名|排行))(?:结果|情况)?")


_FIGURE_BEFORE_PLACE = re.compile(
    r"(?:\d{4}年|全年|上半年|前三季度|一季度|其中)?(?P<what>[\u4e00-\u9fff]{2,10}?)(?:居|位居|位列|列|排名|排在|名列)?"
)


_HOLDING_WORDS = re.compile(
    r"已|连续|多年|稳|首次|再次|继续|仍|保持|跃|升|降|进|退|均|分别|综合|整体|获得|开发区|园区?|集聚区|高新区|经开区|新区|^[在和并与及对为从]|中$"
)


def _ranked_figure(ctx: ParagraphContext, pos: int) -> str:
    """ "零售额增长6.3%,增速排在全县第一": the figure the rank is of, named in the clause before."""
    clause_start = ctx.clause_start(pos)
    what = re.match(r"(增速|增幅|总量|规模)", ctx.text[clause_start:pos])
    sentence_start, _ = ctx.sentence_bounds(pos)
    if not what:
        # "甲经开区营业收入居全省第6位,税收居第9位": the figure named before the verb of the place
        named_hits = [h.end for h in ctx.hits_starting(clause_start, pos) if not h.generic and h.zone_type != "aggregate"]
        head = min(named_hits) if named_hits else clause_start
        named = _FIGURE_BEFORE_PLACE.fullmatch(ctx.text, head, pos)
        # (how long or how firmly it holds the place is no figure: 已连续多年稳居…, nor is the field
        # it is placed in, 在全省开发区中, or the next zone of a list)
        return named.group("what") if named and not _HOLDING_WORDS.search(named.group("what")) else ""
    if clause_start <= sentence_start:
        return ""
    previous_start = ctx.clause_start(clause_start - 1)
    if previous_start > sentence_start and re.match(
        r"(?:同比|比上年|较上年)?(?:增长|下降)", ctx.text[previous_start:clause_start]
    ):
        # "工业增加值31.6亿元,增长13.7%,增速全市第一": the rate's clause names no figure, the one before does
        previous_start, clause_start = ctx.clause_start(previous_start - 1), previous_start
    previous_start = max([h.end for h in ctx.hits_starting(previous_start, clause_start)] + [previous_start])
    previous = ctx.text[previous_start : clause_start - 1]
    subject = re.split(r"(同比|比上年|增长|下降|实现|完成|达到|达|为|\d)", previous)[0]
    subject = re.sub(r"^(其中|全年|上半年|前三季度|一季度)", "", subject)
    return subject + what.group(1) if subject else ""


def _field_size(ctx: ParagraphContext, start: int, end: int, floor: int = 0) -> int | None:
    """The size of the field, said in the rank's sentence after any earlier rank in it."""
    sentence_start, _sentence_end = ctx.sentence_bounds(start)
    window = ctx.text[max(sentence_start, floor) : end]
    sizes = [int(m.group("of") or m.group("of2")) for m in _FIELD.finditer(window)]
    # (a list of the top N in an earlier sentence is another field: 进入全国30强。某经开区位列第14位)
    top = [int(m.group("n")) for m in _TOP_N.finditer(ctx.text[max(sentence_start, start - 30) : end])]
    if sizes:
        return sizes[-1]
    if top:
        return top[-1]
    return None


def _change(ctx: ParagraphContext, end: int, rank: int) -> tuple[int | None, tuple[int, int] | None]:
    window_end = min(len(ctx.text), end + 30)
    match = _CHANGE.search(ctx.text, end, window_end)
    if not match or ctx.text[end : match.start()].count("。") or ctx.text[end : match.start()].count(";"):
        return None, None
    if any(not h.generic for h in ctx.hits_starting(end, match.start())):
        return None, None  # "甲经开区排名137位,乙产业园排名提升5位": the move is the next zone's
    if match.group("same"):
        return rank, match.span()
    if match.group("prev"):
        return _int(match.group("prev")), match.span()
    direction = match.group("dir") or match.group("dir2")
    n = _int(match.group("n") or match.group("n2"))
    if n is None:
        return None, None
    up = direction in ("上升", "提升", "提高", "晋升", "前进", "进位", "跃升", "晋级")
    return (rank + n if up else rank - n), match.span()


# "A和B综合排名分别为67位和89位,提升64位和13位": ranks paired with the zones named before 分别
_RESPECTIVE = re.compile(
    # "A、B分别位列利用外资单项排名第2、5名": the list's name may come between the verb and the ranks
    rf"(?:分别(?:为|是|位列|位居|列|居)?|分列|分居)(?P<name>[^,;。第\d]{{0,16}}?)第?"
    # "第2、5名", "二、三名"; "分列一二三位": one numeral a place
    rf"(?P<ranks>{_N}(?:位|名)?(?:(?:和|、|与)第?{_N}(?:位|名)?)+|[一二三四五六七八九]{{2,9}}(?=位|名))"
    rf"(?:,?(?P<dir>提升|上升|前进|晋升|下降|后退)(?P<moves>{_N}(?:个)?(?:位次|位|名)?(?:(?:和|、|与){_N}(?:个)?(?:位次|位|名)?)+))?"
)


# "乙、丙位列二、三名", "丁、戊位居第4、5位": as many places as zones, paired in order without 分别
_PLACES_LISTED = re.compile(
    rf"(?:位列|位居|名列|排名|排在)(?P<name>)第?(?P<ranks>{_N}(?:(?:和|、|与)第?{_N})+)(?=位|名)"
    rf"(?:位|名)(?:,?(?P<dir>提升|上升|前进|晋升|下降|后退)(?P<moves>{_N}(?:个)?(?:位次|位|名)?(?:(?:和|、|与){_N}(?:个)?(?:位次|位|名)?)+))?"
)
_MOVED_BY = re.compile(r"(?:提升|上升|前移|前进|进位|跃升|晋升|提高|下降|后退|后移|下滑|回落)了?$")


def _respective_ranks(ctx: ParagraphContext) -> list[FoundRanking]:
    out: list[FoundRanking] = []
    respective = list(_RESPECTIVE.finditer(ctx.text))
    listed = [
        m for m in _PLACES_LISTED.finditer(ctx.text) if not any(r.start() < m.end() and m.start() < r.end() for r in respective)
    ]
    matches = sorted([*respective, *listed], key=lambda m: m.start())
    for match in matches:
        if _MOVED_BY.search(match.group("name")):
            continue  # "分别比上年提升5位和9位": how far each moved, not where it stands
        written = match.group("ranks")
        one_each = re.fullmatch(r"[一二三四五六七八九]{2,9}", written)
        ranks = [_int(ch) for ch in written] if one_each else [_int(n) for n in re.findall(_N, written)]
        sentence_start, _ = ctx.sentence_bounds(match.start())
        zones = []
        hits = [h for h in ctx.hits_starting(sentence_start, match.start()) if not h.generic and not h.alias_of_previous]
        if match.re is _PLACES_LISTED:
            # (without 分别 the zones are the list right before the verb: "甲位列第一,乙、丙位列二、三名")
            lists = _listed_runs(ctx.text, hits)
            last = lists[-1] if lists else []
            hits = last if last and not re.search(r"[,;。]", ctx.text[last[-1].end : match.start()]) else []
        for hit in hits:
            zone = ctx._resolve(hit)
            if zone and zone not in zones:
                zones.append(zone)
        if len(zones) > len(ranks):
            # "除甲居榜首以外,还有乙、丙、丁3家上榜,分别列…", "甲、乙位列丙之前,分别为…": the one
            # list of as many zones as ranks
            runs = [[ctx._resolve(h) for h in run] for run in _listed_runs(ctx.text, hits)]
            fitting = [run for run in runs if len(run) == len(ranks) and all(run)]
            if len(fitting) == 1:
                zones = [z for z in fitting[0] if z]
        known = [r for r in ranks if r is not None]
        names = [match.group("name") if len(match.group("name")) >= 4 else _list_name(ctx, match.start())] * len(ranks)
        if len(zones) == 1 and len(ranks) >= 2:
            # "…通报了甲、乙、丙三个指标排名,某高新区分别位居第4、5、9位": one zone, one rank a ranking
            listed_names = _rankings_listed_before(
                ctx.text[sentence_start : match.start()], len(ranks)
            ) or _measures_joined_before(ctx, sentence_start, match.start(), len(ranks))
            if listed_names:
                zones, names = zones * len(ranks), listed_names
        if len(zones) != len(ranks) or len(known) != len(ranks):
            continue
        moves = [_int(n) for n in re.findall(_N, match.group("moves") or "")]
        up = match.group("dir") in ("提升", "上升", "前进", "晋升")
        for i, (zone, rank) in enumerate(zip(zones, known, strict=False)):
            move = moves[i] if len(moves) == len(ranks) else None
            prev = None if move is None else rank + move if up else rank - move
            out.append(
                FoundRanking(
                    start=ctx.clause_start(match.start()),
                    end=match.end(),
                    anchor=match.start(),
                    ranking=names[i],
                    rank=rank,
                    prev_rank=prev,
                    of=_field_size(ctx, match.start(), match.end()),
                    rule="ranking_respectively",
                    zone=zone,
                    claims=[match.span()],
                )
            )
    return out


def _listed_runs(text: str, hits: list[ZoneHit]) -> list[list[ZoneHit]]:
    """The zones in runs of a list (甲、乙和丙), in order."""
    runs: list[list[ZoneHit]] = []
    for hit in hits:
        if runs and re.fullmatch(r"[、和及与]", text[runs[-1][-1].end : hit.start]):
            runs[-1].append(hit)
        else:
            runs.append([hit])
    return runs


# "甲、乙、丙三个一级指标排名": rankings listed and counted before the ranks they are paired with
_RANKINGS_LISTED = re.compile(
    r"(?P<items>(?:[^,;。、]{2,24}、)+[^,;。、]{2,24}?)(?:等)?(?P<count>[两二三四五六七八九十\d]+)(?:个|项)"
    r"[^,;。、]{0,8}?(?:指标|排名|单项|方面)"
)


# "总量和增速均居全省前列,在全国…中分别列第40位、第8位": the measures the zone is
# ranked by, joined right after its name
_MEASURES_JOINED = re.compile(
    r"(?P<items>(?:[\u4e00-\u9fff]{2,8}、)*[\u4e00-\u9fff]{2,8}?和[\u4e00-\u9fff]{2,8}?)(?=均|在|分别|,)"
)


def _measures_joined_before(ctx: ParagraphContext, sentence_start: int, pos: int, count: int) -> list[str]:
    text = ctx.text
    # the list opens right after the zone's name or a comma
    openings = [h.end for h in ctx.hits_starting(sentence_start, pos) if not h.generic]
    openings += [i + 1 for i in range(sentence_start, pos) if text[i] == ","]
    for opening in sorted(openings, reverse=True):
        joined = _MEASURES_JOINED.match(text, opening, pos)
        items = re.split(r"[、和]", joined.group("items")) if joined else []
        if len(items) == count:
            return items
    return []


def _rankings_listed_before(text: str, count: int) -> list[str]:
    for match in _RANKINGS_LISTED.finditer(text):
        items = match.group("items").split("、")
        if len(items) != count or _int(match.group("count")) != count:
            continue
        items[0] = re.sub(r"^.*?(?:通报了|公布了|发布了|包括|即|:)", "", items[0])
        return items
    return []


def _ranks_in_parentheses(ctx: ParagraphContext) -> list[FoundRanking]:
    """ "分别是甲经开区(31位)、乙县产业集聚区(40位)": each zone with its rank after it."""
    out: list[FoundRanking] = []
    for hit in ctx.zone_hits:
        if hit.generic or hit.alias_of_previous:
            continue
        match = re.match(rf"\s*\(第?{_N.replace('(', '(?P<rank>', 1)}(?:位|名)\)", ctx.text[hit.end :])
        rank = _int(match.group("rank")) if match else None
        zone = ctx._resolve(hit)
        if match is None or rank is None or not zone:
            continue
        end = hit.end + match.end()
        out.append(
            FoundRanking(
                start=hit.start,
                end=end,
                anchor=hit.start,
                ranking=_list_name(ctx, hit.start),
                rank=rank,
                prev_rank=None,
                of=_field_size(ctx, hit.start, end),
                rule="ranking_in_parentheses",
                zone=zone,
                claims=[(hit.end, end)],
            )
        )
    return out


# A list of zones with their places after a ranking word: "排名分别是:甲高新区33名、乙经开区38名".
_RANKED_LIST_OPENING = re.compile(r"(排名|排位|位次|榜单|榜)[^。;]{0,12}?$")
_RANK_AFTER_ZONE = re.compile(rf"\s*(?:排名|位列|位居|居)?第?{_N.replace('(', '(?P<rank>', 1)}(?:名|位)(?=[、,;。和及]|$)")


def _ranks_after_zones(ctx: ParagraphContext) -> list[FoundRanking]:
    """Zones listed each with its place, after the ranking is named: one ranking per zone."""
    out: list[FoundRanking] = []
    for hit in ctx.zone_hits:
        if hit.generic or hit.alias_of_previous:
            continue
        match = _RANK_AFTER_ZONE.match(ctx.text, hit.end)
        rank = _int(match.group("rank")) if match else None
        zone = ctx._resolve(hit) if rank is not None else None
        if match is None or rank is None or not zone:
            continue  # (before walking back over the list: a long list of names would be walked per name)
        sentence_start, _ = ctx.sentence_bounds(hit.start)
        list_start = hit.start
        while list_start > sentence_start and ctx.text[list_start - 1] in "、,":
            list_start = ctx.clause_start(list_start - 1)
        opening = ctx.text[max(sentence_start, list_start - 20) : list_start]
        if not _RANKED_LIST_OPENING.search(opening.rstrip(":：")):
            continue
        out.append(
            FoundRanking(
                start=hit.start,
                end=match.end(),
                anchor=hit.start,
                ranking=_list_name(ctx, hit.start),
                rank=rank,
                prev_rank=None,
                of=_field_size(ctx, hit.start, match.end()),
                rule="ranking_after_zone",
                zone=zone,
                claims=[(hit.end, match.end())],
            )
        )
    return out


# A ranked table written as text: "1苏州工业园区江苏 2广州经济技术开发区广东 …" (its lines run together
# once the paragraph is normalised), or cells separated by |: "| 2 | 广州经济技术开发区 | 广东 |".
_ROW_RANK_BEFORE = re.compile(r"(?:^|\||(?<=[\u4e00-\u9fff]))\s*(?P<rank>\d{1,3})\s*\|?\s*$")
_RANKED_TABLE_CUE = re.compile(r"(排名|排行|名单|榜|强|TOP|Top|top)")


_GRADE_AFTER_NAME = re.compile(
    r"\s*[|\t]?\s*(?:[一二三四五六七八九十两\d]星级?|优秀|良好|合格|基本合格|不合格|[ABCD]类|[ABCD]级|[一二三四]等次?|第[一二三四]档)(?=\s|$|[|\t,;。\d])"
)


def _ranks_in_table_rows(ctx: ParagraphContext) -> list[FoundRanking]:
    """Each row of a ranked table is a ranking. A row is a rank right before a zone's name; rows
    count as a table when their ranks run on (n, n+1, n+2 … at least three of them), or when they
    are cells separated by | after the table's title names a ranking (…榜单 排行 | 经开区 | 1 | …)."""
    text = ctx.text
    rows: list[tuple[int, int, int, str]] = []  # (rank, rank start, zone end, zone)
    for hit in ctx.zone_hits:
        if hit.generic or hit.alias_of_previous:
            continue
        before = _ROW_RANK_BEFORE.search(text, max(0, hit.start - 8), hit.start)
        rank, zone = (_int(before.group("rank")), ctx._resolve(hit)) if before else (None, None)
        if before is not None and rank is not None and zone:
            rows.append((rank, before.start("rank"), hit.end, zone))
    accepted: set[int] = set()
    run: list[int] = []
    for i, row in enumerate(rows):
        if run and row[0] == rows[run[-1]][0] + 1:
            run.append(i)
        else:
            run = [i]
        if len(run) >= 3:
            accepted.update(run)
    for i, (_, start, end, _) in enumerate(rows):
        if "|" in text[start : end + 2] and _RANKED_TABLE_CUE.search(text[:start]):
            accepted.add(i)
    if accepted and all(_GRADE_AFTER_NAME.match(text, rows[i][2]) for i in accepted):
        return []  # "1 甲园区 三星": rows counted off with a grade each, in no order of merit
    return [
        FoundRanking(
            start=start,
            end=end,
            anchor=start,
            ranking=_list_name(ctx, start),
            rank=rank,
            prev_rank=None,
            of=None,
            rule="ranking_table_row",
            zone=zone,
            claims=[(start, end)],
        )
        for i, (rank, start, end, zone) in enumerate(rows)
        if i in accepted
    ]


# A ranked table flattened into lines, one cell a line: "某经开区 / 第6名 / 乙经开区 / 第9名" (the
# normalised paragraph runs them together: 某经开区第6名乙经开区第9名).
_PLACE_RIGHT_AFTER = re.compile(r"(?:排名|排位)?第(?P<rank>\d{1,3}|[一二三四五六七八九十]+)(?:名|位)")


def _ranks_on_next_lines(ctx: ParagraphContext) -> list[FoundRanking]:
    """Rows of zone and place with nothing else between them, from the paragraph's start: each
    row a ranking (one row alone is a ranking only when it is the whole paragraph)."""
    rows: list[FoundRanking] = []
    text = ctx.text
    position = 0
    for hit in ctx.zone_hits:
        match = _PLACE_RIGHT_AFTER.match(text, hit.end)
        zone = ctx._resolve(hit)
        rank = _int(match.group("rank")) if match else None
        if hit.start != position or match is None or rank is None or not zone or hit.generic:
            break
        rows.append(
            FoundRanking(
                start=hit.start,
                end=match.end(),
                anchor=hit.start,
                ranking=_list_name(ctx, hit.start),
                rank=rank,
                prev_rank=None,
                of=None,
                rule="ranking_table_cells_in_lines",
                zone=zone,
                claims=[(hit.end, match.end())],
            )
        )
        position = match.end()
    whole = bool(rows) and not text[position:].strip(" -—")
    return rows if len(rows) >= 2 or whole else []


# "第2位:甲经开区(得分86.4分),较上年提升2位": a results list's place, then the zone that holds it
_PLACE_THEN_ZONE = re.compile(rf"(?:^|(?<=[;。,:\s]))(?:排名)?第{_N.replace('(', '(?P<rank>', 1)}(?:名|位)\s*[:]\s*")


def _places_then_zones(ctx: ParagraphContext) -> list[FoundRanking]:
    """Each line or item of a results list that opens with a place and a colon before a zone."""
    out: list[FoundRanking] = []
    starts = {h.start: h for h in ctx.zone_hits if not h.generic}
    for match in _PLACE_THEN_ZONE.finditer(ctx.text):
        hit = starts.get(match.end())
        rank = _int(match.group("rank"))
        zone = ctx._resolve(hit) if hit is not None else None
        if hit is None or rank is None or not zone:
            continue
        prev_rank, change = _change(ctx, hit.end, rank)
        out.append(
            FoundRanking(
                start=match.start(),
                end=change[1] if change else hit.end,
                anchor=hit.start,
                ranking=_list_name(ctx, match.start()),
                rank=rank,
                prev_rank=prev_rank,
                of=None,
                rule="ranking_place_then_zone",
                zone=zone,
                claims=[(match.start(), match.end()), *([change] if change else [])],
            )
        )
    return out


# "A、B和C居综合考评前三位": as many zones as places, in order
# "甲、乙、丙位列前三名", "…及丙则包揽前三名", "…丙排名前三", "甲…戊分列前五位": the zones
# listed, in order of place
_TOP_PLACES = re.compile(
    r"(?:分列|分居|依次位列|依次列|居|位居|位列|名列|列|包揽|排名|排在)(?P<name>[^,;。前]{0,20}?)"
    r"前(?P<n>[二三四五六七八九十]|[2-9]|10)(?:位|名|(?![\u4e00-\u9fff]))"
)


# "甲、乙、丙考评得分位列前三": what the zones were placed by, between them and the verb
_FIELD_BEFORE_PLACES = re.compile(r"(?:的)?[\u4e00-\u9fff]{0,6}?(?:得分|成绩|总分|排名|排位|位次)(?:均|则)?")


# "某经济技术开发区(某某分区)": a part of a zone that is assessed on its own, named in brackets
_SUB_PARK = re.compile(r"\((?P<part>[\u4e00-\u9fff]{2,8}(?:分区|园区|片区|分园))\)")


_DATED_NAME = re.compile(r"(?P<year>(?:19|20)\d\d)年度?(?P<rest>[\u4e00-\u9fff].+)")


def _sub_park(ctx: ParagraphContext, hit: ZoneHit) -> str:
    """The bracketed part right after a zone's name, brackets included, or nothing."""
    match = _SUB_PARK.match(ctx.text, hit.end)
    return match.group(0) if match else ""


def _listed_top_places(ctx: ParagraphContext) -> list[FoundRanking]:
    out: list[FoundRanking] = []
    for match in _TOP_PLACES.finditer(ctx.text):
        n = _int(match.group("n"))
        clause_start = max(ctx.text.rfind(p, 0, match.start()) for p in ",;。:") + 1
        listed = [h for h in ctx.hits_starting(clause_start, match.start()) if not h.generic]
        gaps = [ctx.text[a.end + len(_sub_park(ctx, a)) : b.start] for a, b in itertools.pairwise(listed)]
        if n is None or len(listed) != n or not all(re.fullmatch(r"[、和与及]", g) for g in gaps):
            continue
        between = ctx.text[listed[-1].end + len(_sub_park(ctx, listed[-1])) : match.start()].strip()
        if between not in ("", "则", "也", "均") and not _FIELD_BEFORE_PLACES.fullmatch(between):
            continue  # the list must end right before the verb, or the measure it was placed by
        name = match.group("name")
        # "分列2023年发展质量前三位": the year in the name is the assessment's
        dated = _DATED_NAME.fullmatch(name)
        year = (int(dated.group("year")), "ranking_name_opens_with_year") if dated else None
        name = dated.group("rest") if dated else name
        for place, hit in enumerate(listed, start=1):
            zone = ctx._resolve(hit)
            if zone:
                zone += _sub_park(ctx, hit)
                out.append(
                    FoundRanking(
                        start=hit.start,
                        end=match.end(),
                        anchor=hit.start,
                        ranking=name if len(name) >= 4 else _list_name(ctx, match.start()),
                        rank=place,
                        prev_rank=None,
                        of=None,
                        rule="ranking_listed_top_places",
                        zone=zone,
                        claims=[match.span()],
                        year=year,
                    )
                )
    return out


# "排名前三的为:A、B、C", "前五名依次是A、B、C、D和E": the places, then the zones in order.
_TOP_PLACES_FIRST = re.compile(
    r"(?:排名|排)?前(?P<n>[两二三四五六七八九十]|[2-9]|10)(?:名|位|强)?的?"
    # (the kind of zone ranked may come between: 排名前三的国家级高新区分别为…)
    r"(?:[\u4e00-\u9fff]{0,6}?(?:高新区|开发区|经开区|工业园区|园区|综合保税区|综保区|集聚区))?"
    r"则?(?:依次|分别)?(?:为|是)[:]?"
)


# "综合排名依次为:A、B、C、D": every zone of an assessment in the order of its place
_ORDER_FIRST = re.compile(r"(?:排名|排序|名次)(?:顺序)?依次(?:为|是)[:]?")


def _top_places_then_zones(ctx: ParagraphContext) -> list[FoundRanking]:
    out: list[FoundRanking] = []
    matches = [*_TOP_PLACES_FIRST.finditer(ctx.text), *(_ORDER_FIRST.finditer(ctx.text) if "依次" in ctx.text else ())]
    for match in matches:
        n = _int(match.group("n")) if "n" in match.re.groupindex else None
        _, sentence_end = ctx.sentence_bounds(match.start())
        listed: list[ZoneHit] = []
        for hit in ctx.zone_hits:
            if hit.start < match.end() or hit.start >= sentence_end or hit.generic:
                continue
            gap = ctx.text[(listed[-1].end if listed else match.end()) : hit.start]
            if not re.fullmatch(r"[、和与及]" if listed else r"", gap):
                break
            listed.append(hit)
        if (n is None and match.re is _TOP_PLACES_FIRST) or len(listed) != (n or len(listed)) or len(listed) < 2:
            continue
        name = _list_name(ctx, match.start())
        for place, hit in enumerate(listed, start=1):
            zone = ctx._resolve(hit)
            if zone:
                out.append(
                    FoundRanking(
                        start=match.start(),
                        end=hit.end,
                        anchor=hit.start,
                        ranking=name,
                        rank=place,
                        prev_rank=None,
                        of=_field_size(ctx, ctx.sentence_bounds(match.start())[0], match.start()),
                        rule="ranking_top_places_then_zones",
                        zone=zone,
                        claims=[match.span()],
                    )
                )
    return out


# "排名首位的是甲经开区": the place first, the zone that holds it right after
_FIRST_PLACE_FIRST = re.compile(r"(?:排名|排在|位居|位列|名列|居)(?:首位|榜首|第一名?|第一位|第1名?|第1位)的(?:是|为)")


def _first_place_then_zone(ctx: ParagraphContext) -> list[FoundRanking]:
    out: list[FoundRanking] = []
    for match in _FIRST_PLACE_FIRST.finditer(ctx.text):
        hit = next((h for h in ctx.hits_starting(match.end(), match.end() + 1) if not h.generic), None)
        zone = ctx._resolve(hit) if hit is not None else None
        if hit is None or zone is None:
            continue
        out.append(
            FoundRanking(
                start=match.start(),
                end=hit.end,
                anchor=hit.start,
                ranking=_list_name(ctx, match.start()),
                rank=1,
                prev_rank=None,
                of=None,
                rule="ranking_first_place_then_zone",
                zone=zone,
                claims=[match.span()],
            )
        )
    return out


# ("工业投资、GDP、税收收入3个主要经济指标增速位居全市第一": the growth of each, a count of
# them in between)
_SHARED_PLACE = re.compile(
    r"(?P<items>[\u4e00-\u9fffA-Za-z]{2,12}?(?:(?:及|和|与|、)[\u4e00-\u9fffA-Za-z]{2,12}?)+)"
    r"(?:(?P<counted>(?:等)?[\d一二三四五六七八九十两]+(?:个|项)[\u4e00-\u9fff]{0,6}?指标)?(?P<what>增幅|增速|总量)?)"
    r"(?P<shared>均|都|同时|双双)?$"
)


def _figures_sharing_a_place(ctx: ParagraphContext, clause_start: int, pos: int) -> list[tuple[str, str]]:
    """ "工业总产值和税收收入均居全市第一": figures joined before 均 each hold the place; zones
    joined so (甲和乙均居…) are not figures. Each figure as written, and as the ranking names it."""
    while clause_start > 0 and ctx.text[clause_start - 1] == "、":
        clause_start = ctx.clause_start(clause_start - 1)  # (a clause's 、 lists the figures: 甲、乙均居…)
    start = max([h.end for h in ctx.hits_starting(clause_start, pos)] + [clause_start])
    lead = ctx.text[start:pos]
    match = _SHARED_PLACE.fullmatch(lead)
    if match is None or any(h.start >= start for h in ctx.hits_starting(start, pos)):
        return []
    if not (match.group("shared") or match.group("counted")):
        return []  # ("甲和乙居全市第一" without 均 may be one figure's name)
    return [(item, item + (match.group("what") or "")) for item in re.split(r"及|和|与|、", match.group("items"))]


def _ranks_of_those_ahead(ctx: ParagraphContext, found: list[FoundRanking]) -> list[FoundRanking]:
    """ "位列第三,排在甲、乙之后", "仅次于甲,位列第二": the zones ahead of a place hold the places
    before it, in the order named."""
    out: list[FoundRanking] = []
    places = sorted(f.anchor for f in found if f.rule.startswith("ranking_place"))

    def held_by(hit_start: int, sentence_start: int) -> int | None:
        # the place said last before the comparison ("排名第四,仅次于甲"), else the first after it
        # ("仅次于甲,位列第二"): a comparison belongs to one place of its sentence
        before = [a for a in places if sentence_start <= a < hit_start]
        after = [a for a in places if a > hit_start]
        if before:
            return before[-1]
        return after[0] if after else None

    for ranking in found:
        if not ranking.rule.startswith("ranking_place") or ranking.rank < 2:
            continue
        start, end = ctx.sentence_bounds(ranking.anchor)
        ahead = [
            h
            for h in ctx.hits_starting(start, end)
            if compared_with(ctx.text, h) and not ranked_behind(ctx.text, h) and held_by(h.start, start) == ranking.anchor
        ]
        zones = [ctx._resolve(h) for h in ahead]
        if not ahead or len(ahead) >= ranking.rank or not all(zones):
            continue
        first = ranking.rank - len(ahead)
        for place, (hit, zone) in enumerate(zip(ahead, zones, strict=True), start=first):
            out.append(
                replace(
                    ranking,
                    start=min(ranking.start, hit.start),
                    end=max(ranking.end, hit.end),
                    anchor=hit.start,
                    rank=place,
                    prev_rank=None,
                    rule="ranking_ahead_of_a_place",
                    zone=zone,
                    claims=[],
                )
            )
    return out


def _provinces_alone(ctx: ParagraphContext, subject: str) -> bool:
    """Whether a rank's clause before it names provinces and nothing else (江苏省, 浙江与广东共)."""
    names = [n for n in re.split(r"[与和及、]", re.sub(r"(?:共同|共|均|并列|并|同)$", "", subject.strip())) if n]
    return bool(names) and all(name in ctx.reference.provinces for name in names)


# "单位能耗产出和研发强度位居全省经开区第十一和第四": figures listed, then as many places, in order
_PLACES_OF_FIGURES = re.compile(
    rf"(?:分别)?(?:位居|位列|名列|居|排名|排在)(?P<field>全国|全省|全市|全区|全县)(?P<what>[\u4e00-\u9fff]{{0,8}}?)"
    rf"第(?P<ranks>{_N}(?:(?:和|、|与)第?{_N})+)(?:位|名)?"
)


def _places_of_figures(ctx: ParagraphContext) -> list[FoundRanking]:
    """Figures of the zone in context listed before as many places as there are figures: each
    figure holds its place on the field named (the zone is decided where any rank's is)."""
    text = ctx.text
    out: list[FoundRanking] = []
    for match in _PLACES_OF_FIGURES.finditer(text):
        clause_start = ctx.clause_start(match.start())
        start = max([clause_start] + [h.end for h in ctx.hits_starting(clause_start, match.start())])
        names = re.split(r"和|、|与", text[start : match.start()])
        ranks = [_int(n) for n in re.findall(_N, match.group("ranks"))]
        if len(names) != len(ranks) or not all(re.fullmatch(r"[\u4e00-\u9fff]{2,10}", n) for n in names):
            continue
        for name, rank in zip(names, ranks, strict=True):
            if rank is None:
                break
            out.append(
                FoundRanking(
                    start=start,
                    end=match.end(),
                    anchor=match.start(),
                    ranking=f"{match.group('field')}{match.group('what')}{name}排名",
                    rank=rank,
                    prev_rank=None,
                    of=None,
                    rule="ranking_places_of_figures",
                    claims=[match.span()],
                )
            )
    return out


def extract_rankings(ctx: ParagraphContext) -> list[FoundRanking]:
    text = ctx.text
    found: list[FoundRanking] = (
        _places_of_figures(ctx)
        + _respective_ranks(ctx)
        + _ranks_in_parentheses(ctx)
        + _ranks_after_zones(ctx)
        + _ranks_in_table_rows(ctx)
        + _listed_top_places(ctx)
        + _top_places_then_zones(ctx)
        + _first_place_then_zone(ctx)
        + _ranks_on_next_lines(ctx)
        + _places_then_zones(ctx)
    )
    taken: list[tuple[int, int]] = [f.claims[0] for f in found]
    for match in _FROM_TO.finditer(text):
        prev, rank = _int(match.group("prev")), _int(match.group("rank"))
        if prev is None or rank is None:
            continue
        clause_start = ctx.clause_start(match.start())
        list_name = _list_name(ctx, match.start())
        own = text[clause_start : match.start()]
        sentence_start, _ = ctx.sentence_bounds(match.start())
        if (
            clause_start > sentence_start
            and re.fullmatch(r"[\u4e00-\u9fff]{2,12}", own)
            and not ctx.hits_starting(clause_start, match.start())
        ):
            # "综合排名由第41位升至第27位,创新能力由35位升至第8位": a later clause names its own part
            list_name = _clean_list_name(ctx, own)
        found.append(
            FoundRanking(
                start=clause_start,
                end=match.end(),
                anchor=match.start(),
                ranking=list_name,
                rank=rank,
                prev_rank=prev,
                of=_field_size(ctx, match.start(), match.end()),
                rule="ranking_from_to",
                claims=[match.span()],
            )
        )
        taken.append(match.span())
    for match in _PLACE.finditer(text):
        if any(match.start() < e and s < match.end() for s, e in taken):
            continue
        rank = _int(
            match.group("rank")
            or match.group("rank_b")
            or match.group("rank_c")
            or match.group("rank_d")
            or match.group("rank_e")
            or match.group("rank_g")
            or match.group("rank_h")
            or match.group("rank_i")
            or match.group("rank_j")
            or ("1" if match.group("top") or match.group("top_idiom") else None)
        )
        if rank is None or rank > 1000:
            continue
        if _NOT_THE_ZONES.search(text[ctx.clause_start(match.start()) : match.start()]) or _NOT_THE_ZONES.search(
            match.group("scope_d") or ""
        ):
            continue  # the field is a market (位居全国自主品牌客车出口第一): a company's position
        if _provinces_alone(ctx, text[ctx.clause_start(match.start()) : match.start()]):
            continue  # "浙江与广东共居第2位": provinces compared by their zones, not a zone's place
        after = text[match.end() : match.end() + 4]
        if re.match(r"(批|期|届|次|个|季|大|轮|方面|产业|产|类|阶段|步|章|条|款)", after) or re.match(
            r"(批|期|届|次)", text[match.end() - 1 : match.end() + 1]
        ):
            continue
        prev, change_span = _change(ctx, match.end(), rank)
        clause_start = ctx.clause_start(match.start())
        end = change_span[1] if change_span else match.end()
        place = FoundRanking(
            start=clause_start,
            end=end,
            anchor=match.start(),
            ranking=_named_between(match)
            or (match.group("scope_i") + "排名" if match.group("scope_i") else None)
            or (_field_list_name(match.group("field_j")) if match.group("field_j") else _list_name(ctx, match.start())),
            rank=rank,
            prev_rank=prev,
            of=_field_size(ctx, match.start(), match.end(), max((f.end for f in found if f.end <= match.start()), default=0)),
            rule="ranking_place" + ("_with_change" if prev is not None else ""),
            claims=[(match.start(), end)],
        )
        if change_span:
            taken.append(change_span)  # ("排名第4位,上年度排名第5位": last year's place is no ranking of its own)
        # "排名第25位的甲开发区…": the zone the rank describes follows it
        described = [h for h in ctx.hits_starting(end + 1, end + 2) if not h.generic] if text[end : end + 1] == "的" else []
        if described and (zone := ctx._resolve(described[0])):
            if any(f.zone == zone and f.rank == rank for f in found):
                continue  # (排名第12位的甲开发区又被提起: a rank already given, said again)
            place = replace(place, zone=zone, end=described[0].end)
        shared = _figures_sharing_a_place(ctx, clause_start, match.start())
        if shared:
            scope = re.search(r"(全国|全省|全市|全区|全县)", match.group(0))
            first = text.rfind(shared[0][0], 0, match.start())
            found.extend(
                replace(
                    place,
                    start=min(place.start, first) if first >= 0 else place.start,
                    ranking=f"{scope.group(1) if scope else ''}{name}排名",
                    rule="ranking_place_shared_by_figures",
                )
                for _, name in shared
            )
        else:
            found.append(place)
    found.extend(_ranks_of_those_ahead(ctx, found))
    # "居全市第一;乙高新区…居第二": a rank with no list named is on the list of the rank before it
    named: list[FoundRanking] = []
    for ranking in sorted(found, key=lambda r: r.anchor):
        previous = named[-1] if named else None
        same_sentence = previous is not None and "。" not in text[previous.anchor : ranking.anchor]
        claim = text[ranking.claims[0][0] : ranking.claims[0][1]] if ranking.claims else ""
        bare = bool(re.match(r"^(居|列|位列|位居|排名|排)第", claim))  # "居第二": no field of its own
        if previous and ranking.ranking == "排名" and same_sentence and bare:
            ranking = replace(ranking, ranking=previous.ranking)
        named.append(ranking)
    return named
