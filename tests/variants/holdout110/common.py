"""Shared pieces of the 110th held-out corpus: the county's (松岙县, invented) standard forms."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2027
OPS6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


def wan(v: float) -> C:
    """An amount in 万元 carrying its unit only in the number format."""
    return money(v, WAN)


def one_year(total: float, fiscal: float, other: float) -> list[list[Any]]:
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """(total, fiscal, other) for the 中期 and 年度 columns."""
    return [
        ["中期资金总额", period[0], "年度资金总额", annual[0]],
        ["其中：财政拨款", period[1], "其中：财政拨款", annual[1]],
        ["其他资金", period[2], "其他资金", annual[2]],
    ]


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> None:  # fmt: skip
    s.row("绩效指标", merge=[(1, len(header))])
    s.row(*header)
    s.table(rows, merged=merged)


def footer(s: Sheet, who: str, phone: str) -> None:
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "单位负责人（签字）：")
    s.row("填报单位（盖章）：", None, None, None, f"{YEAR - 1}年11月   日")


def new(title: str = "Sheet1", widths: Sequence[float] = (14, 18, 30, 10, 16, 12, 24)) -> tuple[
        Book, Sheet]:  # fmt: skip
    b = Book()
    return b, b.sheet(title, widths)
