"""Helpers shared by the returns of the 550th held-out set (ocarina making and rural music
classes for left-behind children)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount with 万元 only in the number format; a ``C`` (e.g. a marked cell) keeps its
    own value and gets the format if it has none."""
    if isinstance(value, C):
        return value if value.fmt else C(value.value, WAN, value.marks)
    if isinstance(value, (int, float)):
        return money(value, WAN)
    return value


def funds(year: Sequence[Any], period: Sequence[Any] | None = None) -> list[list[Any]]:
    """Money rows of a project head: (total, 财政拨款, 其他资金) for the year and the period
    (the period equals the year for a one-year project)."""
    p = period or year
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    rows = []
    for i, label in enumerate(labels):
        left = ("中期" + label) if i == 0 else label
        right = ("年度" + label) if i == 0 else label
        rows.append([left, wan(p[i]), right, wan(year[i])])
    return rows


def table(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier columns merged down."""
    s.row(*head, col=col)
    return s.table(rows, merged=merged, col=col)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A footnote or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: tuple[int, int, int]) -> int:
    """Signature, phone and date line under a return."""
    return s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", day(*when))


def lines(s: Sheet, title: str, items: Sequence[tuple[str, Any]], total: Any) -> int:
    """A budget detail block: one line per item, then the 合计 line."""
    s.row(title, None, "金额（万元）", merge=[(1, 2)])
    for name, amount in items:
        s.row(name, None, wan(amount), merge=[(1, 2)])
    return s.row("合计", None, wan(total), merge=[(1, 2)])
