"""Helpers shared by the street-lighting returns of the 806th held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, money

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def project_book(sheet: str = "Sheet1", **kw: Any) -> tuple[Book, Sheet]:
    """A book with its first sheet holding a project head (``heads.project_head``)."""
    b = Book()
    s = b.sheet(sheet)
    project_head(s, **kw)
    return b, s


def department_book(sheet: str = "Sheet1", **kw: Any) -> tuple[Book, Sheet]:
    """A book with its first sheet holding a department head (``heads.department_head``)."""
    b = Book()
    s = b.sheet(sheet)
    department_head(s, **kw)
    return b, s


def year_money(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """年度资金总额 with 财政拨款 and 其他资金, the unit only in the number format."""
    return [
        ("年度资金总额", _wan(total), "其中：财政拨款", _wan(fiscal)),
        ("其他资金", _wan(other), None, None),
    ]


def period_money(period: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """中期 and 年度 money side by side: (总额, 财政拨款, 其他资金) for each."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, _wan(p), b, _wan(y)) for (a, b), p, y in zip(labels, period, year, strict=True)]


def _wan(value: Any) -> Any:
    return value if not isinstance(value, int | float) else money(value, WAN)


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note, footnote or instruction lines merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, filled: Any) -> None:
    """The signature and date line under a return."""
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", filled)
