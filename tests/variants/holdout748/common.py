"""Helpers shared by the returns of the 748th held-out set (澄渊市水务局, budget year 2026)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import Book, C, Sheet, money

YEAR = 2026
BUREAU = "澄渊市水务局（418001）"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD2 = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")
WIDE = (16, 16, 30, 18, 18, 18, 12, 12)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def m(v: Any) -> Any:
    """An amount as typed in a 万元 block (a marked cell passes through unchanged)."""
    return v if isinstance(v, C) or v is None else money(v)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project."""
    return [
        ("年度资金总额", m(total), "其中：财政拨款", m(fiscal)),
        ("其他资金", m(other), None, None),
    ]


def periods(mid: Sequence[Any], ann: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", m(mid[0]), "年度资金总额", m(ann[0])),
        ("其中：财政拨款", m(mid[1]), "其中：财政拨款", m(ann[1])),
        ("其他资金", m(mid[2]), "其他资金", m(ann[2])),
    ]


def project(s: Sheet, name: str, unit: str, funds: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the bureau for the budget year."""
    project_head(s, year=YEAR, name=name, dept=BUREAU, unit=unit, money=funds, goals=goals, **kw)


def department(s: Sheet, dept: str, budget: Sequence[Any], goal: str,
               tasks: Sequence[Sequence[Any]] = (), filled: Any = None) -> None:  # fmt: skip
    """A department head: ``budget`` is (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出)."""
    department_head(s, year=YEAR, dept=dept, budget=[[m(v) for v in budget]], goal=goal,
                    tasks=[[m(v) if isinstance(v, int | float) else v for v in t] for t in tasks],
                    filled=filled)  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any) -> None:
    """Signature and date line under the table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", date)
