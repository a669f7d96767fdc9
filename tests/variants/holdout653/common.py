"""Helpers shared by the returns of the 653rd held-out set (猕猴桃园与冷库、电商直播带货)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Book, Sheet, day

H4 = ("一级指标", "二级指标", "三级指标", "指标值")
H6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, *, year: int, who: str, phone: str, month: int = 12, d: int = 8) -> None:
    """Signature and date lines under the table (filled in the year before the budget)."""
    s.skip()
    s.row(
        "填报人：", who, "联系电话：", phone, "填报日期：", day(year - 1, month, d, "yyyy年m月d日")
    )
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
