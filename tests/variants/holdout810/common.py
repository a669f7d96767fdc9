"""Helpers shared by the returns of the 810th held-out set: 澄岭县's archive bureau and archive
(records storage, declassification and opening reviews, reading-room services)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2026
DEPT = "澄岭县档案局（417003）"
UNIT = "澄岭县档案馆"
WIDTHS = (18, 18, 30, 18, 18, 18, 18)

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def start(title: str = "Sheet1") -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, WIDTHS)


def wan(v: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a marked cell passes)."""
    return v if isinstance(v, C) or v is None else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), None, None),
    ]


def two_columns(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(s: Sheet, name: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any],
            **kw: Any) -> None:  # fmt: skip
    """A project head of the county archive (the budget year 2026 unless told)."""
    kw.setdefault("unit", UNIT)
    kw.setdefault("dept", DEPT)
    kw.setdefault("year", YEAR)
    project_head(s, name=name, money=money_rows, goals=goals, **kw)


def department(s: Sheet, budget: Sequence[Any], goal: Any, **kw: Any) -> None:
    """A department head of the archive bureau: ``budget`` is one row of five amounts."""
    kw.setdefault("dept", "澄岭县档案馆")
    kw.setdefault("year", YEAR)
    department_head(s, budget=[[wan(v) for v in budget]], goal=goal, **kw)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, filled: Any) -> None:
    """A signature line: the person who filled the return, a phone number and the date."""
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", filled)
