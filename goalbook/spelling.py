"""How values are spelled: full-width forms and spaces folded away (the form every reader and
rule compares in), numbers written without an exponent, a cell's value as a person reads it."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
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
