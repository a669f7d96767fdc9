"""Helpers shared by the returns of the 327th held-out set (groundwater and water intake)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2026
T4 = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 16, 16, 14)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount in 万元 carried by the number format (text and marked cells pass through)."""
    return v if isinstance(v, C | str) or v is None else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project."""
    return [("年度资金总额", wan(total)), ("其中：财政拨款", wan(fiscal)), ("其他资金", wan(other))]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("其中：财政拨款", "其他资金")
    rows: list[tuple[Any, ...]] = [("中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0]))]
    for i, label in enumerate(labels, start=1):
        rows.append((label, wan(period[i]), label, wan(annual[i])))
    return rows


def project(s: Sheet, name: str, dept: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head in the budget year."""
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=money_rows, goals=goals,
                 **kw)  # fmt: skip


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head in the budget year, amounts in 万元 by number format."""
    rows = [tuple(wan(v) if isinstance(v, int | float) else v for v in line) for line in budget]
    tasks = [(t[0], t[1], wan(t[2]), *t[3:]) for t in tasks]
    department_head(s, year=YEAR, dept=dept, budget=rows, goal=goal, tasks=tasks)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: tuple[int, int, int]) -> None:
    """Signature, phone and fill-date line under the table."""
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期：", day(*when, CN_DATE))
