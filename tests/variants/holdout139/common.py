"""Small helpers shared by the returns of the 139th held-out corpus."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Sheet, money

OP_HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
TWO_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")


def w(value: float) -> Any:
    """An amount in 万元 carried by the number format only."""
    return money(value, WAN)


def one_year_money(total: float, fin: float, other: float) -> list[Sequence[Any]]:
    return [
        ("年度资金总额", w(total), "其中：财政拨款", w(fin)),
        ("其他资金", w(other), None, None),
    ]


def multi_year_money(period: Sequence[float], annual: Sequence[float]) -> list[Sequence[Any]]:
    """(total, 财政拨款, 其他资金) for the period and for the year."""
    return [
        ("中期资金总额", w(period[0]), "年度资金总额", w(annual[0])),
        ("其中：财政拨款", w(period[1]), "其中：财政拨款", w(annual[1])),
        ("其他资金", w(period[2]), "其他资金", w(annual[2])),
    ]


def footer(s: Sheet, *lines: Any) -> None:
    s.skip()
    for line in lines:
        s.row(line, merge=[(1, 6)])
