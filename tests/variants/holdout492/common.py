"""Helpers shared by the returns of the 492nd held-out set (尘肺病 screening and aid for former
miners): a book with its first sheet, money rows in 万元, indicator tables with tier-1 and
tier-2 merged down, detail lines, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
WIDTHS = (16, 16, 30, 18, 18, 18)


def first_sheet(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", total, "其中：财政拨款", fiscal],
        [None, None, "其他资金", other],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ["中期资金总额", period[0], "年度资金总额", annual[0]],
        ["其中：财政拨款", period[1], "其中：财政拨款", annual[1]],
        ["其他资金", period[2], "其他资金", annual[2]],
    ]


def indicators(
    s: Sheet, rows: Sequence[Sequence[Any]], header: Sequence[Any] = HEAD,
    merged: Sequence[int] = (1, 2),
) -> int:  # fmt: skip
    """The header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def details(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """Budget detail lines (支出内容, 测算依据, 金额) under their header, then the 合计 row."""
    s.row("序号", "支出内容", "测算依据", "金额（万元）")
    for i, (name, basis, amount) in enumerate(lines, start=1):
        s.row(i, name, basis, amount)
    s.row("合计", None, None, total)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote rows, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """The signature and date line under a table (filled in the autumn before the year)."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when or day(YEAR - 1, 11, 18))
