"""Helpers shared by the returns of the 596th held-out set (baijiu sorghum base and cellars,
earthworm composting of farm waste): a book with its first sheet, indicator tables with tier-1
and tier-2 merged down, money detail lines, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

COUNTY = "砾源县"
WIDE = (16, 16, 30, 18, 18, 18)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: float, grant: float, other: float) -> list[list[Any]]:
    """The money rows of a one-year project head, amounts in 万元 by number format."""
    return [["资金总额", money(total, WAN), "其中：财政拨款", money(grant, WAN)],
            ["其他资金", money(other, WAN), None, None]]  # fmt: skip


def multi_year(period: Sequence[float], annual: Sequence[float]) -> list[list[Any]]:
    """The money rows of a multi-year head: (total, grant, other) for 中期 and for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, money(p, WAN), b, money(y, WAN)]
            for (a, b), p, y in zip(labels, period, annual, strict=True)]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def details(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """Money detail lines (支出内容, 金额, 测算依据) under a header, then their 合计."""
    s.row("资金明细", "支出内容", "金额（万元）", "测算依据")
    top = s.r
    for line in lines:
        s.row(None, *line)
    s.row(None, "合计", total)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A note, footnote or instruction row merged across the table."""
    s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, filled: Any = None, year: int = 2025) -> None:
    """Signature, phone and fill-date lines under the table."""
    s.skip()
    s.row("填报人：", who, None, "联系电话：", phone)
    s.row("单位负责人（签字）：", None, None, "填报日期：", filled or day(year - 1, 12, 5))
