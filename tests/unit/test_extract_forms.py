"""Forms figures take in real pages, in sentences written for these tests."""

from decimal import Decimal


def _measures(extraction):
    return {(f.measure, f.value, f.unit) for f in extraction.metrics}


def test_bi_zeng_is_growth(extract) -> None:
    ex = extract("一季度,漳州开发区工业总产值58.2亿元,比增9.6%;财政总收入2.1亿元,比降3.5%。")
    assert {("yoy_pct", Decimal("9.6"), "%"), ("yoy_pct", Decimal("-3.5"), "%")} <= _measures(ex)


def test_a_pull_in_percentage_points_is_a_value(extract) -> None:
    ex = extract("一季度,开发区新投产项目新增营收8亿元,拉动全区规上工业营收增长6.2个百分点。")
    (pull,) = [f for f in ex.metrics if f.unit == "个百分点"]
    assert (pull.measure, pull.value) == ("value", Decimal("6.2")) and "拉动" in pull.indicator


def test_differences_against_an_average_or_a_plan(extract) -> None:
    ex = extract(
        "全市产业园区规上工业增加值增长12%,高于全省平均水平3.5个百分点;重点项目完成投资比年度计划加快8个百分点;"
        "开发区服务业增加值增长2%,低于全市平均1.2个百分点。"
    )
    diffs = {f.value for f in ex.metrics if f.measure == "diff_pct_points"}
    assert diffs == {Decimal("3.5"), Decimal("8"), Decimal("-1.2")}


def test_a_contribution_rate_is_a_share_of_the_subject(extract) -> None:
    ex = extract("一季度,我省开发区高新技术产业增加值增长15.2%,对规上工业增长的贡献率达61.3%。")
    (share,) = [f for f in ex.metrics if f.measure == "share_pct"]
    assert (share.value, share.indicator) == (Decimal("61.3"), "高新技术产业增加值")


def test_plan_completion_rates_listed_with_fenbie(extract) -> None:
    ex = extract("2022年,园区5个省级重点项目、12个市级重点项目均已开工,年度投资完成率分别为135%、118.5%。")
    assert {f.value for f in ex.metrics if f.measure == "plan_pct"} == {Decimal("135"), Decimal("118.5")}


def test_two_growth_rates_joined_by_he(extract) -> None:
    ex = extract("2021年,某某经开区营业收入、工业总产值依次为900亿元、850亿元,分别增长11.5%和10.2%。")
    assert {f.value for f in ex.metrics if f.measure == "yoy_pct"} == {Decimal("11.5"), Decimal("10.2")}


def test_a_growth_rate_written_before_its_word(extract) -> None:
    ex = extract("前三季度,园区工业投资实现3.5%正增长。")
    assert ("yoy_pct", Decimal("3.5"), "%") in _measures(ex)


def test_electricity_is_not_money(extract) -> None:
    ex = extract("上半年,园区规上工业用电量5.31亿度,同比增长12.1%。")
    assert ("value", Decimal("5.31"), "亿度") in _measures(ex)


def test_ranks_with_a_field_between_verb_and_rank_and_without_di(extract) -> None:
    ex = extract(
        "2022年,某某经开区位列229家国家级经开区第21位,较上一年度提高4个位次,位列中部地区第2位;"
        "成功跻身全国先进制造业园区百强、位列63位。"
    )
    ranks = {(r.rank, r.prev_rank, r.of) for r in ex.rankings}
    assert ranks == {(21, 25, 229), (2, None, None), (63, None, None)}


def test_a_companys_market_position_is_not_the_zones_rank(extract) -> None:
    ex = extract("2022年,园区龙头企业某某集团电机产销量连续8年位居全国第一,园区营业收入居全省开发区第5位。")
    assert [r.rank for r in ex.rankings] == [5]


def test_a_headline_repeating_a_rank_counts_once(extract) -> None:
    ex = extract("上半年某某高新区工业增速稳居全市第一\n上半年,某某高新区规上工业增加值增长9%,连续5个月稳居全市第一。")
    assert len(ex.rankings) == 1


def test_a_headline_rank_the_text_gives_again_in_other_words_counts_once(extract) -> None:
    ex = extract(
        "泰顺经济开发区:去年税收收入居全省开发区第七位\n"
        "2023年,泰顺经济开发区完成税收收入26.35亿元,在全省43个开发区中位居第七位;新增企业数位居全省第二位。"
    )
    assert sorted(r.rank for r in ex.rankings) == [2, 7]


def test_provinces_ranked_by_their_zones_and_a_stretch_of_places_are_no_zone_s(extract) -> None:
    ex = extract(
        "2023年,苍南经济开发区在百强榜中位列第41位。从省份看,江苏省居首位,浙江与广东并列第3位。榜单1-20名中,浙江省占4席。"
    )
    assert [r.rank for r in ex.rankings] == [41]
    assert [f.value for f in ex.metrics if f.unit == "名"] == []


def test_a_status_word_listed_among_words_is_no_project(extract) -> None:
    ex = extract("乐清经济开发区坚持“共建、共享、开放、共赢”理念,今年乐清电子元件产业园项目竣工投产。")
    assert [p.name for p in ex.projects] == ["乐清电子元件产业园项目"], "named after the time it happened"


def test_a_move_said_of_the_next_zone_is_not_the_first_zone_s(extract) -> None:
    ex = extract("2022年,乐清经济开发区排名152位,瑞安经济开发区排名提升3位,苍南经济开发区排名第88位,较上年提升5位。")
    assert {r.zone: (r.rank, r.prev_rank) for r in ex.rankings} == {"乐清经济开发区": (152, None), "苍南经济开发区": (88, 93)}


def test_ranks_of_different_figures_in_one_sentence_stay_apart(extract) -> None:
    ex = extract(
        "前三季度,洛阳高新区服务业增加值增长6.7%,增速居全市第一;固定资产投资增长12.4%,增速居全市第二;"
        "建筑业总产值增长5.5%,增速居全市第二。"
    )
    assert sorted((r.rank, r.ranking) for r in ex.rankings) == [
        (1, "全市服务业增加值增速排名"),
        (2, "全市固定资产投资增速排名"),
        (2, "全市建筑业总产值增速排名"),
    ]


def test_a_count_of_kinds_in_words_after_their_list(extract) -> None:
    ex = extract("2023年,洛阳高新区形成了新材料、高端装备、电子信息、生物医药四大主导产业。")
    (kinds,) = [f for f in ex.metrics if f.value == 4]
    assert (kinds.indicator, kinds.unit) == ("主导产业", "个")


def test_a_group_named_in_words_is_not_a_count(extract) -> None:
    ex = extract("今年以来,园区四大新兴产业营收增长18.2%。")
    assert [f.value for f in ex.metrics] == [Decimal("18.2")]


def test_list_lengths_fields_and_size_classes_are_not_figures(extract) -> None:
    ex = extract("2024年,成都高新区入选综合评价前30名,位列169家国家高新区第12位,正在打造2个1000亿级产业集群。")
    assert [(f.value, f.unit) for f in ex.metrics] == [(Decimal(2), "个")]


def test_a_person_announcing_is_not_a_project(extract) -> None:
    ex = extract("昨日,兰州高新区举行重大项目集中开工仪式,副市长王某宣布项目开工。")
    assert not [p for p in ex.projects if "宣布" in p.name or "市长" in p.name]
    ex = extract("6月2日,某某高新区举行重点项目集中开工仪式。管委会主任张某宣布开工令,区工委委员、宣传部部长李某主持开工仪式。")
    assert not ex.projects


def test_a_place_written_twice_before_a_zone_name(reference) -> None:
    from loaders.extract.zones import candidate_names

    assert [n for _, _, n in candidate_names("湖南株洲株洲高新技术产业开发区举行签约活动", reference)] == [
        "株洲高新技术产业开发区"
    ]


def test_a_share_and_its_change_said_after_a_growth_rate(extract) -> None:
    ex = extract("一季度,全省开发区规上工业增加值同比增长11.0%,占全省规上工业增加值的比重为52.1%,同比上升2.2个百分点。")
    facts = {(f.measure, f.value): f.indicator for f in ex.metrics}
    assert facts[("share_pct", Decimal("52.1"))] == "规上工业增加值"
    assert ("diff_pct_points", Decimal("2.2")) in facts


def test_a_figure_named_again_with_a_demonstrative_is_not_new(extract) -> None:
    ex = extract("2023年,兰州高新区集中开工项目18个,总投资190亿元。据悉,这18个项目涵盖电子信息、生物医药等领域。")
    assert sorted(f.value for f in ex.metrics) == [Decimal(18), Decimal(190)]


def test_the_one_project_of_a_class_by_name(extract) -> None:
    ex = extract(
        "3月29日,蚌埠高新区集中开工项目共12个,总投资80亿元。其中20亿元以上项目1个,为某某新能源材料生产基地项目;5-10亿元项目3个。"
    )
    assert [(p.name, p.status) for p in ex.projects] == [("某某新能源材料生产基地项目", "开工")]


def test_a_named_project_by_its_completion_rate(extract) -> None:
    ex = extract("2025年,高新区列省重大项目2个。某某通用机场项目投资完成率105%;某某电控系统项目投资完成率120%,已部分投产。")
    assert {p.name for p in ex.projects} == {"某某通用机场项目", "某某电控系统项目"}


def test_counts_of_a_class_by_status_are_not_projects(extract) -> None:
    ex = extract("2024年,某某重点项目新开工5个、竣工9个。")
    assert ex.projects == []


def test_a_headline_restating_a_figure_counts_once(extract) -> None:
    ex = extract("绵阳高新区上半年GDP增长4.2%\n\n2021年上半年,绵阳高新区经济运行向好,GDP同比增长4.2%。")
    assert len([f for f in ex.metrics if f.value == Decimal("4.2")]) == 1


def test_a_quoted_slogan_after_a_list_is_not_a_count_of_it(extract) -> None:
    ex = extract("2020年,园区在招商、建设、服务、“五大会战”中成效明显。")
    assert ex.metrics == []


def test_quoted_titles_side_by_side_are_several_honours(extract) -> None:
    ex = extract("今年,保定经开区先后获得“国家级绿色工业园区”“省级先进开发区”等荣誉。")
    assert [h.title for h in ex.honours] == ["国家级绿色工业园区", "省级先进开发区"]


def test_an_investment_and_what_it_built_is_a_project(extract) -> None:
    ex = extract(
        "该企业位于长葛市产业集聚区,目前投资8亿元建成的20条电机装配生产线已投产;二期投资3.2亿元,建成年产5万只电机外壳生产线。"
    )
    projects = {p.name: (p.investment, p.status) for p in ex.projects}
    assert projects == {"20条电机装配生产线": (Decimal(8), "投产"), "年产5万只电机外壳生产线": (Decimal("3.2"), "建成")}
    assert not [f for f in ex.metrics if f.unit == "亿元"]


def test_ranks_paired_with_zones_by_fenbie(extract) -> None:
    ex = extract("2021年,许昌经开区和厦门集美台商投资区综合排名分别为58位和77位,提升21位和9位。")
    assert sorted((r.zone, r.rank, r.prev_rank) for r in ex.rankings) == [
        ("厦门集美台商投资区", 77, 86),
        ("许昌经开区", 58, 79),
    ]


def test_a_count_of_zones_is_a_field_not_a_zones_figure(extract) -> None:
    ex = extract("2021年,漳州经开区位列第35位(东部共106家国家级经开区参评)。")
    assert [f for f in ex.metrics if f.value == 106] == []


def test_a_list_of_zones_each_with_a_value_and_a_rank(extract) -> None:
    ex = extract("1-5月,赣州经开区规上工业营业收入612.4亿元,居全市第一;赣州高新区288.1亿元,居第二;信丰工业园区64.9亿元,居第八。")
    assert sorted((f.zone, f.indicator, f.value) for f in ex.metrics) == [
        ("信丰工业园区", "规上工业营业收入", Decimal("64.9")),
        ("赣州经开区", "规上工业营业收入", Decimal("612.4")),
        ("赣州高新区", "规上工业营业收入", Decimal("288.1")),
    ]
    assert sorted((r.zone, r.rank, r.ranking) for r in ex.rankings) == [
        ("信丰工业园区", 8, "全市排名"),
        ("赣州经开区", 1, "全市排名"),
        ("赣州高新区", 2, "全市排名"),
    ]
    assert next(f for f in ex.metrics if f.value == Decimal("288.1")).quote == "赣州高新区288.1亿元"


def test_fenbie_after_a_zone_pairs_the_indicators(extract) -> None:
    ex = extract("2021年,洛阳高新区营收、工业产值分别达到900亿元、850亿元。")
    assert sorted((f.indicator, f.value) for f in ex.metrics) == [("工业产值", Decimal(850)), ("营收", Decimal(900))]


def test_a_clause_with_its_own_subject_ends_a_fenbie_list(extract) -> None:
    ex = extract("2022年,经开区甲电子、乙机械2家企业分别获评省级专精特新企业、省级技术中心,获评企业数占全区30%。")
    (share,) = [f for f in ex.metrics if f.measure == "share_pct"]
    assert share.indicator == "获评企业数"


def test_a_person_speaking_of_their_own_business_is_not_the_zone(extract) -> None:
    ex = extract("2022年,洛阳高新区消费回升。“我们店里有30多种货品在卖。”店主李某说。")
    assert ex.metrics == []


def test_the_zones_an_evaluation_covers_are_a_field_not_a_figure(extract) -> None:
    ex = extract("2024年,成都高新区入选榜单。日前工信部公布了169个国家高新区的评价结果。")
    assert [f for f in ex.metrics if f.value == 169] == []


def test_new_or_extended_projects_and_a_nearly_finished_one(extract) -> None:
    ex = extract("上半年,洛阳高新区新(扩)建甲环保、乙电子等12个项目实现达产达效;某大学洛阳校区扩建工程已基本完成。")
    assert {p.name for p in ex.projects} >= {"甲环保", "乙电子", "某大学洛阳校区扩建工程"}


def test_two_zones_with_fenbie_pair_in_order(extract) -> None:
    ex = extract("2021年,益阳高新区和益阳经开区分别实现规上工业总产值420亿元、310亿元。")
    assert sorted((f.zone, f.indicator, f.value) for f in ex.metrics) == [
        ("益阳经开区", "规上工业总产值", Decimal(310)),
        ("益阳高新区", "规上工业总产值", Decimal(420)),
    ]


def test_zones_each_with_a_rank_in_parentheses(extract) -> None:
    ex = extract("在2019年度全省179家产业集聚区综合考核排序中,我市分别是许昌经开区(28位)、长葛市产业集聚区(45位)。")
    assert sorted((r.zone, r.rank, r.of) for r in ex.rankings) == [("许昌经开区", 28, 179), ("长葛市产业集聚区", 45, 179)]


def test_ji_inside_a_listed_name_does_not_shift_the_values(extract) -> None:
    ex = extract("1-10月,园区建筑及装潢材料类、饮料类、日用品类零售额分别下降44.4%、20.0%、12.1%。")
    values = {f.indicator: f.value for f in ex.metrics}
    assert values["建筑及装潢材料类"] == Decimal("-44.4") and values["饮料类"] == Decimal("-20.0")
    assert [v for k, v in values.items() if k.startswith("日用品类")] == [Decimal("-12.1")]


def test_promotions_and_awards_to_listed_zones(extract) -> None:
    ex = extract("2018年,许昌经开区、长葛市产业集聚区晋升为二星级产业集聚区,鄢陵县产业集聚区被授予“省级先进产业集聚区”称号。")
    assert sorted((h.zone, h.title) for h in ex.honours) == [
        ("许昌经开区", "二星级产业集聚区"),
        ("鄢陵县产业集聚区", "省级先进产业集聚区"),
        ("长葛市产业集聚区", "二星级产业集聚区"),
    ]


def test_average_growth_is_of_the_indicator_before_it_on_its_own_basis(extract) -> None:
    ex = extract("上半年,某某经开区规上工业增加值比上年同期增长21.4%,两年平均增长12.6%;固定资产投资年均增长8%。")
    growth = {(f.indicator, f.value, f.basis) for f in ex.metrics if f.measure == "yoy_pct"}
    assert growth == {
        ("规上工业增加值", Decimal("21.4"), None),
        ("规上工业增加值", Decimal("12.6"), "两年平均"),
        ("固定资产投资", Decimal("8"), "年均"),
    }


def test_an_increase_over_last_year_is_an_increment_of_the_same_count(extract) -> None:
    ex = extract(
        "2022年,某某高新区纳税超千万元企业11家,较上年增加4家。到三季度末,高新区共有市场主体存量20510户,比2021年底净增3120户。"
    )
    counts = {(f.indicator, f.value, f.basis) for f in ex.metrics if f.unit in ("家", "户")}
    assert counts == {
        ("纳税超千万元企业", Decimal("11"), None),
        ("纳税超千万元企业", Decimal("4"), "increment"),
        ("市场主体存量", Decimal("20510"), None),
        ("市场主体存量", Decimal("3120"), "increment"),
    }


def test_the_same_rate_twice_in_a_paragraph_is_said_of_two_sets(extract) -> None:
    ex = extract("2023年,某某高新区列省级重大项目6个,投资完成率112%。其中市级项目4个全部开工,投资完成率112%。")
    assert [f.value for f in ex.metrics if f.measure == "plan_pct"] == [Decimal("112"), Decimal("112")]


def test_a_remark_in_parentheses_between_noun_and_figure(extract) -> None:
    ex = extract("2022年,某某高新区拥有省级以上企业技术中心(工程研究中心、重点实验室)48家,高新技术企业210家。")
    assert {(f.indicator, f.value) for f in ex.metrics} == {
        ("省级以上企业技术中心", Decimal("48")),
        ("高新技术企业", Decimal("210")),
    }


def test_every_unit_the_extractor_reads_is_in_the_unit_dictionary(reference) -> None:
    from loaders.extract.metrics import UNITS

    assert set(UNITS) <= set(reference.units), "dbt converts units through seeds/reference/units.csv"


def test_compound_units_and_indicator_lines(extract) -> None:
    ex = extract(
        "某某经开区主要指标\n地区生产总值:86.4亿元\n规上工业增加值增速:7.5%\n园区亩均税收达到28.6万元/亩,用电量4.1亿度。"
    )
    assert {(f.indicator, f.measure, f.value, f.unit) for f in ex.metrics} == {
        ("地区生产总值", "value", Decimal("86.4"), "亿元"),
        ("规上工业增加值", "yoy_pct", Decimal("7.5"), "%"),
        ("亩均税收", "value", Decimal("28.6"), "万元/亩"),
        ("用电量", "value", Decimal("4.1"), "亿度"),
    }


def test_a_period_named_first_covers_the_paragraphs_figures_until_another_time(extract) -> None:
    ex = extract(
        "1-5月份,某某经开区营业收入同比增长7.3%;完成外贸出口额12.6亿元,比2022年同期增长4.4%。全年预计完成营业收入88亿元。"
    )
    periods = {(f.value, f.period) for f in ex.metrics}
    assert periods == {
        (Decimal("7.3"), "1-5月份"),
        (Decimal("12.6"), "1-5月份"),
        (Decimal("4.4"), "1-5月份"),
        (Decimal("88"), None),
    }


def test_a_deadline_or_a_base_quarter_is_not_the_figures_period(extract) -> None:
    ex = extract("2023年,某某高新区8个重点项目于三季度前全部开工,新引进项目22个;用电量恢复到2022年四季度日均用电量的91.5%。")
    assert {f.period for f in ex.metrics} == {None}


def test_a_bulletin_titled_for_a_period_states_that_periods_figures(extract) -> None:
    ex = extract(
        "某某经开区上半年经济运行情况\n经开区规上工业增加值增长9.6%,完成固定资产投资31亿元。\n截至6月底,经开区市场主体达12000户。",
        report_year=2023,
        published_on="2023-07-20",
    )
    assert {(f.value, f.year, f.period) for f in ex.metrics} == {
        (Decimal("9.6"), 2023, "上半年"),
        (Decimal("31"), 2023, "上半年"),
        (Decimal("12000"), 2023, None),
    }


def test_a_year_opening_a_sentence_dates_its_parts_after_semicolons(extract) -> None:
    text = (
        "本报记者在会议上了解到,2019年襄阳高新区营业收入实现2100亿元,同比增长9.1%;工业总产值实现1800亿元,"
        "同比增长8.7%;固定资产投资完成300亿元.2020年,高新区将力争营业收入增长10%。"
    )
    ex = extract(text, report_year=2020)
    years = {f.indicator: f.year for f in ex.metrics if f.measure == "value"}
    assert years == {"营业收入": 2019, "工业总产值": 2019, "固定资产投资": 2019}


def test_a_yearbook_sentence_with_a_mark_a_rank_among_n_zones_and_a_gap_to_their_average(extract) -> None:
    ex = extract(
        "2003年,威海经济技术开发区国内生产总值突破80亿元大关,达到81.2亿元,增长31.5%,增幅列32个国家级开发区第三位;"
        "实现工业利税9.4亿元,增长28%,增幅高于32个国家级开发区平均水平11个百分点。"
    )
    facts = {(f.indicator, f.measure, f.value) for f in ex.metrics}
    assert ("国内生产总值", "value", Decimal("81.2")) in facts, "国内生产总值 is the zone's GDP, not a field"
    assert ("工业利税", "diff_pct_points", Decimal(11)) in facts
    assert not [f for f in ex.metrics if f.value in (Decimal(80), Decimal(32))]
    assert [(r.rank, r.zone) for r in ex.rankings] == [(3, "威海经济技术开发区")]


def test_zones_of_a_list_do_not_carry_into_the_next_sentence(extract) -> None:
    ex = extract(
        "一季度,银川经济技术开发区完成固定资产投资增长9%。各园区中,南川工业园区、东川工业园区投资分别增长6%、11%。"
        "重点项目完成投资8.2亿元。"
    )
    last = [f for f in ex.metrics if f.value == Decimal("8.2")]
    assert [f.zone for f in last] == ["银川经济技术开发区"]


def test_a_short_name_the_document_defines(extract) -> None:
    ex = extract(
        "2022年,莆田招商局经济技术开发区(以下简称“莆田开发区”)建设提速。前10个月,莆田开发区规上产值210.5亿元。"
        "湄洲湾片区(以下简称“片区”)完成投资30亿元。"
    )
    zones = {f.value: f.zone for f in ex.metrics}
    assert zones[Decimal("210.5")] == "莆田招商局经济技术开发区"


def test_a_numeral_before_a_noun_that_starts_with_a_measure_word_counts_nothing(extract) -> None:
    ex = extract("2022年,宁东经开区签约碳四碳五项目,另有8项目标任务提前完成。")
    assert [(f.value, f.unit) for f in ex.metrics] == [(Decimal(8), "项")]


def test_one_zones_figure_of_what_the_sentence_just_measured(extract) -> None:
    ex = extract("2022年,全市开发区研发投入占营业收入比重为3.1%,最高的清河高新区为6.4%;利润增长8%,其中清河高新区为15%。")
    compared = [(m.indicator, m.measure, m.value, m.zone) for m in ex.metrics if m.rule == "metric_zone_compared"]
    assert compared == [("研发投入", "share_pct", Decimal("6.4"), "清河高新区"), ("利润", "yoy_pct", Decimal(15), "清河高新区")]


def test_differences_against_a_list_of_references_pair_in_order(extract) -> None:
    ex = extract(
        "一季度,清河新区税收增长12%,增速分别高于上年同期、2022年全年0.4、1.6个百分点,高于全市、全省和全国2.2、3.1和4个百分点。"
    )
    diffs = [(m.value, m.qualifier, m.year) for m in ex.metrics if m.measure == "diff_pct_points"]
    assert diffs == [
        (Decimal("0.4"), "高于上年同期", 2023),
        (Decimal("1.6"), "高于2022年全年", 2023),
        (Decimal("2.2"), "高于全市", 2023),
        (Decimal("3.1"), "高于全省", 2023),
        (Decimal(4), "高于全国", 2023),
    ]
    assert {m.indicator for m in ex.metrics} == {"税收"}


def test_a_list_of_numbers_writes_its_unit_once(extract) -> None:
    ex = extract("2022年,清河高新区营业收入和利润分别为310、26亿元。")
    assert [(m.indicator, m.value, m.unit) for m in ex.metrics] == [
        ("营业收入", Decimal(310), "亿元"),
        ("利润", Decimal(26), "亿元"),
    ]
    assert not extract("2022年,清河高新区新增企业3、5家不等。").metrics[1:]


def test_a_mark_passed_in_words_for_the_first_time_then_the_figure(extract) -> None:
    ex = extract("2021年清河工业园区营收首次超千亿元,达1012亿元。")
    assert [(m.value, m.rule) for m in ex.metrics] == [(Decimal(1012), "metric_level_after_milestone")]


def test_praise_between_an_indicator_and_its_figure(extract) -> None:
    ex = extract("2022年,清河经开区营业收入跃上新台阶,达到520亿元,三次产业结构比为2:67:31。")
    assert [(m.indicator, m.value, m.unit) for m in ex.metrics if m.measure == "value"] == [("营业收入", Decimal(520), "亿元")]
    assert [m.value for m in ex.metrics if m.measure == "share_pct"] == [Decimal(2), Decimal(67), Decimal(31)]


def test_a_share_then_its_rise_in_percentage_points(extract) -> None:
    ex = extract("2022年,清河高新区数字经济产值占比达41%、同比提升3.5个百分点,劳动生产率提升6%。")
    assert _measures(ex) == {
        ("share_pct", Decimal(41), "%"),
        ("diff_pct_points", Decimal("3.5"), "个百分点"),
        ("yoy_pct", Decimal(6), "%"),
    }


def test_the_end_of_a_change_is_a_figure_the_end_of_a_range_is_not(extract) -> None:
    ex = extract("2020年,清河经开区一般公共预算收入由36.2亿元增加到52亿元;其中1亿元—5亿元项目9个。")
    assert [m.value for m in ex.metrics if m.unit == "亿元" and m.indicator == "一般公共预算收入"] == [
        Decimal("36.2"),
        Decimal(52),
    ]


def test_which_congress_is_not_a_count_of_meetings(extract) -> None:
    ex = extract("2023年,开发区深入学习省第十二次党代会、市九次党代会精神,营业收入增长6.2%。")
    assert [(m.indicator, m.value) for m in ex.metrics] == [("营业收入", Decimal("6.2"))]
    assert [m.value for m in extract("2023年,开发区召开项目推进会议15次。").metrics] == [15]


def test_a_number_naming_a_policy_in_quotes_is_not_a_figure(extract) -> None:
    ex = extract("2023年,合肥经开区落实招商引资“双12条”政策,新增签约项目45个。")
    assert [(m.indicator, m.value) for m in ex.metrics] == [("新增签约项目", 45)]


def test_a_long_list_of_indicators_after_the_year_pairs_with_its_figures(extract) -> None:
    ex = extract(
        "赣江新区年报摘要:2020年技工贸收入、工业产值、利润总额、实缴税金和外贸出口分别为71.5亿元、60.4亿元、5.2亿元、2.9亿元和8.8亿元。"
    )
    assert [(m.indicator, m.value) for m in ex.metrics] == [
        ("技工贸收入", Decimal("71.5")),
        ("工业产值", Decimal("60.4")),
        ("利润总额", Decimal("5.2")),
        ("实缴税金", Decimal("2.9")),
        ("外贸出口", Decimal("8.8")),
    ]


def test_how_many_zones_an_aggregate_counts(extract) -> None:
    ex = extract("2019年,全国国家高新区已有169家,其中西部地区38家。")
    (total, *_) = ex.metrics
    assert (total.indicator, total.value, total.zone) == ("高新区数量", 169, "全国国家级高新技术产业开发区")
    ex = extract("2021年,169家国家高新区实现营业收入48.5万亿元。")
    assert [(m.zone, m.value) for m in ex.metrics] == [("全国国家级高新技术产业开发区", Decimal("48.5"))]


def test_the_zones_a_threshold_picks_are_counted_the_threshold_is_no_figure(extract) -> None:
    ex = extract("2021年,江西省开发区中营收过千亿元的开发区增加到4个,产值过300亿元的园区有11个。")
    assert [(m.value, m.unit) for m in ex.metrics] == [(4, "个"), (11, "个")]
    assert "过300亿元的园区" in ex.metrics[1].indicator


def test_every_zone_of_a_list_claims_a_figure_each_passed(extract) -> None:
    ex = extract("2022年,南昌高新区、九江经开区和赣州经开区营业收入均超过1000亿元。")
    assert sorted(m.zone for m in ex.metrics) == ["九江经开区", "南昌高新区", "赣州经开区"]
    ex = extract("2020年,宁波经开区、嘉兴经开区、湖州经开区三家经开区营业收入超过1500亿元。")
    assert len({m.zone for m in ex.metrics}) == 3 and {m.value for m in ex.metrics} == {1500}


def test_a_span_of_years_before_several_runs_of_respective_figures(extract) -> None:
    text = "滨海经开区发展迅速。2019年至2021年,分别完成地区生产总值120.5亿元、138.2亿元、151亿元,年均增长12%;分别完成税收10.1亿元、11.4亿元、12.9亿元。"
    levels = [(m.indicator, m.value, m.year) for m in extract(text).metrics if m.measure == "value"]
    assert levels == [
        ("地区生产总值", Decimal("120.5"), 2019),
        ("地区生产总值", Decimal("138.2"), 2020),
        ("地区生产总值", 151, 2021),
        ("税收", Decimal("10.1"), 2019),
        ("税收", Decimal("11.4"), 2020),
        ("税收", Decimal("12.9"), 2021),
    ]


def test_a_province_short_name_before_a_national_zone_type_is_its_aggregate(extract) -> None:
    ex = extract("2023年,江西高新区数量达到9家,江西高新区实现营业收入8600亿元。")
    assert {(m.zone, m.value) for m in ex.metrics} == {("江西高新技术产业开发区", 9), ("江西高新技术产业开发区", 8600)}


def test_a_province_short_name_before_a_bare_type_word_is_its_aggregate(extract) -> None:
    ex = extract("今年前5个月,甘肃开发区实现营业收入1520亿元;宁夏园区完成工业增加值210亿元。")
    assert {(m.zone, m.value) for m in ex.metrics} == {("甘肃省开发区", 1520), ("宁夏回族自治区园区", 210)}


def test_every_kind_of_a_provinces_parks_named_by_its_short_name(extract) -> None:
    ex = extract("截至去年底,贵州各级各类产业园区共98个,完成工业总产值5200亿元。")
    assert {m.zone for m in ex.metrics} == {"贵州省产业园区"}


def test_a_province_s_one_reform_zone_is_named_after_the_province(extract) -> None:
    ex = extract("上半年,陕西综改示范区完成地区生产总值120.5亿元。")
    assert [m.zone for m in ex.metrics] == ["陕西综改示范区"]


def test_a_province_short_name_that_also_names_a_city_is_not_read_as_the_province(extract) -> None:
    ex = extract("今年前5个月,吉林开发区实现营业收入130亿元。")
    assert all(m.zone != "吉林省开发区" for m in ex.metrics)


def test_zones_of_one_level_in_a_report_on_a_provinces_zones_are_a_group_of_their_own(extract) -> None:
    ex = extract(
        "湖北开发区前三季度运行情况\n2022年前三季度,全省开发区完成营业收入2.1万亿元。"
        "其中,国家级经开区完成营业收入9800亿元,省级开发区完成营业收入1.1万亿元。全省开发区中,国家级经开区7家。"
    )
    assert {(m.zone, m.value) for m in ex.metrics if m.unit != "家"} == {
        ("湖北省开发区", Decimal("2.1")),
        ("湖北省国家级经开区", 9800),
        ("湖北省省级开发区", Decimal("1.1")),
    }
    assert [m.zone for m in ex.metrics if m.unit == "家"] == ["湖北省开发区"]


def test_names_listed_before_respective_figures_after_a_verb(extract) -> None:
    ex = extract("2021年,扬州经开区增值税、个人所得税、房产税分别入库9.8亿元、2.3亿元和1.1亿元。")
    assert [m.indicator for m in ex.metrics] == ["增值税", "个人所得税", "房产税"]


def test_zones_listed_before_respective_growth_the_last_one_unknown_to_any_pattern(extract) -> None:
    ex = extract("2024年上半年,南京江北新区、南京高新区和南京国际健康城完成投资分别同比增长8.5%、6.1%和21.3%。")
    assert [(m.zone, m.value) for m in ex.metrics] == [
        ("南京江北新区", Decimal("8.5")),
        ("南京高新区", Decimal("6.1")),
        ("南京国际健康城", Decimal("21.3")),
    ]


def test_a_counted_noun_keeps_its_centre_and_stops_at_the_verb_after_it(extract) -> None:
    ex = extract("2023年,某某高新区新增4家市级工程技术中心;另有2个国家级计量检测中心落户某某高新区。")
    counted = sorted(f.indicator for f in ex.metrics if f.unit in ("家", "个"))
    assert len(counted) == 2 and all(name.endswith("技术中心") or name.endswith("检测中心") for name in counted)


def test_a_number_inside_a_counted_name_is_part_of_the_name(extract) -> None:
    ex = extract("截至年底,已有60余家世界500强企业在某某经开区设立机构,另有9家中国500强企业落户。")
    assert {f.indicator for f in ex.metrics if f.unit == "家"} == {"世界500强企业", "中国500强企业"}


def test_tasks_counted_after_the_verb_that_does_them(extract) -> None:
    ex = extract("2022年,某某高新区还将办好六件民生实事,全年共推出45项改革举措,全程调度12个市级重点工程。")
    counted = {f.indicator: f.value for f in ex.metrics if f.unit in ("件", "项", "个")}
    assert counted == {"办好民生实事": Decimal("6"), "推出改革举措": Decimal("45"), "全程调度市级重点工程": Decimal("12")}


def test_how_a_field_divides_among_regions_is_no_figure_of_the_zone(extract) -> None:
    ex = extract("2021年综合排名前50强中,东部地区有31家,中部地区12家,山东有6家;某某经开区营业收入增长9.5%。")
    assert [(f.indicator, f.value) for f in ex.metrics] == [("营业收入", Decimal("9.5"))]
    kept = extract("至年末,园区共有在建项目40个,其中新建25个,续建15个。")
    assert {f.value for f in kept.metrics} == {Decimal("40"), Decimal("25"), Decimal("15")}


def test_a_signing_is_no_approximation_and_keeps_its_own_verb_in_a_list(extract) -> None:
    ex = extract("在集中开工仪式上,某某高新区开工4个重点项目、签约6个项目,合约总额约18亿元。")
    counted = {f.indicator: f.value for f in ex.metrics if f.unit == "个"}
    assert counted == {"开工重点项目": Decimal("4"), "签约项目": Decimal("6")}


def test_a_share_whose_whole_carries_a_remark_in_parentheses(extract) -> None:
    ex = extract("2021年,某某高新区企业研发投入占园区生产总值(GDP)比重达到4.2%。")
    (share,) = ex.metrics
    assert (share.measure, share.value, share.indicator) == ("share_pct", Decimal("4.2"), "企业研发投入")
    assert share.basis == "园区生产总值"


def test_a_share_of_a_second_whole_after_the_first(extract) -> None:
    ex = extract("2015年,某某高新区规上工业企业占全省的12%、全市的47%。")
    shares = {(f.indicator, f.value, f.qualifier) for f in ex.metrics}
    assert shares == {("规上工业企业", Decimal("12"), "占全省"), ("规上工业企业", Decimal("47"), "占全市")}


def test_shares_named_by_the_thing_after_them(extract) -> None:
    ex = extract("2019年,某某经开区以全市8%的土地,贡献了全市36.5%的税收收入、48%的规上工业增加值。")
    shares = {(f.indicator, f.value, f.qualifier) for f in ex.metrics if f.measure == "share_pct"}
    assert shares == {
        ("土地", Decimal(8), "占全市"),
        ("税收收入", Decimal("36.5"), "占全市"),
        ("规上工业增加值", Decimal("48"), "占全市"),
    }


def test_a_growth_compared_with_its_target_gives_the_target_of_that_indicator(extract) -> None:
    ex = extract("2023年,某某经济开发区完成固定资产投资120亿元,增长15.2%,高于10%的年度目标。")
    facts = [(m.indicator, m.measure, m.value, m.is_estimate, m.qualifier) for m in ex.metrics]
    assert ("固定资产投资", "yoy_pct", Decimal("15.2"), False, None) in facts
    assert ("固定资产投资", "yoy_pct", Decimal("10"), True, "年度目标") in facts
    assert all(indicator != "高于" for indicator, *_ in facts)


def test_numbers_in_words_inside_a_quoted_slogan_are_no_figures(extract) -> None:
    ex = extract("2021年,开发区围绕“一个中心、两个高地、五大行动”的思路,实现营业收入300亿元,新增“专精特新”企业12家。")
    assert {(f.indicator, f.value) for f in ex.metrics} == {("营业收入", Decimal(300)), ("新增“专精特新”企业", Decimal(12))}


def test_the_size_of_a_ranked_field_in_parentheses_is_no_figure(extract) -> None:
    ex = extract("2023年,在中部地区(共38家综合保税区)中,郑州新郑综合保税区位居第一,进出口额增长6%。")
    assert [(f.measure, f.value) for f in ex.metrics] == [("yoy_pct", Decimal(6))]


def test_ten_thousands_of_vehicles_machines_and_cases_are_counts(extract) -> None:
    ex = extract("2023年,平阳经济开发区新能源汽车产量12.4万辆,工业机器人产量3.1万台,饮料产量860万箱。")
    assert {(m.value, m.unit) for m in ex.metrics} == {
        (Decimal("12.4"), "万辆"),
        (Decimal("3.1"), "万台"),
        (Decimal("860"), "万箱"),
    }


def test_shares_of_a_whole_named_before_its_verb_with_yi_shang_for_de(extract) -> None:
    ex = extract("泰顺工业园区现有企业三百余户,为全县贡献80%以上规上工业产值和70%以上税收。")
    shares = {(f.indicator, f.value, f.qualifier) for f in ex.metrics if f.measure == "share_pct"}
    assert shares == {("规上工业产值", Decimal(80), "占全县"), ("税收", Decimal(70), "占全县")}


def test_ahead_of_time_is_no_part_of_the_indicator(extract) -> None:
    ex = extract("文成经济开发区规上工业总产值提前突破200亿元。")
    assert [(f.indicator, f.value) for f in ex.metrics] == [("规上工业总产值", Decimal(200))]


def test_a_rise_on_last_year_in_the_level_s_unit_is_its_increment(extract) -> None:
    ex = extract("2023年,平阳经济开发区亩均税收18.2万元,比上年提高1.6万元。")
    assert [(f.indicator, f.value, f.basis) for f in ex.metrics] == [
        ("亩均税收", Decimal("18.2"), None),
        ("亩均税收", Decimal("1.6"), "increment"),
    ]


def test_a_share_of_a_whole_s_land_that_yields_what_follows(extract) -> None:
    ex = extract("2023年,苍南工业园区以不到全县5%的土地贡献了全县过半的工业产值。")
    assert [(f.indicator, f.measure, f.value) for f in ex.metrics] == [("土地", "share_pct", Decimal(5))]


def test_a_verb_between_a_label_and_its_figure(extract) -> None:
    ex = extract("数说平阳经济开发区\n■规划面积:13.2平方公里\n■标准厂房:累计建成38.5万平方米\n■规上工业企业:64家")
    assert ("标准厂房", Decimal("38.5")) in [(f.indicator, f.value) for f in ex.metrics]


def test_growth_said_of_several_at_once(extract) -> None:
    ex = extract("平阳经济开发区新材料、医疗器械产业发展较快,产值增长均超40%。")
    assert [(f.measure, f.value) for f in ex.metrics] == [("yoy_pct", Decimal(40))]


def test_projects_counted_then_what_they_did(extract) -> None:
    ex = extract("今年以来,平阳经济开发区推动45个项目签约落地,计划总投资280亿元;推动32个项目开工建设;推动18个项目投产。")
    assert [(f.indicator, f.value) for f in ex.metrics if f.unit == "个"] == [
        ("签约落地项目", Decimal(45)),
        ("开工建设项目", Decimal(32)),
        ("投产项目", Decimal(18)),
    ]


def test_containers_and_installed_power_are_units(extract) -> None:
    ex = extract("2018年,平阳新区货物吞吐量2100万吨,增长9%。全年集装箱32万标箱,增长6%;光伏装机达150万千瓦。")
    facts = {(f.indicator, f.measure): (f.value, f.unit) for f in ex.metrics}
    assert facts[("集装箱", "value")] == (Decimal(32), "万标箱")
    assert facts[("集装箱", "yoy_pct")] == (Decimal(6), "%")
    assert facts[("光伏装机", "value")] == (Decimal(150), "万千瓦")


def test_how_far_zones_moved_in_a_ranking_whose_place_is_not_given(extract) -> None:
    ex = extract("2017年,文成经开区和泰顺经开区在此次考核中分别较去年提升9位和21位。")
    assert sorted((f.zone, f.indicator, f.value, f.unit) for f in ex.metrics) == [
        ("文成经开区", "考核排名提升", Decimal(9), "位"),
        ("泰顺经开区", "考核排名提升", Decimal(21), "位"),
    ]
    placed = extract("2017年,文成经开区位列全省第5位,比去年提升9位。")
    assert not [f for f in placed.metrics if f.unit == "位"], "with a place, the move is the ranking's previous place"


def test_a_size_of_the_zone_named_after_it(extract) -> None:
    ex = extract("面积12平方公里的文成产业集聚区,目前已建立四大服务平台。")
    assert [(f.zone, f.indicator, f.value) for f in ex.metrics if f.unit == "平方公里"] == [
        ("文成产业集聚区", "面积", Decimal(12))
    ]


def test_where_a_change_ends_is_of_the_indicator_it_started_from(extract) -> None:
    ex = extract("文成经开区工业产值由2015年的20亿元增加到去年的96亿元。", report_year=2020, published_on="2020-08-19")
    assert [(f.indicator, f.value, f.year) for f in ex.metrics] == [
        ("工业产值", Decimal(20), 2015),
        ("工业产值", Decimal(96), 2019),
    ]


def test_a_growth_in_tenths_and_an_opening_up_that_is_no_project(extract) -> None:
    ex = extract("2021年一季度,平阳经开区电子元件产值增长逾七成,园区着力聚焦项目招引、持续扩大开放。")
    assert [(f.indicator, f.measure, f.value) for f in ex.metrics] == [("电子元件产值", "yoy_pct", Decimal(70))]
    assert ex.projects == []
    assert [p.name for p in extract("2021年,文成经开区科创中心展厅开放。").projects] == ["科创中心展厅"]


def test_growths_listed_in_the_clause_before_their_respectively(extract) -> None:
    ex = extract("2020年,苍南经开区营业收入、实缴税金、研发投入,年均分别增长11%、17%和25%。")
    assert [(f.indicator, f.measure, f.value) for f in ex.metrics] == [
        ("营业收入", "yoy_pct", Decimal(11)),
        ("实缴税金", "yoy_pct", Decimal(17)),
        ("研发投入", "yoy_pct", Decimal(25)),
    ]
    assert extract("2020年,苍南经开区税收收入年均递减3%。").metrics[0].value == Decimal(-3)


def test_trades_listed_before_respectively_each_get_their_amount(extract) -> None:
    ex = extract("2022年,平阳经开区三大产业完成产值48亿元,其中机械、化工、食品产业分别完成产值21.4亿元、17.2亿元、9.8亿元。")
    assert [(f.indicator, f.value) for f in ex.metrics][1:] == [
        ("机械产业产值", Decimal("21.4")),
        ("化工产业产值", Decimal("17.2")),
        ("食品产业产值", Decimal("9.8")),
    ]


def test_a_verb_of_change_stands_for_the_indicator_it_changes(extract) -> None:
    ex = extract("2021年,平阳经开区营业收入达到68.4亿元;2022年又增至76.5亿元。\n园区企业开办平均用时由12天压缩至5天。")
    assert [(f.indicator, f.value) for f in ex.metrics] == [
        ("营业收入", Decimal("68.4")),
        ("营业收入", Decimal("76.5")),
        ("企业开办平均用时", Decimal(12)),
        ("企业开办平均用时", Decimal(5)),
    ]
    assert ex.metrics[1].year == 2022


def test_the_level_a_growth_brings_its_indicator_to(extract) -> None:
    ex = extract("明年,泰顺经开区营业收入力争增长9%以上,达到97亿元;工业投资增长13%,达到41亿元。")
    assert [(f.indicator, f.measure, f.value) for f in ex.metrics] == [
        ("营业收入", "yoy_pct", Decimal(9)),
        ("营业收入", "value", Decimal(97)),
        ("工业投资", "yoy_pct", Decimal(13)),
        ("工业投资", "value", Decimal(41)),
    ]


def test_a_comparison_between_a_list_and_its_respectively_belongs_to_every_item(extract) -> None:
    ex = extract("2018年,苍南高新区国内生产总值、固定资产投资比上年分别增长15.9%和9.6%。")
    assert [(f.indicator, f.value) for f in ex.metrics] == [("国内生产总值", Decimal("15.9")), ("固定资产投资", Decimal("9.6"))]


def test_a_trade_counted_by_its_firms_then_what_they_made(extract) -> None:
    ex = extract(
        "上半年,苍南经济开发区完成工业产值120亿元,其中:电子元件8户实现产值40.2亿元,同比增长10.7%,新型建材15户实现产值23.9亿元。"
    )
    amounts = {f.value: f.indicator for f in ex.metrics if f.unit == "亿元"}
    assert amounts[Decimal("40.2")].endswith("电子元件产值")
    assert amounts[Decimal("23.9")].endswith("新型建材产值")


def test_a_total_pointed_back_to_and_a_band_of_places_are_no_indicators(extract) -> None:
    ex = extract(
        "2023年1~3月,苍南高新区高技术制造业增加值同比增长7.6%,总量占全区规上工业增加值60.2%。"
        "此外,对连续两年排名最后5名的开发区予以退出。"
    )
    assert [(f.indicator, f.measure) for f in ex.metrics] == [
        ("高技术制造业增加值", "yoy_pct"),
        ("高技术制造业增加值", "share_pct"),
    ]


def test_a_chain_of_years_ending_now_keeps_its_indicator(extract) -> None:
    ex = extract("苍南经济开发区工业总产值从2005年的12亿元,发展到2015年的180亿元,如今跃升到420亿元。", published_on="2023-09-12")
    assert [(f.indicator, f.value, f.year) for f in ex.metrics] == [
        ("工业总产值", Decimal(12), 2005),
        ("工业总产值", Decimal(180), 2015),
        ("工业总产值", Decimal(420), 2023),
    ]


def test_sector_shares_in_ratio_notation(extract) -> None:
    ex = extract(
        "2023年,文成经济开发区三次产业结构由上年的2.4:58.1:39.5调整为2.2:57.3:40.5;"
        "泰顺经济开发区二、三产业结构为63︰37。会议于9:30开始,按1:1比例配套。"
    )
    shares = {(f.zone, f.year, f.indicator, f.value) for f in ex.metrics if f.measure == "share_pct"}
    assert shares == {
        ("文成经济开发区", 2022, "第一产业", Decimal("2.4")),
        ("文成经济开发区", 2022, "第二产业", Decimal("58.1")),
        ("文成经济开发区", 2022, "第三产业", Decimal("39.5")),
        ("文成经济开发区", 2023, "第一产业", Decimal("2.2")),
        ("文成经济开发区", 2023, "第二产业", Decimal("57.3")),
        ("文成经济开发区", 2023, "第三产业", Decimal("40.5")),
        ("泰顺经济开发区", 2023, "第二产业", Decimal("63")),
        ("泰顺经济开发区", 2023, "第三产业", Decimal("37")),
    }


def test_shang_nian_before_a_ratio_is_the_year_before_the_one_the_text_is_about(extract) -> None:
    ex = extract("2022年,瑞安经济开发区的规上工业产值增长6%。三次产业结构由上年的1.5:62.5:36调整为1.3:63.1:35.6。")
    years = {(f.year, f.value) for f in ex.metrics if f.measure == "share_pct" and f.indicator == "第二产业"}
    assert years == {(2021, Decimal("62.5")), (2022, Decimal("63.1"))}


def test_shares_after_rates_paired_in_order_follow_the_same_order(extract) -> None:
    ex = extract("前三季度，乐清经开区外贸出口、实际利用外资较同期增长13.9%、6.7%，占全县份额分别升至52.3%、38.1%。")
    got = {(f.indicator, f.measure, f.value) for f in ex.metrics}
    assert {
        ("外贸出口", "yoy_pct", Decimal("13.9")),
        ("实际利用外资", "yoy_pct", Decimal("6.7")),
        ("外贸出口", "share_pct", Decimal("52.3")),
        ("实际利用外资", "share_pct", Decimal("38.1")),
    } <= got


def test_a_growth_rate_that_is_achieved_is_growth(extract) -> None:
    ex = extract("一至八月，泰顺工业园区税收增速实现14.35%，列全县第一。")
    assert [(f.indicator, f.measure, f.value) for f in ex.metrics] == [("税收", "yoy_pct", Decimal("14.35"))]


def test_a_level_after_growth_rates_of_several_years_is_the_last_ones(extract) -> None:
    ex = extract("2021年至2023年,苍南经开区营业收入分别比增8.8%、11.5%和9.25%,去年实现216.35亿元。", report_year=2024)
    assert [(f.indicator, f.value) for f in ex.metrics if f.measure == "value"] == [("营业收入", Decimal("216.35"))]


def test_a_bulletins_measure_lines_belong_to_the_figure_above(extract) -> None:
    ex = extract("平阳经济开发区1-9月主要指标\n营业收入:812.35亿元\n同比下降:6.15%\n比全县增幅低:2.3个百分点\n占全县比重:41.5%")
    got = {(f.indicator, f.measure, f.value) for f in ex.metrics}
    assert {
        ("营业收入", "yoy_pct", Decimal("-6.15")),
        ("营业收入", "diff_pct_points", Decimal("-2.3")),
        ("营业收入", "share_pct", Decimal("41.5")),
    } <= got


def test_the_modal_of_what_a_figure_may_reach_is_no_part_of_its_indicator(extract) -> None:
    ex = extract("苍南经开区新材料项目投产后,年产值可达23.65亿元,可再生能源装机4.5万千瓦。")
    assert {f.indicator for f in ex.metrics} == {"年产值", "可再生能源装机"}


def test_counted_projects_each_with_its_own_verb_keep_their_verbs(extract) -> None:
    ex = extract("本轮集中活动中,泰顺工业园区本次活动共签约37个项目、开工29个项目、投产31个项目,新达产12个。")
    assert {(f.indicator, f.value) for f in ex.metrics} == {("签约项目", 37), ("开工项目", 29), ("投产项目", 31), ("新达产", 12)}


def test_a_rate_told_before_ends_the_statement_it_belongs_to(extract) -> None:
    ex = extract("2023年平阳经开区半年成绩单:产值增长8.4% 主导产业规模增长19.8% 新增企业31家")
    assert {(f.indicator, f.value) for f in ex.metrics if f.measure == "yoy_pct"} == {
        ("产值", Decimal("8.4")),
        ("主导产业规模", Decimal("19.8")),
    }


def test_a_region_can_be_the_whole_a_share_is_of(extract) -> None:
    ex = extract("2023年,文成产业园贡献了浙南地区45.5%的工业产出。")
    assert [(f.indicator, f.measure, f.value) for f in ex.metrics] == [("工业产出", "share_pct", Decimal("45.5"))]


def test_the_zone_at_the_extreme_of_a_measure_has_that_measure(extract) -> None:
    ex = extract("2023年,瑞安经开区产业集中度达34.9%,集中度最高的瑞安经开区鞋业园达82.4%。")
    assert {(f.indicator, f.value) for f in ex.metrics} >= {("集中度", Decimal("82.4"))}
    assert not any("鞋业园" in f.indicator for f in ex.metrics)


def test_the_zones_of_a_province_can_be_the_whole_a_share_is_of(extract) -> None:
    ex = extract("2023年,平阳经济开发区完成了全省开发区5%左右的规模以上工业总产值。")
    assert [(f.measure, f.value, f.qualifier) for f in ex.metrics] == [("share_pct", Decimal("5"), "占全省开发区")]


def test_words_that_stress_a_figure_are_no_part_of_what_it_counts(extract) -> None:
    ex = extract("2023年,平阳经开区仅新开工项目就有9个。")
    assert [(f.indicator, f.value) for f in ex.metrics] == [("新开工项目", Decimal("9"))]


def test_what_is_counted_is_the_class_after_its_examples(extract) -> None:
    ex = extract("2023年,文成经开区新引进物流、检测等配套项目15个,引进甲材料项目、乙芯片基地等新材料产业项目5个。")
    assert {(f.indicator, f.value) for f in ex.metrics} == {("配套项目", Decimal("15")), ("新材料产业项目", Decimal("5"))}


def test_a_share_within_a_whole_is_of_the_thing_before_the_whole(extract) -> None:
    ex = extract("2023年,苍南经开区第三产业在GDP中占比18.4%。")
    assert [(f.indicator, f.measure) for f in ex.metrics] == [("第三产业", "share_pct")]


def test_a_mark_passed_ends_what_is_measured(extract) -> None:
    ex = extract("首页 >> 园区动态 >> 2024年,平阳经开区引进市外资金破50亿元,苍南经开区引进市外资金过80亿元。")
    assert {f.indicator for f in ex.metrics} == {"引进市外资金"}


def test_a_page_s_navigation_glued_before_a_figure_is_no_part_of_what_it_measures(extract) -> None:
    ex = extract("2024年,平阳经开区发展迅速。经开区快讯... × 平阳3家")
    assert not any("快讯" in f.indicator for f in ex.metrics)


def test_a_share_of_a_place_s_whole_names_its_indicator_after_the_place(extract) -> None:
    ex = extract("2016年,文成经开区占全市规上工业产值比重为31%,苍南产业园占浙南地区工业投资比重为9%。")
    assert {(f.zone, f.indicator, f.measure, f.value) for f in ex.metrics} == {
        ("文成经开区", "规上工业产值", "share_pct", Decimal("31")),
        ("苍南产业园", "工业投资", "share_pct", Decimal("9")),
    }


def test_a_part_of_the_figure_before_named_after_its_share(extract) -> None:
    ex = extract("2016年,平阳产业园吸纳就业0.8万人,其中约65%为本地员工。")
    assert ("本地员工", "share_pct", Decimal("65")) in {(f.indicator, f.measure, f.value) for f in ex.metrics}


def test_a_change_on_the_year_before_is_no_difference_against_something(extract) -> None:
    ex = extract("2021年,平阳经开区高新技术产业产值占规上工业产值比重达41.2%,同比提高0.6个百分点。")
    (change,) = [f for f in ex.metrics if f.measure == "diff_pct_points"]
    assert change.rule == "metric_pct_point_change" and change.value == Decimal("0.6")
