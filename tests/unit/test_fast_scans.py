"""Scans rewritten for speed on long texts find exactly what the plain patterns they replace
find (hypothesis over texts made of the characters those patterns care about)."""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from loaders.context.subject import _GENERIC_WORDS, _stands_alone, decide_subject
from loaders.extract.context import ParagraphContext
from loaders.extract.metrics import MetricDraft, _first_equal_positions
from loaders.extract.zones import _SUFFIX_RE, TYPE_SUFFIXES, _name_spans, find_zones, zone_type_of
from loaders.normalise import normalise
from loaders.reference import Reference

# The plain pattern: a lazy run of Chinese characters (or ·), then a type suffix.
_PLAIN_NAME = re.compile(rf"[\u4e00-\u9fff·]{{0,12}}?(?:{_SUFFIX_RE})")

_PIECES = st.sampled_from(
    [
        *TYPE_SUFFIXES,
        *_GENERIC_WORDS,
        "某",
        "市",
        "县",
        "甲乙丙",
        "甲乙丙丁戊己庚辛",
        "·",
        "1",
        "2。",
        ",",
        "该",
        "本",
        "其中",
        "全",
        "\n",
        "开",
        "区",
        "a",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("甲乙丙丁戊己庚辛壬癸子丑寅卯高新区")
def test_name_spans_are_the_plain_patterns_matches(text: str) -> None:
    assert list(_name_spans(text)) == [(m.start(), m.end()) for m in _PLAIN_NAME.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_standing_alone_counts_as_the_lookbehind_pattern_does(text: str) -> None:
    for word in _GENERIC_WORDS:
        plain = re.findall(rf"(?<![\u4e00-\u9fff]){word}|(?:(?<=[该本全我])|(?<=其中)){word}", text)
        assert sum(1 for m in re.finditer(word, text) if _stands_alone(text, m.start())) == len(plain)


def test_zone_type_is_the_first_listed_suffix_a_name_ends_with() -> None:
    for suffix in TYPE_SUFFIXES:
        name = "某某" + suffix
        assert zone_type_of(name) == next(s for s in TYPE_SUFFIXES if name.endswith(s))
    assert zone_type_of("某某公司") is None
    assert zone_type_of("区") is None


def test_hits_starting_in_a_range_are_those_a_filter_over_all_hits_keeps(reference: Reference) -> None:
    text = "甲:无锡高新区、江阴经济开发区和张家港保税区分别增长5%、6%和7%,高新区增长8%。"
    norm = normalise(text)
    doc_zones = decide_subject([norm.text], reference, "")
    hits = tuple(find_zones(norm.text, doc_zones))
    ctx = ParagraphContext(
        norm=norm,
        zone_hits=hits,
        years=(),
        context_zone=None,
        context_zone_rule="none",
        context_year=None,
        context_year_rule="none",
        doc_zones=doc_zones,
        reference=reference,
    )
    assert len(hits) >= 3
    for lo in range(len(text) + 1):
        for hi in (None, lo, lo + 1, lo + 7, len(text)):
            expected = tuple(h for h in hits if h.start >= lo and (hi is None or h.start < hi))
            assert ctx.hits_starting(lo, hi) == expected


_DRAFTS = st.lists(
    st.builds(
        MetricDraft,
        start=st.integers(0, 3),
        end=st.just(9),
        indicator=st.sampled_from(["产值", "税收"]),
        measure=st.just("value"),
        value=st.just(Decimal(1)),
        unit=st.just("亿元"),
        approx=st.none(),
        qualifier=st.none(),
        rule=st.just("metric_level"),
        anchor=st.integers(0, 3),
    ),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(_DRAFTS)
def test_first_equal_positions_are_what_list_index_answers(drafts: list[MetricDraft]) -> None:
    position = _first_equal_positions(drafts)
    assert [position[id(d)] for d in drafts] == [drafts.index(d) for d in drafts]
