"""Whole documents written in the styles of the corpus for cities the dictionary does not know."""

from decimal import Decimal

from unseen_documents import read_unseen as _unseen

from loaders.extract import extract_document
from loaders.infer import infer_meta
from loaders.read import sha256_hex
from loaders.reference import Reference
from models.records import Document, DocumentMeta

YEARBOOK = """开发区

【概况】 2022年,全市有省级以上开发区7家。全市省级以上开发区实现规模以上工业总产值6120.5亿元,比上年增长8.2%。

表12\t2022年湖州市省级以上开发区主要经济指标
开发区\t规上工业总产值(亿元)\t增长(%)
湖州经济技术开发区\t1020.3\t9.1
长兴经济技术开发区\t1500.8\t7.5
合  计\t2521.1\t8.1

湖州经济技术开发区

【概况】 湖州经济技术开发区规划面积43.1平方千米。2022年,开发区新增规上工业企业36家。

【招商引资】 全年新引进亿元以上项目42个。

长兴经济技术开发区

【概况】 2022年,长兴经济技术开发区获评“省级绿色低碳工业园区”称号。

(湖州市商务局 提供)
"""


def test_a_yearbook_chapter_of_another_city(reference: Reference) -> None:
    ex = _unseen(YEARBOOK, reference)
    assert ex.document.meta.kind == "yearbook"
    facts = {(f.zone, f.indicator, f.measure, f.value) for f in ex.metrics}
    assert ("湖州市省级以上开发区", "规模以上工业总产值", "value", Decimal("6120.5")) in facts
    assert ("湖州市省级以上开发区", "规上工业总产值", "value", Decimal("2521.1")) in facts, "the total row is the aggregate"
    assert ("长兴经济技术开发区", "规上工业总产值", "yoy_pct", Decimal("7.5")) in facts
    assert ("湖州经济技术开发区", "新增规上工业企业", "value", Decimal(36)) in facts
    assert ("湖州经济技术开发区", "新引进亿元以上项目", "value", Decimal(42)) in facts, "the entry title is not the indicator"
    assert {f.year for f in ex.metrics} == {2022}
    assert [(h.zone, h.title) for h in ex.honours] == [("长兴经济技术开发区", "省级绿色低碳工业园区")]


NEWSPAPER = """第A01版:要闻
2024年01月18日 星期四 出版

第A02版:综合
第A03版:专题

德清经开区2023年工作亮点

■ 2023年,德清经济技术开发区(以下简称“德清经开区”)实现规上工业总产值860.2亿元,同比增长6.8%。

■ 去年,园区新增国家高新技术企业46家。在全省经济开发区综合考评中列第9位,较上年前进4位。

■ 今年,德清经开区将力争规上工业总产值突破900亿元。
"""


def test_a_january_paper_that_says_last_year_was_written_in_the_new_year(reference: Reference) -> None:
    ex = _unseen(NEWSPAPER, reference)
    assert (ex.document.meta.kind, ex.document.meta.published_on, ex.document.meta.report_year) == (
        "newspaper",
        "2024-01-18",
        2023,
    )
    years = {(f.indicator, f.value): f.year for f in ex.metrics}
    assert years[("规上工业总产值", Decimal("860.2"))] == 2023
    assert years[("新增国家高新技术企业", Decimal(46))] == 2023, "去年 in a January 2024 paper is 2023"
    target = next(f for f in ex.metrics if f.value == 900)
    assert (target.year, target.is_estimate) == (2024, True)
    assert [(r.rank, r.prev_rank, r.year) for r in ex.rankings] == [(9, 13, 2023)]
    assert {f.zone for f in ex.metrics} == {"德清经济技术开发区"}


FEATURE = """奋楫争先 勇立潮头——海宁经济开发区高质量发展纪实

近年来,海宁经济开发区坚持工业强区不动摇。2023年,开发区实现工业总产值1230亿元,规上工业增加值增长9.5%。

今年以来,开发区新签约亿元以上项目21个,总投资186亿元。

早在2006年,开发区就获批升级为省级经济开发区。目前,开发区已集聚规上工业企业520家。到2027年,开发区力争规上工业总产值突破2000亿元。
"""


def test_an_undated_feature_that_closes_a_year_and_speaks_of_this_one(reference: Reference) -> None:
    ex = _unseen(FEATURE, reference)
    years = {(f.indicator, f.value): f.year for f in ex.metrics}
    assert years[("工业总产值", Decimal(1230))] == 2023
    assert years[("新签约亿元以上项目", Decimal(21))] == 2024
    assert years[("规上工业总产值", Decimal(2000))] == 2027
    assert [(h.title, h.year) for h in ex.honours] == [("省级经济开发区", 2006)]
    assert {f.zone for f in ex.metrics} == {"海宁经济开发区"}


SUMMARY = """荆门高新区2022年工作总结和2023年工作思路

一、2022年工作总结
今年以来,高新区完成规上工业总产值520亿元,增长12.3%。

二、2023年工作思路
主要目标:规上工业总产值增长10%以上,固定资产投资突破120亿元。
"""


def test_a_plan_section_holds_targets_of_its_year(reference: Reference) -> None:
    ex = _unseen(SUMMARY, reference)
    facts = {f.value: (f.year, f.is_estimate) for f in ex.metrics}
    assert facts[Decimal(520)] == (2022, False)
    assert facts[Decimal(120)] == (2023, True)
    assert next(f for f in ex.metrics if f.value == 120).year_rule.startswith("section_heading_plan_year")


COUNTY_REPORT = """政府工作报告

2018年,全县实现地区生产总值362.7亿元,增长8.5%;社会消费品零售总额98.9亿元,增长10.1%。我县荣获全国县域经济强县称号。
"""


def test_a_countys_own_report_yields_no_zone_figures(reference: Reference) -> None:
    ex = _unseen(COUNTY_REPORT, reference)
    assert (ex.metrics, ex.honours) == ([], [])


def test_pinyin_readings_of_a_mirror_site_are_ignored(reference: Reference) -> None:
    ex = _unseen("2023年,西寧經濟技術開發(fā)區(qū)實(shí)現(xiàn)工業(yè)增加值239.8億元,增長(zhǎng)23.3%。", reference)
    assert {(f.zone, f.indicator, f.value) for f in ex.metrics} == {
        ("西宁经济技术开发区", "工业增加值", Decimal("239.8")),
        ("西宁经济技术开发区", "工业增加值", Decimal("23.3")),
    }


def test_a_bare_word_of_one_kind_never_stands_for_a_zone_of_another(reference: Reference) -> None:
    text = "今年前三季度,高新区完成规上工业总产值88.2亿元。\n\n东安经济开发区(高新园区)实现固定资产投资21.4亿元,园区新增规上企业12家。"
    by_value = {f.value: f.zone for f in _unseen(text, reference).metrics}
    assert by_value[Decimal("88.2")] is None
    assert by_value[Decimal("21.4")] == by_value[Decimal("12")] == "东安经济开发区"


def test_a_year_written_without_nian_before_its_half_and_a_province_s_zones(reference: Reference) -> None:
    text = (
        "据省商务厅消息,2021上半年,吉林省开发区经济运行稳中有进。实现地区生产总值1200.5亿元,同比增长4%。\n"
        "更多内容见《2021-2026年吉林开发区市场前景研究报告》。"
    )
    facts = _unseen(text, reference).metrics
    assert {(f.zone, f.year, f.period, f.measure) for f in facts} == {
        ("吉林省开发区", 2021, "上半年", "value"),
        ("吉林省开发区", 2021, "上半年", "yoy_pct"),
    }


def test_a_running_total_after_an_increment_and_a_forecast_of_the_same_indicator(reference: Reference) -> None:
    text = "2022年,平阳县工业园区新增入库企业15家,达到210家;实现工业总产值512.3亿元,同比增长9.1%;预计全年达到560亿元。"
    facts = {(f.indicator, f.value): f for f in _unseen(text, reference).metrics}
    assert facts[("入库企业", Decimal("210"))].rule == "metric_level_cumulative"
    forecast = facts[("工业总产值", Decimal("560"))]
    assert forecast.zone == "平阳县工业园区" and forecast.is_estimate


def test_bonded_zones_and_reform_zones_are_zones(reference: Reference) -> None:
    text = "平阳综保区上半年进出口值增长12%。\n\n平阳转型综改示范区今年上半年规上工业增加值增长8.1%。"
    facts = _unseen(text, reference).metrics
    assert [(f.zone, f.indicator) for f in facts] == [("平阳综保区", "进出口值"), ("平阳转型综改示范区", "规上工业增加值")]


def test_a_municipality_s_zones_evaluated_together(reference: Reference) -> None:
    text = (
        "门户 科技 园区 园区 园区\n"
        "重庆市商务委员会公布2023年重庆市开发区综合评价结果\n"
        "为推进全市开发区高质量发展,市商务委开展了评价。共12家开发区参评。\n"
        "2022年,全部参评开发区利用外资增长9.5%,占全市比重70.1%。"
    )
    doc = infer_meta(
        Document(
            doc_id=sha256_hex(text.encode()),
            meta=DocumentMeta(file_name="u.txt"),
            encoding="utf-8",
            n_bytes=len(text.encode()),
            text=text,
        )
    )
    assert doc.meta.title == "重庆市商务委员会公布2023年重庆市开发区综合评价结果"
    facts = {(f.indicator, f.measure): f for f in extract_document(doc, reference).metrics}
    growth = facts[("利用外资", "yoy_pct")]
    assert (growth.zone, growth.year, growth.value) == ("重庆市开发区", 2022, Decimal("9.5"))


def test_honours_named_in_a_headline_and_after_de_wei_and_what_is_not_one(reference: Reference) -> None:
    text = (
        "平阳经济开发区获“全国绿色低碳示范园区”殊荣\n\n"
        "来源:温州日报 2021-05-08\n\n"
        "近日,平阳经济开发区荣获“全国绿色低碳示范园区”称号,成为全市唯一获此殊荣的开发区。"
        "该评选由甲协会、乙研究院等5家单位联合发起。\n\n"
        "通过层层考核,获评“四星级园区”的为苍南经济开发区、文成经济开发区等2家;"
        "园区在带动全县产业升级、促进对外开放等方面作用明显。"
    )
    extraction = _unseen(text, reference)
    assert sorted((h.title, h.zone) for h in extraction.honours) == [
        ("全国绿色低碳示范园区", "平阳经济开发区"),
        ("四星级园区", "文成经济开发区"),
        ("四星级园区", "苍南经济开发区"),
    ]
    assert not extraction.projects
    assert not [f for f in extraction.metrics if f.unit == "家"]


def test_a_verb_after_a_remark_and_a_running_total_already_held(reference: Reference) -> None:
    text = (
        "前三季度,平阳高新区生产总值(GDP)实现310.6亿元,同比增长8.9%。其中,第二产业增加值实现150.2亿元。"
        "新增省级“专精特新”企业12家,累计已拥有30家。"
    )
    facts = {(f.indicator, f.measure, f.value) for f in _unseen(text, reference).metrics}
    assert {
        ("生产总值", "value", Decimal("310.6")),
        ("生产总值", "yoy_pct", Decimal("8.9")),
        ("第二产业增加值", "value", Decimal("150.2")),
        ("省级“专精特新”企业", "value", Decimal("30")),
    } <= facts


def test_what_was_added_to_a_stock_is_an_increment_of_it(reference: Reference) -> None:
    text = "2023年,平阳经济开发区新增规模以上工业企业18家,规模以上工业企业达到160家,新引进项目25个。"
    facts = {f.value: f for f in _unseen(text, reference).metrics}
    added, stock, projects = facts[Decimal("18")], facts[Decimal("160")], facts[Decimal("25")]
    assert added.indicator_code == stock.indicator_code == "enterprises_above_scale"
    assert (added.basis, stock.basis) == ("increment", None)
    assert (projects.indicator_code, projects.basis) == ("new_projects", None)


def test_zones_listed_before_respectively_and_an_extreme_cited_in_passing(reference: Reference) -> None:
    text = (
        "平阳经开区营业收入、工业产值分别增长5%、6%。\n\n"
        "今年一季度,平阳经济开发区完成固定资产投资增长9.4%。其中,南湖工业园区、北湖工业园区、东湖工业园区投资分别增长"
        "11.2%、6.8%、13.5%。"
    )
    by_value = {f.value: f for f in _unseen(text, reference).metrics}
    assert (by_value[Decimal("5")].indicator, by_value[Decimal("6")].indicator) == ("营业收入", "工业产值")
    assert [by_value[Decimal(v)].zone for v in ("11.2", "6.8", "13.5")] == ["南湖工业园区", "北湖工业园区", "东湖工业园区"]
    review = (
        "浙江日报:2022年浙江省开发区综合考评结果揭晓\n\n"
        "2022年,全省开发区战略性新兴产业产值占规上工业比重达40.2%,最高的苍南经济开发区为81.5%。"
        "新认定高新技术企业1520家。"
    )
    by_value = {f.value: f for f in _unseen(review, reference).metrics}
    assert by_value[Decimal("81.5")].zone == "苍南经济开发区"
    assert by_value[Decimal("1520")].zone == by_value[Decimal("40.2")].zone == "浙江省开发区"


def test_a_district_run_with_its_zone_and_a_five_year_plan_review(reference: Reference) -> None:
    text = (
        "2020年政府工作报告\n\n"
        "时间:2021-02-03 来源:平阳经开区管委会(鳌江区政府)\n\n"
        "各位代表:\n\n"
        "五年来,我区实力持续增强。全区工业总产值由十二五末的812亿元提高到2020年的1230亿元。"
    )
    facts = {f.value: f for f in _unseen(text, reference).metrics}
    start, end = facts[Decimal("812")], facts[Decimal("1230")]
    assert start.zone == end.zone == "平阳经开区"
    # the zone is named only in the source line, as the district's administration
    assert (start.indicator, start.year) == ("工业总产值", 2015)
    assert (end.indicator, end.year) == ("工业总产值", 2020)


def test_a_five_year_plan_period_dates_its_totals_by_its_end_or_by_the_writing(reference: Reference) -> None:
    review = (
        "平阳经济开发区发展回顾\n\n“十三五”期间,平阳经济开发区累计完成固定资产投资86.2亿元,规上工业企业比“十二五”末增加41家。"
    )
    facts = {f.value: f for f in _unseen(review, reference).metrics}
    assert facts[Decimal("86.2")].year == facts[Decimal("41")].year == 2020
    midway = "发布时间:2018-03-02\n\n“十三五”期间,平阳经济开发区累计完成固定资产投资55.7亿元。"
    assert {f.value: f.year for f in _unseen(midway, reference).metrics}[Decimal("55.7")] == 2018


def test_the_plan_periods_before_the_eleventh_and_in_traditional_script_date_their_totals_too(reference: Reference) -> None:
    history = (
        "文成經濟開發區沿革\n\n發布時間:2013-06-21\n\n"
        "“八五”時期,文成經濟開發區累計引進外資實際到位1357萬美元。"
        "“十五”期間,開發區新建標準廠房26.35萬平方米。到“九五”期末,全區共有企業83家。"
    )
    facts = {f.value: f.year for f in _unseen(history, reference).metrics}
    assert facts[Decimal("1357")] == 1995
    assert facts[Decimal("26.35")] == 2005
    assert facts[Decimal("83")] == 2000
    unquoted = "发布时间:2013-06-21\n\n十五期间,文成经济开发区新建标准厂房13.75万平方米。"
    assert {f.value: f.year for f in _unseen(unquoted, reference).metrics}[Decimal("13.75")] == 2005


def test_that_year_is_the_year_its_sentence_named_even_a_founding(reference: Reference) -> None:
    text = "发布时间:2024-05-06\n\n早在2009年,平阳经济开发区经省政府批准设立,当年入驻企业不足30家。如今园区入驻企业达412家。"
    facts = {f.value: f for f in _unseen(text, reference).metrics}
    assert facts[Decimal("30")].year == 2009
    assert facts[Decimal("412")].year == 2024


def test_a_county_s_figures_before_its_zone_is_turned_to_are_the_county_s(reference: Reference) -> None:
    text = (
        "平阳县:全力以赴抓项目\n\n发布时间:2024-01-05\n\n"
        "2023年该县新签约项目96个,新开工项目71个。特别是该县经开区建设提速,全年经开区新注册企业318家。"
    )
    zones = {f.value: f.zone for f in _unseen(text, reference).metrics}
    assert zones[Decimal("96")] is None and zones[Decimal("71")] is None
    assert zones[Decimal("318")] is not None and zones[Decimal("318")].endswith("经济开发区")


def test_a_zone_named_after_a_bay_or_a_creek_without_a_place(reference: Reference) -> None:
    text = "经济运行简报\n\n日前,大鹏湾开发区公布1至5月数据,规上工业总产值824.1亿元。要决战开发区建设,园区新增企业12家。"
    zones = {f.value: f.zone for f in _unseen(text, reference).metrics}
    assert zones[Decimal("824.1")] == "大鹏湾开发区"
    assert all("决战" not in (zone or "") for zone in zones.values())


def test_a_verb_before_a_programme_s_short_name_makes_no_zone_name(reference: Reference) -> None:
    text = "平阳高新区年度工作\n\n平阳高新区提出120条创新举措,制定实施自创区三年发展规划,新增企业31家。"
    zones = {f.zone for f in _unseen(text, reference).metrics}
    assert not any("制定" in (zone or "") for zone in zones)


def test_a_clause_turned_to_a_county_tells_the_county_s_figures(reference: Reference) -> None:
    text = (
        "温州市集中签约大会举行\n\n本次共签约项目60个。其中:平阳经济开发区签约项目12个,总投资103.9亿元;"
        "文成县签约项目21个,总投资208.5亿元;泰顺县签约项目4个,总投资59.6亿元。"
    )
    zones = {f.value: f.zone for f in _unseen(text, reference).metrics}
    assert zones[Decimal("103.9")] == "平阳经济开发区"
    assert zones[Decimal("208.5")] is None and zones[Decimal("59.6")] is None


def test_a_partner_zone_is_not_the_subject_of_what_follows(reference: Reference) -> None:
    text = (
        "平阳经济开发区年度工作\n\n"
        "平阳经济开发区规上工业产值增长9.1%;与甲集团、苍南经济开发区签订战略合作协议。获评省级绿色园区。"
    )
    honours = _unseen(text, reference).honours
    assert [h.zone for h in honours] == ["平阳经济开发区"]


def test_a_county_and_a_bare_zone_joined_by_and_make_no_name(reference: Reference) -> None:
    text = "温州市重大项目集中签约活动举行\n\n从县区看,苍南县和高新区分别签约6个项目;南和经开区签约2个项目。"
    zones = {f.zone for f in _unseen(text, reference).metrics}
    assert not any("县和" in (zone or "") for zone in zones)
    assert "南和经开区" in zones


def test_a_forecast_with_a_bracketing_approximation(reference: Reference) -> None:
    text = "2021年,平阳高新区完成工业总产值512.8亿元,同比增长9.4%;预计年底达到600亿元以上、同比增长30%以上。"
    facts = {f.value: f for f in _unseen(text, reference).metrics}
    assert facts[Decimal("600")].indicator == facts[Decimal("30")].indicator == "工业总产值"
    assert facts[Decimal("600")].is_estimate


def test_a_last_listed_zone_no_pattern_knows_still_pairs(reference: Reference) -> None:
    text = "今年一季度,平阳经济开发区完成固定资产投资增长9.4%。其中,南湖工业园区、北湖工业园区、生物产业园区投资分别增长11.2%、6.8%、13.5%。"
    facts = {f.value: f for f in _unseen(text, reference).metrics}
    assert [(facts[Decimal(v)].zone, facts[Decimal(v)].indicator) for v in ("11.2", "6.8", "13.5")] == [
        ("南湖工业园区", "投资"),
        ("北湖工业园区", "投资"),
        ("生物产业园区", "投资"),
    ]


def test_the_zones_counted_before_a_figure_are_the_group_it_is_of(reference: Reference) -> None:
    text = "广西高新区发展综述\n去年,柳州高新区产值超千亿元,同时,7个高新区现有企业数1.2万家;全市5家经济开发区全部通过评审。"
    facts = {f.value: f for f in _unseen(text, reference).metrics}
    assert facts[Decimal("1.2")].zone == "广西高新技术产业开发区"


def test_a_city_s_counted_zones_keep_their_count_and_are_one_group(reference: Reference) -> None:
    # "宜昌市经济开发区" alone would read as one zone of that city; the group is the city's nine
    text = (
        "宜昌市商务局:开发区运行简报\n"
        "2023年,我市9个经济开发区实现规上工业总产值2100亿元,同比增长6.5%。\n"
        "全市经济开发区新增规上工业企业120家。\n"
        "全省40个经济开发区实现营业收入9000亿元。"
    )
    facts = {(f.indicator, f.measure): f.zone for f in _unseen(text, reference).metrics}
    assert facts[("规上工业总产值", "value")] == "宜昌市9个经济开发区"
    assert facts[("规上工业总产值", "yoy_pct")] == "宜昌市9个经济开发区"
    assert facts[("新增规上工业企业", "value")] == "宜昌市9个经济开发区"
    # a province's name before a type word names no single zone: its count is left out
    assert facts[("营业收入", "value")] == "湖北省经济开发区"


def test_a_level_written_inside_a_zone_s_name_is_no_part_of_it(reference: Reference) -> None:
    text = (
        "晨报讯 截至9月底,衢州(国家级)经济技术开发区(以下简称“衢州开发区”)实现税收8.2亿元。\n"
        "前三季度,玉溪国家级高新区营业收入达56亿元。"
    )
    facts = {f.value: f.zone for f in _unseen(text, reference).metrics}
    assert facts[Decimal("8.2")] == "衢州经济技术开发区"
    assert facts[Decimal("56")] == "玉溪高新区"
    # a province's short name before the level: that province's zones of the level together
    text = "省商务厅通报\n上半年,安徽国家级经开区实现进出口总额300亿元。"
    facts = {f.value: f.zone for f in _unseen(text, reference).metrics}
    assert facts[Decimal("300")] == "安徽省国家级经济技术开发区"


def test_a_level_inside_the_name_of_a_zone_named_after_a_part_of_its_city(reference: Reference) -> None:
    text = "本报讯 营口仙人岛国家级经济技术开发区揭牌。去年,该区完成地区生产总值41.2亿元。"
    facts = {f.value: f.zone for f in _unseen(text, reference).metrics}
    assert facts[Decimal("41.2")] == "营口仙人岛经济技术开发区"


def test_a_district_report_s_bare_zone_word_is_the_district_s_own_zone(reference: Reference) -> None:
    text = (
        "政府工作报告\n——2024年1月9日在泸州市龙马潭区人民代表大会上\n过去一年,全区地区生产总值增长6%。经开区工业产值增速达11.5%。"
    )
    facts = {f.value: f.zone for f in _unseen(text, reference).metrics}
    assert facts[Decimal("11.5")] == "龙马潭经济开发区"


def test_a_zone_where_another_zone_acts_is_not_what_follows(reference: Reference) -> None:
    text = "巢湖经开区推进绿色转型,在庐江工业园区试点建设储能电站。1-8月,研发投入3.1亿元,同比增长12%。"
    facts = {f.value: f.zone for f in _unseen(text, reference).metrics}
    assert facts[Decimal("3.1")] == "巢湖经开区"


def test_parks_praised_in_a_list_leave_the_province_s_parks_in_charge(reference: Reference) -> None:
    text = (
        "据省政府通报,对评定为优秀等次的肇庆、惠州(梅州)、佛山南海(阳山)产业园等3个园区予以通报表扬。\n"
        "同时,对考评不达标的4个园区予以通报批评。\n"
        "我省2019年省产业园实现规模以上工业增加值800亿元,同比增长9.5%。"
    )
    facts = {f.value: f.zone for f in _unseen(text, reference).metrics}
    assert facts[Decimal("800")] == "广东省产业园"
    assert facts.get(Decimal("4")) != "佛山南海(阳山)产业园"


def test_a_january_review_whose_last_part_plans_the_year_it_was_printed_in(reference: Reference) -> None:
    text = (
        "2021年01月12日 星期二 出版\n"
        "——醴陵经开区2020年工作回眸\n"
        "2020年,醴陵经开区完成规上工业总产值312亿元,同比增长7.5%。\n"
        "2021年是“十四五”开局之年。今年,醴陵经开区将力争规上工业总产值增长9%以上,实施重点项目60个以上。"
    )
    years = {f.value: f.year for f in _unseen(text, reference).metrics}
    assert years[Decimal("312")] == 2020
    assert years[Decimal("60")] == 2021


def test_groups_and_lists_of_zones_complete_the_indicator_named_before(reference: Reference) -> None:
    text = (
        "市商务局 发布日期:2023-07-20\n"
        "上半年,全市开发区实现规上工业营业收入2210.5亿元,同比增长6.1%。其中,2家国家级开发区完成980.4亿元,同比增长8.8%。\n"
        "规上工业营业收入超过200亿元的有临朐经济开发区、安丘经济开发区,分别完成236.1亿元、205.7亿元;"
        "增速居前两位的是昌乐经济开发区、临朐经济开发区,分别增长12.3%、10.8%。"
    )
    facts = {(f.value, f.measure): (f.zone, f.indicator) for f in _unseen(text, reference).metrics}
    assert facts[(Decimal("980.4"), "value")][1] == "规上工业营业收入"
    assert facts[(Decimal("236.1"), "value")] == ("临朐经济开发区", "营业收入")
    assert facts[(Decimal("205.7"), "value")] == ("安丘经济开发区", "营业收入")
    assert facts[(Decimal("12.3"), "yoy_pct")][0] == "昌乐经济开发区"
    assert facts[(Decimal("10.8"), "yoy_pct")][0] == "临朐经济开发区"
    assert (Decimal("200"), "value") not in facts, "the bar the zones listed pass is no figure"


def test_a_sentence_opening_with_the_province_s_zones_is_theirs_in_a_zone_s_report(reference: Reference) -> None:
    text = (
        "许昌经开区一季度投资9.5亿元\n"
        "今年一季度,许昌经济技术开发区完成投资9.5亿元。\n"
        "省发改委通报,上半年,全省开发区工业增加值增长8.1%,对全省工业增长的贡献率为61.2%。"
        "此外,全省共有9家经开区受到表扬,许昌经开区完成固定资产投资增长12%。"
    )
    facts = {f.value: f.zone for f in _unseen(text, reference).metrics}
    assert facts[Decimal("9.5")] == "许昌经济技术开发区"
    assert facts[Decimal("8.1")] == "河南省开发区"
    assert facts[Decimal("61.2")] == "河南省开发区"
    assert facts[Decimal("12")] == "许昌经济技术开发区"


def test_a_gazetteer_s_numbered_section_title_is_no_zone(reference: Reference) -> None:
    text = "第二节 经济技术开发区\n\n1992年,德州经济技术开发区经省政府批准设立。2005年,开发区辖区面积68平方千米。"
    facts = {f.value: f.zone for f in _unseen(text, reference).metrics}
    assert facts[Decimal("68")] == "德州经济技术开发区"


def test_results_announced_after_a_figure_do_not_date_it(reference: Reference) -> None:
    text = (
        "宜都日报 2023年10月27日\n"
        + "前三季度,全市开发区主要指标稳中有进,项目建设提速,营商环境持续优化。" * 20
        + "\n前三季度,枝城经济开发区实现规上工业总产值300.5亿元,同比增长8.8%。9月,省商务厅发布2022年度全省开发区综合考评结果,"
        "枝城经济开发区位列第12位。\n"
        "省商务厅日前公布2022年度全省开发区考评结果,枝城经济开发区新增高新技术企业20家。"
    )
    years = {f.value: f.year for f in _unseen(text, reference).metrics}
    assert years[Decimal("300.5")] == 2023
    assert years[Decimal("20")] == 2022


def test_a_sentence_about_the_whole_county_tells_the_county_s_figures(reference: Reference) -> None:
    text = (
        "泰顺县工业园区前三季度运行平稳\n\n"
        "前三季度,全县工业园区规上工业增加值比上年增长9%,比全县平均高2.1个百分点。"
        "受此拉动,全县工业经济稳中向好。前三季度,全县工业税收同比增长18.5%,增速列全省第三。"
    )
    ex = _unseen(text, reference)
    zones = {(f.indicator, f.measure): f.zone for f in ex.metrics}
    assert zones[("规上工业增加值", "yoy_pct")] == "泰顺县工业园区"
    assert ("工业税收", "yoy_pct") in zones and zones[("工业税收", "yoy_pct")] is None
    assert [r.zone for r in ex.rankings] in ([], [None])


def test_a_feature_s_part_under_a_sub_heading_is_about_the_zone_it_turns_to(reference: Reference) -> None:
    text = (
        "全县开发区项目建设提速\n平阳日报 2023年8月2日\n\n"
        "全县3家开发区接连开展项目开工、项目签约活动,主要指标稳步增长。全县开发区上半年完成工业投资41亿元。\n\n"
        "抓项目 强后劲\n\n"
        "盛夏时节,在平阳经济开发区,新能源装备产业园项目正加紧建设。\n\n"
        "“项目开工以来,已有9栋厂房封顶,带动投资26亿元。”项目负责人介绍。"
    )
    ex = _unseen(text, reference)
    zones = {f.value: f.zone for f in ex.metrics}
    assert zones[Decimal("9")] == zones[Decimal("26")] == "平阳经济开发区"
    assert not [p for p in ex.projects if p.name.startswith("项目")], "stages of work are no project names"


def test_zones_named_in_parentheses_and_a_renaming_are_no_subject_or_time(reference: Reference) -> None:
    text = (
        "温州市开发区\n\n【概况】 2023年,温州全市省级以上开发区共4家,含国家级经开区1家,"
        "省级开发区3家(平阳经济开发区、苍南经济开发区、文成经济开发区),合计规划面积126.4平方千米。\n\n"
        "【概况】 泰顺经济开发区于2016年更名为现名,现有规划面积22.3平方千米。\n"
    )
    facts = {f.value: f for f in _unseen(text, reference).metrics}
    assert facts[Decimal("126.4")].zone == "温州市省级以上开发区"
    assert (facts[Decimal("22.3")].zone, facts[Decimal("22.3")].year) == ("泰顺经济开发区", 2023)


def test_the_lines_of_a_list_of_zones_and_their_figures_are_each_a_zone_s(reference: Reference) -> None:
    text = (
        "全市开发区上半年新增企业情况\n发布日期:2023-07-20\n\n"
        "今年上半年,全市开发区新增企业1020家。\n"
        "新增企业数居前的开发区:\n平阳经济开发区新增企业318家\n苍南经济开发区206家\n文成经济开发区151家\n"
    )
    facts = {(f.zone, f.value, f.indicator) for f in _unseen(text, reference).metrics if f.value < 1000}
    assert facts == {
        ("平阳经济开发区", Decimal("318"), "新增企业"),
        ("苍南经济开发区", Decimal("206"), "新增企业"),
        ("文成经济开发区", Decimal("151"), "新增企业"),
    }


def test_zones_listed_as_partners_are_not_what_a_paragraph_s_figures_are_about(reference: Reference) -> None:
    text = (
        "平阳经济开发区综合考评进位\n发布时间:2024-02-20\n\n"
        "平阳经济开发区2023年实现地区生产总值120.5亿元。\n\n"
        "项目建设提速。当年签约项目28个,计划总投资88.4亿元。与苍南经济开发区、温州大学、"
        "瑞安市人民医院等签署合作协议。"
    )
    facts = {f.value: f.zone for f in _unseen(text, reference).metrics}
    assert facts[Decimal("28")] == facts[Decimal("88.4")] == "平阳经济开发区"


def test_a_province_s_zones_naming_the_body_over_them_are_no_subject(reference: Reference) -> None:
    text = (
        "温州多家园区获评先进\n\n日前,浙江省产业园区建设领导小组通报2023年度园区考评情况。"
        "我市共有4家产业园区被评为全省先进园区,获评比例达三成。"
    )
    assert not [f for f in _unseen(text, reference).metrics if f.zone and f.zone.startswith("浙江")]


def test_the_only_zone_a_report_names_as_a_partner_is_not_its_subject(reference: Reference) -> None:
    text = (
        "县工业园去年成绩单\n来源:某某日报 发布时间:2021-02-18\n\n"
        "去年,县工业园聚焦项目建设,园区签约项目12个,开工亿元以上项目4个,"
        "与苍南经济开发区签订了结对共建合作协议。全年完成绿化面积6万平方米。"
    )
    ex = _unseen(text, reference)
    assert ex.metrics and not [f for f in ex.metrics if f.zone == "苍南经济开发区"]


def test_a_province_s_bonded_zones_counted_and_given_a_short_name(reference: Reference) -> None:
    text = (
        "浙江综保区外贸稳增长\n2025-10-28\n\n"
        "今年1-9月,浙江省内12个综合保税区(以下简称“综保区”)进出口总额达1864.2亿元,同比增长7.9%。"
        "2024年,综保区进出口值较2020年激增97.4%。"
    )
    facts = {(f.value, f.measure): (f.zone, f.year) for f in _unseen(text, reference).metrics}
    assert facts[(Decimal("1864.2"), "value")] == ("浙江省综合保税区", 2025)
    assert facts[(Decimal("97.4"), "yoy_pct")] == ("浙江省综合保税区", 2024)


def test_a_pull_on_the_zone_named_by_its_bare_word_is_no_zone_of_its_own(reference: Reference) -> None:
    text = (
        "泰顺经济开发区一季度经济运行情况\n发布时间:2024-04-20\n\n"
        "一季度,泰顺经济开发区规上工业增加值增长8.6%。装备制造业增加值增长13.9%,拉动经开区规上工业增长3.6个百分点。"
        "限上商品销售额2.9亿元,增长5.8%。"
    )
    assert {f.zone for f in _unseen(text, reference).metrics} == {"泰顺经济开发区"}


def test_a_total_of_listed_parks_counted_after_their_names_is_no_one_park_s(reference: Reference) -> None:
    text = (
        "全市重点园区税收稳步增长\n发布时间:2023-02-01\n\n"
        "2022年,全市重点园区完成税收收入520亿元。其中平阳经济开发区、温州数字软件园、瓯江互联网产业园等3个园区合计完成税收收入312.6亿元,"
        "占比约六成。"
    )
    facts = {f.value: f.zone for f in _unseen(text, reference).metrics}
    assert facts[Decimal("312.6")] is None


def test_the_area_of_the_county_a_sentence_opens_with_is_no_zone_s(reference: Reference) -> None:
    text = (
        "苍南经济开发区招商提速\n发布时间:2024-05-10\n\n苍南县总面积1272平方公里。苍南经济开发区今年新签约项目13个,总投资38亿元。"
    )
    facts = {f.value: f.zone for f in _unseen(text, reference).metrics}
    assert facts == {Decimal("1272"): None, Decimal("13"): "苍南经济开发区", Decimal("38"): "苍南经济开发区"}


def test_ranks_of_two_figures_of_a_zone_named_in_the_sentence(reference: Reference) -> None:
    text = "泰顺经济开发区通报\n发布时间:2024-04-20\n\n2023年平阳经济开发区营业收入居全省64个开发区第5位,税收居第11位。"
    ranks = {(r.zone, r.rank, r.ranking) for r in _unseen(text, reference).rankings}
    assert ranks == {("平阳经济开发区", 5, "全省营业收入排名"), ("平阳经济开发区", 11, "全省税收排名")}


def test_another_city_s_district_of_a_dictionary_zone_s_short_name_is_not_that_zone(reference: Reference) -> None:
    # the dictionary's 滨海新区 is Shaoxing's; a page of Tianjin names its own district so
    ex = _unseen(
        "2022年天津空港经济技术开发区发展情况\n在滨海新区区委区政府领导下,新区全年实现税收收入100亿元,增长6%。", reference
    )
    assert ex.metrics
    assert not [f for f in ex.metrics if f.zone == "绍兴滨海新区"]


BULLETIN_OF_PARKS = """苍南县开发区经济运行简报

二〇二四年第三期

一、总体情况

1-6月,全县开发区运行平稳。

全县开发区主要运行指标（1-6月）
指标 | 数值 | 同比增速
规模以上工业总产值 | 318.6亿元 | 7.2%
规上工业增加值 | — | 6.5%
固定资产投资 | 95.4亿元 | 12.1%

二、重点园区

（一）苍南经济开发区
规上工业总产值：193.2亿元，增长6.3%
固定资产投资：57.9亿元，增长12.7%

（二）苍南工业园区
规上工业总产值：88.6亿元，增长4.1%

三、下步工作建议

力争全年全县开发区规上工业产值增长9%以上。
"""


def test_a_bulletin_s_numbered_sections_of_parks_and_its_table_of_the_place_s_zones(reference: Reference) -> None:
    ex = _unseen(BULLETIN_OF_PARKS, reference)
    facts = {(m.indicator, m.measure, m.value): m for m in ex.metrics}
    # a table whose cells write their units, under a caption naming the county's zones
    assert facts[("规模以上工业总产值", "value", Decimal("318.6"))].zone == "苍南县开发区"
    assert facts[("规上工业增加值", "yoy_pct", Decimal("6.5"))].zone == "苍南县开发区"
    assert facts[("固定资产投资", "yoy_pct", Decimal("12.1"))].unit == "%"
    # a numbered heading naming a zone opens its section; one numbered as high ends it
    assert facts[("规上工业总产值", "value", Decimal("193.2"))].zone == "苍南经济开发区"
    assert facts[("规上工业总产值", "value", Decimal("88.6"))].zone == "苍南工业园区"
    target = facts[("规上工业产值", "yoy_pct", Decimal("9"))]
    assert target.zone == "苍南县开发区"
    assert target.is_estimate  # (under 下步工作建议: a target)


def test_zones_counted_then_listed_are_whole_names_whatever_place_opens_them(reference: Reference) -> None:
    text = (
        "全省新增省级开发区八家\n日期:2024年3月21日\n\n本年度全省新增8家省级开发区。\n\n"
        "其中,温州市3家:于岙山工业园区、石塘边贸合作加工工业园区、腾蛟产业园区;"
        "台州市5家:东湾工业园区、北岸工业园区、上盘工业园区、前所工业园区、新桥经济开发区。"
    )
    zones = {h.zone for h in _unseen(text, reference).honours}
    assert zones == {
        "于岙山工业园区",
        "石塘边贸合作加工工业园区",
        "腾蛟产业园区",
        "东湾工业园区",
        "北岸工业园区",
        "上盘工业园区",
        "前所工业园区",
        "新桥经济开发区",
    }


def test_an_energy_and_chemical_base_is_a_zone_of_its_own_name(reference: Reference) -> None:
    text = "东岭能源化工基地发展纪实\n\n2023年,东岭能源化工基地实现工业总产值1236亿元,增长7.3%。"
    facts = {(f.zone, f.measure) for f in _unseen(text, reference).metrics}
    assert facts == {("东岭能源化工基地", "value"), ("东岭能源化工基地", "yoy_pct")}


def test_a_report_on_several_zones_goes_on_about_the_one_just_named(reference: Reference) -> None:
    text = (
        "二季度项目集中签约\n来源:温州晚报 2024年4月21日\n\n"
        "4月18日,平阳经济开发区二季度重大项目集中签约活动举行。\n\n"
        "在集中签约的项目中,总投资26亿元的海工装备制造基地项目最受关注。\n\n"
        "苍南经济开发区同日开工项目5个,文成经济开发区同日签约项目3个。\n\n"
        "苍南经济开发区、文成经济开发区均已完成季度投资计划。\n\n"
        "全市开发区上半年签约项目41个。\n\n"
        "其中总投资12亿元的储能电池项目已经开工。"
    )
    projects = {p.name: p.zone for p in _unseen(text, reference).projects}
    assert projects["海工装备制造基地项目"] == "平阳经济开发区"
    # after a paragraph on a group of zones, the next names none of them
    assert projects["储能电池项目"] is None


def test_a_rank_s_list_is_named_after_its_own_scope_not_the_figure_s_place(reference: Reference) -> None:
    text = "全市产业集聚区运行平稳\n\n前三季度,全市产业集聚区营收稳步回升。1至9月,全市工业增值税增长近三成,增速位居全省第三。"
    assert [(r.ranking, r.rank) for r in _unseen(text, reference).rankings] == [("全省工业增值税增速排名", 3)]


COUNTY_PARKS_REPORT = """今年以来全县园区经济稳中有进
苍南日报 2024年11月20日

1-10月,全县省级以上园区规上工业产值达到393.8亿元、增长7.3%。

从各园区看,苍南经济开发区1-10月规上工业产值达到161.9亿元、增长6.4%,占全县园区的41.1%,稳居全县园区首位;园区鞋服企业实现产值52.6亿元。该区新引进配套项目12个,总投资8.5亿元。

平阳高新技术产业开发区(平阳高新区)是全县园区中增长最快的。1-10月,平阳高新区规上工业产值达到88.7亿元、增长12.5%。截至10月底,园区高新技术企业达到64家。
"""


def test_the_parks_a_share_is_of_or_a_rank_is_in_are_not_what_the_next_sentence_is_about(reference: Reference) -> None:
    facts = {f.value: f.zone for f in _unseen(COUNTY_PARKS_REPORT, reference).metrics}
    # 该区 points back past "占全县园区的…", "稳居全县园区首位" and the bare 园区 that stood for the zone
    assert facts[Decimal("12")] == facts[Decimal("8.5")] == facts[Decimal("161.9")]
    assert "苍南" in (facts[Decimal("8.5")] or "")


def test_a_bare_word_goes_back_to_the_zone_its_paragraph_opened_with_under_another_name(reference: Reference) -> None:
    facts = {f.value: f.zone for f in _unseen(COUNTY_PARKS_REPORT, reference).metrics}
    assert facts[Decimal("64")] == facts[Decimal("88.7")]
    assert "平阳" in (facts[Decimal("64")] or "")


def test_a_high_tech_industrial_park_is_named_by_its_own_name_as_a_high_tech_zone_is(reference: Reference) -> None:
    text = "一、主要指标\n\n（三）云岭高新技术产业园区\n规上工业总产值:53.6亿元\n\n2024年,云岭高新技术产业园区新增企业12家。"
    zones = {f.zone for f in _unseen(text, reference).metrics}
    assert zones == {"云岭高新技术产业园区"}


def test_a_signing_news_page_of_fields_slogans_and_a_figure_set_aside(reference: Reference) -> None:
    text = (
        "文成经开区举行秋季项目签约活动\n\n2024-10-12 来源:某某日报\n\n"
        "10月11日,文成经开区举行秋季招商签约活动。此次落户的项目涉及新材料、生物医药、康养综合体等项目,"
        "制造项目成为本次签约“重头戏”。\n\n"
        "今年以来,文成经开区一手抓安全生产,一手抓项目落地,除上述15个项目外,还有9个项目正在洽谈。"
        "以光伏、储能为代表的新兴产业产值占比58%。投资3亿元的甲轴承项目、投资1500万美元的乙机械有限公司"
        "技改项目、投资20亿元的丙康养基地项目等项目有序推进。"
    )
    ex = _unseen(text, reference)
    assert not ex.honours
    assert sorted(p.name for p in ex.projects) == sorted(["乙机械有限公司技改项目", "丙康养基地项目", "甲轴承项目"])
    indicators = {(m.indicator, m.value) for m in ex.metrics}
    assert ("新兴产业产值", Decimal(58)) in indicators
    assert not [i for i, v in indicators if i.startswith("除")]


def test_the_size_in_a_project_s_name_and_the_class_of_a_work_are_no_figures(reference: Reference) -> None:
    text = (
        "2023年,苍南经开区实现工业总产值480亿元。甲港8万吨级泊位、乙港3万吨级码头工程加快建设。"
        "60万吨丙烯、丁热电厂等一批项目开始建设。"
    )
    ex = _unseen(text, reference)
    assert [(m.indicator, m.value) for m in ex.metrics] == [("工业总产值", Decimal(480))]
    assert {p.name: p.status for p in ex.projects}.get("丁热电厂") == "开工"


def test_a_district_s_half_year_bulletin_compares_with_last_year_only(reference: Reference) -> None:
    text = (
        "龙湾区半年经济回暖\n\n2021-07-30\n\n"
        "今年以来,龙湾区、瓯江口开发区复工复产持续加快,签约项目41个,全球500强、国内百强企业纷纷落户。"
        "上半年龙湾区实现生产总值88.4亿元,同比下降1.6%,降幅较一季度收窄5.2%。规上工业增加值二季度增长7.3%,"
        "比一季度提高19.4%;社零总额当季增长11.8%,较上月回升6.6个百分点。"
    )
    ex = _unseen(text, reference)
    assert not ex.projects
    assert sorted(m.value for m in ex.metrics if m.unit in ("%", "个百分点")) == [
        Decimal("-1.6"),
        Decimal("7.3"),
        Decimal("11.8"),
    ]
