"""Helpers shared by the 340th held-out set: a book with its first sheet, money rows of a
project head, an indicator table under its header, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Book, C, Sheet, money

YEAR = 2026
TIERS = ("一级指标", "二级指标", "三级指标")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def cash(v: Any, fmt: str = "0.00") -> Any:
    """An amount as a number cell; a value already wrapped (formatted or marked) stays as is."""
    return v if isinstance(v, C | str) else money(v, fmt)


def funds(period: Sequence[Any], annual: Sequence[Any] | None = None, fmt: str = "0.00") -> list[
        list[Any]]:  # fmt: skip
    """Money rows of a project head: (总额, 财政拨款, 其他资金) for the whole period on the left
    and for the year on the right; a one-year project gives the same figures twice."""
    year = annual if annual is not None else period
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, cash(p, fmt), b, cash(y, fmt)] for (a, b), p, y in zip(labels, period, year,
                                                                        strict=True)]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 lines under the table, each merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, filled: Any) -> None:
    """The signature line and the fill date under a return."""
    s.skip()
    s.row("单位负责人：", who, "联系电话：", phone, "填报日期：", filled)
