"""Helpers shared by the returns of the 796th held-out set (school safety)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def book(
    title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)
) -> tuple[Book, Sheet]:
    """A fresh return and its first sheet, titled ``title``."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: float, other: float) -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    tot = total if isinstance(total, C) else wan(total)
    return [
        ["年度资金总额", tot, "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def multi_year(period: float, annual: float) -> list[list[Any]]:
    """Money rows of a multi-year project, all from 财政拨款."""
    return [
        ["中期资金总额", wan(period), "年度资金总额", wan(annual)],
        ["其中：财政拨款", wan(period), "其中：财政拨款", wan(annual)],
        ["其他资金", wan(0), "其他资金", wan(0)],
    ]


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*head, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, filled: tuple[int, int, int]) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", day(*filled))


def details(s: Sheet, label: str, lines: Sequence[tuple[str, Any]], total: Any) -> None:
    """A money detail block: one line per item, then the 合计 line."""
    s.row(label, None, None, "金额（万元）", merge=[(1, 3)])
    for name, amount in lines:
        s.row(name, None, None, amount if isinstance(amount, C) else wan(amount), merge=[(1, 3)])
    s.row("合计", None, None, total if isinstance(total, C) else wan(total), merge=[(1, 3)])
