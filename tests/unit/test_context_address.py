"""A page's address as evidence: the date its path files it under, the place its host is named after."""

from decimal import Decimal
from pathlib import Path

import pytest

from loaders.context.address import address_dates, address_places
from loaders.context.subject import decide_subject, document_places
from loaders.context.time import decide_time
from loaders.extract import extract_document
from loaders.manifest import ManifestError, load_manifest
from loaders.normalise import normalise
from loaders.read import sha256_hex
from loaders.reference import Reference
from models.records import Document, DocumentMeta


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("http://news.example.cn/system/2016/03/08/05012345.shtml", "2016-03-08"),
        ("http://city.example.com/2017-09/12/content_998877.htm", "2017-09-12"),
        ("http://www.example.cn/xwzx/201904/t20190415_123456.html", "2019-04-15"),
        ("https://paper.example.cn/html/2023-11/30/content_77_88.htm", "2023-11-30"),
        ("https://www.example.cn/jingji/2025-01-07/55443_pc.html", "2025-01-07"),
        ("http://www.example.cn/local/201812/44556677.html", "2018-12"),
        ("http://paper.example.cn/p/a.aspx?id=5512&t=2&time=2020-08-14", "2020-08-14"),
        ("http://paper.example.cn/show.php?pubdate=20200814&id=3", "2020-08-14"),
        ("http://www.example.cn/html/2014/tzgg_0922/12345.shtml", "2014-09-22"),
        ("http://www.example.net.cn/html/news/2020_7/54345.html", "2020-07"),
    ],
)
def test_dates_in_the_forms_sites_file_pages_under(url: str, date: str) -> None:
    assert [d.value for d in address_dates(url)][:1] == [date]


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/emotion/me/2f268907d1f1201c68cdefad0183fdd4.html",  # digits inside a hash
        "http://www.example.com:2027/detail.aspx?NewsCode=NC2057&NewsId=20190415",  # an id, not a date's key
        "http://www.example.cn/news/detail/20191345.html",  # no 13th month
        "http://www.example.cn/html/2014/list_1399/1.html",  # a channel numbered, not dated
        "not a url",
        "",
    ],
)
def test_ids_and_queries_are_not_dates(url: str) -> None:
    assert address_dates(url) == []


def test_a_host_named_after_a_place(reference: Reference) -> None:
    names = [p.place.name for p in address_places("https://jkq.yaan.gov.cn/xinwen/show/abc.html", reference)]
    assert names == ["雅安市"]
    # one city and two counties are spelled xian: the city, the highest level, is meant
    assert [p.place.name for p in address_places("http://www.xian.gov.cn/x.html", reference)] == ["西安市"]
    # a folder of the path files a site's local news by place; a page's own name is not a folder
    assert [p.place.name for p in address_places("https://www.example.com/yaan/page.html", reference)] == ["雅安市"]
    assert address_places("https://www.example.com/news/yaan.html", reference) == []
    assert address_places("http://news.hsw.cn/a.html", reference) == []


def test_the_address_dates_a_page_that_prints_no_date() -> None:
    text = "本报讯 日前,高新区一批产业项目集中签约,签约项目12个。"
    meta = DocumentMeta(file_name="x.txt", url="http://news.example.cn/system/2016/03/08/1.shtml")
    time = decide_time(text, meta)
    assert (time.published_on, time.published_rule, time.report_year) == ("2016-03-08", "address_date", 2016)
    assert decide_time(text, DocumentMeta(file_name="x.txt")).report_year is None


def test_the_pages_own_date_line_outweighs_its_address() -> None:
    text = "发布时间:2021-05-06 10:00\n经开区一季度实现产值30亿元。"
    meta = DocumentMeta(file_name="x.txt", url="http://www.example.cn/2020/01/02/1.html")
    assert decide_time(text, meta).published_on == "2021-05-06"


def test_a_generic_only_page_on_a_place_named_site_is_about_that_places_zone(reference: Reference) -> None:
    texts = [normalise(t).text for t in ("上半年经开区工业增加值增长12%。", "经开区新签约项目6个。")]
    title = normalise("上半年经开区经济运行稳中有进").text
    url = "https://jkq.yaan.gov.cn/news/1.html"
    places = document_places(texts, title, reference, url)
    assert decide_subject(texts, reference, title, places).main_zone == "雅安经济技术开发区"
    assert decide_subject(texts, reference, title).main_zone is None
    # a city the text names outweighs the host's
    named = [*texts, normalise("助力九江市实现突破。").text, normalise("九江市领导调研。").text]
    places = document_places(named, title, reference, url)
    assert decide_subject(named, reference, title, places).main_zone == "九江经济技术开发区"


def test_a_list_of_fetched_pages_serves_as_a_manifest(tmp_path: Path) -> None:
    sources = tmp_path / "sources.tsv"
    sources.write_text("doc\turl\tquery\na.txt\thttps://jkq.yaan.gov.cn/1.html\t经开区\nb.txt\t\t\n", encoding="utf-8")
    metas = load_manifest(sources)
    assert (metas["a.txt"].url, metas["b.txt"].url) == ("https://jkq.yaan.gov.cn/1.html", None)
    sources.write_text("doc\turl\na.txt\tjkq.yaan.gov.cn\n", encoding="utf-8")
    with pytest.raises(ManifestError, match=r"sources.tsv:2: url 'jkq.yaan.gov.cn' is not an http\(s\):// address"):
        load_manifest(sources)


def test_a_province_the_page_names_far_more_than_its_host_city_is_where_it_reports_from(reference: Reference) -> None:
    lines = [
        "温州市湖南商会",
        "作者:温州湖南商会",
        "湖南产业园区一季度运行平稳",
        "据湖南省统计局消息,一季度全省园区增长8%,湖南园区贡献突出。",
    ]
    texts = [normalise(t).text for t in lines]
    places = document_places(texts, texts[0], reference)
    assert places["province"].name == "湖南省" and "city" not in places
    # a city's page that names its province as often keeps its city
    own = [normalise(t).text for t in ("温州日报讯", "温州经开区一季度增长8%,浙江开发区中居前列。")]
    assert document_places(own, own[0], reference)["city"].name == "温州市"


def test_a_page_naming_no_place_filed_under_a_county_is_that_county_s_own(reference: Reference) -> None:
    texts = [normalise("2009年,工业经济平稳增长,其中经济开发区完成开票销售50亿元,其中经济开发区实现利税6亿元。").text]
    url = "http://www.example.cn/html/news/taixing/2010/0105/1.html"
    places = document_places(texts, "", reference, url)
    assert decide_subject(texts, reference, "", places).main_zone == "泰兴经济开发区"
    # and 全市 there is that county-level city
    texts = [normalise("2009年,全市工业园区完成开票销售80亿元。全市工业园区新增企业30家。").text]
    places = document_places(texts, "", reference, url)
    assert decide_subject(texts, reference, "", places).main_zone == "泰兴市工业园区"


def test_a_county_s_group_of_zones_and_its_own_zone_on_its_own_page(reference: Reference) -> None:
    text = "2009年,“一区三园”共完成开票销售80亿元,占全市总量的55%。其中经济开发区完成开票销售50亿元,占“一区三园”总量的62%。"
    meta = DocumentMeta(file_name="x.txt", url="http://www.example.cn/html/news/taixing/2010/0105/1.html")
    doc = Document(doc_id=sha256_hex(text.encode()), meta=meta, encoding="utf-8", n_bytes=len(text.encode()), text=text)
    ex = extract_document(doc, reference)
    assert {(f.zone, f.indicator, f.value) for f in ex.metrics} == {
        ("泰兴市一区三园", "开票销售", Decimal(80)),
        ("泰兴市一区三园", "开票销售", Decimal(55)),
        ("泰兴经济开发区", "开票销售", Decimal(50)),
        ("泰兴经济开发区", "开票销售", Decimal(62)),
    }
