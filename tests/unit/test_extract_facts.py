"""Figures in sentences written for these tests, in the language of the reports."""

from decimal import Decimal


def _facts(extraction):
    return {(f.indicator, f.measure, f.value, f.unit): f for f in extraction.metrics}


def test_level_growth_and_share(extract) -> None:
    ex = extract("2023年,苏州工业园区实现地区生产总值3686亿元,同比增长5.8%,占全市的14.9%。")
    facts = _facts(ex)
    level = facts[("地区生产总值", "value", Decimal(3686), "亿元")]
    assert level.zone == "苏州工业园区" and level.year == 2023
    assert facts[("地区生产总值", "yoy_pct", Decimal("5.8"), "%")].zone == "苏州工业园区"
    assert ("地区生产总值", "share_pct", Decimal("14.9"), "%") in facts


def test_decline_and_percentage_points(extract) -> None:
    ex = extract("2022年,合肥经济技术开发区规上工业总产值2100亿元,比上年下降3.2%,比全市增幅低1.5个百分点。")
    measures = {(f.measure, f.value) for f in ex.metrics}
    assert ("yoy_pct", Decimal("-3.2")) in measures
    assert ("diff_pct_points", Decimal("-1.5")) in measures


def test_a_smaller_decline_than_the_city_is_a_positive_difference(extract) -> None:
    ex = extract("2022年,开发区营业收入800亿元,下降2.0%,比全市降幅低0.6个百分点。")
    assert ("diff_pct_points", Decimal("0.6")) in {(f.measure, f.value) for f in ex.metrics}


def test_plan_completion(extract) -> None:
    ex = extract("2022年,开发区新增融资12亿元,完成年度计划的130.5%。")
    assert ("新增融资", "plan_pct", Decimal("130.5")) in {(f.indicator, f.measure, f.value) for f in ex.metrics}
    ex = extract("2022年,开发区前8个月完成投资41亿元,为全年计划投资的87%。")
    assert ("plan_pct", Decimal("87")) in {(f.measure, f.value) for f in ex.metrics}


def test_traditional_characters_and_thousands_separators(extract) -> None:
    ex = extract("2022年,昆山經濟技術開發區實現規上工業總產值1,234.5億元。")
    fact = ex.metrics[0]
    assert (fact.value, fact.unit, fact.zone) == (Decimal("1234.5"), "亿元", "昆山经济技术开发区")
    assert fact.quote.endswith("1,234.5億元")


def test_full_width_digits_and_spaces_inside_numbers(extract) -> None:
    ex = extract("2022 年，滁州经济技术开发区实现工业投资 ４５.６ 亿元。")
    assert (ex.metrics[0].value, ex.metrics[0].unit) == (Decimal("45.6"), "亿元")


def test_approximations_are_kept_as_qualifiers(extract) -> None:
    ex = extract("2022年,园区共有入驻企业1200余家,新增就业约3000人。")
    approx = {f.value: f.approx for f in ex.metrics}
    assert approx[Decimal(1200)] == "余" and approx[Decimal(3000)] == "约"


def test_counts_written_first(extract) -> None:
    ex = extract("2022年,芜湖经济技术开发区28个重点项目实现开工,新引进10亿元以上项目6个。")
    pairs = {(f.indicator, f.value) for f in ex.metrics}
    assert ("重点项目", Decimal(28)) in pairs
    assert any(ind.endswith("10亿元以上项目") and v == Decimal(6) for ind, v in pairs)
    assert Decimal(10) not in {f.value for f in ex.metrics}, "10亿元 names a category, not a figure"


def test_ranges_in_categories_are_not_figures(extract) -> None:
    ex = extract("2022年,园区新签约项目30个,其中1亿元—5亿元项目18个,5亿元至10亿元项目2个。")
    assert sorted(f.value for f in ex.metrics) == [Decimal(2), Decimal(18), Decimal(30)]


def test_respectively_pairs_years_with_figures(extract) -> None:
    ex = extract("温州经济技术开发区2019年至2021年分别实现营业收入120.5亿元、131.2亿元、150亿元。")
    assert {(f.year, f.value) for f in ex.metrics} == {(2019, Decimal("120.5")), (2020, Decimal("131.2")), (2021, Decimal(150))}


def test_respectively_pairs_zones_with_figures(extract) -> None:
    ex = extract("2022年,嘉兴经济技术开发区和平湖经济技术开发区分别实现工业投资80亿元、65亿元。")
    assert {(f.zone, f.value) for f in ex.metrics} == {("嘉兴经济技术开发区", Decimal(80)), ("平湖经济技术开发区", Decimal(65))}


def test_zones_and_as_many_listed_figures_pair_in_order_without_respectively(extract) -> None:
    ex = extract("泰顺、文成、平阳三个省级经济开发区规上工业产值占所在县的比重为41.5%、37.2%、52.8%。")
    assert sorted((f.zone, f.value) for f in ex.metrics) == [
        ("平阳经济开发区", Decimal("52.8")),
        ("文成经济开发区", Decimal("37.2")),
        ("泰顺经济开发区", Decimal("41.5")),
    ]
    # (without a level the count still ends the last place's name)
    bare = extract("乐清、瑞安两个经济开发区亩均税收增长6.4%、9.9%。")
    assert sorted((f.zone, f.value) for f in bare.metrics) == [
        ("乐清经济开发区", Decimal("6.4")),
        ("瑞安经济开发区", Decimal("9.9")),
    ]
    # measures listed before as many rates pair in order too
    measures = extract("上半年,泰顺经济开发区工业产值、税收、利润同比增长6.7%、11.3%、4.1%。")
    assert [(f.indicator, f.value) for f in measures.metrics] == [
        ("工业产值", Decimal("6.7")),
        ("税收", Decimal("11.3")),
        ("利润", Decimal("4.1")),
    ]
    # two zones and three figures: no pairing can be read, none is made
    two = extract("泰顺经济开发区和文成经济开发区工业投资增长7.5%、8.1%、9.6%。")
    assert all(f.rule.endswith(("list", "pct")) for f in two.metrics)


def test_a_figure_as_a_multiple_of_a_past_year_s_is_of_the_figure_s_year(extract) -> None:
    ex = extract("2023年,文成工业园区完成工业投资17.9亿元,增长11%,是2019年的2.4倍;规上企业增至88家。")
    multiple = next(f for f in ex.metrics if f.unit == "倍")
    assert (multiple.indicator, multiple.value, multiple.year, multiple.qualifier) == (
        "工业投资",
        Decimal("2.4"),
        2023,
        "为2019年的倍数",
    )
    # (the base year dates nothing after it)
    assert {f.year for f in ex.metrics} == {2023}


def test_partial_year_and_estimates_are_marked(extract) -> None:
    ex = extract("1-6月,园区完成工业投资45亿元。预计全年实现营业收入500亿元左右。")
    by_value = {f.value: f for f in ex.metrics}
    assert by_value[Decimal(45)].period == "1-6月"
    assert by_value[Decimal(500)].is_estimate and by_value[Decimal(500)].period is None


def test_template_placeholders_yield_nothing(extract) -> None:
    assert extract("2022年,园区实现营业收入xx亿元,增长X%,新增企业X个。").metrics == []


def test_growth_in_multiples(extract) -> None:
    ex = extract("2022年,园区实际利用外资5000万美元,增长1.5倍。")
    assert ("yoy_pct", Decimal(150)) in {(f.measure, f.value) for f in ex.metrics}


def test_percent_in_words(extract) -> None:
    ex = extract("2022年,园区规上工业增加值增长百分之十二点五。")
    assert ("yoy_pct", Decimal("12.5")) in {(f.measure, f.value) for f in ex.metrics}


def test_relative_years_resolve_against_publication(extract) -> None:
    ex = extract("今年以来,园区签约亿元以上项目9个;去年全年签约项目40个。", published_on="2024-05-01", report_year=None)
    years = {f.value: f.year for f in ex.metrics}
    assert years[Decimal(9)] == 2024 and years[Decimal(40)] == 2023


def test_comparison_year_gives_the_figure_year(extract) -> None:
    ex = extract("园区规上工业总产值463亿元,比2019年增长11.7%。", report_year=None, published_on=None)
    assert {f.year for f in ex.metrics} == {2020}


def test_a_sentence_with_two_zones_gives_each_its_figures(extract) -> None:
    ex = extract("2022年,嘉善经济技术开发区实现产值300亿元;海宁经济开发区实现产值260亿元。")
    assert {(f.zone, f.value) for f in ex.metrics} == {("嘉善经济技术开发区", Decimal(300)), ("海宁经济开发区", Decimal(260))}


def test_anaphora_resolves_to_the_document_zone(extract) -> None:
    ex = extract("平湖经济技术开发区聚焦制造业。\n\n2022年,开发区实现工业投资50亿元。")
    assert {f.zone for f in ex.metrics} == {"平湖经济技术开发区"}


def test_short_names_map_to_the_fullest_name_in_the_document(extract) -> None:
    ex = extract("宁波杭州湾经济技术开发区位于杭州湾南岸。\n\n2022年,宁波杭州湾经开区实现产值1200亿元。")
    assert {f.zone for f in ex.metrics} == {"宁波杭州湾经济技术开发区"}


def test_table_cells_are_facts_with_the_cell_as_span(extract) -> None:
    text = "表 5\n\n园区主要指标表\n\n名 称\t工业产值(亿元)\t\n\t实绩\t增长(%)\n甲经济开发区\t12.5\t—\n合 计\t20.0\t3.1\n"
    ex = extract(text, kind="yearbook", report_year=2022)
    cells = {(f.zone, f.measure, f.value) for f in ex.metrics}
    assert (None, "yoy_pct", Decimal("3.1")) in cells or any(v == Decimal("3.1") for _, _, v in cells)
    assert any(v == Decimal("12.5") and m == "value" for _, m, v in cells)
    assert all(f.quote.strip() == f.quote and "\t" not in f.quote for f in ex.metrics)
    assert not any(f.quote == "—" for f in ex.metrics)


def test_a_table_copied_with_single_spaces_takes_its_measures_from_the_header(extract) -> None:
    text = (
        "某某经济开发区统计资料\n\n单位:万元、%\n序号 指标名称 某某经济开发区\n本年 增长 比重\n"
        "(一) 营业收入 5120.3 8.2 100.0\n出口交货值 -- 3.5 --\n(二) 合同外资(万美元) 830 -12.0 --\n"
    )
    ex = extract(text, kind="yearbook", report_year=2022)
    cells = {(f.zone, f.indicator, f.measure, f.value, f.unit) for f in ex.metrics}
    assert cells == {
        ("某某经济开发区", "营业收入", "value", Decimal("5120.3"), "万元"),
        ("某某经济开发区", "营业收入", "yoy_pct", Decimal("8.2"), "%"),
        ("某某经济开发区", "营业收入", "share_pct", Decimal("100.0"), "%"),
        ("某某经济开发区", "出口交货值", "yoy_pct", Decimal("3.5"), "%"),
        ("某某经济开发区", "合同外资", "value", Decimal(830), "万美元"),
        ("某某经济开发区", "合同外资", "yoy_pct", Decimal("-12.0"), "%"),
    }
    assert all(f.quote == text[f.char_start : f.char_end] for f in ex.metrics)


def test_a_yearbook_section_heading_names_an_unknown_zone(extract) -> None:
    text = "常熟经济技术开发区\n\n【概况】 2022年,开发区实现规上工业总产值1500亿元,增长6.2%。\n\n(常熟市政府办 提供)"
    ex = extract(text, kind="yearbook", report_year=2022)
    assert {f.zone for f in ex.metrics} == {"常熟经济技术开发区"}


def test_running_totals_take_the_thing_counted(extract) -> None:
    ex = extract("2023年,园区新增国家高新技术企业480家,总数达2860家;新增上市公司5家,累计达到39家。")
    pairs = {(f.indicator, f.value) for f in ex.metrics}
    assert ("国家高新技术企业", Decimal(2860)) in pairs and ("上市公司", Decimal(39)) in pairs


def test_space_aligned_tables_with_a_one_line_header(extract) -> None:
    text = (
        "表 12\n\n各开发区主要经济指标\n\n"
        "名称          规上工业总产值(亿元)    增长(%)    实际利用外资(万美元)\n"
        "嘉兴经济技术开发区    1200.5    8.1    35000\n"
        "平湖经济技术开发区    980.2    6.3    —\n"
        "合计    2180.7    7.3    52000\n"
    )
    ex = extract(text, kind="yearbook", report_year=2022)
    cells = {(f.zone, f.indicator, f.measure, f.value) for f in ex.metrics}
    assert ("平湖经济技术开发区", "规上工业总产值", "yoy_pct", Decimal("6.3")) in cells
    assert ("嘉兴经济技术开发区", "实际利用外资", "value", Decimal(35000)) in cells
    assert not [f for f in ex.metrics if f.zone == "平湖经济技术开发区" and f.indicator == "实际利用外资"]
    assert {f.zone for f in ex.metrics if f.value == Decimal("2180.7")} == {None}, "a total is no single zone's"


def test_a_tabbed_table_whose_labels_are_padded_with_spaces(extract) -> None:
    text = (
        "表2  温州市开发区2023年经济指标\n\n"
        "名  称\t营业收入(亿元)\t增长(%)\t实际利用外资(万美元)\n"
        "平阳经济开发区\t356.2\t7.4\t2150\n"
        "苍南经济开发区\t298.7\t5.9\t1830\n"
    )
    ex = extract(text, kind="yearbook", report_year=2023)
    cells = {(f.zone, f.indicator, f.measure, f.value) for f in ex.metrics}
    assert cells == {
        ("平阳经济开发区", "营业收入", "value", Decimal("356.2")),
        ("平阳经济开发区", "营业收入", "yoy_pct", Decimal("7.4")),
        ("平阳经济开发区", "实际利用外资", "value", Decimal(2150)),
        ("苍南经济开发区", "营业收入", "value", Decimal("298.7")),
        ("苍南经济开发区", "营业收入", "yoy_pct", Decimal("5.9")),
        ("苍南经济开发区", "实际利用外资", "value", Decimal(1830)),
    }


def test_a_mark_passed_is_not_the_figure(extract) -> None:
    ex = extract("2021年,全省开发区营收首次突破2万亿元,达2.17万亿元。宜春经开区首次突破千亿元,萍乡经开区首次突破300亿元。")
    facts = {(f.zone, f.indicator, f.value, f.unit) for f in ex.metrics}
    assert (None, "营收", Decimal("2.17"), "万亿元") in {(None, i, v, u) for _, i, v, u in facts}
    assert Decimal("2") not in {f.value for f in ex.metrics}, "the mark passed on the way is not a figure of its own"
    assert ("宜春经开区", "营收", Decimal("1000"), "亿元") in facts
    assert ("萍乡经开区", "营收", Decimal("300"), "亿元") in facts
    ex = extract("2022年,九江经开区工业总产值有望首次迈上千亿元台阶,预计全年达到1030亿元。")
    assert {f.indicator for f in ex.metrics} == {"工业总产值"}


def test_zones_listed_before_a_figure_each_claim_it_only_when_the_text_says_each(extract) -> None:
    ex = extract("2022年,宜春经开区和吉安高新区营业收入均超过600亿元。")
    assert sorted((f.zone, f.value) for f in ex.metrics) == [("吉安高新区", Decimal(600)), ("宜春经开区", Decimal(600))]
    ex = extract("2022年,宜春经开区和吉安高新区营业收入合计1300亿元。")
    assert "宜春经开区" not in {f.zone for f in ex.metrics}, "a sum is not each zone's figure"


def test_rates_after_a_bare_respectively_go_to_the_levels_before_it(extract) -> None:
    ex = extract("2022年,九江经开区财政收入30亿元,税收收入24亿元,同比分别增长3.8%和8%。")
    rates = {(f.indicator, f.value) for f in ex.metrics if f.measure == "yoy_pct"}
    assert rates == {("财政收入", Decimal("3.8")), ("税收收入", Decimal(8))}
    ex = extract("2021年,某某经开区实现产值50亿元、税收3亿元(比上年的2亿元增加1亿元),分别比上年增长12%、50%。")
    rates = {(f.indicator, f.value) for f in ex.metrics if f.measure == "yoy_pct"}
    assert rates == {("产值", Decimal(12)), ("税收", Decimal(50))}, "an aside in brackets is not an item of the list"


def test_employment_and_a_count_of_zones_among_a_citys_parks(extract) -> None:
    ex = extract("2018年1—9月,赣州市工业园区运行平稳,从业人员18.5万人,同比增长3.1%。营业收入过百亿园区4个。")
    facts = {(f.zone, f.indicator, f.measure, f.value) for f in ex.metrics}
    assert ("赣州市工业园区", "从业人员", "value", Decimal("18.5")) in facts, "从业 is not the preposition 从"
    assert ("赣州市工业园区", "营业收入过百亿园区", "value", Decimal(4)) in facts, "a city's parks count their members"


def test_a_counted_noun_ends_before_the_adverbs_of_its_verb(extract) -> None:
    ex = extract("2005年,潍坊经济开发区全年的工作呈现三个特点。28个项目在同一天集中开工,9个项目相继投产。")
    assert [(f.indicator, f.value) for f in ex.metrics] == [("项目", Decimal(28)), ("项目", Decimal(9))]


def test_an_indicator_written_as_a_latin_acronym(extract) -> None:
    ex = extract("2017年,洛阳高新区全年实现GDP410亿元,同比增长6.2%。")
    assert {(f.indicator, f.measure, f.value) for f in ex.metrics} == {
        ("GDP", "value", Decimal(410)),
        ("GDP", "yoy_pct", Decimal("6.2")),
    }


def test_the_occasion_of_an_announcement_is_not_part_of_the_indicator(extract) -> None:
    ex = extract("2023年6月8日,芜湖经开区举行项目集中签约活动。当天共签约项目21个,总投资98亿元。")
    assert {f.indicator for f in ex.metrics} == {"签约项目", "总投资"}


def test_written_report_forms_a_growth_gap_a_mark_and_a_secondary_venture(extract) -> None:
    ex = extract(
        "2022年,湖州经开区营业收入首次跨上五百亿元台阶,同比增长11.2%;工业增加值增长8.1%,增速比全省高1.5个百分点。"
        "全区推进二次创业。"
    )
    facts = {(f.indicator, f.measure, f.value) for f in ex.metrics}
    assert ("营业收入", "yoy_pct", Decimal("11.2")) in facts
    assert ("工业增加值", "diff_pct_points", Decimal("1.5")) in facts
    assert not [f for f in ex.metrics if f.value == 2], "二次创业 is a second venture, not two of anything"


def test_a_growth_column_headed_by_its_comparison(extract) -> None:
    text = "表 3 2021年部分开发区营业收入\n名 称\t营业收入(亿元)\t比上年增长(%)\n绍兴柯桥经济技术开发区\t980.5\t12.4\n"
    ex = extract(text, kind="yearbook", report_year=2021)
    assert ("营业收入", "yoy_pct", Decimal("12.4")) in {(f.indicator, f.measure, f.value) for f in ex.metrics}


def test_a_share_written_in_words(extract) -> None:
    ex = extract("2021年,桐乡经开区时尚产业产值占全区规上工业总产值的四成以上,高新技术企业约占全市的三分之一。七成新设备。")
    shares = sorted((f.indicator, f.value) for f in ex.metrics if f.measure == "share_pct")
    assert shares == [("时尚产业产值", Decimal(40)), ("高新技术企业", Decimal("33.33"))]
    ex = extract("2021年,某某高新区光伏组件出货量约占全国的1/8,检测机构数量占全市2/3以上。1/2决赛于9月举行。")
    shares = sorted((f.indicator, f.value) for f in ex.metrics if f.measure == "share_pct")
    assert shares == [("光伏组件出货量", Decimal("12.50")), ("检测机构", Decimal("66.67"))]


def test_a_targets_words_are_not_part_of_its_indicator(extract) -> None:
    ex = extract("龙岩高新区明年力争科技型企业突破150家,将力争营业收入增长12%。", report_year=2022, published_on="2022-12-20")
    assert {(f.indicator, f.year, f.is_estimate) for f in ex.metrics} == {
        ("科技型企业", 2023, True),
        ("营业收入", 2023, True),
    }


def test_vague_amounts_changes_of_shares_and_targets_found_in_review(extract) -> None:
    ex = extract("2020年,九江经开区吸引几十亿元投资,出口占全市比重下降三成。")
    assert not ex.metrics, "几十亿元 states no amount; 下降三成 is a change, not a share"
    ex = extract("龙岩高新区明年将新增科技型企业30家,产值争取达到500亿元。", report_year=2022, published_on="2022-12-20")
    assert {(f.indicator, f.is_estimate) for f in ex.metrics} == {("新增科技型企业", True), ("产值", True)}


def test_zones_counted_for_a_province_and_those_of_each_level_among_them(extract) -> None:
    ex = extract("目前湖北经济技术开发区数量增至12家,其中武汉、襄阳2家国家级经开区,还有10家省级经开区。")
    counts = {(f.indicator, f.value, f.zone, f.basis) for f in ex.metrics if f.unit == "家"}
    assert counts == {
        ("经济技术开发区数量", Decimal("12"), "湖北经济技术开发区", None),
        ("国家级经开区", Decimal("2"), "湖北经济技术开发区", "part"),
        ("省级经开区", Decimal("10"), "湖北经济技术开发区", "part"),
    }


def test_a_group_s_figures_are_not_of_a_zone_left_out_or_named_as_an_example(extract) -> None:
    ex = extract(
        "据统计,湖南高新区总数增至10家。\n"
        "2021年,株洲、湘潭等6个高新区(不含近期获批的怀化高新区)实现营业收入3000亿元。"
        "2022年,岳阳、常德、益阳3个高新区(未包含新设的郴州高新区)完成工业增加值900亿元。"
    )
    zones = {f.value: f.zone for f in ex.metrics if f.unit == "亿元"}
    assert zones == {Decimal("3000"): "湖南高新技术产业开发区", Decimal("900"): "湖南高新技术产业开发区"}


def test_what_is_counted_without_the_frame_around_it(extract) -> None:
    ex = extract(
        "2023年,某某经开区汇聚了18名国家级和省级创新人才。"
        "按照权责清单方式明确41项审批职能。"
        "3天内办结环评手续。"
        "对登记备案等90余项许可事项实行告知承诺。"
        "在营商环境测评中满意度达97.5%。"
    )
    indicators = {(f.indicator, f.value) for f in ex.metrics}
    assert any(i.endswith("国家级和省级创新人才") and v == 18 for i, v in indicators)
    assert ("明确审批职能", Decimal(41)) in indicators
    assert ("办结环评手续", Decimal(3)) in indicators
    assert ("许可事项", Decimal(90)) in indicators
    assert ("满意度", Decimal("97.5")) in indicators


def test_a_day_inside_the_words_starts_another_event(extract) -> None:
    ex = extract("2023年,某某高新区西片征迁全部完成11月8日完成北片二期征迁所涉及164户。")
    assert [f.indicator for f in ex.metrics if f.value == 164] == ["北片二期征迁"]


def test_a_name_in_quotes_keeps_both_quote_marks(extract) -> None:
    ex = extract("2023年,某某高新区入选“甬江人才计划”12人,建成“城市会客厅”3个。")
    assert {f.indicator for f in ex.metrics} >= {"入选“甬江人才计划”"}


def test_a_page_s_own_counter_is_no_figure(extract) -> None:
    ex = extract("2023年,某某高新区新增企业120家。(浏览量:1280次)")
    assert [(f.indicator, f.value) for f in ex.metrics] == [("新增企业", Decimal(120))]


def test_a_counter_after_the_posting_time_is_no_figure_either(extract) -> None:
    ex = extract("某某高新区召开会议\n2021年3月2日 10:25 356次浏览\n\n2021年,某某高新区新增企业40家。")
    assert [(f.indicator, f.value) for f in ex.metrics] == [("新增企业", Decimal(40))]


def test_a_colon_ends_the_thing_counted_after_the_number(extract) -> None:
    ex = extract("2024年,某某经开区将办好八件民生实事:新建学校2所。")
    assert ("办好民生实事", Decimal(8)) in {(f.indicator, f.value) for f in ex.metrics}


def test_a_city_s_county_parks_are_its_aggregate_and_their_generic_name_refers_back(extract) -> None:
    ex = extract(
        "汉中市工业经济综述\n2022年,全市县域工业集中区规上工业企业210户,工业总产值96亿元。集中区当年固定资产投资总额27.5亿元。"
    )
    facts = {(f.indicator, f.value): f for f in ex.metrics}
    assert facts[("规上工业企业", Decimal(210))].zone == "汉中市县域工业集中区"
    assert facts[("工业总产值", Decimal(96))].zone == "汉中市县域工业集中区"
    invested = facts[("固定资产投资总额", Decimal("27.5"))]
    assert (invested.zone, invested.indicator_code) == ("汉中市县域工业集中区", "fixed_asset_investment")


def test_a_title_over_a_plan_line_makes_the_figures_targets_of_the_plan_year(extract) -> None:
    ex = extract(
        "某某经济开发区\n开发区2025年工作规划\n发布时间:2025-01-20\n\n"
        "全年主要预期目标是:实际利用外资2亿美元,有效发明专利数300件。",
        report_year=None,
        published_on=None,
    )
    facts = {f.indicator: f for f in ex.metrics}
    assert (facts["实际利用外资"].year, facts["实际利用外资"].is_estimate) == (2025, True)
    assert facts["有效发明专利数"].value == 300


def test_the_sitting_of_a_party_committee_is_no_count(extract) -> None:
    ex = extract("2023年,某某高新区认真落实区委五届六次全体(扩大)会议精神,新增企业30家。")
    assert [(f.indicator, f.value) for f in ex.metrics] == [("新增企业", Decimal(30))]


def test_a_span_from_an_event_of_a_year_is_not_that_year(extract) -> None:
    ex = extract("某某经开区新闻\n2019年园区管委会改制以来,某某经开区累计引进企业260家。")
    assert [(f.value, f.year) for f in ex.metrics] == [(Decimal(260), 2023)]


def test_a_word_of_no_kind_points_to_the_zone_its_sentence_named_by_kind(extract) -> None:
    ex = extract(
        "文成经开区一季度运行情况\n\n一季度,文成经开区实现营业收入86亿元。文成经开区负责人介绍,园区新增规上企业9家。\n\n"
        "文成高新区一季度营业收入增长8%。高新区有关负责人介绍,园区坚持创新驱动,一季度新增科技型企业31家。"
    )
    assert {(m.zone, m.value) for m in ex.metrics if m.unit == "家"} == {("文成经开区", 9), ("文成高新区", 31)}


def test_a_demonstrative_points_to_the_zone_just_named_not_the_subject(extract) -> None:
    ex = extract(
        "全省园区经济运行情况\n前三季度,江西省级以上开发区实现营业收入2.1万亿元。"
        "以南昌经开区为例,该园区营业收入前三季度1200亿元。"
    )
    zones = {f.value: f.zone for f in ex.metrics if f.measure == "value"}
    assert zones[Decimal("2.1")] == "江西省省级以上开发区"
    assert zones[Decimal(1200)] in ("南昌经开区", "南昌经济技术开发区")


def test_the_things_counted_end_before_the_amount_they_produce(extract) -> None:
    ex = extract("2023年,某某高新区56家规上工业企业工业总产值达380亿元。")
    assert ("规上工业企业", Decimal(56)) in {(f.indicator, f.value) for f in ex.metrics}


def test_growth_after_a_semicolon_and_a_share_s_difference_belong_to_the_level_before(extract) -> None:
    ex = extract(
        "1-5月,某某经开区战略性新兴产业增加值41.2亿元,占规上工业比重46.1%,比全市占比高5.2个百分点;"
        "同比增长9.4%,比全市增速快2.3个百分点。"
    )
    got = {(f.measure, f.value): f.indicator for f in ex.metrics}
    assert got[("yoy_pct", Decimal("9.4"))] == "战略性新兴产业增加值"
    assert got[("diff_pct_points", Decimal("5.2"))] == "战略性新兴产业增加值"


def test_a_bare_share_and_a_round_mark_restating_the_figure(extract) -> None:
    ex = extract("2023年,某某高新区实现营业收入1210亿元,首次突破千亿元;高新技术产业产值达到520亿元,比重达到43%。")
    got = {(f.measure, f.value): f.indicator for f in ex.metrics}
    assert ("value", Decimal(1000)) not in got
    assert got[("share_pct", Decimal(43))] == "高新技术产业产值"


def test_a_list_of_targets_runs_past_semicolons_and_a_count_s_growth_keeps_its_name(extract) -> None:
    ex = extract(
        "2023年,某某高新区新认定科技型中小企业40家同比增长25%。2024年,高新区的预期目标是:营业收入增长12%;"
        "新认定科技型中小企业45家,研发投入增长15%。"
    )
    facts = {(f.measure, f.value): f for f in ex.metrics}
    assert facts[("yoy_pct", Decimal(25))].indicator == "新认定科技型中小企业"
    assert facts[("value", Decimal(45))].is_estimate and facts[("yoy_pct", Decimal(15))].is_estimate
    assert not facts[("value", Decimal(40))].is_estimate


def test_the_zone_named_after_a_whole_s_figure_has_its_own_not_a_part(extract) -> None:
    ex = extract(
        "2023年,全市工业园区实际利用外资3.1亿美元,其中经济开发区协议利用外资1.8亿美元,实现开票销售112亿元,顺利实现了创百亿元园区的目标。"
    )
    facts = {f.value: f for f in ex.metrics}
    assert (facts[Decimal("1.8")].indicator, facts[Decimal("1.8")].indicator_code) == ("协议利用外资", "contracted_fdi")
    assert facts[Decimal("1.8")].basis is None
    assert Decimal(100) not in facts


def test_a_month_written_with_fen_before_a_figure_is_a_date(extract) -> None:
    ex = extract("2023年,某某开发区共有在建项目15个。9月份开工8个。")
    assert [f.indicator for f in ex.metrics if f.value == 8] == ["开工"]


def test_a_year_s_task_named_with_its_amount_and_what_is_done_so_far(extract) -> None:
    ex = extract(
        "1—6月份,园区工业总产值40.5亿元,为年任务90亿元的45%;园区全年计划投资12亿元,"
        "截至6月底,累计完成投资5.1亿元,占年任务的42.5%。"
    )
    facts = {(f.measure, f.value): f for f in ex.metrics}
    target = facts[("value", Decimal(90))]
    assert (target.indicator, target.is_estimate, target.period) == ("工业总产值", True, None)
    assert facts[("plan_pct", Decimal(45))].indicator == "工业总产值"
    assert not facts[("value", Decimal("5.1"))].is_estimate
    assert not facts[("plan_pct", Decimal("42.5"))].is_estimate


def test_a_province_s_zones_told_city_by_city_are_not_the_province_s_figures(extract) -> None:
    ex = extract("一季度全省产业集聚区运行情况\n一季度,全省产业集聚区营业收入增长20%。分省辖市看,洛阳市增长31%,许昌市下降2%。")
    zones = {f.value: f.zone for f in ex.metrics}
    assert zones[Decimal(31)] is None and zones[Decimal(-2)] is None


def test_the_country_s_bonded_zones_and_a_period_of_the_first_months(extract) -> None:
    ex = extract("今年前5月,全国综合保税区进出口值1.2万亿元,同比增长8%,其中进口5100亿元。")
    facts = {(f.measure, f.value): f for f in ex.metrics}
    level = facts[("value", Decimal("1.2"))]
    assert (level.zone, level.period, level.indicator_code) == ("全国综合保税区", "前5月", "import_export")
    assert facts[("value", Decimal(5100))].indicator_code == "imports"


def test_a_clause_about_the_zone_is_no_zone_name_and_a_dash_ends_a_lead_in(extract) -> None:
    ex = extract(
        "某某高新区成绩单\n2023年,某某高新区实现生产总值50亿元。这些指标,显著提升高新区的地位。"
        "2023年民生支出达到6亿元。主要做了以下工作——投资2亿元,建成道路20公里。"
    )
    zones = {f.zone for f in ex.metrics}
    assert zones == {"某某高新区"}
    assert ("投资", Decimal(2)) in {(f.indicator, f.value) for f in ex.metrics}


def test_what_follows_an_event_and_a_count_of_groups_before_the_figure(extract) -> None:
    ex = extract("2023年,某某开发区一期20公顷土地摘牌后当天开工。围绕规模、质量、效益等3个方面的28项指标开展评价。")
    assert {(f.indicator, f.value) for f in ex.metrics} == {("土地摘牌", Decimal(20))}


def test_a_title_in_traditional_characters_names_the_subject(extract) -> None:
    ex = extract("商務部通報2024年國家級經濟技術開發區考核結果\n2023年,國家級經開區生產總值合計14萬億元。")
    assert [(f.zone, f.value) for f in ex.metrics] == [("全国国家级经济技术开发区", Decimal(14))]


def test_bands_listed_before_the_things_they_size_are_no_figures(extract) -> None:
    ex = extract("2023年,某某经开区拥有营业收入20亿元以上、利润1亿元以上的工业企业共35家。")
    assert [(f.value, f.unit) for f in ex.metrics] == [(Decimal(35), "家")]


def test_a_clause_before_the_figure_qualifies_the_things_counted_after_it(extract) -> None:
    ex = extract("2023年,某某高新区参与本次集中签约的22个项目涵盖光电、医药等领域。全年引进甲科技、乙智造等一批优质项目130个。")
    assert {(f.indicator, f.value) for f in ex.metrics} >= {("集中签约项目", Decimal(22)), ("优质项目", Decimal(130))}


def test_a_task_handed_down_with_its_amount(extract) -> None:
    ex = extract("2023年1到9月,开发区完成市外到位资金50.2亿元,完成市政府下达任务数60亿元的83.7%。")
    facts = {(f.measure, f.value): f for f in ex.metrics}
    assert facts[("plan_pct", Decimal("83.7"))].indicator == "市外到位资金"
    assert facts[("value", Decimal(60))].is_estimate


def test_figures_as_of_a_month_s_end_cover_the_year_so_far(extract) -> None:
    ex = extract("2023年一季度,开发区新开工项目12个。截至5月底,开发区累计签约项目31个,协议投资额96亿元。")
    periods = {f.value: f.period for f in ex.metrics}
    assert periods[Decimal(12)] == "一季度"
    assert periods[Decimal(31)] == periods[Decimal(96)] == "1-5月"


def test_figures_as_of_a_quarter_s_end_cover_the_year_so_far_and_a_stock_then_none(extract) -> None:
    ex = extract("截止二季度,开发区累计完成规上工业产值40.5亿元,增长9%。截至三季度,开发区入驻企业达260家。")
    periods = {f.value: f.period for f in ex.metrics}
    assert periods[Decimal("40.5")] == periods[Decimal(9)] == "1-6月"
    assert periods[Decimal(260)] is None


def test_parks_listed_as_parts_take_the_whole_s_indicator_and_leave_the_subject_alone(extract) -> None:
    ex = extract(
        "上半年园区经济运行简况\n截至6月底,某某经济技术开发区规上企业210户。园区工业增加值增长9.5%。"
        "其中:北岗工业园区增长11.2%,新材料产业园区增长7.4%。"
    )
    facts = {f.value: f for f in ex.metrics}
    assert facts[Decimal(210)].zone == facts[Decimal("9.5")].zone == "某某经济技术开发区"
    assert (facts[Decimal("11.2")].zone, facts[Decimal("11.2")].indicator) == ("北岗工业园区", "工业增加值")
    assert (facts[Decimal("7.4")].zone, facts[Decimal("7.4")].indicator) == ("新材料产业园区", "工业增加值")


def test_places_praised_alongside_zones_are_no_zone_figures(extract) -> None:
    ex = extract("2023年,省政府对甲市等5个市州、乙县等11个县市区、某某高新技术产业开发区等9个园区予以通报表扬。")
    assert not [f for f in ex.metrics if f.indicator in ("市州", "县市区")]


def test_a_remark_on_a_counted_group_is_not_its_subject(extract) -> None:
    ex = extract("广西高新区发展综述\n去年,5个高新区(贺州高新区今年1月获批)工业总产值达到2100亿元。")
    assert [f.zone for f in ex.metrics if f.value == 2100] == ["广西高新技术产业开发区"]


def test_a_forecast_by_the_verb_alone_a_campaign_s_days_an_average_and_a_comparison(extract) -> None:
    ex = extract(
        "2023年1-10月,某某高新区技改投资入库5.2亿元,预计全年完成入库6亿元。开展90天攻坚行动。"
        "四大产业实缴税收平均增幅为12%。45个市级重点项目完成投资比年度计划快8.5个百分点。"
    )
    got = {(f.measure, f.value): f.indicator for f in ex.metrics}
    assert got[("value", Decimal(6))] == "技改投资入库"
    assert ("value", Decimal(90)) not in got
    assert got[("yoy_pct", Decimal(12))] == "四大产业实缴税收"
    assert got[("value", Decimal(45))] == "市级重点项目"


def test_leading_the_city_is_a_difference_against_it(extract) -> None:
    ex = extract("2023年1-5月,某某经开区营业收入增长10.5%,领先全市平均增速4.2个百分点。")
    (diff,) = [f for f in ex.metrics if f.measure == "diff_pct_points"]
    assert (diff.value, diff.basis) == (Decimal("4.2"), "全市")


def test_a_change_or_a_new_subject_after_the_number_names_nothing_counted(extract) -> None:
    ex = extract("2022年,某某经开区治理噪声,投诉由2021年的90件下降到30件。某某高新区获评示范园区,共3家。该名单由省里发布。")
    indicators = {f.indicator for f in ex.metrics}
    assert "投诉" in indicators and not any(i.endswith("下降") or i.startswith("该") for i in indicators)


def test_what_money_was_spent_on_is_not_what_it_measures(extract) -> None:
    ex = extract("2023年,某某高新区投入3.2亿元完善医疗、交通等配套设施。")
    assert ("投入", Decimal("3.2")) in {(f.indicator, f.value) for f in ex.metrics}


def test_a_period_or_a_verb_after_the_things_counted_ends_them(extract) -> None:
    ex = extract("2021年,某某开发区电子、机械等三个主导产业上半年完成产值40亿元。")
    assert ("主导产业", Decimal(3)) in {(f.indicator, f.value) for f in ex.metrics}


def test_the_size_of_the_field_is_no_figure_of_the_zone(extract) -> None:
    ex = extract("2020年\n某某经开区获国务院表彰\n全国仅5家\n")
    assert not [f for f in ex.metrics if f.value == Decimal(5)]


def test_a_phase_of_a_project_or_an_assessment_s_indicators_are_no_measure(extract) -> None:
    ex = extract("2021年,省里从3个方面的28项指标对开发区进行考评。8月,某某经开区完成安置区三期所涉及95户,约2万平方米。")
    assert not [f for f in ex.metrics if f.value in (Decimal(28), Decimal(95))]


def test_a_growth_rate_kept_at_a_level_is_growth(extract) -> None:
    ex = extract("2023年,某某高新区重点企业产值增速保持在30%以上。")
    assert [(f.indicator, f.measure) for f in ex.metrics] == [("重点企业产值", "yoy_pct")]


def test_a_province_s_zones_each_or_counted_are_its_aggregate(extract) -> None:
    ex = extract("8月2日,安徽省各高新区负责人参加会议。1-7月,安徽省18个高新区实现营业收入5200亿元。")
    assert [(f.zone, f.indicator) for f in ex.metrics if f.unit == "亿元"] == [("安徽省高新区", "营业收入")]


def test_the_share_of_a_whole_s_things_a_zone_holds(extract) -> None:
    ex = extract("2023年,某某高新区发展迅速。据统计,全省65%的科技型企业聚集在高新区,引进的高端人才80%以上落户于高新区。")
    shares = {(f.indicator, f.value) for f in ex.metrics if f.measure == "share_pct"}
    assert shares == {("科技型企业", Decimal(65)), ("引进的高端人才", Decimal(80))}


def test_projects_counted_after_examples_and_their_zone(extract) -> None:
    ex = extract("2022年9月,某市举行项目集中开工。甲乙智能工厂等成都数字文旅创意产业功能区项目12个,总投资80亿元。")
    assert [(f.zone, f.indicator, f.value) for f in ex.metrics] == [
        ("成都数字文旅创意产业功能区", "项目", Decimal(12)),
        ("成都数字文旅创意产业功能区", "总投资", Decimal(80)),
    ]


def test_a_generic_zone_word_after_a_period_is_not_part_of_the_indicator(extract) -> None:
    ex = extract("某某高新区前三季度运行平稳\n据介绍,2021年前三季度高新区完成GDP300亿元,全省12个高新区实现营收2000亿元。")
    assert [f.indicator for f in ex.metrics if f.unit == "亿元"] == ["GDP", "营收"]


def test_a_verb_of_focus_after_the_things_counted_ends_them(extract) -> None:
    ex = extract("2023年,某某高新区共实施29个项目紧紧围绕新能源汽车产业链布局。")
    assert [f.indicator for f in ex.metrics] == ["实施项目"]


def test_a_figure_aimed_at_is_a_target_of_the_indicator(extract) -> None:
    ex = extract("2024年,某某经开区瞄准营业收入500亿元,力争比上年增长60亿元。")
    assert [(f.indicator, f.value, f.is_estimate) for f in ex.metrics] == [
        ("营业收入", Decimal(500), True),
        ("营业收入", Decimal(60), True),
    ]


def test_a_headline_run_into_the_first_paragraph_states_its_figure_once(extract) -> None:
    ex = extract(
        "高新区贡献全市近三成工业产值 一季度营业收入同比增长9.5%\n\n2024-04-20 08:10 某某日报\n\n"
        "原标题:一季度营业收入同比增长9.5% 某某高新区开局良好\n\n一季度,某某高新区营业收入同比增长9.5%,工业投资增长9.5%。"
    )
    assert sorted((f.indicator, f.value) for f in ex.metrics) == [("工业投资", Decimal("9.5")), ("营业收入", Decimal("9.5"))]


def test_a_completion_of_the_year_s_plan_is_an_actual_of_the_period(extract) -> None:
    ex = extract("2016年1至6月,凤冈县工业园区完成规上工业总产值30.5亿元,占全年计划的55%。")
    completion = next(f for f in ex.metrics if f.measure == "plan_pct")
    assert (completion.value, completion.period, completion.is_estimate) == (Decimal(55), "1至6月", False)


def test_a_county_s_parks_together_are_its_aggregate(extract) -> None:
    ex = extract("茶陵县召开园区工作调度会\n1—6月,全县园区完成工业总产值80.5亿元,增长7.2%。")
    assert {(f.zone, f.measure) for f in ex.metrics} == {("茶陵县园区", "value"), ("茶陵县园区", "yoy_pct")}


def test_a_growth_of_zero_in_words_and_a_meeting_s_attendance(extract) -> None:
    ex = extract("2023年,某某经开区召开推进会,企业负责人等60余人参会。某某经开区固定资产投资同比持平,税收增长5%。")
    assert sorted((f.indicator, f.measure, f.value) for f in ex.metrics) == [
        ("固定资产投资", "yoy_pct", Decimal(0)),
        ("税收", "yoy_pct", Decimal(5)),
    ]


def test_a_zone_s_score_in_an_assessment(extract) -> None:
    ex = extract("2021年,某某经开区以综合得分91.6分位列全省第五。")
    assert [(f.indicator, f.value, f.unit, f.indicator_code) for f in ex.metrics] == [
        ("综合得分", Decimal("91.6"), "分", "assessment_score")
    ]


def test_the_scale_of_an_assessment_is_no_score(extract) -> None:
    ex = extract("2021年,某某经开区在全省考核中位列第五。考核评价体系设置总分为500分,涉及40项指标。")
    assert not [f for f in ex.metrics if f.unit == "分"]


def test_last_year_before_an_indicator_is_its_time_not_its_name(extract) -> None:
    ex = extract("2009年,开发区实现营业收入500亿元。在去年工业总产值的420亿元中,高新技术产品产值达250亿元。")
    assert {f.indicator for f in ex.metrics} == {"营业收入", "工业总产值", "高新技术产品产值"}


def test_this_year_opening_a_sentence_after_its_sources_dates_every_part_of_it(extract) -> None:
    ex = extract(
        "记者从市发改委获悉,根据市统计局最新反馈数据,今年1-4月,某某开发区完成营业收入52.3亿元;"
        "实现利润总额3.1亿元;完成固定资产投资8.8亿元。",
        report_year=None,
        published_on="2021-05-20",
    )
    assert {(f.value, f.year, f.year_rule.split(":")[0]) for f in ex.metrics} == {
        (Decimal("52.3"), 2021, "year_relative"),
        (Decimal("3.1"), 2021, "year_relative"),
        (Decimal("8.8"), 2021, "year_relative"),
    }


def test_an_amount_per_mu_written_out_is_per_mu(extract) -> None:
    ex = extract("2020年,某某经开区入园项目投资强度280万元每亩。")
    assert [(f.value, f.unit) for f in ex.metrics] == [(Decimal("280"), "万元/亩")]


def test_a_year_opening_the_clause_a_list_starts_in_dates_its_semicolon_parts(extract) -> None:
    ex = extract(
        "近年来,某某经开区开放水平不断提升,2021年某某经开区实现进出口总额120亿元,增长8%;实际使用外资3亿美元;"
        "2022年上半年实现进出口总额70亿元。",
        report_year=None,
        published_on="2022-09-01",
    )
    assert sorted((f.value, f.year) for f in ex.metrics if f.measure == "value") == [
        (Decimal("3"), 2021),
        (Decimal("70"), 2022),
        (Decimal("120"), 2021),
    ]


def test_a_list_of_growths_goes_on_in_multiples_and_shares_the_last_item_s_measure(extract) -> None:
    ex = extract("2022年1-4月,某某经开区工业、商贸、民生投资额分别增长3.2%、1.4倍、2.6倍。")
    assert [(f.indicator, f.measure, f.value) for f in ex.metrics] == [
        ("工业投资额", "yoy_pct", Decimal("3.2")),
        ("商贸投资额", "yoy_pct", Decimal("140")),
        ("民生投资额", "yoy_pct", Decimal("260")),
    ]


def test_parks_listed_beside_known_zones_pair_with_their_growths(extract) -> None:
    ex = extract("2023年,某某经开区南湖工业园区、北岭工业园区、西坪工业园区投资分别增长6.1%、4.2%、9.9%。")
    assert [(f.zone, f.indicator, f.value) for f in ex.metrics] == [
        ("南湖工业园区", "投资", Decimal("6.1")),
        ("北岭工业园区", "投资", Decimal("4.2")),
        ("西坪工业园区", "投资", Decimal("9.9")),
    ]


def test_a_share_in_tenths_written_with_a_digit(extract) -> None:
    ex = extract("2022年,某某高新区高技术产业增加值增长6%,占全市比重超6成。")
    assert [(f.measure, f.value) for f in ex.metrics if f.measure == "share_pct"] == [("share_pct", Decimal("60"))]


def test_a_zone_type_named_again_before_its_verb_is_not_part_of_the_indicator(extract) -> None:
    ex = extract("2016年,漳州台商投资区召开工作会议。台商投资区完成规上工业产值210亿元。")
    assert [(f.indicator, f.indicator_code) for f in ex.metrics] == [("规上工业产值", "industrial_output_above_scale")]


def test_counts_stated_with_results_announced_for_a_closed_year_are_of_that_year(extract) -> None:
    text = "近日,省里下发通报,依据2019年度全省开发区综合评价结果,授予星级称号。宜宾经开区高新技术企业达到46家。"
    ex = extract(text, report_year=None, published_on="2020-06-10")
    assert [(f.value, f.year, f.year_rule.split(":")[0]) for f in ex.metrics] == [
        (Decimal("46"), 2019, "paragraph_announces_results_of_year")
    ]


def test_an_assessment_that_names_the_year_of_its_data_dates_its_figures(extract) -> None:
    text = "省商务厅开展2024年度开发区考评(采用2023年度统计数据)。参评园区以全省一成的土地,贡献了全省46.5%的工业增加值。"
    ex = extract(text, report_year=None, published_on="2025-03-02")
    assert [(f.value, f.year) for f in ex.metrics] == [(Decimal("46.5"), 2023)]


def test_measures_listed_before_a_respective_change_since_the_year_before(extract) -> None:
    ex = extract("2022年,平阳经济开发区亩均工业增加值、单位用地税收较上年度分别增加4.18万元/亩、1.06万元/亩。")
    assert [(f.indicator, f.value) for f in ex.metrics] == [
        ("亩均工业增加值", Decimal("4.18")),
        ("单位用地税收", Decimal("1.06")),
    ]


def test_a_quarter_s_end_opening_the_sentence_dates_the_stock_after_it(extract) -> None:
    ex = extract("截至2021年三季度末,某某经开区共有规上企业188家。", report_year=None, published_on=None)
    assert [(f.value, f.year) for f in ex.metrics] == [(Decimal("188"), 2021)]


def test_a_count_inside_the_name_of_the_zones_a_sentence_is_about(extract) -> None:
    ex = extract("湖北省开发区发展报告\n2021年,全省77个省级开发区实现营业收入3.2万亿元。")
    facts = _facts(ex)
    count = facts[("省级开发区", "value", Decimal(77), "个")]
    assert (count.zone, count.year, count.rule) == ("湖北省省级开发区", 2021, "metric_zones_counted_in_group_name")
    assert facts[("营业收入", "value", Decimal("3.2"), "万亿元")].zone == "湖北省省级开发区"


def test_zones_counted_as_the_field_of_a_ranking_are_not_counted(extract) -> None:
    ex = extract("甲市高新区考核结果\n2020年,在全省73个省级园区考核中,甲市高新区居第5位。")
    assert all(f.unit not in ("个", "家") for f in ex.metrics)


def test_the_past_year_of_a_spring_page_is_last_year(extract) -> None:
    ex = extract(
        "园区召开二季度项目推进会\n发布时间:2021-04-12 09:00\n过去一年,园区共签约项目31个,合同投资额120亿元。今年以来,园区签约项目9个。",
        report_year=None,
        published_on=None,
    )
    years = {f.value: f.year for f in ex.metrics}
    assert (years[Decimal(31)], years[Decimal(120)], years[Decimal(9)]) == (2020, 2020, 2021)


def test_the_figure_a_change_starts_from_is_of_the_time_it_starts(extract) -> None:
    ex = extract("某高新区成立于2006年。截至2020年底,园区企业从12家增加至410家,工业总产值从建园时的3000万元增长至350.5亿元。")
    years = {f.value: (f.year, f.year_rule) for f in ex.metrics}
    assert years[Decimal(410)][0] == 2020 and years[Decimal("350.5")][0] == 2020
    assert years[Decimal(12)] == (2006, "year_start_of_change_founding")
    assert years[Decimal(3000)] == (2006, "year_start_of_change_founding")
    ex = extract("2020年,园区产值由2015年的80亿元提高到150亿元。")
    assert {f.value: f.year for f in ex.metrics} == {Decimal(80): 2015, Decimal(150): 2020}
    ex = extract("2020年,园区企业从12家增加至410家。")
    assert {f.value: f.year for f in ex.metrics} == {Decimal(12): None, Decimal(410): 2020}


def test_zones_a_sentence_opens_with_pair_with_its_figures_after_a_predicate(extract) -> None:
    ex = extract(
        "2024年前三季度,昆明高新区、玉溪经济开发区、大理综合保税区在出口方面表现亮眼,"
        "分别完成出口额9.5亿元、4.2亿元、2.6亿元,增长率分别为12.1%、8.4%、30.2%。"
    )
    got = {(f.zone, f.measure, f.value) for f in ex.metrics}
    assert got == {
        ("昆明高新区", "value", Decimal("9.5")),
        ("玉溪经济开发区", "value", Decimal("4.2")),
        ("大理综合保税区", "value", Decimal("2.6")),
        ("昆明高新区", "yoy_pct", Decimal("12.1")),
        ("玉溪经济开发区", "yoy_pct", Decimal("8.4")),
        ("大理综合保税区", "yoy_pct", Decimal("30.2")),
    }
    assert {f.indicator for f in ex.metrics} == {"出口额"}


def test_a_growth_the_clause_before_judged(extract) -> None:
    ex = extract("2023年,曲靖经济技术开发区和昆明高新区的工业投资增长较快,分别增长21.4%和17.9%。")
    assert {(f.zone, f.indicator, f.measure, f.value) for f in ex.metrics} == {
        ("曲靖经济技术开发区", "工业投资", "yoy_pct", Decimal("21.4")),
        ("昆明高新区", "工业投资", "yoy_pct", Decimal("17.9")),
    }


def test_a_place_no_pattern_knows_joined_to_a_zone_in_the_clause_before_respectively(extract) -> None:
    ex = extract(
        "2024年前三季度,昆明高新区仍是拉动投资的主力,而滇中国际物流城和玉溪经济开发区的投资增长较快,分别增长22.5%和19.1%。"
    )
    assert {(f.zone, f.measure, f.value) for f in ex.metrics if f.measure == "yoy_pct"} == {
        ("滇中国际物流城", "yoy_pct", Decimal("22.5")),
        ("玉溪经济开发区", "yoy_pct", Decimal("19.1")),
    }
    # a person before a list of figures is no zone of them
    ex = extract("2014年,长春市副市长介绍,税收收入、工业利润分别实现300亿元、90亿元。")
    assert "长春市副市长" not in {f.zone for f in ex.metrics}


def test_a_counted_group_defined_for_the_document_counts_its_zones(extract) -> None:
    ex = extract("2024年,云南省20个重点产业园区(简称“重点园区”)实现营收1.2万亿元。重点园区完成投资600亿元。")
    facts = _facts(ex)
    assert facts[("重点产业园区", "value", Decimal(20), "个")].zone == "云南省重点产业园区"
    assert facts[("投资", "value", Decimal(600), "亿元")].zone == "云南省重点产业园区"


def test_a_zone_named_as_a_part_does_not_carry_into_the_next_sentence(extract) -> None:
    ex = extract(
        "湖北省开发区发展报告\n2021年,全省开发区实现营业收入4.2万亿元,增长18%,其中武汉经开区突破3000亿元。"
        "实现税收总额1500亿元,增长9%。"
    )
    zones = {f.value: f.zone for f in ex.metrics}
    assert zones[Decimal(3000)] == "武汉经开区"
    assert zones[Decimal(1500)] == zones[Decimal("4.2")] == "湖北省开发区"


def test_sentences_about_another_place_are_not_the_zone_named_before(extract) -> None:
    ex = extract("2021年,增城经济技术开发区的地区生产总值达700亿元。番禺区地区生产总值达2500亿元,增长8%。进出口总额达900亿元。")
    zones = {f.value: f.zone for f in ex.metrics}
    assert zones[Decimal(700)] == "增城经济技术开发区"
    assert zones[Decimal(2500)] is None and zones[Decimal(900)] is None
    # the zone's own city opening a sentence is still about the zone
    ex = extract("2020年,诸暨经济开发区新增企业80家。诸暨市最大的公办小学建成开学,新增绿化面积约6万平方米。")
    assert {f.zone for f in ex.metrics} == {"诸暨经济开发区"}


def test_a_figure_whose_indicator_opens_with_another_place_is_that_places(extract) -> None:
    ex = extract("2022年11月,某市招商大会举行。其中:石嘴山经济技术开发区签约项目8个;平罗县签约项目15个;惠农区签约项目3个。")
    zones = {f.value: (f.zone, f.zone_rule) for f in ex.metrics}
    assert zones[Decimal(8)][0] == "石嘴山经济技术开发区"
    assert zones[Decimal(15)][0] is None and "a_place«平罗县»" in zones[Decimal(15)][1]
    assert zones[Decimal(3)][0] is None
    # a level or a programme named after a place stays the zone's
    ex = extract("2020年,石嘴山经济技术开发区新入选嘉兴市500精英人才3名,列入湖州市级项目7个。")
    assert {f.zone for f in ex.metrics} == {"石嘴山经济技术开发区"}
    # the document's own city names a programme of the zone's (某市创新团队), not another place
    ex = extract("石嘴山市平罗工业园区2020年工作总结\n2020年,平罗工业园区新增石嘴山市创新团队2个。")
    assert {f.zone for f in ex.metrics} == {"石嘴山市平罗工业园区"}


def test_a_table_with_a_category_column_written_once_per_category(extract) -> None:
    text = (
        "表 3\n\n各园区考核结果\n\n"
        "类 别\t园区\t工业产值(亿元)\t增长(%)\t综合得分\n"
        "国家级\t临川经济技术开发区\t320.5\t8.2\t90.1\n"
        "\t宜黄工业园区\t88.4\t5.5\t86.7\n"
        "省级\t崇仁工业园区\t150.2\t9.9\t88.8\n"
    )
    ex = extract(text, kind="yearbook", report_year=2022)
    cells = {(f.zone, f.indicator, f.measure, f.value, f.unit) for f in ex.metrics}
    assert ("宜黄工业园区", "工业产值", "value", Decimal("88.4"), "亿元") in cells
    assert ("宜黄工业园区", "工业产值", "yoy_pct", Decimal("5.5"), "%") in cells
    assert ("崇仁工业园区", "综合得分", "value", Decimal("88.8"), "分") in cells
    assert not [f for f in ex.metrics if f.zone in ("国家级", "省级")]


def test_a_table_whose_first_column_is_the_place(extract) -> None:
    text = (
        "附件\n\n2021年度全市开发区考核结果\n\n"
        "排名\t开发区\t综合得分\t工业产值(亿元)\n"
        "1\t岐山经济开发区\t95.10\t210.4\n"
        "2\t麟游工业园区\t90.25\t88.0\n"
    )
    ex = extract(text, kind="yearbook", report_year=2021)
    assert [(r.zone, r.rank) for r in ex.rankings] == [("岐山经济开发区", 1), ("麟游工业园区", 2)]
    cells = {(f.zone, f.indicator, f.value) for f in ex.metrics}
    assert ("麟游工业园区", "工业产值", Decimal("88.0")) in cells
    assert ("麟游工业园区", "综合得分", Decimal("90.25")) in cells
    assert not [f for f in ex.metrics if f.zone in ("1", "2")]


def test_a_table_titled_on_its_own_line_totals_the_aggregate_it_names(extract) -> None:
    text = (
        "【园区建设】 2020年,全市开发区新建厂房12万平方米。\n\n表 8\n\n2020年盘锦市省级以上开发区经济运行情况\n\n"
        "开发区\t工业产值(亿元)\t增长(%)\n"
        "合 计\t310.4\t4.2\n"
        "盘锦经济开发区\t120.1\t5.0\n"
    )
    ex = extract(text, kind="yearbook", report_year=2020)
    assert {f.zone for f in ex.metrics if f.value == Decimal("310.4")} == {"盘锦市省级以上开发区"}


def test_a_table_of_indicators_one_a_row_is_its_sections_zone(extract) -> None:
    text = (
        "【经济运行】 2021年,盐城经济技术开发区主要指标稳步增长。\n\n"
        "指 标\t单 位\t数 值\t比上年增长(%)\n"
        "地区生产总值\t亿元\t512.7\t7.3\n"
        "其中:工业增加值\t亿元\t301.2\t9.1\n"
    )
    ex = extract(text, kind="yearbook", report_year=2021)
    table = {(f.zone, f.indicator, f.measure, f.value, f.unit) for f in ex.metrics if f.rule.startswith("table_")}
    assert table == {
        ("盐城经济技术开发区", "地区生产总值", "value", Decimal("512.7"), "亿元"),
        ("盐城经济技术开发区", "地区生产总值", "yoy_pct", Decimal("7.3"), "%"),
        ("盐城经济技术开发区", "工业增加值", "value", Decimal("301.2"), "亿元"),
        ("盐城经济技术开发区", "工业增加值", "yoy_pct", Decimal("9.1"), "%"),
    }


def test_a_growth_column_naming_its_indicator_and_a_city_total_row(extract) -> None:
    text = (
        "1-12月全市开发区运行简析\n\n发布日期:2024年01月22日\n\n全年,全市6个省级以上开发区运行平稳。\n\n"
        "开发区\t营业收入(亿元)\t固定资产投资增速(%)\n"
        "全市合计\t980.5\t6.1\n"
        "资阳高新技术产业开发区\t410.2\t7.4\n"
    )
    ex = extract(text, report_year=None, published_on=None)
    table = {(f.zone, f.indicator, f.measure, f.value) for f in ex.metrics if f.rule.startswith("table_")}
    assert ("资阳高新技术产业开发区", "固定资产投资", "yoy_pct", Decimal("7.4")) in table
    assert {z for z, _, _, v in table if v == Decimal("980.5")} == {"资阳市省级以上开发区"}


def test_a_total_row_named_by_its_kind_is_the_scoped_group_the_caption_names(extract) -> None:
    text = (
        "前三季度全市开发区运行情况\n\n发布日期:2023年10月20日\n\n"
        "前三季度,全市7个省级以上开发区(以下简称“全市园区”)运行平稳。\n\n"
        "附表:前三季度全市开发区主要指标\n\n"
        "园区名称\t营业收入(亿元)\t同比增长(%)\n"
        "全市园区合计\t980.5\t6.1\n"
        "资阳高新技术产业开发区\t410.2\t7.4\n"
    )
    ex = extract(text, report_year=None, published_on=None)
    table = {(f.zone, f.measure, f.value) for f in ex.metrics if f.rule.startswith("table_")}
    assert {z for z, _, v in table if v == Decimal("980.5")} == {"资阳市省级以上开发区"}


def test_a_smaller_fall_than_the_city_s_and_a_net_increase_to_a_total(extract) -> None:
    ex = extract("2020年,园区一般公共预算收入同比下降1.9%,降幅比全市小2.6个百分点;高新技术企业净增35家,达到171家。")
    facts = {(f.indicator, f.measure, f.value) for f in ex.metrics}
    assert ("一般公共预算收入", "diff_pct_points", Decimal("2.6")) in facts
    assert ("高新技术企业", "value", Decimal(171)) in facts


def test_a_two_year_average_growth_after_达到了_is_the_indicator_s(extract) -> None:
    ex = extract("2021年上半年,园区实现地区生产总值150亿元,同比增长17.4%,两年年均增速达到了8.6%。")
    assert {(f.indicator, f.measure) for f in ex.metrics if f.value == Decimal("8.6")} == {("地区生产总值", "yoy_pct")}


def test_a_member_turned_to_with_qizhong_is_the_subject_until_the_full_stop(extract) -> None:
    text = "运城市各开发区签约项目20个,开工项目16个。其中,闻喜经济开发区签约项目3个,总投资6.5亿元;开工项目4个,总投资9亿元。运城市各开发区投产项目12个。"
    ex = extract(text)
    by_value = {f.value: f.zone for f in ex.metrics}
    assert by_value[Decimal(4)] == by_value[Decimal(3)] == by_value[Decimal(9)]
    assert by_value[Decimal(4)] != by_value[Decimal(20)]
    assert by_value[Decimal(12)] == by_value[Decimal(20)], "after the full stop the group is the subject again"


def test_a_bare_kind_word_is_the_one_zone_of_that_kind_the_document_names(extract) -> None:
    text = (
        "西宁两大国家级园区观察\n\n"
        "西宁高新区去年营业收入增长9%。\n\n"
        "从荒滩起步的西宁经济技术开发区,如今是全省的增长极。作为全省第一家国家级经济技术开发区,经开区大胆改革。"
        "目前,该区已形成四大产业集群,园区入驻规上企业120家。\n\n"
        "高新区入驻规上企业80家。"
    )
    ex = extract(text)
    zones = {f.value: f.zone for f in ex.metrics if f.indicator.endswith("企业")}
    assert zones == {Decimal(120): "西宁经济技术开发区", Decimal(80): "西宁高新区"}


def test_shares_listed_with_the_things_after_them(extract) -> None:
    ex = extract("2022年,全省开发区贡献了全省约60%的规上工业产值、50%的税收收入和40%的进出口额。")
    shares = sorted((f.indicator, f.measure, f.value) for f in ex.metrics)
    assert shares == [
        ("税收收入", "share_pct", Decimal(50)),
        ("规上工业产值", "share_pct", Decimal(60)),
        ("进出口额", "share_pct", Decimal(40)),
    ]


def test_a_year_that_opens_a_span_closed_far_later_by_yilai_is_not_the_figures(extract) -> None:
    ex = extract("自2015年省里出台《开发区考核办法》实施以来,某某经开区累计引进项目80个。", report_year=2023)
    assert {(f.value, f.year) for f in ex.metrics} == {(Decimal(80), 2023)}


def test_a_zone_named_in_a_documents_title_is_not_the_subject_of_figures(extract) -> None:
    text = "今年,全市工业园区新签约项目20个。\n\n我们将紧盯甲乙新材料等项目,确保新增产值5亿元;年内印发《兰州市产业园区年度考评细则》。"
    ex = extract(text)
    assert "兰州市产业园区" not in {f.zone for f in ex.metrics}


def test_an_events_venue_is_not_the_zone_of_the_events_figures(extract) -> None:
    text = (
        "3月8日,某市一季度项目集中签约活动在株洲高新区主会场举行。此次签约项目40个,总投资300亿元。"
        "其中,全市省级以上园区签约项目31个。"
    )
    ex = extract(text)
    zones = {f.value: f.zone for f in ex.metrics}
    assert zones[Decimal(40)] != "株洲高新区" and zones[Decimal(300)] != "株洲高新区"


def test_a_part_named_after_the_wholes_figures_does_not_take_them(extract) -> None:
    ex = extract(
        "攸县经开区举行项目集中签约\n\n攸县经开区今年签约项目多。\n\n此次全县签约项目40个。其中,醴陵经开区签约项目10个。"
    )
    zones = {f.value: f.zone for f in ex.metrics}
    assert zones[Decimal(10)] == "醴陵经开区"
    assert zones[Decimal(40)] != "醴陵经开区"


def test_a_bare_bizhong_is_the_share_of_the_level_before_it(extract) -> None:
    ex = extract("2021年前三季度,全省各开发区完成营业收入1500亿元,同比增长6%,比重占全省的41.2%。")
    shares = {(f.indicator, f.value) for f in ex.metrics if f.measure == "share_pct"}
    assert shares == {("营业收入", Decimal("41.2"))}


def test_a_change_after_a_level_is_that_level_s_increment(extract) -> None:
    ex = extract(
        "2023年,平阳经济开发区规上工业企业达到196家,较年初净增11家;入驻企业433家,比上年增加29家;高新技术企业57家,新增8家。"
    )
    by_value = {m.value: m for m in ex.metrics}
    assert [by_value[Decimal(v)].indicator for v in ("11", "29", "8")] == ["规上工业企业", "入驻企业", "高新技术企业"]
    assert all(by_value[Decimal(v)].rule == "metric_increment" for v in ("11", "29", "8"))
    assert by_value[Decimal("196")].rule != "metric_increment"


def test_the_share_of_the_year_s_budget_is_a_plan_completion(extract) -> None:
    ex = extract("2023年,平阳经济开发区一般公共预算收入完成7.42亿元,增长5.1%,完成年度预算的97.3%。")
    plan = next(m for m in ex.metrics if m.value == Decimal("97.3"))
    assert (plan.indicator, plan.measure) == ("一般公共预算收入", "plan_pct")


def test_a_date_of_being_announced_or_recognised_dates_only_that(extract) -> None:
    ex = extract(
        "【概况】平阳经济开发区1994年设立,2010年经省人民政府公告为省级开发区,总规划面积18.2平方千米。",
        kind="yearbook",
    )
    area = next(m for m in ex.metrics if m.value == Decimal("18.2"))
    assert area.year == 2023


def test_a_rate_computed_at_comparable_prices_is_the_level_s_growth(extract) -> None:
    ex = extract("上半年,平阳经济开发区实现地区生产总值412.6亿元,按可比价计算增长7.3%;在建项目126个,较同期增长18.4%。")
    by_value = {m.value: m for m in ex.metrics}
    assert (by_value[Decimal("7.3")].indicator, by_value[Decimal("7.3")].measure) == ("地区生产总值", "yoy_pct")
    assert (by_value[Decimal("18.4")].indicator, by_value[Decimal("18.4")].measure) == ("在建项目", "yoy_pct")


def test_a_share_raised_by_a_percent_is_a_change_in_points_and_a_pull_is_a_value(extract) -> None:
    ex = extract(
        "上半年,平阳经济开发区服务业增加值占园区生产总值的比重为27.4%,同比提高1.6%,拉动园区经济增长3.2%。"
        "高新技术产业产值占规上工业产值比重同比提高2.3%。"
    )
    by_value = {m.value: m for m in ex.metrics}
    assert by_value[Decimal("1.6")].measure == by_value[Decimal("2.3")].measure == "diff_pct_points"
    assert by_value[Decimal("3.2")].measure == "value"
    assert by_value[Decimal("3.2")].indicator.startswith("拉动")


def test_a_plant_s_capacity_and_a_vague_tens_are_no_figures(extract) -> None:
    ex = extract(
        "2023年,平阳经济开发区签约年产8000吨新材料项目和年处理6万吨固废项目,总投资3.6亿元。建区之初,这里只有几十家小作坊。"
    )
    assert {(m.value, m.unit) for m in ex.metrics} == {(Decimal("3.6"), "亿元")}


def test_a_share_that_passed_a_mark_is_the_figure_after_it(extract) -> None:
    ex = extract("2023年,平阳经济开发区服务业增加值占园区生产总值的比重首次突破40%,达到41.3%。")
    shares = [m for m in ex.metrics if m.measure == "share_pct"]
    assert [m.value for m in shares] == [Decimal("41.3")]


def test_a_share_in_a_place_is_the_share_of_the_level_before_it(extract) -> None:
    ex = extract("上半年,平阳经济开发区支柱产业总产值743.4亿元,增长9.8%,在温州市占比达20.4%。")
    share = next(m for m in ex.metrics if m.measure == "share_pct")
    assert share.indicator == "支柱产业总产值"


def test_a_tonnage_in_a_project_s_name_is_no_figure(extract) -> None:
    ex = extract("2023年,平阳经济开发区80万吨高端铝合金板带项目开工,园区新增产能35万吨。")
    assert {(m.value, m.unit) for m in ex.metrics} == {(Decimal("35"), "万吨")}


def test_a_figure_pointed_back_at_names_what_a_later_figure_measures(extract) -> None:
    ex = extract(
        "2020年,文成经济开发区工业增加值达到41.2亿元;今年,这一数字增至57.8亿元,同比增长8.6%。",
        report_year=2023,
        published_on="2023-08-01",
    )
    facts = {(f.indicator, f.measure, f.value, f.year) for f in ex.metrics}
    assert ("工业增加值", "value", Decimal("41.2"), 2020) in facts
    assert ("工业增加值", "value", Decimal("57.8"), 2023) in facts
    assert ("工业增加值", "yoy_pct", Decimal("8.6"), 2023) in facts


def test_then_is_the_time_its_sentence_named(extract) -> None:
    ex = extract("早在2009年,泰顺工业园区便获批设立,彼时园区入驻企业不足15家,年产值不到8亿元。", report_year=2023)
    facts = {(f.indicator, f.value, f.year) for f in ex.metrics}
    assert facts == {("入驻企业", Decimal(15), 2009), ("年产值", Decimal(8), 2009)}
    ex = extract("彼时园区入驻企业不足15家。", report_year=2023)
    assert {f.year for f in ex.metrics} != {2009}


def test_a_clause_opening_with_the_verb_again_is_no_part_of_the_total_before(extract) -> None:
    text = "1-5月,全市工业园区固定资产投资12.6亿元,同比增长18%,其中工业投资9.3亿元,同比增长25%,完成税收4.1亿元,同比增长9%。"
    ex = extract(text)
    facts = {(f.indicator, f.measure, f.value) for f in ex.metrics}
    assert ("税收", "value", Decimal("4.1")) in facts and ("税收", "yoy_pct", Decimal(9)) in facts
    assert any(f.indicator.endswith("工业投资") and f.value == Decimal("9.3") for f in ex.metrics)


def test_a_table_written_with_bars_whose_rows_are_years(extract) -> None:
    text = (
        "泰顺工业园区\n\n园区近年主要指标如下:\n\n"
        "年份 | 工业产值 | 税收收入 | 规上企业\n"
        "2021年 | 86.4亿元 | 3.2亿元 | 57家\n"
        "2022年 | 95.1亿元 | 3.6亿元 | 63家\n"
        "今年1-6月 | 51.8亿元 | 2.1亿元 | 66家\n"
    )
    ex = extract(text, kind="article", report_year=2023, published_on="2023-07-20")
    facts = {(f.zone, f.year, f.indicator, f.value, f.unit) for f in ex.metrics}
    assert ("泰顺工业园区", 2021, "工业产值", Decimal("86.4"), "亿元") in facts
    assert ("泰顺工业园区", 2022, "规上企业", Decimal(63), "家") in facts
    assert ("泰顺工业园区", 2023, "税收收入", Decimal("2.1"), "亿元") in facts
    assert len(ex.metrics) == 9
    assert all(text[f.char_start : f.char_end] == f.quote and "|" not in f.quote for f in ex.metrics)


def test_bars_of_a_page_s_fields_or_links_are_no_table(extract) -> None:
    text = "发布机构: | 泰顺县经信局 | 发布日期: | 2023-05-06 |\n首页 | 新闻 | 公开 | 互动\n\n2022年,泰顺工业园区实现工业产值95.1亿元。"
    ex = extract(text)
    assert {(f.indicator, f.value) for f in ex.metrics} == {("工业产值", Decimal("95.1"))}


def test_a_total_of_the_zones_listed_before_it_is_no_one_zone_s(extract) -> None:
    ex = extract("2023年,平阳经开区、苍南经开区共计完成进出口总额86.7亿元。")
    assert {(f.zone, f.indicator, f.value) for f in ex.metrics} == {(None, "进出口总额", Decimal("86.7"))}
    ex = extract("2023年,平阳经开区和苍南经开区公共服务平台达到12个。")
    assert {f.zone for f in ex.metrics} == {"苍南经开区"}


def test_a_one_character_verb_after_a_comparison_is_a_growth(extract) -> None:
    ex = extract("2011年,文成工业园区实现产品销售收入21.4亿元,比上年同期增17.6%,利税同比降2.1%。")
    facts = {(f.indicator, f.measure, f.value) for f in ex.metrics}
    assert ("产品销售收入", "yoy_pct", Decimal("17.6")) in facts
    assert ("利税", "yoy_pct", Decimal("-2.1")) in facts


def test_a_zone_named_with_a_hyphen(extract) -> None:
    ex = extract("2024年,广西-东盟经开区实现规上工业总产值520亿元。")
    assert {f.zone for f in ex.metrics} == {"广西-东盟经开区"}


def test_an_indicator_before_a_colon_then_its_figure_year_by_year(extract) -> None:
    text = "泰顺工业园区这些年稳步成长。\n——工业产值:2020年61.5亿元,2021年70.2亿元,2022年78亿元;\n——规上企业:2020年41家、2021年47家、2022年55家。"
    ex = extract(text, report_year=2023, published_on="2023-03-01")
    facts = {(f.year, f.indicator, f.value, f.unit) for f in ex.metrics}
    assert (2020, "工业产值", Decimal("61.5"), "亿元") in facts
    assert (2021, "工业产值", Decimal("70.2"), "亿元") in facts
    assert (2022, "规上企业", Decimal(55), "家") in facts
    assert len(ex.metrics) == 6


def test_how_an_assessment_is_built_is_no_figure_of_a_zone(extract) -> None:
    ex = extract(
        "在2018年度综合考评中,平阳经济技术开发区在考评体系六大类48项指标中表现突出,在产业发展、科技创新等六大类指标中均名列前茅。"
    )
    assert not ex.metrics


def test_names_joined_by_ji_keep_their_figures_in_runs_after_fenbie(extract) -> None:
    ex = extract(
        "上半年,文成工业园区汽车及零部件、新材料、生物医药三大产业营业收入分别为86.5亿元、42.3亿元、21.8亿元,"
        "同比分别增长12.1%、9.8%和下降2.1%。"
    )
    pairs = {(f.indicator[:4], f.measure, f.value) for f in ex.metrics if f.unit != "个"}
    assert ("汽车及零", "value", Decimal("86.5")) in pairs
    assert ("汽车及零", "yoy_pct", Decimal("12.1")) in pairs
    assert ("新材料收", "yoy_pct", Decimal("9.8")) in pairs


def test_bi_zengzhang_after_a_part_s_level_is_that_part_s_growth(extract) -> None:
    ex = extract("2023年,平阳经济开发区第二产业增加值96.2亿元,增长7%,其中:工业增加值64.5亿元比增长7.8%。")
    by_value = {f.value: f for f in ex.metrics}
    assert by_value[Decimal("7.8")].measure == "yoy_pct"
    assert by_value[Decimal("7.8")].indicator == by_value[Decimal("64.5")].indicator


def test_a_count_after_ji_and_before_zhihou_is_a_landmark_not_a_figure(extract) -> None:
    ex = extract("平阳经济开发区设立于1993年,是继浙江12个试点县之后设立的省级开发区。")
    assert ex.metrics == []


def test_differences_against_references_listed_before_fenbie(extract) -> None:
    ex = extract("2023年,平阳经济开发区规上工业增加值增长11%,比全县、全市分别快3、0.6个百分点。")
    diffs = sorted((f.value, f.indicator, f.qualifier) for f in ex.metrics if f.measure == "diff_pct_points")
    assert diffs == [(Decimal("0.6"), "规上工业增加值", "比全市快"), (Decimal("3"), "规上工业增加值", "比全县快")]
    # 领先 (ahead of) and 落后 (behind) list their references the way 高于 and 低于 do
    ex = extract("2023年,文成经济开发区营业收入增长9%,分别领先全国、全省1.2、0.4个百分点,落后全市、全县0.5、2个百分点。")
    diffs = sorted((f.value, f.qualifier) for f in ex.metrics if f.measure == "diff_pct_points")
    assert diffs == [
        (Decimal("-2"), "落后全县"),
        (Decimal("-0.5"), "落后全市"),
        (Decimal("0.4"), "领先全省"),
        (Decimal("1.2"), "领先全国"),
    ]


def test_a_reference_rate_in_parentheses_between_a_comparison_and_its_points(extract) -> None:
    ex = extract("2023年,平阳经济开发区规上工业增加值增长12.4%,增速高于全市(7.8%)4.6个百分点,比全县(10%)快2.7个百分点。")
    diffs = sorted((f.value, f.indicator) for f in ex.metrics if f.measure == "diff_pct_points")
    assert diffs == [(Decimal("2.7"), "规上工业增加值"), (Decimal("4.6"), "规上工业增加值")]


def test_areas_written_with_unit_symbols(extract) -> None:
    ex = extract("2023年,苍南经济开发区规划面积27.4k㎡,建成区面积3.8km²,新建标准厂房9万㎡。")
    assert {(f.value, f.unit) for f in ex.metrics} == {
        (Decimal("27.4"), "平方公里"),
        (Decimal("3.8"), "平方公里"),
        (Decimal("9"), "万平方米"),
    }


def test_the_nation_s_zones_counted_with_ge_and_the_whole_of_a_share_is_no_zone(extract) -> None:
    ex = extract(
        "2019年,56个国家级经济技术开发区完成地区生产总值12000亿元;东部地区30个国家级经济技术开发区完成地区生产总值7100亿元,"
        "占全国经济技术开发区地区生产总值的59.2%。"
    )
    zones = {f.value: f.zone for f in ex.metrics}
    assert zones[Decimal("12000")] == "全国国家级经济技术开发区"
    assert zones[Decimal("7100")] == zones[Decimal("59.2")] == "东部地区国家级经济技术开发区"


def test_an_entry_threshold_and_a_count_said_again_are_no_figures(extract) -> None:
    threshold = extract("2023年全省开发区二十强名单公布,入围门槛为营业收入不低于200亿元。平阳经济开发区营业收入318亿元。")
    assert [f.value for f in threshold.metrics] == [Decimal("318")]
    again = extract("2023年,泰顺经济开发区集中签约项目6个,总投资19亿元。签约的6个项目涉及新材料、装备制造等领域。")
    assert sorted(f.value for f in again.metrics) == [Decimal("6"), Decimal("19")]


def test_a_growth_stated_on_last_year_s_growth_gives_both_years_rates(extract) -> None:
    ex = extract(
        "上半年,苍南经开区营业收入在去年同期11.6%的高增长基础上增长9.3%,工业增加值在上年增长8%的基础上增长10.7%。",
        published_on="2023-08-01",
    )
    got = {(f.indicator, f.measure, f.value, f.year) for f in ex.metrics}
    assert got == {
        ("营业收入", "yoy_pct", Decimal("11.6"), 2022),
        ("营业收入", "yoy_pct", Decimal("9.3"), 2023),
        ("工业增加值", "yoy_pct", Decimal("8"), 2022),
        ("工业增加值", "yoy_pct", Decimal("10.7"), 2023),
    }


def test_the_whole_city_s_totals_told_at_a_zone_s_venue_are_the_city_s(extract) -> None:
    ex = extract(
        "全市重大项目集中签约仪式在乐清经开区举行,全市共签约52个项目、总投资300亿元。其中乐清经开区签约项目19个、总投资57亿元。"
    )
    zones = {(f.value, f.zone) for f in ex.metrics if f.indicator.endswith("总投资")}
    assert zones == {(Decimal(300), None), (Decimal(57), "乐清经开区")}


def test_how_an_assessment_measures_and_its_field_are_no_figures_of_a_zone(extract) -> None:
    ex = extract("考核设12项指标,从三个维度评价,86家开发区参评,平阳经开区5项指标增速居首,营业收入增长17%。")
    assert [(f.measure, f.value) for f in ex.metrics] == [("yoy_pct", Decimal(17))]


def test_a_province_s_high_tech_parks_counted_then_a_period_written_month_to_month(reference) -> None:
    from unseen_documents import read_unseen

    ex = read_unseen(
        "平阳日报讯 昨日,平阳高新区获批省级高新区。\n\n平阳高新区形成了三大主导产业。\n\n"
        "据统计,全省18个高新技术产业开发区,2022年1月至9月完成营业收入5236亿元,同比提高9.5%。",
        reference,
    )
    assert {(m.zone, m.indicator, m.value, m.period) for m in ex.metrics} == {
        ("浙江省高新技术产业开发区", "营业收入", Decimal("5236"), "1月至9月"),
        ("浙江省高新技术产业开发区", "营业收入", Decimal("9.5"), "1月至9月"),
    }


def test_places_listed_then_counted_as_zones_state_the_group_s_figure(reference) -> None:
    from unseen_documents import read_unseen

    text = (
        "平阳高新区获批国家级\n\n平阳高新区形成了三大主导产业。\n\n"
        "2017年前三季度,温州、湖州、嘉兴等3个国家高新区共完成营业收入2498亿元。平阳高新区完成营业收入98亿元。"
    )
    ex = read_unseen(text, reference)
    assert {(m.zone, m.value) for m in ex.metrics} == {(None, Decimal("2498")), ("平阳高新区", Decimal("98"))}


def test_a_mark_passed_early_then_the_figure_and_the_same_figure_later(extract) -> None:
    ex = extract("2022年,文成经开区营业收入在前7个月就突破500亿元,实现512.6亿元,到三季度达到655.4亿元。")
    assert {(m.indicator, m.value) for m in ex.metrics} == {
        ("营业收入", Decimal("512.6")),
        ("营业收入", Decimal("655.4")),
    }


def test_a_dated_label_line_and_a_rate_computed_at_comparable_prices(extract) -> None:
    ex = extract("瑞安经开区\n\n2022年末注册企业:412家\n2022年规上企业:175家")
    facts = _facts(ex)
    assert facts[("注册企业", "value", Decimal(412), "家")].zone == "瑞安经开区"
    assert ("规上企业", "value", Decimal(175), "家") in facts
    ex = extract("2023年,乐清经开区营业收入(RMB)按现价计算,同比增长6.2%,工业用电量可比增长3.7%。")
    facts = _facts(ex)
    assert ("营业收入", "yoy_pct", Decimal("6.2"), "%") in facts
    assert ("工业用电量", "yoy_pct", Decimal("3.7"), "%") in facts


def test_the_same_figure_at_an_earlier_time_and_a_part_of_the_year_opening_a_part(extract) -> None:
    ex = extract(
        "截至8月底,文成经开区拥有规上企业96家,2023年底为88家;1-8月新入规企业8家。",
        report_year=2024,
        published_on="2024-09-19",
    )
    facts = _facts(ex)
    assert facts[("规上企业", "value", Decimal(96), "家")].year == 2024
    assert facts[("规上企业", "value", Decimal(88), "家")].year == 2023
    assert facts[("新入规企业", "value", Decimal(8), "家")].year == 2024
    ex = extract("2024年,文成经开区规上工业企业96家,上年为88家。", report_year=2024)
    assert _facts(ex)[("规上工业企业", "value", Decimal(88), "家")].year == 2023


def test_a_share_whose_indicator_is_named_inside_the_whole(extract) -> None:
    ex = extract("泰顺经开区\n\n营业收入:88.2亿元\n占全县开发区营业收入比重:61.3%")
    share = _facts(ex)[("营业收入", "share_pct", Decimal("61.3"), "%")]
    assert share.zone == "泰顺经开区"


def test_zones_listed_then_counted_pass_a_mark_each_or_state_their_sum(extract) -> None:
    ex = extract("一季度,平阳经开区、苍南经开区、瑞安经开区等三个园区工业产值突破50亿元。")
    assert {(m.zone, m.value) for m in ex.metrics if m.indicator == "工业产值"} == {
        ("平阳经开区", 50),
        ("苍南经开区", 50),
        ("瑞安经开区", 50),
    }
    ex = extract("一季度,平阳经开区、苍南经开区、瑞安经开区等三个园区实现工业产值120亿元。")
    assert not [m.zone for m in ex.metrics if m.indicator == "工业产值" and m.zone]


def test_the_shares_of_two_sectors_with_de_before_the_ratio_word(extract) -> None:
    ex = extract("2016年,文成经开区二、三产业的结构为45:55。")
    assert {(m.indicator, m.value) for m in ex.metrics if m.measure == "share_pct"} == {("第二产业", 45), ("第三产业", 55)}


def test_a_province_s_zones_of_a_level_written_with_de(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("日前,苍南经济开发区获批升格,浙江省的国家级经开区由此增加到22家。")
    assert [(m.zone, m.value) for m in ex.metrics] == [("浙江省国家级经济技术开发区", 22)]


def test_a_city_s_name_before_a_bare_yuanqu_is_all_the_city_s_parks(extract) -> None:
    text = "2022年,台州园区规上工业产值占全市三分之二;进出口总额120亿美元。\n乐清经开区累计引资额达172亿元。"
    facts = {f.value: (f.zone, f.zone_rule) for f in extract(text).metrics}
    assert facts[Decimal("120")][0] == "台州市园区"
    assert facts[Decimal("120")][1].startswith("zone_aggregate_of_city_named")
    assert facts[Decimal("172")][0] == "乐清经开区"
    # a park named after a city inside a zone's name is that park, not the city's parks
    facts = {f.value: f.zone for f in extract("2022年,平阳高新区台州园区实现营收12亿元。").metrics}
    assert facts[Decimal("12")] != "台州市园区"


def test_a_merger_year_opening_a_sentence_does_not_date_the_sentences_after_it(extract) -> None:
    text = "2023年,瑞安经开区营业收入120亿元。2012年,两园整合,统一“一区两园”管理。北区规划面积8.5平方公里。"
    facts = {f.value: (f.zone, f.year) for f in extract(text).metrics}
    assert facts[Decimal("8.5")] == ("瑞安经开区", 2023)


def test_a_heading_over_lines_of_zones_and_figures_names_what_they_measure(extract) -> None:
    text = "2022年,全市园区实现税收收入86亿元。\n税收收入超10亿元的园区:\n瑞安经济开发区21.3亿元\n乐清经济开发区15.6亿元\n"
    facts = {f.value: (f.zone, f.indicator) for f in extract(text).metrics}
    assert facts[Decimal("21.3")] == ("瑞安经济开发区", "税收收入")
    assert facts[Decimal("15.6")] == ("乐清经济开发区", "税收收入")


def test_a_concentration_or_an_intensity_in_percent_is_a_value_of_its_own(extract) -> None:
    # (share_pct is a share the text says the zone has of a whole, 占全市…; an intensity is an
    # indicator of its own, measured in percent)
    text = "2023年,苍南经开区主导产业集中度达到61.2%,研发经费投入强度为2.4%。"
    facts = {f.value: (f.indicator, f.measure, f.unit) for f in extract(text).metrics}
    assert facts[Decimal("61.2")] == ("主导产业集中度", "value", "%")
    assert facts[Decimal("2.4")] == ("研发经费投入强度", "value", "%")


def test_label_lines_give_a_change_or_a_count_after_their_colon(extract) -> None:
    text = (
        "2024年1-5月,苍南工业园区各项指标如下:\n技改投入:同比增长13.75%\n规模以上工业企业数(截至6月底):83家\n其中:甲园区增长9.1%"
    )
    facts = {f.value: (f.indicator, f.measure) for f in extract(text).metrics}
    assert facts[Decimal("13.75")] == ("技改投入", "yoy_pct")
    assert facts[Decimal("83")] == ("规模以上工业企业数", "value")
    assert facts.get(Decimal("9.1"), ("",))[0] != "其中"


def test_a_bare_park_word_after_a_semicolon_goes_on_about_the_zone_before_it(extract) -> None:
    text = "2024年前三季度,全市开发区营收增长8%。文成经开区营收23亿元;园区每亩税收18.4万元。"
    facts = {f.value: (f.zone, f.zone_rule) for f in extract(text).metrics}
    assert facts[Decimal("18.4")][0] == "文成经开区"


def test_a_label_line_whose_figure_is_a_change_is_no_heading(extract) -> None:
    text = "苍南工业园区1-5月各项指标\n二、项目投入\n技改投入：同比增长26.35%\n设备购置投入：同比下降3.45%\n"
    facts = {f.value: (f.indicator, f.measure) for f in extract(text).metrics}
    assert facts[Decimal("26.35")] == ("技改投入", "yoy_pct")
    assert facts[Decimal("-3.45")] == ("设备购置投入", "yoy_pct")


def test_how_a_zone_began_is_no_figure_of_it(extract) -> None:
    ex = extract(
        "2024年,苍南经济开发区从最初规划面积2平方公里发展到如今的13.75平方公里。"
        "建区之初仅有企业7家,如今入驻企业达413家。园区曾经在5平方公里上起步。"
    )
    assert sorted(f.value for f in ex.metrics) == [Decimal("13.75"), Decimal("413")]


def test_growth_over_the_previous_year_written_as_shang_niandu_or_shang_yi_nian(extract) -> None:
    ex = extract(
        "2020年,全县开发区规上工业总产值57.35亿元,较上年度增长7.65%;平阳经济开发区税收收入13.75亿元,"
        "较上一年度同比增长8.35%,利润比上年度同比增12.65%,出口与上年度持平。"
    )
    growth = {f.indicator: f.value for f in ex.metrics if f.measure == "yoy_pct"}
    assert growth == {
        "规上工业总产值": Decimal("7.65"),
        "税收收入": Decimal("8.35"),
        "利润": Decimal("12.65"),
        "出口": Decimal("0"),
    }


def test_xianchang_is_no_now_cut_from_the_indicator(extract) -> None:
    ex = extract("2024年,文成经济开发区举行集中签约活动,现场集中签约开工项目37个、总投资26.35亿元。")
    assert {f.indicator for f in ex.metrics if f.value == 37} <= {"集中签约开工项目", "现场集中签约开工项目"}


def test_a_figure_neared_or_crossed_and_a_count_of_months_leave_the_indicator_clean(extract) -> None:
    ex = extract(
        "2021年,瑞安经济开发区总产值接近26.35亿元,增幅103.5%;地区生产总值迈过700亿元关口。前10个月以来实现税收13.75亿元。"
    )
    assert {f.indicator for f in ex.metrics} == {"总产值", "地区生产总值", "税收"}


def test_a_level_reached_as_a_step_is_no_count_of_machines(extract) -> None:
    ex = extract("2025年,平阳经济开发区经济总量迈上四千亿台阶,工业机器人产量达1375台。")
    assert [(f.value, f.unit) for f in ex.metrics] == [(Decimal("1375"), "台")]


def test_the_threshold_of_a_class_is_no_figure(extract) -> None:
    ex = extract(
        "2014年,苍南经济开发区在建项目317个。甲智控、乙矿物、丙高科等投资15亿元以上的重点民营工业项目加快建设;"
        "营收200亿元以上的企业3家。"
    )
    assert sorted((f.value, f.unit) for f in ex.metrics) == [(Decimal("3"), "家"), (Decimal("317"), "个")]


def test_the_place_s_own_growth_beside_the_zone_s_is_not_the_zone_s(extract) -> None:
    ex = extract(
        "2014年,文成经济开发区社会消费品零售总额26.35亿元,增长11.65%,全市增长12.35%左右;技改投资增长13.75%,全省增长9.35%。"
    )
    assert sorted(f.value for f in ex.metrics if f.measure == "yoy_pct") == [Decimal("11.65"), Decimal("13.75")]


def test_last_year_s_figure_written_as_the_base_of_a_change(reference) -> None:
    from unseen_documents import read_unseen as _unseen

    ex = _unseen("文成经济开发区概况\n\n2013年,文成经济开发区财政总收入1.35亿元,比上年的8125万元增加5375万元。", reference)
    facts = {f.value: f for f in ex.metrics}
    assert (facts[Decimal("8125")].indicator, facts[Decimal("8125")].year) == ("财政总收入", 2012)
    assert "增量" in (facts[Decimal("5375")].qualifier or "")


def test_rates_after_listed_amounts_pair_with_them_in_order(extract) -> None:
    ex = extract(
        "2020年,全市13家园区实现工业总产值2635.5亿元、营业收入3125.25亿元,“十三五”期间年均增长13.75%、9.25%;"
        "税收收入186.35亿元、出口额75.27亿元,增长6.35%、11.65%。"
    )
    rates = {f.value: f.indicator for f in ex.metrics if f.measure == "yoy_pct"}
    assert rates == {
        Decimal("13.75"): "工业总产值",
        Decimal("9.25"): "营业收入",
        Decimal("6.35"): "税收收入",
        Decimal("11.65"): "出口额",
    }


def test_firms_in_incubation_are_counted(extract) -> None:
    ex = extract("2023年,文成高新区累计建成孵化载体26.35万平方米,在孵企业达到317家。")
    assert {f.indicator: f.value for f in ex.metrics}.get("在孵企业") == Decimal("317")


def test_an_official_quoted_on_the_zone_s_work_states_its_figures(extract) -> None:
    ex = extract(
        "2023年,泰顺经济开发区持续发力。“今年以来,我们新引进亿元以上项目43个,总投资额86.25亿元。”管委会负责人介绍。"
        "店主说:“我们店里有30多种货品。”"
    )
    assert {f.indicator: f.value for f in ex.metrics} == {"新引进亿元以上项目": Decimal("43"), "总投资额": Decimal("86.25")}


def test_the_numbered_items_of_a_policy_are_no_figures(extract) -> None:
    text = (
        "瑞安经开区工作总结(2023年)\n\n2023年,瑞安经开区聚焦三个“一号工程”,通过空间再拓展、招商再精准、服务再发力三项举措,"
        "实现五个新突破,全年实现规上工业产值210亿元。启动七大“城市客厅”建设,引进项目12个,出台扶持措施15条。"
    )
    assert sorted(m.value for m in extract(text).metrics) == [Decimal(12), Decimal(15), Decimal(210)]
