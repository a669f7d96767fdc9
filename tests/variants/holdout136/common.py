"""Small helpers shared by the returns of the 136th held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, C, Sheet, money


def wan(v: float) -> C:
    """An amount in 万元, the unit only in the number format."""
    return money(v, WAN)


def one_year_money(total: float, grant: float, other: float) -> list[tuple[Any, ...]]:
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(grant)),
        ("其他资金", wan(other), None, None),
    ]


def multi_year_money(period: Sequence[float], annual: Sequence[float]) -> list[tuple[Any, ...]]:
    """``period`` and ``annual``: (总额, 财政拨款, 其他资金)."""
    return [
        ("中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])),
        ("其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])),
        ("其他资金", wan(period[2]), "其他资金", wan(annual[2])),
    ]


def footer(s: Sheet, who: str, phone: str, date: str) -> None:
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, f"填报日期：{date}")
    s.row("单位负责人（签字）：", None, None, None, "（单位盖章）")
