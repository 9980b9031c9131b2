"""A normalised view of a stretch of original text, with a map from every character back.

Extractors match patterns on the normalised view — NFKC (full-width digits and punctuation become
ASCII), traditional characters folded to simplified ones, invisible characters dropped, line
breaks inside a paragraph and spaces inside numbers or between Chinese characters removed — and report spans in original
offsets through the map, so a quote is always the original characters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from loaders.traditional import to_simplified_char


@dataclass(frozen=True)
class NormText:
    text: str
    offsets: tuple[int, ...]  # offsets[i] = original offset of text[i]
    end: int  # original offset just past the stretch

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalised slice text[start:end]; end exclusive."""
        if end <= start:
            pos = self.offsets[start] if start < len(self.offsets) else self.end
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    def __len__(self) -> int:
        return len(self.text)


def _is_ascii_word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "-_/.")


# Invisible characters: format characters (zero-width spaces and joiners, byte-order marks,
# bidi controls, soft hyphens) and combining marks. Pasted or scraped text carries them inside
# numbers and names ("12\u200b3.4亿元"), where they would break every pattern; they are dropped
# from the normalised view, and the original span keeps them.
_INVISIBLE = frozenset(("Cf", "Mn", "Me"))


@lru_cache(maxsize=8192)
def _fold(ch: str) -> str:
    if unicodedata.category(ch) in _INVISIBLE:
        return ""
    folded = unicodedata.normalize("NFKC", ch)
    if folded == "\u3000":
        return " "
    if len(folded) == 1:
        folded = to_simplified_char(folded)
    return folded


class _FoldTable(dict[int, str]):
    """``str.translate`` table of ``_fold``, filled as characters are met: folding a paragraph is
    then one pass in C instead of a Python call per character. ``irregular`` holds the characters
    that do not fold to exactly one character, for which the offset map needs the slow path."""

    def __init__(self) -> None:
        super().__init__()
        self.irregular: set[str] = set()

    def __missing__(self, code: int) -> str:
        folded = _fold(chr(code))
        self[code] = folded
        if len(folded) != 1:
            self.irregular.add(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


_PINYIN = set("abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü")
_PINYIN_READING = re.compile(r"[\u4e00-\u9fff]\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)")


def _drop_pinyin(chars: list[str], offsets: list[int]) -> tuple[list[str], list[int]]:
    """Mirror sites annotate characters with their reading, "實(shí)現(xiàn)": the readings go."""
    if not _PINYIN_READING.search("".join(chars)):
        return chars, offsets
    out_chars: list[str] = []
    out_offsets: list[int] = []
    i, n = 0, len(chars)
    while i < n:
        if chars[i] == "(" and out_chars and "\u4e00" <= out_chars[-1] <= "\u9fff":
            j = i + 1
            while j < n and j - i <= 7 and chars[j] in _PINYIN:
                j += 1
            if j < n and chars[j] == ")" and j > i + 1 and any(c not in "abcdefghijklmnopqrstuvwxyz" for c in chars[i + 1 : j]):
                i = j + 1
                continue
        out_chars.append(chars[i])
        out_offsets.append(offsets[i])
        i += 1
    return out_chars, out_offsets


def fold_text(text: str) -> str:
    """Every character folded as in the normalised view (NFKC, simplified), line breaks kept."""
    return text.translate(_FOLD_TABLE)


# A date or a time of day ends before the space: "2021-03-02 9:11 8124次浏览" is a date, a clock
# and a counter, not 2021-03-029:118124.
_CLOCK_BEFORE = re.compile(r"(?<!\d)(?:\d{1,2}:\d{2}|\d{4}-\d{1,2}-\d{1,2})$")


def _drop_space(prev: str, nxt: str, keep_tabs: bool, before: str = "") -> bool:
    if not prev or not nxt:
        return True
    # Keep the space between two words of Latin text ("TFT-LCD AMOLED"), but not between a digit
    # and a Chinese unit ("1234.5 亿元") or between Chinese characters broken by a re-flow.
    if prev == "." and nxt.isdigit() and before[-2:-1].isdigit() and not keep_tabs:
        return True  # "31. 7亿元": a decimal a converted PDF broke after its point
    if _is_ascii_word(prev) and _is_ascii_word(nxt):
        return prev.isdigit() and nxt.isdigit() and not keep_tabs and not _CLOCK_BEFORE.search(before)
    return True


# "园区跑出加速度 上半年园区营业收入增长6.2%": a headline and its text on one line, a
# space between them. Kept as a clause break (a comma in the view) where the text after the space
# opens with a time, or with the total of what the headline announced (…集中签约开工 总投资…), so
# that no indicator runs from the headline into the text; the space of a date (2023年 1-6月) is no
# break.
_OPENS_ANEW = re.compile(
    r"(?:今年|去年|上半年|下半年|前三季度|[一二三四]季度|\d{1,2}[-—~至]\d{1,2}月|(?:19|20)\d{2}年|近年来|截至|截止"
    r"|(?:计划)?总投资(?:额)?(?:约|超|近|达)?\d"
    # a zone's name after a headline's words ("项目为王 某某高新区跑出加速度"), not the rest of a
    # name a space split (某市 经济技术开发区)
    r"|(?!经济|高新|技术|产业|工业)[\u4e00-\u9fff]{2,6}?(?:高新区|经开区|开发区|新区|园区|集聚区)(?![\u4e00-\u9fff]{0,2}[,。;])"
    r")"
)


# "新增企业居前的园区:" over lines "甲园区新增企业318家" / "乙园区206家": a line that ends with a
# figure and its unit ends a clause where the next line opens with words, so that the lines of a
# list do not run into one another ("318家乙园区206家"). A date's unit (2023年 / 上半年) and a
# number broken before its unit (12.5亿 / 元) run on.
_FIGURE_ENDS_LINE = re.compile(r"\d(?:%|[万亿]?(?:元|美元)|家|个|项|户|人|亩|公顷|吨|个?百分点|倍|万?平方(?:公里|千米|米))$")
_UNIT_OPENS_LINE = re.compile(r"[元美万亿%]")


def _heading_break(prev: str, run: str, following: str, before: str = "") -> bool:
    if "\n" in run and _FIGURE_ENDS_LINE.search(before) and _is_cjk(following[:1]) and not _UNIT_OPENS_LINE.match(following):
        return True
    return "\u4e00" <= prev <= "\u9fff" and prev not in "年月日季度" and not run.strip(" ") and bool(_OPENS_ANEW.match(following))


_SPACE_RUN = re.compile(r"[ \n\r\f\v\t]+")
_SPACE_RUN_KEEP_TABS = re.compile(r"[ \n\r\f\v]+")


def normalise(original: str, start: int = 0, end: int | None = None, keep_tabs: bool = False) -> NormText:
    """Normalise original[start:end]; with keep_tabs the tabs of a table row survive as separators."""
    end = len(original) if end is None else end
    segment = original[start:end]
    folded = segment.translate(_FOLD_TABLE)
    if _FOLD_TABLE.irregular.isdisjoint(segment) and not _PINYIN_READING.search(folded):
        return _normalise_spaces(folded, start, keep_tabs)
    return _normalise_char_by_char(original, start, end, keep_tabs)


# Some converted pages print the decimal point as a full stop: "2。87亿元", "增长104。4%". Between
# digits, and not before a month or a day (增长12。3月份…), it is the point.
_FULL_STOP_AS_POINT = re.compile(r"(?<=\d)。(?=\d(?!\d?[月日年号]))")


def _decimal_marks(norm: NormText) -> NormText:
    if "。" not in norm.text:
        return norm
    return NormText(_FULL_STOP_AS_POINT.sub(".", norm.text), norm.offsets, norm.end)


def _cell_gap(row: str) -> int:
    """The width of the gap between a table row's cells: wide gaps, or single spaces in a row that
    has no wider one and no tab ("地区生产总值 487.45 6.8", a table copied from a web page)."""
    return 2 if "\t" in row or re.search(r"\S {2,}\S", row.strip()) else 1


def _is_cell_break(run_length: int, gap: int, prev: str, nxt: str, tabbed: bool) -> bool:
    """Whether a run of spaces in a table row separates two cells. In a row whose cells are
    separated by tabs, spaces next to a tab pad a cell, and spaces between two Chinese characters
    pad a label to its column's width ("名  称", "合  计"): neither is a cell of its own."""
    if run_length < gap or not prev or not nxt:
        return False
    return not tabbed or not ("\t" in (prev, nxt) or (_is_cjk(prev) and _is_cjk(nxt)))


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _normalise_spaces(folded: str, start: int, keep_tabs: bool) -> NormText:
    """The whitespace rules of ``_normalise_char_by_char`` on text folded one character to one, so
    that folded[i] comes from original[start + i]: one regex pass, slices instead of characters."""
    n = len(folded)
    pieces: list[str] = []
    spans: list[range] = []
    last = 0
    gap = _cell_gap(folded) if keep_tabs else 2
    tabbed = "\t" in folded
    tail = ""  # the last characters written, as the character-by-character rules see them
    for run in (_SPACE_RUN_KEEP_TABS if keep_tabs else _SPACE_RUN).finditer(folded):
        i, j = run.span()
        pieces.append(folded[last:i])
        spans.append(range(start + last, start + i))
        tail = (tail + folded[last:i])[-11:]
        prev = tail[-1:]
        nxt = folded[j] if j < n else ""
        if keep_tabs and _is_cell_break(j - i, gap, prev, nxt, tabbed):
            pieces.append("\t")
        elif _heading_break(prev, folded[i:j], folded[j : j + 8], tail[-8:]):
            pieces.append(",")
        elif not _drop_space(prev, nxt, keep_tabs, tail):
            pieces.append(" ")
        else:
            last = j
            continue
        spans.append(range(start + i, start + i + 1))
        tail = (tail + pieces[-1])[-11:]
        last = j
    pieces.append(folded[last:])
    spans.append(range(start + last, start + n))
    return _decimal_marks(NormText("".join(pieces), tuple(chain.from_iterable(spans)), start + n))


def _normalise_char_by_char(original: str, start: int, end: int, keep_tabs: bool) -> NormText:
    chars: list[str] = []
    offsets: list[int] = []
    for pos in range(start, end):
        folded = _fold(original[pos])
        for ch in folded:
            chars.append(ch)
            offsets.append(pos)
    chars, offsets = _drop_pinyin(chars, offsets)
    out_chars: list[str] = []
    out_offsets: list[int] = []
    i = 0
    n = len(chars)
    gap = _cell_gap("".join(chars)) if keep_tabs else 2
    tabbed = "\t" in chars
    while i < n:
        ch = chars[i]
        if ch in " \n\r\f\v" or (ch == "\t" and not keep_tabs):
            j = i
            while j < n and (chars[j] in " \n\r\f\v" or (chars[j] == "\t" and not keep_tabs)):
                j += 1
            prev = out_chars[-1] if out_chars else ""
            nxt = chars[j] if j < n else ""
            if keep_tabs and _is_cell_break(j - i, gap, prev, nxt, tabbed):
                # a wide gap separates the cells of a space-aligned table row: it becomes a tab
                out_chars.append("\t")
                out_offsets.append(offsets[i])
            elif _heading_break(prev, "".join(chars[i:j]), "".join(chars[j : j + 8]), "".join(out_chars[-8:])):
                out_chars.append(",")
                out_offsets.append(offsets[i])
            elif not _drop_space(prev, nxt, keep_tabs, "".join(out_chars[-11:])):
                out_chars.append(" ")
                out_offsets.append(offsets[i])
            i = j
            continue
        out_chars.append(ch)
        out_offsets.append(offsets[i])
        i += 1
    return _decimal_marks(NormText("".join(out_chars), tuple(out_offsets), end))
