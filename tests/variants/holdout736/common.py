"""Helpers shared by the 736th held-out set (an invented provincial highway bureau)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

DEPT = "朔川省交通运输厅（417）"
BUREAU = "朔川省公路事务中心"


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked cell passes through)."""
    if isinstance(v, C) or v is None:
        return v
    return money(v, WAN)


def funds(mid: Sequence[Any], year: Sequence[Any]) -> list[list[Any]]:
    """Money rows (中期 | 年度): 资金总额, 其中：财政拨款, 其他资金."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [[a, wan(m), b, wan(y)] for (a, b), m, y in zip(labels, mid, year, strict=True)]


def one_year(total: Any, fin: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project: the 年度 column only."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fin)],
            [None, None, "其他资金", wan(other)]]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, date: Any) -> None:
    """The signature and date line under the table."""
    s.skip()
    s.row(f"填表人：{person}", None, f"联系电话：{phone}", None, "填报日期", date)
