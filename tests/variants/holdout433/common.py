"""Helpers shared by the returns of the 433rd held-out set: sisal (剑麻) plantation renewal and
fibre processing on the invented farms of 椰塘垦区."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
DEPT = "椰塘垦区农业农村局（417006）"
WIDE = (20, 18, 30, 14, 16, 14, 14)
TIERS = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元, the unit only in the number format (marked cells pass through)."""
    return value if isinstance(value, C) or value is None else money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project head: the total, then its two sources."""
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year head: (total, fiscal, other) for 中期, then for the year."""
    p = [wan(v) for v in period]
    a = [wan(v) for v in annual]
    return [
        ["中期资金总额", p[0], "年度资金总额", a[0]],
        ["其中：财政拨款", p[1], "其中：财政拨款", a[1]],
        ["其他资金", p[2], "其他资金", a[2]],
    ]


def project(s: Sheet, *, name: str, unit: str, rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], years: int = 1, **kw: Any) -> None:  # fmt: skip
    """A project head (§3.1) of the 椰塘垦区 bureau for the budget year."""
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=unit, money=rows, goals=goals,
                 years=years, **kw)  # fmt: skip


def department(s: Sheet, *, dept: str, budget: Sequence[Any], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head (§3.2): one budget line in 万元 and the key tasks."""
    department_head(s, year=YEAR, dept=dept, budget=[[wan(v) for v in budget]], goal=goal,
                    tasks=tasks)  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote, instruction or 说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The closing line: who filled the return, a phone number and the fill date."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
