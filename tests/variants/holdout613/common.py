"""Helpers shared by the returns of the 613th held-out set (灯笼, 卤味, cold chain)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

YEAR = 2026
OLD_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> Any:
    """An amount with 万元 only in the number format."""
    return money(value, WAN)


def funds(total: float, fiscal: float, other: float) -> list[list[Any]]:
    """Money rows of a one-year project head: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            ["其他资金", wan(other), None, None]]  # fmt: skip


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: tuple[int, int, int]) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填表人：", person, "联系电话：", phone, "填报日期：", day(*when))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
