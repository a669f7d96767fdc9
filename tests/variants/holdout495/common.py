"""Helpers shared by the returns of the 495th held-out set (thalassaemia screening and aid)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "澄岭县卫生健康局（417001）"
WIDTHS = (16, 16, 30, 14, 14, 14, 14, 14)
Row = tuple[Any, ...]


def start(sheet: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(sheet, widths)


def wan(v: Any) -> Any:
    """An amount in 万元 carried by the number format (a formatted ``C`` or None passes)."""
    if isinstance(v, C):
        return v if v.fmt else replace(v, fmt=WAN)
    return v if v is None else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[Row]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), None, None),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[Row]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"))
    labels += (("其他资金", "其他资金"),)
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(s: Sheet, name: str, unit: str, cash: Sequence[Row], goals: Sequence[Any],
            **kw: Any) -> None:  # fmt: skip
    """A project head of the set's budget year under the health bureau of the unit's place."""
    kw.setdefault("year", YEAR)
    place = unit[:3]
    local = place[-1] in "县市区" and place != DEPT[:3]
    kw.setdefault("dept", f"{place}卫生健康局" if local else DEPT)
    project_head(s, name=name, unit=unit, money=cash, goals=goals, **kw)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Row],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row and the indicator rows under it, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, lines: Sequence[str], width: int = 6) -> None:
    """Footnote or instruction rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, head: str, filler: str, phone: str, when: Any = None) -> None:
    """Signature lines under the table, the date a date cell (November before the year)."""
    s.skip()
    s.row("单位负责人：", head, "填报人：", filler, "联系电话：", phone)
    s.row("填报日期：", when or day(YEAR - 1, 11, 26, CN_DATE))
