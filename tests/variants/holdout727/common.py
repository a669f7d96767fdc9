"""Helpers shared by the 727th held-out returns: books, money rows, indicator tables, notes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

LAB = "槐泽县教育局"
LAB_CODE = "槐泽县教育局（318）"
FAIR = "苇塘区青少年科技活动中心"
TRAIN = "琅峰市教师发展学院"


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked cell passes through)."""
    if isinstance(value, (int, float)):
        return money(value, WAN)
    return value


def funds(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a project head: (total, fiscal, other) for the period and for the year."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    rows = []
    for i, label in enumerate(labels):
        left = f"中期{label}" if i == 0 else label
        right = f"年度{label}" if i == 0 else label
        rows.append((left, w(period[i]), right, w(annual[i])))
    return rows


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: the period equals the year."""
    return funds((total, fiscal, other), (total, fiscal, other))


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Notes, footnotes and instructions under (or inside) a table, merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, when: Any) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("单位负责人（签字）：", None, "填表人：", person, "联系电话：", phone)
    s.row("填报日期：", when)


def filled(year: int, m: int = 11, d: int = 18) -> Any:
    """A fill date in the autumn before the budget year (a legitimate earlier year)."""
    return day(year - 1, m, d)
