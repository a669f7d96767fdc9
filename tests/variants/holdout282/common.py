"""Helpers shared by the returns of the 282nd held-out set: a book with its first sheet, the
money rows of a project head, an indicator table under its header with tier-1 and tier-2
merged down, note rows and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Book, C, Sheet, money

WIDTHS = (16, 18, 30, 14, 16, 14, 14, 12)

HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD_ONE = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def cash(value: Any, fmt: str = "0.00") -> C:
    """An amount as a number cell; a value already wrapped (e.g. carrying a mark) is kept."""
    return value if isinstance(value, C) else money(value, fmt)


def funds(period: Sequence[Any], annual: Sequence[Any] | None = None,
          fmt: str = "0.00") -> list[tuple[Any, ...]]:  # fmt: skip
    """Project money rows: (资金总额, 财政拨款, 其他资金) for the period and for the year; a
    one-year project gives ``period`` only and both columns carry the same amounts."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    year = annual or period
    return [(lp, cash(p, fmt), la, cash(a, fmt))
            for (lp, la), p, a in zip(labels, period, year, strict=True)]  # fmt: skip


def funds_one(total: Any, fiscal: Any, other: Any, fmt: str = "0.00") -> list[tuple[Any, ...]]:
    """Project money rows with one column: 资金总额 beside 财政拨款, 其他资金 below it."""
    return [("资金总额", cash(total, fmt), "其中：财政拨款", cash(fiscal, fmt)),
            (None, None, "其他资金", cash(other, fmt))]  # fmt: skip


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row, then the indicator rows with the ``merged`` tier columns merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 row merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any, notes: Sequence[str] = ()) -> None:
    """Notes under the table, then the 填表人 / 联系电话 / 填报日期 line."""
    for text in notes:
        note(s, text)
    s.row(f"填表人：{who}", None, f"联系电话：{phone}", None, "填报日期", when)
