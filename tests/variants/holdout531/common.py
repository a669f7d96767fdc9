"""Helpers shared by the returns of the 531st held-out set (aqueducts and water wheels)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "澄岭县水利局 412031"
HERITAGE = "澄岭县文物保护中心 412086"


def amount(v: Any) -> Any:
    """An amount in a 万元 block, the unit only in the number format (marked cells kept)."""
    if isinstance(v, C) or v is None or isinstance(v, str):
        return v
    return money(v, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """A one-year money block: 年度资金总额 with 财政拨款 beside it, 其他资金 below."""
    return [
        ("年度资金总额", amount(total), "其中：财政拨款", amount(fiscal)),
        ("其中：其他资金", amount(other), None, None),
    ]


def funds2(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """A multi-year money block: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    rows = zip(labels, period, annual, strict=True)
    return [(a, amount(p), b, amount(y)) for (a, b), p, y in rows]


def project(
    title: str, name: str, unit: str, fund_rows: Sequence[Sequence[Any]], goals: Sequence[Any],
    **kw: Any,
) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a project head (§3.1)."""
    b = Book()
    s = b.sheet(title, (18, 16, 30, 16, 16, 14))
    kw.setdefault("dept", DEPT)
    project_head(s, year=YEAR, name=name, unit=unit, money=fund_rows, goals=goals, **kw)
    return b, s


def department(
    title: str, dept: str, budget: Sequence[Sequence[Any]], goal: str,
    tasks: Sequence[Sequence[Any]] = (),
) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a department head (§3.2)."""
    b = Book()
    s = b.sheet(title, (18, 16, 30, 16, 16, 14))
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)
    return b, s


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *texts: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for t in texts:
        s.row(t, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, month: int = 11, d: int = 18) -> None:
    """Signature and date lines under the table (dated in the year before the budget year)."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", day(YEAR - 1, month, d))
    s.row("单位负责人（签字）：", None, "财务负责人（签字）：", None, "（单位盖章）")
