"""Small pieces shared by the returns of the 133rd held-out corpus."""

from __future__ import annotations

from typing import Any

from tests.variants.kit import WAN, Sheet, money


def wan(value: float) -> Any:
    """An amount in 万元 with the unit in the number format."""
    return money(value, WAN)


def footer(s: Sheet, who: str, phone: str, date_text: str, boss: str | None = None) -> None:
    """The sign-off lines offices leave under the table."""
    s.skip()
    if boss:
        s.row(f"单位负责人：{boss}", None, f"填报人：{who}", None, f"联系电话：{phone}")
    else:
        s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, f"填报日期：{date_text}")


def two_line_header(s: Sheet, first: str, second: str, lead: tuple[str, ...] = ()) -> None:
    """一级 · 二级 · 三级 and a 指标值 cell over two period columns (中期 · 年度)."""
    cols = (*lead, "一级指标", "二级指标", "三级指标")
    s.row(*cols, "指标值", None)
    top = s.r
    n = len(cols)
    s.ws.merge_cells(start_row=top, start_column=n + 1, end_row=top, end_column=n + 2)
    s.row(*([None] * n), first, second)
    for c in range(1, n + 1):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)


def dept_head(
    s: Sheet,
    *,
    year: int,
    dept: str,
    code: str,
    filled: Any,
    budget: list[tuple[str, Any, Any]],
    tasks: list[tuple[Any, ...]],
    goals: list[str],
    duty: str,
) -> None:
    """A department head (§3.2) with the budget as label · 金额 · 占比 lines, a 职能 line, key
    tasks with their 金额合计 and numbered goals; six columns."""
    s.title(f"{year}年度部门整体支出绩效目标申报表", 6)
    s.row("部门（单位）名称", dept, None, "部门预算编码", code, None, merge=[(2, 3), (5, 6)])
    s.row("填报日期", filled, None, None, None, None, merge=[(2, 6)])
    s.row("年度预算（万元）", "项目", "金额（万元）", "占比", None, None)
    top = s.r
    for label, amount, share in budget:
        s.row(None, label, amount, share)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("部门职能概述", duty, merge=[(2, 6)])
    s.row(
        "年度主要任务",
        "任务名称",
        "主要实施内容",
        "预算金额（万元）",
        "期望达到的目标",
        None,
        merge=[(5, 6)],
    )
    top = s.r
    for t in tasks:
        s.row(None, *t, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    text = "\n".join(f"目标{i}：{g}" for i, g in enumerate(goals, start=1))
    s.row("年度总体目标", text, merge=[(2, 6)])
