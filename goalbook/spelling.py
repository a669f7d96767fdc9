"""How values are spelled: full-width forms and spaces folded away (the form every reader and
rule compares in), numbers written without an exponent, a cell's value as a person reads it, an
amount typed as text."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from goalbook.model import CellValue

_FOLD = str.maketrans({"％": "%", "＞": ">", "＜": "<", "＝": "=", "～": "~", "—": "-", "－": "-"})


@functools.lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Full-width digits, letters and symbols to their ASCII forms; spaces and breaks out."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    text = re.sub(r"\s+", "", text)
    # ㎡ and ㎥ fold to m2 and m3, whose digit no unit may hold: the units by their names (also
    # under a slash: μg/m³ is μg/立方米)
    return _SQUARE.sub(_SQUARE_UNIT, text) if "m" in text else text


_SQUARE = re.compile(r"(?<=[\d.万千/])m([23])(?=$|/)")  # 5m2, 1.5万m2, 30μg/m3


def _SQUARE_UNIT(m: re.Match[str]) -> str:
    return "平方米" if m[1] == "2" else "立方米"


def to_decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def number_text(value: Decimal) -> str:
    """95, 0.5, 1500 — never an exponent."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def cell_text(value: CellValue) -> str:
    """A cell value as a person reads it: 95.0 → "95", dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        shortest = repr(value)  # the shortest text that reads back as the same float
        if "e" in shortest:
            return number_text(Decimal(shortest))
        return shortest.removesuffix(".0")
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value).strip()


@dataclass(frozen=True)
class TextAmount:
    """An amount typed as text: its number (spaces and group commas out), the unit written
    after it (万元, 万, 元, % or none) and how the text was damaged: "split" (digits split by a
    space, 1205.337 6), "twice" (pasted twice, 120万120万) or ""."""

    digits: str
    unit: str
    flaw: str


# An optional currency sign, the number (its digits perhaps split by spaces, as PDF conversion
# leaves them), a money unit or %, and perhaps a note in brackets or ，其中… after it; the
# reader (which cells of a money block hold amounts) and the rules (what they hold) read alike.
_DIGITS = r"\d[\d,]*(?:\s+[\d,]+)*(?:\.\d+(?:\s+\d+)*)?|\.\d+"
_UNIT = r"万元|万|元|%"
_AMOUNT = re.compile(rf"[¥￥]?\s*(-?(?:{_DIGITS}))\s*({_UNIT})?\s*(?P<rest>.*)", re.S)
_TWICE = re.compile(rf"[¥￥]?\s*(-?(?:{_DIGITS}))\s*({_UNIT})?\s*\1\s*\2")
_NOTE = re.compile(r"[（(].*[)）]|[,;；]\s*其中.*", re.S)  # （其中…）, or ，其中… after it
# the whole's own label before its amount in one cell (年度预算：资金总额1860万元（其中…）)
_LEAD = re.compile(r"^(?:资金总额|总额|合计|金额|总计|总预算)\s*[：:]?\s*(?=[¥￥\d])")


@functools.lru_cache(maxsize=8192)
def text_amount(text: str) -> TextAmount | None:
    """The amount a text holds (``180万(其中设备 120万元)`` is 180 万), None for any other text."""
    text = _LEAD.sub("", text.strip().replace("，", ",").replace("．", "."))
    twice = _TWICE.match(text)
    if twice is not None:  # read the first copy (and the note after the second)
        text = text[: max(twice.end(1), twice.end(2))] + text[twice.end() :]
    m = _AMOUNT.fullmatch(text)
    if m is None or (m["rest"] and not _NOTE.fullmatch(m["rest"])):
        return None
    flaw = "twice" if twice else "split" if re.search(r"\d\s+\d", m[1]) else ""
    return TextAmount(re.sub(r"[\s,]", "", m[1]), m[2] or "", flaw)
