"""Shared pieces of the 100th held-out corpus: money cells, project money blocks, footers."""

from __future__ import annotations

from typing import Any

from tests.variants.kit import WAN, C, Sheet, money

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def wan(v: float) -> C:
    """An amount in 万元, the unit only in the number format."""
    return money(v, WAN)


def proj_money(total: Any, fiscal: Any, other: Any,
               annual: tuple[Any, Any, Any] | None = None) -> list[tuple[Any, ...]]:  # fmt: skip
    """The 中期 / 年度 money rows of a project head (a one-year project repeats the figures)."""
    a = annual or (total, fiscal, other)
    cell = lambda v: v if isinstance(v, (C, str)) else wan(v)  # noqa: E731
    return [
        ("中期资金总额", cell(total), "年度资金总额", cell(a[0])),
        ("其中：财政拨款", cell(fiscal), "其中：财政拨款", cell(a[1])),
        ("其他资金", cell(other), "其他资金", cell(a[2])),
    ]


def footer(s: Sheet, who: str, phone: str, date: Any) -> None:
    """Signature lines as offices leave them below the table."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", date)
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
