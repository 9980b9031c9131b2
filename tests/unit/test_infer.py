"""Metadata inferred from a document's text when the manifest says nothing of it."""

from loaders.infer import infer_meta
from loaders.read import sha256_hex
from models.records import Document, DocumentMeta


def _infer(text: str) -> DocumentMeta:
    doc = Document(
        doc_id=sha256_hex(text.encode()),
        meta=DocumentMeta(file_name="x.txt"),
        encoding="utf-8",
        n_bytes=len(text.encode()),
        text=text,
    )
    return infer_meta(doc).meta


def test_a_newspaper_page_by_its_masthead() -> None:
    meta = _infer("第A03版:要闻\n2024年02月06日 星期二 出版\n\n2023年,园区实现产值120亿元。\n\n第A04版:综合\n第A05版:专题")
    assert (meta.kind, meta.published_on, meta.report_year) == ("newspaper", "2024-02-06", 2023)
    assert meta.kind_source == "inferred" and meta.report_year_source == "inferred"


def test_a_yearbook_chapter_by_its_entries_and_credits() -> None:
    text = (
        "某某经济开发区\n\n【概况】 2021年,开发区实现产值100亿元。\n\n【招商引资】 2021年,引进项目20个。\n\n"
        "【项目建设】 2021年,开工项目12个。\n\n(某某县政府办 提供)"
    )
    meta = _infer(text)
    # no date is written: the publication date stays unknown rather than guessed
    assert (meta.kind, meta.report_year, meta.published_on) == ("yearbook", 2021, None)


def test_a_feature_written_after_the_year_it_reviews() -> None:
    meta = _infer("2022年,园区签约项目40个,总投资300亿元。今年以来,园区又签约项目9个。")
    assert (meta.kind, meta.report_year, meta.published_on) == ("article", 2022, None)


def test_the_manifest_wins_over_inference() -> None:
    text = "2023年,园区实现产值120亿元。"
    meta = DocumentMeta(
        file_name="x.txt",
        kind="newspaper",
        kind_source="manifest",
        report_year=2023,
        report_year_source="manifest",
        published_on="2024-01-10",
        published_on_source="manifest",
    )
    doc = Document(doc_id=sha256_hex(text.encode()), meta=meta, encoding="utf-8", n_bytes=1, text=text)
    inferred = infer_meta(doc).meta
    assert inferred.model_dump(exclude={"title"}) == meta.model_dump(exclude={"title"})


def test_a_name_listed_under_the_first_sentence_is_not_the_title() -> None:
    meta = _infer(
        "11月2日,省科技厅公布评估结果,全省有3个园区获评优秀,分别是:\n甲市高新技术产业开发区\n乙县经济开发区\n丙市产业园区\n"
    )
    assert meta.title is None


def test_a_paper_s_date_line_is_not_the_title() -> None:
    meta = _infer("某某日报数字报\n\n2020年05月12星期二\n\n我市三个开发区晋升星级\n\n本报讯 近日,我市三个开发区晋升星级。")
    assert meta.title == "我市三个开发区晋升星级"


def test_a_breadcrumb_is_not_the_title() -> None:
    text = "当前位置:网站首页>>信息公开>>统计数据\n\n某某园区2019年统计年鉴\n\n单位:万元\n营业收入 100 5.0"
    meta = _infer(text)
    assert meta.title == "某某园区2019年统计年鉴"
    assert meta.report_year == 2019


def test_a_reposted_page_s_original_title_is_its_title() -> None:
    text = "欢迎访问某某资讯\n\n某某资讯\n\n首页 新闻\n\n原标题:云湖产业园一季度新签约项目6个\n\n3月28日,云湖产业园签约项目6个。"
    assert _infer(text).title == "云湖产业园一季度新签约项目6个"
    # a park's name makes a line a title, as a zone's does
    assert (
        _infer("欢迎访问某某资讯\n\n云湖产业园新签约项目6个\n\n3月28日,云湖产业园签约项目6个。").title
        == "云湖产业园新签约项目6个"
    )
