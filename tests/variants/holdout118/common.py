"""Head and footer blocks shared by the returns of the 118th held-out corpus."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet, day


def dept_head(
    s: Sheet,
    *,
    year: int,
    dept: str,
    code: str,
    total: Any,
    fiscal: Any,
    other: Any,
    basic: Any,
    project: Any,
    duty: str,
    tasks: Sequence[Sequence[Any]],
    goal: str,
    width: int = 6,
    title: str | None = None,
) -> None:
    """A department head (§3.2) with 占比 left out, written across ``width`` columns."""
    s.title(title or f"{year}年部门整体支出绩效目标表", width)
    s.row("部门（单位）名称", dept, None, "部门预算编码", code, merge=[(2, 3)])
    s.row(
        "填报日期",
        day(year - 1, 11, 26, 'yyyy"年"m"月"d"日"'),
        None,
        "填报人",
        "财务股",
        merge=[(2, 3)],
    )
    s.row("年度预算（万元）", "资金总额", "财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(None, total, fiscal, other, basic, project)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("部门职能职责概述", duty, merge=[(2, width)])
    s.row(
        "年度重点工作任务",
        "任务名称",
        "主要实施内容",
        "预算金额（万元）",
        "期望达到的目标",
        merge=[(5, width)],
    )
    top = s.r
    for t in tasks:
        s.row(None, *t, merge=[(5, width)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体绩效目标", goal, merge=[(2, width)])


def footer(s: Sheet, who: str, phone: str, year: int) -> None:
    s.skip()
    s.row(f"单位负责人：{who}", None, "财务负责人：", None, f"联系电话：{phone}")
    s.row(f"（单位盖章）        {year - 1}年11月")
