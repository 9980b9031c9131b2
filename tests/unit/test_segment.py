import itertools

from loaders.segment import is_table_line, segment


def _segment(text: str):
    return segment("a" * 64, text, 2022, lambda heading: "示例经济开发区" if heading.strip() == "示例经济开发区" else None)


def test_a_sentence_broken_across_blocks_is_one_paragraph() -> None:
    paragraphs = _segment("【园区建设】 2022\n\n年,园区完成投资12亿元。\n\n下一段。")
    assert [p.kind for p in paragraphs] == ["prose", "prose"]
    assert paragraphs[0].text.endswith("12亿元。")
    assert paragraphs[0].entry == "园区建设"


def test_no_sentence_runs_on_over_a_page_s_menu_line() -> None:
    text = (
        "坚持创新驱动发展、建设现代化产业体系、奋力谱写新篇章 加快建设强省,实现高质量发展\n"
        "首页 园区概况 招商引资 政务公开 园区 园区\n\n"
        "上半年文成经济开发区工业产值增长13.75%\n\n   2024-07-21 温州日报\n正文一段。"
    )
    paragraphs = _segment(text)
    assert "上半年文成经济开发区工业产值增长13.75%" in [p.text for p in paragraphs]


def test_a_date_line_written_day_first_ends_its_line() -> None:
    text = "苍南经济开发区获评优秀园区\n\n21.07.2024  09:41\n\n  苍南经济开发区规划面积13.75平方公里。"
    assert [p.text for p in _segment(text)][-1] == "苍南经济开发区规划面积13.75平方公里。"


def test_a_fact_box_pairs_each_label_with_its_value_and_contents_stay_lines() -> None:
    text = (
        "瑞安经济开发区位于瑞安市东部。\n\n中文名\n\n瑞安经济开发区\n\n行政区类别\n\n省级经济开发区\n\n"
        "面积\n\n   13.75平方公里\n\n荣誉\n\n   2023年全省开发区综合排名第九\n\n"
        "1建制沿革\n\n2行政区划\n\n3自然环境\n\n4人口\n\n1建制沿革\n\n1992年设立。"
    )
    texts = [" ".join(p.text.split()) for p in _segment(text)]
    assert "面积 13.75平方公里" in texts
    assert "荣誉 2023年全省开发区综合排名第九" in texts
    assert {"2行政区划", "3自然环境", "4人口"} <= set(texts)


def test_headings_set_the_section_zone() -> None:
    paragraphs = _segment("示例经济开发区\n\n【概况】 园区实现产值10亿元。\n\n(示例县政府办 提供)")
    assert paragraphs[0].kind == "heading"
    assert paragraphs[1].section_zone == "示例经济开发区"
    assert paragraphs[2].kind == "boilerplate"


def test_newspaper_navigation_is_boilerplate() -> None:
    text = "第A01版:要闻\n第A02版:综合\n上一篇   下一篇\n放大 缩小 默认\n2023年03月01日 星期三 出版"
    assert {p.kind for p in _segment(text)} == {"boilerplate"}


def test_table_rows_and_captions() -> None:
    text = "表 3\n\n园区主要指标\n\n名 称\t产值(亿元)\t增长(%)\n甲园区\t12.5\t3.1"
    kinds = [p.kind for p in _segment(text)]
    assert kinds == ["caption", "heading", "table_row", "table_row"] or kinds == ["caption", "caption", "table_row", "table_row"]


def test_ids_and_offsets_are_stable() -> None:
    text = "第一段。\n\n第二段。"
    first, second = _segment(text), _segment(text)
    assert [p.paragraph_id for p in first] == [p.paragraph_id for p in second]
    for p in first:
        assert text[p.char_start : p.char_end] == p.text


def _kinds(text: str) -> list[tuple[str, str]]:
    from loaders.segment import segment as cut

    return [(p.kind, p.text) for p in cut("0" * 64, text, None, lambda s: None)]


def test_navigation_lines_of_a_page_header_are_not_one_sentence() -> None:
    kinds = _kinds(
        "某某网首页\n区域经济信息服务平台\n\n某某高新区10个项目集中开工\n\n来源:某某网 责任编辑:王某 2023-05-06 10:12\n\n5月5日,园区举行集中开工活动。"
    )
    assert kinds[0] == ("heading", "某某网首页") and kinds[1] == ("heading", "区域经济信息服务平台")
    assert ("boilerplate", "来源:某某网 责任编辑:王某 2023-05-06 10:12") in kinds


def test_related_news_at_the_foot_of_a_page_is_boilerplate() -> None:
    kinds = _kinds("园区一季度产值增长8%。\n\n相关新闻:\n\n某市新建公园12个\n\n某市地铁新增线路3条")
    assert kinds[0][0] == "prose" and len(kinds) >= 2 and all(k == "boilerplate" for k, _ in kinds[1:])


def test_a_page_saved_as_one_line_is_cut_at_sentence_ends() -> None:
    from loaders.segment import MAX_PARAGRAPH

    sentence = "园区实现工业总产值123.4亿元,同比增长12.5%。"
    text = sentence * (3 * MAX_PARAGRAPH // len(sentence))
    paragraphs = _segment(text)
    assert len(paragraphs) >= 3
    assert all(len(p.text) <= MAX_PARAGRAPH and p.text.endswith("。") for p in paragraphs[:-1])
    assert "".join(p.text for p in paragraphs) == text
    assert paragraphs[0].char_start == 0 and paragraphs[-1].char_end == len(text)


def test_a_long_run_without_punctuation_is_not_cut_inside_a_number() -> None:
    from loaders.segment import MAX_PARAGRAPH

    text = "园区" + "新增企业12345678家" * (MAX_PARAGRAPH // 5)
    pieces = [p.text for p in _segment(text)]
    assert len(pieces) >= 2 and "".join(pieces) == text
    assert all(len(p) <= MAX_PARAGRAPH for p in pieces)
    assert all(not (a[-1].isdigit() and b[0].isdigit()) for a, b in itertools.pairwise(pieces))


def test_a_subheading_line_of_a_web_page_is_its_own_paragraph() -> None:
    text = "年初以来,园区主要指标好于预期。\n制造业量质齐升\n规上工业增加值增长9.1%。\n项目投资后劲充足\n固定资产投资增长4.2%。"
    paragraphs = _segment(text)
    assert [(p.kind, p.text) for p in paragraphs] == [
        ("prose", "年初以来,园区主要指标好于预期。"),
        ("heading", "制造业量质齐升"),
        ("prose", "规上工业增加值增长9.1%。"),
        ("heading", "项目投资后劲充足"),
        ("prose", "固定资产投资增长4.2%。"),
    ]


def test_a_notices_title_signature_and_attachment_lines_are_paragraphs_of_their_own() -> None:
    # most lines end without a full stop, but they differ in length: lines of a page, not a column
    text = (
        "关于表彰先进园区的通知\n各区人民政府:\n经考核,决定表彰甲园区等两个园区。\n"
        "示例市人民政府\n附件1\n先进园区名单\n甲园区、乙园区"
    )
    assert [p.text for p in _segment(text)] == [
        "关于表彰先进园区的通知",
        "各区人民政府:\n经考核,决定表彰甲园区等两个园区。",
        "示例市人民政府",
        "附件1",
        "先进园区名单",
        "甲园区、乙园区",
    ]


def test_the_lines_a_colon_announces_stay_with_it() -> None:
    text = "今年有三个园区入选示范园区,分别是:\n甲经济开发区\n乙高新区\n丙工业园区\n据悉,示范园区每年评选一次。"
    paragraphs = _segment(text)
    assert [p.text for p in paragraphs] == [
        "今年有三个园区入选示范园区,分别是:\n甲经济开发区\n乙高新区\n丙工业园区",
        "据悉,示范园区每年评选一次。",
    ]


def test_a_hard_wrapped_column_stays_one_paragraph() -> None:
    text = "园区上半年实现规上工\n业产值42亿元,同比增\n长12%,新签约项目\n8个。"
    assert [p.kind for p in _segment(text)] == ["prose"]


def test_a_breadcrumb_is_boilerplate() -> None:
    text = "您当前所在的位置:某某新闻网 >> 新闻频道 >> 经济新闻\n平阳产业园推进16个项目\n\n今年园区将推进16个项目。"
    kinds = [p.kind for p in _segment(text)]
    assert kinds[0] == "boilerplate" and "prose" in kinds


def test_a_date_on_its_own_line_is_not_part_of_the_sentence_below() -> None:
    paragraphs = _segment("园区新闻\n2021年9月14日\n当前园区已有企业120家。")
    assert [p.text for p in paragraphs][-2:] == ["2021年9月14日", "当前园区已有企业120家。"]
    assert _segment("2020-03-02 08:15\n园区完成投资3亿元。")[-1].text == "园区完成投资3亿元。"


def test_a_date_line_naming_its_source_stands_alone() -> None:
    paragraphs = _segment("某某新区上半年营收增长9%\n2023-07-21 08:30来源:某某日报\n本报讯 上半年,某某新区营收增长9%。")
    assert [p.text for p in paragraphs] == [
        "某某新区上半年营收增长9%",
        "2023-07-21 08:30来源:某某日报",
        "本报讯 上半年,某某新区营收增长9%。",
    ]


def test_a_title_line_over_a_sentence_opening_with_a_year_is_a_heading() -> None:
    text = "某某园区经济综述\n2022年全园区实现产值80亿元,增长9%。"
    paragraphs = segment("0" * 64, text, 2022, lambda _: None)
    assert [p.kind for p in paragraphs] == ["heading", "prose"]


def test_a_heading_its_first_entry_opens_with_names_the_section() -> None:
    text = (
        "示例经济开发区\n\n【概况】 园区实现产值10亿元。\n\n"
        "盘锦辽滨沿海产业基地\n\n【概况】 盘锦辽滨沿海产业基地2005年设立,实现产值8亿元。\n\n"
        "重点项目\n\n【概况】 全年实施项目30个。"
    )
    zones = [(p.text[:6], p.section_zone) for p in _segment(text) if p.kind == "prose"]
    assert zones == [
        ("【概况】 园", "示例经济开发区"),
        ("【概况】 盘", "盘锦辽滨沿海产业基地"),
        ("【概况】 全", "盘锦辽滨沿海产业基地"),
    ]


def test_a_table_copied_with_single_spaces_between_cells() -> None:
    text = "园区统计资料\n\n单位:万元、%\n指标名称 某某园区\n本年 增长 比重\n(一) 营业收入 5120.3 8.2 100.0\n出口交货值 -- 3.5 --\n注:数据为快报数。"
    kinds = [(p.kind, p.text) for p in _segment(text)]
    assert ("caption", "单位:万元、%") in kinds
    rows = [t for k, t in kinds if k == "table_row"]
    assert rows == ["指标名称 某某园区", "本年 增长 比重", "(一) 营业收入 5120.3 8.2 100.0", "出口交货值 -- 3.5 --"]
    # a sentence with figures is no row, even with spaces in it
    assert {p.kind for p in _segment("园区 营业收入增长 8.2%, 利润 3.1 亿元。")} == {"prose"}


def test_bullet_figure_lines_under_a_heading_are_not_headings() -> None:
    text = "【园区数读】\n\n◆入驻企业:210家(其中规上企业64家)\n◆规划面积:18.5平方公里\n\n【下一步】"
    kinds = [(p.kind, p.text) for p in _segment(text)]
    assert ("prose", "◆入驻企业:210家(其中规上企业64家)") in kinds
    assert ("prose", "◆规划面积:18.5平方公里") in kinds


def test_rows_written_with_bars_between_cells() -> None:
    assert is_table_line("年份 | 产值 | 税收 | 企业数")
    assert is_table_line("| 2022年 | 95.1亿元 | 3.6亿元 | 63家 |")
    assert not is_table_line("发布机构: | 泰顺县经信局 | 发布日期: | 2023-05-06 |")
    assert not is_table_line("标题 | 副标题")
    assert not is_table_line("排名 | 开发区 | 1 | 平阳经济开发区 | 2 | 苍南经济开发区 |")
    assert not is_table_line("2022年,泰顺工业园区实现工业产值95.1亿元,增长8.2% | 来源:泰顺新闻网 | 2023-01-05")


def test_lines_of_a_label_and_its_figures_are_paragraphs_of_their_own() -> None:
    text = "主导产业情况:\n\n机械装备:企业15家,营收41.6亿元\n新型材料:企业9家,营收22.5亿元"
    assert [p.text for p in _segment(text)][-2:] == ["机械装备:企业15家,营收41.6亿元", "新型材料:企业9家,营收22.5亿元"]
    prose = "会议指出:今年园区产值\n增长12%,好于预期。"
    assert [p.text for p in _segment(prose)] == [prose], "a sentence wrapped after a colon stays one"


def test_a_page_s_vote_buttons_and_counters_are_boilerplate() -> None:
    kinds = [(p.text, p.kind) for p in _segment("平阳经济开发区新增企业318家。\n\n顶一下\n(0)\n0%\n踩一下\n(12)\n0%")]
    assert ("顶一下", "boilerplate") in kinds and ("(12)", "boilerplate") in kinds


def test_a_dispatch_opens_its_story_under_the_headline_lines() -> None:
    text = "经开区\n要让科创企业数量再翻一番\n\n本报讯(通讯员 林某)“园区去年新增孵化面积3.15万平方米……”12日上午,苍南经开区在发布会上介绍。"
    paragraphs = [p.text for p in _segment(text)]
    assert paragraphs[0] == "经开区\n要让科创企业数量再翻一番"
    assert paragraphs[1].startswith("本报讯")


def test_lines_giving_measures_of_the_figure_above_are_read_with_it() -> None:
    text = "一、平阳经济开发区\n营业收入:812.35亿元\n同比增长:6.15%\n占全县比重:41.5%\n税收收入:27.45亿元\n二、苍南经济开发区\n营业收入:615.2亿元"
    paragraphs = [(p.kind, p.text) for p in _segment(text)]
    assert ("prose", "营业收入:812.35亿元\n同比增长:6.15%\n占全县比重:41.5%") in paragraphs
    assert ("prose", "税收收入:27.45亿元") in paragraphs
    assert ("heading", "二、苍南经济开发区") in paragraphs


def test_measure_lines_naming_the_whole_they_compare_with_are_read_with_the_figure() -> None:
    text = (
        "（一）文成经济开发区\n工业总产值：96.4亿元\n比上年增长：5.1%\n增速比全县园区平均水平低：0.8个百分点\n"
        "占全县规模以上工业总产值比重：33.6%\n税收收入：6.2亿元"
    )
    paragraphs = [(p.kind, p.text) for p in _segment(text)]
    assert (
        "prose",
        "工业总产值：96.4亿元\n比上年增长：5.1%\n增速比全县园区平均水平低：0.8个百分点\n占全县规模以上工业总产值比重：33.6%",
    ) in paragraphs
