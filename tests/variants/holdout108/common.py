"""Small helpers shared by the returns of the 108th held-out corpus."""

from __future__ import annotations

from typing import Any

from tests.variants.kit import WAN, Sheet, money

W6 = (14, 16, 30, 12, 16, 14)
W8 = (14, 16, 30, 10, 14, 14, 10, 16)


def one_year(total: float, fiscal: float, other: float, fmt: str = WAN) -> list[list[Any]]:
    """Money rows of a one-year project head."""
    return [
        ["年度资金总额", money(total, fmt), "其中：财政拨款", money(fiscal, fmt)],
        ["其他资金", money(other, fmt), None, None],
    ]


def multi_year(period: tuple[float, float, float], annual: tuple[float, float, float],
               fmt: str = WAN) -> list[list[Any]]:  # fmt: skip
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ["中期资金总额", money(period[0], fmt), "年度资金总额", money(annual[0], fmt)],
        ["其中：财政拨款", money(period[1], fmt), "其中：财政拨款", money(annual[1], fmt)],
        ["其他资金", money(period[2], fmt), "其他资金", money(annual[2], fmt)],
    ]


def footer(s: Sheet, unit: str, person: str, phone: str) -> None:
    """The signature line offices leave under the table."""
    s.skip()
    s.row(f"填报单位（盖章）：{unit}", None, None, f"填报人：{person}", None, f"联系电话：{phone}")
