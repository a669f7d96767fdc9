"""Helpers shared by the returns of the 393rd held-out set (海钓 and 冲浪 coastal tourism)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, Sheet, day, money

YEAR = 2025
WIDTHS = (18, 16, 30, 14, 16, 14)
HEAD_OP = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def annual_money(total: Any, fin: Any, other: Any, fmt: str = WAN) -> list[list[Any]]:
    """A one-year money block: 年度资金总额 with 财政拨款 and 其他资金 (plain numbers formatted)."""
    cells = [v if not isinstance(v, int | float) else money(v, fmt) for v in (total, fin, other)]
    return [["年度资金总额", cells[0], "其中：财政拨款", cells[1]],
            [None, None, "其他资金", cells[2]]]  # fmt: skip


def period_money(period: Sequence[float], annual: Sequence[float]) -> list[list[Any]]:
    """中期 and 年度 money side by side: (总额, 财政拨款, 其他资金) each."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    rows = []
    for i, lab in enumerate(labels):
        first = "中期资金总额" if i == 0 else lab
        second = "年度资金总额" if i == 0 else lab
        rows.append([first, money(period[i], WAN), second, money(annual[i], WAN)])
    return rows


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged, col)


def notes(s: Sheet, lines: Sequence[str], width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, boss: str, clerk: str, phone: str, when: Any = None) -> None:
    """Signature and date lines under the table (dated in the year before the budget year)."""
    s.skip()
    s.row("单位负责人：", boss, "填报人：", clerk, "联系电话：", phone)
    s.row("填报日期：", when or day(YEAR - 1, 12, 10, CN_DATE))
