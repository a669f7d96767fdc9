"""Helpers shared by the returns of the 728th held-out set (栖梧县 market supervision)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

SUPERVISION = "栖梧县市场监督管理局（417）"
EDUCATION = "栖梧县教育体育局（305）"
Row = Sequence[Any]


def wan(value: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a marked cell stays as is)."""
    return value if isinstance(value, C) else money(value, WAN)


def money3(total: Any, fiscal: Any, other: Any) -> list[Row]:
    """A one-year money block: 年度资金总额 with 财政拨款 and 其他资金."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            ("其他资金", wan(other), None, None)]  # fmt: skip


def money6(period: Sequence[Any], annual: Sequence[Any]) -> list[Row]:
    """A multi-year money block: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    return [("中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])),
            ("其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])),
            ("其他资金", wan(period[2]), "其他资金", wan(annual[2]))]  # fmt: skip


def project(
    year: int,
    name: str,
    unit: str,
    cash: Sequence[Row],
    goals: Sequence[Any],
    sheet: str = "Sheet1",
    dept: str = SUPERVISION,
    **kw: Any,
) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a project head."""
    b = Book()
    s = b.sheet(sheet)
    project_head(s, year=year, name=name, dept=dept, unit=unit, money=cash, goals=goals, **kw)
    return b, s


def stack(
    s: Sheet,
    year: int,
    name: str,
    unit: str,
    cash: Sequence[Row],
    goals: Sequence[Any],
    dept: str = SUPERVISION,
    **kw: Any,
) -> None:
    """A further project stacked under the previous one on the same sheet (no title)."""
    project_head(
        s, year=year, name=name, dept=dept, unit=unit, money=cash, goals=goals, title="", **kw
    )


def department(
    year: int, dept: str, budget: Row, goal: Any, tasks: Sequence[Row] = ()
) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a department head (one budget row)."""
    b = Book()
    s = b.sheet("Sheet1")
    department_head(s, year=year, dept=dept, budget=[budget], goal=goal, tasks=tasks)
    return b, s


def indicators(
    s: Sheet, header: Row, rows: Sequence[Row], merged: Sequence[int] = (1, 2), col: int = 1
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> int:
    """Signature, phone and date line under the table."""
    return s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
