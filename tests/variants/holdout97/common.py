"""Shared pieces of the 97th held-out corpus: money rows, headers and footers."""

from __future__ import annotations

from typing import Any

from tests.variants.kit import WAN, Sheet, money

OP6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


def w(v: float) -> Any:
    return money(v, WAN)


def one_year_money(total: float, fin: float, other: float) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 中期 = 年度."""
    return [
        ("中期资金总额", w(total), "年度资金总额", w(total)),
        ("其中：财政拨款", w(fin), "其中：财政拨款", w(fin)),
        ("其他资金", w(other), "其他资金", w(other)),
    ]


def footer(s: Sheet, who: str, phone: str) -> None:
    s.skip()
    s.row("填报单位（盖章）：", None, "单位负责人：", None, "填报人：" + who, "电话：" + phone)
