"""Helpers shared by the 839th held-out set (rural toilet renovation)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, day, money

YEAR = 2025
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def w(value: float) -> Any:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def year_money(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), (None, None, "其他资金", other)]


def period_money(p: Sequence[Any], a: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: ``p`` and ``a`` are (总额, 财政拨款, 其他资金)."""
    return [("中期资金总额", p[0], "年度资金总额", a[0]),
            ("其中：财政拨款", p[1], "其中：财政拨款", a[1]),
            ("其他资金", p[2], "其他资金", a[2])]  # fmt: skip


def project_book(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet starts with a project head."""
    b = Book()
    s = b.sheet(sheet)
    head.setdefault("year", YEAR)
    project_head(s, **head)
    return b, s


def department_book(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet starts with a department head."""
    b = Book()
    s = b.sheet(sheet)
    head.setdefault("year", YEAR)
    department_head(s, **head)
    return b, s


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], header: Sequence[Any] = HEAD4,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, when: Any = None) -> None:
    """The signature and date line under a table (filled in the year before the budget)."""
    s.skip()
    s.row("单位负责人：", person, "联系电话：", phone, "填报日期：", when or day(YEAR - 1, 12, 6))
