"""Helpers shared by the returns of the 528th held-out set (broad bean and mulberry)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
WIDE = (16, 18, 30, 18, 18, 18)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def cell(value: Any, fmt: str = WAN) -> Any:
    """An amount as typed: a number with the unit in its format, or a prepared cell as it is."""
    return value if isinstance(value, (C, str)) else money(value, fmt)


def one_year(total: Any, fiscal: Any, other: Any, fmt: str = WAN) -> list[list[Any]]:
    """Money rows of a one-year project head: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", cell(total, fmt), "其中：财政拨款", cell(fiscal, fmt)],
        ["其他资金", cell(other, fmt), None, None],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any], fmt: str = WAN) -> list[list[Any]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [
        [lab[0], cell(p, fmt), lab[1], cell(a, fmt)]
        for lab, p, a in zip(labels, period, annual, strict=True)
    ]


def header(s: Sheet, *words: Any) -> int:
    """One header row of the indicator table."""
    return s.row(*words)


def two_row_header(s: Sheet, top: Sequence[Any], sub: Sequence[Any], span: tuple[int, int]) -> int:
    """A two-row header: ``span`` columns share one top cell, the others are merged down."""
    first = s.row(*top, merge=[span])
    s.row(*sub)
    for c in range(1, len(top) + 1):
        if not span[0] <= c <= span[1]:
            s.ws.merge_cells(start_row=first, start_column=c, end_row=first + 1, end_column=c)
    return s.r


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)) -> int:
    """Indicator rows with the tier columns merged down over their blocks."""
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note, footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, head: str, who: str, phone: str, filled: Any = None) -> None:
    """Signature and date lines under the table (filled in the autumn before the budget year)."""
    s.row(f"单位负责人（签字）：{head}", None, f"填报人：{who}", f"联系电话：{phone}")
    s.row("填报日期", filled or day(YEAR - 1, 10, 28, CN_DATE))
