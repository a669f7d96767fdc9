"""Pieces shared by the returns of the 64th held-out corpus: head rows, indicator tables and
the lines offices leave under them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, Sheet, day

IND4 = ("一级指标", "二级指标", "三级指标", "指标值")


def head(s: Sheet, *, title: str, name: str, dept: str, unit: str, year: int, years: int = 1,
         attr: str = "延续项目", width: int = 6) -> None:  # fmt: skip
    """Title and the project's name, unit and period rows (money grid written by the caller)."""
    s.title(title, width)
    s.row("项目名称", name, None, "主管部门及代码", dept, None, merge=[(2, 3), (5, 6)])
    s.row("实施单位", unit, None, "项目属性", attr, None, merge=[(2, 3), (5, 6)])
    s.row("项目期", f"{years}年", "计划开始日期", day(year, 1, 1), "计划完成日期",
          day(year + years - 1, 12, 31))  # fmt: skip


def goal(s: Sheet, text: str, label: str = "年度绩效目标", width: int = 6) -> None:
    s.row(label, text, merge=[(2, width)])


def goals2(s: Sheet, year: int, years: int, period: str, annual: str) -> None:
    s.row("总体目标", f"中期目标（{year}年—{year + years - 1}年）", None, "年度目标", None, None,
          merge=[(2, 3), (4, 6)])  # fmt: skip
    s.row(None, period, None, annual, None, None, merge=[(2, 3), (4, 6)])
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], header: Sequence[Any] = IND4,
               merged: Sequence[int] = (1, 2), label: str | None = None) -> None:  # fmt: skip
    """An indicator table under its header; tiers merged down (a None continues the block)."""
    if label:
        s.row(label, merge=[(1, len(header))])
    s.row(*header)
    s.table(rows, merged=merged)


def sign(s: Sheet, year: int, who: str, phone: str, month: int = 11, d: int = 18) -> None:
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", day(year - 1, month, d, CN_DATE))
    s.row("单位负责人：", None, "财务负责人：", None, "（单位盖章）")
