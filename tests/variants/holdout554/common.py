"""Helpers shared by the returns of the 554th held-out set (city walls and beacon towers)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "岷台市文物局（代码317）"


def w(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any, annual: Any = None) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金 = 总额 (``annual`` when the total is marked)."""
    return [
        ("资金总额", total, "年度资金总额", total if annual is None else annual),
        ("其中：财政拨款", fiscal, "其他资金", other),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [(f"中期{lab}" if i == 0 else lab, p, f"年度{lab}" if i == 0 else lab, a)
            for i, (lab, p, a) in enumerate(zip(labels, period, annual, strict=True))]  # fmt: skip


def project(name: str, unit: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any],
            sheet: str = "Sheet1", **kw: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book with its first sheet holding a project head."""
    b = Book()
    s = b.sheet(sheet)
    project_head(s, year=kw.pop("year", YEAR), name=name, dept=kw.pop("dept", DEPT), unit=unit,
                 money=money_rows, goals=goals, **kw)  # fmt: skip
    return b, s


def department(dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = (),
               sheet: str = "Sheet1") -> tuple[Book, Sheet]:  # fmt: skip
    """A book with its first sheet holding a department head."""
    b = Book()
    s = b.sheet(sheet)
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), label: str | None = "绩效指标") -> int:  # fmt: skip
    """An indicator table: an optional label row, the header, then the rows with the tier
    columns merged down. Returns the last row written."""
    if label:
        s.row(label, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: C | None = None) -> None:
    """A signature and date line under the table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期",
          when or day(YEAR - 1, 11, 18))  # fmt: skip
