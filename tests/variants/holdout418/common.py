"""Helpers shared by the 418th held-out returns (蔗湾县 sugarcane harvest mechanisation
subsidies): a book with its first sheet, project and department heads with their money blocks,
indicator tables with tier-1 and tier-2 merged down, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money, pct

YEAR = 2025
DEPT = "蔗湾县农业农村局（318）"
UNIT = "蔗湾县农业机械化服务中心"
WIDTHS = (16, 18, 30, 14, 16, 14)


def new(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount with 万元 only in the number format (a ``C`` or None passes unchanged)."""
    return value if value is None or isinstance(value, C) else money(value, WAN)


def funds(total: Any, fin: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fin)],
        ["", None, "其他资金", wan(other)],
    ]


def project(s: Sheet, name: str, money_: Sequence[Any], goal: Any, **kw: Any) -> None:
    """A one-year project head of 蔗湾县; ``money_`` is (total, fin, other)."""
    kw.setdefault("unit", UNIT)
    project_head(s, year=YEAR, name=name, dept=DEPT, money=funds(*money_), goals=(goal,), **kw)


def amounts(*values: Any) -> tuple[Any, ...]:
    return tuple(wan(v) for v in values)


def shares(*values: Any) -> tuple[Any, ...]:
    """Shares typed as percentages (0.9333 shown 93.33%)."""
    return tuple(v if isinstance(v, C) else pct(v, "0.00%") for v in values)


def task(name: str, content: str, amount: Any, goal: Any) -> tuple[Any, ...]:
    return (name, content, wan(amount), goal)


def department(s: Sheet, budget: Sequence[Sequence[Any]], tasks: Sequence[Sequence[Any]],
               goal: str) -> None:  # fmt: skip
    department_head(s, year=YEAR, dept="蔗湾县农业农村局", budget=budget, goal=goal, tasks=tasks)


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str = "覃立川", phone: str = "7203418", when: Any = None) -> None:
    """Signature line: the fill date falls in the year before the budget year."""
    s.row(
        "填报人：", who, "联系电话：", phone, "填报日期：", when or day(YEAR - 1, 11, 22, CN_DATE)
    )
