"""Helpers shared by the returns of the 314th held-out set: a book with its first sheet, money
rows in 万元, department budget and task rows, an indicator table under its header with tier-1
and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money, pct

WIDTHS = (16, 18, 30, 16, 16, 14, 14)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元 carried by the number format; a marked cell or a text passes as is."""
    return value if isinstance(value, C | str) else money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project head."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)], ["其他资金", wan(other)]]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for the period and the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def budget(*amounts: Any) -> list[Any]:
    """A department budget row: 资金总额, 财政拨款, 其他资金, 基本支出, 项目支出."""
    return [wan(a) for a in amounts]


def shares(*values: Any) -> list[Any]:
    """The 占比 row under a department budget, typed as percentages with two decimals."""
    return [v if isinstance(v, C) else pct(v, "0.00%") for v in values]


def tasks(rows: Sequence[Sequence[Any]], total: Any) -> list[list[Any]]:
    """Key task rows (名称, 内容, 金额, 目标) and the 金额合计 row."""
    out = [[name, what, wan(amount), goal] for name, what, amount, goal in rows]
    return [*out, ["金额合计", None, wan(total), None]]


def grid(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
         merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table: its header row, then the rows with tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    s.row(text, merge=[(1, width)])


def sign(s: Sheet, filler: str, checker: str, when: tuple[int, int, int]) -> None:
    """Signature and date lines under the table, after a blank row."""
    s.skip()
    s.row(f"填表人：{filler}", None, f"审核人：{checker}", None, "填报日期", day(*when, CN_DATE))
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
