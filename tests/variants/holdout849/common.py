"""Helpers shared by the returns of the 849th held-out set (urban community governance)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
WIDE = (18, 18, 32, 18, 18, 14, 12)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 with its 财政拨款 and 其他资金."""
    return [
        ("年度资金总额", total, "其中：财政拨款", fiscal),
        ("其他资金", other, None, None),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: 中期 and 年度 totals, each with its parts."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, p, b, y) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(
    s: Sheet, rows: Sequence[Sequence[Any]], header: Sequence[Any] = HEAD4,
    merged: Sequence[int] = (1, 2), col: int = 1,
) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down; the last row."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote rows (注 / 说明 / 填表说明) merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: tuple[int, int, int]) -> None:
    """A signature line with the filler, the phone and the fill date as a date cell."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", day(*when))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
