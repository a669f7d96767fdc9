"""Helpers shared by the returns of the 281st held-out set (government offices administration):
a book with its first sheet, money rows in 万元 carried by the number format, department budget
rows, indicator tables with tier-1 and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, money

YEAR = 2025
CITY = "栖梧市机关事务管理局（318）"
COUNTY = "望桐县机关事务服务中心（207）"
WIDTHS = (16, 18, 30, 14, 16, 14)
TIERS = ("一级指标", "二级指标", "三级指标", "指标值")


def wan(value: Any) -> Any:
    """A number shown in 万元 by its format only; text or an already wrapped cell passes."""
    if isinstance(value, int | float):
        return money(value, WAN)
    return value


def first(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    book = Book()
    return book, book.sheet(title, widths)


def annual_money(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), None, None),
    ]


def period_money(period: float, annual: float) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project, all of it 财政拨款."""
    return [
        ("中期资金总额", wan(period), "年度资金总额", wan(annual)),
        ("其中：财政拨款", wan(period), "其中：财政拨款", wan(annual)),
        ("其他资金", wan(0), "其他资金", wan(0)),
    ]


def budget(total: Any, fiscal: Any, other: Any, basic: Any, project: Any) -> tuple[Any, ...]:
    """A department budget row (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出) in 万元."""
    return tuple(wan(v) for v in (total, fiscal, other, basic, project))


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header row, the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Note, footnote or instruction lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, *, head: str, filler: str, phone: str, when: Any) -> None:
    """Signature line and fill date under the table."""
    s.skip()
    s.row(
        f"单位负责人：{head}",
        None,
        f"填表人：{filler}",
        None,
        f"联系电话：{phone}",
        None,
        merge=[(1, 2), (3, 4), (5, 6)],
    )
    s.row("填报日期：", when)
