"""Helpers shared by the returns of the 738th held-out set (an invented city, 澄渊市)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
DEPT = "澄渊市人力资源和社会保障局（317001）"
JOB_CENTRE = "澄渊市就业服务中心"
SOCIAL = "澄渊市社会保险事业管理中心"
TALENT = "澄渊市人才交流服务中心"
WIDTHS = (16, 18, 30, 18, 18, 18)
Row = Sequence[Any]


def new(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: Any) -> C:
    """An amount in 万元 with the unit only in the number format (marks pass through)."""
    if isinstance(value, C):
        return C(value.value, WAN, value.marks)
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[Row]:
    """The money rows of a one-year project (年度资金总额 = 财政拨款 + 其他资金)."""
    return [
        ("年度资金总额", w(total), "其中：财政拨款", w(fiscal)),
        ("其他资金", w(other), None, None),
    ]


def multi_year(period: Row, annual: Row) -> list[Row]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        (f"中期{labels[0]}" if i == 0 else labels[i], w(period[i]),
         f"年度{labels[0]}" if i == 0 else labels[i], w(annual[i]))
        for i in range(3)
    ]  # fmt: skip


def head(s: Sheet, *, name: str, unit: str, money_rows: Sequence[Row], goals: Sequence[Any],
         year: int = YEAR, **kw: Any) -> None:  # fmt: skip
    """A project head of the bureau."""
    project_head(s, year=year, name=name, dept=DEPT, unit=unit, money=money_rows, goals=goals, **kw)


def dept_head(s: Sheet, *, unit: str, budget: Row, goal: str, tasks: Sequence[Row]) -> None:
    """A department head: ``budget`` is (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出)."""
    department_head(s, year=YEAR, dept=unit, budget=[[w(v) for v in budget]], goal=goal,
                    tasks=[(t[0], t[1], w(t[2]), t[3]) for t in tasks])  # fmt: skip


def grid(s: Sheet, header: Row, rows: Sequence[Row], merged: Sequence[int] = (1, 2)) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: Any = None) -> int:
    """Signature and date lines under the table."""
    s.skip()
    s.row("单位负责人（签字）：", None, "填表人：" + person, "联系电话：" + phone)
    return s.row("填报日期：", filled or day(YEAR - 1, 11, 18, 'yyyy"年"m"月"d"日"'))
