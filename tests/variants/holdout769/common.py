"""Helpers shared by the returns of the 769th held-out set (veterans affairs, 澜江省)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

DEPT = "澜江省退役军人事务厅（318）"
W6 = (18, 18, 30, 18, 18, 18)
W7 = (18, 18, 30, 14, 18, 14, 12)
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD2 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def wan(v: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a marked C passes through)."""
    if v is None or isinstance(v, C):
        return v
    return money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            ("其他资金", wan(other), None, None)]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(year: int, name: str, unit: str, funds: Sequence[Sequence[Any]],
            goals: Sequence[Any], *, sheet: str = "Sheet1", widths: Sequence[float] = W6,
            **kw: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet starts with a project head."""
    b = Book()
    s = b.sheet(sheet, widths)
    project_head(s, year=year, name=name, dept=DEPT, unit=unit, money=funds, goals=goals, **kw)
    return b, s


def department(year: int, dept: str, budget: Sequence[Sequence[Any]], goal: Any,
               tasks: Sequence[Sequence[Any]] = (), *, widths: Sequence[float] = W6
               ) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet starts with a department head (budget in 万元)."""
    b = Book()
    s = b.sheet("Sheet1", widths)
    rows = [tuple(wan(v) for v in line) for line in budget]
    task_rows = [(t[0], t[1], wan(t[2]), t[3]) for t in tasks]
    department_head(s, year=year, dept=dept, budget=rows, goal=goal, tasks=task_rows)
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down over their blocks."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: tuple[int, int, int]) -> int:
    """Signature and date lines under the table."""
    s.skip()
    s.row("单位负责人：", person, None, "联系电话：", phone)
    return s.row("填报日期：", day(*when, fmt='yyyy"年"m"月"d"日"'))
