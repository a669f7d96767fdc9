"""Helpers shared by the returns of the 573rd held-out set: tofu skin (腐竹) and sweet-potato
vermicelli (红薯粉) processing in the invented 桐坳县."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

DEPT = "桐坳县农业农村局（213005）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
WIDE = (16, 18, 30, 18, 18, 14, 14, 14)


def wan(value: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a marked cell passes through)."""
    return value if isinstance(value, C) else money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The one-year money block: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), None, None),
    ]


def period_funds(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The multi-year money block: (总额, 财政拨款, 其他资金) for the period and for the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"))
    labels += (("其他资金", "其他资金"),)
    return [(p, wan(x), a, wan(y)) for (p, a), x, y in zip(labels, period, annual, strict=True)]


def project(
    year: int,
    name: str,
    unit: str,
    funds_rows: Sequence[Sequence[Any]],
    goals: Sequence[Any],
    *,
    sheet: str = "Sheet1",
    **kw: Any,
) -> tuple[Book, Sheet]:
    """A book whose first sheet carries a project head (§3.1)."""
    b = Book()
    s = b.sheet(sheet, WIDE)
    project_head(s, year=year, name=name, dept=DEPT, unit=unit, money=funds_rows, goals=goals, **kw)
    return b, s


def shares(amounts: Sequence[float]) -> tuple[Any, ...]:
    """The 占比 row under a department budget: each amount over the first, rounded to 0.01 %."""
    return tuple(C(round(a / amounts[0], 4), "0.00%") for a in amounts)


def department(
    year: int,
    dept: str,
    amounts: Sequence[float],
    goal: Any,
    tasks: Sequence[Sequence[Any]] = (),
    *,
    sheet: str = "Sheet1",
) -> tuple[Book, Sheet]:
    """A book with a department head (§3.2): ``amounts`` are (资金总额, 财政拨款, 其他资金,
    基本支出, 项目支出) in 万元, followed by their shares."""
    b = Book()
    s = b.sheet(sheet, WIDE)
    budget = [tuple(wan(a) for a in amounts), shares(amounts)]
    department_head(s, year=year, dept=dept, budget=budget, goal=goal, tasks=tasks)
    return b, s


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """The indicator table: its header row, then the rows with the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row(f"填表人：{who}", None, f"联系电话：{phone}", None, "填报日期", when)
