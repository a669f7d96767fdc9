"""Helpers shared by the returns of the 151th held-out corpus."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, C, Sheet, money


def wan(v: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a marked C passes through)."""
    if isinstance(v, C):
        return v if v.fmt else C(v.value, WAN, v.marks)
    return money(v, WAN)


def pmoney(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a project head: (total, 财政拨款, 其他资金) for the period and the year."""
    return [
        ("实施期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])),
        ("其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])),
        ("其他资金", wan(period[2]), "其他资金", wan(annual[2])),
    ]


def footer(s: Sheet, date: str = "2026年10月") -> None:
    """Signature lines as offices leave them."""
    s.skip()
    s.row("单位负责人：", None, "财务负责人：", None, "填报人：")
    s.row(f"填报日期：{date}")
