"""Helpers shared by the returns of the 561st held-out set: a book with its first sheet, money
rows in 万元, indicator tables with tier-1 and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
H4 = ("一级指标", "二级指标", "三级指标", "指标值")
H_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
H_PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
H_POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount in 万元 carried only by the number format (a marked cell passes through)."""
    return value if isinstance(value, C) else money(value, WAN)


def annual_money(total: Any, fin: float, other: float) -> list[list[Any]]:
    """A one-year project's money block: 年度资金总额 with 财政拨款 and 其他资金."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fin)],
            ["其他资金", wan(other), None, None]]  # fmt: skip


def period_money(period: float, annual: float, pfin: float, afin: float) -> list[list[Any]]:
    """A multi-year project's money block: 中期 beside 年度, each split by source."""
    return [["中期资金总额", wan(period), "年度资金总额", wan(annual)],
            ["其中：财政拨款", wan(pfin), "其中：财政拨款", wan(afin)],
            ["其他资金", wan(round(period - pfin, 2)), "其他资金",
             wan(round(annual - afin, 2))]]  # fmt: skip


def project(s: Sheet, name: str, dept: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head (§3.1) for the budget year."""
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=money_rows, goals=goals,
                 **kw)  # fmt: skip


def department(s: Sheet, dept: str, budget: Sequence[Any], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head (§3.2): one budget row (总额, 财政拨款, 其他, 基本, 项目) in 万元."""
    department_head(s, year=YEAR, dept=dept, budget=[[wan(v) for v in budget]], goal=goal,
                    tasks=tasks)  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A 注 / 说明 line merged across the table."""
    s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """Signature and date lines under the table (a fill date late in the year before)."""
    s.skip()
    s.row("单位负责人：", None, "财务负责人：", None, "填表人：", who)
    s.row("联系电话：", phone, None, None, "填报日期：", when or day(YEAR - 1, 11, 18))
