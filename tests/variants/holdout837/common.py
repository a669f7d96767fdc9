"""Helpers shared by the returns of the 837th held-out set: a book with its first sheet, money
rows for the project heads, indicator tables with tier-1 and tier-2 merged down, notes and
signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
Spec = Sequence[tuple[Any, Sequence[tuple[Any, Sequence[Sequence[Any]]]]]]


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a marked cell passes as is)."""
    return money(v, WAN) if isinstance(v, int | float) else v


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            ["其他资金", wan(other), None, None]]  # fmt: skip


def period_money(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (total, fiscal, other) for 中期 and for 年度."""
    return [["中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])],
            ["其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])],
            ["其他资金", wan(period[2]), "其他资金", wan(annual[2])]]  # fmt: skip


def tiers(spec: Spec) -> list[list[Any]]:
    """Rows from (tier-1, [(tier-2, [indicator cells…])]): a tier label only in the first row
    of its block, None below it, so that ``Sheet.table(..., merged=(1, 2))`` merges it down."""
    rows: list[list[Any]] = []
    for t1, blocks in spec:
        first1 = True
        for t2, inds in blocks:
            first2 = True
            for ind in inds:
                rows.append([t1 if first1 else None, t2 if first2 else None, *ind])
                first1 = first2 = False
    return rows


def indicators(s: Sheet, header: Sequence[Sequence[Any]], spec: Spec,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row(s), then the indicator rows with the tier columns merged down."""
    for h in header:
        s.row(*h)
    return s.table(tiers(spec), merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: C | None = None) -> None:
    """Signature and date lines under the table (a fill date before the budget year is usual)."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when or day(YEAR - 1, 11, 26))
    s.row("单位负责人：", "（签字）", None, None, "单位（盖章）", None)
