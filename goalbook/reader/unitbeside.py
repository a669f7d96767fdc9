"""A value and its unit in two cells under one merged value header (预期目标 over 2 000 │ 人,
30 │ 个工作日), as tables pasted from Word or a PDF keep them: the second cell is the unit."""

from __future__ import annotations

import dataclasses
import re

from goalbook.grades import is_grade_word
from goalbook.reader.tableheader import TableHeader

# a unit written alone: short, no digit, no operator, no words of a note (按工种分档, 含线上)
_NOT_UNIT = re.compile(r"[\d≥≤><=＞＜＝（）()按含以及或为定]")
_SAMPLE = 40  # rows looked at under the header


def unit_beside(header: TableHeader) -> TableHeader | None:
    """``header`` with the column right of its value column as the unit column, when the value
    header is merged over both and no unit column is named, and most of the texts under the
    second column are units; None otherwise."""
    sheet, r, cols = header.sheet, header.row, header.cols
    c = cols.get("annual")
    if c is None or "unit" in cols or "period" in cols or c + 1 in cols.values():
        return None
    if sheet.anchors.get((r, c + 1)) != (r, c) or sheet.anchors.get((r, c + 2)) == (r, c):
        return None  # the cheap test: most value headers are not merged over two columns
    texts = [
        sheet.text(k, c + 1, spread=False) for k in range(r + 1, min(sheet.nrows, r + _SAMPLE))
    ]
    texts = [t for t in texts if t]
    units = [t for t in texts if _unit_like(t)]
    if len(units) < 3 or len(units) < 0.8 * len(texts):
        return None
    return dataclasses.replace(header, cols={**cols, "unit": c + 1})


def _unit_like(text: str) -> bool:
    return len(text) <= 5 and _NOT_UNIT.search(text) is None and not is_grade_word(text)
