"""Pieces the returns of the 49th held-out set share: a project head that may start in any
column and be any width, merged lines of text, signature lines, 批注 (cell comments), leading
apostrophes and trailing spaces, written the way offices leave them in Excel and WPS."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.comments import Comment
from openpyxl.styles import Alignment

from tests.variants.kit import CN_DATE, Sheet, day


def at(col: int, *spans: tuple[int, int]) -> list[tuple[int, int]]:
    """Column spans given relative to the table's first column ``col`` as absolute spans."""
    return [(col + a - 1, col + b - 1) for a, b in spans]


def title(s: Sheet, text: str, col: int, width: int) -> int:
    """A title merged across the table that starts in column ``col``."""
    r = s.row(text, col=col, merge=at(col, (1, width)))
    s.ws.cell(r, col).alignment = Alignment(horizontal="center", vertical="center")
    return r


def line(s: Sheet, text: Any, col: int, width: int) -> int:
    """A line of text merged across the table (captions, 注, 填报说明)."""
    r = s.row(text, col=col, merge=at(col, (1, width)))
    s.ws.cell(r, col).alignment = Alignment(wrap_text=True, vertical="top")
    return r


def comment(s: Sheet, row: int, col: int, text: str, author: str = "审核") -> None:
    """A 批注 on one cell, as a colleague or the unit's finance officer leaves it."""
    c = Comment(text, author)
    c.width, c.height = 220, 90
    s.ws.cell(row, col).comment = c


def quoted(s: Sheet, row: int, col: int) -> None:
    """The cell was typed with a leading apostrophe: Excel keeps the text, sets quotePrefix."""
    s.ws.cell(row, col).quotePrefix = True


def signature(s: Sheet, col: int, filled: Any, who: str = "王晓岚", phone: str = "0571-8620 3315",
              checker: str = "周立新") -> int:  # fmt: skip
    """The signature line under a table: 填表人、审核人、联系电话、填报日期."""
    return s.row("填表人：", who, "审核人：", checker, "联系电话：", phone, "填报日期：",
                 filled, col=col)  # fmt: skip


def project_block(s: Sheet, *, col: int = 1, width: int = 6, year: int, name: str, dept: str,
                  unit: str, money: Sequence[Sequence[Any]], goals: Sequence[Any],
                  years: int = 1, attr: str = "延续项目", start: Any = None, end: Any = None,
                  head: str | None = None,
                  money_label: str = "项目资金（万元）") -> None:  # fmt: skip
    """A project head (§3.1) starting in column ``col`` and ``width`` columns wide. ``money``:
    rows of (label, value, label, value); ``goals``: one text (年度目标) or two (中期, 年度)."""
    last = width
    if head != "":
        title(s, head or f"{year}年度项目支出绩效目标申报表", col, width)
    s.row("项目名称", name, None, "主管部门及代码", dept, col=col,
          merge=at(col, (2, 3), (5, last)))  # fmt: skip
    s.row("实施单位", unit, None, "项目属性", attr, col=col, merge=at(col, (2, 3), (5, last)))
    s.row("项目期", f"{years}年", "计划开始日期", start or day(year, 1, 1, CN_DATE),
          "计划完成日期", end or day(year + years - 1, 12, 31, CN_DATE), col=col)  # fmt: skip
    top = s.r + 1
    for money_line in money:
        s.row(money_label if s.r + 1 == top else None, *money_line, col=col)
    if len(money) > 1:
        s.ws.merge_cells(start_row=top, start_column=col, end_row=s.r, end_column=col)
    if len(goals) == 2:
        span = f"中期目标（{year}年—{year + years - 1}年）"
        s.row("总体目标", span, None, "年度目标", col=col, merge=at(col, (2, 3), (4, last)))
        s.row(None, goals[0], None, goals[1], col=col, merge=at(col, (2, 3), (4, last)))
        s.ws.merge_cells(start_row=s.r - 1, start_column=col, end_row=s.r, end_column=col)
    else:
        s.row("年度绩效目标", goals[0], col=col, merge=at(col, (2, last)))
