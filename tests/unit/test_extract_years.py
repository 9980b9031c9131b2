"""The year of a figure, decided sentence by sentence from what the text names."""

from decimal import Decimal

from unseen_documents import read_unseen as _unseen

from loaders.reference import Reference
from models.records import Extraction


def _years(ex: Extraction) -> dict[tuple[str, str], int | None]:
    return {(f.indicator, f.measure): f.year for f in ex.metrics}


def test_a_part_of_this_year_opening_a_sentence_dates_the_sentences_after_it(reference: Reference) -> None:
    text = (
        "平阳经济开发区外贸再创佳绩\n\n发布时间:2024-09-12\n\n"
        "2023年,平阳经济开发区实现进出口总额300亿元,同比增长12%。"
        "据统计,今年1至8月,平阳经济开发区进出口总额已达240亿元,同比增长9.5%。"
        "其中,出口额为150亿元,同比增长11%;进口额为90亿元,同比增长7%。\n"
    )
    years = _years(_unseen(text, reference))
    assert years[("进出口总额", "yoy_pct")] in (2023, 2024)
    assert years[("出口额", "value")] == 2024, "其中 goes on about 今年1至8月"
    assert years[("进口额", "yoy_pct")] == 2024


def test_a_half_year_opening_a_sentence_dates_the_sentences_after_it(reference: Reference) -> None:
    text = (
        "苍南工业园区经济运行简况\n\n2024-08-02\n\n"
        "2023年,苍南工业园区完成规上工业产值160亿元。"
        "2024年上半年,苍南工业园区完成规上工业产值88亿元。"
        "新增规上企业12家,同比增长20%。\n"
    )
    facts = {(f.indicator, f.measure): f for f in _unseen(text, reference).metrics}
    assert facts[("新增规上企业", "value")].value == Decimal(12)
    assert facts[("新增规上企业", "value")].year == 2024


def test_since_last_year_is_a_span_up_to_now(reference: Reference) -> None:
    text = "文成经济开发区招商纪实\n\n2025-10-12\n\n去年以来,文成经济开发区新引进项目31个,总投资87.5亿元。\n"
    years = _years(_unseen(text, reference))
    assert years[("新引进项目", "value")] == 2025
    assert years[("总投资", "value")] == 2025


def test_last_year_opening_a_sentence_dates_its_parts_after_semicolons(reference: Reference) -> None:
    text = (
        "平阳经开区集中开工活动举行\n\n"
        "据了解,去年平阳经开区引进项目31个,到位资金28.3亿元;竣工项目12个,新增就业岗位900个。"
        "今年以来,平阳经开区在谈项目16个。\n\n2024-03-13 08:45  来源:平阳日报\n"
    )
    years = _years(_unseen(text, reference))
    assert years[("引进项目", "value")] == years[("竣工项目", "value")] == years[("新增就业岗位", "value")] == 2023
    assert years[("在谈项目", "value")] == 2024


def test_a_year_of_what_a_project_once_did_is_no_time_of_the_sentence(reference: Reference) -> None:
    text = (
        "平阳经开区集中投产活动举行\n\n"
        "此外,去年落户的平阳轴承项目、瓯江涂料项目等5个项目陆续竣工,总投资21.4亿元。\n\n"
        "2024-03-13 08:45  来源:平阳日报\n"
    )
    assert _years(_unseen(text, reference))[("总投资", "value")] == 2024
    dated = "平阳经开区建设提速\n\n去年,平阳经开区新引进项目12个。\n\n2024-03-13 08:45  来源:平阳日报\n"
    assert _years(_unseen(dated, reference))[("新引进项目", "value")] == 2023


def test_a_span_of_years_told_figure_by_figure_with_the_zone_between(reference: Reference) -> None:
    text = (
        "平阳经济开发区发展综述\n\n"
        "2019年至2021年,平阳经济开发区分别完成营业收入88亿元、97.5亿元、110亿元。今年以来,新增外资企业7家。\n"
    )
    facts = _unseen(text, reference).metrics
    assert [(f.value, f.year) for f in facts if f.indicator == "营业收入"] == [
        (Decimal(88), 2019),
        (Decimal("97.5"), 2020),
        (Decimal(110), 2021),
    ]


def test_this_year_under_a_heading_that_reviews_a_year_is_that_year(reference: Reference) -> None:
    text = (
        "平阳经济开发区工作总结\n\n时间:2023-01-10\n\n一、2022年工作总结\n\n"
        "今年9月,平阳经济开发区入选省级未来工厂试点名单;目前园区规上企业71家。\n\n"
        "二、2023年工作思路\n\n今年,园区力争新增规上企业6家。\n"
    )
    ex = _unseen(text, reference)
    assert _years(ex)[("规上企业", "value")] == 2022
    assert [h.year for h in ex.honours] == [2022]
    assert _years(ex)[("新增规上企业", "value")] == 2023


def test_figures_at_a_founding_and_years_in_parentheses_after_figures(reference: Reference) -> None:
    text = (
        "平阳经济开发区十年变化\n发布时间:2024-10-23\n\n"
        "2013年平阳经济开发区获批设立时,园区规划面积仅7.2平方千米,规模以上企业只有23家。\n\n"
        "【数说平阳经济开发区】\n\n■ 高新技术企业:5家(2013年)→41家(去年)\n"
    )
    years = {(f.value, f.approx): f.year for f in _unseen(text, reference).metrics}
    assert years == {
        (Decimal("7.2"), "仅"): 2013,
        (Decimal("23"), "只有"): 2013,
        (Decimal("5"), None): 2013,
        (Decimal("41"), None): 2023,
    }


def test_a_founding_by_an_authority_dates_no_figure_after_it(reference: Reference) -> None:
    text = "泰顺经济开发区概况\n\n泰顺经济开发区于2006年3月由省人民政府批准设立,首期用地7.3平方公里。\n"
    assert [f.year for f in _unseen(text, reference).metrics] == [None]
    # (the date may stand apart from the founding by a comma)
    text = "瑞安高新区简介\n\n2003年5月,经省政府批准成立瑞安高新区。各项经济指标占全市经济总量的三成以上。\n"
    assert [f.year for f in _unseen(text, reference).metrics] == [None]


def test_the_year_of_an_honour_dates_no_figure_of_an_undated_profile(reference: Reference) -> None:
    text = (
        "文成工业园区简介\n\n文成工业园区2016年获评省级特色工业园区,2020年被列为省级高新技术产业园区。"
        "目前园区入驻企业132家,年产值约47亿元。"
    )
    ex = _unseen(text, reference)
    assert {f.value: f.year for f in ex.metrics} == {Decimal("132"): None, Decimal("47"): None}
    assert sorted(h.year for h in ex.honours) == [2016, 2020]


def test_a_span_of_years_in_the_clause_before_a_respectively_list(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("平阳经济开发区2016年至2018年,分别完成地区生产总值136.3亿元、154.5亿元、171亿元。")
    assert [(m.value, m.year) for m in ex.metrics] == [(Decimal("136.3"), 2016), (Decimal("154.5"), 2017), (171, 2018)]
    ex = extract("2021—2023年,苍南经济开发区规上工业产值分别为212亿元、240亿元和268亿元。")
    assert [(m.value, m.year) for m in ex.metrics] == [(212, 2021), (240, 2022), (268, 2023)]


def test_news_of_the_last_days_is_of_the_year_of_writing(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract(
        "2022年,瑞安经开区完成税收27.3亿元。\n\n近日,省里批复瑞安经开区扩区,至此全市省级以上园区达到11个。",
        report_year=2022,
        published_on="2023-03-09",
    )
    assert {(m.value, m.year) for m in ex.metrics} == {(Decimal("27.3"), 2022), (11, 2023)}
    ex = extract(
        "近日,省里通报了2022年度园区考核结果。全市参评的9个园区中,瑞安经开区位列第2。",
        report_year=2022,
        published_on="2023-03-09",
    )
    assert [(r.rank, r.year) for r in ex.rankings] == [(2, 2022)], "the news dates its own sentence only"
    ex = extract(
        "全省2022年度园区考核情况日前揭晓,瑞安经开区的亩均税收达到31.65万元。", report_year=2022, published_on="2023-03-09"
    )
    assert [(m.value, m.year) for m in ex.metrics] == [(Decimal("31.65"), 2022)], "a year the sentence names is what it reports"


def test_as_of_a_year_s_end_opening_a_sentence_dates_the_sentences_after_it(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract(
        "截至2022年底,苍南工业园区入驻企业205家,其中规上企业77家。园区工业总产值118.35亿元。",
        report_year=2024,
        published_on="2024-05-02",
    )
    assert {m.year for m in ex.metrics} == {2022}


def test_shang_nian_is_the_year_before_the_one_its_sentence_reports(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("2021年,文成工业园区工业产值12.35亿元,上年为8.65亿元。", report_year=2023, published_on="2024-03-02")
    assert {(m.value, m.year) for m in ex.metrics} == {(Decimal("12.35"), 2021), (Decimal("8.65"), 2020)}
