"""Document subject from evidence: title first, the document's place, aggregates, navigation junk."""

from decimal import Decimal

from unseen_documents import read_unseen

from loaders.context.subject import decide_subject
from loaders.extract.zones import candidate_names, find_zones
from loaders.normalise import normalise
from loaders.reference import Reference


def _subject(reference: Reference, title: str, *paragraphs: str):  # type: ignore[no-untyped-def]
    return decide_subject([normalise(p).text for p in paragraphs], reference, normalise(title).text)


def test_the_zone_named_in_the_title_is_the_subject(reference: Reference) -> None:
    subject = _subject(reference, "洛阳高新区前三季度经济运行稳中有进", "高新区规上工业增加值增长7%。", "郑州经开区同期增长5%。")
    assert subject.main_zone == "洛阳高新区"


def test_navigation_junk_glued_to_a_name_is_not_part_of_it(reference: Reference) -> None:
    names = [n for _, _, n in candidate_names("首页资讯服务平台安徽蚌埠高新区10个项目开工", reference)]
    assert names == ["安徽蚌埠高新区"]
    names = [n for _, _, n in candidate_names("湖南切换新闻株洲高新区", reference)]
    assert names == ["株洲高新区"]
    # a newspaper credited right before a headline is no place of a zone
    assert not candidate_names("现代快报经开区一季度实现开门红", reference)
    # nor is the word of a definition without quotes (…园区(简称高新区))
    assert not candidate_names("全市高新技术产业园区(简称高新区)营业收入增长9%", reference)
    # a class of zones a province names is a title the zone holds, no zone
    names = [n for _, _, n in candidate_names("苍南经开区是浙江省生态工业园区、浙江省优秀工业园区。", reference)]
    assert names == ["苍南经开区"]
    names = [n for _, _, n in candidate_names("力争把苍南经开区打造成浙江省一流开发区。", reference)]
    assert names == ["苍南经开区"]
    names = [n for _, _, n in candidate_names("苍南经开区主要指标已跻身浙江省同类开发区前二十强。", reference)]
    assert names == ["苍南经开区"]
    # nor is a photo's credit that runs into the caption's next sentence
    text = normalise("园区夜景。王小明 摄 高新区电子信息产业去年产值增长9%。").text
    assert not candidate_names(text, reference)


def test_a_generic_only_document_is_about_its_citys_zone(reference: Reference) -> None:
    subject = _subject(reference, "经开区2023年工作总结", "今年以来,经开区实现产值500亿元。", "助力九江市实现突破。")
    assert (subject.main_zone, subject.main_rule) == ("九江经济技术开发区", "zone_generic_in_document_place«经开区+九江市»")


def test_a_contact_address_is_not_the_documents_place(reference: Reference) -> None:
    subject = _subject(reference, "联系人:王工 地址:广东省佛山市某某路1号", "高新区召开经济形势分析会。")
    assert subject.main_zone is None


def test_no_place_no_zone(reference: Reference) -> None:
    subject = _subject(reference, "前三季度经开区主要指标运行平稳", "经开区规上工业增加值同比增长9%。")
    assert subject.main_zone is None


def test_aggregates_are_named_after_the_documents_place(reference: Reference) -> None:
    subject = _subject(reference, "一季度湖北开发区运行平稳", "宜昌市统计局:全市省级以上开发区规上工业增加值增长8%。")
    hits = find_zones(normalise("全市省级以上开发区规上工业增加值增长8%。").text, subject)
    assert [h.zone for h in hits if h.zone_type == "aggregate"] == ["宜昌市省级以上开发区"]


def test_an_aggregate_keeps_the_scope_the_document_defined_for_it(reference: Reference) -> None:
    subject = _subject(
        reference,
        "前三季度开发区主要指标",
        "前三季度,河北省41家省级以上开发区运行平稳。",
        "全省开发区完成营业收入900亿元,增长6.1%。",
    )
    hits = find_zones(normalise("全省开发区完成营业收入900亿元").text, subject)
    assert [h.zone for h in hits] == ["河北省省级以上开发区"]
    # two scopes for one place: which one an unscoped mention means is not known
    one = "宜昌市统计局:全市9家省级以上开发区增长5%。"
    assert _subject(reference, "开发区运行", one).aggregate_scopes == {"宜昌市开发区": "宜昌市省级以上开发区"}
    two = one + "全市市级以上开发区增长3%。"
    assert _subject(reference, "开发区运行", two).aggregate_scopes == {}


def test_a_short_name_the_document_gives_an_aggregate_means_it(reference: Reference) -> None:
    subject = _subject(
        reference,
        "宜昌市开发区考核结果通报",
        "市商务局对全市9家省级以上开发区(以下简称“全市园区”)上一年度的招商引资和项目建设情况开展了考核。",
        "全市园区完成营业收入900亿元,增长6.1%。",
    )
    hits = find_zones(normalise("全市园区完成营业收入900亿元").text, subject)
    assert [h.zone for h in hits] == ["宜昌市省级以上开发区"]


def test_an_autonomous_prefectures_zones_are_named_after_its_short_name(reference: Reference) -> None:
    subject = _subject(
        reference,
        "延边州开发区(园区)一季度运行情况",
        "一季度,全州8个省级以上开发区(园区)(以下简称“全州园区”)运行平稳。",
        "全州园区完成营业收入300亿元,增长6.1%。",
    )
    hits = find_zones(normalise("全州园区完成营业收入300亿元").text, subject)
    assert [h.zone for h in hits] == ["延边州省级以上开发区"]


def test_a_provinces_zones_in_a_report_about_them(reference: Reference) -> None:
    subject = _subject(reference, "前三季度江西产业集聚区发展势头良好", "前三季度,我省产业集聚区营业收入增长12%。")
    assert subject.main_zone == "江西省产业集聚区"
    hits = find_zones(normalise("我省产业集聚区营业收入增长12%。").text, subject)
    assert hits[0].zone == "江西省产业集聚区"


def test_a_ranking_field_is_not_an_aggregate_subject(reference: Reference) -> None:
    subject = _subject(reference, "某某县经济开发区", "某某县经济开发区在全市开发区综合考评中位列第2位。")
    hits = find_zones(normalise("在全市开发区综合考评中位列第2位").text, subject)
    assert all(h.zone_type != "aggregate" for h in hits)


def test_a_district_report_mentioning_its_zone_in_passing_is_not_about_it(reference: Reference) -> None:
    subject = _subject(
        reference,
        "洛阳市涧西区一季度经济运行情况",
        "一季度,全区地区生产总值增长6%。",
        "全区固定资产投资增长9%。",
        "社会消费品零售总额增长5%。",
        "开发区新签约项目3个。",
    )
    assert subject.main_zone is None


def test_a_zone_named_without_a_place_after_a_boundary(reference: Reference) -> None:
    names = [n for _, _, n in candidate_names("评价结果显示,其中东湖高新区位列第3位;目前高新区运行平稳。", reference)]
    assert names == ["东湖高新区"]


def test_a_national_innovation_demonstration_zone_is_a_zone(reference: Reference) -> None:
    text = "2019年,张江国家自主创新示范区营业收入增长8%;长株潭自创区新增企业500家。"
    names = [n for _, _, n in candidate_names(text, reference)]
    assert names == ["张江国家自主创新示范区", "长株潭自创区"]


def test_airport_economy_zones_and_special_cooperation_zones_are_zones(reference: Reference) -> None:
    text = "2020年,合肥临空经济示范区投资增长9%,长春临空经济区新增企业20家,汕潮特别合作区签约项目5个。"
    names = [n for _, _, n in candidate_names(text, reference)]
    assert names == ["合肥临空经济示范区", "长春临空经济区", "汕潮特别合作区"]


def test_a_verb_before_a_type_word_is_no_name(reference: Reference) -> None:
    names = [n for _, _, n in candidate_names("项目陆续投产,切实带动高新区产值增长。", reference)]
    assert names == []


def test_a_proper_name_pairs_with_the_fuller_name_that_ends_with_it(reference: Reference) -> None:
    subject = _subject(reference, "上海张江高新技术产业开发区综合实力稳居前列", "2021年,张江高新区营业收入1500亿元。")
    hits = find_zones(normalise("张江高新区营业收入1500亿元").text, subject)
    assert hits[0].zone == "上海张江高新技术产业开发区"


def test_a_report_on_many_zones_has_no_one_subject(reference: Reference) -> None:
    subject = _subject(
        reference,
        "全省各地考评结果公布",
        "许昌经开区位列第58位。",
        "新乡经开区位列第41位。",
        "焦作经开区位列第90位。",
        "全省9家经开区有6家排名提升。",
    )
    assert (subject.main_zone, subject.main_rule) == (None, "zone_no_dominant_subject")


def test_a_title_naming_a_provinces_zones_makes_them_the_subject(reference: Reference) -> None:
    subject = _subject(
        reference,
        "全省国家级经开区考评结果公布",
        "许昌经开区位列第58位。",
        "新乡经开区位列第41位。",
        "全省9家经开区有6家排名提升。",
    )
    assert subject.main_zone == "河南省国家级经开区"


def test_an_aggregate_written_with_its_citys_name(reference: Reference) -> None:
    subject = _subject(reference, "开发区", "2022年,湖州市省级以上开发区实现营业收入5000亿元。")
    hits = find_zones(normalise("湖州市省级以上开发区实现营业收入5000亿元").text, subject)
    assert [(h.zone, h.zone_type) for h in hits] == [("湖州市省级以上开发区", "aggregate")]


def test_the_group_an_assessment_is_made_of_defines_the_scope(reference: Reference) -> None:
    opening = "市商务局会同有关部门对本市11家省级以上开发区的发展开展综合考评。"
    subject = _subject(reference, "关于全市开发区考评结果的通报", "宜昌市商务局", opening, "全市开发区实现营业收入900亿元。")
    assert subject.aggregate_scopes.get("宜昌市开发区") == "宜昌市省级以上开发区"
    # the field of a comparison defines nothing
    compared = "全市开发区营业收入增长8%,高于全市省级以上开发区平均水平。"
    assert "宜昌市开发区" not in _subject(reference, "通报", "宜昌市商务局", compared).aggregate_scopes


def test_the_zones_an_assessment_is_made_of_are_the_places_zones(reference: Reference) -> None:
    title = "合肥经开区获评第一!2022年合肥市开发区考评结果公布"
    text = "2021年,全部参评开发区营业收入增长9%。"
    subject = _subject(reference, title, "来源:合肥经开区", text)
    assert [h.zone for h in find_zones(normalise(text).text, subject)] == ["合肥市开发区"]
    # the field a zone is ranked in is no subject
    field = "合肥经开区在参评的各地两百余家经开区里列第9位。"
    assert "合肥市开发区" not in [h.zone for h in find_zones(normalise(field).text, subject)]


def test_an_autonomous_regions_scope_and_the_place_that_has_the_zones(reference: Reference) -> None:
    opening = "截至年底,包头市现有自治区级以上开发区5个。"
    subject = _subject(reference, "开发区建设", opening, "全市开发区工业总产值达800亿元。")
    assert [h.zone for h in find_zones(normalise(opening).text, subject) if h.zone_type == "aggregate"] == [
        "包头市自治区级以上开发区"
    ]
    hits = find_zones(normalise("全市开发区工业总产值达800亿元").text, subject)
    assert [h.zone for h in hits] == ["包头市自治区级以上开发区"]


def test_a_local_papers_masthead_names_its_place(reference: Reference) -> None:
    subject = _subject(reference, "高新园区2022年特色亮点工作", "今日德清 两会特刊", "园区新增企业20家。")
    assert subject.main_zone == "德清高新技术产业园区"


def test_a_place_less_dictionary_name_belongs_to_its_own_place(reference: Reference) -> None:
    subject = _subject(reference, "嘉兴滨海新区2020年工作综述", "2020年,嘉兴滨海新区实现产值100亿元。")
    assert subject.main_zone == "嘉兴滨海新区"


def test_a_bay_between_two_places_in_a_zone_name(reference: Reference) -> None:
    assert [n for _, _, n in candidate_names("杭州湾上虞经济技术开发区实现产值", reference)] == ["杭州湾上虞经济技术开发区"]
    assert [n for _, _, n in candidate_names("2020年,杭州湾海盐经开区实现产值", reference)] == ["杭州湾海盐经开区"]


def test_zones_in_general_do_not_make_a_zone_of_the_venue(reference: Reference) -> None:
    subject = _subject(
        reference, "某某物流园重点项目集中开工", "近日在永川区举行集中开工活动。", "相关区县、开发区全力做好服务。"
    )
    assert subject.main_zone is None


def test_a_city_s_count_is_part_of_its_aggregates_name(reference: Reference) -> None:
    # (许昌市产业集聚区 is how the city's own single zone of that kind would be written)
    subject = _subject(reference, "许昌市产业集聚区考核结果", "许昌市统计局发布。", "我市9个产业集聚区全部晋级。")
    hits = find_zones(normalise("我市9个产业集聚区全部晋级").text, subject)
    assert [h.zone for h in hits if h.zone_type == "aggregate"] == ["许昌市9个产业集聚区"]


def test_the_countrys_national_zones_counted_or_in_a_title_are_an_aggregate(reference: Reference) -> None:
    title = "2022年国家级高新技术产业开发区发展简况"
    body = "2022年,全国178家国家级高新区营业收入增长8%。中部地区44家国家级高新区增长9%。"
    subject = _subject(reference, title, body)
    hits = find_zones(normalise(body).text, subject)
    assert [h.zone for h in hits] == ["全国国家级高新技术产业开发区", "中部地区国家级高新技术产业开发区"]
    # the zones under evaluation are the object of a sentence; a province's own are the province's
    text = "评估组对全国200多家国家级经开区逐一评估,福建省2家国家级经开区跻身前十五。"
    subject = _subject(reference, "考核评价结果公布", text)
    hits = find_zones(normalise(text).text, subject)
    assert [h.zone for h in hits if h.zone_type == "aggregate" and h.zone] == ["福建省国家级经济技术开发区"]


def test_a_visit_verb_is_not_part_of_a_zone_name_and_customs_zones_are_zones(reference: Reference) -> None:
    names = [n for _, _, n in candidate_names("市里邀请雁栖高新区企业代表座谈。", reference)]
    assert names == ["雁栖高新区"]
    names = [n for _, _, n in candidate_names("2016年,张家港保税区、昆山出口加工区获批。", reference)]
    assert names == ["张家港保税区", "昆山出口加工区"]


def test_a_place_and_kaifaqu_is_not_read_as_its_high_tech_zone(reference: Reference) -> None:
    subject = _subject(reference, "开发区巡礼", "漳州高新技术产业开发区产值增长9%。", "漳州开发区产值增长8%。")
    assert subject.full_names.get("漳州开发区", "漳州开发区") != "漳州高新技术产业开发区"


def test_a_type_word_defined_as_a_short_name_is_not_a_zones_name(reference: Reference) -> None:
    subject = _subject(
        reference, "园区概况", "袍江经济技术开发区(以下简称“经济开发区”)成立于1994年。", "柯桥经济开发区产值增长8%。"
    )
    assert "经济开发区" not in subject.defined_names


def test_a_park_of_a_kind_no_type_word_covers_is_the_subject_its_title_names(reference: Reference) -> None:
    subject = _subject(reference, "车城开区一季度开局良好", "一季度,车城开区规上工业产值增长9%。", "园区新开工项目6个。")
    assert (subject.main_zone, subject.main_rule) == ("车城开区", "zone_park_named_in_title«车城开区»")
    subject = _subject(reference, "市领导调研海湾数字产业园", "海湾数字产业园今年将推进12个项目。")
    assert subject.main_zone == "海湾数字产业园"
    # a period before the name in the title is no part of it
    subject = _subject(reference, "2024年上半年海湾数字产业园主要经济指标", "海湾数字产业园营业收入增长9%。")
    assert subject.main_zone == "海湾数字产业园"
    # a 新区 whose name is no place (two cities' first characters joined)
    subject = _subject(reference, "云帆新区第二批项目集中开工", "10月,云帆新区举行集中开工仪式,开工项目20个。")
    assert (subject.main_zone, subject.main_rule) == ("云帆新区", "zone_park_named_in_title«云帆新区»")


def test_a_park_named_in_the_title_only_or_a_generic_park_word_is_no_subject(reference: Reference) -> None:
    assert _subject(reference, "海湾数字产业园开园", "全市数字经济增长12%。").main_zone is None
    assert _subject(reference, "上半年工业园运行平稳", "工业园产值增长8%。").main_zone is None


def test_counted_zones_of_an_autonomous_region_are_its_aggregate(reference: Reference) -> None:
    subject = _subject(
        reference,
        "广西新增两家自治区级高新区",
        "日前,柳州市河西产业园区、玉林市城东产业园区获批成为自治区级高新区。",
        "推动创新要素集聚,提升高新区发展能级。去年,全区12家高新区实现营业收入900亿元。",
    )
    text = normalise("推动创新要素集聚,提升高新区发展能级。去年,全区12家高新区实现营业收入900亿元。").text
    hits = find_zones(text, subject)
    assert [(h.surface, h.zone) for h in hits if not h.generic] == [("全区12家高新区", "广西壮族自治区高新区")]
    text = normalise("到今年6月底全区高新区总数已有15家。").text
    assert [h.zone for h in find_zones(text, subject) if not h.generic] == ["广西壮族自治区高新区"]


def test_a_national_zone_type_is_named_after_its_city_without_shi(reference: Reference) -> None:
    subject = _subject(reference, "克拉玛依市高新区经济运行良好", "克拉玛依高新区上半年营业收入增长9%。")
    assert subject.main_zone == "克拉玛依高新区"
    subject = _subject(
        reference, "上饶市工业园区1-7月运行情况", "全市工业园区主营业务收入增长8%。", "上饶市工业园区实现利润20亿元。"
    )
    assert subject.main_zone == "上饶市工业园区"


def test_places_listed_before_a_type_word_share_it(reference: Reference) -> None:
    text = "南京、苏州和无锡高新区营业收入均增长10%以上,镇江、淮安两家经济技术开发区进步明显,苏北均有经开区入围。"
    subject = _subject(reference, "江苏高新区发展情况", text)
    hits = find_zones(normalise(text).text, subject)
    assert [(h.surface, h.zone) for h in hits if not h.generic] == [
        ("南京", "南京高新区"),
        ("苏州", "苏州高新区"),
        ("无锡高新区", "无锡高新区"),
        # (places right before a count of zones of one kind are each such a zone)
        ("镇江", "镇江经济技术开发区"),
        ("淮安两家经济技术开发区", "淮安经济技术开发区"),
    ]


def test_the_province_s_zones_a_zone_aims_to_join_are_a_field(reference: Reference) -> None:
    text = "2025年,宜兴市高新区将奋力挺进全省高新区前十名,全年新增企业50家。"
    subject = _subject(reference, "高新区2025年工作计划", text)
    assert subject.main_zone == "宜兴高新区"
    hits = find_zones(normalise(text).text, subject)
    assert not [h for h in hits if h.zone_type == "aggregate" and h.zone]


def test_the_city_s_parks_a_zone_means_to_lead_are_a_field(reference: Reference) -> None:
    text = "2025年,经开区将紧紧围绕涟水县委部署,争当淮安全市园区排头兵,经开区全年新增企业50家。"
    subject = _subject(reference, "经开区2025年工作计划", text)
    assert subject.main_zone != "淮安市园区"


def test_zones_listed_as_members_of_an_announced_list_are_not_the_subject(reference: Reference) -> None:
    subject = _subject(
        reference,
        "",
        "11月2日,省科技厅公布评估结果,全省有3个园区获评优秀,分别是:\n甲市高新技术产业开发区\n乙县经济开发区\n丙市产业园区",
        "据了解,全省共有高新区25家。",
    )
    assert subject.main_zone is None


def test_a_province_s_paper_speaks_of_the_province_not_of_a_district_named_like_it(reference: Reference) -> None:
    subject = _subject(
        reference, "", "2023-05-06 河北日报", "记者获悉,1-4月,我省高新区营业收入增长9.1%,全省高新区工业总产值增长8%。"
    )
    assert subject.places["province"].name == "河北省" and "county" not in subject.places


def test_paragraphs_of_one_name_each_under_an_announcement_are_members_not_the_subject(reference: Reference) -> None:
    subject = _subject(
        reference,
        "",
        "11月2日,省科技厅公布评估结果,全省有2个园区获评优秀,分别是:",
        "芜湖高新技术产业开发区",
        "滁州经济技术开发区",
        "据了解,全省共有高新区25家。",
    )
    assert subject.main_zone is None


def test_a_municipality_s_paper_on_its_bonded_zone_named_only_by_the_generic_word(reference: Reference) -> None:
    subject = _subject(
        reference,
        "保税区前三季度运行良好",
        "2010-10-22 来源:重庆日报",
        "前三季度,保税区完成进出口总额30亿美元,增长18%。保税区新批外资企业40家。",
    )
    assert subject.main_zone == "重庆保税区"


def test_two_plates_joined_by_he_are_one_zone_name(reference: Reference) -> None:
    names = [n for _, _, n in candidate_names("2021年,大庆经济技术和高新技术产业开发区签约项目30个。", reference)]
    assert names == ["大庆经济技术和高新技术产业开发区"]
    # two type words each ending in 开发区 are two zones, and none without a place
    assert candidate_names("全省经济技术开发区和高新技术产业开发区共20家。", reference) == []


def test_the_zone_hosting_an_event_is_the_venue_and_an_untitled_report_s_opening_park_its_subject(
    reference: Reference,
) -> None:
    opening = "3月8日,西江智造产业园一季度重点项目集中开工仪式在梧州高新区龙湖产业园隆重举行。"
    later = "据悉,西江智造产业园规划面积12平方公里,今年计划完成投资60亿元。"
    subject = _subject(reference, "", opening, "本次集中开工项目25个,总投资80亿元。", later)
    assert (subject.main_zone, subject.main_rule) == ("西江智造产业园", "zone_park_named_in_opening_sentence«西江智造产业园»")
    # named once only, the park is not taken for the subject, and the venue is still no candidate
    assert _subject(reference, "", opening, "本次集中开工项目25个。").main_zone is None
    # a heading that names no park (a byline taken for one) leaves the first sentence to name it
    assert _subject(reference, "(记者 王某 通讯员 李某)", opening, later).main_zone == "西江智造产业园"


def test_a_bonded_zone_named_after_the_port_it_serves(reference: Reference) -> None:
    names = [n for _, _, n in candidate_names("同时,洛阳航空物流港综合保税区位列第9名。", reference)]
    assert names == ["洛阳航空物流港综合保税区"]


def test_a_zone_s_earlier_name_stands_for_the_zone(reference: Reference) -> None:
    text = normalise("园区位于三江口。其前身为2001年设立的宜宾经济开发区,2015年升格为国家级高新区。").text
    zones = decide_subject([text], reference, normalise("宜宾高新区").text)
    former = [(h.zone, h.rule) for h in find_zones(text, zones) if h.surface == "宜宾经济开发区"]
    assert former == [(zones.main_zone, "zone_former_name")]
    # the zone whose earlier name it is may be named right before it
    text = normalise("泸州高新区的前身为泸州经济开发区,成立于1992年。").text
    zones = decide_subject([text], reference, normalise("泸州开发区简介").text)
    owner, former_hit = [h for h in find_zones(text, zones) if not h.generic]
    assert (former_hit.zone, former_hit.rule) == (owner.zone, "zone_former_name")


def test_a_dash_joining_two_places_stays_inside_a_zone_s_name(reference: Reference) -> None:
    names = [n for _, _, n in candidate_names("2021年,广西—东盟经开区综合排名上升", reference)]
    assert names == ["广西—东盟经开区"]


def test_a_taiwan_investment_zone_named_only_by_its_kind(reference: Reference) -> None:
    subject = _subject(
        reference,
        "台商投资区召开年度工作会议",
        "莆田日报讯 台商投资区召开全区工作会议。",
        "过去一年,台商投资区实现地区生产总值80亿元。",
    )
    assert subject.main_zone == "莆田台商投资区"


def test_a_headlines_park_is_the_one_its_text_writes_with_its_place_in_full(reference: Reference) -> None:
    subject = _subject(
        reference, "湖南产业园2020年考评结果公布", "2020年度湖南省产业园考评结果日前公布。", "园区实现产值500亿元。"
    )
    assert subject.main_zone == "湖南省产业园"


def test_a_counted_group_defined_for_the_document_is_its_subject(reference: Reference) -> None:
    subject = _subject(
        reference,
        "前三季度园区营收过万亿",
        "云南省20个重点产业园区(简称“重点园区”)营收增长6%。昆明高新区增长较快。",
        "重点园区完成投资800亿元,重点园区税收增长3%。",
    )
    assert subject.main_zone == "云南省20个重点产业园区"
    assert subject.defined_names["重点园区"] == "云南省20个重点产业园区"


def test_a_count_of_national_zones_without_the_country_is_not_the_countrys(reference: Reference) -> None:
    subject = _subject(
        reference,
        "一季度经开区运行良好",
        "今年1-3月,全省12家国家级经开区实现规上工业总产值2000亿元。",
        "长沙片区贡献突出,7家国家级经开区营业收入占全省的60%。",
    )
    assert subject.main_zone != "全国国家级经济技术开发区"
    assert subject.places["province"].name == "湖南省"


def test_a_field_of_a_place_is_no_zone_name(reference: Reference) -> None:
    assert not candidate_names("企业总数超过3万家,位居全国高新区第四位", reference)
    assert not candidate_names("营业收入稳居全省开发区前列", reference)


def test_a_provinces_economic_development_zones_by_its_short_name(reference: Reference) -> None:
    subject = _subject(
        reference,
        "江苏2021年度经济开发区指标稳中有进",
        "2021年度江苏经济开发区完成进出口额4000亿美元。",
        "江苏经济开发区利用外资占全省六成。",
    )
    assert subject.main_zone == "江苏经济开发区"


def test_the_places_zones_of_a_kind_defined_under_a_short_name(reference: Reference) -> None:
    subject = _subject(
        reference,
        "江西首次发布这项考评结果",
        "近日,江西省商务厅发布全省拟申报国家级高新区的省级园区(以下简称“拟申报园区”)考评结果。",
        "2022年,拟申报园区实现营业收入3000亿元。拟申报园区进出口增长20%。",
    )
    assert subject.main_zone == "江西省拟申报园区"
    assert subject.defined_names["拟申报园区"] == "江西省拟申报园区"


def test_a_places_counted_group_then_its_kind_alone(reference: Reference) -> None:
    subject = _subject(
        reference,
        "园区建设一周年",
        "广西15个重点物流园区于去年同步揭牌。一年来,重点物流园区加快建设。",
        "重点物流园区实现营业收入800亿元,重点物流园区新增企业900家。",
    )
    assert subject.main_zone == "广西15个重点物流园区"
    # a level of zones counted is no such group (the field of a ranking more often)
    subject = _subject(reference, "考核结果", "在全省12家国家级经济开发区里位列第三。", "国家级经济开发区综合得分靠前。")
    assert "国家级经济开发区" not in subject.defined_names


def test_a_bare_type_word_a_zone_was_given_as_short_name_means_that_zone(extract) -> None:
    # a city's report with several zones and a district: no zone in context, and the district's
    # name is no zone's; the bare word means what the report defined it as
    text = (
        "政府工作报告\n——2024年1月10日在宜昌市人民代表大会上\n\n"
        "全市规上工业增加值增长8%。宜昌高新技术产业开发区(简称“高新区”)营业收入增长12%。"
        "湖北枝江经济开发区认定为化工园区,湖北当阳经济开发区新增企业20家。猇亭区新增企业10家。\n\n"
        "高新区累计落地亿元以上项目86个。"
    )
    (projects,) = [m for m in extract(text, report_year=None, published_on=None).metrics if m.value == 86]
    assert projects.zone == "宜昌高新技术产业开发区"


def test_a_bare_word_after_a_time_is_a_mention_and_means_the_zone_its_sentence_named(extract) -> None:
    # "2014年开发区": a year before the bare word, not a name it ends; it cannot stand for the
    # demonstration zone the page opened with, so the figure has no zone rather than that one
    text = (
        "张江国家自主创新示范区2015年实现营业收入800亿元,同比增长15%。\n\n"
        "文创产业收入居全市首位\n\n据统计,2014年开发区规模以上文创企业共有103家。"
    )
    facts = {m.value: m.zone for m in extract(text, report_year=None, published_on=None).metrics}
    assert facts[103] is None
    # the bare word after a zone its sentence named is that zone, not the page's subject
    text = "长沙高新区发展综述\n\n长沙高新区2016年营业收入增长12%。\n\n宁波经济技术开发区设立于1984年,2016年园区工业总产值超过380亿元。"
    facts = {m.value: m.zone for m in extract(text, report_year=None, published_on=None).metrics}
    assert facts[380] == "宁波经济技术开发区"


def test_a_renamed_zone_is_one_zone_under_its_new_name(reference: Reference) -> None:
    subject = _subject(
        reference,
        "某省又添一家国家级园区",
        "上月,桃源经济开发区经批准晋级,正式更名为桃源经济技术开发区。",
        "桃源经济技术开发区去年实现产值80亿元,桃源经济开发区成立于2003年。",
    )
    assert subject.main_zone == "桃源经济技术开发区"
    assert subject.full_names.get("桃源经济开发区") == "桃源经济技术开发区"


def test_a_clause_between_a_place_and_a_type_word_is_no_name(reference: Reference) -> None:
    names = [n for _, _, n in candidate_names("新华社讯 湖北首次进行开发区评价,武汉共有12个开发区", reference)]
    assert not any("进行" in n or "共有" in n for n in names)
    assert [n for _, _, n in candidate_names("将乐经济开发区", reference)] == ["将乐经济开发区"]
    assert not candidate_names("今年以来,泰顺县不断加快工业园区道路配套", reference), "a clause, not a name"


def test_a_province_that_is_also_a_city_names_the_citys_zone(reference: Reference) -> None:
    names = [n for _, _, n in candidate_names("去年吉林经济开发区工业产值增长9%", reference)]
    assert names == ["吉林经济开发区"]
    assert not candidate_names("江苏经开区一季度实现营业收入增长", reference), "a province's zones, not a zone"


def test_a_local_paper_s_site_names_its_place_and_a_bare_east_district_does_not(reference: Reference) -> None:
    from loaders.context.subject import document_places

    texts = [
        normalise("当前位置:瑞安报业网 > 要闻 > 正文").text,
        normalise("经济开发区举行年度表彰会,提出“建强东区平台”,园区实力位居全省第9位。").text,
    ]
    places = document_places(texts, "经济开发区谋篇布局", reference)
    assert places["county"].name == "瑞安市"
    assert places["city"].name == "温州市"


def test_a_town_park_heading_a_section_on_a_line_of_its_own_is_a_zone(reference: Reference) -> None:
    assert [n for _, _, n in candidate_names("石垟产业园区", reference)] == ["石垟产业园区"]
    assert not candidate_names("石垟产业园区工业总产值13亿元", reference), "a town's park named in passing"


def test_a_park_one_city_runs_in_another_places_the_page_in_the_host(reference: Reference) -> None:
    from loaders.context.subject import document_places

    texts = [
        normalise("近日,我市3个产业园区获评优秀等次,广州(清远)产业转移工业园、佛山(清远)产业园在列。").text,
        normalise("广州市共安排帮扶资金2亿元。").text,
    ]
    places = document_places(texts, "我市3个产业园区获评优秀", reference)
    assert places["city"].name == "清远市"


def test_a_park_named_with_its_trade_after_its_county(reference: Reference) -> None:
    names = [n for _, _, n in candidate_names("温州市文成石垟精细化工工业集中区、泰顺罗阳工业集中区获表彰。", reference)]
    assert names == ["温州市文成石垟精细化工工业集中区", "泰顺罗阳工业集中区"]


def test_the_layout_a_zone_is_built_in_is_no_group_of_zones(reference: Reference) -> None:
    text = "泰顺工业园区构建“一区两园”格局,去年园区入驻企业52户。"
    subject = _subject(reference, "泰顺工业园区发展纪实", text)
    hits = find_zones(normalise(text).text, subject)
    assert not any("一区两园" in (h.zone or "") for h in hits)


def test_a_title_in_quotes_that_a_zone_holds_is_no_zone(reference: Reference) -> None:
    text = "面积12平方公里的文成产业集聚区,是“浙江省三星级产业集聚区”“十佳产业集聚区”,目前已建立四大服务平台。"
    assert [n for _, _, n in candidate_names(text, reference)] == ["文成产业集聚区"]


def test_a_park_a_zone_was_designated_further_back_in_the_clause_is_no_zone(reference: Reference) -> None:
    text = "平阳经济开发区2001年又被确定为首批面向东盟开放的中国东盟合作科技工业园区,当年财政收入9.8亿元。"
    assert [n for _, _, n in candidate_names(text, reference)] == ["平阳经济开发区"]


def test_a_city_the_title_names_by_its_short_name_outweighs_one_named_in_passing(reference: Reference) -> None:
    subject = _subject(
        reference,
        "温州三家国家级经开区考评全面进位",
        "我市三家国家级经开区平均位次前移12.5位。",
        "同期,石嘴山经开区因考评靠后被通报。",
    )
    assert subject.places["city"].name == "温州市"


def test_an_investment_zone_is_a_zone_and_an_area_of_a_plan_is_none(reference: Reference) -> None:
    names = [n for _, _, n in candidate_names("瑞安东山投资区入选全省标准化园区名单", reference)]
    assert names == ["瑞安东山投资区"]
    assert not candidate_names("文成县划定三个重点开发区域和两个投资区域", reference)


def test_a_park_listed_beside_a_zone_or_with_its_own_administration_is_a_zone_throughout(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract(
        "全市开发区一季度项目建设提速\n\n瑞安经开区、瑞安滨江智造产业园一季度新开工项目分别为9个和6个。\n\n"
        "今年以来,滨江智造产业园新签约项目5个,总投资21亿元。\n\n在瑞安滨江智造产业园,总投资8亿元的甲材料项目建成投产。"
    )
    assert {(m.zone, m.value) for m in ex.metrics if m.indicator != "新开工项目"} == {
        ("瑞安滨江智造产业园", 5),
        ("瑞安滨江智造产业园", 21),
    }
    assert [(p.zone, p.name) for p in ex.projects] == [("瑞安滨江智造产业园", "甲材料项目")]
    ex = extract("发布单位:乐清智能电气产业园管理委员会\n\n上半年,乐清经开区产值增长9%。\n\n乐清智能电气产业园产值增长12%。")
    assert {(m.zone, m.value) for m in ex.metrics} == {("乐清经开区", 9), ("乐清智能电气产业园", 12)}
    # a park joined to a zone by 与 may be a partner, not one of the zones listed
    ex = extract("平阳经开区与平阳数字产业园合署办公。\n\n至目前,开发区拥有规上企业320家。")
    assert {m.zone for m in ex.metrics} == {"平阳经开区"}


def test_a_numeral_opens_a_proper_name_unless_a_count_or_class_follows(reference: Reference) -> None:
    ex = read_unseen(
        "总投资96亿元 两溪新区集中开工18个项目\n\n9月3日,两溪新区举行重大项目集中开工活动,开工项目18个、总投资96亿元。", reference
    )
    assert {m.zone for m in ex.metrics} == {"两溪新区"}
    names = [n for _, _, n in candidate_names("今年两个新区和三大园区共签约项目12个", reference)]
    assert names == []


def test_a_province_s_counted_group_is_named_without_its_count(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("浙江省12个特色园区(简称特色园区)上半年实现营收1200亿元,增长7.5%。")
    assert {m.zone for m in ex.metrics if m.indicator == "营收"} == {"浙江省特色园区"}
    ex = extract("浙江海港12个重点园区上半年实现营收800亿元。\n\n重点园区完成投资200亿元。重点园区新增企业30家。")
    assert {m.zone for m in ex.metrics if m.indicator == "投资"} == {"浙江海港重点园区"}
    ex = extract("温州市12个产业集聚区(以下简称集聚区)上半年实现营收800亿元。")
    assert {m.zone for m in ex.metrics if m.indicator == "营收"} == {"温州市12个产业集聚区"}


def test_a_report_on_the_province_s_zones_told_city_by_city_gives_each_city_s_zones_their_figures(reference: Reference) -> None:
    text = (
        "浙江省开发区第二次集中签约活动举行\n\n9月5日,全省开发区第二次集中签约活动在各市同步举行。\n\n"
        "温州市当天签约12个项目,计划投资30亿元。其中,制造业项目9个。\n\n"
        "台州市当天签约8个项目,计划投资18亿元。"
    )
    ex = read_unseen(text, reference)
    zones = {(m.zone, m.value) for m in ex.metrics}
    assert {("温州市开发区", 12), ("温州市开发区", 30), ("温州市开发区", 9), ("台州市开发区", 8), ("台州市开发区", 18)} <= zones
    # without the province's zones as the report's topic, a paragraph opening with a city is the city's
    ex = read_unseen(text.replace("全省开发区", "全省").replace("浙江省开发区", "浙江省"), reference)
    assert not any(m.zone and m.zone.endswith("市开发区") for m in ex.metrics)


def test_the_writers_own_place_before_a_zone_is_no_part_of_its_name(reference: Reference) -> None:
    ex = read_unseen("在本年度的省级评价里，我市云岭高新区排到全省第4位，较上一轮前移两位。", reference)
    assert [(r.zone, r.rank) for r in ex.rankings] == [("云岭高新区", 4)]


def test_a_town_park_named_with_its_place_keeps_its_name_without_it(reference: Reference) -> None:
    text = (
        "文成县园区年度评价结果的通报\n\n"
        "经评定，文成县峡川工业集中区得分81.25分，居全县第二。\n\n"
        "在单位用地税收一项上，峡川工业集中区排在第3位；峡川工业集中区去年工业产值41.7亿元。"
    )
    ex = read_unseen(text, reference)
    assert {r.zone for r in ex.rankings} == {"文成县峡川工业集中区"}
    assert [(m.zone, m.indicator) for m in ex.metrics if m.value == Decimal("41.7")] == [("文成县峡川工业集中区", "工业产值")]


def test_a_town_park_opening_a_paragraph_is_its_subject(reference: Reference) -> None:
    ex = read_unseen("分园区看。\n\n峡川工业集中区则靠盘活存量取胜，前十个月园区完成工业产值27.35亿元。", reference)
    assert [(m.zone, m.indicator) for m in ex.metrics] == [("峡川工业集中区", "工业产值")]


def test_what_holds_a_zone_back_is_no_part_of_its_name(reference: Reference) -> None:
    assert candidate_names("融资难一度是困扰高新区企业的老问题。", reference) == []
    assert candidate_names("良好的配套吸引经开区周边的人才回流。", reference) == []


def test_the_parks_a_report_scopes_once_are_its_bare_parks_after(reference: Reference) -> None:
    text = "温州日报 2022年10月3日\n\n本报讯 上半年,全市9家省级以上产业园区实现营业收入812.6亿元。全市园区新增规上企业57家。"
    ex = read_unseen(text, reference)
    assert {m.zone for m in ex.metrics} == {"温州市省级以上产业园区"}


def test_the_city_of_a_county_level_city_s_paper_is_that_city(reference: Reference) -> None:
    ex = read_unseen("乐清日报 2024年5月21日\n\n本报讯 一季度,全市园区完成工业投资36.85亿元。", reference)
    assert {m.zone for m in ex.metrics} == {"乐清市园区"}


def test_a_zone_named_right_after_a_quotation_is_who_said_it(reference: Reference) -> None:
    ex = read_unseen("全市园区发展综述\n\n“去年我们新落地项目19个。”鹤溪经开区招商局负责人说。", reference)
    assert [(m.zone, m.value) for m in ex.metrics] == [("鹤溪经开区", 19)]


def test_a_count_of_parks_a_place_has_many_of_is_no_part_of_their_name(reference: Reference) -> None:
    subject = _subject(reference, "丽水市园区考核结果", "丽水市发改委发布。", "我市6个产业园区全部获评优秀。")
    hits = find_zones(normalise("我市6个产业园区全部获评优秀").text, subject)
    assert [h.zone for h in hits if h.zone_type == "aggregate"] == ["丽水市产业园区"]


def test_figures_quoted_before_a_zone_official_are_that_zone_s(reference: Reference) -> None:
    text = (
        "全市园区年度综述\n\n一、苍南经开区\n\n苍南经开区去年完成工业产值315.6亿元。\n\n"
        "“去年我们新落地项目19个。”鹤溪经开区招商局负责人说,今年还要再上台阶。"
    )
    ex = read_unseen(text, reference)
    assert [(m.zone, m.value) for m in ex.metrics if m.value == 19] == [("鹤溪经开区", 19)]


def test_a_bare_park_word_goes_on_about_the_zone_its_paragraph_opens_with(reference: Reference) -> None:
    text = "平阳县园区半年报\n\n全县园区上半年工业产值增长7.5%。\n\n鳌江工业集中区则在亩均效益上发力。上半年,园区完成工业产值61.35亿元。"
    ex = read_unseen(text, reference)
    assert [(m.zone, m.value) for m in ex.metrics if m.value == Decimal("61.35")] == [("鳌江工业集中区", Decimal("61.35"))]


def test_the_fullest_name_a_town_park_is_written_with_wins_its_bare_name(reference: Reference) -> None:
    text = (
        "文成县园区简报\n\n文成县峡川工业集中区上半年运行平稳。文成峡川工业集中区新增企业6家。\n\n"
        "峡川工业集中区则在技改上发力,完成技改投资3.35亿元。"
    )
    ex = read_unseen(text, reference)
    assert [m.zone for m in ex.metrics if m.value == Decimal("3.35")] == ["文成县峡川工业集中区"]


def test_parks_listed_before_their_count_are_named_by_the_list(reference: Reference) -> None:
    text = (
        "苍南县园区半年报 2024-07-20\n\n"
        "上半年,金山、银湖两个工业园区共开工项目50个。其中:金山工业园区开工项目31个,完成投资9.6亿元。"
        "甲公司电机生产线已建成投产,乙公司厂房等正在加紧建设;银湖工业园区开工项目19个,完成投资4.8亿元。"
    )
    ex = read_unseen(text, reference)
    zones = {m.value: m.zone for m in ex.metrics}
    assert zones[Decimal(19)] == zones[Decimal("4.8")] == "银湖工业园区"
    assert zones[Decimal(31)] == "金山工业园区"
    # the sentences after a member its paragraph turned to stay that member's until the next opens
    assert {p.name: p.zone for p in ex.projects}.get("甲公司电机生产线") == "金山工业园区"
    # a count that does not agree with the list names nothing
    assert not [
        n for n in ("甲乙工业园区", "丙丁工业园区") if n in _park_names("甲乙、丙丁三个工业园区实现产值9亿元。", reference)
    ]


def _park_names(text: str, reference: Reference) -> list[str]:
    from loaders.extract.zones import parks_listed_with_their_count

    return parks_listed_with_their_count(text, reference)


def test_an_area_named_jingjiqu_ranked_among_zones_is_a_zone(reference: Reference) -> None:
    text = (
        "近日,某省公布2024年度省级经济开发区考核结果,东湾经济区在参评的70家省级经济开发区中名列第5。\n\n"
        "2024年,东湾经济区GDP约为187.6亿元,外贸进出口增长12.4%。"
    )
    ex = read_unseen(text, reference)
    assert {m.zone for m in ex.metrics} == {"东湾经济区"}
    assert [(r.zone, r.rank) for r in ex.rankings] == [("东湾经济区", 5)]
    # a region named so, with no zone it is ranked among, is none
    from loaders.context.subject import _economic_areas_shown_as_zones

    assert not _economic_areas_shown_as_zones(["2024年,北部湾经济区生产总值增长6%,在全国各经济区中居前列。"])


def test_a_prefecture_s_provincial_zones_are_no_one_zone(reference: Reference) -> None:
    assert not [n for _, _, n in candidate_names("上半年温州省级开发区实现营业收入2100亿元", reference)]
    # a county's zone of that level is one zone
    assert [n for _, _, n in candidate_names("平阳省级经济开发区实现营业收入210亿元", reference)]


def test_a_province_s_counted_parks_in_the_title_are_the_subject(reference: Reference) -> None:
    text = (
        "贵州31个园区产值超百亿\n\n2016-04-11\n\n截至2015年底,全省共有各类园区142家,其中省级以上58家。"
        "甲高新区、乙经开区营业收入均超过800亿元。甲高新区和丙工业园获评国家级示范基地。"
    )
    subject = _subject(reference, "贵州31个园区产值超百亿", *text.split("\n\n")[2:])
    assert subject.main_zone == "贵州省园区"
