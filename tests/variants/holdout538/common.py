"""Helpers shared by the returns of the 538th held-out set (writing-brush and copperware
heritage workshops): a book with its first sheet, money rows, indicator tables, notes and
signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
WIDE = (16, 18, 30, 16, 16, 14)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def amount(v: Any, fmt: str = WAN) -> Any:
    """An amount cell: a bare number gets the 万元 number format, a prepared cell stays."""
    if isinstance(v, C) or v is None or isinstance(v, str):
        return v
    return money(v, fmt)


def one_year(total: Any, fiscal: Any, other: Any, fmt: str = WAN) -> list[list[Any]]:
    """Money rows of a one-year project: the year's money equals the total."""
    return [
        ["资金总额", amount(total, fmt), "年度资金总额", amount(total, fmt)],
        ["其中：财政拨款", amount(fiscal, fmt), "其中：财政拨款", amount(fiscal, fmt)],
        ["其他资金", amount(other, fmt), "其他资金", amount(other, fmt)],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any], fmt: str = WAN) -> list[list[Any]]:
    """Money rows of a multi-year project: (total, fiscal, other) for the period and the year."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        [f"中期{lab}" if i == 0 else lab, amount(p, fmt), f"年度{lab}" if i == 0 else lab,
         amount(a, fmt)]
        for i, (lab, p, a) in enumerate(zip(labels, period, annual, strict=True))
    ]  # fmt: skip


def dept_budget(total: Any, fiscal: Any, other: Any, basic: Any, project: Any) -> list[Any]:
    """One budget row of a department head (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出)."""
    return [amount(v, "0.00") for v in (total, fiscal, other, basic, project)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction rows, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, head: str, who: str, phone: str, when: Any = None) -> None:
    """The signature and date lines under a return."""
    s.skip()
    s.row(f"单位负责人：{head}", None, f"填报人：{who}", None, f"联系电话：{phone}")
    s.row("填报日期：", when or day(YEAR - 1, 11, 26, 'yyyy"年"m"月"d"日"'))
