"""What a document's address says: the date in its path and the place its host names.

News and government sites file pages under their date (/2013/06/15/, /2013-05/29/, /2013/news_0615/,
/201305/t20130509_435088, /2024-12-26/, /202012/, or a query's ?time=2019-06-21) and local sites are named after their place in
pinyin (a 雅安 zone's site under yaan.gov.cn). Both are evidence when a page's text says neither;
:mod:`loaders.context.time` weighs the date below the page's own date lines, and
:mod:`loaders.context.subject` the place below the places the text names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from loaders.reference import Place, Reference

_YEAR = r"((?:19|20)\d{2})"
# A date filed as one path part or a CMS file name (t20130509_…), never digits inside an id.
_FULL_DATE = re.compile(rf"(?:^|(?<=[/_\-])|(?<=/t)){_YEAR}[/_\-]?(\d{{2}})[/_\-]?(\d{{2}})(?=$|[/_\-.])")
_QUERY_DATE = re.compile(rf"{_YEAR}-?(\d{{2}})-?(\d{{2}})")
_DATE_KEY = re.compile(r"date|time|day|^dt$|^d$")
# A year folder, then a channel's folder named with the month and day (/html/2012/news_1108/).
_YEAR_THEN_CHANNEL_DAY = re.compile(rf"(?:^|(?<=/)){_YEAR}/[a-z]+_(\d{{2}})(\d{{2}})(?=/)")
_YEAR_MONTH = re.compile(rf"(?:^|(?<=/)){_YEAR}(?:[\-_](\d{{1,2}})|(\d{{2}}))(?=/)")  # (/202011/, /2020_7/)
# Host labels that are never a place: kinds of site and of organisation.
_NOT_A_PLACE = frozenset({"www", "gov", "com", "cn", "net", "org", "edu", "news", "epaper", "paper", "m", "wap"})
_LEVEL_ORDER = {"province": 0, "city": 1, "county": 2}


@dataclass(frozen=True)
class AddressDate:
    value: str  # YYYY-MM-DD, or YYYY-MM when the path files by month
    surface: str  # the part of the path it was read from


@dataclass(frozen=True)
class AddressPlace:
    place: Place
    label: str  # the host label that names it


def _query(url: str) -> list[tuple[str, str]]:
    try:
        return parse_qsl(urlsplit(url).query)
    except ValueError:
        return []


def _path(url: str) -> str:
    try:
        return urlsplit(url).path
    except ValueError:
        return ""


def address_dates(url: str | None) -> list[AddressDate]:
    """Dates the address files the page under, most precise first."""
    if not url:
        return []
    path = _path(url)
    out: list[AddressDate] = []
    for m in [*_FULL_DATE.finditer(path), *_YEAR_THEN_CHANNEL_DAY.finditer(path)]:
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= month <= 12 and 1 <= day <= 31:
            out.append(AddressDate(f"{year:04d}-{month:02d}-{day:02d}", m.group(0)))
    if not out:
        for m in _YEAR_MONTH.finditer(path):
            month = int(m.group(2) or m.group(3))
            if 1 <= month <= 12:
                out.append(AddressDate(f"{m.group(1)}-{month:02d}", m.group(0)))
    if not out:
        # a paper's page picked by a query parameter that is a whole date (…?id=14758&time=2019-06-21)
        for key, value in _query(url):
            date = _QUERY_DATE.fullmatch(value)
            # (eight bare digits are a date only under a date's key: id=20190621 may be a number)
            if date is None or ("-" not in value and _DATE_KEY.search(key.lower()) is None):
                continue
            if 1 <= int(date.group(2)) <= 12 and 1 <= int(date.group(3)) <= 31:
                out.append(AddressDate(f"{date.group(1)}-{date.group(2)}-{date.group(3)}", value))
    return out


def address_places(url: str | None, reference: Reference) -> list[AddressPlace]:
    """Places the address is named after: a host label, or a folder of the path (a site's local
    news filed under /news/taixing/), that is the pinyin of exactly one place at its highest level
    (yaan → 雅安市; xian → 西安市 rather than the two counties so spelled)."""
    if not url:
        return []
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        folders = [f.lower() for f in parts.path.split("/")[1:-1]]
    except ValueError:
        return []
    out: list[AddressPlace] = []
    for label in [*host.split("."), *folders]:
        if len(label) < 4 or label in _NOT_A_PLACE or not label.isalpha():
            continue
        found = reference.places_by_pinyin.get(label, ())
        if not found:
            continue
        top = min(_LEVEL_ORDER[p.level] for p in found)
        highest = [p for p in found if _LEVEL_ORDER[p.level] == top]
        if len(highest) == 1:
            out.append(AddressPlace(highest[0], label))
    return out
