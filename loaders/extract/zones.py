"""Zone mentions: the dictionary, name patterns for zones it does not know, short names, anaphora.

A zone is named in many ways: its full name (昆山经济技术开发区), a short form (昆山经开区,
常熟高新区), a second plate in parentheses (某某经济技术开发区(某某高新区)), a bare
type word standing for the zone the text is about (开发区, 园区, 该区), or a type word whose
zone is given by the document's locality (a 昆山 newspaper's "经济开发区"). Names of zones the
dictionary does not know are found by their type suffix and resolved, within a document, to the
fullest name written.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property

from loaders.numbers import COUNT_OF_UNITS, parse_number
from loaders.reference import Place, Reference, Zone

# Longest first, so 经济技术开发区 wins over 开发区.
TYPE_SUFFIXES: tuple[str, ...] = (
    "国家自主创新示范区",  # (a national class of zones: 某某国家自主创新示范区, 某某自创区)
    "高新技术产业开发区",
    "高技术产业开发区",  # (an older official wording: 某某火炬高技术产业开发区)
    "高新技术产业园区",
    "综合改革示范区",
    "自主创新示范区",
    "临空经济示范区",  # (a national class: 某某临空经济示范区, 某某临空经济区)
    "经济技术开发区",
    "高新技术产业园",
    "产业功能区",  # (Chengdu's zones: 某某产业功能区)
    "产业转移工业园区",  # (Guangdong's provincial parks: 某市产业转移工业园(区))
    "产业转移工业园",
    "经济特别合作区",  # (a zone two cities run together: 某某(经济)特别合作区)
    "边境经济合作区",
    "跨境经济合作区",
    "高新技术园区",
    "经济开发区",
    "台商投资区",
    "投资区",  # (Fujian's older zones: 某某投资区)
    "临空经济区",
    "特别合作区",
    "综合保税区",
    "综改示范区",
    "出口加工区",
    "能源化工基地",
    "化学工业园区",  # (a national class of parks for the chemical industry: 某某化工园区)
    "化学工业园",  # (某某化学工业园, the same park without 区)
    "产业集聚区",
    "工业集中区",
    "高科技园区",  # (a few national parks keep it: 某某高科技园区)
    "科技园区",  # (中关村科技园区 and the parks named after it)
    "化学工业区",
    "产业园区",
    "工业园区",
    "化工园区",
    "高新园区",
    "保税港区",
    "保税区",
    "综保区",
    "自创区",
    "高新区",
    "经开区",
    "开发区",
    "新区",
)
# What a short form stands for when the full name is not in the text.
_SHORT_TO_FULL = {
    "经开区": ("经济技术开发区", "经济开发区"),
    "高新区": ("高新技术产业开发区", "高新技术产业园区", "高新技术园区", "高新园区"),
    "高新园区": ("高新技术产业园区", "高新技术产业开发区", "高新技术园区"),
    "高新技术产业园": ("高新技术产业园区",),
    "化学工业园": ("化学工业园区",),
    "开发区": ("经济技术开发区", "经济开发区"),
    "综保区": ("综合保税区",),
    "综改示范区": ("综合改革示范区",),
    "自创区": ("国家自主创新示范区", "自主创新示范区"),
}
# Bare words that refer back to the zone the text is about.
ANAPHORA = (
    "该开发区",
    "该园区",
    "该区",
    "开发区",
    "经开区",
    "园区",
    "高新区",
    "本区",
    "全区",
    "新区",
    "集中区",
    "综保区",
    "保税区",
    "台商投资区",
)

_SUFFIX_RE = "|".join(TYPE_SUFFIXES)
_JOINED_TYPES = re.compile(r"(?:经济技术|经济)和$")
# (重点开发区域, 投资区域: an area of a plan, no zone)
_SUFFIX_SEARCH = re.compile(f"(?:{_SUFFIX_RE})(?!域)")
_NAME_CHARS_BEFORE_SUFFIX = 12
# A zone's level written between its place and its type (某市国家级经济技术开发区, 某市(国家级)经济
# 技术开发区) is not part of its name: the zone is the place's zone of that type.
_BRACKETED_LEVEL = re.compile(r"\((?:国家级|省级|自治区级)\)$")
_LEVEL_IN_NAME = re.compile(r"(?:\((?:国家级|省级|自治区级)\)|国家级|省级|自治区级)$")


def _name_spans(text: str) -> Iterator[tuple[int, int]]:
    """Spans of zone-like names: a type suffix and the run of Chinese characters (and ·, —) before
    it, at most 12 and not reaching into the previous name. The suffix is searched for first and
    the run walked back from it, since a pattern opening with the run would be tried at every
    position of a long text."""
    pos = 0
    while (suffix := _SUFFIX_SEARCH.search(text, pos)) is not None:
        start = suffix.start()
        bracketed = _BRACKETED_LEVEL.search(text, max(pos, start - 7), start)
        if bracketed is not None and bracketed.start() > pos and "\u4e00" <= text[bracketed.start() - 1] <= "\u9fff":
            start = bracketed.start()  # "某市(国家级)经济技术开发区": the level is inside the name
        while (
            start > pos
            and suffix.start() - start < _NAME_CHARS_BEFORE_SUFFIX
            and (
                "\u4e00" <= text[start - 1] <= "\u9fff"
                or text[start - 1] == "·"
                # (a dash joining two places in one name: 某省—东盟经开区, 中马—某市产业园区)
                or (text[start - 1] in "—-–" and start - 2 >= pos and "\u4e00" <= text[start - 2] <= "\u9fff")
            )
        ):
            start -= 1
        yield start, suffix.end()
        pos = suffix.end()


# Function words a name never contains: the name starts after the last of them.
_LEFT_CUTS = (
    "的",
    "等",  # (甲、乙等某某开发区项目: the examples end at 等)
    "是",
    "在",
    "于",
    "为",
    "和",
    "与",
    "及",
    "对",
    "由",
    "将",
    "把",
    "从",
    "向",
    "了",
    "入选",
    "获评",
    "占",  # (占全国经济技术开发区…的比重: the whole a share is of)
    "其中",
    "以及",
    # verbs of visits and meetings glued before a name: "…邀请某某高新区…", "走进某某经开区"
    "邀请",
    "走进",
    "来到",
    "前往",
    "考察",
    "调研",
    "视察",
    "参观",
    # a place in a field: "位居全国高新区第二位" names the field, no zone
    "位居",
    "位列",
    "名列",
    "稳居",
    "跃居",
    "居于",
    "跻身",
    # the writer's own place before a zone's proper name: "我市某某高新区" is that zone, the
    # possessive is no part of its name
    "我市",
    "我县",
    "我省",
    "本市",
    "本县",
    # declaring verbs: "省政府认定某某高新区为…"
    "认定",
    "确定",
    "命名",
    # announcing verbs of a headline: "某省公布开发区考评结果"
    "公布",
    "发布",
    "通报",
    "表彰",
    # a newspaper credited right before a headline: "某某晚报经开区…"
    "日报",
    "晚报",
    "早报",
    "快报",
    "商报",
    "新闻网",
    # a photo's credit runs into the text after it: "（某某 摄）高新区…"
    "摄",
    # a short name defined without quotes: "全市高新技术产业园区(简称高新区)"
    "简称",
)
# A proper name with no place in it (东湖, 张江): only standing right after a boundary, never these words.
# A numeral opens a name (两江, 九龙) unless a count, a class or another numeral follows it (两个, 三大, 十四五).
_NOT_A_PROPER_NAME = re.compile(
    r"^(该|本|全|我|各|此|这|[两三四五六七八九十](?=[一二三四五六七八九十两个家大类区园座批项级地市县省年期次轮化星百千万])|省|市|县|区|国家|新|老|原|首|多|个|家|级|所|其|第|新建|一批|部分|重点|"
    r"相关|目前|当前|如今|现在|近年|今后|未来|全面|积极|加快|推动|推进|围绕|依托|通过|作为|同时|此外|另外|主要|重要|其他|整个|"
    r"有关|我们|他们|大力|持续|不断|进一步|着力|聚焦|支持|鼓励|引导|打造|建设|发展|成为|实现|完成|位于|地处|入驻|落户|进驻|"
    r"以及|还有|包括|涉及|所在|周边|毗邻|辖区|区域|园区|城区|市区|县域|提升|促进|优化|培育|壮大|做强|做大|服务|引领|带动|助力|赋能|深化|强化|完善|提高|扩大|"
    # verbs and adverbs that open a clause about a zone ("…,充分彰显高新区的实力")
    r"充分|彰显|显示|体现|展现|展示|标志|意味|使|让|给|向|把|将|由|与|跟|为|对|进入|走进|来到|前往|参观|考察|调研|视察|走访|"
    r"助推|力促|全力|奋力|努力|坚持|确保|力争|争创|创建|申报|获批|荣获|获评|成立|设立|挂牌|签约|落地|开工|投产|显著|稳步|加速|"
    r"已|正|将|也|都|均|仍|又|再|更|还|就|才)"
)
_CLASS_OF_ZONES_AT_END = re.compile(
    r"(?:生态|绿色|低碳|循环|智慧|特色|优秀|示范|先进|一流|领先|知名|标杆|样板|新型|现代|创新|数字|智能|美丽|星级|同类|[一二三四五]星级?)+$"
)
_TITLE_GIVEN = re.compile(r"(?:获评|评为|认定为|命名为|列为)$")
# (further back in the clause: 被确定为首批向…开放的某某科技工业园区)
# (not the holders named after the title: 获评“某称号”的为甲开发区)
_TITLE_GIVEN_IN_CLAUSE = re.compile(r"(?:获评|评为|认定为|命名为|列为|确定为|确认为)[^,;。、:“”]{0,30}(?<![为是有])$")
# Words of a clause, never of a name, between a place and a type word (某省首次进行开发区评价).
_CLAUSE_WORDS = re.compile(r"进行|开展|举行|首次|共有|拥有|已有|现有|对|的|了|首批|第[一二三四五六七八九十\d]+批")
# A verb inside the words before a type ("有力推动经开区…"): a clause about the zone, not its name.
_VERB_IN_PROPER = re.compile(
    r"推动|推进|促进|带动|拉动|下拉|拖累|助力|助推|加快|打造|引领|支撑|制定|实施|出台|印发|编制|启动|开展|推出"
    # (what holds a zone back or what it draws: "…曾是困扰高新区发展的难题", "吸引经开区…")
    r"|困扰|制约|阻碍|束缚|影响|吸引|辐射|惠及|覆盖"
)
# Words that make a suffix match a common noun rather than a zone name.
_NOT_A_NAME_PREFIX = (
    "国家级",
    "省级",
    "自治区级",
    "市级",
    "县级",
    "重点",
    "特色",
    "美丽",
    "一批",
    "这个",
    "我们",
    "全市",
    "全省",
    "所有",
)


@dataclass(frozen=True)
class ZoneHit:
    start: int  # offsets in the normalised paragraph text
    end: int
    surface: str
    zone: str  # canonical (dictionary) or fullest name found
    rule: str
    zone_type: str | None
    alias_of_previous: bool = False  # a second plate in parentheses right after another name
    generic: bool = False  # anaphora or bare type word


# The suffixes by their last two characters (in TYPE_SUFFIXES's order): a name is looked up
# once per zone-like match, and most share no ending with most suffixes.
_SUFFIXES_BY_ENDING: dict[str, tuple[str, ...]] = {
    ending: tuple(s for s in TYPE_SUFFIXES if s.endswith(ending)) for ending in {s[-2:] for s in TYPE_SUFFIXES}
}


def zone_type_of(name: str) -> str | None:
    for suffix in _SUFFIXES_BY_ENDING.get(name[-2:], ()):
        if name.endswith(suffix):
            return suffix
    return None


def _place_start(core: str, places: frozenset[str], longest_proper: int = 4) -> int | None:
    """Where a zone name's place part begins in the text before its type suffix.

    The place part is a chain of administrative names (湖南株洲, 长沙) that may end in a proper
    name (麓谷); it starts at the first place name after which no other place name follows in
    the core. Navigation junk glued in front (…资讯平台湖南株洲, 湖北切换新闻襄阳) is skipped,
    also when its last character and the name's first form a place name of their own (台安)."""

    def place_at(i: int) -> int:
        for length in range(min(7, len(core) - i), 1, -1):
            if core[i : i + length] in places:
                return length
        return 0

    for i in range(len(core) - 1):
        if not place_at(i):
            continue
        j = i
        while j < len(core) and (length := place_at(j)):
            j += length
            if j + 1 < len(core) and core[j] in "湾港湖" and place_at(j + 1):
                j += 1  # "某市湾某县": a bay or lake of one place naming where another lies
        rest = core[j:]
        if len(rest) <= longest_proper and not any(place_at(j + k) for k in range(len(rest))):
            return i
    return None


def place_core(name: str, provinces: tuple[str, ...]) -> str:
    """The place part of a zone name: 江苏昆山经济技术开发区 → 昆山."""
    suffix = zone_type_of(name) or ""
    core = name[: len(name) - len(suffix)]
    level = _LEVEL_IN_NAME.search(core)
    core = core[: level.start()] if level is not None else core
    for prefix in provinces:
        if core.startswith(prefix) and len(core) > len(prefix):
            core = core[len(prefix) :]
            break
    if len(core) > 2 and core[-1] in "县市区":
        core = core[:-1]
    return core


@dataclass(frozen=True)
class DocumentZones:
    """Zone names known for one document: dictionary names plus the fullest names written."""

    reference: Reference
    full_names: dict[str, str]  # surface → resolved full name for names not in the dictionary
    main_zone: str | None
    locality: str | None
    main_rule: str = "zone_document_main"
    places: dict[str, Place] = field(default_factory=dict)  # level (province/city/county) → the document's place
    # An unscoped aggregate (湖南省开发区) → the scoped name the document defines for it.
    aggregate_scopes: dict[str, str] = field(default_factory=dict)
    # Short names the document defines (以下简称"…") → the zone they stand for.
    defined_names: dict[str, str] = field(default_factory=dict)
    # Bare type words defined as a zone's short name (…开发区(以下简称“高新区”)): what the word means
    # where no zone in context is of its kind.
    defined_bare_words: dict[str, str] = field(default_factory=dict)
    # Whether the document reports on zones at all: a county's or district's report (全县, 我区) does
    # not, and its figures that name no zone are the area's, not a zone's.
    about_zones: bool = True
    # candidate_names of each text the subject was decided from: the paragraphs are scanned again
    # for their zones, and the scan is the costliest step on a long text full of names
    names_in: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)

    @cached_property
    def place_names(self) -> frozenset[str]:
        return frozenset(place.name for place in self.places.values())

    @cached_property
    def local_aliases(self) -> tuple[str, ...]:
        """The dictionary's aliases that may stand for a zone in this document, longest first."""
        aliases = (a for a in self.reference.zone_aliases if self.reference.zone_by_alias(a, self.place_names))
        return tuple(sorted(aliases, key=len, reverse=True))

    def only_named_of_kind(self, word: str) -> str | None:
        """The one zone of a bare word's kind (经开区, 高新区, 综保区…) the document names, if it names
        exactly one: "甲经济技术开发区(某区)…,乙高新区…。经开区…" means 甲."""
        if word not in _KIND_MARKS:
            return None
        kinds = {name for name in self._named_zones if _stands_for(word, name, "")}
        return kinds.pop() if len(kinds) == 1 else None

    @cached_property
    def _named_zones(self) -> frozenset[str]:
        """The zones (not groups of them) the document names."""
        return frozenset(
            resolved[0]
            for names in self.names_in.values()
            for _, _, name in names
            if (resolved := self.resolve(name)) is not None
            and zone_type_of(resolved[0]) is not None
            and not _GROUP_NAME.search(resolved[0])
        )

    def resolve(self, surface: str) -> tuple[str, str] | None:
        if surface in self.defined_names:
            return self.defined_names[surface], "defined_in_document"
        zone = self.reference.zone_by_alias(surface, self.place_names)
        if zone:
            return zone.canonical_name, "dictionary"
        if surface in self.full_names:
            return self.full_names[surface], "pattern"
        return None

    def locality_zone(self, type_word: str) -> Zone | None:
        """The dictionary zone of this type in the document's locality (a 昆山 paper's 经济开发区)."""
        if not self.locality:
            return None
        wanted = type_word.replace("园区", "").replace("技术产业", "")
        for zone in self.reference.zones.values():
            in_locality = self.locality in zone.county or self.locality in zone.city
            if in_locality and (wanted in zone.canonical_name or type_word in zone.canonical_name):
                return zone
        return None


_INDUSTRY_IN_NAME = re.compile(r"(?:能源化工|精细化工|煤化工|石油化工|盐化工|新材料|装备制造|生物医药)$")


def _opens_place(core: str, i: int, reference: Reference) -> bool:
    """Whether a function word at ``i`` belongs to a city's or county's name: the first character
    of one that runs to the type word (于都工业园区, 于洪经济开发区: 于 opens the place, it ends
    nothing), or a character inside one (南和经开区)."""
    heads = reference.local_place_heads
    return core[i:] in heads or any(core[j:k] in heads for j in range(max(0, i - 6), i) for k in range(i + 1, len(core) + 1))


def _names_a_place(text: str, places: frozenset[str]) -> bool:
    return any(text[i : i + n] in places for i in range(len(text)) for n in range(2, min(7, len(text) - i) + 1))


def candidate_names(text: str, reference: Reference) -> list[tuple[int, int, str]]:
    """Zone-like names: a place name followed, within a few characters, by a zone type suffix."""
    out: list[tuple[int, int, str]] = []
    for match_start, match_end in _name_spans(text):
        raw = text[match_start:match_end]
        suffix = zone_type_of(raw) or ""
        core = raw[: len(raw) - len(suffix)]
        level = _LEVEL_IN_NAME.search(core) if suffix in _PROPER_SUFFIXES else None
        if level is not None:
            core = core[: level.start()]
        # one body under two plates written as one name (某市经济技术和高新技术产业开发区): the 和
        # joins two type words, it does not end what comes before the name
        joined_types = _JOINED_TYPES.search(core) if suffix.startswith("高新") else None
        if joined_types:
            core = core[: joined_types.start()]
        cut = max(
            (core.rfind(w) + len(w) for w in _LEFT_CUTS if w in core and not _opens_place(core, core.rfind(w), reference)),
            default=0,
        )
        # "淮安两家经济技术开发区", "苏北均有经开区": a count or 均有 ends what comes before the name;
        # so does "N个" after places listed (甲、乙三个开发区), while "某市九个开发区" names them all
        counted = (
            r"[两二三四五六七八九十\d]+(?:家|个)"
            if text[match_start - 1 : match_start] in ("、", "和", "及", "与")
            else r"[两二三四五六七八九十\d]+家"
        )
        # (居全国高新区第四: 居 places a figure in a field, as 位居 does)
        cut = max([cut] + [m.end() for m in re.finditer(counted + "|均有|都有|居(?=全[国省市])", core)])
        # a dictionary name, unless a place is written before it ("某市滨海新区" is that place's zone)
        known = next(
            (
                i
                for i in range(cut, len(core))
                if reference.zone_by_alias(raw[i:]) and not _names_a_place(core[cut:i], reference.places)
            ),
            None,
        )
        # (an industry's zone spells its industry out: 某市科技影视文创产业功能区, and a bonded zone
        # the port or hub it serves: 某市国际铁路港综合保税区)
        longest = 6 if suffix in ("产业功能区", "综合保税区") else 4
        if _INDUSTRY_IN_NAME.search(core[-8:]):
            longest = 8  # (and a park its trade: 某县某岗能源化工工业集中区)
        found = known - cut if known is not None else _place_start(core[cut:], reference.places, longest)
        if found is None:
            proper = core[cut:]
            # (a table's cell too, and a name right after a quotation: “…。”某某经开区负责人介绍)
            boundary = cut > 0 or match_start == 0 or text[match_start - 1] in ",。;:、!?\n()“”|\t "
            timely = re.search(r"[年月日季期间时]", proper)  # 上半年经开区, 同期高新区: a time, not a name
            if not (
                boundary
                and 2 <= len(proper) <= 4
                and not timely
                and not _NOT_A_PROPER_NAME.match(proper)
                and not _VERB_IN_PROPER.search(proper)
                and (
                    suffix in _PROPER_SUFFIXES
                    or (
                        suffix in _TOWN_PARK_SUFFIXES
                        # (or where it heads a section, a line of its own, or opens a paragraph
                        # as its subject: 某某工业集中区则在…)
                        and (
                            _listed_with_a_zone(text, match_start, match_end)
                            or _a_line_of_its_own(text, cut + match_start, match_end)
                            or (not text[: cut + match_start].strip(" \t\u3000") and _SUBJECT_AFTER.match(text, match_end))
                        )
                    )
                )
                # a bare 开发区 takes a proper name only when it is a toponym (大亚湾, 漕河泾, 金桥):
                # other words before it are what is said of the zones (决战开发区)
                and (suffix != "开发区" or proper[-1] in _TOPONYM_ENDS)
            ):
                continue
            found = 0
        begin = cut + found
        core = core[begin:]
        place_len = max((n for n in range(2, min(len(core), 8) + 1) if core[:n] in reference.places), default=0)
        if _CLAUSE_WORDS.search(core[place_len:]) or _VERB_IN_PROPER.search(core[place_len:]):
            continue  # "四川首次进行开发区评价", "某县不断加快工业园区…": a clause about zones, not a zone's name
        doubled = re.match(r"(?:[\u4e00-\u9fff]*?)([\u4e00-\u9fff]{2,4})([市县区]?)\1", core)
        if doubled and doubled.group(1) in reference.places:
            # "湖南株洲株洲高新技术产业开发区", "长春市长春净月高新区": a place written twice (a city's
            # name, then a zone named after it), the name starts at its second writing
            skip = doubled.start(1) + len(doubled.group(1)) + len(doubled.group(2))
            begin, core = begin + skip, core[skip:]
        if any(word in core for word in _NOT_A_NAME_PREFIX) or (
            core in reference.provinces
            and core.removesuffix("市") not in _MUNICIPALITIES
            and suffix not in _PROVINCE_S_OWN
            # (吉林 is a province and a city: 吉林经济开发区 is the city's zone)
            and not any(p.level == "city" for p in reference.places_by_name.get(core + "市", ()))
        ):
            continue
        # (某省生态工业园区, 某省优秀工业园区: a class of zones a province names, a title; the class
        # words are looked for first, they end few names)
        classed = _CLASS_OF_ZONES_AT_END.search(core)
        if classed and core[: classed.start()] in reference.provinces:
            continue
        if (
            level is not None
            and known is None
            and "省级" in level.group(0)
            and core.removesuffix("市") in reference.prefectures_by_short_name
        ):
            continue  # (某市省级开发区: the city's zones of the province's level, many of them, no one zone)
        if (
            level is not None
            and known is None
            and not _is_local_place(core.removesuffix("市"), reference)
            and not _local_place_then_proper(core, reference)
        ):
            # (湖北省级开发区, 某省国家级高新区: the zones of a province at that level; a city's
            # place with a proper name, 某市某岛国家级经开区, is one zone)
            continue
        if (
            _TITLE_IN_QUOTES.search(text, max(0, match_start + begin - 5), match_start + begin)
            and text[match_end : match_end + 1] == "”"
        ) or _TITLE_GIVEN.search(text, max(0, match_start + begin - 4), match_start + begin):
            continue  # (是“某省二星级产业集聚区”, 获评某省绿色化工园区: a title the zone holds, not a zone)
        if _TITLE_GIVEN_IN_CLAUSE.search(text, max(0, match_start + begin - 34), match_start + begin):
            continue  # (a name given as a title, further back: 被确定为首批…开放的某某科技工业园区)
        out.append((match_start + begin, match_end, raw[begin:]))
    return out


# "与甲集团、乙开发区建立战略合作关系": a partner the zone works with, not the subject of what follows
_WITH_BEFORE = re.compile(r"与[^,;。与]{0,24}$")
# (the partners may be a list: 与甲经开区、乙经开区、丙经开区等建立友好合作关系)
_COOPERATION_AFTER = re.compile(r"(?:[、和及][^,;。、和及]{1,14}){0,6}?[^,;。]{0,12}?(?:合作|协议|共建|结对|对接|伙伴)")


def named_as_partner(text: str, start: int, end: int) -> bool:
    """Whether the zone named at text[start:end] is a partner another works with (与甲经开区建立合作关系)."""
    clause_start = max(text.rfind(mark, 0, start) for mark in ",;。:") + 1  # (a list's 、 is inside it)
    return bool(_WITH_BEFORE.search(text, clause_start, start)) and bool(_COOPERATION_AFTER.match(text, end))


_TITLE_IN_QUOTES = re.compile(r"(?:是|为|获评|荣获|被评为|评为|授予|命名为|成为|创成|认定为|”|、)“$")


# Parks whose kind no type suffix covers: "某某新能源产业园", and the short forms of zones of one
# industry ("汽开区" of an automobile zone). Only a title naming one makes it a document's subject.
# (某某汽开区; the tail of a 经开区 is none: 某某经开区 has a type word) A 新区 whose name is no
# place (two cities' first characters joined: 甲乙新区) is one of these too.
_PARK_NAME = re.compile(
    r"[\u4e00-\u9fff]{2,10}(?:产业园|工业园|科技园)(?!区)|[\u4e00-\u9fff]{1,2}(?<!经)开区|(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2}新区"
)


_PERIOD_BEFORE_PARK = re.compile(r"上半年|下半年|全年|年度|前三季度|[一二三四]季度|年末|年底|年初|月份")


def park_names(text: str) -> list[str]:
    """Names of parks of a kind that :data:`TYPE_SUFFIXES` does not cover, as written."""
    out: list[str] = []
    for match in _PARK_NAME.finditer(text):
        raw = match.group(0)
        cut = max((raw.rfind(w) + len(w) for w in _LEFT_CUTS if w in raw[:-2]), default=0)
        # a period before the name ends what comes before it: "上半年某某产业园主要经济指标"
        cut = max([cut] + [m.end() for m in _PERIOD_BEFORE_PARK.finditer(raw, 0, len(raw) - 2)])
        name = raw[cut:]
        kind = 3 if name.endswith(("产业园", "工业园", "科技园")) else 2
        proper = name[:-kind]
        if (
            name in TYPE_SUFFIXES
            or name in ANAPHORA
            or not proper
            or proper in ("经", "高", "新", "开", "经济", "高新", "工业", "产业")
            or re.search(r"[年月日季期间时]", proper)
            or _NOT_A_PROPER_NAME.match(proper)
            or any(word in proper for word in _NOT_A_NAME_PREFIX)
        ):
            continue
        out.append(name)
    return out


def _without_level(name: str) -> str:
    """ "某市国家级经济技术开发区" → "某市经济技术开发区"."""
    suffix = zone_type_of(name) or ""
    level = _LEVEL_IN_NAME.search(name, 0, len(name) - len(suffix)) if suffix in _PROPER_SUFFIXES else None
    return name[: level.start()] + suffix if level is not None else name


def without_province(name: str, reference: Reference) -> str:
    """ "四川省成都经济技术开发区" → "成都经济技术开发区": the province is not part of a zone's name."""
    for prefix in reference.provinces:
        rest = name[len(prefix) :]
        if name.startswith(prefix) and len(rest) > 3 and any(rest[:n] in reference.places for n in range(2, 8)):
            return rest
    return name


def _name_length(name: str, reference: Reference) -> int:
    return len(_without_city_mark(without_province(name, reference), reference))


def _without_city_mark(name: str, reference: Reference) -> str:
    """ "乌鲁木齐市高新区" → "乌鲁木齐高新区": a national zone type is named after its city without
    市; "某市工业园区", "某市产业集聚区" keep it (the city's own zone, or its zones together)."""
    cut = name.find("市")
    if cut >= 2 and name[: cut + 1] in reference.places_by_name and zone_type_of(name[cut + 1 :]) in _NATIONAL_TYPES:
        return name[:cut] + name[cut + 1 :]
    return name


def resolve_pattern_names(names: Counter[str], reference: Reference, place_names: frozenset[str] = frozenset()) -> dict[str, str]:
    """Every zone name the dictionary does not know → the fullest name written in the document
    with the same place core and a compatible type (高新区 → 高新技术产业开发区). A dictionary zone
    completes a name only in a document of its place, or of no place named: a page of another
    city's district of the same name (天津的滨海新区) does not speak of it."""
    full_names: dict[str, str] = {}
    known = [
        z.canonical_name
        for z in reference.zones.values()
        if not place_names or z.zone_type == "aggregate" or z.city in place_names or z.county in place_names
    ]
    for name in names:
        core = place_core(name, reference.provinces)
        suffix = zone_type_of(name) or ""
        fulls = _SHORT_TO_FULL.get(suffix, ())
        best = name
        for other in list(names) + known:
            other_core = place_core(other, reference.provinces)
            # "张江高新区" is "上海张江高新技术产业开发区": a proper name the fuller one ends with
            # or "滨海新区" is "某市滨海新区" when the fuller name only puts a place in front
            same = other_core == core or (
                len(core) >= 2
                and other_core.endswith(core)
                and (core not in reference.places or other_core[: -len(core)] in reference.places)
            )
            if other == name or not same:
                continue
            other_suffix = zone_type_of(other) or ""
            # the fullest name, but a province written in front ("浙江省某某经济开发区") adds nothing
            if (other_suffix == suffix or other_suffix in fulls) and _name_length(other, reference) > _name_length(
                best, reference
            ):
                best = other
        dict_zone = reference.zone_by_alias(best, place_names or None)
        if dict_zone is None and zone_type_of(best) == "开发区" and best[:-3].endswith(("市", "省", "县")):
            continue  # "苏州市开发区" is the city's zones in general, not one zone
        written = _without_city_mark(without_province(_without_level(best), reference), reference)
        full_names[name] = dict_zone.canonical_name if dict_zone else written
    return full_names


_NATIONAL_TYPES = ("高新技术产业开发区", "经济技术开发区", "高新区", "经开区")
# Zone types a proper name without a place may carry (东湖高新区, 张江高新区).
# Zones of a kind a province has one of, named after it (山西综改示范区): not its zones together.
_PROVINCE_S_OWN = ("综合改革示范区", "综改示范区")
_PROPER_SUFFIXES = (
    "高新技术产业开发区",
    "高新技术产业园区",  # (provinces name many of their high-tech parks so: 某某高新技术产业园区)
    "经济技术开发区",
    "经济开发区",
    "开发区",
    "高新区",
    "经开区",
    "国家自主创新示范区",
    "自主创新示范区",
    "自创区",
    "经济特别合作区",
    "特别合作区",
    "能源化工基地",  # (a national class of its own: 某某能源化工基地)
)
# Last characters of names of bays, ports, lakes, hills, rivers, islands, bridges, creeks…
# A town's park (大路工业园区, 某镇的某某产业园区) bears a name no dictionary of places holds: it is
# taken as one only where it is listed with other zones (甲工业园区、乙经济开发区…)
_TOWN_PARK_SUFFIXES = ("工业园区", "产业园区", "工业集中区", "产业集聚区")
# A clause going on about what a park does (某某工业集中区则在…, 某某工业园区坚持…), not a figure's
# label (某某产业园区工业总产值…), after a park's name that opens a paragraph.
_SUBJECT_AFTER = re.compile(r",|:|则|也|还|又|在|以|靠|把|将|坚持|聚焦|围绕|立足|紧扣|全力|持续|继续|着力|大力")
_LISTED_ZONE_NEIGHBOUR = re.compile(rf"[、和及与][^,;。、]{{2,12}}?(?:{_SUFFIX_RE})")


def town_park_without_place(name: str, reference: Reference) -> str | None:
    """A town's park named with its place in front (某市某某工业集中区): the name without the place
    (某某工业集中区), which the same document goes on to use for it. None for other names."""
    suffix = zone_type_of(name)
    if suffix not in _TOWN_PARK_SUFFIXES:
        return None
    start = 0
    while length := max((n for n in range(2, 8) if name[start : start + n] in reference.places), default=0):
        start += length
    proper = name[start : len(name) - len(suffix)]
    if not start or not 2 <= len(proper) <= 4 or _NOT_A_PROPER_NAME.match(proper) or _names_a_place(proper, reference.places):
        return None
    return name[start:]


# "城东、城西两个工业园区", "甲、乙、丙等4个产业集聚区": names listed before a count of parks of one
# kind, each with the kind's word left off once for all
_PARKS_COUNTED = re.compile(
    rf"(?P<items>[\u4e00-\u9fff]{{2,8}}(?:、[\u4e00-\u9fff]{{2,4}})+)(?P<etc>等)?(?P<n>[两二三四五六七八九十]|\d{{1,2}})个"
    rf"(?P<suffix>{'|'.join(_TOWN_PARK_SUFFIXES)})"
)


def parks_listed_with_their_count(text: str, reference: Reference) -> list[str]:
    """The parks a text names by listing them before their count and kind (甲、乙两个工业园区 names
    甲工业园区 and 乙工业园区), when the count agrees with the list. Only names no place or
    dictionary name covers: those are found without the list."""
    out: list[str] = []
    if "、" not in text or not any(suffix in text for suffix in _TOWN_PARK_SUFFIXES):
        return out  # (the pattern tries every length of list at every position: skip what cannot match)
    for match in _PARKS_COUNTED.finditer(text):
        items = match.group("items").split("、")
        count = parse_number(match.group("n"))
        if count is None or (count != len(items) if not match.group("etc") else count < len(items)):
            continue
        first = items[0]
        # (the first item may be glued to what comes before the list, 上半年甲、乙…: it is taken only
        # when it stands alone)
        first_alone = match.start() == 0 or not "\u4e00" <= text[match.start() - 1] <= "\u9fff"
        proper = [item for item in items[1:] if 2 <= len(item) <= 4]
        if first_alone and 2 <= len(first) <= 4:
            proper.insert(0, first)
        for item in proper:
            name = item + match.group("suffix")
            if _NOT_A_PROPER_NAME.match(item) or _names_a_place(item, reference.places) or reference.zone_by_alias(name):
                continue
            out.append(name)
    return out


def _a_line_of_its_own(text: str, start: int, end: int) -> bool:
    return not text[:start].strip(" \t\u3000") and not text[end:].strip(" \t\u3000:")


def _listed_with_a_zone(text: str, start: int, end: int) -> bool:
    """Whether a name sits in an enumeration of zone names: a zone name, then 、 right before it, or
    、 and a zone name right after it."""
    if _LISTED_ZONE_NEIGHBOUR.match(text, end):
        return True
    return start > 0 and text[start - 1] in "、和及与" and bool(_SUFFIX_SEARCH.search(text, max(0, start - 12), start - 1))


_TOPONYM_ENDS = frozenset("湾港湖山江河岛洲桥泾浦岭峰海滩口坪坝塘溪湖滨")
_MUNICIPALITIES = ("北京", "天津", "上海", "重庆")
# The zones of a whole place, spoken of from inside it: 全市省级以上开发区, 我省产业集聚区, 全县三大园区.
_AGGREGATE = re.compile(
    r"(全|我|本)(省|市|州|县|区)(?P<count>[一二三四五六七八九十两\d]+(?:家|个))?((?:省级及以上|省级以上|省级|自治区级及以上|自治区级以上|自治区级|市级以上|国家级|各类|各|县域|[一二三四五六七八九十两\d]+大|[一二三四五六七八九十两\d]+个)?)"
    r"(高新技术产业开发区|高新技术产业园区|经济技术开发区|经济开发区|产业集聚区|工业集中区|工业园区|产业园区|开发区|高新区|经开区|园区)"
)
# The rule of a zone-like phrase that names a programme or a field, never a figure's zone.
NOT_A_SUBJECT = "zone_aggregate_not_subject"
_PLACE_AGGREGATE = re.compile(
    r"(?P<count>(?<![一二三四五六七八九十两\d])[一二三四五六七八九十两\d]+(?:家|个))?(?P<scope>省级及以上|省级以上|自治区级及以上|自治区级以上|市级以上|各类|国家级)"
    r"(?P<type>经济技术开发区|经济开发区|产业集聚区|工业集中区|工业园区|产业园区|开发区|高新区|经开区|园区)"
)
# Words one of which every _PLACE_AGGREGATE match contains.
_PLACE_AGGREGATE_SCOPE_WORDS = ("省级", "自治区级", "市级以上", "各类", "国家级")


# Kinds of zone a city or county has one of (a city's 开发区 or 园区 may be many)
_ONE_PER_PLACE = ("高新区", "经开区", "经济技术开发区", "经济开发区")


def _place_label(place: Place) -> str:
    """How a place names its zones together: an autonomous prefecture by its short name and 州
    (红河哈尼族彝族自治州 → 红河州), any other place by its name."""
    return place.short_name + "州" if place.name.endswith("自治州") else place.name


_LEVEL_OF = {"省": "province", "市": "city", "州": "city", "县": "county"}
_PROVINCE_AGGREGATE_TYPES = "开发区|经开区|高新区|产业园区|工业园区|综合保税区|园区"


def _is_a_field(text: str, start: int, end: int, title: bool = False) -> bool:
    """全省开发区 as the field of a ranking or a comparison (在全省…排名中, 居全市…前列, 占全市…) is
    not what the sentence is about. A title's "某省开发区综合考评结果" is about those zones."""
    before = text[max(0, start - 3) : start]
    after = text[end : end + 12]
    if _PLACES_MOVED.match(after):
        return False  # "本市6家省级以上开发区位次均有提升": the zones whose places moved
    return bool(
        _A_BODY_NAMED_AFTER.match(after)
        or re.search(r"(在|居|列|占|于|比|较|为|对|挺进|进入|跻身|迈入)$", before)
        or (not title and re.match(r"[^,。;]{0,10}?(排名|排位|考核|考评|评价|评比|前列|第|排头兵|领头羊|第一方阵)", after))
    )


# "某省开发区建设领导小组通报…": the zones name a body that oversees them, not the subject
_A_BODY_NAMED_AFTER = re.compile(r"(?:建设|发展|工作|改革|创新)*(?:领导小组|联席会议|工作专班|推进办|协会|联盟|促进会|研究会)")
_PLACES_MOVED = re.compile(
    r"(?:的)?(?:排名|位次|排位)(?:全部|均|都|整体|总体|普遍)?(?:实现|有所|有)?(?:进位|前移|提升|上升|提高|晋位|跃升)"
)


def _is_assessed(text: str, start: int) -> bool:
    """ "对本市12家省级以上开发区开展考评": the zones a text assesses, the object of 对."""
    # (a short name may come between: 对全市9家园区(简称“全市园区”)上一年度工作开展考评)
    return text[max(0, start - 1) : start] == "对" and bool(re.match(r"[^。;]{0,60}(?:考评|考核|评价|评估)", text[start:]))


def _same_provinces(main_zone: str, place: Place | None) -> bool:
    """A report on a province's zones (湖北省开发区) speaks of that province's other groups too
    (全省省级开发区): they are zones of the report, not a programme it mentions."""
    return place is not None and main_zone.startswith(place.name)


def aggregate_hits(
    text: str,
    places: dict[str, Place],
    reference: Reference,
    main_zone: str | None = None,
    title: bool = False,
    assessed: bool = False,
) -> list[ZoneHit]:
    """Aggregates of the document's place, named after it (全市省级以上开发区 → 洛阳市省级以上开发区);
    with ``assessed`` also the groups an assessment is made of (对本市12家省级以上开发区…考评);
    with the place unknown the hit names no zone, so the words never fall back to one zone. In a
    report on a city or a zone, the province's zones (全省开发区…) name a programme or a meeting
    far more often than a subject: they are a zone only in a report about them."""
    out = _province_s_parks(text, places, main_zone, title)
    if "区" not in text:
        return out  # every other aggregate ends with a type word ending in 区
    for m in _AGGREGATE.finditer(text):
        if _is_a_field(text, m.start(), m.end(), title) and not (assessed and _is_assessed(text, m.start())):
            continue
        province = places.get("province")
        level = m.group(2)
        if level == "区":
            # "全区10家高新区", "全区高新区总数达13家": counted zones of an autonomous region, or of
            # a district (全区 alone is the zone itself, or the district)
            counted = re.match(r"..[一二三四五六七八九十两\d]+(?:家|个)", m.group(0))
            if not counted and not re.match(r"(?:总数|数量)", text[m.end() : m.end() + 2]):
                continue
            level = "省" if province is not None and province.name.endswith("自治区") else "县"
        place = places.get(_LEVEL_OF[level])
        masthead = places.get("masthead")
        alone = places.get("county_alone") or (masthead if masthead is not None and masthead.level == "county" else None)
        if level == "市" and alone is not None and alone.name.endswith("市"):
            # 全市 on a county-level city's own page or in its paper (某市日报) is that city (泰兴市),
            # not its prefecture
            place = alone
        if place is not None and not place.name.endswith("区" if m.group(2) == "区" else ("县", "旗", "区", "市", "州")):
            place = None if level == "县" else place  # (全区 is a district's, 全县 a county's)
        if m.group(2) == "州" and (place is None or not place.name.endswith("州")):
            continue  # (全州 is an autonomous prefecture's)
        if place is None and m.group(2) == "市" and province and province.short_name in _MUNICIPALITIES:
            place = province  # 全市 of a Tianjin paper: the municipality is the province and the city
        # "全省179家产业集聚区" is the province's 产业集聚区: a count says how many, and 各
        # (全省各高新区) that each is meant; neither is part of the name…
        modifier = "" if re.match(r"[一二三四五六七八九十两\d]+(个|大)$|各$", m.group(4)) else m.group(4)
        if level != "省" and m.group("count") and not m.group(4) and m.group(5) in (*_ONE_PER_PLACE, "产业集聚区"):
            # …but a city's or county's name before a type word is also how one zone is named
            # (某市经济技术开发区): the count keeps 我市9个经济技术开发区 from reading as one zone
            # (a kind a place has many of, 我市4个产业园区, is that place's parks together either way;
            # a county's 产业集聚区 is one zone, 某县产业集聚区, as a city's 经开区 is)
            modifier = m.group("count")
        name = _place_label(place) + modifier + m.group(5) if place else ""
        own = place is not None and m.group(1) != "全" and level in ("市", "县") and not m.group(4) and not m.group("count")
        if own and place is not None and m.group(5) in _ONE_PER_PLACE:
            # "我市高新区", "本县经济开发区": the one zone of that kind the place has, named as zones are
            # named after their place (某市 → 某高新区)
            name = reference.canonical_zone_name(place.short_name + m.group(5))
            out.append(ZoneHit(m.start(), m.end(), m.group(0), name, "zone_one_of_document_place", zone_type_of(name)))
            continue
        if name:
            name = reference.canonical_zone_name(name)
        rule = "zone_aggregate_of_document_place" if name else "zone_aggregate_of_unknown_place"
        if level == "省" and main_zone is not None and name != main_zone and not _same_provinces(main_zone, place):
            name, rule = "", NOT_A_SUBJECT
        out.append(ZoneHit(m.start(), m.end(), m.group(0), name, rule, "aggregate"))
    has_scope = any(word in text for word in _PLACE_AGGREGATE_SCOPE_WORDS)
    for m in _PLACE_AGGREGATE.finditer(text) if has_scope else ():
        # "某某市省级以上开发区", "某省40家省级以上开发区": the aggregate written with its place's
        # name (a count between them says how many, it is not part of the name)
        before = text[max(0, m.start() - 8) : m.start()]
        # (or the place that has them: 某市现有省级以上开发区12个)
        having = re.search(r"(?:共有|现有|拥有|有)$", before) if not m.group("count") else None
        before = before[: having.start()] if having else before
        # (or its place's, 某省的国家级经开区: the same zones)
        possessive = not having and before.endswith("的")
        before = before[:-1] if possessive else before
        place_name = next((before[i:] for i in range(len(before) - 1) if before[i:] in reference.places_by_name), None)
        start = m.start() - len(place_name) - possessive if place_name and not having else m.start()
        if place_name is None:
            # "湖南省级以上产业园区": the province's 省 is also the first character of the scope;
            # "江苏国家级高新区": a province's short name before the scope is the province
            short = next((before[i:] for i in range(len(before) - 1) if before[i:] + "省" in reference.places_by_name), None)
            if short and not having:
                place_name, start = short + "省", m.start() - len(short)
        if (
            place_name
            and place_name[-1] in "市县省"
            and ((assessed and _is_assessed(text, start)) or not _is_a_field(text, start, m.end(), title))
        ):
            kind = _FULL_TYPE.get(m.group("type"), m.group("type")) if m.group("scope") == "国家级" else m.group("type")
            name = reference.canonical_zone_name(place_name + m.group("scope") + kind)
            rule = "zone_aggregate_named"
            if place_name[-1] == "省" and main_zone is not None and name != main_zone and not main_zone.startswith(place_name):
                name, rule = "", NOT_A_SUBJECT
            out.append(ZoneHit(start, m.end(), text[start : m.end()], name, rule, "aggregate"))
    # 河南产业集聚区, 吉林省开发区: a province's name right before a bare type word is all its zones
    # (with 省 written out for the type words that also end real zones' names)
    # (only the provinces the text names: an alternation of all of them is tried at every position)
    provinces = "|".join(p for p in reference.provinces if p in text)
    # (each of them, 湖北省各高新区, or a count of them, 湖北省20个高新区, are the same zones)
    each = r"(?:内|境内)?(?:各|[一二三四五六七八九十两\d]+(?:个|家))?"  # (广东省内13个综合保税区: the same)
    province_aggregate = rf"({provinces})(产业集聚区)|((?:{provinces})(?:省|自治区)){each}({_PROVINCE_AGGREGATE_TYPES})"
    for m in re.finditer(province_aggregate, text) if provinces else ():
        # (a remark in parentheses after it names what it is part of, unless it defines a short name)
        remark = text[m.end() : m.end() + 1] in ("(", "（") and not re.match(r"[(（](?:以下)?简称", text[m.end() : m.end() + 5])
        if _is_a_field(text, m.start(), m.end(), title) or remark:
            continue
        if m.group(3):
            if reference.places_by_name.get(m.group(3)):
                name = reference.canonical_zone_name(m.group(3) + m.group(4))
                rule = "zone_aggregate_of_province"
                if main_zone is not None and name != main_zone:
                    name, rule = "", NOT_A_SUBJECT
                out.append(ZoneHit(m.start(), m.end(), m.group(0), name, rule, "aggregate"))
            continue
        short = m.group(1).removesuffix("省")
        if short in _MUNICIPALITIES:
            continue
        full = next((p.name for p in reference.places_by_name.get(short + "省", ())), None)
        if full:
            name = reference.canonical_zone_name(full + m.group(2))
            rule = "zone_aggregate_of_province"
            if main_zone is not None and name != main_zone:
                name, rule = "", NOT_A_SUBJECT
            out.append(ZoneHit(m.start(), m.end(), m.group(0), name, rule, "aggregate"))
    # "云南24个园区": a province's short name and a count before a type word, its parks of that kind
    province_counted = (
        rf"(?<![\u4e00-\u9fff])({provinces})(?:[一二三四五六七八九十两]{{1,3}}|\d{{1,3}})(?:个|家)({_PROVINCE_AGGREGATE_TYPES})"
    )
    for m in re.finditer(province_counted, text) if provinces else ():
        full = reference.province_names.get(m.group(1))
        if full is None or m.group(1) in _MUNICIPALITIES or _is_a_field(text, m.start(), m.end(), title):
            continue
        name, rule = reference.canonical_zone_name(full + m.group(2)), "zone_aggregate_of_province"
        if main_zone is not None and name != main_zone:
            name, rule = "", NOT_A_SUBJECT
        out.append(ZoneHit(m.start(), m.end(), m.group(0), name, rule, "aggregate"))
    out.extend(_province_short_hits(text, reference, main_zone, title))
    out.extend(_city_s_parks(text, reference, title))
    out.extend(_national_hits(text, reference, main_zone, title))
    out.extend(_zone_group_hits(text, places))
    return out


# what may stand right before a city's name that opens a name of its parks (2011年,某市园区…)
_OPENS_A_GROUP = frozenset("年月日的和与及")


def _city_s_parks(text: str, reference: Reference, title: bool) -> list[ZoneHit]:
    """ "温州园区", "重庆园区": a prefecture's or a municipality's name right before a bare 园区 is all
    its parks, the zones 全市园区 names from inside it. A county's is not (平阳园区 is often one park
    of a zone), nor one inside a longer name (某高新区温州园区)."""
    out: list[ZoneHit] = []
    for m in re.finditer(r"园区", text):
        for length in (2, 3, 4):
            start = m.start() - length
            if start < 0:
                break
            written = text[start : m.start()]
            full = written if written.endswith("市") else written + "市"
            places = reference.places_by_name.get(full, ())
            if not any(p.level == "city" or (p.level == "province" and p.short_name in _MUNICIPALITIES) for p in places):
                continue
            if start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] not in _OPENS_A_GROUP:
                break
            if not _is_a_field(text, start, m.end(), title):
                name = reference.canonical_zone_name(full + "园区")
                out.append(ZoneHit(start, m.end(), text[start : m.end()], name, "zone_aggregate_of_city_named", "aggregate"))
            break
    return out


_PROVINCE_S_PARKS = re.compile(r"(?<![\u4e00-\u9fff])省产业园(?!区)|(?<=[我全年])省产业园(?!区)")


def _province_s_parks(text: str, places: dict[str, Place], main_zone: str | None, title: bool) -> list[ZoneHit]:
    """ "省产业园": the parks a province runs as one programme (its 产业转移工业园), its zones together."""
    province = places.get("province")
    out: list[ZoneHit] = []
    if province is None or "省产业园" not in text:
        return out
    for m in _PROVINCE_S_PARKS.finditer(text):
        if _is_a_field(text, m.start(), m.end(), title):
            continue
        name, rule = province.name + "产业园", "zone_aggregate_of_province"
        if main_zone is not None and name != main_zone:
            name, rule = "", NOT_A_SUBJECT
        out.append(ZoneHit(m.start(), m.end(), m.group(0), name, rule, "aggregate"))
    return out


# A place's zones named as one group: “一区四园”, “一区多园”, “一园三区” (a zone and its parks).
_ZONE_GROUP = re.compile(
    r"(?<=“)([一二两三四五六七八九十]区[一二两三四五六七八九十多]园|[一二两三四五六七八九十]园[一二两三四五六七八九十多]区)(?=”)"
)


def _zone_group_hits(text: str, places: dict[str, Place]) -> list[ZoneHit]:
    place = places.get("county_alone") or places.get("county") or places.get("city")
    if place is None or "“" not in text:
        return []
    return [
        ZoneHit(m.start(), m.end(), m.group(0), place.name + m.group(1), "zone_group_of_document_place", "aggregate")
        for m in _ZONE_GROUP.finditer(text)
        if not _is_a_field(text, m.start() - 1, m.end() + 1)  # (占“一区四园”总量的54%: the whole of a share)
        # (构建“一区两园”格局: the layout a zone is built in, not a group of zones)
        and not _LAYOUT_AFTER.match(text, m.end() + 1)
    ]


# (实行“一区两园”管理: how the zone is run)
_LAYOUT_AFTER = re.compile(r"(?:发展|空间|产业)?(?:格局|布局|模式|架构|体系|框架|管理|运行|运营|体制)")


_NATIONAL_TYPE_WORDS = "|".join(_NATIONAL_TYPES)
# type words no single zone is named with after a province's short name alone
_BARE_TYPES = ("开发区", "产业园区", "工业园区", "园区")
_BARE_TYPE_WORDS = "|".join(_BARE_TYPES)


def _province_short_hits(text: str, reference: Reference, main_zone: str | None, title: bool) -> list[ZoneHit]:
    """ "云南高新区", "云南高新区数量增至9家": a province's short name right before a
    national zone type is all its zones of that type. Not for a short name that also names a city
    (吉林高新区) or a municipality (北京经开区): those are single zones."""
    shorts = [p for p in reference.provinces if not p.endswith(("省", "市", "自治区", "特别行政区"))]
    out: list[ZoneHit] = []
    # (经济开发区 too: how a province such as 浙江 calls its zones, 浙江经济开发区实现…)
    # (a bare type word too, 黑龙江开发区实现…: no zone is named after a province alone with it)
    # (every kind of them too, 云南各级各类产业园区: the same zones)
    for m in re.finditer(rf"({'|'.join(shorts)})(?:各级各类|各类)?({_NATIONAL_TYPE_WORDS}|经济开发区|{_BARE_TYPE_WORDS})", text):
        short, start = m.group(1), m.start()
        # the short name inside a longer place name ("浙江西部…" is no 江西)
        crossing = any(
            text[start - i : start - i + n] in reference.places_by_name for i in (1, 2) for n in range(i + 1, i + len(short))
        )
        if crossing or short in _MUNICIPALITIES or reference.places_by_name.get(short + "市"):
            continue
        if _is_a_field(text, m.start(), m.end(), title):
            continue
        if m.group(2) in _BARE_TYPES:
            full = reference.province_names.get(short)
            if full is None or (m.end() < len(text) and text[m.end()] in "(（"):
                continue
            name = reference.canonical_zone_name(full + m.group(2))
        else:
            name = short + _FULL_TYPE.get(m.group(2), m.group(2))
        rule = "zone_aggregate_of_province"
        if main_zone is not None and name != main_zone:
            name, rule = "", NOT_A_SUBJECT
        out.append(ZoneHit(m.start(), m.end(), m.group(0), name, rule, "aggregate"))
    return out


# The national-level zones of the whole country or a region, counted or in a title: 全国229家国家级
# 经开区, a region's 西部某地区N家国家级经开区, a title naming 国家级经济技术开发区 with no place before it.
_NATIONAL = re.compile(
    r"(?P<scope>全国|东部地区|中西部地区|中部地区|西部地区|东北地区)?(?P<count>(?<!\d)\d+[家个])?国家级?"
    r"(?P<type>经济技术开发区|经开区|高新技术产业开发区|高新区)"
)
_FULL_TYPE = {"经开区": "经济技术开发区", "高新区": "高新技术产业开发区"}
_MORE_THAN_ANY_PROVINCE = 50


# The country's comprehensive bonded zones (全国综合保税区实现进出口…): no level is written for them.
_NATIONAL_BONDED = re.compile(r"(?:全国|我国)(?:共有)?(?:\d+个)?(?:综合保税区|综保区)")


def _national_hits(text: str, reference: Reference, main_zone: str | None, title: bool) -> list[ZoneHit]:
    out: list[ZoneHit] = []
    for m in _NATIONAL_BONDED.finditer(text):
        if _is_a_field(text, m.start(), m.end(), title):
            continue
        name, rule = "全国综合保税区", "zone_aggregate_national"
        if main_zone is not None and name != main_zone:
            name, rule = "", NOT_A_SUBJECT
        out.append(ZoneHit(m.start(), m.end(), m.group(0), name, rule, "aggregate"))
    for m in _NATIONAL.finditer(text) if "国家" in text else ():
        name = (m.group("scope") or "全国") + "国家级" + _FULL_TYPE.get(m.group("type"), m.group("type"))
        before = text[max(0, m.start() - 1) : m.start()]
        # (a year before the name, 2023年国家级经开区…, is no place)
        dated = before == "年" and re.search(r"\d年$", text[max(0, m.start() - 2) : m.start()])
        # (the country's zones counted: 我国共有230家国家级经开区; a count after a list of cities is theirs)
        of_country = bool(m.group("count")) and re.search(
            r"(?:我国|全国|国内)[^,;。、]{0,4}$", text[max(0, m.start() - 8) : m.start()]
        )
        place_before = (
            not m.group("scope")
            and not of_country
            and re.match(r"[\u4e00-\u9fff]", before)
            and before not in "为是和与及、"
            and not dated
        )
        # (a small count alone is a province's or a region's: no province has 50 national zones of
        # one kind, the country has had more than that of each since the 2000s)
        national_count = bool(m.group("count")) and int(m.group("count")[:-1]) >= _MORE_THAN_ANY_PROVINCE
        counted_or_titled = bool(m.group("scope") or of_country or national_count) or (title and not place_before)
        # a bare mention in the body is the aggregate only in a report about it
        if place_before or _is_a_field(text, m.start(), m.end(), title) or not (counted_or_titled or main_zone == name):
            continue
        rule = "zone_aggregate_national"
        # a region's national zones are a part of the country's, named in a report about those
        region_of_subject = m.group("scope") not in (None, "全国") and main_zone == "全国" + name.split("地区", 1)[-1]
        if main_zone is not None and name != main_zone and not region_of_subject:
            name, rule = "", NOT_A_SUBJECT
        out.append(ZoneHit(m.start(), m.end(), m.group(0), name, rule, "aggregate"))
    return out


# The count kept in a city's or county's counted aggregate (某市11个产业集聚区).
_COUNT_IN_NAME = re.compile(r"(?<=[市县区旗])(?P<number>[一二三四五六七八九十两\d]+)(?:家|个)")


_SHORT_NAME_AFTER = re.compile(r"(?:[(（][\u4e00-\u9fff]{1,6}[)）])?[(（]以下(?:简称|称)为?[“\"]([^”\"]{2,12})[”\"][)）]")


def aggregate_scopes(texts: list[str], places: dict[str, Place], reference: Reference) -> dict[str, str]:
    """A report that defines its aggregate once with a scope (全省40家省级以上开发区) and then
    writes 全省开发区 means the same zones: each unscoped aggregate name → the one scoped name the
    document gives that place's zones of that type (none when it gives two scopes)."""
    scoped: dict[str, set[str]] = {}
    counted: dict[str, dict[str, list[str]]] = {}  # uncounted name → number → names, in order written
    short: dict[str, str] = {}  # "全市8个省级以上园区(以下简称“全市园区”)": the short name → the group
    for text in texts:
        # (a group the text assesses, 对本市12家省级以上开发区开展考评, is defined there too)
        for hit in aggregate_hits(text, places, reference, assessed=True):
            defined = _SHORT_NAME_AFTER.match(text, hit.end)
            if hit.zone and defined:
                # (a line may break inside the short name)
                for alias in aggregate_hits(re.sub(r"\s+", "", defined.group(1)), places, reference):
                    if alias.zone and alias.zone != hit.zone:
                        short[alias.zone] = hit.zone
            m = _PLACE_AGGREGATE.search(hit.surface)
            if hit.zone and m and m.group("scope") != "各类":
                unscoped = hit.zone.replace(m.group("scope"), "", 1)
                scoped.setdefault(unscoped, set()).add(hit.zone)
                if m.group("type") in ("产业园区", "工业园区"):
                    # (全市11家省级及以上工业园区…;全市园区…: 园区 is what the report calls those parks)
                    bare = unscoped.removesuffix(m.group("type")) + "园区"
                    scoped.setdefault(bare, set()).add(hit.zone)
            count = _COUNT_IN_NAME.search(hit.zone) if hit.rule == "zone_aggregate_of_document_place" else None
            if count:
                uncounted = hit.zone[: count.start()] + hit.zone[count.end() :]
                counted.setdefault(uncounted, {}).setdefault(count.group("number"), []).append(hit.zone)
    scopes = {unscoped: names.pop() for unscoped, names in scoped.items() if len(names) == 1}
    scopes.update(short)
    for uncounted, by_number in counted.items():
        # one count for the place's zones of a type (11个 and 11家 are one): every other way the
        # document writes them (全市产业集聚区, 我市11家产业集聚区) means that group
        if len(by_number) == 1 and uncounted not in scopes:
            names = next(iter(by_number.values()))
            scopes.update({other: names[0] for other in [uncounted, *names] if other != names[0]})
    return scopes


# Bare words that stand for the context zone, longest first (经济开发区 before 开发区).
_TIME_BEFORE = re.compile(r"(?:\d年度?|\d月份?|季度|以来|上半年|下半年|全年|同期)$")
_GENERIC_WORDS = tuple(sorted((*ANAPHORA, "经济开发区", "高新园区", "高新技术产业园区"), key=len, reverse=True))


class _Spans:
    """Non-overlapping spans, kept sorted: whether a new span is free costs a bisection, not a
    pass over every span taken (a paragraph can name hundreds of zones)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, start)
        if i and self._ends[i - 1] > start:
            return False
        return i == len(self._starts) or self._starts[i] >= end

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


# "…增长12.5%。其中:甲工业园区增长15%,乙产业园区增长16%": parks named in a list of parts, each
# with its own figure right after it; outside such a list a proper name before 工业园区 is too often
# a kind of park (新材料工业园区) to be taken for one.
_PART_LISTED = re.compile(
    r"(?:其中[:：]?|(?<=[%元个家亿],)|(?<=[%元个家亿];))(?P<name>[\u4e00-\u9fff]{2,6}(?:工业园区|产业园区|工业园|产业园))"
    r"(?=增长|下降|为|达|完成|实现)"
)


def _parts_listed(text: str) -> list[ZoneHit]:
    out: list[ZoneHit] = []
    for match in _PART_LISTED.finditer(text):
        sentence_start = max(text.rfind(p, 0, match.start()) for p in "。!?") + 1
        if "其中" not in text[sentence_start : match.end()]:
            continue
        name = match.group("name")
        out.append(ZoneHit(match.start("name"), match.end("name"), name, name, "zone_part_listed", zone_type_of(name)))
    return out


# "…3家:甲工业园区、乙出口配套加工园区、丙对口协作产业园区": zones counted, then listed after
# a colon; each item is a whole name, however long and whatever place no dictionary knows opens it
_COUNTED_THEN_LISTED = re.compile(rf"{COUNT_OF_UNITS}[:：](?P<items>[^,;。:!?\n]{{4,400}})")
_LISTED_ITEM = re.compile(rf"[\u4e00-\u9fff()]{{2,20}}?(?:{_SUFFIX_RE})")


def _listed_after_count(text: str) -> list[ZoneHit]:
    out: list[ZoneHit] = []
    for match in _COUNTED_THEN_LISTED.finditer(text):
        items = match.group("items").split("、")
        if len(items) < 2 or not all(_LISTED_ITEM.fullmatch(item) for item in items):
            continue
        start = match.start("items")
        for item in items:
            out.append(ZoneHit(start, start + len(item), item, item, "zone_listed_after_count", zone_type_of(item)))
            start += len(item) + 1
    return out


# "某县工业园" is how a county's industrial park is commonly called: with a city, county or district
# right before it, 工业园 names that place's zone (an industry before it, 新材料工业园, does not).
# 产业园 names one too (Guangdong's 某市产业园), but only where the place opens the name: inside
# a longer name (某湖新兴产业园) the place's words are part of a park's own name.
_SHORT_PARK = re.compile(r"(?:工业园|产业园)(?!区)")
_NAME_OPENS = re.compile(r"[^\u4e00-\u9fff]|[、和及与省市县]")


def _places_industrial_parks(text: str, reference: Reference) -> list[ZoneHit]:
    out: list[ZoneHit] = []
    for match in _SHORT_PARK.finditer(text):
        place = next(
            (
                text[i : match.start()]
                for i in range(max(0, match.start() - 6), match.start() - 1)
                if _is_local_place(text[i : match.start()], reference)
            ),
            None,
        )
        if place is None:
            continue
        start = match.start() - len(place)
        if match.group(0) == "产业园" and start > 0 and not _NAME_OPENS.match(text, start - 1):
            continue
        name = text[start : match.end()]
        out.append(ZoneHit(start, match.end(), name, name, "zone_place_industrial_park", zone_type_of(name)))
    return out


# "广州(清远)产业转移工业园": a park one city runs in another, both named
_PAIRED_CITIES_PARK = re.compile(
    r"(?P<a>[\u4e00-\u9fff]{2,4})\((?P<b>[\u4e00-\u9fff]{2,4})\)(?:产业转移工业园区?|产业转移园|产业园区?|工业园区?)"
)


def _paired_cities_parks(text: str, reference: Reference) -> list[ZoneHit]:
    out: list[ZoneHit] = []
    for match in _PAIRED_CITIES_PARK.finditer(text):
        # the first city may have words glued before it (公布广州(清远)…): its name ends at the bracket
        first = match.group("a")
        cut = next((i for i in range(len(first) - 1) if _is_local_place(first[i:], reference)), None)
        if cut is None or not _is_local_place(match.group("b"), reference):
            continue
        start = match.start() + cut
        name = text[start : match.end()]
        out.append(ZoneHit(start, match.end(), name, name, "zone_paired_cities_park", zone_type_of(name)))
    return out


def paired_park_hosts(text: str, reference: Reference) -> list[str]:
    """The hosts of the parks one city runs in another (广州(清远)产业园 lies in 清远)."""
    return [hit.zone[hit.zone.index("(") + 1 : hit.zone.index(")")] for hit in _paired_cities_parks(text, reference)]


# "甲、乙(丙)、丁戊产业园": places listed before a park word share it, each a park of its own (a
# province's parks are named after their city, a county after its city, or a city beside the
# city that runs it).
_PARK_KIND = re.compile(r"产业转移工业园区?|产业转移园|产业园区?|工业园区?")
_PARK_ITEM = r"[\u4e00-\u9fff]{2,8}(?:\([\u4e00-\u9fff]{2,4}\))?"
_PARKS_LISTED_BEFORE = re.compile(rf"(?:{_PARK_ITEM}、)+{_PARK_ITEM}$")


def _parks_sharing_a_kind(text: str, reference: Reference) -> list[ZoneHit]:
    out: list[ZoneHit] = []
    for kind in _PARK_KIND.finditer(text):
        listed = _PARKS_LISTED_BEFORE.search(text, max(0, kind.start() - 160), kind.start())
        if listed is None:
            continue
        items = [(listed.start() + m.start(), m.group(0)) for m in re.finditer(r"[^、]+", listed.group(0))]
        first_start, first = items[0]
        cut = next((i for i in range(len(first) - 1) if _is_listed_park_place(first[i:], reference)), None)
        if cut is None:
            continue
        items[0] = (first_start + cut, first[cut:])
        # after the first, an item may name its park after its city (甲市乙: a park, not a county)
        if not all(_is_listed_park_place(item, reference) or _opens_with_city(item, reference) for _, item in items[1:]):
            continue
        for start, item in items:
            name = item + kind.group(0)
            end = kind.end() if start == items[-1][0] else start + len(item)
            out.append(ZoneHit(start, end, item, name, "zone_parks_sharing_a_kind", zone_type_of(name)))
    return out


def _opens_with_city(item: str, reference: Reference) -> bool:
    return 3 <= len(item) <= 6 and any(
        p.level == "city" for cut in (2, 3) for p in reference.places_by_name.get(item[:cut] + "市", ())
    )


_PAIRED_PLACES = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,4})\((?P<b>[\u4e00-\u9fff]{2,4})\)")


def _is_listed_park_place(item: str, reference: Reference) -> bool:
    paired = _PAIRED_PLACES.fullmatch(item)
    if paired:
        return _is_local_place(paired.group("a"), reference) and _is_local_place(paired.group("b"), reference)
    return _is_local_place(item, reference)


# "甲工业园11个大中型项目加快建设": a park with a count of projects right after it is where they are
_PARK_BEFORE_COUNT = re.compile(
    r"[\u4e00-\u9fff]{2,10}(?:工业园|产业园|科技园|物流园)区?(?=(?:共有|有|共)?\d+个[\u4e00-\u9fff]{0,10}?项目)"
)


def _parks_before_counts(text: str) -> list[ZoneHit]:
    out: list[ZoneHit] = []
    if "项目" not in text:
        return out
    for match in _PARK_BEFORE_COUNT.finditer(text):
        raw = match.group(0)
        cut = max((raw.rfind(w) + len(w) for w in _LEFT_CUTS if w in raw[:-3]), default=0)
        name = raw[cut:]
        if len(name) - len(re.sub(r"^.*?(工业园|产业园|科技园|物流园)区?$", r"\1", name)) < 2:
            continue  # (a bare 工业园: no name)
        start = match.start() + cut
        out.append(ZoneHit(start, match.end(), name, name, "zone_park_before_count_of_projects", zone_type_of(name)))
    return out


def find_zones(text: str, doc_zones: DocumentZones) -> list[ZoneHit]:
    """Zone mentions in one normalised paragraph, in order, with no overlaps."""
    hits: list[ZoneHit] = []
    taken = _Spans()
    free = taken.free

    reference = doc_zones.reference
    # Aggregates first, then dictionary aliases (longest first), then pattern names, then anaphora.
    aggregates = aggregate_hits(text, doc_zones.places, reference, doc_zones.main_zone)
    for hit in [*_paired_cities_parks(text, reference), *aggregates, *_level_groups_of_subject(text, doc_zones)]:
        if free(hit.start, hit.end):
            if hit.zone in doc_zones.aggregate_scopes:
                hit = replace(hit, zone=doc_zones.aggregate_scopes[hit.zone], rule=f"{hit.rule}:scope_defined_in_document")
            hits.append(hit)
            taken.add(hit.start, hit.end)
    defined = sorted(doc_zones.defined_names.items(), key=lambda kv: len(kv[0]), reverse=True)
    # a counted group defined for the document (某省13个重点园区(简称“重点园区”)) is named in full too
    groups = [(full, full) for full in dict.fromkeys(f for _, f in defined) if _COUNT_IN_GROUP.search(full)]
    for short, full in [*groups, *defined]:
        kind = "aggregate" if _COUNT_IN_GROUP.search(full) else zone_type_of(full)
        for match in re.finditer(re.escape(short), text):
            if free(match.start(), match.end()):
                hits.append(ZoneHit(match.start(), match.end(), short, full, "zone_defined_in_document", kind))
                taken.add(match.start(), match.end())
    for alias in doc_zones.local_aliases:  # an alias of another place's zone is not looked for
        if alias not in text:
            continue
        for match in re.finditer(re.escape(alias), text):
            if free(match.start(), match.end()):
                zone = reference.zones[reference.zone_aliases[alias]]
                hits.append(ZoneHit(match.start(), match.end(), alias, zone.canonical_name, "zone_dictionary", zone.zone_type))
                taken.add(match.start(), match.end())
    for item in _listed_after_count(text):
        if free(item.start, item.end):
            hits.append(item)
            taken.add(item.start, item.end)
    names = doc_zones.names_in.get(text)
    for start, end, name in names if names is not None else candidate_names(text, reference):
        if not free(start, end):
            continue
        resolved = doc_zones.resolve(name)
        if resolved is None:
            continue
        zone_name, how = resolved
        hits.append(ZoneHit(start, end, name, zone_name, f"zone_{how}", zone_type_of(name)))
        taken.add(start, end)
    for item in _places_of_a_kind(text, doc_zones):
        if free(item.start, item.end):
            hits.append(item)
            taken.add(item.start, item.end)
    parks = [*_parks_sharing_a_kind(text, reference), *_parts_listed(text), *_places_industrial_parks(text, reference)]
    for item in [*_parks_before_counts(text), *parks]:
        if free(item.start, item.end):
            hits.append(item)
            taken.add(item.start, item.end)
    for hit in [h for h in hits if not h.generic and h.zone_type not in (None, "aggregate")]:
        for item in _shared_suffix_items(text, hit, doc_zones):
            if free(item.start, item.end):
                hits.append(item)
                taken.add(item.start, item.end)
    for word in _GENERIC_WORDS:
        if word not in text:
            continue
        for match in re.finditer(re.escape(word), text):
            start, end = match.span()
            if not free(start, end):
                continue
            before = text[start - 1] if start else ""
            after = text[end] if end < len(text) else ""
            if (
                re.fullmatch(r"全[省市县]", text[max(0, start - 2) : start])
                and _is_a_field(text, start - 2, end)
                and text[start - 3 : start - 2] != "占"  # (占全市开发区…比重: the share's whole names its indicator)
            ):
                continue  # (增幅在全省开发区里排第7名: the field a rank is in, no zone)
            # "6个高新区现有企业…": the document's zones counted, the group the figure after is of (with
            # no figure of their own after them, 6家经济开发区全部通过评审 counts the zones)
            counted = bool(re.search(r"(?<![\d.])[\d一二三四五六七八九十两]+[个家]$", text[max(0, start - 5) : start])) and bool(
                re.match(r"[^,;。]*?\d", text[end:])
            )
            inside_word = (
                before
                and "\u4e00" <= before <= "\u9fff"
                and before not in "该本全经"
                and text[start - 2 : start] != "其中"
                # ("该县经开区", "我市高新区": the place's zone, the word itself)
                and not re.fullmatch(r"[该本我全][县市区旗]", text[max(0, start - 2) : start])
                # ("2014年开发区…", "今年以来园区…": a time before the word, not a name it ends)
                and not _TIME_BEFORE.search(text, max(0, start - 5), start)
            )
            assessed = _ASSESSED_BEFORE.search(text, max(0, start - 8), start)
            if assessed and not _is_a_field(text, assessed.start(), end):
                # "全部参评开发区…": the zones an assessment is made of, the document's place's zones
                # (its subject when that is such a group), never one zone
                subject = doc_zones.main_zone
                group = subject if subject_place(subject, reference) else _place_group(word, doc_zones)
                hits.append(ZoneHit(start, end, word, group or "", "zone_assessed_group", "aggregate"))
                taken.add(start, end)
                continue
            if inside_word and not counted:
                continue  # part of a longer word (国家级开发区, 省级经济开发区); 其中经开区 is the zone
            if after in "内外" and word in ("园区",):
                continue
            hit = ZoneHit(start, end, word, "", "zone_anaphora", zone_type_of(word), generic=True)
            if inside_word:
                # only the document's own group: the subject, when it is of that kind
                group = resolve_generic(hit, doc_zones.main_zone, doc_zones, reference) if doc_zones.main_zone else None
                if group != doc_zones.main_zone or group is None:
                    continue
                hit = replace(hit, zone=group, rule="zone_counted_group_of_subject", generic=False)
            hits.append(hit)
            taken.add(start, end)
    # "镜湖新区片区", "城北区块": a part of the zone named after a place, not a zone of its own.
    hits = [h for h in hits if h.generic or not re.match(r"(片区|区块|板块)", text[h.end : h.end + 2])]
    # "青山工业园(二期)、甲项目等全面开工": a park's phase is a project being built, not a zone
    hits = [h for h in hits if h.generic or not _PHASE_AFTER.match(text, h.end)]
    hits.sort(key=lambda h: h.start)
    hits = _former_names(text, hits, doc_zones.main_zone)
    return _mark_second_plates(text, hits)


_COUNT_IN_GROUP = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)(?:个|家)")
_TYPE_WORDS = "高新技术产业开发区|经济技术开发区|经济开发区|产业集聚区|工业集中区|工业园区|产业园区|开发区|高新区|经开区|园区"
# what follows a place's name in a group of its zones: 四川省高新区, 某市省级以上开发区
_GROUP_REST = re.compile(
    r"(?:[一二三四五六七八九十两\d]+(?:家|个))?(?:省级及以上|省级以上|自治区级及以上|自治区级以上|市级以上|国家级|省级|各类)?"
    rf"(?:{_TYPE_WORDS})"
)
# zones of one level, with no place before them: "其中,8个国家高新区…", "省级开发区实现…"
_LEVEL_GROUP = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=其中))(?:[一二三四五六七八九十两\d]+(?:家|个))?"
    rf"(?P<level>国家级|国家|省级|自治区级|市级)(?P<type>{_TYPE_WORDS})"
)


# the zones an assessment is made of: 参评开发区, 参与评价的园区
_ASSESSED_BEFORE = re.compile(r"(?:参评|参与评价|参加评价|参与考核|参加考核|参与考评|参加考评)的?$")


def _place_group(word: str, doc_zones: DocumentZones) -> str | None:
    """The zones of one kind in the document's place (its city, else its province) as one group."""
    place = doc_zones.places.get("city") or doc_zones.places.get("province")
    return doc_zones.reference.canonical_zone_name(place.name + word) if place else None


def subject_place(main_zone: str | None, reference: Reference) -> str | None:
    """The place whose zones the subject is as one group (四川省 of 四川省高新区); None when the
    subject is one zone."""
    name = main_zone or ""
    for cut in range(len(name) - 2, 1, -1):
        head, rest = name[:cut], name[cut:]
        # 四川高新技术产业开发区: the province's, by its short name (天津经开区, 吉林高新区: one zone)
        one_zone = head in _MUNICIPALITIES or reference.places_by_name.get(head + "市")
        if head in reference.province_names and not one_zone and _GROUP_REST.fullmatch(rest):
            return reference.province_names[head]
        if head[-1] in "省市县区" and head in reference.places_by_name and _GROUP_REST.fullmatch(rest):
            return head
    return None


def _level_groups_of_subject(text: str, doc_zones: DocumentZones) -> list[ZoneHit]:
    """In a report on a place's zones, its zones of one level named with no place (其中,国家高新区
    实现…,省级高新区实现…) are that place's zones of that level, a group of their own."""
    if "级" not in text and "国家" not in text:
        return []
    place = subject_place(doc_zones.main_zone, doc_zones.reference)
    if place is None:
        return []
    return [
        ZoneHit(
            m.start(), m.end(), m.group(0), place + m.group("level") + m.group("type"), "zone_level_group_of_subject", "aggregate"
        )
        for m in _LEVEL_GROUP.finditer(text)
        # (其中国家级经开区8家: the level counted among the subject's zones, not a group speaking)
        if not _is_a_field(text, m.start(), m.end()) and not re.match(r"[一二三四五六七八九十两\d]+(?:家|个)", text[m.end() :])
    ]


_PHASE_AFTER = re.compile(r"\(?[一二三四五六七八九十\d]期(?:工程|项目)?\)?(?:[、和及与]|项目|工程|等|建设|开工|竣工|投产)")


# "其前身为2001年设立的某某开发区": the document's zone under its earlier name.
_FORMER_NAME_BEFORE = re.compile(r"前身(?:为|是)[^,;。]{0,14}$")


def _former_names(text: str, hits: list[ZoneHit], main_zone: str | None) -> list[ZoneHit]:
    """A zone's earlier name (甲经开区的前身为乙开发区, 其前身为…) stands for the zone named before
    it, or for the document's zone when none is."""
    out: list[ZoneHit] = []
    owner: str | None = None
    for hit in hits:
        if hit.generic:
            out.append(hit)
            continue
        if _FORMER_NAME_BEFORE.search(text, max(0, hit.start - 20), hit.start):
            target = owner or main_zone
            if target is not None and target != hit.zone:
                hit = replace(hit, zone=target, rule="zone_former_name")
        else:
            owner = hit.zone
        out.append(hit)
    return out


_LISTED_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{2,6}[、和及与])+$")


def _is_local_place(name: str, reference: Reference) -> bool:
    """A city or county (苏州, 吴川, 河源龙川: a county after its city), never a province."""
    heads = reference.local_place_heads
    for cut in [len(name), *range(2, len(name) - 1)]:
        if name[:cut] in heads and (cut == len(name) or _is_local_place(name[cut:], reference)):
            return True
    return False


def _local_place_then_proper(name: str, reference: Reference) -> bool:
    """A city or county followed by a short proper name of its own (大连长兴岛, 某县某镇)."""
    return any(
        _is_local_place(name[:cut].removesuffix("市"), reference)
        and 2 <= len(name) - cut <= 4
        and not _NOT_A_PROPER_NAME.match(name[cut:])
        and not re.search(r"[年月日的和与及、]", name[cut:])
        for cut in range(2, len(name) - 1)
    )


def _shared_suffix_items(text: str, hit: ZoneHit, doc_zones: DocumentZones) -> list[ZoneHit]:
    """ "南京、苏州、无锡高新区": places listed before the last one share its type word, so each
    is a zone of that type (南京高新区, 苏州高新区)."""
    reference = doc_zones.reference
    suffix = zone_type_of(hit.surface) or ""
    if suffix and hit.surface[: -len(suffix)].endswith("国家"):
        suffix = "国家" + suffix  # "南宁、柳州国家高新区": 国家 is shared with the type word
    own = hit.surface[: len(hit.surface) - len(suffix)]
    listed = _LISTED_BEFORE.search(text, max(0, hit.start - 60), hit.start)
    if not suffix or listed is None or not _is_local_place(own, reference):
        return []
    items = [(listed.start() + m.start(), m.group(0)) for m in re.finditer(r"[^、和及与]+", listed.group(0))]
    if items:
        # the first item may have the words before the list glued to it (已确定南宁、柳州…)
        first_start, first = items[0]
        cut = next((i for i in range(len(first) - 1) if _is_local_place(first[i:], reference)), None)
        if cut is not None:
            items[0] = (first_start + cut, first[cut:])
    if not all(_is_local_place(item, reference) for _, item in items):
        return []
    out = []
    for start, item in items:
        name = item + suffix
        resolved = doc_zones.resolve(name)
        zone = resolved[0] if resolved else _without_city_mark(name, reference)
        out.append(ZoneHit(start, start + len(item), item, zone, "zone_shared_type_word", hit.zone_type))
    return out


# (a count starts where a run of digits does, and is short: a long run of digits is scanned once)
_KIND_COUNTED = re.compile(
    r"(?:等?(?:(?<!\d)\d{1,5}|[两二三四五六七八九十]{1,4})(?:家|个)|等)(?P<level>省级|国家级|国家|市级|自治区级)?"
    r"(?P<type>高新技术产业开发区|高新技术产业园区|经济技术开发区|经济开发区|产业集聚区|综合保税区|工业园区|"
    r"高新区|经开区|开发区|综保区)"
)
# the places before 等, looked for in a bounded window so that a long list costs its length once
_PLACES_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{2,6}[、和及与])+[\u4e00-\u9fff]{2,6}$")


_NATIONAL_FULL = {"高新区": "高新技术产业开发区", "经开区": "经济技术开发区", "开发区": "经济技术开发区"}


def _places_of_a_kind(text: str, doc_zones: DocumentZones) -> list[ZoneHit]:
    """ "甲、乙、丙等10家省级高新区", "甲、乙、丙3家高新区", "甲、乙等经开区": places named before
    a count of zones of one kind are each a zone of that kind (长治高新区, 锦州高新区, 连云港高新区);
    after the first, a place may carry its zone's own name (某市某湖高新区)."""
    reference = doc_zones.reference
    out: list[ZoneHit] = []
    for counted in _KIND_COUNTED.finditer(text):
        window = max(0, counted.start() - 80)
        match = _PLACES_BEFORE.search(text, window, counted.start())
        if match is None:
            continue
        items = [(match.start() + m.start(), m.group(0)) for m in re.finditer(r"[^、和及与]+", match.group(0))]
        # the first item may have the words before the list glued to it (批复甲、乙…)
        first_start, first = items[0]
        cut = next((i for i in range(len(first) - 1) if _is_local_place(first[i:], reference)), None)
        if cut is None or not all(_is_local_place(item, reference) or _opens_with_city(item, reference) for _, item in items[1:]):
            continue
        items[0] = (first_start + cut, first[cut:])
        for start, item in items:
            name = item + counted.group("type")
            fuller = (item + full for full in _SHORT_TO_FULL.get(counted.group("type"), ()))
            resolved = doc_zones.resolve(name) or next(filter(None, map(doc_zones.resolve, fuller)), None)
            national = _NATIONAL_FULL.get(counted.group("type")) if counted.group("level") in ("国家", "国家级") else None
            # (a national zone's full name is certain from its kind: 某某4家国家高新区 → 某高新技术产业开发区)
            zone = resolved[0] if resolved else _without_city_mark(item + national if national else name, reference)
            # (the last item's mention runs to the kind the items share)
            end = counted.end() if start == items[-1][0] else start + len(item)
            out.append(ZoneHit(start, end, text[start:end], zone, "zone_places_of_a_kind", zone_type_of(name)))
    return out


def _mark_second_plates(text: str, hits: list[ZoneHit]) -> list[ZoneHit]:
    out: list[ZoneHit] = []
    for hit in hits:
        if out and not out[-1].generic:
            prev = out[-1]
            between = text[prev.end : hit.start]
            if re.fullmatch(r"[(（]([\u4e00-\u9fff]{2,3}省)?", between) or re.fullmatch(r"[)）][(（]", between):
                hit = ZoneHit(**{**hit.__dict__, "alias_of_previous": True})
        out.append(hit)
    return out


# A bare word that names a kind stands only for a zone whose name shows that kind.
_GROUP_NAME = re.compile(r"省级以上|省级及以上|国家级|省级|各|全市|全省|全县|全区")
_KIND_MARKS = {
    "高新区": ("高新",),
    "高新园区": ("高新",),
    "高新技术产业园区": ("高新",),
    "经开区": ("经济技术开发区", "经济开发区", "经开区"),
    "经济开发区": ("经济技术开发区", "经济开发区", "经开区"),
    "新区": ("新区",),
    "综保区": ("综合保税区", "综保区"),
    "保税区": ("保税区", "综保区"),
}


def _stands_for(word: str, zone: str, zone_type: str) -> bool:
    marks = _KIND_MARKS.get(word)
    if marks is not None:
        return any(mark in zone for mark in marks)
    if word == "开发区":
        return any(mark in zone for mark in ("开发区", "经开区", "高新区")) or zone_type == "aggregate"
    return True


def resolve_generic(hit: ZoneHit, fallback: str | None, doc_zones: DocumentZones, reference: Reference) -> str | None:
    """The zone a bare type word stands for: the zone in context if the kind fits, else the locality's."""
    if not hit.generic:
        return hit.zone
    if fallback:
        zone = reference.zone_by_alias(fallback)
        fallback_type = zone.zone_type if zone else (zone_type_of(fallback) or "")
        if _stands_for(hit.surface, fallback, fallback_type):
            return fallback
    if hit.surface in doc_zones.defined_bare_words:
        return doc_zones.defined_bare_words[hit.surface]
    local = doc_zones.locality_zone(hit.surface)
    if local is not None:
        return local.canonical_name
    named = doc_zones.only_named_of_kind(hit.surface)
    if named is not None:
        return named
    # (a county's or district's own report that names none of its zones: 全区…;经开区… is its own)
    own = doc_zones.places.get("county_alone") or (doc_zones.places.get("county") if fallback is None else None)
    if own is not None and hit.surface in _OWN_KIND:
        # a county's own page ("其中经济开发区…" under its “一区四园”): the county's zone of that kind
        return own.short_name + _OWN_KIND[hit.surface]
    return None


_OWN_KIND = {"经济开发区": "经济开发区", "经开区": "经济开发区", "高新区": "高新技术产业开发区"}
