"""Helpers shared by the returns of the 552nd held-out set (笋干 cooperatives in hill villages):
a book with its first sheet and head block, money rows, indicator tables under their header with
tier-1 and tier-2 merged down, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
WIDE = (16, 16, 30, 16, 16, 12)
DEPT = "荪坞县农业农村局（416203）"


def w(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head."""
    return [("年度资金总额", total, None, None), ("其中：财政拨款", fiscal, "其他资金", other)]


def project(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a project head (``heads.project_head``)."""
    b = Book()
    s = b.sheet(sheet, WIDE)
    head.setdefault("year", YEAR)
    head.setdefault("dept", DEPT)
    project_head(s, **head)
    return b, s


def department(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a department head (``heads.department_head``)."""
    b = Book()
    s = b.sheet(sheet, WIDE)
    head.setdefault("year", YEAR)
    department_head(s, **head)
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], *,
               label: str | None = "年度绩效指标",
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table: an optional label row, its header, then the rows with the columns in
    ``merged`` merged down over their blocks. Returns the last row written."""
    if label:
        s.row(label, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines under the table, each merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, filled: C | None = None) -> None:
    """Signature and date lines: 填表人, 联系电话, 填报日期 (a date cell), 单位盖章."""
    s.skip()
    date = filled or day(YEAR - 1, 11, 8, CN_DATE)
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", date)
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
