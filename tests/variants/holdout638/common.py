"""Helpers shared by the returns of the 638th held-out set (稻田泥鳅黄鳝、石蛙保种)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Book, Sheet

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
COUNTY = "鹭湾县"
DEPT = "鹭湾县农业农村局（312008）"


def start(
    title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)
) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def table(
    s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD, label: str | None = None
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    if label:
        s.row(label, merge=[(1, 6)])
    s.row(*head)
    return s.table(rows, merged=(1, 2))


def note(s: Sheet, *lines: str) -> None:
    """Note, footnote or instruction rows merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, 6)])


def sign(s: Sheet, person: str, phone: str, date: Any) -> None:
    """The signature and date lines under a return."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", date)
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
