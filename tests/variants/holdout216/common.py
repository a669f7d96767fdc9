"""Helpers shared by the returns of the 216th held-out set: 部门整体支出 heads, money blocks,
tiered and flat indicator lists, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
WIDE = (14, 18, 30, 18, 18, 16)


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def share(value: float) -> C:
    """A share typed as a percentage with two decimals (0.3 shows ``30.00%``)."""
    return C(value, "0.00%")


def book(title: str, widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)


def block(s: Sheet, label: Any, rows: Sequence[Sequence[Any]],
          merge: Sequence[tuple[int, int]] = ()) -> int:  # fmt: skip
    """Rows under one label in column A, merged down over the block; returns the first row."""
    top = s.r + 1
    for i, line in enumerate(rows):
        s.row(label if i == 0 else None, *line, merge=merge)
    if s.r > top:
        s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    return top


def top(s: Sheet, *, year: int, dept: str, code: str = "", filled: Any = None,
        title: str | None = None) -> None:  # fmt: skip
    """Title and the unit row of a department table (a 部门预算编码 or a 填报日期 on the right)."""
    s.title(title or f"{year}年度部门整体支出绩效目标表", 6)
    if code:
        s.row("部门（单位）名称", dept, None, "部门预算编码", code, merge=[(2, 3), (5, 6)])
    else:
        s.row("部门（单位）名称", dept, None, "填报日期", filled or day(year - 1, 11, 26),
              merge=[(2, 3), (5, 6)])  # fmt: skip


def goal(s: Sheet, text: Any, label: str = "年度总体目标") -> None:
    s.row(label, text, merge=[(2, 6)])


def tiered(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
           merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A tiered indicator table under its header row, the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def flat(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """A flat indicator list: no tiers, one row per indicator."""
    s.row(*header)
    for line in rows:
        s.row(*line)
    return s.r


def note(s: Sheet, text: str) -> None:
    """A footnote merged across the table."""
    s.row(text, merge=[(1, 6)])


def sign(s: Sheet, who: str, checker: str, phone: str) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")
