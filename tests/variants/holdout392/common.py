"""Helpers shared by the returns of the 392nd held-out set: village yangge (秧歌) and
waist-drum (腰鼓) teams of the invented 苇塘县."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
BUREAU = "苇塘县文化和旅游局（512003）"
CENTRE = "苇塘县文化馆"
IND = ("一级指标", "二级指标", "三级指标", "指标值")
WIDTHS = (16, 18, 30, 16, 16, 14, 12, 12)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project (总额 = 财政拨款 + 其他资金 unless a mark says not)."""
    return [
        (
            "年度资金总额",
            total if isinstance(total, C) else wan(total),
            "其中：财政拨款",
            wan(fiscal),
        ),
        ("其他资金", wan(other)),
    ]


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def project(s: Sheet, name: str, lines: Sequence[Sequence[Any]], goal: str, **kw: Any) -> None:
    """A project head of the bureau's county, implemented by the cultural centre by default."""
    kw.setdefault("unit", CENTRE)
    project_head(s, year=kw.pop("year", YEAR), name=name, dept=BUREAU, money=lines,
                 goals=kw.pop("goals", (goal,)), **kw)  # fmt: skip


def department(s: Sheet, dept: str, budget: Sequence[Any], goal: str, **kw: Any) -> None:
    """A department head: ``budget`` is (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出)."""
    row = tuple(v if isinstance(v, C) else wan(v) for v in budget)
    department_head(s, year=YEAR, dept=dept, budget=[row], goal=goal, **kw)


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines under (or inside) a table, each merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, filled: Any = None) -> None:
    """Signature, phone and date line under the table (filled in the year before by default)."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", filled or day(YEAR - 1, 11, 26))
