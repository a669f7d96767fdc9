"""Helpers shared by the returns of the 571st held-out set: a book with its first sheet, money
rows in 万元, indicator tables with tier-1 and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (16, 18, 30, 16, 16, 14, 14, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount whose unit 万元 lives only in the number format (a ``C`` passes through)."""
    return value if isinstance(value, C) else money(value, WAN)


def annual(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def periods(mid: Sequence[Any], year: Sequence[Any]) -> list[list[Any]]:
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [[a, wan(m), b, wan(y)] for (a, b), m, y in zip(labels, mid, year, strict=True)]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """A header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> int:
    """The signature and date line under a table."""
    return s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", when)


def details(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> int:
    """A budget detail block (支出内容 · 金额 · 备注) closed by its 合计 line."""
    s.row("资金明细", "支出内容", "金额（万元）", "备注")
    for i, line in enumerate(lines, start=1):
        s.row(i, *line)
    return s.row("合计", None, total, None)
