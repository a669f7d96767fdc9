"""Helpers shared by the returns of the 465th held-out set: stilt-house (吊脚楼) fire safety in
the villages of the invented 枫峒县, budget year 2025."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "枫峒县应急管理局（417006）"
FIRE = "枫峒县消防救援大队"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
WIDE = (16, 18, 30, 14, 16, 14)


def w(value: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked cell is kept as it is)."""
    if isinstance(value, C) and value.fmt is None and isinstance(value.value, float | int):
        return C(value.value, WAN, value.marks)
    return value if isinstance(value, C) else money(value, WAN)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def project(s: Sheet, name: str, unit: str, total: Any, fiscal: Any, other: Any, goal: str,
            **kw: Any) -> None:  # fmt: skip
    """A one-year project head with 资金总额 = 财政拨款 + 其他资金 in 万元."""
    rows = [("资金总额", w(total), "其中：财政拨款", w(fiscal)), ("其他资金", w(other), None, None)]
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=unit, money=rows, goals=[goal], **kw)


def multi(s: Sheet, name: str, period: Sequence[Any], annual: Sequence[Any],
          goals: Sequence[str], years: int = 3) -> None:  # fmt: skip
    """A multi-year project head: (总额, 财政拨款, 其他资金) for the period and for the year."""
    rows = [
        ("中期资金总额", w(period[0]), "年度资金总额", w(annual[0])),
        ("其中：财政拨款", w(period[1]), "其中：财政拨款", w(annual[1])),
        ("其他资金", w(period[2]), "其他资金", w(annual[2])),
    ]
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=FIRE, money=rows, goals=goals,
                 years=years, attr="新增项目")  # fmt: skip


def department(s: Sheet, dept: str, budget: Sequence[Any], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head; ``budget`` is (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出)."""
    rows = [[w(v) for v in budget]]
    department_head(s, year=YEAR, dept=dept, budget=rows, goal=goal, tasks=tasks)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD,
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*head, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *texts: str, width: int = 6) -> None:
    """注 / 说明 lines across the table."""
    for t in texts:
        s.row(t, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, stamp: bool = False) -> None:
    """Signature and date lines under the table (filled in the year before the budget year)."""
    if stamp:
        s.row("单位（盖章）：", None, None, "单位负责人（签字）：", merge=[(1, 3), (4, 6)])
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期：",
          day(YEAR - 1, 11, 26, CN_DATE))  # fmt: skip
