"""What a position in a paragraph refers to: which zone, which year.

Shared by every record family. A figure belongs to the zone named last before it in its sentence
(a second plate in parentheses names the same body), else earlier in the paragraph, else the zone
of the section or document; bare words such as 开发区 or 园区 stand for that context zone. A
figure's year is a year written for it (2020年的150件), else the last year opening its sentence or
an earlier sentence of the paragraph, else the year of the comparison plus one (比2021年增长 →
2020), else the paragraph's context year.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property

from loaders.extract.years import YearExpr
from loaders.extract.zones import NOT_A_SUBJECT, DocumentZones, ZoneHit, aggregate_hits, named_as_partner, resolve_generic
from loaders.normalise import NormText
from loaders.reference import Place, Reference

# A full stop typed as "." after Chinese text ("…安排下一步任务.") ends a sentence too; a
# decimal point never (it stands between digits).
SENTENCE_END = re.compile(r"[。;!?]|(?<=[\u4e00-\u9fff”])\.(?!\d)")
CLAUSE_END = re.compile(r"[。;!?,:、()]")


@dataclass(frozen=True)
class ParagraphContext:
    norm: NormText
    zone_hits: tuple[ZoneHit, ...]
    years: tuple[YearExpr, ...]
    context_zone: str | None
    context_zone_rule: str
    context_year: int | None
    context_year_rule: str
    doc_zones: DocumentZones
    reference: Reference
    plan_section: bool = False  # under a heading of plans and targets (2023年工作思路)
    list_title: str | None = None  # the honour a list announced just before names (…先进单位名单:)
    doc_title: str | None = None  # the document's title, folded (names the list a bare table ranks)

    @property
    def text(self) -> str:
        return self.norm.text

    # Positions are looked up by bisection in lists built once per paragraph, so that placing
    # every figure of a paragraph costs about its length, not its length times its figures.
    @cached_property
    def zone_hit_starts(self) -> list[int]:
        """Starts of ``zone_hits``, which come in order and do not overlap."""
        return [h.start for h in self.zone_hits]

    @cached_property
    def hit_surfaces(self) -> tuple[str, ...]:
        """The names as written of ``zone_hits``, each once, in order of first appearance."""
        return tuple(dict.fromkeys(h.surface for h in self.zone_hits))

    def hits_starting(self, lo: int, hi: int | None = None) -> tuple[ZoneHit, ...]:
        """The zone hits that start at ``lo`` or after and before ``hi`` (the paragraph's end when
        not given)."""
        starts = self.zone_hit_starts
        return self.zone_hits[bisect_left(starts, lo) : len(starts) if hi is None else bisect_left(starts, hi)]

    @cached_property
    def _sentence_ends(self) -> list[int]:
        return [m.end() for m in SENTENCE_END.finditer(self.text)]

    @cached_property
    def _clause_ends(self) -> list[int]:
        return [m.end() for m in CLAUSE_END.finditer(self.text)]

    @cached_property
    def _listing_clause_ends(self) -> list[int]:
        return [m.end() for m in _LISTING_CLAUSE_END.finditer(self.text)]

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        ends = self._sentence_ends
        i = bisect_right(ends, pos)
        start = ends[i - 1] if i else 0
        j = bisect_left(ends, pos + 1)
        return start, ends[j] if j < len(ends) else len(self.text)

    def clause_start(self, pos: int) -> int:
        ends = self._clause_ends
        i = bisect_right(ends, pos)
        return ends[i - 1] if i else 0

    @cached_property
    def _subjects(self) -> _SubjectIndex:
        return _SubjectIndex.build(self)

    def zone_at(self, pos: int) -> tuple[str | None, str]:
        """The zone a figure at this position is about, and the rule that decided it."""
        speaker = self._zone_speaking(pos)
        if speaker is not None:
            return speaker, "zone_speaker_after_quotation"
        sentence_start, _ = self.sentence_bounds(pos)
        other = self._other_aggregate_opening(sentence_start, pos)
        if other is not None:
            return other
        if self._whole_place_opens(sentence_start, pos):
            return None, "zone_sentence_about_the_whole_place"
        if not self.hits_starting(sentence_start, pos) and _PLACE_S_OWN_MEASURE.match(self.text, sentence_start, pos):
            place = self._place_opening(sentence_start)
            if place is not None and self.text.startswith(place.name, sentence_start):
                # "某县总面积1200平方公里。": the area or the people of the county or city a
                # sentence opens with are that place's
                return None, "zone_sentence_about_a_place"
        group = _PLACES_COUNTED_AS_ZONES.search(self.text, sentence_start, pos)
        if group is not None and not self.hits_starting(group.end(), pos):
            # "甲、乙、丙等3个国家高新区完成…": the figure of the group together, no one zone's
            return None, "zone_sum_of_listed_places"
        comma_clause = max(self.text.rfind(mark, 0, pos) for mark in ",;") + 1
        if (
            comma_clause > sentence_start
            and _WHOLE_PLACE_DID.match(self.text, comma_clause)
            and not self.hits_starting(comma_clause, pos)
        ):
            # "签约仪式在甲经开区举行,全市共签约52个项目…": the city's totals, wherever they were told
            return None, "zone_clause_about_the_whole_place"
        clause_start = self.text.rfind(";", 0, pos) + 1
        if clause_start > 0 and clause_start >= sentence_start and not self.hits_starting(clause_start, pos):
            place = self._place_opening(clause_start)
            if place is not None:
                # "其中:甲经开区签约项目12个,总投资…;乙县签约项目21个,总投资…": a clause turned to a
                # county or a city tells its figures, none of a zone's
                return None, f"zone_clause_about_a_place«{place.name}»"
        index = self._subjects
        k = bisect_right(index.explicit_ends, pos)
        while k and (
            self._closed_parenthesis_between(index.explicit[k - 1][0].end, pos)
            or self._names_an_assessment(index.explicit[k - 1][0], pos)
        ):
            k -= 1  # "…省级开发区3个(甲、乙、丙),规划总面积…": zones named in parentheses are no subject
        for listed, _ in reversed(index.explicit[max(0, k - 8) : k]):
            if listed.start < sentence_start:
                break
            if not listed.generic and (
                _COUNTED_THEN_SUMMED.match(self.text, listed.end, pos)
                or (
                    _COUNTED_THEN_DID.match(self.text, listed.end, pos)
                    and not _EACH_DID.search(self.text, listed.end, self.sentence_bounds(pos)[1])
                )
            ):
                # "甲经开区、乙软件园、丙产业园等3个园区合计完成…" (names the dictionary may not know);
                # "…等3个园区实现产值120亿元": the group's figure, unless each did it (均, 率先突破)
                return None, "zone_sum_of_listed_zones"
        if k:
            hit, zone = index.explicit[k - 1]
            if hit.start >= sentence_start:
                named = index.last_named[k]
                if hit.generic and hit.surface.startswith("该"):
                    # (the zone last spoken of may have been named by its type word alone: "经开区…。该区…")
                    named = next(
                        (
                            i
                            for i in range(k - 2, -1, -1)
                            if index.explicit[i][1] and not _PRONOUN.match(index.explicit[i][0].surface)
                        ),
                        named,
                    )
                if hit.generic and hit.surface.startswith("该") and named is not None:
                    # "以甲经开区为例,该园区…": 该 points back to the zone last named, not to the subject
                    named_hit, named_zone = index.explicit[named]
                    if named_hit.generic:
                        # (a bare word there is the zone it stood for in its own clause: "甲经开区…;园区…。该区…")
                        named_zone = self.zone_at(named_hit.start)[0] or named_zone
                    demonstrated = resolve_generic(hit, named_zone, self.doc_zones, self.reference) if named_zone else None
                    if demonstrated == named_zone and demonstrated:
                        return demonstrated, "zone_anaphora:demonstrative"
                if hit.generic and not hit.surface.startswith("该"):
                    # "…经开区大胆改革。目前,该区已形成…,园区入驻企业…": a bare word after a 该 in its
                    # sentence is the zone the 该 points back to
                    pointer = next(
                        (
                            index.explicit[i][0]
                            for i in range(k - 2, -1, -1)
                            if index.explicit[i][0].start >= sentence_start and index.explicit[i][0].surface.startswith("该")
                        ),
                        None,
                    )
                    if pointer is not None:
                        pointed, rule = self.zone_at(pointer.end)
                        if rule == "zone_anaphora:demonstrative" and pointed:
                            meant = resolve_generic(hit, pointed, self.doc_zones, self.reference)
                            if meant == pointed:
                                return pointed, "zone_anaphora:demonstrative_in_sentence"
                if hit.generic and named is not None:
                    # "甲经开区1993年设立,…,上年园区产值…": the bare word is the zone its sentence named
                    # (if it can stand for it, even where the document's subject is another zone)
                    named_hit, named_zone = index.explicit[named]
                    # (or the one before a semicolon: "甲经开区营收23亿元;园区亩均税收…" goes on about it)
                    full_start = max(self.text.rfind(end, 0, pos) for end in "。!?\n") + 1
                    # (or the zone the paragraph opens with: "甲工业集中区则在…做文章。1-11月,园区实现…")
                    # (named again since by another of its names: "甲高新技术产业开发区(甲高新区)是…。1-11月,甲高新区…")
                    lead = len(self.text) - len(self.text.lstrip(" \u3000"))
                    opens_paragraph = any(h.start == lead and not h.generic and z == named_zone for h, z in index.explicit[:k])
                    if (named_hit.start >= min(sentence_start, full_start) or opens_paragraph) and named_zone:
                        meant = resolve_generic(hit, named_zone, self.doc_zones, self.reference) or None
                        if meant and (zone is None or meant == named_zone):
                            return meant, "zone_anaphora:named_earlier_in_sentence"
                if (
                    not hit.generic
                    and k >= 2
                    and re.fullmatch(r"[、和及与]", self.text[index.explicit[k - 2][0].end : hit.start])
                    and _SUM_OF_LISTED.match(self.text, hit.end, pos)
                ):
                    # "甲经开区、乙经开区共计实现进出口…": the zones' figure together, no one zone's
                    return None, "zone_sum_of_listed_zones"
                if hit.generic and hit.surface in _KINDLESS_WORDS:
                    # "高新区负责人表示,园区坚持…,新增…": a word of no kind points back to the zone
                    # its sentence named by its kind (高新区, 经开区), not to the document's subject
                    kinded = next(
                        (
                            z
                            for h, z in reversed(index.explicit[max(0, k - 6) : k - 1])
                            if h.start >= sentence_start and h.generic and h.surface in _KIND_WORDS and z
                        ),
                        None,
                    )
                    if kinded is not None and kinded != zone:
                        return kinded, "zone_anaphora:kind_named_earlier_in_sentence"
                return zone, hit.rule + ":same_sentence"
        if k:
            hit, zone = index.explicit[k - 1]
            if (
                zone
                and not hit.generic
                and _MEMBER_BEFORE.search(self.text, max(0, hit.start - 4), hit.start)
                and not re.search(r"[。!?\n]", self.text[hit.end : pos])
            ):
                # "…各开发区签约项目11个。其中,甲开发区签约2个,总投资7亿元;开工2个,…": the member
                # a 其中 turns to is the subject of the clauses after it until the full stop
                return zone, hit.rule + ":member_until_full_stop"
        named = index.last_named[k]
        places = self._places_named(pos)
        if named is not None:
            hit, zone = index.explicit[named]
            # (the zone's own place is no other place: 获批某市示范园区 said of 某市甲开发区)
            other_places = any(place not in (zone or "") for place in places)
            if other_places and zone and zone.startswith(self.reference.provinces):
                return None, "zone_other_places_of_an_aggregate"
            if zone and self._place_opens_a_sentence_since(hit.end, sentence_start, zone):
                return None, "zone_sentences_about_a_place"
            return zone, hit.rule + ":earlier_in_paragraph"
        first_later = bisect_left(index.later_starts, pos)
        later = index.later_zones[first_later]
        # (a zone named after a member its paragraph turned to (其中:甲园区…。…;乙园区…) opens its own
        # sentence or clause: the sentences between are still the member's, not the next one's)
        next_member = (
            k > 0
            and first_later < len(index.later_starts)
            and self.text[index.later_starts[first_later] - 1 : index.later_starts[first_later]] in ("。", ";")
        )
        own = later[0] if len(later) == 1 and not next_member else self.context_zone
        other_places = any(place not in (own or "") for place in places)
        if len(later) == 1 and not next_member and self.context_zone_rule != "zone_section_heading" and not other_places:
            return later[0], "zone_only_one_in_paragraph"
        if other_places and self.context_zone and self.context_zone.startswith(self.reference.provinces):
            # "分省辖市看,…其中甲市增长74%": a province's zones told city by city, not the province's figure
            return None, "zone_other_places_of_an_aggregate"
        return self.context_zone, self.context_zone_rule

    def _zone_speaking(self, pos: int) -> str | None:
        """ "“今年我们已落地项目14个…”某经开区招商局负责人介绍": figures inside a quotation
        are those of the zone whose official is named right after it."""
        opened = self.text.rfind("“", 0, pos)
        if opened < 0 or self.text.rfind("”", opened, pos) >= 0:
            return None
        closed = self.text.find("”", pos)
        if closed < 0:
            return None
        named = [h for h in self.hits_starting(closed + 1, closed + 2) if not h.generic]
        if not named or not _OFFICIAL_AFTER.match(self.text, named[0].end):
            return None
        return self._resolve(named[0])

    def _other_aggregate_opening(self, sentence_start: int, pos: int) -> tuple[str | None, str] | None:
        """ "二季度,全省开发区工业增加值增长9.4%,…": in a report on one zone, a sentence
        that opens with its province's zones is about them, not about the report's zone."""
        before = [h for h in self.hits_starting(sentence_start, pos)]
        if not before or before[-1].rule != NOT_A_SUBJECT:
            return None
        hit = before[-1]
        if hit.end > pos or not _CLAUSE_LEAD.fullmatch(self.text, self.clause_start(hit.start), hit.start):
            return None  # (江苏9家国家级经开区: a count of the group is no figure the group states)
        clause_start = self.clause_start(pos)
        if clause_start > hit.start and not _NO_SUBJECT_OF_ITS_OWN.match(self.text, clause_start):
            return None  # (…,某市6家经济开发区全部…: a later clause with a subject of its own)
        named = [h.zone for h in aggregate_hits(hit.surface, self.doc_zones.places, self.reference) if h.zone]
        return (named[0] if named else None), "zone_other_aggregate_opens_the_sentence"

    def _whole_place_opens(self, sentence_start: int, pos: int) -> bool:
        """ "前三季度,全市工业税收增长15%": a sentence whose subject is the whole city,
        county or province, with no zone named before the figure, tells that place's figures (全区
        is left alone: in a zone's own report it is the zone)."""
        opening = _WHOLE_PLACE_OPENING.match(self.text, sentence_start)
        return (
            opening is not None
            and opening.end() <= pos
            and not self.hits_starting(sentence_start, pos)
            and not re.search(r"[\t|]", self.text[sentence_start:pos])  # (a table's row is no sentence)
        )

    def _place_opens_a_sentence_since(self, named_end: int, sentence_start: int, zone: str) -> bool:
        """Whether this sentence, or one since the zone was named, opens with another place (乙区
        地区生产总值…。经济结构不断优化…): the sentences after it go on about that place."""
        start = sentence_start
        while start > named_end:
            place = self._place_opening(start)
            if place is not None and place.short_name not in zone:
                return True
            start = self.sentence_bounds(start - 1)[0]
        return False

    def _place_opening(self, sentence_start: int) -> Place | None:
        """ "…甲经开区生产总值提高至715亿元。乙区地区生产总值由…": the district, county or city a
        sentence opens with, its subject (not the first words of a zone's name)."""
        lead = re.match(r"(?:同时|此外|另外|而)?[,]?", self.text[sentence_start:])
        start = sentence_start + (lead.end() if lead else 0)
        for n in (3, 4, 5, 6):
            name = self.text[start : start + n]
            places = [p for p in self.reference.places_by_name.get(name, ()) if p.level in ("city", "county")]
            if name[-1:] in "区县市旗" and places:
                zone_word = self.text.startswith(("开发区", "高新区", "经开区", "新区", "园区"), start + n - 1)
                return None if zone_word else places[0]
        return None

    def _places_named(self, pos: int) -> set[str]:
        """ "11个省辖市的…增速高于平均,其中甲市增长74%": the places a sentence is about, where it
        names no zone (a sentence about other places is not about the zone the paragraph names)."""
        sentence_start, sentence_end = self.sentence_bounds(pos)
        sentence = self.text[sentence_start:sentence_end]
        if any(sentence_start <= h.start < sentence_end for h in self.zone_hits):
            return set()
        counted = re.search(r"省辖市|地级市|县区|区县|县\(市", sentence)
        if counted:
            return {counted.group(0)}
        places = self.reference.places_by_name
        return {
            sentence[i - n : i + 1].rstrip("市县")
            for i, ch in enumerate(sentence)
            if ch in "市县"
            for n in (2, 3, 4)
            if i >= n and sentence[i - n : i + 1] in places
        }

    def _listed_part(self, hit: ZoneHit) -> bool:
        """A zone in a list of components ("包括A、B和C片区", "拥有A、B等平台") is an object of the
        sentence, not the zone its figures are about."""
        return bool(_LISTING_VERB.match(self.text, self.list_clause_start(hit.start), hit.start))

    def list_clause_start(self, pos: int) -> int:
        """Where the clause around ``pos`` starts when 、 joins items inside it."""
        ends = self._listing_clause_ends
        i = bisect_right(ends, pos)
        return ends[i - 1] if i else 0

    def _names_an_assessment(self, hit: ZoneHit, pos: int) -> bool:
        """ "甲高新区在乙新区绩效考核中排名首位": the zone inside 在…考核中 names whose assessment it
        is, the field of the rank, not the zone ranked."""
        if self.text[hit.start - 1 : hit.start] != "在":
            return False
        closed = _ASSESSMENT_CLOSES.match(self.text, hit.end)
        return closed is not None and closed.end() <= pos

    def _closed_parenthesis_between(self, start: int, end: int) -> bool:
        segment = self.text[start:end]
        depth = 0
        for ch in segment:
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth < 0:
                    return True
        return False

    def _resolve(self, hit: ZoneHit) -> str | None:
        zone = resolve_generic(hit, self.context_zone, self.doc_zones, self.reference) or None
        if zone and self.context_zone and zone != self.context_zone and self.reference.same_body(zone, self.context_zone):
            return self.context_zone
        return zone

    @cached_property
    def _years(self) -> _YearIndex:
        return _YearIndex.build(self)

    def _opening_year_before_semicolons(self, sentence_start: int, pos: int) -> YearExpr | None:
        """ "2013年甲高新区营业收入…;地区生产总值…;…。": a year opening a sentence dates all of
        its parts that semicolons separate."""
        if sentence_start == 0 or self.text[sentence_start - 1] != ";":
            return None
        full_start = max((m.end() for m in _FULL_STOP.finditer(self.text, 0, sentence_start)), default=0)
        clause_opening: YearExpr | None = None
        starts = self._years.starts
        for y in self._years.years[bisect_left(starts, full_start) :]:
            if y.start >= sentence_start:
                break
            plain = not (y.comparative or y.since or y.possessive or y.event)
            # 2023年, 今年1-5月 or 去年 opening a sentence dates every part of it
            opens = y.rule == "year_explicit" or y.rule.startswith(
                ("year_relative:今年", "year_relative:去年", "year_relative:前年")
            )
            if y.start < full_start or not (plain and opens):
                continue
            if _opening_lead(self.text[full_start : y.start]):
                return y
            if self.text[y.start - 1 : y.start] in (",", ":"):
                clause_opening = y
        # "…不断提升,2022年某省经开区实现…;实际利用外资…": the year opening the clause the list of
        # figures starts in, unless the part names a time of its own (…;2023年上半年实现…)
        first = bisect_left(starts, sentence_start)
        own_time = (first < len(starts) and starts[first] < pos) or bool(_PERIOD_OPENING.match(self.text, sentence_start))
        return None if own_time else clause_opening

    def year_at(self, pos: int, dated_events: bool = False) -> tuple[int | None, str]:
        """The year of a figure at this position, and the rule that decided it. A founding or
        upgrade date dates only the event itself (an honour: ``dated_events``), never a figure."""
        sentence_start, _ = self.sentence_bounds(pos)
        clause_start = self.clause_start(pos)
        index = self._years
        for y in index.years[bisect_left(index.starts, pos) : bisect_left(index.starts, pos + 16)]:
            # "高新技术企业:7家(2014年)→33家(去年)": a year in parentheses right after a figure is its own
            if (
                _FIGURE_THEN_PARENTHESIS.fullmatch(self.text, pos, y.start)
                and re.match(r"(?:底|末)?\)", self.text[y.end : y.end + 2])
                and not (y.comparative or y.since)
            ):
                return y.year, y.rule + ":in_parentheses_after_the_figure"
        k = bisect_right(index.ends, pos)  # index.years[:k] end before the figure
        for y in reversed(index.years[:k]):
            if y.end + 2 < pos:
                break
            if y.possessive and clause_start <= y.start:
                return y.year, y.rule + ":possessive"
        comparative: YearExpr | None = None
        for y in reversed(index.years[bisect_left(index.starts, sentence_start) : k]):
            if self._closed_parenthesis_between(y.end, pos):
                continue  # "(2022年全年28个)": a year inside parentheses stays there
            if y.comparative:
                comparative = comparative or y
                continue
            # (截至2022年三季度末,…: a period opening the sentence dates its clauses too)
            lead_start = clause_start if y.start >= clause_start else sentence_start
            if y.period and not y.comparative and _opening_lead(self.text[lead_start : y.start]):
                return y.year, y.rule + ":period_opens_the_clause"
            if y.event and not y.since and _AT_THE_EVENT.match(self.text, y.end, pos):
                # "2014年园区获批设立时,规划面积只有5平方千米": figures as they were at the event
                return y.year, y.rule + ":figures_at_the_event"
            if y.since or y.possessive or (y.event and not dated_events):
                continue
            return y.year, y.rule + ":same_sentence"
        opening = self._opening_year_before_semicolons(sentence_start, pos)
        if opening is not None:
            return opening.year, opening.rule + ":opens_the_sentence"
        carrier = index.last_carrier[min(k, bisect_left(index.starts, sentence_start))]
        if carrier is not None:
            return carrier.year, carrier.rule + ":earlier_sentence"
        after = index.years[bisect_left(index.starts, pos) : bisect_left(index.starts, pos + 12)]
        comparative = comparative or next((y for y in after if y.comparative), None)
        if comparative is not None and self.context_year is None:
            return comparative.year + 1, comparative.rule + ":comparison_base_plus_one"
        return self.context_year, self.context_year_rule


# (…;1-9月新增…: a part of the year opening the part is its time, not the year of a clause before)
_PERIOD_OPENING = re.compile(r"(?:1\s*[-—~至到]\s*\d{1,2}月|上半年|下半年|前三季度|[一二三四]季度|\d{1,2}月份?[,]?(?!\d))")
_FULL_STOP = re.compile(r"[。!?]|(?<=[\u4e00-\u9fff”])\.(?!\d)")
_AT_THE_EVENT = re.compile(r"[^。;!?]{0,40}?(?:设立|成立|建立|获批|建区|开园|起步)(?:时|之初),")
_FIGURE_THEN_PARENTHESIS = re.compile(r"[^,;。()\d]{0,3}\d[\d.]*[^,;。()\d]{0,6}\(")


def _opening_lead(lead: str) -> bool:
    """Whether the text before a year leaves it opening its sentence: nothing, a linking word
    (同时,), or who reports it (记者获悉, 数据显示,)."""
    rest = _CARRY_LEAD.sub("", lead)
    # who reports it and where the figures come from may both lead (记者从某委获悉,据统计局数据,)
    for _ in range(2):
        attributed = _ATTRIBUTION.match(rest) or _SOURCE_OF_FIGURES.match(rest)
        if not attributed:
            break
        rest = rest[attributed.end() :]
    return len(rest) <= 8 and not re.search(r"[,:]", rest)


_LISTING_CLAUSE_END = re.compile(r"[。;!?,:]")
_LISTING_VERB = re.compile(r"(包括|拥有|含有|下辖|辖|涵盖|托管|覆盖|整合)")
_ATTRIBUTION = re.compile(r"^[^,:;。]{0,14}(?:获悉|显示|了解到|得知|据统计|统计|据悉|介绍|表明)[,:]")
_SOURCE_OF_FIGURES = re.compile(r"^(?:根据|据)[^,:;。]{0,30}?(?:数据|统计|资料|报告|通报|结果)[,:]")
_CARRY_LEAD = re.compile(r"^(同时|此外|另外|与此同时|下一步|接下来|展望)[,:]?")


# (其中甲经开区突破…: a part of the group the paragraph is about, not what the next sentence is about)
# What may open a clause before its subject: a time (一季度, 2023年上半年, 1-8月) or a pointer
_CLAUSE_LEAD = re.compile(
    r"(?:其中|同时|此外|另外|而)?(?:\d{4}年度?)?(?:前三季度|上半年|下半年|[一二三四]季度|全年|\d{1,2}-\d{1,2}月|\d{1,2}月份?)?"
)
# (全市有省级以上园区13家: what the place has counts its zones)
_WHOLE_PLACE_OPENING = re.compile(
    r"(?:[^,;。!?\n]{1,12},)?全[市县省](?![市县省区]|共有|现有|拥有|有|共|合计|总计|小计|\s|园区|开发区|高新区|经开区)"
)
_WHOLE_PLACE_DID = re.compile(r"全[市县省](?:共|累计|全年|当天|此次|本次)*(?:签约|引进|开工|新开工|落地|招引|实现|完成|集中签约)")
# (after the period it covers: "…,某年1月至9月完成…")
_NO_SUBJECT_OF_ITS_OWN = re.compile(
    r"(?:\d{4}年)?(?:1月?[-—~至到]\d{1,2}月份?|上半年|前三季度|[一二三四]季度|全年)?(?:对|占|比|同比|较|增长|增速|实现|完成|其中|分别)"
)
_PRONOUN = re.compile(r"(?:该|本|全|我)")
# "…签约项目32个。其中,甲园区…", "…新签约项目120个。特别是该县经开区…": a part of the whole the
# figures before were told of
_MEMBER_BEFORE = re.compile(r"(?:其中[,:]?|(?:特别是|尤其是)?(?:该|本|我|全)[县市区旗])$")
_ASIDE_BEFORE = re.compile(r"(?:(?:最高|最低|最多|最少|最快|最大|最小)的|例如|比如|如|其中[,:]?)$")


# a total said of the zones listed just before it: 甲、乙经开区(营业收入)合计…, …共计实现…
_PLACES_COUNTED_AS_ZONES = re.compile(
    r"(?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}等?[\d一二三四五六七八九十两]+[个家]"
    r"(?:国家级|省级|国家|省)?(?:高新区|经开区|开发区|园区|产业集聚区|工业园区|工业集中区)"
)
_KINDLESS_WORDS = frozenset({"园区", "该园区", "该区", "全区", "本区", "我区"})
_KIND_WORDS = frozenset({"高新区", "经开区", "综保区", "保税区", "新区", "台商投资区"})
_ASSESSMENT_CLOSES = re.compile(r"[^,;。]{0,12}?(?:考核|考评|评价|评比|评估|排行榜|排名|榜单|监测)中")
_PLACE_S_OWN_MEASURE = re.compile(
    r"[\u4e00-\u9fff]{2,5}[县市区旗](?:国土|行政区域|行政区划)?(?:总面积|面积|总人口|常住人口|户籍人口|人口|辖)"
)
# "居全省64个开发区第5位": a bare type word after 全省 and a count is the field, no pointer to a zone
# "占全县园区的38%", "稳居全市开发区首位", "高于全区平均水平": the zones of a place as the whole a
# share is of, the field a rank is in or the average compared with, not who the sentence is about
_WHOLE_OR_FIELD_BEFORE = re.compile(r"(?:占|居|位居|稳居|位列|名列|列|高于|低于|快于|慢于|领跑)(?:全|本|我)?[国省市县区]?$")
_FIELD_BEFORE_A_WORD = re.compile(r"全[国省市县](?:\d+|[一二三四五六七八九十百两]+)(?:个|家)(?:国家级|省级)?$")
_COUNTED_THEN_SUMMED = re.compile(
    r"(?:[、和及][^,;。、]{2,24}?){1,8}?(?:等)?[\d一二三四五六七八九十两]+(?:个|家)[^,;。]{0,6}?(?:合计|共计|总计|共同|一共|共)"
)
_COUNTED_THEN_DID = re.compile(
    r"(?:[、和及][^,;。、]{2,24}?){0,8}?等[\d一二三四五六七八九十两]+(?:个|家)"
    r"(?:园区|开发区|高新区|经开区|集聚区|工业园区|产业园区|工业园)(?:共|累计)?(?:实现|完成)"
)
_EACH_DID = re.compile(r"均|都|双双|首次|先后|率先|突破|超过|迈上|跨入|跨越")
_SUM_OF_LISTED = re.compile(r"[^,;。]{0,12}?(?:合计|共计|总计|累计共|一共|(?<!公)共(?![享建同性]))")
# "仅次于甲开发区", "排在甲、乙之后": a zone the subject is measured against, not the subject
_AHEAD_WORDS = r"仅次于|次于|落后于|紧随|紧跟"
_BEHIND_WORDS = r"超越|超过|领先于?|赶超"
# (…or one of a list of zones after those words: 超过甲经开区、乙经开区; the list may name a zone
# by its proper name alone: 仅次于深圳南山、杭州滨江和乙工业园)
_LISTED_BEFORE = r"(?:[^,;。、和及与]{2,20}?[、和及与])*$"
_COMPARED_BEFORE = re.compile(rf"(?:{_AHEAD_WORDS}|{_BEHIND_WORDS}){_LISTED_BEFORE}")
_BEHIND_BEFORE = re.compile(rf"(?:{_BEHIND_WORDS}){_LISTED_BEFORE}")
_COMPARED_AFTER = re.compile(r"(?:[、和及与][^,;。、]{2,20}?)*之(?:后|前)")


def compared_with(text: str, hit: ZoneHit) -> bool:
    """ "仅次于甲", "超过甲、乙", "排在甲之后": a zone another one is measured against."""
    if hit.generic:
        return False
    return bool(_COMPARED_BEFORE.search(text, max(0, hit.start - 48), hit.start) or _COMPARED_AFTER.match(text, hit.end))


def ranked_behind(text: str, hit: ZoneHit) -> bool:
    """ "排名首次超过甲经开区、乙经开区": zones a place is ahead of; how far behind is not said."""
    return bool(_BEHIND_BEFORE.search(text, max(0, hit.start - 48), hit.start))


# Who is quoted, after the zone's name: its office's head (管委会主任, 经济发展局负责人, 党工委书记)
_OFFICIAL_AFTER = re.compile(r"[^,;。“”]{0,12}?(?:负责人|主任|书记|局长|主要领导)")
_REMARK_OPENING = re.compile(r"[(（](?:未包含|未包括|未含|不含|不包括|未计入|未纳入|除)")


def _in_book_title(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside the title of a document (《某市产业园区考核评价办法》): the zone a
    rule or a report is named after is not what the sentence's figures are about."""
    opened = text.rfind("《", 0, pos)
    return opened >= 0 and text.rfind("》", opened, pos) < 0


def _in_remark(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a remark in parentheses that leaves things out of a count."""
    opened = max(text.rfind("(", 0, pos), text.rfind("（", 0, pos))
    if opened < 0 or max(text.rfind(")", opened, pos), text.rfind("）", opened, pos)) >= 0:
        return False
    # "6个高新区(甲高新区2015年获批)工业总产值…": a remark on a counted group, not its subject
    counted_group = re.search(r"[\d一二三四五六七八九十两]+[个家][\u4e00-\u9fff]{0,8}[区园]$", text[max(0, opened - 14) : opened])
    return bool(_REMARK_OPENING.match(text, opened) or counted_group)


_EVENT_HELD = re.compile(r"[^,。;!?]{0,8}?(?:主会场|分会场|会场|现场)?(?:隆重|顺利|正式|同步)?(?:举行|召开|举办|开幕)")


def _hosts_an_event(text: str, hit: ZoneHit) -> bool:
    """Whether the zone is named as where an event is held: "…活动在甲高新区主会场举行"."""
    return text[hit.start - 1 : hit.start] == "在" and bool(_EVENT_HELD.match(text, hit.end))


def _is_a_venue(ctx: ParagraphContext, explicit: list[tuple[ZoneHit, str | None]], i: int) -> bool:
    """ "甲开发区…,在乙园区试点推进…": a zone named after 在 in a sentence another zone opened is
    where that zone acts, not what the sentences after it are about."""
    hit, zone = explicit[i]
    if ctx.text[hit.start - 1 : hit.start] != "在":
        return False
    if _hosts_an_event(ctx.text, hit):
        return True  # "…集中签约活动在甲高新区主会场举行": where an event was held, not its subject
    sentence_start = ctx.sentence_bounds(hit.start)[0]
    return any(h.start >= sentence_start and z is not None and z != zone for h, z in explicit[:i])


_LEFT_OUT_BEFORE = re.compile(r"除(?:了)?$")
_LEFT_OUT_AFTER = re.compile(r"(?:[、和及与][^,;。]{0,20}?)?(?:以外|之外|外)")


def _left_out(text: str, hit: ZoneHit) -> bool:
    """ "除甲开发区外,全省60家开发区均参评…": a zone left out of what is said is not its subject."""
    return bool(_LEFT_OUT_BEFORE.search(text, max(0, hit.start - 2), hit.start)) and bool(_LEFT_OUT_AFTER.match(text, hit.end))


@dataclass(frozen=True)
class _SubjectIndex:
    """The zone mentions of a paragraph arranged for lookups by position."""

    explicit: list[tuple[ZoneHit, str | None]]  # subjects of figures, with their zone, by end
    explicit_ends: list[int]
    last_named: list[int | None]  # last_named[k]: the last of explicit[:k] that is not a bare word
    later_starts: list[int]
    later_zones: list[tuple[str, ...]]  # later_zones[i]: up to two distinct zones named from the i-th on

    @classmethod
    def build(cls, ctx: ParagraphContext) -> _SubjectIndex:
        # a zone named in a remark in parentheses ("9个高新区(未包含新设的甲高新区)完成…") is an aside,
        # not what the figures after it are about; a second plate right after a name is handled apart
        subjects = sorted(
            (
                h
                for h in ctx.zone_hits
                if not h.alias_of_previous
                and h.rule != NOT_A_SUBJECT
                and not _in_remark(ctx.text, h.start)
                and not _in_book_title(ctx.text, h.start)
                and not compared_with(ctx.text, h)
                and not _left_out(ctx.text, h)
                and not (
                    (h.generic or h.rule == "zone_counted_group_of_subject")
                    and _FIELD_BEFORE_A_WORD.search(ctx.text, max(0, h.start - 12), h.start)
                )
                and not (
                    (h.generic or h.zone_type == "aggregate")
                    and _WHOLE_OR_FIELD_BEFORE.search(ctx.text, max(0, h.start - 4), h.start)
                )
            ),
            key=lambda h: (h.start, h.end),
        )
        zones = {id(h): ctx._resolve(h) for h in subjects}
        # (a partner it works with, 与甲经开区建立合作关系, is named aside, as is a bare word that could only mean it)
        partner_ids = {id(h) for h in subjects if named_as_partner(ctx.text, h.start, h.end)}
        # places named as examples of a group (甲、乙等7个高新区) are not what the group's figures are
        # about, nor is a partner what its own sentence's figures are about (与甲经开区签约,就…项目达成协议)
        explicit = sorted(
            (
                (h, zones[id(h)])
                for h in subjects
                if not ctx._listed_part(h) and h.rule != "zone_places_of_a_kind" and (h.generic or id(h) not in partner_ids)
            ),
            key=lambda pair: pair[0].end,
        )
        by_start = sorted((h for h, _ in explicit if not h.generic), key=lambda h: h.start)
        listed = {
            id(h)
            for a, b in itertools.pairwise(by_start)
            if re.fullmatch(r"[、和及与]", ctx.text[a.end : b.start])
            for h in (a, b)
        }
        partners = {zones[id(h)] for h in subjects if not h.generic and id(h) in partner_ids}
        partners -= {zones[id(h)] for h in subjects if not h.generic and id(h) not in partner_ids}
        last_named: list[int | None] = [None]
        for i, (hit, _) in enumerate(explicit):
            # "…比重达39%,最高的甲高新区为86%。": a zone cited as an example or an extreme is not
            # what the sentences after it are about; nor is one of a list (甲、乙、丙园区分别增长…)
            aside = (
                _ASIDE_BEFORE.search(ctx.text, max(0, hit.start - 6), hit.start)
                or _is_a_venue(ctx, explicit, i)
                or id(hit) in partner_ids
            )
            last_named.append(last_named[-1] if hit.generic or aside or id(hit) in listed else i)
        later_zones: list[tuple[str, ...]] = [()]
        for hit in reversed(subjects):
            zone, seen = zones[id(hit)], later_zones[-1]
            if _hosts_an_event(ctx.text, hit) or id(hit) in partner_ids or zone in partners:
                zone = None  # (an event's venue, or a partner, is not what its figures are about)
            entry = (*seen, zone) if zone is not None and zone not in seen and len(seen) < 2 else seen
            if _MEMBER_BEFORE.search(ctx.text, max(0, hit.start - 4), hit.start):
                # "…签约项目32个。其中,甲园区签约28个": the parts named after the whole's figures are
                # not what the figures before them are about
                entry = ()
            later_zones.append(entry)
        later_zones.reverse()
        return cls(
            explicit=explicit,
            explicit_ends=[h.end for h, _ in explicit],
            last_named=last_named,
            later_starts=[h.start for h in subjects],
            later_zones=later_zones,
        )


@dataclass(frozen=True)
class _YearIndex:
    """The year expressions of a paragraph arranged for lookups by position."""

    years: list[YearExpr]  # by position
    starts: list[int]
    ends: list[int]
    last_carrier: list[YearExpr | None]  # last_carrier[k]: the last of years[:k] that dates the sentences after it

    @classmethod
    def build(cls, ctx: ParagraphContext) -> _YearIndex:
        years = sorted(ctx.years, key=lambda y: (y.start, y.end))
        last_carrier: list[YearExpr | None] = [None]
        for y in years:
            last_carrier.append(y if cls._carries_over(ctx, y) else last_carrier[-1])
        return cls(years, [y.start for y in years], [y.end for y in years], last_carrier)

    @staticmethod
    def _carries_over(ctx: ParagraphContext, y: YearExpr) -> bool:
        # a year carries over from an earlier sentence only when it opens that sentence as a
        # whole year ("2020年,"), not as the date of an event ("2021年3月8日,…批复设立")
        if y.comparative or (y.since and not y.period) or y.possessive or not y.carries:
            return False
        opening_start, _ = ctx.sentence_bounds(y.start)
        return _opening_lead(ctx.text[opening_start : y.start])
