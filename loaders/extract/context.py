"""What a position in a paragraph refers to: which zone, which year.

Shared by every record family. A figure belongs to the zone named last before it in its sentence
(a second plate in parentheses names the same body), else earlier in the paragraph, else the zone
of the section or document; bare words such as 开发区 or 园区 stand for that context zone. A
figure's year is a year written for it (2020年的150件), else the last year opening its sentence or
an earlier sentence of the paragraph, else the year of the comparison plus one (比2021年增长 →
2020), else the paragraph's context year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.years import YearExpr
from loaders.extract.zones import NOT_A_SUBJECT, DocumentZones, ZoneHit, resolve_generic
from loaders.normalise import NormText
from loaders.reference import Reference

SENTENCE_END = re.compile(r"[。;!?]")
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

    @property
    def text(self) -> str:
        return self.norm.text

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        text = self.text
        start = 0
        for match in SENTENCE_END.finditer(text, 0, pos):
            start = match.end()
        end_match = SENTENCE_END.search(text, pos)
        end = end_match.end() if end_match else len(text)
        return start, end

    def clause_start(self, pos: int) -> int:
        start = 0
        for match in CLAUSE_END.finditer(self.text, 0, pos):
            start = match.end()
        return start

    def zone_at(self, pos: int) -> tuple[str | None, str]:
        """The zone a figure at this position is about, and the rule that decided it."""
        sentence_start, _ = self.sentence_bounds(pos)
        explicit = [
            h for h in self.zone_hits
            if h.end <= pos and not h.alias_of_previous and h.rule != NOT_A_SUBJECT and not self._listed_part(h)
        ]
        for hit in reversed(explicit):
            if hit.start < sentence_start:
                break
            return self._resolve(hit), hit.rule + ":same_sentence"
        for hit in reversed(explicit):
            if not hit.generic:
                return self._resolve(hit), hit.rule + ":earlier_in_paragraph"
        later = {self._resolve(h) for h in self.zone_hits if h.start >= pos and not h.alias_of_previous and h.rule != NOT_A_SUBJECT} - {None}
        if len(later) == 1 and self.context_zone_rule != "zone_section_heading":
            return later.pop(), "zone_only_one_in_paragraph"
        return self.context_zone, self.context_zone_rule

    def _listed_part(self, hit: ZoneHit) -> bool:
        """A zone in a list of components ("包括A、B和C片区", "拥有A、B等平台") is an object of the
        sentence, not the zone its figures are about."""
        start = 0
        for match in re.finditer(r"[。;!?,:]", self.text[: hit.start]):
            start = match.end()
        return bool(re.match(r"(包括|拥有|含有|下辖|辖|涵盖|托管|覆盖|整合)", self.text[start : hit.start]))

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

    def year_at(self, pos: int, dated_events: bool = False) -> tuple[int | None, str]:
        """The year of a figure at this position, and the rule that decided it. A founding or
        upgrade date dates only the event itself (an honour: ``dated_events``), never a figure."""
        sentence_start, _ = self.sentence_bounds(pos)
        clause_start = self.clause_start(pos)
        before = [y for y in self.years if y.end <= pos]
        for y in reversed(before):
            if y.possessive and y.end + 1 >= pos - 1 and clause_start <= y.start:
                return y.year, y.rule + ":possessive"
        comparative: YearExpr | None = None
        for y in reversed(before):
            if y.start < sentence_start:
                break
            if self._closed_parenthesis_between(y.end, pos):
                continue  # "(2022年全年28个)": a year inside parentheses stays there
            if y.comparative:
                comparative = comparative or y
                continue
            if y.since or y.possessive or (y.event and not dated_events):
                continue
            return y.year, y.rule + ":same_sentence"
        for y in reversed(before):
            if y.start >= sentence_start or y.comparative or y.since or y.possessive:
                continue
            # a year carries over from an earlier sentence only when it opens that sentence as a
            # whole year ("2020年,"), not as the date of an event ("2021年3月8日,…批复设立")
            opening_start, _ = self.sentence_bounds(y.start)
            lead = re.sub(r"^(同时|此外|另外|与此同时|下一步|接下来|展望)[,:]?", "", self.text[opening_start : y.start])
            if y.start - opening_start <= 8 and y.carries and not re.search(r"[,:]", lead):
                return y.year, y.rule + ":earlier_sentence"
        after_in_clause = [y for y in self.years if pos <= y.start < pos + 12 and y.comparative]
        comparative = comparative or (after_in_clause[0] if after_in_clause else None)
        if comparative is not None and self.context_year is None:
            return comparative.year + 1, comparative.rule + ":comparison_base_plus_one"
        return self.context_year, self.context_year_rule
