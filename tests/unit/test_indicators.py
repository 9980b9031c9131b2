"""Indicator phrases to catalogue codes and breakdowns (loaders/indicators.py)."""

from __future__ import annotations

import pytest

from loaders.indicators import IndicatorMapping, map_indicator
from loaders.reference import Reference, load_reference


@pytest.fixture(scope="module")
def reference() -> Reference:
    return load_reference()


@pytest.mark.parametrize(
    ("phrase", "unit", "measure", "code", "breakdown"),
    [
        # a catalogue name, with or without the zone, verbs and period words around it
        ("规模以上工业增加值", "%", "yoy_pct", "industrial_value_added_above_scale", None),
        ("园区全年累计完成规上工业总产值", "亿元", "value", "industrial_output_above_scale", None),
        ("1-9月实现营业收入", "亿元", "value", "operating_revenue", None),
        # the words before a bare noun say which part: a sector, a kind, a size band
        ("新能源汽车产业实现产值", "亿元", "value", "output_value", "新能源汽车产业"),
        ("纳税超五百万元企业", "家", "value", "enterprises", "纳税超五百万元"),
        ("新开工3亿元以上项目", "个", "value", "projects_started", "3亿元以上"),
        ("百亿级产业集群", "个", "value", "industries", "百亿级"),
        # what only says that something is counted goes
        ("入驻企业总数", "家", "value", "resident_enterprises", None),
        ("省级高新区总数", "个", "value", "zones_count", "省级"),
        # helping, or being involved, is no part of what is counted
        ("帮助企业复产", "家", "value", "enterprises", "复产"),
        ("三期房屋搬迁所涉及", "户", "value", "relocated_households", "三期"),
        # 额 only says that an amount is one
        ("累计实际到位外资额", "亿美元", "value", "actual_fdi", None),
        # costs and the share of output sold
        ("规上工业企业主营业务成本", "亿元", "value", "operating_cost", "规上工业企业"),
        ("工业产品销售率", "%", "value", "sales_output_ratio", None),
        ("项目投产率", "%", "value", "commissioning_rate", None),
        ("招商资金到位率", "%", "value", "funds_in_place_rate", "招商"),
        # percentage points of a pull on growth are their own kind of figure
        ("拉动服务业增长", "个百分点", "value", "growth_contribution", "服务业"),
    ],
)
def test_phrase_maps_to_code_and_breakdown(
    reference: Reference, phrase: str, unit: str, measure: str, code: str, breakdown: str | None
) -> None:
    mapping = map_indicator(phrase, unit, measure, reference)
    assert (mapping.code, mapping.breakdown) == (code, breakdown)


def test_two_parts_of_one_noun_never_share_a_key(reference: Reference) -> None:
    one = map_indicator("生物医药产业产值", "亿元", "value", reference)
    other = map_indicator("装备制造产业产值", "亿元", "value", reference)
    assert one.code == other.code == "output_value"
    assert one.breakdown != other.breakdown


def test_the_figure_s_unit_picks_between_codes_of_one_noun(reference: Reference) -> None:
    assert map_indicator("新增供地", "亩", "value", reference).code == "land"
    assert map_indicator("新增供地", "宗", "value", reference).code == "land_parcels"
    # an amount in dollars is still an amount; a count is no area
    assert map_indicator("实际到位外资", "亿美元", "value", reference).code == "actual_fdi"
    assert map_indicator("标准厂房", "平方米", "value", reference).code == "floor_area"
    assert map_indicator("厂房", "万吨", "value", reference) == IndicatorMapping(None, None, "unmapped")


def test_a_pull_in_points_is_no_growth_rate(reference: Reference) -> None:
    assert map_indicator("拉动投资增长", "%", "yoy_pct", reference).code is None


def test_sub_item_takes_its_own_code_or_breaks_its_whole_down(reference: Reference) -> None:
    own = map_indicator("入驻企业中高新技术企业", "家", "value", reference, is_part=True)
    assert (own.code, own.breakdown, own.rule) == ("high_tech_enterprises", None, "sub_item")
    band = map_indicator("新开工项目中10亿元以上项目", "个", "value", reference, is_part=True)
    assert (band.code, band.breakdown) == ("projects_started", "10亿元以上")
    kind = map_indicator("出让土地中商住用地", "公顷", "value", reference, is_part=True)
    assert (kind.code, kind.breakdown) == ("land_transferred", "商住")


@pytest.mark.parametrize("phrase", ["还要办好", "部署动员", "位居全国"])
def test_words_that_name_no_indicator_stay_unmapped(reference: Reference, phrase: str) -> None:
    assert map_indicator(phrase, "件", "value", reference).code is None


def test_a_count_names_its_thing_first_and_what_they_did_after(reference: Reference) -> None:
    ahead = map_indicator("项目按期推进", "个", "value", reference)
    assert (ahead.code, ahead.breakdown, ahead.rule) == ("projects", "按期推进", "head_first_breakdown")
    assert map_indicator("企业完成技改", "家", "value", reference).code == "enterprises"
    # a second countable noun means the first word was no thing counted
    assert map_indicator("签约重点项目落地", "个", "value", reference).code is None
    # an amount is no count: its name ends the phrase
    assert map_indicator("项目完成投资额", "亿元", "value", reference).code != "projects"
