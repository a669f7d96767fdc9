"""Helpers shared by the returns of the 644th held-out set: a book with its first sheet, money
rows of the project head, an indicator table under its header, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Book, Sheet, day

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def funds(total: Any, fiscal: Any, other: Any, annual: Sequence[Any] | None = None) -> list[
        tuple[Any, ...]]:  # fmt: skip
    """Money rows of a project head: 中期 (total, fiscal, other) beside 年度 (the same for a
    one-year project unless ``annual`` gives its own three figures)."""
    a = annual or (total, fiscal, other)
    return [
        ("中期资金总额", total, "年度资金总额", a[0]),
        ("其中：财政拨款", fiscal, "其中：财政拨款", a[1]),
        ("其他资金", other, "其他资金", a[2]),
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), label: str | None = "绩效指标") -> int:  # fmt: skip
    """An optional caption row, the header row, then the rows with tier-1 and tier-2 merged
    down. Returns the last row written."""
    if label:
        s.row(label, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Rows of text merged across the table (注, 说明, 填表说明)."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: tuple[int, int, int]) -> None:
    """The signature and date lines under a table."""
    s.skip()
    s.row("填表人：", person, "联系电话：", phone, "填报日期：", day(*when))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
