"""Helpers shared by the returns of the 602nd held-out set (oil-peony and 芍药 fields, a
seed-oil press in the invented 砚丘县): books with their first sheet, money rows, indicator
tables with tier-1 and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
LIN = "砚丘县林业和草原局（318006）"
NONG = "砚丘县农业农村局（318011）"
GONG = "砚丘县工业和信息化局（318020）"


def w(value: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a marked cell passes as is)."""
    return value if isinstance(value, C) else money(value, WAN)


def cn(m: int, d: int, y: int = YEAR) -> C:
    """A date cell shown as ``2025年10月31日``."""
    return day(y, m, d, CN_DATE)


def one_year(total: Any, fin: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", w(total), "其中：财政拨款", w(fin)],
            ["其他资金", w(other), None, None]]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """中期 and 年度 money, each (总额, 财政拨款, 其他资金)."""
    return [["中期资金总额", w(period[0]), "年度资金总额", w(annual[0])],
            ["其中：财政拨款", w(period[1]), "其中：财政拨款", w(annual[1])],
            ["其他资金", w(period[2]), "其他资金", w(annual[2])]]  # fmt: skip


def project_book(*, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
                 goals: Sequence[Any], dept: str = LIN, years: int = 1, sheet: str = "Sheet1",
                 widths: Sequence[float] = (16, 16, 30, 18, 18, 18),
                 **kw: Any) -> Book:  # fmt: skip
    """A book whose first sheet opens with a project head (§3.1) for the budget year."""
    b = Book()
    s = b.sheet(sheet, widths)
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=money_rows, goals=goals,
                 years=years, **kw)  # fmt: skip
    return b


def department_book(*, dept: str, budget: Sequence[Sequence[Any]], goal: Any,
                    tasks: Sequence[Sequence[Any]], sheet: str = "Sheet1") -> Book:  # fmt: skip
    """A book whose first sheet opens with a department head (§3.2)."""
    b = Book()
    s = b.sheet(sheet, (18, 16, 30, 18, 18, 18))
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)
    return b


def first(b: Book) -> Sheet:
    """The first sheet, to write on below what is already there."""
    ws = b.wb.worksheets[0]
    return Sheet(ws, b.marks, ws.max_row)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row and the indicator rows under it, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note lines (注 / 说明 / 填表说明) merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """A blank line, then the signature and date line under the table."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
