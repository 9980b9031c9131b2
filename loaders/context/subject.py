"""Document subject: which zone a document is about, and which place it speaks from.

One entry point, :func:`decide_subject`. Evidence, strongest first: a zone named in the title or
first heading; zone names in the opening paragraphs; how often each zone is named. A document
that only ever says 经开区 / 高新区 and names exactly one city is about that city's zone of that
kind. The document's places (province, city, county) come from administrative names written in
full (湖南省, 洛阳市, 长兴县), from the place part of the zone names and from a host name that
is a place's pinyin (loaders/context/address.py); they name the aggregates
the document speaks of (全市省级以上开发区 of a 洛阳 report is 洛阳市省级以上开发区). What no
evidence supports stays None.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from loaders.context.address import address_places
from loaders.extract.zones import (
    _MUNICIPALITIES,
    ANAPHORA,
    TYPE_SUFFIXES,
    DocumentZones,
    aggregate_hits,
    aggregate_scopes,
    candidate_names,
    named_as_partner,
    paired_park_hosts,
    park_names,
    parks_listed_with_their_count,
    place_core,
    resolve_pattern_names,
    town_park_without_place,
    zone_type_of,
)
from loaders.reference import Place, Reference

# Generic words by which a document names the zone it is about, most specific first.
_GENERIC_WORDS = (
    "经济技术开发区",
    "高新技术产业开发区",
    "高新技术产业园区",
    "经济开发区",
    "高新园区",
    "高新区",
    "经开区",
    "开发区",
    "产业集聚区",
    "工业园区",
    "综合保税区",
    "综保区",
    "保税区",
    "台商投资区",
)
_LEVELS = ("province", "city", "county")
# The standard full form of a short type word, for a name the document never writes in full.
_STANDARD_FULL_NAME = {
    "经开区": "经济技术开发区",
    "高新区": "高新技术产业开发区",
    "高新园区": "高新技术产业园区",
    "综保区": "综合保税区",
}
# Where a place name is an address or an institution, not the place a report speaks of.
_NOT_THE_PLACE_AFTER = re.compile(r"^(大学|学院|校区|路|街|大道|号|银行|公司|集团|中学|小学|医院)")
_TITLE_WEIGHT, _OPENING_WEIGHT, _OPENING_PARAGRAPHS = 5, 2, 3
# A word by which a document speaks of a zone (or of zones) in its opening.
_ZONE_WORD = re.compile(r"(开发区|高新区|经开区|园区|集聚区|工业集中区|新区|示范区|投资区|保税区|综保区)")
# The main zone must be named this many times as often as the next one, unless the title names it.
_DOMINANCE = 2


def document_places(texts: list[str], title: str, reference: Reference, url: str | None = None) -> dict[str, Place]:
    """The province, city and county a document speaks from (normalised paragraphs and title, and
    the address it was fetched from)."""
    texts = [_without_contact_lines(text) for text in texts]
    title = _without_contact_lines(title)
    names = [name for text in [title, *texts] for _, _, name in candidate_names(text, reference)]
    return _documents_places(texts, title, names, reference, url)


def _after_its_city(text: str, start: int, place: Place, reference: Reference) -> bool:
    city = reference.places_by_adcode.get(place.adcode[:4] + "00")
    return city is not None and text[max(0, start - len(city.short_name)) : start] == city.short_name


def _documents_places(texts: list[str], title: str, names: list[str], reference: Reference, url: str | None) -> dict[str, Place]:
    """The province, city and county a document speaks from: the most named of each level."""
    counts: dict[str, Counter[str]] = {level: Counter() for level in _LEVELS}
    joined = title + "\n" + "\n".join(texts)
    masthead_place: Place | None = None
    for masthead in re.finditer(
        r"今日([\u4e00-\u9fff]{2,3}?)(?=[\s两第]|$)|([\u4e00-\u9fff]{2,3}?)(?:日报|晚报|新闻网|报业网|融媒体中心|融媒)", joined
    ):
        # a local paper's masthead (今日某县, 某市日报) names the place it reports on
        short = masthead.group(1) or masthead.group(2)
        papers_province = [p for p in reference.places_by_name.get(short + "省", ()) if p.level == "province"]
        if papers_province:
            # a province's paper (河北日报) reports on the province, not on a district of that name
            counts["province"][papers_province[0].adcode] += 3
            continue
        for level, suffixes in (("county", ("县", "市", "区")), ("city", ("市",))):
            found = [p for suffix in suffixes for p in reference.places_by_name.get(short + suffix, ()) if p.level == level]
            if len(found) == 1:
                counts[level][found[0].adcode] += 3
                masthead_place = masthead_place or found[0]
    # full names end in 省/市/县/区/州/盟/旗: look back from each such character only
    for m in re.finditer(r"[省市县区州盟旗]", joined):
        end = m.end()
        name = next(
            (joined[end - n : end] for n in range(7, 1, -1) if joined[end - n : end] in reference.unique_place_names), None
        )
        if name and not _NOT_THE_PLACE_AFTER.match(joined[end : end + 2]):
            place = reference.places_by_name[name][0]
            if len(name) == 2 and name.endswith("区") and not _after_its_city(joined, end - 2, place, reference):
                continue  # (东区, 西区 alone are parts of anything: "做优东区载体")
            counts[place.level][place.adcode] += 1
    for named_province in reference.province_places:
        # province short names (河南, 湖北) are rarely anything else; they count when no city says more
        short = named_province.short_name
        mentions = joined.count(short) if len(short) >= 2 else 0
        if mentions:
            counts["province"][named_province.adcode] += mentions
    for zone_name in names:
        core = place_core(zone_name, reference.provinces)
        for candidates in (reference.places_by_name.get(core + suffix, ()) for suffix in ("市", "县", "区", "")):
            if len(candidates) == 1:
                counts[candidates[0].level][candidates[0].adcode] += 1
                break
    for host in paired_park_hosts(joined, reference) if "(" in joined else ():
        # a park one city runs in another lies in the host: a page about it speaks from there
        hosts = [reference.places_by_name.get(host + suffix, ()) for suffix in ("市", "县", "区", "")]
        for place in next((places for places in hosts if len(places) == 1), ()):
            # (of a county, 某某(和平)产业园, the city it lies in: the county may be named only there)
            counts["city"][place.adcode[:4] + "00"] += 2
    provinces_in_title = {p.adcode[:2] for p in reference.province_places if p.short_name in title}
    for short, prefecture in reference.prefectures_by_short_name.items() if title else ():
        # (not where the title names another province: 温州市湖南商会 is a host, 湖南 the subject)
        if short in title and provinces_in_title <= {prefecture.adcode[:2]}:
            # "某市3个开发区考评进位": a city the title names by its short name is what the page
            # reports on, more than a city named once in passing in the text
            counts["city"][prefecture.adcode] += 2
    if not any(counts.values()):
        # a text that names no place in full, no province and no zone of a place may still name
        # a prefecture by its short name (成都平原经济区): the last evidence there is
        for short, prefecture in reference.prefectures_by_short_name.items():
            if short in joined:
                counts["city"][prefecture.adcode] += joined.count(short)
    text_names_a_place = any(counts[level] for level in ("city", "county"))
    for named in address_places(url, reference):
        # a local site named after its place (yaan.gov.cn) reports on it, unless the text names
        # places of that level itself
        if not counts[named.place.level]:
            counts[named.place.level][named.place.adcode] += 1

    def best(level: str, within: str = "") -> Place | None:
        ranked = [(code, n) for code, n in counts[level].most_common() if code.startswith(within)]
        return reference.places_by_adcode[ranked[0][0]] if ranked else None

    places: dict[str, Place] = {}
    city = best("city")
    county = best("county", city.adcode[:4] if city else "")
    alone = None
    if city is None and county is not None:
        city = reference.places_by_adcode.get(county.adcode[:4] + "00")
        if not text_names_a_place:
            # a page whose text names no place, filed under a county (…/news/taixing/): that
            # county's own news, 泰兴's rather than 泰州's
            alone = county
    below: Place | None = city or county
    most_named = best("province")
    if (
        below is not None
        and most_named is not None
        and most_named.adcode[:2] != below.adcode[:2]
        and (
            (most_named.short_name in title and below.short_name not in title)
            or counts["province"][most_named.adcode] >= 3 * (counts["city"][below.adcode] + counts["county"][below.adcode])
        )
    ):
        # a page whose title names another province (某省工业园区…), or that names it far more often
        # than its city, reports on that province; the city is where the page is hosted (a
        # chamber of commerce's site, its byline)
        city = county = below = None
    province = reference.places_by_adcode.get(below.adcode[:2] + "0000") if below else most_named
    for level, chosen in (
        ("province", province),
        ("city", city),
        ("county", county),
        ("masthead", masthead_place),
        ("county_alone", alone),
    ):
        if chosen is not None:
            places[level] = chosen
    return places


_CONTACT = re.compile(
    r"(地址|联系人|联系电话|电话|手机|传真|邮编|邮箱|主办|承办|版权所有)\s*[:：][^。;]{0,40}?(?=(地址|联系|电话|手机|传真|邮编|邮箱|发布|来源|时间)|[。;]|$)"
)


def _without_contact_lines(text: str) -> str:
    """A page's contact block (地址：某省某市…) names where a site is hosted, not what it reports on."""
    return _CONTACT.sub("", text)


def _dictionary_locality(texts: list[str], reference: Reference, title: str) -> str | None:
    """The county of a dictionary zone the document names most (a county paper's 经济开发区)."""
    places: Counter[str] = Counter()
    joined = "\n".join(texts) + "\n" + title
    for zone in reference.zones.values():
        for place in {zone.county, zone.county[:-1] if len(zone.county) > 2 else zone.county}:
            if place and len(place) >= 2 and place not in places:
                places[place] = joined.count(place)
    places = Counter({p: c for p, c in places.items() if c})
    return places.most_common(1)[0][0] if places else None


# "某经开区管委会(某区政府)", "某高新区(某区)": one administration for a zone and a district, so
# the district's own words (全区, 我区) are the zone's
_MERGED_ADMINISTRATION = re.compile(
    r"(?P<zone>[\u4e00-\u9fff]{2,10}?(?:经济技术开发区|高新技术产业开发区|经开区|高新区|经济开发区|开发区))"
    r"(?:党工委|管委会|管理委员会)?[(（](?P<area>[\u4e00-\u9fff]{2,6}?[区县])(?:人民政府|政府|委员会)?[)）]"
)


def merged_administration(lines: list[str], reference: Reference) -> tuple[str, str] | None:
    """(zone, evidence) when the page says a zone and a district are run as one."""
    for line in lines[: _OPENING_PARAGRAPHS + 8]:
        match = _MERGED_ADMINISTRATION.search(line)
        if match:
            return reference.canonical_zone_name(match.group("zone")), match.group(0)
    return None


# "甲招商局经济技术开发区(以下简称“甲开发区”)": the document defines its short name for a zone.
_DEFINED_SHORT = re.compile(r"[(（](?:以下)?简称为?[:：]?[“\"「]?(?P<short>[^”\"」()（）,，]{2,14}?)[”\"」]?[)）]")
# "某省13个某某重点园区(简称“重点园区”)": a counted group of a place's zones defined for the
# document, named as written
_DEFINED_GROUP = re.compile(
    r"(?P<group>[\u4e00-\u9fff]{2,8}?(?:省|市|县|自治区)(?:\d+|[一二三四五六七八九十两]+)(?:个|家)"
    r"[\u4e00-\u9fff]{0,10}?(?:园区|开发区|高新区|经开区|集聚区|工业园|产业园))$"
)


# "全省拟认定为示范园区的省级园区(下称“拟认定园区”)": the document's place's zones
# of a kind, defined under a short name: that place's zones of the kind (某省拟升级开发区)
_DEFINED_SCOPE = re.compile(
    r"(?P<scope>全|我)(?P<level>省|市)[^,;。()]{0,40}?(?:园区|开发区|高新区|经开区|集聚区|工业园|产业园)$"
)


def defined_short_names(
    texts: list[str],
    reference: Reference,
    full_names: dict[str, str],
    place_names: frozenset[str],
    places: dict[str, Place] | None = None,
) -> tuple[dict[str, str], dict[str, str]]:
    """Short name → the zone it was defined for, from (以下简称"…") right after a zone's name, a
    counted group of a place's zones or the document's place's zones of a kind; and apart from
    them the bare type words a zone was given as its short name (…开发区(以下简称“高新区”))."""
    defined: dict[str, str] = {}
    bare: dict[str, str] = {}
    for text in texts:
        for m in _DEFINED_SHORT.finditer(text):
            named = [n for s, e, n in candidate_names(text[: m.start()], reference) if e == m.start()]
            # (a counted group first: 某省20个重点产业园区 ends with a type word, but is no one zone)
            group = _DEFINED_GROUP.search(text, max(0, m.start() - 30), m.start())
            if group is not None:
                written = group.group("group")
                place = next((written[i:] for i in range(len(written) - 3) if _opens_with_place(written[i:], reference)), None)
                if place is not None:
                    defined.setdefault(m.group("short"), place)
                continue
            scope = _DEFINED_SCOPE.search(text, max(0, m.start() - 50), m.start())
            level_place = (places or {}).get("province" if scope and scope.group("level") == "省" else "city")
            if scope is not None and level_place is not None and m.group("short") not in _GENERIC_WORDS:
                defined.setdefault(m.group("short"), level_place.name + m.group("short"))
                continue
            if not named:
                continue
            zone = reference.zone_by_alias(named[-1], place_names)
            full = zone.canonical_name if zone else full_names.get(named[-1], named[-1])
            short = m.group("short")
            if short != full and short not in ANAPHORA and short not in TYPE_SUFFIXES and short not in _GENERIC_WORDS:
                defined.setdefault(short, full)
            elif short != full:
                bare.setdefault(short, full)
    return {**_counted_groups_named_again(texts, reference, defined), **defined}, bare


# "某省11个重点园区在全省各地同步挂牌。…重点园区以项目为抓手…": a place's counted group of zones
# in the opening, then its kind alone: the kind stands for the group as if defined for it
_COUNTED_GROUP_OPENING = re.compile(
    r"(?P<group>[\u4e00-\u9fff]{2,10}?(?:\d+|[一二三四五六七八九十两]+)(?:个|家)"
    r"(?P<kind>[\u4e00-\u9fff]{2,6}?(?:园区|开发区|高新区|经开区|集聚区)))"
)


def _counted_groups_named_again(texts: list[str], reference: Reference, defined: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    body = "\n".join(texts)
    for text in texts[:_OPENING_PARAGRAPHS]:
        for m in _COUNTED_GROUP_OPENING.finditer(text):
            written, kind = m.group("group"), m.group("kind")
            start = next((i for i in range(len(written) - len(kind)) if written[i:].startswith(reference.provinces)), None)
            if start is None or kind in defined or kind in _GENERIC_WORDS or kind in TYPE_SUFFIXES:
                continue
            if re.match(r"(?:国家级|国家|省级|市级|自治区级)", kind):
                continue  # (7家国家级经开区: a level of zones, the field of a ranking more often than a group)
            if body.count(kind) - body.count(written[start:]) >= 2:
                # (某省共有13个重点园区: the verb is no part of the group's name)
                out.setdefault(kind, re.sub(r"(?:共有|现有|拥有|共|有)(?=\d|[一二三四五六七八九十两])", "", written[start:]))
    return out


def _opens_with_place(name: str, reference: Reference) -> bool:
    return any(name[:n] in reference.places_by_name for n in range(2, 8))


# Words that open the members of a list just announced: "…7个园区入选,分别是:甲、乙…".
_MEMBERS_FOLLOW = re.compile(r"(?:分别是|分别为|依次是|依次为|名单如下|具体是|具体为)")


def _listed_as_part(text: str, start: int) -> bool:
    """ "园区工业增加值增长12%,其中:甲工业园区增长15%,乙工业园区…": a park listed after 其中 is a
    part of what its sentence is about, and one listed after 分别是 a member of a list the report
    announces; neither is a candidate subject of the document."""
    sentence_start = max(text.rfind(p, 0, start) for p in "。!?\n") + 1
    before = text[sentence_start:start]
    return "其中" in before or bool(_MEMBERS_FOLLOW.search(before))


def _is_the_venue(text: str, start: int, end: int) -> bool:
    """ "…签约活动在某某高新区举行": the zone that hosts an event is where it took place, not what
    the report is about (the event's own park or zone is named before it)."""
    clause_start = max(text.rfind(p, 0, start) for p in ",。;!?\n") + 1
    return text[clause_start:start].endswith("在") and bool(_HELD.match(text, end))


_HELD = re.compile(r"[^,。;!?\n]{0,12}?(?:隆重|顺利|正式)?(?:举行|召开|举办|开幕)")


# "甲经济开发区升格后更名为甲经济技术开发区", "乙园区改名为乙高新区": one
# zone under its old name and its new one
_RENAMED_TO = re.compile(r"[^。;!?\n]{0,40}?(?:更名为|定名为|改名为|命名为|正式更名|更名)[“\"]?$")


def _renamed(names_in: dict[str, list[tuple[int, int, str]]], full_names: dict[str, str]) -> dict[str, str]:
    """Old names of a zone the text says was renamed, each mapped to the new name's full form."""
    out: dict[str, str] = {}
    for text, names in names_in.items():
        for (_, old_end, old), (new_start, _, new) in itertools.pairwise(names):
            if old != new and _RENAMED_TO.fullmatch(text, old_end, new_start):
                out[old] = full_names.get(new, new)
    return out


def decide_subject(
    texts: list[str],
    reference: Reference,
    title: str | None,
    places: dict[str, Place] | None = None,
    lines: list[str] | None = None,
) -> DocumentZones:
    """The zones known in a document (dictionary and written names) and the one it is about;
    ``places`` as :func:`document_places` found them, when the caller has them already; ``lines``
    the page's lines (its source and byline lines too), when the caller has them."""
    title = _without_contact_lines(title or "")
    texts = [_without_contact_lines(text) for text in texts]
    places = places if places is not None else document_places(texts, title, reference)
    place_names = frozenset(place.name for place in places.values())
    weights: Counter[str] = Counter()
    pattern_names: Counter[str] = Counter()
    found: list[tuple[int, str, bool]] = []  # (weight, name, from dictionary)
    names_in: dict[str, list[tuple[int, int, str]]] = {}
    for index, text in enumerate([title, *texts]):
        weight = _TITLE_WEIGHT if index == 0 else (_OPENING_WEIGHT if index <= _OPENING_PARAGRAPHS else 1)
        names_in[text] = candidate_names(text, reference)
        for start, end, name in names_in[text]:
            zone = reference.zone_by_alias(name, place_names)
            if zone is None:
                pattern_names[name] += 1
            aside = _listed_as_part(text, start) or _is_the_venue(text, start, end) or named_as_partner(text, start, end)
            if not aside:
                found.append((weight, zone.canonical_name if zone else name, zone is not None))
        for alias in reference.zone_aliases:
            zone = reference.zone_by_alias(alias, place_names) if alias in text and zone_type_of(alias) is None else None
            if zone is not None:
                found.append((weight * text.count(alias), zone.canonical_name, True))
        if index:
            # the zones of the document's place together (全省经济开发区实现…) compete as a subject
            found.extend((weight, hit.zone, True) for hit in aggregate_hits(text, places, reference) if hit.zone)
    full_names = resolve_pattern_names(pattern_names, reference, place_names)
    defined, bare_words = defined_short_names([title, *texts], reference, full_names, place_names, places)
    full_names.update(defined)
    renamed = _renamed(names_in, full_names)
    full_names.update({name: renamed.get(full, full) for name, full in full_names.items()} | renamed)
    for short, group in defined.items():
        if _DEFINED_GROUP.search(group) or (group.endswith(short) and group.startswith(reference.provinces)):
            # a group the document defines a short name for is what it speaks of by that name
            weights[group] += sum(
                text.count(short) * (_TITLE_WEIGHT if not index else _OPENING_WEIGHT if index <= _OPENING_PARAGRAPHS else 1)
                for index, text in enumerate([title, *texts])
            )
    title_hits = aggregate_hits(title, places, reference, title=True)
    title_aggregates = {hit.zone for hit in title_hits if hit.zone}
    for hit in title_hits:
        if hit.zone:
            found.append((_TITLE_WEIGHT, hit.zone, True))
    for weight, name, known in found:
        if known:
            weights[name] += weight
        elif name in full_names:
            weights[full_names[name]] += weight
    aggregate = {z.canonical_name for z in reference.zones.values() if z.zone_type == "aggregate"}
    ranked = [(n, c) for n, c in weights.most_common() if n not in aggregate or n in title_aggregates]
    locality = _dictionary_locality(texts, reference, title)
    main_zone, rule = (ranked[0][0], f"zone_most_named_title_first«weight {ranked[0][1]}»") if ranked else (None, "none")
    if (
        len(ranked) >= 2
        and ranked[0][1] < _DOMINANCE * ranked[1][1]
        and ranked[0][0] not in title_aggregates
        and not any(
            reference.canonical_zone_name(n) == ranked[0][0] or full_names.get(n) == ranked[0][0]
            for _, _, n in candidate_names(title, reference)
        )
    ):
        # several zones, none named far more often and none in the title: a report on many zones
        # has no one subject, and a sentence that names none of them belongs to none
        main_zone, rule = None, "zone_no_dominant_subject"
    if not ranked:
        main_zone, rule = _generic_subject(texts, title, places, reference, locality, full_names)
    merged = merged_administration(lines or [], reference) if main_zone is None and not ranked else None
    if merged is not None:
        main_zone, rule = merged[0], f"zone_merged_administration«{merged[1]}»"
    if main_zone is None and not ranked:
        park, where = _park_in_title(title, texts), "title"
        if park is None:
            park, where = _park_opening_the_text(texts), "opening_sentence"
        if park is not None:
            # named as written: no type word tells its official name, and a guess would be a lie
            main_zone, rule = park, f"zone_park_named_in_{where}«{park}»"
            defined = {**defined, park: park}
    body = "\n".join(texts)
    listed = {name: name for text in texts for name in parks_listed_with_their_count(text, reference) if body.count(name)}
    defined = {
        **_economic_areas_shown_as_zones(texts),
        **listed,
        **_parks_shown_as_zones([title, *texts], reference),
        **_town_parks_without_place(names_in, full_names, reference),
        **defined,
    }
    opening = title + "\n" + "\n".join(texts[: _OPENING_PARAGRAPHS + 2])
    mentions = sum(len(_ZONE_WORD.findall(text)) for text in texts)
    about_zones = bool(ranked) or main_zone is not None or bool(_ZONE_WORD.search(opening)) or mentions >= 3
    return DocumentZones(
        reference=reference,
        full_names=full_names,
        main_zone=main_zone,
        locality=locality,
        main_rule=rule,
        places=places,
        aggregate_scopes=aggregate_scopes([title, *texts], places, reference),
        defined_names=defined,
        defined_bare_words=bare_words,
        about_zones=about_zones,
        names_in=names_in,
    )


_ADMINISTRATION_AFTER = re.compile(r"(?:党工委|管委会|管理委员会)")
# (a 、 enumerates; 与 and 和 also join a zone to a partner it works or shares offices with)
_ZONE_LISTED_AFTER = re.compile(rf"、[^,;。、]{{2,12}}?(?:{'|'.join(TYPE_SUFFIXES)})")
_ZONE_LISTED_BEFORE = re.compile(rf"(?:{'|'.join(TYPE_SUFFIXES)})、$")


def _enumerated_with_a_zone(text: str, start: int, end: int) -> bool:
    return bool(_ZONE_LISTED_AFTER.match(text, end) or _ZONE_LISTED_BEFORE.search(text, max(0, start - 12), start))


def _parks_shown_as_zones(texts: list[str], reference: Reference) -> dict[str, str]:
    """Parks of a kind no type word covers (某市某某产业园) that the document shows to be zones: one
    with an administration of its own (…产业园管委会), or listed beside a zone (甲经开区、乙产业园).
    Each is then a zone wherever the document names it, also without its place (某某产业园)."""
    shown: dict[str, str] = {}
    places: dict[str, int] = {}  # a shown park → the length of the place its name starts with
    for text in texts:
        for name in park_names(text):
            place = max((n for n in range(2, min(len(name) - 3, 7) + 1) if name[:n] in reference.places), default=0)
            if not place:
                continue  # (a park's name starts with its place: what else is a company's or a project's)
            for match in re.finditer(re.escape(name), text):
                if _ADMINISTRATION_AFTER.match(text, match.end()) or _enumerated_with_a_zone(text, match.start(), match.end()):
                    shown[name], places[name] = name, place
                    break
    body = "\n".join(texts)
    for name, place in places.items():
        bare = name[place:]
        if len(bare) >= 5 and bare not in shown and bare in body:
            shown[bare] = name
    return shown


# "某某经济区在参与考核的数十家省级经济开发区中位列第N": an area named 经济区 ranked among zones, or
# with an administration of its own, is run as a zone (经济区 alone also names regions: 某某经济圈)
_ECONOMIC_AREA = re.compile(r"(?:(?<=[,。;:、\n“])|^)(?P<name>[\u4e00-\u9fff]{2,5}经济区)")
_AMONG_ZONES_AFTER = re.compile(r"[^。;!?]{0,40}?(?:经济开发区|经济技术开发区|开发区|经开区|高新区)(?:中|前\d+|里|之列)")


def _economic_areas_shown_as_zones(texts: list[str]) -> dict[str, str]:
    """Areas named …经济区 that the document shows to be zones: ranked among zones, or with an
    administration of their own. Each is then a zone wherever the document names it."""
    shown: dict[str, str] = {}
    for text in texts:
        for match in _ECONOMIC_AREA.finditer(text) if "经济区" in text else ():
            if _AMONG_ZONES_AFTER.match(text, match.end()) or _ADMINISTRATION_AFTER.match(text, match.end()):
                shown[match.group("name")] = match.group("name")
    return shown


def _town_parks_without_place(
    names_in: dict[str, list[tuple[int, int, str]]], full_names: dict[str, str], reference: Reference
) -> dict[str, str]:
    """A town's park the document names with its place (某市某某工业集中区) is the same park where
    it drops the place (某某工业集中区), a name no dictionary of places would let pass alone. The
    full name maps to itself, so that it is found whole before the shorter one inside it."""
    out: dict[str, str] = {}
    body = "\n".join(names_in)
    # (the fullest name written wins where two drop to one bare name, 某市某园区 and 某某园区: an
    # order fixed by the names, not by how a set happens to iterate)
    names = sorted({name for names in names_in.values() for _, _, name in names}, key=lambda n: (len(n), n))
    for name in names:
        bare = town_park_without_place(name, reference)
        if bare is not None and body.replace(name, "").count(bare):
            full = full_names.get(name, name)
            out[name], out[bare] = full, full
    return out


def _park_opening_the_text(texts: list[str]) -> str | None:
    """When the title names no park, the first sentence stands for it: a park named there (not as
    the venue of an event) and named again later is what the document is about."""
    if not texts:
        return None
    opening = re.split(r"[。!?\n]", texts[0], maxsplit=1)[0]
    body = "\n".join(texts)
    named = {
        name
        for name in park_names(opening)
        if body.count(name) >= 2 and not _is_the_venue(opening, opening.find(name), opening.find(name) + len(name))
    }
    return named.pop() if len(named) == 1 else None


def _park_in_title(title: str, texts: list[str]) -> str | None:
    """A park of a kind no type word covers (某某产业园, 汽开区), named in the title and again in
    the text: what the document is about."""
    body = "\n".join(texts)
    named = [_fullest_written(name, body) for name in park_names(title)]
    named = [name for name in named if name in body]
    return named[0] if len(set(named)) == 1 else None


def _fullest_written(name: str, body: str) -> str:
    """ "广东产业园" of a headline is the 广东省产业园 its text writes: the place in full, when the
    text writes the same park with its place's administrative word."""
    for word in "省市县区":
        for cut in range(2, 5):
            fuller = name[:cut] + word + name[cut:]
            if fuller in body:
                return fuller
    return name


def _stands_alone(text: str, start: int) -> bool:
    """A generic word at ``start`` is the zone itself, not the tail of a longer name: nothing
    Chinese before it, or a pointer (该/本/全/我, 其中). A literal search then this check, since a
    pattern opening with a lookbehind is tried at every position of the document."""
    before = text[start - 1] if start else ""
    return not "\u4e00" <= before <= "\u9fff" or before in "该本全我" or text[max(0, start - 2) : start] == "其中"


def _generic_subject(
    texts: list[str],
    title: str,
    places: dict[str, Place],
    reference: Reference,
    locality: str | None,
    full_names: dict[str, str],
) -> tuple[str | None, str]:
    """A document that names its zone only by a generic word: the zone of that kind in its place."""
    in_title = [w for w in _GENERIC_WORDS if w in title]
    joined = title + "\n" + "\n".join(texts)
    words: Counter[str] = Counter()
    for generic in _GENERIC_WORDS:
        words[generic] = sum(1 for m in re.finditer(generic, joined) if _stands_alone(joined, m.start()))
        joined = joined.replace(generic, "\0")
    opening = "\n".join(texts[:_OPENING_PARAGRAPHS])
    if in_title:
        word = in_title[0]
    elif words and words.most_common(1)[0][1] >= 2 and words.most_common(1)[0][0] in opening:
        # named as the subject more than once, and early: "区县、开发区全力做好服务" is zones in general
        word = words.most_common(1)[0][0]
    else:
        # a zone mentioned only in passing (a district's report naming its 开发区 once) is not the subject
        return None, "none"
    dictionary = DocumentZones(reference, full_names, None, locality).locality_zone(word)
    if dictionary is not None:
        return dictionary.canonical_name, "zone_generic_in_dictionary_locality"
    # a local paper (今日某县) speaks of its own place's zone; otherwise the city's, else the county's
    place = places.get("masthead") or places.get("county_alone") or places.get("city") or places.get("county")
    province = places.get("province")
    if place is None and province is not None and province.short_name in _MUNICIPALITIES:
        place = province  # (a municipality is its own city: 天津 for a Tianjin paper's 保税区)
    if place is None or word in ("产业集聚区", "工业园区"):
        return None, "none"
    full = _STANDARD_FULL_NAME.get(word, word)
    return place.short_name + full, f"zone_generic_in_document_place«{word}+{place.name}»"


# "全省开发区第四次集中签约活动在各市同步举行": the province's zones of a kind, as one report's topic
_PROVINCE_S_ZONES = re.compile(r"全省(?:各类|各)?(?P<kind>开发区|高新区|经开区|工业园区|产业园区|园区|产业集聚区)")


def cities_of_a_province_roundup(texts: list[str], title: str, places: dict[str, Place], reference: Reference) -> dict[int, str]:
    """A report on the province's zones told city by city: its opening (title or first two
    paragraphs) speaks of the province's zones of a kind, and then paragraphs open with the
    province's cities, two or more. Each such paragraph's figures are that city's zones of the
    kind (甲市开发区); index of the paragraph in ``texts`` → that zone."""
    province = places.get("province")
    if province is None:
        return {}
    topic = next((m for text in (title, *texts[:2]) if (m := _PROVINCE_S_ZONES.search(text))), None)
    if topic is None:
        return {}
    out: dict[int, str] = {}
    for index, text in enumerate(texts):
        city = _opening_city(text, province, reference)
        if city is not None:
            out[index] = city.name + topic.group("kind")
    return out if len(set(out.values())) >= 2 else {}


def _opening_city(text: str, province: Place, reference: Reference) -> Place | None:
    for n in (3, 4, 5, 6):
        for place in reference.places_by_name.get(text[:n], ()):
            if place.level == "city" and place.adcode[:2] == province.adcode[:2]:
                return place
    return None
