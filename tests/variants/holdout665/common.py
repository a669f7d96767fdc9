"""Helpers shared by the returns of the 665th held-out set: a book with its first sheet, money
rows in 万元, project and department heads, indicator tables with tier-1 and tier-2 merged down,
notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money, pct

DEPT = "澄湾县农业农村局（417003）"
HEAD_ONE = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD_TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
WIDTHS = (16, 18, 30, 18, 18, 18)


def wan(v: Any) -> Any:
    """An amount whose unit 万元 lives only in the number format; text passes unchanged, and a
    marked number keeps its marks."""
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, int | float):
        return money(v, WAN)
    if isinstance(v, C) and isinstance(v.value, int | float) and v.fmt is None:
        return C(v.value, WAN, v.marks)
    return v


def new(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            ("其他资金", wan(other))]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(s: Sheet, *, name: str, unit: str, money: Sequence[Sequence[Any]],
            goals: Sequence[Any], year: int = 2025, **kw: Any) -> None:  # fmt: skip
    """A project head of the set (§3.1) under the county bureau."""
    project_head(s, year=year, name=name, dept=kw.pop("dept", DEPT), unit=unit, money=money,
                 goals=goals, **kw)  # fmt: skip


def department(s: Sheet, *, dept: str, budget: Sequence[Any], goal: Any,
               tasks: Sequence[Sequence[Any]] = (), year: int = 2025,
               shares: Sequence[float] = ()) -> None:  # fmt: skip
    """A department head (§3.2) with its budget row in 万元 and, if given, a row of shares as
    typed percent cells."""
    rows: list[tuple[Any, ...]] = [tuple(wan(v) for v in budget)]
    if shares:
        rows.append(tuple(pct(v) for v in shares))
    t = [(n, what, wan(amount), aim) for n, what, amount, aim in tasks]
    department_head(s, year=year, dept=dept, budget=rows, goal=goal, tasks=t)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row, then the indicator rows with the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged)


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A note, instruction or footnote line across the table."""
    s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature and date line under the table."""
    s.row("填表人", who, "联系电话", phone, "填报日期", when)
