"""Helpers shared by the 661st held-out set: a book with its first sheet, money cells, indicator
tables under their header with tier-1 and tier-2 merged down, detail blocks, notes and
signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (16, 18, 30, 16, 16, 12)
OPC = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE = ("一级指标", "二级指标", "三级指标", "指标值")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def wan(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def start(sheet: str = "Sheet1") -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(sheet, WIDTHS)


def project_book(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a project head (heads.project_head)."""
    b, s = start(sheet)
    project_head(s, **head)
    return b, s


def department_book(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a department head (heads.department_head)."""
    b, s = start(sheet)
    department_head(s, **head)
    return b, s


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """The header row, then the rows with tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A note, 说明 or 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> int:
    """The signature and date line under the table."""
    return s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)


def detail(s: Sheet, lines: Sequence[tuple[str, Any]], total: Any) -> int:
    """A 资金明细 block: one line per spending item, then the 合计 line."""
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    top = s.r
    for name, amount in lines:
        s.row(None, name, None, amount, merge=[(2, 3)])
    s.row(None, "合计", None, total, merge=[(2, 3)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    return s.r
