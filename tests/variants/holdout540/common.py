"""Helpers shared by the returns of the 540th held-out set (荸荠、藠头 processing in county
agricultural parks): a book with its first sheet, money rows, indicator tables, footnotes and
signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "苕浦县农业农村局（代码 318）"
WIDE = (18, 18, 30, 16, 16, 16, 14)


def first(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount with 万元 only in the number format (a marked cell passes through)."""
    return v if isinstance(v, (C, str)) else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project: the total and its split, the year equal to the total."""
    return [
        ["资金总额", wan(total), "年度资金总额", wan(total)],
        ["其中：财政拨款", wan(fiscal), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), "其他资金", wan(other)],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (total, fiscal, other) for the period and the year."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        [f"中期{lab}" if i == 0 else lab, wan(p), f"年度{lab}" if i == 0 else lab, wan(a)]
        for i, (lab, p, a) in enumerate(zip(labels, period, annual, strict=True))
    ]


def project(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the budget year under the county bureau."""
    project_head(s, year=kw.pop("year", YEAR), name=name, dept=kw.pop("dept", DEPT), unit=unit,
                 money=money_rows, goals=goals, **kw)  # fmt: skip


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head of the budget year."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, footnote or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: tuple[int, int, int]) -> None:
    """Signature line and a date line under the table."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "单位负责人（签字）：", None)
    s.row("填报日期：", day(*when, fmt=CN_DATE))
