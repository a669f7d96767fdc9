"""Helpers shared by the returns of the 169th held-out corpus: money blocks for the project
head, indicator tables with merged tiers, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import C, Sheet

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def _amount(v: Any, fmt: str | None) -> Any:
    """An amount, with the number format ``fmt`` unless it is already a cell or a text."""
    if fmt and isinstance(v, (int, float)):
        return C(v, fmt)
    return v


def money_one(total: Any, fiscal: Any, other: Any, fmt: str | None = None) -> list[tuple[Any, ...]]:
    """The money lines of a one-year project: 资金总额 with 财政拨款, then 其他资金 below it."""
    return [
        ("资金总额", _amount(total, fmt), "其中：财政拨款", _amount(fiscal, fmt)),
        (None, None, "其他资金", _amount(other, fmt)),
    ]


def money_two(mid: Sequence[Any], year: Sequence[Any], fmt: str | None = None,
              mid_label: str = "中期资金总额") -> list[tuple[Any, ...]]:  # fmt: skip
    """The money lines of a project with a 中期 (or 实施期) and a 年度 column:
    ``mid`` and ``year`` are (总额, 财政拨款, 其他资金)."""
    m = [_amount(v, fmt) for v in mid]
    y = [_amount(v, fmt) for v in year]
    return [
        (mid_label, m[0], "年度资金总额", y[0]),
        ("其中：财政拨款", m[1], "其中：财政拨款", y[1]),
        ("其他资金", m[2], "其他资金", y[2]),
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """A header row and the indicator rows under it, the tier columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A footnote line merged across the table."""
    return s.row(text, merge=[(1, width)])
