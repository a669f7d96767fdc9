"""Helpers shared by the 853rd held-out returns (rural tourism): a book with its first sheet,
a project or department head, an indicator table under its header, notes and signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

DEPT = "雾岭县文化和旅游局（418026）"


def wan(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money block of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def project(year: int, name: str, unit: str, cash: Sequence[Sequence[Any]],
            goals: Sequence[Any], sheet: str = "Sheet1",
            **kw: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a project head."""
    b = Book()
    s = b.sheet(sheet, widths=(16, 18, 30, 18, 18, 18))
    project_head(s, year=year, name=name, dept=DEPT, unit=unit, money=cash, goals=goals, **kw)
    return b, s


def department(year: int, budget: Sequence[Any], goal: Any,
               tasks: Sequence[Sequence[Any]] = ()) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a department head."""
    b = Book()
    s = b.sheet("Sheet1", widths=(18, 24, 18, 14, 16, 18))
    department_head(s, year=year, dept="雾岭县文化和旅游局", budget=[budget], goal=goal,
                    tasks=tasks)  # fmt: skip
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table: its header row, then the rows with tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, footnote or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, year: int, person: str, phone: str, month: int = 11, d: int = 18) -> None:
    """Signature, phone and date lines under the table (filled in the year before)."""
    s.skip()
    s.row("填表人：", person, "联系电话：", phone)
    s.row("单位负责人：", "（签字）", "填报日期：", day(year - 1, month, d, 'yyyy"年"m"月"d"日"'))


def stacked(s: Sheet, year: int, name: str, unit: str, cash: Sequence[Sequence[Any]],
            goals: Sequence[Any]) -> None:  # fmt: skip
    """A second project stacked under the first in the same sheet, after two blank rows."""
    s.skip(2)
    project_head(s, year=year, name=name, dept=DEPT, unit=unit, money=cash, goals=goals, title="")
