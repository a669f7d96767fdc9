"""Helpers shared by the returns of the 726th held-out set: a book with its first sheet, money
rows, an indicator table under its header with tier-1 and tier-2 merged down, notes and
signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
WIDE = (14, 16, 30, 16, 16, 16, 14)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, grant: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project head (年度资金总额 = 财政拨款 + 其他资金)."""
    return [["年度资金总额", total, "其中：财政拨款", grant], ["其他资金", other, None, None]]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        [f"中期{labels[0]}" if i == 0 else labels[i], period[i],
         f"年度{labels[0]}" if i == 0 else labels[i], annual[i]]
        for i in range(3)
    ]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row, then the indicator rows with tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: Any = None) -> int:
    """The signature and date lines under a table."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", filled or day(YEAR - 1, 11, 26))
    return s.row("单位负责人（签字）：", None, None, "（单位盖章）")


def lines(s: Sheet, heading: str, items: Sequence[tuple[str, Any, str]], total: Any) -> int:
    """A budget detail block: (明细, 金额, 测算依据) lines and their 合计."""
    s.skip()
    s.row(heading, merge=[(1, 6)])
    s.row("序号", "支出明细", "金额（万元）", "测算依据", merge=[(4, 6)])
    for i, (name, amount, basis) in enumerate(items, start=1):
        s.row(i, name, amount, basis, merge=[(4, 6)])
    return s.row("合计", None, total, None, merge=[(4, 6)])
