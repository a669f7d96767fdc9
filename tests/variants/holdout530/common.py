"""Helpers shared by the returns of the 530th held-out set (oyster and sea cucumber ranching)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import CN_DATE, WAN, Book, Sheet, day, money

YEAR = 2026
DEPT = "珂屿县海洋与渔业局（318）"


def new_book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """A one-year money block in 万元 (unit only in the number format)."""
    return [
        ["年度资金总额", _m(total), "其中：财政拨款", _m(fiscal)],
        ["其他资金", _m(other), None, None],
    ]


def wan_period(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """A multi-year money block: (总额, 财政拨款, 其他资金) for the period and for the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, _m(p), b, _m(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def _m(v: Any) -> Any:
    return money(v, WAN) if isinstance(v, int | float) else v


def head(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
         goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the county fisheries bureau."""
    project_head(s, year=kw.pop("year", YEAR), name=name, dept=kw.pop("dept", DEPT), unit=unit,
                 money=money_rows, goals=goals, **kw)  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signatures(s: Sheet, who: str, phone: str, filled: tuple[int, int, int]) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("单位负责人：", who, None, "联系电话：", phone)
    s.row("填报日期：", day(*filled, fmt=CN_DATE))
