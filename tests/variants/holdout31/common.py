"""A project head that can start in any column and spans any width (the heads.py blocks start in
column A and are six columns wide; exported tables are wider and start further right)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment

from tests.variants.kit import Sheet, day


def banner(s: Sheet, text: Any, col: int, width: int) -> int:
    """A line merged across ``width`` columns from ``col``, the text in the anchor only."""
    r = s.row(text, col=col)
    s.ws.merge_cells(start_row=r, start_column=col, end_row=r, end_column=col + width - 1)
    s.ws.cell(r, col).alignment = Alignment(horizontal="center")
    return r


def pairs(s: Sheet, items: Sequence[tuple[Any, Any]], col: int, width: int) -> int:
    """One line of label │ value pairs; the last value is merged to the table's right edge."""
    values: list[Any] = []
    for label, value in items:
        values += [label, value]
    r = s.row(*values, col=col)
    last = col + len(values) - 1
    if last < col + width - 1:
        s.ws.merge_cells(start_row=r, start_column=last, end_row=r, end_column=col + width - 1)
    return r


def project(s: Sheet, *, col: int, width: int, year: int, name: str, dept: str, unit: str,
            money: Sequence[Any], goal: Any, title: str | None = None, years: int = 1,
            goals: Sequence[Any] = (), attr: str = "延续项目") -> None:  # fmt: skip
    """A head: title, name, unit, period, one money line (总额, 财政拨款, 其他资金) and the goal
    (one annual goal, or ``goals`` = (中期目标, 年度目标) for a multi-year project)."""
    banner(s, title or f"{year}年度项目支出绩效目标表", col, width)
    pairs(s, [("项目名称", name), ("主管部门", dept)], col, width)
    pairs(s, [("实施单位", unit), ("项目属性", attr)], col, width)
    pairs(s, [("项目期", f"{years}年"), ("计划开始日期", day(year, 1, 1)),
              ("计划完成日期", day(year + years - 1, 12, 31))], col, width)  # fmt: skip
    total, fiscal, other = money
    pairs(s, [("资金总额（万元）", total), ("其中：财政拨款", fiscal), ("其他资金", other)],
          col, width)  # fmt: skip
    if goals:
        pairs(s, [(f"中期目标（{year}年—{year + years - 1}年）", goals[0])], col, width)
        pairs(s, [("年度目标", goals[1])], col, width)
    else:
        pairs(s, [("年度绩效目标", goal)], col, width)


def signature(s: Sheet, col: int, who: str, phone: str, filled: Any) -> None:
    s.skip()
    s.row("填表人：", who, "审核人：", "（签字）", "联系电话：", phone, "填报日期：", filled,
          col=col)  # fmt: skip
