"""Helpers shared by the returns of the 655th held-out set (灵芝与羊肚菌栽培、林下菌菇)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount with 万元 only in the number format."""
    return money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """A one-year money block: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", total, "其中：财政拨款", fiscal], ["其他资金", other, None, None]]


def funds2(period: Sequence[Any], year: Sequence[Any]) -> list[list[Any]]:
    """A multi-year money block: (总额, 财政拨款, 其他资金) for the period and for the year."""
    return [
        ["中期资金总额", period[0], "年度资金总额", year[0]],
        ["其中：财政拨款", period[1], "其中：财政拨款", year[1]],
        ["其他资金", period[2], "其他资金", year[2]],
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, 6)])


def signature(s: Sheet, who: str, phone: str, filled: Any = None) -> None:
    """Signature and date lines under the table."""
    s.skip()
    date = filled or day(2025, 12, 8)
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", date)
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
