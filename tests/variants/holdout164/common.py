"""Shared pieces of the 164th held-out corpus: money rows and indicator tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, C, Sheet, money

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def w(value: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked ``C`` is kept as given)."""
    if value is None or isinstance(value, (C, str)):
        return value
    return money(value, WAN)


def one_year(total: Any, fin: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 资金总额, 其中：财政拨款, 其他资金."""
    return [("资金总额", w(total), "其中：财政拨款", w(fin)), ("其他资金", w(other), None, None)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", w(period[0]), "年度资金总额", w(annual[0])),
        ("其中：财政拨款", w(period[1]), "其中：财政拨款", w(annual[1])),
        ("其他资金", w(period[2]), "其他资金", w(annual[2])),
    ]


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row, then the indicator rows with tier cells merged down their block."""
    s.row(*head)
    return s.table(rows, merged=merged)
