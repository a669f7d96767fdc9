"""Helpers shared by the 444th held-out set: the 澄川省体育运动学校 fencing (击剑) and curling
(冰壶) squads; every name, figure and telephone number is invented."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
DEPT = "澄川省体育局（317）"
SCHOOL = "澄川省体育运动学校"
HEAD6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def funds(total: float, grant: float, other: float) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head: total, of which grant and other funds."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(grant)),
            (None, None, "其他资金", wan(other))]  # fmt: skip


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD6,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> int:
    """The signature and date line under a return."""
    s.skip()
    return s.row("填报人：", who, "联系电话：", phone, "填报日期：",
                 when or day(YEAR - 1, 11, 24))  # fmt: skip
