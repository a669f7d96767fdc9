"""Helpers shared by the returns of the 388th held-out set (camel herding and camel dairy)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount in 万元 carried by the number format; a C (e.g. a marked value) is kept."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            ["其他资金", wan(other), None, None]]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: Any = None) -> int:
    """Signature and date lines under the table (a fill date before the budget year is normal)."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when or day(YEAR - 1, 12, 6))
    return s.row("单位负责人（签字）：", None, None, "（单位盖章）")
