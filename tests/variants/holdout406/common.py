"""Helpers shared by the returns of the 406th held-out set (紫砂/陶艺工作室, 丹埴县)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
CULTURE = "丹埴县文化广电和旅游局（318）"
INDUSTRY = "丹埴县经济和信息化局（306）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def wan(value: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (marked cells pass through)."""
    return value if isinstance(value, C) or value is None else money(value, WAN)


def first_sheet(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)
                ) -> tuple[Book, Sheet]:  # fmt: skip
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            ("其他资金", wan(other), None, None)]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """(总额, 财政拨款, 其他资金) for the whole period and for the year."""
    return [("中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])),
            ("其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])),
            ("其他资金", wan(period[2]), "其他资金", wan(annual[2]))]  # fmt: skip


def project(s: Sheet, name: str, dept: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=money_rows, goals=goals,
                 **kw)  # fmt: skip


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, head: str, filler: str, phone: str, when: tuple[int, int, int]) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("单位负责人：", head, "填报人：", filler, "联系电话：", phone)
    s.row("填报日期：", day(*when, fmt=CN_DATE))
