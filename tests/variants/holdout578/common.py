"""Helpers shared by the returns of the 578th held-out set (丰禾县槐湾食品产业园, 汤圆 and 水饺)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
PARK = "丰禾县槐湾食品产业园服务中心"
BUREAU = "丰禾县工业和信息化局（318）"
WIDE = (18, 20, 30, 18, 18, 18)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project (total = fiscal + other)."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)), ("其他资金", wan(other))]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for each column."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, wan(p) if not isinstance(p, C) else p, b, wan(y) if not isinstance(y, C) else y)
            for (a, b), p, y in zip(labels, period, annual, strict=True)]  # fmt: skip


def project_book(*, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
                 goals: Sequence[Any], years: int = 1, sheet: str = "Sheet1",
                 **kw: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a project head (§3.1)."""
    b = Book()
    s = b.sheet(sheet, WIDE)
    project_head(s, year=YEAR, name=name, dept=BUREAU, unit=unit, money=money_rows,
                 goals=goals, years=years, **kw)  # fmt: skip
    return b, s


def department_book(*, dept: str, budget: Sequence[Sequence[Any]], goal: Any,
                    tasks: Sequence[Sequence[Any]] = (), filled: Any = None,
                    sheet: str = "Sheet1") -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a department head (§3.2)."""
    b = Book()
    s = b.sheet(sheet, WIDE)
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks,
                    filled=filled)  # fmt: skip
    return b, s


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*head, col=col)
    return s.table(rows, merged=merged, col=col)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: Any = None) -> int:
    """Signature and date lines under the table (dated in the autumn before the budget year)."""
    s.skip()
    s.row("单位负责人：", person, "填报人：", "戚柳青", "联系电话：", phone)
    return s.row("填报日期：", filled or day(YEAR - 1, 10, 28), None, "（单位盖章）")
