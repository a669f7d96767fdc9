"""Pieces of the 岚川省 (invented) standard forms shared by the returns of the 77th set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, C, Sheet, money

GE = '"≥"0%'  # a rate typed as 95% in a cell formatted to show ≥95%
LE = '"≤"0%'
GE1 = '"≥"0.0%'
LE1 = '"≤"0.0%'


def w(value: float, fmt: str = WAN) -> C:
    """An amount in 万元, the unit only in the number format."""
    return money(value, fmt)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", total, "其中：财政拨款", fiscal),
        (None, None, "其他资金", other),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", period[0], "年度资金总额", annual[0]),
        ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
        ("其他资金", period[2], "其他资金", annual[2]),
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), label: str | None = "绩效指标") -> int:  # fmt: skip
    """A label row (optional), the header row and the indicator rows, tiers merged down."""
    if label:
        s.row(label, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def signatures(s: Sheet, unit: str, person: str, phone: str) -> None:
    s.skip()
    s.row(f"填报单位（盖章）：{unit}", None, None, f"填报人：{person}", f"联系电话：{phone}")
    s.row("单位负责人：", None, None, "财务负责人：")
