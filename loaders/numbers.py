"""Numbers as these reports write them: digits with separators, Chinese numerals, 千亿/百亿, ranges.

Values are Decimal, never float: a warehouse that stores 1234.56 must give back 1234.56.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

import cn2an

CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
# A number as written: Arabic with optional thousands separators and decimals, or Chinese numerals.
ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
CHINESE = rf"[零〇一二两三四五六七八九十][{CN_DIGITS}]*(?:点[零〇一二三四五六七八九]+)?"
NUMBER = rf"(?:{ARABIC}|{CHINESE})"
# A small count of units or firms (3家, 十二个): lists of zones and of honoured units give theirs.
COUNT_OF_UNITS = r"(?:\d{1,3}|[一两二三四五六七八九十]{1,3})(?:家|个)"

# "百分之十二点五" is a percentage written in words.
PERCENT_WORDS = re.compile(rf"百分之({CHINESE})")

_MAGNITUDE_WORDS = {"千亿": (Decimal(1000), "亿"), "百亿": (Decimal(100), "亿"), "万亿": (Decimal(10000), "亿")}


def parse_number(text: str) -> Decimal | None:
    """The value of a number as written; None when it is not a number (or a template like xx)."""
    text = text.strip()
    if not text:
        return None
    if re.fullmatch(ARABIC, text):
        try:
            return Decimal(text.replace(",", ""))
        except InvalidOperation:
            return None
    if re.fullmatch(CHINESE, text):
        if re.fullmatch(r"[一二两三四五六七八九]{2,}", text):
            return None  # "三四家" is three or four, "唯一一家" the only one: no number of its own
        try:
            value = cn2an.cn2an(text.replace("〇", "零"), "smart")
        except (ValueError, KeyError):
            return None
        return Decimal(str(value)).normalize() if "." in str(value) else Decimal(int(value))
    return None


def parse_percent_words(text: str) -> Decimal | None:
    match = PERCENT_WORDS.fullmatch(text)
    return parse_number(match.group(1)) if match else None


def implicit_magnitude(word: str) -> tuple[Decimal, str] | None:
    """千亿元 / 百亿元 written without a leading numeral mean 1000 / 100 亿元."""
    return _MAGNITUDE_WORDS.get(word)


def to_plain(value: Decimal) -> Decimal:
    """A Decimal without exponent or trailing zeros, for stable keys and JSON."""
    normalized = value.normalize()
    return normalized.quantize(Decimal(1)) if normalized == normalized.to_integral() else normalized
