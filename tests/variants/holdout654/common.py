"""Helpers shared by the returns of the 654th held-out set (牦牛与藏香猪养殖、高原饲草)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

DEPT = "措嘎县农业农村局（318）"


def new(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: float) -> C:
    """An amount in 万元 carried by the number format only."""
    return money(v, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def funds2(period: Any, annual: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: 中期 and 年度, the year split by source."""
    return [("中期资金总额", period, "年度资金总额", annual),
            ("年度其中：财政拨款", fiscal, "年度其他资金", other)]  # fmt: skip


def project(s: Sheet, year: int, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the county's 农业农村局."""
    project_head(s, year=year, name=name, dept=DEPT, unit=unit, money=money_rows, goals=goals,
                 **kw)  # fmt: skip


def department(s: Sheet, year: int, dept: str, budget: Sequence[Sequence[Any]], goal: Any,
               tasks: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    department_head(s, year=year, dept=dept, budget=budget, goal=goal, tasks=tasks)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), label: str | None = None) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down; ``label`` a title row
    above the header (绩效指标)."""
    if label:
        s.row(label, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def footnotes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 lines under the table, each merged across it."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, filled: C | None = None,
              year: int = 2025) -> None:  # fmt: skip
    """The signature and date line under a return (filled in the autumn before the year)."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", filled or day(year - 1, 11, 18))
    s.row("单位负责人签字：", None, "（单位盖章）", merge=[(3, 6)])
