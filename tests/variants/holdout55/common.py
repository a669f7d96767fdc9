"""Pieces the returns of the 55th held-out set share: a project head and a department head that
may start in any column, a title merged over any span, signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment

from tests.variants.kit import Sheet, day


def title(s: Sheet, text: Any, col: int, width: int) -> int:
    """A title merged over ``width`` columns from ``col``, the text in the anchor only."""
    r = s.row(text, col=col, merge=[(col, col + width - 1)])
    s.ws.cell(r, col).alignment = Alignment(horizontal="center")
    return r


def project(s: Sheet, *, year: int, name: str, dept: str, unit: str,
            money: Sequence[Sequence[Any]], goals: Sequence[Any], years: int = 1,
            attr: str = "延续项目", col: int = 1, head: str | None = None,
            label: str = "项目资金（万元）") -> None:  # fmt: skip
    """A six-column project head from column ``col``. ``money``: rows of (label, value, label,
    value); ``goals``: (年度目标,) or (中期目标, 年度目标)."""
    c = col
    if head != "":
        title(s, head or f"{year}年度项目支出绩效目标表", c, 6)
    pair = [(c + 1, c + 2), (c + 4, c + 5)]
    s.row("项目名称", name, None, "主管部门及代码", dept, None, col=c, merge=pair)
    s.row("实施单位", unit, None, "项目属性", attr, None, col=c, merge=pair)
    s.row("项目期", f"{years}年", "计划开始日期", day(year, 1, 1), "计划完成日期",
          day(year + years - 1, 12, 31), col=c)  # fmt: skip
    top = s.r + 1
    for line in money:
        s.row(label if s.r + 1 == top else None, *line, col=c)
    if len(money) > 1:
        s.ws.merge_cells(start_row=top, start_column=c, end_row=s.r, end_column=c)
    if len(goals) == 2:
        span = f"中期目标（{year}年—{year + years - 1}年）"
        s.row("总体目标", span, None, "年度目标", None, None, col=c,
              merge=[(c + 1, c + 2), (c + 3, c + 5)])  # fmt: skip
        s.row(None, goals[0], None, goals[1], None, None, col=c,
              merge=[(c + 1, c + 2), (c + 3, c + 5)])  # fmt: skip
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    else:
        s.row("年度绩效目标", goals[0], None, None, None, None, col=c,
              merge=[(c + 1, c + 5)])  # fmt: skip


def department(s: Sheet, *, year: int, dept: str, budget: Sequence[Any], goal: str,
               tasks: Sequence[Sequence[Any]], col: int = 1, filled: Any = None,
               head: str | None = None) -> None:  # fmt: skip
    """A six-column department head from column ``col``: ``budget`` is (资金总额, 财政拨款,
    其他资金, 基本支出, 项目支出); ``tasks`` rows (名称, 内容, 金额, 目标), the last the 合计."""
    c = col
    title(s, head or f"{year}年度部门整体支出绩效目标表", c, 6)
    s.row("部门（单位）名称", dept, None, "填报日期", filled or day(year - 1, 11, 18), None,
          col=c, merge=[(c + 1, c + 2), (c + 4, c + 5)])  # fmt: skip
    s.row("年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出",
          col=c)  # fmt: skip
    s.row(None, *budget, col=c)
    s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标", None,
          col=c, merge=[(c + 4, c + 5)])  # fmt: skip
    top = s.r
    for t in tasks:
        s.row(None, *t, None, col=c, merge=[(c + 4, c + 5)])
    s.ws.merge_cells(start_row=top, start_column=c, end_row=s.r, end_column=c)
    s.row("年度总体目标", goal, None, None, None, None, col=c, merge=[(c + 1, c + 5)])


def signed(s: Sheet, who: str, when: str, col: int = 1) -> None:
    """The footer lines an office leaves under the table."""
    s.skip()
    s.row(f"单位负责人：{who}", None, None, "填表人：", None, f"填报日期：{when}", col=col)
