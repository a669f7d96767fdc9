"""Helpers shared by the 711th held-out set: books, money rows, indicator tables, footnotes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "柘湾区住房和城乡建设局（代码：317004）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1") -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title)


def wan(v: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def multi_year(period: Any, annual: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: the year's 财政拨款 + 其他资金 make 年度资金总额."""
    return [("中期资金总额", period, "年度资金总额", annual),
            ("其中：财政拨款", fiscal, "其他资金", other)]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: C | None = None) -> None:
    """Signature and date lines under the table (filled in the autumn before the budget year)."""
    s.skip()
    s.row("单位负责人：", who, "联系电话：", phone, "填报日期：", when or day(YEAR - 1, 10, 28))
    s.row("（单位盖章）")
