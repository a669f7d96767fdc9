"""Helpers shared by the returns of the 420th held-out set: 濑江县's mango (芒果) growers'
cooperatives and grading-packing centres. Every place, unit, person and figure is invented."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2026
BUREAU = "濑江县农业农村局（318001）"
SUPPLY = "濑江县供销合作社联合社（318014）"
CENTRE = "濑江县芒果产业发展中心"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def first(title: str = "Sheet1", widths: Sequence[float] = (14, 16, 30, 16, 16, 14)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project head: 年度资金总额 and its two sources."""
    return [["年度资金总额", total, "其中：财政拨款", fiscal], ["其他资金", other, None, None]]


def funds2(period: Sequence[Any], year: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for the period and the year."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [[f"中期{lab}" if i == 0 else lab, p, f"年度{lab}" if i == 0 else lab, y]
            for i, (lab, p, y) in enumerate(zip(labels, period, year, strict=True))]  # fmt: skip


def grid(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
         merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """The signature and date line under a return (filled in the autumn before the year)."""
    s.skip()
    when = when or day(YEAR - 1, 11, 18, CN_DATE)
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
    s.row("单位负责人：", "（签字）", None, None, "（单位盖章）", None)
