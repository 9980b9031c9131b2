"""Score exported records against a gold file, by the matching rules of the gold format.

Records match one to one, per type, within the same document and zone (names compared without
whitespace, known aliases mapped to the canonical name). A fact needs the same measure, the same
year (a gold year of null accepts any), the same quantity after unit conversion and an indicator
that contains the gold's or shares at least a third of its characters; a ranking the same rank,
the same previous rank where both give one and a year within one; an honour a title that contains
or half-overlaps the gold's and a year within one; a project a name that contains or half-overlaps
the gold's. The matching is a maximum bipartite matching, so the score does not depend on order.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from rich.table import Table

from loaders.extract.metrics import SYMBOL_UNITS

TYPES = ("fact", "ranking", "honour", "project")

# Factor to a base quantity per unit, as the gold format defines them.
_UNIT_BASE: dict[str, tuple[str, Decimal]] = {
    "元": ("cny", Decimal(1)),
    "万元": ("cny", Decimal(10) ** 4),
    "千万元": ("cny", Decimal(10) ** 7),
    "亿元": ("cny", Decimal(10) ** 8),
    "亿": ("cny", Decimal(10) ** 8),
    "万亿元": ("cny", Decimal(10) ** 12),
    "美元": ("usd", Decimal(1)),
    "万美元": ("usd", Decimal(10) ** 4),
    "亿美元": ("usd", Decimal(10) ** 8),
    "公顷": ("ha", Decimal(1)),
    "亩": ("ha", Decimal(1) / Decimal(15)),
    "万亩": ("ha", Decimal(10000) / Decimal(15)),
    "平方千米": ("ha", Decimal(100)),
    "平方公里": ("ha", Decimal(100)),
    "万平方米": ("ha", Decimal(1)),
    "平方米": ("ha", Decimal("0.0001")),
    "%": ("pct", Decimal(1)),
    "个百分点": ("pct", Decimal(1)),
    "千米": ("km", Decimal(1)),
    "公里": ("km", Decimal(1)),
    "米": ("km", Decimal("0.001")),
}


def _quantity(value: Any, unit: str | None) -> tuple[str, Decimal] | None:
    if value is None:
        return None
    try:
        number = Decimal(str(value))
    except ArithmeticError:
        return None
    # (a gold file may write a unit in symbols, 万㎡ or k㎡: folded, they are 万平方米 and 平方公里)
    unit = SYMBOL_UNITS.get(unicodedata.normalize("NFKC", (unit or "").strip()), (unit or "").strip())
    if unit in _UNIT_BASE:
        dimension, factor = _UNIT_BASE[unit]
        return dimension, number * factor
    plain = re.sub(r"[(（].*?[)）]", "", unit)
    if plain.startswith("万") and len(plain) > 1:
        return "count", number * 10000
    return "count", number


def _same_quantity(a: tuple[str, Decimal] | None, b: tuple[str, Decimal] | None) -> bool:
    if a is None or b is None or a[0] != b[0]:
        return False
    tolerance = max(abs(a[1]), abs(b[1]), Decimal(1)) * Decimal("1e-6")
    return abs(a[1] - b[1]) <= tolerance


def _squash(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def _overlap(a: str, b: str) -> float:
    a, b = _squash(a), _squash(b)
    if not a or not b:
        return 0.0
    common = sum((Counter(a) & Counter(b)).values())
    return common / max(len(a), len(b))


def _similar(a: str | None, b: str | None, threshold: float) -> bool:
    a, b = _squash(a), _squash(b)
    if not a or not b:
        return False
    return a in b or b in a or _overlap(a, b) >= threshold


def _year_within(pred: Any, gold: Any, slack: int) -> bool:
    if gold is None:
        return True
    if pred is None:
        return False
    return abs(int(pred) - int(gold)) <= slack


def _fact_match(p: dict[str, Any], g: dict[str, Any]) -> bool:
    return (
        p.get("measure") == g.get("measure")
        and (g.get("year") is None or p.get("year") == g.get("year"))
        and _same_quantity(_quantity(p.get("value"), p.get("unit")), _quantity(g.get("value"), g.get("unit")))
        and _similar(p.get("indicator"), g.get("indicator"), 1 / 3)
    )


def _ranking_match(p: dict[str, Any], g: dict[str, Any]) -> bool:
    if p.get("rank") != g.get("rank"):
        return False
    if p.get("prev_rank") is not None and g.get("prev_rank") is not None and p["prev_rank"] != g["prev_rank"]:
        return False
    return _year_within(p.get("year"), g.get("year"), 1)


def _honour_match(p: dict[str, Any], g: dict[str, Any]) -> bool:
    return _similar(p.get("title"), g.get("title"), 1 / 2) and _year_within(p.get("year"), g.get("year"), 1)


def _project_match(p: dict[str, Any], g: dict[str, Any]) -> bool:
    return _similar(p.get("name"), g.get("name"), 1 / 2)


MATCHERS: dict[str, Callable[[dict[str, Any], dict[str, Any]], bool]] = {
    "fact": _fact_match,
    "ranking": _ranking_match,
    "honour": _honour_match,
    "project": _project_match,
}


def _max_matching(preds: list[dict[str, Any]], golds: list[dict[str, Any]], match: Callable[..., bool]) -> dict[int, int]:
    """Maximum bipartite matching (augmenting paths): pred index → gold index."""
    edges = [[j for j, g in enumerate(golds) if match(p, g)] for p in preds]
    gold_owner: dict[int, int] = {}

    def augment(i: int, visited: set[int]) -> bool:
        for j in edges[i]:
            if j in visited:
                continue
            visited.add(j)
            if j not in gold_owner or augment(gold_owner[j], visited):
                gold_owner[j] = i
                return True
        return False

    for i in range(len(preds)):
        augment(i, set())
    return {i: j for j, i in gold_owner.items()}


@dataclass
class Score:
    matched: int = 0
    exported: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.exported if self.exported else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalReport:
    by_type: dict[str, Score]
    overall: Score
    by_rule: dict[str, Score] = field(default_factory=dict)
    unmatched_pred: list[dict[str, Any]] = field(default_factory=list)
    unmatched_gold: list[dict[str, Any]] = field(default_factory=list)

    def render(self) -> Table:
        table = Table(title="Extraction vs gold")
        for column in ("type", "gold", "exported", "matched", "precision", "recall", "F1"):
            table.add_column(column, justify="right" if column != "type" else "left")
        for name, score in [*self.by_type.items(), ("all", self.overall)]:
            table.add_row(
                name,
                str(score.gold),
                str(score.exported),
                str(score.matched),
                f"{score.precision:.3f}",
                f"{score.recall:.3f}",
                f"{score.f1:.3f}",
            )
        return table

    def render_rules(self) -> Table:
        table = Table(title="Precision per rule (worst first)")
        for column in ("rule", "exported", "matched", "precision"):
            table.add_column(column, justify="right" if column != "rule" else "left")
        for rule, score in sorted(self.by_rule.items(), key=lambda kv: (kv[1].precision, -kv[1].exported)):
            table.add_row(rule, str(score.exported), str(score.matched), f"{score.precision:.3f}")
        return table


def read_zone_aliases(lines: Iterable[str]) -> dict[str, str]:
    """An alias file's lines ("canonical | alias | alias …", # comments) as squashed alias → canonical."""
    aliases: dict[str, str] = {}
    for line in lines:
        names = [_squash(name) for name in line.split("#", 1)[0].split("|")]
        names = [name for name in names if name]
        for name in names:
            aliases[name] = names[0]
    return aliases


def zone_canonicaliser(reference_names: Callable[[str], str], aliases: dict[str, str]) -> Callable[[str], str]:
    """Map a zone name to one canonical form: an evaluation alias file first, then the dictionary."""

    def canonical(name: str) -> str:
        squashed = _squash(name)
        return aliases.get(squashed) or reference_names(squashed)

    return canonical


def score(
    pred: Iterable[dict[str, Any]],
    gold: Iterable[dict[str, Any]],
    canonical_zone: Callable[[str], str] = lambda name: name,
) -> EvalReport:
    """Precision, recall and F1 per record type and overall, plus precision per extraction rule."""

    def key(record: dict[str, Any]) -> tuple[str, str, str]:
        zone = canonical_zone(_squash(record.get("zone")))
        return record.get("type", ""), record.get("doc", ""), zone

    pred_groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    gold_groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for record in pred:
        pred_groups[key(record)].append(record)
    for record in gold:
        gold_groups[key(record)].append(record)
    by_type = {t: Score() for t in TYPES}
    by_rule: dict[str, Score] = defaultdict(Score)
    unmatched_pred: list[dict[str, Any]] = []
    unmatched_gold: list[dict[str, Any]] = []
    for group in set(pred_groups) | set(gold_groups):
        record_type = group[0]
        preds, golds = pred_groups.get(group, []), gold_groups.get(group, [])
        matcher = MATCHERS.get(record_type)
        pairs = _max_matching(preds, golds, matcher) if matcher else {}
        s = by_type.setdefault(record_type, Score())
        s.exported += len(preds)
        s.gold += len(golds)
        s.matched += len(pairs)
        for i, p in enumerate(preds):
            rule = by_rule[str(p.get("rule", "?"))]
            rule.exported += 1
            rule.matched += int(i in pairs)
            if i not in pairs:
                unmatched_pred.append(p)
        matched_gold = set(pairs.values())
        unmatched_gold.extend(g for j, g in enumerate(golds) if j not in matched_gold)
    overall = Score(
        matched=sum(s.matched for s in by_type.values()),
        exported=sum(s.exported for s in by_type.values()),
        gold=sum(s.gold for s in by_type.values()),
    )
    return EvalReport(by_type, overall, dict(by_rule), unmatched_pred, unmatched_gold)
