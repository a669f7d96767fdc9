"""Helpers shared by the returns of the 759th held-out set (澄湾市市场监督管理局)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Book, Sheet, day

YEAR = 2025
DEPT = "澄湾市市场监督管理局（317001）"
H4 = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = (14, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), label: str | None = "绩效指标") -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    if label:
        s.row(label)
    s.row(*header)
    return s.table(rows, merged=merged)


def sign(s: Sheet, person: str, phone: str, date: Any = None) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填报人：" + person, None, "联系电话：" + phone, None, "审核人：", None)
    s.row("填报日期：", date or day(YEAR - 1, 10, 28, 'yyyy"年"m"月"d"日"'))


def notes(s: Sheet, *lines: str) -> None:
    """注 / 说明 lines under the table, merged across."""
    for text in lines:
        s.row(text, merge=[(1, 6)])
