"""Helpers shared by the returns of the 836th held-out set (community elderly meal services)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD_TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
HEAD_PTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


def start(sheet: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(sheet, widths)


def wan(value: float) -> C:
    """An amount with 万元 only in the number format."""
    return money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """One-year money rows for ``project_head``: 年度资金总额 = 财政拨款 + 其他资金."""
    t = total if isinstance(total, C) else wan(total)
    f = fiscal if isinstance(fiscal, C) else wan(fiscal)
    o = other if isinstance(other, C) else wan(other)
    return [["年度资金总额", t, "其中：财政拨款", f], ["其他资金", o, None, None]]


def funds_two(period: Sequence[float], year: Sequence[float]) -> list[list[Any]]:
    """Multi-year money rows: (总额, 财政拨款, 其他资金) for the period and for the year."""
    return [
        ["中期资金总额", wan(period[0]), "年度资金总额", wan(year[0])],
        ["其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(year[1])],
        ["其他资金", wan(period[2]), "其他资金", wan(year[2])],
    ]


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with the tier columns merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, date: Any) -> None:
    """A signature line: 填报人, 联系电话 and the fill date as a date cell."""
    s.row(f"填报人：{person}", None, f"联系电话：{phone}", None, "填报日期", date)
