"""Helpers shared by the returns of the 634th held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project (万元 in the number format)."""
    return [("年度资金总额", w(total), "其中：财政拨款", w(fiscal)),
            ("其他资金", w(other), None, None)]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [(f"中期{lab}" if i == 0 else lab, w(p), f"年度{lab}" if i == 0 else lab, w(a))
            for i, (lab, p, a) in enumerate(zip(labels, period, annual, strict=True))]  # fmt: skip


def w(value: Any) -> Any:
    """An amount in 万元 carried by the number format; marked cells pass through."""
    return money(value, WAN) if isinstance(value, (int, float)) else value


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, year: int, who: str, phone: str, month: int = 11, d: int = 20) -> None:
    """Signature and date line (filled in the autumn before the budget year)."""
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", day(year - 1, month, d))
