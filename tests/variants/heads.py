"""Header blocks shared by the invented returns: project and department forms (§3.1, §3.2)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet, day


def project_head(s: Sheet, *, year: int, name: str, dept: str, unit: str, money: Sequence[
        Sequence[Any]], goals: Sequence[Any], years: int = 1, attr: str = "延续项目",
        start: Any = None, end: Any = None, title: str | None = None,
        money_label: str = "项目资金（万元）") -> None:  # fmt: skip
    """A six-column project head. ``money``: rows of (label, value, label, value); ``goals``:
    one text (年度目标) or two (中期目标, 年度目标). A multi-year project starts in ``year``."""
    if title != "":  # "" for a project stacked under another
        s.title(title or f"{year}年度项目支出绩效目标申报表", 6)
    s.row("项目名称", name, None, "主管部门及代码", dept, merge=[(2, 3), (5, 6)])
    s.row("实施单位", unit, None, "项目属性", attr, merge=[(2, 3), (5, 6)])
    s.row("项目期", f"{years}年", "计划开始日期", start or day(year, 1, 1),
          "计划完成日期", end or day(year + years - 1, 12, 31))  # fmt: skip
    top = s.r + 1
    for line in money:
        s.row(money_label if s.r + 1 == top else None, *line)
    if len(money) > 1:
        s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    if len(goals) == 2:
        span = f"中期目标（{year}年—{year + years - 1}年）"
        s.row("总体目标", span, None, "年度目标", None, None, merge=[(2, 3), (4, 6)])
        s.row(None, goals[0], None, goals[1], merge=[(2, 3), (4, 6)])
        s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    else:
        s.row("年度绩效目标", goals[0], merge=[(2, 6)])


def department_head(s: Sheet, *, year: int, dept: str, budget: Sequence[Sequence[Any]],
                    goal: Any, tasks: Sequence[Sequence[Any]] = (), filled: Any = None,
                    title: str | None = None) -> None:  # fmt: skip
    """A six-column department head: ``budget`` rows sit under a header row of
    (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出); ``tasks`` rows are (名称, 内容, 金额, 目标)
    with the last one the 金额合计 row."""
    s.title(title or f"{year}年度部门整体支出绩效目标申报表", 6)
    s.row("部门（单位）名称", dept, None, "填报日期", filled or day(year - 1, 11, 20),
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    top = s.r
    for line in budget:
        s.row(None, *line)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    if tasks:
        s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标",
              None, merge=[(5, 6)])  # fmt: skip
        top = s.r
        for t in tasks:
            s.row(None, *t, merge=[(5, 6)])
        s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", goal, merge=[(2, 6)])
