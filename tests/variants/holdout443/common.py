"""Helpers shared by the returns of the 443rd held-out set (sponge-city retrofit of old
residential compounds in the invented 澜汀市)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
CITY_DEPT = "澜汀市住房和城乡建设局（215）"
SPONGE_OFFICE = "澜汀市海绵城市建设管理中心"


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project head: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", total, "其中：财政拨款", fiscal], ["其他资金", other, None, None]]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    return [
        ["中期资金总额", period[0], "年度资金总额", annual[0]],
        ["其中：财政拨款", period[1], "其中：财政拨款", annual[1]],
        ["其他资金", period[2], "其他资金", annual[2]],
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), above: str | None = "绩效指标") -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down; returns the last
    row written."""
    if above:
        s.row(above, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, lines: Sequence[str], width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, filler: str, phone: str, filled: Any = None) -> None:
    """Signature and date lines under a return."""
    s.skip()
    s.row("填报人：", filler, "联系电话：", phone, "填报日期：", filled or day(YEAR - 1, 11, 18))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）：", None, None)
