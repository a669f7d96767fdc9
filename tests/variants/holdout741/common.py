"""Helpers shared by the returns of the 741st held-out set (榆澜市审计局, all invented)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day

BUREAU = "榆澜市审计局"
DEPT = "榆澜市审计局（317001）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount with 万元 only in the number format (a marked ``C`` keeps its marks)."""
    if isinstance(value, C):
        return replace(value, fmt=WAN)
    return C(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project head: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            ["其他资金", wan(other), None, None]]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 lines under the table, each merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, filled: Any) -> None:
    """Signature and date line at the foot of a return."""
    s.skip()
    s.row("单位负责人：", who, "填报人：", "见签章", "联系电话：", phone)
    s.row("填报日期：", filled, None, "（单位盖章）")


def late_fill(year: int) -> C:
    """A fill date in the autumn before the budget year (not a year conflict)."""
    return day(year - 1, 11, 18)
