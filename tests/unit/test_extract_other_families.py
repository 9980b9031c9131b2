"""Rankings, honours, projects, zones and years in sentences written for these tests."""

from decimal import Decimal


def test_ranking_from_to(extract) -> None:
    ex = extract("2022年,在全国217家国家级经开区年度考核中,南通经济技术开发区由第52位升至第38位。")
    (ranking,) = ex.rankings
    assert (ranking.rank, ranking.prev_rank, ranking.of, ranking.zone) == (38, 52, 217, "南通经济技术开发区")


def test_ranking_with_change_and_chinese_numerals(extract) -> None:
    ex = extract("2022年,园区在全省高新区综合评价中位列第六,较上年前进三个位次。", report_year=2022)
    (ranking,) = ex.rankings
    assert (ranking.rank, ranking.prev_rank) == (6, 9)


def test_a_ranked_table_with_one_cell_a_line(extract) -> None:
    text = "2023年度全省园区评比揭晓,我市三个园区进入前二十。\n\n嘉善经开区\n\n第4名\n\n平湖经开区\n\n第11名\n\n海宁经开区\n\n第17位\n"
    ex = extract(text)
    assert [(r.zone, r.rank) for r in ex.rankings] == [("嘉善经开区", 4), ("平湖经开区", 11), ("海宁经开区", 17)]
    assert not ex.metrics
    # a zone and a place in running prose are not a table row
    ex = extract("嘉善经开区第4名的成绩来之不易,全区上下共同努力。")
    assert not ex.rankings


def test_a_rise_from_one_place_to_another_within_a_named_field(extract) -> None:
    ex = extract("2023年,瑞安高新区综合排名由全国高新区第十一升至第八,亩均税收居全省前列。")
    assert [(r.zone, r.rank, r.prev_rank, r.rule) for r in ex.rankings] == [("瑞安高新区", 8, 11, "ranking_from_to")]
    # a count that moved is no place: neither number is written as one
    assert not extract("2023年,瑞安高新区入驻企业由120升至185。").rankings


def test_a_place_in_a_field_after_a_bare_ju_names_no_zone(extract) -> None:
    ex = extract("2023年,乐清经开区高新技术企业达96家、居全国经开区第7,研发投入达12亿元。")
    assert {m.zone for m in ex.metrics} == {"乐清经开区"}
    assert [(r.zone, r.rank) for r in ex.rankings] == [("乐清经开区", 7)]


def test_a_rank_written_before_the_zone_it_describes(extract) -> None:
    ex = extract("2019年全市开发区考评中,排名第3位的泰顺经济开发区首次进入前五。")
    assert [(r.zone, r.rank) for r in ex.rankings] == [("泰顺经济开发区", 3)]
    # said again after the list that gave it, it is the same rank
    ex = extract(
        "2019年全市开发区考评前十中,台州有2家,分别是台州化学工业园(第4位)、泰顺经济开发区(第9位)。"
        "其中,排名第9位的泰顺经济开发区进位最快。"
    )
    assert sorted((r.zone, r.rank) for r in ex.rankings) == [("台州化学工业园", 4), ("泰顺经济开发区", 9)]


def test_the_field_of_a_rank_written_with_a_bare_zone_word_is_no_zone(extract) -> None:
    text = "文成工业园区今年前5个月工作小结\n我区狠抓招商,技改投入增幅在全市开发区里排第5位。"
    assert [(r.zone, r.rank) for r in extract(text).rankings] == [("文成工业园区", 5)]


def test_ranking_drop(extract) -> None:
    ex = extract("2022年,扬州经济技术开发区在全省开发区考评中位列第15名,较前一年下降4位。")
    assert [(r.rank, r.prev_rank) for r in ex.rankings] == [(15, 11)]


def test_ranking_first_in_province(extract) -> None:
    ex = extract("2022年,园区亩均税收居全省第一位。")
    assert [r.rank for r in ex.rankings] == [1]


def test_honour_passive_with_body_and_date(extract) -> None:
    ex = extract("2022年6月8日,衢州经济技术开发区被省科技厅认定为浙江省高新技术产业园区。")
    (honour,) = ex.honours
    assert honour.title == "浙江省高新技术产业园区"
    assert honour.body == "省科技厅" and honour.date == "2022-06-08" and honour.zone == "衢州经济技术开发区"


def test_honour_titles_listed_with_a_suffix(extract) -> None:
    ex = extract("2022年,园区先后获评省级绿色园区、省级循环化改造示范园区称号。")
    assert {h.title for h in ex.honours} == {"省级绿色园区", "省级循环化改造示范园区"}


def test_titles_listed_with_a_closing_deng_and_a_he_inside_one_title(extract) -> None:
    ex = extract("建园以来,园区先后被评为省级生态工业示范园区、国家纺织和服装外贸转型升级基地和全市营商环境先进园区等。")
    assert {h.title for h in ex.honours} == {
        "省级生态工业示范园区",
        "国家纺织和服装外贸转型升级基地",
        "全市营商环境先进园区",
    }


def test_honour_for_several_zones(extract) -> None:
    ex = extract("2022年,金华经济技术开发区、义乌经济技术开发区全部入选省级美丽园区示范园区。")
    assert {h.zone for h in ex.honours} == {"金华经济技术开发区", "义乌经济技术开发区"}


def test_ranks_after_respectively_pair_with_the_one_list_of_as_many_zones(extract) -> None:
    ex = extract("榜单公布,合肥高新区排名第12位。芜湖高新区、蚌埠高新区排在合肥高新区之后,分别为31位、58位。")
    assert {(r.zone, r.rank) for r in ex.rankings} == {("合肥高新区", 12), ("芜湖高新区", 31), ("蚌埠高新区", 58)}


def test_one_zones_ranks_pair_with_the_rankings_listed_before_them(extract) -> None:
    ex = extract("此外还公布了创新能力、开放水平两个单项排名,铜陵经开区分别位居第21、9位。")
    assert [(r.zone, r.ranking, r.rank) for r in ex.rankings] == [
        ("铜陵经开区", "创新能力", 21),
        ("铜陵经开区", "开放水平", 9),
    ]


def test_a_zone_founded_as_a_class_or_promoted_to_one_holds_it(extract) -> None:
    ex = extract("廊坊开发区是1993年经河北省人民政府批准建立的省级经济开发区。")
    assert [(h.zone, h.title, h.year) for h in ex.honours] == [("廊坊开发区", "省级经济开发区", 1993)]
    ex = extract("保定高新区于2010年晋级国家高新区。")
    assert [(h.title, h.year) for h in ex.honours] == [("国家高新区", 2010)]


def test_the_class_a_zone_was_approved_as_is_an_honour(extract) -> None:
    ex = extract("2013年12月,九江高新区被国务院批准为国家级高新区。")
    assert [(h.title, h.body, h.date) for h in ex.honours] == [("国家级高新区", "国务院", "2013-12")]
    ex = extract("蚌埠高新区设立于1994年5月,是经国务院批准的皖北首家国家级高新区。")
    (honour,) = ex.honours
    assert "国家级高新区" in honour.title and honour.body == "国务院" and honour.zone == "蚌埠高新区"
    ex = extract("2022年,赤峰经济开发区、锡林浩特经济开发区经自治区人民政府批复同意认定为自治区级高新区。")
    assert {(h.zone, h.title, h.body) for h in ex.honours} == {
        ("赤峰经济开发区", "自治区级高新区", "自治区人民政府"),
        ("锡林浩特经济开发区", "自治区级高新区", "自治区人民政府"),
    }


def test_an_anniversary_or_a_goal_is_no_honour(extract) -> None:
    assert extract("2023年,西咸新区以获批国家级新区八周年为契机,谋划新一轮发展。").honours == []
    assert extract("2023年,园区全力冲刺“晋升国家级高新区”目标。").honours == []


def test_a_cluster_named_for_a_zone_is_its_honour(extract) -> None:
    ex = extract("2022年,开发区纺织服装产业集群被省工信厅确定为省级特色产业集群。")
    assert [h.title for h in ex.honours] == ["省级特色产业集群"]


def test_a_counted_group_of_people_is_not_an_honour(extract) -> None:
    ex = extract("2022年,园区入选省级领军人才计划12人。")
    assert ex.honours == []


def test_project_with_investment_and_status(extract) -> None:
    ex = extract("2022年3月,总投资50亿元的华为云数据中心项目在湖州经济技术开发区正式开工。")
    (project,) = ex.projects
    assert project.name == "华为云数据中心项目"
    assert (project.investment, project.investment_unit, project.status) == (Decimal(50), "亿元", "开工")
    assert Decimal(50) not in {f.value for f in ex.metrics}, "a named project's investment is not a zone figure"


def test_a_signed_agreement_names_its_project_and_its_sizes_are_the_projects(extract) -> None:
    ex = extract(
        "2021年9月,某甲新材料公司与衢州经济技术开发区签署高性能树脂一期项目投资合作协议,"
        "总投资18亿元,将建设30万吨改性树脂、5万吨助剂,全长3.2公里的管廊同步建设。"
    )
    (project,) = ex.projects
    assert (project.name, project.status, project.investment) == ("高性能树脂一期项目", "签约", Decimal(18))
    assert not ex.metrics, "the investment and what the project will build are not the zone's figures"


def test_project_list_with_status(extract) -> None:
    ex = extract("2022年,园区内光明新材料、华海精密机械、东方云谷产业园等一批重点项目建成投产。")
    assert {p.name for p in ex.projects} == {"光明新材料", "华海精密机械", "东方云谷产业园"}
    assert {p.status for p in ex.projects} == {"投产"}


def test_group_investment_stays_a_figure(extract) -> None:
    ex = extract("2022年,园区新签约亿元以上项目18个,总投资126亿元。")
    assert ex.projects == []
    assert Decimal(126) in {f.value for f in ex.metrics}


def test_projects_brought_in_each_called_a_project_without_their_capital_s_origin(extract) -> None:
    ex = extract("当年,苍南经济开发区引进德国独资的精密轴承项目、中外合资新型纸业项目。")
    assert sorted(p.name for p in ex.projects) == ["新型纸业项目", "精密轴承项目"]
    # (a kind of project is no project's name)
    assert not extract("当年,苍南经济开发区引进配套项目。").projects


def test_projects_listed_by_name_without_a_verb_and_slogans_that_are_none(extract) -> None:
    ex = extract("东方新材料扩产项目、华光智能仓储中心项目、泰顺竹木精深加工项目……年初以来,泰顺经济开发区一批项目加快推进。")
    assert [(p.name, p.status) for p in ex.projects] == [
        ("东方新材料扩产项目", None),
        ("华光智能仓储中心项目", None),
        ("泰顺竹木精深加工项目", None),
    ]
    assert not extract("泰顺经济开发区坚持招商引资抓项目、优化服务促项目、攻坚克难推项目。").projects


def test_ceremony_names_the_project(extract) -> None:
    ex = extract("2022年5月18日,宁德时代电池产业园项目签约仪式在园区举行。")
    assert [(p.name, p.status, p.date) for p in ex.projects] == [("宁德时代电池产业园", "签约", "2022-05-18")]


def test_zone_mentions_carry_lineage(extract) -> None:
    ex = extract("苏州工业园区和昆山经开区都在苏州。\n\n昆山经济技术开发区成立于1985年。")
    names = {z.zone for z in ex.zones}
    assert {"苏州工业园区", "昆山经济技术开发区"} <= names
    assert all(z.rule.startswith("zone_") for z in ex.zones)


def test_common_nouns_are_not_zones(extract) -> None:
    ex = extract("全省国家级经济技术开发区和省级经济开发区共126家。")
    assert {z.zone for z in ex.zones if z.zone_rule != "zone_anaphora"} == set()


def test_year_mentions_record_their_rule(extract) -> None:
    ex = extract("去年园区产值120亿元。", published_on="2023-02-01", report_year=None)
    (year,) = ex.years
    assert year.year == 2022 and "去年" in year.rule


def test_a_province_prefix_and_a_short_form_name_the_same_zone(extract) -> None:
    ex = extract("四川省成都经济技术开发区位于龙泉驿区。\n\n2022年,成都经开区实现规上工业总产值2800亿元。")
    # the fullest name written, without the province in front
    assert {f.zone for f in ex.metrics} == {"成都经济技术开发区"}
    assert {z.zone for z in ex.zones} == {"成都经济技术开发区"}


def test_a_province_alone_before_a_zone_type_is_not_a_zone(extract) -> None:
    ex = extract("2022年,四川省经济开发区实现营业收入1.2万亿元。")
    assert all(z.zone_rule == "zone_anaphora" or z.zone != "四川省经济开发区" for z in ex.zones)


def test_enterprises_listed_before_the_verb_each_hold_the_honour(extract) -> None:
    ex = extract(
        "2023年,某某经开区甲新材和乙铜业双双入选省级隐形冠军企业。丙厨电、丁空调2家企业分别获评省级智能工厂、省级数字化车间。"
    )
    held = {(h.title, h.qualifier) for h in ex.honours}
    assert held == {
        ("省级隐形冠军企业", "获评主体:甲新材"),
        ("省级隐形冠军企业", "获评主体:乙铜业"),
        ("省级智能工厂", "获评主体:丙厨电"),
        ("省级数字化车间", "获评主体:丁空调"),
    }
    assert {h.zone for h in ex.honours} == {"某某经开区"}, "the holders are in the zone, not zones themselves"


def test_a_verb_inside_a_list_of_titles_opens_the_next_title(extract) -> None:
    ex = extract("2022年,某某经开区入选省级数字经济示范区、获国家绿色工业园区、省级特色产业园。")
    assert {h.title for h in ex.honours} == {"省级数字经济示范区", "国家绿色工业园区", "省级特色产业园"}


def test_a_rank_written_with_paiwei_and_its_field(extract) -> None:
    ex = extract(
        "2021年前5个月,全市园区营收800亿元,其中鹰潭高新技术产业开发区主营业务收入210.5亿元,在全省参评的90个园区中排位第十二位。"
    )
    assert [(r.zone, r.rank, r.of) for r in ex.rankings] == [("鹰潭高新技术产业开发区", 12, 90)]
    (income,) = [f for f in ex.metrics if f.value == Decimal("210.5")]
    assert (income.zone, income.indicator) == ("鹰潭高新技术产业开发区", "主营业务收入")


def test_zones_listed_with_their_places_after_the_ranking_is_named(extract) -> None:
    ex = extract(
        "2023年全国产业园区百强榜揭晓,浙江3家园区上榜,排名分别是:宁波高新区21名、杭州经开区35名、嘉兴经开区88名。"
        "宁波高新区300名科技人员参与。"
    )
    assert {(r.zone, r.rank) for r in ex.rankings} == {("宁波高新区", 21), ("杭州经开区", 35), ("嘉兴经开区", 88)}


def test_a_bare_zone_word_is_the_zone_its_sentence_named(extract) -> None:
    ex = extract(
        "近日全国园区百强榜发布。甲地另有两家园区上榜。\n"
        "荆州经开区1993年设立、2011年晋级国家级,2022年,园区规上工业产值达到800亿元。\n"
        "宜昌高新区实现营业收入1200亿元。"
    )
    (output,) = [f for f in ex.metrics if f.value == Decimal("800")]
    assert (output.zone, output.zone_rule) == ("荆州经开区", "zone_anaphora:named_earlier_in_sentence")


def test_a_year_that_opens_a_review_dates_the_sentences_after_it(extract) -> None:
    ex = extract(
        "2022年是新区爬坡过坎的一年。新区税收占比、实际利用外资总量全市第一。"
        "在“2022中国先进制造业开发区百强榜”中,滨江新区位列第八。",
        report_year=None,
        published_on=None,
    )
    assert {(r.ranking, r.rank, r.year) for r in ex.rankings} >= {("中国先进制造业开发区百强", 8, 2022)}
    assert {r.year for r in ex.rankings} == {2022}


def test_zones_listed_after_the_honour_they_received(extract) -> None:
    ex = extract(
        "嘉兴在“2024中国先进制造业开发区百强”中有3席,分别是嘉兴经济技术开发区、嘉善经济技术开发区"
        "和海盐经济开发区。\n经评审,省级数字化改造示范开发区名单如下:海宁经济开发区、桐乡经济开发区。",
        report_year=None,
        published_on=None,
    )
    received = {(h.zone, h.title, h.year) for h in ex.honours}
    assert received == {
        ("嘉兴经济技术开发区", "2024中国先进制造业开发区百强", 2024),
        ("嘉善经济技术开发区", "2024中国先进制造业开发区百强", 2024),
        ("海盐经济开发区", "2024中国先进制造业开发区百强", 2024),
        ("海宁经济开发区", "省级数字化改造示范开发区", None),
        ("桐乡经济开发区", "省级数字化改造示范开发区", None),
    }


def test_a_ranked_table_written_as_text(extract) -> None:
    glued = extract(
        "附:2019年全省开发区综合评价前5名\n1宁波经济技术开发区浙江\n2嘉兴经济技术开发区浙江\n3湖州经济技术开发区浙江\n"
        "全省共有3家园区获评先进。"
    )
    assert [(r.zone, r.rank) for r in glued.rankings] == [
        ("宁波经济技术开发区", 1),
        ("嘉兴经济技术开发区", 2),
        ("湖州经济技术开发区", 3),
    ]
    piped = extract("2020年省级开发区考评榜单 排名 | 开发区 | 1 | 温州经济技术开发区 | 2 | 绍兴袍江经济技术开发区 |")
    assert [(r.zone, r.rank) for r in piped.rankings] == [("温州经济技术开发区", 1), ("袍江经济技术开发区", 2)]
    prose = extract("2020年,宁波经济技术开发区引进项目3个,嘉兴经济技术开发区引进项目5个。")
    assert prose.rankings == []


def test_an_ordinal_and_a_clause_are_not_project_names(extract) -> None:
    ex = extract("今年以来,某某高新区第二、第三产业均有5个项目开工建设。")
    assert [p.name for p in ex.projects] == []


def test_ranks_after_respectively_with_the_lists_name_between(extract) -> None:
    extraction = extract(
        "开放型经济成绩突出,平阳经开区、苍南经开区分别位列利用外资单项排名第2、5名,苍南经开区位列外贸进出口单项排名第4名。"
    )
    assert sorted((r.zone, r.ranking, r.rank) for r in extraction.rankings) == [
        ("平阳经开区", "利用外资单项排名", 2),
        ("苍南经开区", "利用外资单项排名", 5),
        ("苍南经开区", "外贸进出口单项排名", 4),
    ]


def test_zones_listed_in_the_top_places(extract) -> None:
    extraction = extract("省里公布年度开发区考核结果,苍南经济开发区、平阳经济开发区和文成经济开发区居考核前三位。")
    assert [(r.zone, r.rank) for r in extraction.rankings] == [
        ("苍南经济开发区", 1),
        ("平阳经济开发区", 2),
        ("文成经济开发区", 3),
    ]
    assert not extract("苍南经济开发区和平阳经济开发区居全省前三位。").rankings


def test_zones_listed_then_divided_over_the_top_places(extract) -> None:
    extraction = extract(
        "市里对全市9家开发区年度工作进行了考核,苍南经济开发区、平阳经济开发区、瑞安经济开发区、"
        "文成经济开发区、泰顺经济开发区、永嘉经济开发区分列前六位。"
    )
    assert [r.rank for r in extraction.rankings] == [1, 2, 3, 4, 5, 6]
    assert extraction.rankings[-1].zone == "永嘉经济开发区"


def test_listed_top_places_keep_a_bracketed_part_and_the_year_the_name_gives(extract) -> None:
    ex = extract("分项结果里,平阳经济技术开发区(万全分区)、苍南高科技园区和文成工业园区(南田园区)分列2021年亩均效益前三位。")
    assert [(r.zone, r.year, r.ranking, r.rank) for r in ex.rankings] == [
        ("平阳经济技术开发区(万全分区)", 2021, "亩均效益", 1),
        ("苍南高科技园区", 2021, "亩均效益", 2),
        ("文成工业园区(南田园区)", 2021, "亩均效益", 3),
    ]


def test_respective_ranks_go_to_the_list_right_before_them(extract) -> None:
    ex = extract(
        "2023年考核结果公布。前二十位里,苏州工业园区列第一之外,本省另有昆山经济技术开发区、"
        "江宁经济技术开发区、吴中经济技术开发区3家入围,分别列第五名、第九名、第十六名。"
    )
    ranks = {(r.zone, r.rank) for r in ex.rankings if r.rule == "ranking_respectively"}
    assert ranks == {("昆山经济技术开发区", 5), ("江宁经济技术开发区", 9), ("吴中经济技术开发区", 16)}


def test_two_projects_joined_by_and_each_with_its_own_amount(extract) -> None:
    ex = extract("2004年,大连经济技术开发区总投资3亿美元的光电产业园和注册资金800万美元的物流中心两个项目先后签约。")
    assert "光电产业园" in {p.name for p in ex.projects}


def test_a_rise_written_with_dao(extract) -> None:
    ex = extract("在全国高新区综合评价中,合肥高新区由2015年的第12位上升到第7位,创新能力由19位上升到第5位。")
    assert {(r.prev_rank, r.rank) for r in ex.rankings} == {(12, 7), (19, 5)}


def test_famous_firms_listed_as_present_are_not_projects(extract) -> None:
    ex = extract("2022年,天津经济技术开发区现有甲集团、乙电气、丙精工等60多家世界500强企业投资。")
    assert not ex.projects


def test_a_class_of_projects_named_by_example(extract) -> None:
    ex = extract(
        "2019年,承德高新区谋划重点项目80个。其中,续建项目20个,包括甲光伏组件项目、乙医院综合楼等一批重大项目;"
        "新开工项目31个,包括丙路改造工程、丁数据中心等一批项目。"
    )
    got = {(p.name, p.status) for p in ex.projects}
    assert got == {("甲光伏组件项目", "在建"), ("乙医院综合楼", "在建"), ("丙路改造工程", "开工"), ("丁数据中心", "开工")}


def test_a_call_to_hurry_projects_names_no_project(extract) -> None:
    ex = extract("2024年,株洲高新区要求签约项目尽快落地、开工项目尽快投产。")
    assert not ex.projects


def test_first_among_the_n_major_zones_and_a_place_on_a_list_without_a_verb(extract) -> None:
    ex = extract("2020年,乐清经开区税收增幅9.5%,增幅位居三大园区首位。")
    assert [(r.zone, r.rank) for r in ex.rankings] == [("乐清经开区", 1)]
    ex = extract("2022年,乐清经开区在某某智能装备园区竞争力排行榜第27位。")
    assert [(r.zone, r.rank) for r in ex.rankings] == [("乐清经开区", 27)]


def test_ranked_first_in_an_assessment_named_after_another_zone(extract) -> None:
    ex = extract("2022年,瑞安高新区在温州新区年度考核中排名首位,在省级开发区综合评价中位列第二。")
    assert {(r.zone, r.rank) for r in ex.rankings} == {("瑞安高新区", 1), ("瑞安高新区", 2)}
    # the place first, the zone holding it after: one ranking, of the zone named after it
    ex = extract("2022年全省开发区综合评价中,排名首位的是乐清经开区。")
    assert [(r.zone, r.rank) for r in ex.rankings] == [("乐清经开区", 1)]


def test_first_place_without_a_number(extract) -> None:
    ex = extract("2021年,平湖经开区到位外资5.2亿美元,连续两年居全市各园区首位。")
    assert [(r.zone, r.rank) for r in ex.rankings] == [("平湖经开区", 1)]


def test_first_place_as_a_priority_is_no_rank(extract) -> None:
    ex = extract("2022年,南平经开区把安全生产摆在首位,把招商引资列为工作首位。")
    assert not ex.rankings


def test_a_sentence_that_opens_with_a_project_then_its_cost(extract) -> None:
    ex = extract("2021年,临江开发区举行集中开工仪式。滨江大道三期工程项目,总投资6.5亿元,全长5.2公里,计划年内完工。")
    assert [(p.name, p.investment, p.rule) for p in ex.projects] == [
        ("滨江大道三期工程项目", Decimal("6.5"), "project_opens_the_sentence")
    ]
    assert not [m for m in ex.metrics if m.unit in ("亿元", "公里")], "the project's cost and length are not the zone's"


def test_kinds_of_projects_counted_are_not_their_names(extract) -> None:
    ex = extract("2020年,清河经开区开工道路交通、市政设施、产业项目三大类共12个重点项目。")
    assert ex.projects == []


def test_the_top_places_then_the_zones_in_order(extract) -> None:
    ex = extract(
        "2023年,某省公布开发区考评结果。省级开发区中,排名前三的为:清河经济开发区、临江高新技术产业园区和东湖经济开发区。"
    )
    assert [(r.zone, r.rank) for r in ex.rankings] == [("清河经济开发区", 1), ("临江高新技术产业园区", 2), ("东湖经济开发区", 3)]
    assert not [z for z in ex.zones if "公布" in z.zone]


def test_the_zones_of_a_province_named_most_are_the_subject_not_the_first_zone_praised(extract) -> None:
    ex = extract(
        "年度开发区考核情况\n"
        "近日,浙江省公布年度考核结果,嘉善经济技术开发区等12家经济开发区受到表彰,全省经济开发区整体水平提升。\n"
        "2023年,全省经济开发区共完成规上工业产值5.8万亿元,全省经济开发区创新能力增强。\n"
        "2023年,全省经济开发区利用外资共计58亿美元。\n"
        "发展质量稳步提升。全年完成基础设施投入1900亿元。"
    )
    assert {(m.zone, m.value) for m in ex.metrics if m.unit in ("万亿元", "亿美元", "亿元")} == {
        ("浙江省经济开发区", Decimal("5.8")),
        ("浙江省经济开发区", Decimal(58)),
        ("浙江省经济开发区", Decimal(1900)),
    }


def test_first_in_a_named_place_is_a_rank_a_first_tier_or_a_market_is_not(extract) -> None:
    ex = extract("2021年,克拉玛依高新区税收收入位居克拉玛依第一,综合实力位居全省第一方阵,增速位居全市第一梯队。")
    assert [(r.rank, r.zone) for r in ex.rankings] == [(1, "克拉玛依高新区")]
    assert not extract("2021年,某某经开区的整车企业连续8年位居全国自主品牌客车出口第一。").rankings


def test_projects_named_by_example_before_a_batch(extract) -> None:
    ex = extract("2022年,兰州新区甲乙铜箔、丙丁碳业、戊己新材等一批新能源项目加快建设;推进道路、管网等一批基础设施项目。")
    # (加快建设 says they are being built: the status rule names them first, with that status)
    assert [(p.name, p.status) for p in ex.projects] == [("甲乙铜箔", "在建"), ("丙丁碳业", "在建"), ("戊己新材", "在建")]


def test_a_planned_spend_then_the_works_it_completes(extract) -> None:
    ex = extract("2021年,清河经济开发区计划投入1500万元,完成园区雨水管网改造工程。")
    assert [(p.name, p.investment, p.investment_unit, p.status) for p in ex.projects] == [
        ("园区雨水管网改造工程", Decimal(1500), "万元", None)
    ]
    assert not ex.metrics, "the spend belongs to the works"


def test_projects_named_by_example_before_a_count_of_them(extract) -> None:
    ex = extract("今年前5个月,兰州新区新签下甲乙药业、丙丁铜业等招商项目17个。")
    assert [p.name for p in ex.projects] == ["甲乙药业", "丙丁铜业"]


def test_kinds_of_works_with_a_status_are_not_project_names(extract) -> None:
    ex = extract("2023年,兰州新区标准厂房、污水处理等项目加快推进;甲乙新材料、丙丁电子等项目顺利投产。")
    assert [(p.name, p.status) for p in ex.projects] == [("甲乙新材料", "投产"), ("丙丁电子", "投产")]


def test_an_enumerated_class_of_projects_is_not_a_project_name(extract) -> None:
    ex = extract("2023年,高新区项目建设提速。一是洽谈项目加快签约,年产5万吨电子化学品项目等8个项目即将签约。")
    assert [p.name for p in ex.projects] == ["年产5万吨电子化学品项目"]


def test_places_named_by_example_before_a_count_of_zones_each_receive_the_honour(extract) -> None:
    ex = extract("2018年3月,荆门、黄冈、咸宁等12家省级高新区经国务院同意,升格为国家级高新区。")
    assert {(h.zone, h.title) for h in ex.honours} == {
        ("荆门高新区", "国家级高新区"),
        ("黄冈高新区", "国家级高新区"),
        ("咸宁高新区", "国家级高新区"),
    }


def test_places_listed_right_before_their_count_and_kind_are_each_a_zone(extract) -> None:
    # no 等: the list is the whole count; a later item may add its zone's own name to its city
    ex = extract("2022年,省政府同意泰州、盐城、无锡锡山3家开发区晋升国家级经开区。")
    assert {h.zone for h in ex.honours} == {"泰州开发区", "盐城开发区", "无锡锡山开发区"}
    ex = extract("泰州、盐城等经开区工业增加值分别增长9%和8%。")
    assert {(m.zone, m.indicator) for m in ex.metrics} == {("泰州经开区", "工业增加值"), ("盐城经开区", "工业增加值")}


def test_how_far_each_zone_moved_is_not_its_place(extract) -> None:
    ex = extract("2023年,常州经开区和南通经开区在全省考评中分别比上年提升5位和9位。")
    assert ex.rankings == []


def test_a_count_of_projects_is_not_a_project_name(extract) -> None:
    ex = extract("2023年,高新区三年来有120多个项目正在加速建设或竣工投产。")
    assert ex.projects == []


def test_zones_listed_after_the_holders_of_a_title_are_announced(extract) -> None:
    text = "获得“2021年度先进园区”的分别有:\n新乡经济技术开发区、焦作高新技术产业开发区。\n"
    honours = extract(text).honours
    assert {(h.zone, h.title) for h in honours if h.zone} == {
        ("新乡经济技术开发区", "2021年度先进园区"),
        ("焦作高新技术产业开发区", "2021年度先进园区"),
    }


def test_zones_listed_under_a_line_announcing_a_list_of_honoured_units(extract) -> None:
    text = (
        "2023年9月,省政府对全省开放型经济发展先进单位予以通报表扬。\n\n"
        "2023年度全省开放型经济发展先进单位名单:\n\n"
        "一、先进园区\n\n"
        "赣州经济技术开发区、九江经济技术开发区、吉安高新技术产业开发区\n\n"
        "二、先进企业\n\n"
        "某某电子有限公司、某某科技有限公司\n"
    )
    honours = extract(text).honours
    assert {(h.zone, h.title, h.year) for h in honours} == {
        (zone, "2023年度全省开放型经济发展先进单位", 2023)
        for zone in ("赣州经济技术开发区", "九江经济技术开发区", "吉安高新技术产业开发区")
    }
    # a list of zones in running prose, with no list announced before it, is no honour
    assert extract("2023年,赣州经济技术开发区、九江经济技术开发区、吉安高新技术产业开发区加快发展。").honours == []


def test_a_notice_naming_one_of_a_counted_group_lists_the_others_after_it(extract) -> None:
    text = (
        "根据年度考核结果,市政府决定授予常州经济开发区等3个开发区“2021年度开发区发展先进单位”称号。\n"
        "常州市人民政府\n"
        "附件1\n"
        "2021年度开发区发展先进单位名单\n"
        "1.常州经济开发区2.溧阳经济开发区3.金坛经济开发区\n"
        "附件2\n"
    )
    honours = extract(text).honours
    assert {(h.zone, h.title) for h in honours} == {
        (zone, "2021年度开发区发展先进单位") for zone in ("常州经济开发区", "溧阳经济开发区", "金坛经济开发区")
    }
    # the notice's sentence alone gives the title to the zone it names
    (honour,) = extract("市政府决定授予常州经济开发区等3个开发区“2021年度开发区发展先进单位”称号。").honours
    assert honour.zone == "常州经济开发区"


def test_a_numbered_heading_over_a_list_is_not_part_of_its_title(extract) -> None:
    text = "二、2022年度全市先进开发区名单\n\n溧阳经济开发区、金坛经济开发区"
    assert {h.title for h in extract(text).honours} == {"2022年度全市先进开发区"}


def test_names_listed_one_a_line_under_a_list_each_with_a_remark_in_brackets(extract) -> None:
    text = "全市特色产业园区名单\n一、制造业园区\n泰顺经济开发区(竹木加工)\n文成经济开发区(新材料)\n二、服务业园区\n"
    assert {(h.zone, h.title) for h in extract(text).honours} == {
        ("泰顺经济开发区", "全市特色产业园区"),
        ("文成经济开发区", "全市特色产业园区"),
    }


def test_one_zone_s_respective_ranks_pair_with_the_measures_joined_before_them(extract) -> None:
    ex = extract("一季度,文成综合保税区进出口总额达9.3亿元,总量和增速均居全省第二,在全国150个综保区中分别列第61位、第9位。")
    assert sorted((r.ranking, r.rank) for r in ex.rankings if r.rule == "ranking_respectively") == [("增速", 9), ("总量", 61)]


def test_places_risen_to_and_places_in_named_evaluations(extract) -> None:
    ex = extract("2020年,武进高新区获得常州市园区年度考核第2名、创新发展评比考核第1名,全省园区综合排位跃升至第8位。")
    assert [(r.ranking, r.rank) for r in ex.rankings] == [
        ("常州市园区年度考核", 2),
        ("创新发展评比考核", 1),
        ("全省园区综合排位", 8),
    ]


def test_the_projects_a_batch_covers_named_one_by_one(extract) -> None:
    text = (
        "5月6日,遂宁经开区重大项目集中开工活动举行。此次集中开工的8个项目总投资32亿元,"
        "项目涵盖锂电池隔膜生产项目、精密模具产业园以及园区污水处理厂二期工程等。"
    )
    assert {(p.name, p.status) for p in extract(text).projects} >= {
        ("锂电池隔膜生产项目", "开工"),
        ("精密模具产业园", "开工"),
        ("园区污水处理厂二期工程", "开工"),
    }
    # fields a batch covers are not projects
    assert extract("2023年,遂宁经开区集中开工项目12个,项目涵盖电子信息、食品饮料、装备制造等领域。").projects == []


def test_a_batch_list_after_its_verb_takes_the_verb_as_status(extract) -> None:
    ex = extract("2023年,滁州经开区装备产业签约了常州某某精密铸造、苏州某某智能机器人等项目。")
    assert {(p.name, p.status) for p in ex.projects} == {("常州某某精密铸造", "签约"), ("苏州某某智能机器人", "签约")}


def test_places_told_in_a_viewpoint_clause_first_place_then_the_rest(extract) -> None:
    ex = extract(
        "2023年,省商务厅公布全省开发区考评结果。从综合实力来看,排名首位的是昆山经济技术开发区,"
        "其次,吴江经济技术开发区、常熟经济技术开发区分列二、三名;从科技创新来看,江宁经济技术开发区、"
        "南京经济技术开发区和镇江经济技术开发区包揽了前三名。"
    )
    ranks = {(r.zone, r.rank, r.ranking) for r in ex.rankings}
    assert ("昆山经济技术开发区", 1, "综合实力") in ranks
    assert ("吴江经济技术开发区", 2, "综合实力") in ranks and ("常熟经济技术开发区", 3, "综合实力") in ranks
    assert ("江宁经济技术开发区", 1, "科技创新") in ranks and ("镇江经济技术开发区", 3, "科技创新") in ranks


def test_the_only_one_and_three_or_four_are_no_counts(extract) -> None:
    ex = extract("2023年,某某经开区是全省唯一一家获评的园区,另有三四家企业在谈。")
    assert not ex.metrics


def test_a_photo_credit_run_into_the_next_sentence_is_no_project(extract) -> None:
    ex = extract("2024年某某开发区项目集中开工现场。某某开发区供图\n随着重点项目的开工建设,开发区将加快发展。")
    assert not ex.projects


def test_a_zone_selected_for_a_list_announced_before_it(extract) -> None:
    ex = extract(
        "2023年,在全国园区大会上,第三批国家级绿色工业园区名单正式发布,某某经济开发区成功入选,"
        "也是此次升级为示范园区后进行复核的首批园区之一。"
    )
    titles = {(h.zone, h.title) for h in ex.honours}
    assert ("某某经济开发区", "第三批国家级绿色工业园区") in titles
    assert not [t for _, t in titles if "复核" in t]


def test_places_written_one_numeral_each(extract) -> None:
    ex = extract("2023年某榜单发布,合肥经济技术开发区、芜湖经济技术开发区、马鞍山经济技术开发区分列一二三位。")
    assert [(r.zone, r.rank) for r in ex.rankings] == [
        ("合肥经济技术开发区", 1),
        ("芜湖经济技术开发区", 2),
        ("马鞍山经济技术开发区", 3),
    ]


def test_a_place_in_a_count_of_approvals_is_no_title(extract) -> None:
    ex = extract("2023年,省政府同意某某工业园区设立为省级经济开发区,这是该市获得设立的第三个省级经济开发区。")
    assert not [h for h in ex.honours if "第三个" in h.title]


def test_a_second_place_in_a_region_s_list_and_no_list_named_by_a_rule_book(extract) -> None:
    ex = extract("《园区考核评价办法》施行后首次考评结果公布。2023年,某某经济技术开发区位列全国第12位,中部地区第3位。")
    assert {(r.rank, r.ranking) for r in ex.rankings} == {(12, "全国排名"), (3, "中部地区排名")}


def test_a_second_place_in_a_region_s_list_after_a_pause_mark(extract) -> None:
    ex = extract("2023年,某某经济技术开发区在国家级经开区考核中全国排名第58位、西部地区第9位。")
    assert {(r.rank, r.ranking) for r in ex.rankings} >= {(9, "西部地区排名")}


def test_a_city_s_title_the_zone_helped_win_is_not_the_zone_s(extract) -> None:
    ex = extract("2022年,某某高新区以数字产业带动本市入选省级数字经济创新示范城市。")
    assert not ex.honours


def test_zones_listed_one_a_line_under_what_they_were_selected_for_each_hold_it(extract) -> None:
    ex = extract(
        "11月2日,省科技厅公布评估结果,全省有3个园区入选年度创新型园区,分别是:\n"
        "芜湖高新技术产业开发区\n蚌埠火炬高技术产业开发区\n滁州经济技术开发区\n"
    )
    assert {(h.zone, h.title) for h in ex.honours} == {
        ("芜湖高新技术产业开发区", "年度创新型园区"),
        ("蚌埠火炬高技术产业开发区", "年度创新型园区"),
        ("滁州经济技术开发区", "年度创新型园区"),
    }


def test_the_country_s_zones_counted_own_the_shares_listed_after_them(extract) -> None:
    ex = extract(
        "据统计,全省入选园区发展良好。我国现有200家国家级经开区,创造了全国10%的地区生产总值,吸纳了8%的就业人员,12%的“小巨人”企业。"
    )
    shares = {(f.zone, f.indicator, f.value) for f in ex.metrics if f.measure == "share_pct"}
    assert shares == {
        ("全国国家级经济技术开发区", "地区生产总值", Decimal(10)),
        ("全国国家级经济技术开发区", "就业人员", Decimal(8)),
        ("全国国家级经济技术开发区", "“小巨人”企业", Decimal(12)),
    }


def test_a_project_listed_after_a_verb_of_progress_is_named_without_it(extract) -> None:
    ex = extract("2023年,某某经开区还将完善配套功能,加快推进甲乙电子材料实验室、丙丁中央商务区等项目建设,推动园区提质增效。")
    assert {p.name for p in ex.projects} == {"甲乙电子材料实验室", "丙丁中央商务区"}


def test_national_zones_counted_after_a_list_of_cities_are_not_the_country_s(extract) -> None:
    ex = extract("2022年,安徽省高新区发展良好。芜湖、蚌埠、马鞍山3家国家高新区带动作用显著,税收占全省高新区总量的21%。")
    assert ("国家高新区", Decimal(3)) in {(f.indicator, f.value) for f in ex.metrics}
    assert all(f.zone is None or not f.zone.startswith("全国") for f in ex.metrics)


def test_a_project_named_as_the_example_of_a_zone_s_batch_is_that_zone_s(extract) -> None:
    ex = extract(
        "2019年9月6日,某区举办重点项目集中开工活动,本次开工项目包括甲乙智能工厂等成都数字文旅创意产业功能区项目12个,"
        "总投资80亿元;丙丁冷链物流等成都现代农业产业功能区项目3个,总投资5亿元。"
    )
    assert {(p.zone, p.name, p.status) for p in ex.projects} == {
        ("成都数字文旅创意产业功能区", "甲乙智能工厂", "开工"),
        ("成都现代农业产业功能区", "丙丁冷链物流", "开工"),
    }


def test_a_bare_table_of_ranks_is_the_assessment_its_title_names(extract) -> None:
    ex = extract(
        "关于2022年度全省开发区综合考评结果的公示\n\n发布时间:2023-03-15\n\n现将考评结果予以公示。\n\n"
        "排名\t开发区名称\n1\t芜湖经济技术开发区\n2\t合肥高新技术产业开发区\n3\t马鞍山经济技术开发区\n",
        report_year=None,
        published_on=None,
    )
    assert {(r.zone, r.rank, r.ranking) for r in ex.rankings} == {
        ("芜湖经济技术开发区", 1, "2022年度全省开发区综合考评"),
        ("合肥高新技术产业开发区", 2, "2022年度全省开发区综合考评"),
        ("马鞍山经济技术开发区", 3, "2022年度全省开发区综合考评"),
    }


def test_a_table_numbering_its_rows_ranks_by_its_rank_column(extract) -> None:
    ex = extract(
        "2022年度全市开发区考评情况通报\n\n附件:考评得分及排名表\n\n"
        "序号\t开发区\t得分\t排名\n1\t江西樟树经济开发区\t88.5\t2\n2\t江西丰城高新技术产业园区\t91.0\t1\n",
        report_year=None,
        published_on=None,
    )
    assert {(r.zone, r.rank) for r in ex.rankings} == {("樟树经济开发区", 2), ("丰城高新技术产业园区", 1)}


def test_the_field_an_assessment_covers_and_its_aspects_are_no_honour_or_project(extract) -> None:
    ex = extract(
        "2019年,盘锦经济技术开发区在全省考核中位列第三。本次考核中全省60家开发区列入考核评价对象,"
        "分别从产业规模、开放合作、创新能力等维度打分。"
    )
    assert [(r.zone, r.rank) for r in ex.rankings] == [("盘锦经济技术开发区", 3)]
    assert not ex.honours and not ex.projects


def test_first_place_told_as_climbing_the_list_or_in_an_idiom(extract) -> None:
    ex = extract("2023年度全省开发区综合考评结果公布,宁乡经济技术开发区荣登榜首。在全省高新区创新能力评价中,株洲高新区独占鳌头。")
    assert sorted((r.zone, r.rank) for r in ex.rankings) == [("宁乡经济技术开发区", 1), ("株洲高新区", 1)]


def test_the_top_places_of_a_kind_of_zone_then_the_zones(extract) -> None:
    ex = extract("2022年度评价结果显示,排名前三的省级经济开发区依次为醴陵经济开发区、攸县经济开发区和茶陵经济开发区。")
    assert [(r.zone, r.rank) for r in ex.rankings] == [
        ("醴陵经济开发区", 1),
        ("攸县经济开发区", 2),
        ("茶陵经济开发区", 3),
    ]


def test_figures_joined_before_jun_each_hold_the_place(extract) -> None:
    ex = extract("2022年,某某高新区引进项目数和到位资金均居全市第一。")
    assert sorted((r.zone, r.ranking, r.rank) for r in ex.rankings) == [
        ("某某高新区", "全市到位资金排名", 1),
        ("某某高新区", "全市引进项目数排名", 1),
    ]
    # (listed with 、, or holding it 双双)
    ex = extract("2022年,泰顺经开区营业收入突破80亿元,税收收入、营业收入双双位居全县第一。")
    assert sorted((r.ranking, r.rank, r.quote) for r in ex.rankings) == [
        ("全县税收收入排名", 1, "税收收入、营业收入双双位居全县第一"),
        ("全县营业收入排名", 1, "税收收入、营业收入双双位居全县第一"),
    ]


def test_a_county_s_industrial_park_is_a_zone_and_a_quoted_title_ends_at_its_quote(extract) -> None:
    ex = extract("近日,南康工业园获评“全省2019年度先进工业园区”受到通报表扬,在全省工业园区考评中排名第9。")
    assert [(h.zone, h.title) for h in ex.honours] == [("南康工业园", "全省2019年度先进工业园区")]
    assert [(r.zone, r.rank) for r in ex.rankings] == [("南康工业园", 9)]
    # an industry before 工业园 names a kind of park, not a place's zone
    assert not [z for z in extract("某县新材料工业园完成产值5亿元。").zones if z.zone and "新材料" in z.zone]


def test_a_rise_from_last_year_s_place_without_de(extract) -> None:
    ex = extract("2021年,某某经开区综合排名由上年第88位上升至第41位。")
    assert [(r.zone, r.rank, r.prev_rank, r.rule) for r in ex.rankings] == [("某某经开区", 41, 88, "ranking_from_to")]


def test_projects_listed_with_their_costs_after_a_colon_and_before_xiangmu_zongtouzi(extract) -> None:
    ex = extract("某某经开区签约仪式上与4家企业签约,分别是:光伏组件项目,总投资6亿元;电池回收项目,总投资2亿元。")
    assert [(p.name, p.investment) for p in ex.projects] == [("光伏组件项目", Decimal("6")), ("电池回收项目", Decimal("2"))]
    ex = extract("某某经开区本次签约项目共8个。其中,年产3万吨铝材项目总投资9亿元;汽车零部件项目总投资4亿元。")
    assert [(p.name, p.investment) for p in ex.projects] == [
        ("年产3万吨铝材项目", Decimal("9")),
        ("汽车零部件项目", Decimal("4")),
    ]


def test_the_grade_an_assessment_gave_each_zone_listed_is_an_honour(extract) -> None:
    ex = extract("2019年全省开发区考核结果公布,其中,泸州高新区、内江经济技术开发区等12个开发区考核结果为“优秀”。")
    assert sorted((h.zone, h.title) for h in ex.honours) == [("内江经济技术开发区", "考核优秀"), ("泸州高新区", "考核优秀")]
    assert not extract("2019年,泸州高新区考核结果为良好。").honours
    ex = extract("2018年度考核中,梅州产业转移工业园考核为优秀等次。")
    assert [(h.zone, h.title) for h in ex.honours] == [("梅州产业转移工业园", "考核优秀等次")]


def test_a_commendation_given_to_the_zones_of_a_grade_is_their_honour(extract) -> None:
    ex = extract("2020年度园区考核结果出炉,给予评为优秀等级的平阳、苍南产业园等2个园区全市通报表彰。")
    assert sorted((h.zone, h.title, h.qualifier) for h in ex.honours) == [
        ("平阳产业园", "全市通报表彰", "2020年度园区考核优秀等级"),
        ("苍南产业园", "全市通报表彰", "2020年度园区考核优秀等级"),
    ]


def test_a_zone_said_to_be_a_provincial_level_programme_holds_it(extract) -> None:
    ex = extract("2021年,文成经济开发区还是省级生态工业示范园区、省智能制造示范基地。")
    assert sorted(h.title for h in ex.honours) == ["省智能制造示范基地", "省级生态工业示范园区"]
    assert not extract("2021年,文成经济开发区是省级开发区中面积最小的一个。").honours


def test_zones_named_among_an_announced_list_hold_its_title(extract) -> None:
    ex = extract("近日,省工信厅公布2022年度省级绿色园区名单,宜兴经济技术开发区、溧阳高新区名列其中。")
    assert sorted((h.zone, h.title, h.rule) for h in ex.honours) == [
        ("宜兴经济技术开发区", "2022年度省级绿色园区", "honour_named_among_list"),
        ("溧阳高新区", "2022年度省级绿色园区", "honour_named_among_list"),
    ]


def test_opening_up_and_a_plan_to_push_projects_are_no_projects(extract) -> None:
    assert not extract("2020年,本次评价按招商实绩、对外开放、绿色低碳等指标进行。某某经开区成为样板区。").projects
    assert not extract("下一步,某某经开区将全力推动招商项目早日开工。").projects


def test_zones_a_body_declared_to_be_something_hold_that_title(extract) -> None:
    ex = extract("2016年,科技部已确定玉林、梧州国家高新区为创新型特色园区。")
    assert sorted((h.zone, h.title, h.rule) for h in ex.honours) == [
        ("梧州国家高新区", "创新型特色园区", "honour_declared_as"),
        ("玉林国家高新区", "创新型特色园区", "honour_declared_as"),
    ]
    ex = extract("2019年,省政府认定宜宾高新区为省级知识产权示范园区。")
    assert [(h.zone, h.title, h.body) for h in ex.honours] == [("宜宾高新区", "省级知识产权示范园区", "省政府")]


def test_parks_one_city_runs_in_another_are_zones_and_hold_a_grade_together(extract) -> None:
    ex = extract("2018年,佛山(云浮)产业转移工业园、东莞(韶关)产业转移工业园考核结果为优秀。")
    assert sorted((h.zone, h.title) for h in ex.honours) == [
        ("东莞(韶关)产业转移工业园", "考核优秀"),
        ("佛山(云浮)产业转移工业园", "考核优秀"),
    ]


def test_zones_a_place_is_measured_against_hold_the_places_ahead_of_it(extract) -> None:
    ex = extract("2019年,在全省8家国家级经开区考核中,营口经开区位列第三,排在天津经济技术开发区、广州经济技术开发区之后。")
    assert sorted((r.rank, r.zone, r.rule) for r in ex.rankings) == [
        (1, "天津经济技术开发区", "ranking_ahead_of_a_place"),
        (2, "广州经济技术开发区", "ranking_ahead_of_a_place"),
        (3, "营口经开区", "ranking_place"),
    ]
    ex = extract("2019年,昆山开发区综合排名仅次于苏州工业园区,位列全国第二。")
    assert sorted((r.rank, r.zone) for r in ex.rankings) == [(1, "苏州工业园区"), (2, "昆山开发区")]


def test_zones_a_place_overtook_hold_no_place_and_are_not_the_subject(extract) -> None:
    ex = extract(
        "2021年度全国经开区考核结果出炉,瑞安经开区居全国第31位,排名首次超过乐清经开区、平阳经开区,"
        "在东部地区排名由第7位升至第4位;在12个城市31家经开区中排名由第11位升至第9位。"
    )
    assert sorted((r.rank, r.prev_rank, r.zone) for r in ex.rankings) == [
        (4, 7, "瑞安经开区"),
        (9, 11, "瑞安经开区"),
        (31, None, "瑞安经开区"),
    ]
    assert not ex.metrics  # (the cities and zones a place is taken among are its field)


def test_chemical_parks_their_titles_and_the_others_listed_after_one_received_it(extract) -> None:
    ex = extract(
        "近日,平阳滨海化工园区(简称“平阳化工园区”),获评2024年度省级智慧园区,先后被评为华东化学工业(南片)产业区、"
        "国家生态工业示范园区和省级绿色低碳试点园区。入选本次省级智慧园区的其余3家单位为:苍南化学工业园区、"
        "文成经济开发区、泰顺经济开发区。乐清经济开发区去年获评浙江省绿色化工园区。"
    )
    titles = sorted((h.zone, h.title) for h in ex.honours)
    assert titles == [
        ("乐清经济开发区", "浙江省绿色化工园区"),
        ("平阳滨海化工园区", "2024年度省级智慧园区"),
        ("平阳滨海化工园区", "华东化学工业(南片)产业区"),
        ("平阳滨海化工园区", "国家生态工业示范园区"),
        ("平阳滨海化工园区", "省级绿色低碳试点园区"),
        ("文成经济开发区", "省级智慧园区"),
        ("泰顺经济开发区", "省级智慧园区"),
        ("苍南化学工业园区", "省级智慧园区"),
    ]


def test_our_county_s_economic_zone_is_the_one_zone_named_after_it(extract) -> None:
    ex = extract("文成县经济工作大会召开。2023年我县经济开发区的规上工业产值为32.6亿元,增速7.5%。")
    assert {(f.zone, f.measure) for f in ex.metrics} == {("文成经济开发区", "value"), ("文成经济开发区", "yoy_pct")}


def test_companies_brought_in_are_not_projects(extract) -> None:
    ex = extract(
        "2023年,乐清经济开发区引进了远望、启航科技等一批重大产业项目,引进甲乙电气、丙丁集团等15家企业;"
        "园区引进滨海物流园、东环路连接线等一批重点项目。"
    )
    assert sorted(p.name for p in ex.projects) == ["东环路连接线", "滨海物流园"]


def test_projects_listed_as_signed_and_the_largest_of_a_group(extract) -> None:
    ex = extract("2021年,鞍山经济开发区此次签约的项目分别是光伏玻璃项目、铝箔深加工项目和冷链仓储项目,总投资19亿元。")
    assert [(p.name, p.investment) for p in ex.projects] == [
        ("光伏玻璃项目", None),
        ("铝箔深加工项目", None),
        ("冷链仓储项目", None),
    ]
    assert [(f.indicator, f.value) for f in ex.metrics] == [("总投资", Decimal("19"))]
    ex = extract("2021年,鞍山经济开发区签约的8个项目涵盖新材料等领域,其中光伏玻璃项目投资最大,总投资6亿元。")
    assert [(p.name, p.investment) for p in ex.projects] == [("光伏玻璃项目", Decimal("6"))]


def test_the_place_projects_are_in_is_no_project(extract) -> None:
    ex = extract("2022年,全区86个重点项目完成投资57.3亿元。")
    assert ex.projects == []


def test_parks_listed_before_one_park_word_each_hold_the_grade(extract) -> None:
    ex = extract(
        "2021年度全省园区考核工作已完成。经综合考核,对被评为先进等次的佛山、深圳(汕尾)、梅州丰顺、"
        "肇庆高要、惠州博罗产业园共5个园区给予奖励。"
    )
    assert sorted(h.zone for h in ex.honours) == [
        "佛山产业园",
        "惠州博罗产业园",
        "梅州丰顺产业园",
        "深圳(汕尾)产业园",
        "肇庆高要产业园",
    ]
    assert {h.title for h in ex.honours} == {"2021年度全省园区考核先进等次"}


def test_zones_counted_before_an_honour_are_not_the_documents_zone(extract) -> None:
    ex = extract("某市经济开发区召开会议。丙、丁等12个园区受到省政府通报表扬。")
    assert ex.honours == []


def test_an_honour_title_ends_at_its_line(extract) -> None:
    ex = extract("某市经济开发区荣获先进单位\n2022年度园区名单近日发布")
    assert [h.title for h in ex.honours] == ["先进单位"]


def test_an_investors_name_with_he_does_not_split_a_project_list(extract) -> None:
    ex = extract(
        "2023年6月,某经济开发区签约项目3个。签约的3个项目包括甲乙精工有限公司投资的液压件生产项目、"
        "丙和丁塑胶股份有限公司投资的改性塑料项目、戊己集团投资的冷库项目。"
    )
    assert [p.name for p in ex.projects] == ["液压件生产项目", "改性塑料项目", "冷库项目"]


def test_projects_said_to_be_under_way_and_a_parks_phase_among_them(extract) -> None:
    ex = extract(
        "今年上半年,某经济开发区开工项目20个,甲汽车零部件、东丽工业园(三期)等项目全面开工。"
        "乙科技城、丙中心商务楼项目加快建设,丁五星级酒店、戊商业综合体项目积极推进。"
    )
    assert {p.name: p.status for p in ex.projects} == {
        "甲汽车零部件": "开工",
        "东丽工业园(三期)": "开工",
        "乙科技城": "在建",
        "丙中心商务楼项目": "在建",
        "丁五星级酒店": "在建",
        "戊商业综合体项目": "在建",
    }
    assert "东丽工业园" not in {z.zone for z in ex.zones}


def test_industries_listed_before_a_class_of_projects_are_no_projects(extract) -> None:
    ex = extract("2022年,园区新材料、高端装备、生物医药等主导产业项目有序推进。")
    assert ex.projects == []


def test_projects_in_general_are_not_the_one_named_sentences_before(extract) -> None:
    ex = extract("2022年5月,甲乙生物制药项目在园区开工。全年组建3个服务专班,项目有序推进。")
    assert [(p.name, p.status) for p in ex.projects] == [("甲乙生物制药项目", "开工")]


def test_a_park_before_a_count_of_projects_is_where_they_are(extract) -> None:
    ex = extract("2012年,某高新区招商成效明显。青龙湖工业园9个重点产业项目加快推进,甲能源、乙化工等两大项目已全部实现投产。")
    assert {(p.name, p.zone) for p in ex.projects} == {("甲能源", "青龙湖工业园"), ("乙化工", "青龙湖工业园")}


def test_projects_said_to_be_in_a_zone_are_that_zones(extract) -> None:
    ex = extract(
        "2020年,南宁综合保税区进出口额增长12%。甲科技园、乙国际物流园等一批重大项目在南宁高新区落地生根。项目二期加快建设。"
    )
    assert {(p.name, p.zone) for p in ex.projects} == {("甲科技园", "南宁高新区"), ("乙国际物流园", "南宁高新区")}


def test_a_count_of_projects_told_part_by_part_after_colons(extract) -> None:
    ex = extract(
        "2021年7月,芜湖经开区10个项目同日开工,其中经开区本部3个:甲精密、乙电子、丙食品;"
        "空港经济区2个:丁物流园、戊冷链;丁香产业园4个:己医药、庚包装、辛材料。"
    )
    got = {(p.name, p.status, p.zone) for p in ex.projects}
    assert ("甲精密", "开工", "芜湖经开区") in got  # (本部: the document's own zone)
    assert {(n, z) for n, _, z in got if z in ("空港经济区",)} == {("丁物流园", "空港经济区"), ("戊冷链", "空港经济区")}
    # three names where four are counted: not read as this list
    assert not {n for n, _, _ in got} & {"己医药", "庚包装", "辛材料"}


def test_zones_ranked_in_the_order_they_are_listed_and_awarded_one_title(extract) -> None:
    text = (
        "对全市9个开发区进行了考评。第二组综合排名依次为:于都工业园区、瑞昌经济开发区、湖口工业园区。"
        "决定授予于都工业园区、湖口工业园区“2019年度全市开发区发展先进单位”称号。"
    )
    ex = extract(text)
    assert [(r.zone, r.rank) for r in ex.rankings] == [("于都工业园区", 1), ("瑞昌经济开发区", 2), ("湖口工业园区", 3)]
    assert {(h.zone, h.title) for h in ex.honours} == {
        ("于都工业园区", "2019年度全市开发区发展先进单位"),
        ("湖口工业园区", "2019年度全市开发区发展先进单位"),
    }


def test_projects_an_investor_plans_in_a_zone_and_one_a_zone_signed(extract) -> None:
    ex = extract(
        "延吉市\n延吉高新区与某文旅集团签署了温泉康养(一期)项目,计划投资12亿元;"
        "某物流有限公司计划在朝阳川经济开发区建设冷链仓储基地项目。"
    )
    projects = {(p.name, p.zone) for p in ex.projects}
    assert ("温泉康养(一期)项目", "延吉高新区") in projects
    assert ("冷链仓储基地项目", "朝阳川经济开发区") in projects


def test_a_project_completed_and_started_and_one_named_after_its_zone(extract) -> None:
    ex = extract("霞浦经济开发区举行项目集中开工活动。6月,甲冷能项目、乙物流中心竣工投产;柘荣经济开发区冷链物流中心竣工投用。")
    projects = {(p.name, p.status, p.zone) for p in ex.projects}
    assert ("甲冷能项目", "投产", "霞浦经济开发区") in projects
    assert ("乙物流中心", "投产", "霞浦经济开发区") in projects
    assert ("冷链物流中心", "建成", "柘荣经济开发区") in projects


def test_places_listed_for_zones_listed_pair_in_order_without_fenbie(extract) -> None:
    ex = extract(
        "2021年全省开发区综合考评中,长沙经开区位列第一,株洲高新区、湘潭经开区位列二、三名,岳阳经开区和衡阳高新区位居第4、5位。"
    )
    ranks = {(r.zone, r.rank) for r in ex.rankings}
    assert ranks == {("长沙经开区", 1), ("株洲高新区", 2), ("湘潭经开区", 3), ("岳阳经开区", 4), ("衡阳高新区", 5)}


def test_projects_named_after_their_total_investment_amount_in_a_list(extract) -> None:
    ex = extract(
        "2024年,某某高新区推动增资扩产项目12个,包括总投资额3.2亿元的甲乙材料有限公司膜材生产线扩产项目、总投资额超8亿元的丙丁食品深加工产业园项目等。"
    )
    assert {(p.name, p.investment) for p in ex.projects} == {
        ("甲乙材料有限公司膜材生产线扩产项目", Decimal("3.2")),
        ("丙丁食品深加工产业园项目", Decimal(8)),
    }
    assert not any(f.value in (Decimal("3.2"), Decimal(8)) for f in ex.metrics), "a project's investment is not the zone's"


def test_the_others_selected_are_listed_after_de_hai_you(extract) -> None:
    ex = extract("省里公布开发区评价结果,温州有5家入围。入围前30名的还有:苍南经济开发区、平阳经济开发区、瑞安经济开发区。")
    assert {(h.zone, h.title) for h in ex.honours} == {
        ("苍南经济开发区", "前30名"),
        ("平阳经济开发区", "前30名"),
        ("瑞安经济开发区", "前30名"),
    }


def test_no_honour_from_a_document_s_name_a_hope_an_extreme_or_a_count_of_honours(extract) -> None:
    ex = extract(
        "平阳经济开发区收到《省政府关于平阳经济开发区晋升为省级高新区的决定》。"
        "平阳经济开发区有望成为全省开发区转型“新标杆”,也是全县获奖次数最多的园区。"
        "园区还收获多项国家级荣誉:平阳经济开发区入选国家绿色工业园区名单。"
    )
    assert [h.title for h in ex.honours] == ["国家绿色工业园区名单"]


def test_what_is_done_about_projects_names_no_project(extract) -> None:
    ex = extract(
        "平阳经济开发区健全项目推进机制,支持项目尽快建成,为保障项目落地开辟绿色通道,力争签约项目尽早开工。"
        "平阳经济开发区智能装备产业园项目开工建设。"
    )
    assert [p.name for p in ex.projects] == ["智能装备产业园项目"]


def test_a_phase_started_is_a_project_with_its_investment(extract) -> None:
    ex = extract(
        "2024年,平阳经济开发区开工智能装备产业园二期,总投资12.3亿元;启动新材料产业园四期建设。本轮集中开工里投资最大的项目为乙项目。"
    )
    projects = {p.name: p for p in ex.projects}
    assert set(projects) >= {"智能装备产业园二期", "新材料产业园四期"}
    assert projects["智能装备产业园二期"].investment == Decimal("12.3")
    assert projects["智能装备产业园二期"].status == "开工"
    assert not any("最大" in name for name in projects)
    ex = extract("2023年,平阳经济开发区全球纬度最高、单体最大的年产1万吨碳纤维生产基地投产。")
    assert [p.name for p in ex.projects] == ["年产1万吨碳纤维生产基地"]


def test_a_project_named_with_its_land_then_its_total_investment(extract) -> None:
    ex = extract(
        "2023年,泰顺经济开发区签下9个项目。在签约的9个项目中,泰顺竹木精深加工基地项目用地约86亩,投资总额13750万元。\n\n"
        "泰顺康养小镇项目占地约240亩,投资总额26350万元,主要建设康养社区。"
    )
    projects = {p.name: p.investment for p in ex.projects}
    assert projects == {"泰顺竹木精深加工基地项目": Decimal("13750"), "泰顺康养小镇项目": Decimal("26350")}
    assert not [f for f in ex.metrics if f.unit == "万元"], "a project's investment is not its zone's figure"


def test_the_projects_a_zone_brought_in_together_are_a_figure_not_a_project(extract) -> None:
    ex = extract("2012年,苍南经济开发区累计引进项目总投资26.35亿元,新引进项目总投资13.75亿元;苍南光电项目总投资8.5亿元。")
    assert [p.name for p in ex.projects] == ["苍南光电项目"]
    assert sorted(f.value for f in ex.metrics) == [Decimal("13.75"), Decimal("26.35")]


def test_who_signed_and_the_fields_of_counted_projects_are_no_projects(extract) -> None:
    ex = extract(
        "2023年,泰顺经济开发区与某某研究会、某某控股有限公司等在竹木精深加工产业、康养服务、泰顺茶文化园等12个项目进行了集中签约。"
        "仪式上,智能制造、现代服务等8个项目签约。"
    )
    assert [p.name for p in ex.projects] == ["泰顺茶文化园"]


def test_a_project_named_xiandai_keeps_its_first_character(extract) -> None:
    ex = extract("2016年,乐清经济开发区现代物流产业园项目开工。")
    assert [p.name for p in ex.projects] == ["现代物流产业园项目"]


def test_quoted_sites_put_into_operation_are_projects_named_without_praise(extract) -> None:
    ex = extract("2020年,乐清经济开发区“乐清智能电气展示中心”、省内首家“乐清电气大数据创新中心”投入运行。")
    assert {p.name: p.status for p in ex.projects} == {"乐清智能电气展示中心": "建成", "乐清电气大数据创新中心": "建成"}


def test_names_ending_in_xiangmu_then_their_count_are_projects(extract) -> None:
    ex = extract(
        "平阳经济开发区梳理出一批签约项目,其中智能装备产业园项目、新材料研发中心项目、冷链物流基地项目3项将参加集中签约。"
    )
    assert {p.name for p in ex.projects} == {"智能装备产业园项目", "新材料研发中心项目", "冷链物流基地项目"}


def test_projects_named_then_their_investments_respectively(extract) -> None:
    ex = extract("苍南经开区举行集中签约活动,海洋装备项目、新型建材项目和冷链物流中心分别签约投资18亿元、9.5亿元、6亿元。")
    projects = {(p.name, p.status, p.investment, p.investment_unit) for p in ex.projects}
    assert projects == {
        ("海洋装备项目", "签约", Decimal(18), "亿元"),
        ("新型建材项目", "签约", Decimal("9.5"), "亿元"),
        ("冷链物流中心", "签约", Decimal(6), "亿元"),
    }
    assert not ex.metrics, "each amount is its project's investment, not a figure of the zone"
    ex = extract("苍南经开区:海洋装备项目、新型建材项目分别投资18、9.5亿元。")
    assert {(p.name, p.investment) for p in ex.projects} == {("海洋装备项目", Decimal(18)), ("新型建材项目", Decimal("9.5"))}
    ex = extract("文成工业园区和泰顺工业园区分别完成投资18亿元、9.5亿元。")
    assert not ex.projects, "zones are no projects"


def test_a_zone_passes_a_review_as_a_kind_of_park(extract) -> None:
    ex = extract("2020年,泰顺工业园区通过浙江省首批化工园区认定;2023年,园区又通过省级绿色园区复核。")
    honours = {(h.zone, h.title, h.year) for h in ex.honours}
    assert honours == {("泰顺工业园区", "浙江省首批化工园区", 2020), ("泰顺工业园区", "省级绿色园区", 2023)}
    ex = extract("泰顺工业园区通过层层申报,获批省级开发区。")
    assert "层层申报" not in {h.title for h in ex.honours}


def test_a_zone_announced_as_provincial_after_a_review(extract) -> None:
    ex = extract("文成经济开发区1994年设立,2006年经国家发改委审核公告为省级经济开发区,核准面积12.6平方千米。", report_year=2023)
    assert {(h.title, h.year) for h in ex.honours} == {("省级经济开发区", 2006)}
    assert {(f.indicator, f.year) for f in ex.metrics} == {("核准面积", 2023)}, "the announcement dates itself, not the area"


def test_a_group_s_average_move_in_an_assessment_is_a_figure_of_the_group(extract) -> None:
    text = "温州经开区跃居全省第5位\n\n日前,省里公布2023年度开发区考评情况,本市5家省级以上开发区位次均有提升,平均位次前移6.2位。"
    ex = extract(text, report_year=None, published_on="2024-03-01")
    facts = {(f.zone, f.indicator, f.value, f.unit, f.year) for f in ex.metrics}
    assert ("温州市省级以上开发区", "平均位次前移", Decimal("6.2"), "位", 2023) in facts
    ex = extract("2023年,平阳经开区等3个开发区平均排名较上年下降1.5位。")
    assert {(f.indicator, f.value) for f in ex.metrics} >= {("平均位次下降", Decimal("1.5"))}


def test_a_list_of_honoured_zones_goes_on_past_a_name_nobody_knows(extract) -> None:
    text = (
        "经研究,决定授予平阳经济开发区等4个开发区“2023年度先进开发区”称号。\n"
        "获得“2023年度先进开发区”的分别有:\n"
        "平阳经济开发区、苍南经济开发区、甲乙县经济开发区、泰顺工业园区\n"
        "希望上榜单位珍惜荣誉、再创佳绩。"
    )
    ex = extract(text, report_year=2024, published_on="2024-05-02")
    holders = {(h.zone, h.title) for h in ex.honours if h.zone}
    assert ("泰顺工业园区", "2023年度先进开发区") in holders
    assert ("苍南经济开发区", "2023年度先进开发区") in holders
    assert {h.title for h in ex.honours} == {"2023年度先进开发区"}, "what the listed are asked to do is no title"


def test_a_batch_opened_and_completed_names_no_project(extract) -> None:
    ex = extract("2024年5月,苍南经开区一批工业项目开竣工,总投资超20亿元。")
    assert not ex.projects


def test_projects_of_a_status_listed_after_you_then_counted(extract) -> None:
    text = (
        "5月9日,平阳经开区举行重点项目集中开竣工活动。开工项目有锦程智能装备厂房、青年创业孵化园、平阳滨江商业综合体(二期)等9个,"
        "总投资18.2亿元;竣工项目有恒信食品加工和园区首个外资企业——瑞丰包装生产等4个,总投资8.6亿元。"
    )
    ex = extract(text)
    projects = {(p.name, p.status) for p in ex.projects}
    assert projects == {
        ("锦程智能装备厂房", "开工"),
        ("青年创业孵化园", "开工"),
        ("平阳滨江商业综合体(二期)", "开工"),
        ("恒信食品加工", "竣工"),
        ("瑞丰包装生产", "竣工"),
    }
    counts = {(f.indicator, f.value) for f in ex.metrics if f.unit == "个"}
    assert counts == {("开工项目", Decimal(9)), ("竣工项目", Decimal(4))}


def test_a_project_landed_then_its_estimated_investment(extract) -> None:
    ex = extract("今年,苍南经开区落地海星康养综合体项目,预计总投资12亿元。园区签约落地高新区(新城)的企业增多。")
    assert {(p.name, p.status, p.investment) for p in ex.projects} == {("海星康养综合体项目", "落地", Decimal(12))}
    # (nor a park a project settles in: 签约落户某产业园)
    ex = extract("文成数字产业园招商成果丰硕\n\n3月,甲材料、乙装备两个产业项目签约落户文成数字产业园。")
    assert {p.name for p in ex.projects} == {"甲材料", "乙装备"}
    assert not [f for f in ex.metrics if f.value == Decimal(12)]


def test_a_headline_ranking_repeated_in_the_body_names_the_same_list(reference) -> None:
    from unseen_documents import read_unseen as _unseen

    text = (
        "苍南新区在全省12家国家级经开区总分排名第五\n"
        "5月6日,省里公布2022年度考核评价结果,苍南新区在全省12家国家级经开区总分排名中位列第五。\n\n"
        "【苍南新区在全省12家国家级经开区总分排名第五】\n2022年,苍南新区持续发力。\n"
    )
    names = {r.ranking for r in _unseen(text, reference).rankings}
    assert names, "the ranking is found"
    assert not any("苍南" in n or "12家" in n for n in names), names


def test_a_zone_left_out_is_not_what_follows(extract) -> None:
    ex = extract("苍南经济开发区位列第七。本次考评除文成经济开发区外均按两类评分,共涉及企业3800家。")
    assert [f.zone for f in ex.metrics if f.value == 3800] != ["文成经济开发区"]
    assert "文成经济开发区" not in {r.zone for r in ex.rankings}


def test_the_assessment_s_indicators_are_no_zone_figure(extract) -> None:
    ex = extract("苍南经济开发区评价体系满分为100分,共涉及到了30项具体指标,园区新增企业38家。")
    assert [f.indicator for f in ex.metrics if f.unit == "项"] == []


def test_projects_of_a_signing_day_named_with_their_money(extract) -> None:
    ex = extract(
        "本批签约项目里,亿元以上项目共7个。其中,总投资12亿元的东海精密轴承项目落户苍南工业园区。"
        "开工项目中,平阳经济开发区开工项目9个,总投资41.3亿元,其中海洋化工延链补链项目总投资11.6亿元,建成后可新增年产值20亿元。"
        "文成经济开发区签约光伏玻璃深加工项目、高纯硅材料项目,总投资分别为7.4亿元、5.2亿元。"
    )
    projects = {(p.name, p.investment) for p in ex.projects}
    assert ("东海精密轴承项目", Decimal(12)) in projects
    assert ("海洋化工延链补链项目", Decimal("11.6")) in projects
    assert {("光伏玻璃深加工项目", Decimal("7.4")), ("高纯硅材料项目", Decimal("5.2"))} <= projects
    facts = {(f.indicator, f.value) for f in ex.metrics}
    assert ("新增年产值", Decimal(20)) in facts
    assert not any(v in (Decimal("11.6"), Decimal("7.4"), Decimal("5.2")) for _, v in facts)


def test_titles_each_in_quotes_of_their_own_are_several_honours(extract) -> None:
    ex = extract("文成产业集聚区先后获评“浙江省三星级产业集聚区”“十佳产业集聚区”。")
    assert sorted(h.title for h in ex.honours) == ["十佳产业集聚区", "浙江省三星级产业集聚区"]


def test_titles_in_quotes_a_zone_is(extract) -> None:
    ex = extract("面积12平方公里的文成产业集聚区,是“浙江省三星级产业集聚区”“十佳产业集聚区”,目前已建立四大服务平台。")
    assert sorted((h.zone, h.title) for h in ex.honours) == [
        ("文成产业集聚区", "十佳产业集聚区"),
        ("文成产业集聚区", "浙江省三星级产业集聚区"),
    ]
    assert not extract("文成产业集聚区是“全县发展的主引擎”。").honours


def test_a_project_s_investment_written_as_its_amount(extract) -> None:
    ex = extract(
        "平阳经济开发区举行集中签约,本次签约项目覆盖智能制造、新材料等领域。其中,瓯江智能科技有限公司年产20万台智能电机项目投资额为8亿元;"
        "某某管理集团投资的东海产业园二期项目投资额为4.5亿元。"
    )
    assert {(p.name, p.investment) for p in ex.projects} == {
        ("瓯江智能科技有限公司年产20万台智能电机项目", Decimal(8)),
        ("东海产业园二期项目", Decimal("4.5")),
    }
    assert not [f for f in ex.metrics if f.unit == "亿元"]


def test_a_results_list_that_gives_each_place_before_its_zone(extract) -> None:
    text = (
        "2023年度全市开发区综合考评结果通报\n\n"
        "考核结果如下:第1位:平阳经济开发区(得分91.2分);第2位:苍南经济开发区(得分86.4分),比上年前进2位。\n\n"
        "第3位:文成经济开发区(得分80.1分)"
    )
    ranks = {(r.zone, r.rank, r.prev_rank) for r in extract(text).rankings}
    assert ranks == {("平阳经济开发区", 1, None), ("苍南经济开发区", 2, 4), ("文成经济开发区", 3, None)}
    assert not extract("第3位:得分最高的是平阳经济开发区。").rankings, "the place must stand right before the zone"


def test_projects_among_a_counted_group_each_with_its_investment(extract) -> None:
    text = (
        "平阳经济开发区集中开工活动举行\n\n集中开工的8个项目中,瓯江智能仓储中心一期项目总投资12亿元,建设仓库10万平方米;"
        "平阳新材料产业园研发楼(二期)项目总投资6.6亿元。"
        "此次开工的平阳科创孵化基地项目计划投资20亿元。"
    )
    projects = {p.name: p.investment for p in extract(text).projects}
    assert projects == {
        "瓯江智能仓储中心一期项目": Decimal(12),
        "平阳新材料产业园研发楼(二期)项目": Decimal("6.6"),
        "平阳科创孵化基地项目": Decimal(20),
    }
    assert extract("平阳经济开发区集中开工的7个项目总投资48亿元。").projects == []


def test_projects_that_ran_a_trial_topped_out_or_spent_their_year_s_money(extract) -> None:
    text = "2023年,平阳经济开发区年产8万吨电池隔膜项目建成试车,平阳传感器产业园一期项目主体结构封顶,平阳医药中间体二期项目全年完成投资17.5亿元。"
    assert {p.name: p.status for p in extract(text).projects} == {
        "年产8万吨电池隔膜项目": "建成",
        "平阳传感器产业园一期项目": "在建",
        "平阳医药中间体二期项目": None,
    }
    assert extract("2023年,平阳经济开发区新入库项目18个,完成投资41亿元。").projects == []


def test_a_later_clause_of_a_ranking_sentence_names_its_own_part(extract) -> None:
    ex = extract("在全国高新区综合排名中,苍南高新区由第41位升至第27位,可持续发展能力由35位升至第8位。")
    assert [(r.ranking, r.rank, r.prev_rank) for r in ex.rankings] == [("全国高新区综合排名", 27, 41), ("可持续发展能力", 8, 35)]


def test_places_counted_as_national_zones_then_their_places_in_turn(extract) -> None:
    ex = extract("我省平阳、苍南、文成、泰顺4家国家高新区跻身全国前120名,分别列第58位、第73位、第96位和第117位。")
    assert [(r.zone, r.rank) for r in ex.rankings] == [
        ("平阳高新技术产业开发区", 58),
        ("苍南高新技术产业开发区", 73),
        ("文成高新技术产业开发区", 96),
        ("泰顺高新技术产业开发区", 117),
    ]


def test_projects_each_after_its_investment_in_a_list_and_what_is_no_project(extract) -> None:
    ex = extract(
        "苍南经济开发区新能源产业签约了总投资7亿元的瓯越储能电池、总投资4亿元的鹿城光伏支架、总投资1.8亿元的海川逆变器等项目。"
    )
    assert [(p.name, p.investment, p.status) for p in ex.projects] == [
        ("瓯越储能电池", Decimal(7), "签约"),
        ("鹿城光伏支架", Decimal(4), "签约"),
        ("海川逆变器", Decimal("1.8"), "签约"),
    ]
    assert not [f for f in ex.metrics if f.unit == "亿元"], "the amounts are the projects', no zone figures"
    events = extract("苍南高新区数字经济推介会暨项目签约仪式举行。包括产业合作、人才服务、金融服务等在内的32个项目在会上签约。")
    assert events.projects == []


def test_titles_won_listed_after_one_verb_are_honours_each(extract) -> None:
    ex = extract("2023年,平阳工业园区成功争创省级生态工业园区、省级文旅融合试验区、市鞋业产业园,并获评省级智能制造示范园区。")
    assert [h.title for h in ex.honours] == [
        "省级生态工业园区",
        "省级文旅融合试验区",
        "市鞋业产业园",
        "省级智能制造示范园区",
    ]


def test_a_top_list_of_an_earlier_sentence_is_no_size_of_the_field(extract) -> None:
    ex = extract("2023年,我省5家国家级经开区跻身全国50强。苍南经开区位列全国第14位。")
    assert [(r.zone, r.rank, r.of) for r in ex.rankings if r.zone == "苍南经开区"] == [("苍南经开区", 14, None)]


def test_a_project_s_signed_amount_and_who_attended_a_signing(extract) -> None:
    ex = extract(
        "3月18日,平阳经济开发区举行项目集中签约仪式,共有9个项目现场签约。"
        "开发区管委会主任、县政府一级调研员和县招商局负责人出席并见证了签约。"
        "其中,智能传感器研发项目签约额6亿元,投资方为某某科技公司;精密轴承生产基地项目签约额2.5亿,投资方为某某集团。"
    )
    invested = {p.name: p.investment for p in ex.projects if p.investment is not None}
    assert invested == {"智能传感器研发项目": Decimal("6"), "精密轴承生产基地项目": Decimal("2.5")}
    assert not [p for p in ex.projects if "负责人" in p.name or "出席" in p.name]


def test_a_zone_of_a_place_the_dictionary_does_not_know_in_a_barred_ranked_table(extract) -> None:
    ex = extract(
        "2022年全省经开区发展指数排名 名次 | 经开区 | 所在市 | 1 | 平阳经济开发区 | 温州 | "
        "2 | 鹤溪经济技术开发区 | 丽水 | 3 | 苍南经济开发区 | 温州 |"
    )
    assert {(r.zone, r.rank) for r in ex.rankings} == {
        ("平阳经济开发区", 1),
        ("鹤溪经济技术开发区", 2),
        ("苍南经济开发区", 3),
    }


def test_the_same_place_as_last_year_is_the_previous_rank(extract) -> None:
    ex = extract("在2023年度全省开发区综合考评中,苍南经济开发区位列第17位,与去年持平;文成经济开发区位列第34位,排位保持不变。")
    assert {(r.zone, r.rank, r.prev_rank) for r in ex.rankings} == {
        ("苍南经济开发区", 17, 17),
        ("文成经济开发区", 34, 34),
    }


def test_town_parks_listed_in_a_top_three_are_ranked_in_order(reference) -> None:
    from unseen_documents import read_unseen as _unseen

    ex = _unseen(
        "全市工业园区考评结果公布。其中,大路工业园区、平阳经济开发区、苍南工业园区考评得分位列前三。",
        reference,
    )
    assert [(r.zone, r.rank) for r in ex.rankings] == [("大路工业园区", 1), ("平阳经济开发区", 2), ("苍南工业园区", 3)]


def test_titles_a_body_rated_or_ratified_a_zone_as_are_honours(extract) -> None:
    ex = extract("泰顺经济开发区2005年9月由国务院正式核准为国家级工业园区;2019年6月被省工信厅评定为“省级绿色工业园区”。")
    assert {(h.title, h.year) for h in ex.honours} == {("国家级工业园区", 2005), ("省级绿色工业园区", 2019)}


def test_a_programme_a_zone_is_said_to_be_part_of_is_an_honour_a_description_is_not(extract) -> None:
    ex = extract("泰顺经济开发区是浙江省先进制造业示范基地,也是全省首批循环化改造试点园区。园区是全县重要的经济增长极。")
    assert {h.title for h in ex.honours} == {"浙江省先进制造业示范基地", "全省首批循环化改造试点园区"}


def test_trades_listed_before_a_kind_of_service_projects_are_no_projects(extract) -> None:
    ex = extract("文成经开区物流、金融等服务业项目纷纷落户。瑞安甲科技、乙智造等项目相继落户。")
    assert {p.name for p in ex.projects} == {"瑞安甲科技", "乙智造"}


def test_a_place_in_a_second_list_named_right_after_the_first(extract) -> None:
    ex = extract("泰顺经开区获评全市开发区考核第一名、亩均税收第二名。")
    assert {(r.ranking, r.rank) for r in ex.rankings} == {("全市开发区考核", 1), ("亩均税收排名", 2)}


def test_rows_counted_off_with_a_grade_each_are_no_ranks(reference) -> None:
    from unseen_documents import read_unseen as _unseen

    text = "附件:2021年度全市星级园区名单\n序号 园区名称 星级\n1 平阳经济开发区 三星\n2 文成工业园区 二星\n3 泰顺经济开发区 二星"
    assert not _unseen(text, reference).rankings
    ranked = "2021年度全市园区综合排名\n1 平阳经济开发区\n2 文成工业园区\n3 泰顺经济开发区"
    assert [r.rank for r in _unseen(ranked, reference).rankings] == [1, 2, 3]


def test_industries_becoming_a_zone_s_pillars_are_no_honour(extract) -> None:
    ex = extract("2021年,智能装备、新材料、生物医药逐步发展成为瑞安高新区三大主导产业。瑞安高新区成为省级高新区。")
    assert [(h.zone, h.title) for h in ex.honours] == [("瑞安高新区", "省级高新区")]


def test_a_zone_is_a_list_of_designations_opened_by_an_excellent_park(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("平阳经开区是浙江省优秀园区、浙江省智能制造示范基地、浙江省循环化改造试点园区,也在建设东部制造高地。")
    assert [h.title for h in ex.honours] == ["浙江省优秀园区", "浙江省智能制造示范基地", "浙江省循环化改造试点园区"]
    assert {h.zone for h in ex.honours} == {"平阳经开区"}


def test_a_short_name_defined_with_wei(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("瑞安出口加工区更名为瑞安滨海经济技术开发区(简称为“瑞滨园”)。\n\n2023年,瑞滨园实现营业收入410亿元。")
    assert {m.zone for m in ex.metrics if m.indicator == "营业收入"} == {"瑞安滨海经济技术开发区"}


def test_a_title_joined_by_he_is_one_unless_its_first_part_ends_with_a_kind_of_title(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("2021年,泰顺经开区入选国家先进材料和绿色能源融合创新试点单位。")
    assert [h.title for h in ex.honours] == ["国家先进材料和绿色能源融合创新试点单位"]
    ex = extract("泰顺经开区是浙江省唯一的国家生态工业示范园区。")
    assert [h.title for h in ex.honours] == ["浙江省唯一的国家生态工业示范园区"]


def test_zones_raised_to_a_level_are_listed_place_by_place(extract) -> None:  # type: ignore[no-untyped-def]
    text = "全省本年度新增五家省级开发区。\n\n其中,温州市3家:平阳工业园区、苍南工业园区、文成工业园区;台州市2家:天台工业园区、仙居工业园区。"
    ex = extract(text)
    assert {(h.zone, h.title) for h in ex.honours} == {
        (zone, "省级开发区") for zone in ("平阳工业园区", "苍南工业园区", "文成工业园区", "天台工业园区", "仙居工业园区")
    }
    # the class counted after it, and the names right after the colon
    ex = extract("本年度认定结果公布,全省新认定省级高新区2个:泰顺高新区、乐清高新区。")
    assert {(h.zone, h.title) for h in ex.honours} == {("泰顺高新区", "省级高新区"), ("乐清高新区", "省级高新区")}
    # a count of zones by place with nothing announced before is no honour
    ex = extract("全省开发区分布不均。\n\n其中,温州市3家:平阳工业园区、苍南工业园区、文成工业园区。")
    assert ex.honours == []


def test_a_project_s_investment_in_brackets_after_its_name(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2023年,文成经济开发区签约精密铸件智能工厂项目(总投资16亿元)、氢能装备产业园项目(总投资9.5亿元)。"
        "新型电池材料项目(总投资7亿元)建成投产;电机外壳技改项目(总投资2.4亿元)、科创中心二期项目(总投资3亿元)等8个项目竣工。"
    )
    ex = extract(text)
    assert {(p.name, p.investment, p.status) for p in ex.projects} == {
        ("精密铸件智能工厂项目", Decimal("16"), "签约"),
        ("氢能装备产业园项目", Decimal("9.5"), "签约"),
        ("新型电池材料项目", Decimal("7"), "投产"),
        ("电机外壳技改项目", Decimal("2.4"), "竣工"),
        ("科创中心二期项目", Decimal("3"), "竣工"),
    }
    # the investments are the projects', not figures of the zone
    assert not [m for m in ex.metrics if m.indicator == "总投资"]


def test_projects_wished_for_or_of_a_kind_are_no_projects(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("2024年,苍南经济开发区力促更多项目早落地、早达产,做到签约项目快开工、开工项目快投产。")
    assert ex.projects == []
    ex = extract("2024年,一批海洋装备、储能电池项目在苍南经济开发区相继落地。")
    assert ex.projects == []
    # a named project in the same sentence still is one
    ex = extract("2024年,苍南经济开发区推动更多项目早开工,海工装备产业园项目正式开工。")
    assert [p.name for p in ex.projects] == ["海工装备产业园项目"]


def test_a_place_s_industrial_park_named_with_chanyeyuan(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("经综合评价,平阳产业园、苍南产业园、文成产业园被评为2016年度优秀省产业园。")
    assert {h.zone for h in ex.honours} == {"平阳产业园", "苍南产业园", "文成产业园"}
    # inside a longer name the place's words are part of a park's own name
    ex = extract("2020年,瑞安经济开发区东湖平阳产业园基础设施项目开工。")
    assert {p.zone for p in ex.projects} == {"瑞安经济开发区"}


def test_the_zone_s_own_place_in_a_title_is_no_other_place(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2019年,园区获批国家生态工业示范园区;2020年被市工信局命名为天津市智能制造示范基地。天津经济技术开发区已成为全市开放高地。"
    )
    ex = extract(text)
    assert {(h.title, h.zone) for h in ex.honours} == {
        ("国家生态工业示范园区", "天津经济技术开发区"),
        ("天津市智能制造示范基地", "天津经济技术开发区"),
    }
    # a title of another province's place is still none of the zone's
    ex = extract(text.replace("天津市智能", "北京市智能"))
    assert ("北京市智能制造示范基地", None) in {(h.title, h.zone) for h in ex.honours}


def test_a_zone_put_on_a_programme_s_list(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("2014年,平阳经济开发区进入第三批省级智慧园区建设试点名单。")
    assert [(h.zone, h.title) for h in ex.honours] == [("平阳经济开发区", "第三批省级智慧园区建设试点名单")]
    assert extract("2015年,平阳经济开发区进入快速发展阶段。").honours == []


def test_the_grade_of_an_assessment_given_to_zones_listed_or_named(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("2016年度考核结果为优秀的园区有:平阳经济开发区、苍南经济开发区、文成经济开发区。")
    assert {(h.zone, h.title) for h in ex.honours} == {
        ("平阳经济开发区", "考核优秀"),
        ("苍南经济开发区", "考核优秀"),
        ("文成经济开发区", "考核优秀"),
    }
    ex = extract("2016年度全省考核中,泰顺经济开发区考核等次为优秀。")
    assert [(h.zone, h.title) for h in ex.honours] == [("泰顺经济开发区", "考核优秀")]


def test_a_list_announced_then_the_zone_said_to_be_on_it(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("近日,2022年度省级示范园区名单揭晓,苍南经济开发区位列其中。")
    assert [(h.zone, h.title) for h in ex.honours] == [("苍南经济开发区", "2022年度省级示范园区")]


def test_a_comparison_belongs_to_the_place_said_just_before_it(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("分项看,乐清高新区“产业升级”列全省第三,仅次于江北新城、滨江云谷和苍南高新区,“人才集聚”列全省第六。")
    got = sorted((r.zone, r.rank) for r in ex.rankings)
    assert ("乐清高新区", 3) in got and ("乐清高新区", 6) in got
    assert ("苍南高新区", 5) not in got and all(rank != 5 for _, rank in got), "the second place has no zones ahead named"


def test_last_years_place_said_beside_this_years_is_the_previous_rank(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("在全省综合评价中,文成工业园区列第14名(上年第19名),泰顺工业园区列第22名,上年为第20名。")
    assert sorted((r.zone, r.rank, r.prev_rank) for r in ex.rankings) == [("文成工业园区", 14, 19), ("泰顺工业园区", 22, 20)]


def test_a_project_said_again_as_this_project_takes_its_investment(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract(
        "苍南经开区项目建设见闻。\n\n在苍南海上风电装备项目现场,吊臂林立。该项目总投资36.5亿元,分三期建设。\n\n"
        "一墙之隔的苍南智造园二期项目也在加紧施工。该项目投资2.35亿元,年内可交付。\n\n"
        "9月2日,苍南氢能储运项目正式签约落户园区,项目总投资7.25亿元。"
    )
    got = {(p.name, p.investment, p.status) for p in ex.projects}
    assert {
        ("苍南海上风电装备项目", Decimal("36.5"), None),
        ("苍南智造园二期项目", Decimal("2.35"), "在建"),
        ("苍南氢能储运项目", Decimal("7.25"), "签约"),
    } <= got
    assert not [m for m in ex.metrics if m.value in (Decimal("36.5"), Decimal("2.35"), Decimal("7.25"))]


def test_the_zone_named_between_award_and_title_holds_it(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("平阳经开区综合评价第一。\n\n经研究,授予苍南峡口工业集中区“园区集约用地先进单位”称号。")
    assert [(h.zone, h.title) for h in ex.honours] == [("苍南峡口工业集中区", "园区集约用地先进单位")]


def test_a_class_of_projects_by_size_is_no_project(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("前三季度,泰顺工业园区千万元以上在建项目完成投资18.35亿元,占全县千万元以上项目完成投资的46.5%。")
    assert ex.projects == []
    assert {(m.measure, m.value) for m in ex.metrics} >= {("value", Decimal("18.35")), ("share_pct", Decimal("46.5"))}


def test_zones_in_the_joined_rows_of_a_named_list_hold_its_title(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "省经信厅2023年12月5日(依申请公开)附件2023年浙江省绿色低碳示范园区认定名单"
        "序号所在市园区认定等级1温州平阳经济开发区二星2温州苍南经济开发区一星3台州黄岩经济开发区一星"
    )
    ex = extract(text)
    held = sorted(h.zone for h in ex.honours if h.title == "2023年浙江省绿色低碳示范园区")
    assert len(held) == 3 and all(z.endswith(("平阳经济开发区", "苍南经济开发区", "黄岩经济开发区")) for z in held)
    assert ex.metrics == [], "a row's number before 台州 counts no machines"


def test_figures_listed_before_as_many_places_hold_them_in_order(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("2021年,乐清经开区单位能耗产出和研发强度位居全省经开区第十一和第四,综合排名第15位。")
    assert sorted((r.zone, r.rank) for r in ex.rankings) == [("乐清经开区", 4), ("乐清经开区", 11), ("乐清经开区", 15)]
    assert {r.ranking for r in ex.rankings if r.rank in (4, 11)} == {"全省经开区单位能耗产出排名", "全省经开区研发强度排名"}


def test_buildings_by_their_numbers_are_no_projects(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("平阳经开区:在平阳氢燃料电池项目现场,5号、6号车间已完成主体封顶。该项目总投资21.5亿元。")
    assert {(p.name, p.investment) for p in ex.projects} == {("平阳氢燃料电池项目", Decimal("21.5"))}


def test_zones_listed_after_the_honour_their_sentence_names_are_on_its_list(extract) -> None:
    ex = extract("据通报,2023年度全省产业园区考核中,30个产业园获优秀等次,我市平阳产业园、苍南产业园、文成产业园在列。")
    assert {(h.zone, h.title) for h in ex.honours} == {
        ("平阳产业园", "优秀等次"),
        ("苍南产业园", "优秀等次"),
        ("文成产业园", "优秀等次"),
    }


def test_zones_on_a_published_list_hold_the_list_s_name(extract) -> None:
    ex = extract("某研究院日前发布了“中国先进制造业园区”百强榜,平阳经济开发区、苍南经济开发区等2个园区上榜。")
    assert {(h.zone, h.title) for h in ex.honours} == {
        ("平阳经济开发区", "中国先进制造业园区百强榜"),
        ("苍南经济开发区", "中国先进制造业园区百强榜"),
    }


def test_an_account_of_honours_is_no_honour(extract) -> None:
    ex = extract("瑞安市园区2023年考核结果和所获荣誉情况的说明")
    assert ex.honours == []


def test_a_feature_s_scene_names_the_project_its_next_sentences_are_about(extract) -> None:
    ex = extract(
        "在平阳经开区智造园,瑞达精密部件扩能项目现场,工人们正在吊装钢梁。“项目总投资7.8亿元,今年3月开工。”项目负责人介绍。"
        "在苍南经开区,鹏程新材料二期项目车间内,设备正在调试。该项目总投资9亿元。"
        "在文成经开区,山溪酿造技改项目建设正酣。据介绍,该项目总投资4.2亿元。"
    )
    assert {(p.name, p.investment) for p in ex.projects} == {
        ("瑞达精密部件扩能项目", Decimal("7.8")),
        ("鹏程新材料二期项目", Decimal("9")),
        ("山溪酿造技改项目", Decimal("4.2")),
    }


def test_still_another_project_is_named_without_the_words_that_add_it(extract) -> None:
    ex = extract("2024年,平阳经开区在建的还有新型储能电站项目,总投资22亿元。")
    assert [p.name for p in ex.projects] == ["新型储能电站项目"]


def test_a_partner_named_in_the_sentence_is_not_whose_project_it_is(extract) -> None:
    ex = extract(
        "2023年,平阳经济开发区与温州某大学、苍南经济开发区等建立战略伙伴关系,"
        "就合作建设“海港物流中心”、“瓯江石材交易中心”等项目签署协议。"
    )
    assert ("瓯江石材交易中心", "平阳经济开发区") in {(p.name, p.zone) for p in ex.projects}
    assert {p.zone for p in ex.projects} == {"平阳经济开发区"}


def test_ranks_of_growth_after_a_rate_are_of_the_figures_named_before_the_rate(extract) -> None:
    ex = extract("1-9月,苍南经开区规上工业增加值31.6亿元,增长13.7%,增速全市第一;工业投资88.6亿元、增长21%,增速全市第一。")
    assert sorted(r.ranking for r in ex.rankings) == ["全市工业投资增速排名", "全市规上工业增加值增速排名"]


def test_a_year_named_for_a_campaign_is_no_title(extract) -> None:
    assert extract("文成经开区将2024年确定为“项目攻坚年”,全力推进项目建设。").honours == []


def test_the_zone_written_right_before_a_project_s_name_is_the_one_it_is_in(extract) -> None:
    ex = extract(
        "2023年,全市开发区发展势头良好。总投资48亿元的瑞能储能电池项目签约落户苍南经开区,"
        "总投资27亿元的平阳高新区光芯半导体项目开工建设,文成经开区的凯诺纤维项目建成投产。"
    )
    assert {(p.name, p.zone) for p in ex.projects} == {
        ("瑞能储能电池项目", "苍南经开区"),
        ("光芯半导体项目", "平阳高新区"),
        ("凯诺纤维项目", "文成经开区"),
    }


def test_last_year_s_place_said_beside_this_year_s_is_no_ranking_of_its_own(extract) -> None:
    ex = extract("2024年,瑞安经开区在全省同类园区中排名第18位,上年度排名第31位,考核等次为优秀。")
    assert [(r.rank, r.prev_rank) for r in ex.rankings] == [(18, 31)]


def test_the_time_a_pledge_allows_names_no_project(extract) -> None:
    assert extract("2024年,平阳经开区要求落地项目两个月内办结手续、五个月内开工。").projects == []


def test_each_of_the_indicators_listed_before_a_shared_place_holds_it(extract) -> None:
    ex = extract("2023年1-6月,瑞安开发区工业投资、GDP、税收收入3个主要经济指标增速位居温州市第一。")
    assert sorted(r.ranking for r in ex.rankings) == ["GDP增速排名", "工业投资增速排名", "税收收入增速排名"]
    assert all(r.rank == 1 and r.zone == "瑞安开发区" for r in ex.rankings)


def test_a_batch_of_named_sites_of_a_class_of_industries_and_the_verb_it_follows(extract) -> None:
    text = (
        "苍南经济开发区项目集中签约暨开工 2024-05-26\n\n"
        "5月25日,苍南经济开发区举行项目集中签约活动。签约了包括甲科技产业园、乙温泉小镇、丙测试设备生产基地等一批"
        "战略性新兴产业项目,落户了丁电池循环产业园、戊玻璃研发制造等重点项目。"
    )
    statuses = {p.name: p.status for p in extract(text).projects}
    assert statuses == {
        "甲科技产业园": "签约",
        "乙温泉小镇": "签约",
        "丙测试设备生产基地": "签约",
        "丁电池循环产业园": "落地",
        "戊玻璃研发制造": "落地",
    }


def test_named_works_listed_before_a_bare_deng_and_their_status(extract) -> None:
    text = (
        "2024-08-05\n\n上半年文成经济开发区开工建设项目40项。甲公司年产3000吨饲料生产线、乙公司冷链物流中心建设项目、"
        "丙公司屠宰及深加工项目等正在加紧建设。"
    )
    statuses = {p.name: p.status for p in extract(text).projects}
    assert statuses == {
        "甲公司年产3000吨饲料生产线": "在建",
        "乙公司冷链物流中心建设项目": "在建",
        "丙公司屠宰及深加工项目": "在建",
    }


def test_the_occasion_of_a_rank_and_another_year_s_top_list_name_no_ranking(extract) -> None:
    ex = extract(
        "近日,国家级经开区本年度考评结果揭晓。平阳经开区此次考评位列全国第31位;"
        "苍南经开区2020年首次跻身全国前50强,今年位列全国第70位。"
    )
    assert {(r.zone, r.ranking, r.rank) for r in ex.rankings} == {("平阳经开区", "全国排名", 31), ("苍南经开区", "全国排名", 70)}
    # a top list named earlier in the sentence of the same year is the rank's list
    (ranking,) = extract("2023年,文成经开区入围全国化工园区30强,位列第12位。").rankings
    assert "30强" in ranking.ranking


def test_a_firm_investing_to_build_a_park_is_a_project(extract) -> None:
    ex = extract("2024年,瑞安经开区引进丁公司投资近18亿元打造高端轴承产业园,年内开工。")
    assert [(p.name, p.investment) for p in ex.projects] == [("高端轴承产业园", Decimal(18))]
    assert not ex.metrics


def test_no_honour_in_a_renamed_way_of_working_a_count_of_firms_or_a_goal(extract) -> None:
    ex = extract(
        "2023年,苍南经开区从“单纯招商”升级为“精准选商”,区内已有5家企业先后获评“绿色工厂”称号,"
        "园区将建设成为全国先进制造示范基地。苍南经开区获评国家级绿色工业园区。"
    )
    assert [h.title for h in ex.honours] == ["国家级绿色工业园区"]
