"""Helpers shared by the 511th held-out set: wrestling (摔跤) clubs and county games for
herders' youth in the invented 哈日诺尔县."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, money

YEAR = 2025
DEPT = "哈日诺尔县文化体育局（213005）"
EDU = "哈日诺尔县教育和体育事业发展中心（213011）"


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project in 万元, the unit only in the number format."""
    return [
        ("年度资金总额", money(total, WAN), "其中：财政拨款", money(fiscal, WAN)),
        (None, None, "其他资金", money(other, WAN)),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (total, fiscal, other) for 中期 and for the year."""
    cells = [[v if not isinstance(v, int | float) else money(v, WAN) for v in x]
             for x in (period, annual)]  # fmt: skip
    return [
        ("中期资金总额", cells[0][0], "年度资金总额", cells[1][0]),
        ("其中：财政拨款", cells[0][1], "其中：财政拨款", cells[1][1]),
        ("其他资金", cells[0][2], "其他资金", cells[1][2]),
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row, then the indicator rows with the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, date: Any) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", date)
    s.row("单位负责人（签字）：", None, None, "单位（盖章）", None, None)
