"""Helpers shared by the returns of the 437th held-out set: 宝音图勒县马头琴长调传习学校."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, Sheet, day, money

YEAR = 2025
DEPT = "宝音图勒县文化旅游体育局（417）"
UNIT = "宝音图勒县马头琴长调传习学校"
SCHOOL = "宝音图勒县马头琴长调传习学校"
PLAIN = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(total: Any, fiscal: Any, other: Any, fmt: str = WAN) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head; plain numbers get the 万元 number format."""

    def cell(v: Any) -> Any:
        return money(v, fmt) if isinstance(v, (int, float)) else v

    return [("资金总额", cell(total), "其中：财政拨款", cell(fiscal)),
            ("其他资金", cell(other), None, None)]  # fmt: skip


def head(s: Sheet, name: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any],
         **kw: Any) -> None:  # fmt: skip
    """A project head of the school under the county culture bureau."""
    project_head(s, year=kw.pop("year", YEAR), name=name, dept=DEPT, unit=kw.pop("unit", UNIT),
                 money=money_rows, goals=goals, **kw)  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, lines: Sequence[str], width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def signature(s: Sheet, boss: str, filler: str, phone: str, filled: Any = None) -> None:
    """Signature, phone and date lines under the table."""
    s.skip()
    s.row("单位负责人（签字）：", boss, "填表人：", filler, "联系电话：", phone)
    s.row("填报日期：", filled or day(YEAR - 1, 12, 6), None, "（单位盖章）")
