"""Helpers shared by the returns of the 494th held-out set (schistosomiasis control)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
DEPT = "澄湄县卫生健康局（413）"
AGRI = "澄湄县农业农村局（421）"
STATION = "澄湄县血吸虫病防治站"
VET = "澄湄县动物疫病预防控制中心"
WIDE = (18, 16, 30, 16, 16, 14, 14)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", total, "其中：财政拨款", fiscal], ["其他资金", other, None, None]]


def funds2(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ["中期资金总额", period[0], "年度资金总额", annual[0]],
        ["其中：财政拨款", period[1], "其中：财政拨款", annual[1]],
        ["其他资金", period[2], "其他资金", annual[2]],
    ]


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)) -> int:
    """An indicator block with tier-1 and tier-2 merged down."""
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature line under a return."""
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)


def two_row_header(s: Sheet, top: Sequence[Any], bottom: Sequence[Any], span: int) -> None:
    """A header over two rows: the first ``span`` columns merged down, the rest split below."""
    s.row(*top, merge=[(span + 1, len(bottom))])
    s.row(*bottom)
    for c in range(1, span + 1):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
