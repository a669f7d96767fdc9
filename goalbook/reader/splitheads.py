"""A header whose words a conversion (PDF or Word to Excel) split over two rows: 一级 │ 二级 │
三级 │ 计量 over 指标 │ 指标 │ 指标 │ 单位. The two rows are one header, each column's words joined
(一级指标, 计量单位); the indicators start under the second row."""

from __future__ import annotations

import re

from goalbook.model import CellValue

# The ends of header words a split leaves on the second row: only these, so that a data row
# of short labels under a header (产出 │ 数量 │ …) is never taken for one.
_TAILS = frozenset(
    ("指标", "指标值", "名称", "内容", "单位", "依据", "方向", "性质", "类型", "分值", "权重", "值")
)


_SPACE = re.compile(r"\s+")


def _is_tail(text: str) -> bool:
    """The end of a header word (指标, 单位, 目标值); at most three characters, so that a tier
    label of a data row (数量指标) is none."""
    return text in _TAILS or (len(text) <= 3 and text.endswith(("值", "指标", "单位", "依据")))


def split_words(rows: list[list[CellValue]], r: int, width: int) -> list[CellValue] | None:
    """Rows r and r + 1 (their first ``width`` cells) as one header whose words are split
    between them, each column's words joined; None when row r + 1 is not the second half of row
    r's words: every filled cell of it a word end under a short word of row r, two at least."""
    if r + 1 >= len(rows):
        return None
    upper, lower = rows[r][:width], rows[r + 1][:width]
    joined: list[CellValue] = list(upper) + [None] * max(0, len(lower) - len(upper))
    pairs = 0
    for c, below in enumerate(lower):
        if below is None or below == "":
            continue
        above = upper[c] if c < len(upper) else None
        if type(below) is not str or type(above) is not str:
            return None
        tail, head = _SPACE.sub("", below), above.strip()  # 指标⏎值: typed on two lines
        if not _is_tail(tail) or not 1 <= len(head) <= 4:
            return None
        joined[c] = head + tail
        pairs += 1
    return joined if pairs >= 2 else None
