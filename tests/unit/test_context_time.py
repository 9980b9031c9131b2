"""Document time from evidence: date lines, title periods, openings, comparisons; null without evidence."""

from decimal import Decimal

import pytest
from unseen_documents import read_unseen

from loaders.context.time import assessed_year, decide_time
from loaders.reference import Reference
from models.records import DocumentMeta


def _time(text: str, **meta: object):  # type: ignore[no-untyped-def]
    return decide_time(text, DocumentMeta(file_name="x.txt", **meta))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("某某网\n发布时间:2023-02-20 09:12\n园区上半年实现产值20亿元。", "2023-02-20"),
        ("来源:某某日报  2021年7月3日\n开发区今年以来签约项目8个。", "2021-07-03"),
        ("某某新闻\n2019/11/05\n高新区前三季度工业增长9%。", "2019-11-05"),
        ("首页 > 新闻\n2021\n09/14\n10:05\n某某高新区上半年GDP增长4%。", "2021-09-14"),
        ("某某晚报 2018-04-12 08:30 来源:某某晚报\n开发区一季度开局良好。", "2018-04-12"),
        ("发布日期:２０２４年０３月０８日\n园区完成投资5亿元。", "2024-03-08"),
        ("二〇二二年十一月二十三日\n开发区工作通报", "2022-11-23"),
        ("开发区运行简报\n某某市商务局\u3000\u3000\u3000\u3000二〇二一年八月六日\n园区新增企业9家。", "2021-08-06"),
        ("2020年9月1日 星期二\n第3版\n园区新闻", "2020-09-01"),
    ],
)
def test_publication_date_lines_in_the_forms_pages_use(text: str, published: str) -> None:
    assert _time(text).published_on == published


def test_an_event_date_inside_a_sentence_is_not_the_publication_date() -> None:
    text = "园区概况\n" + "园区持续推进项目建设。\n" * 14 + "项目于2019年5月6日开工,总投资3亿元。"
    assert _time(text).published_on is None


def test_a_summary_with_next_years_plan_reports_on_the_summary_year() -> None:
    t = _time("某某开发区2021年工作总结和2022年工作思路\n今年以来,开发区实现产值90亿元。2022年,开发区将力争产值突破百亿。")
    assert (t.report_year, t.report_rule, t.plan_year, t.this_year) == (2021, "title_review_year", 2022, 2021)


def test_a_partial_year_title_and_its_period() -> None:
    t = _time("2024年1-7月某某经开区主要经济指标完成情况\n规上工业增加值增长6%。")
    assert (t.report_year, t.period) == (2024, "1-7月")


def test_a_newspaper_masthead_with_its_page_number() -> None:
    t = _time("扬州日报 2022年06月21日 第A05版:要闻\n\n经开区上半年项目建设提速\n今年以来,经开区新开工项目24个。")
    assert (t.published_on, t.this_year) == ("2022-06-21", 2022)


def test_one_sentence_of_history_does_not_date_a_dated_page() -> None:
    t = _time("泉州晚报 2021年12月29日 星期三\n开发区这一年\n2014年,开发区获批设立。今年,开发区工业产值增长9%。")
    assert (t.report_year, t.published_on) == (2021, "2021-12-29")


def test_a_date_line_followed_by_who_published_it() -> None:
    t = _time("某市通报2022年园区考核情况\n\n   2023-03-06 区发改局\n208\n各园区考核得分如下。")
    assert t.published_on == "2023-03-06"


def test_a_part_of_a_year_is_reported_while_that_year_runs() -> None:
    t = _time("全市园区运行良好\n据统计,2019年1—5月全市工业园区营业收入增长7%。今年6月,市里召开园区推进会。")
    assert (t.report_year, t.this_year) == (2019, 2019)


def test_a_comparison_dates_the_figure_after_its_base() -> None:
    t = _time("园区实现营业收入300亿元,比2020年增长12%。")
    assert (t.report_year, t.report_rule) == (2021, "comparison_base_plus_one")


def test_the_publication_year_dates_a_news_page_without_a_year_in_its_text() -> None:
    t = _time("时间:2019-11-05 10:22\n近日,某某经开区被评为省级示范开发区。")
    assert (t.report_year, t.this_year) == (2019, 2019)


def test_a_review_printed_early_next_year() -> None:
    t = _time("发布时间:2023-01-12\n2022年,某某高新区实现产值80亿元。去年,园区新增企业20家。")
    assert t.report_year == 2022


def test_a_later_copy_of_a_partial_year_report_keeps_that_year() -> None:
    t = _time("发布时间:2019-02-11 09:00\n高新区召开2018年前三季度经济运行分析会,前三季度产值增长6%。")
    assert (t.report_year, t.this_year) == (2018, 2018)


@pytest.mark.parametrize(
    "text",
    [
        "某某高新区成立于2012年,到2027年力争产值突破千亿元。",
        "2016年以来,园区累计引进项目200个。",
        "预计到2030年,园区将建成世界级产业集群。",
    ],
)
def test_no_report_year_from_founding_dates_targets_or_span_starts(text: str) -> None:
    t = _time(text)
    assert (t.report_year, t.this_year) == (None, None)


def test_a_plan_sentence_does_not_date_the_report() -> None:
    t = _time("记者从某某开发区了解到,2022年,该区产值增长8%。2023年,该区将新建学校3所。")
    assert t.report_year == 2022


def test_the_manifest_wins() -> None:
    t = _time(
        "发布时间:2023-02-20\n2022年,园区产值50亿元。",
        published_on="2023-03-01",
        published_on_source="manifest",
        report_year=2022,
        report_year_source="manifest",
    )
    assert (t.published_on, t.published_rule, t.report_year, t.report_rule) == ("2023-03-01", "manifest", 2022, "manifest")


def test_every_choice_names_its_evidence() -> None:
    t = _time("发布时间:2023-02-20\n园区一季度产值增长5%。")
    assert t.published_rule == "date_line_labelled" and "2023-02-20" in t.evidence("published")


def test_a_founding_date_dates_the_upgrade_not_the_figures_beside_it() -> None:
    from loaders.extract.years import find_years

    text = "园区早在2009年5月获批为省级高新区,现有企业900家。"
    (year,) = [y for y in find_years(text, 2020, "publication_year", 2020) if y.rule == "year_explicit"]
    assert year.event and not year.carries


def test_day_first_dates_of_mirror_sites() -> None:
    assert _time("某某网 14.05.2018 09:30\n园区一季度产值增长5%。").published_on == "2018-05-14"


def test_a_whole_year_review_printed_in_spring_is_of_last_year() -> None:
    t = _time("发布时间:2024-03-12\n园区全年完成固定资产投资88亿元,新增规上企业12家。")
    assert (t.report_year, t.report_rule) == (2023, "published_early_next_year")


def test_a_work_report_dated_in_its_subtitle_reviews_the_year_before() -> None:
    report = (
        "政府工作报告\n——二〇二三年二月八日在某某市人民代表大会上\n各位代表:\n过去的一年,园区新增企业30家。今年力争新增40家。"
    )
    t = _time(report)
    assert (t.published_on, t.published_rule) == ("2023-02-08", "date_of_speech")
    assert (t.report_year, t.this_year) == (2022, 2023)


def test_the_new_year_a_dated_work_report_names_does_not_date_its_review() -> None:
    report = "——2023年1月9日在市人民代表大会上\n过去一年,园区新增企业30家。今年是落实二十大部署的开局之年。"
    assert _time(report).report_year == 2022


def test_a_title_period_not_yet_ended_at_publication_is_last_years() -> None:
    t = _time("1-12月全市园区经济运行简析\n发布日期:2024年01月25日\n园区实现营业收入300亿元。")
    assert (t.report_year, t.report_rule) == (2023, "title_period_ended_last_year")
    # a quarter's events announced in that quarter are this year's
    t = _time("二季度重大项目集中开工\n发布日期:2024-06-20\n园区集中开工项目12个。")
    assert t.report_year == 2024


def test_a_date_in_a_sentence_before_a_meeting_is_no_subtitle() -> None:
    t = _time("园区新闻\n项目于2023年2月8日在市委召开的推进会上签约,总投资5亿元。")
    assert t.published_rule != "date_of_speech"


def test_a_comparison_with_last_years_end() -> None:
    t = _time("1至9月,高新区实现规上工业总产值405亿元。截至9月,市场主体较2023年末净增1.1万户。")
    assert (t.report_year, t.report_rule) == (2024, "comparison_base_plus_one")


def test_a_summary_titled_with_next_years_plan_only() -> None:
    t = _time("某县经开区工作总结及2023年工作安排\n今年以来,经开区新签约项目29个。目前,园区已建成管网10公里。")
    assert (t.report_year, t.report_rule, t.this_year, t.now_year) == (2022, "title_plan_year_minus_one", 2022, 2022)


def test_a_dated_line_of_a_zones_history_is_not_the_pages_date() -> None:
    t = _time("园区发展历程\n1992年8月18日 获批设立\n2020年,园区营业收入增长9%。")
    assert (t.published_on, t.report_year) == (None, 2020)


def test_this_year_after_a_year_only_mentioned_is_that_year() -> None:
    # the latest year is named, not opened with: nothing says the page was written a year later
    t = _time("11月30日,区政府通报了2021年经济运行情况。今年以来,园区新签约项目18个,预计2021年产值增长6%。")
    assert (t.report_year, t.this_year) == (2021, 2021)


def test_this_year_after_a_closed_year_is_the_next_one() -> None:
    t = _time("2021年,园区实现产值120亿元,增长8%。2021年,园区新增企业30家。今年,园区将新开工项目20个。")
    assert (t.report_year, t.this_year, t.this_year_rule) == (2021, 2022, "report_year_plus_one")


def test_one_sentence_on_last_year_in_an_autumn_feature_is_history() -> None:
    text = "2019年10月12日\n某某高新区十年发展纪实\n2018年,园区营业收入达90亿元。目前园区已聚集企业300家。"
    assert (_time(text).report_year, _time(text).report_rule) == (2019, "publication_year")
    spring = "2019年03月02日\n2018年,园区营业收入达90亿元。目前园区已聚集企业300家。"
    assert _time(spring).report_year == 2018


def test_growth_faster_than_a_whole_year_dates_the_figure_after_it() -> None:
    t = _time("一季度,某某新区地区生产总值增长8%,增速分别高于上年同期、2020年全年0.3、1.2个百分点。")
    assert (t.report_year, t.report_rule) == (2021, "comparison_base_plus_one")


def test_one_sentence_on_last_year_in_a_spring_page_about_this_year_is_history() -> None:
    text = "2021\n03/18\n10:05\n今年首批20个项目集中开工。2020年,园区完成投资80亿元。今年园区计划投资百亿元。"
    assert (_time(text).report_year, _time(text).report_rule) == (2021, "publication_year")


def test_a_review_of_years_printed_early_next_year() -> None:
    t = _time("2023-02-10 09:00\n七年来,某某新区地区生产总值年均增长7%,累计引进项目300余个。")
    assert (t.report_year, t.report_rule) == (2022, "published_early_next_year")


def test_an_edition_named_by_its_year_dates_an_undated_page() -> None:
    t = _time("近日,某某论坛2024在京举行,会上揭晓了“2024中国开发区营商环境五十强”榜单,清河经开区入围。")
    assert (t.report_year, t.report_rule) == (2024, "edition_named_by_year")
    assert _time("会上发布了“2021-2025年开发区发展规划”。").report_year is None


def test_a_review_of_one_year_with_next_years_targets_speaks_from_the_next_year() -> None:
    text = (
        "前日召开的园区经济工作会议透露,2022年,园区规上工业增加值增长8.3%。"
        "2023年,园区将力争完成投资120亿元。\n去年,园区落地亿元项目21个。"
    )
    time = _time(text)
    assert (time.report_year, time.this_year) == (2022, 2023)


def test_a_page_printed_in_january_that_names_last_years_months_speaks_from_the_new_year() -> None:
    text = "发布时间:2024-01-04\n2023年,开发区营业收入增长9%。去年1月至10月,开发区研发投入约18.8亿元。"
    assert _time(text).this_year == 2024


def test_data_as_of_a_year_s_end_date_the_report_no_earlier() -> None:
    t = _time("某某园区2004年开始建设,2019年升格为省级园区。截至2023年底,园区共有企业410家。")
    assert t.report_year == 2023


def test_an_assessment_s_result_is_of_the_year_assessed_not_of_its_publication() -> None:
    time = _time("关于2022年度全省开发区综合考评结果的公示\n发布时间:2023-03-15\n现将考评结果予以公示。")
    assert (time.report_year, time.published_on) == (2022, "2023-03-15")


def test_an_undated_review_that_calls_its_year_last_year_is_written_the_year_after() -> None:
    t = _time("某某开发区2009年完成工业总产值420亿元,同比增长18%。在去年的工业总产值中,电子产业占四成。")
    assert (t.report_year, t.this_year, t.this_year_rule) == (2009, 2010, "report_year_called_last_year")
    # 去年 as the base of a comparison says nothing of when the text was written
    t = _time("某某开发区2009年完成工业总产值420亿元,比去年增长18%,较去年同期多30亿元。")
    assert (t.report_year, t.this_year) == (2009, 2009)


def test_a_page_announcing_a_year_s_award_is_written_after_that_year() -> None:
    t = _time("近期,省里对某某高新区获评“全省2018年度优秀开发区”予以通报。今年1-4月,园区完成投资12亿元。")
    assert (t.report_year, t.this_year, t.this_year_rule) == (2018, 2019, "report_year_awarded_after_it_closed")
    # a year merely named beside a figure says nothing of when the page was written
    t = _time("某某高新区2018年度完成投资12亿元,今年1-4月完成4亿元。")
    assert t.this_year == 2018


def test_an_assessment_s_results_announced_make_now_a_later_year() -> None:
    t = _time("某部公布2020年全国经开区发展水平考评结果,某某经开区排名第31位。目前,全区共有经开区12个。")
    assert (t.report_year, t.this_year, t.now_year) == (2020, 2021, 2021)


def test_a_title_announcing_an_assessment_s_results_is_written_after_the_year_assessed() -> None:
    t = _time("某部发布2020年度开发区考核评价结果\n去年,某某经开区规上企业达到150家。")
    assert (t.report_year, t.report_rule, t.this_year) == (2020, "title_assessment_year", 2021)
    t = _time("某某经开区2020年工作总结\n今年,园区规上企业达到150家。")
    assert (t.report_year, t.this_year) == (2020, 2020)


def test_results_announced_for_a_closed_year_are_that_year_s() -> None:
    assert assessed_year("省里下发通报,依据2019年度全省开发区综合评价结果,对30家开发区授予星级称号。", 2020) == 2019
    # a past result told in passing is no announcement, and a year not yet closed is no result of it
    assert assessed_year("园区在2019年度全国考评中位列第13位,今年营收增长9%。", 2020) is None
    assert assessed_year("依据2020年度考核结果,对园区授予星级称号。", 2020) is None


@pytest.mark.parametrize(
    ("date_line", "past"),
    [("发布时间:2021-03-15 10:00", 2020), ("发布时间:2021-12-20 10:00", 2021), ("发布时间:2021-08-10 10:00", None)],
)
def test_the_past_year_looks_back_from_the_day_of_writing(date_line: str, past: int | None) -> None:
    assert _time(f"某某网\n{date_line}\n过去一年,园区签约项目30个。").past_year == past


def test_an_undated_page_reporting_part_of_a_later_year_was_written_in_it() -> None:
    time = _time("2021年,全省园区营业收入超2万亿元,同比增长9%。2022年1-5月,全省园区实现产值8000亿元。园区数量增至120个。")
    assert (time.report_year, time.report_rule) == (2022, "latest_partial_period_reported")


def test_a_page_opening_with_a_closed_years_assessment_reports_on_that_year() -> None:
    text = "来源:某某网 发布时间:2020年9月8日\n某省2019年度开发区综合考核评价情况近日出炉,全省98家开发区参评。\n其中有20家国家级开发区。"
    time = _time(text)
    assert (time.report_year, time.report_rule) == (2019, "opening_announces_results_of_year")
    # a review printed early next year keeps the year it reviews
    text = "发布时间:2021-02-09\n商务部公布了2019年度考核结果,某经开区排名第50位。\n某经开区2020年完成地区生产总值300亿元,全年工业增长8%。"
    assert _time(text).report_year == 2020
    # a dated page titled for a part of its year reports that part, whatever result it opens with
    text = "上半年全市园区工业增长9%\n发布时间:2022年7月20日\n省商务厅6月公布2021年度考核结果,某经开区居全省第5位。上半年,全市园区工业增长9%。"
    assert _time(text).report_year == 2022


def test_a_year_since_a_dated_event_is_the_year_after_it() -> None:
    time = _time("2021年5月8日,某省8个重点园区同步挂牌。一年来,重点园区加快建设。今年上半年,重点园区营收增长30%。")
    assert (time.report_year, time.report_rule) == (2022, "one_year_since_dated_event")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("数字赋能记\n今年是“十四五”规划的开局之年。园区新签约项目12个。", 2021),
        ("园区纪事\n今年是“十三五”收官之年,开发区完成投资80亿元。", 2020),
        ("园区纪事\n今年是学习二十大精神开局之年,高新区营收增长9%。", 2023),
        ("园区纪事\n今年是“十四五”规划的第三年,园区产值200亿元。", 2023),
        ("园区纪事\n今年是党的二十大召开的第二年,园区产值200亿元。", None),
    ],
)
def test_an_undated_page_naming_this_year_by_its_place_in_a_plan(text: str, year: int | None) -> None:
    assert _time(text).report_year == year


@pytest.mark.parametrize(
    "text",
    [
        "某某开发区2024年工作会议透露了什么?\n某某网3月5日电 开发区召开2024年工作会议。一年来,园区实现产值80亿元。",
        "某某新区召开2024年度经济工作会议\n会议回顾了一年来的工作,全年签约项目30个。",
        "3月2日,某某高新区召开2024年工作会议,总结成绩、部署任务。一年来,高新区营业收入增长9%。",
        "某某高新区部署新一年任务\n发布时间:2024-03-12\n某某网3月9日电 某某经开区2024年度工作大会在园区隆重召开。会上通报,园区营业收入增长9%。",
    ],
)
def test_a_years_work_conference_reviews_the_year_before_it(text: str) -> None:
    t = _time(text)
    assert (t.report_year, t.this_year) == (2023, 2024)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("某某开发区2024年上半年工作会议\n上半年,园区实现产值40亿元。", 2024),
        ("某某高新区召开2024年工作总结大会\n2024年,高新区营业收入增长9%。", 2024),
    ],
)
def test_a_mid_year_or_summary_meeting_reports_its_own_year(text: str, year: int) -> None:
    assert _time(text).report_year == year


def test_a_count_of_years_running_since_a_year_dates_the_page() -> None:
    text = "某省开发区百强榜观察\n园区的变化是全省的缩影。自2021年起,某研究院连续四年发布百强榜单。2021年,东部地区占百强的六成。"
    t = _time(text)
    assert (t.report_year, t.report_rule) == (2024, "years_running_since")


def test_a_founding_approved_by_a_government_dates_no_report() -> None:
    text = (
        "前三季度,全省8个国家级经开区完成规上工业总产值5120亿元。2022年5月经国务院批复设立的平阳经济技术开发区,"
        "是全市唯一的国家级经开区。日前举行的2024平阳投资贸易洽谈会上,园区现场签下9个项目。"
    )
    time = _time(text)
    assert (time.report_year, time.report_rule) == (2024, "latest_reportable_year")
    assert _time(text.replace("2024平阳投资贸易洽谈会", "平阳投资贸易洽谈会")).report_year is None
    assert _time("2022年省政府新设立产业基金,全年开发区完成投资80亿元。").report_year == 2022, "a setting-up in a year reports it"


@pytest.mark.parametrize(
    ("delivered", "reviewed", "this_year"),
    [("2020年12月18日", 2020, 2020), ("2021年2月3日", 2020, 2021)],
)
def test_a_work_report_dated_by_its_delivery_reviews_the_year_that_day_closes(
    delivered: str, reviewed: int, this_year: int
) -> None:
    text = f"2021年政府工作报告\n\n发布时间:2021-03-02 10:00\n\n——{delivered}在某区二届人大三次会议上\n\n过去一年,全区实现地区生产总值300亿元。"
    t = _time(text)
    assert (t.report_year, t.report_rule, t.this_year) == (reviewed, "speech_date_reviews_year", this_year)
    assert t.plan_year == reviewed + 1


def test_an_undated_page_on_the_opening_of_a_plan_period_is_of_its_first_year() -> None:
    t = _time("今年一季度,园区各项指标稳中有升,助力“十四五”开好局。")
    assert (t.report_year, t.report_rule) == (2021, "this_year_named_in_plan_period")
    dated = _time("发布时间:2020-12-28\n园区全年工作平稳,为“十四五”开好局打下基础。")
    assert dated.report_rule != "this_year_named_in_plan_period"


@pytest.mark.parametrize("said", ["两年平均增长6.3%", "两年平均增速6.3%", "两年平均增幅为6.3%"])
def test_a_two_year_average_growth_dates_an_undated_bulletin(said: str) -> None:
    t = _time(f"关注我们\n前三季度\n苍南经开区营业收入增长9.2%,{said}。")
    assert (t.report_year, t.report_rule) == (2021, "two_year_average_growth")


def test_a_span_of_years_reviewed_ends_in_a_year_reported_on() -> None:
    t = _time("2019年至2021年,开发区分别完成产值40亿元、46亿元、52亿元。今年以来,园区新增企业9家。")
    assert (t.report_year, t.report_rule) == (2021, "latest_reportable_year")
    plan = _time("2021年至2025年,开发区将分别新增产值10亿元。2020年,园区产值40亿元。")
    assert plan.report_year == 2020, "a plan's span is no year reported on"


def test_a_portal_s_day_header_gives_way_to_the_article_s_labelled_date() -> None:
    t = _time(
        "某某网 财经\n\n2021年03月07日 星期日\n\n开发区成立20周年\n\n发布时间:2011-06-02 08:15:00 来源:某某网\n\n建区20年来,开发区累计引进企业900家。"
    )
    assert (t.published_on, t.report_year) == ("2011-06-02", 2011)


def test_growth_over_a_base_year_long_past_does_not_date_a_dated_page() -> None:
    t = _time("2024-11-20\n\n今年前三季度,园区进出口总额同比增长9.3%。2023年进出口值较2019年激增131.6%。")
    assert (t.published_on, t.report_year) == ("2024-11-20", 2024)


def test_a_span_told_figure_by_figure_with_an_estimated_average_after_its_figures() -> None:
    t = _time(
        "本报讯 今年以来,开发区新引进内资项目8个。2019年至2021年,开发区分别完成产值142亿元、167亿元、193亿元,预计年均增长16%。"
    )
    assert t.report_year == 2021


def test_a_headline_stating_one_year_s_result_reports_that_year_on_a_later_page() -> None:
    text = (
        "2016年苍南工业园区贡献全县三成税收\n\n时间:2017-04-11 09:20 来源:某某日报\n\n统计显示,园区实现工业产值85亿元,增长12%。"
    )
    t = decide_time(text, DocumentMeta(file_name="x.txt"), "2016年苍南工业园区贡献全县三成税收")
    assert (t.published_on, t.report_year, t.report_rule) == ("2017-04-11", 2016, "title_names_year")
    plan = decide_time(text, DocumentMeta(file_name="x.txt"), "2018年苍南工业园区将新建厂房十万平方米")
    assert plan.report_year == 2017, "a headline of what will be done dates no result"
    dated = decide_time(text, DocumentMeta(file_name="x.txt"), "更新时间:2016年12月01日")
    assert dated.report_rule != "title_names_year", "a date line taken for a title is no headline"


def test_a_heading_announcing_assessment_results_reviews_no_year_s_work() -> None:
    from loaders.context.time import section_time

    assert section_time("全县园区2021年度考评成绩创新高", 2022) is None
    review = section_time("三、2021年工作成绩", 2022)
    assert review is not None and (review.year, review.plan) == (2021, False)


def test_a_founding_date_with_the_zone_named_after_the_approval_dates_no_report() -> None:
    time = _time("乐清高新区概况\n2012年8月16日,经国务院批准,乐清高新技术产业开发区正式挂牌。园区总面积45平方公里。")
    assert time.report_year is None


def test_a_heading_of_both_a_year_s_results_and_the_next_year_s_plan_opens_no_section() -> None:
    from loaders.context.time import section_time

    assert section_time("园区2023年运行情况及2024年工作打算", 2023) is None
    assert section_time("下步工作建议", 2023) is not None


def test_an_undated_page_giving_a_later_year_s_totals_reports_that_year_and_is_written_after_it() -> None:
    text = (
        "泰顺工业园区\n园区设立于2008年,规划面积9平方公里。2021年,园区完成扩区。\n"
        "园区现有企业120家。经统计,2022年全年园区完成产值58亿元。"
    )
    t = _time(text)
    assert (t.report_year, t.report_rule) == (2022, "latest_whole_year_reported")
    assert (t.now_year, t.now_rule) == (2023, "written_after_whole_year_reported")
    # a meeting for a year names no year's totals
    t = _time("泰顺工业园区\n2021年,园区完成扩区。\n近日召开2022年度工作会议,部署全年任务。")
    assert t.report_rule != "latest_whole_year_reported"


def test_a_sentence_telling_how_the_zone_came_to_be_dates_no_report() -> None:
    text = "文成工业园区\n2015年,两园合并,统一管理。园区现有企业40家。2019年度园区获评省级绿色园区。"
    t = _time(text)
    assert t.report_rule != "sentences_open_with_year"
    assert t.report_year == 2019


def test_an_estimate_for_the_year_a_sentence_opens_with_is_that_year_reported() -> None:
    text = (
        "平阳县与平阳经济开发区指标对比\n"
        "2016年,全县预计完成生产总值635亿元,平阳经济开发区预计完成生产总值137亿元。\n"
        "2016年,全县预计完成固定资产投资415亿元,开发区预计完成投资118亿元。\n"
        "2016年,开发区传统产业加快转型。"
    )
    later_copy = _time(text, url="https://www.pingyang.gov.cn/art/20190316/1234.html")
    assert (later_copy.report_year, later_copy.report_rule) == (2016, "sentences_open_with_year")


def test_news_of_an_official_document_issued_lately_dates_an_undated_page() -> None:
    text = "近日,省人民政府印发批复(浙政函〔2024〕77号),同意苍南工业园区扩区。截至2022年底,园区已入驻企业205家。"
    t = _time(text)
    assert (t.report_year, t.report_rule) == (2024, "recent_official_document_year")
    cited = _time("根据《关于推进园区整合的意见》(浙政发〔2024〕9号),2022年苍南工业园区完成整合。")
    assert cited.report_year == 2022, "a document cited as a ground is no news of the page's days"


def test_a_this_year_aimed_at_does_not_stop_last_year_meaning_the_closed_year() -> None:
    text = (
        "乐清工业园区三年成绩单\n2019年至2021年,园区产值分别增长8.1%、9.4%和10.3%,去年达到263.5亿元。企业主们力争今年再上台阶。"
    )
    t = _time(text)
    assert (t.report_year, t.this_year) == (2021, 2022)
    spoken = _time(text.replace("企业主们力争今年再上台阶", "今年一季度园区产值增长6.2%"))
    assert spoken.this_year == 2021, "a 今年 of figures done keeps the latest year named as the year of writing"


def test_a_dated_paper_whose_headline_is_about_last_year_reports_that_year() -> None:
    text = "瑞安日报 2024年4月8日\n\n全市园区去年税收增长6.5%\n\n本报讯 分园区看,瑞安经开区税收31.25亿元,增长8.1%。"
    t = _time(text)
    assert (t.report_year, t.report_rule) == (2023, "title_reviews_last_year")
    assert t.this_year == 2024


def test_running_totals_of_a_review_printed_in_early_january_are_of_the_closed_year(reference: Reference) -> None:
    text = (
        "产业平台稳步攀升\n发布时间:2025-01-09\n\n"
        "苍南经开区规上营收达到640亿元。五年来,该经开区累计签约项目214个,总投资超900亿元,"
        "规上企业增至187家。"
    )
    ex = read_unseen(text, reference)
    assert {(m.value, m.year) for m in ex.metrics if m.value in (Decimal(214), Decimal(187))} == {
        (Decimal(214), 2024),
        (Decimal(187), 2024),
    }
