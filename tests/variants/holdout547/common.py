"""Helpers shared by the returns of the 547th held-out set: wooden boat repair docks (船坞) for
the fishing villages on 鹭汀湖, 澄渚县 (all invented)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2026
DEPT = "澄渚县农业农村局（218）"
W6 = (18, 18, 30, 18, 18, 18)
W7 = (18, 18, 30, 14, 14, 14, 14)


def first_sheet(title: str = "Sheet1", widths: Sequence[float] = W6) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project (万元)."""
    return [["年度资金总额", total, "其中：财政拨款", fiscal], ["其他资金", other]]


def multi_year(period: Sequence[float], annual: Sequence[float]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of 澄渚县农业农村局 for the budget year."""
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=unit, money=money_rows, goals=goals,
                 **kw)  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A note, footnote or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: Any) -> int:
    """The signature and date line under a table."""
    return s.row("填表人", who, "联系电话", phone, "填报日期", when)
