"""Honours: titles a zone (or something in it) is awarded, named, approved or listed as.

The language: 被省商务厅命名为…, 被评为…, 被…授予…, 获评/荣获/获得/获…称号, 入选/入围/列入…名单,
创建为…, 获批…, 经国务院批准升格为…, 升级为…, 经…批复认定为…, 是经国务院批准的…国家级…;
several titles in one clause (…、…称号) are several honours, and several zones before one verb
(A、B、C全部入选…) each receive it. Enterprises listed before the verb (甲和乙入围…) each hold it
within the zone, named in the qualifier; with 分别 they pair with the titles in order. The
awarding body is the words between 被 and the verb, or after 经 before 批准 or 批复; the date is
the one written in the sentence.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from loaders.extract.context import ParagraphContext
from loaders.extract.zones import ZoneHit
from loaders.numbers import COUNT_OF_UNITS

_VERBS = (
    r"被(?P<body>[^,;。被]{2,20}?)(?:联合)?(?:命名为|评为|评定为|授予|认定为|列为|确定为|列入|认定|批准为|核准为|表彰为)"
    r"|(?:先后)?(?:获评|荣获|获得|获批|成功争创|获|入选|入围|上榜(?!单位|企业|园区|开发区|名单|数量)|创建为|创成|成功创建|升格为|升级为|批准为|核准为|批准设立|被评为|被认定为|认定为|确定为|"
    r"被列为|被列入|列入|成为|被命名为|被授予|晋升为|晋升|晋级为|晋级|蝉联|荣膺|(?:审核)?公告为"
    # "进入首批某某试点园区名单": a list of a programme the zone was put on
    r"|进入(?=[^,;。]{2,30}?名单)"
    # "是经国务院批准的某省第一家国家级高新区": the class a zone was approved as
    # ("…批准建立的省级高新技术产业开发区" too)
    r"|(?:(?<=批准)|(?<=批准设立)|(?<=批准建立)|(?<=批准成立))的(?=[^,;。]{0,10}(?:国家级|省级|自治区级|国家))"
    # "某集聚区,是“某省五星级集聚区”“十强集聚区”": titles in quotes a zone is
    r"|(?:(?<=区,)|(?<=区)|(?<=园,)|(?<=园))是(?=“[^”]{3,30}(?:区|园|基地|单位)”)"
    # "某园区是国家某某产业示范基地", "也是全省首批某某试点园区": a state or
    # province's programme a zone belongs to, named without quotes
    r"|(?:(?<=区,)|(?<=区)|(?<=园,)|(?<=园)|(?<=区也)|(?<=园也)|(?<=区还)|(?<=园还)|(?<=,)|(?<=,也)|(?<=,还))是(?=(?:国家|全国|省级|市级|[\u4e00-\u9fff]{2,3}省|全省|首批|首个)(?:唯一|首个|首家)?的?"
    r"(?:[^,;。、是的]{2,24}?(?:示范基地|示范区|示范园区|试点园区|试点|产业基地|特色园区|绿色园区|先行区)"
    r"|[^,;。、是的]{0,6}(?:优秀|品牌|星级|先进)[^,;。、是的]{0,8}园区)(?:之一)?[,;。、]))"
    # "考核结果为优秀等次", "考评为“优秀”": the grade an assessment gave
    r"|(?P<assessed>考核|考评|评价|评估)(?:结果|等次|等级)?(?:为|被评为|获评|评定为|确定为)(?=“?(?:优秀|先进|A类|A级|第一等次))"
    # ("经研究,授予甲园区“某称号”称号": the body that awards it may be said before, or not at all)
    r"|(?:(?P<abody>[\u4e00-\u9fff]{2,10}?)|(?<=[,:\n])|^)授予(?P<recipient>[\u4e00-\u9fff]{2,16}?)(?=“)"
)
# "东区化工园区通过省级认定", "…试点完成省级评审": the subject is what was recognised.
_PASSED = re.compile(r"(?P<title>[\u4e00-\u9fff“”\"]{2,24}?)(?:通过|完成)(?P<level>省级|国家级|市级)(?P<kind>认定|评审|验收)")
# "园区通过省级化工园区复核认定", "通过浙江省首批绿色园区认定": what the zone passed as, named
# between 通过 and the review
_PASSED_AS = re.compile(
    r"通过(?P<title>[\u4e00-\u9fff“”\"]{2,22}?(?:园区|基地|示范区|试点|开发区|产业园|集聚区|单位)”?)(?:复核认定|认定|复核|验收)(?![办标条])"
)
_VERB_RE = re.compile(_VERBS)
_BODY_APPROVAL = re.compile(r"经(?!济)(?P<body>[^,;。]{2,12}?)(?:批准|批复)")  # (经济技术开发区 is no 经)
# A title names an honour: it has one of these words.
_TITLE_WORD = re.compile(
    r"(示范|试点|试验区|实验区|先进|优秀|称号|基地|名单|单位|园区|开发区|领跑者|\d+强|奖|集体|典型|案例|先行区|共建区|平台|小镇|"
    r"认定|工作站|空间|综合体|标杆|样本|品牌|实验室|荣誉|名录|星级|培育对象|创建名单|评价|产业园|冠军|小巨人|专精特新|瞪羚|"
    r"独角兽|领军企业|智能工厂|数字化车间|高新区|经开区|新区|集群|产业区|工业区)"
)
# (获此殊荣, 获该称号: an honour named before, not a title)
_NOT_A_TITLE = re.compile(
    r"\d+(?:\.\d+)?(?:人|名|家|个|项|亿元|万元|%)|首家以|主营业务|占比|前列|^的|共同内涵|计划$|计划中|^[此该这其上述]"
    # "以获批某称号10周年为契机", "…国家级高新区”目标": an anniversary or a goal, not the honour
    r"|周年|目标$"
    # "…改为某示范区后进行复核的一批园区": a clause about the programme, not a title
    r"|后(?:进行|开展|组织)"
    # "获得设立的第二个省级经开区": a place in a count of approvals, not a title
    r"|第[一二三四五六七八九十\d]+个"
    # "推动某市成为…试点城市": the city's title, which the zone helped it win
    r"|城市$"
    # "全部列入考核评价对象": the field an assessment covers, not a distinction
    r"|(?:对象|范围)$"
    # "获奖次数最多的园区", "入选园区则以其特色…", "…榜单如下↓": an extreme, a clause, a pointer
    r"|最(?:多|少|高|大)的|以其|如下|↓"
    # "收获多项国家级荣誉": a count of honours, each named apart
    r"|^(?:多项|多个|一批|一系列|系列)"
    # "考核结果为优秀的园区有:": the grade of the zones listed after it, not one zone's title
    r"|的(?:园区|开发区|单位|企业)?(?:有|是|为)$"
    # "关于…考核结果和所获荣誉情况的说明": an account of the honours, not one
    r"|情况(?:的|$)"
)
# What the sentence goes on to say about a quoted title it has named: not part of the title.
_AFTER_QUOTED_TITLE = re.compile(r"进行|予以|给予|受到|通报|表彰|表扬|的(?:企业|园区|开发区|单位|分别有|还有|有|是)")
_ENTRY_TITLE = re.compile(r"【[^】]*】")
_DATE = re.compile(r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?")
# Between a list of holders and the verb: "…2家企业分别揭榜入选", "…等3家单位成功入围".
_HOLDERS_ADVERB = r"(?:分别|成功|先后|揭榜|均|全部|共同|同时|双双|一同)"
_HOLDERS_TAIL = re.compile(rf"(?:(?:等)?(?:\d+|[两二三四五六七八九十])(?:家|个|项)(?:企业|单位|公司|产品)?)?{_HOLDERS_ADVERB}*$")
_HOLDERS_HEAD = re.compile(r"^(?:其中|此外|同时|另外|并且|并|还有|区内|园区内)")
_HOLDER = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,12}")
# A verb opening a part of a title list ("入选A、获B"): the part is the title after it.
_LEADING_VERB = re.compile(r"^(?:获评|荣获|获得|获批|获|入选|入围|上榜|列入|成为|被评为|被认定为|被列为|被列入)")


@dataclass(frozen=True)
class FoundHonour:
    start: int
    end: int
    anchor: int
    title: str
    body: str | None
    date: str | None
    rule: str
    qualifier: str | None = None
    zone: str | None = None
    year: tuple[int | None, str] | None = None


# (a title ends with its kind: 先进材料和绿色能源融合创新试点单位 is one, though 先进 is a title word)
_TITLE_WORD_AT_END = re.compile(rf"(?:{_TITLE_WORD.pattern})$")


def _joined_titles(piece: str) -> list[tuple[int, str]]:
    """ "A基地和B园区" is two titles, "某某纺织和服装出口基地" one: a word before 和 that
    ends with no kind of title joins the next."""
    out: list[tuple[int, str]] = []
    start = 0
    for match in re.finditer(r"和|$", piece):
        if match.start() == len(piece) or _TITLE_WORD_AT_END.search(piece, start, match.start()):
            if match.start() > start:
                out.append((start, piece[start : match.start()]))
            start = match.end()
    if start < len(piece) and out:  # (a last word with no title word of its own is part of the last title)
        out[-1] = (out[-1][0], piece[out[-1][0] :])
    return out or [(0, piece)]


def _titles(text: str) -> list[tuple[int, int, str]]:
    """Split a clause of titles at 、 when each part is a title; strip 称号 and quotes."""
    body = re.sub(r"”?(?:等)?(称号|荣誉称号|荣誉|殊荣)$", "", text)
    # (a list closed by 等 alone: 先后被评为A、B和C等)
    body = re.sub(r"(?<=[\u4e00-\u9fff”])等$", "", body) if "、" in body else body
    parts: list[tuple[int, int, str]] = []
    pos = 0
    # "“A”“B”等荣誉": quoted titles side by side are a list too
    for piece in re.split(r"(、|”和“|(?<=”)(?=“))", body):
        if piece in ("、", "”和“", ""):
            pos += len(piece)
            continue
        for part_start, part in _joined_titles(piece):
            verb = _LEADING_VERB.match(part)
            skip = verb.end() if verb and len(part) - verb.end() >= 3 else 0
            parts.append((pos + part_start + skip, pos + part_start + len(part), part[skip:]))
        pos += len(piece)
    # (each in quotes of its own, “A”“B”, is a title by how it is written)
    quoted_apart = "”“" in body and all(len(p[2].strip("“”")) >= 3 for p in parts)
    if len(parts) > 1 and (quoted_apart or all(_TITLE_WORD.search(p[2]) for p in parts)):
        return parts
    return [(0, len(body), body)]


def _date(ctx: ParagraphContext, start: int, pos: int) -> str | None:
    date = None
    for match in _DATE.finditer(ctx.text, start, pos):
        year = int(match.group("y")) if match.group("y") else ctx.year_at(match.start())[0]
        if year is None:
            continue
        month = int(match.group("m"))
        if not 1 <= month <= 12:
            continue
        date = f"{year:04d}-{month:02d}" + (f"-{int(match.group('d')):02d}" if match.group("d") else "")
    return date


def _inside_book_title(text: str, position: int) -> bool:
    return text.rfind("《", 0, position) > text.rfind("》", 0, position)


def extract_honours(ctx: ParagraphContext) -> list[FoundHonour]:
    # An 【entry】 title restates its paragraph; the honour is taken from the sentence.
    text = _ENTRY_TITLE.sub(lambda m: "※" * len(m.group(0)), ctx.text)
    found: list[FoundHonour] = []
    for verb in _VERB_RE.finditer(text):
        if _inside_book_title(text, verb.start()):
            continue  # "《关于某园区晋升为国家级园区的通知》": a document's name, not the honour
        clause_end_match = re.search(r"[,;。:\n]", text[verb.end() :])
        end = verb.end() + (clause_end_match.start() if clause_end_match else len(text) - verb.end())
        remark = re.search(r"(\([^()]*\)?)?$", text[verb.end() : end])  # (全省4个): a remark
        end -= len(remark.group(0)) if remark else 0
        if verb.group("recipient"):
            quoted = re.match(r"“([^”]+)”", text[verb.end() :])
            if not quoted:
                continue
            end = verb.end() + quoted.end()
        quoted_first = re.match(r"“[^“”]{2,}”", text[verb.end() : end])
        if quoted_first and _AFTER_QUOTED_TITLE.match(text, verb.end() + quoted_first.end(), end):
            end = verb.end() + quoted_first.end()  # (获评“某称号”进行通报表扬: what was done about it)
        title_text = text[verb.end() : end].strip('“”"')
        if verb.group("assessed"):
            title_text = verb.group("assessed") + title_text  # (考核优秀: the grade alone is no title)
        title_year = _TITLE_YEAR.match(title_text)
        quoted_title = bool(re.search(r"“[^”]{2,}”", text[verb.end() : end]))
        if len(title_text) < 3 or not (_TITLE_WORD.search(title_text) or quoted_title) or _NOT_A_TITLE.search(title_text):
            continue
        if re.search(r"所有[^,;。]{0,12}$", text[ctx.clause_start(verb.start()) : verb.start()]):
            continue  # "所有省级以上开发区成为…": said of every zone, not one
        if verb.group(0) in ("成为", "升级为", "晋级为") and not _TITLE_WORD.search(title_text):
            # (成为本次签约“主角”: a figure of speech in quotes; 从“被动招商”升级为“主动选商”: a way of
            # working renamed; neither names a title)
            continue
        if re.search(r"(?:将|把)(?:今年|明年|(?:19|20)\d{2}年)(?:度)?$", text[ctx.clause_start(verb.start()) : verb.start()]):
            continue  # "将2024年确定为“项目攻坚年”": a year named for a campaign, no zone's title
        if (
            verb.group(0) in ("成为",)
            and (
                "的" in title_text
                # (建设成为…基地: what a place is to be built into, a goal)
                or re.search(r"(打造|定位是|努力|有望|将|力争|争取|建设)$", text[max(0, verb.start() - 3) : verb.start()])
                # "…发展成为某高新区三大支柱产业": a part of the zone named after it, no title
                or ctx.hits_starting(verb.end(), verb.end() + 1)
            )
        ):
            continue
        sentence_start, _ = ctx.sentence_bounds(verb.start())
        clause_start = ctx.clause_start(verb.start())
        body = verb.group("body") or verb.group("abody")
        approval = _BODY_APPROVAL.search(text, sentence_start, verb.start())
        if body is None and approval:
            body = approval.group("body")
        if body:
            body = re.sub(r"^(?:由|经)", "", body)
        date = _date(ctx, sentence_start, verb.start())
        recipients = _recipients(ctx, sentence_start, verb.start())
        if verb.group("recipient"):
            # "授予甲园区“某称号”": the zone named between 授予 and the title holds it
            named = [ctx._resolve(h) for h in ctx.hits_starting(verb.start("recipient"), verb.end("recipient")) if not h.generic]
            recipients = [zone for zone in named if zone] or recipients
        if not recipients and _COUNTED_ZONES_BEFORE.search(text[clause_start : verb.start()]):
            continue  # "甲、乙等15个园区获表扬": zones counted, not the document's zone (their names no pattern knows)
        if _COUNTED_FIRMS_BEFORE.search(text[clause_start : verb.start()]):
            continue  # "区内已有N家企业陆续获评…": how many firms hold it, a count, not an honour of one
        titles = [(t_start, title.strip('“”"')) for t_start, _, title in _titles(title_text)]
        titles = [(t_start, title) for t_start, title in titles if len(title) >= 3]
        holders, respectively, holders_start = (
            ([], False, verb.start()) if recipients else _holders(ctx, clause_start, verb.start())
        )
        for index, (t_start, title) in enumerate(titles):
            offset = verb.end() + (text[verb.end() : end].find(title) if title in text[verb.end() : end] else t_start)
            if respectively and len(holders) == len(titles):
                own_holders: list[str | None] = [holders[index]]  # "A、B分别入选X、Y": A has X, B has Y
            elif len(titles) == 1:
                own_holders = list(holders) or [None]
            else:
                own_holders = [None]  # several holders and several titles, unpaired: who holds which is unsaid
            zones: list[str | None] = list(recipients) or [None]
            for zone in zones:
                for holder in own_holders:
                    found.append(
                        FoundHonour(
                            start=min(clause_start, verb.start(), holders_start),
                            end=min(end, max(offset + len(title), verb.end())),
                            anchor=verb.start(),
                            title=title,
                            body=body,
                            date=date,
                            rule="honour_" + ("passive_named" if body and verb.group(0).startswith("被") else "verb_title"),
                            qualifier=f"获评主体:{holder}" if holder else None,
                            zone=zone,
                            year=(int(title_year.group(1)), "year_in_honour_title") if title_year and index == 0 else None,
                        )
                    )
    found.extend(_named_among(ctx))
    found.extend(_declared_as(ctx))
    found.extend(_graded_zones(ctx))
    found.extend(_awarded_to_list(ctx))
    found.extend(_listed_recipients(ctx))
    found.extend(_listed_under_title(ctx))
    found.extend(_counted_by_place(ctx))
    found.extend(_selected_after_list(ctx))
    # (a list another rule read already, "…名单公布,甲、乙名列其中", is not read twice)
    read = list(found)
    found.extend(h for h in _listed_on_it(ctx) if not any(f.start < h.end and h.start < f.end for f in read))
    for match in _PASSED_AS.finditer(text):
        found.append(
            FoundHonour(
                start=match.start(),
                end=match.end(),
                anchor=match.start(),
                title=match.group("title").strip('“”"'),
                body=None,
                date=_date(ctx, ctx.sentence_bounds(match.start())[0], match.start()),
                rule="honour_passed_as",
            )
        )
    for match in _PASSED.finditer(text):
        title = match.group("title").strip('“”"')
        if len(title) < 3 or "※" in title:
            continue
        found.append(
            FoundHonour(
                start=match.start(),
                end=match.end(),
                anchor=match.start(),
                title=f"{title}{match.group('level')}{match.group('kind')}" if match.group("kind") == "认定" else title,
                body=None,
                date=_date(ctx, ctx.sentence_bounds(match.start())[0], match.start()),
                rule="honour_passed_review",
            )
        )
    return found


# (only a count standing alone: 甲、乙2家企业分别获评… names the firms, each holds its title)
_COUNTED_FIRMS_BEFORE = re.compile(
    r"(?:^|有|内|计|[,:])(?:\d+|[两二三四五六七八九十]+)(?:家|户)(?:企业|公司|单位)(?:先后|相继|陆续|均|都|分别)?$"
)
_COUNTED_ZONES_BEFORE = re.compile(
    r"(?:\d+|[两二三四五六七八九十]+)(?:个|家)[\u4e00-\u9fff]{0,6}(?:园区|开发区|高新区|经开区|产业园|工业园)"
    r"(?:分别|均|全部|同时|成功)?$"
)


# "省里通报2023年度综合考核先进单位,甲经开区等5家开发区名列其中": the list announced, then the
# zones on it
_NAMED_AMONG = re.compile(
    r"(?:通报|公布|发布|公示|揭晓|表彰)了?(?P<title>[^,;。:]{4,36}?)(?:名单|结果)?[,;:]\s*"
    r"(?P<holders>[^,;。]{2,80}?)(?:均|都)?(?:名列其中|位列其中|榜上有名|入列其中|在列)"
)


def _named_among(ctx: ParagraphContext) -> list[FoundHonour]:
    out: list[FoundHonour] = []
    for match in _NAMED_AMONG.finditer(ctx.text):
        title = match.group("title").strip('“”"')
        if not _TITLE_WORD.search(title) or _NOT_A_TITLE.search(title):
            continue
        for hit in ctx.hits_starting(match.start("holders"), match.end("holders")):
            zone = None if hit.generic else ctx._resolve(hit)
            if zone:
                out.append(_honour_of_listed(ctx, match, hit.start, title, None, "honour_named_among_list", zone))
    return out


def _honour_of_listed(
    ctx: ParagraphContext, match: re.Match[str], anchor: int, title: str, body: str | None, rule: str, zone: str | None
) -> FoundHonour:
    """One zone's honour from a sentence that gives the same title to every zone it lists."""
    date = _date(ctx, ctx.sentence_bounds(match.start())[0], match.start())
    return FoundHonour(match.start(), match.end(), anchor, title, body, date, rule, zone=zone)


# "某部已确定甲、乙高新区为某类试点园区": the body, the zones, then what they were declared
_DECLARED_AS = re.compile(r"(?:确定|认定|命名|评定)(?P<holders>[^,;。为]{2,40}?)为(?P<title>[^,;。]{3,40}?)(?=[,;。]|$)")


def _declared_as(ctx: ParagraphContext) -> list[FoundHonour]:
    out: list[FoundHonour] = []
    for match in _DECLARED_AS.finditer(ctx.text):
        title = _TRAILING_TITLE_NOISE.sub("", match.group("title").strip('“”"'))
        if len(title) < 3 or not _TITLE_WORD.search(title) or _NOT_A_TITLE.search(title):
            continue
        hits = ctx.hits_starting(match.start("holders"), match.end("holders"))
        zones = [ctx._resolve(h) for h in hits if not h.generic]
        if not zones or not all(zones):
            continue
        body = ctx.text[ctx.clause_start(match.start()) : match.start()]
        body = re.sub(r"(?:已|已经|正式|先后)$", "", body)
        named_body = body if 2 <= len(body) <= 20 else None
        for hit, zone in zip([h for h in hits if not h.generic], zones, strict=True):
            out.append(_honour_of_listed(ctx, match, hit.start, title, named_body, "honour_declared_as", zone))
    return out


_TRAILING_TITLE_NOISE = re.compile(r"(?:称号|荣誉称号)$")

# "对评定为优秀等次的甲、乙等5个园区予以表扬": the grade an assessment gave, then the zones that
# got it, then what is done about them; a commendation done (予以全省通报表扬) is the honour they
# hold, the grade its reason
_SCOPE_OF_NOTICE = r"(?:全国|全省|全市|全区|全县)?"
_GRADED_BEFORE_LIST = re.compile(
    r"(?:评定为|被评为|评为|获评|确定为)(?P<title>[^,;。的]{2,16}?)的(?P<holders>[^,;。]{2,200}?)"
    rf"(?:予以|给予|进行|{_SCOPE_OF_NOTICE}通报|表彰|表扬|奖励)"
)
_COMMENDED = re.compile(rf"(?:予以|给予)?(?P<done>{_SCOPE_OF_NOTICE}通报(?:表扬|表彰)|表彰|表扬|嘉奖)")
# "某省园区建设考核结果": the assessment the grade is of, named in the paragraph
_ASSESSMENT_NAMED = re.compile(r"(?P<name>[\u4e00-\u9fff\d]{4,30}?(?:考评|考核|评价|评估))(?:结果|工作)")


def _graded_zones(ctx: ParagraphContext) -> list[FoundHonour]:
    out: list[FoundHonour] = []
    for match in _GRADED_BEFORE_LIST.finditer(ctx.text):
        grade = match.group("title").strip('“”"')
        if not _TITLE_WORD.search(grade) or _NOT_A_TITLE.search(grade):
            continue
        named = list(_ASSESSMENT_NAMED.finditer(ctx.text, 0, match.start()))
        title = (named[-1].group("name") if named else "") + grade
        commended = _COMMENDED.match(ctx.text, match.end("holders"))
        reason, end = None, match.end()
        if commended:
            title, reason, end = commended.group("done"), title, commended.end()
        for hit in ctx.hits_starting(match.start("holders"), match.end("holders")):
            zone = None if hit.generic else ctx._resolve(hit)
            if zone:
                honour = _honour_of_listed(ctx, match, hit.start, title, None, "honour_graded_zones", zone)
                out.append(replace(honour, qualifier=reason, end=end))
    return out


# "决定授予甲开发区、乙园区“某年度先进单位”称号": several zones, then the one title they are given
_AWARDED_TO_LIST = re.compile(r"授予(?P<holders>[^,;。“]{4,300}?[、和及][^,;。“]{2,40}?)“(?P<title>[^“”]{3,60})”")
# "授予甲开发区等10个开发区“某年度十强开发区”称号": the zones named before 等 hold the title, and
# the notice lists the others (1.甲开发区 2.乙园区 …) under it
_AWARDED_TO_COUNTED = re.compile(
    r"(?:授予|(?<=”)、)(?P<holders>[^,;。“”]{2,80}?)等(?:\d{1,3}|[两二三四五六七八九十]{1,3})(?:个|家)[^,;。“”]{0,12}?"
    r"“(?P<title>[^“”]{3,60})”"
)


def _awarded_to_list(ctx: ParagraphContext) -> list[FoundHonour]:
    out: list[FoundHonour] = []
    if "授予" not in ctx.text:
        return out
    listed = [(m, 2) for m in _AWARDED_TO_LIST.finditer(ctx.text)]
    counted = [(m, 1) for m in _AWARDED_TO_COUNTED.finditer(ctx.text)]
    for match, fewest in listed + counted:
        title = match.group("title")
        if not _TITLE_WORD.search(title) or _NOT_A_TITLE.search(title):
            continue
        hits = [h for h in ctx.hits_starting(match.start("holders"), match.end("holders")) if not h.generic]
        if len(hits) < fewest:
            continue
        title_year = _TITLE_YEAR.match(title)
        for hit in hits:
            zone = ctx._resolve(hit)
            if zone:
                honour = _honour_of_listed(ctx, match, hit.start, title, None, "honour_awarded_to_list", zone)
                year = (int(title_year.group(1)), "year_in_honour_title") if title_year else None
                out.append(replace(honour, year=year))
    return out


# A list of recipients announced after its title: "…示范开发区具体包括:A、B、C", "…入围,分别是A、B".
# "获评…“5A级园区”的为A、B等3家": the title's holders after 的为
# "入围前50名的还有:A、B、C": the others selected, listed after 的还有
_LIST_OPENER = re.compile(
    r"(?:具体)?(?:包括|名单如下|名单为|分别是|分别为|依次是|依次为)[:：]?"
    r"|(?<=”)的(?:为|是)(?=[^,;。]*(?:、|和))"
    r"|(?<=[名强单榜])的(?:还有|有|是|为)[:：]?(?=[^,;。]*(?:、|和))"
    # "入选…的其余5家单位为:A、B": the others that received it, counted, then listed
    # "考核结果为优秀的园区有:A、B": the zones a grade was given to
    r"|(?<=优秀)的(?:园区|开发区|单位)?(?:有|是|为|包括|分别是|分别为)[:：]?(?=[^,;。]*(?:、|和))"
    r"|的(?:其他|其余|另外)(?:[\d一二三四五六七八九十两]{1,3}(?:家|个))?[\u4e00-\u9fff]{0,4}(?:区|园|单位)"
    r"(?:是|为|有|分别是|分别为|包括)[:：]?(?=[^,;。]*(?:、|和))"
)
_QUOTED_TITLE = re.compile(r"“([^”]{4,40})”")
_TITLE_BEFORE_LIST = re.compile(r"([\u4e00-\u9fff\d“”]{4,40}?)(?:具体)?(?:包括|名单如下|名单为)[:：]?$")
_NOT_OF_TITLE = re.compile(r"^(?:此次|本次|这次|今年|新)?(?:确定|认定|公布|命名|入选|入围)?的?")
_TITLE_YEAR = re.compile(r"^((?:19|20)\d{2})(?![\d年])")
# "考核结果为优秀": the grade an assessment gave the zones listed after it
_GRADED_AS = re.compile(r"(?P<what>考核|考评|评价|评估)(?:结果|等次|等级)?(?:为|被评为|获评|评定为|确定为)?(?P<grade>优秀|先进)$")
# "…有7个园区入选某某评价前50名,分别是:": what the listed zones were selected for
_SELECTED_BEFORE_LIST = re.compile(r"(?:入选|入围|上榜|获评|荣获|列入)(?P<title>[^,;。:]{4,40}?)[,:]?$")


def _listed_recipients(ctx: ParagraphContext) -> list[FoundHonour]:
    """Zones listed after the honour they received is named: each list item gets it. The title is
    the one before the list in its sentence (“2025…百强”榜单中…入围,分别是A、B), or the words
    the list is introduced by (…示范开发区具体包括:A、B)."""
    text = ctx.text
    out: list[FoundHonour] = []
    for opener in _LIST_OPENER.finditer(text):
        sentence_start, sentence_end = ctx.sentence_bounds(opener.start())
        listed = [h for h in ctx.hits_starting(opener.end(), sentence_end) if not h.generic and not h.alias_of_previous]
        # the list starts right after its opener (its first names may be ones no pattern knows)
        if len(listed) < 2 or not re.fullmatch(r"[^,;。:]{0,30}", text[opener.end() : listed[0].start]):
            continue
        items = [listed[0]]
        for hit in listed[1:]:
            gap = text[items[-1].end : hit.start]
            # within the list: only list separators and other names between two names
            # (two names with nothing between were two lines of a list, one name a line)
            if gap == "" or (re.fullmatch(r"[^,;。:!?]{0,80}", gap) and re.search(r"[、和及与]", gap)):
                items.append(hit)
        if len(items) < 2:
            continue
        before = text[sentence_start : opener.start()]
        quoted = [m.group(1) for m in _QUOTED_TITLE.finditer(before) if _TITLE_WORD.search(m.group(1))]
        introduced = _TITLE_BEFORE_LIST.search(text[sentence_start : opener.end()])
        selected = _SELECTED_BEFORE_LIST.search(before)
        graded = _GRADED_AS.search(before)
        if quoted:
            title = quoted[-1]
        elif introduced and _TITLE_WORD.search(introduced.group(1)):
            title = _NOT_OF_TITLE.sub("", introduced.group(1)).strip("“”")
        elif selected:
            title = _NOT_OF_TITLE.sub("", selected.group("title"))
        elif graded:
            title = graded.group("what") + graded.group("grade")
        else:
            continue
        if len(title) < 4:
            continue
        year_match = _TITLE_YEAR.match(title)
        year = (int(year_match.group(1)), "year_in_honour_title") if year_match else None
        out.extend(_each_zone_holds(ctx, items, title, year, "honour_listed_recipient"))
    return out


def _each_zone_holds(
    ctx: ParagraphContext, hits: list[ZoneHit], title: str, year: tuple[int, str] | None, rule: str
) -> list[FoundHonour]:
    """One honour per listed zone, each spanning its name."""
    out: list[FoundHonour] = []
    for hit in hits:
        zone = ctx._resolve(hit)
        if zone:
            out.append(
                FoundHonour(
                    start=hit.start,
                    end=hit.end,
                    anchor=hit.start,
                    title=title,
                    body=None,
                    date=None,
                    rule=rule,
                    zone=zone,
                    year=year,
                )
            )
    return out


# "2022年度全省先进园区名单:", "…先进单位名单如下": words announcing the names that follow (a line
# of their own, maybe numbered: "二、…名单", "附件2.…名单"; the lines of a paragraph are joined,
# so the first item's number may follow: "…名单1.甲开发区").
_LIST_TITLE = re.compile(
    r"(?:^|[,;。:!?\n]|(?=附件))(?:附件?(?:\d(?!\d))?[:：.、]?)?(?:[一二三四五六七八九十\d]{1,2}[、.．]|[(（][一二三四五六七八九十\d]{1,2}[)）])?"
    r"(?P<title>[^,;。:!?\n]{4,60}?)(?:名单|名录)(?:如下)?"
    r"(?:[:：]|$|(?=\n)|(?=(?:\d{1,3}[.．、]|[(（]\d{1,3}[)）])[\u4e00-\u9fff])"
    # (or a table's header row: "…认定名单序号所在市园区认定等级1甲市甲开发区二星2…")
    r"|(?=序号))"
)


# "获得“2017年度优秀园区”的分别有:": the holders of a title announced, listed after the colon
_HOLDERS_ANNOUNCED = re.compile(
    r"(?:获得|荣获|获评|获|入选|入围|被评为|评为|被授予|授予)“(?P<title>[^,;。:!?“”]{4,40})”(?:称号)?的"
    r"(?:单位|园区|开发区)?(?:分别)?(?:有|是|为)[:：]"
)


# "今年新增5家省级开发区", "新认定省级高新区3个": zones raised to a level, a class each holds
_RAISED_TO_LEVEL = re.compile(
    rf"(?:新增|新认定|新批准|新晋|获批|批准设立)(?:{COUNT_OF_UNITS})?"
    r"(?P<title>(?:国家级|省级|自治区级|市级)[\u4e00-\u9fff]{0,6}?"
    r"(?:园区|开发区|高新区|经开区|产业园|工业园区|产业集聚区|经济开发区|高新技术产业开发区))"
    rf"(?:{COUNT_OF_UNITS})?(?=[,;。:!?]|$)"
)


def announced_list(text: str) -> tuple[str, int] | None:
    """The honour the last list announced in a text is of, and where the announcement ends."""
    counted = list(_AWARDED_TO_COUNTED.finditer(text)) if "授予" in text else []
    raised = [m for m in _RAISED_TO_LEVEL.finditer(text) if re.search(COUNT_OF_UNITS, m.group(0))]
    matches = sorted([*_LIST_TITLE.finditer(text), *_HOLDERS_ANNOUNCED.finditer(text), *counted, *raised], key=lambda m: m.end())
    if not matches:
        return None
    # (the others of "甲开发区等10个" are listed after the notice, not in its sentence)
    # ("…示范园区认定名单…方向认定名单": a list's heading, then its part's, is the list's title)
    # (and an attachment's heading starts after 附件: "…(依申请公开)附件2019年…名单")
    title = re.sub(r"(?:认定|公示|拟认定)$", "", matches[-1].group("title").split("名单")[0].split("附件")[-1])
    return title.strip('“”"'), len(text) if matches[-1] in counted else matches[-1].end()


# between two names of a list: separators, and the number of the next item ("1.甲开发区2.乙园区")
_BETWEEN_LISTED = re.compile(r"[\s、,;]*(?:(?:\d{1,3}[.．、)）]|[(（]\d{1,3}[)）])\s*)?")
# between two rows of a table whose cells were joined: the first row's grade, then the next row's
# number and its city ("…开发区二星2乙市乙工业园区")
_BETWEEN_ROWS = re.compile(
    r"\s*(?:[一二三四五]星级?|[A-E]级|优秀|良好|合格|示范|培育)?\s*\d{1,3}\s*(?:[\u4e00-\u9fff]{2,4}?(?:市|州|地区)?)?\s*"
)
# A name of the list the dictionary does not know (a new zone, a misprint) keeps the list going:
# "甲产业集聚区、乙县产业集聚区、丙产业集聚区" with 乙 unknown
_UNKNOWN_LISTED = re.compile(
    r"(?:[\s、,;]*[\u4e00-\u9fff()（）]{2,16}?(?:产业集聚区|经济技术开发区|高新技术产业开发区|经济开发区|开发区|高新区|经开区|工业园区|产业园区|园区))+[\s、,;]*"
)


def _listed_under_title(ctx: ParagraphContext) -> list[FoundHonour]:
    """Zone names listed after words announcing a list of honoured names ("湖南省…先进单位名单:",
    maybe a heading "三、先进园区", then "甲开发区、乙高新区…"), in the same paragraph or in the
    lines after it: each zone holds the announced honour."""
    text = ctx.text
    own = announced_list(text)
    title, after = own if own else (ctx.list_title, 0)
    named = [h for h in ctx.hits_starting(after) if not h.generic and not h.alias_of_previous]
    # names, not a sentence about them: nothing but headings and lists between the announcement
    # and the first name, and only separators between the names
    if not title or not named or re.search(r"[,;。!?]", text[after : named[0].start]):
        return []
    listed = [named[0]]
    listed_as_rows = "序号" in text[after - 2 : named[0].start]
    for previous, hit in itertools.pairwise(named):
        between = text[previous.end : hit.start]
        if not (
            _BETWEEN_LISTED.fullmatch(between)
            or (between.startswith("、") and _UNKNOWN_LISTED.fullmatch(between))
            or (listed_as_rows and _BETWEEN_ROWS.fullmatch(between))
        ):
            break
        listed.append(hit)
    # (a remark in brackets may follow a name: 甲开发区(生物医药))
    rest = re.sub(r"^\s*\([^()]*\)\s*$", "", text[listed[-1].end :])
    if own is None and re.search(r"[\u4e00-\u9fff]{2}", rest):
        return []  # a line of names under a list announced before ends with the names
    year_match = re.match(r"((?:19|20)\d{2})年", title)
    year = (int(year_match.group(1)), "year_in_honour_title") if year_match else None
    return _each_zone_holds(ctx, listed, title, year, "honour_listed_under_title")


# "其中,甲市3家:A、B、C;乙县2家:D、E": the names of an announced list, counted by place
_COUNTED_BY_PLACE = re.compile(rf"(?:^|(?<=[,;。:]))(?:其中,?)?[\u4e00-\u9fff]{{2,8}}?{COUNT_OF_UNITS}[:：]")


def _counted_by_place(ctx: ParagraphContext) -> list[FoundHonour]:
    """Zones of a list announced before (in this paragraph or the one before), given place by
    place with their count: each zone holds the announced honour."""
    text = ctx.text
    out: list[FoundHonour] = []
    for group in _COUNTED_BY_PLACE.finditer(text):
        own = announced_list(text[: group.start()])
        title = own[0] if own else ctx.list_title
        if not title:
            continue
        named = [h for h in ctx.hits_starting(group.end()) if not h.generic and not h.alias_of_previous]
        if not named or named[0].start != group.end():
            continue
        listed = [named[0]]
        for previous, hit in itertools.pairwise(named):
            if not re.fullmatch(r"[\s、]*", text[previous.end : hit.start]):
                break
            listed.append(hit)
        out.extend(_each_zone_holds(ctx, listed, title, None, "honour_counted_by_place"))
    return out


# "…示范区名单公布,甲经开区成功入选": the list announced first, then the zone that is on it
_SELECTED_AFTER_LIST = re.compile(
    r"(?P<title>[^,;。:!?]{4,40}?)(?:名单|榜单)(?:正式)?(?:公布|发布|出炉|揭晓|公示)[^。;!?]*?,"
    r"(?P<who>[^,;。]{2,30}?)(?:成功|顺利|正式|均|全部)?(?:入选|入围|上榜|榜上有名|位列其中|名列其中|入列其中|在列)(?=[,;。]|$)"
)


def _selected_after_list(ctx: ParagraphContext) -> list[FoundHonour]:
    out: list[FoundHonour] = []
    text = ctx.text
    if not ("名单" in text or "榜单" in text) or not re.search(r"入选|入围|上榜|榜上有名|列其中|在列", text):
        return out  # (the pattern scans 40 characters at every position: only where it can match)
    for match in _SELECTED_AFTER_LIST.finditer(text):
        title = re.sub(r"^(?:在|近日|日前|此次|本次|最新)+", "", match.group("title")).strip('“”"')
        hits = [h for h in ctx.hits_starting(match.start("who"), match.end("who")) if not h.generic]
        zones = [z for z in (ctx._resolve(h) for h in hits) if z]
        for zone in dict.fromkeys(zones):
            out.append(
                FoundHonour(
                    start=match.start(),
                    end=match.end(),
                    anchor=match.start("who"),
                    title=title,
                    body=None,
                    date=_date(ctx, ctx.sentence_bounds(match.start())[0], match.start("who")),
                    rule="honour_selected_after_list",
                    zone=zone,
                )
            )
    return out


# "…30个省产业园获优秀等次,我市甲产业园、乙产业园在列", "…百强榜中,甲高新区、乙经开区等2个园区上榜":
# zones listed after the honour their sentence names, said to be on its list
_ON_THE_LIST = re.compile(
    r"(?:等(?:\d{1,3}|[两二三四五六七八九十]{1,3})(?:个|家)[\u4e00-\u9fff]{0,4}?)?(?:均|全部|也|亦|同时)?"
    r"(?:在列|上榜|榜上有名|位列其中|名列其中|入列其中|入围其中|赫然在列)(?=[,;。!]|$)"
)
_GRANTED_BEFORE = re.compile(r"(?:获评|荣获|获得|获|被评为|评为|被认定为|认定为)(?P<title>[^,;。:、]{2,40})[,;]$")
_LIST_NAMED_BEFORE = re.compile(r"(?P<title>[^,;。:、]{2,40}?(?:榜单|榜|名单))(?:中|上)?[,:]?$")
_PUBLISHED = re.compile(r"^.*(?:发布|公布|揭晓|推出)了?的?")


def _listed_on_it(ctx: ParagraphContext) -> list[FoundHonour]:
    out: list[FoundHonour] = []
    text = ctx.text
    if not re.search(r"在列|上榜|榜上有名|其中", text):
        return out  # (only where it can match)
    for match in _ON_THE_LIST.finditer(text):
        sentence_start, _ = ctx.sentence_bounds(match.start())
        clause_start = ctx.list_clause_start(match.start())
        zones = [
            z
            for z in (
                ctx._resolve(h)
                for h in ctx.hits_starting(clause_start, match.start())
                if not h.generic and not h.alias_of_previous
            )
            if z
        ]
        before = text[sentence_start:clause_start]
        named = _LIST_NAMED_BEFORE.search(before) or _GRANTED_BEFORE.search(before)
        if not zones or named is None:
            continue
        title = re.sub(r"^(?:在|近日|日前|此次|本次|最新)+", "", named.group("title"))
        published = _PUBLISHED.sub("", title)  # (某研究院发布了“…”百强榜: the list, not who published it)
        title = re.sub(r"[“”\"]", "", published if len(published) >= 4 else title)
        if len(title) < 4 and not _TITLE_WORD.search(title):
            continue
        for zone in dict.fromkeys(zones):
            out.append(
                FoundHonour(
                    start=clause_start,
                    end=match.end(),
                    anchor=clause_start,
                    title=title,
                    body=None,
                    date=_date(ctx, sentence_start, clause_start),
                    rule="honour_listed_on_it",
                    zone=zone,
                )
            )
    return out


def _holders(ctx: ParagraphContext, clause_start: int, pos: int) -> tuple[list[str], bool, int]:
    """Enterprises (or units) listed right before the verb, "甲科技和乙股份入围…": each holds the
    honour, within the zone the sentence is about; with 分别 they pair with the titles in order."""
    while clause_start > 0 and ctx.text[clause_start - 1] == "、":
        clause_start = ctx.clause_start(clause_start - 1)
    # the zone the sentence opens with is the subject, not a holder: "某经开区甲和乙入围…"
    clause_start = max([clause_start] + [h.end for h in ctx.hits_starting(clause_start, pos)])
    before = ctx.text[clause_start:pos]
    core = _HOLDERS_HEAD.sub("", _HOLDERS_TAIL.sub("", before))
    items = re.split(r"、|和|及|与", core)
    if len(items) < 2 or not all(_HOLDER.fullmatch(item) and not re.search(r"\d", item) for item in items):
        return [], False, pos
    return items, "分别" in before, clause_start + before.find(core)


def _outside_names(ctx: ParagraphContext, pos: int) -> int:
    """A clause boundary inside a zone's name (the brackets of 甲(乙)产业园) is none: the start of
    that name."""
    starts = ctx.zone_hit_starts
    i = bisect_right(starts, pos - 1)
    if i and ctx.zone_hits[i - 1].end > pos:
        return ctx.zone_hits[i - 1].start
    return pos


def _recipients(ctx: ParagraphContext, sentence_start: int, pos: int) -> list[str]:
    """Zones listed right before the verb (A、B、C全部入选…): each receives the honour."""
    clause_start = ctx.clause_start(pos)
    start = _outside_names(ctx, clause_start)
    while start > sentence_start and ctx.text[start - 1] == "、":
        start = _outside_names(ctx, ctx.clause_start(start - 1))
    if re.fullmatch(r"(?:并|均|全部|正式|已|成功|同时)?", ctx.text[clause_start:pos]):
        start = sentence_start  # "A、B等9家园区经国务院同意,升格为…": the clause's subject is the sentence's
    hits = [h for h in ctx.hits_starting(start, pos) if not h.generic and not h.alias_of_previous]
    if len(hits) < 2:
        return []
    names: list[str] = []
    for hit in hits:
        zone = ctx._resolve(hit)
        if zone and zone not in names:
            names.append(zone)
    return names
