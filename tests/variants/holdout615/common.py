"""Helpers shared by the returns of the 615th held-out set: a book with its first sheet, money
rows in 万元, project heads, indicator tables with tier-1 and tier-2 merged down, notes and
signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

BEE_DEPT = "岩沟县农业农村局（317）"
DEER_DEPT = "岩沟县畜牧兽医局（318）"
TIERS4 = ("一级指标", "二级指标", "三级指标", "指标值")
PERIOD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (18, 18, 30, 18, 18, 14, 10)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            ("其他资金", wan(other), None, None)]  # fmt: skip


def period(p: tuple[Any, Any, Any], a: tuple[Any, Any, Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [("中期资金总额", wan(p[0]), "年度资金总额", wan(a[0])),
            ("其中：财政拨款", wan(p[1]), "其中：财政拨款", wan(a[1])),
            ("其他资金", wan(p[2]), "其他资金", wan(a[2]))]  # fmt: skip


def project(s: Sheet, name: str, unit: str, cash: Sequence[Sequence[Any]], goals: Sequence[Any],
            dept: str = BEE_DEPT, year: int = 2025, **kw: Any) -> None:  # fmt: skip
    """A project head (§3.1) for the budget year ``year``."""
    project_head(s, year=year, name=name, dept=dept, unit=unit, money=cash, goals=goals, **kw)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row and the indicator rows under it, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note rows (注 / 说明 / 填表说明) merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: C, boss: str = "") -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", when)
    if boss:
        s.row("单位负责人（签字）：", boss, None, "单位（盖章）")
