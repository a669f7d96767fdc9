"""Blocks shared by the returns of the fifth held-out set: a department budget with shares,
signature lines, footnotes, and a project head that may start in any column."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, Sheet, day

AMT = "#,##0.00"
SHARE = "0.00%"


def merge_down(s: Sheet, col: int, top: int, bottom: int) -> None:
    """Merge ``col`` from row ``top`` to ``bottom`` (the label stays in the anchor)."""
    if bottom > top:
        s.ws.merge_cells(start_row=top, start_column=col, end_row=bottom, end_column=col)


def budget_with_shares(s: Sheet, lines: Sequence[Sequence[Any]], *, col: int = 1,
                       label: str = "年度预算（万元）") -> None:  # fmt: skip
    """A vertical budget block: a header (项目 · 金额 · 占比) then (label, amount, share) lines,
    the block label merged down column ``col``."""
    s.row(label, "资金项目", "金额", "占比", "备注", None, col=col,
          merge=[(col + 4, col + 5)])  # fmt: skip
    top = s.r
    for line in lines:
        s.row(None, *line, col=col)
    merge_down(s, col, top, s.r)


def signature(s: Sheet, *, filler: str, checker: str, phone: str, filled: Any,
              col: int = 1) -> None:  # fmt: skip
    """The signature line under a table (填表人、审核人、联系电话、填报日期)."""
    s.skip()
    s.row(f"填表人：{filler}", None, f"审核人：{checker}", f"联系电话：{phone}", "填报日期：",
          filled, col=col)  # fmt: skip


def notes(s: Sheet, lines: Sequence[str], width: int = 6, col: int = 1) -> None:
    """Footnote lines merged across the table (注：1. …)."""
    for text in lines:
        s.row(text, col=col, merge=[(col, col + width - 1)])


def head_at(s: Sheet, *, col: int, width: int, year: int, title: str, name: str, dept: str,
            unit: str, money: Sequence[Sequence[Any]], goal: str, start: Any = None,
            end: Any = None) -> None:  # fmt: skip
    """A one-year project head starting in column ``col`` over ``width`` columns (the title
    merged across, dates typed as dates in the Chinese date format)."""
    last = col + width - 1
    s.row(title, col=col, merge=[(col, last)])
    s.row("项目名称", name, None, None, "主管部门", dept, col=col,
          merge=[(col + 1, col + 3), (col + 5, last)])  # fmt: skip
    s.row("实施单位", unit, None, None, "项目属性", "常年项目", col=col,
          merge=[(col + 1, col + 3), (col + 5, last)])  # fmt: skip
    s.row("计划开始日期", start or day(year, 1, 1, CN_DATE), None, None, "计划完成日期",
          end or day(year, 12, 31, CN_DATE), col=col,
          merge=[(col + 1, col + 3), (col + 5, last)])  # fmt: skip
    top = s.r + 1
    for label, value, label2, value2 in money:
        s.row("项目资金（万元）" if s.r + 1 == top else None, label, value, None, label2, value2,
              col=col, merge=[(col + 2, col + 3), (col + 5, last)])  # fmt: skip
    merge_down(s, col, top, s.r)
    s.row("年度绩效目标", goal, col=col, merge=[(col + 1, last)])
