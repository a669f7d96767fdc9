"""Helpers shared by the returns of the 674th held-out set (millet growing, the mill and its
brand shop, drought-resistant seed): a book with its first sheet, money rows, an indicator table
under its header with tier-1 and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, money

YEAR = 2025
NAT = ("一级指标", "二级指标", "三级指标", "指标值")
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> Any:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any = None) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 年度资金总额, 财政拨款 and 其他资金."""
    rows: list[tuple[Any, ...]] = [("年度资金总额", total, "其中：财政拨款", fiscal)]
    if other is not None:
        rows.append(("其他资金", other, None, None))
    return rows


def period(total: Sequence[Any], fiscal: Sequence[Any], other: Sequence[Any]) -> list[
        tuple[Any, ...]]:  # fmt: skip
    """The money rows of a multi-year project: (中期, 年度) for each of the three lines."""
    return [
        ("中期资金总额", total[0], "年度资金总额", total[1]),
        ("其中：财政拨款", fiscal[0], "其中：财政拨款", fiscal[1]),
        ("其他资金", other[0], "其他资金", other[1]),
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, instruction or stamp line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, date: Any) -> None:
    """The filler's name, phone and date under the table, after a blank line."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", date)
