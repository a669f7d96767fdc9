"""Helpers shared by the returns of the 463rd held-out set (咸岙县 sea-salt fields)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, Sheet, day, money

YEAR = 2025
CULTURE = "咸岙县文化和旅游局（207）"
NATURE = "咸岙县自然资源和湿地保护局（311）"
SALTWORKS = "咸岙县澄屿古盐场遗址保护所"
WETLAND = "咸岙县鹭汀盐沼湿地保护站"
SCHOOL = "咸岙县盐田研学教育中心"


def book(
    title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)
) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> Any:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 资金总额 = 财政拨款 + 其他资金."""
    return [("资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other)]


def funds2(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [("中期资金总额", period[0], "年度资金总额", annual[0]),
            ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
            ("其他资金", period[2], "其他资金", annual[2])]  # fmt: skip


def project(
    s: Sheet,
    *,
    name: str,
    unit: str,
    money_rows: Sequence[Sequence[Any]],
    goals: Sequence[Any],
    dept: str = CULTURE,
    **kw: Any,
) -> None:
    """A project head for the budget year (``kw`` passes years, start, end, title...)."""
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=money_rows, goals=goals,
                 **kw)  # fmt: skip


def department(
    s: Sheet, *, dept: str, budget: Sequence[Any], goal: str, tasks: Sequence[Sequence[Any]] = ()
) -> None:
    """A department head with one budget row and its key tasks (the last one 金额合计)."""
    department_head(s, year=YEAR, dept=dept, budget=[budget], goal=goal, tasks=tasks)


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A 注/说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> int:
    """Signature and date lines under the table."""
    s.row("填表人：", who, "联系电话：", phone)
    return s.row("单位负责人（签字）：", None, "填报日期：", when or day(YEAR - 1, 11, 26, CN_DATE))
