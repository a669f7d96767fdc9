"""Helpers shared by the returns of the 799th held-out set (rural housing safety)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2026
DEPT = "峦溪县住房和城乡建设局 307002"
NAT = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 32, 18, 18, 18)) -> Book:
    """A new return; its first sheet is opened with :func:`first`."""
    b = Book()
    b.sheet(title, widths)
    return b


def first(b: Book) -> Sheet:
    """The first sheet of ``b`` as a :class:`Sheet` (marks land in the book)."""
    ws = b.wb.worksheets[0]
    return Sheet(ws, b.marks)


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format only."""
    return money(value, WAN)


def one_year(total: float, grant: float, other: Any) -> list[list[Any]]:
    """The money block of a one-year project: 年度资金总额 with 财政拨款 and 其他资金."""
    return [["年度资金总额", total, "其中：财政拨款", wan(grant)], ["其他资金", other, None, None]]


def period_money(mid: Sequence[Any], year: Sequence[Any]) -> list[list[Any]]:
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ["中期资金总额", mid[0], "年度资金总额", year[0]],
        ["其中：财政拨款", mid[1], "其中：财政拨款", year[1]],
        ["其他资金", mid[2], "其他资金", year[2]],
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """A header row and the indicator rows under it, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: Any = None) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row(
        "填报人：",
        person,
        "联系电话：",
        phone,
        "填报日期：",
        filled or day(YEAR - 1, 11, 14, CN_DATE),
    )
    s.row("单位负责人（签字）：", None, None, "（单位盖章）", None, None)
