"""Helpers shared by the returns of the 742nd held-out set (provincial seed industry, 禾川省)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


def first(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def multi_year(period: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    return [("中期资金总额", period[0], "年度资金总额", year[0]),
            ("其中：财政拨款", period[1], "其中：财政拨款", year[1]),
            ("其他资金", period[2], "其他资金", year[2])]  # fmt: skip


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD4) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=(1, 2))


def notes(s: Sheet, *lines: str) -> None:
    """注 / 说明 / 填表说明 lines under the table, each merged across six columns."""
    for line in lines:
        s.row(line, merge=[(1, 6)])


def sign(s: Sheet, who: str, phone: str, when: C) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", when)
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")


def filled(year: int) -> C:
    """A fill date in the autumn before the budget year."""
    return day(year - 1, 10, 28)
