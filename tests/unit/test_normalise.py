from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.normalise import _normalise_char_by_char, normalise


def test_full_width_digits_and_punctuation_fold_to_ascii() -> None:
    norm = normalise("产值１２３４．５亿元，增长３％")
    assert norm.text == "产值1234.5亿元,增长3%"


def test_spaces_inside_numbers_and_between_chinese_go() -> None:
    norm = normalise("实现规上工业总产值 1590.05 亿元,比 2019 年增长")
    assert norm.text == "实现规上工业总产值1590.05亿元,比2019年增长"


def test_a_date_or_a_time_of_day_is_not_joined_to_the_number_after_it() -> None:
    assert normalise("2021-03-02 10:25 356次").text == "2021-03-02 10:25 356次"


def test_a_year_broken_across_lines_is_joined() -> None:
    assert normalise("【要闻】 2021\n\n年,园区。").text == "【要闻】2021年,园区。"


def test_traditional_characters_fold_to_simplified() -> None:
    assert normalise("經濟開發區實現產值12億元").text == "经济开发区实现产值12亿元"


def test_latin_words_keep_their_space() -> None:
    assert normalise("TFT-LCD 及 AMOLED panel line").text == "TFT-LCD及AMOLED panel line"


def test_every_character_maps_back_to_the_original() -> None:
    original = "前言\n园区实现产值 1590.05 亿元，增长１２％。"
    start = original.index("园")
    norm = normalise(original, start, len(original))
    i = norm.text.index("1590.05亿元")
    s, e = norm.orig_span(i, i + len("1590.05亿元"))
    assert original[s:e] == "1590.05 亿元"
    j = norm.text.index("12%")
    s, e = norm.orig_span(j, j + 3)
    assert original[s:e] == "１２％"


def test_tabs_survive_in_table_rows() -> None:
    assert normalise("合 计\t\t102\t-2.5", keep_tabs=True).text == "合计\t\t102\t-2.5"


def test_a_label_padded_with_spaces_in_a_tabbed_row_stays_one_cell() -> None:
    assert normalise("名  称\t产值(亿元)\t增长(%)", keep_tabs=True).text == "名称\t产值(亿元)\t增长(%)"
    assert normalise("合  计\t310.5  \t6.2", keep_tabs=True).text == "合计\t310.5\t6.2"
    assert normalise("合  计   310.5   6.2", keep_tabs=True).text == "合\t计\t310.5\t6.2", "no tab: gaps are the cells"


def test_invisible_characters_go_and_spans_keep_them() -> None:
    original = "园区\u202e产值12\u200b3.4\ufeff亿元\u200d,增长5\u0301%"
    norm = normalise(original)
    assert norm.text == "园区产值123.4亿元,增长5%"
    start = norm.text.index("123.4亿元")
    a, b = norm.orig_span(start, start + len("123.4亿元"))
    assert original[a:b] == "12\u200b3.4\ufeff亿元"


# Characters that fold one to one (the fast path's domain) and every kind of space; what folds to
# more or fewer characters (㎡, zero-width marks) takes the character-by-character path anyway.
_ONE_TO_ONE = list(" \t\n\r\u3000\xa0ab12２３.實現亿元。,、")


@given(st.lists(st.sampled_from(_ONE_TO_ONE), max_size=30).map("".join), st.data(), st.booleans())
@settings(max_examples=300, deadline=None)
def test_the_fast_path_agrees_with_the_character_by_character_rules(text: str, data: st.DataObject, keep_tabs: bool) -> None:
    assert normalise(text, keep_tabs=keep_tabs) == _normalise_char_by_char(text, 0, len(text), keep_tabs)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert normalise(text, start, end, keep_tabs=keep_tabs) == _normalise_char_by_char(text, start, end, keep_tabs)


def test_a_figure_with_a_space_before_its_unit_ends_its_line_on_both_paths() -> None:
    # (the fast path once looked at the spaces the view drops, and ran the lines together)
    text = "新增企业5 家\n乙園区3家"
    assert normalise(text) == _normalise_char_by_char(text, 0, len(text), False)
    assert normalise(text).text == "新增企业5家,乙园区3家"


def test_simplified_characters_of_names_are_not_rewritten_to_mainland_words() -> None:
    assert normalise("矽力电子落户乾县經濟開發區").text == "矽力电子落户乾县经济开发区"


def test_a_full_stop_between_digits_is_a_decimal_point() -> None:
    text = "生产总值2。87亿元,增长104。4%。共5个。12。3月开工。"
    norm = normalise(text)
    assert "2.87亿元" in norm.text and "104.4%" in norm.text
    assert "5个。12。3月" in norm.text  # a sentence ends before a month, and after a unit
    assert len(norm.text) == len(norm.offsets)


def test_a_headline_and_its_text_on_one_line_keep_a_clause_break() -> None:
    original = "园区成为增长引擎 上半年园区产值增长8.1%"
    norm = normalise(original)
    assert norm.text == "园区成为增长引擎,上半年园区产值增长8.1%"
    assert original[norm.offsets[norm.text.index(",")]] == " "
    assert normalise("2023年 1-6月园区产值增长").text == "2023年1-6月园区产值增长"
    assert normalise("规上工业 增加值增长").text == "规上工业增加值增长"


def test_a_headline_s_total_after_a_space_opens_a_clause() -> None:
    assert normalise("12个项目集中开工 总投资86.5亿元").text == "12个项目集中开工,总投资86.5亿元"
    assert normalise("项目集中开工 投资方").text == "项目集中开工投资方"


def test_a_decimal_broken_after_its_point_is_joined() -> None:
    text = "营业收入 31. 7 亿元,下降 3. 9%。第1. 园区"
    norm = normalise(text)
    assert norm.text.startswith("营业收入31.7亿元,下降3.9%")
    assert all(text[o] == c or c in ",。" for o, c in zip(norm.offsets, norm.text, strict=False) if c.isdigit())


def test_a_line_that_ends_with_a_figure_ends_a_clause() -> None:
    listing = normalise("入驻企业前两位:\n平阳经济开发区新增企业318家\n苍南经济开发区206家")
    assert listing.text == "入驻企业前两位:平阳经济开发区新增企业318家,苍南经济开发区206家"
    assert normalise("实现产值12.5亿\n元,增长8%").text == "实现产值12.5亿元,增长8%", "a unit broken off its number"
    assert normalise("产值12.5亿元\n2023年上半年").text == "产值12.5亿元2023年上半年", "a number after the break runs on"
    assert normalise("截至2023年\n上半年").text == "截至2023年上半年", "a date's unit is no figure's"


def test_a_zone_named_after_a_headline_s_words_is_set_apart_from_them() -> None:
    assert normalise("实干为先 双湖高新区跑出建设加速度").text == "实干为先,双湖高新区跑出建设加速度"
    assert normalise("泰顺 经济开发区实现产值").text == "泰顺经济开发区实现产值", "a name a space split stays one name"
