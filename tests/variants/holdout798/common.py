"""Helpers shared by the returns of the 798th held-out set (community corrections)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

YEAR = 2026
WIDTHS = (16, 18, 30, 16, 16, 16)
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def new_book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def funds(period: Sequence[Any], annual: Sequence[Any] | None = None) -> list[list[Any]]:
    """Money rows (中期 | 年度): total, 财政拨款, 其他资金; plain numbers get the 万元 format."""

    def cell(v: Any) -> Any:
        return money(v, WAN) if isinstance(v, int | float) else v

    a = annual if annual is not None else period
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    first = ("中期资金总额", "年度资金总额")
    rows = []
    for i, label in enumerate(labels):
        left, right = first if i == 0 else (label, label)
        rows.append([left, cell(period[i]), right, cell(a[i])])
    return rows


def grid(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
         merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """Signature, phone and date line under the table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期：",
          when or day(YEAR - 1, 11, 18))  # fmt: skip
