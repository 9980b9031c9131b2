"""Projects: named projects with their status, investment and date.

The language: a subject list and a status (甲精密、乙汽车、丙智能顺利投产; A、B等一批
重点项目建设中), a verb and an object list (建成投运万达广场、希尔顿酒店…; 引进中德科创中心…), a
ceremony (…签约仪式举行, …开园仪式举行, …揭牌仪式), names in parentheses after a count of
projects (50亿元至100亿元项目4个(甲新材料、乙文旅城…)), and an investment stated for a
named project (…总投资约42.5亿元; 总投资12亿元的某科技…项目一期). The investment of a named
project is the project's, not a figure of the zone; a total over a counted group (18个项目…总投资
157亿元) stays a figure.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from decimal import Decimal

from loaders.extract.context import ParagraphContext
from loaders.extract.years import NOW_XIAN
from loaders.extract.zones import zone_type_of
from loaders.numbers import ARABIC, parse_number

# Status phrases, longest first, mapped to a normalised status.
_STATUS: tuple[tuple[str, str], ...] = (
    ("签约暨开工奠基", "开工"),
    ("开竣工", "开工"),
    ("竣工投产", "投产"),
    ("竣工投用", "建成"),
    ("开工奠基", "开工"),
    ("签约落户", "签约"),
    ("签约落地", "签约"),
    ("签署", "签约"),
    ("签约", "签约"),
    ("落户", "落地"),
    ("全面开工", "开工"),
    ("开工建设", "开工"),
    ("开工动建", "开工"),
    ("开工", "开工"),
    ("动工", "开工"),
    ("全面动工", "开工"),
    ("正式量产", "投产"),
    ("量产", "投产"),
    ("建成投产", "投产"),
    ("顺利投产", "投产"),
    ("投产", "投产"),
    ("建成投用", "建成"),
    ("建成投运", "建成"),
    ("建成开学", "建成"),
    ("建成", "建成"),
    ("竣工", "竣工"),
    ("全部完工", "建成"),
    ("基本完工", "基本完工"),
    ("完工", "建成"),
    ("基本完成", "基本完工"),
    ("主体结顶", "主体结顶"),
    ("结顶", "主体结顶"),
    ("投入使用", "建成"),
    ("投入运行", "建成"),
    ("投入运营", "建成"),
    ("正式运营", "建成"),
    ("正式运行", "建成"),
    ("交付使用", "交付使用"),
    ("投用", "建成"),
    ("开园", "开园"),
    ("揭牌开学", "揭牌开学"),
    ("揭牌运行", "揭牌"),
    ("揭牌", "揭牌"),
    ("完成土地摘牌", "摘牌"),
    ("完成摘牌", "摘牌"),
    ("土地摘牌", "摘牌"),
    ("摘牌", "摘牌"),
    ("加快推进", "在建"),
    ("加速推进", "在建"),
    ("积极推进", "在建"),
    ("加快建设", "在建"),
    ("加紧施工", "在建"),
    ("加紧建设", "在建"),
    ("正在建设", "在建"),
    ("加快施工", "在建"),
    ("处于在建阶段", "在建"),
    ("进展顺利", "在建"),
    ("有序推进", "在建"),
    ("顺利推进", "在建"),
    ("稳步推进", "在建"),
    ("建设中", "在建"),
    ("加快落地建设", "在建"),
    ("入园建设", "在建"),
    ("落地建设", "落地"),
    ("相继落地", "落地"),
    ("落地", "落地"),
    ("主体建设过半", "在建"),
    ("获批", "获批"),
    ("开业", "开业"),
    ("合龙", "合龙"),
    ("入驻", "入驻"),
    ("全面启动建房", "开工"),
    ("启动建房", "开工"),
    ("启动建设", "开工"),
    ("开始建设", "开工"),
    ("陆续供地", "供地"),
    ("供地", "供地"),
    ("正式开放", "建成"),
    ("开放", "建成"),
    ("完成施工图设计", "前期"),
    ("完成方案设计", "前期"),
    ("谋划启动", "前期"),
    ("启动相关前期工作", "前期"),
    ("完成验收", "竣工"),
    ("主体工程已完成", "在建"),
    ("主体完成", "在建"),
    ("主体结构封顶", "在建"),
    ("主体封顶", "在建"),
    ("建成试车", "建成"),
    ("投料试车", "建成"),
    ("试生产", "投产"),
    ("完成主体结构", "在建"),
    ("注册成立", "注册成立"),
    ("拔地而起", "计划"),
)
_STATUS_ALT = "|".join(re.escape(s) for s, _ in sorted(_STATUS, key=lambda x: len(x[0]), reverse=True))
_STATUS_MAP = dict(_STATUS)
# What a list of projects is called after 等: "等4个迁建安置点", "等一批重点项目", "等9条框架道路".
_PROJECT_GROUP = re.compile(r"(项目|工程|园|中心|基地|平台|设施|组团|安置点|道路|企业|站点|建设)")
# Suffixes that make a noun phrase the name of a project, a facility or a site.
_NAME_SUFFIX = (
    r"(项目|工程|园|中心|基地|广场|大楼|小学|学校|分校|医院|院区|综合体|组团"
    r"|站|馆|路|院|楼|城|港|岛|室|厂|桥|场|展厅|街区|生产线|[一二三四五六]期|[)）])"
)
_STATUS_AFTER = re.compile(rf"(?:已|正式|全部|顺利|全面|均|已经|目前已|相继|先后|正在|实现)?(?P<status>{_STATUS_ALT})")
# Statuses only a project or a company has: any subject before them names one.
_STRONG_STATUS = {"入园建设", "签约落户", "建成投产", "开工建设", "开工动建", "竣工", "开园", "落地建设", "正式量产", "量产"}
# Verb first, then the objects.
_VERB_FIRST = re.compile(r"(?P<verb>建成投运|建成投用|新设|引进|招引|共建|开工建设|签约引进|设立|推动|加快|全力保障|提档升级)")
_VERB_STATUS = {
    "建成投运": "建成",
    "建成投用": "建成",
    "新设": "建成",
    "引进": "落地",
    "招引": "招引",
    "共建": None,
    "开工建设": "开工",
    "签约引进": "签约",
    "设立": None,
    "推动": None,
    "加快": "在建",
    "全力保障": "在建",
    "提档升级": None,
    "完成": "建成",
}
_CEREMONY = re.compile(
    r"(?P<name>[^,;。]{3,40}?)(?:合作项目|项目)?(?:于\d{4}年\d{1,2}月(?:\d{1,2}日)?)?(?:举办|举行)?"
    r"(?P<status>签约|开园|揭牌|开工|奠基|开业)仪式(?:举行|在|,|。)"
)
# A strong verb with one named object: 筹建应急指挥中心, 建成投运“科创港”.
_VERB_OBJECT = re.compile(
    r"(?P<verb>筹建|设立|新设|建成投运|建成投用|提档升级|合作共建|共建|注册成立了?|签署|签订|开工建设|开工|启动|落地|签约)了?"
    rf"(?P<name>[^,;。、]{{2,40}}?{_NAME_SUFFIX}(?:”)?)"
    r"(?:投资合作协议|合作框架协议|投资协议|框架协议|合作协议|协议|建设)?(?=[,;。、]|$)"
)
_VERB_OBJECT_STATUS = {
    "筹建": "筹建",
    "设立": None,
    "新设": "建成",
    "建成投运": "建成",
    "建成投用": "建成",
    "提档升级": None,
    "合作共建": "签约",
    "共建": None,
    "注册成立": "注册成立",
    "注册成立了": "注册成立",
    "签署": "签约",
    "签订": "签约",
    "开工建设": "开工",
    "开工": "开工",
    "启动": "开工",
    "落地": "落地",
    "签约": "签约",
}
# A clause that opens with a named project: "某新材料产业园项目从…到…", "X是此次…最大的项目".
_NAMED_SUBJECT = re.compile(
    r"(?:^|(?<=[,;。]))(?P<name>[^,;。、]{2,40}?(?:项目|项目一期|一期|二期))"
    r"(?=从|于|是|已|在|将|由|按|建筑面积|总建筑面积|用地面积|占地面积|总用地|投资完成率|(?:全年|年内|当年|累计)?完成投资|也正在|正在|均已|投资额?最大|规模最大)"
)
# "另有30亿元级项目1个,为某某新材料生产基地项目": the one project of a class, by name
_ONE_NAMED = re.compile(r"(?:项目)(?:1|一)个,?(?:为|是|即)(?P<name>[^,;。、]{4,40}?(?:项目|基地|中心|工程|产业园))(?=[,;。]|$)")
_INVEST_AFTER = re.compile(
    rf"(?P<kind>计划总投资|计划投资|项目总投资|项目投资额|总投资额?|投资总额|(?:签约|协议|合同)(?:投资)?(?:金)?额|投资)(?:为)?(?P<approx>约|超|达|不低于|超过)?(?P<num>{ARABIC})(?P<unit>亿元|万元|亿美元|万美元|亿)"
)
_INVEST_MODIFIER = re.compile(
    rf"(?P<kind>计划总投资|总投资额?|投资)(?P<approx>约|超|达|不低于|超过)?(?P<num>{ARABIC})(?P<unit>亿元|万元|亿美元|万美元)(?:建成|新建|建设)?的\s*(?P<name>(?:(?!和投资|和总投资|和注册|亿元|万元|美元|落户|落地|签约|开工|入驻)[^,;。、]){{2,40}}(?:项目|工程|基地|中心|产业园|园区|院区|学校|医院|大楼|综合体|生产线)(?:建设)?(?:项目)?(?:一期|二期)?|[^,;。、]{{4,40}}?(?=[,;。]|、(?:计划)?总?投资|和投资|和总投资|在|正式|于|顺利|全面|已|完成|建成|开工|投产|签约|$))"
)
# "首期投资3.2亿元,建成年产5万台电机外壳生产线": an investment, then what it built
_INVEST_THEN_BUILT = re.compile(
    rf"(?P<kind>总投资|计划投资|计划投入|投资|投入)(?P<approx>约|超|达|超过|近)?(?P<num>{ARABIC})(?P<unit>亿元|万元|亿美元|万美元),?"
    r"(?P<verb>建成|新建|建设|投产|完成|实施|启动|打造)(?P<name>(?:(?!投资)[^,;。、]){4,40}?(?:生产线|工厂|车间|基地|项目|工程|产业园))(?=[,;。]|$)"
)
# A sentence that opens with a project's name, then says what it costs.
_OPENING_NAME = re.compile(r"[^,;。、:]{4,40}(?:项目|工程)(?:一期|二期|三期)?")
# ... or its name and the land it takes first: "某产业基地项目占地约85亩,投资总额1.35亿元"
_SIZE_AFTER_NAME = re.compile(
    rf"(?:占地面积|用地面积|总用地面积|总用地|占地|用地|总建筑面积|建筑面积)(?:约|近|超过?)?{ARABIC}(?:万?平方米|亩|公顷)$"
)
_PAREN_LIST = re.compile(r"项目\d+个\((?P<names>[^()]{2,80})\)")
# "甲(二期)、乙工业、丙精机3个项目申报…", "甲木业、乙科技二期等2个项目代表…": names counted as projects
# (or names that each end in 项目, then their count: "甲项目、乙项目、丙项目3项计划…")
_COUNTED_LIST = re.compile(
    r"(?P<names>[^,;。:]{2,80}?)(?:等)?\s*(?:\d{1,5}|[两三四五六七八九十])\s*个(?:[\u4e00-\u9fff]{0,6})?项目"
    r"|(?P<named>(?:[^,;。:、]{2,40}?项目、)+[^,;。:、]{2,40}?项目)(?:等)?(?:\d{1,3}|[两三四五六七八九十])(?:个|项)"
)
_GENERIC = re.compile(
    r"^(?:一批|一大批|重点|重大|产业|基础设施|城市功能|特色园区|公共生活配套|城市地标|创新平台|战略合作|优质|"
    r"大好优|标志性|工业|政府投资|省级|市级|县级|县|市|首批|该|此|这一|其|各类|[\d一二三四五六七八九十]+个|"
    r"已?(?:签约|落地|开工|新开工|在建|续建|竣工|投产|洽谈|储备|前期|招商|新入库|入库)|累计|新?(?:引进|招引|引入))*"
    r"(?:项目|工程|企业|平台|载体|园区|基地|设施|组团)?$"
)
_LEADING_NOISE = re.compile(
    rf"^(?:[一二三四五六七八九十]是|或|其中|包括|随着|全力|大力|着力|推动|推进|加快|完成|全力保障|目前|{NOW_XIAN}|已|并|与|和|及|以及|还有|还|将|要求|确保|促进|力促|带动了?|吸引了?|位于[^的]{{1,20}}内的|"
    r"新\(扩\)建|新扩建|新建|扩建|"
    # when it happened: "今年某项目竣工" names the project after the time
    r"今年|去年|前年|明年|年内|年初|年底|同年|[上下]半年|前三季度|第?[一二三四]季度|"
    r"[^,;。]{0,12}引进的|[^,;。]{0,16}投资(?:建设)?的|建设|开工建设|实施|\d+月\d+日,?|\d{4}年\d+月(?:\d+日)?,?|"
    # whose capital it is: 美国独资的, 中外合资, 外商独资
    r"[\u4e00-\u9fff]{0,4}(?:独资|合资)(?:企业)?的?)+"
)
_TRAILING_NOISE = re.compile(
    r"(?:等一大批|等一批|等\d+个|等多个|等)(?:[^,;。]{0,20}?)?$|(?:车间|工程建设|建设|高标准|高质量|全面|加快|有序|顺利|稳步|正在|已经|尽快|早日|早)$"
)


@dataclass(frozen=True)
class FoundProject:
    start: int
    end: int
    anchor: int
    name: str
    status: str | None
    rule: str
    investment: Decimal | None = None
    investment_unit: str | None = None
    date: str | None = None
    qualifier: str | None = None
    year: tuple[int | None, str] | None = None
    claims: list[tuple[int, int]] = field(default_factory=list)
    zone: str | None = None  # the zone the text puts the project in, where it says so


def _clean_name(name: str) -> str:
    name = name.strip(' “”"-■●*')
    if name.count("“") > name.count("”") and re.search(r"(?:首家|首个|首批|唯一)[^“]{0,4}“", name):
        name = name[name.rindex("“") + 1 :]  # "省内首家“某创新中心”": the quoted name, not what is said of it
    for word in ("合作共建", "共建", "签署", "签订", "——"):
        if word in name[:-2]:
            name = name[name.rindex(word) + len(word) :]
    previous = None
    while previous != name:
        previous = name
        name = _LEADING_NOISE.sub("", name).strip(' “”"')
        name = _TRAILING_NOISE.sub("", name).strip(' “”"')
        name = re.sub(r"^(?:[\u4e00-\u9fff]{0,8}(?:新区|开发区|经开区|园区)内的?)", "", name)
        name = re.sub(r"(?:\d{1,2}月(?:\d{1,2}日)?|去年底|今年|年内|首批.*|共?\d+[幢栋个家座].*|\d+—\d+段)$", "", name)
        name = re.sub(rf"^(?:{NOW_XIAN}|随着)", "", name)
        if "的" in name[:-4]:
            name = name[name.rindex("的") + 1 :]  # "规划总用地2.5平方千米的某综合保税区": the name follows 的
        work = re.match(r"^(.{3,}?项目)(?:[\u4e00-\u9fff]{0,12}(?:改造|许可证|手续|审批|立项|厂房|土地))$", name)
        if work:
            name = work.group(1)  # "某半导体项目厂房改造": the project, not the work on it
    return name


def _is_name(name: str) -> bool:
    if not 2 <= len(name) <= 45 or _GENERIC.match(name):
        return False
    # (5号、6号车间: buildings of a project by their numbers, no project's name)
    if re.match(r"^(?:\d+个|\d{4}年|\d+号|实现|完成)", name) or re.search(
        r"(当年|于|季度|年底|月底|仪式|实现|了|就|分[一二三四五]期|助力|尽快|早日|个?月内|[天日周]内)", name
    ):
        return False
    if name.count("(") != name.count(")") or re.search(r"\([^()]{11,}\)", name) or re.match(r"^.?\(", name):
        return False
    if re.search(
        r"(首个|第一个|唯一|行政服务中心|管委会|办公室|天内|目前|即能|确保|拿地|举行|举办|集中|随着|供图|摄影|聚焦|扩大|一手抓)",
        name,
    ):
        return False  # (a photo credit run into the next sentence is no name either; "一手抓项目落地": a slogan)
    if name.startswith("项目"):
        return False  # "项目开工、项目签约": stages of work, no project's name
    if re.match(r"(?:一批|一大批|一系列|更多|一个个|[大好]项目|早|快|计划|预计)", name) or re.search(
        r"项目(?:的持续|早|快)", name
    ):
        # "力促更多项目早落地、早达产", "一批海工装备项目相继落地": projects wished for or
        # of a kind, no project's name
        return False
    if re.search(r"(大会|会议|论坛|峰会|推介会|洽谈会|博览会|交易会)", name) or re.fullmatch(
        r".{2}(?:合作|服务|保障|管理)", name
    ):
        return False  # "某推介会暨项目签约仪式", "产业合作、人才服务等": an event, kinds of work
    if name.endswith("的"):
        return False  # "重大项目的开工建设": a modifier of what follows, not a name
    if re.search(r"最(?:大|小|多|高)的|最(?:大|小|多|高|低|长|早|强)$", name):
        return False  # "…是本轮集中开工里投资最大的项目": what the sentence says of a project, not its name
    if re.search(r"第[一二三四五六七八九十\d]+$", name) or name.endswith("有"):
        return False  # "甲区第二、第三批次共有4个项目投产": an ordinal and a clause, not names
    if re.search(
        r"(省长|市长|区长|县长|书记|主任|局长|部长|处长|科长|委员(?!会)|董事长|总经理|常委|调研员|负责人|宣布|主持|出席|见证)",
        name,
    ):
        return False  # "副省长某某宣布项目开工": a person and what they did, not a project
    if name in _STATUS_MAP or re.fullmatch(rf"(?:{_STATUS_ALT})+", name):
        return False
    if re.search(r"[,;。]|\d+(?:\.\d+)?(?:亿元|万元|公顷|平方米|%)|\d+多?个项目", name):
        return False  # (…共80余个项目在建: a count of projects, not one)
    if re.match(
        r"(?:在|推动|促进|加快|加强|深化|坚持|围绕|聚焦|扩大|助力|为了|通过|分别|从|健全|完善|支持|保障|为保障|为推动|力争|争取|标志着|做好|抓好|优化|强化)",
        name,
    ) or name.endswith(("对外", "改革")):
        # "在带动全县产业升级、促进对外开放…方面", "健全项目…机制", "力争签约项目尽早落地": what was
        # done about projects, not a project
        return False
    if re.fullmatch(r"(?:项目|工程)[一二三四五六]期(?:工程|项目)?|[一二三四五六]期(?:工程|项目)", name):
        return False  # "项目二期": a phase of the project named before, not a name
    if re.search(r"(?:[亿万]元|千万元|亿美元)以上|^占", name):
        return False  # "亿元以上新开工项目…", "占全县千万元以上项目…": a class of projects, no name
    if re.fullmatch(r"[全我本该此][省市县区]", name):
        return False  # "全区86个重点项目完成投资…": the place the projects are in, not one of them
    return not re.match(r"^(?:项目|工程|企业|园区|开发区|经开区|新区|高新区|该|这|此|其中|一期|二期)$", name)


def _split_items(text: str) -> list[tuple[int, str]]:
    """Items of a list "A、B和C": (offset in text, item)."""
    items: list[tuple[int, str]] = []
    pos = 0
    # (a 和 followed by 公司 or 集团 is inside an investor's name: 甲和乙科技有限公司投资的丙项目)
    for part in re.split(
        r"(、|和(?![\u4e00-\u9fff]*(?:公司|集团))(?=[\u4e00-\u9fff]{2,}(?:路|园|中心|基地|项目|工程|学馆|大楼)$))", text
    ):
        if part in ("、", "和") or not part:
            pos += len(part)
            continue
        items.append((pos, part))
        pos += len(part)
    return items


def _strip_zone(ctx: ParagraphContext, name: str) -> str:
    """ "某某新区生命健康科技城合作项目" names the project after its zone."""
    surfaces = {h.surface for h in ctx.zone_hits if not h.generic} | set(ctx.reference.zone_aliases)
    for alias in sorted(surfaces, key=len, reverse=True):
        rest = name[len(alias) :]
        # "某综合保税区一期工程": a phase alone names nothing, the zone's name is the project's
        if name.startswith(alias) and len(rest) >= 4 and not re.fullmatch(r"[一二三四五]期(?:工程|项目)?", rest):
            name = _clean_name(name[len(alias) :])  # "某高新区新(扩)建甲环保": what follows the zone
            break
    return re.sub(r"(?<=[\u4e00-\u9fff]{4})合作项目$", "", name)


def _date(ctx: ParagraphContext, start: int, end: int) -> str | None:
    date = None
    for match in re.finditer(r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?", ctx.text[start:end]):
        year = int(match.group("y")) if match.group("y") else ctx.year_at(start + match.start())[0]
        month = int(match.group("m"))
        if year is None or not 1 <= month <= 12:
            continue
        date = f"{year:04d}-{month:02d}" + (f"-{int(match.group('d')):02d}" if match.group("d") else "")
    return date


def extract_projects(ctx: ParagraphContext) -> list[FoundProject]:
    text = re.sub(r"【[^】]*】", lambda m: "※" * len(m.group(0)), ctx.text)
    found: list[FoundProject] = []
    found.extend(_investment_projects(ctx, text))
    found.extend(_respective_investments(ctx, text))
    found.extend(_status_has_lists(ctx, text))
    found.extend(_status_lists(ctx, text))
    found.extend(_verb_first_lists(ctx, text))
    found.extend(_ceremonies(ctx, text))
    found.extend(_parenthesised(ctx, text))
    found.extend(_bracketed_investments(ctx, text))
    found.extend(_counted_lists(ctx, text))
    found.extend(_parts_counted(ctx, text))
    # a batch named by example that another rule read already (建成A、B等一批…项目) is not read twice
    known = {p.name for p in found}
    found.extend(b for b in _batch_lists(ctx, text) if b.name not in known)
    found.extend(_verb_objects(ctx, text))
    found.extend(_planned_in_zone(ctx, text))
    found.extend(_class_examples(ctx, text))
    found.extend(_zone_batch_examples(ctx, text))
    known = {p.name for p in found}
    found.extend(c for c in _covered(ctx, text) if c.name not in known)
    found.extend(_named_subjects(ctx, text))
    known = {p.name for p in found}
    found.extend(p for p in _sites_visited(ctx, text) if p.name not in known)
    found.extend(_ones_named(ctx, text))
    known = {p.name for p in found}
    found.extend(p for p in _listed_by_name(text) if p.name not in known and not any(p.name in k for k in known))
    named = [p for p in found if p.name]
    orphans = [p for p in found if not p.name]
    return _claim_descriptions(ctx, _attach_investments(ctx, _resolve_anaphora(ctx, text, _merge(ctx, named)), orphans))


# "甲汽车技改项目、乙产业基地项目、丙平台项目……": projects named as such, listed side by side
_NAMED_PROJECTS = re.compile(r"(?:[^,;。、:!?\s“”]{4,30}项目[、和]){1,}[^,;。、:!?\s“”]{4,30}项目")


# "招商引资抓项目、优化服务促项目": a slogan's verb before 项目, no project's name
_SLOGAN_VERB = re.compile(r"[引育增抓促推上争招落保扩稳强比赶]项目$")


def _listed_by_name(text: str) -> list[FoundProject]:
    """Two or more names, each called a project, listed with no verb to say what became of them:
    projects whose status the text leaves unsaid."""
    out: list[FoundProject] = []
    for match in _NAMED_PROJECTS.finditer(text):
        for item in re.finditer(r"[^、和]+", match.group(0)):
            name = _clean_name(item.group(0))
            if len(name) < 6 or not name.endswith("项目") or not _is_name(name) or _SLOGAN_VERB.search(name):
                continue
            start = match.start() + item.start()
            out.append(
                FoundProject(
                    start=start,
                    end=match.start() + item.end(),
                    anchor=start,
                    name=name,
                    status=None,
                    rule="project_listed_by_name",
                )
            )
    return out


# What a project will build or how long it is: 将建设250万吨…、50万吨…, 全长8公里, 年产5万台.
_PROJECT_SIZE = re.compile(r"(?:将|拟)?(?:建设|新建|建成|年产|全长)(?=[约近超\d])[^,;。]*")


def _claim_descriptions(ctx: ParagraphContext, found: list[FoundProject]) -> list[FoundProject]:
    """A sentence that names a project and its investment goes on to describe it: the sizes of what
    it builds (将建设250万吨…, 全长8公里, 建设1000套住房) are the project's, not its zone's figures."""
    out = []
    for project in found:
        if project.investment is not None:
            sentence_end = ctx.sentence_bounds(project.anchor)[1]
            sizes = [m.span() for m in _PROJECT_SIZE.finditer(ctx.text, project.anchor, sentence_end)]
            project = replace(project, claims=[*project.claims, *sizes])
        out.append(project)
    return out


_VERB_BEFORE_MODIFIERS = re.compile(r"(?P<verb>签约|开工|投产|竣工|落地)了?(?=(?:计划)?总?投资)")


def _investment_projects(ctx: ParagraphContext, text: str) -> list[FoundProject]:
    out: list[FoundProject] = []
    for match in _INVEST_MODIFIER.finditer(text):
        clause = text[ctx.clause_start(match.start()) : match.start()]
        if re.search(r"\d+个$|\d+个[^,;。]*$", clause):
            continue  # "谋划9个总投资35亿元的…": a group of projects
        name = _clean_name(match.group("name"))
        end = match.end()
        if not _is_name(name) or re.search(r"(带动|了|是|等)", name):
            # the longest name ran into the rest of the sentence: take the shortest one instead
            short = re.match(rf"[^,;。、\d]{{2,40}}?{_NAME_SUFFIX}", match.group("name"))
            if short is None:
                continue
            name = _clean_name(short.group(0))
            end = match.start("name") + short.end()
        if not _is_name(name) or re.match(r"^(?:重点|标杆)", name):
            continue
        # "签约了总投资6亿元的甲、总投资3亿元的乙等项目": the verb before the list is every item's
        listed_after = _VERB_BEFORE_MODIFIERS.search(text, ctx.list_clause_start(match.start()), match.start() + 4)
        status = _status_near(text, end) or (_STATUS_MAP.get(listed_after.group("verb")) if listed_after else None)
        found = _with_money(ctx, match, name, "project_investment_modifier", status)
        if re.match(r"\d", name):
            # "…建成的12条装配线": the count names the project, it is not a figure of the zone
            found = replace(found, claims=[*found.claims, (match.start("name"), match.start("name") + len(name))])
        out.append(found)
    for match in _INVEST_THEN_BUILT.finditer(text):
        name = _clean_name(match.group("name"))
        if _is_name(name) and not any(s <= match.start("num") < e for p in out for s, e in p.claims):
            status = {"建成": "建成", "投产": "投产"}.get(match.group("verb"), None if "计划" in match.group("kind") else "在建")
            out.append(_with_money(ctx, match, name, "project_investment_then_built", status))
    for match in _INVEST_AFTER.finditer(text):
        if any(s <= match.start("num") < e for p in out for s, e in p.claims):
            continue  # already the investment of a named project ("总投资12亿元的某科技…项目")
        clause_start = ctx.clause_start(match.start())
        if text[match.start() - 1 : match.start()] == ")" and "(" in text[max(0, match.start() - 12) : match.start()]:
            # "某厂房(三期)项目总投资…": the phase in parentheses is part of the name before it
            clause_start = ctx.clause_start(text.rindex("(", 0, match.start()))
        # (an estimate's word is no subject: "…项目,预计总投资12亿元")
        # (nor the quotation mark a speaker's words open with: "“项目总投资12亿元,今年3月开工…”")
        subject = re.sub(r"^\s*(?:预计|计划|预估|估算|拟)\s*$", "", text[clause_start : match.start()].lstrip("“‘「"))
        sentence_start, _ = ctx.sentence_bounds(match.start())
        # (a list's first item opens after its colon: "签约项目有:甲项目,总投资5亿元;…", and one
        # project of a counted group after 其中: "签约10个项目,其中甲项目投资最大,总投资8亿元")
        # ("开工的一批项目中,甲项目总投资8亿元": each item after the group they are among)
        among = text.rfind("项目中", sentence_start, clause_start)
        of_them = text.rfind("其中", sentence_start, clause_start + 2)
        item_start = max(
            sentence_start,
            text.rfind(":", sentence_start, clause_start) + 1,
            of_them + 2 if of_them >= 0 else 0,
            among + 3 if among >= 0 else 0,
        )
        if re.search(r"\d+\s*(?:个|家|项|只)", text[item_start : match.start()]) or re.search(r"的$", subject):
            continue  # a total over a counted group of projects is a figure of the zone
        if match.group("kind") == "投资" and subject.strip() != "该项目":
            continue  # "某半导体项目投资6000万元": an investment made, a figure of the zone
        # ("甲新材料项目总投资12亿元": 项目 ends the name before it as much as it starts 项目总投资,
        # unless the name already says what is built: 某院区项目 is 某院区)
        named_thing = re.search(r"(园|基地|中心|院区|工程|城|广场|大楼|学校|校区|医院)$", subject)
        ends_with_project = match.group("kind").startswith("项目") and subject.strip() and not named_thing
        name = _clean_name(subject + "项目" if ends_with_project else subject)
        rule = "project_investment_subject"
        if _is_name(name) and not re.search(r"(项目|园|基地|中心|院区|工程|城|广场|大楼|学校|校区|医院)", name):
            continue
        if not _is_name(name):
            if not re.fullmatch(r"(?:该|该?项目)?", subject.strip()):
                continue
            opening_text = text[item_start:clause_start].strip(",")
            sized = _SIZE_AFTER_NAME.search(opening_text)
            opening = _clean_name(opening_text[: sized.start()] if sized else opening_text)
            if not subject.strip() and clause_start > item_start and _OPENING_NAME.fullmatch(opening) and _is_name(opening):
                # "某某路三期工程项目,总投资3亿元,长4公里": the sentence opens with the project
                # (the land it takes stays a figure of its zone, named after it, as a zone's land is counted)
                out.append(_with_money(ctx, match, opening, "project_opens_the_sentence", None))
                continue
            # "…项目,总投资11亿元" / "项目总投资约2.8亿元": the investment of the project named before
            # (项目 may open the clause as part of 项目总投资: it points back all the same)
            pointer = subject.strip() or match.group("kind").startswith("项目")
            rule = "project_investment_of_previous" + (":anaphora" if pointer else "")
            out.append(_with_money(ctx, match, "", rule, None))
            continue
        if name in ("项目", "该项目") or _GENERIC.match(_strip_zone(ctx, name)):
            continue  # ("某开发区累计引进项目总投资…": the zone's projects together, a figure of the zone)
        out.append(_with_money(ctx, match, name, rule, None))
    return out


# "甲项目、乙项目、丙项目分别签约投资36亿元、21亿元、12亿元": names, then 分别, then one amount
# each, in order (the unit may be written once, after the last)
# (read from each 分别: the names are the clause before it)
_RESPECTIVELY_INVESTED = re.compile(
    r"分别(?P<verb>签约|开工|落地|完成)?(?:计划|协议|签约)?(?:总投资|投资)(?:额)?(?:为|约|达)?"
    rf"(?P<amounts>{ARABIC}(?:亿元|万元|亿美元|万美元)?(?:[、,和及与]{ARABIC}(?:亿元|万元|亿美元|万美元)?)+)"
)
# ("签约甲项目、乙项目,总投资分别为12亿元、8亿元": 分别 after the word for the money)
_INVESTED_RESPECTIVELY = re.compile(
    r"(?P<verb>签约|开工|落地|完成)?(?:计划|协议|签约)?(?:总投资|投资)(?:额)?分别(?:为|约|达)?"
    rf"(?P<amounts>{ARABIC}(?:亿元|万元|亿美元|万美元)?(?:[、,和及与]{ARABIC}(?:亿元|万元|亿美元|万美元)?)+)"
)
_AMOUNT = re.compile(rf"(?P<num>{ARABIC})(?P<unit>亿元|万元|亿美元|万美元)?")


# "当天的开工项目有甲标准厂房、乙创业园、丙广场等11个": the projects of a status, by name
_STATUS_HAS_LIST = re.compile(
    rf"(?P<status>{_STATUS_ALT})(?:的)?项目(?:主要)?有[:：]?(?P<names>[^;。:]{{4,300}}?)"
    r"(?:等(?:\d+|[一二三四五六七八九十两]+)(?:个|项|家)|(?=[;。]|$))"
)


def _status_has_lists(ctx: ParagraphContext, text: str) -> list[FoundProject]:
    out: list[FoundProject] = []
    for match in _STATUS_HAS_LIST.finditer(text):
        status = _STATUS_MAP.get(match.group("status"))
        offset = match.start("names")
        for part in re.split(r"(、|和(?=[^、]{4,}$))", match.group("names")):
            if part in ("、", "和", ""):
                offset += len(part)
                continue
            name = _clean_name(part)
            if _is_name(name) and not re.search(r"(企业|公司|集团)$", name):
                start = offset + part.find(name) if name in part else offset
                out.append(
                    FoundProject(
                        start=start,
                        end=start + len(name),
                        anchor=start,
                        name=name,
                        status=status,
                        date=_date(ctx, ctx.sentence_bounds(match.start())[0], match.start()),
                        rule="project_status_has_list",
                    )
                )
            offset += len(part)
    return out


def _respective_investments(ctx: ParagraphContext, text: str) -> list[FoundProject]:
    out: list[FoundProject] = []
    if "分别" not in text:
        return out
    matches = sorted([*_RESPECTIVELY_INVESTED.finditer(text), *_INVESTED_RESPECTIVELY.finditer(text)], key=lambda m: m.start())
    for match in matches:
        lo = max(0, match.start() - 200)
        # (the names are the clause before, or the one before the comma that opens the amounts)
        names_end = match.start() - 1 if text[match.start() - 1 : match.start()] == "," else match.start()
        names_start = max([lo] + [text.rfind(mark, lo, names_end) + 1 for mark in ",;。:"])
        if names_end - names_start < 6:
            continue
        items = [(names_start + offset, item) for offset, item in _split_items(text[names_start:names_end])]
        if items:
            # "苍南工业园区签约甲项目、乙项目": the zone and its verb open the first name
            first_start, first = items[0]
            opening = re.match(r"[^,;。、]*?(?:签约|开工|引进|落地|新签|新开工)", first)
            if opening and len(first) - opening.end() >= 4:
                items[0] = (first_start + opening.end(), first[opening.end() :])
        amounts = list(_AMOUNT.finditer(text, match.start("amounts"), match.end("amounts")))
        if len(items) < 2 or len(items) != len(amounts) or amounts[-1].group("unit") is None:
            continue
        names = [_clean_name(item) for _, item in items]
        if not all(_is_name(name) and re.search(rf"{_NAME_SUFFIX}$|生产线$", name) for name in names):
            continue
        verb = match.group("verb") or re.search(r"(签约|开工)", text[ctx.sentence_bounds(match.start())[0] : names_start])
        status = _STATUS_MAP.get(verb if isinstance(verb, str) else verb.group(1)) if verb else None
        unit = amounts[-1].group("unit")
        for (start, _), name, amount in zip(items, names, amounts, strict=True):
            out.append(
                FoundProject(
                    start=start,
                    end=amount.end(),
                    anchor=start,
                    name=name,
                    status=status,
                    investment=parse_number(amount.group("num")),
                    investment_unit=amount.group("unit") or unit,
                    date=_date(ctx, ctx.sentence_bounds(match.start())[0], match.start()),
                    rule="project_respective_investments",
                    claims=[amount.span()],
                )
            )
    return out


def _with_money(ctx: ParagraphContext, match: re.Match[str], name: str, rule: str, status: str | None) -> FoundProject:
    value = parse_number(match.group("num"))
    unit = match.group("unit")
    if unit == "亿":
        unit = "亿元"
    return FoundProject(
        start=ctx.clause_start(match.start()),
        end=match.end(),
        anchor=match.start(),
        name=name,
        status=status,
        investment=value,
        investment_unit=unit,
        date=_date(ctx, ctx.sentence_bounds(match.start())[0], match.start()),
        rule=rule,
        qualifier=match.group("approx"),
        claims=[(match.start("num"), match.end("unit"))],
    )


_STATUS_RIGHT_AFTER = re.compile(
    rf"\s*(?:在[^,;。]{{1,15}}?|于[^,;。]{{1,12}}?)?(?:已|正式|全面|顺利|均)?(?P<status>{_STATUS_ALT})"
)


def _status_near(text: str, pos: int) -> str | None:
    """The status stated right after a project's name ("…项目在湖州经开区正式开工")."""
    match = _STATUS_RIGHT_AFTER.match(text, pos)
    return _STATUS_MAP.get(match.group("status")) if match else None


def _name_clause_start(text: str, pos: int) -> int:
    """Clause start for names: parentheses belong to names (某某(二期), 某集成电路(苏州)有限公司)."""
    return max(text.rfind(mark, 0, pos) for mark in "。;!?,:、") + 1


_SETTLED_IN = re.compile(r"(?:园区|开发区|高新区|经开区|新区|我区|我市|我县|本区|该区)[,;。]")


def _mostly_named_works(list_text: str) -> bool:
    """Whether most items of a list end as names of works do (…项目, …生产线, …中心)."""
    items = _split_items(list_text)
    named = sum(1 for _, item in items if re.search(_NAME_SUFFIX + "$", _clean_name(item)))
    return len(items) >= 2 and 2 * named > len(items)


def _status_lists(ctx: ParagraphContext, text: str) -> list[FoundProject]:
    out: list[FoundProject] = []
    for status in re.finditer(
        rf"(?:已|正式|全部|顺利|全面|均|已经|相继|先后|正在|(?:也|同样|仍)(?:正?在)?|实现|正按照时间节点)?(?P<status>{_STATUS_ALT})",
        text,
    ):
        subject_end = status.start()
        if text[max(0, subject_end - 2) : subject_end] == "对外":
            continue  # "对外开放": a policy, not a site opened
        if text[subject_end - 1 : subject_end] == "、":
            continue  # "“创新、协调、开放”": the word is an item of a list, not what became of one
        clause_start = _name_clause_start(text, subject_end)
        # Extend over a list: "A、B、C等一批项目加快推进" is one clause split by 、.
        start = clause_start
        sentence_start, _ = ctx.sentence_bounds(subject_end)
        while start > sentence_start and text[start - 1] == "、":
            start = _name_clause_start(text, start - 1)
        if "等在" in text[start:subject_end]:
            start = text.rindex("等在", start, subject_end) + 2  # "与甲协会、乙公司等在丙、丁等项目签约": who signed, then what
        subject = text[start:subject_end]
        if not subject or "※" in subject:
            continue
        following = text[status.end() : status.end() + 2]
        if re.match(r"\d", following):
            continue  # "某类项目新开工8个、竣工14个": counts of a class, not a named project
        if status.group("status").startswith("完成"):
            following = ""
        if (
            following
            and re.match(r"[\u4e00-\u9fff]", following)
            and not re.match(r"(建设|运营|运行|使用|开学|仪式|奠基)", following)
            and not (status.group("status") == "落地" and following in ctx.reference.places)
            # (签约落户园区, 落户我区: where a project settles follows the word)
            and not (status.group("status").endswith("落户") and _SETTLED_IN.match(text, status.end()))
        ):
            continue  # "入驻企业19家": the word is part of a noun here, not a status
        group = re.search(r"等(?:一大批|一批|\s*\d+\s*[个家条座]|多个)?", subject)
        list_text = subject[: group.start()] if group else subject
        what = subject[group.end() :] if group else ""
        # ("甲生产线、乙项目等正在加紧建设": named works, 等 with no noun after it, are the projects)
        named_works = not _STATUS_ADVERBS.sub("", what) and _mostly_named_works(list_text)
        if group and (
            (not _PROJECT_GROUP.search(what) and not named_works)
            or re.search(r"(500强|上市公司|跨国公司)", what)
            or _INDUSTRIES_KIND.search(_STATUS_ADVERBS.sub("", what))
        ):
            continue  # "希尔顿、凯悦等五星级酒店入驻", "甲、乙等数十家500强企业已经进驻", "新材料、
            # 生物医药等主导产业项目有序推进" (industries): not projects
        strong = status.group("status") in _STRONG_STATUS
        if group is None and "、" not in list_text and not strong and not re.search(_NAME_SUFFIX + "$", _clean_name(list_text)):
            continue
        items = _split_items(list_text)
        if items and re.match(r"\s*(?:一批|一大批|一系列|更多)", items[0][1]):
            continue  # "一批储能、装备项目相继落地": every item is of the kind the list opens with
        head = re.sub(r"^\s*(?:\d+|[两三四五六七八九十])?\s*[个家条座]?|(?:全面|已|正在|顺利|全部|均)$", "", what)
        for offset, item in items:
            name = _STATUS_ADVERBS.sub("", _strip_zone(ctx, _clean_name(item)))  # (…纷纷落户: no part of a name)
            if re.search(r"\d+个[\u4e00-\u9fff]{0,10}?项目", item):
                continue  # "甲工业园11个大中型项目加快建设": where a count of projects is, not one of them
            if name in ctx.reference.places_by_name or _NOT_A_WORK.search(name):
                continue  # "某区、某开发区复工复产加快推进", "世界500强纷纷落户": places, firms of a class, work resumed
            if len(name) <= 3 and re.search(r"(安置点|小区|地块|片区)$", head):
                name += head  # "孟家塘、蟠龙山等4个迁建安置点": each is a 迁建安置点
            if not _is_name(name) or ctx.reference.zone_by_alias(name) or _SECTOR.search(name):
                continue
            if re.search(r"(仪式|工作|活动|会议|大会|审批|手续|许可证|评审)$", name):
                continue
            if group and len(items) > 1 and _KIND_OF_WORK.search(name):
                continue  # "标准厂房、污水处理等项目加快推进": kinds of works listed, not names
            out.append(
                FoundProject(
                    start=start + offset,
                    end=status.end(),
                    anchor=start + offset,
                    name=name,
                    # "…项目一期施工许可证获批": the permit was granted, not the project
                    status=None if re.search(r"(许可证|手续|审批|立项)", item) else _STATUS_MAP[status.group("status")],
                    date=_date(ctx, sentence_start, start + offset),
                    rule="project_subject_status" if len(items) == 1 else "project_list_status",
                    qualifier=(what or None),
                )
            )
    return out


# "引进甲科技、乙集团等一批重大项目": a short name with no word of a work or a facility names the
# company that invests, not a project
_A_COMPANY = re.compile(r"[\u4e00-\u9fffA-Za-z&]{2,6}")
_A_WORK_OR_SITE = re.compile(rf"(?:{_NAME_SUFFIX}|线|点|道|网|带|区|所|台)$")


def _a_company(name: str) -> bool:
    return bool(_A_COMPANY.fullmatch(name)) and not _A_WORK_OR_SITE.search(name)


def _verb_first_lists(ctx: ParagraphContext, text: str) -> list[FoundProject]:
    out: list[FoundProject] = []
    for verb in _VERB_FIRST.finditer(text):
        tail_match = re.match(r"[^,;。]{2,120}?(?=[,;。]|$)", text[verb.end() :])
        if not tail_match:
            continue
        tail = tail_match.group(0)
        group = re.search(r"等(?:一大批|一批|\d+个|多个)?(?P<what>[^、]{0,30})$", tail)
        if group and _PROJECT_GROUP.search(group.group("what")):
            items, what = _split_items(tail[: group.start()]), group.group("what")
        else:
            # only "引进A、B等…项目" or items each called a project (引进甲项目、乙项目): a verb with a
            # bare object is not a project list
            items, what = _split_items(tail), ""
            if not items or not all(item.endswith("项目") and len(item) >= 6 for _, item in items):
                continue
        status = _VERB_STATUS[verb.group("verb")]
        after = _STATUS_AFTER.match(text, verb.end() + len(tail))
        tail_status = re.search(rf"({_STATUS_ALT})$", what)
        if tail_status:
            status = _STATUS_MAP[tail_status.group(1)]
        elif after:
            status = _STATUS_MAP[after.group("status")]
        for offset, item in items:
            name = _clean_name(item)
            if not _is_name(name) or _a_company(name):
                continue
            pos = verb.end() + offset
            out.append(
                FoundProject(
                    start=verb.start(),
                    end=verb.end() + len(tail),
                    anchor=pos,
                    name=name,
                    status=status,
                    rule="project_verb_list",
                    qualifier=what or None,
                )
            )
    return out


def _ceremonies(ctx: ParagraphContext, text: str) -> list[FoundProject]:
    out: list[FoundProject] = []
    if "仪式" not in text:
        return out  # the pattern tries 40 lengths of name at every position: skip what cannot match
    for match in _CEREMONY.finditer(text):
        raw = match.group("name")
        raw = re.sub(r"^.*?(?:新区|开发区|园区)(?=[\u4e00-\u9fff]{4,})", "", raw) if len(raw) > 12 else raw
        name = _strip_zone(ctx, _clean_name(raw))
        if not _is_name(name):
            continue
        status = {"签约": "签约", "开园": "开园", "揭牌": "揭牌", "开工": "开工", "奠基": "开工", "开业": "开业"}[
            match.group("status")
        ]
        out.append(
            FoundProject(
                start=match.start(),
                end=match.end(),
                anchor=match.start(),
                name=re.sub(r"(落户[\u4e00-\u9fff]{2,6})$", "", name),
                status=status,
                date=_date(ctx, ctx.sentence_bounds(match.start())[0], match.start()),
                rule="project_ceremony",
            )
        )
    return out


# "甲智能制造基地项目(总投资45亿元)": a project named, its investment in brackets right after it
_BRACKETED_INVESTMENT = re.compile(
    r"(?P<name>[^,;。、:()]{4,40}?(?:项目|工程|基地|中心|产业园)(?:\([一二三四五六]期\)|[一二三四五六]期)?)"
    rf"\((?P<kind>计划总投资|总投资|项目总投资|投资)(?P<approx>约|超|达|近)?(?P<num>{ARABIC})(?P<unit>亿元|万元|亿美元|万美元)\)"
)
# what a list of bracketed projects is said to have become, after it: "…(总投资12亿元)等3个项目竣工投产"
_LIST_THEN_STATUS = re.compile(
    rf"(?:、[^,;。]{{2,60}}?\([^()]{{2,20}}\))*(?:等(?:\d{{1,3}}|[两二三四五六七八九十]{{1,3}})?个?[^,;。]{{0,6}}?项目)?(?P<rest>[^,;。]{{0,6}}?)"
    rf"(?:已|正式|全部|顺利|全面|均|相继|先后)?(?P<status>{_STATUS_ALT})"
)
_VERB_BEFORE_LIST = re.compile(r"(?P<verb>签约|开工|投产|竣工|落地|引进|招引)了?")


def _bracketed_investments(ctx: ParagraphContext, text: str) -> list[FoundProject]:
    out: list[FoundProject] = []
    if "(总投资" not in text and "(投资" not in text and "(计划总投资" not in text and "(项目总投资" not in text:
        return out  # (the pattern walks back 40 characters at every position: only where it can match)
    for match in _BRACKETED_INVESTMENT.finditer(text):
        # (the verb opening the list is no part of its first name: 全年签约甲项目(总投资…)、乙项目…)
        opening = re.match(r"^.*(?:签约|开工|投产|竣工|落地|引进|招引)了?", match.group("name"))
        name_start = match.start("name") + (opening.end() if opening else 0)
        name = _clean_name(text[name_start : match.end("name")])
        if not _is_name(name):
            continue
        after = _LIST_THEN_STATUS.match(text, match.end())
        status = _STATUS_MAP.get(after.group("status")) if after and not after.group("rest") else None
        if status is None:
            before = _VERB_BEFORE_LIST.search(text, ctx.list_clause_start(match.start()), name_start)
            status = _STATUS_MAP.get(before.group("verb"), "签约") if before else None
        out.append(_with_money(ctx, match, name, "project_investment_in_brackets", status))
    return out


def _parenthesised(ctx: ParagraphContext, text: str) -> list[FoundProject]:
    out: list[FoundProject] = []
    for match in _PAREN_LIST.finditer(text):
        sentence_start, _ = ctx.sentence_bounds(match.start())
        status_match = re.search(rf"({_STATUS_ALT}|引进)", text[sentence_start : match.start()])
        status = _STATUS_MAP.get(status_match.group(1), "签约") if status_match else None
        out.extend(_items_as_projects(ctx, match, _split_items(match.group("names")), status, "project_parenthesised_list"))
    return out


def _items_as_projects(
    ctx: ParagraphContext,
    match: re.Match[str],
    items: list[tuple[int, str]],
    status: str | None,
    rule: str,
    zone: str | None = None,
    not_zones: bool = False,
) -> list[FoundProject]:
    """Each named item of a list (offsets in the match's "names" group) as a project, its span the
    name; with ``not_zones`` an item that is a dictionary zone is left out."""
    out: list[FoundProject] = []
    for offset, item in items:
        name = _clean_name(item)
        if not _is_name(name) or (not_zones and ctx.reference.zone_by_alias(name)):
            continue
        pos = match.start("names") + offset
        out.append(FoundProject(start=pos, end=pos + len(item), anchor=pos, name=name, status=status, rule=rule, zone=zone))
    return out


def _counted_lists(ctx: ParagraphContext, text: str) -> list[FoundProject]:
    out: list[FoundProject] = []
    if "项目" not in text:
        return out  # the pattern tries 80 lengths of list at every position: skip what cannot match
    for match in _COUNTED_LIST.finditer(text):
        group = "names" if match.group("names") is not None else "named"
        names_text = match.group(group)
        if "、" not in names_text and "等" not in text[match.start() : match.end()]:
            continue
        if re.search(r"(?:[一二三四五六七八九十两\d]+大?类|等领域|等方面|等行业)共?$", names_text):
            continue  # "道路、管网、产业项目三大类共9个项目": kinds of projects, not their names
        names_text = re.sub(r"^.*?(?:与|和|将|带动了?|吸引了?|包括|其中)", "", names_text)
        # "与甲协会、乙公司等在丙、丁等16个项目签约": who signed, then the projects
        names_text = names_text[names_text.rfind("等在") + 2 :] if "等在" in names_text else names_text
        _, sentence_end = ctx.sentence_bounds(match.start())
        status_match = _STATUS_AFTER.search(text, match.end(), sentence_end)
        status = _STATUS_MAP[status_match.group("status")] if status_match else None
        if re.search(r"签订|签署", text[match.end() : sentence_end]):
            status = "签约"
        for offset, item in _split_items(names_text):
            name = _strip_zone(ctx, _clean_name(item))
            if not _is_name(name) or ctx.reference.zone_by_alias(name) or _SECTOR.search(name):
                continue
            pos = match.start(group) + (len(match.group(group)) - len(names_text)) + offset
            out.append(
                FoundProject(
                    start=pos,
                    end=match.end(),
                    anchor=pos,
                    name=name,
                    status=status,
                    rule="project_counted_list",
                )
            )
    return out


# "9个项目开工,其中本部5个:甲、乙…;某园区2个:丙、丁": a count of projects told part by
# part, each part's count before a colon and exactly that many names after it
_PART_COUNTED = re.compile(
    r"(?P<part>[\u4e00-\u9fff]{0,10}?)(?P<n>\d{1,2}|[两二三四五六七八九十])个[:：](?P<names>[^;。:：]{2,300}?)(?=[;。]|$)"
)


def _parts_counted(ctx: ParagraphContext, text: str) -> list[FoundProject]:
    out: list[FoundProject] = []
    if "个:" not in text and "个：" not in text:
        return out
    for match in _PART_COUNTED.finditer(text):
        # (the parts are separated by semicolons: the count they split is in the full sentence)
        before = text[text.rfind("。", 0, match.start()) + 1 : match.start()]
        counted = re.search(r"\d+个(?:[\u4e00-\u9fff]{0,6})?项目", before)
        status_match = list(_STATUS_AFTER.finditer(before))
        items = _split_items(match.group("names"))
        # (the count is the check that these are the names: 3个:甲、乙、丙)
        if counted is None or Decimal(len(items)) != parse_number(match.group("n")):
            continue
        status = _STATUS_MAP[status_match[-1].group("status")] if status_match else None
        zone = _part_zone(ctx, match)
        out.extend(_items_as_projects(ctx, match, items, status, "project_part_counted_list", zone, not_zones=True))
    return out


def _part_zone(ctx: ParagraphContext, match: re.Match[str]) -> str | None:
    """The zone a part is ("某产业园3个:…", "某经济区3个:…"); None for the document's own (本部)."""
    part = re.sub(r"^(?:其中|另外|此外|还有)", "", match.group("part"))
    hits = [h for h in ctx.hits_starting(match.start("part"), match.end("part")) if not h.generic]
    if hits:
        return ctx._resolve(hits[-1])
    if "本部" in part or not re.search(r"(?:经济区|产业园|工业园|园区|新区|片区)$", part) or len(part) < 4:
        return None
    return part


# "甲铜箔、乙碳业、丙新材等一批新能源项目": projects named by example before 等一批.
_BATCH_LIST = re.compile(r"(?P<names>[^,;。:]{4,80}?)等(?:一批)?(?P<kind>[\u4e00-\u9fff]{0,14}?)项目")
_BATCH_LEAD = re.compile(
    r"^.*?(?:推动|推进|加快|引进|引育|带动|签约|签下|建成投运|建成投用|投运|投用|建成|实施|包括|其中|以|有(?!限)|落户|落地)了?(?:包括)?"
)
_FIELDS_COVERED = re.compile(r"涉及|涵盖|覆盖|集中在|分布在|主要为|主要是")
_KIND_OF_WORK = re.compile(r"(建设|改造|提升|设施|类|厂房|处理|管廊|管网|配套|道路|绿化|亮化|供水|供电|供气|排水|市政)$")


# A class of industries (战略性新兴产业, 主导产业), unlike a class of projects (重大产业项目)
# Items of a list before a status that name no work: firms of a class, the resumption of work.
_NOT_A_WORK = re.compile(r"^(?:世界|中国|全国|国内|全球)?(?:\d+|百|千)强|复工复产|复商复市")
_STATUS_ADVERBS = re.compile(r"(?:纷纷|陆续|相继|先后|加快|有序|顺利|全面|已经|已|正在|均)+$")
# A field of business listed where projects are counted ("先进制造、民生服务等16个项目"): no name.
_SECTOR = re.compile(r"(?:制造|服务|产业|加工|开发(?:建设)?)$")
_INDUSTRIES_KIND = re.compile(r"(?:(?:新兴|主导|特色|支柱|优势|先导|未来)产业|服务业|制造业)(?:类)?(?:项目)?$")


def _batch_lists(ctx: ParagraphContext, text: str) -> list[FoundProject]:
    out: list[FoundProject] = []
    if "等" not in text or "项目" not in text:
        return out  # the pattern tries 80 lengths of list at every position: skip what cannot match
    for match in _BATCH_LIST.finditer(text):
        if _FIELDS_COVERED.search(match.group("names").split("、", 1)[0]):
            continue  # "此次项目涉及新材料、康养综合体等项目": the fields the projects are in, no names
        names_text = _BATCH_LEAD.sub("", match.group("names"))
        items = _split_items(names_text)
        sites = sum(1 for _, item in items if re.search(_NAME_SUFFIX + "$", _clean_name(item)))
        if _INDUSTRIES_KIND.search(match.group("kind")) and 2 * sites <= len(items):
            # "新材料、生物医药等战略性新兴产业项目": industries listed, not projects (a list of named
            # parks and bases, 甲产业园、乙生产基地等一批新兴产业项目, is one of projects of that class)
            continue
        # names of firms or works, not kinds (道路、管网等一批基础设施项目)
        named = [(o, _clean_name(i)) for o, i in items if len(_clean_name(i)) >= 4 and not _KIND_OF_WORK.search(i)]
        if len(named) < 2 or 2 * len(named) < len(items):
            continue
        _, sentence_end = ctx.sentence_bounds(match.start())
        status_match = _STATUS_AFTER.search(text, match.end(), sentence_end)
        # "…产业签约了甲、乙等项目": the verb the list follows is its status when none comes after
        lead = _STATUS_AFTER.search(match.group("names")[: len(match.group("names")) - len(names_text)])
        # (and the verb it follows wins over a status further on, which may open the next list:
        # 签约了甲、乙等项目,落户了丙、丁等项目)
        status_match = lead or status_match
        status = _STATUS_MAP[status_match.group("status")] if status_match else None
        base = match.start("names") + len(match.group("names")) - len(names_text)
        for offset, name in named:
            name = _strip_zone(ctx, name)
            if _is_name(name) and not ctx.reference.zone_by_alias(name):
                out.append(
                    FoundProject(
                        start=base + offset,
                        end=match.end(),
                        anchor=base + offset,
                        name=name,
                        status=status,
                        rule="project_batch_list",
                    )
                )
    return out


# "甲乙智能工厂等某某产业功能区项目12个": a zone's batch of projects, named by one example.
_EXAMPLE_OF_ZONE = re.compile(r"(?P<name>[^,;。:、等]{4,40}?)等")
_ZONE_BATCH = re.compile(r"项目(?:\d+|[一二两三四五六七八九十]+)个")


def _zone_batch_examples(ctx: ParagraphContext, text: str) -> list[FoundProject]:
    out: list[FoundProject] = []
    if "等" not in text or "项目" not in text:
        return out
    for match in _EXAMPLE_OF_ZONE.finditer(text):
        at = bisect_left(ctx.zone_hit_starts, match.end())
        hit = next((h for h in ctx.zone_hits[at : at + 2] if h.start == match.end() and not h.generic), None)
        if hit is None or not _ZONE_BATCH.match(text, hit.end):
            continue
        written = match.group("name")
        led = _BATCH_LEAD.sub("", written)
        name = _strip_zone(ctx, _clean_name(led))
        if not _is_name(name) or ctx.reference.zone_by_alias(name):
            continue
        # the batch's status: the last one stated before it in the paragraph (集中开工…)
        before = [m.group("status") for m in _STATUS_AFTER.finditer(text, 0, match.start())]
        start = match.start("name") + len(written) - len(led)
        out.append(
            FoundProject(
                start=start,
                end=hit.end,
                anchor=hit.end,  # the project is of the zone its batch is counted for
                name=name,
                status=_STATUS_MAP[before[-1]] if before else None,
                rule="project_example_of_zone_batch",
            )
        )
    return out


# "新开工项目34个,包括甲、乙、丙等一批…项目": a class of projects by status, named by example.
_CLASS_INCLUDES = re.compile(
    r"(?P<kind>新开工|开工|续建|在建|竣工|签约|投产|前期)项目(?:\d+|[两三四五六七八九十]+)个[,:]?(?:主要)?包括"
    r"(?P<names>[^。;:]{2,200}?)等(?:一批|多个|\d+个)?"
)
_CLASS_STATUS = {"新开工": "开工", "开工": "开工", "续建": "在建", "在建": "在建", "竣工": "竣工", "签约": "签约", "投产": "投产"}


def _class_examples(ctx: ParagraphContext, text: str) -> list[FoundProject]:
    out: list[FoundProject] = []
    for match in _CLASS_INCLUDES.finditer(text):
        for offset, item in _split_items(match.group("names")):
            name = _strip_zone(ctx, _clean_name(item))
            if not _is_name(name) or ctx.reference.zone_by_alias(name):
                continue
            start = match.start("names") + offset
            out.append(
                FoundProject(
                    start=start,
                    end=start + len(item),
                    anchor=start,
                    name=name,
                    status=_CLASS_STATUS.get(match.group("kind")),
                    rule="project_class_example",
                    qualifier=f"{match.group('kind')}项目",
                )
            )
    return out


# "此次集中开工的10个重大项目…项目涵盖甲产业园、乙生产项目…以及丙工程等": the projects a batch
# covers, named one by one; each name ends like a project's, so fields (电子信息、生物医药) are not read.
_COVERS = re.compile(r"项目(?:主要)?(?:涵盖|包括|包含|分别是|分别为)[:：]?(?P<names>[^。;:]{4,400}?)(?:等|。|;|,|$)")
_COVERED_NAME = re.compile(rf"{_NAME_SUFFIX}$|(?:产业园|生产线|建设)$")


def _covered(ctx: ParagraphContext, text: str) -> list[FoundProject]:
    out: list[FoundProject] = []
    for match in _COVERS.finditer(text):
        names_text = re.sub(r"以及", "、", match.group("names"))
        items = [(o, re.sub(r"建设$", "", _clean_name(i))) for o, i in _split_items(names_text)]
        if len(items) < 2 or not all(_COVERED_NAME.search(_clean_name(i)) for _, i in _split_items(names_text)):
            continue
        # the batch's status: the last one stated before the list in the paragraph (集中开工)
        before = [m.group("status") for m in _STATUS_AFTER.finditer(text, 0, match.start())]
        status = _STATUS_MAP[before[-1]] if before else None
        for offset, name in items:
            name = _strip_zone(ctx, name)
            if not _is_name(name) or ctx.reference.zone_by_alias(name):
                continue
            start = match.start("names") + offset
            out.append(
                FoundProject(
                    start=start, end=start + len(name), anchor=start, name=name, status=status, rule="project_covered_by_batch"
                )
            )
    return out


def _verb_objects(ctx: ParagraphContext, text: str) -> list[FoundProject]:
    out: list[FoundProject] = []
    for match in _VERB_OBJECT.finditer(text):
        name = _clean_name(match.group("name"))
        if not _is_name(name) or ctx.reference.zone_by_alias(name):
            continue
        if match.group("verb") in ("落地", "签约") and (
            ctx.hits_starting(match.start("name"), match.start("name") + 1)
            or zone_type_of(name.split("(")[0])
            or not re.search(r"(项目|基地|产业园|中心|工程|综合体)(?:[一二三四五六]期)?$", name)
            or re.search(r"项目[和及与]", name)
            or re.match(r"(?:落户|入驻|进驻|落地|在)", name)
        ):
            # "签约落地高新区", "签约落户某产业园", "签约专场", "签约甲项目和乙项目": a place, an occasion, or two projects
            continue
        if match.group("verb").startswith("开工") and text[max(0, match.start() - 2) : match.start()] == "集中":
            continue  # "集中开工…": the event, a noun, not a verb with its object
        status = _VERB_OBJECT_STATUS.get(match.group("verb"))
        if re.search(r"(签署|签订|签约)$", text[max(0, match.start() - 2) : match.start()]):
            status = "签约"
        out.append(_named_in_match(ctx, match, name, status, "project_verb_object"))
    return out


def _named_in_match(
    ctx: ParagraphContext,
    match: re.Match[str],
    name: str,
    status: str | None,
    rule: str,
    zone: str | None = None,
    span: tuple[int, int] | None = None,
) -> FoundProject:
    """The project a pattern's match names (its "name" group), dated by the sentence before it;
    ``span`` is what its record quotes, when not the whole match."""
    start, end = span if span is not None else match.span()
    return FoundProject(
        start=start,
        end=end,
        anchor=match.start("name"),
        name=name,
        status=status,
        date=_date(ctx, ctx.sentence_bounds(match.start())[0], match.start()),
        rule=rule,
        zone=zone,
    )


# "某公司计划在甲开发区建设乙项目": an investor's project, placed in the zone it names
_PLANNED_IN = re.compile(
    r"(?:计划|拟|将|准备|决定)(?:投资)?在(?P<site>[^,;。]{2,24}?)(?:投资)?(?:建设|新建|兴建|打造)"
    rf"(?P<name>[^,;。、]{{2,40}}?{_NAME_SUFFIX})(?=[,;。]|$)"
)


def _planned_in_zone(ctx: ParagraphContext, text: str) -> list[FoundProject]:
    out: list[FoundProject] = []
    for match in _PLANNED_IN.finditer(text) if "在" in text else ():
        hits = [h for h in ctx.hits_starting(match.start("site"), match.end("site")) if not h.generic]
        zone = ctx._resolve(hits[-1]) if hits and hits[-1].end == match.end("site") else None
        name = _clean_name(match.group("name"))
        if zone is None or not _is_name(name):
            continue
        out.append(_named_in_match(ctx, match, name, None, "project_planned_in_zone", zone))
    return out


def _named_subjects(ctx: ParagraphContext, text: str) -> list[FoundProject]:
    out: list[FoundProject] = []
    for match in _NAMED_SUBJECT.finditer(text):
        name = _strip_zone(ctx, _clean_name(match.group("name")))
        if not _is_name(name) or re.match(r"^(?:该|此|这)", name):
            continue
        clause_end = re.search(r"[,;。]|$", text[match.end() :])
        status_match = _STATUS_AFTER.search(text, match.end(), match.end() + (clause_end.start() if clause_end else 0))
        status = _STATUS_MAP[status_match.group("status")] if status_match else None
        span = (match.start("name"), match.end())
        out.append(_named_in_match(ctx, match, name, status, "project_named_subject", span=span))
    return out


# "在某储能电池项目现场,…": a project whose site the writer visits, named for what is said of it next
_SITE_VISITED = re.compile(
    r"(?:^|(?<=[,;。:]))(?:在|走进|来到|走进位于[^,;。]{2,12}?的)?(?P<name>[^,;。、:]{4,40}?(?:项目|工程)(?:一期|二期|三期)?)"
    # (the scene a feature opens with: "在某产业园,某项目现场,工人们…", "…项目一期车间内", "…项目建设正酣")
    r"(?:(?:建设|施工)?(?:现场|工地)|车间(?:内|里)|(?:建设|施工)正酣)"
)


def _sites_visited(ctx: ParagraphContext, text: str) -> list[FoundProject]:
    out: list[FoundProject] = []
    for match in _SITE_VISITED.finditer(text):
        name = _strip_zone(ctx, _clean_name(match.group("name")))
        if _is_name(name) and not re.match(r"^(?:该|此|这|各|多个|一批)", name):
            span = match.span("name")
            out.append(_named_in_match(ctx, match, name, None, "project_site_visited", span=span))
    return out


def _ones_named(ctx: ParagraphContext, text: str) -> list[FoundProject]:
    out: list[FoundProject] = []
    for match in _ONE_NAMED.finditer(text):
        name = _strip_zone(ctx, _clean_name(match.group("name")))
        if not _is_name(name):
            continue
        sentence_start, _ = ctx.sentence_bounds(match.start())
        # the status of the class, said in this sentence or the one before: "集中签约项目共15个,…。其中…1个,为…"
        window_start = ctx.sentence_bounds(sentence_start - 1)[0] if sentence_start else 0
        statuses = list(_STATUS_AFTER.finditer(text, window_start, match.start()))
        status_match = statuses[-1] if statuses else None
        out.append(
            FoundProject(
                start=match.start("name"),
                end=match.end("name"),
                anchor=match.start("name"),
                name=name,
                status=_STATUS_MAP[status_match.group("status")] if status_match else None,
                rule="project_one_of_class_named",
            )
        )
    return out


def _resolve_anaphora(ctx: ParagraphContext, text: str, found: list[FoundProject]) -> list[FoundProject]:
    """A status or investment whose subject is omitted or is 项目/该项目 belongs to the last project named."""
    out = list(found)
    pattern = re.compile(
        rf"(?:^|(?<=[,;。]))(?P<subject>(?:该?项目|\d{{1,2}}月\d{{1,2}}日|经过[^,;。]{{1,10}}的建设,项目)?)(?:已|正式|实现|均)?"
        rf"(?P<status>{_STATUS_ALT})(?=[,;。]|$)"
    )
    for match in pattern.finditer(text):
        earlier = [p for p in out if p.anchor < match.start()]
        if not earlier or any(p.start <= match.start() < p.end for p in out):
            continue
        last = max(earlier, key=lambda p: p.anchor)
        status = _STATUS_MAP[match.group("status")]
        if status == last.status:
            continue
        if match.group("subject") == "项目" and ctx.sentence_bounds(last.anchor) != ctx.sentence_bounds(match.start()):
            continue  # "…。全年组建3个团队,项目进展顺利": projects in general, not the one named sentences before
        out.append(
            FoundProject(
                start=match.start(),
                end=match.end(),
                anchor=match.start(),
                name=last.name,
                status=status,
                date=_date(ctx, match.start(), match.end()),
                rule="project_status_of_previous",
            )
        )
    return out


def _attach_investments(ctx: ParagraphContext, found: list[FoundProject], orphans: list[FoundProject]) -> list[FoundProject]:
    """An investment stated without its project is the last named project's: "项目总投资约2.8亿元"
    anywhere after it in the paragraph, a bare "总投资11亿元" only in the project's sentence."""
    out = list(found)
    for orphan in orphans:
        earlier = [p for p in out if p.anchor < orphan.anchor and p.investment is None]
        if not orphan.rule.endswith(":anaphora"):
            sentence = ctx.sentence_bounds(orphan.anchor)
            earlier = [p for p in earlier if ctx.sentence_bounds(p.anchor) == sentence]
            if len(earlier) > 1:
                continue  # "…分别是甲、乙和丙项目,总投资28亿元": the total of the list, a figure of the zone
        if not earlier:
            continue
        last = max(earlier, key=lambda p: p.anchor)
        out[out.index(last)] = FoundProject(
            start=last.start,
            end=max(last.end, orphan.end),
            anchor=last.anchor,
            name=last.name,
            status=last.status,
            investment=orphan.investment,
            investment_unit=orphan.investment_unit,
            date=last.date,
            rule=last.rule + "+investment",
            qualifier=last.qualifier or orphan.qualifier,
            claims=last.claims + orphan.claims,
        )
    return out


def _merge(ctx: ParagraphContext, found: list[FoundProject]) -> list[FoundProject]:
    """One record per project and sentence: a name said twice in one sentence (its ceremony, its
    investment, its status) is one project; in two sentences it may be two steps (签约, then 开工)."""
    out: list[FoundProject] = []
    by_sentence: dict[tuple[int, int], list[int]] = {}  # only projects of one sentence can merge
    for project in found:
        sentence = by_sentence.setdefault(ctx.sentence_bounds(project.anchor), [])
        index = next((i for i in sentence if _same_project(out[i], project)), None)
        if index is None:
            sentence.append(len(out))
            out.append(project)
            continue
        twin = out[index]
        out[index] = FoundProject(
            start=min(twin.start, project.start),
            end=max(twin.end, project.end),
            anchor=twin.anchor,
            name=min(twin.name, project.name, key=len),
            status=twin.status or project.status,
            investment=twin.investment if twin.investment is not None else project.investment,
            investment_unit=twin.investment_unit or project.investment_unit,
            date=twin.date or project.date,
            rule=twin.rule if twin.investment is not None or project.investment is None else project.rule,
            qualifier=twin.qualifier or project.qualifier,
            claims=twin.claims + project.claims,
        )
    return out


def _same_project(a: FoundProject, b: FoundProject) -> bool:
    """Two finds of one sentence name the same project: one name contains the other and their
    statuses do not contradict."""
    names_match = a.name in b.name or b.name in a.name
    compatible = a.status == b.status or None in (a.status, b.status) or "落地" in (a.status, b.status)
    return names_match and compatible
