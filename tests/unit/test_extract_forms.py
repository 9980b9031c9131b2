"""Forms figures take in real pages, in sentences written for these tests."""

from decimal import Decimal


def _measures(extraction):
    return {(f.measure, f.value, f.unit) for f in extraction.facts}


def test_bi_zeng_is_growth(extract) -> None:
    ex = extract("一季度,漳州开发区工业总产值58.2亿元,比增9.6%;财政总收入2.1亿元,比降3.5%。")
    assert {("yoy_pct", Decimal("9.6"), "%"), ("yoy_pct", Decimal("-3.5"), "%")} <= _measures(ex)


def test_a_pull_in_percentage_points_is_a_value(extract) -> None:
    ex = extract("上半年,新投产项目新增产值8亿元,拉动园区规上工业产值增长6.2个百分点。")
    (pull,) = [f for f in ex.facts if f.unit == "个百分点"]
    assert (pull.measure, pull.value) == ("value", Decimal("6.2")) and "拉动" in pull.indicator


def test_differences_against_an_average_or_a_plan(extract) -> None:
    ex = extract("全市产业园区规上工业增加值增长12%,高于全省平均水平3.5个百分点;重点项目完成投资比年度计划加快8个百分点;"
                 "开发区服务业增加值增长2%,低于全市平均1.2个百分点。")
    diffs = {f.value for f in ex.facts if f.measure == "diff_pct_points"}
    assert diffs == {Decimal("3.5"), Decimal("8"), Decimal("-1.2")}


def test_a_contribution_rate_is_a_share_of_the_subject(extract) -> None:
    ex = extract("一季度,我省开发区高新技术产业增加值增长15.2%,对规上工业增长的贡献率达61.3%。")
    (share,) = [f for f in ex.facts if f.measure == "share_pct"]
    assert (share.value, share.indicator) == (Decimal("61.3"), "高新技术产业增加值")


def test_plan_completion_rates_listed_with_fenbie(extract) -> None:
    ex = extract("5个省级重点项目、12个市级重点项目全部开工,投资完成率分别为135%、118.5%。")
    assert {f.value for f in ex.facts if f.measure == "plan_pct"} == {Decimal("135"), Decimal("118.5")}


def test_two_growth_rates_joined_by_he(extract) -> None:
    ex = extract("2021年,某某经开区营业收入、工业总产值分别完成900亿元、850亿元,分别增长11.5%和10.2%。")
    assert {f.value for f in ex.facts if f.measure == "yoy_pct"} == {Decimal("11.5"), Decimal("10.2")}


def test_a_growth_rate_written_before_its_word(extract) -> None:
    ex = extract("前三季度,园区工业投资实现3.5%正增长。")
    assert ("yoy_pct", Decimal("3.5"), "%") in _measures(ex)


def test_electricity_is_not_money(extract) -> None:
    ex = extract("上半年,园区规上工业用电量5.31亿度,同比增长12.1%。")
    assert ("value", Decimal("5.31"), "亿度") in _measures(ex)
