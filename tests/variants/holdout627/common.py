"""Helpers shared by the returns of the 627th held-out set: a book with its first sheet, the
project money rows, indicator tables under their header with tier-1 and tier-2 merged down,
footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, money

YEAR = 2026
FOREST = "槎岭县林业局（315007）"
AGRI = "槎岭县农业农村局（316002）"
WIDTHS = (16, 18, 30, 16, 16, 12)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (C values pass through)."""
    return money(v, WAN) if isinstance(v, int | float) else v


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 资金总额 = 财政拨款 + 其他资金."""
    return [("资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            ("其他资金", wan(other), None, None)]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [("中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])),
            ("其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])),
            ("其他资金", wan(period[2]), "其他资金", wan(annual[2]))]  # fmt: skip


def project(s: Sheet, *, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], dept: str = FOREST, **kw: Any) -> None:  # fmt: skip
    """A project head of the budget year ``YEAR``."""
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=money_rows, goals=goals,
                 **kw)  # fmt: skip


def department(s: Sheet, *, dept: str, budget: Sequence[Any], goal: Any,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head of ``YEAR``; ``budget`` is (总额, 财政拨款, 其他资金, 基本, 项目)."""
    department_head(s, year=YEAR, dept=dept, budget=[[wan(v) for v in budget]], goal=goal,
                    tasks=[[wan(v) for v in t] for t in tasks])  # fmt: skip


def indicators(s: Sheet, head: Sequence[str], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header; tier columns in ``merged`` merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote rows, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, filled: Any, who: str, phone: str, boss: str) -> None:
    """The signature and date lines under a table."""
    s.skip()
    s.row("填表人：", who, None, "联系电话：", phone)
    s.row("单位负责人：", boss, None, "填报日期：", filled)
