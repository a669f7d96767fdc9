"""Pieces shared by the returns of the 112th held-out corpus (all invented)."""

from __future__ import annotations

from typing import Any

from tests.variants.kit import WAN, C, Sheet, money

YEAR = 2026
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def w(v: float) -> C:
    """An amount in 万元 with its unit only in the number format."""
    return money(v, WAN)


def one_year_money(total: Any, fin: Any, other: Any) -> list[tuple[Any, ...]]:
    return [
        ("年度资金总额", total, "其中：财政拨款", fin),
        ("其他资金", other, None, None),
    ]


def multi_money(p: tuple[Any, Any, Any], a: tuple[Any, Any, Any]) -> list[tuple[Any, ...]]:
    return [
        ("中期资金总额", p[0], "年度资金总额", a[0]),
        ("其中：财政拨款", p[1], "其中：财政拨款", a[1]),
        ("其他资金", p[2], "其他资金", a[2]),
    ]


def footer(s: Sheet, filled: str = "2025年11月18日") -> None:
    s.skip()
    s.row("填报人：", None, "联系电话：", None, "填报日期：", filled)
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
