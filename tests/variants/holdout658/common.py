"""Helpers shared by the returns of the 658th held-out set (辣木与腰果热带作物、酸菜加工坊)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD_TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year_money(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), (None, None, "其他资金", other)]


def period_money(period: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [("中期资金总额", period[0], "年度资金总额", year[0]),
            ("其中：财政拨款", period[1], "其中：财政拨款", year[1]),
            ("其他资金", period[2], "其他资金", year[2])]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), label: str | None = "绩效指标") -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    if label:
        s.row(label, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def details(s: Sheet, lines: Sequence[tuple[str, Any]], total: Any,
            label: str = "项目预算明细（万元）") -> None:  # fmt: skip
    """A budget detail block below the table: one line per item and the 合计 line."""
    s.skip()
    s.row(label, None, "明细项目", "金额", merge=[(1, 2)])
    for name, value in lines:
        s.row(None, None, name, value)
    s.row(None, None, "合计", total)


def notes(s: Sheet, lines: Sequence[str], width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: Any) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填表人：", person, "联系电话：", phone, "填报日期：", filled)
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")


def filled(year: int, month: int, d: int) -> C:
    return day(year, month, d)
