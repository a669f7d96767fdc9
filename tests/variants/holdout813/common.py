"""Helpers shared by the returns of the 813th held-out set (community elderly day-care centres):
a book with its first sheet, money rows, indicator tables with tier-1 and tier-2 merged down,
footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD_TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def book(
    sheet: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)
) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(sheet, widths)


def wan(value: Any) -> C:
    """An amount in 万元 with the unit only in the number format (marks kept)."""
    if isinstance(value, C):
        return C(value.value, WAN, value.marks)
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project head."""
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def period(mid: Sequence[Any], year: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project head: (total, fiscal, other) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        [f"中期{label}" if i == 0 else label, wan(m), f"年度{label}" if i == 0 else label, wan(y)]
        for i, (label, m, y) in enumerate(zip(labels, mid, year, strict=True))
    ]


def indicators(
    s: Sheet,
    rows: Sequence[Sequence[Any]],
    head: Sequence[Any] = HEAD,
    merged: Sequence[int] = (1, 2),
) -> int:
    """A header row and the indicator rows under it, tier columns merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """Signature, phone and date line under the table."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", when or day(YEAR - 1, 11, 18))
