"""Helpers shared by the returns of the 643rd held-out set: a book with its first sheet, the
money rows of a project head in 万元, an indicator table under its header with tier-1 and
tier-2 merged down, note lines and a signature line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
WIDTHS = (16, 18, 30, 18, 18, 18)
LABELS = (
    ("中期资金总额", "年度资金总额"),
    ("其中：财政拨款", "其中：财政拨款"),
    ("其他资金", "其他资金"),
)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount whose 万元 lives in the number format; a cell already wrapped stays as it is."""
    if v is None or isinstance(v, C):
        return v
    return money(v, WAN)


def funds(total: Sequence[Any], annual: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
    """Money rows of a project head: (总额, 财政拨款, 其他资金) for the period and for the year
    (the same for a one-year project)."""
    year = annual or total
    return [(p, wan(t), q, wan(y)) for (p, q), t, y in zip(LABELS, total, year, strict=True)]


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with the tier columns merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def note(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any) -> None:
    """A blank line, then the signature line with a date cell."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", date)
