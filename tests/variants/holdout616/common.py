"""Helpers the returns of the 616th held-out set share: a book with its first sheet, money
rows, an indicator table under its header, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

WIDE = (16, 16, 34, 18, 14, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project: 年度资金总额 with 财政拨款 and 其他资金."""
    return [["年度资金总额", total, "其中：财政拨款", fiscal], ["其他资金", other, None, None]]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        [f"中期{labels[0]}" if i == 0 else labels[i], period[i],
         f"年度{labels[0]}" if i == 0 else labels[i], annual[i]]
        for i in range(3)
    ]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), label: str | None = None) -> int:  # fmt: skip
    """An indicator table under its header row, tier-1 and tier-2 merged down; ``label`` puts
    a 绩效指标 cell in column 1 merged down the whole table (the rows then start in column 2)."""
    if label is None:
        s.row(*header)
        return s.table(rows, merged=merged)
    top = s.r + 1
    s.row(label, *header)
    s.table(rows, merged=merged, col=2)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    return s.r


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnote or 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: C | None = None) -> None:
    """Signature, phone and date line under the table."""
    s.skip()
    s.row("填表人：", person, "联系电话：", phone, "填报日期：", when or day(2024, 11, 18))


def lines(s: Sheet, title: str, items: Sequence[tuple[str, Any]], total: Any) -> None:
    """A detail block: a title row, one row per line (name, amount), then the 合计 row."""
    s.row(title, None, "金额（万元）", merge=[(1, 2)])
    for name, value in items:
        s.row(name, None, value, merge=[(1, 2)])
    s.row("合计", None, total, merge=[(1, 2)])
