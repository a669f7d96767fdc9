"""Pieces shared by the returns of the 74th held-out corpus: the county, money rows, footers."""

from __future__ import annotations

from typing import Any

from tests.variants.kit import WAN, C, Sheet, money

COUNTY = "柘川县"
YEAR = 2027
GE = '"≥"0%'  # a percentage typed with ≥ carried by the number format
GE1 = '"≥"0.0%'
LE = '"≤"0%'
LE1 = '"≤"0.0%'


def wan(value: float) -> C:
    return money(value, WAN)


def one_year(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project (万元 in the number format)."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), None, None),
    ]


def multi_year(period: tuple[float, float, float], annual: tuple[float, float, float]) -> list:
    """The money rows of a multi-year project: (total, fiscal, other) for 中期 and 年度."""
    return [
        ("中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])),
        ("其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])),
        ("其他资金", wan(period[2]), "其他资金", wan(annual[2])),
    ]


def signoff(s: Sheet, who: str, phone: str, head: str = "单位负责人（签字）：") -> None:
    """The lines offices leave under the table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, head, None)
    s.row("填报日期：2026年11月18日", None, None, None, "（单位盖章）", None)
