"""Helpers shared by the 513th held-out returns (rain-collecting cisterns, 水窖、集雨): books with
their first sheet, money rows, indicator tables, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, Sheet, money

YEAR = 2025
WIDTHS = (14, 16, 28, 14, 14, 12, 12)


def new_book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head, 万元 only in the number format."""
    return [
        ("年度资金总额", _wan(total), "其中：财政拨款", _wan(fiscal)),
        ("其他资金", _wan(other), None, None),
    ]


def period_funds(mid: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year head: (total, fiscal, other) for 中期 and for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, _wan(m), b, _wan(y)) for (a, b), m, y in zip(labels, mid, annual, strict=True)]


def _wan(value: Any) -> Any:
    return money(value, WAN) if isinstance(value, int | float) else value


def project(sheet: str = "Sheet1", widths: Sequence[float] = WIDTHS, **head: Any) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a project head of the budget year."""
    b, s = new_book(sheet, widths)
    head.setdefault("year", YEAR)
    project_head(s, **head)
    return b, s


def department(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a department head of the budget year."""
    b, s = new_book(sheet)
    head.setdefault("year", YEAR)
    department_head(s, **head)
    return b, s


def task_rows(rows: Sequence[Sequence[Any]], total: Any) -> list[tuple[Any, ...]]:
    """Key-task rows (名称, 内容, 金额, 目标) closed by their 金额合计 row."""
    return [*(tuple(r) for r in rows), ("金额合计", None, total, None)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, filler: str, phone: str, filled: Any) -> None:
    """The signature and date lines under a return."""
    s.skip()
    s.row("填表人：", filler, "联系电话：", phone, "填报日期：", filled)
    s.row("单位负责人（签字）：", None, "（单位盖章）")
